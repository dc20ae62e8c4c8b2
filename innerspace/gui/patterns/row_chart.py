"""The shared frame of charts drawn as labelled rows on one scale (a row per item).

Subclasses keep their rows in ``_rows`` (each with a ``label``), choose ``_row_height`` and
paint the rows; this class sizes the widget and measures the label column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.gui.common.chart_base import ClickableChart

# Labels longer than this share of the width are shortened with "…" (the tooltip has them whole).
LABEL_SHARE = 0.3


class RowChart(ClickableChart):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
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
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(r.label) for r in self._rows), default=60) + 16
        return min(widest, int(self.width() * LABEL_SHARE))
