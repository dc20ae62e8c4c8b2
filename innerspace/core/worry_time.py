"""Scheduled worry time (worry postponement): note a worry, put it off to a time chosen for
worrying, and look at it again then: is it still a worry, and is there something to do about it?

The worry time is stored as the person's wall-clock minute ("2026-12-05T18:00").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from innerspace.core.exercise_fields import (
    FieldError,
    bullets,
    check_number,
    flag_field,
    join_sections,
    number_field,
    section,
    spoken_day,
    text_field,
)


@dataclass
class WorryNote:
    KIND: ClassVar[str] = "worry-time"

    worry: str = ""
    worry_time: str = ""  # when to come back to it: "2026-12-05T18:00"
    how_worried: int | None = None  # 0–10, when noted
    still_a_worry: bool | None = None
    how_worried_now: int | None = None  # 0–10, at the worry time
    can_act: bool | None = None
    next_step: str = ""

    def __post_init__(self) -> None:
        if self.worry_time and _moment(self.worry_time) is None:
            raise FieldError("'worry_time' should be a time like 2026-12-05T18:00.")
        check_number(self.how_worried, "how_worried", 0, 10)
        check_number(self.how_worried_now, "how_worried_now", 0, 10)

    def to_fields(self) -> dict[str, Any]:
        return {
            "worry": self.worry,
            "worry_time": self.worry_time,
            "how_worried": self.how_worried,
            "still_a_worry": self.still_a_worry,
            "how_worried_now": self.how_worried_now,
            "can_act": self.can_act,
            "next_step": self.next_step,
        }

    @classmethod
    def from_fields(cls, data: dict[str, Any]) -> WorryNote:
        return cls(
            worry=text_field(data, "worry"),
            worry_time=text_field(data, "worry_time"),
            how_worried=number_field(data, "how_worried", 0, 10),
            still_a_worry=flag_field(data, "still_a_worry"),
            how_worried_now=number_field(data, "how_worried_now", 0, 10),
            can_act=flag_field(data, "can_act"),
            next_step=text_field(data, "next_step"),
        )

    def moment(self) -> datetime | None:
        return _moment(self.worry_time)

    def reviewed(self) -> bool:
        return self.still_a_worry is not None or self.can_act is not None

    def is_due(self, now: datetime) -> bool:
        """Whether its worry time has come and it hasn't been looked at again yet."""
        moment = self.moment()
        return moment is not None and moment <= now and not self.reviewed()

    def to_markdown(self) -> str:
        moment = self.moment()
        when = "" if moment is None else f"{spoken_day(moment.date().isoformat())}, {moment:%H:%M}"
        looked_again = [
            ""
            if self.still_a_worry is None
            else ("Still a worry" if self.still_a_worry else "No longer a worry"),
            "" if self.how_worried_now is None else f"How worried: {self.how_worried_now}/10",
            ""
            if self.can_act is None
            else (
                "There is something I can do about it"
                if self.can_act
                else "Nothing to do about it for now: I can let it be"
            ),
        ]
        return join_sections(
            "Worry time",
            [
                section("The worry", self.worry),
                bullets(
                    [
                        f"Put off until: {when}" if when else "",
                        "" if self.how_worried is None else f"How worried: {self.how_worried}/10",
                    ]
                )
                + "\n",
                section("At worry time", bullets(looked_again)),
                section("A next step", self.next_step),
            ],
        )


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is None else None
