"""What the Patterns screen reads in one go, and which entries stand behind each figure.

``load_patterns`` runs on the database worker and counts in the database (see
``pattern_tallies``): the result holds figures, not entries, whatever the journal's size. The
entries behind a piece of a figure are looked up when a person asks for them, by the queries
below (each also run on the worker). ``PatternCache`` keeps the figures of each range until the
journal changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlcipher3

from innerspace.core.behavioural_experiment import ExperimentOutcome
from innerspace.core.checkins import CheckinSummary
from innerspace.core.dbt_diary_card import DiaryCardDay, target_key
from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.fear_ladder import LadderProgress
from innerspace.core.patterns import (
    ROLLING_DAYS,
    TIMES_OF_DAY,
    DayMood,
    ExerciseReview,
    OutcomePeriod,
    PatternReview,
    activity_key,
    build_exercise_review,
    moods_by_day,
    period_start,
    records_needed_from,
    review_from,
)
from innerspace.core.sleep_diary import SleepNight
from innerspace.core.values_activities import PlanningReview, planning_review
from innerspace.storage.checkin_records import checkin_summary
from innerspace.storage.diary_card_records import diary_card_days
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.exercise_records import (
    activity_logs,
    coping_uses,
    kept_until_exercises_change,
    thought_record_outcomes,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.pattern_tallies import gathered, review_tally
from innerspace.storage.practice_records import experiments, fear_ladders, planned_activities
from innerspace.storage.sleep_records import sleep_nights
from innerspace.storage.vault import Vault

CALENDAR_DAYS = 365

# The entries behind a piece of a figure, looked up on the database worker.
EntryQuery = Callable[[Vault], list[int]]
# What a section names behind a piece of its figure: the ids at hand, or how to look them up.
Entries = list[int] | EntryQuery


@dataclass(frozen=True)
class PatternData:
    """A review of ``first`` .. ``last`` and a year of daily moods up to ``last``."""

    review: PatternReview
    calendar: tuple[DayMood, ...]
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
    if first > last:
        raise ValueError("the first day is after the last")
    year_first = calendar_start(last)
    # The calendar's first rolling means look back a week before it starts.
    try:
        rolling_from = year_first - timedelta(days=ROLLING_DAYS - 1)
    except OverflowError:
        rolling_from = date.min
    vault = feelings.vault
    tally, days = review_tally(
        vault.connection,
        first,
        last,
        min(records_needed_from(first, last), rolling_from),
        vocabulary,
    )
    exercises = kept_until_exercises_change(
        vault,
        ("exercises", first, last),
        lambda: build_exercise_review(
            thought_record_outcomes(vault, first, last),
            coping_uses(vault, first, last),
            first,
            last,
            activity_logs(vault, first, last),
        ),
    )
    planning = kept_until_exercises_change(
        vault,
        ("planning", first, last),
        lambda: planning_review(planned_activities(vault, first, last)),
    )
    return PatternData(
        review=review_from(tally, first, last, vocabulary),
        calendar=tuple(moods_by_day(days, year_first, last)),
        first_day=first_day,
        exercises=exercises,
        distortion_names=DistortionList(vault).names(),
        vocabulary=vocabulary,
        planning=planning,
        ladders=tuple(fear_ladders(vault, first, last)),
        experiments=tuple(experiments(vault, first, last)),
        sleep=tuple(sleep_nights(vault, first, last)),
        diary_cards=tuple(diary_card_days(vault, first, last)),
        checkins=checkin_summary(vault, first, last),
    )


class PatternCache:
    """The figures of each range, kept until the journal changes.

    Used only on the database worker. A change is any row written on the connection (SQLite's
    ``total_changes``, less the temporary tables pattern review writes itself) or by another
    connection (``PRAGMA data_version``).
    """

    def __init__(self) -> None:
        self._kept: dict[Hashable, PatternData] = {}
        self._stamp: tuple[int, int] | None = None

    def get(
        self, conn: sqlcipher3.Connection, key: Hashable, load: Callable[[], PatternData]
    ) -> PatternData:
        stamp = _stamp(conn)
        if stamp != self._stamp:
            self._kept.clear()
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = load()
        self._stamp = _stamp(conn)
        return found

    def run(self, conn: sqlcipher3.Connection, job: Callable[[], list[int]]) -> list[int]:
        """Run a lookup whose own temporary tables are no change to the journal."""
        unchanged = _stamp(conn) == self._stamp
        try:
            return job()
        finally:
            if unchanged:
                self._stamp = _stamp(conn)


def _stamp(conn: sqlcipher3.Connection) -> tuple[int, int]:
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def calendar_start(last: date) -> date:
    """The first day of the year of days that ends on ``last``."""
    try:
        return last - timedelta(days=CALENDAR_DAYS - 1)
    except OverflowError:
        return date.min


# -- the entries behind a figure -----------------------------------------------------------------


def _ids_between(
    first: date,
    last: date,
    vocabulary: EmotionVocabulary,
    where: str = "",
    params: tuple[object, ...] = (),
) -> EntryQuery:
    """Entries of ``first`` .. ``last`` matching ``where`` (over ``p``: id, day, hour, and the
    gathered tables of ``pattern_tallies``), oldest first."""

    def query(vault: Vault) -> list[int]:
        conn = vault.connection
        if first > last:
            return []
        with gathered(conn, first, last, vocabulary):
            rows = conn.execute(
                f"SELECT p.id FROM temp.pattern_entries p "
                f"{'WHERE ' + where if where else ''} ORDER BY p.sort_key",
                params,
            ).fetchall()
        return [int(r[0]) for r in rows]

    return query


_WITH_FAMILY = "p.id IN (SELECT entry_id FROM temp.pattern_families WHERE family = ?)"


def entries_on_day(data: PatternData, day: date) -> EntryQuery:
    return _ids_between(day, day, data.vocabulary)


def entries_with_family(data: PatternData, family_id: str) -> EntryQuery:
    """Entries that named a feeling of the family (as the frequency figures count them)."""
    review = data.review
    return _ids_between(review.first, review.last, data.vocabulary, _WITH_FAMILY, (family_id,))


def entries_with_word(data: PatternData, emotion_id: str) -> EntryQuery:
    review = data.review
    return _ids_between(
        review.first,
        review.last,
        data.vocabulary,
        "p.id IN (SELECT entry_id FROM temp.pattern_felt WHERE emotion_id = ?)",
        (emotion_id,),
    )


def entries_in_cell(data: PatternData, weekday: int, part_of_day: str) -> EntryQuery:
    start, end = next((s, e) for name, s, e in TIMES_OF_DAY if name == part_of_day)
    review = data.review
    return _ids_between(
        review.first,
        review.last,
        data.vocabulary,
        "((p.day % 7) + 10) % 7 = ? AND p.hour >= ? AND p.hour < ?",
        (weekday, start, end),
    )


def entries_with_context(data: PatternData, context_id: int, family_id: str) -> EntryQuery:
    """Entries tagged with the context that named a feeling of the family."""
    review = data.review
    return _ids_between(
        review.first,
        review.last,
        data.vocabulary,
        f"{_WITH_FAMILY} AND p.id IN (SELECT entry_id FROM entry_contexts WHERE tag_id = ?)",
        (family_id, context_id),
    )


def entries_in_week(data: PatternData, monday: date) -> EntryQuery:
    review = data.review
    try:
        sunday = monday + timedelta(days=6)
    except OverflowError:
        sunday = date.max
    return _ids_between(max(monday, review.first), min(sunday, review.last), data.vocabulary)


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
