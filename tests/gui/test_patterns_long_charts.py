"""Charts of all my entries are tall (a row a month, a row of weeks per quarter): what is in
sight is drawn exactly as when the whole chart is drawn, so scrolling shows every row whole."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.patterns import DayMood
from innerspace.gui.patterns.dumbbell_chart import Dumbbell, DumbbellChart
from innerspace.gui.patterns.mood_calendar import MoodHeatMap

FIRST = date(2015, 3, 4)


def _moods(days: int) -> list[DayMood]:
    return [
        DayMood(
            day=FIRST + timedelta(days=n),
            mood=None if n % 5 == 0 else 1 + n % 10,
            source="emotions" if n % 3 else "rating",
            entries=0 if n % 10 == 0 else 1,
            rolling=None,
        )
        for n in range(days)
    ]


def _in_sight_as_whole(chart: QWidget) -> None:
    whole = chart.grab().toImage()
    for top in (0, 37, chart.height() // 2, chart.height() - 260):
        part = QRect(0, top, chart.width(), 240)
        # Qt smooths a shape cut by the edge of what is drawn a little differently: the first
        # and last few lines of pixels are left out.
        inside = QRect(0, 16, part.width(), part.height() - 32)
        drawn = chart.grab(part).toImage().copy(inside)
        assert drawn == whole.copy(inside.translated(0, top)), f"rows at {top}"


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(780, 400)
    return widget


def test_the_rows_of_a_long_dumbbell_chart_in_sight_are_drawn_whole(holder: QWidget) -> None:
    chart = DumbbellChart("Feelings before and after", holder)
    chart.resize(760, 10)
    chart.set_rows(
        [
            Dumbbell(n, f"Month {n}", 70 - n % 9, 30 + n % 7 if n % 4 else None, f"{n} records")
            for n in range(150)
        ],
        100,
        0,
    )
    assert chart.height() > 4_000
    _in_sight_as_whole(chart)


def test_the_weeks_of_a_long_mood_calendar_in_sight_are_drawn_whole(holder: QWidget) -> None:
    calendar = MoodHeatMap(holder)
    calendar.resize(760, 10)
    calendar.set_days(_moods(3_000))
    assert calendar.height() > 1_000
    _in_sight_as_whole(calendar)
