"""kill -9 at seeded random moments while the journal is re-encrypted under new data keys: every
time, the journal opens afterwards (with the old key file or the new one, never neither), passes
both integrity checks and holds every entry unchanged."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.pending_swap import MARKER_NAME, STAGING_PREFIXES, tidy
from innerspace.storage.vault import Vault
from tests.crash.new_key_loop import PASSPHRASE

NEW_KEY_LOOP = Path(__file__).with_name("new_key_loop.py")
ROUNDS = 30
SEED = 11_2024
MAX_DELAY = 1.2


def _snapshot(folder: Path) -> list[tuple[object, ...]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check() == []
        return [(entry.uid, entry.created, entry.body) for entry, _ in Journal(vault).iter_all()]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_killed_re_encryption_leaves_the_old_journal_or_the_new_one(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for n in range(150):
            journal.add(Entry(body=f"entry {n} " + "a long walk by the river " * 60))
    before = _snapshot(folder)
    rng = random.Random(SEED)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    key_files = {(folder / "journal.key").read_bytes()}
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(NEW_KEY_LOOP), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        try:
            assert proc.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, MAX_DELAY))
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        tidy(folder)  # what the next start of the app or of any command does
        assert not (folder / MARKER_NAME).exists()
        assert not [p for p in folder.iterdir() if p.name.startswith(STAGING_PREFIXES)]
        assert _snapshot(folder) == before
        key_files.add((folder / "journal.key").read_bytes())
    # Some rounds renewed the key before the kill, so both outcomes were exercised.
    assert len(key_files) > 1
