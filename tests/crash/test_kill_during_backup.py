"""SECURITY.md test 9: a backup killed with SIGKILL leaves no half file under a final name.

Each round starts a process that makes backups in a loop and kills it after a random (seeded)
delay. Afterwards every file named like a backup must open and pass both integrity checks, and
the journal itself must be whole.
"""

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
from innerspace.storage.backups import inspect_backup, list_backups, with_passphrase
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.crash.backup_loop import PASSPHRASE

BACKUP_LOOP = Path(__file__).with_name("backup_loop.py")
ROUNDS = 6
SEED = 90_210
MAX_DELAY = 0.6


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_killed_backup_leaves_no_half_file(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    backups = tmp_path / "backups"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with vault:
        journal = Journal(vault)
        for n in range(200):
            journal.add(Entry(body=f"entry {n} " + "a long quiet afternoon " * 200))
    rng = random.Random(SEED)
    made: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(BACKUP_LOOP), str(folder), str(backups)],
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
            out, _err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        made += [line.split()[1] for line in out.splitlines() if line.startswith("made ")]

    finals = [path for _, path in list_backups(backups)]
    # Every backup that reported itself complete is there, and nothing else has a final name.
    assert set(made) <= {p.name for p in finals}
    assert len(finals) <= len(made) + ROUNDS
    for path in finals:
        inspect_backup(path, with_passphrase(PASSPHRASE), work_dir=tmp_path).discard()
    # Temporary files from killed backups are hidden and never taken for backups.
    leftovers = [p for p in backups.iterdir() if p not in finals]
    assert all(p.name.startswith(".innerspace-backup-") for p in leftovers)
    with Vault.unlock(folder, PASSPHRASE) as reopened:
        assert reopened.check() == []
        assert Journal(reopened).count() == 200
