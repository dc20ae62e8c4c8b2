"""The activity and mood log: what the person did, when, how much they enjoyed it and how much of
a sense of achievement it gave (0–10), and their mood before and after, on the journal's own
scale (1 very low to 10 very good).

It is also where activities are planned ahead: tied to one of the person's values and, once the
time has come, marked done or not done. Not doing a plan is something to notice, not a failure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.entries import local_now
from innerspace.core.exercises import ActivityLog
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.mood_field import ExerciseMood, MoodWithEnds
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.thought_record import step_heading, text_box
from innerspace.gui.exercises.when_field import WhenField

TITLE_CHARS = 48


class ActivityLogForm(ExerciseForm):
    KIND = ActivityLog.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # What this form doesn't show (minutes) is kept from a stored log as it was.
        self._stored = ActivityLog()

        self.activity = QLineEdit(self)
        self.activity.setAccessibleName(self.tr("What you did"))
        self.activity.setPlaceholderText(self.tr("A walk, a phone call, washing up…"))
        self.when = WhenField(self)
        self.planned = QCheckBox(self.tr("I'm &planning this ahead"), self)
        self.planned.setAccessibleDescription(
            self.tr("Plan it for a day and time, and say later whether it happened")
        )
        self.value_choice = QComboBox(self)
        self.value_choice.setEditable(True)
        self.value_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value_choice.setAccessibleName(self.tr("Which of your values it serves"))
        typed = self.value_choice.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(self.tr("Being a good friend, health…"))
        self.not_yet = QRadioButton(self.tr("Not yet"), self)
        self.done_yes = QRadioButton(self.tr("Yes, I did it"), self)
        self.done_no = QRadioButton(self.tr("No, not this time"), self)
        self.done_choice = QButtonGroup(self)
        for button in (self.not_yet, self.done_yes, self.done_no):
            self.done_choice.addButton(button)
        self.enjoyment = self._score(self.tr("Pleasure, 0 to 10"))
        self.achievement = self._score(self.tr("Sense of achievement, 0 to 10"))
        self.mood_before = ExerciseMood(self.tr("Mood before"), self)
        self.mood_after = ExerciseMood(self.tr("Mood after"), self)
        self.notes = text_box(self, self.tr("Anything else you noticed"), 3)
        self._lay_out()
        self.set_value(None)

        self.activity.textChanged.connect(self._edited)
        self.when.changed.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.planned.toggled.connect(self._show_plan)
        self.planned.toggled.connect(self._edited)
        self.value_choice.editTextChanged.connect(self._edited)
        self.done_choice.buttonToggled.connect(lambda _b, _on: self._edited())
        for box in (self.enjoyment, self.achievement, self.mood_before, self.mood_after):
            box.valueChanged.connect(self._edited)

    def set_values(self, names: list[str]) -> None:
        """Offer the person's own values (from their newest values list) to tie a plan to."""
        typed = self.value_choice.currentText()
        self.value_choice.blockSignals(True)
        self.value_choice.clear()
        self.value_choice.addItems(names)
        self.value_choice.setCurrentIndex(-1)
        self.value_choice.setEditText(typed)
        self.value_choice.blockSignals(False)

    def _score(self, name: str) -> ScoreBox:
        box = ScoreBox(10, 1, self)
        box.setSuffix(self.tr(" / 10"))
        box.setAccessibleName(name)
        return box

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(self.tr("What did you do, or plan to do?"), self))
        layout.addWidget(self.activity)
        when = self._labelled(self.tr("When"), self.when)
        layout.addLayout(when)
        layout.addWidget(self.planned)
        self.plan_box = QWidget(self)
        plan = QVBoxLayout(self.plan_box)
        plan.setContentsMargins(24, 0, 0, 0)
        plan.addWidget(
            label(
                self.tr(
                    "Choose the day and time above. Small and specific works best: a ten-minute "
                    'walk on Tuesday at five is easier to start than "exercise more".'
                ),
                self.plan_box,
                "muted",
            )
        )
        value_row = QGridLayout()
        value_caption = QLabel(self.tr("&Which of your values does it serve?"), self.plan_box)
        value_caption.setBuddy(self.value_choice)
        value_row.addWidget(value_caption, 0, 0)
        value_row.addWidget(self.value_choice, 0, 1)
        value_row.setColumnStretch(1, 1)
        plan.addLayout(value_row)
        done_caption = QLabel(self.tr("Did it happen?"), self.plan_box)
        plan.addWidget(done_caption)
        done_row = QGridLayout()
        for column, button in enumerate((self.not_yet, self.done_yes, self.done_no)):
            done_row.addWidget(button, 0, column)
        done_row.setColumnStretch(3, 1)
        plan.addLayout(done_row)
        plan.addWidget(
            label(
                self.tr(
                    "Plans don't always happen, and that's useful to know too: it can show "
                    "what makes a step too big, or a time that doesn't suit you."
                ),
                self.plan_box,
                "muted",
            )
        )
        layout.addWidget(self.plan_box)
        layout.addSpacing(18)

        layout.addWidget(step_heading(self.tr("How was it?"), self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        rows = (
            (
                self.tr("Pleasure"),
                self.tr("How much you enjoyed it, even a little."),
                self.enjoyment,
            ),
            (
                self.tr("Sense of achievement"),
                self.tr(
                    "How much it felt like getting something done. Small tasks count, "
                    "especially on a hard day."
                ),
                self.achievement,
            ),
        )
        self._score_rows(grid, rows, self.tr("0 = none, 10 = the most you can imagine"))
        layout.addLayout(grid)
        layout.addSpacing(18)

        layout.addWidget(step_heading(self.tr("Your mood"), self))
        self.mood_rows: list[MoodWithEnds] = []
        for name, explanation, scale in (
            (self.tr("Before"), self.tr("Just before you started."), self.mood_before),
            (self.tr("After"), self.tr("Once you had finished."), self.mood_after),
        ):
            caption = QLabel(name, self)
            caption.setBuddy(scale)
            layout.addWidget(caption)
            layout.addWidget(label(explanation, self, "muted"))
            row = MoodWithEnds(scale, self)
            self.mood_rows.append(row)
            layout.addWidget(row)
        layout.addSpacing(18)
        layout.addWidget(step_heading(self.tr("Anything else you noticed"), self))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def _labelled(self, text: str, widget: QWidget) -> QGridLayout:
        row = QGridLayout()
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        row.addWidget(caption, 0, 0)
        row.addWidget(widget, 0, 1)
        row.setColumnStretch(2, 1)
        return row

    def _score_rows(
        self, grid: QGridLayout, rows: tuple[tuple[str, str, ScoreBox], ...], ends: str
    ) -> None:
        for i, (name, explanation, box) in enumerate(rows):
            caption = QLabel(name, self)
            caption.setBuddy(box)
            about = label(explanation, self, "muted")
            grid.addWidget(caption, 2 * i, 0)
            grid.addWidget(box, 2 * i, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(scale_ends(ends, box, self), 2 * i, 2)
            box.setAccessibleDescription(f"{explanation} {ends}")
            grid.addWidget(about, 2 * i + 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        captions = (self.tr("Pleasure"), self.tr("Sense of achievement"))
        widest = max(self.fontMetrics().horizontalAdvance(c) for c in captions)
        grid.setColumnMinimumWidth(0, widest + 8)

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        activity = self.activity.text().strip()
        if len(activity) > TITLE_CHARS:
            activity = activity[: TITLE_CHARS - 1].rstrip() + "…"
        name = self.tr("Planned") if self.planned.isChecked() else self.tr("Activity")
        return f"{name}: {activity}" if activity else self.tr("Activity and mood log")

    def value(self) -> ActivityLog:
        planned = self.planned.isChecked()
        checked = self.done_choice.checkedButton()
        done = True if checked is self.done_yes else False if checked is self.done_no else None
        return replace(
            self._stored,
            planned=planned,
            value=" ".join(self.value_choice.currentText().split()) if planned else "",
            done=done if planned else None,
            activity=self.activity.text().strip(),
            when=self.when.moment().isoformat(timespec="minutes"),
            enjoyment=self.enjoyment.score(),
            achievement=self.achievement.score(),
            mood_before=self.mood_before.score(),
            mood_after=self.mood_after.score(),
            notes=self.notes.toPlainText().strip(),
        )

    def set_value(self, value: ActivityLog | None) -> None:
        log = value or ActivityLog()
        self._loading = True
        try:
            self._stored = log
            self.activity.setText(log.activity)
            moment = _moment(log.when)
            self.when.set_moment(moment or local_now(), is_now=moment is None)
            self.enjoyment.set_score(log.enjoyment)
            self.achievement.set_score(log.achievement)
            self.mood_before.set_score(log.mood_before)
            self.mood_after.set_score(log.mood_after)
            for row in self.mood_rows:
                row.refresh()
            self.notes.setPlainText(log.notes)
            self.planned.setChecked(log.planned)
            self.value_choice.setEditText(log.value)
            {True: self.done_yes, False: self.done_no, None: self.not_yet}[log.done].setChecked(
                True
            )
            self._show_plan(log.planned)
        finally:
            self._loading = False

    def _show_plan(self, planned: bool) -> None:
        self.plan_box.setVisible(planned)
        self.when.set_question(self.tr("When will you do it?") if planned else "")

    def is_empty(self) -> bool:
        log = self.value()
        scores = (log.enjoyment, log.achievement, log.mood_before, log.mood_after)
        return (
            not log.activity and not log.notes and not log.value and all(s is None for s in scores)
        )

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()


def _moment(text: str) -> datetime | None:
    """A stored time as the person wrote it; None for a new log or an unreadable time."""
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
