"""Reminders in the running app: they come on time, say nothing from the journal, and open the
window at the unlock screen; Settings turns them on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry, local_now
from innerspace.core.homework import Assignment
from innerspace.core.reminders import ReminderPlan
from innerspace.gui.reminders.reminder_tray import ReminderTray
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences, load_preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle

CANARY = "REMINDERCANARYTITLE"


def _soon_clock(seconds_before: float) -> tuple[ReminderPlan, Callable[[], datetime]]:
    """A clock ``seconds_before`` a whole minute, and a plan reminding at that minute (its
    quiet hours half a day away)."""
    real = datetime.now().astimezone()
    target = (real + timedelta(minutes=2)).replace(second=0, microsecond=0)
    shift = target - real - timedelta(seconds=seconds_before)
    at = target.time().replace(tzinfo=None)
    plan = ReminderPlan(
        on=True,
        at=at,
        quiet_from=at.replace(hour=(at.hour + 12) % 24),
        quiet_to=at.replace(hour=(at.hour + 13) % 24),
    )
    return plan, lambda: datetime.now().astimezone() + shift


def test_a_reminder_comes_at_its_time_and_says_only_a_moment_for_yourself(
    qtbot: QtBot,
) -> None:
    plan, clock = _soon_clock(0.3)
    tray = ReminderTray(clock=clock)
    tray.apply(plan)
    assert tray.next_at is not None
    with qtbot.waitSignal(tray.reminded, timeout=5_000) as shown:
        pass
    assert shown.args == ["InnerSpace", "A moment for yourself?"]
    # The next one is a day later.
    assert tray.next_at is not None and tray.next_at - clock() > timedelta(hours=23)


def test_no_notification_ever_carries_journal_content(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    Journal(vault).add(Entry(title=CANARY, body=f"{CANARY} in the text"))
    Homework(vault).add(Assignment(f"{CANARY} homework", due=local_now().date()))
    vault.close()
    window = make_window(data_dir, Preferences(reminders_on=True, reminder_homework=True))
    screen = unlock(qtbot, window)
    screen.editor.title.setText(f"{CANARY} being typed")
    wait_idle(qtbot, window)  # the homework's due day is known
    seen: list[str] = []
    window.reminders.reminded.connect(lambda title, text: seen.extend([title, text]))
    window.reminders.remind()
    window.lock()
    wait_idle(qtbot, window)
    window.reminders.remind()
    assert seen == ["InnerSpace", "A moment for yourself?"] * 2
    assert all(CANARY not in words for words in seen)
    if window.reminders.tray is not None:
        assert CANARY not in window.reminders.tray.toolTip()


def test_opening_from_a_reminder_shows_the_unlock_screen_when_locked(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir, Preferences(reminders_on=True))
    unlock(qtbot, window)
    window.lock()
    wait_idle(qtbot, window)
    window.showMinimized()
    window.reminders.open_requested.emit()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_screen


def test_settings_turn_reminders_on_with_quiet_hours(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    assert window.reminders.next_at is None  # off by default
    dialog = SettingsDialog(window.prefs, parent=window)
    dialog.preferences_changed.connect(window.apply_preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.reminders
    assert not page.daily.isEnabled()
    page.on.setFocus()
    qtbot.keyClick(page.on, Qt.Key.Key_Space)
    assert page.daily.isEnabled() and page.quiet_from.isEnabled()
    page.at.setFocus()
    page.at.setTime(page.at.time().fromString("23:30", "HH:mm"))
    assert window.prefs.reminders_on and window.prefs.reminder_time == "23:30"
    # 23:30 is in the quiet hours (22:00 to 07:00): it waits until they end.
    assert window.reminders.next_at is not None
    assert (window.reminders.next_at.hour, window.reminders.next_at.minute) == (7, 0)
    saved = load_preferences(data_dir)
    assert (saved.reminders_on, saved.reminder_time) == (True, "23:30")


def test_reminders_come_on_the_days_active_homework_is_due(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    today = local_now().date()
    homework = Homework(vault)
    homework.add(Assignment(CANARY, due=today + timedelta(days=3)))
    homework.add(Assignment("Set aside", due=today + timedelta(days=1), status="set-aside"))
    vault.close()
    prefs = Preferences(
        reminders_on=True, reminder_daily=False, reminder_homework=True, reminder_time="12:00"
    )
    window = make_window(data_dir, prefs)
    assert window.reminders.next_at is None  # locked, nothing known yet
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.reminders.next_at is not None, timeout=10_000)
    assert window.reminders.next_at.date() == today + timedelta(days=3)

    # Set aside on This week, its day no longer brings a reminder.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_this_week()
    shown = window.homework_screen
    assert shown is not None
    qtbot.waitUntil(lambda: shown.model.rowCount() == 1, timeout=10_000)
    shown.list_view.setCurrentIndex(shown.model.index(0))
    qtbot.mouseClick(shown.aside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reminders.next_at is None, timeout=10_000)


def test_after_the_clocks_change_the_reminder_keeps_the_time_on_the_clock(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # London, the evening before the clocks go forward (29 March 2026): the clock in the
    # computer's fixed offset still says +00:00.
    monkeypatch.setenv("TZ", "Europe/London")
    evening = datetime(2026, 3, 28, 21, 0, tzinfo=UTC)
    tray = ReminderTray(clock=lambda: evening)
    tray.apply(ReminderPlan(on=True, at=time(9, 0), quiet_from=time(23, 0), quiet_to=time(6, 0)))
    assert tray.next_at is not None
    assert tray.next_at.astimezone(ZoneInfo("Europe/London")).time() == time(9, 0)
    assert tray.next_at.astimezone(UTC) == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
