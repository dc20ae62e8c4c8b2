"""`innerspace review`: the pattern review's figures, as text or JSON."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from innerspace.cli import output, passphrase
from innerspace.cli.dates import parse_day
from innerspace.cli.entry_commands import positive
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.core.checkins import CheckinSummary, checkin_label, scale_sentence
from innerspace.core.entries import local_now
from innerspace.core.patterns import (
    DEFAULT_MIN_SUPPORT,
    TIMES_OF_DAY,
    WEEKDAYS,
    ActivityReview,
    BeforeAfter,
    DayMood,
    EmotionFrequency,
    ExerciseReview,
    PatternReview,
    build_exercise_review,
    build_review,
    previous_period,
    records_needed_from,
    rhythm_sentence,
)
from innerspace.storage.checkin_records import checkin_summary
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.exercise_records import (
    activity_logs,
    coping_uses,
    thought_record_outcomes,
)
from innerspace.storage.feelings import Feelings
from innerspace.storage.own_words import OwnWords

DEFAULT_DAYS = 30
SOURCE_MARK = {"rating": "r", "emotions": "f", "none": " "}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the parser."""
    review = commands.add_parser(
        "review",
        help="see patterns in your moods and feelings",
        description="Mood by day, the feelings you named most often, when you wrote, "
        "context tags and feelings that appeared together (with counts; never causes), "
        "entries per week, thought-record outcomes, how helpful coping strategies felt, "
        "activities with your mood before and after them, and check-in scores. "
        "Days are each entry's own local day.",
    )
    review.add_argument(
        "--from",
        dest="first",
        metavar="DATE",
        help=f"the first day (2024-03-05); default {DEFAULT_DAYS} days before --to",
    )
    review.add_argument(
        "--to", dest="last", metavar="DATE", help="the last day, all day long; default today"
    )
    review.add_argument(
        "--all", action="store_true", help="from your first entry (instead of --from)"
    )
    review.add_argument(
        "--min-entries",
        type=positive,
        default=DEFAULT_MIN_SUPPORT,
        metavar="N",
        help="show a context tag beside feelings only when at least N entries with feelings "
        f"carry it (default {DEFAULT_MIN_SUPPORT})",
    )
    review.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object with every figure (moods, words, families, grid, "
        "associations, weeks, thought_records, coping, activities, checkins)",
    )
    passphrase.add_file_option(review)
    review.set_defaults(handler=show_review)


def show_review(args: argparse.Namespace, data_dir: Path) -> int:
    last = parse_day(args.last, "--to") if args.last else local_now().date()
    first = parse_day(args.first, "--from") if args.first else None
    if args.all and first is not None:
        raise CommandError("Please give either --from or --all, not both.")
    with unlock(data_dir, args.passphrase_file) as vault:
        vocabulary = OwnWords(vault).vocabulary()
        feelings = Feelings(vault)
        if args.all:
            first = min(feelings.first_day() or last, last)
        elif first is None:
            first = last - timedelta(days=DEFAULT_DAYS - 1)
        if first > last:
            raise CommandError("The --from date is after the --to date.")
        records = feelings.records(records_needed_from(first, last), last)
        exercises = build_exercise_review(
            thought_record_outcomes(vault, first, last),
            coping_uses(vault, first, last),
            first,
            last,
            activity_logs(vault, first, last),
        )
        names = DistortionList(vault).names()
        checkins = checkin_summary(vault, first, last)
    review = build_review(records, first, last, vocabulary, args.min_entries)
    if args.json:
        output.print_json(
            {
                **review_json(review),
                **exercises_json(exercises, names),
                "checkins": checkins_json(checkins),
            }
        )
    else:
        lines = [
            *review_lines(review),
            *exercise_lines(review, exercises, names),
            *activity_lines(exercises.activities),
            *checkin_lines(checkins),
        ]
        print("\n".join(lines))
    return 0


# -- JSON ----------------------------------------------------------------------------------------


def review_json(review: PatternReview) -> dict[str, Any]:
    try:
        previous: list[str] | None = [
            d.isoformat() for d in previous_period(review.first, review.last)
        ]
    except OverflowError:
        previous = None
    return {
        "from": review.first.isoformat(),
        "to": review.last.isoformat(),
        "entries": review.entries,
        "moods": [
            {
                "day": m.day.isoformat(),
                "mood": _round(m.mood),
                "source": m.source,
                "entries": m.entries,
                "rolling_7_days": _round(m.rolling),
            }
            for m in review.moods
        ],
        "previous_period": previous,
        "previous_entries": review.frequency.previous_entries,
        "words": [_frequency_json(f) for f in review.frequency.words],
        "families": [_frequency_json(f) for f in review.frequency.families],
        "weekday_time_of_day": [
            {
                "weekday": WEEKDAYS[c.weekday],
                "time_of_day": c.time_of_day,
                "entries": c.entries,
                "mean_mood": _round(c.mean_mood),
            }
            for c in review.grid
        ],
        "min_entries": review.min_support,
        "associations": [
            {
                "context": a.context.name,
                "kind": a.context.kind,
                "family": a.family.id,
                "tagged_entries": a.tagged,
                "tagged_with_family": a.tagged_with_family,
                "all_entries": a.overall,
                "all_with_family": a.overall_with_family,
                "sentence": a.sentence(),
            }
            for a in review.associations
        ],
        "weeks": [
            {"week_start": w.week_start.isoformat(), "entries": w.entries, "days": w.days_written}
            for w in review.weeks
        ],
    }


def exercises_json(exercises: ExerciseReview, names: dict[str, str]) -> dict[str, Any]:
    summary = exercises.thought_records
    return {
        "thought_records": {
            "records": summary.records,
            "feelings": _before_after_json(summary.emotion),
            "belief": _before_after_json(summary.belief),
            "distortions": [
                {"id": distortion_id, "name": names.get(distortion_id, distortion_id), "records": n}
                for distortion_id, n in summary.distortions
            ],
            "over_time": [
                {
                    "start": p.start.isoformat(),
                    "unit": p.unit,
                    "records": p.records,
                    "feelings": _before_after_json(p.emotion),
                    "belief": _before_after_json(p.belief),
                }
                for p in exercises.periods
            ],
        },
        "coping": [
            {
                "strategy": s.strategy,
                "uses": s.uses,
                "rated": s.rated,
                "mean_helpfulness": _round(s.mean_helpfulness),
                "mean_cost_later": _round(s.mean_cost_later),
                "distress": _before_after_json(s.distress),
            }
            for s in exercises.coping
        ],
        "activities": activities_json(exercises.activities),
    }


def activities_json(activities: ActivityReview) -> dict[str, Any]:
    """Pleasure and mastery are 0–10, moods 1–10 (older logs could hold a 0); means of moods
    only over logs with both."""
    return {
        "logs": len(activities.logs),
        "mood": _before_after_json(activities.mood),
        "by_activity": [
            {
                "activity": a.activity,
                "logs": a.logs,
                "mean_pleasure": _round(a.mean_pleasure),
                "mean_mastery": _round(a.mean_mastery),
                "mood": _before_after_json(a.mood),
            }
            for a in activities.activities
        ],
    }


def checkins_json(checkins: tuple[CheckinSummary, ...]) -> list[dict[str, Any]]:
    return [
        {
            "scale": scale.scale,
            "name": scale.name,
            "scores": [{"day": p.day.isoformat(), "score": p.score} for p in scale.points],
            "previous_score": None if scale.change is None else scale.change.previous,
        }
        for scale in checkins
    ]


def _before_after_json(value: BeforeAfter) -> dict[str, Any]:
    return {
        "pairs": value.pairs,
        "mean_before": _round(value.mean_before),
        "mean_after": _round(value.mean_after),
        "change": _round(value.change),
    }


def _frequency_json(item: EmotionFrequency) -> dict[str, Any]:
    return {
        "id": item.key,
        "label": item.label,
        "family": item.family,
        "entries": item.entries,
        "mean_intensity": _round(item.mean_intensity),
        "previous_entries": item.previous_entries,
        "previous_mean_intensity": _round(item.previous_mean_intensity),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


# -- text ----------------------------------------------------------------------------------------


def review_lines(review: PatternReview) -> list[str]:
    days = (review.last - review.first).days + 1
    entry_word = "entry" if review.entries == 1 else "entries"
    lines = [
        f"From {review.first} to {review.last}: {days} {'day' if days == 1 else 'days'}, "
        f"{review.entries} {entry_word}."
    ]
    if review.entries == 0:
        lines.append("There are no entries in that time, so there are no patterns to show yet.")
        return lines
    lines += ["", "Mood by day (1–10; r: your rating, f: from the feelings you named)"]
    lines += [_mood_line(m) for m in review.moods if m.entries]
    lines += ["", f"Feelings named (entries, mean intensity 0–100; {_before(review)})"]
    lines += _frequency_lines(review.frequency.words) or ["  No feelings were named."]
    if review.frequency.families:
        lines += ["", "Families of feelings"]
        lines += _frequency_lines(review.frequency.families)
    lines += ["", "When you wrote (entries; mean mood)"]
    lines += _grid_lines(review)
    lines += [
        "",
        f"Context tags and feelings (tags on at least {review.min_support} entries that name "
        "feelings; these appeared together, which doesn't say why)",
    ]
    lines += [f"  {output.one_line(a.sentence())}" for a in review.associations] or [
        "  No context tag is on enough entries yet."
    ]
    lines += ["", "Entries per week"]
    lines += [f"  week of {w.week_start}  {w.entries}" for w in review.weeks]
    lines.append(f"  {rhythm_sentence(review.weeks)}")
    return lines


def exercise_lines(
    review: PatternReview, exercises: ExerciseReview, names: dict[str, str]
) -> list[str]:
    """Thought-record outcomes and coping strategies; nothing when there are neither."""
    summary = exercises.thought_records
    if not summary.records and not exercises.coping:
        return []
    lines = [] if review.entries == 0 else [""]
    lines.append("Thought records")
    if summary.records:
        noun = "record" if summary.records == 1 else "records"
        lines.append(f"  {summary.records} finished thought {noun}.")
        lines += [f"  {s}" for s in thought_record_sentences(summary.emotion, summary.belief)]
        if summary.distortions:
            lines.append("  Thinking traps you noticed (thought records):")
            lines += [
                f"    {output.one_line(names.get(d, d))}  {n}" for d, n in summary.distortions
            ]
        unit = exercises.periods[0].unit if exercises.periods else "week"
        lines.append(
            f"  By {unit} (records; feelings before → after; belief in the thought that stung "
            "most, first → at the end)"
        )
        lines += [
            f"    {p.start}  {p.records}  {_pair(p.emotion)};  {_pair(p.belief)}"
            for p in exercises.periods
            if p.records
        ]
    else:
        lines.append("  No finished thought records in this time.")
    lines += [
        "",
        "Coping strategies (times used; how helpful, 0–10; distress before → after; "
        "cost later, 0–10)",
    ]
    width = max((len(output.one_line(s.strategy)) for s in exercises.coping), default=0)
    lines += [
        f"  {output.one_line(s.strategy):<{width}}  {s.uses:3}  "
        f"{'–' if s.mean_helpfulness is None else f'{s.mean_helpfulness:.1f}':>4}  "
        f"{_pair(s.distress, 1)}  {_tenths(s.mean_cost_later)}"
        for s in exercises.coping
    ] or ["  No coping strategies noted in this time."]
    return lines


def activity_lines(activities: ActivityReview) -> list[str]:
    """Activities and the moods logged around them; nothing when none were logged."""
    if not activities.logs:
        return []
    lines = ["", "Activities and mood"]
    noun = "activity" if len(activities.logs) == 1 else "activities"
    lines.append(f"  You logged {len(activities.logs)} {noun} in this time.")
    overall = mood_sentence("an activity", activities.mood)
    if overall:
        lines.append(f"  {overall}")
    lines += [
        f"  {s}"
        for a in activities.activities
        if (s := mood_sentence(f"“{output.one_line(a.activity)}”", a.mood))
    ]
    lines.append(
        "  By activity (times logged; pleasure, sense of achievement 0–10; mood before → after "
        "1–10)"
    )
    width = max(len(output.one_line(a.activity)) for a in activities.activities)
    lines += [
        f"    {output.one_line(a.activity):<{width}}  {a.logs:3}  "
        f"{_tenths(a.mean_pleasure):>4}  {_tenths(a.mean_mastery):>4}  {_pair(a.mood, 1)}"
        for a in activities.activities
    ]
    return lines


def checkin_lines(checkins: tuple[CheckinSummary, ...]) -> list[str]:
    """One line for each check-in taken in the period; nothing at all when there were none."""
    if not checkins:
        return []
    lines = ["", f"Check-ins ({checkin_label().lower()})"]
    lines += [f"  {output.one_line(scale_sentence(scale, 'in this time'))}" for scale in checkins]
    return lines


def mood_sentence(after_what: str, mood: BeforeAfter) -> str:
    """How the mood after compared with before, as a plain difference; nothing if unrated."""
    if mood.change is None:
        return ""
    points = f"{abs(mood.change):.1f}"
    logs = f"{mood.pairs} {'log' if mood.pairs == 1 else 'logs'}"
    if points == "0.0":
        return f"Your mood after {after_what} was about the same as before, on average ({logs})."
    direction = "higher" if mood.change > 0 else "lower"
    return (
        f"Your mood after {after_what} was {points} points {direction} than before, "
        f"on average ({logs})."
    )


def _tenths(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def thought_record_sentences(emotion: BeforeAfter, belief: BeforeAfter) -> list[str]:
    """What changed, in plain words and with no verdict on it."""
    sentences = []
    if emotion.change is not None:
        points = f"{abs(emotion.change):.0f}"
        pairs = f"{emotion.pairs} {'record' if emotion.pairs == 1 else 'records'}"
        detail = f"({_pair(emotion)} out of 100, in {pairs} where you rated them again)"
        if points == "0":
            sentences.append(f"Your feelings were about as strong afterwards {detail}.")
        elif emotion.change < 0:
            sentences.append(
                f"Your feelings eased by {points} points on average after a thought record "
                f"{detail}."
            )
        else:
            sentences.append(
                f"Your feelings were {points} points stronger on average after a thought "
                f"record {detail}."
            )
    if belief.change is not None:
        sentences.append(
            f"On average you believed the thought that stung most "
            f"{_whole(belief.mean_before)} out of 100 at first, and "
            f"{_whole(belief.mean_after)} when you looked at it again at the end ({belief.pairs} "
            f"{'record' if belief.pairs == 1 else 'records'})."
        )
    return sentences


def _pair(value: BeforeAfter, decimals: int = 0) -> str:
    def shown(number: float | None) -> str:
        return "–" if number is None else f"{number:.{decimals}f}"

    return f"{shown(value.mean_before)} → {shown(value.mean_after)}"


def _whole(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _before(review: PatternReview) -> str:
    try:
        first, last = previous_period(review.first, review.last)
    except OverflowError:
        return "there is no period before this one"
    return f"in brackets, {first} to {last}"


def _mood_line(mood: DayMood) -> str:
    shown = "  –  " if mood.mood is None else f"{mood.mood:4.1f} {SOURCE_MARK[mood.source]}"
    rolling = "" if mood.rolling is None else f"   7-day mean {mood.rolling:.1f}"
    return f"  {mood.day}  {shown}{rolling}"


def _frequency_lines(items: tuple[EmotionFrequency, ...]) -> list[str]:
    width = max((len(output.one_line(f.label)) for f in items), default=0)
    lines = []
    for item in items:
        now = f"{item.entries:3} {_intensity(item.mean_intensity)}"
        then = f"({item.previous_entries}, {_intensity(item.previous_mean_intensity).strip()})"
        lines.append(f"  {output.one_line(item.label):<{width}}  {now}  {then}")
    return lines


def _intensity(value: float | None) -> str:
    return "  –" if value is None else f"{value:3.0f}"


def _grid_lines(review: PatternReview) -> list[str]:
    names = [name for name, _start, _end in TIMES_OF_DAY]
    lines = ["  " + " " * 10 + "".join(f"{name:>14}" for name in names)]
    for weekday, day_name in enumerate(WEEKDAYS):
        cells = [c for c in review.grid if c.weekday == weekday]
        shown = [
            f"{c.entries:>6}; {'–' if c.mean_mood is None else f'{c.mean_mood:.1f}':>5}"
            for c in cells
        ]
        lines.append(f"  {day_name:<10}" + "".join(f"{s:>14}" for s in shown))
    return lines
