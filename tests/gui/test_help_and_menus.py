"""Help that helps: a shortcuts sheet, plain explanations, menus that open by their letters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from innerspace.gui.help.explanations_dialog import ExplanationsDialog
from innerspace.gui.help.shortcuts_sheet import ShortcutsSheet, shortcut_rows
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def _mnemonics(texts: list[str]) -> list[str]:
    letters = []
    for text in texts:
        i = text.replace("&&", "").find("&")
        if i >= 0:
            letters.append(text.replace("&&", "")[i + 1].lower())
    return letters


def test_menus_and_tabs_never_share_a_letter(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    menus = [a.text() for a in window.menuBar().actions()]
    tabs = [window.session.tabText(i) for i in range(window.session.count())]  # type: ignore[union-attr]
    editor_tabs = [screen.editor.tabs.tabText(i) for i in range(screen.editor.tabs.count())]
    letters = _mnemonics(menus + tabs + editor_tabs)
    assert len(letters) == len(set(letters)), letters
    assert {"j", "v"} <= set(_mnemonics(menus))


def test_no_two_items_of_a_menu_share_a_letter(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = _mnemonics(items)
        assert len(letters) == len(set(letters)), (menu_action.text(), items)


def test_the_shortcuts_sheet_lists_what_the_window_really_does(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsSheet))
    rows = {
        sheet.model.item(r, 0).text(): sheet.model.item(r, 1).text()
        for r in range(sheet.model.rowCount())
    }
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Focus mode"] == "F11"
    assert rows["Show timeline"] == "Ctrl+Shift+T"
    assert "Leave focus mode" in rows


def test_shortcut_rows_drop_mnemonics_and_keep_literal_ampersands() -> None:
    rows = shortcut_rows([QAction("Save && close"), QAction("&Lock")])
    assert rows == []  # no shortcuts set
    with_keys = QAction("Save && &close")
    with_keys.setShortcut("Ctrl+W")
    assert shortcut_rows([with_keys]) == [("Save & close", "Ctrl+W")]


def test_plain_answers_to_what_is_this(qtbot: QtBot) -> None:
    dialog = ExplanationsDialog("safety-plan")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "warning signs" in dialog.text.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    assert "thoughts, feelings and actions" in dialog.text.toPlainText()
    titles = [dialog.titles.index(r).data() for r in range(dialog.titles.rowCount())]
    assert "Is InnerSpace therapy?" in titles


def test_the_exercises_menu_says_what_each_one_is(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xercises")
    assert isinstance(menu, QMenu) and menu.toolTipsVisible()
    tips = {a.text(): a.toolTip() for a in menu.actions()}
    assert tips["Thought record"].startswith("A thought record helps you slow down")


def test_support_now_opens_from_the_help_menu_and_its_shortcut(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    screen.editor.setFocus()
    qtbot.keyClick(
        screen.editor,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SupportNowDialog)))
    for dialog in window.findChildren(SupportNowDialog):
        dialog.close()
    window.support_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SupportNowDialog)))
