"""The fear ladder: something the person avoids, broken into steps rated for the distress they
expect (0–100), and a log of each try at a step: expected and highest distress, and how many
minutes it took to ease.

The app never pushes: it suggests the lowest step, then keeps the step last tried chosen (never
the next one up); the person picks any step, and the safety note from resources/exercises.json
stays at the top of the form.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.entries import local_now
from innerspace.core.exercises import load_exercise_guides
from innerspace.core.fear_ladder import MOST_MINUTES, FearLadder, LadderAttempt, LadderStep
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.relationship_pattern import first_line
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.thought_record import step_heading, text_box
from innerspace.gui.exercises.when_field import WhenField

DISTRESS_STEP = 5


class FearLadderForm(ExerciseForm):
    KIND = FearLadder.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._loading = False
        self._attempts: list[LadderAttempt] = []
        self._picked = ""  # a step the person chose to try, kept while the list changes
        self._suggested: int | None = None  # the expected distress filled in for them
        self.step_rows: list[tuple[QLineEdit, ScoreBox]] = []

        self.safety_note = label(guide.content["safety_note"], self, "muted")
        self.safety_note.setAccessibleName(self.tr("Before you start"))
        self.situation = text_box(self, self.tr("What you avoid or fear"), 2)
        self.steps_grid = QGridLayout()
        self.steps_grid.setHorizontalSpacing(12)
        self.steps_grid.setColumnStretch(0, 1)
        self.add_step_button = QPushButton(self.tr("Add a &step"), self)
        self.add_step_button.setAutoDefault(False)

        self.try_step = QComboBox(self)
        self.try_step.setAccessibleName(self.tr("The step you tried"))
        self.try_when = WhenField(self)
        self.try_expected = self._distress(self.tr("Distress you expected, 0 to 100"))
        self.try_peak = self._distress(self.tr("Highest distress it actually reached, 0 to 100"))
        self.try_minutes = ScoreBox(MOST_MINUTES, 1, self)
        self.try_minutes.setSuffix(self.tr(" min"))
        self.try_minutes.setAccessibleName(self.tr("How many minutes until the distress eased"))
        self.try_notes = QLineEdit(self)
        self.try_notes.setAccessibleName(self.tr("What you noticed on this try"))
        self.add_try_button = QPushButton(self.tr("&Keep this try"), self)
        self.add_try_button.setAutoDefault(False)
        self.tries = QStringListModel(self)
        self.tries_view = QListView(self)
        self.tries_view.setModel(self.tries)
        self.tries_view.setAccessibleName(self.tr("Your tries so far"))
        self.tries_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tries_view.setWordWrap(True)
        self.tries_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.remove_try_button = QPushButton(self.tr("Remove the chosen try"), self)
        self.remove_try_button.setAutoDefault(False)
        self.remove_try_button.setEnabled(False)
        self.notes = text_box(self, self.tr("Anything else you noticed"), 2)
        self._lay_out()
        self.set_value(None)

        self.situation.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.add_step_button.clicked.connect(self._add_step_by_person)
        self.add_try_button.clicked.connect(self.keep_try)
        self.remove_try_button.clicked.connect(self.remove_try)
        self.tries_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.remove_try_button.setEnabled(current.isValid())
        )
        self.try_step.currentIndexChanged.connect(self._suggest_expected)
        self.try_step.activated.connect(self._person_picked)

    def _distress(self, name: str) -> ScoreBox:
        box = ScoreBox(100, DISTRESS_STEP, self)
        box.setAccessibleName(name)
        return box

    def _lay_out(self) -> None:
        ends = self.distress_ends()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(self.safety_note)
        layout.addWidget(step_heading(self.tr("What do you avoid or fear?"), self))
        layout.addWidget(self.situation)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("The steps"), self))
        layout.addWidget(
            label(
                self.tr(
                    "Break it into small steps, from one you could nearly do today to the "
                    "hardest. Rate the distress you expect on each. They are put in order for "
                    "you, lowest first."
                ),
                self,
                "muted",
            )
        )
        layout.addWidget(label(ends, self, "muted"))
        layout.addLayout(self.steps_grid)
        layout.addWidget(self.add_step_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)

        layout.addWidget(step_heading(self.tr("When you try a step"), self))
        layout.addWidget(
            label(
                self.tr(
                    "Stay with it, if you can, until the distress starts to ease, then note how "
                    "it went. Trying the same step again is how it gets easier; move up only "
                    "when you feel ready."
                ),
                self,
                "muted",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        rows = (
            (self.tr("S&tep"), self.try_step, ""),
            (self.tr("When"), self.try_when, ""),
            (self.tr("E&xpected distress"), self.try_expected, ends),
            (self.tr("&Highest distress"), self.try_peak, ends),
            (self.tr("Minutes until it &eased"), self.try_minutes, ""),
            (self.tr("What you &noticed"), self.try_notes, ""),
        )
        for i, (name, widget, about) in enumerate(rows):
            caption = QLabel(name, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, i, 0)
            if isinstance(widget, (QComboBox, QLineEdit)):
                grid.addWidget(widget, i, 1, 1, 2)
                continue
            grid.addWidget(widget, i, 1, Qt.AlignmentFlag.AlignLeft)
            if about:
                grid.addWidget(scale_ends(about, widget, self), i, 2)
        layout.addLayout(grid)
        layout.addWidget(self.add_try_button, 0, Qt.AlignmentFlag.AlignLeft)
        tries_caption = QLabel(self.tr("Your tries so far"), self)
        tries_caption.setBuddy(self.tries_view)
        layout.addWidget(tries_caption)
        layout.addWidget(self.tries_view)
        layout.addWidget(self.remove_try_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Anything else you noticed"), self))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def distress_ends(self) -> str:
        return self.tr("0 = calm, 100 = the most distress you can imagine")

    # -- steps ------------------------------------------------------------------------------

    def add_step(self, text: str = "", expected: int | None = None) -> QLineEdit:
        at = len(self.step_rows)
        words = QLineEdit(text, self)
        words.setAccessibleName(self.tr("Step %1").replace("%1", str(at + 1)))
        words.setPlaceholderText(self.tr("A small step, like looking at a photo of a lift"))
        distress = ScoreBox(100, DISTRESS_STEP, self)
        distress.setAccessibleName(
            self.tr("Distress you expect on step %1, 0 to 100").replace("%1", str(at + 1))
        )
        distress.set_score(expected)
        distress.setAccessibleDescription(self.distress_ends())
        self.steps_grid.addWidget(words, at, 0)
        self.steps_grid.addWidget(distress, at, 1)
        words.textChanged.connect(self._steps_edited)
        distress.valueChanged.connect(self._steps_edited)
        self.step_rows.append((words, distress))
        if at:
            # Tab goes from the step before to this one, then on to "Add a step".
            QWidget.setTabOrder(self.step_rows[at - 1][1], words)
            QWidget.setTabOrder(words, distress)
            QWidget.setTabOrder(distress, self.add_step_button)
            words.show()
            distress.show()
        return words

    def _add_step_by_person(self) -> None:
        self.add_step().setFocus(Qt.FocusReason.OtherFocusReason)

    def steps(self) -> list[LadderStep]:
        return [
            LadderStep(" ".join(words.text().split()), box.score())
            for words, box in self.step_rows
            if words.text().strip()
        ]

    def _steps_edited(self) -> None:
        if self._loading:
            return
        self._refresh_step_choice()
        self.changed.emit()

    def _refresh_step_choice(self) -> None:
        """The steps to pick from, lowest first. The one the person chose or last tried stays
        chosen; otherwise the lowest is suggested. The app never moves anyone up a step."""
        ordered = FearLadder(steps=self.steps()).ordered_steps()
        self.try_step.blockSignals(True)
        self.try_step.clear()
        for step in ordered:
            self.try_step.addItem(step.text, step.expected)
        index = self.try_step.findText(self._picked) if self._picked else -1
        self.try_step.setCurrentIndex(max(index, 0) if ordered else -1)
        self.try_step.blockSignals(False)
        self.add_try_button.setEnabled(bool(ordered))
        self._suggest_expected()

    def _person_picked(self, _index: int) -> None:
        self._picked = self.try_step.currentText()

    def _suggest_expected(self) -> None:
        """The step's expected distress, unless the person has rated this try themselves."""
        expected = self.try_step.currentData()
        if self.try_expected.score() in (None, self._suggested):
            self._suggested = expected if isinstance(expected, int) else None
            self.try_expected.set_score(self._suggested)

    # -- tries ------------------------------------------------------------------------------

    def keep_try(self) -> None:
        step = self.try_step.currentText()
        if not step:
            return
        self._attempts.append(
            LadderAttempt(
                step=step,
                when=self.try_when.moment().isoformat(timespec="minutes"),
                expected=self.try_expected.score(),
                peak=self.try_peak.score(),
                minutes_to_ease=self.try_minutes.score(),
                notes=self.try_notes.text().strip(),
            )
        )
        self._show_tries()
        for box in (self.try_expected, self.try_peak, self.try_minutes):
            box.set_score(None)
        self._suggested = None
        self.try_notes.clear()
        self.try_when.set_moment(local_now(), is_now=True)
        # The same step stays chosen: trying it again is how it gets easier.
        self._picked = step
        self._refresh_step_choice()
        self.changed.emit()

    def remove_try(self) -> None:
        """Take out a try noted by mistake (the one chosen in the list)."""
        row = self.tries_view.currentIndex().row()
        if 0 <= row < len(self._attempts):
            del self._attempts[row]
            self._show_tries()
            self.changed.emit()

    def _show_tries(self) -> None:
        self.tries.setStringList([a.line() for a in self._attempts])
        self.remove_try_button.setEnabled(False)

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        situation = first_line(self.situation.toPlainText())
        name = self.tr("Fear ladder")
        return f"{name}: {situation}" if situation else name

    def value(self) -> FearLadder:
        return FearLadder(
            situation=self.situation.toPlainText().strip(),
            steps=self.steps(),
            attempts=[replace(a) for a in self._attempts],
            notes=self.notes.toPlainText().strip(),
        )

    def set_value(self, value: FearLadder | None) -> None:
        ladder = value or FearLadder()
        self._loading = True
        try:
            self.situation.setPlainText(ladder.situation)
            self.notes.setPlainText(ladder.notes)
            self._attempts = [replace(a) for a in ladder.attempts]
            self._picked = ladder.attempts[-1].step if ladder.attempts else ""
            rungs = ladder.steps or [LadderStep("")]
            while len(self.step_rows) < len(rungs):
                self.add_step()
            for i, (words, box) in enumerate(self.step_rows):
                words.setText(rungs[i].text if i < len(rungs) else "")
                box.set_score(rungs[i].expected if i < len(rungs) else None)
            for box in (self.try_expected, self.try_peak, self.try_minutes):
                box.set_score(None)
            self._suggested = None
            self.try_notes.clear()
            self.try_when.set_moment(local_now(), is_now=True)
            self._show_tries()
            self._refresh_step_choice()
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        ladder = self.value()
        return not (ladder.situation or ladder.steps or ladder.attempts or ladder.notes)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
