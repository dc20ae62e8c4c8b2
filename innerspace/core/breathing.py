"""Paced breathing: where in the cycle a person is, given how long they have been breathing.

A pattern is a list of phases (breathe in, hold, breathe out, rest) with their lengths. The
guide asks ``position(elapsed)`` many times a second; it is pure arithmetic, so the same
moment always shows the same thing and tests need no clock.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from enum import Enum
from typing import Any

from innerspace.resources import resource_path


class Phase(Enum):
    IN = "in"
    HOLD_FULL = "hold_full"
    OUT = "out"
    HOLD_EMPTY = "hold_empty"


@dataclass(frozen=True)
class Step:
    phase: Phase
    seconds: float


@dataclass(frozen=True)
class BreathingPattern:
    id: str
    name: str
    steps: tuple[Step, ...]
    # Some patterns are meant for a few rounds only: long 4-7-8 sessions can bring on dizziness.
    default_cycles: int | None = None

    @property
    def cycle_seconds(self) -> float:
        return sum(step.seconds for step in self.steps)

    def default_seconds(self, otherwise: float) -> float:
        """How long a session lasts unless the person chooses: its rounds, or ``otherwise``."""
        return self.default_cycles * self.cycle_seconds if self.default_cycles else otherwise

    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds


def load_breathing_patterns() -> list[BreathingPattern]:
    """The patterns in resources/exercises.json (box, 4-7-8, paced), in the file's order."""
    return [parse_pattern(raw) for raw in _breathing_content()["patterns"]]


def load_breathing_cautions() -> str:
    """The safety words shown before any breathing guide starts."""
    return str(_breathing_content()["cautions"])


def _breathing_content() -> dict[str, Any]:
    data = json.loads(resource_path("exercises.json").read_text(encoding="utf-8"))
    breathing: dict[str, Any] = next(
        item for item in data["exercises"] if item["id"] == "breathing"
    )
    return breathing


def parse_pattern(raw: dict[str, Any]) -> BreathingPattern:
    steps: list[Step] = []
    for phase in raw["phases"]:
        action, seconds = phase["action"], float(phase["seconds"])
        if not 0 < seconds <= 60:
            raise ValueError("a breathing phase lasts between 0 and 60 seconds")
        if action == "in":
            steps.append(Step(Phase.IN, seconds))
        elif action == "out":
            steps.append(Step(Phase.OUT, seconds))
        elif action == "hold":
            # A hold keeps the lungs as the step before left them: full after breathing in.
            after_in = bool(steps) and steps[-1].phase == Phase.IN
            steps.append(Step(Phase.HOLD_FULL if after_in else Phase.HOLD_EMPTY, seconds))
        else:
            raise ValueError(f"unknown breathing action {action!r}")
    if not steps:
        raise ValueError("a breathing pattern needs at least one phase")
    cycles = raw.get("default_cycles")
    if cycles is not None and (not isinstance(cycles, int) or not 1 <= cycles <= 100):
        raise ValueError("a pattern's default_cycles is a whole number from 1 to 100")
    return BreathingPattern(str(raw["id"]), str(raw["name"]), tuple(steps), cycles)


@dataclass(frozen=True)
class Position:
    """Where the breath is: the phase, how far through it (0..1), seconds left in it, and how
    full the lungs are (0 empty .. 1 full) for drawing."""

    phase: Phase
    progress: float
    seconds_left: float
    fullness: float
    cycle: int
    finished: bool


def position(pattern: BreathingPattern, elapsed: float, total_seconds: float) -> Position:
    """The breath at ``elapsed`` seconds into a session of ``total_seconds``.

    A session always ends at the end of a whole breath, never mid-way, so it can run a little
    past ``total_seconds``.
    """
    cycle_length = pattern.cycle_seconds
    cycles = max(1, round(total_seconds / cycle_length))
    elapsed = max(0.0, elapsed)
    if elapsed >= cycles * cycle_length:
        return Position(Phase.HOLD_EMPTY, 1.0, 0.0, 0.0, cycles, True)
    cycle, within = divmod(elapsed, cycle_length)
    for step in pattern.steps:
        if within < step.seconds:
            progress = within / step.seconds
            return Position(
                step.phase,
                progress,
                step.seconds - within,
                _fullness(step.phase, progress),
                int(cycle),
                False,
            )
        within -= step.seconds
    last = pattern.steps[-1]
    return Position(last.phase, 1.0, 0.0, _fullness(last.phase, 1.0), int(cycle), False)


def _fullness(phase: Phase, progress: float) -> float:
    # Ease in and out, so the guide moves like a breath rather than a metronome.
    eased = 0.5 - 0.5 * math.cos(math.pi * progress)
    return {
        Phase.IN: eased,
        Phase.HOLD_FULL: 1.0,
        Phase.OUT: 1.0 - eased,
        Phase.HOLD_EMPTY: 0.0,
    }[phase]
