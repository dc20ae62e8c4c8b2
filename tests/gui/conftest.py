"""GUI fixtures: the real window on a real vault in ``tmp_path``, with a clock tests can move."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.gui.common.accessibility import install_accessible_roles
from innerspace.gui.journal.screen import JournalScreen
from innerspace.gui.main_window import AppWindow
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.preferences import Preferences
from tests.conftest import PASSPHRASE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


WindowFactory = Callable[..., AppWindow]


@pytest.fixture(autouse=True, scope="session")
def accessible_roles() -> None:
    """As the app does at start (``gui.application``), the tests' application names roles."""
    install_accessible_roles()


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock) -> Iterator[WindowFactory]:
    windows: list[AppWindow] = []

    def make(data_dir: Path, prefs: Preferences | None = None) -> AppWindow:
        window = AppWindow(data_dir, prefs or Preferences(), kdf=FLOOR, clock=clock)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


def unlock(qtbot: QtBot, window: AppWindow, passphrase: str = PASSPHRASE) -> JournalScreen:
    """Type the passphrase and press Enter, as a person would, then wait for the journal."""
    field = window.unlock_screen.passphrase.edit
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journal_screen is not None, timeout=10_000)
    screen = window.journal_screen
    assert screen is not None
    # The editor opens for typing once any kept draft is back.
    qtbot.waitUntil(screen.editor.isEnabled, timeout=10_000)
    return screen


def wait_idle(qtbot: QtBot, window: AppWindow) -> None:
    """The database worker and the backup thread both have nothing left to do."""
    qtbot.waitUntil(
        lambda: not window.worker.busy and not (window.backups and window.backups.running),
        timeout=10_000,
    )


@pytest.fixture
def verbose_log(tmp_path: Path) -> Iterator[Path]:
    """Every log line at DEBUG, in a file the test can read for what must never be there."""
    path = tmp_path / "innerspace.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()
