"""The import window with an InnerSpace export read a piece at a time: a file changed between
the preview and the import is refused plainly, with nothing changed, until it is read again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.import_dialog import ImportDialog
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.test_data_dialogs import _show
from tests.gui.test_import_preview import _import, _read
from tests.unit.test_import_streamed import _export

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.shutdown()


def test_an_export_changed_after_its_preview_changes_nothing_until_read_again(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    path = _export(tmp_path)
    dialog = ImportDialog(worker, vault)
    _show(qtbot, dialog)
    _read(qtbot, dialog, "innerspace", path)
    assert "3 entries will be added." in dialog.summary.text()
    text = path.read_bytes()
    start = text.index(b'"data": "') + len(b'"data": "')
    path.write_bytes(
        text[:start] + bytes(reversed(text[start : start + 400])) + text[start + 400 :]
    )
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert dialog.error.text() == (
        "The InnerSpace file changed after it was read; please read it again. Nothing was changed."
    )
    assert Journal(vault).count() == 0 and not list(Attachments(vault).iter_files())
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.plan is None and dialog.pages.currentIndex() == 0
    qtbot.mouseClick(dialog.read_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    _import(qtbot, dialog)
    assert dialog.outcome.text() == (
        "Imported 3 entries. They are in your journal now. 1 photo came with them."
    )
    assert Journal(vault).count() == 3 and len(list(Attachments(vault).iter_files())) == 1
