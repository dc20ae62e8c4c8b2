"""Thought record, activity log and free association: filled in by keyboard and mouse, saved
through the worker into a real vault, read back, reopened, and wiped when locking."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog, open_exercise_entry
from innerspace.gui.exercises.free_association import FreeAssociationForm
from innerspace.gui.exercises.thought_record import ThoughtRecordForm, TrapIdRole
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import FakeClock

SELECT_ALL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def run(worker: DatabaseWorker, job: Callable[[], Any]) -> Any:
    """Read the vault on its own thread, as the app does."""
    return worker.submit(job).result(timeout=10)


def open_dialog(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, form: ExerciseForm
) -> ExerciseDialog:
    dialog = ExerciseDialog(worker, vault, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    worker.wait()
    QApplication.processEvents()
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click like a person: on a laid-out, visible control."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: widget.isVisible() and widget.width() > 0)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_score(qtbot: QtBot, box: QWidget, text: str) -> None:
    qtbot.keyClick(box, Qt.Key.Key_A, SELECT_ALL)
    qtbot.keyClicks(box, text)


def click_done(qtbot: QtBot, dialog: ExerciseDialog, button: QWidget) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return int(saved.args[0])


def trap_row(form: ThoughtRecordForm, trap_id: str) -> int:
    return next(
        r for r in range(form.traps.rowCount()) if form.traps.item(r).data(TrapIdRole) == trap_id
    )


def fill_first_half(qtbot: QtBot, form: ThoughtRecordForm) -> None:
    """What happened, what was felt and the thought that stings: typed, Enter, mouse."""
    qtbot.keyClicks(form.situation, "Friday's meeting. Nobody commented on my draft.")
    qtbot.keyClicks(form.before.search, "anxious")
    qtbot.keyClick(form.before.search, Qt.Key.Key_Return)
    for _ in range(4):  # 50 → 70
        qtbot.keyClick(form.before.intensity, Qt.Key.Key_Right)
    qtbot.keyClicks(form.before.search, "ashamed")
    qtbot.keyClick(form.before.search, Qt.Key.Key_Return)
    first = form._rows[0]
    qtbot.keyClicks(first.text, "They think my work is bad.")
    type_score(qtbot, first.belief, "80")
    click(qtbot, first.hot)
    assert first.hot.isChecked()


# -- thought record --------------------------------------------------------------------------


def test_a_thought_record_filled_by_keyboard_and_mouse_is_stored_with_its_feelings(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = ThoughtRecordForm(worker, vault)
    dialog = open_dialog(qtbot, worker, vault, form)
    assert dialog.heading.text() == "Thought record"
    assert "balanced view" in dialog.intro.text()

    fill_first_half(qtbot, form)
    # A second thought: Enter on the first one starts it.
    qtbot.keyClick(form._rows[0].text, Qt.Key.Key_Return)
    assert len(form._rows) == 2
    second = form._rows[1]
    assert second.text.hasFocus() or QApplication.focusWidget() is None
    qtbot.keyClicks(second.text, "I should never have spoken.")
    qtbot.keyClick(second.belief, Qt.Key.Key_Up)  # from "not rated" to 0
    qtbot.keyClick(second.belief, Qt.Key.Key_Up)
    assert second.belief.score() == 5
    # A third thought, added by mouse and removed again by mouse.
    click(qtbot, form.add_thought_button)
    assert len(form._rows) == 3
    click(qtbot, form._rows[2].remove)
    assert len(form._rows) == 2

    # Thinking traps: one ticked with the mouse, one with the keyboard; the plain description
    # and example of the current one are shown.
    view = form.trap_view
    mind_reading = form.traps.index(trap_row(form, "mind-reading"), 0)
    view.scrollTo(mind_reading)
    rect = view.visualRect(mind_reading)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )
    assert "without having checked" in form.trap_about.text()
    assert "For example" in form.trap_about.text()
    view.setCurrentIndex(form.traps.index(trap_row(form, "all-or-nothing"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert form.value().distortions == ["mind-reading", "all-or-nothing"]

    qtbot.keyClicks(form.evidence_for, "Nobody said anything.")
    qtbot.keyClicks(form.evidence_against, "Two people asked for the file afterwards.")
    qtbot.keyClicks(form.balanced, "Silence on a Friday says little about my draft.")
    type_score(qtbot, form.balanced_belief, "60")

    # The thought that stings most is shown again, as written, to be believed anew.
    assert form.hot_thought.text() == "“They think my work is bad.”"
    type_score(qtbot, form.hot_belief_after, "35")

    # The re-rating starts with the same feelings at their first strength.
    after = form.after.emotions()
    assert [(t.emotion_id, t.intensity, t.phase) for t in after] == [
        ("anxious", 70, "after"),
        ("ashamed", 50, "after"),
    ]
    for _ in range(6):  # 70 → 40
        qtbot.keyClick(form.after._rows[0].slider, Qt.Key.Key_Left)

    entry_id = click_done(qtbot, dialog, dialog.done_button)
    assert not dialog.isVisible()

    entry = run(worker, lambda: Journal(vault).get(entry_id))
    assert entry.kind == "thought-record"
    assert entry.title == "Thought record: Friday's meeting. Nobody commented on my draft."
    assert entry.fields == {
        "status": "complete",
        "situation": "Friday's meeting. Nobody commented on my draft.",
        "emotions": [
            {"emotion": "anxious", "intensity": 70},
            {"emotion": "ashamed", "intensity": 50},
        ],
        "automatic_thoughts": [
            {"text": "They think my work is bad.", "belief": 80, "hot": True},
            {"text": "I should never have spoken.", "belief": 5, "hot": False},
        ],
        "distortions": ["mind-reading", "all-or-nothing"],
        "evidence_for": "Nobody said anything.",
        "evidence_against": "Two people asked for the file afterwards.",
        "balanced_thought": "Silence on a Friday says little about my draft.",
        "balanced_belief": 60,
        "emotions_after": [
            {"emotion": "anxious", "intensity": 40},
            {"emotion": "ashamed", "intensity": 50},
        ],
        "hot_belief_after": 35,
    }
    assert "- Mind reading" in entry.body
    assert "They think my work is bad.: 80/100 → 35/100" in entry.body
    assert run(worker, lambda: Feelings(vault).emotions(entry_id)) == [
        EmotionTag("anxious", 70, "before"),
        EmotionTag("ashamed", 50, "before"),
        EmotionTag("anxious", 40, "after"),
        EmotionTag("ashamed", 50, "after"),
    ]


def test_a_half_done_thought_record_saved_for_later_comes_back_and_is_finished(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = ThoughtRecordForm(worker, vault)
    dialog = open_dialog(qtbot, worker, vault, form)
    fill_first_half(qtbot, form)
    entry_id = click_done(qtbot, dialog, dialog.later_button)
    draft = run(worker, lambda: Journal(vault).get(entry_id))
    assert draft.fields["status"] == "draft"
    assert draft.fields["balanced_thought"] == ""

    reopened = open_exercise_entry(worker, vault, draft)
    qtbot.addWidget(reopened)
    worker.wait()
    QApplication.processEvents()
    again = reopened.form
    assert isinstance(again, ThoughtRecordForm)
    # What the person sees is what they left.
    assert again.situation.toPlainText() == "Friday's meeting. Nobody commented on my draft."
    assert again._rows[0].text.text() == "They think my work is bad."
    assert again._rows[0].belief.text() == "80 / 100"
    assert again._rows[0].hot.isChecked()
    assert [t.emotion_id for t in again.before.emotions()] == ["anxious", "ashamed"]

    qtbot.keyClicks(again.balanced, "One silence isn't a verdict.")
    type_score(qtbot, again.balanced_belief, "55")
    finished_id = click_done(qtbot, reopened, reopened.done_button)

    assert finished_id == entry_id
    stored = run(worker, lambda: Journal(vault).get(entry_id))
    assert stored.fields["status"] == "complete"
    assert stored.fields["balanced_thought"] == "One silence isn't a verdict."
    assert stored.fields["balanced_belief"] == 55
    assert run(worker, lambda: Journal(vault).count()) == 1
    phases = [t.phase for t in run(worker, lambda: Feelings(vault).emotions(entry_id))]
    assert phases == ["before", "before", "after", "after"]


def test_a_thinking_trap_of_ones_own_is_added_and_a_built_in_one_hidden(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = ThoughtRecordForm(worker, vault)
    open_dialog(qtbot, worker, vault, form)
    qtbot.keyClicks(form.new_trap_name, "Comparing myself")
    qtbot.keyClicks(form.new_trap_about, "Measuring myself against others' best days")
    qtbot.keyClick(form.new_trap_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "custom/comparing-myself" in form.value().distortions)
    assert "is on your list now" in form.trap_message.text()

    form.trap_view.setCurrentIndex(form.traps.index(trap_row(form, "labelling"), 0))
    assert form.hide_trap_button.text() == "Hide from the list"
    qtbot.mouseClick(form.hide_trap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is no longer in the list" in form.trap_message.text())
    shown = [form.traps.item(r).data(TrapIdRole) for r in range(form.traps.rowCount())]
    assert "labelling" not in shown
    assert shown[-1] == "custom/comparing-myself"


# -- activity log ----------------------------------------------------------------------------


def test_an_activity_log_round_trip(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    form = ActivityLogForm()
    dialog = open_dialog(qtbot, worker, vault, form)
    assert dialog.heading.text() == "Activity and mood log"
    qtbot.keyClicks(form.activity, "Walked to the park")
    for box, value in (
        (form.enjoyment, "6"),
        (form.achievement, "4"),
        (form.mood_before, "3"),
        (form.mood_after, "5"),
    ):
        type_score(qtbot, box, value)
    qtbot.keyClicks(form.notes, "Hard to start, easy to keep going.")
    when = form.value().when
    entry_id = click_done(qtbot, dialog, dialog.done_button)

    entry = run(worker, lambda: Journal(vault).get(entry_id))
    assert entry.kind == "activity-log"
    assert entry.title == "Activity: Walked to the park"
    assert entry.fields["activity"] == "Walked to the park"
    assert entry.fields["when"] == when
    assert (entry.fields["enjoyment"], entry.fields["achievement"]) == (6, 4)
    assert (entry.fields["mood_before"], entry.fields["mood_after"]) == (3, 5)
    assert entry.fields["status"] == "complete"
    assert run(worker, lambda: Feelings(vault).emotions(entry_id)) == []

    reopened = open_exercise_entry(worker, vault, entry)
    qtbot.addWidget(reopened)
    shown = reopened.form
    assert isinstance(shown, ActivityLogForm)
    assert shown.activity.text() == "Walked to the park"
    assert shown.mood_after.score() == 5
    assert shown.value().when == when
    reopened.reject()


# -- free association ------------------------------------------------------------------------


def test_free_association_only_grows_forward_while_the_timer_runs(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    clock = FakeClock()
    form = FreeAssociationForm(clock=clock)
    dialog = open_dialog(qtbot, worker, vault, form)
    assert form.text.isReadOnly()
    type_score(qtbot, form.minutes, "5")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    assert form.running
    assert form.remaining.isVisible()
    assert form.remaining.text() == "5:00 left"
    assert not dialog.done_button.isEnabled()

    qtbot.keyClicks(form.text, "water, kitchen")
    for key in (
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Left,
        Qt.Key.Key_Up,
        Qt.Key.Key_Home,
    ):
        qtbot.keyClick(form.text, key)
    qtbot.keyClick(form.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # A click at the very start doesn't move where the writing goes.
    qtbot.mouseClick(form.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    qtbot.keyClicks(form.text, ", oranges")
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    qtbot.keyClicks(form.text, "stuck")
    assert form.text.toPlainText() == "water, kitchen, oranges\nstuck"

    clock.advance(90)
    form.tick()
    assert form.remaining.text() == "3:30 left"
    clock.advance(211)
    qtbot.waitUntil(lambda: not form.running, timeout=3000)
    assert not form.remaining.isVisible()
    assert "Time's up" in form.state_note.text()
    assert dialog.done_button.isEnabled()

    # Editing is free again.
    qtbot.keyClick(form.text, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.text, Qt.Key.Key_Home)
    qtbot.keyClicks(form.text, "still ")
    assert form.text.toPlainText() == "water, kitchen, oranges\nstill stuc"

    entry_id = click_done(qtbot, dialog, dialog.done_button)
    entry = run(worker, lambda: Journal(vault).get(entry_id))
    assert entry.kind == "free-association"
    assert entry.fields["minutes"] == 5
    assert entry.fields["text"] == "water, kitchen, oranges\nstill stuc"
    assert entry.fields["started"]
    assert entry.fields["status"] == "complete"
    assert "oranges" in entry.body

    reopened = open_exercise_entry(worker, vault, entry)
    qtbot.addWidget(reopened)
    again = reopened.form
    assert isinstance(again, FreeAssociationForm)
    assert again.text.toPlainText() == "water, kitchen, oranges\nstill stuc"
    assert not again.text.isReadOnly()
    assert not again.start_button.isEnabled()
    reopened.reject()


def test_pasting_while_the_timer_runs_adds_at_the_end(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = FreeAssociationForm(clock=FakeClock())
    open_dialog(qtbot, worker, vault, form)
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.text, "first")
    form.text.selectAll()
    QApplication.clipboard().setText(" pasted")
    form.text.paste()
    assert form.text.toPlainText() == "first pasted"
    QApplication.clipboard().clear()


# -- leaving and locking ---------------------------------------------------------------------


def test_locking_closes_a_filled_dialog_and_leaves_nothing_in_its_widgets(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = ThoughtRecordForm(worker, vault)
    dialog = open_dialog(qtbot, worker, vault, form)
    fill_first_half(qtbot, form)
    form.trap_view.setCurrentIndex(form.traps.index(trap_row(form, "mind-reading"), 0))
    qtbot.keyClick(form.trap_view, Qt.Key.Key_Space)

    dialog.reject()  # what locking does to every open dialog
    assert not dialog.isVisible()
    assert form.is_empty()
    assert form.situation.toPlainText() == ""
    assert form.before.emotions() == [] and form.after.emotions() == []
    assert [r.text.text() for r in form._rows] == [""]
    checked = [
        r
        for r in range(form.traps.rowCount())
        if form.traps.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert checked == []
    assert form.situation.document().isUndoAvailable() is False
    worker.wait()
    assert run(worker, lambda: Journal(vault).count()) == 0


def test_prepare_lock_keeps_unsaved_work_as_a_draft_and_wipes_the_form(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = ActivityLogForm()
    dialog = open_dialog(qtbot, worker, vault, form)
    qtbot.keyClicks(form.activity, "Called my sister")
    dialog.prepare_lock()
    dialog.reject()
    assert form.activity.text() == ""
    worker.wait()
    stored: list[Entry] = run(
        worker, lambda: [Journal(vault).get(s.id) for s in Journal(vault).page()]
    )
    assert [(e.kind, e.fields and e.fields["status"]) for e in stored] == [
        ("activity-log", "draft")
    ]


def test_cancel_asks_before_discarding_written_work_but_not_when_empty(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    empty = open_dialog(qtbot, worker, vault, ActivityLogForm())
    qtbot.mouseClick(empty.cancel_button, Qt.MouseButton.LeftButton)
    assert not empty.isVisible()

    form = ActivityLogForm()
    dialog = open_dialog(qtbot, worker, vault, form)
    qtbot.keyClicks(form.activity, "Cooked dinner")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog._confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert dialog.isVisible()
    labels = [b.text() for b in box.buttons()]
    assert {"Save for later", "Discard", "Keep writing"} <= set(labels)
    discard = next(b for b in box.buttons() if b.text() == "Discard")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert form.activity.text() == ""
    worker.wait()
    assert run(worker, lambda: Journal(vault).count()) == 0
