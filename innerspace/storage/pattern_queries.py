"""What the Patterns screen reads in one go, and which entries stand behind each figure.

``load_patterns`` runs on the database worker; the selectors below are pure functions of the
records it returned, so a click on a chart needs no second query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from innerspace.core.behavioural_experiment import ExperimentOutcome
from innerspace.core.checkins import CheckinSummary
from innerspace.core.dbt_diary_card import DiaryCardDay, target_key
from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.fear_ladder import LadderProgress
from innerspace.core.patterns import (
    ROLLING_DAYS,
    DayMood,
    EntryRecord,
    ExerciseReview,
    OutcomePeriod,
    PatternReview,
    activity_key,
    build_exercise_review,
    build_review,
    daily_moods,
    period_start,
    records_needed_from,
    time_of_day,
)
from innerspace.core.sleep_diary import SleepNight
from innerspace.core.values_activities import PlanningReview, planning_review
from innerspace.storage.checkin_records import checkin_summary
from innerspace.storage.diary_card_records import diary_card_days
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.exercise_records import (
    activity_logs,
    coping_uses,
    thought_record_outcomes,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.practice_records import experiments, fear_ladders, planned_activities
from innerspace.storage.sleep_records import sleep_nights

CALENDAR_DAYS = 365


@dataclass(frozen=True)
class PatternData:
    """A review of ``first`` .. ``last``, a year of daily moods up to ``last``, and their
    records."""

    review: PatternReview
    calendar: tuple[DayMood, ...]
    records: tuple[EntryRecord, ...]  # the review's own period only
    year_records: tuple[EntryRecord, ...]
    first_day: date | None  # of the whole journal
    exercises: ExerciseReview
    distortion_names: dict[str, str]  # built-in and the person's own thinking traps
    vocabulary: EmotionVocabulary  # the one the review was made with, own words included
    planning: PlanningReview = field(default_factory=lambda: planning_review(()))
    ladders: tuple[LadderProgress, ...] = ()
    experiments: tuple[ExperimentOutcome, ...] = ()
    sleep: tuple[SleepNight, ...] = ()  # the nights of the period, from finished sleep diaries
    diary_cards: tuple[DiaryCardDay, ...] = ()  # the period's finished DBT diary cards
    checkins: tuple[CheckinSummary, ...] = ()


def load_patterns(
    feelings: Feelings,
    first: date | None,
    last: date,
    vocabulary: EmotionVocabulary,
) -> PatternData:
    """Every figure the screen shows; ``first=None`` means from the journal's first entry."""
    first_day = feelings.first_day()
    if first is None:
        first = min(first_day or last, last)
    records = feelings.records(records_needed_from(first, last), last)
    year_first = calendar_start(last)
    # The calendar's first rolling means look back a week before it starts.
    try:
        rolling_from = year_first - timedelta(days=ROLLING_DAYS - 1)
    except OverflowError:
        rolling_from = date.min
    year_records = feelings.records(rolling_from, last)
    vault = feelings.vault
    exercises = build_exercise_review(
        thought_record_outcomes(vault, first, last),
        coping_uses(vault, first, last),
        first,
        last,
        activity_logs(vault, first, last),
    )
    return PatternData(
        review=build_review(records, first, last, vocabulary),
        calendar=tuple(daily_moods(year_records, year_first, last, vocabulary)),
        records=tuple(r for r in records if first <= r.day <= last),
        year_records=tuple(r for r in year_records if r.day >= year_first),
        first_day=first_day,
        exercises=exercises,
        distortion_names=DistortionList(vault).names(),
        vocabulary=vocabulary,
        planning=planning_review(planned_activities(vault, first, last)),
        ladders=tuple(fear_ladders(vault, first, last)),
        experiments=tuple(experiments(vault, first, last)),
        sleep=tuple(sleep_nights(vault, first, last)),
        diary_cards=tuple(diary_card_days(vault, first, last)),
        checkins=checkin_summary(vault, first, last),
    )


def calendar_start(last: date) -> date:
    """The first day of the year of days that ends on ``last``."""
    try:
        return last - timedelta(days=CALENDAR_DAYS - 1)
    except OverflowError:
        return date.min


# -- the entries behind a figure -----------------------------------------------------------------


def entries_on_day(records: Sequence[EntryRecord], day: date) -> list[int]:
    return [r.entry_id for r in records if r.day == day]


def entries_with_family(
    records: Sequence[EntryRecord], family_id: str, vocabulary: EmotionVocabulary
) -> list[int]:
    """Entries that named a feeling of the family (as the frequency figures count them)."""
    return [r.entry_id for r in records if _has_family(r, family_id, vocabulary)]


def entries_with_word(records: Sequence[EntryRecord], emotion_id: str) -> list[int]:
    return [r.entry_id for r in records if emotion_id in r.felt]


def entries_in_cell(records: Sequence[EntryRecord], weekday: int, part_of_day: str) -> list[int]:
    return [
        r.entry_id
        for r in records
        if r.written.weekday() == weekday and time_of_day(r.written) == part_of_day
    ]


def entries_with_context(
    records: Sequence[EntryRecord],
    context_id: int,
    family_id: str,
    vocabulary: EmotionVocabulary,
) -> list[int]:
    """Entries tagged with the context that named a feeling of the family."""
    return [
        r.entry_id
        for r in records
        if any(c.id == context_id for c in r.contexts) and _has_family(r, family_id, vocabulary)
    ]


def entries_in_week(records: Sequence[EntryRecord], monday: date) -> list[int]:
    return [r.entry_id for r in records if monday <= r.day < monday + timedelta(days=7)]


def entries_with_distortion(exercises: ExerciseReview, distortion_id: str) -> list[int]:
    return [o.entry_id for o in exercises.outcomes if distortion_id in o.distortions]


def entries_in_period(exercises: ExerciseReview, period: OutcomePeriod) -> list[int]:
    """The thought records of one week or month of the outcomes over time."""
    return [
        o.entry_id for o in exercises.outcomes if period_start(o.day, period.unit) == period.start
    ]


def entries_with_strategy(exercises: ExerciseReview, strategy: str) -> list[int]:
    """The coping-toolbox notes of one strategy (names differing only in case are one)."""
    wanted = strategy.casefold()
    return [u.entry_id for u in exercises.uses if u.strategy.casefold() == wanted]


def entries_with_activity(exercises: ExerciseReview, activity: str) -> list[int]:
    """The logs of one activity (however it was capitalised or spaced)."""
    wanted = activity_key(activity)
    return [g.entry_id for g in exercises.activities.logs if activity_key(g.activity) == wanted]


def entries_with_value(planning: PlanningReview, value: str) -> list[int]:
    """The planned activities tied to one value ("" for those tied to none)."""
    wanted = value.casefold()
    return [p.entry_id for p in planning.plans if p.value.casefold() == wanted]


def entries_in_sleep_week(nights: Sequence[SleepNight], monday: date) -> list[int]:
    """The sleep diaries of the nights of one week."""
    return [n.entry_id for n in nights if monday <= n.night < monday + timedelta(days=7)]


def entries_with_target(cards: Sequence[DiaryCardDay], target: str) -> list[int]:
    """The diary cards that rated one target behaviour (however it was capitalised)."""
    wanted = target_key(target)
    return [
        c.entry_id for c in cards if any(target_key(t.target) == wanted for t in c.card.targets)
    ]


def entries_with_skill(cards: Sequence[DiaryCardDay], skill: str) -> list[int]:
    return [c.entry_id for c in cards if any(s.skill == skill for s in c.card.skills)]


def _has_family(record: EntryRecord, family_id: str, vocabulary: EmotionVocabulary) -> bool:
    for emotion_id in record.felt:
        emotion = vocabulary.find(emotion_id)
        if emotion is not None and emotion.family == family_id:
            return True
    return False
