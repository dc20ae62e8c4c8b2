"""Guided exercises: their content (resources/) and the structured entries they produce.

Each structured exercise is stored as an entry whose ``kind`` is the exercise id and whose
``fields`` is the JSON from ``to_fields()``. ``from_fields()`` accepts half-finished drafts
(missing keys become empty) but refuses values out of range, so a damaged or hand-edited file
can't put a belief of 250 % into a chart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from innerspace.core.core_belief import CoreBeliefWorksheet
from innerspace.core.dbt_diary_card import DiaryCard
from innerspace.core.english_dates import MONTHS, WEEKDAYS
from innerspace.core.sleep_diary import SleepDiary
from innerspace.core.worry_time import WorryNote
from innerspace.resources import resource_path


class ExerciseError(ValueError):
    """A stored exercise has a value of the wrong type or out of range."""


# -- content ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Distortion:
    """A thinking trap: built in (resources/distortions.json) or named by the person."""

    id: str
    name: str
    description: str
    example: str


@dataclass(frozen=True)
class ExerciseGuide:
    """An exercise's title, plain introduction, and the rest of its content as data."""

    id: str
    title: str
    intro: str
    content: dict[str, Any]

    @property
    def summary(self) -> str:
        """One line on what the exercise is for (for a menu): the content's own ``summary``,
        or else the intro's first sentence."""
        own = self.content.get("summary")
        if isinstance(own, str) and own.strip():
            return own.strip()
        first, stop, _rest = self.intro.strip().partition(". ")
        return first + "." if stop else first


def load_distortions() -> list[Distortion]:
    data = json.loads(resource_path("distortions.json").read_text(encoding="utf-8"))
    return [
        Distortion(d["id"], d["name"], d["description"], d["example"]) for d in data["distortions"]
    ]


def load_exercise_guides() -> dict[str, ExerciseGuide]:
    data = json.loads(resource_path("exercises.json").read_text(encoding="utf-8"))
    return {
        item["id"]: ExerciseGuide(item["id"], item["title"], item["intro"], item)
        for item in data["exercises"]
    }


# -- reading stored fields ----------------------------------------------------------------------


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ExerciseError(f"'{key}' should be text.")
    return value


def _texts(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ExerciseError(f"'{key}' should be a list of text.")
    return list(value)


def _score(data: dict[str, Any], key: str, high: int) -> int | None:
    """A whole number from 0 to ``high``, or None when not filled in yet."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= high:
        raise ExerciseError(f"'{key}' should be a whole number from 0 to {high}.")
    return value


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ExerciseError(f"'{key}' should be true or false.")
    return value


def _objects(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ExerciseError(f"'{key}' should be a list of objects.")
    return list(value)


def _check_score(value: int | None, what: str, high: int) -> None:
    if value is not None and not 0 <= value <= high:
        raise ExerciseError(f"{what} should be from 0 to {high}.")


def _section(title: str, body: str) -> str:
    return f"**{title}**\n\n{body.strip()}\n" if body.strip() else ""


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items if item.strip())


def _out_of(value: int | None, high: int) -> str:
    return "–" if value is None else f"{value}/{high}"


def _join(title: str, parts: list[str]) -> str:
    return "\n".join([f"## {title}\n", *(p for p in parts if p)]).rstrip() + "\n"


def spoken_moment(stored: str, today: date | None = None) -> str:
    """A stored ``2026-12-05T03:15`` as people say it: "Saturday 5 December, 03:15".

    The year is added only when it isn't this year; text that isn't a time stays as written.
    """
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    this_year = (today or date.today()).year
    year = "" if moment.year == this_year else f" {moment.year}"
    day = f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]}{year}"
    return f"{day}, {moment:%H:%M}"


# -- the structured exercises -------------------------------------------------------------------


@dataclass
class EmotionRating:
    """An emotion id from the vocabulary, stored as given, with its intensity 0–100."""

    emotion: str
    intensity: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.intensity, f"The intensity of '{self.emotion}'", 100)

    def to_fields(self) -> dict[str, Any]:
        return {"emotion": self.emotion, "intensity": self.intensity}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> EmotionRating:
        return cls(_text(data, "emotion"), _score(data, "intensity", 100))

    def label(self) -> str:
        return self.emotion if self.intensity is None else f"{self.emotion} ({self.intensity})"


@dataclass
class AutomaticThought:
    text: str
    belief: int | None = None
    hot: bool = False

    def __post_init__(self) -> None:
        _check_score(self.belief, "How much you believed a thought", 100)

    def to_fields(self) -> dict[str, Any]:
        return {"text": self.text, "belief": self.belief, "hot": self.hot}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> AutomaticThought:
        return cls(_text(data, "text"), _score(data, "belief", 100), _flag(data, "hot"))


@dataclass
class ThoughtRecord:
    KIND: ClassVar[str] = "thought-record"

    situation: str = ""
    emotions: list[EmotionRating] = field(default_factory=list)
    automatic_thoughts: list[AutomaticThought] = field(default_factory=list)
    # Built-in distortion ids, or 'custom/...' ids of the person's own.
    distortions: list[str] = field(default_factory=list)
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    balanced_belief: int | None = None
    emotions_after: list[EmotionRating] = field(default_factory=list)
    # The outcome: the thought that stung most, believed how much once it has been looked at.
    hot_belief_after: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.balanced_belief, "How much you believe the balanced thought", 100)
        _check_score(self.hot_belief_after, "How much you believe the first thought now", 100)

    def hot_thought(self) -> AutomaticThought | None:
        """The thought marked as stinging most, or else the most believed one."""
        marked = next((t for t in self.automatic_thoughts if t.hot), None)
        if marked is not None:
            return marked
        rated = [t for t in self.automatic_thoughts if t.belief is not None]
        return max(rated, key=lambda t: t.belief or 0, default=None)

    def to_fields(self) -> dict[str, Any]:
        return {
            "situation": self.situation,
            "emotions": [e.to_fields() for e in self.emotions],
            "automatic_thoughts": [t.to_fields() for t in self.automatic_thoughts],
            "distortions": list(self.distortions),
            "evidence_for": self.evidence_for,
            "evidence_against": self.evidence_against,
            "balanced_thought": self.balanced_thought,
            "balanced_belief": self.balanced_belief,
            "emotions_after": [e.to_fields() for e in self.emotions_after],
            "hot_belief_after": self.hot_belief_after,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> ThoughtRecord:
        return cls(
            situation=_text(data, "situation"),
            emotions=[EmotionRating.from_fields(e) for e in _objects(data, "emotions")],
            automatic_thoughts=[
                AutomaticThought.from_fields(t) for t in _objects(data, "automatic_thoughts")
            ],
            distortions=_texts(data, "distortions"),
            evidence_for=_text(data, "evidence_for"),
            evidence_against=_text(data, "evidence_against"),
            balanced_thought=_text(data, "balanced_thought"),
            balanced_belief=_score(data, "balanced_belief", 100),
            emotions_after=[EmotionRating.from_fields(e) for e in _objects(data, "emotions_after")],
            hot_belief_after=_score(data, "hot_belief_after", 100),
        )

    def to_markdown(self, distortion_names: dict[str, str] | None = None) -> str:
        names = distortion_names or {}
        thoughts = [
            f"{t.text}"
            + ("" if t.belief is None else f" (believed {t.belief}/100)")
            + (" — the one that stings most" if t.hot else "")
            for t in self.automatic_thoughts
        ]
        balanced = self.balanced_thought
        if balanced and self.balanced_belief is not None:
            balanced += f" (believed {self.balanced_belief}/100)"
        hot = self.hot_thought()
        looked_again = ""
        if self.hot_belief_after is not None:
            before = "" if hot is None or hot.belief is None else f"{hot.belief}/100 → "
            looked_again = f"{before}{self.hot_belief_after}/100"
            if hot is not None and hot.text:
                looked_again = f"{hot.text}: {looked_again}"
        return _join(
            "Thought record",
            [
                _section("Situation", self.situation),
                _section("Feelings", _bullets([e.label() for e in self.emotions])),
                _section("Thoughts", _bullets(thoughts)),
                _section("Thinking traps", _bullets([names.get(d, d) for d in self.distortions])),
                _section("What supports it", self.evidence_for),
                _section("What doesn't fit", self.evidence_against),
                _section("A more balanced view", balanced),
                _section("How much I believe the first thought now", looked_again),
                _section("Feelings afterwards", _bullets([e.label() for e in self.emotions_after])),
            ],
        )


@dataclass
class ActivityLog:
    KIND: ClassVar[str] = "activity-log"

    activity: str = ""
    when: str = ""
    minutes: int | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    enjoyment: int | None = None
    achievement: int | None = None
    planned: bool = False
    notes: str = ""
    # A planned activity is tied to one of the person's values and, once its time has come,
    # marked done (True) or not done (False); None is "not said yet".
    value: str = ""
    done: bool | None = None

    def __post_init__(self) -> None:
        _check_score(self.minutes, "Minutes", 24 * 60)
        for name in ("mood_before", "mood_after", "enjoyment", "achievement"):
            _check_score(getattr(self, name), name.replace("_", " ").capitalize(), 10)

    def to_fields(self) -> dict[str, Any]:
        return {
            "activity": self.activity,
            "when": self.when,
            "minutes": self.minutes,
            "mood_before": self.mood_before,
            "mood_after": self.mood_after,
            "enjoyment": self.enjoyment,
            "achievement": self.achievement,
            "planned": self.planned,
            "notes": self.notes,
            "value": self.value,
            "done": self.done,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> ActivityLog:
        return cls(
            activity=_text(data, "activity"),
            when=_text(data, "when"),
            minutes=_score(data, "minutes", 24 * 60),
            mood_before=_score(data, "mood_before", 10),
            mood_after=_score(data, "mood_after", 10),
            enjoyment=_score(data, "enjoyment", 10),
            achievement=_score(data, "achievement", 10),
            planned=_flag(data, "planned"),
            notes=_text(data, "notes"),
            value=_text(data, "value"),
            done=None if data.get("done") is None else _flag(data, "done"),
        )

    def to_markdown(self) -> str:
        facts = [
            f"When: {spoken_moment(self.when)}" if self.when else "",
            f"For {self.minutes} minutes" if self.minutes is not None else "",
            f"Mood before → after: {_out_of(self.mood_before, 10)} → "
            f"{_out_of(self.mood_after, 10)}",
            f"Pleasure: {_out_of(self.enjoyment, 10)}",
            f"Sense of achievement: {_out_of(self.achievement, 10)}",
            self._plan_text(),
        ]
        return _join(
            "Activity and mood log",
            [
                _section("Activity", self.activity),
                _bullets(facts) + "\n",
                _section("Notes", self.notes),
            ],
        )

    def _plan_text(self) -> str:
        if not self.planned:
            return ""
        value = f", for what matters to me: {self.value}" if self.value else ""
        done = {True: "done", False: "not done", None: "not marked yet"}[self.done]
        return f"Planned ahead{value} ({done})"


@dataclass
class RelationshipPattern:
    KIND: ClassVar[str] = "relationship-pattern"
    _TEXTS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("situation", "The moment"),
        ("wish", "What I wanted"),
        ("expected_response", "What I expected from them"),
        ("actual_response", "How they responded"),
        ("my_response", "What I felt and did next"),
        ("self_response", "How I felt about myself afterwards"),
        ("echoes", "Where else I have seen this"),
        ("different_step", "Something to try next time"),
    )

    situation: str = ""
    people: list[str] = field(default_factory=list)
    wish: str = ""
    expected_response: str = ""
    actual_response: str = ""
    my_response: str = ""
    self_response: str = ""
    echoes: str = ""
    different_step: str = ""

    def to_fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {key: getattr(self, key) for key, _ in self._TEXTS}
        data["people"] = list(self.people)
        return data

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> RelationshipPattern:
        texts = {key: _text(data, key) for key, _ in cls._TEXTS}
        return cls(people=_texts(data, "people"), **texts)

    def to_markdown(self) -> str:
        parts = [_section("People", ", ".join(self.people))]
        parts += [_section(title, getattr(self, key)) for key, title in self._TEXTS]
        return _join("Relationship pattern", parts)


@dataclass
class DreamLog:
    KIND: ClassVar[str] = "dream-log"

    dream: str = ""
    feelings: str = ""
    emotions: list[EmotionRating] = field(default_factory=list)
    people_and_places: str = ""
    associations: str = ""
    recurring: bool = False
    life_now: str = ""

    def to_fields(self) -> dict[str, Any]:
        return {
            "dream": self.dream,
            "feelings": self.feelings,
            "emotions": [e.to_fields() for e in self.emotions],
            "people_and_places": self.people_and_places,
            "associations": self.associations,
            "recurring": self.recurring,
            "life_now": self.life_now,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> DreamLog:
        return cls(
            dream=_text(data, "dream"),
            feelings=_text(data, "feelings"),
            emotions=[EmotionRating.from_fields(e) for e in _objects(data, "emotions")],
            people_and_places=_text(data, "people_and_places"),
            associations=_text(data, "associations"),
            recurring=_flag(data, "recurring"),
            life_now=_text(data, "life_now"),
        )

    def to_markdown(self) -> str:
        return _join(
            "Dream log" + (" (a dream that comes back)" if self.recurring else ""),
            [
                _section("The dream", self.dream),
                _section("Feelings", self.feelings),
                _section("Emotions", _bullets([e.label() for e in self.emotions])),
                _section("People, places and images", self.people_and_places),
                _section("What they bring to mind", self.associations),
                _section("What is going on in my life", self.life_now),
            ],
        )


@dataclass
class RegionNote:
    region: str
    sensations: list[str] = field(default_factory=list)
    intensity: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _check_score(self.intensity, f"The intensity in '{self.region}'", 10)

    def to_fields(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "sensations": list(self.sensations),
            "intensity": self.intensity,
            "note": self.note,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> RegionNote:
        return cls(
            _text(data, "region"),
            _texts(data, "sensations"),
            _score(data, "intensity", 10),
            _text(data, "note"),
        )


@dataclass
class BodyScan:
    KIND: ClassVar[str] = "body-scan"

    regions: list[RegionNote] = field(default_factory=list)
    overall: str = ""

    def to_fields(self) -> dict[str, Any]:
        return {"regions": [r.to_fields() for r in self.regions], "overall": self.overall}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> BodyScan:
        return cls(
            [RegionNote.from_fields(r) for r in _objects(data, "regions")],
            _text(data, "overall"),
        )

    def to_markdown(self, region_names: dict[str, str] | None = None) -> str:
        names = region_names or {}
        lines = []
        for r in self.regions:
            detail = ", ".join(r.sensations)
            if r.intensity is not None:
                detail += f" ({r.intensity}/10)" if detail else f"{r.intensity}/10"
            if r.note:
                detail += f" — {r.note}" if detail else r.note
            lines.append(f"{names.get(r.region, r.region)}: {detail or 'nothing in particular'}")
        return _join(
            "Body-scan check-in",
            [_section("What I noticed", _bullets(lines)), _section("Overall", self.overall)],
        )


@dataclass
class GroundingCheck:
    KIND: ClassVar[str] = "grounding"
    _SENSES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("see", "I could see"),
        ("touch", "I could feel"),
        ("hear", "I could hear"),
        ("smell", "I could smell"),
        ("taste", "I could taste"),
    )

    see: list[str] = field(default_factory=list)
    touch: list[str] = field(default_factory=list)
    hear: list[str] = field(default_factory=list)
    smell: list[str] = field(default_factory=list)
    taste: list[str] = field(default_factory=list)
    distress_before: int | None = None
    distress_after: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.distress_before, "Distress before", 10)
        _check_score(self.distress_after, "Distress after", 10)

    def to_fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {key: list(getattr(self, key)) for key, _ in self._SENSES}
        data["distress_before"] = self.distress_before
        data["distress_after"] = self.distress_after
        return data

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> GroundingCheck:
        senses = {key: _texts(data, key) for key, _ in cls._SENSES}
        return cls(
            distress_before=_score(data, "distress_before", 10),
            distress_after=_score(data, "distress_after", 10),
            **senses,
        )

    def to_markdown(self) -> str:
        parts = [_section(title, _bullets(getattr(self, key))) for key, title in self._SENSES]
        parts.append(
            f"Distress before → after: {_out_of(self.distress_before, 10)} → "
            f"{_out_of(self.distress_after, 10)}\n"
        )
        return _join("5-4-3-2-1 grounding", parts)


@dataclass
class SelfCompassionBreak:
    KIND: ClassVar[str] = "self-compassion-break"

    hard_moment: str = ""
    common_humanity: str = ""
    kindness: str = ""
    need: str = ""

    def to_fields(self) -> dict[str, Any]:
        return {
            "hard_moment": self.hard_moment,
            "common_humanity": self.common_humanity,
            "kindness": self.kindness,
            "need": self.need,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> SelfCompassionBreak:
        return cls(
            _text(data, "hard_moment"),
            _text(data, "common_humanity"),
            _text(data, "kindness"),
            _text(data, "need"),
        )

    def to_markdown(self) -> str:
        return _join(
            "Self-compassion break",
            [
                _section("This is a hard moment", self.hard_moment),
                _section("I'm not alone in this", self.common_humanity),
                _section("Kind words to myself", self.kindness),
                _section("What I need right now", self.need),
            ],
        )


@dataclass
class CopingUse:
    KIND: ClassVar[str] = "coping-toolbox"

    tool: str = ""
    category: str = ""
    distress_before: int | None = None
    distress_after: int | None = None
    helpfulness: int | None = None
    notes: str = ""
    # Relief now can cost later (a drink, avoiding, hurting oneself): asked beside helpfulness.
    cost_later: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.distress_before, "Distress before", 10)
        _check_score(self.distress_after, "Distress after", 10)
        _check_score(self.helpfulness, "Helpfulness", 10)
        _check_score(self.cost_later, "What it cost later", 10)

    def to_fields(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "category": self.category,
            "distress_before": self.distress_before,
            "distress_after": self.distress_after,
            "helpfulness": self.helpfulness,
            "cost_later": self.cost_later,
            "notes": self.notes,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> CopingUse:
        return cls(
            tool=_text(data, "tool"),
            category=_text(data, "category"),
            distress_before=_score(data, "distress_before", 10),
            distress_after=_score(data, "distress_after", 10),
            helpfulness=_score(data, "helpfulness", 10),
            notes=_text(data, "notes"),
            cost_later=_score(data, "cost_later", 10),
        )

    def to_markdown(self) -> str:
        facts = [
            f"Kind of tool: {self.category}" if self.category else "",
            f"Distress before → after: {_out_of(self.distress_before, 10)} → "
            f"{_out_of(self.distress_after, 10)}",
            f"How much it helped: {_out_of(self.helpfulness, 10)}",
            f"What it cost later: {_out_of(self.cost_later, 10)}",
        ]
        return _join(
            "Coping tool used",
            [
                _section("What I tried", self.tool),
                _bullets(facts) + "\n",
                _section("Notes", self.notes),
            ],
        )


Exercise = (
    ThoughtRecord
    | ActivityLog
    | RelationshipPattern
    | DreamLog
    | BodyScan
    | GroundingCheck
    | SelfCompassionBreak
    | CopingUse
    | SleepDiary
    | DiaryCard
    | WorryNote
    | CoreBeliefWorksheet
)

EXERCISE_KINDS: dict[str, type[Exercise]] = {
    cls.KIND: cls
    for cls in (
        ThoughtRecord,
        ActivityLog,
        RelationshipPattern,
        DreamLog,
        BodyScan,
        GroundingCheck,
        SelfCompassionBreak,
        CopingUse,
        SleepDiary,
        DiaryCard,
        WorryNote,
        CoreBeliefWorksheet,
    )
}


def exercise_from_entry(kind: str, fields: dict[str, Any] | None) -> Exercise | None:
    """The exercise stored in an entry, or None for plain notes and unknown kinds."""
    cls = EXERCISE_KINDS.get(kind)
    if cls is None:
        return None
    return cls.from_fields(fields or {})
