"""Every room fits a 1024 × 700 window, at the usual text size and at half again as large.

A room wider than the window would make the window grow past the screen's edge, cutting off
its buttons, and it would stay that wide in every other room too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


@pytest.mark.parametrize("scale", [100, 150])
def test_no_room_makes_the_window_wider_than_1024(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, scale: int
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.resize(1024, 700)
    unlock(qtbot, window)
    rooms = window.session
    assert rooms is not None
    try:
        window.apply_preferences(Preferences(interface_text_scale=scale))
        for index in range(rooms.count()):
            rooms.setCurrentIndex(index)
            qtbot.waitUntil(lambda: rooms.currentWidget().isVisible())
            room = rooms.currentWidget()
            name = rooms.tabText(index)
            assert room.minimumSizeHint().width() <= 1024 - 40, name
            assert window.minimumSizeHint().width() <= 1024, name
            assert window.width() <= 1024, name
    finally:
        window.apply_preferences(Preferences())
