"""Planned and done, a row per value: an outlined bar as long as the number of activities
planned, filled as far as the number that happened, with both written beside it.

The outline, the fill and the written counts carry the meaning, so it reads without colour; it
counts plans, never rates the person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from innerspace.gui.patterns.score_bars import ScoreBar, ScoreBars


@dataclass(frozen=True)
class PlannedBar:
    key: str
    label: str
    planned: int
    done: int
    detail: str  # e.g. "3 of 5 happened"


class PlannedBars(ScoreBars):
    """Emits ``activated(key)`` for a clicked or Enter-ed row."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._done: list[int] = []
        self._fill = QColor("#5b7f73")

    def set_colours(self, text: str, muted: str, bar: str, grid: str, focus: str) -> None:
        # The bars are painted here: the base class's fill stays clear.
        super().set_colours(text, muted, "transparent", grid, focus)
        self._fill = QColor(bar)

    def set_plans(self, rows: Sequence[PlannedBar]) -> None:
        self._done = [r.done for r in rows]
        high = max((r.planned for r in rows), default=1)
        self.set_rows([ScoreBar(r.key, r.label, r.planned, r.detail) for r in rows], high)

    def _value_text(self, row: ScoreBar) -> str:
        return row.detail

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        height = self.fontMetrics().height()
        left = self._track()[0]
        for row, done, (_key, rect) in zip(self._rows, self._done, self.pieces(), strict=True):
            planned = self._bar_width(row.value or 0)
            top = rect.top() + 4
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRect(QRect(left, top, self._bar_width(done), height))
            painter.setPen(QPen(self._fill, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(left, top, max(2, planned), height))
        painter.end()
