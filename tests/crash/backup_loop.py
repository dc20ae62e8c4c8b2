"""Run by test_kill_during_backup.py: unlock the journal and make backups until killed.

After each backup is complete (renamed into place) it prints ``made NAME``.

Usage: python backup_loop.py JOURNAL_FOLDER BACKUP_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

from innerspace.storage.backups import RotationPolicy, create_backup
from innerspace.storage.vault import Vault

PASSPHRASE = "back me up before you go go"
# Every backup reported as made must still be there afterwards: none is rotated away.
KEEP_ALL = RotationPolicy(keep_last=1000, monthly_for=0, budget=None)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(folder: Path, backups: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        _say("ready")
        while True:
            made = create_backup(vault, backups, policy=KEEP_ALL)
            _say(f"made {made.name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
