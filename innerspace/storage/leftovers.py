"""Tidying at start: files a killed or crashed InnerSpace left behind.

A half-written key file (``.journal.key.*.tmp``) holds a wrapped data key, and a Qt settings
folder (``innerspace-qt-*``) holds the names of folders the person opened; neither should
outlive the run that made it.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from innerspace.storage.errors import VaultBusy
from innerspace.storage.file_lock import exclusive_lock, try_lock
from innerspace.storage.files import FILE_MODE
from innerspace.storage.vault import KEY_FILE_NAME, VaultPaths, key_file_lock

log = logging.getLogger(__name__)

QT_SETTINGS_PREFIX = "innerspace-qt-"
# Held by the run that owns a session folder; the system lets go of it when that run ends.
IN_USE_NAME = ".in-use"
# A session folder without an in-use file was made by an older version; one this old is not
# the settings of a run that is still going.
UNMARKED_STALE_SECONDS = 3600

_held: list[int] = []


def tidy_at_start(data_dir: Path) -> None:
    """Remove what earlier runs left behind: never anything a running program still uses."""
    remove_stale_key_temp_files(data_dir)
    remove_stale_session_folders(QT_SETTINGS_PREFIX)


def remove_stale_key_temp_files(data_dir: Path) -> list[Path]:
    """Remove key-file temporaries of a key change that was killed; returns what was removed.

    Key files are only written under the key-file lock, so with the lock held no temporary
    can belong to a change still in progress; if another program holds it, nothing is done.
    """
    found = sorted(data_dir.glob(f".{KEY_FILE_NAME}.*.tmp")) if data_dir.is_dir() else []
    if not found:
        return []
    try:
        with key_file_lock(VaultPaths(data_dir), timeout=0):
            removed = []
            for path in sorted(data_dir.glob(f".{KEY_FILE_NAME}.*.tmp")):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
    except VaultBusy:
        return []
    except OSError as exc:
        log.warning("could not tidy the data folder: %s", type(exc).__name__)
        return []
    return removed


def session_folder(prefix: str = QT_SETTINGS_PREFIX) -> Path:
    """A new private temporary folder, marked in use until this process ends, then removed.

    If the process is killed, the mark goes with it, and the next start removes the folder.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    fd = os.open(folder / IN_USE_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try_lock(fd)  # a folder just made is nobody else's: this always succeeds
    _held.append(fd)
    atexit.register(_remove_session_folder, folder, fd)
    return folder


def remove_stale_session_folders(
    prefix: str = QT_SETTINGS_PREFIX, parent: Path | None = None
) -> list[Path]:
    """Remove this person's session folders whose run has ended; returns what was removed."""
    removed = []
    for folder in sorted((parent or Path(tempfile.gettempdir())).glob(f"{prefix}*")):
        with contextlib.suppress(OSError):
            if _is_stale(folder):
                shutil.rmtree(folder)
                removed.append(folder)
    return removed


def _is_stale(folder: Path) -> bool:
    info = folder.lstat()
    # In a shared temporary folder, only our own real folders: never a link, never another's.
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    marker = folder / IN_USE_NAME
    if not marker.exists():
        return time.time() - info.st_mtime > UNMARKED_STALE_SECONDS
    try:
        with exclusive_lock(marker, timeout=0):
            return True
    except VaultBusy:
        return False


def _remove_session_folder(folder: Path, fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)
    shutil.rmtree(folder, ignore_errors=True)
