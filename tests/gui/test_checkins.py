"""Check-ins in the app: taken with the keyboard, answered in calm words, kept, and PHQ-9's
ninth answer above "not at all" always meets the care card."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from innerspace.core.checkins import OwnCheckin, QuestionnaireCheckin, ScaleRating
from innerspace.core.support import CARE_SENTENCE
from innerspace.gui.checkins.checkin_dialog import CheckinDialog
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.main_window import AppWindow
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.checkin_records import load_own_scales, save_checkin, stored_checkins
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.preferences import Preferences
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle
from tests.security.leaks import CANARY, find_leaks, needles


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")


def _open(
    qtbot: QtBot,
    make_window: WindowFactory,
    vault: Vault,
    data_dir: Path,
    prefs: Preferences | None = None,
) -> AppWindow:
    vault.close()
    window = make_window(data_dir, prefs or Preferences(country="GB"))
    unlock(qtbot, window)
    return window


def _start(qtbot: QtBot, window: AppWindow, name: str) -> CheckinDialog:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Check-ins")
    action = next(a for a in menu.actions() if a.text().startswith(name))
    action.trigger()
    dialog = next(d for d in window.findChildren(CheckinDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog


def _answer(qtbot: QtBot, dialog: CheckinDialog, answers: list[int]) -> None:
    """Each answer by its number on the keyboard, then Enter, as a person would."""
    for value in answers:
        focused = dialog.focusWidget() or dialog
        qtbot.keyClicks(focused, str(value))
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _june(day: int) -> datetime:
    return datetime(2024, 6, 1, 9, tzinfo=timezone(timedelta(hours=2))) + timedelta(days=day - 1)


def test_a_phq9_is_taken_with_the_keyboard_and_answered_calmly(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "PHQ-9")
    page = dialog.question_page
    assert page.instruction.text().startswith("Over the last 2 weeks, how often")
    assert page.question.text() == "Little interest or pleasure in doing things"
    assert [b.accessibleName() for b in page.buttons] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert not dialog.next_button.isEnabled()  # nothing chosen yet

    # The arrow keys move through the answers; Enter goes on.
    page.focus_answers()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert page.answer() == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert page.position.text() == "Question 2 of 9"
    # Back keeps what was chosen.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert page.answer() == 2
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    _answer(qtbot, dialog, [2, 2, 2, 2, 1, 1, 0, 0])
    assert page.position.text() == "One last question"
    assert "isn't counted in the score" in page.note.text()
    _answer(qtbot, dialog, [1])

    result = dialog.result_page
    qtbot.waitUntil(result.isVisible, timeout=5_000)
    assert result.result.text() == "Score 12 of 27: in the range often called moderate."
    assert result.change.text().startswith("This is your first one")
    assert "a check-in, not a diagnosis" in result.not_a_diagnosis.text()
    assert "Spitzer" in result.credit.text() and "Pfizer" in result.credit.text()
    assert dialog.label.text() == "A check-in, not a diagnosis."
    assert not result.care_card.isVisible()
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert [c for _i, _t, c in stored_checkins(window.vault)] == [
        QuestionnaireCheckin("phq9", (2, 2, 2, 2, 2, 1, 1, 0, 0), difficulty=1)
    ]
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_all_not_at_all_skips_the_difficulty_question(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "GAD-7")
    _answer(qtbot, dialog, [0] * 6)
    # On the last question, any answer above "not at all" leads to the unscored one.
    qtbot.keyClicks(dialog.focusWidget(), "1")
    assert dialog.next_button.text() == "&Next"
    qtbot.keyClicks(dialog.focusWidget(), "0")
    assert dialog.next_button.text() == "&See my result"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    assert dialog.result_page.result.text() == "Score 0 of 21: in the range often called minimal."


def test_a_second_who5_says_how_far_it_moved(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    save_checkin(Journal(vault), QuestionnaireCheckin("who5", (5, 5, 5, 5, 5)))
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "WHO-5")
    assert "over the last two weeks" in dialog.question_page.instruction.text()
    _answer(qtbot, dialog, [1, 1, 1, 2, 1])
    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    result = dialog.result_page
    assert result.result.text() == (
        "Wellbeing 24 of 100: in the range of lower wellbeing, worth talking over with a "
        "professional."
    )
    assert result.change.text() == (
        "76 points lower than last time (100 → 24). That is a change large enough to be meaningful."
    )
    assert "World Health Organization" in result.credit.text()


@pytest.mark.parametrize("item9", [1, 3])
def test_phq9_item_9_always_brings_the_care_card(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, item9: int
) -> None:
    # The care check on words is off, and today's card was already offered: still shown.
    window = _open(qtbot, make_window, vault, data_dir, Preferences(country="GB", care_check=False))
    window.care_check._offered_on = window.care_check.today()
    dialog = _start(qtbot, window, "PHQ-9")
    _answer(qtbot, dialog, [0] * 8 + [item9])
    _answer(qtbot, dialog, [0])

    card = dialog.result_page.care_card
    qtbot.waitUntil(card.isVisible, timeout=5_000)
    assert not dialog.care_card.isVisible()  # one card on the result page, not two
    assert card.sentence.text() == CARE_SENTENCE
    assert card.line_button.text() == "Call 116 123"
    assert (
        dialog.result_page.result.text()
        == f"Score {item9} of 27: in the range often called minimal."
    )
    assert not card.turn_off_button.isVisible()  # this card is not the one the setting turns off

    with qtbot.waitSignal(dialog.support_requested) as asked:
        qtbot.mouseClick(card.plan_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["plan"]


def test_the_care_card_comes_with_the_answer_and_stays_if_saving_fails(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "PHQ-9")
    _answer(qtbot, dialog, [0] * 8)
    assert not dialog.care_card.isVisible()
    _answer(qtbot, dialog, [2])  # item 9: before anything is saved, the card is there
    qtbot.waitUntil(dialog.care_card.isVisible, timeout=5_000)
    assert dialog.care_card.sentence.text() == CARE_SENTENCE

    # The journal can't keep it just now: the answers and the card both stay.
    assert window.vault is not None
    window.worker.submit(window.vault.close).result(timeout=10)
    _answer(qtbot, dialog, [0])
    qtbot.waitUntil(dialog.message.isVisible, timeout=5_000)
    assert dialog.care_card.isVisible()
    assert not dialog.result_page.isVisible()


def test_phq9_item_9_not_at_all_brings_no_card_whatever_the_total(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "PHQ-9")
    _answer(qtbot, dialog, [3] * 8 + [0] + [3])
    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    assert dialog.result_page.result.text().startswith("Score 24 of 27")
    assert not dialog.result_page.care_card.isVisible()


def test_an_own_checkin_with_named_scales_and_a_note(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    save_checkin(Journal(vault), OwnCheckin((ScaleRating("Sleep", 3),)))
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "&My check-in")
    form = dialog.own_form
    assert form.empty_note.isVisible()
    for name in ("Sleep", "Energy"):
        qtbot.keyClicks(form.new_scale, name)
        qtbot.keyClick(form.new_scale, Qt.Key.Key_Return)
    assert form.scales() == ["Sleep", "Energy"]
    assert not dialog.next_button.isEnabled()  # nothing rated yet
    sleep = form.boxes["Sleep"]
    assert sleep.hasFocus() is False and sleep.accessibleName() == "Sleep"
    sleep.setFocus()
    for _ in range(6):
        qtbot.keyClick(sleep, Qt.Key.Key_Up)
    assert sleep.score() == 6
    qtbot.keyClicks(form.notes, "Slept better after the walk.")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    assert dialog.result_page.result.text() == "Sleep: 6 of 10 (3 last time)"
    assert not dialog.result_page.credit.isVisible()
    wait_idle(qtbot, window)
    assert window.vault is not None
    assert load_own_scales(window.vault) == ["Sleep", "Energy"]
    assert [c for _i, _t, c in stored_checkins(window.vault)][-1] == OwnCheckin(
        (ScaleRating("Sleep", 6),), "Slept better after the walk."
    )


def test_care_words_in_an_own_note_bring_the_card_to_the_check_in(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "&My check-in")
    form = dialog.own_form
    qtbot.keyClicks(form.new_scale, "Calm")
    qtbot.keyClick(form.new_scale, Qt.Key.Key_Return)
    qtbot.keyClick(form.boxes["Calm"], Qt.Key.Key_Up)
    qtbot.keyClicks(form.notes, f"{CANARY} Some days I want to die.")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    card = dialog.result_page.care_card
    qtbot.waitUntil(card.isVisible, timeout=5_000)
    assert card.turn_off_button.isVisible()  # the first card of a run says how to turn it off
    assert not window.journal_screen.care_card.isVisible()  # type: ignore[union-attr]

    # Nothing about it is kept anywhere but in the encrypted check-in itself.
    window.lock()
    wait_idle(qtbot, window)
    assert find_leaks(data_dir, needles([CANARY, "want to die", "Calm"])) == []


def test_a_stored_checkin_reads_in_the_timeline_and_opens_on_its_result(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    journal = Journal(vault)
    save_checkin(journal, QuestionnaireCheckin("gad7", (3,) * 7), _june(1))
    save_checkin(journal, QuestionnaireCheckin("gad7", (1,) * 7), _june(2))
    vault.close()
    window = make_window(data_dir, Preferences(country="GB"))
    screen = unlock(qtbot, window)
    qtbot.waitUntil(lambda: screen.timeline.rowCount() == 2, timeout=10_000)

    screen.timeline_view.setCurrentIndex(screen.timeline.index(0))
    qtbot.waitUntil(lambda: "Score 7 of 21" in screen.editor.body(), timeout=10_000)
    assert screen.editor.text.isReadOnly()
    assert screen.editor.open_exercise_button.text() == "&Open check-in"
    qtbot.mouseClick(screen.editor.open_exercise_button, Qt.MouseButton.LeftButton)

    dialog = next(d for d in window.findChildren(CheckinDialog) if d.isVisible())
    qtbot.waitUntil(dialog.result_page.isVisible, timeout=5_000)
    assert dialog.result_page.result.text() == "Score 7 of 21: in the range often called mild."
    assert dialog.result_page.change.text().startswith("14 points lower than last time (21 → 7)")
    assert dialog.close_button.isVisible() and not dialog.next_button.isVisible()


@pytest.mark.parametrize("rated", [True, False])
def test_locking_closes_a_check_in_and_keeps_words_written_in_its_note(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path, rated: bool
) -> None:
    window = _open(qtbot, make_window, vault, data_dir)
    dialog = _start(qtbot, window, "&My check-in")
    form = dialog.own_form
    qtbot.keyClicks(form.new_scale, "Energy")
    qtbot.keyClick(form.new_scale, Qt.Key.Key_Return)
    if rated:
        qtbot.keyClick(form.boxes["Energy"], Qt.Key.Key_Up)
    qtbot.keyClicks(form.notes, "Half a thought")

    window.lock()
    wait_idle(qtbot, window)

    assert not any(d.isVisible() for d in window.findChildren(CheckinDialog))
    ratings = (ScaleRating("Energy", 1),) if rated else ()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert [c for _i, _t, c in stored_checkins(reopened)] == [
            OwnCheckin(ratings, "Half a thought")
        ]


# -- Patterns ----------------------------------------------------------------------------------


def test_patterns_shows_each_checkin_over_time_and_opens_one(qtbot: QtBot, vault: Vault) -> None:
    journal = Journal(vault)
    save_checkin(journal, QuestionnaireCheckin("phq9", (2,) * 9), _june(-30))
    first = save_checkin(journal, QuestionnaireCheckin("phq9", (2,) * 8 + (0,)), _june(10))
    last = save_checkin(journal, QuestionnaireCheckin("phq9", (1,) * 9), _june(24))
    save_checkin(journal, OwnCheckin((ScaleRating("Sleep", 7),)), _june(25))
    worker = DatabaseWorker()
    screen = PatternsScreen(worker, Feelings(vault), "light", today=lambda: date(2024, 6, 30))
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.start()
    section = screen.checkin_section

    assert [section.picker.itemText(i) for i in range(section.picker.count())] == [
        "PHQ-9",
        "Sleep",
    ]
    assert section.change.text() == (
        "Taken 2 times in this time. From 18 to 9. That is a change large enough to be meaningful."
    )
    model = section.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [row[1:] for row in rows] == [["9 of 27", "mild"], ["16 of 27", "moderately severe"]]
    assert not section.empty.isVisible()

    with qtbot.waitSignal(screen.entries_requested) as asked:
        section.table.setFocus()
        section.table.setCurrentIndex(model.index(1, 0))
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert asked.args == [[first.id]]
    assert last.id is not None

    section.picker.setCurrentIndex(1)
    assert section.change.text() == "Taken once in this time."
    assert model.index(0, 1).data() == "7 of 10"
    worker.wait()
    worker.shutdown()


def test_patterns_says_where_checkins_will_show(qtbot: QtBot, vault: Vault) -> None:
    worker = DatabaseWorker()
    screen = PatternsScreen(worker, Feelings(vault), "dark", today=lambda: date(2024, 6, 30))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.start()
    section = screen.checkin_section
    assert "Check-ins menu" in section.empty.text()
    assert not section.picker_row.isVisible()
    worker.wait()
    worker.shutdown()
