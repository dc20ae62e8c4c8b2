"""Finished exercises as pattern review reads them: what was read before is reused only while
the exercise is unchanged; every edit, delete, undo and import is read afresh."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

from innerspace.core.entries import Entry
from innerspace.core.exercises import CopingUse
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.exercise_records import coping_uses, read_finished
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
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


def _strategies(vault: Vault, first: date = FIRST, last: date = LAST) -> list[tuple[str, int]]:
    return [(u.strategy, u.helpfulness) for u in coping_uses(vault, first, last)]


def test_a_deleted_exercise_leaves_and_comes_back_with_undo(vault: Vault, journal: Journal) -> None:
    walk = _note(journal, "2024-05-02T12:00+02:00", CopingUse("Walk", "movement", 7, 3, 8))
    _note(journal, "2024-05-03T12:00+02:00", CopingUse("Music", "", 5, 4, 5))
    assert _strategies(vault) == [("Walk", 8), ("Music", 5)]

    removed = journal.delete(walk.id or 0)
    assert _strategies(vault) == [("Music", 5)]
    journal.add(dataclasses.replace(removed))  # undo, as the journal screen does it
    assert _strategies(vault) == [("Walk", 8), ("Music", 5)]


def test_exercises_imported_after_a_review_are_in_the_next(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    _note(journal, "2024-05-03T12:00+02:00", CopingUse("Music", "", 5, 4, 5))
    assert _strategies(vault) == [("Music", 5)]

    other, _recovery = Vault.create(tmp_path / "other", "another quiet room", kdf=FLOOR)
    with other:
        _note(Journal(other), "2024-05-02T08:00+02:00", CopingUse("Call Sam", "", 6, 2, 9))
        export_json(Journal(other), tmp_path / "export.json")
    commit(preview(parse_file("innerspace", tmp_path / "export.json"), journal), journal)
    assert _strategies(vault) == [("Call Sam", 9), ("Music", 5)]


def test_a_longer_range_reads_the_days_not_read_before(vault: Vault, journal: Journal) -> None:
    _note(journal, "2024-04-20T12:00+02:00", CopingUse("Bath", "", 6, 3, 6))
    _note(journal, "2024-05-03T12:00+02:00", CopingUse("Music", "", 5, 4, 5))
    _note(journal, "2024-06-01T12:00+02:00", CopingUse("Walk", "", 7, 3, 8))
    assert _strategies(vault) == [("Music", 5)]
    assert _strategies(vault, date(2024, 4, 1), date(2024, 6, 30)) == [
        ("Bath", 6),
        ("Music", 5),
        ("Walk", 8),
    ]
    assert _strategies(vault) == [("Music", 5)]


def test_only_changed_exercises_are_parsed_again(vault: Vault, journal: Journal) -> None:
    """A change elsewhere in the journal (a mood, a plain entry, another exercise) costs no
    parsing of the exercises that stayed as they were."""
    walk = _note(journal, "2024-05-02T12:00+02:00", CopingUse("Walk", "movement", 7, 3, 8))
    _note(journal, "2024-05-03T12:00+02:00", CopingUse("Music", "", 5, 4, 5))
    parsed: list[int] = []

    def read(entry_id: int, _day: date, fields: dict[str, Any]) -> str:
        parsed.append(entry_id)
        return CopingUse.from_fields(fields).tool

    def strategies() -> list[str]:
        return read_finished(vault, CopingUse.KIND, FIRST, LAST, read, "a coping note, counted")

    assert strategies() == ["Walk", "Music"]
    assert len(parsed) == 2
    parsed.clear()
    journal.add(
        Entry(body="Just a note.", created=datetime.fromisoformat("2024-05-04T09:00+02:00"))
    )
    Feelings(vault).set_mood(walk.id or 0, 7)
    assert strategies() == ["Walk", "Music"]
    assert parsed == []

    fields = {**CopingUse("Run", "movement", 7, 3, 8).to_fields(), "status": "complete"}
    journal.update(dataclasses.replace(walk, fields=fields))
    assert strategies() == ["Run", "Music"]
    assert parsed == [walk.id]


def test_a_plain_entry_marks_no_exercise_as_changed(vault: Vault, journal: Journal) -> None:
    note = journal.add(
        Entry(body="Just a note.", created=datetime.fromisoformat("2024-05-04T09:00+02:00"))
    )
    journal.update(dataclasses.replace(note, body="Just a note, longer."))
    journal.delete(note.id or 0)
    marks = vault.connection.execute("SELECT count(*) FROM pattern_exercise_marks").fetchone()[0]
    assert marks == 0
