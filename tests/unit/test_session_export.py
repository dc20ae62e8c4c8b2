"""Preparing for a session travels in an InnerSpace JSON export and comes back on import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import ImportProblem, commit, preview
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.session_prep import SessionDates, SessionMarks, TalkList
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _exported(tmp_path: Path) -> Path:
    source, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        journal = Journal(source)
        kept = journal.add(Entry(body="bring me", created=datetime(2024, 1, 2, tzinfo=UTC)))
        journal.add(Entry(body="leave me", created=datetime(2024, 1, 3, tzinfo=UTC)))
        SessionMarks(source).mark(kept.id or 0, True)
        talk = TalkList(source)
        talk.add("Sleep")
        done = talk.add("Calling my mother")
        talk.set_done(done.id, True)
        dates = SessionDates(source)
        dates.add_day(date(2024, 1, 4))
        dates.set_weekly(3, date(2024, 1, 4))
        path = tmp_path / "export.json"
        export_json(journal, path)
    return path


def test_the_session_part_round_trips(vault: Vault, journal: Journal, tmp_path: Path) -> None:
    path = _exported(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["version"] == 4
    assert doc["session"]["talk_about"] == [
        {"text": "Sleep", "done": False},
        {"text": "Calling my mother", "done": True},
    ]
    plan = preview(parse_file("innerspace", path), journal)
    assert "2 things to talk about" in " ".join(plan.lines())
    commit(plan, journal)
    brought = {journal.get(i).body for i in SessionMarks(vault).marked_ids()}
    assert brought == {"bring me"}
    assert [(i.text, i.done) for i in TalkList(vault).all()] == [
        ("Sleep", False),
        ("Calling my mother", True),
    ]
    stored = SessionDates(vault).plan()
    assert (stored.days, stored.weekday, stored.rhythm_from) == (
        (date(2024, 1, 4),),
        3,
        date(2024, 1, 4),
    )


def test_importing_keeps_the_journal_s_own_list_and_rhythm(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    path = _exported(tmp_path)
    TalkList(vault).add("sleep")
    SessionDates(vault).set_weekly(0)
    commit(preview(parse_file("innerspace", path), journal), journal)
    assert [i.text for i in TalkList(vault).all()] == ["sleep", "Calling my mother"]
    assert SessionDates(vault).plan().weekday == 0


def test_a_damaged_session_part_refuses_the_whole_file(
    vault: Vault, journal: Journal, tmp_path: Path
) -> None:
    path = _exported(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["session"]["weekday"] = 9
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem, match="session"):
        parse_file("innerspace", path)
    assert journal.count() == 0 and TalkList(vault).all() == []
