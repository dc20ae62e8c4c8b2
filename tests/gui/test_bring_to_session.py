"""Marking an entry to bring to the session, from the editor, and seeing it in the timeline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.session_prep import SessionMarks
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle


def test_ctrl_b_marks_an_entry_and_the_timeline_shows_it(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    when = datetime(2026, 3, 3, 9, 0).astimezone()
    Journal(vault).add(Entry(title="The train", body="late again", created=when, updated=when))
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    view = screen.timeline_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(screen.timeline.index(0)).center(),
    )
    qtbot.waitUntil(lambda: screen.editor.title.text() == "The train", timeout=10_000)
    wait_idle(qtbot, window)
    bring = screen.editor.bring
    assert bring.accessibleName() == "Bring to my session"
    assert not bring.isChecked()
    assert "for my session" not in screen.timeline.index(0).data()

    qtbot.keyClick(screen.editor.text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert bring.isChecked() and bring.text().startswith("⚑")
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert SessionMarks(window.vault).marked_ids() == {screen.current_entry_id}
    qtbot.waitUntil(
        lambda: (
            screen.timeline.rowCount() == 1
            and "⚑ for my session" in screen.timeline.index(0).data()
        ),
        timeout=10_000,
    )

    # Opened again, the entry shows its mark; taking it away is saved too.
    screen.new_entry()
    view.selectionModel().clearCurrentIndex()
    assert not bring.isChecked()
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(screen.timeline.index(0)).center(),
    )
    qtbot.waitUntil(lambda: bring.isChecked(), timeout=10_000)
    qtbot.mouseClick(bring, Qt.MouseButton.LeftButton)
    screen.save_entry()
    qtbot.waitUntil(lambda: screen.editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)
    assert SessionMarks(window.vault).marked_ids() == set()


def test_a_new_entry_can_be_marked_before_its_first_save(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.text, "for Thursday")
    qtbot.mouseClick(screen.editor.bring, Qt.MouseButton.LeftButton)
    screen.save_entry()
    qtbot.waitUntil(lambda: screen.editor.save_state.text() == "Saved", timeout=10_000)
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert SessionMarks(window.vault).marked_ids() == {screen.current_entry_id}


def test_undoing_a_delete_brings_the_mark_for_the_session_back(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    saved = Journal(vault).add(Entry(title="The train", body="late again"))
    assert saved.id is not None
    SessionMarks(vault).mark(saved.id, True)
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: screen.editor.bring.isChecked(), timeout=10_000)
    screen.delete_entry()
    qtbot.waitUntil(screen.undo_button.isVisible, timeout=10_000)
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert len(SessionMarks(window.vault).marked_ids()) == 1
