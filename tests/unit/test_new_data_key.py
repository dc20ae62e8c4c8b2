"""A new data key: old key files, passphrases and recovery keys no longer open the journal, every
entry stays identical, and nothing changes when it is stopped, refused or cut short."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from innerspace.core.entries import Entry
from innerspace.storage import backups
from innerspace.storage.backups import (
    BackupError,
    backup_folder,
    create_backup,
    inspect_backup,
    list_backups,
    with_passphrase,
)
from innerspace.storage.errors import WrongRecoveryKey
from innerspace.storage.journal import Journal
from innerspace.storage.journal_lock import JournalBusy
from innerspace.storage.keyfile import FLOOR, KeyFile
from innerspace.storage.new_data_key import ReencryptionStopped, delete_backups, reencrypt
from innerspace.storage.vault import Vault, connect_keyed
from tests.conftest import PASSPHRASE
from tests.unit.test_restore_rescue import _hold_open, _let_go, innerspace

RECOVERY_LINE_START = "    "


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _filled(folder: Path) -> str:
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    assert recovery is not None
    with vault:
        journal = Journal(vault)
        for n in range(30):
            journal.add(Entry(title=f"day {n}", body=f"words {n} " * 50, tags=(f"t{n % 4}",)))
    return recovery


def _everything(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        conn = vault.connection
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 "
                # meta gains the journal's id the first time it is needed.
                "AND name NOT LIKE 'sqlite_%' AND name != 'meta'"
            )
        ]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }


def test_after_a_new_data_key_an_old_key_file_no_longer_opens_the_journal(
    data_dir: Path, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_recovery = _filled(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        old_backup = create_backup(vault, backup_folder(data_dir))
    before = _everything(data_dir)

    done = innerspace(
        data_dir, "passwd", "--new-data-key", "--passphrase-file", str(passphrase_file)
    )

    assert done.returncode == 0, done.stderr
    assert "still open with the old passphrase" in done.stdout
    with zipfile.ZipFile(old_backup) as archive:
        old_key_file = KeyFile.from_bytes(archive.read("journal.key"))
    old_key = old_key_file.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(sqlcipher3.DatabaseError):
        connect_keyed(data_dir / "journal.db", old_key)
    assert _everything(data_dir) == before
    checked = innerspace(data_dir, "check", "--passphrase-file", str(passphrase_file))
    assert checked.returncode == 0, checked.stderr
    [new_recovery] = [
        line.strip() for line in done.stdout.splitlines() if line.startswith(RECOVERY_LINE_START)
    ]
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(data_dir, old_recovery)
    Vault.unlock_with_recovery_key(data_dir, new_recovery).close()
    # The old backup is kept unless asked, and still restores with the old secrets.
    assert old_backup.exists()


def test_earlier_backups_are_deleted_when_asked(data_dir: Path, passphrase_file: Path) -> None:
    _filled(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        old_backup = create_backup(vault, backup_folder(data_dir))

    done = innerspace(
        data_dir,
        "passwd",
        "--new-data-key",
        "--delete-old-backups",
        "--passphrase-file",
        str(passphrase_file),
    )

    assert done.returncode == 0, done.stderr
    assert not old_backup.exists()
    [(_, fresh)] = list_backups(backup_folder(data_dir))
    assert "new-key" in fresh.name


def test_stopping_changes_nothing_and_the_journal_stays_open(data_dir: Path) -> None:
    _filled(data_dir)
    files = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    vault = Vault.unlock(data_dir, PASSPHRASE)
    steps: list[int] = []

    with pytest.raises(ReencryptionStopped):
        reencrypt(
            vault,
            PASSPHRASE,
            progress=lambda done, _total: steps.append(done),
            stop=lambda: len(steps) == 2,
        )

    assert steps == [1, 2]
    Journal(vault).add(Entry(body="still writing"))
    vault.close()
    assert (data_dir / "journal.key").read_bytes() == files["journal.key"]
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".innerspace-")]


def test_a_new_data_key_is_refused_while_another_process_has_the_journal_open(
    data_dir: Path,
) -> None:
    _filled(data_dir)
    key = (data_dir / "journal.key").read_bytes()
    vault = Vault.unlock(data_dir, PASSPHRASE)
    holder = _hold_open(data_dir)
    try:
        with pytest.raises(JournalBusy):
            reencrypt(vault, PASSPHRASE)
    finally:
        _let_go(holder)
        vault.close()
    assert (data_dir / "journal.key").read_bytes() == key


def test_the_command_waits_its_turn_while_the_app_has_the_journal_open(
    data_dir: Path, passphrase_file: Path
) -> None:
    # An open app may be writing a backup on a thread of its own at any moment: the command
    # must not re-encrypt under it, nor restore.
    _filled(data_dir)
    key = (data_dir / "journal.key").read_bytes()
    holder = _hold_open(data_dir)
    try:
        done = innerspace(
            data_dir, "passwd", "--new-data-key", "--passphrase-file", str(passphrase_file)
        )
    finally:
        _let_go(holder)
    assert done.returncode == 1
    assert "open in another InnerSpace window or command" in done.stderr
    assert (data_dir / "journal.key").read_bytes() == key
    assert list_backups(backup_folder(data_dir)) == []


def test_a_wrong_passphrase_is_refused_before_anything_is_copied(data_dir: Path) -> None:
    _filled(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault, pytest.raises(Exception, match="passphrase"):
        reencrypt(vault, "not the passphrase at all")
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".innerspace-")]


def test_a_new_data_key_cut_short_between_renames_is_finished_at_the_next_start(
    data_dir: Path, passphrase_file: Path
) -> None:
    _filled(data_dir)
    before = _everything(data_dir)
    old_key = (data_dir / "journal.key").read_bytes()

    killed = innerspace(
        data_dir,
        "passwd",
        "--new-data-key",
        "--passphrase-file",
        str(passphrase_file),
        INNERSPACE_TEST_CRASH_AT="new-data-key-between-renames",
    )

    assert killed.returncode == 9
    listed = innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file))
    assert listed.returncode == 0, listed.stderr
    assert (data_dir / "journal.key").read_bytes() != old_key
    assert _everything(data_dir) == before


def test_passwd_says_old_backups_still_open_with_the_old_passphrase(
    data_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    _filled(data_dir)
    new = tmp_path / "new.txt"
    new.write_text("a different sentence entirely\n", encoding="utf-8")

    done = innerspace(
        data_dir,
        "passwd",
        "--passphrase-file",
        str(passphrase_file),
        "--new-passphrase-file",
        str(new),
    )

    assert done.returncode == 0, done.stderr
    assert "innerspace passwd --new-data-key" in done.stdout
    assert "stop working" not in done.stdout


class SlowBackup:
    """A backup on a thread of its own, held just before it is written out whole, the way a
    backup of a large journal is still running when the person asks for something else."""

    def __init__(self, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached, self.go = threading.Event(), threading.Event()
        self.made: list[Path] = []
        self.failed: list[BaseException] = []
        write_archive = backups._write_archive

        def held(*args: Any) -> None:
            if threading.current_thread() is self.thread:
                self.reached.set()
                self.go.wait(30)
            write_archive(*args)

        monkeypatch.setattr(backups, "_write_archive", held)
        self.thread = threading.Thread(target=self._run, args=(vault,))
        self.thread.start()
        assert self.reached.wait(30)

    def _run(self, vault: Vault) -> None:
        try:
            with vault.side_connection() as conn:
                folder = backup_folder(vault.paths.folder)
                self.made.append(create_backup(vault, folder, conn=conn))
        except BaseException as exc:
            self.failed.append(exc)

    def finish(self) -> None:
        self.go.set()
        self.thread.join(30)


def _opens_with_new_key_only(backup: Path, renewed: Vault, work_dir: Path) -> bool:
    staged = inspect_backup(backup, with_passphrase(PASSPHRASE), work_dir=work_dir)
    try:
        conn = renewed.open_copy(staged.folder / "journal.db")
    except sqlcipher3.DatabaseError:
        return False
    finally:
        staged.discard()
    conn.close()
    return True


def test_a_backup_running_during_a_new_data_key_is_not_kept_under_the_old_key(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir)
    vault = Vault.unlock(data_dir, PASSPHRASE)
    create_backup(vault, backup_folder(data_dir))
    running = SlowBackup(vault, monkeypatch)
    result = reencrypt(vault, PASSPHRASE, kdf=FLOOR)
    try:
        running.finish()
        assert running.made == []
        assert [type(e) for e in running.failed] == [BackupError]
        delete_backups(result.older_backups)
        left = [path for _, path in list_backups(backup_folder(data_dir))]
        assert left == [result.fresh_backup]
        assert all(_opens_with_new_key_only(path, result.vault, tmp_path) for path in left)
    finally:
        result.vault.close()
