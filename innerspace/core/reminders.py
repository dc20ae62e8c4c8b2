"""Reminders: when the next gentle nudge is due, and what it says.

Off unless the person turns them on. A reminder is only a moment: it carries nothing from the
journal, so what it says ("A moment for yourself?", in the app) can never name a title, an
assignment or a check-in, which anyone near the screen (or the desktop's notification history)
could read.

Homework due days come from outside (``due_days``): whoever knows the assignments passes their
due days in, and on those days a reminder comes at the daily time even when the daily reminder
itself is off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# How far ahead a reminder is looked for; a day past every quiet stretch is enough.
LOOK_AHEAD_DAYS = 8


@dataclass(frozen=True)
class ReminderPlan:
    on: bool = False
    daily: bool = True  # a daily moment to reflect
    at: time = time(20, 0)
    homework: bool = False  # on days homework is due
    quiet_from: time = time(22, 0)
    quiet_to: time = time(7, 0)


def parse_clock(text: str, fallback: time) -> time:
    """ "HH:MM" as a time of day; anything else is the fallback."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return fallback


def clock_text(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def in_quiet_hours(moment: time, quiet_from: time, quiet_to: time) -> bool:
    """Whether ``moment`` is in [quiet_from, quiet_to), which may run past midnight."""
    if quiet_from == quiet_to:
        return False
    if quiet_from < quiet_to:
        return quiet_from <= moment < quiet_to
    return moment >= quiet_from or moment < quiet_to


def next_reminder(
    plan: ReminderPlan, now: datetime, due_days: Iterable[date] = ()
) -> datetime | None:
    """The first reminder after ``now`` (in ``now``'s zone), or None when there is none.

    A reminder that would fall in quiet hours waits until they end.
    """
    if not plan.on:
        return None
    due = set(due_days) if plan.homework else set()
    for offset in range(LOOK_AHEAD_DAYS):
        day = now.date() + timedelta(days=offset)
        if not (plan.daily or day in due):
            continue
        moment = _after_quiet(datetime.combine(day, plan.at, now.tzinfo), plan)
        if moment > now:
            return moment
    return None


def _after_quiet(moment: datetime, plan: ReminderPlan) -> datetime:
    if not in_quiet_hours(moment.timetz().replace(tzinfo=None), plan.quiet_from, plan.quiet_to):
        return moment
    end = datetime.combine(moment.date(), plan.quiet_to, moment.tzinfo)
    return end if end > moment else end + timedelta(days=1)
