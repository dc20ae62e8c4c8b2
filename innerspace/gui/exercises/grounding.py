"""5-4-3-2-1 grounding: one sense at a time, with room to jot down what is noticed.

The five steps and their wording are data (resources/exercises.json). Writing is optional:
simply noticing is the exercise, so every step can be passed with Next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.exercises import GroundingCheck, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.score_box import scale_ends

NOT_RATED = -1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScoreBox(QSpinBox):
    """A whole number from 0 to ``high`` that may stay unrated, which is a real answer too."""

    def __init__(self, name: str, high: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_RATED, high)
        self.setSpecialValueText(self.tr("Not rated"))
        self.setValue(NOT_RATED)
        self.setAccessibleName(name)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Not rated")) + 48)

    def score(self) -> int | None:
        return None if self.value() == NOT_RATED else self.value()

    def set_score(self, score: int | None) -> None:
        self.setValue(NOT_RATED if score is None else score)


class NoticeLine(QLineEdit):
    """One short line; Enter moves on instead of reaching a dialog's default button."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.modifiers():
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SenseStep(QWidget):
    """One sense: its prompt and as many lines as things to notice (more if a save had more)."""

    edited = Signal()
    finished = Signal()

    def __init__(self, step: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sense = str(step["sense"])
        self.count = int(step["count"])
        self.prompt = str(step["text"])
        self.lines: list[NoticeLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.prompt, self, "heading"))
        layout.addWidget(
            label(
                self.tr("Write them down if it helps, or simply notice them. It's fine to skip."),
                self,
                "muted",
            )
        )
        self._lines_layout = QVBoxLayout()
        layout.addLayout(self._lines_layout)
        layout.addStretch(1)
        self.set_items([])

    def items(self) -> list[str]:
        return [line.text().strip() for line in self.lines if line.text().strip()]

    def set_items(self, items: list[str]) -> None:
        wanted = max(self.count, len(items))
        while len(self.lines) > wanted:
            self.lines.pop().deleteLater()
        while len(self.lines) < wanted:
            self._add_line()
        for line, text in zip(self.lines, [*items, *[""] * wanted], strict=False):
            line.setText(text)

    def first_line(self) -> QLineEdit:
        return self.lines[0]

    def _add_line(self) -> None:
        line = NoticeLine(self)
        n = len(self.lines) + 1
        line.setAccessibleName(
            self.tr("%1 (%2 of %3)")
            .replace("%1", self.prompt)
            .replace("%2", str(n))
            # The count shown is the step's own, even when a saved check had extra lines.
            .replace("%3", str(max(self.count, n)))
        )
        line.textEdited.connect(self.edited)
        line.submitted.connect(lambda: self._after(line))
        self._lines_layout.addWidget(line)
        self.lines.append(line)

    def _after(self, line: NoticeLine) -> None:
        index = self.lines.index(line)
        if index + 1 < len(self.lines):
            self.lines[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.finished.emit()


class GuidedSteps(QWidget):
    """Pages shown one at a time, with Back, Next and where the person is in the exercise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        self._focus_targets: list[QWidget] = []
        self.nav = QWidget(self)
        self.progress = QLabel(self.nav)
        self.progress.setProperty("role", "muted")
        self.back_button = QPushButton(self.tr("&Back"), self.nav)
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button = QPushButton(self.tr("&Next"), self.nav)
        self.next_button.setAccessibleName(self.tr("Next step"))
        for button in (self.back_button, self.next_button):
            # Enter on a button moves through the steps, never saves or closes the host.
            button.setAutoDefault(False)
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self.progress, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._layout.addWidget(self.stack, 1)
        self._layout.addWidget(self.nav)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

    def add_page(self, page: QWidget, focus_target: QWidget) -> None:
        """Add a step; ``focus_target`` takes the keyboard when the step is reached."""
        self.stack.addWidget(page)
        self._focus_targets.append(focus_target)
        # Pages are built after the buttons, yet Tab should cross a page before Back and Next:
        # a widget given a parent again joins the end of the focus chain.
        self.nav.setParent(None)
        self.nav.setParent(self)
        self._layout.addWidget(self.nav)
        self.nav.show()
        self.show_step(self.stack.currentIndex())

    def current(self) -> int:
        return self.stack.currentIndex()

    def go_next(self) -> None:
        self.show_step(self.stack.currentIndex() + 1, focus=True)

    def go_back(self) -> None:
        self.show_step(self.stack.currentIndex() - 1, focus=True)

    def show_step(self, index: int, focus: bool = False) -> None:
        last = self.stack.count() - 1
        index = max(0, min(index, last))
        self.stack.setCurrentIndex(index)
        self.progress.setText(
            self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(last + 1))
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < last)
        if focus and 0 <= index < len(self._focus_targets):
            self._focus_targets[index].setFocus(Qt.FocusReason.OtherFocusReason)


def rating_page(
    parent: QWidget, heading: str, text: str, box: ScoreBox, caption: str, ends: str
) -> QWidget:
    """A step that asks for one optional 0–10 rating, explained in plain words, with what its
    two ends mean beside it."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label(heading, page, "heading"))
    layout.addWidget(label(text, page, "muted"))
    row = QHBoxLayout()
    name = label(caption, page)
    name.setBuddy(box)
    box.setParent(page)
    row.addWidget(name)
    row.addWidget(box)
    row.addWidget(scale_ends(ends, box, page), 1)
    layout.addLayout(row)
    layout.addStretch(1)
    return page


def distress_ends(widget: QWidget) -> str:
    return widget.tr("0 = calm, 10 = the most distress you can imagine")


class GroundingForm(ExerciseForm):
    KIND = GroundingCheck.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._guide_title = guide.title
        self._loading = False

        self.steps = GuidedSteps(self)
        self.before = ScoreBox(self.tr("Distress before, 0 to 10"), parent=self)
        start = rating_page(
            self.steps.stack,
            self.tr("Before you begin"),
            self.tr(
                "If you like, rate how distressed you feel right now, from 0 (calm) to 10 "
                "(the most you can imagine). You can leave it, and you can stop at any time."
            ),
            self.before,
            self.tr("Distress right now (0–10)"),
            distress_ends(self),
        )
        self.steps.add_page(start, self.before)
        self.senses: list[SenseStep] = []
        for step in guide.content["steps"]:
            page = SenseStep(step, self.steps.stack)
            page.edited.connect(self._edited)
            page.finished.connect(self.steps.go_next)
            self.senses.append(page)
            self.steps.add_page(page, page.first_line())
        self.after = ScoreBox(self.tr("Distress now, 0 to 10"), parent=self)
        end = rating_page(
            self.steps.stack,
            self.tr("How do you feel now?"),
            self.tr(
                "Take a moment to notice how you are. If it helps, rate the distress again. "
                "If it is still hard, that's all right: you can go back to a step, breathe "
                "slowly, or reach out to someone you trust."
            ),
            self.after,
            self.tr("Distress now (0–10)"),
            distress_ends(self),
        )
        self.steps.add_page(end, self.after)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.steps, 1)

        self.before.valueChanged.connect(self._edited)
        self.after.valueChanged.connect(self._edited)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        return self._guide_title

    def value(self) -> GroundingCheck:
        return GroundingCheck(
            distress_before=self.before.score(),
            distress_after=self.after.score(),
            **{page.sense: page.items() for page in self.senses},
        )

    def set_value(self, value: GroundingCheck | None) -> None:
        shown = value or GroundingCheck()
        self._loading = True
        try:
            self.before.set_score(shown.distress_before)
            self.after.set_score(shown.distress_after)
            for page in self.senses:
                page.set_items(list(getattr(shown, page.sense)))
        finally:
            self._loading = False
        self.steps.show_step(0)

    def is_empty(self) -> bool:
        return self.value() == GroundingCheck()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
