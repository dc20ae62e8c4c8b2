"""Structured exercises round-trip through entry fields, accept drafts and refuse bad ranges."""

from __future__ import annotations

import json
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.core.exercises import (
    EXERCISE_KINDS,
    ActivityLog,
    AutomaticThought,
    BodyScan,
    CopingUse,
    DreamLog,
    EmotionRating,
    ExerciseError,
    GroundingCheck,
    RegionNote,
    RelationshipPattern,
    SelfCompassionBreak,
    ThoughtRecord,
    exercise_from_entry,
    load_exercise_guides,
)
from innerspace.storage.journal import Journal

RECORD = ThoughtRecord(
    situation="Team meeting; my idea got no reply.",
    emotions=[EmotionRating("embarrassed", 70), EmotionRating("anxious", 55)],
    automatic_thoughts=[
        AutomaticThought("They think my ideas are stupid.", 80, hot=True),
        AutomaticThought("I should stay quiet.", 40),
    ],
    distortions=["mind-reading", "custom/comparing"],
    evidence_for="Nobody answered.",
    evidence_against="Two people nodded; the agenda was running late.",
    balanced_thought="People were rushed; silence isn't a verdict on me.",
    balanced_belief=60,
    emotions_after=[EmotionRating("embarrassed", 35)],
    hot_belief_after=45,
)

SAMPLES = [
    RECORD,
    ActivityLog("Walk by the canal", "Saturday morning", 40, 3, 6, 7, 5, True, "Sunny"),
    RelationshipPattern("Asked for help", ["Sam"], "Support", "Annoyance", "Kind", "Relief"),
    DreamLog("A house with extra rooms", "Curious", [EmotionRating("awe", 40)], recurring=True),
    BodyScan([RegionNote("shoulders", ["tension"], 7, "after work"), RegionNote("feet")]),
    GroundingCheck(["lamp"], ["chair"], ["rain"], ["tea"], ["mint"], 8, 4),
    SelfCompassionBreak("This is hard", "Others feel this too", "I'm doing my best", "Rest"),
    CopingUse("Cold water on my face", "soothing", 8, 5, 6, "Worked fast", cost_later=1),
    RelationshipPattern("Asked again", self_response="Small, then a bit proud I asked"),
]


@pytest.mark.parametrize("exercise", SAMPLES, ids=lambda e: e.KIND)
def test_fields_round_trip_through_json(exercise: Any) -> None:
    stored = json.loads(json.dumps(exercise.to_fields()))
    assert type(exercise).from_fields(stored) == exercise
    assert exercise_from_entry(exercise.KIND, stored) == exercise


@pytest.mark.parametrize("kind", sorted(EXERCISE_KINDS))
def test_an_empty_draft_loads(kind: str) -> None:
    exercise = exercise_from_entry(kind, {})
    assert exercise is not None
    assert exercise_from_entry(kind, None) == exercise
    assert exercise.to_markdown().startswith("## ")


def test_every_structured_kind_has_a_guide() -> None:
    assert set(EXERCISE_KINDS) <= set(load_exercise_guides())


def test_plain_notes_are_not_exercises() -> None:
    assert exercise_from_entry("note", {"anything": 1}) is None


def test_a_half_done_thought_record_keeps_what_was_written() -> None:
    record = ThoughtRecord.from_fields(
        {"situation": "Late bus", "automatic_thoughts": [{"text": "I'll be fired"}]}
    )
    assert record.situation == "Late bus"
    assert record.automatic_thoughts == [AutomaticThought("I'll be fired", None, False)]
    assert record.balanced_belief is None


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("thought-record", {"balanced_belief": 101}),
        ("thought-record", {"balanced_belief": -1}),
        ("thought-record", {"emotions": [{"emotion": "sad", "intensity": 150}]}),
        ("thought-record", {"automatic_thoughts": [{"text": "x", "belief": "lots"}]}),
        ("thought-record", {"automatic_thoughts": [{"text": "x", "hot": "yes"}]}),
        ("thought-record", {"distortions": "mind-reading"}),
        ("thought-record", {"situation": 5}),
        ("thought-record", {"emotions": ["sad"]}),
        ("activity-log", {"mood_before": 11}),
        ("activity-log", {"enjoyment": 2.5}),
        ("activity-log", {"planned": 1}),
        ("body-scan", {"regions": [{"region": "neck", "intensity": 12}]}),
        ("grounding", {"distress_after": True}),
        ("grounding", {"see": [1, 2]}),
        ("coping-toolbox", {"helpfulness": 99}),
        ("coping-toolbox", {"cost_later": 11}),
        ("thought-record", {"hot_belief_after": 101}),
        ("relationship-pattern", {"self_response": ["small"]}),
    ],
)
def test_out_of_range_values_are_refused(kind: str, fields: dict[str, Any]) -> None:
    with pytest.raises(ExerciseError):
        exercise_from_entry(kind, fields)


def test_constructing_out_of_range_values_is_refused() -> None:
    with pytest.raises(ExerciseError):
        EmotionRating("calm", 101)
    with pytest.raises(ExerciseError):
        AutomaticThought("x", belief=-5)
    with pytest.raises(ExerciseError):
        CopingUse(distress_before=11)


def test_thought_record_markdown_reads_well() -> None:
    text = RECORD.to_markdown({"mind-reading": "Mind reading"})
    assert text.startswith("## Thought record\n")
    assert "- embarrassed (70)" in text
    assert "They think my ideas are stupid. (believed 80/100) — the one that stings most" in text
    assert "- Mind reading" in text
    assert "- custom/comparing" in text
    assert "(believed 60/100)" in text
    assert "**Feelings afterwards**" in text


def test_empty_sections_are_left_out_of_markdown() -> None:
    text = ThoughtRecord(situation="Only this").to_markdown()
    assert "**Situation**" in text
    assert "**Thoughts**" not in text


def test_other_markdown_renderings() -> None:
    assert "Mood before → after: 3/10 → 6/10" in SAMPLES[1].to_markdown()
    assert "(a dream that comes back)" in SAMPLES[3].to_markdown()
    scan = SAMPLES[4]
    assert isinstance(scan, BodyScan)
    body = scan.to_markdown({"shoulders": "Shoulders"})
    assert "- Shoulders: tension (7/10) — after work" in body
    assert "- feet: nothing in particular" in body
    assert "Distress before → after: 8/10 → 4/10" in SAMPLES[5].to_markdown()
    assert "**I'm not alone in this**" in SAMPLES[6].to_markdown()
    assert "How much it helped: 6/10" in SAMPLES[7].to_markdown()


def test_a_thought_record_is_stored_as_an_entry(journal: Journal) -> None:
    saved = journal.add(Entry(kind=RECORD.KIND, fields=RECORD.to_fields(), body="notes"))
    assert saved.id is not None
    loaded = journal.get(saved.id)
    assert loaded.kind == "thought-record"
    assert exercise_from_entry(loaded.kind, loaded.fields) == RECORD


def test_records_from_before_the_outcome_questions_still_load() -> None:
    """Stored before re-rating, cost later and the feeling about oneself were asked."""
    old = {k: v for k, v in RECORD.to_fields().items() if k != "hot_belief_after"}
    assert ThoughtRecord.from_fields(old).hot_belief_after is None
    assert CopingUse.from_fields({"tool": "Walk", "helpfulness": 7}).cost_later is None
    assert RelationshipPattern.from_fields({"situation": "Call"}).self_response == ""


def test_the_entry_text_carries_the_outcome_questions() -> None:
    assert "They think my ideas are stupid.: 80/100 → 45/100" in RECORD.to_markdown()
    unmarked = ThoughtRecord(
        automatic_thoughts=[AutomaticThought("a", 30), AutomaticThought("b", 70)],
        hot_belief_after=20,
    )
    assert "b: 70/100 → 20/100" in unmarked.to_markdown()
    coping = CopingUse("A drink", helpfulness=8, cost_later=7).to_markdown()
    assert "How much it helped: 8/10" in coping and "What it cost later: 7/10" in coping
    pattern = RelationshipPattern(self_response="Too much, again").to_markdown()
    assert "**How I felt about myself afterwards**\n\nToo much, again" in pattern
