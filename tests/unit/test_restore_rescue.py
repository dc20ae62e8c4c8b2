"""Restore when it is needed most: a damaged or keyless journal, a crash in the middle, another
process with the journal open, and the passphrase a backup brings back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.backups import (
    backup_folder,
    create_backup,
    inspect_backup,
    restore_backup,
    with_passphrase,
)
from innerspace.storage.journal import Journal
from innerspace.storage.journal_lock import JournalBusy
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.leftovers import tidy_at_start
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.pending_swap import CRASH_ENV, MARKER_NAME, StagingFolder, tidy
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
BUSY = (
    "innerspace: The journal is open in another InnerSpace window or command. "
    "Close it, then try again.\n"
)
HOLD_OPEN = """
import sys
from pathlib import Path
from innerspace.storage.vault import Vault
with Vault.unlock(Path(sys.argv[1]), sys.argv[2]):
    print("open", flush=True)
    sys.stdin.readline()
"""


def innerspace(data_dir: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in (DATA_DIR_ENV, CRASH_ENV)}
    environment.update(env, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "innerspace", "--data-dir", str(data_dir), *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _journal_with(folder: Path, *bodies: str, passphrase: str = PASSPHRASE) -> Path:
    """A journal holding ``bodies`` and a backup of it; returns the backup."""
    vault, _ = Vault.create(folder, passphrase, kdf=FLOOR)
    with vault:
        for body in bodies:
            Journal(vault).add(Entry(body=body))
        return create_backup(vault, backup_folder(folder))


def _bodies(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with Vault.unlock(folder, passphrase) as vault:
        return sorted(s.preview for s in Journal(vault).page())


def _restore(data_dir: Path, backup: Path, passphrase_file: Path) -> Any:
    return innerspace(
        data_dir, "restore", str(backup), "--passphrase-file", str(passphrase_file), "--yes"
    )


# -- a journal that can't be opened ------------------------------------------------------------


def test_a_damaged_journal_is_set_aside_and_the_backup_restored(
    data_dir: Path, passphrase_file: Path
) -> None:
    backup = _journal_with(data_dir, "kept in the backup")
    with (data_dir / "journal.db").open("r+b") as db:
        db.seek(100)
        db.write(b"XXXX")
    damaged = (data_dir / "journal.db").read_bytes()
    key = (data_dir / "journal.key").read_bytes()

    done = _restore(data_dir, backup, passphrase_file)

    assert done.returncode == 0, done.stderr
    assert "can't be opened" in done.stdout and "moved aside" in done.stdout
    [db_aside] = data_dir.glob("journal.db.damaged-*")
    [key_aside] = data_dir.glob("journal.key.damaged-*")
    assert db_aside.read_bytes() == damaged and key_aside.read_bytes() == key
    assert db_aside.name in done.stdout
    assert _bodies(data_dir) == ["kept in the backup"]
    listed = innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file))
    assert listed.returncode == 0 and "kept in the backup" in listed.stdout


def test_a_journal_without_its_key_file_is_set_aside_and_the_backup_restored(
    data_dir: Path, passphrase_file: Path
) -> None:
    backup = _journal_with(data_dir, "kept in the backup")
    (data_dir / "journal.key").unlink()

    done = _restore(data_dir, backup, passphrase_file)

    assert done.returncode == 0, done.stderr
    assert "key file is missing" in done.stdout
    assert len(list(data_dir.glob("journal.db.damaged-*"))) == 1
    assert _bodies(data_dir) == ["kept in the backup"]


def test_a_journal_that_opens_is_never_set_aside(data_dir: Path) -> None:
    backup = _journal_with(data_dir, "words")
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=data_dir)
    try:
        with pytest.raises(Exception, match="unlock the current journal first"):
            restore_backup(staged, data_dir, current=None)
    finally:
        staged.discard()
    assert not list(data_dir.glob("*.damaged-*"))


# -- a crash between the renames -----------------------------------------------------------------


@pytest.mark.parametrize("point", ["between-renames", "after-marker", "after-renames"])
def test_a_restore_killed_midway_into_an_empty_folder_is_finished_by_the_next_command(
    tmp_path: Path, passphrase_file: Path, point: str
) -> None:
    backup = _journal_with(tmp_path / "old", "from the old computer")
    new_home = tmp_path / "new"

    killed = innerspace(
        new_home,
        "restore",
        str(backup),
        "--passphrase-file",
        str(passphrase_file),
        "--yes",
        INNERSPACE_TEST_CRASH_AT=f"restore-{point}",
    )

    assert killed.returncode == 9 and (new_home / MARKER_NAME).exists()
    listed = innerspace(new_home, "list", "--passphrase-file", str(passphrase_file))
    assert listed.returncode == 0, listed.stderr
    assert "from the old computer" in listed.stdout
    assert sorted(p.name for p in new_home.iterdir()) == [
        "journal.db",
        "journal.key",
        "journal.lock",
    ]


def test_a_restore_killed_between_renames_over_a_journal_is_finished_at_the_next_start(
    tmp_path: Path, data_dir: Path, passphrase_file: Path
) -> None:
    backup = _journal_with(tmp_path / "other", "from the backup")
    _journal_with(data_dir, "today's words")

    killed = innerspace(
        data_dir,
        "restore",
        str(backup),
        "--passphrase-file",
        str(passphrase_file),
        "--yes",
        INNERSPACE_TEST_CRASH_AT="restore-between-renames",
    )
    assert killed.returncode == 9

    checked = innerspace(data_dir, "check", "--passphrase-file", str(passphrase_file))
    assert checked.returncode == 0, checked.stderr
    assert _bodies(data_dir) == ["from the backup"]
    assert not list(data_dir.glob(".innerspace-restore-*"))


def test_an_unfinished_swap_is_finished_by_unlocking_too(
    tmp_path: Path, data_dir: Path, passphrase_file: Path
) -> None:
    backup = _journal_with(tmp_path / "other", "from the backup")
    _journal_with(data_dir, "today's words")
    innerspace(
        data_dir,
        "restore",
        str(backup),
        "--passphrase-file",
        str(passphrase_file),
        "--yes",
        INNERSPACE_TEST_CRASH_AT="restore-between-renames",
    )

    # As the app would, already started and waiting at the unlock screen.
    assert _bodies(data_dir) == ["from the backup"]


def test_start_up_removes_abandoned_staging_folders_but_not_one_in_use(data_dir: Path) -> None:
    data_dir.mkdir()
    abandoned = data_dir / ".innerspace-restore-0123456789ab"
    abandoned.mkdir()
    (abandoned / "journal.db").write_bytes(b"old")
    key_temp = data_dir / ".journal.key.abcdef.tmp"
    key_temp.write_bytes(b"{}")
    os.utime(key_temp, (1, 1))
    in_use = StagingFolder.create(data_dir, ".innerspace-restore-")
    try:
        # What every start does: finish and tidy swaps, then the key-file temporaries.
        tidy(data_dir)
        tidy_at_start(data_dir)
        assert not abandoned.exists() and not key_temp.exists()
        assert in_use.path.is_dir()
    finally:
        in_use.discard()


# -- another process has the journal open --------------------------------------------------------


def _hold_open(folder: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(folder), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert holder.stdout is not None and holder.stdout.readline() == "open\n"
    return holder


def _let_go(holder: subprocess.Popen[str]) -> None:
    holder.communicate("\n", timeout=30)


def test_restore_is_refused_while_another_process_has_the_journal_open(
    data_dir: Path, passphrase_file: Path
) -> None:
    backup = _journal_with(data_dir, "in the backup")
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        Journal(vault).add(Entry(body="written after the backup"))
    before = (data_dir / "journal.db").read_bytes()
    holder = _hold_open(data_dir)
    try:
        done = _restore(data_dir, backup, passphrase_file)
        assert (done.returncode, done.stderr) == (1, BUSY)
        assert (data_dir / "journal.db").read_bytes() == before
        assert len(list(backup_folder(data_dir).iterdir())) == 1
    finally:
        _let_go(holder)
    assert _restore(data_dir, backup, passphrase_file).returncode == 0
    assert _bodies(data_dir) == ["in the backup"]


def test_the_app_restoring_with_its_own_journal_open_is_refused_while_a_command_has_it(
    data_dir: Path,
) -> None:
    backup = _journal_with(data_dir, "in the backup")
    vault = Vault.unlock(data_dir, PASSPHRASE)
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=data_dir)
    holder = _hold_open(data_dir)
    try:
        with pytest.raises(JournalBusy):
            restore_backup(staged, data_dir, current=vault)
        # Still open, and still holding the journal against a restore from elsewhere.
        Journal(vault).add(Entry(body="saved after the refusal"))
    finally:
        _let_go(holder)
    restore_backup(staged, data_dir, current=vault)
    assert not vault.is_open
    assert _bodies(data_dir) == ["in the backup"]


# -- which passphrase opens the restored journal -------------------------------------------------


def test_a_backup_with_the_same_data_key_keeps_todays_passphrase(
    data_dir: Path, tmp_path: Path
) -> None:
    backup = _journal_with(data_dir, "before the change")
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase("a brand new passphrase", kdf=FLOOR)
    vault = Vault.unlock(data_dir, "a brand new passphrase")
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=data_dir, current=vault)
    assert staged.info.uses_backup_keys is False
    assert "stay as they are now" in staged.info.describe()
    restore_backup(staged, data_dir, current=vault)

    assert _bodies(data_dir, "a brand new passphrase") == ["before the change"]


def test_a_backup_of_another_data_key_says_its_passphrase_comes_back(
    data_dir: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    # Same passphrase, different data key: as after a new data key, or another journal.
    other = _journal_with(tmp_path / "other", "another journal")
    _journal_with(data_dir, "mine")

    unconfirmed = innerspace(
        data_dir, "restore", str(other), "--passphrase-file", str(passphrase_file)
    )

    assert unconfirmed.returncode == 1
    assert "not with the ones you use now" in unconfirmed.stdout
    assert "--yes" in unconfirmed.stderr
    assert _bodies(data_dir) == ["mine"]
    done = _restore(data_dir, other, passphrase_file)
    assert done.returncode == 0, done.stderr
    assert "it had when the backup was made" in done.stdout
    assert (data_dir / "journal.key").read_bytes() == (tmp_path / "other/journal.key").read_bytes()
