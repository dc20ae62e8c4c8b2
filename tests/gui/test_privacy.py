"""What a person writes never leaves the vault: not in files at rest, logs or settings.

SECURITY.md tests 1 and 10, driven through the app the way a person uses it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock, wait_idle

CANARY = "CANARY-q8z-bluebell-lighthouse"


def _files_containing(folder: Path, needle: str) -> list[str]:
    patterns = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    return [
        str(path)
        for path in folder.rglob("*")
        if path.is_file() and any(p in path.read_bytes() for p in patterns)
    ]


def test_the_canary_stays_out_of_files_logs_and_settings(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    verbose_log: Path,
) -> None:
    vault.close()
    window = make_window(data_dir)
    screen = unlock(qtbot, window)
    qtbot.keyClicks(screen.editor.title, f"Title {CANARY}")
    qtbot.keyClicks(screen.editor.tags, f"tag{CANARY}")
    screen.editor.text.setFocus()
    qtbot.keyClicks(screen.editor.text, f"Body {CANARY}")
    screen.save_draft()
    wait_idle(qtbot, window)
    screen.save_entry()
    wait_idle(qtbot, window)
    qtbot.keyClicks(screen.editor.text, f" and a draft {CANARY}")
    screen.save_draft()
    qtbot.keyClicks(screen.search_field, CANARY)
    qtbot.waitUntil(lambda: screen.results.rowCount() == 1, timeout=10_000)
    window.open_settings()
    window.apply_preferences(window.prefs)  # writes settings.json
    wait_idle(qtbot, window)

    assert _files_containing(data_dir, CANARY) == []  # while open
    assert (data_dir / "settings.json").exists()

    qtbot.keyClick(screen.editor.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    window.close()
    assert _files_containing(data_dir, CANARY) == []  # after close
    log_text = verbose_log.read_text(encoding="utf-8")
    assert "journal unlocked" in log_text  # the log did record events
    assert CANARY not in log_text
    assert window.windowTitle() == "InnerSpace"
