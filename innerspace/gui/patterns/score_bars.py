"""Mean ratings as labelled bars on a fixed scale (0 to 10), each with its number and how many
times it rests on written beside it.

The scale is fixed rather than stretched to the largest bar, so a 5 always looks like half; a
strategy never rated has no bar and says so in words.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from innerspace.gui.patterns.row_chart import RowChart


@dataclass(frozen=True)
class ScoreBar:
    key: Hashable
    label: str
    value: float | None
    detail: str = ""  # e.g. "3 times"


class ScoreBars(RowChart):
    """Emits ``activated(key)`` for a clicked or Enter-ed row."""

    _rows: list[ScoreBar]

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self._bar = QColor("#5b7f73")
        self._grid = QColor("#efe9e1")

    def set_colours(self, text: str, muted: str, bar: str, grid: str, focus: str) -> None:
        self._text, self._muted = QColor(text), QColor(muted)
        self._bar, self._grid = QColor(bar), QColor(grid)
        self.set_focus_colour(focus)

    def set_rows(self, rows: Sequence[ScoreBar], high: int = 10) -> None:
        self._rows = list(rows)
        self._high = max(1, high)
        self._rows_changed()

    # -- geometry ----------------------------------------------------------------------------

    def _value_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(self._value_text(r)) for r in self._rows), default=0) + 16

    def _track(self) -> tuple[int, int]:
        left = self._label_width()
        return left, max(left + 40, self.width() - self._value_width())

    def _bar_width(self, value: float) -> int:
        left, right = self._track()
        return round((right - left) * min(max(value, 0.0), self._high) / self._high)

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        """Each row from its label to the end of the scale, so a short bar is easy to click."""
        top, row = self._axis_height(), self._row_height()
        right = self._track()[1]
        return [(r.key, QRect(0, top + i * row, right, row - 4)) for i, r in enumerate(self._rows)]

    def describe(self, key: Hashable) -> str:
        row = next(r for r in self._rows if r.key == key)
        return f"{row.label}: {self._value_text(row)}"

    def _value_text(self, row: ScoreBar) -> str:
        value = self.tr("not rated") if row.value is None else f"{row.value:.1f}"
        return f"{value} · {row.detail}" if row.detail else value

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        left = self._track()[0]
        line_height = fm.height()
        pieces = self.pieces()
        bottom = pieces[-1][1].bottom() if pieces else self.height()

        # The scale: a faint line at each mark, numbered above.
        marks = self.marks()
        xs = [left + self._bar_width(v) for v in marks]
        painter.setPen(QPen(self._grid, 1))
        painter.drawLines([QLineF(x, line_height, x, bottom) for x in xs])
        painter.setPen(self._muted)
        for value, x in zip(marks, xs, strict=True):
            painter.drawText(
                QRect(x - 30, 0, 60, line_height), Qt.AlignmentFlag.AlignCenter, str(value)
            )

        bars = [
            QRect(left, rect.top() + 4, max(2, self._bar_width(row.value)), line_height)
            for row, (_key, rect) in zip(self._rows, pieces, strict=True)
            if row.value is not None
        ]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._bar)
        if bars:
            painter.drawRects(bars)

        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        label_room = left - 12
        for row, (_key, rect) in zip(self._rows, pieces, strict=True):
            text_top = rect.top() + 4
            painter.setPen(self._text)
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label_room)
            painter.drawText(QRect(0, text_top, label_room, line_height), align, label)
            end = left + (self._bar_width(row.value) if row.value is not None else 0) + 8
            painter.drawText(
                QRect(end, text_top, self.width() - end, line_height), align, self._value_text(row)
            )
        self.paint_focus(painter)
