"""Pattern review figures, each checked against numbers worked out by hand.

Valences used below (from resources/emotions.json): happy 0.8, sad -0.7, calm 0.6,
anxious -0.6 and worried -0.5 (both fear), tired -0.3.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from innerspace.core.emotions import ContextTag, EmotionTag, EmotionVocabulary, load_vocabulary
from innerspace.core.entries import Entry
from innerspace.core.exercises import ActivityLog, AutomaticThought, EmotionRating, ThoughtRecord
from innerspace.core.exercises import CopingUse as CopingToolUse
from innerspace.core.patterns import (
    ActivityRecord,
    ContextAssociation,
    CopingUse,
    EntryRecord,
    ThoughtRecordOutcome,
    activity_record,
    activity_review,
    build_exercise_review,
    build_review,
    context_associations,
    coping_helpfulness,
    coping_use,
    daily_moods,
    emotion_frequency,
    mood_calendar,
    mood_from_emotions,
    outcomes_over_time,
    percent,
    previous_period,
    records_needed_from,
    rhythm_sentence,
    thought_record_outcome,
    thought_record_summary,
    valence_to_mood,
    weekday_time_grid,
    writing_rhythm,
)
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.exercise_records import (
    activity_logs,
    coping_uses,
    thought_record_outcomes,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.pattern_queries import (
    entries_in_period,
    entries_with_activity,
    entries_with_distortion,
    entries_with_strategy,
    load_patterns,
)
from innerspace.storage.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")
WORK = ContextTag(1, "activity", "work")
SAM = ContextTag(2, "people", "Sam")
CAUSAL = re.compile(r"\b(because|caus\w*|made|makes|leads?|led|trigger\w*|due)\b", re.IGNORECASE)
GUILT = re.compile(r"\b(streak\w*|miss\w*|only|should|broke|behind|failed)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def vocabulary() -> EmotionVocabulary:
    return load_vocabulary()


_ids = iter(range(1, 10_000))


def rec(
    when: str,
    *emotions: tuple[str, int] | tuple[str, int, str],
    mood: int | None = None,
    contexts: tuple[ContextTag, ...] = (),
) -> EntryRecord:
    return EntryRecord(
        entry_id=next(_ids),
        written=datetime.fromisoformat(when),
        mood=mood,
        emotions=tuple(EmotionTag(*e) for e in emotions),
        contexts=contexts,
    )


def d(text: str) -> date:
    return date.fromisoformat(text)


# -- mood ----------------------------------------------------------------------------------------


def test_valence_maps_onto_the_mood_scale(vocabulary: EmotionVocabulary) -> None:
    assert valence_to_mood(-1) == 1
    assert valence_to_mood(0) == 5.5
    assert valence_to_mood(1) == 10
    # happy 30, sad 60: (0.8*30 - 0.7*60) / 90 = -0.2, and 1 + 0.8/2*9 = 4.6
    assert mood_from_emotions([("happy", 30), ("sad", 60)], vocabulary) == pytest.approx(4.6)
    assert mood_from_emotions([("happy", 0), ("not_a_word", 50)], vocabulary) is None
    assert mood_from_emotions([], vocabulary) is None


def test_daily_mood_prefers_ratings_and_says_which_source_it_used(
    vocabulary: EmotionVocabulary,
) -> None:
    records = [
        rec("2024-05-01T08:00+02:00", mood=6),
        rec("2024-05-01T21:00+02:00", ("sad", 90), mood=8),
        rec("2024-05-02T12:00+02:00", ("happy", 30), ("sad", 60)),
        rec("2024-05-03T12:00+02:00", mood=4),
        rec("2024-05-03T13:00+02:00", ("happy", 100)),
        rec("2024-05-04T12:00+02:00"),
        # An exercise's 'after' rating is not what the person felt that day.
        rec("2024-05-04T13:00+02:00", ("happy", 100, "after")),
    ]

    days = daily_moods(records, d("2024-05-01"), d("2024-05-10"), vocabulary)

    assert [(m.day.day, m.mood, m.source, m.entries) for m in days[:5]] == [
        (1, 7.0, "rating", 2),
        (2, pytest.approx(4.6), "emotions", 1),
        (3, 4.0, "rating", 2),
        (4, None, "none", 2),
        (5, None, "none", 0),
    ]
    rolling = [m.rolling for m in days]
    assert rolling[0] == 7.0
    assert rolling[1] == pytest.approx((7 + 4.6) / 2)
    assert rolling[4] == pytest.approx((7 + 4.6 + 4) / 3)
    assert rolling[6] == pytest.approx((7 + 4.6 + 4) / 3)  # 7 May looks back to 1 May
    assert rolling[7] == pytest.approx((4.6 + 4) / 2)
    assert rolling[8] == 4.0
    assert rolling[9] is None


def test_the_rolling_mean_looks_back_before_the_range(vocabulary: EmotionVocabulary) -> None:
    records = [rec("2024-05-01T08:00+02:00", mood=2), rec("2024-05-02T08:00+02:00", mood=8)]
    days = daily_moods(records, d("2024-05-02"), d("2024-05-02"), vocabulary)
    assert [(m.mood, m.rolling) for m in days] == [(8.0, 5.0)]


def test_the_calendar_has_a_cell_for_every_day_of_a_leap_year(
    vocabulary: EmotionVocabulary,
) -> None:
    cells = mood_calendar([rec("2024-12-31T23:30+09:00", mood=9)], 2024, vocabulary)
    assert len(cells) == 366
    assert (cells[-1].day, cells[-1].mood) == (d("2024-12-31"), 9.0)
    assert sum(c.entries for c in cells) == 1


# -- frequency -----------------------------------------------------------------------------------


def test_emotion_frequency_by_word_and_family_against_the_previous_period(
    vocabulary: EmotionVocabulary,
) -> None:
    current = [
        rec("2024-05-08T09:00+02:00", ("anxious", 80), ("sad", 40)),
        rec("2024-05-09T09:00+02:00", ("anxious", 60), ("worried", 50)),
        rec("2024-05-10T09:00+02:00", ("calm", 70), ("anxious", 10, "after")),
        rec("2024-05-11T09:00+02:00", ("mystery", 30)),
    ]
    previous = [rec("2024-05-01T09:00+02:00", ("anxious", 20))]

    report = emotion_frequency(current, previous, vocabulary)

    assert (report.entries, report.previous_entries) == (4, 1)
    words = [(w.key, w.entries, w.mean_intensity, w.previous_entries) for w in report.words]
    assert words == [
        ("anxious", 2, 70.0, 1),
        ("calm", 1, 70.0, 0),
        ("worried", 1, 50.0, 0),
        ("sad", 1, 40.0, 0),
        ("mystery", 1, 30.0, 0),
    ]
    anxious = report.words[0]
    assert (anxious.label, anxious.family, anxious.previous_mean_intensity) == (
        "anxious",
        "fear",
        20.0,
    )
    assert anxious.change == 1
    # fear: the strongest fear word in each entry, 80 and 60.
    families = [(f.key, f.label, f.entries, f.mean_intensity) for f in report.families]
    assert families == [
        ("fear", "Fear and anxiety", 2, 70.0),
        ("calm", "Calm", 1, 70.0),
        ("sadness", "Sadness", 1, 40.0),
    ]


def test_a_feeling_only_in_the_previous_period_is_still_listed(
    vocabulary: EmotionVocabulary,
) -> None:
    report = emotion_frequency([], [rec("2024-05-01T09:00+02:00", ("tired", 40))], vocabulary)
    assert [(w.key, w.entries, w.mean_intensity, w.change) for w in report.words] == [
        ("tired", 0, None, -1)
    ]


# -- local time, time zones and daylight saving --------------------------------------------------


def test_entries_count_on_their_writer_s_local_day_and_hour(
    vocabulary: EmotionVocabulary,
) -> None:
    tokyo_late = rec("2024-03-05T23:30+09:00", mood=5)  # 14:30 UTC on the 5th
    tokyo_after_midnight = rec("2024-03-06T00:30+09:00", mood=7)  # 15:30 UTC on the 5th
    new_york = rec("2024-03-05T22:00-05:00", mood=3)  # 03:00 UTC on the 6th

    days = daily_moods(
        [tokyo_late, tokyo_after_midnight, new_york], d("2024-03-05"), d("2024-03-06"), vocabulary
    )

    assert [(m.day.day, m.entries, m.mood) for m in days] == [(5, 2, 4.0), (6, 1, 7.0)]
    grid = {
        (c.weekday, c.time_of_day): c
        for c in weekday_time_grid([tokyo_late, tokyo_after_midnight, new_york], vocabulary)
    }
    assert grid[(1, "evening")].entries == 2  # Tuesday evening, in Tokyo and in New York
    assert grid[(1, "evening")].mean_mood == 4.0
    assert grid[(2, "night")].entries == 1  # Wednesday night
    assert sum(c.entries for c in grid.values()) == 3
    assert len(grid) == 28


def test_a_daylight_saving_change_keeps_local_days_and_hours(
    journal: Journal, vocabulary: EmotionVocabulary
) -> None:
    """Berlin moved from UTC+1 to UTC+2 at 02:00 on 31 March 2024; times go through the vault."""
    feelings = Feelings(journal.vault)
    times = [
        datetime(2024, 3, 30, 23, 30, tzinfo=BERLIN),  # Saturday evening, UTC+1
        datetime(2024, 3, 31, 1, 30, tzinfo=BERLIN),  # Sunday night, UTC+1
        datetime(2024, 3, 31, 3, 30, tzinfo=BERLIN),  # Sunday night, UTC+2
        datetime(2024, 3, 31, 23, 30, tzinfo=BERLIN),  # Sunday evening, UTC+2 (21:30 UTC)
        datetime(2024, 4, 1, 0, 30, tzinfo=BERLIN),  # Monday night, 22:30 UTC on Sunday
    ]
    for moment, rating in zip(times, (2, 4, 6, 8, 10), strict=True):
        entry_id = journal.add(Entry(body="…", created=moment)).id or 0
        feelings.set_mood(entry_id, rating)

    records = feelings.records(d("2024-03-30"), d("2024-04-01"))

    assert [r.written.utcoffset() for r in records] == [timedelta(hours=h) for h in (1, 1, 2, 2, 2)]
    days = daily_moods(records, d("2024-03-30"), d("2024-04-01"), vocabulary)
    assert [(m.entries, m.mood) for m in days] == [(1, 2.0), (3, 6.0), (1, 10.0)]
    grid = {(c.weekday, c.time_of_day): c.entries for c in weekday_time_grid(records, vocabulary)}
    assert grid[(5, "evening")] == 1
    assert grid[(6, "night")] == 2
    assert grid[(6, "evening")] == 1
    assert grid[(0, "night")] == 1
    weeks = writing_rhythm(records, d("2024-03-30"), d("2024-04-01"))
    assert [(w.week_start, w.entries, w.days_written) for w in weeks] == [
        (d("2024-03-25"), 4, 2),
        (d("2024-04-01"), 1, 1),
    ]


# -- context and feelings ------------------------------------------------------------------------


def _association_records() -> list[EntryRecord]:
    at = "2024-05-01T12:00+02:00"
    return [
        rec(at, ("anxious", 70), contexts=(WORK,)),
        rec(at, ("worried", 50), ("anxious", 20), contexts=(WORK, SAM)),
        rec(at, ("anxious", 40), contexts=(WORK,)),
        rec(at, ("calm", 60), contexts=(WORK, SAM)),
        rec(at, contexts=(WORK,)),  # no feelings named: not counted on either side
        rec(at, ("anxious", 30)),
        *(rec(at, ("calm", 50)) for _ in range(5)),
    ]


def test_associations_count_families_in_tagged_entries_against_all_entries(
    vocabulary: EmotionVocabulary,
) -> None:
    found = context_associations(_association_records(), vocabulary, min_support=3)

    # 10 entries name feelings: fear in 4 (40%), calm in 6 (60%). Of 4 tagged work: fear 3, calm 1.
    assert [(a.context.name, a.family.id, a.tagged_with_family, a.tagged) for a in found] == [
        ("work", "fear", 3, 4),
        ("work", "calm", 1, 4),
    ]
    fear, calm = found
    assert (fear.overall_with_family, fear.overall) == (4, 10)
    assert fear.difference == pytest.approx(35)
    assert calm.difference == pytest.approx(-35)
    assert fear.sentence() == (
        "Fear and anxiety appeared in 3 of 4 entries tagged *work* (75%), against 40% overall."
    )
    assert (
        calm.sentence()
        == "Calm appeared in 1 of 4 entries tagged *work* (25%), against 60% overall."
    )
    for association in found:
        assert not CAUSAL.search(association.sentence())


def test_the_minimum_number_of_entries_is_configurable(vocabulary: EmotionVocabulary) -> None:
    found = context_associations(_association_records(), vocabulary, min_support=2)
    assert {(a.context.name, a.family.id): a.tagged_with_family for a in found} == {
        ("work", "fear"): 3,
        ("work", "calm"): 1,
        ("Sam", "fear"): 1,
        ("Sam", "calm"): 1,
    }
    assert context_associations(_association_records(), vocabulary) == []  # default 5


def test_the_association_sentence_reads_as_in_the_review(vocabulary: EmotionVocabulary) -> None:
    association = ContextAssociation(
        context=ContextTag(1, "situation", "work"),
        family=vocabulary.family("fear"),
        tagged=20,
        tagged_with_family=12,
        overall=80,
        overall_with_family=20,
    )
    assert association.sentence() == (
        "Fear and anxiety appeared in 12 of 20 entries tagged *work* (60%), against 25% overall."
    )
    assert [percent(1, 3), percent(2, 3), percent(1, 8), percent(0, 0)] == [
        "33%",
        "67%",
        "13%",
        "–",
    ]


# -- writing rhythm ------------------------------------------------------------------------------


def test_writing_rhythm_counts_entries_per_week_without_streaks() -> None:
    records = [
        rec("2024-04-30T09:00+02:00"),  # before the range
        rec("2024-05-01T09:00+02:00"),
        rec("2024-05-01T21:00+02:00"),
        rec("2024-05-02T09:00+02:00"),
        rec("2024-05-13T09:00+02:00"),
    ]

    weeks = writing_rhythm(records, d("2024-05-01"), d("2024-05-14"))

    assert [(w.week_start, w.entries, w.days_written) for w in weeks] == [
        (d("2024-04-29"), 3, 2),
        (d("2024-05-06"), 0, 0),
        (d("2024-05-13"), 1, 1),
    ]
    sentence = rhythm_sentence(weeks)
    assert sentence == "4 entries over 3 weeks, about 1.3 a week."
    assert not GUILT.search(sentence)
    assert rhythm_sentence([]) == "No entries in this time."


# -- exercises -----------------------------------------------------------------------------------


def test_thought_record_outcomes_average_the_complete_before_and_after_pairs() -> None:
    outcomes = [
        ThoughtRecordOutcome(d("2024-05-01"), ("catastrophising", "mind_reading"), 80, 40, 90, 50),
        ThoughtRecordOutcome(d("2024-05-02"), ("catastrophising",), 60, 50, 70, None),
        ThoughtRecordOutcome(d("2024-05-03"), ("catastrophising", "catastrophising"), None, 30),
    ]

    summary = thought_record_summary(outcomes)

    assert summary.records == 3
    assert summary.distortions == (("catastrophising", 3), ("mind_reading", 1))
    assert (summary.emotion.pairs, summary.emotion.mean_before, summary.emotion.mean_after) == (
        2,
        70.0,
        45.0,
    )
    assert summary.emotion.change == -25.0
    assert (summary.belief.pairs, summary.belief.change) == (1, -40.0)
    empty = thought_record_summary([])
    assert (empty.records, empty.distortions, empty.emotion.change) == (0, (), None)


def test_coping_strategies_by_how_helpful_they_felt() -> None:
    uses = [
        CopingUse(d("2024-05-01"), "walk", 8, 70, 40),
        CopingUse(d("2024-05-02"), "walk", 6, 50, 30),
        CopingUse(d("2024-05-02"), "music"),
        CopingUse(d("2024-05-03"), "music"),
        CopingUse(d("2024-05-03"), "breathing", 9),
    ]

    found = coping_helpfulness(uses)

    assert [(s.strategy, s.uses, s.rated, s.mean_helpfulness) for s in found] == [
        ("breathing", 1, 1, 9.0),
        ("walk", 2, 2, 7.0),
        ("music", 2, 0, None),
    ]
    walk = found[1].distress
    assert (walk.mean_before, walk.mean_after, walk.change) == (60.0, 35.0, -25.0)
    assert [s.mean_cost_later for s in found] == [None, None, None]
    assert coping_helpfulness([]) == []


def test_what_coping_cost_later_is_kept_beside_how_it_helped() -> None:
    uses = [
        CopingUse(d("2024-05-01"), "a drink", 9, 8, 3, cost_later=8),
        CopingUse(d("2024-05-02"), "A drink", 7, cost_later=6),
        CopingUse(d("2024-05-02"), "a drink", 8),
        CopingUse(d("2024-05-03"), "walk", 6, cost_later=0),
    ]

    found = {s.strategy: s for s in coping_helpfulness(uses)}

    # Relief and cost side by side, each its own average: a drink helped 8.0 and cost 7.0.
    assert (found["a drink"].mean_helpfulness, found["a drink"].mean_cost_later) == (8.0, 7.0)
    assert (found["walk"].mean_helpfulness, found["walk"].mean_cost_later) == (6.0, 0.0)


def _thought_record(
    before: list[tuple[str, int | None]],
    after: list[tuple[str, int | None]],
    thoughts: list[tuple[int | None, bool]],
    balanced: int | None,
    distortions: tuple[str, ...] = (),
    again: int | None = None,
) -> ThoughtRecord:
    return ThoughtRecord(
        situation="The meeting",
        emotions=[EmotionRating(e, i) for e, i in before],
        automatic_thoughts=[AutomaticThought("They think I'm useless", b, h) for b, h in thoughts],
        distortions=list(distortions),
        balanced_thought="One comment isn't a verdict",
        balanced_belief=balanced,
        emotions_after=[EmotionRating(e, i) for e, i in after],
        hot_belief_after=again,
    )


def test_a_thought_records_feelings_are_paired_by_emotion() -> None:
    record = _thought_record(
        before=[("anxious", 80), ("ashamed", 60), ("sad", 50), ("angry", None)],
        # ashamed re-rated 30, anxious 40; sad not re-rated; calm only afterwards; angry unrated
        after=[("calm", 50), ("ashamed", 30), ("anxious", 40), ("angry", 10)],
        thoughts=[(90, False), (70, True)],
        balanced=60,
        distortions=("mind-reading", "labelling", "mind-reading", ""),
        again=45,
    )

    outcome = thought_record_outcome(7, d("2024-05-02"), record)

    assert outcome.entry_id == 7 and outcome.day == d("2024-05-02")
    # pairs (80, 40) and (60, 30): before (80 + 60) / 2 = 70, after (40 + 30) / 2 = 35
    assert (outcome.emotion_before, outcome.emotion_after) == (70.0, 35.0)
    # the hot thought's 70, not the higher 90, then that same thought looked at again: 45.
    # The balanced thought's 60 is another thought's and is kept apart.
    assert (outcome.belief_before, outcome.belief_after) == (70, 45)
    assert outcome.balanced_belief == 60
    assert outcome.distortions == ("mind-reading", "labelling")


def test_without_a_hot_thought_the_most_believed_one_counts() -> None:
    unmarked = _thought_record([("sad", 50)], [], [(40, False), (85, False), (None, False)], 55)
    hot_unrated = _thought_record([], [], [(None, True), (65, False)], None)
    nothing = _thought_record([], [], [], None)

    assert thought_record_outcome(1, d("2024-05-01"), unmarked).belief_before == 85
    assert thought_record_outcome(1, d("2024-05-01"), unmarked).emotion_before is None
    assert thought_record_outcome(1, d("2024-05-01"), hot_unrated).belief_before == 65
    empty = thought_record_outcome(1, d("2024-05-01"), nothing)
    assert (empty.emotion_before, empty.emotion_after, empty.belief_before) == (None, None, None)


def test_outcomes_over_time_by_week_and_by_month() -> None:
    outcomes = [
        ThoughtRecordOutcome(d("2024-05-06"), (), 80, 50, 90, 40, entry_id=1),  # Monday
        ThoughtRecordOutcome(d("2024-05-12"), (), 60, 40, None, 30, entry_id=2),  # Sunday
        ThoughtRecordOutcome(d("2024-05-20"), (), 70, None, 80, 60, entry_id=3),
        ThoughtRecordOutcome(d("2024-06-30"), (), 50, 20, 70, 50, entry_id=4),  # out of range
    ]

    weeks = outcomes_over_time(outcomes, d("2024-05-08"), d("2024-05-25"))

    assert [(w.start, w.unit, w.records) for w in weeks] == [
        (d("2024-05-06"), "week", 1),
        (d("2024-05-13"), "week", 0),
        (d("2024-05-20"), "week", 1),
    ]
    # the Monday 6 May record is before 8 May, so only the Sunday one counts in that week
    assert (weeks[0].emotion.mean_before, weeks[0].emotion.mean_after) == (60.0, 40.0)
    assert weeks[0].belief.pairs == 0
    assert weeks[2].emotion.pairs == 0 and weeks[2].belief.change == -20.0

    months = outcomes_over_time(outcomes, d("2023-12-15"), d("2024-06-30"))
    assert [m.start for m in months] == [
        d("2023-12-01"),
        d("2024-01-01"),
        d("2024-02-01"),
        d("2024-03-01"),
        d("2024-04-01"),
        d("2024-05-01"),
        d("2024-06-01"),
    ]
    may, june = months[5], months[6]
    # May: feelings pairs (80, 50) and (60, 40); belief pairs (90, 40) and (80, 60)
    assert (may.records, may.emotion.mean_before, may.emotion.mean_after) == (3, 70.0, 45.0)
    assert (may.belief.mean_before, may.belief.mean_after, may.belief.change) == (85.0, 50.0, -35.0)
    assert (june.records, june.emotion.change) == (1, -30.0)


def test_a_coping_note_becomes_a_use_of_its_strategy() -> None:
    note = CopingToolUse("  Walk   round the block ", "movement", 7, 4, 8, "helped")
    use = coping_use(3, d("2024-05-01"), note)
    assert use == CopingUse(d("2024-05-01"), "Walk round the block", 8, 7, 4, entry_id=3)
    assert coping_use(4, d("2024-05-01"), CopingToolUse(" ")) is None

    found = coping_helpfulness(
        [use, CopingUse(d("2024-05-02"), "walk round the block", 6, None, None, entry_id=5)]
    )
    assert [(s.strategy, s.uses, s.mean_helpfulness, s.distress.pairs) for s in found] == [
        ("Walk round the block", 2, 7.0, 1)
    ]


def test_the_exercise_review_keeps_to_its_range() -> None:
    outcomes = [
        ThoughtRecordOutcome(d("2024-04-30"), ("labelling",), 90, 10, entry_id=1),
        ThoughtRecordOutcome(d("2024-05-03"), ("labelling",), 80, 60, entry_id=2),
    ]
    uses = [CopingUse(d("2024-05-08"), "music", 5, entry_id=3)]

    review = build_exercise_review(outcomes, uses, d("2024-05-01"), d("2024-05-07"))

    assert [o.entry_id for o in review.outcomes] == [2]
    assert review.thought_records.emotion.change == -20.0
    assert review.thought_records.distortions == (("labelling", 1),)
    assert review.uses == () and review.coping == ()
    with pytest.raises(ValueError):
        build_exercise_review([], [], d("2024-05-02"), d("2024-05-01"))


def _exercise(
    journal: Journal, when: str, kind: str, fields: dict[str, object], status: str = "complete"
) -> int:
    entry = Entry(kind=kind, fields={**fields, "status": status}, created=dt(when), body="…")
    return journal.add(entry).id or 0


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_exercise_figures_from_a_real_vault(vault: Vault, journal: Journal) -> None:
    trap = DistortionList(vault).add_custom("Comparing myself")
    first = _exercise(
        journal,
        "2024-05-02T20:00+02:00",
        ThoughtRecord.KIND,
        _thought_record(
            [("anxious", 80), ("sad", 40)],
            [("anxious", 50), ("sad", 30)],
            [(90, True)],
            60,
            ("catastrophising", trap.id),
            again=60,
        ).to_fields(),
    )
    # 23:30 in UTC+09:00 on 7 May: the writer's 7 May, though it is still 6 May in UTC.
    second = _exercise(
        journal,
        "2024-05-07T23:30+09:00",
        ThoughtRecord.KIND,
        _thought_record(
            [("guilty", 70)], [("guilty", 60)], [(80, False)], 50, (trap.id,), again=50
        ).to_fields(),
    )
    _exercise(journal, "2024-05-03T20:00+02:00", ThoughtRecord.KIND, {"situation": "half"}, "draft")
    _exercise(
        journal, "2024-05-04T20:00+02:00", ThoughtRecord.KIND, {"balanced_belief": 250}
    )  # out of range: skipped
    _exercise(journal, "2024-05-05T20:00+02:00", ThoughtRecord.KIND, {"emotions": "lots"})
    broken = _exercise(journal, "2024-05-05T21:00+02:00", ThoughtRecord.KIND, {})
    with vault.transaction() as db:
        db.execute("UPDATE entries SET fields = '[1, 2' WHERE id = ?", (broken,))
    _exercise(journal, "2024-05-08T08:00+02:00", ThoughtRecord.KIND, {})  # after the range
    walk = _exercise(
        journal,
        "2024-05-01T12:00+02:00",
        CopingToolUse.KIND,
        CopingToolUse("Walk", "movement", 7, 3, 8).to_fields(),
    )
    music = _exercise(
        journal, "2024-05-02T12:00+02:00", CopingToolUse.KIND, CopingToolUse("Music").to_fields()
    )
    walk_again = _exercise(
        journal,
        "2024-05-06T12:00+02:00",
        CopingToolUse.KIND,
        CopingToolUse("walk", "", 6, 4, 6).to_fields(),
    )
    _exercise(journal, "2024-05-06T13:00+02:00", CopingToolUse.KIND, {"helpfulness": "a lot"})
    _exercise(journal, "2024-05-06T14:00+02:00", CopingToolUse.KIND, {"tool": "Bath"}, "draft")
    journal.add(Entry(body="a plain note", created=dt("2024-05-03T09:00+02:00")))

    outcomes = thought_record_outcomes(vault, d("2024-05-01"), d("2024-05-07"))
    assert [(o.entry_id, o.day) for o in outcomes] == [
        (first, d("2024-05-02")),
        (second, d("2024-05-07")),
    ]
    uses = coping_uses(vault, d("2024-05-01"), d("2024-05-07"))
    assert [u.entry_id for u in uses] == [walk, music, walk_again]

    data = load_patterns(Feelings(vault), d("2024-05-01"), d("2024-05-07"), load_vocabulary())
    summary = data.exercises.thought_records
    assert summary.records == 2
    # first: feelings (80 + 40) / 2 = 60 → (50 + 30) / 2 = 40; second: 70 → 60
    # means 65 → 50, a change of -15; belief 90 → 60 and 80 → 50: 85 → 55.
    # Walk: distress (7 + 6) / 2 = 6.5 → (3 + 4) / 2 = 3.5, helpfulness (8 + 6) / 2 = 7
    assert (summary.emotion.mean_before, summary.emotion.mean_after) == (65.0, 50.0)
    assert summary.emotion.change == -15.0
    assert (summary.belief.mean_before, summary.belief.mean_after) == (85.0, 55.0)
    assert summary.distortions == ((trap.id, 2), ("catastrophising", 1))
    assert data.distortion_names[trap.id] == "Comparing myself"
    assert data.distortion_names["catastrophising"] == "Catastrophising"
    assert entries_with_distortion(data.exercises, "catastrophising") == [first]
    weeks = data.exercises.periods
    assert [(w.start, w.records) for w in weeks] == [(d("2024-04-29"), 1), (d("2024-05-06"), 1)]
    assert entries_in_period(data.exercises, weeks[1]) == [second]
    coping = {s.strategy: s for s in data.exercises.coping}
    assert list(coping) == ["Walk", "Music"]
    assert (coping["Walk"].uses, coping["Walk"].mean_helpfulness) == (2, 7.0)
    assert (coping["Walk"].distress.mean_before, coping["Walk"].distress.mean_after) == (6.5, 3.5)
    assert (coping["Music"].uses, coping["Music"].mean_helpfulness) == (1, None)
    assert entries_with_strategy(data.exercises, "Walk") == [walk, walk_again]


# -- activities and mood -------------------------------------------------------------------------


def act(
    day: str,
    activity: str,
    pleasure: int | None = None,
    mastery: int | None = None,
    before: int | None = None,
    after: int | None = None,
) -> ActivityRecord:
    return ActivityRecord(d(day), activity, pleasure, mastery, before, after, next(_ids))


def test_activities_by_name_with_their_means_and_moods() -> None:
    logs = [
        act("2024-05-01", "Walk", 8, 4, 4, 7),
        act("2024-05-02", "walk", 6, None, 5, 6),
        act("2024-05-03", "Walk", None, 2, 6, None),  # no mood after: left out of the moods
        act("2024-05-03", "Tidy a drawer", 3, 8, 5, 5),
        act("2024-05-04", "Reading", 7, 3),
        act("2024-05-05", "Reading", 9, 5),
    ]

    review = activity_review(logs)

    walk, reading, tidy = review.activities  # most logged first, then by name
    # Walk: pleasure (8 + 6) / 2 = 7, mastery (4 + 2) / 2 = 3, moods (4 + 5) / 2 = 4.5 →
    # (7 + 6) / 2 = 6.5 over the two logs with both: 2 points higher.
    assert (walk.activity, walk.logs, walk.mean_pleasure, walk.mean_mastery) == ("Walk", 3, 7, 3)
    assert (walk.mood.pairs, walk.mood.mean_before, walk.mood.mean_after) == (2, 4.5, 6.5)
    assert walk.mood.change == 2.0
    assert (reading.logs, reading.mean_pleasure, reading.mean_mastery) == (2, 8.0, 4.0)
    assert reading.mood.pairs == 0 and reading.mood.change is None
    assert (tidy.logs, tidy.mood.change) == (1, 0.0)
    # Overall, every log with both moods: (4 + 5 + 5) / 3 → (7 + 6 + 5) / 3, i.e. 14/3 → 6.
    assert review.mood.pairs == 3
    assert review.mood.mean_before == pytest.approx(14 / 3)
    assert review.mood.mean_after == 6.0
    assert len(review.logs) == 6


def test_an_activity_log_is_trimmed_and_needs_a_name() -> None:
    logged = ActivityLog(
        "  Call   a friend ", minutes=20, mood_before=3, mood_after=6, enjoyment=7, achievement=2
    )
    found = activity_record(9, d("2024-05-01"), logged)
    assert found == ActivityRecord(d("2024-05-01"), "Call a friend", 7, 2, 3, 6, 9)
    assert activity_record(9, d("2024-05-01"), ActivityLog("   ")) is None
    same = activity_review(
        [act("2024-05-01", "Call a friend"), act("2024-05-02", "call a FRIEND ")]
    )
    assert [(a.activity, a.logs) for a in same.activities] == [("Call a friend", 2)]


def test_the_exercise_review_keeps_activities_to_its_range() -> None:
    logs = [act("2024-04-30", "Walk", 5), act("2024-05-02", "Walk", 7), act("2024-05-08", "Run")]
    review = build_exercise_review([], [], d("2024-05-01"), d("2024-05-07"), logs)
    assert [g.entry_id for g in review.activities.logs] == [logs[1].entry_id]
    assert [(a.activity, a.mean_pleasure) for a in review.activities.activities] == [("Walk", 7.0)]
    assert build_exercise_review([], [], d("2024-05-01"), d("2024-05-07")).activities.logs == ()


def _log(
    activity: str,
    before: int | None = None,
    after: int | None = None,
    pleasure: int | None = None,
    mastery: int | None = None,
) -> dict[str, object]:
    return ActivityLog(
        activity, mood_before=before, mood_after=after, enjoyment=pleasure, achievement=mastery
    ).to_fields()


def test_activity_logs_from_a_real_vault(vault: Vault, journal: Journal) -> None:
    walk = _exercise(
        journal,
        "2024-05-01T18:00+02:00",
        ActivityLog.KIND,
        _log("Walk", before=4, after=8, pleasure=7, mastery=4),
    )
    # 23:30 in UTC+09:00 on 7 May: the writer's 7 May, though it is still 6 May in UTC.
    walk_again = _exercise(
        journal,
        "2024-05-07T23:30+09:00",
        ActivityLog.KIND,
        _log(" walk", before=5, after=6, pleasure=6),
    )
    tidy = _exercise(
        journal,
        "2024-05-03T10:00+02:00",
        ActivityLog.KIND,
        _log("Tidy a drawer", before=5, after=5, pleasure=2, mastery=8),
    )
    _exercise(journal, "2024-05-02T10:00+02:00", ActivityLog.KIND, {"activity": "Run"}, "draft")
    _exercise(journal, "2024-05-04T10:00+02:00", ActivityLog.KIND, {"activity": "", "planned": 0})
    _exercise(journal, "2024-05-04T11:00+02:00", ActivityLog.KIND, {"mood_after": 11})
    _exercise(journal, "2024-05-04T12:00+02:00", ActivityLog.KIND, {"activity": ["Swim"]})
    _exercise(journal, "2024-05-04T13:00+02:00", ActivityLog.KIND, {"activity": "   "})
    broken = _exercise(journal, "2024-05-05T10:00+02:00", ActivityLog.KIND, {})
    with vault.transaction() as db:
        db.execute("UPDATE entries SET fields = 'not json' WHERE id = ?", (broken,))
    _exercise(journal, "2024-05-08T10:00+02:00", ActivityLog.KIND, {"activity": "Walk"})

    logs = activity_logs(vault, d("2024-05-01"), d("2024-05-07"))
    assert [(g.entry_id, g.day, g.activity) for g in logs] == [
        (walk, d("2024-05-01"), "Walk"),
        (tidy, d("2024-05-03"), "Tidy a drawer"),
        (walk_again, d("2024-05-07"), "walk"),
    ]

    data = load_patterns(Feelings(vault), d("2024-05-01"), d("2024-05-07"), load_vocabulary())
    review = data.exercises.activities
    walks, tidying = review.activities
    # Walk: pleasure (7 + 6) / 2 = 6.5, mastery 4 (rated once), mood (4 + 5) / 2 = 4.5 →
    # (8 + 6) / 2 = 7, a change of 2.5.
    assert (walks.activity, walks.logs, walks.mean_pleasure, walks.mean_mastery) == (
        "Walk",
        2,
        6.5,
        4.0,
    )
    assert (walks.mood.mean_before, walks.mood.mean_after, walks.mood.change) == (4.5, 7.0, 2.5)
    assert (tidying.mean_pleasure, tidying.mean_mastery, tidying.mood.change) == (2.0, 8.0, 0.0)
    # Overall: (4 + 5 + 5) / 3 → (8 + 6 + 5) / 3
    assert review.mood.pairs == 3
    assert review.mood.change == pytest.approx(5 / 3)
    assert entries_with_activity(data.exercises, "WALK ") == [walk, walk_again]
    assert entries_with_activity(data.exercises, "Tidy a drawer") == [tidy]


# -- the whole review ----------------------------------------------------------------------------


def test_the_previous_period_has_the_same_length() -> None:
    assert previous_period(d("2024-05-08"), d("2024-05-14")) == (d("2024-05-01"), d("2024-05-07"))
    assert previous_period(d("2024-03-01"), d("2024-03-01")) == (d("2024-02-29"), d("2024-02-29"))
    assert records_needed_from(d("2024-05-14"), d("2024-05-14")) == d("2024-05-08")
    # 2024 has 366 days, so the year before it reaches back to the last day of 2022.
    assert records_needed_from(d("2024-01-01"), d("2024-12-31")) == d("2022-12-31")


def test_an_empty_range_gives_empty_figures(vocabulary: EmotionVocabulary) -> None:
    review = build_review([], d("2024-05-01"), d("2024-05-07"), vocabulary)

    assert review.entries == 0
    assert [(m.mood, m.source, m.rolling) for m in review.moods] == [(None, "none", None)] * 7
    assert review.frequency.words == () == review.frequency.families
    assert len(review.grid) == 28 and all(
        c.entries == 0 and c.mean_mood is None for c in review.grid
    )
    assert review.associations == ()
    assert [w.entries for w in review.weeks] == [0, 0]
    with pytest.raises(ValueError):
        build_review([], d("2024-05-02"), d("2024-05-01"), vocabulary)


def test_a_review_of_one_entry(vocabulary: EmotionVocabulary) -> None:
    only = rec("2024-05-03T07:15+02:00", ("tired", 50), contexts=(WORK,))
    earlier = rec("2024-04-30T07:15+02:00", ("tired", 30))

    review = build_review([earlier, only], d("2024-05-01"), d("2024-05-07"), vocabulary)

    assert review.entries == 1
    mood = 1 + (1 - 0.3) / 2 * 9  # tired alone: 4.15
    assert [m.mood for m in review.moods if m.mood is not None] == [pytest.approx(mood)]
    assert [m.source for m in review.moods][2] == "emotions"
    tired = review.frequency.words[0]
    assert (tired.key, tired.entries, tired.mean_intensity) == ("tired", 1, 50.0)
    assert (tired.previous_entries, tired.previous_mean_intensity) == (1, 30.0)
    assert [(c.weekday, c.time_of_day) for c in review.grid if c.entries] == [(4, "morning")]
    assert review.associations == ()  # one entry is below the minimum of five
    assert [w.entries for w in review.weeks] == [1, 0]  # Wednesday to Tuesday touches two weeks
