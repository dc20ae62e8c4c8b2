"""One lock per journal, shared between processes.

Every process that has the journal unlocked (the app, a command) holds it shared, so they can
all read and write side by side. Replacing the journal's files (a restore, a new data key) needs
it exclusively: a process still holding the old files open would go on saving into a file that
is no longer the journal, and those saves would vanish.

The operating system drops the lock when its process ends, however it ends, so a crash never
leaves the journal locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from innerspace.storage.errors import VaultError
from innerspace.storage.files import FILE_MODE

LOCK_FILE_NAME = "journal.lock"
# A restore or a new data key holds the lock for seconds; a process opening the journal
# meanwhile waits that long rather than failing at once.
WAIT_SECONDS = 30.0
_POLL_SECONDS = 0.05


class JournalBusy(VaultError):
    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "The journal is open in another InnerSpace window or command. "
            "Close it, then try again."
        )


class JournalBeingReplaced(JournalBusy):
    def __init__(self) -> None:
        super().__init__(
            "Another InnerSpace window or command is restoring or re-encrypting the journal "
            "right now. Please try again in a moment."
        )


if sys.platform == "win32":
    import msvcrt

    # Windows locks byte ranges exclusively only. Each shared holder locks one byte of its own
    # among _SLOTS; an exclusive holder locks them all, and byte 0 (the gate) keeps new shared
    # holders out while it collects them.
    _SLOTS = 64

    def _lock_byte(fd: int, offset: int) -> bool:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_byte(fd: int, offset: int) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    class _Hold:
        def __init__(self, fd: int) -> None:
            self.fd = fd
            self.slot: int | None = None
            self.exclusive = False

        def try_shared(self) -> bool:
            if not _lock_byte(self.fd, 0):
                return False
            try:
                for slot in range(1, _SLOTS + 1):
                    if _lock_byte(self.fd, slot):
                        self.slot = slot
                        return True
                return False
            finally:
                _unlock_byte(self.fd, 0)

        def try_exclusive(self) -> bool:
            if not _lock_byte(self.fd, 0):
                return False
            taken: list[int] = []
            for slot in range(1, _SLOTS + 1):
                if slot == self.slot:
                    continue
                if not _lock_byte(self.fd, slot):
                    for done in taken:
                        _unlock_byte(self.fd, done)
                    _unlock_byte(self.fd, 0)
                    return False
                taken.append(slot)
            self.exclusive = True
            return True

        def release(self) -> None:
            if self.exclusive:
                for slot in range(_SLOTS + 1):
                    if slot != self.slot:
                        _unlock_byte(self.fd, slot)
                self.exclusive = False
            if self.slot is not None:
                _unlock_byte(self.fd, self.slot)
                self.slot = None

        def to_shared(self) -> bool:
            if self.slot is not None:
                for slot in range(_SLOTS + 1):
                    if slot != self.slot:
                        _unlock_byte(self.fd, slot)
                self.exclusive = False
                return True
            self.release()
            return self.try_shared()

else:
    import fcntl

    class _Hold:
        def __init__(self, fd: int) -> None:
            self.fd = fd

        def _try(self, operation: int) -> bool:
            try:
                fcntl.flock(self.fd, operation | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True

        def try_shared(self) -> bool:
            return self._try(fcntl.LOCK_SH)

        def try_exclusive(self) -> bool:
            # flock drops a shared hold before it tries for the exclusive one; when that fails
            # the shared hold is taken again by the caller.
            return self._try(fcntl.LOCK_EX)

        def to_shared(self) -> bool:
            return self._try(fcntl.LOCK_SH)

        def release(self) -> None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)


class JournalLock:
    """A hold on the lock file ``path``; released by ``release()`` or when the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        self._hold = _Hold(self._fd)
        self.exclusive = False

    @classmethod
    def shared(cls, folder: Path, *, wait: float = WAIT_SECONDS) -> JournalLock:
        """Hold the journal in ``folder`` open alongside other processes."""
        lock = cls(folder / LOCK_FILE_NAME)
        try:
            lock._wait_for(lock._hold.try_shared, wait)
        except BaseException:
            lock.release()
            raise
        return lock

    @classmethod
    def exclusive_hold(cls, path: Path) -> JournalLock:
        """Hold ``path`` alone, or raise ``JournalBusy`` at once."""
        lock = cls(path)
        if not lock._hold.try_exclusive():
            lock.release()
            raise JournalBusy()
        lock.exclusive = True
        return lock

    @classmethod
    def exclusive_for(cls, folder: Path) -> JournalLock:
        """Hold the journal in ``folder`` alone, to replace its files."""
        return cls.exclusive_hold(folder / LOCK_FILE_NAME)

    def make_exclusive(self) -> None:
        """Turn this shared hold into the only one, or raise ``JournalBusy`` and stay shared."""
        if self.exclusive:
            return
        if self._hold.try_exclusive():
            self.exclusive = True
            return
        self._wait_for(self._hold.to_shared, WAIT_SECONDS)
        raise JournalBusy()

    def make_shared(self) -> None:
        if self.exclusive:
            self._wait_for(self._hold.to_shared, WAIT_SECONDS)
            self.exclusive = False

    def release(self) -> None:
        if self._fd is None:
            return
        # Closing the file below drops the lock all the same.
        with contextlib.suppress(OSError):
            self._hold.release()
        os.close(self._fd)
        self._fd = None
        self.exclusive = False

    def _wait_for(self, attempt: Callable[[], bool], wait: float) -> None:
        deadline = time.monotonic() + wait
        while not attempt():
            if time.monotonic() >= deadline:
                raise JournalBeingReplaced()
            time.sleep(_POLL_SECONDS)
