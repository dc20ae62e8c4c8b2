"""The sleep diary filled in by keyboard alone, read back from a real vault, and its weeks shown in
Patterns with figures worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry, local_now
from innerspace.core.sleep_diary import SleepDiary
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog, open_exercise_entry
from innerspace.gui.exercises.sleep_diary import SleepDiaryForm
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def type_in(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def tab_to(qtbot: QtBot, widget: QWidget) -> None:
    for _ in range(40):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def test_a_night_filled_in_by_keyboard_alone_is_stored_and_read_back(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = SleepDiaryForm()
    dialog = ExerciseDialog(worker, vault, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    form.night.setFocus()
    qtbot.waitUntil(form.night.hasFocus)
    assert form.night.currentText().startswith("Last night (")
    # The night before last: one down the list.
    press(qtbot, Qt.Key.Key_Down)
    night = local_now().date() - timedelta(days=2)
    assert "worked out here" in form.worked_out.text()

    for widget, typed in (
        (form.to_bed, "2300"),
        (form.tried_to_sleep, "23.15"),
        (form.minutes_to_sleep, "20"),
        (form.awakenings, "2"),
        (form.minutes_awake, "30"),
        (form.final_waking, "6:45"),
        (form.out_of_bed, "07:00"),
    ):
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, widget.accessibleName()
        type_in(qtbot, typed)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.quality
    press(qtbot, Qt.Key.Key_Down, 4)
    tab_to(qtbot, form.notes)
    type_in(qtbot, "Woke at three.")
    # Worked out as the answers come, never typed: 8 h in bed, 6 h 40 min asleep.
    assert form.worked_out.text() == (
        "Time in bed: 8 h 0 min · Time asleep: 6 h 40 min · Sleep efficiency: 83%"
    )
    tab_to(qtbot, dialog.done_button)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Space)

    entry = worker.submit(lambda: Journal(vault).get(int(saved.args[0]))).result(timeout=10)
    assert entry.kind == SleepDiary.KIND
    spoken = QLocale().toString(QDate(night.year, night.month, night.day), "dddd d MMMM")
    if night.year != local_now().year:
        spoken += f" {night.year}"
    assert entry.title == f"Sleep: the night of {spoken}, 6 h 40 min asleep"
    assert entry.fields["night"] == night.isoformat()
    assert entry.fields["status"] == "complete"
    diary = SleepDiary.from_fields(entry.fields)
    assert (diary.to_bed, diary.tried_to_sleep, diary.final_waking, diary.out_of_bed) == (
        "23:00",
        "23:15",
        "06:45",
        "07:00",
    )
    assert (diary.minutes_to_sleep, diary.awakenings, diary.minutes_awake) == (20, 2, 30)
    assert diary.quality == 4 and diary.notes == "Woke at three."
    assert "- Sleep efficiency: 83%" in entry.body

    reopened = open_exercise_entry(worker, vault, entry)
    qtbot.addWidget(reopened)
    shown = reopened.form
    assert isinstance(shown, SleepDiaryForm)
    assert shown.night.day() == night
    assert shown.quality.currentText() == "Good"
    assert shown.minutes_awake.text() == "30 min"
    reopened.reject()


def test_times_out_of_order_are_pointed_out_and_a_draft_keeps_them(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    form = SleepDiaryForm()
    dialog = ExerciseDialog(worker, vault, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(form.to_bed, "23:00")
    qtbot.keyClicks(form.tried_to_sleep, "22:00")
    qtbot.keyClicks(form.final_waking, "06:00")
    qtbot.keyClicks(form.out_of_bed, "07:00")
    assert "don't seem to follow one another" in form.worked_out.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    entry = worker.submit(lambda: Journal(vault).get(int(saved.args[0]))).result(timeout=10)
    assert entry.fields["status"] == "draft"
    assert entry.fields["tried_to_sleep"] == "22:00"


# -- in Patterns -----------------------------------------------------------------------------------


def _diary(vault: Vault, night: str, bed: str, tried: str, woke: str, up: str, **more: int) -> int:
    diary = SleepDiary(
        night=night,
        to_bed=bed,
        tried_to_sleep=tried,
        final_waking=woke,
        out_of_bed=up,
        minutes_to_sleep=more.get("minutes_to_sleep", 0),
        awakenings=more.get("awakenings", 0),
        minutes_awake=more.get("minutes_awake"),
        quality=more.get("quality"),
    )
    written = datetime.fromisoformat(night).replace(hour=8, tzinfo=ZONE) + timedelta(days=1)
    entry = Journal(vault).add(
        Entry(
            kind=SleepDiary.KIND,
            fields={**diary.to_fields(), "status": "complete"},
            body=diary.to_markdown(),
            created=written,
            updated=written,
        )
    )
    assert entry.id is not None
    return entry.id


def _screen(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> PatternsScreen:
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    return shown


def _table(shown: PatternsScreen) -> list[list[str]]:
    model = shown.sleep_section.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_no_diary_says_what_will_appear(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    shown = _screen(qtbot, worker, vault)
    assert "When you keep a sleep diary" in shown.sleep_section.empty.text()
    assert shown.sleep_section.empty.isVisible()
    assert _table(shown) == []


def test_one_night_is_one_week(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    _diary(vault, "2024-06-26", "22:00", "22:00", "05:00", "06:00", minutes_to_sleep=30)
    shown = _screen(qtbot, worker, vault)
    # 8 h in bed; 7 h from trying to waking, less 30 min: 6 h 30 min asleep, 81 %.
    ((_week, nights, in_bed, asleep, efficiency, quality),) = _table(shown)
    assert (nights, in_bed, asleep, efficiency, quality) == (
        "1",
        "8 h 0 min",
        "6 h 30 min",
        "81%",
        "–",
    )
    assert shown.sleep_section.note.text() == (
        "Over 1 night you slept 6 h 30 min a night on average, 81% of your time in bed."
    )


def test_weeks_of_sleep_as_worked_out_by_hand_and_their_diaries(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    first = _diary(vault, "2024-06-17", "23:00", "23:15", "06:45", "07:00", minutes_to_sleep=20,
                   awakenings=2, minutes_awake=30, quality=4)  # fmt: skip
    second = _diary(vault, "2024-06-19", "08:30", "08:30", "15:00", "15:30", minutes_to_sleep=10,
                    quality=2)  # fmt: skip
    _diary(vault, "2024-06-24", "23:50", "00:20", "05:20", "05:20", awakenings=1,
           minutes_awake=60)  # fmt: skip
    shown = _screen(qtbot, worker, vault)
    rows = _table(shown)
    # Week of the 17th: in bed 480 and 420 min (450 on average), asleep 400 and 380 (390),
    # efficiency 83.3 % and 90.5 % (86.9 %), quality 4 and 2 (3.0).
    assert [r[1:] for r in rows] == [
        ["2", "7 h 30 min", "6 h 30 min", "87%", "3.0"],
        ["1", "5 h 30 min", "4 h 0 min", "73%", "–"],
    ]
    # Three nights: asleep (400 + 380 + 240) / 3 = 340 min; efficiency (83.3 + 90.5 + 72.7) / 3.
    assert shown.sleep_section.note.text() == (
        "Over 3 nights you slept 5 h 40 min a night on average, 82% of your time in bed."
    )
    chart = shown.sleep_section.sleep_chart
    assert "in bed 7.5 h, asleep 6.5 h · sleep efficiency 87%, 2 nights" in chart.describe(
        date(2024, 6, 17)
    )
    shown.sleep_section.toggle.click()
    table = shown.sleep_section.table
    table.setFocus()
    table.setCurrentIndex(shown.sleep_section.model.index(0, 0))
    with qtbot.waitSignal(shown.entries_requested, timeout=5_000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert sorted(signal.args[0]) == sorted([first, second])
