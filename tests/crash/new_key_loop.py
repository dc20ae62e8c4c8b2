"""Run by test_kill_during_new_data_key.py: re-encrypt the journal under a new key until killed.

Prints ``ready`` once unlocked and ``renewed`` after each re-encryption is complete.

Usage: python new_key_loop.py JOURNAL_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

from innerspace.storage.keyfile import FLOOR
from innerspace.storage.new_data_key import reencrypt
from innerspace.storage.vault import Vault

PASSPHRASE = "a new key for every season"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(folder: Path) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    _say("ready")
    while True:
        vault = reencrypt(vault, PASSPHRASE, kdf=FLOOR).vault
        _say("renewed")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
