"""The DBT diary card filled in by keyboard alone and read back from a real vault, with the
person's own target behaviours kept; the skill cards from the card and from Support now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.dbt_diary_card import DiaryCard, FeelingRating, SkillUse, TargetRating
from innerspace.core.entries import Entry, local_now
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.dbt_diary_card import DiaryCardForm
from innerspace.gui.exercises.exercise_dialog import open_exercise, open_exercise_entry
from innerspace.gui.exercises.skill_cards import SkillCardsDialog
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.diary_card_targets import load_targets, save_targets
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.gui.test_sleep_diary import press, tab_to, type_in


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def test_a_day_filled_in_by_keyboard_alone_is_stored_and_read_back(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    worker.submit(lambda: save_targets(vault, ["Cutting"])).result(timeout=10)
    dialog = open_exercise(DiaryCard.KIND, worker, vault)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert isinstance(form, DiaryCardForm)
    qtbot.waitUntil(lambda: form.targets() == ["Cutting"], timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form.day.setFocus()
    assert form.day.currentText().startswith("Today (")

    # The listed target: urge 3, not acted on.
    press(qtbot, Qt.Key.Key_Tab)
    cutting = form._target_rows[0]
    assert QApplication.focusWidget() is cutting.urge
    type_in(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down, 2)  # "Didn't act on it"
    # A new target, named in the person's words: Enter adds it and moves to its urge.
    tab_to(qtbot, form.new_target)
    type_in(qtbot, "Shouting at people I love")
    press(qtbot, Qt.Key.Key_Return)
    assert form.targets() == ["Cutting", "Shouting at people I love"]
    assert QApplication.focusWidget() is form._target_rows[1].urge
    type_in(qtbot, "1")
    tab_to(qtbot, form.feelings["sadness"])
    type_in(qtbot, "4")
    # A skill chosen from the list, added, and said to have helped.
    tab_to(qtbot, form.skill_choice)
    type_in(qtbot, "TIPP")
    assert form.skill_choice.currentData() == "tipp"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.add_skill
    press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is form._skill_rows[0].helped
    press(qtbot, Qt.Key.Key_Down)  # "It helped"
    tab_to(qtbot, form.notes)
    type_in(qtbot, "The evening was the hardest.")
    tab_to(qtbot, dialog.done_button)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_Space)

    entry = worker.submit(lambda: Journal(vault).get(int(saved.args[0]))).result(timeout=10)
    today = local_now().date()
    assert entry.kind == DiaryCard.KIND and entry.fields["status"] == "complete"
    assert entry.title.startswith("Diary card: ") and entry.title.endswith(", strongest urge 3/5")
    card = DiaryCard.from_fields(entry.fields)
    assert card == DiaryCard(
        day=today.isoformat(),
        targets=[
            TargetRating("Cutting", 3, False),
            TargetRating("Shouting at people I love", 1, None),
        ],
        feelings=[FeelingRating("sadness", 4)],
        skills=[SkillUse("tipp", True)],
        notes="The evening was the hardest.",
    )
    assert "- TIPP — helped" in entry.body
    assert worker.submit(lambda: load_targets(vault)).result(timeout=10) == [
        "Cutting",
        "Shouting at people I love",
    ]

    reopened = open_exercise_entry(worker, vault, entry)
    qtbot.addWidget(reopened)
    shown = reopened.form
    assert isinstance(shown, DiaryCardForm)
    qtbot.waitUntil(lambda: len(shown.targets()) == 2, timeout=10_000)
    assert shown._target_rows[0].acted.currentText() == "Didn't act on it"
    assert shown._skill_rows[0].helped.currentText() == "It helped"
    reopened.reject()


def test_a_target_removed_from_the_list_is_forgotten_but_old_cards_keep_it(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    worker.submit(lambda: save_targets(vault, ["Cutting", "Bingeing"])).result(timeout=10)
    dialog = open_exercise(DiaryCard.KIND, worker, vault)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert isinstance(form, DiaryCardForm)
    qtbot.waitUntil(lambda: len(form.targets()) == 2, timeout=10_000)
    qtbot.mouseClick(form._target_rows[1].remove, Qt.MouseButton.LeftButton)
    assert form.targets() == ["Cutting"]
    worker.wait()
    assert worker.submit(lambda: load_targets(vault)).result(timeout=10) == ["Cutting"]
    assert form.is_empty()
    dialog.reject()


def test_the_skill_cards_open_from_the_card_and_from_support_now(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    dialog = open_exercise(DiaryCard.KIND, worker, vault)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert isinstance(form, DiaryCardForm)
    qtbot.mouseClick(form.cards_button, Qt.MouseButton.LeftButton)
    cards = form.findChild(SkillCardsDialog)
    assert cards is not None and cards.isVisible()
    view = cards.view
    assert view.title.text().startswith("TIPP")
    assert view.caution_box.isVisible() and "heart condition" in view.caution.text()
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert view.title.text().startswith("STOP")
    assert not view.caution_box.isVisible()
    dialog.reject()
    assert not cards.isVisible()

    support = SupportNowDialog(reduce_motion=True)
    qtbot.addWidget(support)
    support.show()
    support.show_tab("skills")
    assert support.tabs.currentWidget() is support.skill_cards
    assert support.tabs.tabText(support.tabs.currentIndex()) == "S&kill cards"
    support.skill_cards.list.setFocus()
    qtbot.keyClicks(support.skill_cards.list, "Radical")  # type to find, as in any list
    assert support.skill_cards.title.text() == "Radical acceptance"
    assert "not approving" in support.skill_cards.when.text()


def test_the_card_fits_its_window_at_half_again_the_text_size(qtbot: QtBot) -> None:
    form = DiaryCardForm()
    qtbot.addWidget(form)
    font = form.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    form.setFont(font)
    form.set_targets(["Shouting at people I love"])
    # The exercise window opens 720 wide, less its margins; the page never scrolls sideways.
    assert form.minimumSizeHint().width() <= 720 - 2 * 24


# -- in Patterns -----------------------------------------------------------------------------------


def _card(vault: Vault, day: str, card: DiaryCard) -> int:
    written = datetime.fromisoformat(day).replace(hour=21).astimezone()
    entry = Journal(vault).add(
        Entry(
            kind=DiaryCard.KIND,
            fields={**card.to_fields(), "day": day, "status": "complete"},
            body=card.to_markdown(),
            created=written,
            updated=written,
        )
    )
    assert entry.id is not None
    return entry.id


def _patterns(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> PatternsScreen:
    shown = PatternsScreen(worker, Feelings(vault), "dark", today=lambda: date(2024, 6, 30))
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    return shown


def _rows(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_no_card_says_what_will_appear(qtbot: QtBot, worker: DatabaseWorker, vault: Vault) -> None:
    section = _patterns(qtbot, worker, vault).diary_card_section
    assert "When you keep a DBT diary card" in section.empty.text()
    assert not section.skills_table.isVisible()


def test_urges_and_skills_as_worked_out_by_hand(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault
) -> None:
    first = _card(
        vault,
        "2024-06-17",
        DiaryCard(targets=[TargetRating("Cutting", 3, False)], skills=[SkillUse("tipp", True)]),
    )
    second = _card(
        vault,
        "2024-06-20",
        DiaryCard(targets=[TargetRating("Cutting", 2, True)], skills=[SkillUse("stop")]),
    )
    section = _patterns(qtbot, worker, vault).diary_card_section
    assert section.note.text() == "You kept 2 diary cards in this time."
    # Urges 3 and 2: 2.5 on average; acted on one day of the two.
    assert _rows(section.model) == [["Cutting", "2", "2.5", "1 / 2"]]
    assert _rows(section.skills_model) == [["STOP", "1", "–"], ["TIPP", "1", "1 of 1"]]
    section.skills_table.setFocus()
    section.skills_table.setCurrentIndex(section.skills_model.index(1, 0))
    with qtbot.waitSignal(section.entries_requested, timeout=5_000) as signal:
        qtbot.keyClick(section.skills_table, Qt.Key.Key_Return)
    assert signal.args == [[first]]
    section.toggle.click()
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(0, 0))
    with qtbot.waitSignal(section.entries_requested, timeout=5_000) as signal:
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert signal.args == [[first, second]]
