"""SECURITY.md test 8: private file modes, and no unencrypted SQLite temporary files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

PROBE = Path(__file__).with_name("temp_file_probe.py")
COMPANIONS = ("journal.db", "journal.db-wal", "journal.db-shm", "journal.key", "journal.lock")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """Nothing may rely on the person's umask being strict."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("permissive_umask")
def test_the_folder_is_0700_and_every_file_0600_while_open(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        Journal(vault).add(Entry(body="a few words"))
        assert _mode(data_dir) == 0o700
        for name in COMPANIONS:
            assert _mode(data_dir / name) == 0o600, name
        vault.change_passphrase("another passphrase", kdf=FLOOR)
        vault.regenerate_recovery_key()
        assert _mode(data_dir / "journal.key") == 0o600
        assert sorted(p.name for p in data_dir.iterdir()) == sorted(COMPANIONS)


@pytest.mark.usefixtures("permissive_umask")
def test_files_made_after_a_lock_are_private_too(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    assert not (data_dir / "journal.db-wal").exists()
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        Journal(vault).add(Entry(body="a new log is started"))
        for name in COMPANIONS:
            assert _mode(data_dir / name) == 0o600, name


def test_unlocking_makes_loosened_files_private_again(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    for name in ("journal.db", "journal.key"):
        (data_dir / name).chmod(0o644)
    with Vault.unlock(data_dir, PASSPHRASE):
        for name in COMPANIONS:
            assert _mode(data_dir / name) == 0o600, name


def test_an_existing_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Vault.create(folder, PASSPHRASE, kdf=FLOOR)[0].close()
    assert _mode(folder) == 0o700


# -- SQLite's temporary files ----------------------------------------------------------------------


def _probe(tmp_path: Path, *extra: str) -> dict[str, Any]:
    temp_folder = tmp_path / "tmp"
    temp_folder.mkdir()
    env = {**os.environ, "SQLITE_TMPDIR": str(temp_folder), "TMPDIR": str(temp_folder)}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "journal"), str(temp_folder), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    assert result["sorted_rows"] == 50000
    return result


def test_vacuum_search_and_a_large_sort_open_no_temporary_files(tmp_path: Path) -> None:
    result = _probe(tmp_path)
    assert result["after_vacuum"] == []
    assert result["after_search"] == []
    assert result["after_sort"] == []
    assert result["temp_folder"] == []
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to watch open files")
def test_the_probe_does_see_temporary_files_when_sqlite_may_use_them(tmp_path: Path) -> None:
    result = _probe(tmp_path, "--allow-temp-files")
    assert result["watched_open_files"]
    assert any("etilqs_" in path for path in result["after_vacuum"])
    assert len(result["after_sort"]) > len(result["after_vacuum"])
    # Deleted as soon as opened: a listing of the folder alone would have missed them.
    assert result["temp_folder"] == []
