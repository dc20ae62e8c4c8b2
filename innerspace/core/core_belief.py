"""The core belief worksheet: the downward arrow from a hot thought to the belief beneath it, how
strongly that belief and a kinder, more balanced one are held, and a positive data log, where
evidence for the new belief is collected over weeks, each piece added to the same worksheet on
the day it is noticed (after Padesky's core belief log)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from innerspace.core.exercise_fields import (
    bullets,
    check_day,
    check_number,
    join_sections,
    number_field,
    objects_field,
    section,
    spoken_day,
    text_field,
    texts_field,
)


@dataclass
class Evidence:
    """One piece of the positive data log, and the day it was noticed."""

    day: str
    text: str

    def __post_init__(self) -> None:
        check_day(self.day, "the day of a piece of evidence")

    def to_fields(self) -> dict[str, Any]:
        return {"day": self.day, "text": self.text}

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> Evidence:
        return cls(text_field(data, "day"), text_field(data, "text"))


@dataclass
class CoreBeliefWorksheet:
    KIND: ClassVar[str] = "core-belief"

    hot_thought: str = ""
    arrow: list[str] = field(default_factory=list)  # each step down: what it would mean
    belief: str = ""
    belief_strength: int | None = None  # 0–100
    new_belief: str = ""
    new_belief_strength: int | None = None  # 0–100
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        check_number(self.belief_strength, "belief_strength", 0, 100)
        check_number(self.new_belief_strength, "new_belief_strength", 0, 100)

    def to_fields(self) -> dict[str, Any]:
        return {
            "hot_thought": self.hot_thought,
            "arrow": list(self.arrow),
            "belief": self.belief,
            "belief_strength": self.belief_strength,
            "new_belief": self.new_belief,
            "new_belief_strength": self.new_belief_strength,
            "evidence": [e.to_fields() for e in self.evidence],
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> CoreBeliefWorksheet:
        return cls(
            hot_thought=text_field(data, "hot_thought"),
            arrow=texts_field(data, "arrow"),
            belief=text_field(data, "belief"),
            belief_strength=number_field(data, "belief_strength", 0, 100),
            new_belief=text_field(data, "new_belief"),
            new_belief_strength=number_field(data, "new_belief_strength", 0, 100),
            evidence=[Evidence.from_fields(e) for e in objects_field(data, "evidence")],
        )

    def to_markdown(self) -> str:
        def held(text: str, strength: int | None) -> str:
            return text if not text or strength is None else f"{text} (believed {strength}/100)"

        arrow = bullets([f"↓ {step}" for step in self.arrow if step.strip()])
        return join_sections(
            "Core belief worksheet",
            [
                section("The hot thought", self.hot_thought),
                section("If that were true, what would it mean?", arrow),
                section("The belief underneath", held(self.belief, self.belief_strength)),
                section("A new, kinder belief", held(self.new_belief, self.new_belief_strength)),
                section(
                    "Evidence for the new belief",
                    bullets(
                        [
                            f"{spoken_day(e.day)}: {e.text}" if e.day else e.text
                            for e in self.evidence
                            if e.text.strip()
                        ]
                    ),
                ),
            ],
        )
