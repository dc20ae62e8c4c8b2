"""A number from 0 to a maximum that may also be left unanswered ("not rated yet").

Exercises ask for ratings (belief 0–100, pleasure 0–10) that a half-done draft may not have yet, so
"no answer" must be distinct from 0. The box shows "–" below zero and hands out ``None`` for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from innerspace.gui.common.page import label

UNRATED = -1


class ScoreBox(QSpinBox):
    def __init__(self, maximum: int, step: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(UNRATED, maximum)
        self.setSingleStep(step)
        self.setSpecialValueText(self.tr("–"))
        self.setValue(UNRATED)
        self.setAccelerated(True)

    def score(self) -> int | None:
        value = self.value()
        return None if value == UNRATED else value

    def set_score(self, score: int | None) -> None:
        self.setValue(UNRATED if score is None else score)

    def stepBy(self, steps: int) -> None:
        # From "not rated", the first step up lands on 0, not on step - 1 (4, 9, 14…).
        if self.value() == UNRATED and steps > 0:
            self.setValue(0)
            steps -= 1
        super().stepBy(steps)


def scale_ends(text: str, box: QWidget, parent: QWidget) -> QLabel:
    """What both ends of a rating mean, written beside its box and read out with it: a number
    alone leaves a person guessing whether 10 is good or bad."""
    ends = label(text, parent, "muted")
    box.setAccessibleDescription(text)
    return ends


def rating_row(text: str, box: QWidget, ends: str, parent: QWidget) -> QHBoxLayout:
    """A rating's question, its box and what its ends mean, on one line. Both words wrap, so
    the row fits beside its box at a large text size."""
    row = QHBoxLayout()
    caption = label(text, parent)
    caption.setBuddy(box)
    row.addWidget(caption, 2)
    row.addWidget(box)
    row.addWidget(scale_ends(ends, box, parent), 1)
    return row
