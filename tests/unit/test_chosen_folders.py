"""A folder the person chose keeps its mode: only folders InnerSpace makes are made private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.files import ensure_private_dir
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

SHARED_MODE = 0o2775


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A group folder with the setgid bit, as a family or a team would set one up."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(SHARED_MODE)
    assert _mode(folder) == SHARED_MODE
    return folder


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        Journal(vault).add(Entry(body="A page for the export."))
    return data_dir


def innerspace(data_dir: Path, tmp_path: Path, *argv: str) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "innerspace",
            "--data-dir",
            str(data_dir),
            *argv,
            "--passphrase-file",
            str(secret),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_backup_to_a_chosen_folder_leaves_its_mode(
    journal_dir: Path, shared: Path, tmp_path: Path
) -> None:
    innerspace(journal_dir, tmp_path, "backup", "--to", str(shared))
    assert _mode(shared) == SHARED_MODE
    assert len(list(shared.glob("*.innerspace-backup"))) == 1


def test_backup_to_a_new_folder_makes_it_private(
    journal_dir: Path, shared: Path, tmp_path: Path
) -> None:
    innerspace(journal_dir, tmp_path, "backup", "--to", str(shared / "innerspace"))
    assert _mode(shared / "innerspace") == 0o700
    assert _mode(shared) == SHARED_MODE


def test_a_markdown_export_leaves_the_chosen_folders_modes(
    journal_dir: Path, shared: Path, tmp_path: Path
) -> None:
    innerspace(
        journal_dir, tmp_path, "export", "--format", "markdown", "--yes", "--out", str(shared)
    )
    assert _mode(shared) == SHARED_MODE
    assert [p.suffix for p in shared.iterdir()] == [".md"]
    assert not list(tmp_path.glob(".*.partial"))


def test_a_markdown_export_into_a_new_folder_makes_only_that_private(
    journal_dir: Path, shared: Path, tmp_path: Path
) -> None:
    innerspace(
        journal_dir,
        tmp_path,
        "export",
        "--format",
        "markdown",
        "--yes",
        "--out",
        str(shared / "export"),
    )
    assert _mode(shared) == SHARED_MODE
    assert _mode(shared / "export") == 0o700


def test_a_json_export_leaves_its_folder_alone(
    journal_dir: Path, shared: Path, tmp_path: Path
) -> None:
    innerspace(
        journal_dir,
        tmp_path,
        "export",
        "--format",
        "json",
        "--yes",
        "--out",
        str(shared / "a.json"),
    )
    assert _mode(shared) == SHARED_MODE
    assert _mode(shared / "a.json") == 0o600


def test_only_a_folder_made_here_is_made_private(shared: Path) -> None:
    ensure_private_dir(shared)
    assert _mode(shared) == SHARED_MODE
    ensure_private_dir(shared / "new" / "deeper")
    assert _mode(shared / "new" / "deeper") == 0o700
    (shared / "a file").write_text("x")
    with pytest.raises(FileExistsError):
        ensure_private_dir(shared / "a file")
