"""An entry an older version dated outside the calendar is listed, explained, and can be fixed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.gui.journal.entry_date_dialog import EntryDateDialog
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle
from tests.unit.test_dates_out_of_range import _write_as_an_older_version

PAST_THE_END = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=23, minutes=59)))


def test_an_undated_entry_is_shown_with_a_note_and_can_be_given_a_date(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal = Journal(vault)
    journal.add(Entry(body="An ordinary day"))
    odd_id = _write_as_an_older_version(journal, PAST_THE_END, body="Written long ago")
    vault.close()

    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)
    spoken = [
        screen.timeline.index(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(2)
    ]
    assert any(s.startswith("Date can't be shown") for s in spoken)

    row = screen.timeline.row_of(odd_id)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(row))
    qtbot.waitUntil(lambda: screen.current_entry_id == odd_id, timeout=10_000)
    assert "can't be shown" in screen.editor.save_state.text()
    assert screen.editor.fix_date_button.isVisible()

    qtbot.mouseClick(screen.editor.fix_date_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EntryDateDialog))
    qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.editor.fix_date_button.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    window.close()

    with Vault.unlock(data_dir, "a quiet room with a window") as reopened:
        fixed = Journal(reopened).get(odd_id)
        assert fixed is not None
        assert not fixed.date_out_of_range
        assert abs(fixed.created.astimezone(UTC) - datetime.now(UTC)) < timedelta(minutes=5)
        assert fixed.body == "Written long ago"
