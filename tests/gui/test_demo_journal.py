"""`innerspace --demo`: a clearly marked sample journal that never touches the person's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace import app
from innerspace.demo import build_demo_journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.preferences import Preferences
from tests.gui.conftest import FakeClock


def test_the_sample_journal_says_what_it_is_and_opens_with_one_key(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    from innerspace.gui.main_window import AppWindow

    folder = tmp_path / "demo"
    passphrase = build_demo_journal(folder)
    window = AppWindow(folder, Preferences(), kdf=FLOOR, clock=clock, demo_passphrase=passphrase)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Sample journal"  # Qt adds " — InnerSpace" itself
    unlock = window.unlock_screen
    assert "made up" in unlock.prompt.text() and passphrase in unlock.prompt.text()
    qtbot.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journal_screen is not None, timeout=10_000)
    screen = window.journal_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.timeline.rowCount() > 50, timeout=10_000)
    window.close()


def test_demo_runs_in_a_temporary_folder_and_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import innerspace.gui.application as application

    seen: list[tuple[Path, str | None]] = []

    def fake_run_app(data_dir: Path, demo_passphrase: str | None = None) -> int:
        assert (data_dir / "journal.key").exists()
        seen.append((data_dir, demo_passphrase))
        return 0

    monkeypatch.setattr(application, "run_app", fake_run_app)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setenv("INNERSPACE_DATA_DIR", str(tmp_path / "my-own-journal"))
    assert app.main(["--demo"]) == 0
    ((folder, passphrase),) = seen
    assert passphrase
    assert not folder.exists()
    assert not (tmp_path / "my-own-journal").exists()
