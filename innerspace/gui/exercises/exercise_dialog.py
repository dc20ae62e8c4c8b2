"""The window every guided exercise opens in: its title and intro, the form, and the ways out.

"Save for later" keeps a half-done exercise as a draft entry; "Done" stores it as complete. Both
write the entry (and, for a thought record, its feelings before and after) in one transaction
on the database worker. The dialog is only ever opened with ``open()``/``show()``: locking
closes every dialog at any moment by calling ``reject()``, which must never wait for the person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.core_belief import CoreBeliefWorksheet
from innerspace.core.dbt_diary_card import DiaryCard
from innerspace.core.emotions import Emotion, EmotionTag
from innerspace.core.entries import Entry
from innerspace.core.exercises import (
    ActivityLog,
    BodyScan,
    CopingUse,
    DreamLog,
    GroundingCheck,
    RelationshipPattern,
    SelfCompassionBreak,
    ThoughtRecord,
    exercise_from_entry,
    load_exercise_guides,
)
from innerspace.core.fear_ladder import FearLadder
from innerspace.core.sleep_diary import SleepDiary
from innerspace.core.values_activities import ValuesList
from innerspace.core.worry_time import WorryNote
from innerspace.gui.common.form_scroll import FormScrollArea
from innerspace.gui.common.page import label, resize_within_screen
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.behavioural_experiment import BehaviouralExperimentForm
from innerspace.gui.exercises.body_scan import BodyScanForm
from innerspace.gui.exercises.coping_toolbox import CopingToolboxForm
from innerspace.gui.exercises.core_belief import CoreBeliefForm
from innerspace.gui.exercises.dbt_diary_card import diary_card_form
from innerspace.gui.exercises.dream_log import DreamLogForm
from innerspace.gui.exercises.fear_ladder import FearLadderForm
from innerspace.gui.exercises.free_association import FreeAssociation, FreeAssociationForm
from innerspace.gui.exercises.grounding import GroundingForm
from innerspace.gui.exercises.relationship_pattern import RelationshipPatternForm
from innerspace.gui.exercises.self_compassion import SelfCompassionForm
from innerspace.gui.exercises.sleep_diary import SleepDiaryForm
from innerspace.gui.exercises.thought_record import ThoughtRecordForm
from innerspace.gui.exercises.values_list import ValuesForm
from innerspace.gui.exercises.worry_time import WorryTimeForm
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.storage.coping_strategies import load_coping_strategies, save_coping_strategies
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.practice_records import newest_values
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

DRAFT = "draft"
COMPLETE = "complete"
STATUS = "status"

FormBuilder = Callable[[DatabaseWorker, Vault, QWidget | None], ExerciseForm]
FieldsReader = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class ExerciseKind:
    """How to build the form for an exercise kind and read its stored fields back."""

    build: FormBuilder
    read: FieldsReader


def _read_core(kind: str) -> FieldsReader:
    return lambda fields: exercise_from_entry(kind, fields)


# Each exercise form registers here, so a stored entry of its kind can be opened again.
EXERCISE_KINDS: dict[str, ExerciseKind] = {
    ThoughtRecord.KIND: ExerciseKind(
        lambda worker, vault, parent: ThoughtRecordForm(worker, vault, parent),
        _read_core(ThoughtRecord.KIND),
    ),
    ActivityLog.KIND: ExerciseKind(
        lambda worker, vault, parent: _activity_log(worker, vault, parent),
        _read_core(ActivityLog.KIND),
    ),
    FreeAssociation.KIND: ExerciseKind(
        lambda _worker, _vault, parent: FreeAssociationForm(parent), FreeAssociation.from_fields
    ),
    RelationshipPattern.KIND: ExerciseKind(
        lambda _worker, _vault, parent: RelationshipPatternForm(parent),
        _read_core(RelationshipPattern.KIND),
    ),
    DreamLog.KIND: ExerciseKind(
        lambda _worker, _vault, parent: DreamLogForm(parent=parent), _read_core(DreamLog.KIND)
    ),
    GroundingCheck.KIND: ExerciseKind(
        lambda _worker, _vault, parent: GroundingForm(parent), _read_core(GroundingCheck.KIND)
    ),
    BodyScan.KIND: ExerciseKind(
        lambda _worker, _vault, parent: BodyScanForm(parent), _read_core(BodyScan.KIND)
    ),
    SelfCompassionBreak.KIND: ExerciseKind(
        lambda _worker, _vault, parent: SelfCompassionForm(parent),
        _read_core(SelfCompassionBreak.KIND),
    ),
    CopingUse.KIND: ExerciseKind(
        lambda worker, vault, parent: _coping_toolbox(worker, vault, parent),
        _read_core(CopingUse.KIND),
    ),
    ValuesList.KIND: ExerciseKind(
        lambda worker, vault, parent: _values(worker, vault, parent), ValuesList.from_fields
    ),
    FearLadder.KIND: ExerciseKind(
        lambda _worker, _vault, parent: FearLadderForm(parent), FearLadder.from_fields
    ),
    BehaviouralExperiment.KIND: ExerciseKind(
        lambda _worker, _vault, parent: BehaviouralExperimentForm(parent),
        BehaviouralExperiment.from_fields,
    ),
    SleepDiary.KIND: ExerciseKind(
        lambda _worker, _vault, parent: SleepDiaryForm(parent), _read_core(SleepDiary.KIND)
    ),
    DiaryCard.KIND: ExerciseKind(diary_card_form, _read_core(DiaryCard.KIND)),
    WorryNote.KIND: ExerciseKind(
        lambda _worker, _vault, parent: WorryTimeForm(parent), _read_core(WorryNote.KIND)
    ),
    CoreBeliefWorksheet.KIND: ExerciseKind(
        lambda _worker, _vault, parent: CoreBeliefForm(parent),
        _read_core(CoreBeliefWorksheet.KIND),
    ),
}


def _values(worker: DatabaseWorker, vault: Vault, parent: QWidget | None) -> ValuesForm:
    """A new values list starts from the newest one, so reshaping it takes a moment; a stored
    one being opened is shown before this arrives and stays as it is."""
    form = ValuesForm(parent)

    def offer(values: ValuesList | None) -> None:
        if shiboken6.isValid(form):
            form.start_from(values)

    worker.submit(lambda: newest_values(vault), offer)
    return form


def _activity_log(worker: DatabaseWorker, vault: Vault, parent: QWidget | None) -> ActivityLogForm:
    """The log with the person's own values offered to tie a plan to."""
    form = ActivityLogForm(parent)

    def offer(values: ValuesList | None) -> None:
        if shiboken6.isValid(form):
            form.set_values([] if values is None else values.names())

    worker.submit(lambda: newest_values(vault), offer)
    return form


def _coping_toolbox(
    worker: DatabaseWorker, vault: Vault, parent: QWidget | None
) -> CopingToolboxForm:
    """The toolbox form with the person's own list of strategies, kept in the vault."""
    form = CopingToolboxForm(parent)
    worker.submit(lambda: load_coping_strategies(vault), form.set_strategies)

    def store(names: list[str]) -> None:
        worker.submit(lambda: save_coping_strategies(vault, names))

    form.strategies_changed.connect(store)
    return form


def _feelings_of(value: Any) -> list[EmotionTag] | None:
    """The feelings an exercise names, for the pattern review; None if it names none."""
    if not isinstance(value, ThoughtRecord):
        return None
    return [
        *(EmotionTag(e.emotion, e.intensity or 0, "before") for e in value.emotions if e.emotion),
        *(
            EmotionTag(e.emotion, e.intensity or 0, "after")
            for e in value.emotions_after
            if e.emotion
        ),
    ]


class ExerciseDialog(QDialog):
    """Emits ``saved(entry_id)`` after each successful save, ``support_requested`` for Support
    now, and ``exercise_requested(kind)`` when the form offers another exercise as a way out
    (the body scan's grounding); the window stays open, so nothing written is lost."""

    saved = Signal(int)
    support_requested = Signal()
    exercise_requested = Signal(str)
    # A thought record's "Test this": an experiment to start, already filled in.
    experiment_requested = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        form: ExerciseForm,
        entry: Entry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.vault = vault
        self.form = form
        self._entry = entry
        self._dirty = False
        self._saving = False
        self._confirm: QMessageBox | None = None

        guide = load_exercise_guides().get(form.KIND)
        heading = guide.title if guide else self.tr("Exercise")
        self.setWindowTitle(heading)
        self.heading = label(heading, self, "heading")
        self.intro = label(guide.intro if guide else "", self, "muted")
        self.intro.setAccessibleName(self.tr("About this exercise"))
        self.intro.setVisible(guide is not None)

        self.scroll_area = FormScrollArea(form, self)

        self.message = label("", self, "error")
        self.message.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.later_button = QPushButton(self.tr("Save for &later"), self)
        self.later_button.setToolTip(self.tr("Keep it as a draft to finish another time"))
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Save it as finished"))
        # Distress can rise while writing: help is one click away in every exercise. Made
        # after the form, so the keyboard starts in the form and reaches this last.
        self.support_button = QPushButton(self.tr("Support now"), self)
        self.support_button.setToolTip(
            self.tr("Breathing, grounding, your safety plan, crisis lines")
        )
        self.support_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.cancel)
        self.later_button.clicked.connect(lambda: self.save(self._later_status()))
        self.done_button.clicked.connect(lambda: self.save(COMPLETE))
        form.changed.connect(self._on_changed)
        self.support_button.clicked.connect(self.support_requested)
        if isinstance(form, BodyScanForm):
            form.exercise_requested.connect(self.exercise_requested)
        if isinstance(form, ThoughtRecordForm):
            form.experiment_requested.connect(self.experiment_requested)

        if entry is not None:
            form.set_value(EXERCISE_KINDS[entry.kind].read(dict(entry.fields or {})))
        self._offer_own_words()
        self._refresh_buttons()
        resize_within_screen(self, 720, 760)

    def _offer_own_words(self) -> None:
        """The person's own feeling words in every picker of the form, and new ones kept in the
        journal at once (the worker saves them before the exercise that names them)."""
        pickers = self.form.findChildren(EmotionPicker)
        if not pickers:
            return
        own_words = OwnWords(self.vault)

        def offer(words: list[Emotion]) -> None:
            for picker in pickers:
                if shiboken6.isValid(picker):
                    picker.set_own_words(words)

        self.worker.submit(own_words.all, offer)
        for picker in pickers:
            picker.own_word_added.connect(
                lambda emotion: self.worker.submit(lambda: own_words.add(emotion))
            )

    # -- saving ----------------------------------------------------------------------------

    def save(self, status: str) -> None:
        if self._saving or not self._can_save():
            return
        if self.form.is_empty() and self._entry is None:
            self._say(self.tr("There's nothing to save yet."))
            return
        value = self.form.value()
        fields = {**value.to_fields(), STATUS: status}
        title = self.form.title()
        if self._entry is None:
            entry = Entry(kind=self.form.KIND, fields=fields, title=title)
        else:
            entry = replace(self._entry, fields=fields, title=title)
        feelings = _feelings_of(value)
        vault = self.vault
        # A thought record names thinking traps, whose names live in the vault.
        body = None if isinstance(value, ThoughtRecord) else self.form.markdown(value)

        def store() -> Entry:
            with vault.transaction():
                journal = Journal(vault)
                # Only what the form owns changes: the star, tags and date set in the journal
                # meanwhile stay as they are stored now.
                target = (
                    entry
                    if entry.id is None
                    else replace(journal.get(entry.id), fields=fields, title=title)
                )
                target.body = (
                    value.to_markdown(DistortionList(vault).names()) if body is None else body
                )
                stored = journal.add(target) if target.id is None else journal.update(target)
                if feelings is not None and stored.id is not None:
                    Feelings(vault).set_emotions(stored.id, feelings)
                return stored

        self._saving = True
        self._refresh_buttons()
        self.message.hide()
        self.worker.submit(store, self._on_saved, self._on_save_failed)

    def _on_saved(self, entry: Entry) -> None:
        self._saving = False
        self._entry = entry
        self._dirty = False
        if entry.id is not None:
            self.saved.emit(entry.id)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        log.warning("saving an exercise failed: %s", type(error).__name__)
        self._saving = False
        self._refresh_buttons()
        self._say(self.tr("It could not be saved. Nothing was lost here; please try again."))

    def _can_save(self) -> bool:
        # A free-association timer must run out (or be stopped) before the writing is kept.
        return not (isinstance(self.form, FreeAssociationForm) and self.form.running)

    # -- leaving ---------------------------------------------------------------------------

    def cancel(self) -> None:
        """Leave; if there is unsaved work, offer to keep it first (without blocking)."""
        if self._saving:
            return
        if not self._dirty or self.form.is_empty():
            self.reject()
            return
        if self._confirm is not None:
            self._confirm.raise_()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep what you've written?"))
        box.setText(self.tr("You've written something here that isn't saved yet."))
        keep = box.addButton(self.tr("Save for later"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(back)

        def chosen(button: object) -> None:
            self._confirm = None
            if button is keep:
                self.save(self._later_status())
            elif button is discard:
                self.reject()

        box.buttonClicked.connect(chosen)
        box.rejected.connect(lambda: setattr(self, "_confirm", None))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._confirm = box
        box.open()

    def reject(self) -> None:
        """Close at once and wipe the form: also how locking closes the dialog."""
        self._close_confirm()
        self.clear()
        super().reject()

    def accept(self) -> None:
        self._close_confirm()
        self.clear()
        super().accept()

    def prepare_lock(self) -> None:
        """Before locking: keep unsaved work as a draft entry, then wipe every widget.

        The save is queued on the worker before the lock closes the vault (jobs run in order),
        so nothing written is lost to an auto-lock.
        """
        if self._dirty and not self.form.is_empty() and not self._saving:
            if isinstance(self.form, FreeAssociationForm):
                self.form.finish()
            self.save(self._later_status())
        self._close_confirm()
        self.clear()

    def _later_status(self) -> str:
        """ "Save for later" keeps a draft a draft, and a finished exercise finished."""
        stored = None if self._entry is None else (self._entry.fields or {}).get(STATUS)
        return stored if isinstance(stored, str) else DRAFT

    @property
    def entry_id(self) -> int | None:
        return None if self._entry is None else self._entry.id

    def clear(self) -> None:
        self.form.clear()
        self.message.clear()
        self.message.hide()
        self._dirty = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape goes the gentle way (asking about unsaved work), not straight to reject().
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Every button inside a QDialog is an "auto default" one, so Enter left over from a
            # field would press one (a feeling's Remove, say). Enter only presses the button
            # that has the keyboard focus.
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self._dirty and not self.form.is_empty():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)

    # -- helpers ---------------------------------------------------------------------------

    def _close_confirm(self) -> None:
        box, self._confirm = self._confirm, None
        if box is not None:
            box.close()

    def _on_changed(self) -> None:
        self._dirty = True
        self.message.hide()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        can_save = not self._saving and self._can_save()
        self.later_button.setEnabled(can_save)
        self.done_button.setEnabled(can_save)
        self.cancel_button.setEnabled(not self._saving)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def build_form(
    kind: str, worker: DatabaseWorker, vault: Vault, parent: QWidget | None = None
) -> ExerciseForm:
    return EXERCISE_KINDS[kind].build(worker, vault, parent)


def open_exercise(
    kind: str,
    worker: DatabaseWorker,
    vault: Vault,
    parent: QWidget | None = None,
    start_with: Any = None,
) -> ExerciseDialog:
    """Start a new exercise of ``kind`` (for the Exercises menu), filled in with ``start_with``
    when another exercise hands it on (it then counts as unsaved work)."""
    dialog = ExerciseDialog(worker, vault, build_form(kind, worker, vault), None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if start_with is not None:
        dialog.form.set_value(start_with)
        dialog.form.changed.emit()
    dialog.show()
    return dialog


def open_exercise_entry(
    worker: DatabaseWorker, vault: Vault, entry: Entry, parent: QWidget | None = None
) -> ExerciseDialog:
    """Open a stored exercise (a draft coming back, or a finished one) for editing."""
    if entry.kind not in EXERCISE_KINDS:
        raise ValueError(f"no exercise form for entries of kind {entry.kind!r}")
    dialog = ExerciseDialog(worker, vault, build_form(entry.kind, worker, vault), entry, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
