"""The import preview says in whole sentences what is added, left out and changed, lets the
person update changed entries or keep both, reads a folder of notes, and the CSV export."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from innerspace.gui.common.file_choosers import PathKind
from innerspace.gui.common.theme import apply_text_scale
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.export_dialog import ExportDialog
from innerspace.gui.data.import_dialog import ImportDialog
from innerspace.gui.data.mood_names_page import MoodNamesPage
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import Attachments
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle
from tests.gui.test_data_dialogs import FakeChooser, _show
from tests.unit.test_import_photos import _day_one_zip

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.shutdown()


def _read(qtbot: QtBot, dialog: ImportDialog, fmt: str, path: Path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Imported"), timeout=10_000)


def test_day_one_pictures_are_counted_apart(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    _read(qtbot, dialog, "dayone", FIXTURES / "Journal.json")
    assert dialog.summary.text().splitlines() == [
        "This Day One file holds 2 entries.",
        "They were written from 2019-07-13 to 2019-07-14.",
        "2 entries will be added.",
        "2 pictures and files in the export can't be brought across (videos, recordings, or "
        "photos missing from the archive); the text of those entries is imported.",
    ]
    assert not dialog.changed_box.isVisible() and not dialog.moods_box.isVisible()
    _import(qtbot, dialog)
    assert Journal(vault).count() == 2


def test_day_one_photos_come_with_their_entries(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    _read(qtbot, dialog, "dayone", _day_one_zip(tmp_path))
    assert "One photo will come along with the entries, without where it was taken." in (
        dialog.summary.text().splitlines()
    )
    _import(qtbot, dialog)
    assert dialog.outcome.text() == (
        "Imported 1 entry. They are in your journal now. 1 photo came with them."
    )
    assert Attachments(vault).count() == 1


def test_changed_entries_kept_beside_or_updated(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    first = ImportDialog(worker, vault)
    _show(qtbot, first)
    _read(qtbot, first, "dayone", FIXTURES / "Journal.json")
    _import(qtbot, first)
    assert Journal(vault).count() == 2
    doc = json.loads((FIXTURES / "Journal.json").read_text(encoding="utf-8"))
    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Swam at dusk\\."
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")

    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    _read(qtbot, dialog, "dayone", newer)
    summary = dialog.summary.text()
    assert "1 entry is already in your journal and won't be added again." in summary
    assert "No new entries will be added." in summary
    assert "1 entry changed since the last import." in summary
    assert dialog.changed_box.isVisible() and dialog.keep_both_choice.isChecked()
    assert dialog.would_change.text().splitlines() == [
        "Updating would change these entries in your journal:",
        "2019-07-13: “Arrived. Hot!”",
    ]
    assert dialog.import_button.isEnabled()
    _import(qtbot, dialog)
    bodies = [e.body for e, _ in Journal(vault).iter_all()]
    assert "Arrived. Hot!" in bodies and "Arrived. Hot! Swam at dusk." in bodies

    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Slept early\\."
    newest = tmp_path / "newest.json"
    newest.write_text(json.dumps(doc), encoding="utf-8")
    third = ImportDialog(worker, vault)
    _show(qtbot, third)
    _read(qtbot, third, "dayone", newest)
    # On its words: a radio button's empty stretch to the right doesn't take clicks.
    qtbot.mouseClick(third.update_choice, LEFT, pos=QPoint(10, third.update_choice.height() // 2))
    assert third.update_choice.isChecked()
    _import(qtbot, third)
    assert third.outcome.text() == (
        "Imported 0 entries. They are in your journal now. 1 entry brought up to date."
    )
    bodies = [e.body for e, _ in Journal(vault).iter_all()]
    assert "Arrived. Hot! Slept early." in bodies and "Arrived. Hot!" in bodies
    assert Journal(vault).count() == 3


def test_an_entry_edited_here_is_kept_whatever_is_chosen(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    first = ImportDialog(worker, vault)
    _show(qtbot, first)
    _read(qtbot, first, "dayone", FIXTURES / "Journal.json")
    _import(qtbot, first)
    journal = Journal(vault)
    mine = next(e for e, _ in journal.iter_all() if e.body == "Arrived. Hot!")
    mine.body += " My own words, added here."
    journal.update(mine)
    doc = json.loads((FIXTURES / "Journal.json").read_text(encoding="utf-8"))
    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Swam at dusk\\."
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")

    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    _read(qtbot, dialog, "dayone", newer)
    assert (
        "You changed it here since then, so the file's version will be added beside it and "
        "what you wrote stays as it is." in dialog.summary.text().splitlines()
    )
    assert not dialog.changed_box.isVisible()
    _import(qtbot, dialog)
    assert journal.get(mine.id or 0).body == "Arrived. Hot! My own words, added here."
    assert journal.count() == 3


def test_saying_later_how_a_mood_felt(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    first = ImportDialog(worker, vault)
    _show(qtbot, first)
    _read(qtbot, first, "daylio", FIXTURES / "daylio_custom_moods.csv")
    assert sorted(first.mood_levels) == ["Anxious", "Refreshed", "ok but sleepy"]
    # The window grows to show the whole preview: nothing to scroll to on a usual screen.
    scroll = first.pages.currentWidget()
    assert isinstance(scroll, QScrollArea)
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible(), timeout=5_000)
    _import(qtbot, first)
    again = ImportDialog(worker, vault)
    _show(qtbot, again)
    _read(qtbot, again, "daylio", FIXTURES / "daylio_custom_moods.csv")
    assert again.outcome.text() == "There is nothing new to add."
    assert not again.import_button.isEnabled()
    spin = again.mood_levels["Refreshed"]
    spin.setFocus()
    for _ in range(5):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert again.import_button.isEnabled() and again.outcome.text() == ""
    _import(qtbot, again)
    feelings = Feelings(vault)
    rated = {e.tags: feelings.mood(e.id or 0) for e, _ in Journal(vault).iter_all() if e.tags}
    assert rated[("mood/Refreshed",)] == 10 and rated[("mood/Anxious",)] is None


def test_a_folder_of_notes(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    folder = Path(shutil.copytree(FIXTURES / "notes", tmp_path / "notes"))
    chooser = FakeChooser(folder)
    dialog = ImportDialog(worker, vault, choose_path=chooser)
    _show(qtbot, dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("notes"))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert chooser.requests[-1].kind is PathKind.FOLDER
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.summary.text().startswith("This folder of notes holds 4 entries.")
    assert "Empty.md is left out: it has no text." in dialog.details.toPlainText()
    _import(qtbot, dialog)
    assert Journal(vault).count() == 4


def test_csv_export_through_the_dialog(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    import_first = ImportDialog(worker, vault)
    _show(qtbot, import_first)
    _read(qtbot, import_first, "daylio", FIXTURES / "daylio_custom_moods.csv")
    _import(qtbot, import_first)
    target = tmp_path / "moods"
    chooser = FakeChooser(target)
    dialog = ExportDialog(worker, vault, choose_path=chooser)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.csv_choice, LEFT)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.path.text() == str(target.with_suffix(".csv"))
    qtbot.mouseClick(dialog.understood, LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=10_000)
    rows = list(csv.DictReader(target.with_suffix(".csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 5
    assert {r["mood_name"] for r in rows} == {"ok but sleepy", "Anxious", "Refreshed", ""}


def test_mood_names_in_settings(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    first = ImportDialog(worker, vault)
    _show(qtbot, first)
    _read(qtbot, first, "daylio", FIXTURES / "daylio_custom_moods.csv")
    _import(qtbot, first)
    page = MoodNamesPage(worker, vault)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    shown = [page.model.index(i).data() for i in range(3)]
    assert shown == [
        "“Anxious” — 1 entry, not said yet",
        "“ok but sleepy” — 1 entry, not said yet",
        "“Refreshed” — 1 entry, not said yet",
    ]
    assert not page.save_button.isEnabled()
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.selected() is not None and page.selected().label == "Refreshed"
    page.level.setFocus()
    qtbot.keyClick(page.level, Qt.Key.Key_End)
    assert page.level.currentText() == "5 — rad"
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=10_000)
    assert page.status.text() == "Saved. 1 entry got a mood rating."
    qtbot.waitUntil(
        lambda: page.model.index(2).data() == "“Refreshed” — 1 entry, felt like 5 of 5",
        timeout=10_000,
    )
    feelings = Feelings(vault)
    rated = {e.tags: feelings.mood(e.id or 0) for e, _ in Journal(vault).iter_all() if e.tags}
    assert rated[("mood/Refreshed",)] == 10


def test_mood_names_page_when_there_are_none(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    page = MoodNamesPage(worker, vault)
    _show(qtbot, page)
    qtbot.waitUntil(lambda: page.empty.isVisible() and not page.list.isVisible(), timeout=10_000)
    assert not page.save_button.isEnabled()


def test_settings_opens_the_mood_names(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    page = MoodNamesPage(worker, vault)
    dialog = SettingsDialog(Preferences(), None, None, mood_names_page=page)
    _show(qtbot, dialog)
    assert not dialog.mood_names.isVisible()
    qtbot.mouseClick(dialog.mood_names_button, LEFT)
    qtbot.waitUntil(lambda: page.isVisible() and page.empty.isVisible(), timeout=10_000)


@pytest.fixture
def large_text() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, 150)
    try:
        yield
    finally:
        apply_text_scale(app, 100)


def _whole(text_label: QLabel) -> bool:
    return text_label.height() >= text_label.heightForWidth(text_label.width())


def test_wrapped_notes_show_whole_at_a_large_text_size(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, large_text: None
) -> None:
    export = ExportDialog(worker, vault)
    _show(qtbot, export)
    qtbot.mouseClick(export.csv_choice, LEFT)
    qtbot.waitUntil(lambda: _whole(export.warning), timeout=5_000)
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    for key in ("notes", "dayone", "jrnl-text"):
        dialog.format.setCurrentIndex(dialog.format.findData(key))
        qtbot.waitUntil(lambda: _whole(dialog.hint), timeout=5_000)


def test_a_day_one_link_opens_the_imported_entry(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal = Journal(vault)
    commit(preview(parse_file("dayone", FIXTURES / "Journal.json"), journal), journal)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(
        lambda: screen.editor.title.text() == "Scenic railway - kuranda", timeout=10_000
    )
    screen.toggle_preview()
    browser = screen.editor.preview
    qtbot.waitUntil(lambda: "the day before" in browser.toPlainText(), timeout=5_000)
    # With the cursor on the link, Enter follows it, as a click does.
    browser.setFocus()
    link = browser.document().find("the day before")
    browser.setTextCursor(link)
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.editor.body() == "Arrived. Hot!", timeout=10_000)
    assert screen.timeline_view.currentIndex().row() == 1
    screen.open_linked_entry("00000000-0000-0000-0000-000000000000")
    qtbot.waitUntil(
        lambda: screen.editor.save_state.text() == "The linked entry isn't in your journal.",
        timeout=10_000,
    )
    assert screen.editor.body() == "Arrived. Hot!"
    wait_idle(qtbot, window)
    window.close()
