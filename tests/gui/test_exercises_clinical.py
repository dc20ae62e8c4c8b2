"""Exercises that follow their clinical sources: help from every exercise window, a way out of
the body scan, the nightmare note, the friend question where kindness is asked, and what both
ends of each rating mean, written beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QSlider, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.exercises import load_exercise_guides
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.body_scan import BodyScanForm
from innerspace.gui.exercises.dream_log import DreamLogForm
from innerspace.gui.exercises.exercise_dialog import (
    EXERCISE_KINDS,
    ExerciseDialog,
    build_form,
    open_exercise,
)
from innerspace.gui.exercises.grounding import GroundingForm
from innerspace.gui.exercises.self_compassion import SelfCompassionForm
from innerspace.gui.exercises.thought_record import ThoughtRecordForm
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.gui.main_window import AppWindow
from innerspace.gui.support.support_now import SupportNowDialog
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WindowFactory, unlock, wait_idle

LEFT = Qt.MouseButton.LeftButton


def _opened(qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path) -> AppWindow:
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    return window


def _exercise_window(window: AppWindow) -> ExerciseDialog:
    return [d for d in window.findChildren(ExerciseDialog) if d.isVisible()][-1]


def test_support_now_opens_from_a_thought_record_window(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _opened(qtbot, make_window, vault, data_dir)
    window.start_exercise("thought-record")
    dialog = _exercise_window(window)
    qtbot.keyClicks(dialog.form.situation, "The call with my brother")  # type: ignore[attr-defined]
    assert not [d for d in window.findChildren(SupportNowDialog) if d.isVisible()]

    qtbot.mouseClick(dialog.support_button, LEFT)

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SupportNowDialog)))
    # The thought record stays as it was, to come back to.
    assert dialog.isVisible()
    assert dialog.form.value().situation == "The call with my brother"  # type: ignore[attr-defined]


def test_a_stored_exercise_reopened_also_offers_support_now(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _opened(qtbot, make_window, vault, data_dir)
    window.start_exercise("relationship-pattern")
    first = _exercise_window(window)
    qtbot.keyClicks(first.form.boxes["situation"], "Dinner")  # type: ignore[attr-defined]
    with qtbot.waitSignal(first.saved, timeout=10_000) as saved:
        first.save("complete")
    assert window.vault is not None
    entry = Journal(window.vault).get(saved.args[0])
    window.open_exercise_entry(entry)
    again = _exercise_window(window)
    qtbot.mouseClick(again.support_button, LEFT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SupportNowDialog)))


def test_every_exercise_window_has_support_now(qtbot: QtBot, vault: Vault) -> None:
    worker = DatabaseWorker()
    try:
        for kind in EXERCISE_KINDS:
            dialog = open_exercise(kind, worker, vault)
            qtbot.addWidget(dialog)
            assert dialog.support_button.isVisible(), kind
            # The keyboard starts in the exercise, not on a button that leaves it.
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            focused = QApplication.focusWidget()
            assert focused is not None and dialog.form.isAncestorOf(focused), kind
            if isinstance(dialog.form, BodyScanForm):
                assert focused is not dialog.form.way_out_button
            with qtbot.waitSignal(dialog.support_requested):
                qtbot.mouseClick(dialog.support_button, LEFT)
            dialog.reject()
    finally:
        worker.wait()
        worker.shutdown()


def test_the_body_scan_way_out_switches_to_grounding(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    window = _opened(qtbot, make_window, vault, data_dir)
    window.start_exercise("body-scan")
    dialog = _exercise_window(window)
    form = dialog.form
    assert isinstance(form, BodyScanForm)
    guide = load_exercise_guides()["body-scan"]
    assert form.way_out.isVisible()
    assert form.way_out.text() == guide.content["way_out"]
    assert "numbness or memories" in form.way_out.text()

    qtbot.mouseClick(form.way_out_button, LEFT)

    grounding = _exercise_window(window)
    assert grounding is not dialog
    assert isinstance(grounding.form, GroundingForm)
    # The body scan is left as it was, behind, rather than closed with its words.
    assert dialog.isVisible()


def test_the_dream_log_says_a_nightmare_need_not_be_gone_back_into(qtbot: QtBot) -> None:
    form = DreamLogForm()
    qtbot.addWidget(form)
    form.show()
    note = load_exercise_guides()["dream-log"].content["nightmare_note"]
    assert form.nightmare_note.isVisible()
    assert form.nightmare_note.text() == note
    assert "you don't have to go back into it" in note


def test_self_compassion_asks_who_else_then_the_friend_question_with_kindness(
    qtbot: QtBot,
) -> None:
    form = SelfCompassionForm()
    qtbot.addWidget(form)
    form.show()
    # Common humanity: others feel this too. Kindness: what you'd say to a friend, to yourself.
    assert form.boxes["common_humanity"].accessibleName() == (
        "Who else might feel something like this?"
    )
    assert "friend" in form.boxes["kindness"].accessibleName()
    assert "friend" not in form.boxes["common_humanity"].accessibleName()


def _ratings(form: QWidget) -> list[QWidget]:
    """Every 0–10 or 0–100 control of the form. The feeling picker's strength is left out: it
    is the journal's own control, shared with the editor, and speaks of strength in words."""
    pickers = form.findChildren(EmotionPicker)
    controls = [*form.findChildren(QAbstractSpinBox), *form.findChildren(QSlider)]
    return [
        c
        for c in controls
        if not any(p.isAncestorOf(c) for p in pickers)
        and not c.inherits("QDateTimeEdit")
        and "minutes" not in c.accessibleName()  # the free-writing timer, not a rating
        and not c.property("quantity")  # a count or a length of time (the sleep diary's)
    ]


@pytest.mark.parametrize("kind", sorted(EXERCISE_KINDS))
def test_both_ends_of_every_rating_are_written_beside_it(
    qtbot: QtBot, vault: Vault, kind: str
) -> None:
    worker = DatabaseWorker()
    try:
        form = build_form(kind, worker, vault)
        qtbot.addWidget(form)
        if isinstance(form, ThoughtRecordForm):
            # The feelings re-rated at the end appear as sliders once a feeling is named.
            form.before.set_emotions([EmotionTag("anxious", 60, "before")])
            form._before_changed()
        form.show()
        worker.wait()
        shown = {lbl.text() for lbl in form.findChildren(QLabel)}
        ratings = _ratings(form)
        assert ratings or kind in {
            "free-association",
            "self-compassion-break",
            "dream-log",
            "relationship-pattern",
            "sleep-diary",  # its quality is said in words, the rest are times and counts
        }
        for rating in ratings:
            ends = rating.accessibleDescription()
            top = ("5 =", "10 =", "100 =")
            assert "0 =" in ends and any(t in ends for t in top), rating.accessibleName()
            meaning = ends[ends.index("0 =") :]
            assert any(meaning in text for text in shown), rating.accessibleName()
    finally:
        worker.wait()
        worker.shutdown()


def test_exercise_pickers_offer_and_keep_words_of_ones_own(
    qtbot: QtBot, make_window: WindowFactory, vault: Vault, data_dir: Path
) -> None:
    from innerspace.core.emotions import own_word
    from innerspace.storage.own_words import OwnWords

    OwnWords(vault).add(own_word("hangry", "anger", -0.6, 0.8))
    vault.close()
    window = make_window(data_dir)
    unlock(qtbot, window)
    window.start_exercise("thought-record")
    dialog = window.findChildren(ExerciseDialog)[-1]
    picker = dialog.form.findChildren(EmotionPicker)[0]
    wait_idle(qtbot, window)
    qtbot.keyClicks(picker.search, "hang")
    assert picker.offered.index(0).data() == "hangry"
    picker.search.setText("")
    qtbot.keyClicks(picker.search, "wobbly")
    qtbot.mouseClick(picker.add_own_button, Qt.MouseButton.LeftButton)
    form = picker.own_word_dialog
    assert form is not None
    form.family.setCurrentIndex(form.family.findText("Fear and anxiety"))
    form.buttons.accepted.emit()
    wait_idle(qtbot, window)
    dialog.reject()
    window.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert sorted(w.word for w in OwnWords(reopened).all()) == ["hangry", "wobbly"]
