"""Add or change a homework assignment: what it asks for, how often, from when and until when.

Emits ``assignment_ready`` with the assignment as written; the screen stores it. A homework
pack's check-in that this version doesn't know is kept as the pack named it (it starts the
person's own check-in).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.homework import (
    MAX_TEXT_CHARS,
    MAX_TIMES_PER_WEEK,
    MAX_TITLE_CHARS,
    Assignment,
    Target,
)
from innerspace.core.prompts import Prompt
from innerspace.gui.common.page import problem_note, save_or_cancel
from innerspace.gui.prompts.prompt_model import PromptIdRole, PromptListModel

DEFAULT_WEEKS = 1


class AssignmentDialog(QDialog):
    assignment_ready = Signal(object)

    def __init__(
        self,
        assignment: Assignment | None,
        prompts: list[Prompt],
        exercises: dict[str, str],
        today: date,
        parent: QWidget | None = None,
        checkins: dict[str, str] | None = None,
    ) -> None:
        """``exercises`` maps each exercise kind to its title, ``checkins`` each check-in's
        id to its name."""
        super().__init__(parent)
        self._original = assignment
        self.setWindowTitle(
            self.tr("New assignment") if assignment is None else self.tr("Edit assignment")
        )
        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("for example: Three thought records"))

        self.asks_for = QComboBox(self)
        self.asks_for.setAccessibleName(self.tr("What it asks for"))
        self.asks_for.addItem(self.tr("Free writing"), "writing")
        self.asks_for.addItem(self.tr("A prompt"), "prompt")
        self.asks_for.addItem(self.tr("An exercise"), "exercise")
        self.asks_for.addItem(self.tr("A check-in"), "checkin")
        self.prompt_model = PromptListModel(self)
        self.prompt_model.set_library(prompts, set(), set())
        self.prompt_choice = QComboBox(self)
        self.prompt_choice.setModel(self.prompt_model)
        self.prompt_choice.setAccessibleName(self.tr("Which prompt"))
        self.prompt_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.prompt_choice.setMinimumContentsLength(24)
        self.exercise_choice = QComboBox(self)
        self.exercise_choice.setAccessibleName(self.tr("Which exercise"))
        for kind, name in exercises.items():
            self.exercise_choice.addItem(name, kind)
        self.checkin_choice = QComboBox(self)
        self.checkin_choice.setAccessibleName(self.tr("Which check-in"))
        for checkin_id, name in (checkins or {}).items():
            self.checkin_choice.addItem(name, checkin_id)
        self.which = QStackedWidget(self)
        self.which.setAccessibleName(self.tr("Which one"))
        self._free_page = QLabel(self.tr("Anything you would like to write about."), self)
        pages = (self._free_page, self.prompt_choice, self.exercise_choice, self.checkin_choice)
        for page in pages:
            self.which.addWidget(page)
        self.asks_for.currentIndexChanged.connect(self._on_asks_for)

        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("How often"))
        self.target.addItem(self.tr("Times a week"), "weekly")
        self.target.addItem(self.tr("Every day"), "daily")
        self.target.addItem(self.tr("Once"), "once")
        self.times = QSpinBox(self)
        self.times.setRange(1, MAX_TIMES_PER_WEEK)
        self.times.setValue(3)
        self.times.setAccessibleName(self.tr("Times a week"))
        self.target.currentIndexChanged.connect(self._on_target)
        often = QHBoxLayout()
        often.addWidget(self.target, 1)
        often.addWidget(self.times)

        self.starts = self._date_edit(self.tr("Starts on"), today)
        self.has_due = QCheckBox(self.tr("Due &by"), self)
        self.due = self._date_edit(self.tr("Due by"), today + timedelta(weeks=DEFAULT_WEEKS))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Doing it"), "active")
        self.status.addItem(self.tr("Done"), "done")
        self.status.addItem(self.tr("Set aside"), "set-aside")

        self.instructions = self._text_edit(
            self.tr("Instructions"), self.tr("Optional: what to do, in your therapist's words")
        )
        self.notes = self._text_edit(self.tr("Notes"), self.tr("Optional: notes of your own"))

        self.error = problem_note(self)
        self.buttons = save_or_cancel(self)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._buddy(self.tr("&Title"), self.title), self.title)
        form.addRow(self._buddy(self.tr("&Asks for"), self.asks_for), self.asks_for)
        form.addRow(self._buddy(self.tr("&Which"), self.which), self.which)
        form.addRow(self._buddy(self.tr("How &often"), self.target), often)
        form.addRow(self._buddy(self.tr("Sta&rts on"), self.starts), self.starts)
        form.addRow(self.has_due, self.due)
        form.addRow(self._buddy(self.tr("Stat&us"), self.status), self.status)
        form.addRow(self._buddy(self.tr("&Instructions"), self.instructions), self.instructions)
        form.addRow(self._buddy(self.tr("&Notes"), self.notes), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill(assignment)
        self._on_asks_for()
        self._on_target()
        self.resize(600, self.sizeHint().height())

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setDate(QDate(day.year, day.month, day.day))
        return edit

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        return edit

    def _fill(self, assignment: Assignment | None) -> None:
        if assignment is None:
            return
        self.title.setText(assignment.title)
        self.asks_for.setCurrentIndex(max(0, self.asks_for.findData(assignment.asks_for)))
        if assignment.asks_for == "prompt":
            row = self.prompt_model.row_of(assignment.reference)
            self.prompt_choice.setCurrentIndex(max(0, row))
        elif assignment.asks_for == "exercise":
            found = self.exercise_choice.findData(assignment.reference)
            self.exercise_choice.setCurrentIndex(max(0, found))
        elif assignment.asks_for == "checkin":
            if self.checkin_choice.findData(assignment.reference) < 0:
                self.checkin_choice.addItem(assignment.reference, assignment.reference)
            self.checkin_choice.setCurrentIndex(self.checkin_choice.findData(assignment.reference))
        self.target.setCurrentIndex(max(0, self.target.findData(assignment.target.kind)))
        if assignment.target.kind == "weekly":
            self.times.setValue(assignment.target.times)
        if assignment.starts is not None:
            self.starts.setDate(_qdate(assignment.starts))
        self.has_due.setChecked(assignment.due is not None)
        if assignment.due is not None:
            self.due.setDate(_qdate(assignment.due))
        self.status.setCurrentIndex(max(0, self.status.findData(assignment.status)))
        self.instructions.setPlainText(assignment.instructions)
        self.notes.setPlainText(assignment.notes)

    def _on_asks_for(self) -> None:
        pages = {
            "writing": self._free_page,
            "prompt": self.prompt_choice,
            "exercise": self.exercise_choice,
            "checkin": self.checkin_choice,
        }
        self.which.setCurrentWidget(pages[str(self.asks_for.currentData())])

    def _on_target(self) -> None:
        self.times.setEnabled(self.target.currentData() == "weekly")

    def assignment(self) -> Assignment:
        """The assignment as written in the form (keeping the original's id, uid and pack)."""
        asks_for = str(self.asks_for.currentData())
        reference = ""
        if asks_for == "prompt":
            chosen = self.prompt_choice.currentIndex()
            value = self.prompt_model.index(chosen).data(PromptIdRole) if chosen >= 0 else None
            reference = value if isinstance(value, str) else ""
        elif asks_for == "exercise":
            reference = str(self.exercise_choice.currentData() or "")
        elif asks_for == "checkin":
            reference = str(self.checkin_choice.currentData() or "")
        kind = str(self.target.currentData())
        written = Assignment(
            title=self.title.text().strip(),
            asks_for=asks_for,
            reference=reference,
            instructions=self.instructions.toPlainText().strip(),
            target=Target(kind, self.times.value() if kind == "weekly" else 1),
            starts=_day(self.starts.date()),
            due=_day(self.due.date()) if self.has_due.isChecked() else None,
            status=str(self.status.currentData()),
            notes=self.notes.toPlainText().strip(),
        )
        if self._original is None:
            return written
        return replace(
            written,
            id=self._original.id,
            uid=self._original.uid,
            pack_id=self._original.pack_id,
            pack_item=self._original.pack_item,
        )

    def problems(self) -> list[str]:
        written = self.assignment()
        problems = []
        if not written.title:
            problems.append(self.tr("Please give it a title, so you can find it in This week."))
        if written.asks_for in ("prompt", "exercise") and not written.reference:
            problems.append(self.tr("Please choose which one it asks for."))
        if written.due is not None and written.starts is not None and written.due < written.starts:
            problems.append(self.tr("The due date is before the start; please move one of them."))
        if max(len(written.instructions), len(written.notes)) > MAX_TEXT_CHARS:
            problems.append(
                self.tr("Instructions and notes can be up to %n characters.", "", MAX_TEXT_CHARS)
            )
        return problems

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.assignment_ready.emit(self.assignment())
        super().accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
