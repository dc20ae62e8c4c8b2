"""The DBT diary card and the skill cards: a day's urges and actions for the person's own target
behaviours, how strong a few feelings were (0–5), which DBT skills were used and whether they
helped; and short cards for the skills most reached for in a hard moment.

The skill list, the feelings and the cards are content (resources/dbt_skills.json); a card stores
skill and feeling ids, and the target behaviours by the person's own names.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, ClassVar

from innerspace.core.exercise_fields import (
    bullets,
    check_day,
    check_number,
    flag_field,
    join_sections,
    mean,
    number_field,
    objects_field,
    section,
    spoken_day,
    text_field,
)
from innerspace.resources import resource_path

MOST = 5  # urges and feelings are rated 0 to 5, as on a paper diary card


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    module: str  # the module's name: "Distress tolerance"


@dataclass(frozen=True)
class SkillCard:
    id: str
    title: str
    when: str
    steps: tuple[str, ...]
    caution: str = ""


@dataclass(frozen=True)
class DbtContent:
    skills: tuple[Skill, ...]
    feelings: tuple[tuple[str, str], ...]  # (id, name)
    cards: tuple[SkillCard, ...]

    def skill_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.skills}

    def feeling_names(self) -> dict[str, str]:
        return dict(self.feelings)


@cache
def load_dbt_content() -> DbtContent:
    data = json.loads(resource_path("dbt_skills.json").read_text(encoding="utf-8"))
    return DbtContent(
        skills=tuple(
            Skill(s["id"], s["name"], m["name"]) for m in data["modules"] for s in m["skills"]
        ),
        feelings=tuple((f["id"], f["name"]) for f in data["feelings"]),
        cards=tuple(
            SkillCard(c["id"], c["title"], c["when"], tuple(c["steps"]), c.get("caution", ""))
            for c in data["cards"]
        ),
    )


@dataclass
class TargetRating:
    """One of the person's own target behaviours: the strongest urge that day, and whether they
    acted on it (None: not answered)."""

    target: str
    urge: int | None = None
    acted: bool | None = None

    def __post_init__(self) -> None:
        check_number(self.urge, f"the urge for '{self.target}'", 0, MOST)

    def to_fields(self) -> dict[str, Any]:
        return {"target": self.target, "urge": self.urge, "acted": self.acted}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> TargetRating:
        return cls(
            text_field(data, "target"),
            number_field(data, "urge", 0, MOST),
            flag_field(data, "acted"),
        )


@dataclass
class FeelingRating:
    feeling: str
    strength: int | None = None

    def __post_init__(self) -> None:
        check_number(self.strength, f"how strong '{self.feeling}' was", 0, MOST)

    def to_fields(self) -> dict[str, Any]:
        return {"feeling": self.feeling, "strength": self.strength}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> FeelingRating:
        return cls(text_field(data, "feeling"), number_field(data, "strength", 0, MOST))


@dataclass
class SkillUse:
    skill: str
    helped: bool | None = None

    def to_fields(self) -> dict[str, Any]:
        return {"skill": self.skill, "helped": self.helped}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> SkillUse:
        return cls(text_field(data, "skill"), flag_field(data, "helped"))


@dataclass
class DiaryCard:
    KIND: ClassVar[str] = "dbt-diary-card"

    day: str = ""  # "2026-12-04"
    targets: list[TargetRating] = field(default_factory=list)
    feelings: list[FeelingRating] = field(default_factory=list)
    skills: list[SkillUse] = field(default_factory=list)
    notes: str = ""

    def __post_init__(self) -> None:
        check_day(self.day, "day")

    def to_fields(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "targets": [t.to_fields() for t in self.targets],
            "feelings": [f.to_fields() for f in self.feelings],
            "skills": [s.to_fields() for s in self.skills],
            "notes": self.notes,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> DiaryCard:
        return cls(
            day=text_field(data, "day"),
            targets=[TargetRating.from_fields(t) for t in objects_field(data, "targets")],
            feelings=[FeelingRating.from_fields(f) for f in objects_field(data, "feelings")],
            skills=[SkillUse.from_fields(s) for s in objects_field(data, "skills")],
            notes=text_field(data, "notes"),
        )

    def day_of(self) -> date | None:
        return date.fromisoformat(self.day) if self.day else None

    def highest_urge(self) -> int | None:
        return max((t.urge for t in self.targets if t.urge is not None), default=None)

    def to_markdown(self, content: DbtContent | None = None) -> str:
        shown = content or load_dbt_content()
        skill_names, feeling_names = shown.skill_names(), shown.feeling_names()
        urges = []
        for t in self.targets:
            parts = [] if t.urge is None else [f"urge {t.urge}/{MOST}"]
            if t.acted is not None:
                parts.append("acted on it" if t.acted else "didn't act on it")
            urges.append(f"{t.target}: {', '.join(parts) or '–'}")
        helped = {True: " — helped", False: " — didn't help", None: ""}
        return join_sections(
            "DBT diary card",
            [
                f"**{spoken_day(self.day)}**\n" if self.day else "",
                section("Urges and actions", bullets(urges)),
                section(
                    "Feelings",
                    bullets(
                        [
                            f"{feeling_names.get(f.feeling, f.feeling)}: {f.strength}/{MOST}"
                            for f in self.feelings
                            if f.strength is not None
                        ]
                    ),
                ),
                section(
                    "Skills I used",
                    bullets(
                        [skill_names.get(s.skill, s.skill) + helped[s.helped] for s in self.skills]
                    ),
                ),
                section("Notes", self.notes),
            ],
        )


# -- over weeks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiaryCardDay:
    """A finished card and the day it is about, as Patterns reads it."""

    entry_id: int
    day: date
    card: DiaryCard


@dataclass(frozen=True)
class TargetSummary:
    """One target behaviour over some days: how strong its urge was on average (on the days it
    was rated) and on how many of the days answered it was acted on."""

    target: str
    days: int
    mean_urge: float | None
    acted: int
    answered: int


@dataclass(frozen=True)
class SkillSummary:
    skill: str
    uses: int
    helped: int
    answered: int  # uses where "did it help?" was answered


def target_key(name: str) -> str:
    """Names differing only in case or spacing are one target."""
    return " ".join(name.split()).casefold()


def target_summaries(days: Sequence[DiaryCardDay]) -> list[TargetSummary]:
    """Each target named on the cards, the most often rated first."""
    ratings: dict[str, list[TargetRating]] = {}
    names: dict[str, str] = {}
    for day in days:
        for rating in day.card.targets:
            key = target_key(rating.target)
            if key:
                names.setdefault(key, rating.target)
                ratings.setdefault(key, []).append(rating)
    summaries = [
        TargetSummary(
            names[key],
            len(rated),
            mean([r.urge for r in rated if r.urge is not None]),
            sum(1 for r in rated if r.acted),
            sum(1 for r in rated if r.acted is not None),
        )
        for key, rated in ratings.items()
    ]
    return sorted(summaries, key=lambda s: (-s.days, target_key(s.target)))


def skill_summaries(days: Sequence[DiaryCardDay]) -> list[SkillSummary]:
    """Each skill used, the most often used first."""
    uses: dict[str, list[SkillUse]] = {}
    for day in days:
        for use in day.card.skills:
            uses.setdefault(use.skill, []).append(use)
    summaries = [
        SkillSummary(
            skill,
            len(used),
            sum(1 for u in used if u.helped),
            sum(1 for u in used if u.helped is not None),
        )
        for skill, used in uses.items()
    ]
    return sorted(summaries, key=lambda s: (-s.uses, s.skill))
