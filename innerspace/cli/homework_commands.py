"""`innerspace homework`: this week's assignments and how far along each one is."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from innerspace.cli import output, passphrase
from innerspace.cli.dates import parse_day
from innerspace.cli.unlock import unlock
from innerspace.core.english_dates import MONTHS, WEEKDAYS
from innerspace.core.entries import local_now
from innerspace.core.homework import Assignment, Progress, week_of
from innerspace.storage.homework import AssignmentProgress, Homework

NOTHING_THIS_WEEK = (
    "No homework this week. Assignments come with a homework pack, or you can add your own "
    "in the app's This week view."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    homework = commands.add_parser(
        "homework",
        help="this week's homework and how far along it is",
        description="List this week's assignments (Monday to Sunday), one a line, with how "
        "often each was done this week, counted from the entries written for it on their own "
        "local day, and when each is due.",
    )
    homework.add_argument(
        "--week",
        metavar="DATE",
        help="show the week that holds this day (2024-03-05); default this week",
    )
    homework.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: the week's first and last day, and its assignments with "
        "their progress",
    )
    passphrase.add_file_option(homework)
    homework.set_defaults(handler=show_homework)


def show_homework(args: argparse.Namespace, data_dir: Path) -> int:
    today = parse_day(args.week, "--week") if args.week else local_now().date()
    with unlock(data_dir, args.passphrase_file) as vault:
        shown = Homework(vault).this_week(today)
    if args.json:
        output.print_json(homework_json(shown, today))
    elif not shown:
        print(NOTHING_THIS_WEEK)
    else:
        width = max(len(str(item.assignment.id)) for item in shown)
        for item in shown:
            print(homework_line(item, today, width))
    return 0


def homework_line(item: AssignmentProgress, today: date, id_width: int) -> str:
    assignment, progress = item.assignment, item.progress
    parts = [progress_words(assignment, progress), *due_words(assignment, today)]
    if progress.last_done is not None:
        parts.append(f"last done {_day(progress.last_done)}")
    title = output.one_line(assignment.title)
    return f"{assignment.id:>{id_width}}  {title}: {', '.join(parts)}"


def progress_words(assignment: Assignment, progress: Progress) -> str:
    """Gently: what was done, never what wasn't ("2 of 3 this week", "Done this week")."""
    if assignment.target.kind == "once":
        return "done" if progress.reached else "once, when it suits you"
    if progress.reached:
        return "done this week"
    unit = " days" if assignment.target.kind == "daily" else ""
    return f"{progress.done} of {progress.wanted}{unit} this week"


def due_words(assignment: Assignment, today: date) -> list[str]:
    words = []
    if assignment.starts is not None and assignment.starts > today:
        words.append(f"starts {_near_day(assignment.starts, today)}")
    due = assignment.due
    if due is not None:
        words.append(
            f"ran until {_near_day(due, today)}" if due < today else f"due {_near_day(due, today)}"
        )
    return words


def homework_json(shown: list[AssignmentProgress], today: date) -> dict[str, Any]:
    monday, sunday = week_of(today)
    return {
        "week": {"from": monday.isoformat(), "to": sunday.isoformat()},
        "assignments": [
            {
                "id": item.assignment.id,
                "uid": item.assignment.uid,
                "title": item.assignment.title,
                "instructions": item.assignment.instructions,
                "asks_for": item.assignment.asks_for,
                "reference": item.assignment.reference or None,
                "target": {
                    "kind": item.assignment.target.kind,
                    "times": item.assignment.target.times,
                },
                "starts": _iso(item.assignment.starts),
                "due": _iso(item.assignment.due),
                "done": item.progress.done,
                "wanted": item.progress.wanted,
                "reached": item.progress.reached,
                "last_done": _iso(item.progress.last_done),
                "done_ever": item.progress.done_ever,
            }
            for item in shown
        ],
    }


def _near_day(day: date, today: date) -> str:
    if day == today:
        return "today"
    if (day - today).days == 1:
        return "tomorrow"
    if abs((day - today).days) < 7:
        return WEEKDAYS[day.weekday()]
    return _day(day)


def _day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
