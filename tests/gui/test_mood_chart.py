"""The mood chart places each day's points by arithmetic, where a QDateTime per point once was."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from innerspace.core.patterns import DayMood
from innerspace.gui.patterns.mood import MoodChart


def test_each_point_sits_at_its_days_local_noon(qtbot: QtBot) -> None:
    chart = MoodChart(("rated", "felt", "mean"))
    qtbot.addWidget(chart)
    first = date(2024, 3, 20)  # across a clock change in many places
    moods = [
        DayMood(first + timedelta(days=n), 3.0 + n % 5, "rating" if n % 2 else "emotions", 1, 5.0)
        for n in range(20)
    ]

    chart.set_moods(moods, "#336699", "#000000", "#777777")

    noon = {
        float(
            QDateTime(QDate(m.day.year, m.day.month, m.day.day), QTime(12, 0)).toMSecsSinceEpoch()
        )
        for m in moods
    }
    series = [s for s in chart.chart().series() if isinstance(s, QXYSeries)]
    xs = {p.x() for s in series for p in s.points()}
    assert len(series) == 3
    # Within an hour of the local noon (one UTC offset serves the whole chart).
    assert all(min(abs(x - n) for n in noon) <= 3_600_000 for x in xs)
    assert len(xs) == len(moods)
