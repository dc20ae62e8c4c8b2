"""The sleep diary works out time in bed, time asleep and sleep efficiency from clock times, across
midnight and for day sleep alike, and averages them by week; checked against figures worked out
by hand, with no nights and with one."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.core.exercise_fields import FieldError
from innerspace.core.exercises import exercise_from_entry
from innerspace.core.sleep_diary import (
    SleepDiary,
    SleepFigures,
    SleepNight,
    average_of,
    sleep_night,
    weekly_sleep,
)
from innerspace.storage.journal import Journal
from innerspace.storage.sleep_records import sleep_nights
from innerspace.storage.vault import Vault

# In bed 23:00–07:00 (480 min); trying from 23:15 to the last waking at 06:45 is 450 min, less
# 20 to fall asleep and 30 awake in the night: 400 min asleep, 400 / 480 = 83.3 %.
NIGHT = SleepDiary(
    night="2024-06-17",
    to_bed="23:00",
    tried_to_sleep="23:15",
    minutes_to_sleep=20,
    awakenings=2,
    minutes_awake=30,
    final_waking="06:45",
    out_of_bed="07:00",
    quality=4,
    naps=1,
    nap_minutes=20,
    caffeine=3,
    alcohol=0,
    notes="Woke at three.",
)


def test_a_night_across_midnight_is_worked_out_as_by_hand() -> None:
    figures = NIGHT.figures()
    assert figures == SleepFigures(time_in_bed=480, time_asleep=400, in_order=True)
    assert figures.efficiency == pytest.approx(83.333, abs=0.001)


def test_a_day_sleep_after_a_night_shift_works_the_same() -> None:
    # 08:30–15:30 in bed is 420 min; 08:30–15:00 is 390, less 10 to fall asleep: 380 asleep.
    day = SleepDiary(
        to_bed="08:30",
        tried_to_sleep="08:30",
        minutes_to_sleep=10,
        awakenings=0,
        final_waking="15:00",
        out_of_bed="15:30",
    )
    figures = day.figures()
    assert (figures.time_in_bed, figures.time_asleep) == (420, 380)
    assert figures.efficiency == pytest.approx(90.476, abs=0.001)


def test_trying_to_sleep_after_midnight_counts_from_going_to_bed() -> None:
    # 23:50–05:20 in bed is 330 min; 00:20–05:20 is 300, less an hour awake: 240 asleep.
    late = SleepDiary(
        to_bed="23:50",
        tried_to_sleep="00:20",
        minutes_to_sleep=0,
        awakenings=1,
        minutes_awake=60,
        final_waking="05:20",
        out_of_bed="05:20",
    )
    assert late.figures() == SleepFigures(330, 240, True)
    assert late.figures().efficiency == pytest.approx(72.727, abs=0.001)


def test_times_out_of_order_give_no_time_asleep() -> None:
    wrong = SleepDiary(
        to_bed="23:00",
        tried_to_sleep="22:00",
        minutes_to_sleep=10,
        awakenings=0,
        final_waking="06:00",
        out_of_bed="07:00",
    )
    assert wrong.figures() == SleepFigures(480, None, False)
    longer_than_the_night = SleepDiary(
        tried_to_sleep="23:00", minutes_to_sleep=60, awakenings=0, final_waking="23:30"
    )
    assert longer_than_the_night.figures() == SleepFigures(None, None, False)


def test_a_half_done_diary_works_out_only_what_it_can() -> None:
    assert SleepDiary().figures() == SleepFigures()
    assert SleepDiary().figures().efficiency is None
    assert SleepDiary(to_bed="22:00", out_of_bed="06:00").figures() == SleepFigures(480)
    # Awakenings counted but not how long they lasted: time asleep isn't known yet.
    unknown = SleepDiary(
        tried_to_sleep="22:00", minutes_to_sleep=5, awakenings=2, final_waking="06:00"
    )
    assert unknown.figures().time_asleep is None
    # Going to bed and getting up at the same minute is no time in bed, not a day of it.
    assert SleepDiary(to_bed="07:00", out_of_bed="07:00").figures().time_in_bed is None


def test_fields_round_trip_and_read_in_plain_words() -> None:
    stored = json.loads(json.dumps(NIGHT.to_fields()))
    assert SleepDiary.from_fields(stored) == NIGHT
    assert exercise_from_entry(SleepDiary.KIND, stored) == NIGHT
    text = NIGHT.to_markdown()
    assert text.startswith("## Sleep diary\n")
    assert "**The night of Monday 17 June 2024**" in text
    assert "- Woke in the night: 2 times, awake 30 min in all" in text
    assert "- How well I slept: Good" in text
    assert "- Time asleep: 6 h 40 min" in text
    assert "- Sleep efficiency: 83%" in text
    assert "Woke at three." in text
    assert "Worked out" not in SleepDiary(night="2024-06-17").to_markdown()


@pytest.mark.parametrize(
    "fields",
    [
        {"to_bed": "25:00"},
        {"out_of_bed": "7am"},
        {"night": "yesterday"},
        {"minutes_to_sleep": 721},
        {"minutes_awake": -1},
        {"awakenings": 2.5},
        {"quality": 0},
        {"quality": 6},
        {"caffeine": True},
        {"notes": 3},
    ],
)
def test_out_of_range_values_are_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(FieldError):
        SleepDiary.from_fields(fields)


# -- by week ---------------------------------------------------------------------------------------


def _night(day: str, in_bed: int | None, asleep: int | None, quality: int | None = None) -> Any:
    return SleepNight(0, date.fromisoformat(day), SleepFigures(in_bed, asleep), quality)


def test_weekly_averages_as_by_hand() -> None:
    nights = [
        _night("2024-06-17", 480, 400, 4),  # Monday: 83.33 %
        _night("2024-06-19", 420, 380, 2),  # Wednesday: 90.48 %
        _night("2024-06-23", 400, None),  # Sunday, same week: in bed only
        _night("2024-06-24", 330, 240),  # next Monday: 72.73 %
    ]
    first, second = weekly_sleep(nights)
    assert first.first == date(2024, 6, 17) and first.nights == 3
    assert first.time_in_bed == pytest.approx((480 + 420 + 400) / 3)
    assert first.time_asleep == pytest.approx(390)
    assert first.efficiency == pytest.approx((400 / 480 + 380 / 420) * 50)
    assert first.quality == pytest.approx(3)
    assert second.first == date(2024, 6, 24) and second.nights == 1
    assert (second.time_in_bed, second.time_asleep) == (330, 240)
    assert second.quality is None


def test_no_nights_and_one_night() -> None:
    assert weekly_sleep([]) == []
    empty = average_of(date(2024, 6, 1), [])
    assert (empty.nights, empty.time_in_bed, empty.time_asleep, empty.efficiency) == (
        0,
        None,
        None,
        None,
    )
    (only,) = weekly_sleep([_night("2024-06-20", 480, 360, 5)])
    assert only.first == date(2024, 6, 17)
    assert (only.nights, only.time_in_bed, only.time_asleep) == (1, 480, 360)
    assert only.efficiency == pytest.approx(75)
    assert only.quality == 5


def test_a_diary_without_its_night_is_about_the_night_before_it_was_written() -> None:
    assert sleep_night(3, date(2024, 6, 18), SleepDiary()).night == date(2024, 6, 17)
    assert sleep_night(3, date(2024, 6, 18), NIGHT).night == date(2024, 6, 17)


# -- from the vault --------------------------------------------------------------------------------


def _store(journal: Journal, diary: SleepDiary, written: datetime, status: str) -> int:
    entry = journal.add(
        Entry(
            kind=SleepDiary.KIND,
            fields={**diary.to_fields(), "status": status},
            body=diary.to_markdown(),
            created=written,
            updated=written,
        )
    )
    assert entry.id is not None
    return entry.id


def test_finished_diaries_are_read_by_the_night_they_are_about(journal: Journal) -> None:
    zone = timezone(timedelta(hours=-5))
    morning = datetime(2024, 6, 18, 7, 30, tzinfo=zone)
    kept = _store(journal, NIGHT, morning, "complete")
    _store(journal, NIGHT, morning, "draft")
    # Written on the 18th about the 16th: outside a range that starts on the 17th.
    _store(journal, SleepDiary(night="2024-06-16", to_bed="22:00"), morning, "complete")
    vault: Vault = journal.vault
    (night,) = sleep_nights(vault, date(2024, 6, 17), date(2024, 6, 30))
    assert night == SleepNight(kept, date(2024, 6, 17), NIGHT.figures(), 4)
    assert sleep_nights(vault, date(2024, 6, 18), date(2024, 6, 30)) == []
    assert len(sleep_nights(vault, date(2024, 6, 1), date(2024, 6, 30))) == 2
