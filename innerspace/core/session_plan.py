"""Session dates and the things a person wants to talk about: when the next session is, and
which days a summary covers by default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MAX_TALK_ITEM_LENGTH = 1000
# With no session before today, a summary looks back this far by default.
DEFAULT_LOOK_BACK_DAYS = 14


@dataclass(frozen=True)
class TalkItem:
    """One thing the person wants to talk about; ``done`` once it has been talked about."""

    id: int
    text: str
    done: bool = False


def clean_talk_text(text: str) -> str:
    """One line of plain words, of a sane length."""
    return " ".join(text.split())[:MAX_TALK_ITEM_LENGTH]


@dataclass(frozen=True)
class SessionPlan:
    """The session days set one by one, and a weekly rhythm (a weekday, Monday = 0, from a
    first day on) when there is one."""

    days: tuple[date, ...] = ()
    weekday: int | None = None
    rhythm_from: date | None = None

    def last_before(self, today: date) -> date | None:
        """The most recent session day before ``today``."""
        candidates = [d for d in self.days if d < today]
        rhythm = self._rhythm_on_or_before(today - timedelta(days=1))
        if rhythm is not None:
            candidates.append(rhythm)
        return max(candidates, default=None)

    def next_from(self, today: date) -> date | None:
        """The first session day on or after ``today``."""
        candidates = [d for d in self.days if d >= today]
        rhythm = self._rhythm_on_or_after(today)
        if rhythm is not None:
            candidates.append(rhythm)
        return min(candidates, default=None)

    def _rhythm_on_or_before(self, day: date) -> date | None:
        if self.weekday is None:
            return None
        found = day - timedelta(days=(day.weekday() - self.weekday) % 7)
        if self.rhythm_from is not None and found < self.rhythm_from:
            return None
        return found

    def _rhythm_on_or_after(self, day: date) -> date | None:
        if self.weekday is None:
            return None
        if self.rhythm_from is not None and day < self.rhythm_from:
            day = self.rhythm_from
        return day + timedelta(days=(self.weekday - day.weekday()) % 7)


def default_period(plan: SessionPlan, today: date) -> tuple[date, date]:
    """Since the last session (that day included) up to today; without one, the last two
    weeks."""
    last = plan.last_before(today)
    if last is None:
        return today - timedelta(days=DEFAULT_LOOK_BACK_DAYS - 1), today
    return last, today
