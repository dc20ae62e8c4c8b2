"""Support now is one click away, even before unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def _support_dialog(window: object) -> SupportNowDialog:
    found = window.findChildren(SupportNowDialog)  # type: ignore[attr-defined]
    assert len(found) == 1
    return found[0]


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
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.guide.running
    assert page.words.text().startswith("Breathe in")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.guide.running
    assert "Stopped" in page.words.text()


def test_support_now_button_is_on_the_journal_and_locking_closes_it(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.mouseClick(screen.support_button, Qt.MouseButton.LeftButton)
    dialog = _support_dialog(window)
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


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


def test_crisis_lines_are_there_without_unlocking_and_the_plan_is_not(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.open_support_now()
    dialog = _support_dialog(window)
    assert dialog.safety_plan is None
    page = dialog.crisis_lines
    page.country.setCurrentIndex(page.country.findData("GB"))
    assert "Emergency number: 999" in page.details.text()
    assert "Samaritans" in page.details.text()
    assert "check" in page.note.text().lower()


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
