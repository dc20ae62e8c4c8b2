"""SECURITY.md test 1: no plaintext at rest, while the journal is open and after it is locked."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from innerspace.core.entries import Draft, Entry
from innerspace.core.homework import Assignment
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, KeyFile
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.leaks import CANARY, SEARCH_CANARY, files_under, find_leaks, needles


def _write_everywhere(journal: Journal) -> None:
    """Put the canary in every place a person's words can go."""
    kept = journal.add(
        Entry(title=f"About {CANARY}", body=f"Today {CANARY} again.", tags=(CANARY, "plain"))
    )
    journal.add(Entry(body="Filler so that pages split. " * 400, tags=("filler",)))
    # Old versions of a row linger in free pages and in the log unless they are wiped.
    edited = journal.add(Entry(title="Edited", body=f"first version {CANARY}"))
    edited.body = "second version, nothing special"
    journal.update(edited)
    deleted = journal.add(Entry(body=f"regretted {CANARY}", tags=(f"{CANARY}-tag",)))
    assert deleted.id is not None
    journal.delete(deleted.id)
    journal.save_draft(
        Draft(
            entry_id=kept.id,
            title=f"draft {CANARY}",
            body=f"unsaved {CANARY}",
            tags=(CANARY,),
            saved=datetime.now(UTC),
        )
    )
    homework = Homework(journal.vault)
    assigned = homework.add(
        Assignment(f"Walk {CANARY}", instructions=f"Outside {CANARY}", notes=f"mine {CANARY}")
    )
    homework.link_entry(kept.id or 0, assigned.id or 0)
    assert homework.get(assigned.id or 0).notes == f"mine {CANARY}"
    # The words really are stored: they come back from search.
    assert [h.id for h in journal.search(CANARY)] == [kept.id]
    assert journal.search("marmalade")
    assert journal.search(SEARCH_CANARY) == []
    assert journal.search(f'"{SEARCH_CANARY}" OR quince*') == []


def test_no_canary_in_any_file_while_open_or_after_close(data_dir: Path) -> None:
    vault, recovery = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    assert recovery is not None
    data_key = bytes(
        KeyFile.from_bytes((data_dir / "journal.key").read_bytes()).unlock_with_passphrase(
            PASSPHRASE
        )
    )
    secrets = needles(texts=[CANARY, SEARCH_CANARY, PASSPHRASE, recovery], keys=[data_key])
    _write_everywhere(Journal(vault))

    # Open, written, not yet checkpointed: the newest pages live only in the write-ahead log.
    names = {p.name for p in files_under(data_dir)}
    assert {"journal.db", "journal.db-wal", "journal.db-shm", "journal.key"} <= names
    assert (data_dir / "journal.db-wal").stat().st_size > 0
    assert find_leaks(data_dir, secrets) == []

    vault.close()
    assert files_under(data_dir)
    assert find_leaks(data_dir, secrets) == []

    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert Journal(reopened).search("marmalade")
    assert find_leaks(data_dir, secrets) == []


def test_no_canary_after_many_edits_and_a_checkpoint(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        entry = journal.add(Entry(body="start"))
        for i in range(50):
            entry.body = f"revision {i}: {CANARY} " * 20
            journal.update(entry)
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        vault.connection.execute("VACUUM")
        assert find_leaks(data_dir, needles(texts=[CANARY])) == []
    assert find_leaks(data_dir, needles(texts=[CANARY])) == []


# -- the detector itself ---------------------------------------------------------------------------


def test_the_detector_finds_text_in_a_plain_database_and_its_log(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (f"x {CANARY} y",))
    assert any("plain.db-wal" in leak for leak in find_leaks(tmp_path, needles(texts=[CANARY])))
    conn.close()


def test_the_detector_finds_utf16_text_and_lowercased_words(tmp_path: Path) -> None:
    (tmp_path / "wide").write_bytes(b"\x00" + CANARY.encode("utf-16-le"))
    (tmp_path / "index").write_bytes(b"\x06marmalade\x00")
    leaks = find_leaks(tmp_path, needles(texts=[CANARY]))
    assert any(leak.startswith("wide") for leak in leaks)
    assert any(leak.startswith("index") for leak in leaks)


def test_the_detector_finds_a_key_in_any_of_its_usual_forms(tmp_path: Path) -> None:
    key = bytes(range(32))
    (tmp_path / "hex.txt").write_text(f"key = {key.hex()}")
    assert find_leaks(tmp_path, needles(keys=[key])) != []
