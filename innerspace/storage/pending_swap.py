"""Replacing the journal's files (database and key file together) so that a crash can't leave
it half done.

A swap is a list of renames inside the data folder: first the current files are moved out of
the way (into the staging folder, or beside the journal under a name that keeps them), then the
new ones are moved in from the staging folder. Before the first rename a marker naming every
rename is written and fsynced, and it is removed after the last one. When a process dies in
between, the next start of the app or of any command finds the marker and finishes the renames:
the journal is then always either the old one (no marker yet) or the new one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from innerspace.storage.errors import VaultError
from innerspace.storage.files import atomic_write, ensure_private_dir, fsync_dir
from innerspace.storage.journal_lock import (
    WAIT_SECONDS,
    JournalBeingReplaced,
    JournalBusy,
    JournalLock,
)

log = logging.getLogger(__name__)

MARKER_NAME = "journal.swap-pending"
RESTORE_PREFIX = ".innerspace-restore-"
NEW_KEY_PREFIX = ".innerspace-newkey-"
STAGING_PREFIXES = (RESTORE_PREFIX, NEW_KEY_PREFIX)
# Tests set this to the name of a point in a swap to have the process die there, as a power cut
# would; nothing else reads it.
CRASH_ENV = "INNERSPACE_TEST_CRASH_AT"
_CLAIM_NAME = ".in-use"
_MARKER_FORMAT = "innerspace-swap"


class SwapError(VaultError):
    """An unfinished swap couldn't be completed; ``str()`` says what to do."""


@dataclass(frozen=True)
class Rename:
    """``source`` becomes ``target``; both are paths inside the data folder, with '/'."""

    source: str
    target: str


@dataclass(frozen=True)
class Swap:
    purpose: str  # "restore" or "new-data-key": names the points a test can crash at
    staging: str  # the staging folder's name, removed once every rename is done
    renames: tuple[Rename, ...]


class StagingFolder:
    """A private folder inside the data folder for the files about to take the journal's place.

    This process holds a lock on it while it exists, so another process's start-up tidying
    never removes it from under a restore that is being checked or prepared.
    """

    def __init__(self, path: Path, claim: JournalLock | None) -> None:
        self.path = path
        self._claim = claim

    @classmethod
    def create(cls, data_dir: Path, prefix: str) -> StagingFolder:
        path = data_dir / f"{prefix}{secrets.token_hex(6)}"
        ensure_private_dir(path)
        try:
            claim = JournalLock.exclusive_hold(path / _CLAIM_NAME)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        return cls(path, claim)

    def discard(self) -> None:
        if self._claim is not None:
            self._claim.release()
            self._claim = None
        shutil.rmtree(self.path, ignore_errors=True)


def replacement(
    purpose: str,
    data_dir: Path,
    staging: StagingFolder,
    *,
    incoming: Sequence[str],
    outgoing: Sequence[str],
    aside: Callable[[str], str] | None = None,
) -> Swap:
    """The swap that moves every existing file named in ``outgoing`` out of the way, then
    brings each file named in ``incoming`` from the staging folder into the data folder.

    Outgoing files go to ``aside(name)`` in the data folder when given (kept for good),
    otherwise into the staging folder (removed with it).
    """
    if staging.path.parent.resolve() != data_dir.resolve():
        # Renames across folders may cross disks, and then they are copies, not atomic.
        raise ValueError("the staging folder must be inside the data folder")
    folder = staging.path.name
    renames = [
        Rename(name, aside(name) if aside else f"{folder}/replaced-{name}")
        for name in outgoing
        if (data_dir / name).exists()
    ]
    renames += [Rename(f"{folder}/{name}", name) for name in incoming]
    return Swap(purpose, folder, tuple(renames))


def perform(data_dir: Path, swap: Swap, staging: StagingFolder) -> None:
    """Do ``swap``; the caller holds the journal lock exclusively.

    The marker is durable before the first rename, so from then on the swap is finished even if
    this process dies.
    """
    marker = data_dir / MARKER_NAME
    if marker.exists():
        raise SwapError(
            "An earlier change to the journal's files is unfinished; please start InnerSpace "
            "again so that it can finish it first."
        )
    moved_out: set[str] = set()
    for rename in swap.renames:
        if rename.target not in moved_out and (data_dir / rename.target).exists():
            raise SwapError(f"{rename.target} is in the way; nothing was changed.")
        moved_out.add(rename.source)
    atomic_write(marker, _marker_bytes(swap))
    _crash_point(f"{swap.purpose}-after-marker")
    _apply(data_dir, swap)
    staging.discard()


def finish_pending(data_dir: Path, *, wait: float = WAIT_SECONDS) -> bool:
    """Finish a swap a process died in the middle of; ``True`` if there was one."""
    marker = data_dir / MARKER_NAME
    if not marker.exists():
        return False
    lock = _exclusive(data_dir, wait)
    try:
        # Whoever held the lock before us may have finished it.
        if not marker.exists():
            return False
        swap = _read_marker(marker)
        _apply(data_dir, swap)
        shutil.rmtree(data_dir / swap.staging, ignore_errors=True)
    finally:
        lock.release()
    log.info("an unfinished change of the journal's files was completed")
    return True


def tidy(data_dir: Path) -> None:
    """At every start: finish an unfinished swap, then remove staging folders nobody holds.

    (Key-file temporaries are tidied under the key-file lock by ``leftovers.tidy_at_start``.)
    """
    if not data_dir.is_dir():
        return
    finish_pending(data_dir)
    for child in data_dir.iterdir():
        if child.name.startswith(STAGING_PREFIXES) and child.is_dir():
            _remove_if_unclaimed(child)


def _remove_if_unclaimed(folder: Path) -> None:
    try:
        claim = JournalLock.exclusive_hold(folder / _CLAIM_NAME)
    except JournalBusy:
        return  # a living process is preparing a restore in it
    except OSError:
        return
    claim.release()
    shutil.rmtree(folder, ignore_errors=True)


def _exclusive(data_dir: Path, wait: float) -> JournalLock:
    deadline = time.monotonic() + wait
    while True:
        try:
            return JournalLock.exclusive_for(data_dir)
        except JournalBusy:
            if time.monotonic() >= deadline:
                raise JournalBeingReplaced() from None
            time.sleep(0.05)


def _apply(data_dir: Path, swap: Swap) -> None:
    for number, rename in enumerate(swap.renames):
        source, target = data_dir / rename.source, data_dir / rename.target
        # Each rename consumes its source and makes a target that no earlier step left there,
        # so a rename already done before a crash is recognised and not done twice.
        if target.exists() or not source.exists():
            continue
        os.replace(source, target)
        if number == 0:
            _crash_point(f"{swap.purpose}-between-renames")
    fsync_dir(data_dir)
    with contextlib.suppress(FileNotFoundError):
        fsync_dir(data_dir / swap.staging)
    _crash_point(f"{swap.purpose}-after-renames")
    (data_dir / MARKER_NAME).unlink()
    fsync_dir(data_dir)


def _marker_bytes(swap: Swap) -> bytes:
    doc = {
        "format": _MARKER_FORMAT,
        "version": 1,
        "purpose": swap.purpose,
        "staging": swap.staging,
        "renames": [[r.source, r.target] for r in swap.renames],
    }
    return (json.dumps(doc, indent=2) + "\n").encode("utf-8")


def _read_marker(marker: Path) -> Swap:
    try:
        doc: Any = json.loads(marker.read_bytes().decode("utf-8"))
        if doc.get("format") != _MARKER_FORMAT or doc.get("version") != 1:
            raise ValueError("not a swap marker")
        staging = str(doc["staging"])
        if not staging.startswith(STAGING_PREFIXES) or not _inside(staging):
            raise ValueError("staging folder outside the data folder")
        renames = tuple(Rename(str(s), str(t)) for s, t in doc["renames"])
        if not all(_inside(r.source) and _inside(r.target) for r in renames):
            raise ValueError("a rename outside the data folder")
        return Swap(str(doc["purpose"]), staging, renames)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SwapError(
            f"An unfinished change of the journal's files couldn't be completed: {marker.name} "
            "is unreadable. Nothing was deleted; please keep a copy of the data folder."
        ) from exc


def _inside(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (
        0 < len(parts) <= 2
        and not PurePosixPath(name).is_absolute()
        and all(part not in {".", ".."} and "\\" not in part and ":" not in part for part in parts)
    )


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os._exit(9)
