"""The behavioural experiment (after Bennett-Levy and colleagues' Oxford guide): a belief and how
strongly it is held, what it predicts, a small experiment to test it, what actually happened,
what was learned, and the belief rated again.

An experiment can start from a thought record's balanced thought ("Test this"), so the new,
kinder view is checked against what happens rather than argued with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from innerspace.core.exercises import _check_score, _join, _score, _section, _text


@dataclass
class BehaviouralExperiment:
    KIND: ClassVar[str] = "behavioural-experiment"
    _TEXTS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prediction", "What I predict will happen"),
        ("experiment", "The experiment"),
        ("outcome", "What actually happened"),
        ("learned", "What I learned"),
    )

    belief: str = ""
    belief_before: int | None = None
    prediction: str = ""
    experiment: str = ""
    outcome: str = ""
    learned: str = ""
    belief_after: int | None = None

    def __post_init__(self) -> None:
        _check_score(self.belief_before, "How much you believed it before", 100)
        _check_score(self.belief_after, "How much you believe it now", 100)

    def to_fields(self) -> dict[str, Any]:
        data: dict[str, Any] = {"belief": self.belief, "belief_before": self.belief_before}
        data.update({key: getattr(self, key) for key, _ in self._TEXTS})
        data["belief_after"] = self.belief_after
        return data

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> BehaviouralExperiment:
        texts = {key: _text(data, key) for key, _ in cls._TEXTS}
        return cls(
            belief=_text(data, "belief"),
            belief_before=_score(data, "belief_before", 100),
            belief_after=_score(data, "belief_after", 100),
            **texts,
        )

    def to_markdown(self) -> str:
        belief = self.belief
        if belief and self.belief_before is not None:
            belief += f" (believed {self.belief_before}/100)"
        parts = [_section("The belief I'm testing", belief)]
        parts += [_section(title, getattr(self, key)) for key, title in self._TEXTS]
        if self.belief_after is not None:
            before = "" if self.belief_before is None else f"{self.belief_before}/100 → "
            parts.append(_section("How much I believe it now", f"{before}{self.belief_after}/100"))
        return _join("Behavioural experiment", parts)


@dataclass(frozen=True)
class ExperimentOutcome:
    """One experiment for Patterns: the belief tested and how strongly it was held before and
    after (0–100), either of which may be unrated."""

    entry_id: int
    day: date
    belief: str
    before: int | None
    after: int | None


def experiment_outcome(
    entry_id: int, day: date, experiment: BehaviouralExperiment
) -> ExperimentOutcome | None:
    """None for an experiment that names no belief."""
    belief = " ".join(experiment.belief.split())
    if not belief:
        return None
    return ExperimentOutcome(
        entry_id, day, belief, experiment.belief_before, experiment.belief_after
    )
