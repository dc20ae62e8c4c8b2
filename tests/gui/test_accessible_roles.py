"""The controls the app paints itself tell a screen reader what they are, not only their name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


def _read(widget: QWidget) -> tuple[QAccessible.Role, str, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (
        interface.role(),
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


def test_the_mood_scale_and_the_feeling_map_read_as_sliders_with_their_value(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    window.resize(1400, 900)
    screen = unlock(qtbot, window)
    panel = screen.editor.feelings
    scale = panel.mood.scale
    role, name, _ = _read(scale)
    assert role == QAccessible.Role.Slider
    assert name.startswith("Overall mood")
    scale.setFocus()
    qtbot.keyClick(scale, "7")
    assert "7" in _read(scale)[2]

    feeling_map = panel.picker.map
    role, name, description = _read(feeling_map)
    assert role == QAccessible.Role.Slider
    assert name == "Feeling map" and description


def test_every_patterns_chart_reads_as_a_chart(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.show_patterns()
    patterns = window.findChild(PatternsScreen)
    assert patterns is not None
    charts = [w for w in patterns.findChildren(QWidget) if hasattr(type(w), "ACCESSIBLE_ROLE")]
    assert charts
    assert {_read(chart)[0] for chart in charts} == {QAccessible.Role.Chart}
