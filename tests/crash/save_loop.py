"""Run by test_kill_during_saves.py: processes that unlock the journal and save until killed.

Starting Python and importing the app for each of dozens of kills would take most of a minute,
so this script imports once and then, for each ``round N`` line on stdin, forks a child that
unlocks the journal and saves entries in a loop. After each save returns (its transaction
committed) the child prints ``saved ID ROUND N``. The test kills the child with SIGKILL; this
script reaps it and prints ``reaped ROUND STATUS``.

Usage: python save_loop.py JOURNAL_FOLDER
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from innerspace.core.entries import Draft, Entry
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

PASSPHRASE = "kill me softly, then not so softly"


def title_for(round_no: int, n: int) -> str:
    return f"Round {round_no} save {n}"


def body_for(round_no: int, n: int) -> str:
    """Text that differs from save to save, and sometimes spans several pages."""
    words = f"round{round_no} save{n} " + "tide shell driftwood lantern " * ((round_no * 7 + n) % 5)
    if (round_no + n) % 4 == 0:
        words += f"long passage {round_no}.{n} " * 600
    return words.strip()


def _say(line: str) -> None:
    # One write per line: lines from this process and its child never interleave.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def save_until_killed(folder: Path, round_no: int) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        journal = Journal(vault)
        _say(f"ready {round_no}")
        n = 0
        while True:
            entry = journal.add(
                Entry(
                    title=title_for(round_no, n),
                    body=body_for(round_no, n),
                    tags=(f"round{round_no}", "crash"),
                )
            )
            _say(f"saved {entry.id} {round_no} {n}")
            if n % 3 == 0:
                draft = Draft(
                    entry_id=entry.id,
                    title="draft",
                    body=body_for(round_no, n + 1),
                    tags=(),
                    saved=datetime.now(UTC),
                )
                journal.save_draft(draft)
            n += 1


def main(folder: Path) -> None:
    _say("started")
    for command in sys.stdin:
        round_no = int(command.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                save_until_killed(folder, round_no)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        _say(f"child {round_no} {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {round_no} {status}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
