from typing import Any

import pytest

from innerspace.core.breathing import (
    BreathingPattern,
    Phase,
    load_breathing_cautions,
    load_breathing_patterns,
    parse_pattern,
    position,
)


@pytest.fixture(scope="module")
def patterns() -> dict[str, BreathingPattern]:
    return {p.id: p for p in load_breathing_patterns()}


def test_the_three_patterns_come_from_the_content_file(
    patterns: dict[str, BreathingPattern],
) -> None:
    assert set(patterns) == {"box", "4-7-8", "paced"}


def test_box_breathing_walks_through_four_equal_phases(
    patterns: dict[str, BreathingPattern],
) -> None:
    box = patterns["box"]
    assert position(box, 0.0, 60).phase == Phase.IN
    assert position(box, 5.0, 60).phase == Phase.HOLD_FULL
    assert position(box, 9.0, 60).phase == Phase.OUT
    assert position(box, 13.0, 60).phase == Phase.HOLD_EMPTY
    assert position(box, 17.0, 60).cycle == 1


def test_the_guide_is_fullest_after_breathing_in_and_empty_after_breathing_out(
    patterns: dict[str, BreathingPattern],
) -> None:
    four_seven_eight = patterns["4-7-8"]
    assert position(four_seven_eight, 0.0, 60).fullness == pytest.approx(0.0)
    assert position(four_seven_eight, 2.0, 60).fullness == pytest.approx(0.5)
    assert position(four_seven_eight, 6.0, 60).fullness == 1.0
    assert position(four_seven_eight, 18.99, 60).fullness == pytest.approx(0.0, abs=1e-3)
    pos = position(four_seven_eight, 5.5, 60)
    assert pos.phase == Phase.HOLD_FULL
    assert pos.seconds_left == pytest.approx(5.5)


def test_paced_breathing_is_about_six_breaths_a_minute(
    patterns: dict[str, BreathingPattern],
) -> None:
    assert patterns["paced"].breaths_per_minute() == pytest.approx(6.0)


def test_a_session_ends_after_whole_breaths_only(patterns: dict[str, BreathingPattern]) -> None:
    four_seven_eight = patterns["4-7-8"]
    # 60 s of 4-7-8 (19 s a breath) rounds to 3 whole breaths: 57 s.
    assert not position(four_seven_eight, 56.9, 60).finished
    assert position(four_seven_eight, 57.0, 60).finished
    assert not position(patterns["box"], 15.9, 1).finished  # even a short session has a breath


@pytest.mark.parametrize(
    "raw",
    [
        {"id": "x", "name": "x", "phases": []},
        {"id": "x", "name": "x", "phases": [{"action": "sideways", "seconds": 4}]},
        {"id": "x", "name": "x", "phases": [{"action": "in", "seconds": 0}]},
        {"id": "x", "name": "x", "phases": [{"action": "in", "seconds": 600}]},
    ],
)
def test_a_broken_pattern_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        parse_pattern(raw)


def test_four_seven_eight_lasts_four_rounds_unless_chosen_otherwise(
    patterns: dict[str, BreathingPattern],
) -> None:
    four_seven_eight = patterns["4-7-8"]
    assert four_seven_eight.default_cycles == 4
    assert four_seven_eight.default_seconds(120.0) == 4 * 19
    assert patterns["box"].default_seconds(120.0) == 120.0
    end = position(four_seven_eight, 4 * 19, four_seven_eight.default_seconds(120.0))
    assert end.finished and end.cycle == 4


def test_the_cautions_are_there_to_show() -> None:
    cautions = load_breathing_cautions()
    assert cautions.startswith("Breathe gently, not deeply.")
    assert "dizzy" in cautions and "paced breathing" in cautions


def test_default_cycles_must_be_a_sensible_whole_number() -> None:
    raw = {"id": "x", "name": "X", "phases": [{"action": "in", "seconds": 4}]}
    with pytest.raises(ValueError, match="default_cycles"):
        parse_pattern({**raw, "default_cycles": 0})
    assert parse_pattern({**raw, "default_cycles": 3}).default_cycles == 3
