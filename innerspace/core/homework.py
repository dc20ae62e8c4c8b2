"""Homework between sessions: assignments, and how far along each one is.

Progress is never typed in: it is counted from the entries written *for* an assignment. A day is
the writer's own local day (an entry written on Sunday at 23:30 belongs to that Sunday wherever
the clock of the computer is now), and a week runs Monday to Sunday.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

# What an assignment asks for. ``reference`` says which one: a prompt id, an exercise kind or a
# check-in kind; free writing needs none.
ASKS_FOR = ("prompt", "exercise", "writing", "checkin")
TARGET_KINDS = ("weekly", "daily", "once")
STATUSES = ("active", "done", "set-aside")

MAX_TITLE_CHARS = 120
MAX_TEXT_CHARS = 4000
MAX_REFERENCE_CHARS = 200
MAX_TIMES_PER_WEEK = 21
DAYS_IN_WEEK = 7

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidAssignment(ValueError):
    """An assignment was refused; ``problems`` says every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Target:
    """How often: ``times`` a week (``weekly``), every day (``daily``) or just ``once``."""

    kind: str = "weekly"
    times: int = 1


def new_assignment_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Assignment:
    title: str
    asks_for: str = "writing"
    reference: str = ""
    instructions: str = ""
    target: Target = field(default_factory=Target)
    starts: date | None = None
    due: date | None = None
    status: str = "active"
    notes: str = ""
    id: int | None = None
    uid: str = field(default_factory=new_assignment_uid)
    # Set when it came from a homework pack: importing a newer pack updates it in place.
    pack_id: str | None = None
    pack_item: str | None = None


def assignment_problems(assignment: Assignment, where: str = "The assignment") -> list[str]:
    """Every problem with ``assignment``; an empty list means it can be stored."""
    problems = _text_problems(assignment.title, f"{where}'s title", MAX_TITLE_CHARS)
    for text, what in ((assignment.instructions, "instructions"), (assignment.notes, "notes")):
        problems += _text_problems(text, f"{where}'s {what}", MAX_TEXT_CHARS, empty=True)
    if assignment.asks_for not in ASKS_FOR:
        problems.append(f"{where} asks for '{assignment.asks_for}', not one of: {_list(ASKS_FOR)}.")
    elif assignment.asks_for != "writing" and not assignment.reference.strip():
        problems.append(f"{where} needs to say which {assignment.asks_for} it asks for.")
    problems += _text_problems(
        assignment.reference, f"{where}'s reference", MAX_REFERENCE_CHARS, empty=True
    )
    problems += target_problems(assignment.target, f"{where}'s target")
    if assignment.status not in STATUSES:
        problems.append(f"{where}'s status '{assignment.status}' is not one of: {_list(STATUSES)}.")
    if assignment.starts and assignment.due and assignment.due < assignment.starts:
        problems.append(f"{where} is due before it starts.")
    return problems


def target_problems(target: Target, where: str = "The target") -> list[str]:
    if target.kind not in TARGET_KINDS:
        return [f"{where} '{target.kind}' is not one of: {_list(TARGET_KINDS)}."]
    if target.kind == "weekly" and not 1 <= target.times <= MAX_TIMES_PER_WEEK:
        return [f"{where} must be 1 to {MAX_TIMES_PER_WEEK} times a week, not {target.times}."]
    return []


def check_assignment(assignment: Assignment) -> None:
    problems = assignment_problems(assignment)
    if problems:
        raise InvalidAssignment(problems)


# -- progress -------------------------------------------------------------------------------------


def week_of(day: date) -> tuple[date, date]:
    """The Monday and the Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=DAYS_IN_WEEK - 1)


@dataclass(frozen=True)
class Progress:
    """How an assignment went in a period: ``done`` times of the ``wanted``, and when last."""

    done: int
    wanted: int
    last_done: date | None
    done_ever: int

    @property
    def reached(self) -> bool:
        return self.done >= self.wanted


def progress(
    assignment: Assignment, done_days: Iterable[date], first: date, last: date
) -> Progress:
    """Progress between ``first`` and ``last`` (both included) from the local days of the
    entries written for ``assignment``.

    A one-off counts as reached once done at all, whenever that was. Daily asks for each day of
    the period the assignment is open; weekly asks its times for each week, in proportion for a
    period that is not whole weeks (a session summary's fortnight and a half).
    """
    days = sorted(done_days)
    in_period = [d for d in days if first <= d <= last]
    last_done = days[-1] if days else None
    if assignment.target.kind == "once":
        return Progress(min(len(days), 1), 1, last_done, len(days))
    span_first = max(first, assignment.starts) if assignment.starts else first
    span_last = min(last, assignment.due) if assignment.due else last
    open_days = max((span_last - span_first).days + 1, 0)
    if assignment.target.kind == "daily":
        wanted = open_days
        done = len(set(in_period))
    else:
        wanted = math.ceil(assignment.target.times * open_days / DAYS_IN_WEEK)
        done = len(in_period)
    return Progress(done, max(wanted, 1), last_done, len(days))


def week_progress(assignment: Assignment, done_days: Iterable[date], today: date) -> Progress:
    """Progress in the week (Monday to Sunday) that ``today`` falls in."""
    monday, sunday = week_of(today)
    return progress(assignment, done_days, monday, sunday)


def this_week(assignments: Iterable[Assignment], today: date) -> list[Assignment]:
    """What belongs on the This week list: active ones open at some point this week, the
    soonest due first, then by title."""
    monday, sunday = week_of(today)
    shown = [
        a
        for a in assignments
        if a.status == "active"
        and (a.starts is None or a.starts <= sunday)
        and (a.due is None or a.due >= monday)
    ]
    return sorted(shown, key=lambda a: (a.due or date.max, a.title.casefold(), a.id or 0))


def due_days(assignments: Iterable[Assignment]) -> set[date]:
    """The days active homework is due, for reminders: dates only, nothing of what is due."""
    return {a.due for a in assignments if a.status == "active" and a.due is not None}


def _text_problems(value: object, what: str, limit: int, *, empty: bool = False) -> list[str]:
    if not isinstance(value, str):
        return [f"{what} must be text."]
    if not empty and not value.strip():
        return [f"{what} is empty."]
    if len(value) > limit:
        return [f"{what} is too long: {len(value)} characters, at most {limit}."]
    if _CONTROL.search(value):
        return [f"{what} contains control characters."]
    return []


def _list(values: Iterable[str]) -> str:
    return ", ".join(values)
