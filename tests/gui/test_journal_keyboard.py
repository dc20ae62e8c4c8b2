"""The journal by keyboard: from search into results, the date popup, and the row that follows
the entry being read."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def _fill(vault: Vault) -> None:
    journal = Journal(vault)
    base = datetime.now().astimezone().replace(hour=9, minute=0) - timedelta(days=10)
    for i, body in enumerate(["A walk by the river", "Rain all day", "## Untitled river notes"]):
        when = base + timedelta(days=3 * i)
        title = "" if i == 2 else f"Day {i}"
        journal.add(Entry(title=title, body=body, created=when, updated=when))
    vault.close()


def test_down_from_the_search_field_moves_into_the_results(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    screen.focus_search()
    qtbot.keyClicks(screen.search_field, "river")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 2, timeout=10_000)
    # An untitled entry is named by its first line, as in the timeline.
    spoken = [screen.results.index(r).data() for r in range(2)]
    assert any("Untitled river notes" in s for s in spoken)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)
    assert screen.results_view.hasFocus()
    assert screen.results_view.currentIndex().row() == 0
    qtbot.keyClick(screen.results_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current_entry_id is not None, timeout=10_000)


def test_go_to_date_works_with_arrows_and_enter_and_shows_no_week_numbers(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_G, CTRL)
    popup = screen.date_popup
    qtbot.waitUntil(popup.isVisible)
    calendar = screen.calendar
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    # Weekends in the ordinary text colour, not red.
    sunday = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    assert sunday == popup.palette().color(QPalette.ColorRole.Text)
    calendar.setSelectedDate(QDate.currentDate())
    target = QDate.currentDate().addDays(-7)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Up)  # a week back
    assert calendar.selectedDate() == target
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    # Only what was written up to that day is shown.
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)


def test_the_highlighted_row_follows_the_entry_being_read(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    _fill(vault)
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 3, timeout=10_000)
    screen.timeline_view.setCurrentIndex(screen.timeline.index(1))
    qtbot.waitUntil(lambda: screen.current_entry_id is not None, timeout=10_000)
    reading = screen.current_entry_id
    screen.focus_search()
    qtbot.keyClicks(screen.search_field, "river")
    qtbot.waitUntil(lambda: screen.results.rowCount() == 2, timeout=10_000)
    results_row = screen.results_view.currentIndex().row()
    assert (
        results_row == -1
        or screen.results.index(results_row).data(Qt.ItemDataRole.UserRole + 2) == reading
    )
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.list_stack.currentWidget() is screen.timeline_view)
    assert screen.timeline.row_of(reading) == screen.timeline_view.currentIndex().row()  # type: ignore[arg-type]
    screen.new_entry()
    qtbot.waitUntil(lambda: screen.current_entry_id is None)
    screen.timeline.reload()
    qtbot.waitUntil(lambda: not screen.timeline_view.currentIndex().isValid(), timeout=10_000)


def test_tab_follows_the_screen_from_the_toolbar_to_the_text(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    card = screen.prompt_card
    qtbot.waitUntil(lambda: card.prompt is not None, timeout=10_000)
    expected = [
        screen.timeline_button,
        screen.new_button,
        screen.exercises_button,
        screen.search_field,
        screen.search_order,
        screen.support_button,
        screen.settings_button,
        screen.lock_button,
        screen.date_button,
        screen.tag_filter,
        screen.starred_filter,
        card.write_button,
        card.another_button,
        card.not_today_button,
        screen.editor.title,
    ]
    screen.timeline_button.setFocus()
    seen = []
    for _ in expected:
        seen.append(QApplication.focusWidget())
        window.focusNextChild()
    assert seen == expected
