"""Migrations: a journal saved at any earlier schema version opens with its data intact.

Each schema version ``n`` below the latest is built with ``migrate(conn, target=n)``, given sample
data written the way that version's app wrote it, then opened through ``Vault.unlock`` (which
migrates to the latest version). A new migration is covered by these tests as soon as it is
added to ``MIGRATIONS``; if it changes what an older sample can write, add a sample for it to
``SAMPLE_WRITERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from innerspace.core.entries import Entry, to_utc_micros
from innerspace.storage import keyfile, schema
from innerspace.storage.errors import VaultTooNew
from innerspace.storage.files import atomic_write, create_private_file, ensure_private_dir
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, KeyFile
from innerspace.storage.schema import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from innerspace.storage.vault import Vault, VaultPaths, open_database
from tests.conftest import PASSPHRASE

WRITTEN = datetime(2023, 5, 4, 21, 15, tzinfo=UTC)
SAMPLE_BODY = "Wrote about the lighthouse keeper and the long winter."


def _write_v1_sample(conn: sqlcipher3.Connection) -> None:
    micros = to_utc_micros(WRITTEN)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO entries (id, uid, sort_key, created_utc, created_offset, created_zone, "
        "updated_utc, updated_offset, title, body, tags_text, starred, kind, fields) "
        "VALUES (7, 'uid-7', ?, ?, 3600, NULL, ?, 3600, 'Lighthouse', ?, 'winter', 1, 'note', "
        "NULL)",
        (micros, micros, micros, SAMPLE_BODY),
    )
    conn.execute("INSERT INTO tags (id, name) VALUES (3, 'winter')")
    conn.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (7, 3)")
    conn.execute(
        "INSERT INTO drafts (slot, entry_id, title, body, tags, saved_utc) "
        "VALUES ('editor', NULL, 'Half', 'half a thought about tides', '[\"sea\"]', ?)",
        (micros,),
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('created_by', 'test')")
    conn.execute("COMMIT")


# The sample for a version is written by the newest writer at or below it.
SAMPLE_WRITERS: dict[int, Callable[[sqlcipher3.Connection], None]] = {1: _write_v1_sample}


def _build_vault_at(folder: Path, version: int) -> None:
    """A journal folder whose database stops at schema ``version``."""
    ensure_private_dir(folder)
    paths = VaultPaths(folder)
    data_key = keyfile.new_data_key()
    slot = keyfile.passphrase_slot(data_key, PASSPHRASE, FLOOR)
    atomic_write(paths.key_file, KeyFile((slot,)).to_bytes())
    create_private_file(paths.database)
    conn = open_database(paths.database, data_key)
    try:
        assert migrate(conn, target=version) == version
        writers = [v for v in SAMPLE_WRITERS if v <= version]
        if writers:
            SAMPLE_WRITERS[max(writers)](conn)
    finally:
        conn.close()


def _schema_sql(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    return [(str(t), str(n), str(sql)) for t, n, sql in rows]


def _fts_integrity_check(conn: sqlcipher3.Connection) -> None:
    """Raises if the full-text index does not match the entries table exactly."""
    conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")


# The latest version is included as a baseline, so the samples and checks run before any upgrade.
@pytest.mark.parametrize("version", range(LATEST_VERSION + 1))
def test_a_journal_at_every_older_version_upgrades_with_its_data(
    version: int, data_dir: Path
) -> None:
    _build_vault_at(data_dir, version)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert schema_version(vault.connection) == LATEST_VERSION
        journal = Journal(vault)
        if version >= 1:
            entry = journal.get(7)
            assert (entry.uid, entry.title, entry.body) == ("uid-7", "Lighthouse", SAMPLE_BODY)
            assert entry.tags == ("winter",)
            assert entry.starred
            assert entry.created == WRITTEN
            assert entry.created.utcoffset() == timedelta(hours=1)
            assert [h.id for h in journal.search("lighthouse keeper")] == [7]
            assert [h.id for h in journal.search("winter")] == [7]
            draft = journal.load_draft()
            assert draft is not None and draft.body == "half a thought about tides"
            assert draft.tags == ("sea",)
        added = journal.add(Entry(body="Written after the upgrade, about lighthouses too."))
        assert added.id in [h.id for h in journal.search("lighthouses")]
        _fts_integrity_check(vault.connection)
        assert vault.check() == []


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_an_upgraded_schema_is_the_same_as_a_new_one(version: int, tmp_path: Path) -> None:
    _build_vault_at(tmp_path / "old", version)
    with Vault.unlock(tmp_path / "old", PASSPHRASE) as upgraded:
        old_schema = _schema_sql(upgraded.connection)
    fresh, _ = Vault.create(tmp_path / "new", PASSPHRASE, kdf=FLOOR)
    with fresh:
        assert old_schema == _schema_sql(fresh.connection)


def test_every_migration_step_raises_the_version_by_one(data_dir: Path) -> None:
    _build_vault_at(data_dir, 0)
    conn = open_database(
        VaultPaths(data_dir).database,
        KeyFile.from_bytes(VaultPaths(data_dir).key_file.read_bytes()).unlock_with_passphrase(
            PASSPHRASE
        ),
    )
    try:
        for version in range(1, LATEST_VERSION + 1):
            assert migrate(conn, target=version) == version
            assert schema_version(conn) == version
        assert migrate(conn) == LATEST_VERSION  # already there: nothing to do
    finally:
        conn.close()


def test_migrate_refuses_a_newer_database(vault: Vault) -> None:
    conn = vault.connection
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    tables = _schema_sql(conn)
    with pytest.raises(VaultTooNew):
        migrate(conn)
    assert schema_version(conn) == LATEST_VERSION + 1
    assert _schema_sql(conn) == tables


def test_a_failing_migration_changes_nothing(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST_VERSION", LATEST_VERSION + 1)
    conn = vault.connection
    before = _schema_sql(conn)
    with pytest.raises(sqlcipher3.OperationalError):
        migrate(conn, target=LATEST_VERSION + 1)
    assert not conn.in_transaction
    assert schema_version(conn) == LATEST_VERSION
    assert _schema_sql(conn) == before
