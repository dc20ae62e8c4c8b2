"""The folder for an extra backup copy lives in the encrypted journal, not in settings.json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from innerspace.storage.journal_settings import (
    adopt_settings_file_values,
    load_extra_backup_folder,
    save_extra_backup_folder,
)
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.preferences import (
    FILE_NAME,
    Preferences,
    load_preferences,
    save_preferences,
)
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

FOLDER_NAME = "Backups for Dr Lee"


def test_the_folder_is_kept_in_the_journal(vault: Vault, tmp_path: Path) -> None:
    assert load_extra_backup_folder(vault) is None
    save_extra_backup_folder(vault, tmp_path / FOLDER_NAME)
    assert load_extra_backup_folder(vault) == tmp_path / FOLDER_NAME
    save_extra_backup_folder(vault, None)
    assert load_extra_backup_folder(vault) is None


def test_settings_json_never_gets_the_folder(vault: Vault, data_dir: Path) -> None:
    save_extra_backup_folder(vault, Path(f"/media/{FOLDER_NAME}"))
    save_preferences(data_dir, Preferences())
    text = (data_dir / FILE_NAME).read_text(encoding="utf-8")
    assert FOLDER_NAME not in text
    assert "backup_extra_folder" not in json.loads(text)


def _old_settings(folder: Path, extra: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    values = {"theme": "dark", "auto_lock_minutes": 7, "backup_extra_folder": extra}
    (folder / FILE_NAME).write_text(json.dumps(values), encoding="utf-8")


def test_an_old_settings_file_is_moved_into_the_journal(vault: Vault, data_dir: Path) -> None:
    _old_settings(data_dir, f"/media/{FOLDER_NAME}")

    adopt_settings_file_values(vault, data_dir)

    assert load_extra_backup_folder(vault) == Path(f"/media/{FOLDER_NAME}")
    assert FOLDER_NAME not in (data_dir / FILE_NAME).read_text(encoding="utf-8")
    prefs = load_preferences(data_dir)
    assert (prefs.theme, prefs.auto_lock_minutes) == ("dark", 7)


def test_a_folder_already_in_the_journal_wins(vault: Vault, data_dir: Path) -> None:
    save_extra_backup_folder(vault, Path("/media/newer"))
    _old_settings(data_dir, "/media/older")
    adopt_settings_file_values(vault, data_dir)
    assert load_extra_backup_folder(vault) == Path("/media/newer")
    assert "older" not in (data_dir / FILE_NAME).read_text(encoding="utf-8")


def test_unlocking_from_the_command_line_moves_it(data_dir: Path, tmp_path: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    _old_settings(data_dir, f"/media/{FOLDER_NAME}")
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
            "list",
            "--passphrase-file",
            str(secret),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert FOLDER_NAME not in (data_dir / FILE_NAME).read_text(encoding="utf-8")
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert load_extra_backup_folder(vault) == Path(f"/media/{FOLDER_NAME}")
