"""From the journal to its patterns and back to the entries behind a figure."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry, local_now
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def test_a_figure_in_patterns_opens_its_entries_in_the_journal(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal, feelings = Journal(vault), Feelings(vault)
    now = local_now()
    ids = {}
    for name, days_ago, emotion in (("a", 1, "anxious"), ("b", 2, "calm"), ("c", 3, "worried")):
        when = now - timedelta(days=days_ago)
        entry = journal.add(Entry(title=name, body=f"entry {name}", created=when, updated=when))
        assert entry.id is not None
        feelings.set_emotions(entry.id, [EmotionTag(emotion, 50)])
        ids[name] = entry.id
    vault.close()

    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.patterns_screen is not None, timeout=10_000)
    patterns = window.patterns_screen
    assert patterns is not None
    qtbot.waitUntil(lambda: patterns.data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: patterns.family_chart.piece_rect("fear").isValid(), timeout=10_000)

    rect = patterns.family_chart.piece_rect("fear")
    qtbot.mouseClick(patterns.family_chart, Qt.MouseButton.LeftButton, pos=rect.center())
    # The entries behind the figure are looked up on the database thread.
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: session.currentWidget() is screen, timeout=10_000)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    shown = {screen.timeline.summary_at(i).id for i in range(2)}
    assert shown == {ids["a"], ids["c"]}
    assert "2 entries" in screen.filter_note.text()
    qtbot.mouseClick(screen.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)

    window.lock()
    assert window.session is None and window.patterns_screen is None
