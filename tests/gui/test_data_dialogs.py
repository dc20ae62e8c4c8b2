"""Export, import, restore and the backups page, driven as a person would, on real vaults."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.common.file_choosers import Chosen, PathKind, PathRequest
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data import export_dialog as data_export
from innerspace.gui.data.backup_model import PathRole
from innerspace.gui.data.backup_schedule import BackupSchedule, BackupSettings
from innerspace.gui.data.backups_page import BackupsPage
from innerspace.gui.data.export_dialog import ExportDialog
from innerspace.gui.data.import_dialog import ImportDialog
from innerspace.gui.data.restore_dialog import RestoreDialog
from innerspace.storage.backups import backup_folder, create_backup, list_backups
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

CANARY = "canary-persimmon-9083"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.shutdown()


class FakeChooser:
    """Answers the file chooser at once, and remembers what was asked."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.requests: list[PathRequest] = []

    def __call__(self, _parent: QWidget, request: PathRequest, chosen: Chosen) -> None:
        self.requests.append(request)
        chosen(self.answer)


def _write_entries(vault: Vault, count: int) -> None:
    start = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)
    Journal(vault).add_many(
        Entry(
            title=f"Morning {i} {CANARY}",
            body=f"Slept well, day {i}. {CANARY}",
            created=start + timedelta(days=i),
            updated=start + timedelta(days=i),
        )
        for i in range(count)
    )


def _count(vault: Vault) -> int:
    return Journal(vault).count()


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


# -- export ---------------------------------------------------------------------------------


def test_json_export_through_the_dialog(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    _write_entries(vault, 3)
    target = tmp_path / "out" / "my-journal"
    chooser = FakeChooser(target)
    dialog = ExportDialog(worker, vault, choose_path=chooser)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.json_choice, LEFT)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert chooser.requests[-1].kind is PathKind.SAVE_FILE
    assert dialog.path.text() == str(target.with_suffix(".json"))
    assert not dialog.export_button.isEnabled()  # not before the warning is confirmed
    target.parent.mkdir()
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=10_000)
    written = target.with_suffix(".json")
    assert dialog.status.text() == f"Exported 3 entries into the file {written}."
    assert dialog.cancel_button.text() == "Close"
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert [e["body"] for e in doc["entries"]] == [
        f"Slept well, day {i}. {CANARY}" for i in range(3)
    ]
    assert written.stat().st_mode & 0o777 == 0o600


def test_pdf_of_chosen_days_through_the_dialog(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    _write_entries(vault, 5)  # one a day from 1 January 2023
    target = tmp_path / "days"
    dialog = ExportDialog(worker, vault, choose_path=FakeChooser(target))
    _show(qtbot, dialog)
    assert not dialog.first_day.isVisible()
    assert dialog.first_day.date().daysTo(dialog.last_day.date()) == data_export.PDF_DAYS - 1
    # On its short label, as a person would click it (the button is as wide as the dialog).
    qtbot.mouseClick(dialog.pdf_choice, LEFT, pos=QPoint(8, dialog.pdf_choice.height() // 2))
    assert dialog.first_day.isVisible() and dialog.last_day.isVisible()
    # The dialog grew for the days: the warning below them is shown whole.
    qtbot.waitUntil(
        lambda: dialog.warning.height() >= dialog.warning.heightForWidth(dialog.warning.width())
    )
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.path.text() == str(target.with_suffix(".pdf"))
    qtbot.mouseClick(dialog.understood, LEFT)
    dialog.first_day.setDate(QDate(2023, 1, 3))
    dialog.last_day.setDate(QDate(2023, 1, 2))
    assert not dialog.export_button.isEnabled()
    assert dialog.error.text() == "The first day is after the last day."
    dialog.last_day.setDate(QDate(2023, 1, 4))
    assert dialog.export_button.isEnabled() and not dialog.error.text()
    assert dialog.export_button.text() == "Pre&view…"
    qtbot.mouseClick(dialog.export_button, LEFT)
    # Looked over before it is saved: nothing is written until Save.
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    assert dialog.preview is not None
    written = target.with_suffix(".pdf")
    assert not written.exists()
    qtbot.mouseClick(dialog.preview.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=10_000)
    assert dialog.status.text() == f"Exported 2 entries into the file {written}."
    assert written.read_bytes().startswith(b"%PDF")
    assert written.stat().st_mode & 0o777 == 0o600


def test_markdown_export_needs_the_unencrypted_confirmation(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    _write_entries(vault, 2)
    folder = tmp_path / "markdown"
    dialog = ExportDialog(worker, vault, choose_path=FakeChooser(folder))
    _show(qtbot, dialog)
    assert dialog.markdown_choice.isChecked()
    assert "NOT encrypted" in dialog.warning.text()
    dialog.path.setText(str(folder))
    qtbot.mouseClick(dialog.export_button, LEFT)  # disabled: nothing happens
    worker.wait()
    assert not folder.exists()
    qtbot.mouseClick(dialog.understood, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=10_000)
    assert dialog.status.text() == f"Exported 2 entries into the folder {folder}."
    files = sorted(folder.glob("*.md"))
    assert len(files) == 2
    assert "Slept well, day 0." in files[0].read_text(encoding="utf-8")


def test_cancelling_an_export_leaves_no_file(
    qtbot: QtBot,
    worker: DatabaseWorker,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write_entries(vault, 400)
    real_export = data_export.export_json

    def slow_export(journal: Journal, path: Path, **kwargs: Any) -> int:
        report: Callable[[int, int], None] = kwargs.pop("progress")

        def slow_progress(done: int, total: int) -> None:
            report(done, total)
            time.sleep(0.01)  # a slow disk: time for a person to change their mind

        return real_export(journal, path, progress=slow_progress, **kwargs)

    monkeypatch.setattr(data_export, "export_json", slow_export)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    dialog = ExportDialog(worker, vault)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.json_choice, LEFT)
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.understood, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.progress.value() > 5, timeout=10_000)
    assert dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: "stopped" in dialog.status.text(), timeout=10_000)
    assert dialog.isVisible()  # it stays to say what happened
    assert dialog.status.text() == "The export was stopped. Nothing was saved."
    assert list(out.iterdir()) == []


# -- import ---------------------------------------------------------------------------------


def _jrnl_file(path: Path) -> Path:
    doc = {
        "tags": {"@work": 1},
        "entries": [
            {"title": "First", "body": "A start.", "date": "2020-07-01", "time": "20:00",
             "tags": ["@work"], "starred": False},
            {"title": "Second", "body": "Going on.", "date": "2020-07-09", "time": "08:15",
             "tags": [], "starred": True},
            {"title": "Broken", "body": "No date here.", "date": "someday", "time": "??"},
        ],
    }  # fmt: skip
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_a_jrnl_file_after_the_preview(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    _write_entries(vault, 1)
    source = _jrnl_file(tmp_path / "jrnl.json")
    dialog = ImportDialog(worker, vault, choose_path=FakeChooser(source))
    _show(qtbot, dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("jrnl"))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.path.text() == str(source)
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    summary = dialog.summary.text()
    assert "This jrnl file holds 2 entries." in summary
    assert "They were written from 2020-07-01 to 2020-07-09." in summary
    assert "2 entries will be added." in summary
    assert "1 thing in the file will be left out; below it says why." in summary
    assert "Entry 3 is left out: " in dialog.details.toPlainText()
    assert not dialog.changed_box.isVisible()
    assert not dialog.moods_box.isVisible()
    assert _count(vault) == 1  # nothing written by reading
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Imported"), timeout=10_000)
    assert dialog.outcome.text() == "Imported 2 entries. They are in your journal now."
    assert _count(vault) == 3
    titles = {entry.title for entry, _zone in Journal(vault).iter_all()}
    assert {"First", "Second"} <= titles

    # The same file again adds nothing twice.
    again = ImportDialog(worker, vault)
    _show(qtbot, again)
    again.path.setText(str(source))
    qtbot.keyClick(again.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 1, timeout=10_000)
    assert "2 entries are already in your journal and won't be added again." in (
        again.summary.text()
    )
    assert again.outcome.text() == "There is nothing new to add."
    assert not again.import_button.isEnabled()


@pytest.mark.parametrize(
    ("fmt", "content"),
    [
        ("jrnl", b'{"entries": [ {"title": "cut sho'),
        ("daylio", b"this,is,not,daylio\n1,2,3,4\n"),
        ("dayone", b"PK\x03\x04 not really a zip"),
        ("innerspace", b"\xff\xfe not utf-8"),
    ],
)
def test_a_broken_file_changes_nothing(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path, fmt: str, content: bytes
) -> None:
    _write_entries(vault, 2)
    before = _count(vault)
    broken = tmp_path / "broken.file"
    broken.write_bytes(content)
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(broken))
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert "broken.file" in dialog.error.text()
    assert dialog.error.text().endswith("Nothing was changed.")
    assert dialog.pages.currentIndex() == 0
    assert _count(vault) == before


def test_daylio_asks_how_renamed_moods_felt(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    csv = tmp_path / "daylio.csv"
    csv.write_text(
        "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-02-02,February 2,Friday,9:30 pm,chill,reading | tea,,A calm evening\n"
        '2024-02-01,February 1,Thursday,14:58,good,work,Day,"Busy, but fine"\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("daylio"))
    dialog.path.setText(str(csv))
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.moods_box.isVisible()
    assert list(dialog.mood_levels) == ["chill"]
    spin = dialog.mood_levels["chill"]
    assert spin.text() == "Say later"
    assert spin.hasFocus()
    for _ in range(4):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert dialog.moods() == {"chill": 4}
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Imported"), timeout=10_000)
    assert _count(vault) == 2


# -- restore --------------------------------------------------------------------------------


def test_restore_a_backup_into_the_same_folder(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    _write_entries(vault, 2)
    made = create_backup(vault, backup_folder(data_dir))
    Journal(vault).add(Entry(body="written after the backup"))
    dialog = RestoreDialog(worker, vault, choose_path=FakeChooser(made))
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert not dialog.check_button.isEnabled()
    qtbot.keyClicks(dialog.secret.edit, "not the passphrase")
    qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert "doesn't open this backup" in dialog.error.text()
    assert not dialog.restore_button.isEnabled()

    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    assert "holds 2 entries, written from 2023-01-01 to 2023-01-02" in dialog.info.text()
    assert "kept as a backup" in dialog.keep_note.text()
    # The backup shares today's data key: today's passphrase still opens it, and it says so.
    assert "passphrase and recovery key stay as they are now" in dialog.info.text()
    with qtbot.waitSignal(dialog.restored, timeout=15_000) as restored:
        qtbot.mouseClick(dialog.restore_button, LEFT)
    assert "with your passphrase, as before" in restored.args[0]
    assert not vault.is_open
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        bodies = [entry.body for entry, _zone in Journal(reopened).iter_all()]
    assert len(bodies) == 2 and "written after the backup" not in bodies
    names = [path.name for _moment, path in list_backups(backup_folder(data_dir))]
    assert any("before-restore" in name for name in names)
    assert not list(data_dir.glob(".innerspace-restore-*"))


def test_closing_the_restore_dialog_leaves_nothing_unpacked(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    made = create_backup(vault, backup_folder(data_dir))
    dialog = RestoreDialog(worker, vault, backup=made)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.secret.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    assert list(data_dir.glob(".innerspace-restore-*"))
    dialog.reject()  # what auto-lock does
    worker.wait()
    assert not list(data_dir.glob(".innerspace-restore-*"))
    assert dialog.secret.text() == ""
    assert vault.is_open


# -- the backups page -------------------------------------------------------------------------


def test_backups_page_backs_up_lists_and_reports_settings(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    schedule = BackupSchedule(worker, vault, data_dir)
    page = BackupsPage(worker, schedule, choose_path=FakeChooser(stick))
    _show(qtbot, page)
    qtbot.waitUntil(page.empty.isVisible, timeout=10_000)
    assert page.model.rowCount() == 0

    changes: list[BackupSettings] = []
    page.settings_changed.connect(changes.append)
    qtbot.mouseClick(page.choose_button, LEFT)
    assert changes[-1].extra_folder == stick
    assert str(stick) in page.extra_folder.text()
    page.keep_last.setFocus()
    qtbot.keyClick(page.keep_last, Qt.Key.Key_Down)
    assert changes[-1] == BackupSettings(extra_folder=stick, keep_last=9, monthly_for=12)
    assert schedule.settings == changes[-1]

    with qtbot.waitSignal(schedule.backup_finished, timeout=15_000):
        qtbot.mouseClick(page.backup_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.status.text().startswith("Backup saved")
    assert not page.empty.isVisible()
    assert len(list_backups(stick)) == 1

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(page.restore_requested) as asked:
        qtbot.mouseClick(page.restore_button, LEFT)
    assert asked.args[0] == page.model.index(0).data(PathRole)

    qtbot.mouseClick(page.clear_button, LEFT)
    assert changes[-1].extra_folder is None


def test_dialogs_never_block_a_lock(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    """Opened with open(), each dialog returns at once and a reject() (auto-lock) closes it."""
    for make in (
        lambda: ExportDialog(worker, vault),
        lambda: ImportDialog(worker, vault),
        lambda: RestoreDialog(worker, vault),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.open()
        assert dialog.isVisible()
        dialog.reject()
        assert not dialog.isVisible()


def test_restoring_waits_for_a_backup_that_is_running(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    _write_entries(vault, 2)
    made = create_backup(vault, backup_folder(data_dir))
    schedule = BackupSchedule(worker, vault, data_dir)
    gate = threading.Event()
    schedule.backup_thread.submit(lambda: gate.wait(30))  # a backup of a large journal
    finished: list[bool] = []
    assert schedule.backup_now(lambda ok, _message: finished.append(ok))
    dialog = RestoreDialog(worker, vault, backup=made, backups=schedule)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.secret.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    for _ in range(20):  # long enough to restore a small journal, had it not waited
        qtbot.wait(100)
        if not vault.is_open:
            break
    assert vault.is_open
    with qtbot.waitSignal(dialog.restored, timeout=15_000):
        gate.set()
    # The backup ended whole before the journal was replaced, and no other one started.
    assert finished == [True]
    names = [path.name for _moment, path in list_backups(backup_folder(data_dir))]
    assert len(names) == 3 and any("before-restore" in name for name in names)
