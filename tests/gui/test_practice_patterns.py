"""Planned and done, and fear ladders, in Patterns on a real vault: the figures match counts made
by hand, with nothing, with one entry, and a row opens the entries behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.entries import Entry
from innerspace.core.exercises import ActivityLog
from innerspace.core.fear_ladder import FearLadder, LadderAttempt, LadderStep
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))
Shown = Callable[[], PatternsScreen]


def add(vault: Vault, day: int, exercise: Any, status: str = "complete") -> int:
    when = datetime(2024, 6, day, 9, 0, tzinfo=ZONE)
    fields = {**exercise.to_fields(), "status": status}
    entry = Entry(body="…", created=when, updated=when, kind=exercise.KIND, fields=fields)
    return Journal(vault).add(entry).id or 0


def plan(
    activity: str,
    value: str,
    done: bool | None,
    before: int | None = None,
    after: int | None = None,
) -> ActivityLog:
    return ActivityLog(
        activity, planned=True, value=value, done=done, mood_before=before, mood_after=after
    )


@pytest.fixture
def shown(qtbot: QtBot, vault: Vault) -> Iterator[Shown]:
    worker = DatabaseWorker()

    def show() -> PatternsScreen:
        screen = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.resize(1100, 800)
        screen.show()
        qtbot.waitExposed(screen)
        with qtbot.waitSignal(screen.loaded, timeout=10_000):
            screen.start()
        return screen

    yield show
    worker.wait()
    worker.shutdown()


def rows(screen_section: Any) -> list[list[str]]:
    model = screen_section.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_with_nothing_planned_or_climbed_each_says_what_will_show(shown: Shown) -> None:
    screen = shown()
    planning, ladders = screen.planning_section, screen.fear_ladder_section
    assert "plan an activity ahead" in planning.empty.text() and planning.empty.isVisible()
    assert not planning.note.isVisible() and rows(planning) == []
    assert "try a step of a fear ladder" in ladders.empty.text() and ladders.empty.isVisible()


def test_planned_against_done_by_hand(qtbot: QtBot, vault: Vault, shown: Shown) -> None:
    ids = [
        add(vault, 10, plan("Call Ana", "Friendship", True, 3, 6)),
        add(vault, 11, plan("Lunch with Sam", "friendship", True, 5, 6)),
        add(vault, 12, plan("Call Dad", "Friendship", False)),
        add(vault, 13, plan("Swim", "Health", None)),
    ]
    add(vault, 14, ActivityLog("Walk", mood_before=4, mood_after=5))  # not planned
    add(vault, 15, plan("Draft plan", "Health", None), status="draft")
    screen = shown()
    section = screen.planning_section
    assert section.note.text() == (
        "You planned 4 activities in this time: 2 happened, 1 didn't, 1 not marked yet."
    )
    # Around the two done plans: before (3 + 5) / 2 = 4.0, after (6 + 6) / 2 = 6.0.
    assert "your mood was 4.0 before and 6.0 after, on average (2 plans)" in section.details.text()
    assert "not a measure of you" in section.details.text()
    assert rows(section) == [
        ["Friendship", "3", "2", "1", "0", "4.0", "6.0"],
        ["Health", "1", "0", "0", "1", "–", "–"],
    ]
    assert section.planning_chart.describe("Friendship") == "Friendship: 2 of 3 happened"
    assert section.mood_chart.isVisible()
    with qtbot.waitSignal(screen.entries_requested) as asked:
        section.table.setCurrentIndex(section.model.index(0, 0))
        section.table.activated.emit(section.model.index(0, 0))
    assert sorted(asked.args[0]) == sorted(ids[:3])


def test_one_plan_not_marked_yet(vault: Vault, shown: Shown) -> None:
    add(vault, 20, plan("Swim", "", None))
    section = shown().planning_section
    assert section.note.text() == (
        "You planned 1 activity in this time: 0 happened, 1 not marked yet."
    )
    assert rows(section) == [["Not tied to a value", "1", "0", "0", "1", "–", "–"]]
    assert not section.mood_chart.isVisible()


LIFT = FearLadder(
    "Lifts",
    [LadderStep("Ride one floor", 60), LadderStep("Stand by the doors", 20)],
    [
        LadderAttempt("Stand by the doors", "2024-06-02T09:00", 20, 40, 8),
        LadderAttempt("Stand by the doors", "2024-06-09T09:00", 20, 25, 4),
        LadderAttempt("Stand by the doors", "2024-06-16T09:00", 20, 10, 2),
        LadderAttempt("Ride one floor", "2024-06-20T09:00", 60, 45, 10),
    ],
)


def test_the_drop_in_distress_by_hand(qtbot: QtBot, vault: Vault, shown: Shown) -> None:
    # Written in May, climbed in June: it belongs to June's patterns.
    when = datetime(2024, 5, 20, 9, 0, tzinfo=ZONE)
    fields = {**LIFT.to_fields(), "status": "draft"}
    entry = Journal(vault).add(
        Entry(body="…", created=when, updated=when, kind=LIFT.KIND, fields=fields)
    )
    screen = shown()
    section = screen.fear_ladder_section
    # Only "Stand by the doors" was tried twice or more: 40 → 10, a drop of 30.
    assert section.note.text() == (
        "On steps you tried more than once, the highest distress came down by 30 points from "
        "the first try to the latest, on average."
    )
    # Expected (20 + 20 + 20 + 60) / 4 = 30; highest (40 + 25 + 10 + 45) / 4 = 30.
    assert "you expected 30 on average, and the highest was 30" in section.details.text()
    assert rows(section) == [
        ["Lifts", "Stand by the doors", "20", "3", "40", "10", "4.7"],
        ["Lifts", "Ride one floor", "60", "1", "45", "45", "10.0"],
    ]
    described = section.ladder_chart.describe((entry.id, "Stand by the doors"))
    assert described == "Stand by the doors: first try 40, latest 10 · expected 20, 3 tries"
    with qtbot.waitSignal(screen.entries_requested) as asked:
        section.table.activated.emit(section.model.index(1, 0))
    assert asked.args == [[entry.id]]


def test_a_ladder_tried_once_shows_its_step_without_a_drop(vault: Vault, shown: Shown) -> None:
    once = FearLadder(
        "Dogs", [LadderStep("Watch a dog", 30)], [LadderAttempt("Watch a dog", "", 30, 50)]
    )
    add(vault, 25, once)
    section = shown().fear_ladder_section
    assert "Once you have tried a step more than once" in section.note.text()
    assert rows(section) == [["Dogs", "Watch a dog", "30", "1", "50", "50", "–"]]
    assert not section.empty.isVisible()


def test_experiments_by_hand_with_none_and_one_unrated(
    qtbot: QtBot, vault: Vault, shown: Shown
) -> None:
    asking = add(
        vault, 5, BehaviouralExperiment("Asking for help annoys people", 80, belief_after=30)
    )
    add(vault, 6, BehaviouralExperiment("Mistakes get me fired", 60, belief_after=50))
    add(vault, 7, BehaviouralExperiment("I can speak up", 20))  # not rated after yet
    add(vault, 8, BehaviouralExperiment("Half done", 50), status="draft")
    screen = shown()
    section = screen.experiment_section
    assert section.note.text() == (
        "You tried 3 experiments in this time. 2 of them rated before and after."
    )
    assert section.experiment_chart.describe(asking).startswith("Asking for help annoys people")
    assert [row[1:] for row in rows(section)] == [
        ["Asking for help annoys people", "80", "30"],
        ["Mistakes get me fired", "60", "50"],
        ["I can speak up", "20", "–"],
    ]
    with qtbot.waitSignal(screen.entries_requested) as asked:
        section.table.activated.emit(section.model.index(0, 0))
    assert asked.args == [[asking]]


def test_no_experiments_say_what_will_show(shown: Shown) -> None:
    section = shown().experiment_section
    assert "test a belief with an experiment" in section.empty.text()
    assert section.note.text() == "" and rows(section) == []
