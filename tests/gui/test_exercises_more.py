"""Relationship pattern, dream log, grounding, body scan, self-compassion and coping toolbox forms.

Each is filled in as a person would (typing, Tab, Enter, arrow keys, clicks), read back as its
exercise, restored, cleared, and saved to a real vault and read back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from innerspace.core.entries import Entry
from innerspace.core.exercises import (
    BodyScan,
    CopingUse,
    DreamLog,
    EmotionRating,
    GroundingCheck,
    RegionNote,
    RelationshipPattern,
    SelfCompassionBreak,
    exercise_from_entry,
)
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.body_scan import BodyScanForm
from innerspace.gui.exercises.coping_toolbox import CopingToolboxForm
from innerspace.gui.exercises.dream_log import DreamLogForm
from innerspace.gui.exercises.grounding import GroundingForm, ScoreBox
from innerspace.gui.exercises.relationship_pattern import RelationshipPatternForm
from innerspace.gui.exercises.self_compassion import SelfCompassionForm
from innerspace.storage.journal import Journal

LEFT = Qt.MouseButton.LeftButton


def _shown(qtbot: QtBot, form: ExerciseForm) -> ExerciseForm:
    qtbot.addWidget(form)
    form.resize(640, 900)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _focus(widget: QWidget) -> QWidget | None:
    QApplication.processEvents()
    return QApplication.focusWidget()


def _score(qtbot: QtBot, box: ScoreBox, score: int) -> None:
    """From "Not rated", Up reaches 0 and each further Up adds one, as with the keyboard."""
    for _ in range(score + 1 - (box.value() + 1)):
        qtbot.keyClick(box, Qt.Key.Key_Up)


def _visible_text(form: QWidget) -> list[str]:
    texts: list[str] = []
    for edit in form.findChildren(QLineEdit):
        # A rating's own box shows its caption ("Not rated"), not anything the person wrote.
        if not isinstance(edit.parent(), QAbstractSpinBox) and edit.text():
            texts.append(edit.text())
    texts += [e.toPlainText() for e in form.findChildren(QPlainTextEdit) if e.toPlainText()]
    texts += [e.toPlainText() for e in form.findChildren(QTextEdit) if e.toPlainText()]
    return texts


def _check_cleared(form: ExerciseForm) -> None:
    assert _visible_text(form) == []
    for box in form.findChildren(ScoreBox):
        assert box.score() is None and box.text() == "Not rated"
    for tick in form.findChildren(QCheckBox):
        assert not tick.isChecked()
    assert form.is_empty()


# -- filling each form in, as a person would ---------------------------------------------------


def fill_relationship(qtbot: QtBot, form: RelationshipPatternForm) -> RelationshipPattern:
    boxes = form.boxes
    assert _focus(form) is boxes["situation"]
    qtbot.keyClicks(boxes["situation"], "I asked for help with the move")
    qtbot.keyClick(boxes["situation"], Qt.Key.Key_Tab)
    assert _focus(form) is form.people
    qtbot.keyClicks(form.people, "my sister, Sam")
    qtbot.keyClicks(boxes["wish"], "To be helped without asking twice")
    qtbot.keyClicks(boxes["expected_response"], "That she'd be too busy")
    qtbot.keyClicks(boxes["actual_response"], "She said maybe next week")
    qtbot.keyClicks(boxes["my_response"], "Hurt, then I said it was fine")
    assert boxes["self_response"].accessibleName() == "How did you feel about yourself afterwards?"
    qtbot.keyClicks(boxes["self_response"], "Too needy, a bit silly")
    qtbot.keyClicks(boxes["echoes"], "I stop asking before anyone can say no")
    qtbot.keyClicks(boxes["different_step"], "Say what I need once more")
    return RelationshipPattern(
        situation="I asked for help with the move",
        people=["my sister", "Sam"],
        wish="To be helped without asking twice",
        expected_response="That she'd be too busy",
        actual_response="She said maybe next week",
        my_response="Hurt, then I said it was fine",
        self_response="Too needy, a bit silly",
        echoes="I stop asking before anyone can say no",
        different_step="Say what I need once more",
    )


def fill_dream(qtbot: QtBot, form: DreamLogForm) -> DreamLog:
    qtbot.keyClicks(form.boxes["dream"], "A house with a door I couldn't find")
    qtbot.keyClicks(form.boxes["feelings"], "Lost, then relieved on waking")
    qtbot.keyClicks(form.emotions.search, "afraid")
    qtbot.keyClick(form.emotions.search, Qt.Key.Key_Return)
    qtbot.keyClick(form.emotions.intensity, Qt.Key.Key_Right)
    qtbot.keyClicks(form.boxes["people_and_places"], "My old school")
    qtbot.keyClicks(form.boxes["associations"], "Exams, being late")
    qtbot.keyClick(form.recurring, Qt.Key.Key_Space)
    qtbot.keyClicks(form.boxes["life_now"], "A new job starts Monday")
    return DreamLog(
        dream="A house with a door I couldn't find",
        feelings="Lost, then relieved on waking",
        emotions=[EmotionRating("afraid", 55)],
        people_and_places="My old school",
        associations="Exams, being late",
        recurring=True,
        life_now="A new job starts Monday",
    )


def fill_grounding(qtbot: QtBot, form: GroundingForm) -> GroundingCheck:
    assert _focus(form) is form.before
    _score(qtbot, form.before, 7)
    qtbot.keyClick(form.steps.next_button, Qt.Key.Key_Space)
    see = form.senses[0]
    assert form.steps.progress.text() == "Step 2 of 7"
    assert _focus(form) is see.lines[0]
    for thing in ("the window", "a blue mug"):
        qtbot.keyClicks(_focus(form), thing)  # type: ignore[arg-type]
        qtbot.keyClick(_focus(form), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert _focus(form) is see.lines[2]
    for _ in range(3):  # the rest of "see" left empty: noticing is enough
        qtbot.keyClick(_focus(form), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert form.steps.progress.text() == "Step 3 of 7"
    qtbot.keyClicks(_focus(form), "the chair under me")  # type: ignore[arg-type]
    for _ in range(3):  # skip through "hear" and "smell" with Next
        qtbot.keyClick(form.steps.next_button, Qt.Key.Key_Space)
    qtbot.keyClicks(_focus(form), "mint tea")  # type: ignore[arg-type]
    qtbot.keyClick(_focus(form), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert form.steps.progress.text() == "Step 7 of 7"
    assert not form.steps.next_button.isEnabled()
    assert _focus(form) is form.after
    _score(qtbot, form.after, 4)
    return GroundingCheck(
        see=["the window", "a blue mug"],
        touch=["the chair under me"],
        taste=["mint tea"],
        distress_before=7,
        distress_after=4,
    )


def fill_body_scan(qtbot: QtBot, form: BodyScanForm) -> BodyScan:
    """By mouse: tick words, set a strength, and click Next past regions with nothing to note."""
    feet = form.regions[0]
    tension = next(b for b in feet.words if b.text() == "tension")
    qtbot.mouseClick(tension, LEFT, pos=QPoint(8, tension.height() // 2))
    qtbot.mouseClick(feet.own_words, LEFT)
    qtbot.keyClicks(feet.own_words, "buzzing")
    _score(qtbot, feet.intensity, 3)
    for _ in range(4):
        qtbot.mouseClick(form.steps.next_button, LEFT)
    chest = form.regions[4]
    assert chest.isVisible() and chest.name == "Chest"
    warmth = next(b for b in chest.words if b.text() == "warmth")
    qtbot.mouseClick(warmth, LEFT, pos=QPoint(8, warmth.height() // 2))
    qtbot.mouseClick(chest.note, LEFT)
    qtbot.keyClicks(chest.note, "after the call")
    while form.steps.next_button.isEnabled():
        qtbot.mouseClick(form.steps.next_button, LEFT)
    qtbot.mouseClick(form.overall, LEFT)
    qtbot.keyClicks(form.overall, "Heavy but settling")
    return BodyScan(
        [
            RegionNote("feet", ["tension", "buzzing"], 3),
            RegionNote("chest", ["warmth"], None, "after the call"),
        ],
        "Heavy but settling",
    )


def fill_self_compassion(qtbot: QtBot, form: SelfCompassionForm) -> SelfCompassionBreak:
    assert _focus(form) is form.boxes["hard_moment"]
    qtbot.keyClicks(form.boxes["hard_moment"], "This really hurts")
    qtbot.keyClick(form.steps.next_button, Qt.Key.Key_Space)
    assert _focus(form) is form.boxes["common_humanity"]
    qtbot.keyClicks(form.boxes["common_humanity"], "Anyone would be shaken")
    qtbot.keyClick(form.steps.next_button, Qt.Key.Key_Space)
    assert form.closing.isVisible()
    qtbot.keyClicks(form.boxes["kindness"], "You did what you could")
    qtbot.keyClick(form.boxes["kindness"], Qt.Key.Key_Tab)
    assert _focus(form) is form.boxes["need"]
    qtbot.keyClicks(form.boxes["need"], "Rest, and a walk")
    return SelfCompassionBreak(
        "This really hurts", "Anyone would be shaken", "You did what you could", "Rest, and a walk"
    )


def fill_coping(qtbot: QtBot, form: CopingToolboxForm) -> CopingUse:
    qtbot.keyClicks(form.new_strategy, "A walk outside")
    with qtbot.waitSignal(form.strategies_changed) as added:
        qtbot.keyClick(form.new_strategy, Qt.Key.Key_Return)
    assert added.args == [["A walk outside"]]
    qtbot.keyClick(form.tool, Qt.Key.Key_Down)
    qtbot.keyClick(form.category, Qt.Key.Key_Down)
    _score(qtbot, form.scores["distress_before"], 8)
    _score(qtbot, form.scores["distress_after"], 5)
    _score(qtbot, form.scores["helpfulness"], 6)
    _score(qtbot, form.scores["cost_later"], 1)
    qtbot.keyClicks(form.notes, "Go earlier next time")
    return CopingUse("A walk outside", "soothing", 8, 5, 6, "Go earlier next time", cost_later=1)


Filler = Callable[[QtBot, ExerciseForm], object]
FORMS: list[tuple[type[ExerciseForm], Filler]] = [
    (RelationshipPatternForm, fill_relationship),  # type: ignore[list-item]
    (DreamLogForm, fill_dream),  # type: ignore[list-item]
    (GroundingForm, fill_grounding),  # type: ignore[list-item]
    (BodyScanForm, fill_body_scan),  # type: ignore[list-item]
    (SelfCompassionForm, fill_self_compassion),  # type: ignore[list-item]
    (CopingToolboxForm, fill_coping),  # type: ignore[list-item]
]
IDS = [form.__name__ for form, _ in FORMS]


@pytest.mark.parametrize(("form_class", "fill"), FORMS, ids=IDS)
def test_filled_in_reads_back_restores_and_clears(
    qtbot: QtBot, form_class: type[ExerciseForm], fill: Filler
) -> None:
    form = _shown(qtbot, form_class())
    assert form.is_empty()
    with qtbot.waitSignal(form.changed):
        expected = fill(qtbot, form)
    value = form.value()
    assert value == expected
    assert not form.is_empty()
    assert type(value).from_fields(value.to_fields()) == value

    restored = _shown(qtbot, form_class())
    restored.set_value(value)
    assert restored.value() == value
    assert not restored.is_empty()

    form.clear()
    _check_cleared(form)
    assert form.value() == type(value)()


@pytest.mark.parametrize(("form_class", "fill"), FORMS, ids=IDS)
def test_saved_in_the_vault_and_read_back(
    qtbot: QtBot, journal: Journal, form_class: type[ExerciseForm], fill: Filler
) -> None:
    form = _shown(qtbot, form_class())
    value = fill(qtbot, form)
    saved = journal.add(
        Entry(
            title=form.title(),
            kind=form.KIND,
            fields=value.to_fields(),  # type: ignore[attr-defined]
            body=value.to_markdown(),  # type: ignore[attr-defined]
        )
    )
    assert saved.id is not None
    stored = journal.get(saved.id)
    assert stored.kind == form.KIND
    assert exercise_from_entry(stored.kind, stored.fields) == value


def test_restoring_does_not_count_as_an_edit(qtbot: QtBot) -> None:
    form = _shown(qtbot, GroundingForm())
    with qtbot.assertNotEmitted(form.changed):
        form.set_value(GroundingCheck(see=["a", "b", "c", "d", "e", "f"], distress_after=2))
    assert len(form.senses[0].lines) == 6
    assert form.value().see == ["a", "b", "c", "d", "e", "f"]
    form.clear()
    assert len(form.senses[0].lines) == 5


def test_relationship_title_names_the_moment(qtbot: QtBot) -> None:
    form = _shown(qtbot, RelationshipPatternForm())
    assert form.title() == "Relationship pattern map"
    box = form.boxes["situation"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "The phone call on Sunday")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "and what came after")
    assert form.title() == "Relationship pattern map: The phone call on Sunday"


def test_grounding_back_returns_to_what_was_written(qtbot: QtBot) -> None:
    form = _shown(qtbot, GroundingForm())
    qtbot.mouseClick(form.steps.next_button, LEFT)
    qtbot.keyClicks(form.senses[0].lines[0], "a lamp")
    qtbot.mouseClick(form.steps.next_button, LEFT)
    assert form.steps.progress.text() == "Step 3 of 7"
    qtbot.mouseClick(form.steps.back_button, LEFT)
    assert form.steps.progress.text() == "Step 2 of 7"
    assert form.senses[0].lines[0].text() == "a lamp"
    assert form.senses[0].lines[0].isVisible()
    last = form.senses[0].lines[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert _focus(form) is form.steps.back_button
    qtbot.keyClick(form.steps.back_button, Qt.Key.Key_Tab)
    assert _focus(form) is form.steps.next_button


def test_body_scan_keeps_regions_it_does_not_know(qtbot: QtBot) -> None:
    form = _shown(qtbot, BodyScanForm())
    stored = BodyScan(
        [RegionNote("jaw", ["ache", "my own word"], 2), RegionNote("tail", [], None, "odd")]
    )
    form.set_value(stored)
    jaw = next(r for r in form.regions if r.region == "jaw")
    assert [b.text() for b in jaw.words if b.isChecked()] == ["ache"]
    assert jaw.own_words.text() == "my own word"
    assert form.value() == stored


def test_coping_toolbox_is_managed_by_mouse_and_keyboard(qtbot: QtBot) -> None:
    form = _shown(qtbot, CopingToolboxForm())
    assert form.empty_note.isVisible() and not form.toolbox_view.isVisible()
    with qtbot.assertNotEmitted(form.strategies_changed):
        form.set_strategies(["Tea", "Music", "Call Sam"])
    assert [form.tool.itemText(i) for i in range(form.tool.count())] == ["Tea", "Music", "Call Sam"]
    assert form.toolbox_view.isVisible() and not form.empty_note.isVisible()

    qtbot.mouseClick(form.new_strategy, LEFT)
    qtbot.keyClicks(form.new_strategy, "tea")
    with qtbot.assertNotEmitted(form.strategies_changed):
        qtbot.mouseClick(form.add_button, LEFT)
    assert "already in your toolbox" in form.toolbox_message.text()

    view = form.toolbox_view
    music = view.visualRect(form.toolbox.index(1)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=music)
    assert form.remove_button.isEnabled()
    with qtbot.waitSignal(form.strategies_changed) as removed:
        qtbot.mouseClick(form.remove_button, LEFT)
    assert removed.args == [["Tea", "Call Sam"]]
    assert form.toolbox_message.text() == "Removed “Music”."

    view.setFocus()
    view.setCurrentIndex(form.toolbox.index(1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Call Sam"
    editor.selectAll()
    qtbot.keyClicks(editor, "Call my sister")
    with qtbot.waitSignal(form.strategies_changed) as renamed:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert renamed.args == [["Tea", "Call my sister"]]
    assert form.tool.itemText(1) == "Call my sister"

    view.setCurrentIndex(form.toolbox.index(0))
    with qtbot.waitSignal(form.strategies_changed) as deleted:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert deleted.args == [["Call my sister"]]
    assert form.is_empty()

    form.clear()
    assert form.strategies() == [] and form.toolbox.rowCount() == 0
    assert form.tool.count() == 0


def test_every_control_has_a_name(qtbot: QtBot) -> None:
    interactive = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QCheckBox)
    for form_class, _ in FORMS:
        form = _shown(qtbot, form_class())
        for widget in form.findChildren(QWidget):
            inner = isinstance(widget.parent(), QAbstractSpinBox) or widget.objectName().startswith(
                "qt_"
            )
            if isinstance(widget, interactive) and not inner:
                assert widget.accessibleName() or widget.parent().accessibleName(), (
                    form_class.__name__,
                    type(widget).__name__,
                )
