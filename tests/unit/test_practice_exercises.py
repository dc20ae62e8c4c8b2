"""Values and activity planning, the fear ladder and the behavioural experiment: their fields
round-trip, drafts load, bad ranges are refused, and the figures match hand-counted data."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.entries import Entry
from innerspace.core.exercises import ActivityLog, ExerciseError, load_exercise_guides
from innerspace.core.fear_ladder import (
    FearLadder,
    LadderAttempt,
    LadderStep,
    expected_and_peak,
    ladder_progress,
    mean_drop,
)
from innerspace.core.patterns import activity_record
from innerspace.core.plain_text import summary_line
from innerspace.core.values_activities import (
    PlannedActivity,
    ValueArea,
    ValuesList,
    planned_activity,
    planning_review,
)
from innerspace.interchange.markdown_export import export_markdown
from innerspace.storage.journal import Journal
from innerspace.storage.pattern_queries import entries_with_value
from innerspace.storage.practice_records import (
    experiments,
    fear_ladders,
    newest_values,
    planned_activities,
)

VALUES = ValuesList(
    [ValueArea("Relationships", "Be a warm, present friend", 9), ValueArea("Play and rest")],
    "These feel right for now.",
)
LADDER = FearLadder(
    "Speaking up in meetings",
    [LadderStep("Ask one question", 60), LadderStep("Nod and say hello", 20)],
    [
        LadderAttempt("Nod and say hello", "2024-05-02T09:00", 20, 35, 5, "Shaky, then fine"),
        LadderAttempt("Nod and say hello", "2024-05-04T09:00", 20, 15, 2),
    ],
    "Going slowly.",
)
EXPERIMENT = BehaviouralExperiment(
    "If I ask for help, people will think I'm useless.",
    75,
    "Sam will sigh and look annoyed.",
    "Ask Sam about the report on Tuesday.",
    "Sam helped and said it was a good question.",
    "Asking can be welcome.",
    30,
)
SAMPLES: list[Any] = [
    VALUES,
    LADDER,
    EXPERIMENT,
    ActivityLog("Call Ana", "2024-05-03T18:00", planned=True, value="Be a warm friend", done=True),
]


@pytest.mark.parametrize("exercise", SAMPLES, ids=lambda e: e.KIND)
def test_fields_round_trip_through_json(exercise: Any) -> None:
    stored = json.loads(json.dumps(exercise.to_fields()))
    assert type(exercise).from_fields(stored) == exercise


@pytest.mark.parametrize("kind", [ValuesList, FearLadder, BehaviouralExperiment])
def test_an_empty_draft_loads_and_reads(kind: Any) -> None:
    assert kind.from_fields({}) == kind()
    assert kind().to_markdown().startswith("## ")


def test_each_has_a_guide_with_fields_and_the_ladder_its_safety_note() -> None:
    guides = load_exercise_guides()
    for kind in (ValuesList.KIND, FearLadder.KIND, BehaviouralExperiment.KIND):
        assert guides[kind].content["fields"]
    assert "therapist" in guides[FearLadder.KIND].content["safety_note"]
    assert "own pace" in guides[FearLadder.KIND].content["safety_note"]
    areas = guides[ValuesList.KIND].content["areas"]
    assert {a["name"] for a in areas} >= {"Relationships", "Work and study", "Play and rest"}
    assert all(a["id"] and a["name"] and a["hint"] for a in areas)
    assert len({a["id"] for a in areas}) == len(areas)


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        (ValuesList, {"areas": [{"area": "Work", "importance": 11}]}),
        (FearLadder, {"steps": [{"text": "Lift", "expected": 101}]}),
        (FearLadder, {"attempts": [{"step": "Lift", "peak": -1}]}),
        (BehaviouralExperiment, {"belief_after": 250}),
        (ActivityLog, {"done": "yes"}),
    ],
)
def test_values_out_of_range_are_refused(kind: Any, fields: dict[str, Any]) -> None:
    with pytest.raises(ExerciseError):
        kind.from_fields(fields)


def test_an_older_activity_log_reads_its_mood_of_0_as_stored() -> None:
    old = {"activity": "Walk", "mood_before": 0, "mood_after": 4, "planned": False}
    log = ActivityLog.from_fields(old)
    assert (log.mood_before, log.value, log.done) == (0, "", None)
    assert "Mood before → after: 0/10 → 4/10" in log.to_markdown()


def test_the_markdown_reads_plainly() -> None:
    assert "- Relationships: Be a warm, present friend (matters 9/10)" in VALUES.to_markdown()
    ladder = LADDER.to_markdown()
    assert ladder.index("Nod and say hello (expected 20/100)") < ladder.index("Ask one question")
    assert "highest 35/100, eased after 5 min" in ladder
    assert "75/100 → 30/100" in EXPERIMENT.to_markdown()
    plan = ActivityLog("Call Ana", planned=True, value="Friendship", done=False).to_markdown()
    assert "Planned ahead, for what matters to me: Friendship (not done)" in plan


def test_values_are_offered_the_most_important_first_each_once() -> None:
    values = ValuesList(
        [ValueArea("Play", "", 3), ValueArea("Work", "Do careful work", 8), ValueArea("play")]
    )
    assert values.names() == ["Do careful work", "Play"]


def _plan(value: str, done: bool | None, before: int | None = None, after: int | None = None):
    return PlannedActivity(1, date(2024, 5, 1), "x", value, done, before, after)


def test_planned_against_done_by_hand() -> None:
    plans = [
        _plan("Friendship", True, 3, 6),
        _plan("Friendship", False),
        _plan("friendship", True, 5, 6),
        _plan("Health", None),
        _plan("", True, 4, None),
    ]
    review = planning_review(plans)
    assert (review.planned, review.done, review.not_done, review.open) == (5, 3, 1, 1)
    # Mood around done plans with both ratings: before (3+5)/2 = 4, after (6+6)/2 = 6.
    assert (review.mood.pairs, review.mood.mean_before, review.mood.mean_after) == (2, 4.0, 6.0)
    friendship = review.values[0]
    assert (friendship.value, friendship.planned, friendship.done) == ("Friendship", 3, 2)
    assert friendship.not_done == 1
    # Ties are broken by name, and activities tied to no value come last.
    assert [v.value for v in review.values] == ["Friendship", "Health", ""]


def test_planned_against_done_with_nothing_and_with_one_plan() -> None:
    empty = planning_review([])
    assert (empty.planned, empty.done, empty.open, empty.values) == (0, 0, 0, ())
    assert empty.mood.mean_before is None
    one = planning_review([_plan("Health", None)])
    assert (one.planned, one.done, one.not_done, one.open) == (1, 0, 0, 1)
    assert one.mood.pairs == 0


def test_only_planned_logs_are_plans() -> None:
    day = date(2024, 5, 1)
    assert planned_activity(1, day, ActivityLog("Walk")) is None
    assert planned_activity(1, day, ActivityLog("  ", planned=True)) is None
    plan = planned_activity(2, day, ActivityLog("Walk ", planned=True, value=" Health ", done=True))
    assert plan == PlannedActivity(2, day, "Walk", "Health", True)


def test_the_drop_in_distress_by_hand() -> None:
    progress = ladder_progress(7, date(2024, 5, 1), LADDER)
    low, high = progress.steps
    assert (low.step, low.attempts, low.first_peak, low.latest_peak) == (
        "Nod and say hello",
        2,
        35,
        15,
    )
    assert low.drop == 20 and low.mean_minutes_to_ease == 3.5
    assert (high.attempts, high.drop, high.first_peak) == (0, None, None)
    # Expected vs highest over both attempts: (20+20)/2 = 20 against (35+15)/2 = 25.
    assert (progress.mean_expected, progress.mean_peak) == (20.0, 25.0)
    assert mean_drop([progress]) == 20.0


def test_the_drop_with_no_attempts_and_with_one() -> None:
    day = date(2024, 5, 1)
    none = ladder_progress(1, day, FearLadder("Lifts", [LadderStep("Look at a lift", 10)]))
    assert none.attempts == 0 and none.mean_peak is None and mean_drop([none]) is None
    once = FearLadder("Lifts", [LadderStep("Look", 10)], [LadderAttempt("look ", peak=30)])
    step = ladder_progress(1, day, once).steps[0]
    assert (step.attempts, step.first_peak, step.latest_peak, step.drop) == (1, 30, 30, None)
    assert mean_drop([]) is None


def _add(journal: Journal, when: str, exercise: Any, status: str = "complete") -> int:
    entry = Entry(
        body="…",
        created=datetime.fromisoformat(when),
        kind=exercise.KIND,
        fields={**exercise.to_fields(), "status": status},
    )
    return journal.add(entry).id or 0


def test_experiments_from_a_real_vault(journal: Journal) -> None:
    tried = _add(journal, "2024-05-03T09:00+02:00", EXPERIMENT)
    _add(journal, "2024-05-04T09:00+02:00", BehaviouralExperiment(prediction="no belief"))
    _add(journal, "2024-05-05T09:00+02:00", EXPERIMENT, status="draft")
    found = experiments(journal.vault, date(2024, 5, 1), date(2024, 5, 7))
    assert [(e.entry_id, e.before, e.after) for e in found] == [(tried, 75, 30)]
    assert experiments(journal.vault, date(2024, 6, 1), date(2024, 6, 7)) == []


def test_plans_and_ladders_from_a_real_vault(journal: Journal) -> None:
    vault = journal.vault
    assert newest_values(vault) is None
    _add(journal, "2024-05-01T09:00+02:00", ValuesList([ValueArea("Work", "Old words")]))
    _add(journal, "2024-05-02T09:00+02:00", VALUES, status="draft")
    newest = newest_values(vault)
    assert newest is not None and newest.names()[0] == "Be a warm, present friend"

    called = _add(journal, "2024-05-03T09:00+02:00", SAMPLES[3])
    _add(journal, "2024-05-03T10:00+02:00", ActivityLog("Walk"))
    _add(journal, "2024-05-03T11:00+02:00", ActivityLog("Swim", planned=True), status="draft")
    first, last = date(2024, 5, 1), date(2024, 5, 7)
    plans = planned_activities(vault, first, last)
    assert [p.entry_id for p in plans] == [called]
    assert entries_with_value(planning_review(plans), "be a warm friend") == [called]

    # Written before the range, but climbed in it: the ladder counts.
    ladder = _add(journal, "2024-04-20T09:00+02:00", LADDER, status="draft")
    assert [p.entry_id for p in fear_ladders(vault, first, last)] == [ladder]
    assert fear_ladders(vault, date(2024, 6, 1), date(2024, 6, 7)) == []


def test_expected_against_highest_over_every_rated_try() -> None:
    day = date(2024, 5, 1)
    other = FearLadder(
        "Dogs", [LadderStep("Watch a dog", 50)], [LadderAttempt("Watch a dog", "", 50, 20)]
    )
    both = [ladder_progress(1, day, LADDER), ladder_progress(2, day, other)]
    # Three rated tries: expected (20+20+50)/3 = 30, highest (35+15+20)/3 = 23.33…
    expected, peak = expected_and_peak(both)
    assert expected == 30.0 and peak == pytest.approx(70 / 3)
    assert expected_and_peak([]) == (None, None)


def test_each_reads_in_one_line_is_found_by_search_and_exported_to_markdown(
    journal: Journal, tmp_path: Path
) -> None:
    for day, exercise in enumerate((VALUES, LADDER, EXPERIMENT), start=1):
        when = datetime.fromisoformat(f"2024-05-0{day}T09:00+02:00")
        fields = {**exercise.to_fields(), "status": "complete"}
        journal.add(
            Entry(body=exercise.to_markdown(), created=when, kind=exercise.KIND, fields=fields)
        )
    assert summary_line(LADDER.to_markdown()).startswith(
        "Fear ladder · Speaking up in meetings · Nod and say hello (expected 20/100)"
    )
    assert summary_line(EXPERIMENT.to_markdown()).startswith(
        "Behavioural experiment · If I ask for help, people will think I'm useless. (believed"
    )
    assert "\n" not in summary_line(VALUES.to_markdown())
    assert len(journal.search("shaky")) == 1
    assert len(journal.search("welcome")) == 1
    assert len(journal.search("present friend")) == 1

    export_markdown(journal, tmp_path / "out")
    written = "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.md"))
    assert 'kind: "fear-ladder"' in written and "minutes_to_ease: 5" in written
    assert 'kind: "behavioural-experiment"' in written and "belief_after: 30" in written
    assert 'kind: "values"' in written and "importance: 9" in written


def test_only_plans_that_happened_count_among_the_activities_done() -> None:
    day = date(2024, 5, 1)
    assert activity_record(1, day, ActivityLog("Swim", planned=True)) is None
    assert activity_record(1, day, ActivityLog("Swim", planned=True, done=False)) is None
    assert activity_record(1, day, ActivityLog("Swim", planned=True, done=True)) is not None
    assert activity_record(1, day, ActivityLog("Swim")) is not None
