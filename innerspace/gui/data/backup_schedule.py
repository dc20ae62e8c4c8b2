"""Encrypted backups made without being asked: when the app closes, and once a day while open.

Every backup runs on a thread of its own, through a connection of its own (the journal is in
WAL mode, so the copy is of one consistent moment), so neither the window nor the person's
work on the database worker waits for one: an entry opens at once during a backup of a large
journal. Only one runs at a time: a request made while one is running is answered when that
one finishes, because the backup it would make is the one already being written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QObject, QTimer, Signal

from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.storage.backups import RotationPolicy, backup_folder, create_backup, list_backups
from innerspace.storage.errors import VaultError
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000
# "Once a day" means: no backup in the last 24 hours, whatever the calendar says.
DAILY = timedelta(hours=24)
# Closing the app skips its backup when one this recent exists (at 100,000 entries a backup
# takes seconds, and the journal itself is safe on disk).
RECENT_ON_CLOSE = timedelta(hours=1)
# Clocks drift a little. A backup dated further ahead than this was made while the clock was
# wrong (ahead by days, or a year): it doesn't count as recent, or none would be made until then.
CLOCK_DRIFT = timedelta(minutes=5)

Clock = Callable[[], datetime]
Finished = Callable[[bool, str], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupSettings:
    """The backup preferences: where an extra copy goes (a USB stick, say) and how many to keep.

    Stored by whoever stores preferences; none of these values say anything about the journal.
    """

    extra_folder: Path | None = None
    keep_last: int = RotationPolicy().keep_last
    monthly_for: int = RotationPolicy().monthly_for

    def policy(self) -> RotationPolicy:
        return RotationPolicy(keep_last=self.keep_last, monthly_for=self.monthly_for)


@dataclass(frozen=True)
class BackupOutcome:
    """What one run did; ``made`` is empty when the run found a recent backup and did nothing."""

    made: tuple[Path, ...]
    extra_problem: str = ""


class BackupSchedule(QObject):
    """Makes verified backups into the data folder's backups/ and, if chosen, an extra folder.

    ``backup_finished(ok, message)`` reports each backup in plain words that never contain
    anything written in the journal.
    """

    backup_started = Signal()
    backup_finished = Signal(bool, str)

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        data_dir: Path,
        *,
        settings: BackupSettings | None = None,
        clock: Clock = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.vault = vault
        self.data_dir = data_dir
        self.settings = settings or BackupSettings()
        self.clock = clock
        self.backup_thread = DatabaseWorker(self, name="innerspace-backup")
        self._future: Future[object] | None = None
        self._running = False
        self._paused = False
        self._asked_while_paused: bool | None = None  # True: "back up now" was asked
        self._waiting: list[Finished] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    @property
    def folder(self) -> Path:
        return backup_folder(self.data_dir)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Check now (a journal opened after days away gets its backup) and then every hour."""
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def shutdown(self) -> Future[object] | None:
        """Start no more backups; returns the one still running, for whoever closes the journal
        to wait for before closing it."""
        self.timer.stop()
        running = self._future if self._running else None
        self.backup_thread.shutdown(wait=False)
        return running

    def pause(self) -> Future[object] | None:
        """Start no backup until ``resume``; returns the one still running, for whoever is about
        to replace the journal's files (a restore, a new data key) to wait for first: a backup
        read before the replacement would otherwise open with the old keys."""
        self._paused = True
        self.timer.stop()
        return self._future if self._running else None

    def resume(self) -> None:
        """Back to the daily rhythm, making a backup asked for meanwhile."""
        if not self._paused:
            return
        self._paused = False
        self.timer.start()
        asked, self._asked_while_paused = self._asked_while_paused, None
        if asked is not None:
            self._run(only_if_due=not asked, on_done=None)

    def apply_settings(self, settings: BackupSettings) -> None:
        self.settings = settings

    def check(self) -> bool:
        """Start a backup if none was made in the last 24 hours; False if one is running."""
        return self._run(only_if_due=True, on_done=None)

    def backup_now(self, on_done: Finished | None = None) -> bool:
        """Back up now, whatever the time of the last one; ``on_done(ok, message)`` follows.

        Returns False when a backup is already running: no second one starts, and ``on_done``
        is called when the running one ends.
        """
        return self._run(only_if_due=False, on_done=on_done)

    def _run(self, *, only_if_due: bool, on_done: Finished | None) -> bool:
        if on_done is not None:
            self._waiting.append(on_done)
        if self._running:
            return False
        if self._paused:
            self._asked_while_paused = bool(self._asked_while_paused) or not only_if_due
            return False
        self._running = True
        vault, data_dir, settings, now = self.vault, self.data_dir, self.settings, self.clock()

        def job() -> BackupOutcome:
            if only_if_due and not is_due(backup_folder(data_dir), now):
                return BackupOutcome(made=())
            with vault.side_connection() as conn:
                return make_backups(vault, data_dir, settings, now, conn)

        self.backup_started.emit()
        self._future = self.backup_thread.submit(job, self._on_done, self._on_failed)
        return True

    def _on_done(self, outcome: BackupOutcome) -> None:
        if not outcome.made:
            self._finish(None)
            return
        if outcome.extra_problem:
            message = self.tr(
                "Your backup was saved in the journal folder, but the copy in your other "
                "folder couldn't be made: %1"
            ).replace("%1", outcome.extra_problem)
            self._finish((False, message))
            return
        when = self.clock().astimezone().strftime("%H:%M")
        self._finish((True, self.tr("Backup saved at %1.").replace("%1", when)))

    def _on_failed(self, error: BaseException) -> None:
        log.warning("backup failed: %s", type(error).__name__)
        message = self.tr("The backup couldn't be made. Your journal is unchanged. %1").replace(
            "%1", describe_error(error)
        )
        self._finish((False, message))

    def _finish(self, result: tuple[bool, str] | None) -> None:
        self._running = False
        waiting, self._waiting = self._waiting, []
        ok, message = result if result is not None else (True, "")
        if result is not None:
            self.backup_finished.emit(ok, message)
        for callback in waiting:
            callback(ok, message)


def is_due(folder: Path, now: datetime, every: timedelta = DAILY) -> bool:
    newest = _newest_made(folder, now)
    return newest is None or now - newest >= every


def _newest_made(folder: Path, now: datetime) -> datetime | None:
    """When the newest backup not dated in the future was made."""
    return next((made for made, _ in list_backups(folder) if made - now <= CLOCK_DRIFT), None)


def due_on_close(vault: Vault, data_dir: Path, now: datetime) -> bool:
    """Whether closing should back up: not when a backup is under an hour old, nor when the
    journal hasn't changed since the newest one was made."""
    newest = _newest_made(backup_folder(data_dir), now)
    if newest is None:
        return True
    if now - newest < RECENT_ON_CLOSE:
        return False
    changed = 0.0
    for path in vault.paths.database_companions()[:2]:
        try:
            changed = max(changed, path.stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(changed, UTC) >= newest


def wait_for(running: Future[object] | None) -> None:
    """Block until a running backup has ended (however it ended)."""
    if running is not None:
        wait([running])


def make_backups(
    vault: Vault,
    data_dir: Path,
    settings: BackupSettings,
    now: datetime,
    conn: sqlcipher3.Connection | None = None,
) -> BackupOutcome:
    """The journal folder's backup must succeed; the extra copy is reported if it fails, since
    a USB stick that is not plugged in is an everyday event, not a broken backup."""
    policy = settings.policy()
    made = [create_backup(vault, backup_folder(data_dir), now=now, policy=policy, conn=conn)]
    if settings.extra_folder is None:
        return BackupOutcome(made=tuple(made))
    try:
        made.append(create_backup(vault, settings.extra_folder, now=now, policy=policy, conn=conn))
    except (OSError, VaultError) as exc:
        log.warning("extra backup failed: %s", type(exc).__name__)
        return BackupOutcome(made=tuple(made), extra_problem=describe_error(exc))
    return BackupOutcome(made=tuple(made))
