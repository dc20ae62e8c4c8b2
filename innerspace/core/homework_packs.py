"""The ``assignments`` of a homework pack: a prompt pack (format version 2) that a therapist
hands a client, with the homework in it. docs/prompt-pack-format.md describes the fields.

Checked with the rest of the pack, so every problem in the file is listed at once, each with
its place ("Assignment 2 ('walks')'s target …"), and a pack with any problem imports nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date
from typing import Any

from innerspace.core.exercises import EXERCISE_KINDS
from innerspace.core.homework import (
    ASKS_FOR,
    MAX_TIMES_PER_WEEK,
    TARGET_KINDS,
    Assignment,
    Target,
    assignment_problems,
)

MAX_ASSIGNMENTS = 100

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_REQUIRED = ("id", "title", "asks_for", "target")
_OPTIONAL = ("instructions", "reference", "starts", "due")
_TARGET_KEYS = ("kind", "times")
_EXAMPLE_TARGET = '{"kind": "weekly", "times": 3}'


def assignments_problems(
    items: object, pack_prompts: Collection[str], builtin_prompts: Callable[[], Collection[str]]
) -> list[str]:
    """Every problem with a pack's ``assignments`` list. A prompt is named by its id in this
    pack, or by a built-in prompt's id (``builtin_prompts`` is asked only when needed)."""
    if not isinstance(items, list):
        return ["'assignments' must be a list."]
    if len(items) > MAX_ASSIGNMENTS:
        return [f"The pack has {len(items)} assignments; at most {MAX_ASSIGNMENTS} are allowed."]
    problems: list[str] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"Assignment {number}"
        if not isinstance(item, dict):
            problems.append(f"{where} must be a JSON object.")
            continue
        if isinstance(item.get("id"), str):
            where = f"Assignment {number} ('{item['id'][:64]}')"
            if item["id"] in seen:
                problems.append(f"{where} has the same id as an earlier assignment.")
            seen.add(item["id"])
        problems.extend(_item_problems(item, where, pack_prompts, builtin_prompts))
    return problems


def assignments_from_json(
    items: list[dict[str, Any]], pack_id: str, pack_prompts: Collection[str]
) -> tuple[Assignment, ...]:
    """The assignments of a pack that ``assignments_problems`` has accepted; a prompt of the
    pack itself is named as it is known in the journal (``pack-id/prompt-id``)."""
    made = []
    for item in items:
        asks_for, reference = item["asks_for"], str(item.get("reference", "")).strip()
        if asks_for == "prompt" and reference in pack_prompts:
            reference = f"{pack_id}/{reference}"
        target = item["target"]
        made.append(
            Assignment(
                title=item["title"].strip(),
                instructions=str(item.get("instructions", "")).strip(),
                asks_for=asks_for,
                reference=reference,
                target=Target(target["kind"], int(target.get("times", 1))),
                starts=_date(item.get("starts")),
                due=_date(item.get("due")),
                pack_id=pack_id,
                pack_item=item["id"],
            )
        )
    return tuple(made)


def _item_problems(
    item: dict[str, Any],
    where: str,
    pack_prompts: Collection[str],
    builtin_prompts: Callable[[], Collection[str]],
) -> list[str]:
    problems = [f"{where} is missing '{key}'." for key in _REQUIRED if key not in item]
    problems += [
        f"{where} has an unknown field '{key}'."
        for key in item
        if key not in _REQUIRED and key not in _OPTIONAL
    ]
    if "id" in item and not (isinstance(item["id"], str) and _ID.match(item["id"])):
        problems.append(
            f"{where}'s id must be 1 to 64 characters of lower-case letters, digits, '.', '-' or "
            "'_', starting with a letter or digit."
        )
    for key in ("title", "instructions", "reference"):
        if key in item and not isinstance(item[key], str):
            problems.append(f"{where}'s {key} must be text.")
    asks_for = item.get("asks_for")
    if "asks_for" in item and asks_for not in ASKS_FOR:
        problems.append(
            f"{where}'s asks_for {_show(asks_for)} is not one of: {', '.join(ASKS_FOR)}."
        )
    reference = item.get("reference", "")
    if isinstance(reference, str) and reference.strip():
        problems.extend(
            _reference_problems(asks_for, reference.strip(), where, pack_prompts, builtin_prompts)
        )
    target = _target_and_problems(item.get("target"), where) if "target" in item else None
    if target is not None:
        problems.extend(target[1])
    dates = {}
    for key in ("starts", "due"):
        if key in item:
            day = _date_or_none(item[key])
            if day is None:
                problems.append(f"{where}'s {key} must be a date written YYYY-MM-DD.")
            dates[key] = day
    if problems:
        return problems
    # The shape is right: the rules every assignment keeps (lengths, dates in order, …).
    candidate = Assignment(
        title=item["title"],
        instructions=item.get("instructions", ""),
        asks_for=item["asks_for"],
        reference=item.get("reference", ""),
        target=target[0] if target is not None else Target(),
        starts=dates.get("starts"),
        due=dates.get("due"),
    )
    return assignment_problems(candidate, where)


def _reference_problems(
    asks_for: object,
    reference: str,
    where: str,
    pack_prompts: Collection[str],
    builtin_prompts: Callable[[], Collection[str]],
) -> list[str]:
    if asks_for == "writing":
        return [f"{where} asks for free writing, which needs no reference."]
    if asks_for == "prompt" and not (reference in pack_prompts or reference in builtin_prompts()):
        return [
            f"{where} asks for the prompt '{reference[:64]}', which is neither in this pack "
            "nor one of InnerSpace's own."
        ]
    if asks_for == "exercise" and reference not in EXERCISE_KINDS:
        return [
            f"{where} asks for the exercise {_show(reference)}, which is not one of: "
            f"{', '.join(EXERCISE_KINDS)}."
        ]
    if asks_for == "checkin" and not _ID.match(reference):
        return [f"{where}'s check-in must be named by an id such as 'phq9' or 'who5'."]
    return []


def _target_and_problems(value: object, where: str) -> tuple[Target, list[str]] | None:
    what = f"{where}'s target"
    if not isinstance(value, dict):
        return Target(), [f"{what} must be an object such as {_EXAMPLE_TARGET}."]
    problems = [f"{what} has an unknown field '{key}'." for key in value if key not in _TARGET_KEYS]
    kind, times = value.get("kind"), value.get("times", 1)
    if kind not in TARGET_KINDS:
        problems.append(f"{what}'s kind {_show(kind)} is not one of: {', '.join(TARGET_KINDS)}.")
    if isinstance(times, bool) or not isinstance(times, int):
        problems.append(f"{what}'s times must be a whole number.")
    elif kind == "weekly" and not 1 <= times <= MAX_TIMES_PER_WEEK:
        problems.append(f"{what} must be 1 to {MAX_TIMES_PER_WEEK} times a week, not {times}.")
    elif kind in ("daily", "once") and "times" in value:
        problems.append(f"{what} is {kind}, so it needs no times.")
    if problems:
        return Target(), problems
    return Target(str(kind), int(times)), []


def _date_or_none(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _date(value: object) -> date | None:
    return None if value is None else _date_or_none(value)


def _show(value: object) -> str:
    text = f"'{value}'" if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
