"""SECURITY.md tests 4 and 5: how keys are stored, and changing the passphrase or recovery key."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, KeyFile
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "the tide comes in twice a day"


def _key_doc(folder: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((folder / "journal.key").read_bytes())
    return doc


def _slot(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    (slot,) = [s for s in doc["slots"] if s["kind"] == kind]
    found: dict[str, Any] = slot
    return found


def _data_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    key_file = KeyFile.from_bytes((folder / "journal.key").read_bytes())
    return bytes(key_file.unlock_with_passphrase(passphrase))


# -- 4: KDF parameters and salts -------------------------------------------------------------------


def test_a_new_journal_stores_argon2id_at_or_above_the_floor(data_dir: Path) -> None:
    # The real path: cost calibrated on this machine, not the floor the other tests use.
    vault, _ = Vault.create(data_dir, PASSPHRASE)
    vault.close()
    doc = _key_doc(data_dir)
    assert (doc["format"], doc["version"], doc["cipher"]) == ("innerspace-key", 1, "AES-256-GCM")
    slot = _slot(doc, "passphrase")
    kdf = slot["kdf"]
    assert kdf["name"] == "argon2id"
    assert kdf["memory_kib"] >= 65536
    assert kdf["iterations"] >= 3
    assert kdf["lanes"] >= 4
    assert len(base64.b64decode(slot["salt"])) == 16
    assert len(base64.b64decode(slot["nonce"])) == 12
    assert len(base64.b64decode(slot["wrapped_key"])) == 32 + 16  # key and GCM tag
    recovery = _slot(doc, "recovery")
    assert recovery["kdf"] == {"name": "hkdf-sha256"}
    assert len(base64.b64decode(recovery["salt"])) == 16
    assert len(_data_key(data_dir)) == 32


def test_two_journals_with_one_passphrase_share_nothing(tmp_path: Path) -> None:
    folders = [tmp_path / "first", tmp_path / "second"]
    for folder in folders:
        Vault.create(folder, PASSPHRASE, kdf=FLOOR)[0].close()
    first, second = (_key_doc(f) for f in folders)
    for kind in ("passphrase", "recovery"):
        for field in ("salt", "nonce", "wrapped_key"):
            assert _slot(first, kind)[field] != _slot(second, kind)[field], (kind, field)
    first_key, second_key = (_data_key(f) for f in folders)
    assert first_key != second_key
    assert len(set(first_key)) > 8 and len(set(second_key)) > 8  # not a constant or zeros
    # Neither journal's database opens with the other's key file.
    (folders[0] / "journal.key").write_bytes((folders[1] / "journal.key").read_bytes())
    with pytest.raises(VaultDamaged):
        Vault.unlock(folders[0], PASSPHRASE)


def test_the_data_key_is_not_in_the_key_file(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    data_key = _data_key(data_dir)
    raw = (data_dir / "journal.key").read_bytes()
    for form in (data_key, data_key.hex().encode(), base64.b64encode(data_key)):
        assert form not in raw


# -- 5: changing the passphrase and the recovery key -----------------------------------------------


@pytest.fixture
def recovery_key(data_dir: Path) -> str:
    vault, recovery = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for i in range(20):
            journal.add(Entry(body=f"Something worth keeping, number {i}. " * 30))
    assert recovery is not None
    return recovery


def test_changing_the_passphrase_rewraps_without_re_encrypting(
    recovery_key: str, data_dir: Path
) -> None:
    data_key = _data_key(data_dir)
    database = (data_dir / "journal.db").read_bytes()
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
    # A re-encrypted database (PRAGMA rekey) would differ on every page.
    assert (data_dir / "journal.db").read_bytes() == database
    assert _data_key(data_dir, NEW_PASSPHRASE) == data_key

    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    with Vault.unlock(data_dir, NEW_PASSPHRASE) as vault:
        assert Journal(vault).count() == 20
        assert vault.check() == []
    with Vault.unlock_with_recovery_key(data_dir, recovery_key) as vault:
        assert Journal(vault).count() == 20


def test_a_new_passphrase_gets_a_new_salt(recovery_key: str, data_dir: Path) -> None:
    before = _slot(_key_doc(data_dir), "passphrase")
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, kdf=FLOOR)  # even the same passphrase again
    after = _slot(_key_doc(data_dir), "passphrase")
    assert after["salt"] != before["salt"]
    assert after["wrapped_key"] != before["wrapped_key"]
    assert _slot(_key_doc(data_dir), "recovery")["kind"] == "recovery"


def test_a_new_recovery_key_retires_the_old_one(recovery_key: str, data_dir: Path) -> None:
    database = (data_dir / "journal.db").read_bytes()
    with Vault.unlock_with_recovery_key(data_dir, recovery_key) as vault:
        new_key = vault.regenerate_recovery_key()
    assert (data_dir / "journal.db").read_bytes() == database
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(data_dir, recovery_key)
    with Vault.unlock_with_recovery_key(data_dir, new_key) as vault:
        assert Journal(vault).count() == 20
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert Journal(vault).count() == 20


def test_passphrase_and_recovery_changes_while_writing(recovery_key: str, data_dir: Path) -> None:
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        journal = Journal(vault)
        journal.add(Entry(body="before the change"))
        vault.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
        journal.add(Entry(body="between the changes"))
        new_recovery = vault.regenerate_recovery_key()
        journal.add(Entry(body="after the changes"))
    unlocks: list[Callable[[], Vault]] = [
        lambda: Vault.unlock(data_dir, NEW_PASSPHRASE),
        lambda: Vault.unlock_with_recovery_key(data_dir, new_recovery),
    ]
    for unlock in unlocks:
        with unlock() as vault:
            assert Journal(vault).count() == 23
            assert vault.check() == []
