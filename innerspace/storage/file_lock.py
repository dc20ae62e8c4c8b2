"""A lock shared between processes, so two programs never change one file at the same time.

The lock is a small file beside the one it protects. On POSIX it is removed again while still
held, so no lock file stays behind; a process that was waiting on the removed file notices
(it is no longer the file at that path) and tries again.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from innerspace.storage.errors import VaultBusy
from innerspace.storage.files import FILE_MODE

if sys.platform == "win32":
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Lock the open file ``fd`` for this process if no other process has; never waits."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Lock the open file ``fd`` for this process if no other process has; never waits."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


POLL_SECONDS = 0.02


@contextlib.contextmanager
def exclusive_lock(path: Path, *, timeout: float, busy: VaultBusy | None = None) -> Iterator[None]:
    """Hold the lock at ``path`` for the block; ``busy`` (or ``VaultBusy``) after ``timeout``.

    A lock is released by the system when its process ends, even by kill -9, so a crash never
    leaves the file locked.
    """
    fd = _acquire(path, time.monotonic() + timeout)
    if fd is None:
        raise busy or VaultBusy()
    try:
        yield
    finally:
        if sys.platform != "win32":
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        _unlock(fd)
        os.close(fd)


def _acquire(path: Path, deadline: float) -> int | None:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        if try_lock(fd):
            if _still_at(path, fd):
                return fd
            _unlock(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL_SECONDS)


def _still_at(path: Path, fd: int) -> bool:
    """Whether ``fd`` is still the file at ``path`` (the holder before us may have removed it)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)
