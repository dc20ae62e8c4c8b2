"""Pattern review: figures a person can read about their own entries, from plain data.

Everything here is a pure function of entry records (no database, no Qt), so each figure can be
checked by hand. Days are always the writer's own local days: an entry written at 23:30 in
UTC+09:00 belongs to that evening, wherever the journal is read later.

Associations are stated with their counts and never as causes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Literal

from innerspace.core.emotions import (
    FELT_PHASES,
    MAX_MOOD,
    MIN_MOOD,
    ContextTag,
    EmotionFamily,
    EmotionTag,
    EmotionVocabulary,
)
from innerspace.core.exercises import ActivityLog, ThoughtRecord
from innerspace.core.exercises import CopingUse as CopingToolUse

MoodSource = Literal["rating", "emotions", "none"]
ROLLING_DAYS = 7
DEFAULT_MIN_SUPPORT = 5
# Hours [start, end) of each part of the day, in the writer's local time.
TIMES_OF_DAY: tuple[tuple[str, int, int], ...] = (
    ("night", 0, 6),
    ("morning", 6, 12),
    ("afternoon", 12, 18),
    ("evening", 18, 24),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class EntryRecord:
    """What pattern review needs of one entry; ``written`` carries the writer's UTC offset."""

    entry_id: int
    written: datetime
    kind: str = "note"
    mood: int | None = None
    emotions: tuple[EmotionTag, ...] = ()
    contexts: tuple[ContextTag, ...] = ()

    @property
    def day(self) -> date:
        return self.written.date()

    @cached_property
    def felt(self) -> dict[str, int]:
        """Each feeling the person said they felt, at its strongest if named twice (read only).

        An exercise's 'after' re-rating is an outcome, not a new feeling, so it is left out.
        Cached because every figure asks for it.
        """
        felt: dict[str, int] = {}
        for tag in self.emotions:
            if tag.phase in FELT_PHASES:
                felt[tag.emotion_id] = max(tag.intensity, felt.get(tag.emotion_id, 0))
        return felt


# -- mood ----------------------------------------------------------------------------------------


def valence_to_mood(valence: float) -> float:
    """Map valence -1..1 onto the 1–10 mood scale (0 becomes 5.5, the scale's middle)."""
    return MIN_MOOD + (valence + 1) / 2 * (MAX_MOOD - MIN_MOOD)


def mood_from_emotions(
    felt: Iterable[tuple[str, int]], vocabulary: EmotionVocabulary
) -> float | None:
    """Mean valence of the feelings, weighted by intensity, on the 1–10 scale.

    Unknown words and feelings at intensity 0 carry no weight; with no weight there is no mood.
    """
    total = weight = 0.0
    for emotion_id, intensity in felt:
        emotion = vocabulary.find(emotion_id)
        if emotion is not None and intensity > 0:
            total += emotion.valence * intensity
            weight += intensity
    return None if weight == 0 else valence_to_mood(total / weight)


def entry_mood(
    record: EntryRecord, vocabulary: EmotionVocabulary
) -> tuple[float | None, MoodSource]:
    if record.mood is not None:
        return float(record.mood), "rating"
    derived = mood_from_emotions(record.felt.items(), vocabulary)
    return (derived, "emotions") if derived is not None else (None, "none")


@dataclass(frozen=True)
class DayMood:
    """One day's mood: from the day's ratings if any, else from its feelings' valence."""

    day: date
    mood: float | None
    source: MoodSource
    entries: int
    rolling: float | None  # mean of the days with a mood among this one and the six before


@dataclass(frozen=True)
class DayTally:
    """What one day's mood is made of: its entries, the sum and number of its mood ratings, and
    (for a day without ratings) its feelings' valence weighted by intensity."""

    entries: int = 0
    rating_sum: int = 0
    ratings: int = 0
    valence_total: float = 0.0
    valence_weight: float = 0.0

    def mood(self) -> tuple[float | None, MoodSource]:
        if self.ratings:
            return self.rating_sum / self.ratings, "rating"
        if self.valence_weight == 0:
            return None, "none"
        return valence_to_mood(self.valence_total / self.valence_weight), "emotions"


def day_tallies(
    records: Iterable[EntryRecord], vocabulary: EmotionVocabulary
) -> dict[date, DayTally]:
    by_day: dict[date, list[EntryRecord]] = defaultdict(list)
    for record in records:
        by_day[record.day].append(record)
    tallies: dict[date, DayTally] = {}
    for day, day_records in by_day.items():
        ratings = [r.mood for r in day_records if r.mood is not None]
        total = weight = 0.0
        if not ratings:
            for record in day_records:
                for emotion_id, intensity in record.felt.items():
                    emotion = vocabulary.find(emotion_id)
                    if emotion is not None and intensity > 0:
                        total += emotion.valence * intensity
                        weight += intensity
        tallies[day] = DayTally(len(day_records), sum(ratings), len(ratings), total, weight)
    return tallies


def daily_moods(
    records: Iterable[EntryRecord],
    first: date,
    last: date,
    vocabulary: EmotionVocabulary,
    window: int = ROLLING_DAYS,
) -> list[DayMood]:
    """Every day from ``first`` to ``last``; records before ``first`` feed the rolling mean."""
    kept = (r for r in records if r.day <= last)
    return moods_by_day(day_tallies(kept, vocabulary), first, last, window)


def moods_by_day(
    tallies: Mapping[date, DayTally], first: date, last: date, window: int = ROLLING_DAYS
) -> list[DayMood]:
    """``daily_moods`` from each day's tally (days before ``first`` feed the rolling mean)."""
    # By day number: ten years of days, each looking a week back, make no dates of their own.
    moods = {day.toordinal(): tally.mood() for day, tally in tallies.items() if day <= last}
    out: list[DayMood] = []
    for day in days_between(first, last):
        number = day.toordinal()
        mood, source = moods.get(number, (None, "none"))
        recent = (
            moods.get(n, (None, "none"))[0] for n in range(number, max(number - window, 0), -1)
        )
        values = [v for v in recent if v is not None]
        tally = tallies.get(day)
        out.append(
            DayMood(
                day=day,
                mood=mood,
                source=source,
                entries=tally.entries if tally is not None else 0,
                rolling=sum(values) / len(values) if values else None,
            )
        )
    return out


def mood_calendar(
    records: Iterable[EntryRecord], year: int, vocabulary: EmotionVocabulary
) -> list[DayMood]:
    """One cell per day of ``year`` for the heat map (days without entries have no mood)."""
    return daily_moods(records, date(year, 1, 1), date(year, 12, 31), vocabulary)


# -- emotion frequency ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EmotionFrequency:
    """How many entries named a word (or a family), and how strongly on average, now and before."""

    key: str  # the emotion's or the family's id
    label: str
    family: str
    entries: int
    mean_intensity: float | None
    previous_entries: int
    previous_mean_intensity: float | None

    @property
    def change(self) -> int:
        return self.entries - self.previous_entries


@dataclass(frozen=True)
class FrequencyReport:
    entries: int
    previous_entries: int
    words: tuple[EmotionFrequency, ...]
    families: tuple[EmotionFrequency, ...]


# Entries that named a word (or a family), and the sum of their intensities (an entry's
# strongest word of a family counts for the family).
Counts = Mapping[str, tuple[int, int]]


@dataclass(frozen=True)
class FeelingTally:
    """How many entries one stretch of days holds, and how often and how strongly each word and
    family was felt in them."""

    entries: int = 0
    words: Counts = field(default_factory=dict)
    families: Counts = field(default_factory=dict)


def feeling_tally(records: Sequence[EntryRecord], vocabulary: EmotionVocabulary) -> FeelingTally:
    words: dict[str, tuple[int, int]] = {}
    families: dict[str, tuple[int, int]] = {}
    for record in records:
        strongest: dict[str, int] = {}
        for emotion_id, intensity in record.felt.items():
            count, total = words.get(emotion_id, (0, 0))
            words[emotion_id] = (count + 1, total + intensity)
            emotion = vocabulary.find(emotion_id)
            if emotion is not None:
                strongest[emotion.family] = max(intensity, strongest.get(emotion.family, 0))
        for family, intensity in strongest.items():
            count, total = families.get(family, (0, 0))
            families[family] = (count + 1, total + intensity)
    return FeelingTally(len(records), words, families)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def emotion_frequency(
    current: Sequence[EntryRecord],
    previous: Sequence[EntryRecord],
    vocabulary: EmotionVocabulary,
) -> FrequencyReport:
    """Words and families by how many entries named them, compared with the period before."""
    return frequency_from(
        feeling_tally(current, vocabulary), feeling_tally(previous, vocabulary), vocabulary
    )


def frequency_from(
    current: FeelingTally, previous: FeelingTally, vocabulary: EmotionVocabulary
) -> FrequencyReport:
    """``emotion_frequency`` from the tallies of the period and the one before."""

    def rows(
        now: Counts, then: Counts, describe: dict[str, tuple[str, str]]
    ) -> tuple[EmotionFrequency, ...]:
        items = [
            EmotionFrequency(
                key=key,
                label=describe.get(key, (key, ""))[0],
                family=describe.get(key, (key, ""))[1],
                entries=now.get(key, (0, 0))[0],
                mean_intensity=_ratio(now.get(key)),
                previous_entries=then.get(key, (0, 0))[0],
                previous_mean_intensity=_ratio(then.get(key)),
            )
            for key in now.keys() | then.keys()
        ]
        items.sort(
            key=lambda f: (-f.entries, -(f.mean_intensity or 0), -f.previous_entries, f.label)
        )
        return tuple(items)

    word_names = {e.id: (e.word, e.family) for e in vocabulary.emotions}
    family_names = {f.id: (f.name, f.id) for f in vocabulary.families}
    return FrequencyReport(
        entries=current.entries,
        previous_entries=previous.entries,
        words=rows(current.words, previous.words, word_names),
        families=rows(current.families, previous.families, family_names),
    )


def _ratio(counted: tuple[int, int] | None) -> float | None:
    return counted[1] / counted[0] if counted and counted[0] else None


# -- when people write and how they felt ---------------------------------------------------------


def time_of_day(moment: datetime) -> str:
    return next(name for name, start, end in TIMES_OF_DAY if start <= moment.hour < end)


@dataclass(frozen=True)
class RhythmCell:
    """Entries written on one weekday in one part of the day, and their mean mood."""

    weekday: int  # 0 is Monday
    time_of_day: str
    entries: int
    mean_mood: float | None


# Each (weekday, part of the day): entries, the sum of their moods and how many had one.
Cells = Mapping[tuple[int, str], tuple[int, float, int]]


def weekday_time_grid(
    records: Iterable[EntryRecord], vocabulary: EmotionVocabulary
) -> list[RhythmCell]:
    """Seven rows of four cells, Monday night first, in each writer's local time."""
    return grid_from(cell_tally(records, vocabulary))


def cell_tally(records: Iterable[EntryRecord], vocabulary: EmotionVocabulary) -> Cells:
    cells: dict[tuple[int, str], tuple[int, float, int]] = {}
    for record in records:
        cell = (record.written.weekday(), time_of_day(record.written))
        entries, total, moods = cells.get(cell, (0, 0.0, 0))
        mood, _source = entry_mood(record, vocabulary)
        if mood is None:
            cells[cell] = (entries + 1, total, moods)
        else:
            cells[cell] = (entries + 1, total + mood, moods + 1)
    return cells


def grid_from(cells: Cells) -> list[RhythmCell]:
    """``weekday_time_grid`` from each cell's tally."""
    grid = []
    for weekday in range(7):
        for name, _start, _end in TIMES_OF_DAY:
            entries, total, moods = cells.get((weekday, name), (0, 0.0, 0))
            grid.append(RhythmCell(weekday, name, entries, total / moods if moods else None))
    return grid


# -- context and feelings ------------------------------------------------------------------------


def percent(part: int, whole: int) -> str:
    """Whole percent, halves rounded up (12 of 20 is "60%")."""
    return f"{(200 * part + whole) // (2 * whole)}%" if whole else "–"


@dataclass(frozen=True)
class ContextAssociation:
    """How often a family of feelings appeared in entries with a context tag, and overall.

    Only entries that name at least one feeling are counted, on both sides.
    """

    context: ContextTag
    family: EmotionFamily
    tagged: int
    tagged_with_family: int
    overall: int
    overall_with_family: int

    @property
    def share_tagged(self) -> float:
        return self.tagged_with_family / self.tagged if self.tagged else 0.0

    @property
    def share_overall(self) -> float:
        return self.overall_with_family / self.overall if self.overall else 0.0

    @property
    def difference(self) -> float:
        """Percentage points more (positive) or less often than overall."""
        return 100 * (self.share_tagged - self.share_overall)

    def sentence(self) -> str:
        noun = "entry" if self.tagged == 1 else "entries"
        return (
            f"{self.family.name} appeared in {self.tagged_with_family} of {self.tagged} {noun} "
            f"tagged *{self.context.name}* ({percent(self.tagged_with_family, self.tagged)}), "
            f"against {percent(self.overall_with_family, self.overall)} overall."
        )


@dataclass(frozen=True)
class ContextTally:
    """Among entries that name a feeling: how many, how many named each family, and the same
    for the entries tagged with each context."""

    overall: int = 0
    overall_families: Mapping[str, int] = field(default_factory=dict)
    tagged: Mapping[int, int] = field(default_factory=dict)
    tagged_families: Mapping[int, Mapping[str, int]] = field(default_factory=dict)
    contexts: Mapping[int, ContextTag] = field(default_factory=dict)


def context_tally(records: Iterable[EntryRecord], vocabulary: EmotionVocabulary) -> ContextTally:
    overall = 0
    overall_families: Counter[str] = Counter()
    tagged: Counter[int] = Counter()
    tagged_families: dict[int, Counter[str]] = defaultdict(Counter)
    contexts: dict[int, ContextTag] = {}
    for record in records:
        families = {
            e.family
            for e in (vocabulary.find(emotion_id) for emotion_id in record.felt)
            if e is not None
        }
        if not families:
            continue
        overall += 1
        overall_families.update(families)
        for context in record.contexts:
            contexts[context.id] = context
            tagged[context.id] += 1
            tagged_families[context.id].update(families)
    return ContextTally(overall, overall_families, tagged, tagged_families, contexts)


def context_associations(
    records: Iterable[EntryRecord],
    vocabulary: EmotionVocabulary,
    min_support: int = DEFAULT_MIN_SUPPORT,
) -> list[ContextAssociation]:
    """For each context tag on at least ``min_support`` entries that name feelings, every family
    seen in the period, the most different from overall first (ties: more common first)."""
    return associations_from(context_tally(records, vocabulary), vocabulary, min_support)


def associations_from(
    tally: ContextTally, vocabulary: EmotionVocabulary, min_support: int = DEFAULT_MIN_SUPPORT
) -> list[ContextAssociation]:
    """``context_associations`` from the period's tally."""
    found: list[ContextAssociation] = []
    for context_id, count in tally.tagged.items():
        if count < max(1, min_support):
            continue
        with_family = tally.tagged_families.get(context_id, {})
        found.extend(
            ContextAssociation(
                context=tally.contexts[context_id],
                family=vocabulary.family(family_id),
                tagged=count,
                tagged_with_family=with_family.get(family_id, 0),
                overall=tally.overall,
                overall_with_family=overall_with_family,
            )
            for family_id, overall_with_family in tally.overall_families.items()
        )
    found.sort(
        key=lambda a: (
            -a.tagged,
            a.context.kind,
            a.context.name.casefold(),
            -abs(a.difference),
            -a.tagged_with_family,
            a.family.id,
        )
    )
    return found


# -- writing rhythm ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekOfWriting:
    week_start: date  # a Monday
    entries: int
    days_written: int


def writing_rhythm(records: Iterable[EntryRecord], first: date, last: date) -> list[WeekOfWriting]:
    """Entries in each week (Monday to Sunday) that touches ``first`` .. ``last``."""
    return rhythm_from(Counter(r.day for r in records), first, last)


def rhythm_from(entries_by_day: Mapping[date, int], first: date, last: date) -> list[WeekOfWriting]:
    """``writing_rhythm`` from the number of entries on each day."""
    entries: Counter[date] = Counter()
    days: Counter[date] = Counter()
    for day, count in entries_by_day.items():
        if first <= day <= last and count:
            monday = week_start(day)
            entries[monday] += count
            days[monday] += 1
    weeks: list[WeekOfWriting] = []
    # By day numbers: a week starting in the calendar's last days would step past its end.
    for number in range(week_start(first).toordinal(), last.toordinal() + 1, 7):
        monday = date.fromordinal(number)
        weeks.append(WeekOfWriting(monday, entries[monday], days[monday]))
    return weeks


def rhythm_sentence(weeks: Sequence[WeekOfWriting]) -> str:
    """A plain description, with no streaks and nothing to live up to."""
    total = sum(w.entries for w in weeks)
    if not weeks or total == 0:
        return "No entries in this time."
    week_word = "week" if len(weeks) == 1 else "weeks"
    entry_word = "entry" if total == 1 else "entries"
    average = total / len(weeks)
    return f"{total} {entry_word} over {len(weeks)} {week_word}, about {average:.1f} a week."


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _days_back(day: date, count: int) -> list[date]:
    """``day`` and the ``count - 1`` days before it, as far back as the calendar goes."""
    number = day.toordinal()
    return [date.fromordinal(n) for n in range(number, max(number - count, 0), -1)]


# -- exercises -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BeforeAfter:
    """Means over the records that have both ratings (0–100)."""

    pairs: int
    mean_before: float | None
    mean_after: float | None

    @property
    def change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return self.mean_after - self.mean_before


def before_after(pairs: Iterable[tuple[float | None, float | None]]) -> BeforeAfter:
    complete = [(b, a) for b, a in pairs if b is not None and a is not None]
    return BeforeAfter(
        pairs=len(complete),
        mean_before=_mean([b for b, _a in complete]),
        mean_after=_mean([a for _b, a in complete]),
    )


@dataclass(frozen=True)
class ThoughtRecordOutcome:
    """One thought record's ratings, 0–100: how strong the feelings were before and when
    re-rated afterwards (means over the feelings rated both times), how much the person
    believed the thought that stung most at first and when they looked at it again at the end,
    and how much they believed the balanced thought they wrote."""

    day: date
    distortions: tuple[str, ...] = ()
    emotion_before: float | None = None
    emotion_after: float | None = None
    belief_before: int | None = None
    belief_after: int | None = None
    entry_id: int = 0
    balanced_belief: int | None = None


def thought_record_outcome(entry_id: int, day: date, record: ThoughtRecord) -> ThoughtRecordOutcome:
    """The figures of one thought record.

    Feelings are paired by emotion id, so a feeling re-rated afterwards is compared only with
    itself; feelings named only once are left out. The belief before is the hot thought's, or
    the most believed thought's when none is marked (or the marked one has no rating); the
    belief after is the same thought re-rated at the end (Beck's outcome column), never the
    balanced thought, which is a different thought.
    """
    before: dict[str, int] = {}
    for rating in record.emotions:
        if rating.emotion and rating.intensity is not None:
            before.setdefault(rating.emotion, rating.intensity)
    after: dict[str, int] = {}
    for rating in record.emotions_after:
        if rating.emotion in before and rating.intensity is not None:
            after.setdefault(rating.emotion, rating.intensity)
    pairs = [(before[emotion_id], intensity) for emotion_id, intensity in after.items()]
    hot = [t.belief for t in record.automatic_thoughts if t.hot and t.belief is not None]
    rated = [t.belief for t in record.automatic_thoughts if t.belief is not None]
    return ThoughtRecordOutcome(
        day=day,
        distortions=tuple(dict.fromkeys(d for d in record.distortions if d)),
        emotion_before=_mean([b for b, _a in pairs]),
        emotion_after=_mean([a for _b, a in pairs]),
        belief_before=hot[0] if hot else max(rated, default=None),
        belief_after=record.hot_belief_after,
        entry_id=entry_id,
        balanced_belief=record.balanced_belief,
    )


@dataclass(frozen=True)
class ThoughtRecordSummary:
    records: int
    distortions: tuple[tuple[str, int], ...]  # most often noticed first
    emotion: BeforeAfter
    belief: BeforeAfter
    balanced_belief: float | None = None


def thought_record_summary(outcomes: Sequence[ThoughtRecordOutcome]) -> ThoughtRecordSummary:
    noticed: Counter[str] = Counter()
    for outcome in outcomes:
        noticed.update(set(outcome.distortions))
    return ThoughtRecordSummary(
        records=len(outcomes),
        distortions=tuple(sorted(noticed.items(), key=lambda item: (-item[1], item[0]))),
        emotion=before_after((o.emotion_before, o.emotion_after) for o in outcomes),
        belief=before_after((o.belief_before, o.belief_after) for o in outcomes),
        balanced_belief=_balanced_belief(outcomes),
    )


def _balanced_belief(outcomes: Iterable[ThoughtRecordOutcome]) -> float | None:
    return _mean([o.balanced_belief for o in outcomes if o.balanced_belief is not None])


PeriodUnit = Literal["week", "month"]
# Up to about three months reads best week by week; anything longer, month by month.
WEEKLY_UP_TO_DAYS = 92


def period_unit(first: date, last: date) -> PeriodUnit:
    return "week" if (last - first).days + 1 <= WEEKLY_UP_TO_DAYS else "month"


def period_start(day: date, unit: PeriodUnit) -> date:
    return week_start(day) if unit == "week" else day.replace(day=1)


def _next_period(start: date, unit: PeriodUnit) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


@dataclass(frozen=True)
class OutcomePeriod:
    """The thought records of one week (from its Monday) or one calendar month."""

    start: date
    unit: PeriodUnit
    records: int
    emotion: BeforeAfter
    belief: BeforeAfter
    balanced_belief: float | None = None


def outcomes_over_time(
    outcomes: Iterable[ThoughtRecordOutcome], first: date, last: date
) -> list[OutcomePeriod]:
    """Every week or month touching ``first`` .. ``last``, empty ones included, so a gap shows
    as a gap rather than disappearing."""
    unit = period_unit(first, last)
    grouped: dict[date, list[ThoughtRecordOutcome]] = defaultdict(list)
    for outcome in outcomes:
        if first <= outcome.day <= last:
            grouped[period_start(outcome.day, unit)].append(outcome)
    periods: list[OutcomePeriod] = []
    start = period_start(first, unit)
    while start <= last:
        found = grouped.get(start, [])
        periods.append(
            OutcomePeriod(
                start=start,
                unit=unit,
                records=len(found),
                emotion=before_after((o.emotion_before, o.emotion_after) for o in found),
                belief=before_after((o.belief_before, o.belief_after) for o in found),
                balanced_belief=_balanced_belief(found),
            )
        )
        try:
            start = _next_period(start, unit)
        except (OverflowError, ValueError):
            break
    return periods


@dataclass(frozen=True)
class CopingUse:
    """One time a coping strategy was tried, with how helpful it felt and what it cost later
    (each 0–10) if rated."""

    day: date
    strategy: str
    helpfulness: int | None = None
    distress_before: int | None = None
    distress_after: int | None = None
    entry_id: int = 0
    cost_later: int | None = None


def coping_use(entry_id: int, day: date, used: CopingToolUse) -> CopingUse | None:
    """The figures of one coping-toolbox entry; None when no strategy is named."""
    strategy = " ".join(used.tool.split())
    if not strategy:
        return None
    return CopingUse(
        day=day,
        strategy=strategy,
        helpfulness=used.helpfulness,
        distress_before=used.distress_before,
        distress_after=used.distress_after,
        entry_id=entry_id,
        cost_later=used.cost_later,
    )


@dataclass(frozen=True)
class CopingStrategySummary:
    strategy: str
    uses: int
    rated: int
    mean_helpfulness: float | None
    distress: BeforeAfter
    mean_cost_later: float | None = None


def coping_helpfulness(uses: Iterable[CopingUse]) -> list[CopingStrategySummary]:
    """Each strategy, the most helpful on average first; unrated ones after, most used first.

    Names differing only in case are one strategy, shown as first written."""
    by_strategy: dict[str, list[CopingUse]] = defaultdict(list)
    for use in uses:
        by_strategy[use.strategy.casefold()].append(use)
    summaries = []
    for tries in by_strategy.values():
        ratings = [u.helpfulness for u in tries if u.helpfulness is not None]
        summaries.append(
            CopingStrategySummary(
                strategy=tries[0].strategy,
                uses=len(tries),
                rated=len(ratings),
                mean_helpfulness=_mean(ratings),
                distress=before_after((u.distress_before, u.distress_after) for u in tries),
                mean_cost_later=_mean([u.cost_later for u in tries if u.cost_later is not None]),
            )
        )
    summaries.sort(
        key=lambda s: (s.mean_helpfulness is None, -(s.mean_helpfulness or 0), -s.uses, s.strategy)
    )
    return summaries


@dataclass(frozen=True)
class ActivityRecord:
    """One logged activity: pleasure and mastery (sense of achievement) 0–10, and the mood
    just before and once finished, 1–10 (an older log may hold a 0, kept as rated). Any of them
    may be left unrated."""

    day: date
    activity: str
    pleasure: int | None = None
    mastery: int | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    entry_id: int = 0


def activity_record(entry_id: int, day: date, log: ActivityLog) -> ActivityRecord | None:
    """The figures of one activity log; None when no activity is named, or for a plan that
    hasn't happened (yet): only what was done counts as doing."""
    activity = " ".join(log.activity.split())
    if not activity or (log.planned and log.done is not True):
        return None
    return ActivityRecord(
        day=day,
        activity=activity,
        pleasure=log.enjoyment,
        mastery=log.achievement,
        mood_before=log.mood_before,
        mood_after=log.mood_after,
        entry_id=entry_id,
    )


def activity_key(activity: str) -> str:
    """One activity however it was capitalised or spaced ("Walk " and "walk" are one)."""
    return " ".join(activity.split()).casefold()


@dataclass(frozen=True)
class ActivitySummary:
    activity: str  # as first written
    logs: int
    mean_pleasure: float | None
    mean_mastery: float | None
    mood: BeforeAfter  # over the logs with both moods rated


@dataclass(frozen=True)
class ActivityReview:
    logs: tuple[ActivityRecord, ...]
    activities: tuple[ActivitySummary, ...]  # most often logged first
    mood: BeforeAfter  # every log with both moods rated, whatever the activity


def activity_summaries(logs: Iterable[ActivityRecord]) -> list[ActivitySummary]:
    """Each activity, the most often logged first (ties: by name)."""
    by_activity: dict[str, list[ActivityRecord]] = defaultdict(list)
    for log in logs:
        by_activity[activity_key(log.activity)].append(log)
    summaries = [
        ActivitySummary(
            activity=found[0].activity,
            logs=len(found),
            mean_pleasure=_mean([g.pleasure for g in found if g.pleasure is not None]),
            mean_mastery=_mean([g.mastery for g in found if g.mastery is not None]),
            mood=before_after((g.mood_before, g.mood_after) for g in found),
        )
        for found in by_activity.values()
    ]
    summaries.sort(key=lambda s: (-s.logs, s.activity.casefold()))
    return summaries


def activity_review(logs: Iterable[ActivityRecord]) -> ActivityReview:
    kept = tuple(logs)
    return ActivityReview(
        logs=kept,
        activities=tuple(activity_summaries(kept)),
        mood=before_after((g.mood_before, g.mood_after) for g in kept),
    )


@dataclass(frozen=True)
class ExerciseReview:
    """What the thought records, coping-toolbox notes and activity logs of ``first`` ..
    ``last`` show."""

    outcomes: tuple[ThoughtRecordOutcome, ...]
    thought_records: ThoughtRecordSummary
    periods: tuple[OutcomePeriod, ...]
    uses: tuple[CopingUse, ...]
    coping: tuple[CopingStrategySummary, ...]
    activities: ActivityReview


def build_exercise_review(
    outcomes: Iterable[ThoughtRecordOutcome],
    uses: Iterable[CopingUse],
    first: date,
    last: date,
    logs: Iterable[ActivityRecord] = (),
) -> ExerciseReview:
    if first > last:
        raise ValueError("the first day is after the last")
    shown = tuple(o for o in outcomes if first <= o.day <= last)
    tried = tuple(u for u in uses if first <= u.day <= last)
    return ExerciseReview(
        outcomes=shown,
        thought_records=thought_record_summary(shown),
        periods=tuple(outcomes_over_time(shown, first, last)),
        uses=tried,
        coping=tuple(coping_helpfulness(tried)),
        activities=activity_review(g for g in logs if first <= g.day <= last),
    )


# -- the whole review ----------------------------------------------------------------------------


def previous_period(first: date, last: date) -> tuple[date, date]:
    """The period of equal length just before ``first`` .. ``last``; ``OverflowError`` when the
    calendar doesn't reach back that far (an entry dated in the year 24 by a slip is enough)."""
    length = (last - first).days + 1
    return first - timedelta(days=length), first - timedelta(days=1)


def records_needed_from(first: date, last: date) -> date:
    """The earliest day a review of ``first`` .. ``last`` reads: the previous period, and the
    six days before ``first`` that the first rolling means look back on."""
    rolling_from = _days_back(first, ROLLING_DAYS)[-1]
    try:
        return min(previous_period(first, last)[0], rolling_from)
    except OverflowError:
        return rolling_from


@dataclass(frozen=True)
class PatternReview:
    first: date
    last: date
    entries: int
    moods: tuple[DayMood, ...]
    frequency: FrequencyReport
    grid: tuple[RhythmCell, ...]
    associations: tuple[ContextAssociation, ...]
    weeks: tuple[WeekOfWriting, ...]
    min_support: int


@dataclass(frozen=True)
class ReviewTally:
    """Everything a review is computed from: each day's tally (reaching back as far as
    ``records_needed_from``), the feelings of the period and of the one before, the writing
    times' cells and the contexts."""

    days: Mapping[date, DayTally]
    current: FeelingTally
    previous: FeelingTally
    cells: Cells
    contexts: ContextTally


def build_review(
    records: Sequence[EntryRecord],
    first: date,
    last: date,
    vocabulary: EmotionVocabulary,
    min_support: int = DEFAULT_MIN_SUPPORT,
) -> PatternReview:
    """Every figure for ``first`` .. ``last``, from records reaching back to
    ``records_needed_from(first, last)``."""
    if first > last:
        raise ValueError("the first day is after the last")
    current = [r for r in records if first <= r.day <= last]
    try:
        previous_first, previous_last = previous_period(first, last)
    except OverflowError:
        previous = []
    else:
        previous = [r for r in records if previous_first <= r.day <= previous_last]
    tally = ReviewTally(
        days=day_tallies((r for r in records if r.day <= last), vocabulary),
        current=feeling_tally(current, vocabulary),
        previous=feeling_tally(previous, vocabulary),
        cells=cell_tally(current, vocabulary),
        contexts=context_tally(current, vocabulary),
    )
    return review_from(tally, first, last, vocabulary, min_support)


def review_from(
    tally: ReviewTally,
    first: date,
    last: date,
    vocabulary: EmotionVocabulary,
    min_support: int = DEFAULT_MIN_SUPPORT,
) -> PatternReview:
    """``build_review`` from the tallies (computed in the database for a large journal)."""
    if first > last:
        raise ValueError("the first day is after the last")
    return PatternReview(
        first=first,
        last=last,
        entries=tally.current.entries,
        moods=tuple(moods_by_day(tally.days, first, last)),
        frequency=frequency_from(tally.current, tally.previous, vocabulary),
        grid=tuple(grid_from(tally.cells)),
        associations=tuple(associations_from(tally.contexts, vocabulary, min_support)),
        weeks=tuple(rhythm_from({d: t.entries for d, t in tally.days.items()}, first, last)),
        min_support=min_support,
    )
