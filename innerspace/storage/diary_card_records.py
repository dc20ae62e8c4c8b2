"""Finished DBT diary cards, read by the day each is about, for Patterns.

A card filled in the next morning is about the day before, so cards are chosen by the day they
name. A draft is still being written and is left out; a card whose fields can't be read is
skipped.
"""

from __future__ import annotations

import json
import logging
from datetime import date

from innerspace.core.dbt_diary_card import DiaryCard, DiaryCardDay
from innerspace.core.entries import read_moment
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)


def diary_card_days(vault: Vault, first: date, last: date) -> list[DiaryCardDay]:
    """The cards about ``first`` .. ``last``, earliest day first."""
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries WHERE kind = ?",
        (DiaryCard.KIND,),
    ).fetchall()
    days: list[DiaryCardDay] = []
    for entry_id, created_utc, offset, raw in rows:
        written = read_moment(created_utc, offset)
        try:
            fields = json.loads(raw) if isinstance(raw, str) else None
            if not isinstance(fields, dict) or fields.get("status") == "draft" or written is None:
                continue
            card = DiaryCard.from_fields(fields)
            day = card.day_of() or written.date()
        except (ValueError, TypeError, OverflowError):
            log.warning("skipped a diary card whose fields can't be read")
            continue
        if first <= day <= last:
            days.append(DiaryCardDay(int(entry_id), day, card))
    return sorted(days, key=lambda d: (d.day, d.entry_id))
