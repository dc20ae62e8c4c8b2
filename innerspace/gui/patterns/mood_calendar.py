"""Moods as a calendar: one square per day, weeks as columns, Monday on top, a row of a year's
weeks at a time; and the section that shows the year up to the range's last day with its legend
and a table of the days.

Qt Charts has no calendar heat map, so it is painted here. A day's square is shaded by its mood
(five bands from blue for low to amber for high, which stay distinct for colour-blind people);
a dot in the square means the mood came from the feelings named rather than a rating, and a
day without entries is only outlined. Every day's figures are in its tooltip, in the accessible
description as the keyboard moves, and in the table beside the chart.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from innerspace.core.patterns import DayMood, PatternReview
from innerspace.gui.common.chart_base import ClickableChart, entry_count, qdate
from innerspace.gui.common.theme import colors, is_dark
from innerspace.gui.patterns.section import (
    ChartSection,
    day_text,
    long_day_text,
    mood_source,
    number,
)
from innerspace.storage.pattern_queries import Entries, PatternData, entries_on_day

BANDS_LIGHT = ("#8fa9d1", "#c3d3ea", "#ebe4d8", "#f0cf92", "#dea452")
BANDS_DARK = ("#36527f", "#4d6282", "#625c53", "#8c6d33", "#b98a3a")
BAND_LIMITS = (2.8, 4.6, 6.4, 8.2)  # 1–10 split into five equal bands
# Weeks in one row of the calendar; a longer stretch goes on in the next row, a year further down.
ROW_WEEKS = 53
# A range longer than this shows its moods as a calendar: as a line of dots, they'd be a blur.
CALENDAR_FROM_DAYS = 120


def as_calendar(review: PatternReview) -> bool:
    return (review.last - review.first).days + 1 > CALENDAR_FROM_DAYS


def mood_band(mood: float) -> int:
    return sum(mood >= limit for limit in BAND_LIMITS)


class MoodHeatMap(ClickableChart):
    """Emits ``activated(date)`` for a clicked (or Enter-ed) day that has entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[DayMood] = []
        self._bands = BANDS_LIGHT
        self._text = QColor("#2b2a28")
        self._muted = QColor("#6b6560")
        self._stride = 7
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Mood calendar"))

    def set_colours(self, dark: bool, text: str, muted: str, focus: str) -> None:
        self._bands = BANDS_DARK if dark else BANDS_LIGHT
        self._text, self._muted = QColor(text), QColor(muted)
        self.set_focus_colour(focus)

    def set_days(self, days: Sequence[DayMood]) -> None:
        self._days = list(days)
        self.reset_current()
        self.setFixedHeight(self._height())

    def band_colour(self, band: int) -> QColor:
        return QColor(self._bands[band])

    # -- geometry ----------------------------------------------------------------------------

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        names = [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5, 7)]
        return max(fm.horizontalAdvance(n) for n in names) + 8

    def _cell(self) -> int:
        if not self._days:
            return 12
        weeks = min(self._weeks(), ROW_WEEKS)
        room = (self.width() - self._label_width() - 4) // max(weeks, 1)
        return max(8, min(room, self.fontMetrics().height() + 4))

    def _monday(self) -> date:
        first = self._days[0].day
        return first - timedelta(days=first.weekday())

    def _weeks(self) -> int:
        if not self._days:
            return ROW_WEEKS
        return (self._days[-1].day - self._monday()).days // 7 + 1

    def _rows(self) -> int:
        return max(1, -(-self._weeks() // ROW_WEEKS))

    def _top(self) -> int:
        return self.fontMetrics().height() + 4

    def _row_height(self) -> int:
        """One row of weeks: month names above, seven days, and a gap before the next."""
        return self._top() + 7 * self._cell() + self.fontMetrics().height() // 2

    def _height(self) -> int:
        return self._rows() * self._row_height() + 2

    def sizeHint(self) -> QSize:
        cell = self.fontMetrics().height() + 4
        return QSize(self._label_width() + 53 * cell, self._top() + 7 * cell + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + 53 * 8, self._top() + 7 * 8 + 2)

    def resizeEvent(self, event: object) -> None:
        # Squares grow with the width, and the height follows them.
        self.setFixedHeight(self._height())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def pieces(self) -> list[tuple[Hashable, QRect]]:
        return [(mood.day, rect) for mood, _row, rect in self._pieces_in_rows(range(self._rows()))]

    def _pieces_in_rows(self, rows: range) -> list[tuple[DayMood, int, QRect]]:
        """``pieces`` of the days in ``rows`` only, each with its day's mood and row."""
        if not self._days:
            return []
        cell, left, top, row_height = (
            self._cell(),
            self._label_width(),
            self._top(),
            self._row_height(),
        )
        monday = self._monday()
        out: list[tuple[DayMood, int, QRect]] = []
        for mood in self._days:
            row, column = divmod((mood.day - monday).days // 7, ROW_WEEKS)
            if row in rows:
                y = row * row_height + top + mood.day.weekday() * cell
                out.append((mood, row, QRect(left + column * cell, y, cell - 2, cell - 2)))
        return out

    def describe(self, key: Hashable) -> str:
        assert isinstance(key, date)
        mood = next((m for m in self._days if m.day == key), None)
        shown = QLocale().toString(qdate(key), QLocale.FormatType.LongFormat)
        if mood is None or mood.entries == 0:
            return self.tr("%1: no entries").replace("%1", shown)
        entries = entry_count(self, mood.entries)
        if mood.mood is None:
            return self.tr("%1: %2, no mood").replace("%1", shown).replace("%2", entries)
        source = (
            self.tr("your rating") if mood.source == "rating" else self.tr("from your feelings")
        )
        return (
            self.tr("%1: %2, mood %3 (%4)")
            .replace("%1", shown)
            .replace("%2", entries)
            .replace("%3", f"{mood.mood:.1f}")
            .replace("%4", source)
        )

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        left = self._label_width()
        cell = self._cell()
        painter.setPen(self._muted)
        # Only the rows in sight are drawn: all my entries make a row of weeks for every year,
        # and a person scrolling past them would wait for every one on each step.
        exposed = event.rect()
        row_height = self._row_height()
        shown_rows = range(
            max(0, exposed.top() // row_height),
            min(self._rows(), exposed.bottom() // row_height + 1),
        )
        for row in shown_rows:
            for weekday in (0, 2, 4, 6):
                name = QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
                y = row * row_height + self._top() + weekday * cell
                painter.drawText(QRect(0, y, left - 6, cell), Qt.AlignmentFlag.AlignRight, name)
        last_month, last_row = 0, 0
        bands: list[list[QRect]] = [[] for _ in self._bands]
        dots: list[QPointF] = []
        no_mood: list[QRect] = []
        no_entries: list[QRect] = []
        for mood, row, rect in self._pieces_in_rows(shown_rows):
            if row != last_row:
                last_row, last_month = row, 0  # a new row names its months afresh
            if mood.day.month != last_month and mood.day.day <= 7:
                last_month = mood.day.month
                name = QLocale().monthName(mood.day.month, QLocale.FormatType.ShortFormat)
                painter.drawText(rect.left(), row * row_height + fm.ascent(), name)
            if mood.mood is None:
                (no_mood if mood.entries else no_entries).append(rect.adjusted(0, 0, -1, -1))
                continue
            bands[mood_band(mood.mood)].append(rect)
            if mood.source == "emotions":
                dots.append(rect.toRectF().center())
        # Squares are drawn a band at a time: one call into Qt per group, not one per day.
        painter.setPen(Qt.PenStyle.NoPen)
        for band, rects in enumerate(bands):
            if rects:
                painter.setBrush(self.band_colour(band))
                painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._muted, 1, Qt.PenStyle.SolidLine))
        if no_mood:
            painter.drawRects(no_mood)
        painter.setPen(QPen(self._muted, 1, Qt.PenStyle.DotLine))
        if no_entries:
            painter.drawRects(no_entries)
        if dots:
            dot = QPen(self._text, max(3.0, cell / 3.5))
            dot.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(dot)
            painter.drawPoints(dots)
        self.paint_focus(painter)


class MoodLegend(QLabel):
    """The calendar's shades, each with the moods it stands for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "muted")
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_shades(self, heat_map: MoodHeatMap) -> None:
        swatches = " ".join(
            f'<span style="background:{heat_map.band_colour(band).name()}">'
            f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{low}–{high}"
            for band, (low, high) in enumerate(((1, 2), (3, 4), (5, 6), (7, 8), (9, 10)))
        )
        self.setText(self.tr("Mood: %1").replace("%1", swatches))

    def explain(self) -> str:
        """How to read the calendar, for "More about this"."""
        return self.tr(
            "A dot means the mood came from the feelings you named; an outlined square is a "
            "day with entries but no mood, a dotted one a day without entries. Click a day to "
            "see its entries."
        )


class CalendarSection(ChartSection):
    """The year up to the range's last day, beside a shorter range; a long range has its own
    calendar in the mood section, so this one steps aside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat_map = MoodHeatMap(self)
        self.set_figure(self.tr("Your year of moods"), self.tr("Mood calendar"), self.heat_map)
        self.legend = MoodLegend(self)
        self.add_below(self.legend)
        self.set_note(
            self.tr("Each square is a day, shaded by your mood that day."), self.legend.explain()
        )

    def set_theme(self, theme: str) -> None:
        c = colors(theme)
        self.heat_map.set_colours(is_dark(theme), c["text"], c["muted"], c["highlight"])
        self.legend.show_shades(self.heat_map)

    def fill(self, data: PatternData) -> None:
        self.setVisible(not as_calendar(data.review))
        days = data.calendar
        self.heat_map.set_days(days)
        self.set_table(
            (self.tr("Day"), self.tr("Mood"), self.tr("From"), self.tr("Entries")),
            lambda: [
                (
                    m.day,
                    (day_text(m.day), number(m.mood), mood_source(self, m.source), str(m.entries)),
                )
                for m in days
                if m.entries
            ],
        )
        if days:
            self.title.setText(
                self.tr("Your year of moods, to %1").replace("%1", long_day_text(days[-1].day))
            )
        has_entries = any(m.entries for m in days)
        self.legend.setVisible(has_entries)
        self.set_empty(
            ""
            if has_entries
            else self.tr(
                "Each day you write will become a square here, shaded by your mood that day."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        return entries_on_day(data, key) if isinstance(key, date) else []
