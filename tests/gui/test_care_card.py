"""The care check in the app: a calm card after a save, at most once a day, nothing kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.support import CARE_SENTENCE, UNLISTED_COUNTRY
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
from innerspace.gui.journal.screen import JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.gui.settings.settings_dialog import SettingsDialog
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.preferences import FILE_NAME, Preferences, load_preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle
from tests.security.leaks import CANARY, files_under, find_leaks, needles

CARE_WORDS = "Some days I want to die."


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")


def _write_and_save(qtbot: QtBot, window: AppWindow, screen: JournalScreen, text: str) -> None:
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.editor.text, text)
    qtbot.mouseClick(screen.editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.wait(50)  # the check's answer comes back by signal


def _open_journal(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, country: str = "US"
) -> tuple[AppWindow, JournalScreen]:
    vault.close()
    window = make_window(data_dir, Preferences(country=country))
    return window, unlock(qtbot, window)


def test_the_card_comes_after_a_save_never_while_typing(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    card = screen.care_card
    screen.editor.text.setFocus()
    qtbot.keyClicks(screen.editor.text, CARE_WORDS)
    screen.save_draft()  # what autosave does every few seconds
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not card.isVisible()

    qtbot.keyClick(screen.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(card.isVisible, timeout=5_000)
    assert card.sentence.text() == CARE_SENTENCE
    assert not screen.prompt_card.isVisible()
    assert screen.editor.save_state.text() == "Saved"  # saving went on as ever
    assert window.focusWidget() is screen.editor.text  # a card, not a dialog: the keyboard stays
    assert not window.findChildren(SupportNowDialog)
    buttons = [card.plan_button, card.line_button, card.breathe_button, card.not_now_button]
    assert [b.text() for b in buttons] == ["My safety &plan", "Call 988", "&Breathe", "Not now"]

    qtbot.mouseClick(card.line_button, Qt.MouseButton.LeftButton)
    assert card.line.isVisible()
    assert card.line.text().startswith("988 Suicide & Crisis Lifeline: call 988")
    qtbot.mouseClick(card.not_now_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()


def test_a_saved_exercise_is_checked_too(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    window.start_exercise("dream-log")
    dialog = window.findChildren(ExerciseDialog)[-1]
    qtbot.keyClicks(dialog.form.boxes["dream"], "I woke up and I wanted to die")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save("complete")
    wait_idle(qtbot, window)
    qtbot.waitUntil(screen.care_card.isVisible, timeout=5_000)


def test_words_that_are_not_about_harm_bring_no_card(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    _write_and_save(qtbot, window, screen, "I could kill for a coffee. This traffic is killing me.")
    assert not screen.care_card.isVisible()


def test_at_most_once_a_day_even_across_a_lock(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    today = date(2027, 3, 4)
    window.care_check.today = lambda: today
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert screen.care_card.isVisible()
    qtbot.mouseClick(screen.care_card.not_now_button, Qt.MouseButton.LeftButton)
    _write_and_save(qtbot, window, screen, "I want to kill myself")
    assert not screen.care_card.isVisible()

    window.lock()
    wait_idle(qtbot, window)
    screen = unlock(qtbot, window)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert not screen.care_card.isVisible()

    window.care_check.today = lambda: today + timedelta(days=1)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert screen.care_card.isVisible()


def test_turned_off_in_settings_there_is_no_card(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    qtbot.mouseClick(screen.settings_button, Qt.MouseButton.LeftButton)
    settings = window.findChildren(SettingsDialog)[-1]
    assert "would rather not feel watched" in settings.care_check.accessibleDescription()
    assert settings.care_check.isChecked()
    settings.care_check.setFocus()
    qtbot.keyClick(settings.care_check, Qt.Key.Key_Space)
    assert load_preferences(data_dir).care_check is False
    settings.reject()
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert not screen.care_card.isVisible()


def test_the_country_is_chosen_in_settings(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir, country="")
    qtbot.mouseClick(screen.settings_button, Qt.MouseButton.LeftButton)
    settings = window.findChildren(SettingsDialog)[-1]
    assert settings.country.code() == ""
    settings.country.setFocus()
    qtbot.keyClicks(settings.country.lineEdit(), "Japan")
    qtbot.keyClick(settings.country.lineEdit(), Qt.Key.Key_Return)
    assert load_preferences(data_dir).country == "JP"
    settings.reject()
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert screen.care_card.line_button.text() == "Call 0120-279-338"


def test_with_no_country_the_line_button_leads_to_the_crisis_lines(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir, country="")
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    card = screen.care_card
    assert card.line_button.text() == "Crisis &lines"
    qtbot.mouseClick(card.line_button, Qt.MouseButton.LeftButton)
    assert card.line.text() == UNLISTED_COUNTRY
    support = window.findChildren(SupportNowDialog)[-1]
    assert support.tabs.currentWidget() is support.crisis_lines


def test_the_plan_and_breathe_buttons_open_support_now_there(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    card = screen.care_card
    qtbot.mouseClick(card.plan_button, Qt.MouseButton.LeftButton)
    support = window.findChildren(SupportNowDialog)[-1]
    assert support.isVisible() and support.safety_plan is not None
    assert support.tabs.currentWidget() is support.plan_holder
    qtbot.mouseClick(card.breathe_button, Qt.MouseButton.LeftButton)
    assert window.findChildren(SupportNowDialog) == [support]
    assert support.tabs.currentWidget() is support.breathe


def test_nothing_about_the_check_is_kept_anywhere(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, verbose_log: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    window.apply_preferences(window.prefs)  # the settings file as it is before the save
    settings_before = (data_dir / FILE_NAME).read_bytes()
    wait_idle(qtbot, window)
    files_before = {p.relative_to(data_dir) for p in files_under(data_dir)}

    _write_and_save(qtbot, window, screen, f"{CANARY} {CARE_WORDS}")
    assert screen.care_card.isVisible()
    qtbot.mouseClick(screen.care_card.not_now_button, Qt.MouseButton.LeftButton)

    assert {p.relative_to(data_dir) for p in files_under(data_dir)} == files_before
    assert (data_dir / FILE_NAME).read_bytes() == settings_before
    assert find_leaks(data_dir, needles([CANARY, CARE_WORDS, "want to die"])) == []
    log_text = verbose_log.read_text(encoding="utf-8").lower()
    for word in (CANARY.lower(), "die", "care", "suicide", "harm"):
        assert word not in log_text


def test_the_first_card_says_once_why_and_how_it_can_be_turned_off(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    card = screen.care_card
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    qtbot.waitUntil(card.isVisible, timeout=5_000)
    assert card.why.isVisible() and "feel watched" in card.why.text()
    qtbot.mouseClick(card.turn_off_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert not window.prefs.care_check
    assert not load_preferences(data_dir).care_check
    # Turned off: no card, however many saves speak of it.
    window.care_check.today = lambda: date.today() + timedelta(days=1)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    assert not card.isVisible()


def test_later_cards_dont_repeat_the_why(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window, screen = _open_journal(qtbot, make_window, vault, data_dir)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    qtbot.waitUntil(screen.care_card.isVisible, timeout=5_000)
    qtbot.mouseClick(screen.care_card.not_now_button, Qt.MouseButton.LeftButton)
    window.care_check.today = lambda: date.today() + timedelta(days=1)
    _write_and_save(qtbot, window, screen, CARE_WORDS)
    qtbot.waitUntil(screen.care_card.isVisible, timeout=5_000)
    assert not screen.care_card.why.isVisible()
    assert not screen.care_card.turn_off_button.isVisible()
