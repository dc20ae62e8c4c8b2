"""SECURITY.md test 6: kill -9 at random moments during repeated saves loses no save that returned.

For each round a fresh process unlocks the journal and saves entries in a loop, printing each id
once its save has returned; the test kills it with SIGKILL after a random (seeded) short delay.
The next round's process opens the journal after the kill, as the next launch of the app would.
At the end every save that returned must be there, whole, and both integrity checks must pass.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.crash.save_loop import PASSPHRASE, body_for, title_for

SAVE_LOOP = Path(__file__).with_name("save_loop.py")
ROUNDS = 60
SEED = 6_051_981
MAX_DELAY = 0.05  # seconds of saving before the kill
WATCHDOG_SECONDS = 150


class SaveLoop:
    """The helper process that forks one saving child per round."""

    def __init__(self, folder: Path, stderr: IO[bytes]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SAVE_LOOP), str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            start_new_session=True,  # its own process group, so a hang can be ended whole
        )
        # If something hangs, end the helper and its child so that reading stops with a failure.
        self.watchdog = threading.Timer(WATCHDOG_SECONDS, self._kill_group)
        self.watchdog.start()
        assert self._line() == "started"

    def _kill_group(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.endswith("\n"):
            pytest.fail(f"the save loop stopped unexpectedly after {line!r}")
        return line.rstrip("\n")

    def kill_round(self, round_no: int, delay: float) -> list[tuple[int, int, int]]:
        """Start a saving child, SIGKILL it ``delay`` s after it is ready; return its saves."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"round {round_no}\n")
        self.proc.stdin.flush()
        pid = None
        ready = False
        saves: list[tuple[int, int, int]] = []
        while pid is None or not ready:
            words = self._line().split()
            if words[0] == "child":
                pid = int(words[2])
            elif words[0] == "ready":
                ready = True
            elif words[0] == "reaped":
                pytest.fail(f"round {round_no} ended before it was ready: status {words[2]}")
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        for line in self._lines_until(f"reaped {round_no}"):
            words = line.split()
            assert words[0] == "saved", line
            saves.append((int(words[1]), int(words[2]), int(words[3])))
        return saves

    def _lines_until(self, prefix: str) -> Iterator[str]:
        while not (line := self._line()).startswith(prefix):
            yield line
        status = int(line.split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line

    def close(self) -> None:
        self.watchdog.cancel()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._kill_group()
            self.proc.wait(timeout=10)
        finally:
            self.proc.stdout.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_every_save_that_returned_survives_kill_9(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, kdf=FLOOR, with_recovery_key=False)[0].close()
    rng = random.Random(SEED)
    returned: dict[int, tuple[int, int]] = {}
    rounds_killed_mid_saving = 0

    with (tmp_path / "save_loop.err").open("wb") as stderr:
        loop = SaveLoop(folder, stderr)
        try:
            for round_no in range(ROUNDS):
                delay = rng.choice([0.0, rng.uniform(0.0, MAX_DELAY)])
                saves = loop.kill_round(round_no, delay)
                rounds_killed_mid_saving += bool(saves)
                for entry_id, saved_round, n in saves:
                    assert entry_id not in returned, f"id {entry_id} was given out twice"
                    returned[entry_id] = (saved_round, n)
        finally:
            loop.close()
    assert (tmp_path / "save_loop.err").read_text() == ""

    # Enough kills landed among saves for the test to mean something, even on a slow machine.
    assert rounds_killed_mid_saving >= ROUNDS // 5
    assert len(returned) >= ROUNDS

    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check() == []
        vault.connection.execute(
            "INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)"
        )
        journal = Journal(vault)
        for entry_id, (round_no, n) in returned.items():
            entry = journal.get(entry_id)
            assert entry.title == title_for(round_no, n)
            assert entry.body == body_for(round_no, n)
            assert entry.tags == ("crash", f"round{round_no}")

        # At most one save per kill committed without living to print its id, and those
        # are whole too.
        stored = journal.page(limit=1_000_000)
        assert len(returned) <= len(stored) <= len(returned) + ROUNDS
        for summary in stored:
            entry = journal.get(summary.id)
            _, round_text, _, n_text = entry.title.split()
            assert entry.body == body_for(int(round_text), int(n_text))
            assert entry.tags == ("crash", f"round{round_text}")

        assert len(journal.page(tag="crash", limit=1_000_000)) == len(stored)
        some_id, (some_round, some_n) = rng.choice(sorted(returned.items()))
        found = journal.search(f"round{some_round} save{some_n}", limit=5)
        assert [h.id for h in found] == [some_id]
        journal.load_draft()
