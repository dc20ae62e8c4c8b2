"""Finished exercises as pattern review reads them: what was read before is reused only while
the exercise is unchanged; every edit is read afresh."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from innerspace.core.entries import Entry
from innerspace.core.exercises import CopingUse
from innerspace.storage.exercise_records import coping_uses
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

FIRST, LAST = date(2024, 5, 1), date(2024, 5, 7)


def _note(journal: Journal, when: str, use: CopingUse, status: str = "complete") -> Entry:
    fields = {**use.to_fields(), "status": status}
    return journal.add(
        Entry(kind=CopingUse.KIND, fields=fields, created=datetime.fromisoformat(when), body="…")
    )


def test_an_edited_exercise_is_read_again(vault: Vault, journal: Journal) -> None:
    walk = _note(journal, "2024-05-02T12:00+02:00", CopingUse("Walk", "movement", 7, 3, 8))
    _note(journal, "2024-05-03T12:00+02:00", CopingUse("Music", "", 5, 4, 5))
    assert [(u.strategy, u.helpfulness) for u in coping_uses(vault, FIRST, LAST)] == [
        ("Walk", 8),
        ("Music", 5),
    ]
    assert [(u.strategy, u.helpfulness) for u in coping_uses(vault, FIRST, LAST)] == [
        ("Walk", 8),
        ("Music", 5),
    ]

    fields = {**CopingUse("Walk", "movement", 7, 3, 2).to_fields(), "status": "complete"}
    journal.update(dataclasses.replace(walk, fields=fields))
    assert [(u.strategy, u.helpfulness) for u in coping_uses(vault, FIRST, LAST)] == [
        ("Walk", 2),
        ("Music", 5),
    ]
    journal.update(dataclasses.replace(walk, fields={**fields, "status": "draft"}))
    assert [u.strategy for u in coping_uses(vault, FIRST, LAST)] == ["Music"]
    moved = dataclasses.replace(
        journal.get(walk.id or 0),
        fields=fields,
        created=datetime.fromisoformat("2024-05-09T09:00+02:00"),
    )
    journal.update(moved)
    assert [u.strategy for u in coping_uses(vault, FIRST, LAST)] == ["Music"]
    assert [u.strategy for u in coping_uses(vault, FIRST, date(2024, 5, 9))] == ["Music", "Walk"]
