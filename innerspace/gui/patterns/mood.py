"""Mood over time with Qt Charts: each day's mood and the mean of the last seven days, and the
section that shows it with a table of the days.

Days rated by the person are filled circles; days whose mood comes from the feelings they named
are open squares, so the two are told apart by shape as well as by colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.emotions import MAX_MOOD, MIN_MOOD
from innerspace.core.patterns import DayMood
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.theme import colors, is_dark
from innerspace.gui.patterns.mood_calendar import MoodHeatMap, MoodLegend, as_calendar
from innerspace.gui.patterns.rows_model import Rows
from innerspace.gui.patterns.section import ChartSection, day_texts, mood_sources, number
from innerspace.storage.pattern_queries import Entries, PatternData, entries_on_day

_EPOCH_DAY = date(1970, 1, 1).toordinal()
_DAY_MS = 86_400_000


def _noon_at(offset_ms: int) -> Callable[[DayMood], float]:
    """The x of a day's point: its local noon, by arithmetic (a QDateTime per point cost 24 µs).

    One UTC offset serves the whole chart: a clock change moves a point by an hour within its
    day, which the axis, marked in days, never shows."""

    def x(mood: DayMood) -> float:
        return float((mood.day.toordinal() - _EPOCH_DAY) * _DAY_MS + _DAY_MS // 2 - offset_ms)

    return x


class MoodChart(QChartView):
    def __init__(self, names: tuple[str, str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names  # rated days, days from feelings, the 7-day mean
        self.setChart(QChart())
        self.chart().setBackgroundVisible(False)
        self.chart().setMargins(QMargins(0, 0, 0, 0))
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Each key looks like what it names: a dot, a square, and a dashed line for the mean.
        self.chart().legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 18)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the keyboard's way
        self.setStyleSheet("background: transparent")

    def set_moods(self, moods: Sequence[DayMood], accent: str, text: str, muted: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        marker = max(7.0, self.fontMetrics().height() * 0.55)
        rated = QScatterSeries()
        rated.setName(self._names[0])
        rated.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        rated.setMarkerSize(marker)
        rated.setColor(QColor(accent))
        rated.setBorderColor(QColor(accent))
        felt = QScatterSeries()
        felt.setName(self._names[1])
        felt.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        felt.setMarkerSize(marker)
        felt.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        felt.setPen(QPen(QColor(text), 1.5))
        rolling = QLineSeries()
        rolling.setName(self._names[2])
        rolling.setPen(QPen(QColor(muted), 2, Qt.PenStyle.DashLine))
        middle = moods[len(moods) // 2].day if moods else date.today()
        _x = _noon_at(QDateTime(qdate(middle), QTime(12, 0)).offsetFromUtc() * 1000)
        # One replace() per series rather than a call per point: far fewer calls into Qt.
        rated.replace(
            [QPointF(_x(m), m.mood) for m in moods if m.mood is not None and m.source == "rating"]
        )
        felt.replace(
            [QPointF(_x(m), m.mood) for m in moods if m.mood is not None and m.source == "emotions"]
        )
        rolling.replace([QPointF(_x(m), m.rolling) for m in moods if m.rolling is not None])
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTickCount(6)
        if moods:
            x_axis.setRange(
                QDateTime(qdate(moods[0].day), QTime(0, 0)),
                QDateTime(qdate(moods[-1].day), QTime(23, 59)),
            )
        y_axis = QValueAxis()
        y_axis.setRange(MIN_MOOD, MAX_MOOD)
        y_axis.setTickCount(MAX_MOOD - MIN_MOOD + 1)
        y_axis.setLabelFormat("%d")
        for axis in (x_axis, y_axis):
            axis.setTruncateLabels(False)
            axis.setLabelsColor(QColor(muted))
            axis.setGridLineColor(
                QColor(muted).lighter(150)
                if QColor(text).lightness() < 128
                else QColor(muted).darker(200)
            )
            axis.setLinePenColor(QColor(muted))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (rolling, rated, felt):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setLabelColor(QColor(text))


class MoodSection(ChartSection):
    """Mood over a few months or less as dots on a line; over a longer range as a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colors("light")
        self.mood_chart = MoodChart(
            (
                self.tr("Your rating"),
                self.tr("From the feelings you named"),
                self.tr("Average of 7 days"),
            ),
            self,
        )
        self.calendar = MoodHeatMap(self)
        self.calendar.hide()  # until a long range asks for it
        self.legend = MoodLegend(self)
        self.legend.hide()
        self.add_below(self.legend)
        self.set_figure(self.tr("Mood over time"), self.tr("Mood by day"), self.mood_chart)

    def set_theme(self, theme: str) -> None:
        self._colours = c = colors(theme)
        self.calendar.set_colours(is_dark(theme), c["text"], c["muted"], c["highlight"])
        self.legend.show_shades(self.calendar)

    def fill(self, data: PatternData) -> None:
        moods = data.review.moods
        c = self._colours
        calendar = as_calendar(data.review)
        if calendar:
            self.calendar.set_days(moods)
            self.set_chart(self.calendar)
        else:
            self.mood_chart.set_moods(moods, c["highlight"], c["text"], c["muted"])
            self.set_chart(self.mood_chart)
        self.set_note(
            self.tr("Your mood each day, from 1 to 10."),
            self.legend.explain()
            if calendar
            else self.tr(
                "Filled circles are days you rated your mood. Open squares are days you didn't "
                "rate, with a mood worked out from the feelings you named: pleasant ones count "
                "up, unpleasant ones down. The dashed line is the average of each day and the "
                "six before it. The table has every day, and Enter on one shows its entries."
            ),
        )

        def rows() -> Rows:
            # Every day of years of writing: each column made in one pass.
            written = [m for m in moods if m.entries]
            sources = mood_sources(self)
            rolling_means = [number(m.rolling) for m in written]
            return [
                (
                    m.day,
                    (day, number(m.mood), sources.get(m.source, "–"), str(m.entries), rolling),
                )
                for m, day, rolling in zip(
                    written, day_texts([m.day for m in written]), rolling_means, strict=True
                )
            ]

        self.set_table(
            (
                self.tr("Day"),
                self.tr("Mood"),
                self.tr("From"),
                self.tr("Entries"),
                self.tr("Average of 7 days"),
            ),
            rows,
        )
        has_mood = any(m.mood is not None for m in moods)
        self.legend.setVisible(calendar and has_mood)
        self.set_empty(
            ""
            if has_mood
            else self.tr(
                "Name a feeling or rate your mood when you write, and your mood over time "
                "will show here."
            )
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        return entries_on_day(data, key) if isinstance(key, date) else []
