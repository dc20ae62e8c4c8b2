"""The shared frame of charts drawn as labelled rows on one scale (a row per item).

Subclasses keep their rows in ``_rows`` (each with a ``label``) on a scale from 0 to ``_high``,
choose ``_row_height`` and paint the rows; this class sizes the widget, measures the label
column and picks the marks of the scale.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.gui.common.chart_base import ClickableChart

# Labels longer than this share of the width are shortened with "…" (the tooltip has them whole).
LABEL_SHARE = 0.3
# Steps between the marks of a scale: whole numbers, as every scale here counts or rates in them.
MARK_STEPS = (1, 2, 5, 10, 20, 25, 50)
MOST_GAPS = 5


class RowChart(ClickableChart):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._high = 10
        self._widest: tuple[list[Any], str, int] | None = None  # rows, font, widest label
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)
        self.setFixedHeight(self._height())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def _axis_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _height(self) -> int:
        return self._axis_height() + max(1, len(self._rows)) * self._row_height() + 4

    def _rows_changed(self) -> None:
        self.reset_current()
        self.setFixedHeight(self._height())

    def sizeHint(self) -> QSize:
        return QSize(640, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self._height())

    def _label_width(self) -> int:
        # Measured once per set of rows and font: painting places every row by it, and a
        # hundred and fifty rows measured for each of them held the window on every scroll.
        font = self.font().key()
        kept = self._widest
        if kept is None or kept[0] is not self._rows or kept[1] != font:
            fm = self.fontMetrics()
            widest = max((fm.horizontalAdvance(r.label) for r in self._rows), default=60) + 16
            kept = self._widest = (self._rows, font, widest)
        return min(kept[2], int(self.width() * LABEL_SHARE))

    def marks(self) -> list[int]:
        """Where the scale is numbered: 0, the top, and whole steps between (0, 2, … 10)."""
        step = next((s for s in MARK_STEPS if self._high / s <= MOST_GAPS), self._high)
        return [*range(0, self._high, step), self._high]
