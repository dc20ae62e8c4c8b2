"""Finished thought records, coping-toolbox notes and activity logs, read as the plain records
pattern review takes: one query per kind of exercise.

A draft is still being written, so it is left out. A stored exercise whose fields can't be read
(hand-edited, or damaged) is skipped rather than stopping the whole review.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from innerspace.core.entries import read_moment, to_utc_micros
from innerspace.core.exercises import ActivityLog, ThoughtRecord
from innerspace.core.exercises import CopingUse as CopingToolUse
from innerspace.core.patterns import (
    ActivityRecord,
    CopingUse,
    ThoughtRecordOutcome,
    activity_record,
    coping_use,
    thought_record_outcome,
)
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")

DRAFT = "draft"
# No UTC offset reaches a full day: a stored-time window one day wider holds every local day.
_WIDEST_OFFSET = timedelta(hours=24)


def thought_record_outcomes(vault: Vault, first: date, last: date) -> list[ThoughtRecordOutcome]:
    """Finished thought records written on ``first`` .. ``last`` (the writer's local days),
    oldest first."""
    return read_finished(
        vault,
        ThoughtRecord.KIND,
        first,
        last,
        lambda entry_id, day, fields: thought_record_outcome(
            entry_id, day, ThoughtRecord.from_fields(fields)
        ),
        "a thought record",
    )


def coping_uses(vault: Vault, first: date, last: date) -> list[CopingUse]:
    """Finished coping-toolbox notes that name a strategy, written on ``first`` .. ``last``."""
    return read_finished(
        vault,
        CopingToolUse.KIND,
        first,
        last,
        lambda entry_id, day, fields: coping_use(entry_id, day, CopingToolUse.from_fields(fields)),
        "a coping-toolbox note",
    )


def activity_logs(vault: Vault, first: date, last: date) -> list[ActivityRecord]:
    """Finished activity logs that name an activity, written on ``first`` .. ``last``."""
    return read_finished(
        vault,
        ActivityLog.KIND,
        first,
        last,
        lambda entry_id, day, fields: activity_record(
            entry_id, day, ActivityLog.from_fields(fields)
        ),
        "an activity log",
    )


# What each finished exercise gave the last time it was read, by reader and entry, with the
# entry's day and stored fields it was read from: an exercise unchanged since is not parsed
# again (a journal of 100,000 entries may hold 10,000 of a kind). One item per entry read.
_READ: dict[str, dict[int, tuple[tuple[date, int, int], Any]]] = {}


def read_finished(
    vault: Vault,
    kind: str,
    first: date,
    last: date,
    read: Callable[[int, date, dict[str, Any]], T | None],
    what: str,
) -> list[T]:
    """What ``read`` makes of each finished exercise of ``kind`` written on ``first`` ..
    ``last``, oldest first, leaving out what it makes nothing of; ``what`` names one exercise
    for the log when its fields can't be read."""
    window = (_utc_micros(first, -_WIDEST_OFFSET), _utc_micros(last, timedelta(1) + _WIDEST_OFFSET))
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries "
        "WHERE kind = ? AND sort_key >= ? AND sort_key < ? ORDER BY sort_key",
        (kind, *window),
    ).fetchall()
    known = _READ.setdefault(what, {})
    found: list[T] = []
    for entry_id, created_utc, offset, raw in rows:
        written = read_moment(created_utc, offset)
        if written is None or not first <= written.date() <= last:
            continue
        day = written.date()
        stamp = (day, hash(raw), len(raw) if isinstance(raw, str) else -1)
        stamped, made = known.get(entry_id, (None, None))
        if stamped != stamp:
            made = _make(read, int(entry_id), day, raw, what)
            known[entry_id] = (stamp, made)
        if made is not None:
            found.append(made)
    return found


def _make(
    read: Callable[[int, date, dict[str, Any]], T | None],
    entry_id: int,
    day: date,
    raw: object,
    what: str,
) -> T | None:
    fields = _fields(raw)
    if fields is None or fields.get("status") == DRAFT:
        return None
    try:
        return read(entry_id, day, fields)
    except (ValueError, TypeError, AttributeError):
        log.warning("skipped %s whose fields can't be read", what)
        return None


def _fields(raw: object) -> dict[str, Any] | None:
    if not isinstance(raw, str):
        return None
    try:
        fields = json.loads(raw)
    except ValueError:
        return None
    return fields if isinstance(fields, dict) else None


def _utc_micros(day: date, shift: timedelta) -> int:
    try:
        return to_utc_micros(datetime.combine(day, time(0), tzinfo=UTC) + shift)
    except OverflowError:
        # At the ends of the calendar there is nothing further to include.
        return -(2**63) if shift < timedelta(0) else 2**63 - 1
