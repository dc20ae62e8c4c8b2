"""Entries chosen in the timeline with the keyboard become a PDF, looked over page by page
before it is saved."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.documents.entries_document import chosen_on_paper, entries_pdf
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.export_dialog import ExportDialog
from innerspace.gui.data.pdf_preview import PdfPreview
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.shutdown()


def _fill(vault: Vault, count: int, words: int = 8) -> list[int]:
    journal = Journal(vault)
    base = datetime.now().astimezone().replace(hour=9, minute=0) - timedelta(days=count)
    ids = []
    for i in range(count):
        when = base + timedelta(days=i)
        body = f"Body of day {i}. " + "More words about the day. " * words
        entry = journal.add(Entry(title=f"Day {i}", body=body, created=when, updated=when))
        assert entry.id is not None
        ids.append(entry.id)
    return ids


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian's poppler-utils) isn't installed")
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _export_dialog() -> ExportDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExportDialog) and w.isVisible()
        ),
        None,
    )


def test_three_entries_chosen_with_the_keyboard_make_a_pdf_of_exactly_those(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    _fill(vault, 5)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 5, timeout=10_000)
    view = screen.timeline_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)  # the newest, Day 4
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    assert len(view.selectionModel().selectedRows()) == 3
    # Reached from the timeline's context menu and the Journal menu alike.
    assert screen.pdf_action in view.actions()
    journal_menu = window.menuBar().actions()[0].menu()
    assert screen.pdf_action in journal_menu.actions()
    screen.pdf_action.trigger()

    qtbot.waitUntil(lambda: _export_dialog() is not None)
    dialog = _export_dialog()
    assert dialog is not None
    assert dialog.pdf_choice.isChecked() and dialog.chosen_choice.isChecked()
    assert dialog.chosen_choice.text() == "The entries I cho&se in the timeline (3 entries)"
    target = tmp_path / "three.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    dialog.understood.setFocus()
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    dialog.export_button.setFocus()
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=10_000
    )
    preview = dialog.preview
    assert preview is not None
    assert preview.page_label.text() == f"Page 1 of {preview.pages}"
    assert not target.exists()
    qtbot.keyClick(preview, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported"), timeout=10_000)
    assert dialog.status.text() == f"Exported 3 entries into the file {target}."
    assert preview.status.text().startswith(f"Saved to {target}. It is not encrypted")
    text = _pdf_text(target)
    assert [f"Body of day {i}." in text for i in range(5)] == [False, False, True, True, True]
    assert (
        text.index("Body of day 2.") < text.index("Body of day 3.") < text.index("Body of day 4.")
    )


def test_with_nothing_chosen_the_pdf_is_of_the_last_days(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = ExportDialog(worker, vault, entry_ids=[])
    qtbot.addWidget(dialog)
    assert dialog.pdf_choice.isChecked() and dialog.range_choice.isChecked()
    assert not dialog.chosen_choice.isEnabled()
    assert dialog.export_button.text() == "Pre&view…"


def test_ctrl_a_chooses_every_entry_shown(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    ids = _fill(vault, 4)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 4, timeout=10_000)
    screen.timeline_view.setFocus()
    qtbot.keyClick(screen.timeline_view, Qt.Key.Key_A, CTRL)
    assert screen.chosen_entry_ids() == list(reversed(ids))  # as the list shows them


def test_the_preview_pages_zooms_and_saves_by_keyboard(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    ids = _fill(vault, 4, words=300)
    # Laid out on the worker, as the export dialog does.
    paper = worker.submit(lambda: entries_pdf(chosen_on_paper(Journal(vault), ids))).result()
    assert paper.pages >= 3
    target = tmp_path / "long.pdf"
    preview = PdfPreview(worker, paper, target)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: not preview.page_view.pixmap().isNull())
    assert preview.page_label.text() == f"Page 1 of {paper.pages}"
    assert not preview.previous_button.isEnabled()
    first_width = preview.page_view.pixmap().width()
    # The whole page is there to scroll through, never cut to the window.
    qtbot.waitUntil(lambda: preview.page_area.verticalScrollBar().maximum() > 0)
    assert preview.page_view.height() >= preview.page_view.pixmap().deviceIndependentSize().height()

    assert preview.page_area.hasFocus()
    qtbot.keyClick(preview.page_area, Qt.Key.Key_Down)
    assert preview.page_area.verticalScrollBar().value() > 0
    qtbot.keyClick(preview.page_area, Qt.Key.Key_PageDown)
    assert preview.page_label.text() == f"Page 2 of {paper.pages}"
    qtbot.waitUntil(lambda: preview.page_area.verticalScrollBar().value() == 0)  # at its top
    qtbot.keyClick(preview, Qt.Key.Key_End, CTRL)
    assert preview.page_label.text() == f"Page {paper.pages} of {paper.pages}"
    assert not preview.next_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.page_index == paper.pages - 2

    qtbot.keyClick(preview, Qt.Key.Key_Plus, CTRL)
    assert preview.zoom_label.text() == "125%"
    qtbot.waitUntil(lambda: preview.page_view.pixmap().width() > first_width * 1.2)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, CTRL)
    assert preview.zoom_label.text() == "75%"

    with qtbot.waitSignal(preview.saved, timeout=10_000):
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == paper.data
    assert target.stat().st_mode & 0o777 == 0o600
    preview.close()
    worker.wait()


def test_print_sends_every_page_to_the_printer(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    ids = _fill(vault, 3, words=200)
    # Laid out on the worker, as the export dialog does.
    paper = worker.submit(lambda: entries_pdf(chosen_on_paper(Journal(vault), ids))).result()
    preview = PdfPreview(worker, paper, tmp_path / "unsaved.pdf")
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitActive(preview):
        preview.activateWindow()
    qtbot.keyClick(preview, Qt.Key.Key_P, CTRL)
    dialog = preview._print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    # Qt's own "Print to File (PDF)" printer stands in for paper (this machine has no other).
    printed = tmp_path / "printed.pdf"
    file_name = dialog.findChild(QLineEdit, "filename")
    assert isinstance(file_name, QLineEdit)
    file_name.setText(str(printed))
    dialog.accept()
    qtbot.waitUntil(lambda: preview.status.text() == "Sent to the printer.", timeout=10_000)
    text = _pdf_text(printed)
    assert all(f"Body of day {i}." in text for i in range(3))
    # The preview goes on showing the pages as the file has them.
    with qtbot.waitActive(preview):
        preview.activateWindow()
    qtbot.keyClick(preview, Qt.Key.Key_End, CTRL)
    assert preview.page_label.text() == f"Page {paper.pages} of {paper.pages}"
    assert not (tmp_path / "unsaved.pdf").exists()
    preview.close()
    worker.wait()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Modes must not rely on the umask the app sets at start (a test runs without it)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("printed_over", [False, True])
def test_printing_to_a_file_leaves_it_readable_by_its_owner_only(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path, printed_over: bool
) -> None:
    ids = _fill(vault, 1)
    paper = worker.submit(lambda: entries_pdf(chosen_on_paper(Journal(vault), ids))).result()
    preview = PdfPreview(worker, paper, tmp_path / "unsaved.pdf")
    qtbot.addWidget(preview)
    preview.show()
    printed = tmp_path / "printed.pdf"
    if printed_over:
        # An older file the person prints over keeps its mode unless it is changed.
        printed.write_bytes(b"an older file")
        printed.chmod(0o644)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    dialog = preview._print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    file_name = dialog.findChild(QLineEdit, "filename")
    assert isinstance(file_name, QLineEdit)
    file_name.setText(str(printed))
    dialog.accept()
    qtbot.waitUntil(lambda: preview.status.text() == "Sent to the printer.", timeout=10_000)
    assert printed.read_bytes().startswith(b"%PDF")
    assert printed.stat().st_mode & 0o777 == 0o600
    preview.close()
    worker.wait()
