"""Renaming and merging context tags, by keyboard, through the real vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.journal.context_tags_dialog import ContextTagsDialog
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def test_rename_and_merge_people(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal, feelings = Journal(vault), Feelings(vault)
    first = journal.add(Entry(body="Lunch"))
    second = journal.add(Entry(body="Call"))
    assert first.id is not None and second.id is not None
    feelings.set_contexts(first.id, [("people", "Mum")])
    feelings.set_contexts(second.id, [("people", "mom"), ("place", "kitchen")])
    vault.close()

    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_context_tags()
    dialog = window.findChildren(ContextTagsDialog)[-1]
    dialog.kind.setCurrentIndex(dialog.kind.findData("people"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    names = {dialog.model.index(r).data() for r in range(2)}
    assert names == {"Mum (1)", "mom (1)"}

    mom_row = next(r for r in range(2) if dialog.model.index(r).data().startswith("mom"))
    dialog.view.setCurrentIndex(dialog.model.index(mom_row))
    assert dialog.merge_into.currentText() == "Mum"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0).data() == "Mum (2)"

    dialog.new_name.selectAll()
    qtbot.keyClicks(dialog.new_name, "Mum (Ruth)")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(0).data() == "Mum (Ruth) (2)", timeout=10_000)
    wait_idle(qtbot, window)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        stored = Feelings(reopened)
        assert {t.name for t in stored.contexts(second.id)} == {"Mum (Ruth)", "kitchen"}
        assert [t.name for t in stored.context_tags("people")] == ["Mum (Ruth)"]
