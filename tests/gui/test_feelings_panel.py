"""Mood, context tags and the "How are you feeling?" panel, by keyboard and mouse, and what the
panel holds surviving a trip through the vault."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag, load_vocabulary
from innerspace.core.entries import Entry
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.journal.context_tags_field import ContextName, ContextTagsField
from innerspace.gui.journal.feeling_map import MARGIN, FeelingMap
from innerspace.gui.journal.feelings_panel import (
    EntryFeelings,
    FeelingsPanel,
    load_entry_feelings,
    save_entry_feelings,
)
from innerspace.gui.journal.mood_rating import MoodRating
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal

SAMPLE = EntryFeelings(
    emotions=(EmotionTag("anxious", 70), EmotionTag("hopeful", 35)),
    mood=4,
    contexts=(
        ContextName("situation", "Friday's meeting"),
        ContextName("people", "Sam"),
        ContextName("people", "Alex"),
        ContextName("place", "home"),
    ),
)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_mood_by_keyboard_with_a_not_rated_state(qtbot: QtBot) -> None:
    mood = MoodRating()
    show(qtbot, mood)
    changes: list[None] = []
    mood.changed.connect(lambda: changes.append(None))
    assert mood.value() is None
    assert mood.state.text() == "Not rated"
    assert not mood.clear_button.isEnabled()

    mood.scale.setFocus()
    qtbot.keyClick(mood.scale, Qt.Key.Key_Right)
    assert mood.value() == 5
    qtbot.keyClick(mood.scale, Qt.Key.Key_Right)
    qtbot.keyClick(mood.scale, Qt.Key.Key_Right)
    assert mood.value() == 7
    assert mood.state.text() == "7 of 10"
    assert mood.scale.accessibleDescription() == "7 of 10"
    qtbot.keyClick(mood.scale, Qt.Key.Key_End)
    qtbot.keyClick(mood.scale, Qt.Key.Key_Right)
    assert mood.value() == 10
    qtbot.keyClick(mood.scale, Qt.Key.Key_3)
    assert mood.value() == 3
    qtbot.keyClick(mood.scale, Qt.Key.Key_Delete)
    assert mood.value() is None
    assert mood.state.text() == "Not rated"
    assert len(changes) == 6  # End then Right at 10 changes nothing the second time


def test_mood_by_mouse_and_the_clear_button(qtbot: QtBot) -> None:
    mood = MoodRating()
    show(qtbot, mood)
    scale = mood.scale
    cell = scale.width() / 10
    qtbot.mouseClick(
        scale, Qt.MouseButton.LeftButton, pos=QPoint(int(cell * 8.5), scale.height() // 2)
    )
    assert mood.value() == 9
    qtbot.mouseClick(mood.clear_button, Qt.MouseButton.LeftButton)
    assert mood.value() is None
    mood.set_value(2)
    assert mood.state.text() == "2 of 10"


def test_context_lines_complete_from_known_names_most_used_first(qtbot: QtBot) -> None:
    field = ContextTagsField()
    show(qtbot, field)
    field.set_known("people", ["Sam", "Sandra", "Alex"])
    line = field.lines["people"]
    line.setFocus()
    qtbot.keyClicks(line, "Alex, sa")
    completer = line.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [completer.completionModel().index(r, 0).data() for r in range(2)]
    assert shown == ["Sam", "Sandra"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "Alex, Sandra, "

    qtbot.keyClicks(field.lines["place"], " the  park ,home, Home")
    assert field.tags() == [
        ContextName("people", "Alex"),
        ContextName("people", "Sandra"),
        ContextName("place", "the park"),
        ContextName("place", "home"),
    ]


def test_context_set_tags_and_clear(qtbot: QtBot) -> None:
    field = ContextTagsField()
    show(qtbot, field)
    changes: list[None] = []
    field.changed.connect(lambda: changes.append(None))
    field.set_tags([ContextName("people", "Sam"), ContextName("people", "Alex")])
    assert field.lines["people"].text() == "Sam, Alex"
    assert field.lines["activity"].text() == ""
    assert changes == []
    qtbot.keyClicks(field.lines["activity"], "walking")
    assert changes
    field.set_known("place", ["home"])
    field.clear()
    assert field.tags() == []
    assert field.lines["place"].known.stringList() == []


def test_panel_round_trip_and_changed(qtbot: QtBot) -> None:
    panel = FeelingsPanel()
    show(qtbot, panel)
    changes: list[None] = []
    panel.changed.connect(lambda: changes.append(None))
    panel.set_value(SAMPLE)
    assert panel.value() == SAMPLE
    assert changes == []

    panel.picker.search.setFocus()
    qtbot.keyClicks(panel.picker.search, "tire")
    qtbot.keyClick(panel.picker.search, Qt.Key.Key_Return)
    panel.mood.scale.setFocus()
    qtbot.keyClick(panel.mood.scale, Qt.Key.Key_Right)
    value = panel.value()
    assert [t.emotion_id for t in value.emotions] == ["anxious", "hopeful", "tired"]
    assert value.mood == 5
    assert len(changes) == 2

    again = FeelingsPanel()
    qtbot.addWidget(again)
    again.set_value(value)
    assert again.value() == value


def test_panel_collapses_and_expands(qtbot: QtBot) -> None:
    panel = FeelingsPanel()
    show(qtbot, panel)
    assert panel.toggle.text() == "How are you feeling?"
    assert panel.body.isVisible()
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert not panel.is_expanded()
    assert not panel.body.isVisible()
    panel.toggle.setFocus()
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert panel.is_expanded() and panel.body.isVisible()


def test_clear_leaves_no_trace(qtbot: QtBot) -> None:
    panel = FeelingsPanel()
    show(qtbot, panel)
    panel.set_value(SAMPLE)
    panel.set_recent(["anxious"])
    panel.set_known("people", ["Sam"])
    qtbot.keyClicks(panel.picker.search, "hop")
    qtbot.keyClicks(panel.contexts.lines["activity"], "running")

    panel.clear()

    assert panel.value() == EntryFeelings()
    picker = panel.picker
    assert picker.search.text() == "" and not picker.search.isUndoAvailable()
    assert picker.chosen.rowCount() == 0
    assert not picker.intensity_label.isVisible()
    assert all(
        not line.text() and not line.isUndoAvailable() for line in panel.contexts.lines.values()
    )
    assert all(not line.known.stringList() for line in panel.contexts.lines.values())
    assert panel.mood.state.text() == "Not rated"
    # Nothing the person typed or chose is left in any label either.
    texts = " ".join(label.text() for label in panel.findChildren(QLabel))
    for trace in ("anxious", "hopeful", "hop", "Sam", "Friday", "running", "4 of 10"):
        assert trace not in texts


def test_feelings_survive_a_trip_through_the_vault(qtbot: QtBot, journal: Journal) -> None:
    panel = FeelingsPanel()
    show(qtbot, panel)
    panel.set_value(SAMPLE)
    panel.picker.search.setFocus()
    qtbot.keyClicks(panel.picker.search, "calm")
    qtbot.keyClick(panel.picker.search, Qt.Key.Key_Return)
    chosen = panel.value()

    entry_id = journal.add(Entry(body="A day.", created=datetime.now().astimezone())).id or 0
    feelings = Feelings(journal.vault)
    worker = DatabaseWorker()
    loaded: list[EntryFeelings] = []
    try:
        worker.submit(lambda: save_entry_feelings(feelings, entry_id, chosen))
        worker.submit(lambda: load_entry_feelings(feelings, entry_id), loaded.append)
        qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
    finally:
        worker.shutdown()
    assert loaded == [chosen]

    reopened = FeelingsPanel()
    qtbot.addWidget(reopened)
    reopened.set_value(loaded[0])
    assert reopened.value() == chosen


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_feeling_maps_axis_words_never_run_into_each_other(qtbot: QtBot, scale: float) -> None:
    feeling_map = FeelingMap(load_vocabulary())
    qtbot.addWidget(feeling_map)
    font = feeling_map.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    feeling_map.setFont(font)
    feeling_map.resize(feeling_map.minimumSizeHint())
    metrics = feeling_map.fontMetrics()
    ends = metrics.horizontalAdvance("← unpleasant") + metrics.horizontalAdvance("pleasant →")
    assert ends < feeling_map.width() - 2 * MARGIN
