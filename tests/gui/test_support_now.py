"""Support now is one click away, even before unlocking, and stays through a lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from innerspace.core.breathing import load_breathing_cautions, load_breathing_patterns
from innerspace.core.support import CARE_SENTENCE, UNLISTED_COUNTRY
from innerspace.gui.main_window import AppWindow
from innerspace.gui.support.support_now import GROUNDING_HOLD_SECONDS, SupportNowDialog
from innerspace.storage.preferences import Preferences, load_preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import FakeClock, WindowFactory, unlock, wait_idle

STEP = 120  # seconds of fake time between looks: well under the five-minute auto-lock


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """A "C" locale names no country: only what a test chooses is ever shown."""
    monkeypatch.setenv("LC_ALL", "C")


def _support_dialog(window: AppWindow) -> SupportNowDialog:
    found = [d for d in window.findChildren(SupportNowDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def _banner(dialog: SupportNowDialog) -> str:
    return " ".join(
        w.text()
        for w in (dialog.care_sentence, dialog.emergency, dialog.first_line, dialog.emergency_note)
        if w.isVisible()
    )


def _lines(dialog: SupportNowDialog) -> str:
    """The crisis lines page as the person reads it, without its markup."""
    return QTextDocumentFragment.fromHtml(dialog.crisis_lines.details.text()).toPlainText()


def _choose_country(qtbot: QtBot, dialog: SupportNowDialog, typed: str) -> None:
    """Type part of the name, take the first suggestion, press Enter: as a person would."""
    chooser = dialog.crisis_lines.country
    dialog.show_tab("lines")
    chooser.setFocus()
    chooser.lineEdit().selectAll()
    qtbot.keyClicks(chooser.lineEdit(), typed)
    popup = chooser.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(chooser.lineEdit(), Qt.Key.Key_Return)


def _let_time_pass(qtbot: QtBot, window: AppWindow, clock: FakeClock, seconds: float) -> None:
    """Fake minutes go by while the real second lets the guides report that they are running."""
    for _ in range(int(seconds // STEP)):
        clock.advance(STEP)
        qtbot.wait(1_200)
        window.idle.check()


def test_breathing_from_the_unlock_screen_without_unlocking(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    qtbot.mouseClick(window.unlock_screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    assert dialog.isVisible() and window.journal_screen is None
    assert "not an emergency service" in dialog.emergency_note.text()
    page = dialog.breathe
    assert page.cautions.isVisible()
    assert page.cautions.text() == load_breathing_cautions()
    assert "If you feel dizzy or light-headed, stop" in page.cautions.text()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.guide.running
    assert page.cautions.isVisible()  # still there while breathing
    assert page.words.text().startswith("Breathe in")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.guide.running
    assert "Stopped" in page.words.text()


def test_four_seven_eight_starts_with_its_four_rounds(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    page = _support_dialog(window).breathe
    four_seven_eight = next(p for p in load_breathing_patterns() if p.default_cycles)
    page.pattern.setFocus()
    while page.chosen_pattern().id != four_seven_eight.id:
        qtbot.keyClick(page.pattern, Qt.Key.Key_Down)
    assert page.length.value() == 4 and "rounds" in page.length.suffix()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.guide.total_seconds == four_seven_eight.default_seconds(0) == 4 * 19
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.pattern, Qt.Key.Key_Home)
    assert page.length.suffix().strip() == "min"


def test_with_no_country_known_no_other_country_is_shown(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    dialog = _support_dialog(window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert CARE_SENTENCE in _banner(dialog)
        assert UNLISTED_COUNTRY in _banner(dialog)
    lines = _lines(dialog)
    assert "Your country isn't in this list" in lines
    for elsewhere in ("911", "988", "Lifeline", "000", "13 11 14"):
        assert elsewhere not in lines and elsewhere not in _banner(dialog)


def test_the_chosen_country_is_shown_everywhere_and_remembered(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    dialog = _support_dialog(window)
    _choose_country(qtbot, dialog, "jap")
    assert load_preferences(data_dir).country == "JP"
    lines = _lines(dialog)
    assert "Emergency in Japan: 119" in lines and "110" in lines
    assert "Yorisoi" in lines
    # A line with no hours says so, with the month the list was checked.
    assert "Hours not listed — may not be open now; list checked" in lines
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        banner = _banner(dialog)
        assert CARE_SENTENCE in banner and "Emergency in Japan: 119" in banner
        assert "0120-279-338" in banner  # the first line
        assert "InnerSpace is not an emergency service" in banner
    dialog.reject()

    window.open_support_now()
    assert "Japan" in _banner(_support_dialog(window))


def test_lines_read_in_words_and_abuse_lines_have_their_own_section(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir, Preferences(country="GB"))
    window.open_support_now()
    lines = _lines(_support_dialog(window))
    assert "Emergency in United Kingdom: 999" in lines
    assert "Samaritans: call 116 123" in lines
    assert "text SHOUT to 85258" in lines
    heading = lines.index("If someone is hurting, threatening or controlling you")
    assert heading > lines.index("Samaritans")


def test_my_country_isnt_listed_wins_over_the_locale(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    dialog = _support_dialog(window)
    assert "United Kingdom" in _banner(dialog)  # the locale's suggestion, until one is chosen
    assert load_preferences(data_dir).country == ""
    _choose_country(qtbot, dialog, "isn't listed")
    assert UNLISTED_COUNTRY in _banner(dialog)
    assert "999" not in _lines(dialog)
    dialog.reject()
    window.open_support_now()
    assert UNLISTED_COUNTRY in _banner(_support_dialog(window))


def test_support_now_stays_open_through_an_auto_lock_and_the_plan_comes_back(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    vault.close()
    window = make_window(data_dir, Preferences(country="GB"))
    screen = unlock(qtbot, window)
    qtbot.mouseClick(screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    dialog.show_tab("plan")
    plan_page = dialog.safety_plan
    assert plan_page is not None
    qtbot.waitUntil(lambda: plan_page.loaded is not None, timeout=10_000)
    qtbot.keyClicks(plan_page.fields["people_i_can_ask"], "Maya (sister)")

    clock.advance(6 * 60)
    window.idle.check()
    assert window.journal_screen is None
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.plan_holder
    assert dialog.plan_holder.currentWidget() is dialog.plan_locked
    assert dialog.plan_locked.text() == (
        "Your safety plan is locked with your journal. Unlock to see it."
    )
    assert dialog.safety_plan is None
    assert not dialog.findChildren(QPlainTextEdit)
    assert "Maya" not in dialog.crisis_lines.own_contacts.text()
    assert "Samaritans" in _lines(dialog)
    wait_idle(qtbot, window)

    unlock(qtbot, window)
    assert dialog.isVisible()
    plan_back = dialog.safety_plan
    assert plan_back is not None
    qtbot.waitUntil(
        lambda: plan_back.fields["people_i_can_ask"].toPlainText() == "Maya (sister)",
        timeout=10_000,
    )
    assert dialog.plan_holder.currentWidget() is plan_back


def test_support_now_opened_before_unlocking_shows_the_plan_after(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now("plan")
    dialog = _support_dialog(window)
    assert dialog.plan_holder.currentWidget() is dialog.plan_locked
    unlock(qtbot, window)
    assert dialog.safety_plan is not None
    assert dialog.plan_holder.currentWidget() is dialog.safety_plan
    window.open_support_now("lines")
    assert _support_dialog(window) is dialog  # one window, brought forward
    assert dialog.tabs.currentWidget() is dialog.crisis_lines


def test_a_running_breathing_guide_keeps_the_journal_open(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.mouseClick(screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    qtbot.mouseClick(dialog.breathe.start_button, Qt.MouseButton.LeftButton)
    _let_time_pass(qtbot, window, clock, 8 * 60)
    assert window.journal_screen is not None

    qtbot.mouseClick(dialog.breathe.start_button, Qt.MouseButton.LeftButton)  # stop
    _let_time_pass(qtbot, window, clock, 6 * 60)
    assert window.journal_screen is None
    assert dialog.isVisible()


def test_a_grounding_walk_keeps_the_journal_open_for_a_while(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_support_now("ground")
    dialog = _support_dialog(window)
    qtbot.mouseClick(dialog.ground.next_button, Qt.MouseButton.LeftButton)
    _let_time_pass(qtbot, window, clock, 8 * 60)
    assert window.journal_screen is not None
    # Left on a step for much longer, the journal locks as usual.
    _let_time_pass(qtbot, window, clock, GROUNDING_HOLD_SECONDS + 6 * 60)
    assert window.journal_screen is None


def test_support_now_from_the_first_run_screen_and_the_country_asked_there(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window(data_dir)
    create = window.create_screen
    assert create is not None
    assert create.country.code() == ""  # nothing guessed from a "C" locale
    create.country.setFocus()
    qtbot.keyClicks(create.country.lineEdit(), "Ireland")
    qtbot.keyClick(create.country.lineEdit(), Qt.Key.Key_Return)
    assert load_preferences(data_dir).country == "IE"
    qtbot.mouseClick(create.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    assert "Emergency in Ireland" in _banner(dialog)
    qtbot.mouseClick(create.start_button, Qt.MouseButton.LeftButton)
    assert create.support_button.isVisible()  # on the passphrase page too


def test_grounding_walks_through_the_five_senses(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    ground = _support_dialog(window).ground
    assert "five things you can see" in ground.step.text()
    assert not ground.back_button.isEnabled()
    for _ in range(5):
        qtbot.mouseClick(ground.next_button, Qt.MouseButton.LeftButton)
    assert "notice how you feel now" in ground.step.text()
    qtbot.mouseClick(ground.next_button, Qt.MouseButton.LeftButton)  # start again
    assert "five things you can see" in ground.step.text()


def test_the_safety_plan_is_saved_encrypted_and_offered_as_contacts(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.storage.safety_plan_store import load_safety_plan
    from tests.conftest import PASSPHRASE

    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_support_now()
    plan_page = _support_dialog(window).safety_plan
    assert plan_page is not None
    qtbot.waitUntil(lambda: plan_page.loaded is not None, timeout=10_000)
    qtbot.keyClicks(plan_page.fields["things_i_can_do_alone"], "Walk round the block")
    qtbot.keyClicks(plan_page.fields["people_i_can_ask"], "Maya (sister)")
    qtbot.mouseClick(plan_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: plan_page.status.text() == "Your plan is saved.", timeout=10_000)
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        plan = load_safety_plan(reopened)
    assert plan.things_i_can_do_alone == ["Walk round the block"]
    assert plan.people_i_can_ask == ["Maya (sister)"]

    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_support_now()
    dialog = _support_dialog(window)
    qtbot.waitUntil(
        lambda: "Maya (sister)" in dialog.crisis_lines.own_contacts.text(), timeout=10_000
    )


# -- the safety plan: examples, reasons for living, copy, print and the lock screen -------------


def test_each_section_shows_an_example_and_reasons_for_living_is_there(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.safety_plan import SECTION_EXAMPLES

    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_support_now("plan")
    page = _support_dialog(window).safety_plan
    assert page is not None
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    for section, edit in page.fields.items():
        assert edit.placeholderText() == SECTION_EXAMPLES[section]
    assert page.fields["reasons_for_living"].accessibleName() == (
        "My reasons for living, and what matters most to me"
    )
    assert not page.when_locked.isChecked()
    assert page.when_locked_means.text().startswith(
        "Anyone who can open this computer's files could read your safety plan."
    )

    qtbot.keyClicks(page.fields["reasons_for_living"], "My dog Pip")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "My reasons for living" in copied and "• My dog Pip" in copied
    # Copied while the journal has the keyboard: cleared when it locks, as any copied text.
    window.lock()
    wait_idle(qtbot, window)
    assert "My dog Pip" not in QApplication.clipboard().text()


def test_the_plan_prints_to_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from innerspace.core.safety_plan import SafetyPlan
    from innerspace.gui.support.plan_sharing import plan_document, print_plan_to

    plan = SafetyPlan(reasons_for_living=["My dog Pip"], people_i_can_ask=["Maya"])
    assert "My dog Pip" in plan_document(plan).toPlainText()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "plan.pdf"))
    print_plan_to(printer, plan)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_the_plan_can_be_read_from_the_lock_screen_only_if_chosen(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, clock: FakeClock
) -> None:
    from innerspace.storage.plan_outside import outside_copy_path

    vault.close()
    copy = outside_copy_path(data_dir)
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.open_support_now("plan")
    dialog = _support_dialog(window)
    page = dialog.safety_plan
    assert page is not None
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    qtbot.keyClicks(page.fields["reasons_for_living"], "My dog Pip")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Your plan is saved.", timeout=10_000)
    assert not copy.exists()  # never without the choice

    page.when_locked.click()
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert "My dog Pip" in copy.read_text("utf-8")
    qtbot.keyClicks(page.fields["people_i_can_ask"], "Maya")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Maya" in copy.read_text("utf-8"), timeout=10_000)

    clock.advance(6 * 60)
    window.idle.check()
    assert window.journal_screen is None
    assert dialog.plan_holder.currentWidget() is dialog.plan_readable
    assert "My dog Pip" in dialog.plan_readable.text.text()
    assert not dialog.findChildren(QPlainTextEdit)
    dialog.reject()
    wait_idle(qtbot, window)
    window.close()

    # A fresh start: Support now from the unlock screen shows it, without the passphrase.
    window = make_window(data_dir)
    qtbot.mouseClick(window.unlock_screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    dialog.show_tab("plan")
    assert dialog.plan_holder.currentWidget() is dialog.plan_readable
    assert "Maya" in dialog.plan_readable.text.text()

    # Turned off again: the file goes, and the lock screen says the plan is locked.
    unlock(qtbot, window)
    page = dialog.safety_plan
    assert page is not None
    qtbot.waitUntil(lambda: page.when_locked.isChecked(), timeout=10_000)
    page.when_locked.click()
    qtbot.waitUntil(lambda: not copy.exists(), timeout=10_000)
    window.lock()
    wait_idle(qtbot, window)
    assert dialog.plan_holder.currentWidget() is dialog.plan_locked
