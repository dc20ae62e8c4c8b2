"""Finished thought records, coping-toolbox notes and activity logs, read as the plain records
pattern review takes: one query per kind of exercise.

A draft is still being written, so it is left out. A stored exercise whose fields can't be read
(hand-edited, or damaged) is skipped rather than stopping the whole review.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

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

DRAFT = "draft"
# No UTC offset reaches a full day: a stored-time window one day wider holds every local day.
_WIDEST_OFFSET = timedelta(hours=24)


def thought_record_outcomes(vault: Vault, first: date, last: date) -> list[ThoughtRecordOutcome]:
    """Finished thought records written on ``first`` .. ``last`` (the writer's local days),
    oldest first."""
    outcomes: list[ThoughtRecordOutcome] = []
    for entry_id, day, fields in _finished(vault, ThoughtRecord.KIND, first, last):
        try:
            record = ThoughtRecord.from_fields(fields)
        except (ValueError, TypeError, AttributeError):
            log.warning("skipped a thought record whose fields can't be read")
            continue
        outcomes.append(thought_record_outcome(entry_id, day, record))
    return outcomes


def coping_uses(vault: Vault, first: date, last: date) -> list[CopingUse]:
    """Finished coping-toolbox notes that name a strategy, written on ``first`` .. ``last``."""
    uses: list[CopingUse] = []
    for entry_id, day, fields in _finished(vault, CopingToolUse.KIND, first, last):
        try:
            used = coping_use(entry_id, day, CopingToolUse.from_fields(fields))
        except (ValueError, TypeError, AttributeError):
            log.warning("skipped a coping-toolbox note whose fields can't be read")
            continue
        if used is not None:
            uses.append(used)
    return uses


def activity_logs(vault: Vault, first: date, last: date) -> list[ActivityRecord]:
    """Finished activity logs that name an activity, written on ``first`` .. ``last``."""
    logs: list[ActivityRecord] = []
    for entry_id, day, fields in _finished(vault, ActivityLog.KIND, first, last):
        try:
            logged = activity_record(entry_id, day, ActivityLog.from_fields(fields))
        except (ValueError, TypeError, AttributeError):
            log.warning("skipped an activity log whose fields can't be read")
            continue
        if logged is not None:
            logs.append(logged)
    return logs


def _finished(
    vault: Vault, kind: str, first: date, last: date
) -> Iterator[tuple[int, date, dict[str, Any]]]:
    window = (_utc_micros(first, -_WIDEST_OFFSET), _utc_micros(last, timedelta(1) + _WIDEST_OFFSET))
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries "
        "WHERE kind = ? AND sort_key >= ? AND sort_key < ? ORDER BY sort_key",
        (kind, *window),
    ).fetchall()
    for entry_id, created_utc, offset, raw in rows:
        written = read_moment(created_utc, offset)
        if written is None or not first <= written.date() <= last:
            continue
        day = written.date()
        fields = _fields(raw)
        if fields is not None and fields.get("status") != DRAFT:
            yield int(entry_id), day, fields


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
