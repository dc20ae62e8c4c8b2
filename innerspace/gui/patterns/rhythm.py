"""The writing rhythm: entries per week as plain bars, each with its number written on it, and
the section that shows them with a table of the weeks.

Nothing here counts runs of days or marks a week as missed: a short bar is just a quieter week.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.patterns import WeekOfWriting
from innerspace.gui.common.chart_base import ClickableChart, entry_count, qdate
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.section import ChartSection, day_text
from innerspace.storage.pattern_queries import Entries, PatternData, entries_in_week


class WeekBars(ClickableChart):
    """Emits ``activated(monday)`` for a clicked or Enter-ed week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekOfWriting] = []
        self._bar = QColor("#5b7f73")
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._chart_height() + 2 * self.fontMetrics().height() + 8)
        self.setAccessibleName(self.tr("Entries per week"))

    def set_colours(self, bar: str, text: str, muted: str, focus: str) -> None:
        self._bar, self._text, self._muted = QColor(bar), QColor(text), QColor(muted)
        self.set_focus_colour(focus)

    def set_weeks(self, weeks: Sequence[WeekOfWriting]) -> None:
        self._weeks = list(weeks)
        self.reset_current()

    def _chart_height(self) -> int:
        return self.fontMetrics().height() * 7

    def sizeHint(self) -> QSize:
        return QSize(640, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.height())

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        if not self._weeks:
            return []
        fm = self.fontMetrics()
        slot = self.width() / len(self._weeks)
        most = max(w.entries for w in self._weeks) or 1
        base = fm.height() + self._chart_height()
        out: list[tuple[Hashable, QRect]] = []
        for i, week in enumerate(self._weeks):
            height = max(2, round(self._chart_height() * week.entries / most))
            left = round(i * slot + slot * 0.15)
            width = max(2, round(slot * 0.7))
            out.append((week.week_start, QRect(left, base - height, width, height)))
        return out

    def describe(self, key: Hashable) -> str:
        assert isinstance(key, date)
        week = next(w for w in self._weeks if w.week_start == key)
        shown = QLocale().toString(qdate(key), QLocale.FormatType.ShortFormat)
        return (
            self.tr("Week of %1: %2")
            .replace("%1", shown)
            .replace("%2", entry_count(self, week.entries))
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        base = fm.height() + self._chart_height()
        painter.setPen(self._muted)
        painter.drawLine(0, base, self.width(), base)
        show_numbers = bool(self._weeks) and self.width() / len(self._weeks) > fm.horizontalAdvance(
            "00"
        )
        last_month = 0
        pieces = self.pieces()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._bar)
        if pieces:
            painter.drawRects([rect for _key, rect in pieces])
        painter.setPen(self._text)
        for week, (_key, rect) in zip(self._weeks, pieces, strict=True):
            if show_numbers:
                painter.drawText(
                    QRect(
                        rect.left() - 10, rect.top() - fm.height(), rect.width() + 20, fm.height()
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    str(week.entries),
                )
            if week.week_start.month != last_month:
                last_month = week.week_start.month
                name = QLocale().monthName(last_month, QLocale.FormatType.ShortFormat)
                painter.drawText(rect.left(), base + fm.ascent() + 4, name)
        self.paint_focus(painter)


class RhythmSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week_bars = WeekBars(self)
        self.set_figure(self.tr("Writing rhythm"), self.tr("Entries per week"), self.week_bars)

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.week_bars.set_colours(c["highlight"], c["text"], c["muted"], c["highlight"])

    def fill(self, data: PatternData) -> None:
        weeks = data.review.weeks
        self.week_bars.set_weeks(weeks)
        self.set_table(
            (self.tr("Week of"), self.tr("Entries"), self.tr("Days written")),
            lambda: [
                (w.week_start, (day_text(w.week_start), str(w.entries), str(w.days_written)))
                for w in weeks
            ],
        )
        total = sum(w.entries for w in weeks)
        self.set_note(
            self.tr("%1 over %2 weeks, about %3 a week; every week counts, however short.")
            .replace("%1", entry_count(self, total))
            .replace("%2", str(len(weeks)))
            .replace("%3", f"{total / len(weeks):.1f}" if weeks else "0")
            if total
            else "",
            self.tr("Each bar is a week, with its number of entries. Click one to see them.")
            if total
            else "",
        )
        self.set_empty(
            "" if total else self.tr("How many entries you write each week will show here.")
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        return entries_in_week(data, key) if isinstance(key, date) else []
