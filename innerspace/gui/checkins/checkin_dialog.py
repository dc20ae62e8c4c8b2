"""The window a check-in is taken in: one question at a time (or the person's own scales), then
the result in calm words.

Nothing is kept until the last answer: the check-in is stored whole, in one transaction on the
database worker, together with the scores it is compared with. Opened on a stored check-in, the
window shows its result. Like every dialog, locking closes it with ``reject()`` at any moment;
``prepare_lock`` first keeps an own check-in that has words in its note, so no words are lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.checkins import (
    OWN,
    Checkin,
    CheckinError,
    OwnCheckin,
    QuestionnaireCheckin,
    checkin_from_fields,
    questionnaire,
)
from innerspace.core.entries import Entry, local_now
from innerspace.core.safety_plan import CountryLines
from innerspace.gui.checkins.own_form import OwnCheckinForm
from innerspace.gui.checkins.question_page import QuestionPage
from innerspace.gui.checkins.result_page import ResultPage
from innerspace.gui.common.form_scroll import FormScrollArea
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.support.care_card import CareCard
from innerspace.storage.checkin_records import (
    load_own_scales,
    previous_scores,
    save_checkin,
    save_own_scales,
)
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)


class CheckinDialog(QDialog):
    """Emits ``saved(entry_id)`` once the check-in is kept, ``words_saved(title, text)`` with
    an own check-in's words (for the care check), and ``support_requested(tab)`` for Support
    now ("" for its first page)."""

    saved = Signal(int)
    words_saved = Signal(str, str)
    support_requested = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        which: str,
        country: CountryLines | None = None,
        entry: Entry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.vault = vault
        self.which = which
        self.country = country
        self.questionnaire = None if which == OWN else questionnaire(which)
        self.answers: list[int | None] = (
            [None] * len(self.questionnaire.items) if self.questionnaire else []
        )
        self.difficulty: int | None = None
        self.index = 0
        self._saving = False
        self._stored: Entry | None = entry
        self._care_offered = False

        q = self.questionnaire
        self.setWindowTitle(q.name if q else self.tr("My check-in"))
        self.heading = label(
            self.tr("%1 · %2").replace("%1", q.name).replace("%2", q.title)
            if q
            else self.tr("My check-in"),
            self,
            "heading",
        )
        self.label = label(self.tr("A check-in, not a diagnosis."), self, "muted")
        self.support_button = QPushButton(self.tr("Support now"), self)
        self.support_button.setToolTip(
            self.tr("Breathing, grounding, your safety plan, crisis lines")
        )
        self.support_button.setAutoDefault(False)
        self.support_button.clicked.connect(lambda: self.support_requested.emit(""))

        self.question_page = QuestionPage(self)
        self.question_page.chosen.connect(self._on_chosen)
        self.own_form = OwnCheckinForm(self)
        self.own_form.changed.connect(self._refresh_buttons)
        self.own_form.scales_changed.connect(self._keep_scales)
        self.result_page = ResultPage(self)
        # The same calm card beside the questions, from the moment the question about hurting
        # oneself is answered above "not at all": before any saving, so a failed save or Cancel
        # never takes it away.
        self.care_card = CareCard(self)
        for card in (self.result_page.care_card, self.care_card):
            card.safety_plan_requested.connect(lambda: self.support_requested.emit("plan"))
            card.breathe_requested.connect(lambda: self.support_requested.emit("breathe"))
            card.lines_requested.connect(lambda: self.support_requested.emit("lines"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.question_page)
        self.stack.addWidget(FormScrollArea(self.own_form, self))
        self.stack.addWidget(FormScrollArea(self.result_page, self))

        self.message = label("", self, "error")
        self.message.hide()
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.support_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.label)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.care_card)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 560)

        if entry is not None:
            self._show_stored(entry)
        elif q is None:
            self.stack.setCurrentIndex(1)
            vault_ = vault
            self.worker.submit(lambda: load_own_scales(vault_), self._show_scales)
        else:
            self._show_question()
        self._refresh_buttons()

    # -- moving through ---------------------------------------------------------------------

    def _on_difficulty_page(self) -> bool:
        return self.questionnaire is not None and self.index == len(self.answers)

    def _has_difficulty_page(self) -> bool:
        q = self.questionnaire
        return q is not None and bool(q.difficulty_options) and any(a for a in self.answers)

    def _show_question(self) -> None:
        q = self.questionnaire
        assert q is not None
        if self._on_difficulty_page():
            self.question_page.show_question(
                "",
                self.tr("One last question"),
                q.difficulty_question,
                q.difficulty_options,
                self.difficulty,
                self.tr("This one isn't counted in the score; you can leave it."),
            )
        else:
            self.question_page.show_question(
                q.instruction,
                self.tr("Question %1 of %2")
                .replace("%1", str(self.index + 1))
                .replace("%2", str(len(q.items))),
                q.items[self.index],
                q.options,
                self.answers[self.index],
            )
        self.stack.setCurrentWidget(self.question_page)
        self.question_page.focus_answers()
        self._refresh_buttons()

    def _on_chosen(self, value: int) -> None:
        if self._on_difficulty_page():
            self.difficulty = value
        else:
            self.answers[self.index] = value
        self._offer_care()
        self._refresh_buttons()

    def _offer_care(self) -> None:
        """Shown while the answers need it, on every page but the result (which has its own)."""
        q = self.questionnaire
        answered = [a if a is not None else 0 for a in self.answers]
        needs_care = q is not None and q.needs_care(answered)
        if not needs_care:
            self._care_offered = False
        if needs_care and self.stack.currentWidget() is self.question_page:
            # Offered once for the answer: "Not now" is the person's to say.
            if not self._care_offered:
                self._care_offered = True
                self.care_card.offer(self.country)
        else:
            self.care_card.put_away()

    def next(self) -> None:
        if self._saving or self._stored is not None:
            return
        if self.questionnaire is None:
            self._save_own()
            return
        if not self._on_difficulty_page() and self.answers[self.index] is None:
            return
        last_item = self.index == len(self.answers) - 1
        if self._on_difficulty_page() or (last_item and not self._has_difficulty_page()):
            self._save_questionnaire()
            return
        self.index += 1
        self._show_question()

    def back(self) -> None:
        if self.questionnaire is None or self.index == 0 or self._saving:
            return
        self.index -= 1
        self._show_question()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A number chooses an answer wherever the keyboard is on a question's page.
        if self.stack.currentWidget() is self.question_page and event.text().isdigit():
            self.question_page.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _refresh_buttons(self) -> None:
        done = self._stored is not None
        asking = self.questionnaire is not None and not done
        on_last = asking and (
            self._on_difficulty_page()
            or (self.index == len(self.answers) - 1 and not self._has_difficulty_page())
        )
        self.back_button.setVisible(asking)
        self.back_button.setEnabled(asking and self.index > 0 and not self._saving)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(not self._saving)
        self.next_button.setVisible(not done)
        self.close_button.setVisible(done)
        self.close_button.setDefault(done)
        if self.questionnaire is None:
            self.next_button.setText(self.tr("&Save"))
            self.next_button.setEnabled(not self._saving and self.own_form.value() is not None)
        else:
            self.next_button.setText(self.tr("&See my result") if on_last else self.tr("&Next"))
            answered = self._on_difficulty_page() or (
                self.index < len(self.answers) and self.answers[self.index] is not None
            )
            self.next_button.setEnabled(answered and not self._saving)

    # -- own scales -------------------------------------------------------------------------

    def _show_scales(self, names: list[str]) -> None:
        self.own_form.set_scales(names)
        self._refresh_buttons()
        first = next(iter(self.own_form.boxes.values()), None)
        (first or self.own_form.new_scale).setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_scales(self, names: list[str]) -> None:
        vault = self.vault
        self.worker.submit(lambda: save_own_scales(vault, names))

    # -- keeping it -------------------------------------------------------------------------

    def _save_questionnaire(self) -> None:
        assert self.questionnaire is not None
        answers = tuple(a for a in self.answers if a is not None)
        difficulty = self.difficulty if self._has_difficulty_page() else None
        try:
            checkin = QuestionnaireCheckin(self.questionnaire.id, answers, difficulty)
        except CheckinError:
            return
        self._save(checkin)

    def _save_own(self) -> None:
        checkin = self.own_form.value()
        if checkin is not None:
            self._save(checkin)

    def _save(self, checkin: Checkin) -> None:
        vault = self.vault

        def store() -> tuple[Entry, Checkin, dict[str, int]]:
            when = local_now()
            with vault.transaction():
                previous = previous_scores(vault, when)
                entry = save_checkin(Journal(vault), checkin, when)
            return entry, checkin, previous

        self._saving = True
        self.message.hide()
        self._refresh_buttons()
        self.worker.submit(store, self._on_saved, self._on_save_failed)

    def _on_saved(self, saved: tuple[Entry, Checkin, dict[str, int]]) -> None:
        entry, checkin, previous = saved
        self._saving = False
        self._stored = entry
        self._show_result(checkin, previous)
        if entry.id is not None:
            self.saved.emit(entry.id)
        if isinstance(checkin, OwnCheckin) and checkin.notes.strip():
            self.words_saved.emit(entry.title, checkin.notes)

    def _on_save_failed(self, error: BaseException) -> None:
        log.warning("saving a check-in failed: %s", type(error).__name__)
        self._saving = False
        self._refresh_buttons()
        self.message.setText(
            self.tr("It could not be kept just now. Your answers are still here; please try again.")
        )
        self.message.show()

    def _show_result(self, checkin: Checkin, previous: dict[str, int]) -> None:
        self.result_page.show_result(checkin, self.questionnaire, previous, self.country)
        self.stack.setCurrentIndex(2)
        self._offer_care()
        self._refresh_buttons()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_stored(self, entry: Entry) -> None:
        try:
            checkin = checkin_from_fields(entry.fields)
        except CheckinError:
            self.result_page.result.setText(self.tr("This check-in's answers can't be read."))
            self.stack.setCurrentIndex(2)
            return
        vault, taken = self.vault, entry.created
        self.worker.submit(
            lambda: previous_scores(vault, taken),
            lambda previous: self._show_result(checkin, previous),
        )

    # -- locking ----------------------------------------------------------------------------

    def prepare_lock(self) -> None:
        """Before locking: an own check-in with words in its note is kept (queued before the
        vault closes, as jobs run in order); then every answer is wiped from the screen."""
        if self._stored is None and not self._saving and self.own_form.has_words():
            checkin = self.own_form.value()
            if checkin is not None:
                vault = self.vault
                self.worker.submit(lambda: save_checkin(Journal(vault), checkin))
        self.answers = [None] * len(self.answers)
        self.own_form.clear()
        self.result_page.clear()


def stored_checkin_kind(entry: Entry) -> str | None:
    """Which check-in a stored entry holds ("phq9", "own"…), or None if it can't be read."""
    try:
        checkin = checkin_from_fields(entry.fields)
    except CheckinError:
        return None
    return OWN if isinstance(checkin, OwnCheckin) else checkin.questionnaire_id
