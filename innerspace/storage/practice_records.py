"""What values and activity planning and the fear ladder keep in the journal, read for the
planning form and for Patterns.

The values list is an entry the person reshapes over time; planning offers the values of the
newest one. Planned activities are activity logs marked as planned. A fear ladder is climbed over
weeks in one entry, so it counts in a stretch of time when it was written then or one of its
attempts was.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from innerspace.core.behavioural_experiment import (
    BehaviouralExperiment,
    ExperimentOutcome,
    experiment_outcome,
)
from innerspace.core.entries import read_moment
from innerspace.core.exercises import ActivityLog
from innerspace.core.fear_ladder import FearLadder, LadderProgress, ladder_progress
from innerspace.core.values_activities import PlannedActivity, ValuesList, planned_activity
from innerspace.storage.exercise_records import _fields, read_finished
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)


def newest_values(vault: Vault) -> ValuesList | None:
    """The values list written or reshaped most recently, draft or finished."""
    row = vault.connection.execute(
        "SELECT fields FROM entries WHERE kind = ? ORDER BY updated_utc DESC, id DESC LIMIT 1",
        (ValuesList.KIND,),
    ).fetchone()
    fields = None if row is None else _fields(row[0])
    if fields is None:
        return None
    try:
        return ValuesList.from_fields(fields)
    except (ValueError, TypeError, AttributeError):
        log.warning("skipped a values list whose fields can't be read")
        return None


def planned_activities(vault: Vault, first: date, last: date) -> list[PlannedActivity]:
    """Finished activity logs planned ahead, written on ``first`` .. ``last``, oldest first."""
    return read_finished(
        vault,
        ActivityLog.KIND,
        first,
        last,
        lambda entry_id, day, fields: planned_activity(
            entry_id, day, ActivityLog.from_fields(fields)
        ),
        "an activity log planned ahead",
    )


def experiments(vault: Vault, first: date, last: date) -> list[ExperimentOutcome]:
    """Finished experiments that name a belief, written on ``first`` .. ``last``."""
    return read_finished(
        vault,
        BehaviouralExperiment.KIND,
        first,
        last,
        lambda entry_id, day, fields: experiment_outcome(
            entry_id, day, BehaviouralExperiment.from_fields(fields)
        ),
        "an experiment",
    )


def fear_ladders(vault: Vault, first: date, last: date) -> list[LadderProgress]:
    """Every ladder written, or tried, on ``first`` .. ``last`` (drafts too: a ladder is often
    kept open while it is climbed), oldest first."""
    ladders: list[LadderProgress] = []
    for entry_id, day, fields in _every(vault, FearLadder.KIND):
        try:
            ladder = FearLadder.from_fields(fields)
        except (ValueError, TypeError, AttributeError):
            log.warning("skipped a fear ladder whose fields can't be read")
            continue
        tried = [_day(a.when) for a in ladder.attempts]
        if first <= day <= last or any(t is not None and first <= t <= last for t in tried):
            ladders.append(ladder_progress(entry_id, day, ladder))
    return ladders


def _every(vault: Vault, kind: str) -> Iterator[tuple[int, date, dict[str, Any]]]:
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries WHERE kind = ? "
        "ORDER BY sort_key",
        (kind,),
    ).fetchall()
    for entry_id, created_utc, offset, raw in rows:
        written = read_moment(created_utc, offset)
        fields = _fields(raw)
        if written is not None and fields is not None:
            yield int(entry_id), written.date(), fields


def _day(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date() if text else None
    except ValueError:
        return None
