"""Homework travels in InnerSpace JSON (format 4): assignments, and which entries were written
for which. Older files still import; a backup carries it all as the same database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.core.homework import Assignment, Target
from innerspace.core.prompts import read_pack_file
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.resources import resource_path
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

MONDAY = date(2026, 12, 7)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Journal]:
    opened, _recovery = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FLOOR)
    yield Journal(opened)
    opened.close()


def import_into(journal: Journal, path: Path) -> tuple[int, list[str]]:
    plan = preview(parse_file("innerspace", path), journal)
    return commit(plan, journal).added, plan.lines()


def with_homework(journal: Journal) -> None:
    homework = Homework(journal.vault)
    walks = homework.add(
        Assignment(
            "Walks",
            instructions="Outside, if you can.",
            target=Target("weekly", 3),
            starts=MONDAY,
            due=date(2026, 12, 20),
            notes="the river path",
        )
    )
    record = homework.add(
        Assignment(
            "Thought record",
            "exercise",
            "thought-record",
            status="set-aside",
            pack_id="from-sam",
            pack_item="records",
        )
    )
    first = journal.add(
        Entry(body="walked", created=datetime.fromisoformat("2026-12-08T09:00+01:00"))
    )
    both = journal.add(Entry(body="both", created=datetime.fromisoformat("2026-12-09T23:30-05:00")))
    journal.add(Entry(body="just writing", created=datetime.fromisoformat("2026-12-10T09:00Z")))
    for entry_id, assignment in ((first.id, walks), (both.id, walks), (both.id, record)):
        homework.link_entry(entry_id or 0, assignment.id or 0)


def unnumbered(assignments: list[Assignment]) -> list[Assignment]:
    return [replace(a, id=None) for a in assignments]


def links(journal: Journal) -> dict[str, list[str]]:
    by_uid = Homework(journal.vault).links_by_entry_uid()
    bodies = {e.uid: e.body for e, _zone in journal.iter_all()}
    titles = {a.uid: a.title for a in Homework(journal.vault).all()}
    return {bodies[uid]: [titles[a] for a in ids] for uid, ids in by_uid.items()}


def test_homework_round_trips(journal: Journal, other: Journal, tmp_path: Path) -> None:
    with_homework(journal)
    path = tmp_path / "export.json"
    export_json(journal, path)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["version"] == 4
    assert [a["title"] for a in doc["homework"]["assignments"]] == ["Walks", "Thought record"]
    assert [len(e.get("assignments", [])) for e in doc["entries"]] == [1, 2, 0]

    added, lines = import_into(other, path)
    assert added == 3
    assert any("2 homework assignments" in line for line in lines)
    assert unnumbered(Homework(other.vault).all()) == unnumbered(Homework(journal.vault).all())
    assert links(other) == {"walked": ["Walks"], "both": ["Walks", "Thought record"]}
    week = Homework(other.vault).this_week(MONDAY)
    assert [(p.assignment.title, p.progress.done) for p in week] == [("Walks", 2)]

    # Twice adds nothing twice.
    assert import_into(other, path)[0] == 0
    assert len(Homework(other.vault).all()) == 2
    assert sum(len(v) for v in links(other).values()) == 3


def test_a_version_3_file_still_imports(other: Journal, tmp_path: Path) -> None:
    path = tmp_path / "v3.json"
    path.write_text(
        json.dumps(
            {
                "format": "innerspace-journal",
                "version": 3,
                "entries": [
                    {"uid": "old-1", "created": "2024-03-05T09:15:00+01:00", "body": "Morning"}
                ],
            }
        ),
        encoding="utf-8",
    )
    assert import_into(other, path)[0] == 1
    assert Homework(other.vault).all() == []


def test_an_unreadable_assignment_is_left_out_and_the_rest_imports(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    with_homework(journal)
    path = tmp_path / "export.json"
    export_json(journal, path)
    doc = json.loads(path.read_text("utf-8"))
    doc["homework"]["assignments"][0]["target"] = {"kind": "hourly"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = preview(parse_file("innerspace", path), other)
    assert [s.where for s in plan.parsed.skipped] == ["homework assignment 1"]
    commit(plan, other)
    assert [a.title for a in Homework(other.vault).all()] == ["Thought record"]
    # The entries come in; a link to the assignment left out is simply not made.
    assert links(other) == {"both": ["Thought record"]}


def test_a_homework_part_of_the_wrong_shape_imports_nothing(other: Journal, tmp_path: Path) -> None:
    path = tmp_path / "damaged.json"
    path.write_text(
        json.dumps({"format": "innerspace-journal", "version": 4, "homework": [], "entries": []}),
        encoding="utf-8",
    )
    with pytest.raises(ImportProblem, match="'homework' part"):
        parse_file("innerspace", path)


def test_the_same_pack_on_two_computers_is_one_set_of_homework(
    journal: Journal, other: Journal, tmp_path: Path
) -> None:
    example = read_pack_file(resource_path("homework", "example-homework-pack.json"))
    for each in (journal, other):
        PromptLibrary(each.vault).import_pack(example)
    laptop = Homework(journal.vault)
    records = next(a for a in laptop.all() if a.pack_item == "thought-records")
    written = journal.add(Entry(body="on the laptop"))
    laptop.link_entry(written.id or 0, records.id or 0)
    path = tmp_path / "laptop.json"
    export_json(journal, path)

    import_into(other, path)
    desktop = Homework(other.vault)
    assert len(desktop.all()) == 4
    mine = next(a for a in desktop.all() if a.pack_item == "thought-records")
    assert mine.uid != records.uid
    assert links(other) == {"on the laptop": [mine.title]}
