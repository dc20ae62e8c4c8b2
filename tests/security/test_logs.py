"""SECURITY.md test 10 (storage part): the most verbose log holds no words, searches or secrets."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from innerspace.core.entries import Draft, Entry
from innerspace.storage.errors import VaultDamaged, VaultError, WrongPassphrase, WrongRecoveryKey
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR, KeyFile
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.leaks import CANARY, SEARCH_CANARY, find_leaks, needles

NEW_PASSPHRASE = f"new passphrase {CANARY[-9:]} 42"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """Everything the ``innerspace`` loggers say, at DEBUG, in ``logs/innerspace.log``."""
    folder = tmp_path / "logs"
    folder.mkdir()
    handler = logging.FileHandler(folder / "innerspace.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s"))
    handler.setLevel(logging.DEBUG)
    logger = logging.getLogger("innerspace")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield folder
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        handler.close()


def _everything_a_person_does(folder: Path) -> list[str]:
    """Create, write, search, draft, lock, unlock, re-key; returns the secrets involved."""
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    assert recovery is not None
    with vault:
        journal = Journal(vault)
        entry = journal.add(Entry(title=f"On {CANARY}", body=f"I wrote {CANARY}.", tags=(CANARY,)))
        entry.body = f"I rewrote {CANARY}."
        journal.update(entry)
        assert journal.search(CANARY)
        assert journal.search(SEARCH_CANARY) == []
        journal.page(tag=CANARY)
        journal.save_draft(
            Draft(entry_id=None, title=CANARY, body=CANARY, tags=(CANARY,), saved=datetime.now(UTC))
        )
        assert journal.load_draft() is not None
        journal.clear_draft()
        assert vault.check() == []
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, f"{PASSPHRASE} but wrong")
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, recovery[::-1])
    with Vault.unlock_with_recovery_key(folder, recovery) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
        new_recovery = vault.regenerate_recovery_key()
    with Vault.unlock(folder, NEW_PASSPHRASE) as vault:
        journal = Journal(vault)
        assert journal.search(CANARY)
        assert entry.id is not None
        journal.delete(entry.id)
    data_key = bytes(
        KeyFile.from_bytes((folder / "journal.key").read_bytes()).unlock_with_passphrase(
            NEW_PASSPHRASE
        )
    )
    return [PASSPHRASE, NEW_PASSPHRASE, recovery, new_recovery, data_key.hex()]


def test_the_debug_log_holds_no_canary_or_secret(debug_log: Path, data_dir: Path) -> None:
    secrets = _everything_a_person_does(data_dir)
    log_text = (debug_log / "innerspace.log").read_text(encoding="utf-8")
    # The handler really was listening.
    assert "journal created" in log_text
    assert "journal unlocked" in log_text
    assert "journal locked" in log_text
    assert "passphrase changed" in log_text
    found = find_leaks(debug_log, needles(texts=[CANARY, SEARCH_CANARY, *secrets]))
    assert found == []


def test_sqlcipher_logging_is_off(vault: Vault) -> None:
    level = vault.connection.execute("PRAGMA cipher_log_level").fetchone()[0]
    assert level == "NONE"


def test_error_messages_do_not_repeat_what_was_typed(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    typed = f"{CANARY}-{SEARCH_CANARY}"
    messages = []
    attempts: list[Callable[[], Vault]] = [
        lambda: Vault.unlock(data_dir, typed),
        lambda: Vault.unlock_with_recovery_key(data_dir, typed),
        lambda: Vault.unlock_with_recovery_key(data_dir, "ABCD" * 7 + "ÉÉÉÉ"),
    ]
    for attempt in attempts:
        with pytest.raises(VaultError) as raised:
            attempt()
        messages.append(str(raised.value))
    (data_dir / "journal.key").write_text(f'{{"format": "{CANARY}"}}')
    with pytest.raises(VaultDamaged) as damaged:
        Vault.unlock(data_dir, typed)
    messages.append(str(damaged.value))
    assert all(m and "marmalade" not in m and "quince" not in m for m in messages), messages
