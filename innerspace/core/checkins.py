"""Check-ins: published questionnaires (PHQ-9, GAD-7, WHO-5) and a person's own 1–10 scales.

The questionnaires' wording, answers, bands and credits are data (resources/checkins.json);
this module scores them. A check-in is stored as an entry of kind ``checkin`` whose fields hold
the answers, never the score: the score is always worked out again from the answers, so it can
never disagree with them. Every result is a check-in, not a diagnosis, and is said gently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from innerspace.core.english_dates import MONTHS
from innerspace.resources import resource_path

KIND = "checkin"
OWN = "own"
OWN_NAME = "My check-in"
MIN_RATING, MAX_RATING = 1, 10
MAX_SCALES = 8
MAX_SCALE_NAME = 60
MAX_NOTES = 20_000


class CheckinError(ValueError):
    """Answers that don't fit their check-in: the wrong number, or a value not offered."""


@dataclass(frozen=True)
class AnswerOption:
    value: int
    text: str


@dataclass(frozen=True)
class Band:
    """A published range, from ``low`` up to the next band; ``name`` may be empty (nothing
    to say about that range)."""

    low: int
    name: str


@dataclass(frozen=True)
class Questionnaire:
    id: str
    name: str
    title: str
    summary: str
    instruction: str
    options: tuple[AnswerOption, ...]
    items: tuple[str, ...]
    difficulty_question: str
    difficulty_options: tuple[AnswerOption, ...]
    multiplier: int
    bands: tuple[Band, ...]
    meaningful_change: int
    care_item: int | None
    credit: str
    source: str

    @property
    def max_score(self) -> int:
        return len(self.items) * max(o.value for o in self.options) * self.multiplier

    @property
    def is_wellbeing(self) -> bool:
        """WHO-5 counts wellbeing: a higher score is better, and it is read out of 100."""
        return self.multiplier != 1

    def check(self, answers: Sequence[int], difficulty: int | None = None) -> None:
        if len(answers) != len(self.items):
            raise CheckinError(f"{self.name} has {len(self.items)} questions.")
        offered = {o.value for o in self.options}
        for answer in answers:
            if isinstance(answer, bool) or not isinstance(answer, int) or answer not in offered:
                raise CheckinError(f"An answer to {self.name} isn't one of its choices.")
        if difficulty is not None:
            allowed = {o.value for o in self.difficulty_options}
            if isinstance(difficulty, bool) or difficulty not in allowed:
                raise CheckinError(f"The last answer to {self.name} isn't one of its choices.")

    def score(self, answers: Sequence[int]) -> int:
        self.check(answers)
        return sum(answers) * self.multiplier

    def band(self, score: int) -> Band:
        if not 0 <= score <= self.max_score:
            raise CheckinError(f"{self.name} scores from 0 to {self.max_score}.")
        return [b for b in self.bands if b.low <= score][-1]

    def needs_care(self, answers: Sequence[int]) -> bool:
        """The care item (PHQ-9's ninth) answered above "not at all", whatever the total."""
        return self.care_item is not None and answers[self.care_item - 1] > 0


@cache
def load_questionnaires() -> dict[str, Questionnaire]:
    data: dict[str, Any] = json.loads(resource_path("checkins.json").read_text(encoding="utf-8"))
    return {q["id"]: _questionnaire(q) for q in data["questionnaires"]}


@cache
def checkin_label() -> str:
    """ "A check-in, not a diagnosis", as the content file words it."""
    data = json.loads(resource_path("checkins.json").read_text(encoding="utf-8"))
    return str(data["label"])


def _questionnaire(q: dict[str, Any]) -> Questionnaire:
    difficulty = q.get("difficulty") or {}
    return Questionnaire(
        id=q["id"],
        name=q["name"],
        title=q["title"],
        summary=q["summary"],
        instruction=q["instruction"],
        options=_options(q["options"]),
        items=tuple(q["items"]),
        difficulty_question=difficulty.get("question", ""),
        difficulty_options=_options(difficulty.get("options", [])),
        multiplier=int(q["multiplier"]),
        bands=tuple(Band(int(b["from"]), b["name"]) for b in q["bands"]),
        meaningful_change=int(q["meaningful_change"]),
        care_item=q["care_item"],
        credit=q["credit"],
        source=q["source"],
    )


def _options(raw: Iterable[dict[str, Any]]) -> tuple[AnswerOption, ...]:
    return tuple(AnswerOption(int(o["value"]), o["text"]) for o in raw)


def questionnaire(questionnaire_id: str) -> Questionnaire:
    found = load_questionnaires().get(questionnaire_id)
    if found is None:
        raise CheckinError(f"There is no check-in called {questionnaire_id!r}.")
    return found


def checkin_for(reference: str) -> str:
    """Which check-in a homework assignment's ``reference`` asks for: a questionnaire's id
    ("phq9", written "PHQ-9" too), or the person's own check-in for any other."""
    wanted = reference.strip().casefold().replace("-", "")
    return wanted if wanted in load_questionnaires() else OWN


# -- what is stored -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionnaireCheckin:
    """One time through a questionnaire: an answer per item, and the unscored last question."""

    questionnaire_id: str
    answers: tuple[int, ...]
    difficulty: int | None = None

    def __post_init__(self) -> None:
        questionnaire(self.questionnaire_id).check(self.answers, self.difficulty)

    @property
    def questionnaire(self) -> Questionnaire:
        return questionnaire(self.questionnaire_id)

    @property
    def score(self) -> int:
        return self.questionnaire.score(self.answers)

    @property
    def band(self) -> Band:
        return self.questionnaire.band(self.score)

    @property
    def needs_care(self) -> bool:
        return self.questionnaire.needs_care(self.answers)

    def to_fields(self) -> dict[str, Any]:
        return {
            "checkin": self.questionnaire_id,
            "answers": list(self.answers),
            "difficulty": self.difficulty,
        }

    def title(self) -> str:
        return f"{self.questionnaire.name} check-in"

    def to_markdown(self) -> str:
        q = self.questionnaire
        lines = [f"## {self.title()}", "", result_sentence(q, self.score)]
        if self.difficulty is not None:
            chosen = next(o.text for o in q.difficulty_options if o.value == self.difficulty)
            lines += ["", f"How difficult these problems have made things: {chosen.lower()}."]
        lines += ["", f"{checkin_label()}.", ""]
        return "\n".join(lines)


@dataclass(frozen=True)
class ScaleRating:
    name: str
    value: int

    def __post_init__(self) -> None:
        # Named as typed, but on one line and without stray spaces, so "Sleep " is "Sleep".
        object.__setattr__(self, "name", " ".join(str(self.name).split()))
        if not self.name or len(self.name) > MAX_SCALE_NAME:
            raise CheckinError("Each scale needs a short name.")
        if isinstance(self.value, bool) or not MIN_RATING <= self.value <= MAX_RATING:
            raise CheckinError(f"A rating is from {MIN_RATING} to {MAX_RATING}.")


@dataclass(frozen=True)
class OwnCheckin:
    """A person's own check-in: a few 1–10 scales they named, and a note if they like (a note
    alone is a check-in too: words are never refused for want of a number)."""

    ratings: tuple[ScaleRating, ...]
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.ratings and not self.notes.strip():
            raise CheckinError("Rate one of your scales, or write a note.")
        if len(self.ratings) > MAX_SCALES:
            raise CheckinError(f"A check-in holds up to {MAX_SCALES} scales.")
        if len(self.notes) > MAX_NOTES:
            raise CheckinError("The note is too long for a check-in.")

    def to_fields(self) -> dict[str, Any]:
        return {
            "checkin": OWN,
            "ratings": [{"name": r.name, "value": r.value} for r in self.ratings],
            "notes": self.notes,
        }

    def title(self) -> str:
        return OWN_NAME

    def to_markdown(self) -> str:
        lines = [f"## {OWN_NAME}", ""]
        lines += [f"- {r.name}: {r.value}/{MAX_RATING}" for r in self.ratings]
        if self.notes.strip():
            lines += ["", "**Notes**", "", self.notes.strip()]
        lines.append("")
        return "\n".join(lines)


Checkin = QuestionnaireCheckin | OwnCheckin


def checkin_from_fields(fields: dict[str, Any] | None) -> Checkin:
    """The check-in stored in an entry's fields; ``CheckinError`` if they can't be read."""
    if not isinstance(fields, dict):
        raise CheckinError("A check-in without its answers.")
    which = fields.get("checkin")
    if which == OWN:
        ratings = fields.get("ratings")
        notes = fields.get("notes", "")
        if not isinstance(ratings, list) or not isinstance(notes, str):
            raise CheckinError("A check-in of your own that can't be read.")
        try:
            read = tuple(ScaleRating(str(r["name"]), r["value"]) for r in ratings)
        except (KeyError, TypeError) as exc:
            raise CheckinError("A rating that can't be read.") from exc
        return OwnCheckin(read, notes)
    answers = fields.get("answers")
    difficulty = fields.get("difficulty")
    if not isinstance(which, str) or not isinstance(answers, list):
        raise CheckinError("A check-in that can't be read.")
    return QuestionnaireCheckin(which, tuple(answers), difficulty)


# -- saying it gently -----------------------------------------------------------------------


def result_sentence(q: Questionnaire, score: int) -> str:
    """ "Score 12 of 27: in the range often called moderate." (WHO-5: "Wellbeing 44 of 100:
    in the range of lower wellbeing.")"""
    band = q.band(score)
    if q.is_wellbeing:
        head = f"Wellbeing {score} of {q.max_score}"
        return f"{head}: in the range of {band.name}." if band.name else f"{head}."
    return f"Score {score} of {q.max_score}: in the range often called {band.name}."


@dataclass(frozen=True)
class ScoreChange:
    previous: int
    current: int
    meaningful: bool

    @property
    def difference(self) -> int:
        return self.current - self.previous


def score_change(q: Questionnaire, previous: int | None, current: int) -> ScoreChange | None:
    """How far ``current`` is from the check-in before it; a difference of at least the
    questionnaire's meaningful change (PHQ-9: 5 points) is marked as meaningful."""
    if previous is None:
        return None
    return ScoreChange(previous, current, abs(current - previous) >= q.meaningful_change)


def change_sentence(change: ScoreChange | None) -> str:
    if change is None:
        return "This is your first one, so there is nothing to compare it with yet."
    difference = change.difference
    if difference == 0:
        return f"The same as last time ({change.current})."
    points = "1 point" if abs(difference) == 1 else f"{abs(difference)} points"
    direction = "higher" if difference > 0 else "lower"
    sentence = f"{points} {direction} than last time ({change.previous} → {change.current})"
    if change.meaningful:
        return sentence + ": a change large enough to be meaningful."
    return sentence + "."


# -- over time ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinPoint:
    """One stored check-in's score on one scale: a questionnaire's total, or one of the
    person's own scales (``scale`` is then its name)."""

    entry_id: int
    taken: datetime  # the writer's own local time
    scale: str  # questionnaire id, or "own:" and the scale's name
    score: int
    needs_care: bool = False

    @property
    def day(self) -> date:
        return self.taken.date()


def own_scale_key(name: str) -> str:
    return f"{OWN}:{' '.join(name.split()).casefold()}"


def points_of(entry_id: int, taken: datetime, checkin: Checkin) -> list[CheckinPoint]:
    if isinstance(checkin, OwnCheckin):
        return [
            CheckinPoint(entry_id, taken, own_scale_key(r.name), r.value) for r in checkin.ratings
        ]
    return [
        CheckinPoint(entry_id, taken, checkin.questionnaire_id, checkin.score, checkin.needs_care)
    ]


@dataclass(frozen=True)
class CheckinSummary:
    """One scale over a period: every score in it, oldest first, and the change from the one
    before the period (or the first in it) to the last."""

    scale: str
    name: str  # "PHQ-9", or the person's own name for the scale
    points: tuple[CheckinPoint, ...]
    before: CheckinPoint | None  # the last one before the period, to compare with
    change: ScoreChange | None

    @property
    def latest(self) -> CheckinPoint:
        return self.points[-1]

    @property
    def max_score(self) -> int:
        return MAX_RATING if self.scale.startswith(OWN) else questionnaire(self.scale).max_score


def scale_sentence(scale: CheckinSummary, where: str = "in these days") -> str:
    """One scale over a period in one line: its latest score in the published words and how far
    it moved since the one it is compared with ("PHQ-9 (taken twice in these days): Score 7 of
    27: … 7 points lower than on 25 February (14 → 7): a change large enough to be …")."""
    latest = scale.latest.score
    if scale.scale in load_questionnaires():
        said = result_sentence(questionnaire(scale.scale), latest)
    else:
        said = f"{latest} of {scale.max_score}."
    count = len(scale.points)
    times = {1: "once", 2: "twice"}.get(count, f"{count} times")
    return f"{scale.name} (taken {times} {where}): {said} {_period_change(scale)}"


def _period_change(scale: CheckinSummary) -> str:
    change = scale.change
    if change is None:
        return "The first one, so nothing to compare it with yet."
    start = (scale.before or scale.points[0]).day
    since = f"on {start.day} {MONTHS[start.month - 1]}"
    difference = change.difference
    if difference == 0:
        return f"The same as {since} ({change.current})."
    points = "1 point" if abs(difference) == 1 else f"{abs(difference)} points"
    direction = "higher" if difference > 0 else "lower"
    sentence = f"{points} {direction} than {since} ({change.previous} → {change.current})"
    if change.meaningful:
        return sentence + ": a change large enough to be meaningful."
    return sentence + "."


def summarise(
    points: Sequence[CheckinPoint],
    before: Sequence[CheckinPoint] = (),
    own_names: dict[str, str] | None = None,
) -> tuple[CheckinSummary, ...]:
    """Each scale with scores in ``points`` (a period), questionnaires first in the content's
    order, then the person's own scales by name. ``before`` holds earlier scores, so the change
    can be counted from the last one before the period."""
    names = own_names or {}
    order = list(load_questionnaires())
    scales = sorted(
        {p.scale for p in points},
        key=lambda s: (order.index(s), "") if s in order else (len(order), s),
    )
    summaries = []
    for scale in scales:
        mine = tuple(sorted((p for p in points if p.scale == scale), key=lambda p: p.taken))
        earlier = [p for p in before if p.scale == scale and p.taken < mine[0].taken]
        last_before = max(earlier, key=lambda p: p.taken) if earlier else None
        start = last_before or (mine[0] if len(mine) > 1 else None)
        if scale in order:
            q = questionnaire(scale)
            change = score_change(q, None if start is None else start.score, mine[-1].score)
            name = q.name
        else:
            change = (
                None
                if start is None
                else ScoreChange(start.score, mine[-1].score, meaningful=False)
            )
            name = names.get(scale, scale.partition(":")[2])
        summaries.append(CheckinSummary(scale, name, mine, last_before, change))
    return tuple(summaries)


def clean_scale_names(names: Iterable[str]) -> list[str]:
    """Trimmed, non-empty scale names, each once (ignoring case), at most ``MAX_SCALES``."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for name in names:
        text = " ".join(name.split())[:MAX_SCALE_NAME]
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    return cleaned[:MAX_SCALES]
