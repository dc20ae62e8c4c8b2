"""Check-ins in the vault: each one an entry of kind ``checkin``, and the names of the person's
own scales.

A check-in is an entry so that it sits in the timeline where the person can open or delete it,
travels in every export and backup with the rest, and can be linked like any other entry. Its
fields hold the answers; the scores here are worked out from them. A stored check-in whose
fields can't be read (hand-edited, or damaged) is skipped rather than stopping a chart.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, datetime

from innerspace.core.checkins import (
    KIND,
    Checkin,
    CheckinError,
    CheckinPoint,
    CheckinSummary,
    OwnCheckin,
    checkin_from_fields,
    clean_scale_names,
    own_scale_key,
    points_of,
    summarise,
)
from innerspace.core.entries import Entry, local_now, read_moment
from innerspace.storage.journal import Journal
from innerspace.storage.named_lists import load_names, save_names
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

OWN_SCALES_KEY = "checkin_scales"


def save_checkin(journal: Journal, checkin: Checkin, when: datetime | None = None) -> Entry:
    """Store ``checkin`` as a new entry (one transaction) and return it with its id."""
    moment = when or local_now()
    entry = Entry(
        title=checkin.title(),
        body=checkin.to_markdown(),
        kind=KIND,
        fields=checkin.to_fields(),
        created=moment,
        updated=moment,
    )
    return journal.add(entry)


def stored_checkins(vault: Vault, last: date | None = None) -> list[tuple[int, datetime, Checkin]]:
    """Every readable check-in taken up to ``last`` (the taker's local day), oldest first."""
    rows = vault.connection.execute(
        "SELECT id, created_utc, created_offset, fields FROM entries "
        "WHERE kind = ? ORDER BY sort_key",
        (KIND,),
    ).fetchall()
    found: list[tuple[int, datetime, Checkin]] = []
    for entry_id, created_utc, offset, raw in rows:
        taken = read_moment(created_utc, offset)
        if taken is None or (last is not None and taken.date() > last):
            continue
        try:
            checkin = checkin_from_fields(json.loads(raw) if isinstance(raw, str) else None)
        except (CheckinError, ValueError, TypeError):
            log.warning("skipped a check-in whose answers can't be read")
            continue
        found.append((int(entry_id), taken, checkin))
    return found


def checkin_points(vault: Vault, last: date | None = None) -> list[CheckinPoint]:
    """The score of every scale of every check-in up to ``last``, oldest first."""
    return [
        point
        for entry_id, taken, checkin in stored_checkins(vault, last)
        for point in points_of(entry_id, taken, checkin)
    ]


def checkin_summary(vault: Vault, first: date | None, last: date) -> tuple[CheckinSummary, ...]:
    """Check-in scores and their change over ``first`` .. ``last`` (``first=None``: from the
    first one), each scale compared with its last score before the period."""
    points = checkin_points(vault, last)
    inside = [p for p in points if first is None or p.day >= first]
    before = [p for p in points if first is not None and p.day < first]
    return summarise(inside, before, own_scale_names(vault, points))


def previous_score(vault: Vault, questionnaire_id: str, before: datetime) -> int | None:
    """The score of the last ``questionnaire_id`` check-in taken before ``before``."""
    return previous_scores(vault, before).get(questionnaire_id)


def previous_scores(vault: Vault, before: datetime) -> dict[str, int]:
    """Each scale's last score before ``before`` (a questionnaire's id, or ``own_scale_key``)."""
    return {p.scale: p.score for p in checkin_points(vault) if p.taken < before}


def own_scale_names(vault: Vault, points: Iterable[CheckinPoint] = ()) -> dict[str, str]:
    """Each own scale's key and the name to show: as the person named it last."""
    names: dict[str, str] = {}
    keys = {p.scale for p in points}
    for _id, _taken, checkin in stored_checkins(vault) if keys else ():
        if isinstance(checkin, OwnCheckin):
            for rating in checkin.ratings:
                names[own_scale_key(rating.name)] = rating.name
    return names


def load_own_scales(vault: Vault) -> list[str]:
    """The scales of the person's own check-in, in their order."""
    return load_names(vault, OWN_SCALES_KEY, clean_scale_names)


def save_own_scales(vault: Vault, names: Iterable[str]) -> list[str]:
    return save_names(vault, OWN_SCALES_KEY, names, clean_scale_names)
