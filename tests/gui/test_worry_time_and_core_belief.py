"""Worry time and the core belief worksheet filled in by keyboard alone and read back from a real
vault: a worry put off and looked at again later, and evidence added to the same worksheet on a
later day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.core_belief import CoreBeliefWorksheet, Evidence
from innerspace.core.entries import Entry, local_now
from innerspace.core.worry_time import WorryNote
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.core_belief import CoreBeliefForm
from innerspace.gui.exercises.exercise_dialog import (
    ExerciseDialog,
    open_exercise,
    open_exercise_entry,
)
from innerspace.gui.exercises.worry_time import WorryTimeForm
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.test_sleep_diary import press, tab_to, type_in


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def _opened(qtbot: QtBot, dialog: ExerciseDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _saved(qtbot: QtBot, worker: DatabaseWorker, vault: Vault, dialog: ExerciseDialog) -> Entry:
    tab_to(qtbot, dialog.done_button)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Space)
    return worker.submit(lambda: Journal(vault).get(int(saved.args[0]))).result(timeout=10)


def test_a_worry_is_put_off_then_looked_at_again_by_keyboard_alone(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = open_exercise(WorryNote.KIND, worker, vault)
    _opened(qtbot, dialog)
    form = dialog.form
    assert isinstance(form, WorryTimeForm)
    form.worry.setFocus()
    type_in(qtbot, "Whether I can pay the rent.")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.how_worried
    type_in(qtbot, "7")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.day
    # Tomorrow: today is first, unless today's usual time has gone by.
    tomorrow = local_now().date() + timedelta(days=1)
    while form.day.currentData() != tomorrow.isoformat():
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.time
    type_in(qtbot, "1730")
    assert "let it wait" in form.until_then.text()
    tab_to(qtbot, dialog.later_button)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Space)
    entry = worker.submit(lambda: Journal(vault).get(int(saved.args[0]))).result(timeout=10)
    assert entry.fields["status"] == "draft"
    assert entry.fields["worry_time"] == f"{tomorrow.isoformat()}T17:30"
    assert entry.fields["how_worried"] == 7
    assert entry.title.startswith("Worry: Whether I can pay the rent. (for ")
    assert entry.title.endswith(", 17:30)")

    # At the worry time the same entry is opened again and finished.
    again = open_exercise_entry(worker, vault, entry)
    _opened(qtbot, again)
    shown = again.form
    assert isinstance(shown, WorryTimeForm)
    assert shown.value().worry_time == f"{tomorrow.isoformat()}T17:30"
    shown.worry.setFocus()
    tab_to(qtbot, shown.how_worried_now)
    type_in(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is shown.still_a_worry
    press(qtbot, Qt.Key.Key_Down)  # "Yes, still"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is shown.can_act
    press(qtbot, Qt.Key.Key_Down)  # "Yes, there is"
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "Ask about the hardship fund.")
    finished = _saved(qtbot, worker, vault, again)
    assert finished.id == entry.id
    assert finished.fields["status"] == "complete"
    assert WorryNote.from_fields(finished.fields) == WorryNote(
        "Whether I can pay the rent.",
        f"{tomorrow.isoformat()}T17:30",
        7,
        True,
        3,
        True,
        "Ask about the hardship fund.",
    )
    assert finished.title == "Worry: Whether I can pay the rent. (a step to take)"
    assert "- There is something I can do about it" in finished.body


def test_a_worry_whose_time_has_come_says_so(qtbot: QtBot) -> None:
    form = WorryTimeForm()
    qtbot.addWidget(form)
    past = (local_now() - timedelta(hours=1)).replace(tzinfo=None)
    form.set_value(WorryNote("Rent", past.isoformat(timespec="minutes")))
    assert form.until_then.text().startswith("It's worry time for this one now.")
    assert form.value().worry_time == past.isoformat(timespec="minutes")


def test_a_core_belief_worksheet_by_keyboard_alone(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = open_exercise(CoreBeliefWorksheet.KIND, worker, vault)
    _opened(qtbot, dialog)
    form = dialog.form
    assert isinstance(form, CoreBeliefForm)
    form.hot_thought.setFocus()
    type_in(qtbot, "Nobody replied to my message.")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "They don't want me there.")
    press(qtbot, Qt.Key.Key_Return)  # one step deeper, straight into the next step
    type_in(qtbot, "I'm unlikeable.")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.deeper
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "I'm unlikeable.")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "80")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "Some people like me as I am.")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "20")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.new_evidence
    type_in(qtbot, "Maya saved me a seat.")
    press(qtbot, Qt.Key.Key_Return)
    entry = _saved(qtbot, worker, vault, dialog)
    today = local_now().date().isoformat()
    assert entry.title == "Core belief: I'm unlikeable., 1 piece of evidence"
    assert CoreBeliefWorksheet.from_fields(entry.fields) == CoreBeliefWorksheet(
        "Nobody replied to my message.",
        ["They don't want me there.", "I'm unlikeable."],
        "I'm unlikeable.",
        80,
        "Some people like me as I am.",
        20,
        [Evidence(today, "Maya saved me a seat.")],
    )


def test_evidence_noticed_weeks_later_joins_the_same_worksheet(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    started = CoreBeliefWorksheet(
        belief="I'm unlikeable.",
        new_belief="Some people like me as I am.",
        evidence=[Evidence("2024-06-20", "Maya saved me a seat.")],
    )
    written = datetime(2024, 6, 20, 21, 0).astimezone()
    first = Journal(vault).add(
        Entry(
            kind=started.KIND,
            fields={**started.to_fields(), "status": "complete"},
            body=started.to_markdown(),
            created=written,
            updated=written,
        )
    )
    dialog = open_exercise_entry(worker, vault, first)
    _opened(qtbot, dialog)
    form = dialog.form
    assert isinstance(form, CoreBeliefForm)
    assert form._evidence[0].when.text() == "Thursday 20 June 2024"
    form.new_evidence.setFocus()
    type_in(qtbot, "Sam asked me to come again.")
    press(qtbot, Qt.Key.Key_Return)
    entry = _saved(qtbot, worker, vault, dialog)
    assert entry.id == first.id
    assert worker.submit(lambda: Journal(vault).count()).result(timeout=10) == 1
    assert CoreBeliefWorksheet.from_fields(entry.fields).evidence == [
        Evidence("2024-06-20", "Maya saved me a seat."),
        Evidence(local_now().date().isoformat(), "Sam asked me to come again."),
    ]
    assert entry.title == "Core belief: I'm unlikeable., 2 pieces of evidence"


@pytest.mark.parametrize("form_type", [WorryTimeForm, CoreBeliefForm])
def test_the_forms_fit_their_window_at_half_again_the_text_size(
    qtbot: QtBot, form_type: type[WorryTimeForm] | type[CoreBeliefForm]
) -> None:
    form = form_type()
    qtbot.addWidget(form)
    font = form.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    form.setFont(font)
    # The exercise window opens 720 wide, less its margins; the page never scrolls sideways.
    assert form.minimumSizeHint().width() <= 720 - 2 * 24
