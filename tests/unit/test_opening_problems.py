"""Opening a journal tells the truth: damage is damage, and a passing problem is named plainly.

Each problem is made for real: an empty journal file, another process holding the database, a
folder that can't be written to, a full disk.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.errors import (
    VaultBusy,
    VaultDamaged,
    VaultDiskFull,
    VaultReadOnly,
)
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import DATABASE_NAME, Vault
from tests.conftest import PASSPHRASE


def innerspace(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    return subprocess.run(
        [sys.executable, "-m", "innerspace", "--data-dir", str(data_dir), *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _journal_with_an_entry(folder: Path) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FLOOR)
    with vault:
        Journal(vault).add(Entry(body="Written before anything went wrong."))


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


# -- an empty or missing journal file is damage, never a new journal -----------------------------


def test_an_empty_journal_file_is_damaged_and_stays_as_it_is(data_dir: Path) -> None:
    _journal_with_an_entry(data_dir)
    (data_dir / DATABASE_NAME).write_bytes(b"")
    before = _files(data_dir)

    with pytest.raises(VaultDamaged, match="empty"):
        Vault.unlock(data_dir, PASSPHRASE)

    assert _files(data_dir) == before
    assert (data_dir / DATABASE_NAME).stat().st_size == 0


def test_the_command_line_says_an_empty_journal_file_is_damaged(
    data_dir: Path, passphrase_file: Path
) -> None:
    _journal_with_an_entry(data_dir)
    (data_dir / DATABASE_NAME).write_bytes(b"")

    for command in ("list", "backup"):
        line = _one_line(innerspace(data_dir, command, "--passphrase-file", str(passphrase_file)))
        assert "empty" in line and "backup" in line, line

    assert (data_dir / DATABASE_NAME).stat().st_size == 0
    assert not (data_dir / "backups").exists()


def test_the_command_line_says_a_missing_journal_file_is_damaged(
    data_dir: Path, passphrase_file: Path
) -> None:
    _journal_with_an_entry(data_dir)
    (data_dir / DATABASE_NAME).unlink()

    line = _one_line(innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file)))

    assert "missing" in line, line
    assert not (data_dir / DATABASE_NAME).exists()


# -- another process holding the journal -----------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from innerspace.storage.vault import Vault

    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    conn = vault.connection
    # Exclusive locking in WAL mode keeps every other connection out, readers too.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO meta (key, value) VALUES ('held', 'yes')")
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
    conn.execute("ROLLBACK")
    conn.execute("PRAGMA locking_mode = NORMAL")
    conn.execute("SELECT count(*) FROM meta").fetchone()
    vault.close()
    """
)


@contextlib.contextmanager
def held_by_another_process(data_dir: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), PASSPHRASE, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_a_journal_held_by_another_process_is_busy_not_damaged(data_dir: Path) -> None:
    _journal_with_an_entry(data_dir)
    with held_by_another_process(data_dir, 60), pytest.raises(VaultBusy, match="Another program"):
        Vault.unlock(data_dir, PASSPHRASE)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert Journal(vault).count() == 1


def test_opening_waits_for_a_short_hold_to_end(data_dir: Path) -> None:
    _journal_with_an_entry(data_dir)
    with held_by_another_process(data_dir, 1.0) as holder:
        started = time.monotonic()
        with Vault.unlock(data_dir, PASSPHRASE) as vault:
            assert Journal(vault).count() == 1
        assert holder.wait(timeout=30) == 0
    assert time.monotonic() - started < 5


def test_the_command_line_says_the_journal_is_in_use(data_dir: Path, passphrase_file: Path) -> None:
    _journal_with_an_entry(data_dir)
    with held_by_another_process(data_dir, 60):
        line = _one_line(innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file)))
    assert "Another program is using the journal" in line, line
    assert "damaged" not in line


# -- a folder that can't be written to -------------------------------------------------------------


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` refuse new files, also for root (who ignores permission bits)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: no way to deny writes")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_folder_is_named_as_such(data_dir: Path, passphrase_file: Path) -> None:
    _journal_with_an_entry(data_dir)
    before = _files(data_dir)
    with read_only(data_dir):
        with pytest.raises(VaultReadOnly, match="read-only"):
            Vault.unlock(data_dir, PASSPHRASE)
        line = _one_line(innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file)))
    assert "read-only" in line and "damaged" not in line, line
    assert _files(data_dir) == before


# -- a full disk -----------------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(mount_point: Path, size: str = "4m") -> Iterator[Path]:
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a small disk can only be made where mounting a tmpfs is allowed (root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def _fill(disk: Path) -> None:
    with (disk / "filler").open("wb") as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 65536)
            filler.flush()


def test_a_full_disk_is_named_as_such(tmp_path: Path, passphrase_file: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data_dir = disk / "journal"
        _journal_with_an_entry(data_dir)
        _fill(disk)
        with pytest.raises(VaultDiskFull, match="full"):
            Vault.unlock(data_dir, PASSPHRASE)
        line = _one_line(innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file)))
        assert "full" in line and "damaged" not in line, line
        (disk / "filler").unlink()
        with Vault.unlock(data_dir, PASSPHRASE) as vault:
            assert Journal(vault).count() == 1


def test_real_damage_is_still_called_damage(data_dir: Path, passphrase_file: Path) -> None:
    _journal_with_an_entry(data_dir)
    db = data_dir / DATABASE_NAME
    raw = bytearray(db.read_bytes())
    raw[100:104] = bytes(b ^ 0xFF for b in raw[100:104])
    db.write_bytes(bytes(raw))

    with pytest.raises(VaultDamaged, match="damaged"):
        Vault.unlock(data_dir, PASSPHRASE)
    line = _one_line(innerspace(data_dir, "list", "--passphrase-file", str(passphrase_file)))
    assert "damaged" in line, line
