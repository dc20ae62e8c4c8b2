"""Private files: created 0600 in folders 0700, replaced atomically."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by its owner only, if it does not exist yet.

    A folder that is already there was chosen by the person (a shared folder, a USB stick,
    /tmp), and its mode is theirs to keep: only folders made here are made private.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        if not path.is_dir():
            raise
        return
    if os.name == "posix":
        # mkdir's mode passes through the umask; a new folder is private whatever it is.
        os.chmod(path, DIR_MODE)


def make_private_dir(path: Path) -> None:
    """Create ``path`` if needed and make it readable by its owner only, even if it existed.

    For the journal's own folder, which holds nothing but the journal.
    """
    ensure_private_dir(path)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner may read, if it does not exist yet."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(path: Path) -> Path:
    """A fresh hidden name in the same folder, so a rename onto ``path`` is atomic."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp = temp_path_beside(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
