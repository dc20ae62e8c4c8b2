"""A session summary: what a person chooses to bring to their therapist, as typed sections.

Each section is made by one function of the ``SummaryMaterial`` and is a list of plain blocks
(paragraphs, bullet lists, tables, the mood chart, an entry's text), so every way of writing it
(Markdown, the PDF, the preview in the app) reads the same sections and needs no change when a
section is added. A new section is one builder registered in ``SECTION_BUILDERS`` (with what it
reads added to ``SummaryMaterial``).

The one rule: the text of an entry appears only when the person marked that entry to bring.
Everything else here is counts, ratings, check-in scores and the names of feelings, thinking
traps, coping strategies, homework and the person's own check-in scales.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from innerspace.core.checkins import (
    CheckinSummary,
    checkin_label,
    load_questionnaires,
    questionnaire,
    scale_sentence,
)
from innerspace.core.english_dates import MONTHS, WEEKDAYS
from innerspace.core.homework import Assignment, Progress
from innerspace.core.patterns import (
    BeforeAfter,
    DayMood,
    ExerciseReview,
    FrequencyReport,
)
from innerspace.core.session_plan import TalkItem

MOOD = "mood"
HOMEWORK = "homework"
CHECK_INS = "check_ins"
THOUGHT_RECORDS = "thought_records"
COPING = "coping"
TALK = "talk"
ENTRIES = "entries"
# The order sections are written in; a section shows once it has a builder.
SECTION_ORDER = (MOOD, HOMEWORK, CHECK_INS, THOUGHT_RECORDS, COPING, TALK, ENTRIES)
SECTION_TITLES = {
    MOOD: "Mood and feelings",
    HOMEWORK: "Homework progress",
    CHECK_INS: "Check-in scores and change",
    THOUGHT_RECORDS: "Thought records",
    COPING: "Coping that helped",
    TALK: "Things I want to talk about",
    ENTRIES: "Entries I chose to bring",
}
TOP_FEELINGS = 8
TOP_STRATEGIES = 8


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class MoodChart:
    """Each day's mood (1–10, None for a day without one), drawn as a line."""

    days: tuple[tuple[date, float | None], ...]


@dataclass(frozen=True)
class ScoreChart:
    """One check-in's scores over the period, each on the day it was taken, from 0 to ``top``."""

    name: str
    top: int
    points: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class EntryText:
    """The whole text of one entry the person marked to bring."""

    title: str
    written: str
    body: str


Block = Paragraph | Bullets | Table | MoodChart | ScoreChart | EntryText


@dataclass(frozen=True)
class SummarySection:
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SessionSummary:
    first: date
    last: date
    made: date
    sections: tuple[SummarySection, ...]

    @property
    def title(self) -> str:
        return "Session summary"

    @property
    def period(self) -> str:
        return period_text(self.first, self.last)

    @property
    def made_text(self) -> str:
        return f"Made {long_date(self.made)}"


@dataclass(frozen=True)
class BroughtEntry:
    """An entry marked to bring, as it will be shown."""

    title: str
    written: datetime
    body: str


@dataclass(frozen=True)
class SummaryMaterial:
    """Everything the sections are made from, read from the journal for ``first`` .. ``last``."""

    first: date
    last: date
    moods: tuple[DayMood, ...] = ()
    feelings: FrequencyReport | None = None
    exercises: ExerciseReview | None = None
    distortion_names: Mapping[str, str] | None = None
    talk: tuple[TalkItem, ...] = ()
    brought: tuple[BroughtEntry, ...] = ()
    # Each assignment open in the period (or worked on in it), with what was done then.
    homework: tuple[tuple[Assignment, Progress], ...] = ()
    # Scores only: a check-in's own note is entry text, brought only when the check-in is marked.
    checkins: tuple[CheckinSummary, ...] = ()


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period_text(first: date, last: date) -> str:
    if first == last:
        return long_date(first)
    return f"{long_date(first)} to {long_date(last)}"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".removesuffix(".0")


def _times(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# -- the sections ---------------------------------------------------------------------------------


def mood_section(material: SummaryMaterial) -> SummarySection | None:
    rated = [d for d in material.moods if d.mood is not None]
    blocks: list[Block] = []
    if rated:
        mean = sum(d.mood for d in rated if d.mood is not None) / len(rated)
        low = min(rated, key=lambda d: d.mood or 0)
        high = max(rated, key=lambda d: d.mood or 0)
        blocks.append(
            Paragraph(
                f"Mood on {_times(len(rated), 'day', 'days')} of {len(material.moods)}: "
                f"{_number(mean)} on average (1 to 10); lowest {_number(low.mood)} "
                f"({_day_name(low.day)}), highest {_number(high.mood)} ({_day_name(high.day)})."
            )
        )
        blocks.append(MoodChart(tuple((d.day, d.mood) for d in material.moods)))
    feelings = material.feelings
    if feelings is not None and feelings.families:
        named = [f for f in feelings.families if f.entries > 0][:TOP_FEELINGS]
        if named:
            blocks.append(Paragraph("Feelings named most often, by family:"))
            blocks.append(
                Table(
                    ("Family", "Entries", "Average strength"),
                    tuple((f.label, str(f.entries), _number(f.mean_intensity)) for f in named),
                )
            )
        words = [w.label for w in feelings.words if w.entries > 0][:TOP_FEELINGS]
        if words:
            blocks.append(Paragraph(f"Words used most: {', '.join(words)}."))
    if not blocks:
        return None
    return SummarySection(MOOD, SECTION_TITLES[MOOD], tuple(blocks))


def _day_name(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def homework_section(material: SummaryMaterial) -> SummarySection | None:
    """How each assignment went, in This week's gentle words: "2 of 3", never what was missed."""
    if not material.homework:
        return None
    rows = tuple(
        (
            assignment.title + _status_words(assignment),
            _how_often(assignment),
            _done_words(assignment, made),
            _day_name(made.last_done) if made.last_done else "–",
        )
        for assignment, made in material.homework
    )
    blocks: tuple[Block, ...] = (
        Paragraph("Homework between sessions, counted from what was written for each:"),
        Table(("Assignment", "How often", "Done in these days", "Last done"), rows),
    )
    return SummarySection(HOMEWORK, SECTION_TITLES[HOMEWORK], blocks)


def _status_words(assignment: Assignment) -> str:
    return {"done": " (finished)", "set-aside": " (set aside)"}.get(assignment.status, "")


def _how_often(assignment: Assignment) -> str:
    kind, times = assignment.target.kind, assignment.target.times
    if kind == "daily":
        return "Every day"
    if kind == "once":
        return "Once"
    return "Once a week" if times == 1 else f"{times} times a week"


def _done_words(assignment: Assignment, made: Progress) -> str:
    if assignment.target.kind == "once":
        return "Done" if made.reached else "Not yet"
    if assignment.target.kind == "daily":
        return f"{made.done} of {_times(made.wanted, 'day', 'days')}"
    return f"{made.done} of {made.wanted}"


def check_ins_section(material: SummaryMaterial) -> SummarySection | None:
    """Each check-in's latest score in its published words, how far it moved, and a small chart;
    always said to be a check-in, not a diagnosis, with the questionnaires' credits."""
    if not material.checkins:
        return None
    blocks: list[Block] = [Paragraph(f"{checkin_label()}.")]
    credits: list[str] = []
    for scale in material.checkins:
        if scale.scale in load_questionnaires():
            credit = questionnaire(scale.scale).credit
            if credit not in credits:
                credits.append(credit)
        blocks.append(Paragraph(scale_sentence(scale)))
        if len(scale.points) > 1:
            blocks.append(
                ScoreChart(
                    scale.name, scale.max_score, tuple((p.day, p.score) for p in scale.points)
                )
            )
    blocks += [Paragraph(credit) for credit in credits]
    return SummarySection(CHECK_INS, SECTION_TITLES[CHECK_INS], tuple(blocks))


def thought_records_section(material: SummaryMaterial) -> SummarySection | None:
    exercises = material.exercises
    if exercises is None or exercises.thought_records.records == 0:
        return None
    summary = exercises.thought_records
    blocks: list[Block] = [
        Paragraph(f"{_times(summary.records, 'thought record', 'thought records')} finished.")
    ]
    changes = [
        _change_line("Strength of feelings", summary.emotion),
        _change_line("Belief in the thought that stung most", summary.belief),
    ]
    if summary.balanced_belief is not None:
        changes.append(f"Belief in the balanced thought: {_number(summary.balanced_belief)}")
    blocks.append(Bullets(tuple(line for line in changes if line)))
    if summary.distortions:
        names = material.distortion_names or {}
        blocks.append(
            Paragraph(
                "Thinking traps noticed: "
                + ", ".join(
                    f"{names.get(trap, trap)} ({count})" for trap, count in summary.distortions
                )
                + "."
            )
        )
    return SummarySection(THOUGHT_RECORDS, SECTION_TITLES[THOUGHT_RECORDS], tuple(blocks))


def _change_line(what: str, change: BeforeAfter) -> str:
    if change.pairs == 0:
        return ""
    return (
        f"{what}: {_number(change.mean_before)} before, {_number(change.mean_after)} after "
        f"(0 to 100, over {_times(change.pairs, 'record', 'records')})"
    )


def coping_section(material: SummaryMaterial) -> SummarySection | None:
    exercises = material.exercises
    if exercises is None or not exercises.coping:
        return None
    rows = tuple(
        (
            s.strategy,
            str(s.uses),
            _number(s.mean_helpfulness),
            _distress(s.distress),
        )
        for s in exercises.coping[:TOP_STRATEGIES]
    )
    blocks: tuple[Block, ...] = (
        Paragraph("Coping strategies tried, the most helpful first (0 to 10):"),
        Table(("Strategy", "Times", "Helpful", "Distress before → after"), rows),
    )
    return SummarySection(COPING, SECTION_TITLES[COPING], blocks)


def _distress(change: BeforeAfter) -> str:
    if change.pairs == 0:
        return "–"
    return f"{_number(change.mean_before)} → {_number(change.mean_after)}"


def talk_section(material: SummaryMaterial) -> SummarySection | None:
    waiting = tuple(item.text for item in material.talk if not item.done)
    if not waiting:
        return None
    return SummarySection(TALK, SECTION_TITLES[TALK], (Bullets(waiting),))


def entries_section(material: SummaryMaterial) -> SummarySection | None:
    if not material.brought:
        return None
    blocks = tuple(
        EntryText(
            title=entry.title,
            written=f"{_day_name(entry.written.date())} {entry.written.year}, "
            f"{entry.written:%H:%M}",
            body=entry.body,
        )
        for entry in material.brought
    )
    return SummarySection(ENTRIES, SECTION_TITLES[ENTRIES], blocks)


SectionBuilder = Callable[[SummaryMaterial], SummarySection | None]
SECTION_BUILDERS: dict[str, SectionBuilder] = {
    MOOD: mood_section,
    HOMEWORK: homework_section,
    CHECK_INS: check_ins_section,
    THOUGHT_RECORDS: thought_records_section,
    COPING: coping_section,
    TALK: talk_section,
    ENTRIES: entries_section,
}


def available_sections() -> tuple[str, ...]:
    """The sections a person can choose, in the order they are written."""
    return tuple(key for key in SECTION_ORDER if key in SECTION_BUILDERS)


def build_summary(material: SummaryMaterial, chosen: Iterable[str], made: date) -> SessionSummary:
    """The chosen sections that have something to say, in their order."""
    wanted = set(chosen)
    sections: list[SummarySection] = []
    for key in SECTION_ORDER:
        builder = SECTION_BUILDERS.get(key)
        if key in wanted and builder is not None:
            section = builder(material)
            if section is not None:
                sections.append(section)
    return SessionSummary(material.first, material.last, made, tuple(sections))
