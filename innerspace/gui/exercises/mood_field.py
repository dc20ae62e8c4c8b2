"""The journal's mood scale (1 very low to 10 very good) inside an exercise, so a mood means the
same wherever it is rated.

Activity logs once rated mood from 0 to 10. A stored 0 is kept exactly as it was: the scale shows
no cell chosen and a line saying so, and the 0 is saved again unless the person picks a number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from innerspace.core.emotions import MIN_MOOD
from innerspace.gui.journal.mood_rating import MoodScale


class ExerciseMood(MoodScale):
    """A mood that may be unrated, or an older rating below 1 kept as stored."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._older: int | None = None
        self.setAccessibleName(
            self.tr("%1, from 1, very low, to 10, very good").replace("%1", name)
        )
        self.setToolTip(
            self.tr("Click a number, or use the arrow keys. Delete leaves it not rated.")
        )
        # Any choice of the person's replaces an older rating.
        self.valueChanged.connect(self._forget_older)

    def score(self) -> int | None:
        chosen = self.value()
        return self._older if chosen is None else chosen

    def set_score(self, score: int | None) -> None:
        older = score is not None and score < MIN_MOOD
        self._older = score if older else None
        self.set_value(None if older else score)

    def older_score(self) -> int | None:
        return self._older

    def _forget_older(self) -> None:
        self._older = None


class MoodWithEnds(QWidget):
    """The scale with its end words under it, as in the journal, and a line for an older 0."""

    def __init__(self, scale: ExerciseMood, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        low = QLabel(self.tr("very low"), self)
        high = QLabel(self.tr("very good"), self)
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.older_note = QLabel(self)
        self.older_note.setWordWrap(True)
        for text in (low, high, self.older_note):
            text.setProperty("role", "muted")
        ends = QHBoxLayout()
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(scale)
        layout.addLayout(ends)
        layout.addWidget(self.older_note)
        scale.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        older = self.scale.older_score()
        if older is None:
            self.older_note.hide()
            self.scale.setAccessibleDescription("")
            return
        text = self.tr(
            "Kept as you rated it then: %1, on the older scale from 0 to 10. Choose a number to "
            "rate it on this scale."
        ).replace("%1", str(older))
        self.older_note.setText(text)
        self.older_note.show()
        self.scale.setAccessibleDescription(text)
