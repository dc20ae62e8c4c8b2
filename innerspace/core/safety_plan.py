"""The personal safety plan and the offline list of crisis lines (support now).

The safety plan is the person's own words in plain lists. Crisis lines are data in
resources/crisis_lines.json; numbers change, so the app always asks people to check them locally.
InnerSpace does not replace therapy or emergency care.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from innerspace.resources import resource_path

MAX_ITEM_CHARS = 500
MAX_ITEMS = 50


@dataclass
class SafetyPlan:
    """The Stanley–Brown safety plan: six steps for a hard moment, and what the person lives for."""

    warning_signs: list[str] = field(default_factory=list)
    things_i_can_do_alone: list[str] = field(default_factory=list)
    people_and_places_that_help: list[str] = field(default_factory=list)
    people_i_can_ask: list[str] = field(default_factory=list)
    care_professionals: list[str] = field(default_factory=list)
    making_surroundings_safer: list[str] = field(default_factory=list)
    reasons_for_living: list[str] = field(default_factory=list)

    def cleaned(self) -> SafetyPlan:
        """Blank lines dropped, each item trimmed, long lists and items kept to a sane size."""
        return SafetyPlan(
            **{
                name: [item.strip()[:MAX_ITEM_CHARS] for item in items if item.strip()][:MAX_ITEMS]
                for name, items in self.sections().items()
            }
        )

    def sections(self) -> dict[str, list[str]]:
        return {f.name: list(getattr(self, f.name)) for f in fields(self)}

    @property
    def is_empty(self) -> bool:
        return not any(self.sections().values())

    def to_markdown(self) -> str:
        parts = ["## My safety plan\n"]
        for name, items in self.sections().items():
            parts.append(f"**{SECTION_TITLES[name]}**\n")
            parts.append("\n".join(f"- {item}" for item in items) or "- (nothing yet)")
            parts.append("")
        parts.append(PLAN_FOOTNOTE)
        return "\n".join(parts) + "\n"

    def to_plain_text(self) -> str:
        """The plan to copy or print: each section's title and its lines; empty sections left
        out, so a plan filled in part reads as a plan, not a form."""
        parts = ["My safety plan", ""]
        for name, items in self.cleaned().sections().items():
            if items:
                parts.append(SECTION_TITLES[name])
                parts.extend(f"  • {item}" for item in items)
                parts.append("")
        parts.append(PLAN_FOOTNOTE)
        return "\n".join(parts) + "\n"


SECTIONS = tuple(f.name for f in fields(SafetyPlan))
SECTION_TITLES = {
    "warning_signs": "Signs that a hard time may be starting",
    "things_i_can_do_alone": "Things I can do on my own to feel a little better",
    "people_and_places_that_help": "People and places that help take my mind off things",
    "people_i_can_ask": "People I can ask for help",
    "care_professionals": "Care professionals and services I can contact",
    "making_surroundings_safer": "Ways to make my surroundings safer",
    "reasons_for_living": "My reasons for living, and what matters most to me",
}
# Shown in each empty section as a quiet example, never stored.
SECTION_EXAMPLES = {
    "warning_signs": "For example: I stop answering messages and stay in bed all day.",
    "things_i_can_do_alone": "For example: a hot shower, a walk round the block, one song.",
    "people_and_places_that_help": "For example: the café by the park, or Sam, to chat.",
    "people_i_can_ask": "For example: my sister Ana, and her phone number.",
    "care_professionals": "For example: my doctor's surgery or my counsellor, and the number.",
    "making_surroundings_safer": "For example: ask someone I trust to keep some things for now.",
    "reasons_for_living": "For example: my dog, my niece's laugh, the trip I still want to take.",
}
PLAN_FOOTNOTE = (
    "If you are in immediate danger, call your local emergency number. "
    "InnerSpace does not replace therapy or emergency care."
)


LINE_KINDS = ("crisis", "abuse")


@dataclass(frozen=True)
class CrisisLine:
    service: str
    phone: str | None
    text: str | None
    # The word to send to a text line ("Text SHOUT to 85258"); some lines need one to start.
    text_keyword: str | None
    # None means the hours are not known, never "always open".
    hours: str | None
    languages: tuple[str, ...]
    checked: str
    verify: str
    kind: str = "crisis"


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    purpose: str | None = None

    def __str__(self) -> str:
        return f"{self.number} ({self.purpose})" if self.purpose else self.number


@dataclass(frozen=True)
class CountryLines:
    code: str
    name: str
    emergency_numbers: tuple[EmergencyNumber, ...]
    checked: str
    lines: tuple[CrisisLine, ...]

    @property
    def emergency(self) -> str:
        """Every emergency number in one phrase: "119 (ambulance and fire), 110 (police)"."""
        return ", ".join(str(n) for n in self.emergency_numbers)

    def lines_of_kind(self, kind: str) -> tuple[CrisisLine, ...]:
        return tuple(line for line in self.lines if line.kind == kind)


@dataclass(frozen=True)
class CrisisDirectory:
    note: str
    countries: tuple[CountryLines, ...]

    def for_country(self, code: str) -> CountryLines | None:
        return next((c for c in self.countries if c.code == code.upper()), None)


@cache  # read once: it is asked for on the GUI thread (Support now, the care card, prompts)
def load_crisis_lines() -> CrisisDirectory:
    data: dict[str, Any] = json.loads(
        resource_path("crisis_lines.json").read_text(encoding="utf-8")
    )
    return CrisisDirectory(
        note=data["note"],
        countries=tuple(
            CountryLines(
                code=c["code"],
                name=c["name"],
                emergency_numbers=tuple(
                    EmergencyNumber(n["number"], n.get("for")) for n in c["emergency"]
                ),
                checked=c["checked"],
                lines=tuple(
                    CrisisLine(
                        service=line["service"],
                        phone=line.get("phone"),
                        text=line.get("text"),
                        text_keyword=line.get("text_keyword"),
                        hours=line.get("hours"),
                        languages=tuple(line.get("languages", ())),
                        checked=line["checked"],
                        verify=line["verify"],
                        kind=line["kind"],
                    )
                    for line in c["lines"]
                ),
            )
            for c in data["countries"]
        ),
    )
