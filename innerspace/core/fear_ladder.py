"""The fear ladder (graded exposure): a feared situation broken into steps, each rated for the
distress the person expects (0–100), climbed from the lowest at their own pace.

Each attempt at a step keeps the distress expected beforehand, the highest it actually reached
and how many minutes it took to ease. What the figures show is how distress on a step came down
from one attempt to the next, and how expected compared with what happened: the usual lesson of
exposure, that fear tends to fall with practice and is often smaller than predicted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from innerspace.core.exercises import (
    _bullets,
    _check_score,
    _join,
    _objects,
    _score,
    _section,
    _text,
    spoken_moment,
)
from innerspace.core.patterns import _mean

MOST_MINUTES = 24 * 60


@dataclass
class LadderStep:
    """One rung: what to do, and the distress expected when doing it (0–100)."""

    text: str
    expected: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.expected, "The distress expected on a step", 100)

    def to_fields(self) -> dict[str, Any]:
        return {"text": self.text, "expected": self.expected}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> LadderStep:
        return cls(_text(data, "text"), _score(data, "expected", 100))


@dataclass
class LadderAttempt:
    """One try at a step, named by its text (steps may be reordered or reworded later)."""

    step: str
    when: str = ""
    expected: int | None = None
    peak: int | None = None
    minutes_to_ease: int | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        _check_score(self.expected, "The distress expected", 100)
        _check_score(self.peak, "The highest distress", 100)
        _check_score(self.minutes_to_ease, "Minutes until it eased", MOST_MINUTES)

    def to_fields(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "when": self.when,
            "expected": self.expected,
            "peak": self.peak,
            "minutes_to_ease": self.minutes_to_ease,
            "notes": self.notes,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> LadderAttempt:
        return cls(
            step=_text(data, "step"),
            when=_text(data, "when"),
            expected=_score(data, "expected", 100),
            peak=_score(data, "peak", 100),
            minutes_to_ease=_score(data, "minutes_to_ease", MOST_MINUTES),
            notes=_text(data, "notes"),
        )

    def line(self) -> str:
        parts = [spoken_moment(self.when) if self.when else "", self.step]
        facts = []
        if self.expected is not None:
            facts.append(f"expected {self.expected}/100")
        if self.peak is not None:
            facts.append(f"highest {self.peak}/100")
        if self.minutes_to_ease is not None:
            facts.append(f"eased after {self.minutes_to_ease} min")
        text = ": ".join(p for p in parts if p)
        if facts:
            text += f" ({', '.join(facts)})"
        return text + (f" — {self.notes}" if self.notes else "")


@dataclass
class FearLadder:
    KIND: ClassVar[str] = "fear-ladder"

    situation: str = ""
    steps: list[LadderStep] = field(default_factory=list)
    attempts: list[LadderAttempt] = field(default_factory=list)
    notes: str = ""

    def to_fields(self) -> dict[str, Any]:
        return {
            "situation": self.situation,
            "steps": [s.to_fields() for s in self.steps],
            "attempts": [a.to_fields() for a in self.attempts],
            "notes": self.notes,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> FearLadder:
        return cls(
            situation=_text(data, "situation"),
            steps=[LadderStep.from_fields(s) for s in _objects(data, "steps")],
            attempts=[LadderAttempt.from_fields(a) for a in _objects(data, "attempts")],
            notes=_text(data, "notes"),
        )

    def ordered_steps(self) -> list[LadderStep]:
        """The rungs from the least to the most distress expected; unrated ones last."""
        return sorted(self.steps, key=lambda s: (s.expected is None, s.expected or 0))

    def to_markdown(self) -> str:
        rungs = [
            s.text + ("" if s.expected is None else f" (expected {s.expected}/100)")
            for s in self.ordered_steps()
        ]
        return _join(
            "Fear ladder",
            [
                _section("What I'm afraid of", self.situation),
                _section("The steps, lowest first", _bullets(rungs)),
                _section("What I tried", _bullets([a.line() for a in self.attempts])),
                _section("Notes", self.notes),
            ],
        )


# -- the drop in distress -----------------------------------------------------------------------


@dataclass(frozen=True)
class StepProgress:
    """One rung across its attempts: expected beforehand, the first and the latest highest
    distress, and the average minutes it took to ease."""

    step: str
    expected: int | None
    attempts: int
    first_peak: int | None
    latest_peak: int | None
    mean_minutes_to_ease: float | None

    @property
    def drop(self) -> int | None:
        """How far the highest distress came down from the first attempt to the latest; needs
        two rated attempts."""
        if self.attempts < 2 or self.first_peak is None or self.latest_peak is None:
            return None
        return self.first_peak - self.latest_peak


@dataclass(frozen=True)
class LadderProgress:
    entry_id: int
    day: date
    situation: str
    steps: tuple[StepProgress, ...]  # lowest expected first
    attempts: int
    # Over the attempts with both expected and highest distress rated.
    rated: tuple[tuple[int, int], ...]  # (expected, highest)
    mean_expected: float | None
    mean_peak: float | None


def ladder_progress(entry_id: int, day: date, ladder: FearLadder) -> LadderProgress:
    """The figures of one ladder; attempts are taken in the order they were logged."""
    steps = []
    for rung in ladder.ordered_steps():
        tries = [a for a in ladder.attempts if _same(a.step, rung.text)]
        peaks = [a.peak for a in tries if a.peak is not None]
        eased = [a.minutes_to_ease for a in tries if a.minutes_to_ease is not None]
        steps.append(
            StepProgress(
                step=rung.text,
                expected=rung.expected,
                attempts=len(tries),
                first_peak=peaks[0] if peaks else None,
                latest_peak=peaks[-1] if peaks else None,
                mean_minutes_to_ease=_mean(eased),
            )
        )
    both = [
        (a.expected, a.peak)
        for a in ladder.attempts
        if a.expected is not None and a.peak is not None
    ]
    return LadderProgress(
        entry_id=entry_id,
        day=day,
        situation=" ".join(ladder.situation.split()),
        steps=tuple(steps),
        attempts=len(ladder.attempts),
        rated=tuple(both),
        mean_expected=_mean([expected for expected, _peak in both]),
        mean_peak=_mean([peak for _expected, peak in both]),
    )


def mean_drop(ladders: Iterable[LadderProgress]) -> float | None:
    """The average drop in highest distress over every rung tried at least twice."""
    return _mean([s.drop for lad in ladders for s in lad.steps if s.drop is not None])


def expected_and_peak(ladders: Iterable[LadderProgress]) -> tuple[float | None, float | None]:
    """The distress expected and the highest it reached, on average over every rated try."""
    pairs = [pair for lad in ladders for pair in lad.rated]
    return _mean([e for e, _p in pairs]), _mean([p for _e, p in pairs])


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
