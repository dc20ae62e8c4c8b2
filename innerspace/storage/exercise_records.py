"""Finished thought records, coping-toolbox notes and activity logs, read as the plain records
pattern review takes: one query per kind of exercise.

A draft is still being written, so it is left out. A stored exercise whose fields can't be read
(hand-edited, or damaged) is skipped rather than stopping the whole review.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Hashable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import sqlcipher3

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
    for the log when its fields can't be read.

    What each exercise gave is kept with the vault, by ``what``: a later call parses only the
    exercises marked as changed since (``pattern_exercise_schema``) and those of days not read
    before, so a journal of 100,000 entries (10,000 of a kind) is read once, not on every
    review."""
    low = _utc_micros(first, -_WIDEST_OFFSET)
    high = _utc_micros(last, timedelta(1) + _WIDEST_OFFSET)
    conn = vault.connection
    kept = _kept(vault, what)
    newest = _newest_mark(conn)
    if kept.connection is not conn or newest < kept.mark:
        # Another database behind the vault (the marks started again): nothing kept holds.
        kept = _KEPT[vault][what] = _Kept(conn)
    if kept.low == kept.high:
        # Nothing read yet: what is read below is the exercises as they are now.
        kept.mark = newest
        kept.low = kept.high = low
    if newest > kept.mark:
        changed = [
            int(r[0])
            for r in conn.execute(
                "SELECT entry_id FROM pattern_exercise_marks WHERE mark > ?", (kept.mark,)
            )
        ]
        for entry_id in changed:
            kept.made.pop(entry_id, None)
        for start in range(0, len(changed), _AT_ONCE):
            ids = changed[start : start + _AT_ONCE]
            marks = ",".join("?" * len(ids))
            kept.add(
                conn.execute(
                    f"SELECT id, sort_key, created_utc, created_offset, fields FROM entries "
                    f"WHERE id IN ({marks}) AND kind = ? AND sort_key >= ? AND sort_key < ?",
                    (*ids, kind, kept.low, kept.high),
                ),
                read,
                what,
            )
        kept.mark = newest
        kept.shown.clear()
    if low < kept.low or high > kept.high:
        new_low, new_high = min(low, kept.low), max(high, kept.high)
        for start, end in ((new_low, kept.low), (kept.high, new_high)):
            if start < end:
                kept.add(
                    conn.execute(
                        "SELECT id, sort_key, created_utc, created_offset, fields FROM entries "
                        "WHERE kind = ? AND sort_key >= ? AND sort_key < ?",
                        (kind, start, end),
                    ),
                    read,
                    what,
                )
        kept.low, kept.high = new_low, new_high
        kept.shown.clear()
    found = kept.shown.get((first, last))
    if found is None:
        ordered = sorted(
            (sort_key, made)
            for sort_key, day, made in kept.made.values()
            if made is not None and first <= day <= last
        )
        found = kept.shown[(first, last)] = [made for _key, made in ordered]
    return list(found)


# Changed exercises are looked up this many ids at a time (SQLite's limit on parameters).
_AT_ONCE = 500


class _Kept:
    """What one reader made of the exercises of stored times ``low`` .. ``high`` (microseconds,
    ``high`` left out), up to change ``mark``: by entry, its sort key, day and what was made
    (None for a draft or an exercise that couldn't be read); and the lists already given."""

    def __init__(self, connection: object) -> None:
        self.connection = connection
        self.mark = 0
        self.low = self.high = 0
        self.made: dict[int, tuple[int, date, Any]] = {}
        self.shown: dict[tuple[date, date], list[Any]] = {}

    def add(
        self,
        rows: Iterable[tuple[int, int, int, int, object]],
        read: Callable[[int, date, dict[str, Any]], Any],
        what: str,
    ) -> None:
        for entry_id, sort_key, created_utc, offset, raw in rows:
            written = read_moment(created_utc, offset)
            if written is not None:
                day = written.date()
                self.made[int(entry_id)] = (
                    sort_key,
                    day,
                    _make(read, int(entry_id), day, raw, what),
                )


_KEPT: WeakKeyDictionary[Vault, dict[str, _Kept]] = WeakKeyDictionary()


def _kept(vault: Vault, what: str) -> _Kept:
    readers = _KEPT.setdefault(vault, {})
    found = readers.get(what)
    if found is None:
        found = readers[what] = _Kept(vault.connection)
    return found


def kept_until_exercises_change(vault: Vault, key: Hashable, make: Callable[[], T]) -> T:
    """What ``make`` gives, kept with the vault by ``key`` until an exercise changes: for
    figures made only from what the readers above give."""
    conn = vault.connection
    newest = _newest_mark(conn)
    held = _FIGURES.get(vault)
    if held is None or held[0] is not conn or held[1] != newest:
        held = _FIGURES[vault] = (conn, newest, {})
    figures = held[2]
    if key not in figures:
        figures[key] = make()
    found: T = figures[key]
    return found


# By vault: the connection and newest mark the figures were made at, and the figures by key.
_FIGURES: WeakKeyDictionary[Vault, tuple[object, int, dict[Hashable, Any]]] = WeakKeyDictionary()


def _newest_mark(conn: sqlcipher3.Connection) -> int:
    return int(
        conn.execute("SELECT coalesce(max(mark), 0) FROM pattern_exercise_marks").fetchone()[0]
    )


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
