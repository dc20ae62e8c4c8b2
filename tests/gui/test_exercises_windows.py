"""The exercise windows as a person meets them: the intro said once, one scroll per window, the
control that has the keyboard focus always in view, and the activity log's time safe from typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from innerspace.core.exercises import ActivityLog, load_exercise_guides
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.exercise_dialog import (
    EXERCISE_KINDS,
    ExerciseDialog,
    open_exercise,
    open_exercise_entry,
)
from innerspace.gui.exercises.when_field import WhenEditor
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def run(worker: DatabaseWorker, job: Callable[[], Any]) -> Any:
    return worker.submit(job).result(timeout=10)


def opened(qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str) -> ExerciseDialog:
    dialog = open_exercise(kind, worker, vault)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    worker.wait()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("kind", list(EXERCISE_KINDS))
def test_every_exercise_window_says_its_introduction_once(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str
) -> None:
    intro = load_exercise_guides()[kind].intro
    dialog = opened(qtbot, worker, vault, kind)
    saying_it = [
        shown
        for shown in dialog.findChildren(QLabel)
        if intro in shown.text() and shown.isVisibleTo(dialog)
    ]
    assert saying_it == [dialog.intro]
    dialog.reject()


# -- the activity log's time -----------------------------------------------------------------


def test_typing_through_the_activity_log_never_moves_its_time(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = opened(qtbot, worker, vault, ActivityLog.KIND)
    form = dialog.form
    assert isinstance(form, ActivityLogForm)
    assert form.when.shown.text() == "Now"
    started = form.value().when
    form.activity.setFocus()
    qtbot.keyClicks(form.activity, "Swim")
    visited = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(focused)
        qtbot.keyClicks(focused, "6")
    assert form.when.change_button in visited
    assert form.value().when == started
    assert form.when.is_now() and form.when.shown.text() == "Now"
    assert form.enjoyment.score() == 6
    assert form.mood_after.score() == 6
    dialog.reject()


def test_the_activity_time_changes_only_through_its_editor(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = opened(qtbot, worker, vault, ActivityLog.KIND)
    form = dialog.form
    assert isinstance(form, ActivityLogForm)
    qtbot.keyClicks(form.activity, "Cinema")
    started = form.value().when

    qtbot.mouseClick(form.when.change_button, Qt.MouseButton.LeftButton)
    editor = form.when._editor
    assert isinstance(editor, WhenEditor) and editor.isVisible()
    editor.day.setDate(QDate(2025, 3, 8))
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert form.value().when == started and form.when.shown.text() == "Now"

    qtbot.keyClick(form.when.change_button, Qt.Key.Key_Space)
    editor = form.when._editor
    assert isinstance(editor, WhenEditor)
    editor.day.setDate(QDate(2025, 3, 8))
    editor.time.setTime(QTime(21, 5))
    qtbot.mouseClick(editor.use_button, Qt.MouseButton.LeftButton)
    assert form.value().when == "2025-03-08T21:05"
    assert form.when.shown.text() == "Saturday 8 March 2025, 21:05"
    assert QApplication.focusWidget() is form.when.change_button

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    entry_id = int(saved.args[0])
    entry = run(worker, lambda: Journal(vault).get(entry_id))
    assert entry.fields["when"] == "2025-03-08T21:05"
    assert "When: Saturday 8 March 2025, 21:05" in entry.body
    assert "Pleasure:" in entry.body

    reopened = open_exercise_entry(worker, vault, entry)
    qtbot.addWidget(reopened)
    assert isinstance(reopened.form, ActivityLogForm)
    assert reopened.form.when.shown.text() == "Saturday 8 March 2025, 21:05"
    reopened.reject()


def test_locking_closes_the_time_editor(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    dialog = opened(qtbot, worker, vault, ActivityLog.KIND)
    form = dialog.form
    assert isinstance(form, ActivityLogForm)
    qtbot.mouseClick(form.when.change_button, Qt.MouseButton.LeftButton)
    editor = form.when._editor
    assert editor is not None and editor.isVisible()
    dialog.prepare_lock()
    dialog.reject()
    assert not editor.isVisible()
