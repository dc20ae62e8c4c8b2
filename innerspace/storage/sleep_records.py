"""Finished sleep diaries, read as the nights Patterns charts.

A diary is about the night it names, which is not the day it was written (a diary kept in the
morning is about the night before), so nights are chosen by that day. A draft is still being
written and is left out; a diary whose fields can't be read is skipped.
"""

from __future__ import annotations

import json
import logging
from datetime import date

from innerspace.core.entries import read_moment
from innerspace.core.sleep_diary import SleepDiary, SleepNight, sleep_night
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)


def sleep_nights(vault: Vault, first: date, last: date) -> list[SleepNight]:
    """The nights of ``first`` .. ``last`` from finished diaries, earliest night first."""
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries WHERE kind = ?",
        (SleepDiary.KIND,),
    ).fetchall()
    nights: list[SleepNight] = []
    for entry_id, created_utc, offset, raw in rows:
        written = read_moment(created_utc, offset)
        try:
            fields = json.loads(raw) if isinstance(raw, str) else None
            if not isinstance(fields, dict) or fields.get("status") == "draft" or written is None:
                continue
            night = sleep_night(int(entry_id), written.date(), SleepDiary.from_fields(fields))
        except (ValueError, TypeError, OverflowError):
            log.warning("skipped a sleep diary whose fields can't be read")
            continue
        if first <= night.night <= last:
            nights.append(night)
    return sorted(nights, key=lambda n: (n.night, n.entry_id))
