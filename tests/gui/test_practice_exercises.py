"""What matters to me, planned activities, the fear ladder and the behavioural experiment, filled
in by keyboard alone and read back from a real vault; "Test this" from a thought record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.entries import Entry
from innerspace.core.exercises import ActivityLog
from innerspace.core.fear_ladder import FearLadder
from innerspace.core.values_activities import ValueArea, ValuesList
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.behavioural_experiment import BehaviouralExperimentForm
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog, build_form
from innerspace.gui.exercises.fear_ladder import FearLadderForm
from innerspace.gui.exercises.thought_record import ThoughtRecordForm
from innerspace.gui.exercises.values_list import ValuesForm
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.conftest import WindowFactory, unlock


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def run(worker: DatabaseWorker, job: Callable[[], Any]) -> Any:
    return worker.submit(job).result(timeout=10)


def opened(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str, entry: Entry | None = None
) -> ExerciseDialog:
    """The exercise's window, new or with a stored entry, active with the keyboard in it."""
    dialog = ExerciseDialog(worker, vault, build_form(kind, worker, vault), entry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    worker.wait()
    QApplication.processEvents()
    dialog.form.focusNextChild()
    return dialog


def reopened(qtbot: QtBot, worker: DatabaseWorker, vault: Vault, entry_id: int) -> ExerciseDialog:
    entry = stored(worker, vault, entry_id)
    return opened(qtbot, worker, vault, entry.kind, entry)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot: QtBot, target: QWidget, most: int = 60) -> None:
    """Press Tab until ``target`` has the keyboard, as a person would."""
    for _ in range(most):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName()!r}"


def type_at(qtbot: QtBot, target: QWidget, text: str) -> None:
    tab_to(qtbot, target)
    qtbot.keyClicks(target, text)


def press(qtbot: QtBot, target: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    tab_to(qtbot, target)
    qtbot.keyClick(target, key)


def done_by_keyboard(qtbot: QtBot, dialog: ExerciseDialog) -> int:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(qtbot, dialog.done_button, Qt.Key.Key_Return)
    return int(saved.args[0])


def stored(worker: DatabaseWorker, vault: Vault, entry_id: int) -> Entry:
    return run(worker, lambda: Journal(vault).get(entry_id))


# -- what matters to me and planned activities -------------------------------------------------


def test_values_by_keyboard_read_back_and_offered_when_planning(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = opened(qtbot, worker, vault, ValuesList.KIND)
    form = dialog.form
    assert isinstance(form, ValuesForm)
    relationships, work = form.rows[0], form.rows[1]
    assert relationships.area() == "Relationships"
    type_at(qtbot, relationships.words, "Be a warm, present friend")
    type_at(qtbot, relationships.importance, "9")
    type_at(qtbot, work.importance, "4")
    press(qtbot, form.add_button)
    own = form.rows[-1]
    assert own.name is not None and focused() is own.name
    qtbot.keyClicks(own.name, "Making music")
    type_at(qtbot, own.words, "Play every week")
    entry_id = done_by_keyboard(qtbot, dialog)

    entry = stored(worker, vault, entry_id)
    assert entry.kind == "values" and entry.title == "What matters to me"
    values = ValuesList.from_fields(entry.fields or {})
    assert values.areas == [
        ValueArea("Relationships", "Be a warm, present friend", 9),
        ValueArea("Work and study", "", 4),
        ValueArea("Making music", "Play every week", None),
    ]
    assert "- Relationships: Be a warm, present friend (matters 9/10)" in entry.body

    # Planning offers them, the most important first.
    plan = opened(qtbot, worker, vault, ActivityLog.KIND)
    log_form = plan.form
    assert isinstance(log_form, ActivityLogForm)
    offered = [log_form.value_choice.itemText(i) for i in range(log_form.value_choice.count())]
    assert offered == ["Be a warm, present friend", "Work and study", "Play every week"]
    plan.reject()

    again = reopened(qtbot, worker, vault, entry_id)
    assert again.form.value() == values
    again.reject()


def test_an_activity_planned_by_keyboard_then_marked_done(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    friend = ValuesList([ValueArea("Relationships", "Be a warm friend", 8)])
    fields = {**friend.to_fields(), "status": "complete"}
    run(worker, lambda: Journal(vault).add(Entry(body="…", kind=friend.KIND, fields=fields)))
    dialog = opened(qtbot, worker, vault, ActivityLog.KIND)
    form = dialog.form
    assert isinstance(form, ActivityLogForm)
    assert not form.plan_box.isVisible()
    type_at(qtbot, form.activity, "Call Ana")
    press(qtbot, form.planned)
    assert form.plan_box.isVisible() and form.not_yet.isChecked()
    press(qtbot, form.when.change_button)
    asking = form.when._editor
    assert asking is not None and asking.windowTitle() == "When will you do it?"
    form.when.close_editor()
    dialog.activateWindow()
    form.planned.setFocus()
    tab_to(qtbot, form.value_choice)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert form.value_choice.currentText() == "Be a warm friend"
    assert dialog.windowTitle() == "Activity and mood log"
    entry_id = done_by_keyboard(qtbot, dialog)

    entry = stored(worker, vault, entry_id)
    assert entry.title == "Planned: Call Ana"
    plan = ActivityLog.from_fields(entry.fields or {})
    assert (plan.planned, plan.value, plan.done) == (True, "Be a warm friend", None)
    assert "Planned ahead, for what matters to me: Be a warm friend (not marked yet)" in entry.body

    # Later: it happened, with the mood around it on the journal's 1 to 10 scale.
    again = reopened(qtbot, worker, vault, entry_id)
    shown = again.form
    assert isinstance(shown, ActivityLogForm)
    assert shown.plan_box.isVisible() and shown.value_choice.currentText() == "Be a warm friend"
    shown.activity.setFocus()
    tab_to(qtbot, shown.not_yet)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert shown.done_yes.isChecked()
    type_at(qtbot, shown.mood_before, "3")
    type_at(qtbot, shown.mood_after, "7")
    done_by_keyboard(qtbot, again)
    plan = ActivityLog.from_fields(stored(worker, vault, entry_id).fields or {})
    assert (plan.done, plan.mood_before, plan.mood_after) == (True, 3, 7)


def test_an_older_mood_of_0_is_kept_until_the_person_rates_again(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    old = {"activity": "Walk", "mood_before": 0, "mood_after": 6, "status": "complete"}
    entry = run(
        worker, lambda: Journal(vault).add(Entry(body="…", kind=ActivityLog.KIND, fields=old))
    )
    dialog = reopened(qtbot, worker, vault, entry.id or 0)
    form = dialog.form
    assert isinstance(form, ActivityLogForm)
    note = form.mood_rows[0].older_note
    assert note.isVisible() and "0, on the older scale from 0 to 10" in note.text()
    assert form.mood_before.value() is None and form.mood_before.score() == 0
    type_at(qtbot, form.notes, "Windy")
    done_by_keyboard(qtbot, dialog)
    assert stored(worker, vault, entry.id or 0).fields["mood_before"] == 0  # type: ignore[index]

    again = reopened(qtbot, worker, vault, entry.id or 0)
    shown = again.form
    assert isinstance(shown, ActivityLogForm)
    type_at(qtbot, shown.mood_before, "2")
    assert not shown.mood_rows[0].older_note.isVisible()
    done_by_keyboard(qtbot, again)
    assert stored(worker, vault, entry.id or 0).fields["mood_before"] == 2  # type: ignore[index]


# -- fear ladder ---------------------------------------------------------------------------------


def test_a_fear_ladder_by_keyboard(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    dialog = opened(qtbot, worker, vault, FearLadder.KIND)
    form = dialog.form
    assert isinstance(form, FearLadderForm)
    assert "therapist" in form.safety_note.text() and "own pace" in form.safety_note.text()
    type_at(qtbot, form.situation, "Taking the lift at work")
    first_words, first_distress = form.step_rows[0]
    type_at(qtbot, first_words, "Ride one floor with a friend")
    type_at(qtbot, first_distress, "60")
    press(qtbot, form.add_step_button)
    second_words, second_distress = form.step_rows[1]
    assert focused() is second_words
    qtbot.keyClicks(second_words, "Stand by the lift doors")
    type_at(qtbot, second_distress, "20")

    # The lowest step is suggested, with the distress expected on it.
    tab_to(qtbot, form.try_step)
    assert form.try_step.currentText() == "Stand by the lift doors"
    assert form.try_expected.score() == 20
    type_at(qtbot, form.try_peak, "35")
    type_at(qtbot, form.try_minutes, "6")
    type_at(qtbot, form.try_notes, "Shaky, then fine")
    press(qtbot, form.add_try_button)
    assert form.tries.rowCount() == 1
    assert form.try_step.currentText() == "Stand by the lift doors"
    # A try noted by mistake comes out again.
    type_at(qtbot, form.try_peak, "90")
    press(qtbot, form.add_try_button)
    assert form.tries.rowCount() == 2
    assert not form.remove_try_button.isEnabled()
    tab_to(qtbot, form.tries_view)
    qtbot.keyClick(form.tries_view, Qt.Key.Key_End)
    assert form.tries_view.currentIndex().row() == 1
    press(qtbot, form.remove_try_button)
    assert form.tries.rowCount() == 1
    assert "highest 35/100, eased after 6 min" in form.tries.index(0).data()
    entry_id = done_by_keyboard(qtbot, dialog)

    entry = stored(worker, vault, entry_id)
    assert entry.title == "Fear ladder: Taking the lift at work"
    ladder = FearLadder.from_fields(entry.fields or {})
    assert [(s.text, s.expected) for s in ladder.steps] == [
        ("Ride one floor with a friend", 60),
        ("Stand by the lift doors", 20),
    ]
    [tried] = ladder.attempts
    assert (tried.step, tried.expected, tried.peak, tried.minutes_to_ease) == (
        "Stand by the lift doors",
        20,
        35,
        6,
    )
    body = entry.body
    assert body.index("Stand by the lift doors (expected 20/100)") < body.index("Ride one")

    again = reopened(qtbot, worker, vault, entry_id)
    assert again.form.value() == ladder
    # Reopened, the step last tried stays chosen: trying it again is up to the person.
    assert again.form.try_step.currentText() == "Stand by the lift doors"
    again.reject()


# -- behavioural experiment ------------------------------------------------------------------------


def test_an_experiment_by_keyboard(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    dialog = opened(qtbot, worker, vault, BehaviouralExperiment.KIND)
    form = dialog.form
    assert isinstance(form, BehaviouralExperimentForm)
    type_at(qtbot, form.belief, "If I ask for help, people will think I'm useless.")
    type_at(qtbot, form.belief_before, "75")
    type_at(qtbot, form.boxes["prediction"], "Sam will sigh.")
    type_at(qtbot, form.boxes["experiment"], "Ask Sam on Tuesday.")
    type_at(qtbot, form.boxes["outcome"], "Sam helped gladly.")
    type_at(qtbot, form.boxes["learned"], "Asking can be welcome.")
    type_at(qtbot, form.belief_after, "30")
    entry_id = done_by_keyboard(qtbot, dialog)

    entry = stored(worker, vault, entry_id)
    assert entry.title.startswith("Experiment: If I ask for help, people")
    assert BehaviouralExperiment.from_fields(entry.fields or {}) == BehaviouralExperiment(
        "If I ask for help, people will think I'm useless.",
        75,
        "Sam will sigh.",
        "Ask Sam on Tuesday.",
        "Sam helped gladly.",
        "Asking can be welcome.",
        30,
    )
    assert "75/100 → 30/100" in entry.body


def test_test_this_starts_an_experiment_with_the_balanced_thought(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.start_exercise("thought-record")
    record = window.findChildren(ExerciseDialog)[-1]
    form = record.form
    assert isinstance(form, ThoughtRecordForm)
    assert not form.test_button.isEnabled()
    balanced = "People were rushed; silence isn't a verdict on me."
    qtbot.waitExposed(record)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    form.balanced.setFocus()
    type_at(qtbot, form.balanced, balanced)
    type_at(qtbot, form.balanced_belief, "60")
    press(qtbot, form.test_button)
    experiment = window.findChildren(ExerciseDialog)[-1]
    assert experiment is not record and experiment.isVisible() and record.isVisible()
    assert isinstance(experiment.form, BehaviouralExperimentForm)
    assert experiment.form.value() == BehaviouralExperiment(balanced, 60)
    # Filled in for the person, so leaving asks whether to keep it.
    experiment.cancel()
    assert experiment._confirm is not None
    experiment.reject()
    record.reject()


@pytest.mark.parametrize(
    "kind", [ValuesList.KIND, ActivityLog.KIND, FearLadder.KIND, BehaviouralExperiment.KIND]
)
def test_every_control_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str
) -> None:
    dialog = opened(qtbot, worker, vault, kind)
    form = dialog.form
    if isinstance(form, ValuesForm):
        press(qtbot, form.add_button)
    if isinstance(form, ActivityLogForm):
        form.planned.setChecked(True)
    named = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)
    for widget in form.findChildren(QWidget):
        inside = isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
        if isinstance(widget, named) and widget.isVisible() and not inside:
            assert widget.accessibleName(), (kind, type(widget).__name__)
    for button in form.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName(), kind
    dialog.reject()


def test_a_new_values_list_starts_from_the_newest_and_a_stored_one_stays_itself(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    older = ValuesList([ValueArea("Relationships", "Be kind", 5)])
    newer = ValuesList([ValueArea("Relationships", "Be a warm friend", 8)])
    ids = []
    for values in (older, newer):
        fields = {**values.to_fields(), "status": "complete"}
        entry = run(worker, lambda f=fields: Journal(vault).add(Entry(kind="values", fields=f)))
        ids.append(entry.id)
    dialog = opened(qtbot, worker, vault, ValuesList.KIND)
    form = dialog.form
    assert isinstance(form, ValuesForm)
    assert form.value() == newer and form.last_time.isVisible()
    # Nothing changed yet: leaving doesn't ask, and nothing new is written.
    dialog.cancel()
    assert dialog._confirm is None
    assert run(worker, lambda: Journal(vault).count()) == 2

    kept = opened(qtbot, worker, vault, ValuesList.KIND, stored(worker, vault, ids[0]))
    assert kept.form.value() == older
    assert not kept.form.last_time.isVisible()
    kept.reject()
