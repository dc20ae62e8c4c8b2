"""The prompt screens on a real vault: browsing, marking, writing one's own prompts, packs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from innerspace.core.prompts import APPROACHES, builtin_packs, builtin_prompts, filter_prompts
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.prompts.browser import PromptBrowser, PromptDialog
from innerspace.gui.prompts.prompt_model import (
    PromptIdRole,
    approach_explanation,
    approach_name,
)
from innerspace.gui.prompts.prompt_of_the_day import PromptOfTheDayCard
from innerspace.gui.prompts.prompt_panel import PromptDetails, PromptPanel
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock

BUILTIN = builtin_prompts()


@pytest.fixture
def worker(vault: Vault) -> Iterator[DatabaseWorker]:
    # Depends on the vault so that it stops before the vault is closed.
    db_worker = DatabaseWorker()
    yield db_worker
    db_worker.wait(10)
    db_worker.shutdown()


@pytest.fixture
def browser(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> PromptBrowser:
    screen = PromptBrowser(worker, vault)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    return screen


def wait_idle(qtbot: QtBot, worker: DatabaseWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)


def reopened_library(vault: Vault, data_dir: Path) -> PromptLibrary:
    """Lock the journal and unlock it again, so what we read was really stored."""
    vault.close()
    return PromptLibrary(Vault.unlock(data_dir, PASSPHRASE))


def shown_ids(browser: PromptBrowser) -> list[str]:
    proxy = browser.proxy
    return [proxy.index(row, 0).data(PromptIdRole) for row in range(proxy.rowCount())]


def click_row(qtbot: QtBot, browser: PromptBrowser, row: int) -> str:
    view = browser.list_view
    index = browser.proxy.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    prompt_id = browser.current_prompt_id()
    assert prompt_id == index.data(PromptIdRole)
    return prompt_id


def click_box(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose_by_mouse(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    # The popup ignores a release that comes sooner than a double click would.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    where = view.visualRect(index).center()
    qtbot.mouseMove(view.viewport(), where)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: combo.currentText() == text)


def write_pack(path: Path, prompts: list[dict[str, object]]) -> Path:
    pack = {
        "format": "innerspace-prompt-pack",
        "format_version": 1,
        "id": "evening-wind-down",
        "title": "Evening wind-down",
        "prompts": prompts,
    }
    path.write_text(json.dumps(pack), encoding="utf-8")
    return path


def import_through_dialog(qtbot: QtBot, browser: PromptBrowser, path: Path) -> None:
    qtbot.mouseClick(browser.import_button, Qt.MouseButton.LeftButton)
    dialog = browser.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


# -- filtering ---------------------------------------------------------------------------------


def test_the_list_shows_every_prompt_and_says_how_many(browser: PromptBrowser) -> None:
    assert browser.proxy.rowCount() == len(BUILTIN)
    assert browser.count_label.text() == f"{len(BUILTIN)} prompts"
    assert browser.details.empty.isVisible()
    assert not browser.write_button.isVisible()


def test_filters_chosen_by_keyboard_narrow_the_list(qtbot: QtBot, browser: PromptBrowser) -> None:
    # Alt+A jumps to the approach filter; the arrow keys then choose, as a person would.
    browser.list_view.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert browser.approach_filter.hasFocus()
    qtbot.keyClick(browser.approach_filter, Qt.Key.Key_Down)  # the first approach: CBT
    qtbot.keyClick(browser, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(browser.depth_filter, Qt.Key.Key_Down)  # light
    qtbot.keyClick(browser, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(browser.length_filter, Qt.Key.Key_Down)  # up to 5 minutes

    expected = filter_prompts(BUILTIN, approach="cbt", depth="light", max_minutes=5)
    assert 0 < len(expected) < len(BUILTIN)
    assert browser.approach_filter.currentText() == "Thoughts and feelings (CBT)"
    assert browser.depth_filter.currentText() == "Light"
    assert browser.length_filter.currentText() == "Up to 5 minutes"
    assert shown_ids(browser) == [p.id for p in expected]
    assert browser.count_label.text() == f"Showing {len(expected)} of {len(BUILTIN)} prompts"


def test_filters_chosen_by_mouse_narrow_the_list(qtbot: QtBot, browser: PromptBrowser) -> None:
    choose_by_mouse(qtbot, browser.approach_filter, "Mindfulness")
    choose_by_mouse(qtbot, browser.depth_filter, "Moderate")
    choose_by_mouse(qtbot, browser.length_filter, "Up to 10 minutes")

    expected = filter_prompts(BUILTIN, approach="mindfulness", depth="moderate", max_minutes=10)
    assert 0 < len(expected) < len(BUILTIN)
    assert shown_ids(browser) == [p.id for p in expected]
    assert browser.count_label.text() == f"Showing {len(expected)} of {len(BUILTIN)} prompts"


def test_nothing_matching_explains_and_offers_to_show_all(
    qtbot: QtBot, browser: PromptBrowser
) -> None:
    qtbot.keyClicks(browser.search_field, "zebra crossing")
    assert browser.proxy.rowCount() == 0
    assert browser.list_stack.currentWidget() is not browser.list_view
    assert "No prompts match what you chose" in browser.empty_label.text()
    qtbot.mouseClick(browser.show_all_button, Qt.MouseButton.LeftButton)
    assert browser.search_field.text() == ""
    assert browser.proxy.rowCount() == len(BUILTIN)


def test_favourites_only_with_none_yet_explains(qtbot: QtBot, browser: PromptBrowser) -> None:
    click_box(qtbot, browser.favourites_only)
    assert browser.favourites_only.isChecked()
    assert browser.proxy.rowCount() == 0
    assert "Prompts you mark as a favourite will gather here" in browser.empty_label.text()


# -- marks -------------------------------------------------------------------------------------


def test_favourite_and_hide_are_kept_in_the_journal(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    favourite = click_row(qtbot, browser, 2)
    assert browser.favourite_button.text() == "★ Favourite"
    qtbot.mouseClick(browser.favourite_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    assert browser.favourite_button.text() == "☆ Unfavourite"

    hidden = click_row(qtbot, browser, 5)
    qtbot.mouseClick(browser.hide_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    assert hidden not in shown_ids(browser)
    assert browser.count_label.text() == f"Showing {len(BUILTIN) - 1} of {len(BUILTIN)} prompts"
    assert "Show hidden" in browser.notice_text.text()

    click_box(qtbot, browser.show_hidden)
    assert hidden in shown_ids(browser)
    click_box(qtbot, browser.show_hidden)
    click_box(qtbot, browser.favourites_only)
    assert shown_ids(browser) == [favourite]

    library = reopened_library(vault, data_dir)
    assert library.favourites() == {favourite}
    assert library.hidden() == {hidden}
    library.vault.close()


def test_unhide_brings_a_prompt_back(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    PromptLibrary(vault).hide(BUILTIN[0].id)
    screen = PromptBrowser(worker, vault)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10_000)
    assert BUILTIN[0].id not in shown_ids(screen)
    click_box(qtbot, screen.show_hidden)
    assert screen.select(BUILTIN[0].id)
    assert screen.hide_button.text() == "Unhide"
    qtbot.mouseClick(screen.hide_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    assert screen.hide_button.text() == "Hide"
    assert reopened_library(vault, data_dir).hidden() == set()


def test_write_about_this_names_the_prompt(qtbot: QtBot, browser: PromptBrowser) -> None:
    chosen = click_row(qtbot, browser, 4)
    with qtbot.waitSignal(browser.write_requested, timeout=1000) as by_mouse:
        qtbot.mouseClick(browser.write_button, Qt.MouseButton.LeftButton)
    assert by_mouse.args == [chosen]

    qtbot.keyClick(browser.list_view, Qt.Key.Key_Down)
    following = browser.current_prompt_id()
    assert following is not None and following != chosen
    with qtbot.waitSignal(browser.write_requested, timeout=1000) as by_keyboard:
        qtbot.keyClick(browser.list_view, Qt.Key.Key_Return)
    assert by_keyboard.args == [following]


def test_a_healing_prompt_shows_its_content_note_first(
    qtbot: QtBot, browser: PromptBrowser
) -> None:
    healing = next(p for p in BUILTIN if p.approach == "healing")
    assert browser.select(healing.id)
    note = browser.details.note
    assert note.isVisible()
    assert note.note.text() == healing.content_note
    assert "stop" in note.reminder.text()
    assert note.y() < browser.details.text.y()
    assert browser.details.text.text() == healing.text
    assert browser.details.summary.text() == "Healing past hurts · " + (
        f"{healing.depth.capitalize()} · about {healing.minutes} min"
    )


def test_the_opt_in_for_healing_prompts_is_kept(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    assert not browser.opt_in.isChecked()
    assert "painful memories" in browser.opt_in_note.text()
    click_box(qtbot, browser.opt_in)
    wait_idle(qtbot, worker)
    assert reopened_library(vault, data_dir).include_opt_in()


# -- packs -------------------------------------------------------------------------------------


def test_a_broken_pack_shows_every_problem_and_adds_nothing(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    path = write_pack(
        tmp_path / "broken.json",
        [
            {
                "id": "calm-1",
                "text": "What helped you rest today?",
                "approach": "growth",
                "themes": ["rest"],
                "depth": "heavy",
                "minutes": 5,
            },
            {
                "id": "old-hurt",
                "text": "Write about an old hurt.",
                "approach": "healing",
                "themes": ["past"],
                "depth": "deep",
                "minutes": 500,
            },
        ],
    )
    import_through_dialog(qtbot, browser, path)
    wait_idle(qtbot, worker)

    assert browser.notice.isVisible()
    assert "nothing from it was added" in browser.notice_text.text()
    assert "the 3 things that need fixing" in browser.notice_text.text()
    problems = browser.problems.toPlainText()
    assert "Prompt 1 ('calm-1')'s depth 'heavy' is not one of: light, moderate, deep." in problems
    assert "Prompt 2 ('old-hurt')'s minutes must be between 1 and 120, not 500." in problems
    assert "Prompt 2 ('old-hurt') needs a content note" in problems
    assert browser.model.rowCount() == len(BUILTIN)
    assert PromptLibrary(vault).imported_packs() == []
    assert browser.import_button.isEnabled()


def test_a_valid_pack_adds_its_prompts_and_shows_them(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault, tmp_path: Path
) -> None:
    prompts: list[dict[str, object]] = [
        {
            "id": f"evening-{n}",
            "text": f"Lanternlight question {n}: what would you like to set down tonight?",
            "approach": "mindfulness",
            "themes": ["evening"],
            "depth": "light",
            "minutes": 3,
            "follow_ups": ["Where do you feel it in your body?"],
        }
        for n in (1, 2, 3)
    ]
    import_through_dialog(qtbot, browser, write_pack(tmp_path / "evening.json", prompts))
    wait_idle(qtbot, worker)

    assert browser.notice_text.text() == "Added 3 prompts from “Evening wind-down”."
    assert not browser.problems.isVisible()
    assert browser.count_label.text() == f"{len(BUILTIN) + 3} prompts"
    qtbot.keyClicks(browser.search_field, "lanternlight")
    assert shown_ids(browser) == [f"evening-wind-down/evening-{n}" for n in (1, 2, 3)]
    assert browser.theme_filter.findText("evening") > 0
    assert [p.id for p in PromptLibrary(vault).pack_prompts()] == shown_ids(browser)

    # The same file again changes nothing, and says so.
    import_through_dialog(qtbot, browser, tmp_path / "evening.json")
    wait_idle(qtbot, worker)
    assert "nothing changed" in browser.notice_text.text()
    assert browser.model.rowCount() == len(BUILTIN) + 3


# -- the person's own prompts ------------------------------------------------------------------


def open_dialog(qtbot: QtBot, browser: PromptBrowser, button: QPushButton) -> PromptDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = browser.findChild(PromptDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save_dialog(qtbot: QtBot, dialog: PromptDialog) -> None:
    save = next(b for b in dialog.buttons.buttons() if b.text() == "&Save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_own_prompts_round_trip_through_the_journal(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault, data_dir: Path
) -> None:
    click_box(qtbot, browser.own_only)
    assert "Prompts you write yourself will appear here" in browser.empty_label.text()
    assert browser.empty_add_button.isVisible()

    dialog = open_dialog(qtbot, browser, browser.add_button)
    qtbot.keyClicks(dialog.text, "What did my body tell me before the meeting?")
    qtbot.keyClicks(dialog.themes, "work, Body Signals")
    dialog.follow_ups.setFocus()
    qtbot.keyClicks(dialog.follow_ups, "Where did I feel it?")
    dialog.approach.setCurrentIndex(dialog.approach.findData("mindfulness"))
    save_dialog(qtbot, dialog)
    wait_idle(qtbot, worker)
    wait_idle(qtbot, worker)

    assert browser.notice_text.text() == "Your prompt is saved."
    own = PromptLibrary(vault).custom_prompts()
    assert len(own) == 1
    assert own[0].text == "What did my body tell me before the meeting?"
    assert own[0].themes == ("work", "body-signals")
    assert own[0].follow_ups == ("Where did I feel it?",)
    assert browser.current_prompt_id() == own[0].id
    assert browser.details.text.text() == own[0].text
    assert browser.edit_button.isVisible() and browser.delete_button.isVisible()

    dialog = open_dialog(qtbot, browser, browser.edit_button)
    assert dialog.text.toPlainText() == own[0].text
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "What did my body notice first?")
    save_dialog(qtbot, dialog)
    wait_idle(qtbot, worker)
    wait_idle(qtbot, worker)
    assert [p.text for p in PromptLibrary(vault).custom_prompts()] == [
        "What did my body notice first?"
    ]
    assert browser.details.text.text() == "What did my body notice first?"

    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    box = browser.findChild(QMessageBox)
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    wait_idle(qtbot, worker)
    assert browser.proxy.rowCount() == 0
    assert "Prompts you write yourself will appear here" in browser.empty_label.text()
    assert reopened_library(vault, data_dir).custom_prompts() == []


def test_an_own_healing_prompt_needs_a_content_note(
    qtbot: QtBot, browser: PromptBrowser, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = open_dialog(qtbot, browser, browser.add_button)
    save_dialog(qtbot, dialog)
    assert dialog.isVisible()
    assert "Please write the prompt itself." in dialog.error.text()

    qtbot.keyClicks(dialog.text, "What did I need back then?")
    dialog.approach.setCurrentIndex(dialog.approach.findData("healing"))
    save_dialog(qtbot, dialog)
    assert dialog.isVisible()
    assert "need a content note" in dialog.error.text()

    qtbot.keyClicks(dialog.note, "This touches on childhood. You can stop at any time.")
    save_dialog(qtbot, dialog)
    wait_idle(qtbot, worker)
    qtbot.waitUntil(lambda: browser.findChild(PromptDialog) is None)
    [stored] = PromptLibrary(vault).custom_prompts()
    assert stored.approach == "healing"
    assert stored.themes == ("personal",)
    assert browser.details.note.isVisible()


# -- the panel beside the editor, and the card -------------------------------------------------


def test_the_panel_is_a_compact_header_with_follow_ups_and_the_note_one_click_away(
    qtbot: QtBot,
) -> None:
    panel = PromptPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 600)
    panel.show()

    asking = next(p for p in BUILTIN if len(p.follow_ups) > 1)
    panel.set_prompt(asking)
    assert panel.headline.text() == asking.text
    assert not panel.details.isVisible()  # folded: the question only
    assert panel.sizeHint().height() < 6 * panel.fontMetrics().lineSpacing()
    qtbot.mouseClick(panel.expand_button, Qt.MouseButton.LeftButton)
    assert panel.details.isVisible()
    for question in asking.follow_ups:
        assert question in panel.details.follow_ups.text()
    assert panel.details.follow_ups_heading.isVisible()
    assert not panel.details.note.isVisible()
    assert not panel.details.text.isVisible()  # said once, in the header

    healing = next(p for p in BUILTIN if p.approach == "healing")
    panel.set_prompt(healing)
    assert panel.details.note.isVisible()
    assert panel.details.note.note.text() == healing.content_note
    assert not panel.details.follow_ups.isVisible()

    with qtbot.waitSignal(panel.choose_another_requested, timeout=1000):
        qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.dismissed, timeout=1000):
        qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    panel.clear()
    assert panel.prompt is None
    assert not panel.details.isVisible() and not panel.expand_button.isVisible()


def test_the_card_shows_the_prompt_of_the_day(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    day = date(2025, 3, 14)
    library = PromptLibrary(vault)
    expected = library.prompt_of_the_day(day)
    assert expected is not None and expected.approach != "healing"
    card = PromptOfTheDayCard()
    qtbot.addWidget(card)
    card.show()
    card.load(worker, library, day)
    wait_idle(qtbot, worker)

    assert card.text.text() == expected.text
    assert card.summary.isVisible()
    with qtbot.waitSignal(card.write_requested, timeout=1000) as written:
        qtbot.mouseClick(card.write_button, Qt.MouseButton.LeftButton)
    assert written.args == [expected.id]
    with qtbot.waitSignal(card.browse_requested, timeout=1000):
        qtbot.mouseClick(card.another_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(card.not_today, timeout=1000):
        qtbot.mouseClick(card.not_today_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()


def test_the_card_without_a_prompt_says_what_to_do(qtbot: QtBot) -> None:
    card = PromptOfTheDayCard()
    qtbot.addWidget(card)
    card.show()
    card.set_prompt(None)
    assert "no prompt to offer today" in card.text.text()
    assert not card.write_button.isVisible()
    assert card.another_button.text() == "&Browse prompts"


def test_prompts_about_someone_harming_you_show_your_countrys_abuse_line(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.gui.prompts.prompt_panel import ContentNote
    from innerspace.storage.preferences import Preferences

    vault.close()
    ContentNote.safety_lines = ""
    # The lines are looked up when the journal opens, where prompts can be shown.
    window = make_window(data_dir, Preferences(country="GB"))
    unlock(qtbot, window)
    assert ContentNote.safety_lines  # Great Britain has a national domestic abuse line
    panel = PromptPanel()
    qtbot.addWidget(panel)
    panel.show()
    repair = next(p for p in BUILTIN if p.id == "rel-repair-01")
    panel.set_prompt(repair)
    panel.set_expanded(True)
    note = panel.details.note
    assert note.lines.isVisible() and note.lines.text() == ContentNote.safety_lines
    calm = next(p for p in BUILTIN if p.content_note and "safety comes first" not in p.content_note)
    panel.set_prompt(calm)
    assert not note.lines.isVisible() and note.lines.text() == ""
    window.apply_preferences(Preferences(country="XX"))  # not listed: no line to show
    assert ContentNote.safety_lines == ""


def test_each_approach_is_explained_in_one_line_where_its_name_appears(
    qtbot: QtBot,
) -> None:

    for approach in APPROACHES:
        line = approach_explanation(approach)
        assert line.endswith(".") and line.count(".") <= 2, approach
    # A built-in pack is called what the browser calls its approach.
    for pack in builtin_packs():
        (approach,) = {prompt.approach for prompt in pack.prompts}
        assert pack.title == approach_name(approach)

    details = PromptDetails("Choose a prompt")
    qtbot.addWidget(details)
    details.show()
    cbt = next(p for pack in builtin_packs() for p in pack.prompts if p.approach == "cbt")
    details.show_prompt(cbt)
    assert details.approach.isVisible()
    assert "cognitive behavioural therapy" in details.approach.text()


def test_the_prompt_of_the_day_with_a_content_note_stays_a_few_lines_high(qtbot: QtBot) -> None:
    noted = next(p for p in builtin_prompts() if p.content_note and len(p.text) > 150)
    card = PromptOfTheDayCard()
    qtbot.addWidget(card)
    card.set_prompt(noted)
    card.resize(700, 400)
    card.show()
    layout = card.layout()
    assert layout is not None
    lines = layout.heightForWidth(700) / card.fontMetrics().height()
    assert lines < 11  # the full note box beside the editor takes 14
    # The note is never hidden; the reminder to pause is its description and tooltip.
    assert card.note.note.isVisible() and card.note.note.text() == noted.content_note
    assert "Support now" in card.note.note.accessibleDescription()
    assert "Support now" in card.note.toolTip()
