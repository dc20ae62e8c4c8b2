"""Backups made without being asked: on close, once a day, never two at once."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.backup_schedule import (
    CHECK_INTERVAL_MS,
    BackupSchedule,
    BackupSettings,
    due_on_close,
    is_due,
)
from innerspace.storage.backups import (
    backup_folder,
    create_backup,
    inspect_backup,
    list_backups,
    with_passphrase,
)
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

CANARY = "canary-tangerine-4471"


class FakeDateClock:
    def __init__(self) -> None:
        self.now = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.shutdown()


@pytest.fixture
def date_clock() -> FakeDateClock:
    return FakeDateClock()


def _schedule(
    worker: DatabaseWorker,
    vault: Vault,
    data_dir: Path,
    clock: FakeDateClock,
    settings: BackupSettings | None = None,
) -> BackupSchedule:
    return BackupSchedule(worker, vault, data_dir, settings=settings, clock=clock)


def _wait_until_idle(qtbot: QtBot, schedule: BackupSchedule) -> None:
    qtbot.waitUntil(lambda: not schedule.running, timeout=15_000)


def test_backup_now_makes_a_verified_backup_without_entry_text(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    Journal(vault).add(Entry(title=CANARY, body=f"the body {CANARY}"))
    schedule = _schedule(worker, vault, data_dir, date_clock)
    answers: list[tuple[bool, str]] = []
    with qtbot.waitSignal(schedule.backup_finished, timeout=15_000) as finished:
        assert schedule.backup_now(lambda ok, message: answers.append((ok, message)))
    ok, message = finished.args
    assert ok is True
    assert message.startswith("Backup saved")
    assert CANARY not in message
    assert answers == [(True, message)]
    backups = list_backups(backup_folder(data_dir))
    assert [moment for moment, _ in backups] == [date_clock.now]
    staged = inspect_backup(backups[0][1], with_passphrase(PASSPHRASE), work_dir=data_dir.parent)
    try:
        assert staged.info.entries == 1
    finally:
        staged.discard()
    assert CANARY.encode() not in backups[0][1].read_bytes()


def test_a_backup_is_made_at_most_once_a_day(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    schedule = _schedule(worker, vault, data_dir, date_clock)
    assert schedule.timer.interval() == CHECK_INTERVAL_MS
    schedule.start()  # a journal just opened, with no backup yet: one is made at once
    _wait_until_idle(qtbot, schedule)
    assert len(list_backups(schedule.folder)) == 1

    for _hour in range(23):
        date_clock.advance(hours=1)
        schedule.timer.timeout.emit()
        _wait_until_idle(qtbot, schedule)
    assert len(list_backups(schedule.folder)) == 1

    date_clock.advance(hours=1)
    with qtbot.waitSignal(schedule.backup_finished, timeout=15_000):
        schedule.timer.timeout.emit()
    moments = [moment for moment, _ in list_backups(schedule.folder)]
    assert moments == [date_clock.now, date_clock.now - timedelta(hours=24)]
    schedule.stop()
    assert not schedule.timer.isActive()


def test_never_two_backups_at_once(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    schedule = _schedule(worker, vault, data_dir, date_clock)
    gate = threading.Event()
    schedule.backup_thread.submit(lambda: gate.wait(10))  # as a long export would
    answers: list[bool] = []
    assert schedule.backup_now(lambda ok, _message: answers.append(ok)) is True
    date_clock.advance(seconds=5)
    assert schedule.backup_now(lambda ok, _message: answers.append(ok)) is False
    assert schedule.check() is False
    gate.set()
    _wait_until_idle(qtbot, schedule)
    assert len(list_backups(schedule.folder)) == 1
    assert answers == [True, True]  # the person closing the app waited for the one running


def test_a_paused_schedule_starts_nothing_until_it_resumes(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    schedule = _schedule(worker, vault, data_dir, date_clock)
    schedule.start()
    _wait_until_idle(qtbot, schedule)
    gate = threading.Event()
    schedule.backup_thread.submit(lambda: gate.wait(10))
    date_clock.advance(hours=1)
    assert schedule.backup_now() is True
    running = schedule.pause()
    assert running is not None and not running.done()
    assert not schedule.timer.isActive()
    gate.set()
    _wait_until_idle(qtbot, schedule)
    assert running.done()
    assert schedule.pause() is None  # nothing running now
    date_clock.advance(hours=1)
    assert schedule.backup_now() is False
    assert schedule.check() is False
    assert len(list_backups(schedule.folder)) == 2
    with qtbot.waitSignal(schedule.backup_finished, timeout=15_000):
        schedule.resume()  # the backup asked for meanwhile is made now
    assert schedule.timer.isActive()
    assert len(list_backups(schedule.folder)) == 3


def test_the_persons_work_goes_on_while_a_backup_runs(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    entry_id = Journal(vault).add(Entry(body="opened during the backup")).id
    schedule = _schedule(worker, vault, data_dir, date_clock)
    gate = threading.Event()
    schedule.backup_thread.submit(lambda: gate.wait(10))  # a backup of a very large journal
    assert schedule.backup_now() is True
    opened: list[str] = []
    worker.submit(lambda: Journal(vault).get(entry_id or 0), lambda e: opened.append(e.body))
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert opened == ["opened during the backup"]
    assert schedule.running
    gate.set()
    _wait_until_idle(qtbot, schedule)
    [(_, made)] = list_backups(schedule.folder)
    staged = inspect_backup(made, with_passphrase(PASSPHRASE), work_dir=data_dir)
    assert staged.info.entries == 1
    staged.discard()


def test_closing_skips_its_backup_when_a_recent_one_holds_everything(
    vault: Vault, data_dir: Path
) -> None:
    now = datetime.now(UTC)
    assert due_on_close(vault, data_dir, now)  # no backup yet
    create_backup(vault, backup_folder(data_dir), now=now - timedelta(minutes=30))
    assert not due_on_close(vault, data_dir, now)  # made half an hour ago
    later = now + timedelta(hours=3)
    Journal(vault).add(Entry(body="written after the backup"))
    assert due_on_close(vault, data_dir, later)  # the journal changed since
    long_ago = (now - timedelta(hours=1)).timestamp()
    for path in vault.paths.database_companions():
        if path.exists():
            os.utime(path, (long_ago, long_ago))
    assert not due_on_close(vault, data_dir, later)  # nothing changed since


def test_a_backup_dated_in_the_future_does_not_stop_the_next_ones(
    vault: Vault, data_dir: Path
) -> None:
    folder = backup_folder(data_dir)
    now = datetime.now(UTC)
    # Made one day while the computer's clock was a year ahead.
    create_backup(vault, folder, now=now + timedelta(days=365))
    Journal(vault).add(Entry(body="written today"))
    assert is_due(folder, now)
    assert due_on_close(vault, data_dir, now)
    create_backup(vault, folder, now=now)
    # Today's backup counts again: not one every hour from now on.
    assert not is_due(folder, now + timedelta(hours=1))
    assert not due_on_close(vault, data_dir, now + timedelta(minutes=30))
    assert is_due(folder, now + timedelta(days=1))


def test_a_clock_a_little_behind_still_sees_a_backup_as_recent(
    vault: Vault, data_dir: Path
) -> None:
    now = datetime.now(UTC)
    create_backup(vault, backup_folder(data_dir), now=now + timedelta(minutes=2))
    assert not is_due(backup_folder(data_dir), now)
    assert not due_on_close(vault, data_dir, now)


def test_extra_folder_gets_a_copy_and_both_are_rotated(
    qtbot: QtBot,
    worker: DatabaseWorker,
    vault: Vault,
    data_dir: Path,
    date_clock: FakeDateClock,
    tmp_path: Path,
) -> None:
    stick = tmp_path / "usb-stick"
    settings = BackupSettings(extra_folder=stick, keep_last=2, monthly_for=0)
    schedule = _schedule(worker, vault, data_dir, date_clock, settings)
    for _day in range(3):
        with qtbot.waitSignal(schedule.backup_finished, timeout=15_000) as finished:
            schedule.backup_now()
        assert finished.args[0] is True
        date_clock.advance(days=1)
    assert len(list_backups(schedule.folder)) == 2
    assert len(list_backups(stick)) == 2


def test_a_failed_backup_says_so_plainly(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, date_clock: FakeDateClock
) -> None:
    schedule = _schedule(worker, vault, data_dir, date_clock)
    vault.close()  # locked underneath the schedule
    with qtbot.waitSignal(schedule.backup_finished, timeout=15_000) as finished:
        schedule.backup_now()
    ok, message = finished.args
    assert ok is False
    assert "couldn't be made" in message
    assert list_backups(schedule.folder) == []
    assert not schedule.running
