"""The writing room: the text gets the space, and the window is kept as the person left it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.gui.journal.screen import JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.storage.preferences import Preferences, load_preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def _text_share(window: AppWindow, screen: JournalScreen) -> float:
    return screen.editor.text.width() / window.width()


def _open_at(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, width: int, height: int
) -> tuple[AppWindow, JournalScreen]:
    window = make_window(data_dir)
    window.resize(width, height)
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.editor.text.width() > 100)
    return window, screen


def test_the_text_gets_the_room_at_1024_by_700(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    panel = screen.editor.feelings
    assert panel.is_expanded()
    assert _text_share(window, screen) >= 0.40
    # Every control in the open panel fits its width: nothing is clipped at the right.
    assert panel.body.widget().width() <= panel.body.viewport().width()

    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _text_share(window, screen) >= 0.55)
    assert not panel.body.isVisible()
    assert panel.width() < 0.15 * window.width()  # a slim strip
    assert panel.toggle.text() == "Feelings"


def test_the_text_gets_half_the_window_at_1600_by_1000_as_the_app_opens(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window, screen = _open_at(qtbot, make_window, data_dir, 1600, 1000)
    assert screen.editor.feelings.is_expanded()
    assert screen.timeline_pane.isVisible()
    assert _text_share(window, screen) >= 0.50


def test_a_narrow_window_opens_with_the_feelings_folded_until_the_person_chooses(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    # 960 wide is a 1920 × 1080 screen at 200%: the text keeps the room.
    window, screen = _open_at(qtbot, make_window, data_dir, 960, 540)
    assert not screen.editor.feelings.is_expanded()
    assert _text_share(window, screen) >= 0.50
    window.close()

    # Once the person has opened it, it opens as they left it, whatever the width.
    again = make_window(data_dir, Preferences(feelings_open=True))
    again.resize(960, 540)
    assert unlock(qtbot, again).editor.feelings.is_expanded()


def test_the_strip_counts_the_feelings_named(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    _window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    panel = screen.editor.feelings
    qtbot.keyClicks(panel.picker.search, "calm")
    qtbot.keyClick(panel.picker.search, Qt.Key.Key_Return)
    panel.mood.scale.setFocus()
    qtbot.keyClick(panel.mood.scale, Qt.Key.Key_7)
    screen.feelings_action.trigger()
    assert not panel.is_expanded()
    assert panel.toggle.text() == "Feelings · 2"
    screen.feelings_action.trigger()
    assert panel.is_expanded() and panel.body.isVisible()


def test_the_timeline_hides_with_a_shortcut_and_gives_its_width_to_the_text(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    _window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    before = screen.editor.text.width()
    screen.editor.text.setFocus()
    qtbot.keyClick(
        screen.editor.text,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not screen.timeline_pane.isVisible()
    assert not screen.timeline_button.isChecked()
    qtbot.waitUntil(lambda: screen.editor.text.width() > before + 150)
    qtbot.mouseClick(screen.timeline_button, Qt.MouseButton.LeftButton)
    assert screen.timeline_pane.isVisible()


def test_focus_mode_shows_only_the_text_and_a_word_count(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    editor = screen.editor
    qtbot.keyClicks(editor.text, "Only these words")
    qtbot.keyClick(editor.text, Qt.Key.Key_F11)
    assert screen.in_focus_mode()
    qtbot.waitUntil(window.isFullScreen)
    for hidden in (
        screen.toolbar,
        screen.timeline_pane,
        editor.feelings,
        editor.heading_row,
        editor.tags,
        editor.save_button,
        window.menuBar(),
    ):
        assert not hidden.isVisible()
    assert editor.text.isVisible() and editor.words.isVisible()
    assert editor.text.hasFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Escape)
    assert not screen.in_focus_mode()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    for shown in (screen.toolbar, screen.timeline_pane, editor.feelings, window.menuBar()):
        assert shown.isVisible()
    assert editor.body() == "Only these words"


def test_the_window_and_its_panels_are_kept_as_the_person_left_them(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window, screen = _open_at(qtbot, make_window, data_dir, 760, 600)
    screen.timeline_action.trigger()
    screen.feelings_action.trigger()  # opened: folded at first in a window this narrow
    screen.feelings_action.trigger()
    size = (window.width(), window.height())
    window.close()
    prefs = load_preferences(data_dir)
    assert not prefs.timeline_shown and not prefs.feelings_open and prefs.window_geometry

    again = make_window(data_dir, prefs)
    room = QGuiApplication.primaryScreen().availableGeometry()
    # Its size comes back (within this screen, less the frame Qt keeps on it).
    assert min(size[0], room.width()) - 10 <= again.width() <= room.width()
    assert min(size[1], room.height()) - 10 <= again.height() <= room.height()
    screen = unlock(qtbot, again)
    assert not screen.timeline_pane.isVisible()
    assert not screen.editor.feelings.is_expanded()


def test_the_window_is_never_larger_than_the_screen(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    room = QGuiApplication.primaryScreen().availableGeometry()
    fresh = make_window(data_dir)
    assert fresh.width() <= room.width() and fresh.height() <= room.height()
    fresh.resize(room.width() * 3, room.height() * 3)
    geometry = bytes(fresh.saveGeometry().toBase64().data()).decode("ascii")
    fresh.close()
    # Saved on a much bigger screen: brought back within this one.
    again = make_window(data_dir, Preferences(window_geometry=geometry))
    assert again.width() <= room.width() and again.height() <= room.height()
    assert QByteArray.fromBase64(geometry.encode()).size() > 0


def test_the_app_text_size_applies_to_every_screen(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    before = screen.new_button.font().pointSizeF()
    try:
        window.apply_preferences(Preferences(interface_text_scale=150))
        qtbot.waitUntil(lambda: screen.new_button.font().pointSizeF() > before * 1.4)
        assert load_preferences(data_dir).interface_text_scale == 150
    finally:
        window.apply_preferences(Preferences())
    assert abs(screen.new_button.font().pointSizeF() - before) < 0.01


def test_at_large_text_the_open_feelings_panel_takes_the_timelines_place(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, screen = _open_at(qtbot, make_window, data_dir, 1024, 700)
    try:
        panel = screen.editor.feelings
        assert panel.is_expanded() and screen.timeline_pane.isVisible()  # room for both at 100%
        window.apply_preferences(Preferences(interface_text_scale=150))
        qtbot.waitUntil(lambda: panel.body.isVisible() and not screen.timeline_pane.isVisible())
        assert window.width() <= 1024
        # Nothing in the panel is cut at the right (once the layout has settled), and the text
        # keeps a usable width.
        qtbot.waitUntil(lambda: panel.body.widget().width() <= panel.body.viewport().width())
        assert screen.editor.text.width() >= screen.fontMetrics().horizontalAdvance("n") * 30
        assert screen.timeline_shown()  # still the person's choice, for next time

        # Asking for the timeline folds the panel to make room; folding gives it back too.
        qtbot.mouseClick(screen.timeline_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(screen.timeline_pane.isVisible)
        assert not panel.is_expanded()
        screen.feelings_action.trigger()
        qtbot.waitUntil(lambda: not screen.timeline_pane.isVisible())
        screen.feelings_action.trigger()
        qtbot.waitUntil(screen.timeline_pane.isVisible)
        assert screen.timeline_button.isChecked()
    finally:
        window.apply_preferences(Preferences())
