"""Settings that say something about the person, kept inside the encrypted journal.

The folder an extra backup copy goes to can name a person or a place ("Backups for Dr. Lee"),
so it is not a preference for the plain settings file: it lives in the journal's ``meta`` table.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import sqlcipher3

from innerspace.storage.preferences import FILE_NAME, load_preferences, save_preferences
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

EXTRA_BACKUP_FOLDER = "backup.extra_folder"
LEGACY_EXTRA_BACKUP_FOLDER = "backup_extra_folder"


def load_extra_backup_folder(vault: Vault) -> Path | None:
    row = vault.connection.execute(
        "SELECT value FROM meta WHERE key = ?", (EXTRA_BACKUP_FOLDER,)
    ).fetchone()
    return Path(row[0]) if row and row[0] else None


def save_extra_backup_folder(vault: Vault, folder: Path | None) -> None:
    with vault.transaction() as db:
        if folder is None:
            db.execute("DELETE FROM meta WHERE key = ?", (EXTRA_BACKUP_FOLDER,))
        else:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (EXTRA_BACKUP_FOLDER, str(folder)),
            )


def adopt_settings_file_values(vault: Vault, settings_dir: Path) -> None:
    """Move an extra backup folder that an earlier version kept in settings.json into the
    journal, then write settings.json again without it.

    A folder already in the journal wins. Settings that can't be rewritten are left for the
    next unlock: the journal is usable either way.
    """
    legacy = _legacy_extra_folder(settings_dir / FILE_NAME)
    if legacy is None:
        return
    try:
        if load_extra_backup_folder(vault) is None:
            save_extra_backup_folder(vault, Path(legacy))
    except sqlcipher3.Error as exc:
        log.warning("could not move the backup folder setting: %s", type(exc).__name__)
        return
    try:
        save_preferences(settings_dir, load_preferences(settings_dir))
    except OSError as exc:
        log.warning("could not rewrite the settings file: %s", type(exc).__name__)


def _legacy_extra_folder(path: Path) -> str | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = raw.get(LEGACY_EXTRA_BACKUP_FOLDER) if isinstance(raw, dict) else None
    return value if isinstance(value, str) and value else None
