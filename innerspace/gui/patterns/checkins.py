"""Check-ins over time: one check-in's scores as dots on a line, the published ranges marked
faintly behind them, and the change across the time shown.

One check-in is shown at a time (a picker holds PHQ-9, GAD-7, WHO-5 and each scale of the
person's own); the table has every score of it, and Enter on a row opens that check-in.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from innerspace.core.checkins import CheckinSummary, load_questionnaires
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.theme import colors
from innerspace.gui.patterns.section import ChartSection, day_text
from innerspace.storage.pattern_queries import PatternData

_DAY_MS = 24 * 3600 * 1000


def _x(taken: datetime) -> float:
    # The taker's own clock time, as the table's day is theirs too.
    moment = QDateTime(qdate(taken.date()), QTime(taken.hour, taken.minute))
    return float(moment.toMSecsSinceEpoch())


class CheckinChart(QChartView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setChart(QChart())
        self.chart().setBackgroundVisible(False)
        self.chart().setMargins(QMargins(0, 0, 0, 0))
        self.chart().legend().hide()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 16)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the keyboard's way
        self.setStyleSheet("background: transparent")

    def set_summary(
        self, summary: CheckinSummary, bands: list[int], accent: str, text: str, muted: str
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        points = [QPointF(_x(p.taken), p.score) for p in summary.points]
        line = QLineSeries()
        line.setPen(QPen(QColor(accent), 2))
        line.replace(points)
        dots = QScatterSeries()
        dots.setName(self._name)
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        dots.setMarkerSize(max(7.0, self.fontMetrics().height() * 0.55))
        dots.setColor(QColor(accent))
        dots.setBorderColor(QColor(accent))
        dots.replace(points)
        first, last = points[0].x(), points[-1].x()
        # A lone check-in still gets a day either side, so its dot isn't on the edge.
        start, end = first - _DAY_MS, last + _DAY_MS
        light = QColor(text).lightness() < 128
        # As the mood chart draws its grid; the range lines are a step stronger than that.
        grid = QColor(muted).lighter(150) if light else QColor(muted).darker(200)
        edges = QColor(muted) if light else QColor(muted).darker(130)
        series: list[QLineSeries | QScatterSeries] = []
        for low in bands:
            edge = QLineSeries()
            edge.setPen(QPen(edges, 1, Qt.PenStyle.DashLine))
            edge.replace([QPointF(start, low), QPointF(end, low)])
            series.append(edge)
        series += [line, dots]
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTickCount(min(6, max(2, len(points))))
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
        )
        y_axis = QValueAxis()
        y_axis.setRange(0, summary.max_score)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(6 if summary.max_score % 5 == 0 else 4)
        for axis in (x_axis, y_axis):
            axis.setTruncateLabels(False)
            axis.setLabelsColor(QColor(muted))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(QColor(muted))
        # The dashed range lines are the horizontal guides; grid lines as well would blur them.
        y_axis.setGridLineVisible(not bands)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for item in series:
            chart.addSeries(item)
            item.attachAxis(x_axis)
            item.attachAxis(y_axis)


class CheckinSection(ChartSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colors("light")
        self._summaries: tuple[CheckinSummary, ...] = ()
        self.checkin_chart = CheckinChart(self.tr("Scores"), self)
        name = self.tr("Check-ins over time")
        self.set_figure(name, self.tr("Check-in scores"), self.checkin_chart)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Check-in to show"))
        self.picker.currentIndexChanged.connect(lambda _i: self._show_chosen())
        picker_label = QLabel(self.tr("C&heck-in"), self)
        picker_label.setBuddy(self.picker)
        self.change = QLabel(self)
        self.change.setWordWrap(True)
        self.change.setAccessibleName(self.tr("Change over this time"))
        row = QHBoxLayout()
        row.addWidget(picker_label)
        row.addWidget(self.picker)
        row.addStretch(1)
        self.picker_row = QWidget(self)
        self.picker_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        at = self._layout.indexOf(self.stack)
        self._layout.insertWidget(at, self.picker_row)
        self._layout.insertWidget(at + 1, self.change)
        self.set_note(
            self.tr("Your check-in scores over time, each a check-in and not a diagnosis."),
            self.tr(
                "Each dot is one check-in; the faint dashed lines mark where the published "
                "ranges begin. For PHQ-9 and GAD-7 a higher score means more has been bothering "
                "you; for WHO-5 a higher score means more wellbeing. A change of 5 points or "
                "more on PHQ-9 (4 on GAD-7, 10 on WHO-5) is large enough to be meaningful. "
                "Press Enter on a row of the table to open that check-in."
            ),
        )

    def set_theme(self, theme: str) -> None:
        self._colours = colors(theme)

    def fill(self, data: PatternData) -> None:
        chosen = self.picker.currentData()
        self._summaries = data.checkins
        self.picker.blockSignals(True)
        self.picker.clear()
        for summary in data.checkins:
            self.picker.addItem(summary.name, summary.scale)
        found = self.picker.findData(chosen)
        self.picker.setCurrentIndex(max(found, 0))
        self.picker.blockSignals(False)
        has_any = bool(data.checkins)
        self.picker_row.setVisible(has_any)
        self.change.setVisible(has_any)
        self.set_empty(
            ""
            if has_any
            else self.tr(
                "When you take a check-in from the Check-ins menu, its scores over time will "
                "show here."
            )
        )
        super().fill(data)
        self._show_chosen()

    def _chosen(self) -> CheckinSummary | None:
        scale = self.picker.currentData()
        return next((s for s in self._summaries if s.scale == scale), None)

    def _show_chosen(self) -> None:
        summary = self._chosen()
        if summary is None:
            self.set_table((), [])
            return
        c = self._colours
        questionnaire = load_questionnaires().get(summary.scale)
        bands = [b.low for b in questionnaire.bands if b.low > 0] if questionnaire else []
        self.checkin_chart.set_summary(summary, bands, c["highlight"], c["text"], c["muted"])
        self.change.setText(self._change_text(summary))
        ranges = (
            {p.entry_id: questionnaire.band(p.score).name for p in summary.points}
            if questionnaire
            else {}
        )
        self.set_table(
            (self.tr("Day"), self.tr("Score"), self.tr("Range")),
            [
                (
                    p.entry_id,
                    (
                        day_text(p.day),
                        self.tr("%1 of %2")
                        .replace("%1", str(p.score))
                        .replace("%2", str(summary.max_score)),
                        ranges.get(p.entry_id) or "–",
                    ),
                )
                for p in reversed(summary.points)
            ],
        )

    def _change_text(self, summary: CheckinSummary) -> str:
        count = len(summary.points)
        taken = (
            self.tr("Taken once in this time.")
            if count == 1
            else self.tr("Taken %1 times in this time.").replace("%1", str(count))
        )
        change = summary.change
        if change is None:
            return taken
        text = (
            self.tr("From %1 to %2.")
            .replace("%1", str(change.previous))
            .replace("%2", str(change.current))
        )
        if change.meaningful:
            text += " " + self.tr("That is a change large enough to be meaningful.")
        return taken + " " + text

    def entries_for(self, data: PatternData, key: object) -> list[int]:
        return [key] if isinstance(key, int) else []
