"""The sleep diary: one night in the core items of the Consensus Sleep Diary, and the figures a
sleep therapist works them out from (time in bed, time asleep, sleep efficiency), by night and
by week.

Clock times are stored as the person gives them ("23:40", "06:15"). A night is read in order
from going to bed: each later time is the first moment at or after the one before, so a night
across midnight (or a day sleep after a night shift) works out the same as any other. Nothing
here is typed by the person that could be worked out instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from innerspace.core.exercise_fields import (
    FieldError,
    bullets,
    check_day,
    check_number,
    join_sections,
    mean,
    number_field,
    section,
    spoken_day,
    text_field,
)

DAY_MINUTES = 24 * 60
MOST_MINUTES = 12 * 60
MOST_COUNT = 30
QUALITY = ("Very poor", "Poor", "Fair", "Good", "Very good")  # stored as 1 to 5
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of a stored ``HH:MM``; None when not filled in."""
    found = _CLOCK.match(text)
    return None if found is None else int(found[1]) * 60 + int(found[2])


def _span(start: int, end: int) -> int:
    """Minutes from ``start`` on to the next ``end`` of the clock (0 when they are the same)."""
    return (end - start) % DAY_MINUTES


def duration_text(minutes: int | None) -> str:
    if minutes is None:
        return "–"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if hours else f"{rest} min"


@dataclass(frozen=True)
class SleepFigures:
    """What a night works out to; None where the times given don't yet say."""

    time_in_bed: int | None = None  # minutes from going to bed to getting up
    time_asleep: int | None = None  # minutes asleep in that time
    in_order: bool = True  # False when the clock times don't follow one another

    @property
    def efficiency(self) -> float | None:
        """Time asleep as a percentage of time in bed."""
        if self.time_asleep is None or not self.time_in_bed:
            return None
        return 100 * self.time_asleep / self.time_in_bed


@dataclass
class SleepDiary:
    KIND: ClassVar[str] = "sleep-diary"
    _CLOCKS: ClassVar[tuple[str, ...]] = ("to_bed", "tried_to_sleep", "final_waking", "out_of_bed")

    night: str = ""  # the day the night began, "2026-12-04"
    to_bed: str = ""
    tried_to_sleep: str = ""
    minutes_to_sleep: int | None = None
    awakenings: int | None = None
    minutes_awake: int | None = None
    final_waking: str = ""
    out_of_bed: str = ""
    quality: int | None = None
    naps: int | None = None
    nap_minutes: int | None = None
    caffeine: int | None = None
    alcohol: int | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        check_day(self.night, "night")
        for key in self._CLOCKS:
            value = getattr(self, key)
            if value and clock_minutes(value) is None:
                raise FieldError(f"'{key}' should be a time like 23:40.")
        for key in ("minutes_to_sleep", "minutes_awake", "nap_minutes"):
            check_number(getattr(self, key), key, 0, MOST_MINUTES)
        for key in ("awakenings", "naps", "caffeine", "alcohol"):
            check_number(getattr(self, key), key, 0, MOST_COUNT)
        check_number(self.quality, "quality", 1, len(QUALITY))

    def to_fields(self) -> dict[str, Any]:
        return {
            "night": self.night,
            "to_bed": self.to_bed,
            "tried_to_sleep": self.tried_to_sleep,
            "minutes_to_sleep": self.minutes_to_sleep,
            "awakenings": self.awakenings,
            "minutes_awake": self.minutes_awake,
            "final_waking": self.final_waking,
            "out_of_bed": self.out_of_bed,
            "quality": self.quality,
            "naps": self.naps,
            "nap_minutes": self.nap_minutes,
            "caffeine": self.caffeine,
            "alcohol": self.alcohol,
            "notes": self.notes,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> SleepDiary:
        return cls(
            night=text_field(data, "night"),
            to_bed=text_field(data, "to_bed"),
            tried_to_sleep=text_field(data, "tried_to_sleep"),
            minutes_to_sleep=number_field(data, "minutes_to_sleep", 0, MOST_MINUTES),
            awakenings=number_field(data, "awakenings", 0, MOST_COUNT),
            minutes_awake=number_field(data, "minutes_awake", 0, MOST_MINUTES),
            final_waking=text_field(data, "final_waking"),
            out_of_bed=text_field(data, "out_of_bed"),
            quality=number_field(data, "quality", 1, len(QUALITY)),
            naps=number_field(data, "naps", 0, MOST_COUNT),
            nap_minutes=number_field(data, "nap_minutes", 0, MOST_MINUTES),
            caffeine=number_field(data, "caffeine", 0, MOST_COUNT),
            alcohol=number_field(data, "alcohol", 0, MOST_COUNT),
            notes=text_field(data, "notes"),
        )

    def night_day(self) -> date | None:
        return date.fromisoformat(self.night) if self.night else None

    def figures(self) -> SleepFigures:
        """Time in bed (to bed → out of bed) and time asleep (trying to sleep → final waking,
        less the time it took to fall asleep and the time awake in the night)."""
        bed, tried, woke, up = (clock_minutes(getattr(self, key)) for key in self._CLOCKS)
        in_bed = None if bed is None or up is None else _span(bed, up) or None
        if tried is None or woke is None:
            return SleepFigures(in_bed)
        in_order = in_bed is None or (
            bed is not None and up is not None and _fits(bed, tried, woke, up, in_bed)
        )
        awake = 0 if self.awakenings == 0 else self.minutes_awake
        if not in_order or self.minutes_to_sleep is None or awake is None:
            return SleepFigures(in_bed, None, in_order)
        asleep = _span(tried, woke) - self.minutes_to_sleep - awake
        return SleepFigures(in_bed, asleep if asleep >= 0 else None, asleep >= 0)

    def to_markdown(self) -> str:
        figures = self.figures()
        awake = ""
        if self.awakenings is not None:
            times = {0: "not at all", 1: "once"}.get(self.awakenings, f"{self.awakenings} times")
            awake = f"Woke in the night: {times}"
            if self.awakenings and self.minutes_awake is not None:
                awake += f", awake {duration_text(self.minutes_awake)} in all"
        naps = ""
        if self.naps is not None:
            naps = f"Naps the day before: {self.naps}"
            if self.naps and self.nap_minutes is not None:
                naps += f", {duration_text(self.nap_minutes)} in all"
        facts = [
            f"Went to bed: {self.to_bed}" if self.to_bed else "",
            f"Tried to sleep: {self.tried_to_sleep}" if self.tried_to_sleep else "",
            (
                f"Time to fall asleep: {duration_text(self.minutes_to_sleep)}"
                if self.minutes_to_sleep is not None
                else ""
            ),
            awake,
            f"Woke for the last time: {self.final_waking}" if self.final_waking else "",
            f"Got up: {self.out_of_bed}" if self.out_of_bed else "",
            f"How well I slept: {QUALITY[self.quality - 1]}" if self.quality else "",
            naps,
            f"Drinks with caffeine: {self.caffeine}" if self.caffeine is not None else "",
            f"Drinks with alcohol: {self.alcohol}" if self.alcohol is not None else "",
        ]
        worked_out = [
            f"Time in bed: {duration_text(figures.time_in_bed)}"
            if figures.time_in_bed is not None
            else "",
            f"Time asleep: {duration_text(figures.time_asleep)}"
            if figures.time_asleep is not None
            else "",
            f"Sleep efficiency: {figures.efficiency:.0f}%"
            if figures.efficiency is not None
            else "",
        ]
        return join_sections(
            "Sleep diary",
            [
                f"**The night of {spoken_day(self.night)}**\n" if self.night else "",
                bullets(facts) + "\n" if any(facts) else "",
                section("Worked out", bullets(worked_out)),
                section("Notes", self.notes),
            ],
        )


def _fits(bed: int, tried: int, woke: int, up: int, in_bed: int) -> bool:
    """Whether the four times follow one another within one stay in bed."""
    return _span(bed, tried) + _span(tried, woke) + _span(woke, up) == in_bed


# -- over weeks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SleepNight:
    """A finished diary's night, as Patterns reads it."""

    entry_id: int
    night: date
    figures: SleepFigures
    quality: int | None


@dataclass(frozen=True)
class SleepAverage:
    """Means over some nights (each over the nights that have the figure); ``first`` is the
    Monday of a week, or the first night of a whole stretch."""

    first: date
    nights: int
    time_in_bed: float | None
    time_asleep: float | None
    efficiency: float | None
    quality: float | None


def sleep_night(entry_id: int, written: date, diary: SleepDiary) -> SleepNight:
    """The night a diary is about: the day it names, or else the day before it was written (a
    diary is kept in the morning)."""
    night = diary.night_day() or written - timedelta(days=1)
    return SleepNight(entry_id, night, diary.figures(), diary.quality)


def average_of(first: date, nights: Sequence[SleepNight]) -> SleepAverage:
    in_bed = [n.figures.time_in_bed for n in nights if n.figures.time_in_bed is not None]
    asleep = [n.figures.time_asleep for n in nights if n.figures.time_asleep is not None]
    efficiency = [n.figures.efficiency for n in nights if n.figures.efficiency is not None]
    quality = [n.quality for n in nights if n.quality is not None]
    return SleepAverage(
        first, len(nights), mean(in_bed), mean(asleep), mean(efficiency), mean(quality)
    )


def weekly_sleep(nights: Sequence[SleepNight]) -> list[SleepAverage]:
    """One average per week (Monday to Sunday) that has a night in it, oldest first."""
    weeks: dict[date, list[SleepNight]] = {}
    for night in nights:
        weeks.setdefault(night.night - timedelta(days=night.night.weekday()), []).append(night)
    return [average_of(monday, weeks[monday]) for monday in sorted(weeks)]
