"""Before and after on one scale, a row each: an open circle for before, a filled one for after,
joined by a line, with both numbers written underneath.

Shape (open or filled) and the written numbers carry the meaning, so the chart reads the same
without colour; the line only shows how far apart the two are, never whether that is good.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from innerspace.gui.patterns.row_chart import RowChart


@dataclass(frozen=True)
class Dumbbell:
    """One row: ``before`` and ``after`` on the chart's scale (None when not rated), and what
    else to say about it, written after the numbers (e.g. "2 records")."""

    key: Hashable
    label: str
    before: float | None
    after: float | None
    detail: str = ""


class DumbbellChart(RowChart):
    """Emits ``activated(key)`` for a clicked or Enter-ed row."""

    _rows: list[Dumbbell]

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self._decimals = 1
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self._accent = QColor("#5b7f73")
        self._grid = QColor("#efe9e1")
        self._base = QColor("#fffdf9")

    def set_colours(
        self, text: str, muted: str, accent: str, grid: str, base: str, focus: str
    ) -> None:
        """``base`` fills the open "before" circles, so it should be the card's background."""
        self._text, self._muted = QColor(text), QColor(muted)
        self._accent, self._grid, self._base = QColor(accent), QColor(grid), QColor(base)
        self.set_focus_colour(focus)

    def set_rows(self, rows: Sequence[Dumbbell], high: int, decimals: int = 1) -> None:
        """Rows top to bottom, on a scale from 0 to ``high``, numbers to ``decimals`` places."""
        self._rows = list(rows)
        self._high, self._decimals = max(1, high), decimals
        self._rows_changed()

    # -- geometry ----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _track(self) -> tuple[int, int]:
        """Where 0 and the top of the scale are drawn, leaving room for a dot at either end."""
        radius = self._radius()
        left = self._label_width() + radius
        right = max(left + 40, self.width() - radius - 8)
        return left, right

    def _radius(self) -> int:
        return max(4, self.fontMetrics().height() // 3)

    def _x(self, value: float) -> float:
        left, right = self._track()
        return left + (right - left) * min(max(value, 0.0), self._high) / self._high

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        """Each row from its label to the end of the scale, so any part of it can be clicked."""
        top, row = self._axis_height(), self._row_height()
        return [
            (r.key, QRect(0, top + i * row, self.width(), row - 4))
            for i, r in enumerate(self._rows)
        ]

    def describe(self, key: Hashable) -> str:
        row = next(r for r in self._rows if r.key == key)
        return f"{row.label}: {self._values_text(row)}"

    def _number(self, value: float | None) -> str:
        return "–" if value is None else f"{value:.{self._decimals}f}"

    def _values_text(self, row: Dumbbell) -> str:
        if row.before is None or row.after is None:
            text = self.tr("not rated before and after")
        else:
            text = (
                self.tr("before %1, after %2")
                .replace("%1", self._number(row.before))
                .replace("%2", self._number(row.after))
            )
        return f"{text} · {row.detail}" if row.detail else text

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        left, right = self._track()
        line_height = fm.height()
        radius = self._radius()
        pieces = self.pieces()
        bottom = pieces[-1][1].bottom() if pieces else self.height()

        # The scale: a faint line at each mark, numbered above.
        marks = self.marks()
        painter.setPen(QPen(self._grid, 1))
        painter.drawLines([QLineF(self._x(v), line_height, self._x(v), bottom) for v in marks])
        painter.setPen(self._muted)
        for value in marks:
            x = round(self._x(value))
            painter.drawText(
                QRect(x - 30, 0, 60, line_height), Qt.AlignmentFlag.AlignCenter, str(value)
            )

        before_dots, after_dots = QPainterPath(), QPainterPath()
        joins: list[QLineF] = []
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        label_room = self._label_width() - 12
        # Only the rows in sight are drawn: all my entries can make 150 months of rows, and a
        # person scrolling past them would wait for every one on each step.
        exposed = event.rect()
        for row, (_key, rect) in zip(self._rows, pieces, strict=True):
            if rect.bottom() + radius < exposed.top() or rect.top() - radius > exposed.bottom():
                continue
            middle = rect.top() + line_height / 2 + 2
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label_room)
            painter.setPen(self._text)
            painter.drawText(QRect(0, rect.top() + 2, label_room, line_height), align, label)
            painter.setPen(self._muted)
            below = QRect(left, rect.top() + line_height + 4, right - left, line_height)
            painter.drawText(below, align, self._values_text(row))
            if row.before is None or row.after is None:
                continue
            start, end = QPointF(self._x(row.before), middle), QPointF(self._x(row.after), middle)
            joins.append(QLineF(start, end))
            before_dots.addEllipse(
                QRectF(start.x() - radius, middle - radius, 2 * radius, 2 * radius)
            )
            after_dots.addEllipse(QRectF(end.x() - radius, middle - radius, 2 * radius, 2 * radius))

        painter.setPen(QPen(self._muted, max(2, radius // 2)))
        if joins:
            painter.drawLines(joins)
        # Before is hollow, after is filled: drawn last so "after" stays on top where they meet.
        painter.setBrush(self._base)
        painter.setPen(QPen(self._muted, 2))
        painter.drawPath(before_dots)
        painter.setBrush(self._accent)
        painter.setPen(QPen(self._text, 1))
        painter.drawPath(after_dots)
        self.paint_focus(painter)
