"""The Patterns screen on a real vault: figures match the entries, and drill-down finds them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.gui.patterns_screen import PatternsScreen
from innerspace.gui.worker import DatabaseWorker
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))


def _add(
    vault: Vault,
    when: datetime,
    feelings: list[tuple[str, int]],
    mood: int | None = None,
    contexts: tuple[tuple[str, str], ...] = (),
) -> int:
    entry = Journal(vault).add(Entry(body="words", created=when, updated=when))
    assert entry.id is not None
    store = Feelings(vault)
    store.set_emotions(entry.id, [EmotionTag(e, i) for e, i in feelings])
    if mood is not None:
        store.set_mood(entry.id, mood)
    store.set_contexts(entry.id, contexts)
    return entry.id


@pytest.fixture
def ids(vault: Vault) -> dict[str, int]:
    return {
        "walk": _add(vault, datetime(2024, 6, 28, 20, 0, tzinfo=ZONE), [("calm", 60)], 7),
        "morning": _add(vault, datetime(2024, 6, 28, 8, 0, tzinfo=ZONE), [("anxious", 50)]),
        "sad": _add(
            vault, datetime(2024, 6, 20, 21, 0, tzinfo=ZONE), [("sad", 40), ("worried", 30)], 4
        ),
        "before": _add(vault, datetime(2024, 5, 25, 21, 0, tzinfo=ZONE), [("anxious", 70)]),
    }


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault, ids: dict[str, int]) -> Iterator[PatternsScreen]:
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    yield shown
    worker.wait()
    worker.shutdown()


def _rows(section_model: object) -> list[list[str]]:
    model = section_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_month_shows_the_right_counts(screen: PatternsScreen) -> None:
    assert screen.range_picker.currentText() == "Past month"
    families = {row[0]: row[1:4] for row in _rows(screen.family_section.model)}
    # anxious 50 in one entry, worried 30 in the other
    assert families["Fear and anxiety"] == ["2", "40", "1"]
    assert families["Calm"] == ["1", "60", "0"]
    assert families["Sadness"] == ["1", "40", "0"]
    assert "3 entries" in screen.summary.text()
    moods = _rows(screen.mood_section.model)
    assert [row[1:4] for row in moods] == [
        ["4.0", "your rating", "1"],
        ["7.0", "your rating", "2"],
    ]


def test_changing_the_range_reloads(qtbot: QtBot, screen: PatternsScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.range_picker.setCurrentIndex(screen.range_picker.findData("week"))
    families = {row[0]: row[1] for row in _rows(screen.family_section.model)}
    assert families["Fear and anxiety"] == "1"
    assert "Sadness" not in families or families["Sadness"] == "0"
    assert "2 entries" in screen.summary.text()


def test_a_day_in_the_heat_map_shows_that_days_entries(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.heat_map.piece_rect(date(2024, 6, 28))
    assert rect.isValid()
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.heat_map, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["morning"], ids["walk"]]]


def test_a_family_bar_shows_the_entries_that_named_it(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.family_chart.piece_rect("fear")
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.family_chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["sad"], ids["morning"]]]


def test_a_weekday_cell_shows_its_entries(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.weekday_grid.piece_rect((4, "morning"))  # 28 June 2024 was a Friday
    assert "1 entry" in screen.weekday_grid.describe((4, "morning"))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.weekday_grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["morning"]]]


def test_the_keyboard_reaches_the_range_picker_and_the_table_toggles(
    qtbot: QtBot, screen: PatternsScreen
) -> None:
    screen.activateWindow()
    screen.range_picker.setFocus()
    qtbot.waitUntil(lambda: screen.range_picker.hasFocus())
    reached: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.append(focused)
        if focused is screen.family_section.toggle:
            break
    assert screen.mood_section.toggle in reached
    assert screen.family_section.toggle in reached
    qtbot.keyClick(screen.family_section.toggle, Qt.Key.Key_Space)
    assert screen.family_section.showing_table()
    assert screen.family_section.toggle.text() == "Show as chart"
    # Shift+Tab goes back towards the range picker the same way.
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is screen.range_picker:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Backtab)
    assert screen.range_picker.hasFocus()


def test_an_empty_journal_explains_what_will_appear(qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    from innerspace.storage.keyfile import FLOOR

    empty, _key = Vault.create(Path(str(tmp_path)) / "empty", "another passphrase", kdf=FLOOR)
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(empty), "dark", today=lambda: TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    assert "rate your mood" in shown.empty_note.text()
    assert "mood over time will show here" in shown.mood_section.empty.text()
    assert shown.association_section.empty.text()
    worker.wait()
    worker.shutdown()
    empty.close()
