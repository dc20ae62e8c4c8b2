"""Two programs changing one journal's keys never undo each other's change.

The app and the command line can both have a journal unlocked; a new passphrase set in one
must keep working after the other makes a new recovery key, and the other way round.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from innerspace.storage.backups import create_backup, inspect_backup, with_passphrase
from innerspace.storage.errors import VaultBusy, WrongPassphrase
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import Vault, VaultPaths, key_file_lock
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a lighthouse on a quiet shore"


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    return data_dir


def _env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}


def test_a_new_recovery_key_keeps_a_passphrase_changed_elsewhere(journal_dir: Path) -> None:
    app = Vault.unlock(journal_dir, PASSPHRASE)
    with Vault.unlock(journal_dir, PASSPHRASE) as command_line:
        command_line.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
    with app:
        recovery_key = app.regenerate_recovery_key()

    Vault.unlock(journal_dir, NEW_PASSPHRASE).close()
    Vault.unlock_with_recovery_key(journal_dir, recovery_key).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(journal_dir, PASSPHRASE)


def test_a_new_passphrase_keeps_a_recovery_key_made_elsewhere(journal_dir: Path) -> None:
    command_line = Vault.unlock(journal_dir, PASSPHRASE)
    with Vault.unlock(journal_dir, PASSPHRASE) as app:
        recovery_key = app.regenerate_recovery_key()
    with command_line:
        command_line.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)

    Vault.unlock(journal_dir, NEW_PASSPHRASE).close()
    Vault.unlock_with_recovery_key(journal_dir, recovery_key).close()


def test_passwd_in_another_process_survives_a_new_recovery_key_in_the_app(
    journal_dir: Path, tmp_path: Path
) -> None:
    current = tmp_path / "current.txt"
    current.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    app = Vault.unlock(journal_dir, PASSPHRASE)

    passwd = subprocess.run(
        [
            sys.executable,
            "-m",
            "innerspace",
            "--data-dir",
            str(journal_dir),
            "passwd",
            "--passphrase-file",
            str(current),
            "--new-passphrase-file",
            str(new),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
        check=False,
    )
    assert passwd.returncode == 0, passwd.stderr
    with app:
        recovery_key = app.regenerate_recovery_key()

    Vault.unlock(journal_dir, NEW_PASSPHRASE).close()
    Vault.unlock_with_recovery_key(journal_dir, recovery_key).close()


CHANGER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from innerspace.storage.keyfile import FLOOR
    from innerspace.storage.vault import Vault

    folder, what, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with Vault.unlock(folder, sys.argv[4]) as vault:
        print("ready", flush=True)
        sys.stdin.readline()
        for round in range(rounds):
            if what == "passphrase":
                vault.change_passphrase(f"{sys.argv[5]} {round}", kdf=FLOOR)
            else:
                print(vault.regenerate_recovery_key(), flush=True)
    """
)


def test_two_processes_changing_keys_at_once_keep_both_changes(journal_dir: Path) -> None:
    rounds = 6

    def start(what: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHANGER,
                str(journal_dir),
                what,
                str(rounds),
                PASSPHRASE,
                NEW_PASSPHRASE,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        return process

    passphrases, recovery_keys = start("passphrase"), start("recovery")
    for process in (passphrases, recovery_keys):
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    out, _ = recovery_keys.communicate(timeout=120)
    assert recovery_keys.returncode == 0
    assert passphrases.wait(timeout=120) == 0

    last_recovery_key = out.split()[-1]
    Vault.unlock(journal_dir, f"{NEW_PASSPHRASE} {rounds - 1}").close()
    Vault.unlock_with_recovery_key(journal_dir, last_recovery_key).close()


def test_a_key_change_waits_for_the_lock_and_gives_up_plainly(journal_dir: Path) -> None:
    lock_holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_KEY_LOCK, str(journal_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert lock_holder.stdout is not None
        assert lock_holder.stdout.readline().strip() == "held"
        lock = key_file_lock(VaultPaths(journal_dir), timeout=0.2)
        with pytest.raises(VaultBusy, match="changing this journal's passphrase"), lock:
            pass
    finally:
        lock_holder.kill()
        lock_holder.wait()
    # The system let go of the killed holder's lock: a change goes through, and no key-file
    # lock is left behind (the journal lock file stays: it is only ever locked, never read).
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
    Vault.unlock(journal_dir, NEW_PASSPHRASE).close()
    assert sorted(p.name for p in journal_dir.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]


HOLD_KEY_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from innerspace.storage.vault import VaultPaths, key_file_lock

    with key_file_lock(VaultPaths(Path(sys.argv[1]))):
        print("held", flush=True)
        time.sleep(60)
    """
)


def test_a_backup_carries_the_key_file_as_it_is_on_disk(journal_dir: Path, tmp_path: Path) -> None:
    app = Vault.unlock(journal_dir, PASSPHRASE)
    with Vault.unlock(journal_dir, PASSPHRASE) as command_line:
        command_line.change_passphrase(NEW_PASSPHRASE, kdf=FLOOR)
    with app:
        backup = create_backup(app, tmp_path / "backups")

    staged = inspect_backup(backup, with_passphrase(NEW_PASSPHRASE), work_dir=tmp_path)
    staged.discard()
    with pytest.raises(WrongPassphrase):
        inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=tmp_path)
