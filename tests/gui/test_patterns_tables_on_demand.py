"""Patterns opens with its charts; each table is made the first time a person asks for it, and
is then reached by the keyboard where it always was, with every row there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault) -> Iterator[PatternsScreen]:
    journal, feelings = Journal(vault), Feelings(vault)
    for day, mood in ((3, 6), (10, 4), (28, 8)):
        when = datetime(2024, 6, day, 20, tzinfo=ZONE)
        entry = journal.add(Entry(body="words", created=when, updated=when))
        assert entry.id is not None
        feelings.set_emotions(entry.id, [EmotionTag("calm", 60)])
        feelings.set_mood(entry.id, mood)
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, feelings, "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    yield shown
    worker.wait()
    worker.shutdown()


def test_a_table_is_made_when_first_shown_and_has_every_row(
    qtbot: QtBot, screen: PatternsScreen
) -> None:
    section = screen.mood_section
    # Only the figures that are tables alone have one yet.
    tables = screen.findChildren(QTableView)
    assert section.isAncestorOf(section.mood_chart) and section.mood_chart.isVisible()
    assert not any(section.isAncestorOf(t) for t in tables)

    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    table = section.table
    assert section.showing_table() and table.isVisible()
    assert table in screen.findChildren(QTableView)
    assert table.accessibleName() == "Mood by day"
    model = table.model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["6.0", "4.0", "8.0"]

    # Tab from the toggle reaches the new table before the next card.
    section.toggle.setFocus()
    qtbot.waitUntil(section.toggle.hasFocus)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is table:
            break
    assert QApplication.focusWidget() is table

    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert not section.showing_table() and section.mood_chart.isVisible()
