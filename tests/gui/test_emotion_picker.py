"""The emotion picker, driven by keyboard alone and by mouse, as a person would use it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag, load_vocabulary, own_word
from innerspace.gui.journal.emotion_models import IntensityRole
from innerspace.gui.journal.emotion_picker import EmotionPicker


def make_picker(qtbot: QtBot) -> EmotionPicker:
    picker = EmotionPicker()
    qtbot.addWidget(picker)
    picker.resize(360, 900)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    return picker


def offered_words(picker: EmotionPicker) -> list[str]:
    model = picker.offered
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def chosen_words(picker: EmotionPicker) -> list[str]:
    model = picker.chosen
    return [str(model.index(r).data()) for r in range(model.rowCount())]


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_type_enter_tab_and_arrows_name_a_feeling_and_its_strength(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    picker.search.setFocus()

    qtbot.keyClicks(picker.search, "anx")
    assert offered_words(picker)[0] == "anxious"
    assert "anxious" in picker.offered_caption.text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    assert chosen_words(picker) == ["anxious"]
    assert picker.search.text() == ""
    assert picker.search.hasFocus()
    # Strength is said in words, and the chip right under the search field says it too.
    assert picker.intensity_value.text() == "quite"
    assert "anxious" in picker.intensity_label.text()
    chip = picker.chosen.index(0)
    assert "quite" in chip.data(Qt.ItemDataRole.AccessibleTextRole)
    assert picker.chosen_view.geometry().top() < picker.offered_view.geometry().top()

    tab(qtbot, 2)
    assert picker.intensity.hasFocus()
    qtbot.keyClick(picker.intensity, Qt.Key.Key_Right)
    qtbot.keyClick(picker.intensity, Qt.Key.Key_Right)
    assert picker.intensity_value.text() == "quite"
    qtbot.keyClick(picker.intensity, Qt.Key.Key_Left)
    assert picker.emotions() == [EmotionTag("anxious", 55)]
    for _ in range(5):
        qtbot.keyClick(picker.intensity, Qt.Key.Key_PageUp)
    assert picker.intensity_value.text() == "very"
    assert picker.emotions() == [EmotionTag("anxious", 100)]
    assert len(changes) == 7  # added, three changes of strength, three pages up to 100


def test_down_moves_into_the_results_and_enter_adds_the_word_there(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "sa")
    words = offered_words(picker)
    assert len(words) > 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.offered_view.hasFocus()
    qtbot.keyClick(picker.offered_view, Qt.Key.Key_Down)
    assert picker.definition.text().startswith(f"{words[1]}:")
    qtbot.keyClick(picker.offered_view, Qt.Key.Key_Return)
    assert chosen_words(picker) == [words[1]]
    # Up from the first word goes back to typing.
    qtbot.keyClick(picker.offered_view, Qt.Key.Key_Up)
    qtbot.keyClick(picker.offered_view, Qt.Key.Key_Up)
    assert picker.search.hasFocus()


def test_recently_used_words_lead_the_search(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    qtbot.keyClicks(picker.search, "a")
    first_without = offered_words(picker)[0]
    picker.set_recent(["afraid"])
    assert first_without != "afraid"
    assert offered_words(picker)[0] == "afraid"


def test_remove_by_keyboard_from_the_list_and_with_the_button(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.search.setFocus()
    for word in ("anxious", "tired", "hopeful"):
        qtbot.keyClicks(picker.search, word)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen_words(picker) == ["anxious", "tired", "hopeful"]

    tab(qtbot)
    assert picker.chosen_view.hasFocus()
    qtbot.keyClick(picker.chosen_view, Qt.Key.Key_Up)
    assert "tired" in picker.intensity_label.text()
    qtbot.keyClick(picker.chosen_view, Qt.Key.Key_Delete)
    assert chosen_words(picker) == ["anxious", "hopeful"]

    tab(qtbot, 2)
    assert picker.remove_button.hasFocus()
    assert picker.remove_button.accessibleName() == "Remove hopeful"
    qtbot.keyClick(picker.remove_button, Qt.Key.Key_Space)
    assert chosen_words(picker) == ["anxious"]
    picker.remove_button.click()
    assert chosen_words(picker) == []
    assert not picker.remove_button.isVisible()
    assert picker.empty_note.isVisible()
    assert picker.search.hasFocus()


def test_browse_a_family_by_keyboard(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    vocabulary = load_vocabulary()
    picker.families_view.setFocus()
    qtbot.keyClick(picker.families_view, Qt.Key.Key_Right)
    qtbot.keyClick(picker.families_view, Qt.Key.Key_Right)
    family = vocabulary.families[picker.families_view.currentIndex().row()]
    qtbot.keyClick(picker.families_view, Qt.Key.Key_Return)

    assert family.name in picker.offered_caption.text()
    assert offered_words(picker) == [e.word for e in vocabulary.in_family(family.id)]
    assert picker.offered_view.hasFocus()
    qtbot.keyClick(picker.offered_view, Qt.Key.Key_Return)
    assert chosen_words(picker) == [vocabulary.in_family(family.id)[0].word]


def test_the_feeling_map_by_arrow_keys_offers_nearby_words(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    vocabulary = load_vocabulary()
    picker.map.setFocus()
    assert picker.map.point() == (0.0, 0.5)
    for _ in range(7):
        qtbot.keyClick(picker.map, Qt.Key.Key_Left)
    for _ in range(6):
        qtbot.keyClick(picker.map, Qt.Key.Key_Up)
    valence, arousal = picker.map.point()
    assert (valence, arousal) == (-0.7, 0.8)
    assert picker.map.accessibleDescription() == "unpleasant, high energy"
    qtbot.keyClick(picker.map, Qt.Key.Key_Return)

    offered = [
        vocabulary.get(str(picker.offered.index(r).data(Qt.ItemDataRole.UserRole + 1)))
        for r in range(picker.offered.rowCount())
    ]
    assert offered
    for emotion in offered:
        assert emotion.valence < -0.2 and emotion.arousal > 0.5, emotion.word
    assert "unpleasant, high energy" in picker.offered_caption.text()
    assert picker.offered_view.hasFocus()


def test_mouse_click_on_the_map_and_on_a_word(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    plane = picker.map
    # Bottom right of the plane: pleasant and calm.
    qtbot.mouseClick(
        plane,
        Qt.MouseButton.LeftButton,
        pos=QPoint(plane.width() - 30, plane.height() - plane.fontMetrics().height() - 12),
    )
    valence, arousal = plane.point()
    assert valence > 0.6 and arousal < 0.3
    first = offered_words(picker)[0]
    view = picker.offered_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(picker.offered.index(0)).center(),
    )
    assert chosen_words(picker) == [first]
    picker.intensity.setValue(80)
    assert picker.chosen.index(0).data(IntensityRole) == 80


def test_definitions_are_shown_and_described(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    qtbot.keyClicks(picker.search, "calm")
    index = picker.offered.index(0)
    definition = load_vocabulary().get("calm").definition
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == definition
    assert index.data(Qt.ItemDataRole.ToolTipRole) == definition
    assert picker.definition.text() == f"calm: {definition}"


def test_set_emotions_and_clear(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    changes: list[None] = []
    picker.changed.connect(lambda: changes.append(None))
    tags = [EmotionTag("sad", 80), EmotionTag("relieved", 20), EmotionTag("calm", 40, "after")]
    picker.set_emotions(tags)
    assert picker.emotions() == tags
    assert chosen_words(picker) == ["sad", "relieved"]
    assert changes == []

    qtbot.keyClicks(picker.search, "ang")
    picker.clear()
    assert picker.emotions() == []
    assert picker.search.text() == ""
    assert picker.search.isUndoAvailable() is False
    assert chosen_words(picker) == []
    assert not picker.definition.text() or "ang" not in picker.offered_caption.text()
    assert changes == []


def test_nothing_on_offer_looks_chosen_until_the_person_moves_into_the_list(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "sa")
    assert not picker.offered_view.currentIndex().isValid()
    assert not picker.offered_view.selectionModel().hasSelection()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.offered_view.currentIndex().row() == 0


# -- a word of the person's own ------------------------------------------------------------------


def test_a_word_that_isnt_there_can_be_added_as_ones_own_and_is_named_at_once(
    qtbot: QtBot,
) -> None:
    picker = make_picker(qtbot)
    added: list[object] = []
    picker.own_word_added.connect(added.append)
    picker.search.setFocus()

    qtbot.keyClicks(picker.search, "anx")
    assert not picker.add_own_button.isVisible()  # "anxious" starts with it
    picker.search.setText("")
    qtbot.keyClicks(picker.search, "hangry")
    assert picker.add_own_button.isVisible()
    assert picker.add_own_button.text() == "Add “hangry” as your own word…"
    assert "Add it as your own" in picker.offered_caption.text()

    qtbot.mouseClick(picker.add_own_button, Qt.MouseButton.LeftButton)
    dialog = picker.own_word_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.word.text() == "hangry"
    dialog.buttons.accepted.emit()  # no family yet: the form says so and stays open
    assert dialog.isVisible()
    assert dialog.problem.text() == "Please choose the family it belongs with."
    dialog.family.setCurrentIndex(dialog.family.findText("Anger"))
    assert dialog.pleasant.currentText() == "Unpleasant"  # leans like its family
    dialog.energy.setCurrentIndex(dialog.energy.findText("High energy"))
    qtbot.keyClicks(dialog.meaning, "Cross because I'm hungry")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert chosen_words(picker) == ["hangry"]
    [emotion] = added
    assert emotion.id == "own/hangry" and emotion.family == "anger"  # type: ignore[attr-defined]
    assert emotion.arousal == 0.8  # type: ignore[attr-defined]
    assert picker.emotions() == [EmotionTag("own/hangry", 50)]
    qtbot.keyClicks(picker.search, "hang")
    assert offered_words(picker)[0] == "hangry"
    assert not picker.add_own_button.isVisible()


def test_own_words_are_offered_with_the_others_and_forgotten_on_lock(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    picker.set_emotions([EmotionTag("own/cosy", 60)])
    assert chosen_words(picker) == ["own/cosy"]  # not known yet: kept, shown by its id
    picker.set_own_words([own_word("cosy", "calm", 0.7, 0.2)])
    assert chosen_words(picker) == ["cosy"]
    qtbot.keyClicks(picker.search, "cos")
    assert offered_words(picker) == ["cosy"]
    assert picker.definition.text() == "cosy: A word of your own."

    picker.clear()
    assert picker.vocabulary.find_word("cosy") is None
    assert offered_words(picker)[0] != "cosy"


def test_a_word_already_in_the_list_cant_be_added_twice(qtbot: QtBot) -> None:
    picker = make_picker(qtbot)
    qtbot.keyClicks(picker.search, "Hopeless ")
    assert not picker.add_own_button.isVisible()
    picker.search.setText("gloomy")
    qtbot.mouseClick(picker.add_own_button, Qt.MouseButton.LeftButton)
    dialog = picker.own_word_dialog
    assert dialog is not None
    dialog.word.setText("HOPELESS")
    dialog.family.setCurrentIndex(0)
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "“HOPELESS” is already in the list."
    assert picker.emotions() == []
