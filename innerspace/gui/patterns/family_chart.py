"""Families of feelings as labelled bars: how many entries named each, now and in the period
before, with the mean intensity written beside each bar.

The bar is in the family's soft colour, but its name and numbers are always written out, and the
period before is a thin outlined bar under it, so colour never carries the meaning alone.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.patterns import EmotionFrequency
from innerspace.gui.common.chart_base import ClickableChart, entry_count


class FamilyChart(ClickableChart):
    """Emits ``activated(family_id)`` for a clicked or Enter-ed bar."""

    def __init__(self, vocabulary: EmotionVocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._rows: list[EmotionFrequency] = []
        self._dark = False
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Families of feelings"))

    def set_colours(self, dark: bool, text: str, muted: str, focus: str) -> None:
        self._dark = dark
        self._text, self._muted = QColor(text), QColor(muted)
        self.set_focus_colour(focus)

    def set_families(self, rows: Sequence[EmotionFrequency]) -> None:
        """Families named in this period, or the one before, most named first."""
        self._rows = list(rows)
        self.reset_current()
        self.setFixedHeight(max(1, len(self._rows)) * self._row_height() + 4)

    # -- geometry ----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(r.label) for r in self._rows), default=60) + 12

    def _value_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._value_text(self._rows[0])) + 16

    def _bar_room(self) -> int:
        if not self._rows:
            return 0
        return max(40, self.width() - self._label_width() - self._value_width())

    def sizeHint(self) -> QSize:
        return QSize(640, max(1, len(self._rows)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, max(1, len(self._rows)) * self._row_height() + 4)

    def _scale(self) -> float:
        most = max((max(r.entries, r.previous_entries) for r in self._rows), default=0)
        return self._bar_room() / most if most else 0.0

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        """The clickable part of each row: the current period's bar (at least a sliver)."""
        row, left, scale = self._row_height(), self._label_width(), self._scale()
        bar_height = self.fontMetrics().height()
        return [
            (r.key, QRect(left, i * row + 2, max(6, round(r.entries * scale)), bar_height))
            for i, r in enumerate(self._rows)
        ]

    def describe(self, key: Hashable) -> str:
        row = next(r for r in self._rows if r.key == key)
        return f"{row.label}: {self._value_text(row)}; {self._previous_text(row)}"

    def _value_text(self, row: EmotionFrequency) -> str:
        text = entry_count(self, row.entries)
        if row.mean_intensity is not None:
            text += self.tr(", intensity %1").replace("%1", f"{row.mean_intensity:.0f}")
        return text

    def _previous_text(self, row: EmotionFrequency) -> str:
        return self.tr("before: %1").replace("%1", entry_count(self, row.previous_entries))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_height, left, scale = self._row_height(), self._label_width(), self._scale()
        fm = self.fontMetrics()
        for i, (row, (_key, bar)) in enumerate(zip(self._rows, self.pieces(), strict=True)):
            top = i * row_height + 2
            painter.setPen(self._text)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(0, top, left - 8, bar.height()), align, row.label)
            family = self._vocabulary.family(row.family) if row.family else None
            colour = QColor(
                (family.colour_dark if self._dark else family.colour_light)
                if family
                else self._muted
            )
            painter.setBrush(colour)
            painter.setPen(QPen(self._muted, 1))
            painter.drawRoundedRect(bar if row.entries else bar.adjusted(0, 0, -4, 0), 3, 3)
            painter.setPen(self._text)
            value_left = bar.right() + 8
            painter.drawText(
                QRect(value_left, top, self.width() - value_left, bar.height()),
                align,
                self._value_text(row),
            )
            # The period before: a thin outline under the bar, with its count written out.
            before_top = top + bar.height() + 2
            before_height = max(3, fm.height() // 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._muted, 1, Qt.PenStyle.DashLine))
            width = max(2, round(row.previous_entries * scale))
            painter.drawRect(QRect(left, before_top, width, before_height))
            painter.setPen(self._muted)
            small = QRect(left + width + 8, before_top - fm.height() // 3, 400, fm.height())
            painter.drawText(small, align, self._previous_text(row))
        self.paint_focus(painter)
