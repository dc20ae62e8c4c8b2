"""Creating, unlocking, re-keying, checking and locking a vault, on real SQLCipher files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlcipher3

from innerspace.core.entries import Entry
from innerspace.storage import keyfile
from innerspace.storage.errors import (
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerspace.storage.journal import Journal
from innerspace.storage.journal_lock import LOCK_FILE_NAME
from innerspace.storage.keyfile import FLOOR, KdfParams
from innerspace.storage.schema import LATEST_VERSION
from innerspace.storage.vault import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    Vault,
    VaultPaths,
    open_database,
    read_key_file,
    vault_exists,
)
from tests.conftest import PASSPHRASE

RECOVERY_KEY_SHAPE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")


def _create(folder: Path, *, with_recovery_key: bool = True) -> str:
    """Create a journal holding one entry, lock it, and return its recovery key."""
    vault, recovery = Vault.create(
        folder, PASSPHRASE, kdf=FLOOR, with_recovery_key=with_recovery_key
    )
    with vault:
        Journal(vault).add(Entry(title="First", body="The first page of the notebook."))
    return recovery or ""


def _bodies(vault: Vault) -> list[str]:
    return [r[0] for r in vault.connection.execute("SELECT body FROM entries").fetchall()]


# -- creating --------------------------------------------------------------------------------------


def test_create_makes_the_files_and_returns_an_open_vault(data_dir: Path) -> None:
    vault, recovery = Vault.create(data_dir / "deeper" / "still", PASSPHRASE, kdf=FLOOR)
    with vault:
        assert vault.is_open
        assert vault.has_recovery_key()
        assert vault.kdf_params() == FLOOR
        assert recovery is not None and RECOVERY_KEY_SHAPE.fullmatch(recovery)
        folder = data_dir / "deeper" / "still"
        assert (folder / DATABASE_NAME).is_file()
        assert (folder / KEY_FILE_NAME).is_file()
        assert vault_exists(folder)


def test_create_without_a_recovery_key(data_dir: Path) -> None:
    vault, recovery = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    vault.close()
    assert recovery is None
    assert not vault.has_recovery_key()
    with pytest.raises(WrongRecoveryKey, match="no recovery key"):
        Vault.unlock_with_recovery_key(data_dir, "AAAA-" * 7 + "AAAA")


def test_create_refuses_an_existing_journal(data_dir: Path) -> None:
    _create(data_dir)
    key_file = (data_dir / KEY_FILE_NAME).read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "someone else's passphrase", kdf=FLOOR)
    assert (data_dir / KEY_FILE_NAME).read_bytes() == key_file
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_create_refuses_a_database_without_its_key_file(data_dir: Path) -> None:
    _create(data_dir)
    (data_dir / KEY_FILE_NAME).unlink()
    with pytest.raises(VaultExists):
        Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)


# -- unlocking -------------------------------------------------------------------------------------


def test_unlock_with_the_passphrase_reads_what_was_written(data_dir: Path) -> None:
    _create(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_unlock_with_the_recovery_key(data_dir: Path) -> None:
    recovery = _create(data_dir)
    with Vault.unlock_with_recovery_key(data_dir, recovery.lower().replace("-", " ")) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_unlock_with_a_wrong_passphrase(data_dir: Path) -> None:
    _create(data_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE.upper())


def test_unlock_with_a_wrong_recovery_key(data_dir: Path) -> None:
    _create(data_dir)
    wrong = keyfile.format_recovery_key(bytes(keyfile.RECOVERY_KEY_BYTES))
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(data_dir, wrong)


def test_unlock_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path, PASSPHRASE)
    with pytest.raises(VaultMissing):
        Vault.unlock(tmp_path / "never made", PASSPHRASE)
    assert not vault_exists(tmp_path)


def test_unlock_when_the_database_is_gone(data_dir: Path) -> None:
    recovery = _create(data_dir)
    (data_dir / DATABASE_NAME).unlink()
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.unlock(data_dir, PASSPHRASE)
    with pytest.raises(VaultDamaged):
        Vault.unlock_with_recovery_key(data_dir, recovery)
    assert not (data_dir / DATABASE_NAME).exists()


def test_a_journal_from_a_newer_version_is_refused_unchanged(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        vault.connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = (data_dir / DATABASE_NAME).read_bytes()
    with pytest.raises(VaultTooNew, match="newer version"):
        Vault.unlock(data_dir, PASSPHRASE)
    assert (data_dir / DATABASE_NAME).read_bytes() == before


def test_the_connection_is_configured_as_required(vault: Vault) -> None:
    conn = vault.connection

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("cipher_version")
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("busy_timeout") == 5000
    assert pragma("user_version") == LATEST_VERSION


def test_a_data_key_of_the_wrong_length_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    with pytest.raises(VaultError, match="wrong form"):
        open_database(data_dir / DATABASE_NAME, bytearray(31))
    assert not (data_dir / DATABASE_NAME).exists()


# -- passphrase and recovery key changes -----------------------------------------------------------


def test_change_passphrase(data_dir: Path) -> None:
    recovery = _create(data_dir)
    stronger = KdfParams(iterations=FLOOR.iterations + 1)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase("a new and longer passphrase", kdf=stronger)
        assert vault.kdf_params() == stronger
        assert _bodies(vault) == ["The first page of the notebook."]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    with Vault.unlock(data_dir, "a new and longer passphrase") as vault:
        assert _bodies(vault) == ["The first page of the notebook."]
        assert vault.kdf_params() == stronger
    with Vault.unlock_with_recovery_key(data_dir, recovery) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_change_passphrase_after_unlocking_with_the_recovery_key(data_dir: Path) -> None:
    recovery = _create(data_dir)
    with Vault.unlock_with_recovery_key(data_dir, recovery) as vault:
        vault.change_passphrase("remembered at last", kdf=FLOOR)
    with Vault.unlock(data_dir, "remembered at last") as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_regenerate_recovery_key(data_dir: Path) -> None:
    old = _create(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        new = vault.regenerate_recovery_key()
    assert RECOVERY_KEY_SHAPE.fullmatch(new) and new != old
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(data_dir, old)
    with Vault.unlock_with_recovery_key(data_dir, new) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert vault.has_recovery_key()


def test_a_recovery_key_can_be_added_later(data_dir: Path) -> None:
    _create(data_dir, with_recovery_key=False)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert not vault.has_recovery_key()
        recovery = vault.regenerate_recovery_key()
        assert vault.has_recovery_key()
    with Vault.unlock_with_recovery_key(data_dir, recovery) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]


def test_key_changes_leave_no_temporary_files(data_dir: Path) -> None:
    _create(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase("another", kdf=FLOOR)
        vault.regenerate_recovery_key()
    assert sorted(p.name for p in data_dir.iterdir()) == [
        DATABASE_NAME,
        KEY_FILE_NAME,
        LOCK_FILE_NAME,
    ]


# -- checking --------------------------------------------------------------------------------------


def test_a_healthy_journal_passes_both_checks(journal: Journal, vault: Vault) -> None:
    for i in range(20):
        journal.add(Entry(body=f"entry {i} " * 100))
    assert vault.check() == []


def test_damage_past_the_first_page_is_reported_by_the_check(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for i in range(60):
            journal.add(Entry(body=f"entry {i} " * 400))
    db = data_dir / DATABASE_NAME
    raw = bytearray(db.read_bytes())
    page_size = 4096
    assert len(raw) > 20 * page_size
    for offset in range(10 * page_size + 100, 10 * page_size + 140):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        problems = reopened.check()
    assert problems != []


# -- locking ---------------------------------------------------------------------------------------


def test_a_locked_vault_refuses_to_be_used(vault: Vault, journal: Journal) -> None:
    vault.close()
    assert not vault.is_open
    with pytest.raises(VaultError, match="locked"):
        _ = vault.connection
    with pytest.raises(VaultError, match="locked"):
        vault.check()
    with pytest.raises(VaultError, match="locked"):
        vault.change_passphrase("anything", kdf=FLOOR)
    with pytest.raises(VaultError, match="locked"):
        vault.regenerate_recovery_key()
    with pytest.raises(VaultError, match="locked"):
        journal.add(Entry(body="after locking"))
    with pytest.raises(VaultError, match="locked"):
        journal.search("anything")
    vault.close()  # locking twice is harmless


def test_locking_forgets_the_data_key(data_dir: Path) -> None:
    _create(data_dir)
    paths = VaultPaths(data_dir)
    key_file = read_key_file(paths)
    data_key = key_file.unlock_with_passphrase(PASSPHRASE)
    assert data_key != bytearray(32)
    with Vault(paths, key_file, data_key) as vault:
        assert _bodies(vault) == ["The first page of the notebook."]
    assert data_key == bytearray(32)


def test_a_failed_open_forgets_the_data_key(data_dir: Path) -> None:
    _create(data_dir)
    db = data_dir / DATABASE_NAME
    raw = bytearray(db.read_bytes())
    raw[100:140] = bytes(b ^ 0xFF for b in raw[100:140])
    db.write_bytes(bytes(raw))
    paths = VaultPaths(data_dir)
    key_file = read_key_file(paths)
    data_key = key_file.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(VaultDamaged):
        Vault(paths, key_file, data_key)
    assert data_key == bytearray(32)


def test_a_failed_transaction_is_rolled_back(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        raise RuntimeError("interrupted")
    assert vault.connection.execute("SELECT count(*) FROM meta").fetchone()[0] == 0
    with vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    assert vault.connection.execute("SELECT count(*) FROM meta").fetchone()[0] == 1


def test_a_failed_statement_rolls_back_the_whole_transaction(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        db.execute("INSERT INTO meta (key, value) VALUES ('k', 'again')")
    assert vault.connection.execute("SELECT count(*) FROM meta").fetchone()[0] == 0
    assert not vault.connection.in_transaction


def test_a_nested_transaction_joins_the_outer_one(vault: Vault) -> None:
    from innerspace.core.entries import Entry
    from innerspace.storage.journal import Journal

    journal = Journal(vault)
    with pytest.raises(RuntimeError), vault.transaction():
        journal.add(Entry(body="inside the outer transaction"))
        raise RuntimeError("the rest of the save failed")
    assert journal.count() == 0  # the inner add was rolled back with the outer block
    with vault.transaction():
        journal.add(Entry(body="kept"))
        journal.add(Entry(body="kept too"))
    assert journal.count() == 2
