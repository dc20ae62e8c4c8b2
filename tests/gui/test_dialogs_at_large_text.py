"""At a large text size every dialog opens tall enough for its wrapped text: a warning that the
export is not encrypted is never squeezed into a clipped line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.export_dialog import ExportDialog
from innerspace.gui.data.import_dialog import ImportDialog
from innerspace.gui.data.restore_dialog import RestoreDialog
from innerspace.gui.prompts.browser import PromptDialog
from innerspace.storage.vault import Vault


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(before)


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.shutdown()


DIALOGS: dict[str, Callable[[DatabaseWorker, Vault], QDialog]] = {
    "export": lambda worker, vault: ExportDialog(worker, vault),
    "import": lambda worker, vault: ImportDialog(worker, vault),
    "restore": lambda worker, vault: RestoreDialog(worker, vault),
    "own prompt": lambda _worker, _vault: PromptDialog(None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_wrapped_line_shows_in_full_at_150_percent(
    qtbot: QtBot, large_text: None, worker: DatabaseWorker, vault: Vault, name: str
) -> None:
    dialog = DIALOGS[name](worker, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    squeezed = [
        shown.text()[:40]
        for shown in dialog.findChildren(QLabel)
        if shown.isVisible()
        and shown.wordWrap()
        and shown.text()
        and shown.height() < shown.heightForWidth(shown.width())
    ]
    assert squeezed == []
