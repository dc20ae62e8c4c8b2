"""Reading and writing the stored fields of the newer exercise kinds, one small rule each.

A stored exercise may be half done (a missing key reads as empty) but never out of range: a
damaged or hand-edited file must not put 30 hours of sleep or an urge of 9 out of 5 into a chart.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from innerspace.core.english_dates import MONTHS, WEEKDAYS


class FieldError(ValueError):
    """A stored exercise field has the wrong type or is out of range."""


def text_field(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(f"'{key}' should be text.")
    return value


def texts_field(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FieldError(f"'{key}' should be a list of text.")
    return list(value)


def number_field(data: dict[str, Any], key: str, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high``, or None when not filled in yet."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError(f"'{key}' should be a whole number from {low} to {high}.")
    check_number(value, key, low, high)
    return value


def flag_field(data: dict[str, Any], key: str) -> bool | None:
    """True, False, or None when not answered yet."""
    value = data.get(key)
    if value is not None and not isinstance(value, bool):
        raise FieldError(f"'{key}' should be true or false.")
    return value


def objects_field(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise FieldError(f"'{key}' should be a list of objects.")
    return list(value)


def check_number(value: int | None, what: str, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        raise FieldError(f"'{what}' should be from {low} to {high}.")


def check_day(text: str, what: str) -> None:
    """An ISO day ("2026-12-04") or nothing yet."""
    if text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise FieldError(f"'{what}' should be a day like 2026-12-04.") from None


def spoken_day(stored: str, today: date | None = None) -> str:
    """A stored ``2026-12-04`` as people say it: "Friday 4 December" (the year only when it
    isn't this year); text that isn't a day stays as written."""
    try:
        day = date.fromisoformat(stored)
    except ValueError:
        return stored
    year = "" if day.year == (today or date.today()).year else f" {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}{year}"


def section(title: str, body: str) -> str:
    return f"**{title}**\n\n{body.strip()}\n" if body.strip() else ""


def bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items if item.strip())


def join_sections(title: str, parts: list[str]) -> str:
    return "\n".join([f"## {title}\n", *(p for p in parts if p)]).rstrip() + "\n"


def mean(values: list[int] | list[float]) -> float | None:
    return sum(values) / len(values) if values else None
