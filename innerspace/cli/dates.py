"""Dates people type on the command line: ISO 8601, in their own time zone unless they say."""

from __future__ import annotations

from datetime import date, datetime, time

from innerspace.cli.errors import CommandError

# A date alone becomes midday: every day has one (clocks change at night), and it doesn't read
# like the night before.
DATE_ONLY_TIME = time(12, 0)
EXAMPLES = "2024-03-05, 2024-03-05T21:30 or 2024-03-05T21:30+01:00"


def parse_moment(text: str) -> datetime:
    """A date or a date and time; without a UTC offset it is the computer's local time."""
    cleaned = text.strip()
    try:
        moment = datetime.combine(date.fromisoformat(cleaned), DATE_ONLY_TIME)
    except ValueError:
        try:
            moment = datetime.fromisoformat(cleaned)
        except ValueError as exc:
            raise CommandError(f"“{text}” isn't a date; please write it like {EXAMPLES}.") from exc
    if moment.tzinfo is not None:
        return moment
    try:
        return moment.astimezone()
    except (OverflowError, OSError, ValueError) as exc:
        raise CommandError(f"“{text}” is too far from today to place in your time zone.") from exc


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CommandError(
            f"{option} “{text}” isn't a date; please write it like 2024-03-05."
        ) from exc
