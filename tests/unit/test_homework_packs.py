"""Homework packs: a prompt pack with assignments, checked whole before anything is stored."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from innerspace.core.prompts import InvalidPack, pack_problems, read_pack, read_pack_file
from innerspace.resources import resource_path
from innerspace.storage.homework import Homework
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault

EXAMPLE = resource_path("homework", "example-homework-pack.json")


def pack(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "innerspace-prompt-pack",
        "format_version": 2,
        "id": "from-sam",
        "title": "From Sam",
        "prompts": [
            {
                "id": "evening",
                "text": "What would you like to keep from today?",
                "approach": "growth",
                "themes": ["evening"],
                "depth": "light",
                "minutes": 3,
            }
        ],
        "assignments": [
            {
                "id": "records",
                "title": "Three thought records",
                "asks_for": "exercise",
                "reference": "thought-record",
                "target": {"kind": "weekly", "times": 3},
                "due": "2026-12-18",
            },
            {
                "id": "evenings",
                "title": "Evening question",
                "instructions": "Before bed.",
                "asks_for": "prompt",
                "reference": "evening",
                "target": {"kind": "daily"},
            },
        ],
    }
    data.update(changes)
    return data


def raw(data: dict[str, Any]) -> bytes:
    return json.dumps(data).encode()


def count(vault: Vault, table: str) -> int:
    return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_the_example_pack_in_resources_is_valid() -> None:
    example = read_pack_file(EXAMPLE)
    assert len(example.assignments) == 4
    assert {a.asks_for for a in example.assignments} == {"exercise", "prompt", "writing"}


def test_a_homework_pack_brings_its_assignments(vault: Vault) -> None:
    library = PromptLibrary(vault)
    result = library.import_pack(read_pack(raw(pack())))
    assert (result.outcome, result.prompt_count, result.assignments_added) == ("added", 1, 2)
    records, evenings = Homework(vault).all()
    assert (records.reference, records.target.times, records.due) == (
        "thought-record",
        3,
        date(2026, 12, 18),
    )
    # The pack's own prompt, as the journal knows it; and it starts on the day it came.
    assert evenings.reference == "from-sam/evening"
    assert library.get(evenings.reference).text.startswith("What would you like")
    assert evenings.starts is not None and evenings.instructions == "Before bed."


def test_a_newer_pack_updates_its_assignments_and_keeps_what_the_person_did(
    vault: Vault,
) -> None:
    library, homework = PromptLibrary(vault), Homework(vault)
    library.import_pack(read_pack(raw(pack())))
    records = homework.all()[0]
    assert records.id is not None
    homework.set_status(records.id, "set-aside")
    newer = pack()
    newer["assignments"][0]["title"] = "Two thought records"
    newer["assignments"][0]["target"]["times"] = 2
    result = library.import_pack(read_pack(raw(newer)))
    assert (result.assignments_added, result.assignments_updated) == (0, 2)
    again = homework.get(records.id)
    assert (again.title, again.target.times) == ("Two thought records", 2)
    assert again.status == "set-aside"
    assert library.import_pack(read_pack(raw(newer))).outcome == "unchanged"
    assert count(vault, "assignments") == 2


def test_a_newer_pack_never_replaces_words_the_person_changed(vault: Vault) -> None:
    library, homework = PromptLibrary(vault), Homework(vault)
    library.import_pack(read_pack(raw(pack())))
    evenings = homework.all()[1]
    assert evenings.id is not None
    homework.update(replace(evenings, title="My evening words"))
    newer = pack(revision=2)
    newer["assignments"][1]["title"] = "Evening reflection"
    newer["assignments"][1]["instructions"] = "Before bed, five minutes."
    library.import_pack(read_pack(raw(newer)))
    again = homework.get(evenings.id)
    # The person's title stays; the instructions they never touched follow the pack.
    assert (again.title, again.instructions) == ("My evening words", "Before bed, five minutes.")


def test_a_pack_of_homework_alone_may_name_built_in_prompts() -> None:
    only = pack(prompts=[])
    only["assignments"] = [
        {
            "id": "notice",
            "title": "Notice",
            "asks_for": "prompt",
            "reference": "cbt-notice-01",
            "target": {"kind": "once"},
        }
    ]
    assert pack_problems(raw(only)) == []


def test_a_broken_pack_lists_every_problem_with_its_place_and_imports_nothing(
    vault: Vault,
) -> None:
    library = PromptLibrary(vault)
    broken = pack()
    broken["assignments"] += [
        {
            "id": "records",
            "title": "",
            "asks_for": "exercise",
            "reference": "no-such-exercise",
            "target": {"kind": "weekly", "times": 0},
        },
        {
            "id": "letter",
            "title": "A letter",
            "asks_for": "prompt",
            "reference": "not-a-prompt",
            "target": {"kind": "fortnightly"},
            "due": "13/12/2026",
            "colour": "red",
        },
        {
            "id": "dates",
            "title": "Backwards",
            "asks_for": "writing",
            "target": {"kind": "once"},
            "starts": "2026-12-10",
            "due": "2026-12-01",
        },
        "not an object",
    ]
    with pytest.raises(InvalidPack) as refused:
        library.import_pack(read_pack(raw(broken)))
    problems = refused.value.problems
    expected = [
        "Assignment 3 ('records') has the same id as an earlier assignment.",
        "Assignment 3 ('records') asks for the exercise 'no-such-exercise'",
        "Assignment 3 ('records')'s target must be 1 to 21 times a week, not 0.",
        "Assignment 4 ('letter') has an unknown field 'colour'.",
        "Assignment 4 ('letter') asks for the prompt 'not-a-prompt', which is neither",
        "Assignment 4 ('letter')'s target's kind 'fortnightly' is not one of",
        "Assignment 4 ('letter')'s due must be a date written YYYY-MM-DD.",
        "Assignment 5 ('dates') is due before it starts.",
        "Assignment 6 must be a JSON object.",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected)
    for table in ("assignments", "prompt_packs", "pack_prompts"):
        assert count(vault, table) == 0


def test_a_pack_broken_only_in_one_assignment_leaves_the_tables_as_they_were(
    vault: Vault,
) -> None:
    library = PromptLibrary(vault)
    library.import_pack(read_pack_file(EXAMPLE))
    before = {t: count(vault, t) for t in ("assignments", "prompt_packs", "pack_prompts")}
    broken = json.loads(EXAMPLE.read_text("utf-8"))
    broken["revision"] = 2
    broken["prompts"][0]["text"] = "Changed?"
    broken["assignments"][1]["target"] = {"kind": "daily", "times": 3}
    assert pack_problems(raw(broken)) == [
        "Assignment 2 ('pleasant-activity')'s target is daily, so it needs no times."
    ]
    with pytest.raises(InvalidPack):
        library.import_pack(read_pack(raw(broken)))
    assert {t: count(vault, t) for t in before} == before
    assert "Changed?" not in [p.text for p in library.pack_prompts()]


def test_assignments_need_format_version_2() -> None:
    assert "'assignments' needs 'format_version' 2." in pack_problems(raw(pack(format_version=1)))
    newer = pack_problems(raw(pack(format_version=3)))
    assert len(newer) == 1 and "cannot read" in newer[0]


def test_the_documented_example_is_valid() -> None:
    docs = resource_path("..", "docs", "prompt-pack-format.md").read_text("utf-8")
    example = docs.split("```json")[-1].split("```")[0]
    assert pack_problems(example.encode()) == []
    assert len(read_pack(example.encode()).assignments) == 3
