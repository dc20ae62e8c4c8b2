"""How exercises read as entry text and in a menu: plain words, human dates, one line each."""

from __future__ import annotations

from datetime import date

import pytest

from innerspace.core.exercises import (
    ActivityLog,
    ExerciseGuide,
    load_exercise_guides,
    spoken_moment,
)


def test_an_activity_log_says_when_in_words_people_use() -> None:
    log = ActivityLog("Swam", "2026-12-05T03:15", enjoyment=7)
    text = log.to_markdown()
    assert "When: Saturday 5 December" in text
    assert "03:15" in text
    assert "2026-12-05T03:15" not in text


@pytest.mark.parametrize(
    ("stored", "spoken"),
    [
        ("2026-12-05T03:15", "Saturday 5 December, 03:15"),
        ("2026-03-01T14:02", "Sunday 1 March, 14:02"),
        ("2024-02-29T09:00", "Thursday 29 February 2024, 09:00"),
        ("2026-12-05T03:15:00+01:00", "Saturday 5 December, 03:15"),
        ("Saturday morning", "Saturday morning"),
    ],
)
def test_a_stored_time_is_spoken(stored: str, spoken: str) -> None:
    assert spoken_moment(stored, today=date(2026, 12, 31)) == spoken


def test_the_activity_entry_and_the_form_say_pleasure() -> None:
    text = ActivityLog("Read", enjoyment=6).to_markdown()
    assert "Pleasure: 6/10" in text
    assert "Enjoyment" not in text


def test_every_exercise_has_a_one_line_summary() -> None:
    for guide in load_exercise_guides().values():
        assert guide.summary
        assert "\n" not in guide.summary
        assert guide.intro.startswith(guide.summary.rstrip("."))


def test_a_summary_in_the_content_comes_first() -> None:
    guide = ExerciseGuide("x", "X", "First part. Second part.", {"summary": " Short line. "})
    assert guide.summary == "Short line."
    assert ExerciseGuide("x", "X", "Only one sentence", {}).summary == "Only one sentence"
