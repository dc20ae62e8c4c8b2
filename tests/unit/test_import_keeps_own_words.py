"""An import never writes over what the person wrote here: an entry edited in InnerSpace since
it was imported is kept as it is and the file's version goes beside it, "keep both" is what
happens unless "update" is asked for, and records are never known by their place in a minute."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange import daylio, jrnl, jrnl_text, notes_folder
from innerspace.interchange.model import commit, preview
from innerspace.storage.journal import Journal

UUID = "5A1B2C3D4E5F60718293A4B5C6D7E8F9"
BODY = "Talked about dad."
OWN_WORDS = "Later, in InnerSpace: what I couldn't say in the room was how angry I am."


def _jrnl(tmp_path: Path, records: list[dict[str, Any]], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"tags": {}, "entries": records}), encoding="utf-8")
    return path


def _session(tags: list[str], body: str = BODY) -> dict[str, Any]:
    return {
        "uuid": UUID,
        "date": "2026-11-03",
        "time": "21:15",
        "title": "Session",
        "body": body,
        "tags": tags,
        "starred": False,
    }


def _imported_once(journal: Journal, tmp_path: Path) -> Entry:
    commit(preview(jrnl.parse(_jrnl(tmp_path, [_session([])])), journal), journal)
    return next(journal.iter_all())[0]


def _edit_body(e: Entry) -> None:
    e.body += "\n\n" + OWN_WORDS


def _edit_title(e: Entry) -> None:
    e.title = "After the session"


def _edit_tags(e: Entry) -> None:
    e.tags = ("anger",)


def _edit_date(e: Entry) -> None:
    e.created -= timedelta(days=1)


@pytest.mark.parametrize("edit", [_edit_body, _edit_title, _edit_tags, _edit_date])
def test_an_entry_edited_here_is_never_updated(journal: Journal, tmp_path: Path, edit: Any) -> None:
    entry = _imported_once(journal, tmp_path)
    edit(entry)
    journal.update(entry)
    mine = journal.get(entry.id or 0)
    # Only a tag was added in jrnl since.
    plan = preview(jrnl.parse(_jrnl(tmp_path, [_session(["@therapy"])])), journal)
    assert len(plan.changed) == 1 and not plan.would_update
    assert (
        "You changed it here since then, so the file's version will be added beside it and "
        "what you wrote stays as it is." in plan.lines()
    )
    result = commit(plan, journal, changed="update")
    assert (result.added, result.updated) == (1, 0)
    kept = journal.get(entry.id or 0)
    assert (kept.title, kept.body, kept.tags, kept.created) == (
        mine.title,
        mine.body,
        mine.tags,
        mine.created,
    )
    assert journal.count() == 2
    # The file's version is now known: the same file adds nothing more.
    again = preview(jrnl.parse(_jrnl(tmp_path, [_session(["@therapy"])])), journal)
    assert not again.new and not again.changed


def test_an_unedited_entry_is_named_and_updated_only_when_asked(
    journal: Journal, tmp_path: Path
) -> None:
    entry = _imported_once(journal, tmp_path)
    newer = _jrnl(tmp_path, [_session(["@therapy"], body="Talked about dad and the move.")])
    plan = preview(jrnl.parse(newer), journal)
    assert len(plan.would_update) == 1 and not plan.edited_here
    lines = plan.lines()
    assert "Updating would change these entries in your journal:" in lines
    assert f"  {entry.created.date().isoformat()}: “Session”" in lines
    # Nothing said: both are kept.
    assert (commit(plan, journal).added, journal.get(entry.id or 0).body) == (1, BODY)

    newest = _jrnl(tmp_path, [_session([], body="Talked about mum.")], name="newest.json")
    plan = preview(jrnl.parse(newest), journal)
    result = commit(plan, journal, changed="update")
    assert result.updated == 1
    assert "Talked about mum." in {e.body for e, _ in journal.iter_all()}


def test_an_update_then_an_edit_here_is_still_kept(journal: Journal, tmp_path: Path) -> None:
    entry = _imported_once(journal, tmp_path)
    newer = _jrnl(tmp_path, [_session([], body="Talked about dad again.")])
    commit(preview(jrnl.parse(newer), journal), journal, changed="update")
    updated = journal.get(entry.id or 0)
    assert updated.body == "Talked about dad again."
    _edit_body(updated)
    journal.update(updated)
    newest = _jrnl(tmp_path, [_session([], body="Talked about dad, third time.")], name="n.json")
    plan = preview(jrnl.parse(newest), journal)
    assert plan.edited_here and not plan.would_update
    commit(plan, journal, changed="update")
    assert OWN_WORDS in journal.get(entry.id or 0).body


def test_an_entry_imported_before_the_digest_was_kept_is_never_updated(
    journal: Journal, tmp_path: Path
) -> None:
    entry = _imported_once(journal, tmp_path)
    with journal.vault.transaction() as db:
        db.execute("UPDATE import_origins SET stored_digest = NULL")
    plan = preview(jrnl.parse(_jrnl(tmp_path, [_session([], body="Other words.")])), journal)
    assert plan.edited_here and not plan.would_update
    commit(plan, journal, changed="update")
    assert journal.get(entry.id or 0).body == BODY


def _same_minute(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    return _jrnl(
        tmp_path,
        [
            {"date": "2026-11-03", "time": "21:15", "title": t, "body": b, "tags": []}
            for t, b in pairs
        ],
    )


CALL = ("Call with mum", "She said she was proud of me.")
LATER = ("Later", "Walked home.")


def test_a_new_jrnl_record_in_the_same_minute_changes_no_other(
    journal: Journal, tmp_path: Path
) -> None:
    commit(preview(jrnl.parse(_same_minute(tmp_path, [CALL, LATER])), journal), journal)
    again = preview(jrnl.parse(_same_minute(tmp_path, [CALL, LATER])), journal)
    assert (len(again.new), len(again.changed), again.already_there) == (0, 0, 2)
    newer = _same_minute(tmp_path, [("Quick note", "buy milk"), CALL, LATER])
    plan = preview(jrnl.parse(newer), journal)
    assert (len(plan.new), len(plan.changed), plan.already_there) == (1, 0, 2)
    commit(plan, journal, changed="update")
    assert sorted(e.body for e, _ in journal.iter_all()) == sorted(["buy milk", CALL[1], LATER[1]])


def test_a_new_jrnl_text_record_in_the_same_minute_changes_no_other(
    journal: Journal, tmp_path: Path
) -> None:
    def text(*pairs: tuple[str, str]) -> Path:
        path = tmp_path / "journal.txt"
        path.write_text(
            "\n".join(f"[2026-11-03 21:15] {t}\n{b}\n" for t, b in pairs), encoding="utf-8"
        )
        return path

    commit(preview(jrnl_text.parse(text(CALL, LATER)), journal), journal)
    plan = preview(jrnl_text.parse(text(("Quick note", "buy milk"), CALL, LATER)), journal)
    assert (len(plan.new), len(plan.changed), plan.already_there) == (1, 0, 2)


def test_a_new_daylio_row_in_the_same_minute_changes_no_other(
    journal: Journal, tmp_path: Path
) -> None:
    head = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"

    def csv(*notes: str) -> Path:
        path = tmp_path / "daylio.csv"
        rows = "".join(f'2024-03-10,March 10,Sunday,8:05 am,good,work,,,"{n}"\n' for n in notes)
        path.write_text(head + rows, encoding="utf-8")
        return path

    commit(preview(daylio.parse(csv("Call at ten.", "Lunch.")), journal), journal)
    plan = preview(daylio.parse(csv("Coffee first.", "Call at ten.", "Lunch.")), journal)
    assert (len(plan.new), len(plan.changed), plan.already_there) == (1, 0, 2)
    commit(plan, journal, changed="update")
    assert sorted(e.body for e, _ in journal.iter_all()) == [
        "Call at ten.",
        "Coffee first.",
        "Lunch.",
    ]


def test_another_folders_note_of_the_same_name_is_another_entry(
    journal: Journal, tmp_path: Path
) -> None:
    old = tmp_path / "old-laptop-notes"
    new = tmp_path / "obsidian-vault"
    for folder, text in ((old, "What I wrote about my sister in 2019.\n"), (new, "Shopping\n")):
        folder.mkdir()
        (folder / "journal.md").write_text(text, encoding="utf-8")
        plan = preview(notes_folder.parse(folder), journal)
        assert (len(plan.new), len(plan.changed)) == (1, 0)
        commit(plan, journal, changed="update")
    assert sorted(e.body for e, _ in journal.iter_all()) == [
        "Shopping",
        "What I wrote about my sister in 2019.",
    ]
    # Within one folder a note is still known when it changes, and reading it again adds nothing.
    (old / "journal.md").write_text("What I wrote about my sister, and later.\n")
    plan = preview(notes_folder.parse(old), journal)
    assert (len(plan.new), len(plan.changed)) == (0, 1)
    assert commit(plan, journal, changed="update").updated == 1
    again = preview(notes_folder.parse(old), journal)
    assert (len(again.new), len(again.changed), again.already_there) == (0, 0, 1)


def test_an_edit_made_after_the_preview_is_kept_too(journal: Journal, tmp_path: Path) -> None:
    entry = _imported_once(journal, tmp_path)
    plan = preview(jrnl.parse(_jrnl(tmp_path, [_session([], body="Other words.")])), journal)
    assert plan.would_update
    _edit_body(entry)
    journal.update(entry)
    result = commit(plan, journal, changed="update")
    assert (result.added, result.updated) == (1, 0)
    assert OWN_WORDS in journal.get(entry.id or 0).body
