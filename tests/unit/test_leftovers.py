"""At start, what a killed run left behind is removed, and nothing a running program uses."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from innerspace.storage.keyfile import FLOOR
from innerspace.storage.leftovers import (
    IN_USE_NAME,
    UNMARKED_STALE_SECONDS,
    remove_stale_key_temp_files,
    remove_stale_session_folders,
    tidy_at_start,
)
from innerspace.storage.vault import KEY_FILE_NAME, Vault, VaultPaths, key_file_lock
from tests.conftest import PASSPHRASE

PREFIX = "innerspace-test-"

SESSION = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    tempfile.tempdir = sys.argv[1]
    from innerspace.storage.leftovers import session_folder
    print(session_folder(sys.argv[2]), flush=True)
    sys.stdin.readline()
    """
)


def _session(parent: Path, *, stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SESSION, str(parent), PREFIX],
        stdin=stdin,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_killed_runs_session_folder_is_removed_a_running_ones_kept(tmp_path: Path) -> None:
    killed = _session(tmp_path)
    running = _session(tmp_path)
    try:
        assert killed.stdout is not None and running.stdout is not None
        killed_folder = Path(killed.stdout.readline().strip())
        running_folder = Path(running.stdout.readline().strip())
        (killed_folder / "QtProject.conf").write_text("lastVisited=/home/me/Letters")
        killed.kill()
        killed.wait()

        removed = remove_stale_session_folders(PREFIX, tmp_path)

        assert removed == [killed_folder]
        assert not killed_folder.exists()
        assert (running_folder / IN_USE_NAME).exists()
    finally:
        for process in (killed, running):
            process.kill()
            process.wait()


def test_a_session_folder_is_removed_when_its_run_ends(tmp_path: Path) -> None:
    session = _session(tmp_path)
    assert session.stdout is not None and session.stdin is not None
    folder = Path(session.stdout.readline().strip())
    assert folder.is_dir() and folder.name.startswith(PREFIX)
    session.stdin.write("\n")
    session.stdin.flush()
    assert session.wait(timeout=30) == 0
    assert not folder.exists()


def test_unmarked_folders_go_only_when_old_and_links_never(tmp_path: Path) -> None:
    old = tmp_path / f"{PREFIX}old"
    old.mkdir()
    long_ago = time.time() - UNMARKED_STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    recent = tmp_path / f"{PREFIX}recent"
    recent.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / f"{PREFIX}link").symlink_to(elsewhere)

    assert remove_stale_session_folders(PREFIX, tmp_path) == [old]
    assert recent.is_dir() and elsewhere.is_dir()


def test_stale_key_temp_files_are_removed_at_start(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    stale = data_dir / f".{KEY_FILE_NAME}.0123456789ab.tmp"
    stale.write_bytes(b"half a key file")
    key_before = (data_dir / KEY_FILE_NAME).read_bytes()

    tidy_at_start(data_dir)

    assert not stale.exists()
    assert (data_dir / KEY_FILE_NAME).read_bytes() == key_before
    Vault.unlock(data_dir, PASSPHRASE).close()


def test_key_temp_files_are_left_while_another_program_changes_the_key(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    in_progress = data_dir / f".{KEY_FILE_NAME}.0123456789ab.tmp"
    in_progress.write_bytes(b"being written")
    with key_file_lock(VaultPaths(data_dir)):
        # This process is "the other program" mid-change; a second one starts and tidies.
        done = subprocess.run(
            [sys.executable, "-c", TIDY, str(data_dir)], capture_output=True, text=True, check=False
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
    assert in_progress.exists()
    assert len(remove_stale_key_temp_files(data_dir)) == 1


TIDY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from innerspace.storage.leftovers import remove_stale_key_temp_files
    print(len(remove_stale_key_temp_files(Path(sys.argv[1]))))
    """
)


def test_the_app_and_every_command_tidy_at_start(data_dir: Path, tmp_path: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    stale = data_dir / f".{KEY_FILE_NAME}.0123456789ab.tmp"
    stale.write_bytes(b"half a key file")
    done = subprocess.run(
        [sys.executable, "-m", "innerspace", "--data-dir", str(data_dir), "list"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr
    assert not stale.exists()
