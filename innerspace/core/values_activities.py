"""Values and activity planning (ACT and behavioural activation).

A person names what matters to them in areas of life, in their own words and with how important
each is (a ``ValuesList``, kept as an entry they return to and reshape). Activities are planned
ahead in the activity log, each tied to one of those values, and marked done or not done; the
figures here count what was planned against what was done and how the mood was around it, as
facts about the week, never as a score of the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from innerspace.core.exercises import (
    ActivityLog,
    _bullets,
    _check_score,
    _join,
    _objects,
    _score,
    _section,
    _text,
)
from innerspace.core.patterns import BeforeAfter, before_after


@dataclass
class ValueArea:
    """One area of life (relationships, work, health, play…), what matters in it in the
    person's own words, and how important it is to them now (0–10)."""

    area: str
    words: str = ""
    importance: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.importance, f"The importance of '{self.area}'", 10)

    def to_fields(self) -> dict[str, Any]:
        return {"area": self.area, "words": self.words, "importance": self.importance}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> ValueArea:
        return cls(_text(data, "area"), _text(data, "words"), _score(data, "importance", 10))

    def name(self) -> str:
        """How the value is offered when planning: the person's words, else the area."""
        return " ".join((self.words or self.area).split())


@dataclass
class ValuesList:
    KIND: ClassVar[str] = "values"

    areas: list[ValueArea] = field(default_factory=list)
    notes: str = ""

    def to_fields(self) -> dict[str, Any]:
        return {"areas": [a.to_fields() for a in self.areas], "notes": self.notes}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> ValuesList:
        return cls(
            [ValueArea.from_fields(a) for a in _objects(data, "areas")], _text(data, "notes")
        )

    def to_markdown(self) -> str:
        lines = []
        for a in self.areas:
            line = f"{a.area}: {a.words}" if a.words else a.area
            if a.importance is not None:
                line += f" (matters {a.importance}/10)"
            lines.append(line)
        return _join(
            "My values",
            [_section("What matters to me", _bullets(lines)), _section("Notes", self.notes)],
        )

    def names(self) -> list[str]:
        """The values to tie activities to, the most important first, each once."""
        named = [a for a in self.areas if a.name()]
        named.sort(key=lambda a: -(a.importance if a.importance is not None else -1))
        seen: set[str] = set()
        kept = []
        for a in named:
            if a.name().casefold() not in seen:
                seen.add(a.name().casefold())
                kept.append(a.name())
        return kept


# -- planned against done -----------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedActivity:
    """A planned activity as the figures read it: ``done`` is None until the person says."""

    entry_id: int
    day: date
    activity: str
    value: str
    done: bool | None
    mood_before: int | None = None
    mood_after: int | None = None


def planned_activity(entry_id: int, day: date, log: ActivityLog) -> PlannedActivity | None:
    """The plan in an activity log; None for a log that wasn't planned ahead or names nothing."""
    activity = " ".join(log.activity.split())
    if not log.planned or not activity:
        return None
    return PlannedActivity(
        entry_id,
        day,
        activity,
        " ".join(log.value.split()),
        log.done,
        log.mood_before,
        log.mood_after,
    )


@dataclass(frozen=True)
class ValuePlans:
    """What was planned for one value and how much of it happened."""

    value: str  # "" for activities not tied to a value
    planned: int
    done: int
    not_done: int
    mood: BeforeAfter  # around the done ones with both moods rated


@dataclass(frozen=True)
class PlanningReview:
    plans: tuple[PlannedActivity, ...]
    planned: int
    done: int
    not_done: int
    open: int  # not marked either way yet
    values: tuple[ValuePlans, ...]  # most planned first
    mood: BeforeAfter  # around every done plan with both moods rated


def _value_plans(value: str, plans: list[PlannedActivity]) -> ValuePlans:
    done = [p for p in plans if p.done is True]
    return ValuePlans(
        value=value,
        planned=len(plans),
        done=len(done),
        not_done=sum(1 for p in plans if p.done is False),
        mood=before_after((p.mood_before, p.mood_after) for p in done),
    )


def planning_review(plans: Iterable[PlannedActivity]) -> PlanningReview:
    kept = tuple(plans)
    by_value: dict[str, list[PlannedActivity]] = {}
    for plan in kept:
        by_value.setdefault(plan.value.casefold(), []).append(plan)
    values = [_value_plans(found[0].value, found) for found in by_value.values()]
    values.sort(key=lambda v: (-v.planned, v.value == "", v.value.casefold()))
    whole = _value_plans("", list(kept))
    return PlanningReview(
        plans=kept,
        planned=whole.planned,
        done=whole.done,
        not_done=whole.not_done,
        open=whole.planned - whole.done - whole.not_done,
        values=tuple(values),
        mood=whole.mood,
    )
