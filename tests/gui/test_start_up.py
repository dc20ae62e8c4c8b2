"""The first window comes before the journal's storage loads: what is decided without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from innerspace.gui import application
from innerspace.gui.application import after_first_paint
from innerspace.gui.security.unlock_screen import journal_exists
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault, vault_exists
from tests.conftest import PASSPHRASE


def test_the_window_knows_a_journal_is_there_as_the_vault_does(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    assert journal_exists(folder) is vault_exists(folder) is False
    folder.mkdir()
    assert journal_exists(folder) is vault_exists(folder) is False
    Vault.create(folder, PASSPHRASE, kdf=FLOOR, with_recovery_key=False)[0].close()
    assert journal_exists(folder) is vault_exists(folder) is True


class PaintedLabel(QLabel):
    painted = 0

    def paintEvent(self, event: object) -> None:
        self.painted += 1
        super().paintEvent(event)  # type: ignore[arg-type]


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot: QtBot) -> None:
    window = PaintedLabel("InnerSpace")
    qtbot.addWidget(window)
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(window.painted))
    qtbot.wait(20)
    assert runs == []  # not shown yet: nothing painted
    window.show()
    qtbot.waitUntil(lambda: runs != [], timeout=2000)
    assert runs[0] >= 1
    window.update()
    qtbot.wait(50)
    assert len(runs) == 1


def test_a_window_never_painted_still_gets_the_work_soon(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shown on a workspace no one looks at, say: Qt's settings still become private.
    monkeypatch.setattr(application, "LATEST_AFTER_SHOWING_MS", 30)
    window = PaintedLabel("InnerSpace")
    qtbot.addWidget(window)
    runs: list[int] = []
    after_first_paint(window, lambda: runs.append(window.painted))
    qtbot.waitUntil(lambda: runs == [0], timeout=2000)
