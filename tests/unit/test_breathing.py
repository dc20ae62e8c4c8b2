import pytest

from innerspace.core.breathing import BOX, FOUR_SEVEN_EIGHT, PACED, Phase, position


def test_box_breathing_walks_through_four_equal_phases() -> None:
    assert position(BOX, 0.0, 60).phase == Phase.IN
    assert position(BOX, 5.0, 60).phase == Phase.HOLD_FULL
    assert position(BOX, 9.0, 60).phase == Phase.OUT
    assert position(BOX, 13.0, 60).phase == Phase.HOLD_EMPTY
    assert position(BOX, 17.0, 60).cycle == 1


def test_the_guide_is_fullest_after_breathing_in_and_empty_after_breathing_out() -> None:
    assert position(FOUR_SEVEN_EIGHT, 0.0, 60).fullness == pytest.approx(0.0)
    assert position(FOUR_SEVEN_EIGHT, 2.0, 60).fullness == pytest.approx(0.5)
    assert position(FOUR_SEVEN_EIGHT, 6.0, 60).fullness == 1.0
    assert position(FOUR_SEVEN_EIGHT, 18.99, 60).fullness == pytest.approx(0.0, abs=1e-3)


def test_seconds_left_counts_down_within_a_phase() -> None:
    pos = position(FOUR_SEVEN_EIGHT, 5.5, 60)
    assert pos.phase == Phase.HOLD_FULL
    assert pos.seconds_left == pytest.approx(5.5)


def test_paced_breathing_is_about_six_breaths_a_minute() -> None:
    assert PACED.breaths_per_minute() == pytest.approx(6.0)


def test_a_session_ends_after_whole_breaths_only() -> None:
    # 60 s of 4-7-8 (19 s a breath) rounds to 3 whole breaths: 57 s.
    assert not position(FOUR_SEVEN_EIGHT, 56.9, 60).finished
    assert position(FOUR_SEVEN_EIGHT, 57.0, 60).finished
    assert position(BOX, 0.0, 1).cycle == 0  # even a very short session has one breath
    assert position(BOX, 15.9, 1).finished is False
