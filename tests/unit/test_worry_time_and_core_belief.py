"""Worry time and the core belief worksheet keep what was written, half done or done, refuse
values out of range, and read in plain words."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from innerspace.core.core_belief import CoreBeliefWorksheet, Evidence
from innerspace.core.exercise_fields import FieldError
from innerspace.core.exercises import exercise_from_entry
from innerspace.core.worry_time import WorryNote

WORRY = WorryNote(
    worry="Whether I can pay the rent.",
    worry_time="2024-06-17T18:00",
    how_worried=7,
    still_a_worry=True,
    how_worried_now=4,
    can_act=True,
    next_step="Ask about the hardship fund.",
)
SHEET = CoreBeliefWorksheet(
    hot_thought="Nobody replied to my message.",
    arrow=["They don't want me there.", "I'm unlikeable."],
    belief="I'm unlikeable.",
    belief_strength=80,
    new_belief="Some people like me as I am.",
    new_belief_strength=20,
    evidence=[Evidence("2024-06-20", "Maya saved me a seat."), Evidence("2024-07-02", "A call.")],
)


@pytest.mark.parametrize("exercise", [WORRY, SHEET], ids=lambda e: e.KIND)
def test_fields_round_trip(exercise: Any) -> None:
    stored = json.loads(json.dumps(exercise.to_fields()))
    assert exercise_from_entry(exercise.KIND, stored) == exercise


def test_a_worry_is_due_at_its_time_until_it_has_been_looked_at() -> None:
    waiting = WorryNote("Rent", "2024-06-17T18:00", 7)
    assert not waiting.is_due(datetime(2024, 6, 17, 17, 59))
    assert waiting.is_due(datetime(2024, 6, 17, 18, 0))
    assert not WORRY.is_due(datetime(2024, 6, 18))
    assert not WorryNote("Rent").is_due(datetime(2024, 6, 18))


def test_a_worry_reads_in_plain_words() -> None:
    text = WORRY.to_markdown()
    assert text.startswith("## Worry time\n")
    assert "- Put off until: Monday 17 June 2024, 18:00" in text
    assert "- Still a worry\n- How worried: 4/10\n- There is something I can do about it" in text
    assert "Ask about the hardship fund." in text
    let_be = WorryNote("Rent", still_a_worry=False, can_act=False).to_markdown()
    assert "No longer a worry" in let_be and "I can let it be" in let_be


def test_a_core_belief_worksheet_reads_in_plain_words() -> None:
    text = SHEET.to_markdown()
    assert text.startswith("## Core belief worksheet\n")
    assert "- ↓ They don't want me there.\n- ↓ I'm unlikeable." in text
    assert "I'm unlikeable. (believed 80/100)" in text
    assert "Some people like me as I am. (believed 20/100)" in text
    assert "- Thursday 20 June 2024: Maya saved me a seat.\n- Tuesday 2 July 2024: A call." in text


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("worry-time", {"worry_time": "at six"}),
        ("worry-time", {"worry_time": "2024-06-17T18:00+02:00"}),
        ("worry-time", {"how_worried": 11}),
        ("worry-time", {"can_act": "yes"}),
        ("core-belief", {"belief_strength": 101}),
        ("core-belief", {"arrow": "one"}),
        ("core-belief", {"evidence": [{"day": "last week", "text": "x"}]}),
    ],
)
def test_out_of_range_values_are_refused(kind: str, fields: dict[str, Any]) -> None:
    with pytest.raises(FieldError):
        exercise_from_entry(kind, fields)
