"""SECURITY.md tests 2 and 3: a wrong passphrase changes nothing and says so; damage says damage."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, RECOVERY_KEY_BYTES, format_recovery_key
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

WRONG_PASSPHRASE_MESSAGE = "That passphrase doesn't open this journal. Please try again."
Snapshot = dict[str, tuple[bytes, int, int]]


@pytest.fixture
def locked_journal(data_dir: Path) -> str:
    """A locked journal with a few entries; returns its recovery key."""
    vault, recovery = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for i in range(30):
            journal.add(Entry(title=f"Day {i}", body=f"Entry number {i}. " * 50))
    assert recovery is not None
    return recovery


def _snapshot(folder: Path) -> Snapshot:
    """Every file's bytes, modification time and mode."""
    out = {}
    for path in sorted(folder.iterdir()):
        info = path.stat()
        out[path.name] = (path.read_bytes(), info.st_mtime_ns, info.st_mode)
    return out


def _open_both_ways(folder: Path, recovery: str) -> list[type[Exception]]:
    """What a person sees unlocking with the right passphrase and with the right recovery key."""
    seen: list[type[Exception]] = []
    attempts: list[Callable[[], Vault]] = [
        lambda: Vault.unlock(folder, PASSPHRASE),
        lambda: Vault.unlock_with_recovery_key(folder, recovery),
    ]
    for unlock in attempts:
        try:
            unlock().close()
        except Exception as exc:
            seen.append(type(exc))
    return seen


# -- 2: a wrong passphrase -------------------------------------------------------------------------


WRONG_PASSPHRASES = ["", " ", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1], "\x00"]


def test_a_wrong_passphrase_says_so_and_touches_nothing(
    locked_journal: str, data_dir: Path
) -> None:
    before = _snapshot(data_dir)
    for wrong in WRONG_PASSPHRASES:
        with pytest.raises(WrongPassphrase) as raised:
            Vault.unlock(data_dir, wrong)
        assert str(raised.value) == WRONG_PASSPHRASE_MESSAGE
        assert _snapshot(data_dir) == before, repr(wrong)
    # And the journal is still fine afterwards.
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert Journal(vault).count() == 30


def test_a_wrong_recovery_key_says_so_and_touches_nothing(
    locked_journal: str, data_dir: Path
) -> None:
    before = _snapshot(data_dir)
    with pytest.raises(WrongRecoveryKey, match="doesn't open this journal"):
        Vault.unlock_with_recovery_key(data_dir, format_recovery_key(bytes(RECOVERY_KEY_BYTES)))
    with pytest.raises(WrongRecoveryKey, match="letters and digits"):
        Vault.unlock_with_recovery_key(data_dir, "not a key")
    assert _snapshot(data_dir) == before


def test_the_snapshot_sees_an_opened_database(locked_journal: str, data_dir: Path) -> None:
    before = _snapshot(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        Journal(vault).add(Entry(body="one more"))
        assert _snapshot(data_dir) != before


# -- 3: damage is not a wrong passphrase -----------------------------------------------------------


def _flipped(raw: bytes, start: int, end: int) -> bytes:
    out = bytearray(raw)
    for i in range(start, end):
        out[i] ^= 0xFF
    return bytes(out)


def _plain_sqlite(scratch: Path) -> bytes:
    """A readable, unencrypted database, to put in the journal's place."""
    conn = sqlite3.connect(scratch / "plain.db")
    conn.execute("CREATE TABLE entries (body TEXT)")
    conn.commit()
    conn.close()
    return (scratch / "plain.db").read_bytes()


DATABASE_DAMAGE: dict[str, Callable[[bytes, Path], bytes]] = {
    "page 1 bytes 100-140": lambda raw, _: _flipped(raw, 100, 140),
    "page 1 salt": lambda raw, _: _flipped(raw, 0, 16),
    "page 1 last byte": lambda raw, _: _flipped(raw, 4095, 4096),
    "cut to half a page": lambda raw, _: raw[:2048],
    "random bytes": lambda raw, _: os.urandom(len(raw)),
    "plain sqlite": lambda _, scratch: _plain_sqlite(scratch),
}


@pytest.mark.parametrize("damage", DATABASE_DAMAGE.values(), ids=DATABASE_DAMAGE.keys())
def test_a_damaged_database_is_reported_as_damaged(
    damage: Callable[[bytes, Path], bytes], locked_journal: str, data_dir: Path, tmp_path: Path
) -> None:
    db = data_dir / "journal.db"
    db.write_bytes(damage(db.read_bytes(), tmp_path))
    with pytest.raises(VaultDamaged, match="damaged") as raised:
        Vault.unlock(data_dir, PASSPHRASE)
    assert "passphrase" not in str(raised.value)
    assert _open_both_ways(data_dir, locked_journal) == [VaultDamaged, VaultDamaged]


def test_a_wrong_passphrase_on_a_damaged_database_is_still_a_wrong_passphrase(
    locked_journal: str, data_dir: Path
) -> None:
    db = data_dir / "journal.db"
    db.write_bytes(_flipped(db.read_bytes(), 100, 140))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, "not it")


KEY_FILE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbage": lambda raw: b"\x8f\x00garbage" * 10,
    "empty": lambda raw: b"",
    "cut in half": lambda raw: raw[: len(raw) // 2],
    "a byte flipped in the wrapped key": lambda raw: _edit_slot(raw, "wrapped_key"),
    "a byte flipped in the salt": lambda raw: _edit_slot(raw, "salt"),
}


def _edit_slot(raw: bytes, field: str) -> bytes:
    doc = json.loads(raw)
    for slot in doc["slots"]:
        value = slot[field]
        slot[field] = ("B" if value[0] == "A" else "A") + value[1:]
    return json.dumps(doc, indent=2).encode()


@pytest.mark.parametrize("damage", KEY_FILE_DAMAGE.values(), ids=KEY_FILE_DAMAGE.keys())
def test_a_damaged_key_file_is_reported_as_damaged(
    damage: Callable[[bytes], bytes], locked_journal: str, data_dir: Path
) -> None:
    key_file = data_dir / "journal.key"
    key_file.write_bytes(damage(key_file.read_bytes()))
    before = _snapshot(data_dir)
    assert _open_both_ways(data_dir, locked_journal) == [VaultDamaged, VaultDamaged]
    assert _snapshot(data_dir) == before
