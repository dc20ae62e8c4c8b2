"""The exercise windows as a person meets them: the intro said once, one scroll per window, the
control that has the keyboard focus always in view, and the activity log's time safe from typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from innerspace.core.exercises import ActivityLog, ThoughtRecord, load_exercise_guides
from innerspace.gui.common.page import FRAME_ROOM
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.exercise_dialog import (
    EXERCISE_KINDS,
    ExerciseDialog,
    open_exercise,
    open_exercise_entry,
)
from innerspace.gui.exercises.thought_record import ThoughtRecordForm, TrapIdRole
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
def test_every_exercise_window_says_its_introduction_once_and_fits_the_screen(
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
    # Its Save and Cancel are never below the screen, frame and title bar included.
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() - FRAME_ROOM[0]
    assert dialog.height() <= room.height() - FRAME_ROOM[1]
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


# -- one scroll per window -------------------------------------------------------------------


def wheel(widget: QWidget, notches: int = -1) -> None:
    """A mouse wheel turned over ``widget``: negative notches scroll down."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def thought_record(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> tuple[ExerciseDialog, ThoughtRecordForm]:
    dialog = opened(qtbot, worker, vault, ThoughtRecord.KIND)
    dialog.resize(720, 600)
    QApplication.processEvents()
    form = dialog.form
    assert isinstance(form, ThoughtRecordForm)
    return dialog, form


def test_the_wheel_over_a_list_or_a_rating_scrolls_the_page(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog, form = thought_record(qtbot, worker, vault)
    page = dialog.scroll_area.verticalScrollBar()
    words = form.before.offered_view
    assert words.verticalScrollBar().maximum() > 0
    form.situation.setFocus()

    wheel(words.viewport())
    assert words.verticalScrollBar().value() == 0
    assert page.value() > 0

    belief = form._rows[0].belief
    dialog.scroll_area.ensureWidgetVisible(belief)
    before = page.value()
    wheel(belief.lineEdit())
    assert belief.score() is None
    assert page.value() > before

    # The list the person is in scrolls itself, until it can go no further.
    words.setFocus()
    dialog.scroll_area.ensureWidgetVisible(words)
    before = page.value()
    wheel(words.viewport())
    assert words.verticalScrollBar().value() > 0
    assert page.value() == before
    dialog.reject()


def test_thinking_traps_and_the_last_step_have_no_scroll_of_their_own(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog, form = thought_record(qtbot, worker, vault)
    view = form.trap_view
    last = view.model().index(view.model().rowCount() - 1, 0)
    assert view.viewport().rect().contains(view.visualRect(last))
    assert view.verticalScrollBar().maximum() == 0
    assert not form.after.findChildren(QAbstractScrollArea)
    dialog.reject()


def test_the_current_thinking_trap_is_framed_not_ticked(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog, form = thought_record(qtbot, worker, vault)
    view = form.trap_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    current = view.currentIndex()
    assert current.row() == 2
    assert view.selectionModel().selectedIndexes() == []
    assert current.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked.value
    assert form.value().distortions == []
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert form.value().distortions == [current.data(TrapIdRole)]
    dialog.reject()


def test_the_last_step_rerates_the_named_feelings_and_takes_a_new_one(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog, form = thought_record(qtbot, worker, vault)
    qtbot.keyClicks(form.before.search, "anxious")
    qtbot.keyClick(form.before.search, Qt.Key.Key_Return)
    after = form.after
    assert [r.word.text() for r in after._rows] == ["anxious"]
    qtbot.keyClicks(after.new_feeling, "relieved")
    qtbot.keyClick(after.new_feeling, Qt.Key.Key_Return)
    assert [r.word.text() for r in after._rows] == ["anxious", "relieved"]
    assert QApplication.focusWidget() is after._rows[1].slider
    qtbot.keyClick(after._rows[1].slider, Qt.Key.Key_Right)
    qtbot.keyClicks(after.new_feeling, "zzzz")
    qtbot.keyClick(after.new_feeling, Qt.Key.Key_Return)
    assert "No feeling word matches" in after.message.text()
    assert [(t.emotion, t.intensity) for t in form.value().emotions_after] == [
        ("anxious", 50),
        ("relieved", 55),
    ]
    qtbot.mouseClick(after._rows[0].remove, Qt.MouseButton.LeftButton)
    assert [t.emotion for t in form.value().emotions_after] == ["relieved"]
    form.clear()
    assert after.emotions() == [] and after.new_feeling.text() == ""
    dialog.reject()


def in_view(dialog: ExerciseDialog, widget: QWidget) -> bool:
    """The control is on screen; for a list, the row the keyboard is on."""
    viewport = dialog.scroll_area.viewport()
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        row = widget.visualRect(widget.currentIndex())
        centre = widget.viewport().mapTo(viewport, row.center())
    else:
        centre = widget.mapTo(viewport, widget.rect().center())
    return viewport.rect().contains(centre)


def test_the_control_with_the_keyboard_is_always_in_view(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog, form = thought_record(qtbot, worker, vault)
    form.situation.setFocus()
    seen = set()
    for key in [Qt.Key.Key_Tab] * 40 + [Qt.Key.Key_Backtab] * 40:
        qtbot.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is not None and form.isAncestorOf(focused):
            seen.add(focused)
            assert in_view(dialog, focused), focused.accessibleName()
    assert form.balanced_belief in seen

    # Down through the thinking traps, a list as tall as its rows: the page follows.
    form.trap_view.setFocus()
    form.trap_view.setCurrentIndex(form.traps.index(0, 0))
    for _ in range(form.traps.rowCount() - 1):
        qtbot.keyClick(form.trap_view, Qt.Key.Key_Down)
        QApplication.processEvents()
        assert in_view(dialog, form.trap_view)
    assert form.trap_view.currentIndex().row() == form.traps.rowCount() - 1

    # Focus moved by the form itself: a new thought, far below where the page is.
    dialog.scroll_area.verticalScrollBar().setValue(0)
    qtbot.mouseClick(form.add_thought_button, Qt.MouseButton.LeftButton)
    dialog.scroll_area.verticalScrollBar().setValue(0)
    form.after.new_feeling.setFocus()
    qtbot.waitUntil(lambda: in_view(dialog, form.after.new_feeling))
    dialog.reject()


@pytest.mark.parametrize("kind", list(EXERCISE_KINDS))
def test_every_text_field_of_every_exercise_is_marked_private(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str
) -> None:
    dialog = opened(qtbot, worker, vault, kind)
    # Those a person can type in now (a hidden one is marked when it is first shown).
    fields = [
        f
        for f in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
        if f.isVisibleTo(dialog)
    ]
    assert fields
    public = [
        f.accessibleName() or f.objectName() or type(f).__name__
        for f in fields
        if not f.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    ]
    assert public == []
    dialog.reject()
