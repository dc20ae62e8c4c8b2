"""The CBT thought record, one calm step at a time: what happened, what was felt, what went
through the mind, which thinking traps might fit, the evidence both ways, a more balanced view,
and how strong the feelings are now.

The thinking traps are the built-in ones the person hasn't hidden plus their own; both are kept
in the vault, so with a worker and a vault the form loads them (and saves additions and hidden
ones) in the background. Without them it offers the built-in list, for previews.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.emotions import EmotionTag, EmotionVocabulary, load_vocabulary
from innerspace.core.exercises import (
    AutomaticThought,
    Distortion,
    EmotionRating,
    ThoughtRecord,
    load_distortions,
)
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.feeling_sliders import FeelingSliders
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.trap_list import TrapListView
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.storage.distortion_list import CUSTOM_PREFIX, DistortionList
from innerspace.storage.vault import Vault

TrapIdRole = Qt.ItemDataRole.UserRole + 1
TITLE_CHARS = 48
BELIEF_STEP = 5
_Index = QModelIndex | QPersistentModelIndex


def belief_ends(widget: QWidget) -> str:
    return widget.tr("0 = not at all, 100 = completely")


def text_box(parent: QWidget, name: str, lines: int = 4) -> QPlainTextEdit:
    """A few lines of writing space; Tab moves on, so the form works by keyboard alone."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    # Sized for a few lines, not stretched: a long answer scrolls inside its own box.
    line = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(line * lines + 16)
    box.setMaximumHeight(line * (lines + 2) + 16)
    return box


def step_heading(text: str, parent: QWidget) -> QLabel:
    heading = label(text, parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    heading.setFont(font)
    heading.setAccessibleName(text)
    return heading


class ThoughtRow(QWidget):
    """One automatic thought: its words, how much it was believed, whether it stings most."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("A thought or an image, as it came to you"))
        self.belief = ScoreBox(100, BELIEF_STEP, self)
        self.belief.setSuffix(self.tr(" / 100"))
        self.hot = QRadioButton(self.tr("Stings most"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        belief_label = QLabel(self.tr("Believed"), self)
        belief_label.setBuddy(self.belief)
        ends = scale_ends(belief_ends(self), self.belief, self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self.text, 0, 0, 1, 4)
        layout.addWidget(belief_label, 1, 0)
        layout.addWidget(self.belief, 1, 1)
        layout.addWidget(ends, 1, 2)
        layout.addWidget(self.hot, 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.remove, 2, 3, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(2, 1)
        self.renumber(number)

    def renumber(self, number: int) -> None:
        n = str(number)
        self.text.setAccessibleName(self.tr("Thought %1").replace("%1", n))
        self.belief.setAccessibleName(
            self.tr("How much you believed thought %1, 0 to 100").replace("%1", n)
        )
        self.hot.setAccessibleName(self.tr("Thought %1 stings most").replace("%1", n))
        self.remove.setAccessibleName(self.tr("Remove thought %1").replace("%1", n))

    def value(self) -> AutomaticThought:
        return AutomaticThought(self.text.text().strip(), self.belief.score(), self.hot.isChecked())

    def is_empty(self) -> bool:
        return not self.text.text().strip() and self.belief.score() is None


class ThoughtRecordForm(ExerciseForm):
    """Emits ``experiment_requested(BehaviouralExperiment)`` from "Test this": an experiment
    to start with the balanced thought as its belief."""

    KIND = ThoughtRecord.KIND
    experiment_requested = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker | None = None,
        vault: Vault | None = None,
        parent: QWidget | None = None,
        vocabulary: EmotionVocabulary | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.vault = vault
        self._loading = False
        self._chosen_traps: list[str] = []
        self._traps: list[Distortion] = load_distortions()
        self._trap_names: dict[str, str] = {d.id: d.name for d in self._traps}
        # Strengths copied from the first rating into the re-rating, so those that the person
        # hasn't changed there yet follow the first rating.
        self._copied: dict[str, int] = {}
        self._rows: list[ThoughtRow] = []
        self._hot_group = QButtonGroup(self)
        vocabulary = vocabulary or load_vocabulary()

        self.situation = text_box(self, self.tr("What happened"))
        self.situation.setPlaceholderText(self.tr("Just the facts, as a camera would see them."))
        self.before = EmotionPicker(vocabulary, self, phase="before")
        self.thought_rows = QVBoxLayout()
        self.thought_rows.setSpacing(14)
        self.add_thought_button = QPushButton(self.tr("Add another thought"), self)
        self._build_traps()
        self.evidence_for = text_box(self, self.tr("What supports that thought"))
        self.evidence_against = text_box(self, self.tr("What doesn't fit with it"))
        self.balanced = text_box(self, self.tr("A more balanced way to see it"), 3)
        self.balanced_belief = ScoreBox(100, BELIEF_STEP, self)
        self.balanced_belief.setSuffix(self.tr(" / 100"))
        self.balanced_belief.setAccessibleName(
            self.tr("How much you believe the balanced thought, 0 to 100")
        )
        self.test_button = QPushButton(self.tr("Test this with an experiment…"), self)
        self.test_button.setToolTip(
            self.tr("Start a behavioural experiment to see how this view holds up in practice")
        )
        self.test_button.setAutoDefault(False)
        self.hot_thought = label("", self)
        self.hot_thought.setAccessibleName(self.tr("The thought that stings most"))
        self.hot_belief_after = ScoreBox(100, BELIEF_STEP, self)
        self.hot_belief_after.setSuffix(self.tr(" / 100"))
        self.hot_belief_after.setAccessibleName(
            self.tr("How much you believe the thought that stings most now, 0 to 100")
        )
        self.after = FeelingSliders(vocabulary, self, phase="after")
        self._lay_out()

        self.situation.textChanged.connect(self._edited)
        self.before.changed.connect(self._before_changed)
        self.after.changed.connect(self._edited)
        self.add_thought_button.clicked.connect(lambda: self._add_row(focus=True))
        self._hot_group.buttonToggled.connect(lambda *_: self._edited())
        for box in (self.evidence_for, self.evidence_against, self.balanced):
            box.textChanged.connect(self._edited)
        self.balanced_belief.valueChanged.connect(self._edited)
        self.hot_belief_after.valueChanged.connect(self._edited)
        self.balanced.textChanged.connect(self._offer_test)
        self.test_button.clicked.connect(self._test_balanced_thought)
        self._offer_test()
        self._add_row()
        self._show_hot_thought()
        self._show_traps(self._traps, self._trap_names)
        self._reload_traps()

    # -- building --------------------------------------------------------------------------

    def _build_traps(self) -> None:
        self.traps = QStandardItemModel(self)
        self.trap_view = TrapListView(self)
        self.trap_view.setModel(self.traps)
        self.trap_view.setAccessibleName(self.tr("Thinking traps"))
        self.trap_about = label("", self, "muted")
        self.trap_about.setAccessibleName(self.tr("About this thinking trap"))
        self.trap_about.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.hide_trap_button = QPushButton(self.tr("Hide from the list"), self)
        self.show_hidden_button = QPushButton(self.tr("Show hidden ones again"), self)
        self.new_trap_name = QLineEdit(self)
        self.new_trap_name.setAccessibleName(self.tr("Name of your own thinking trap"))
        self.new_trap_name.setPlaceholderText(self.tr("A pattern you notice in your thinking"))
        self.new_trap_about = QLineEdit(self)
        self.new_trap_about.setAccessibleName(self.tr("What it is like, in your words"))
        self.new_trap_about.setPlaceholderText(self.tr("What it is like (optional)"))
        self.add_trap_button = QPushButton(self.tr("Add to the list"), self)
        self.trap_message = label("", self, "muted")
        self.trap_message.hide()

        self.traps.itemChanged.connect(self._trap_checked)
        self.trap_view.selectionModel().currentChanged.connect(self._show_trap)
        self.hide_trap_button.clicked.connect(self._hide_current_trap)
        self.show_hidden_button.clicked.connect(self._show_hidden_traps)
        self.add_trap_button.clicked.connect(self._add_own_trap)
        self.new_trap_name.returnPressed.connect(self._add_own_trap)
        self.new_trap_about.returnPressed.connect(self._add_own_trap)
        can_store = self.worker is not None and self.vault is not None
        for widget in (
            self.hide_trap_button,
            self.show_hidden_button,
            self.new_trap_name,
            self.new_trap_about,
            self.add_trap_button,
        ):
            widget.setVisible(can_store)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)

        def step(number: int, heading: str, hint: str, *widgets: QWidget) -> None:
            # Space, not lines, separates the steps: calmer in both themes.
            if number > 1:
                layout.addSpacing(28)
            layout.addWidget(step_heading(f"{number}. {heading}", self))
            if hint:
                layout.addWidget(label(hint, self, "muted"))
            for widget in widgets:
                layout.addWidget(widget)

        step(
            1,
            self.tr("What happened?"),
            self.tr("Where were you, who was there, when was it?"),
            self.situation,
        )
        step(
            2,
            self.tr("What did you feel?"),
            self.tr("Name each feeling and how strong it was, from a little to very."),
            self.before,
        )
        step(
            3,
            self.tr("What went through your mind?"),
            self.tr(
                "Write each thought as it came. It may be words, or an image or picture in your "
                "mind. Say how much you believed it then, and mark the one that stings most: "
                "the next steps look at that one."
            ),
        )
        layout.addLayout(self.thought_rows)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_thought_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        step(
            4,
            self.tr("Do any thinking traps fit?"),
            self.tr(
                "Every mind falls into these at times. Tick any that seem to fit; naming one "
                "is a way to look more closely, not a judgement."
            ),
            self.trap_view,
            self.trap_about,
        )
        manage = QHBoxLayout()
        manage.addWidget(self.hide_trap_button)
        manage.addWidget(self.show_hidden_button)
        manage.addStretch(1)
        layout.addLayout(manage)
        # Two lines, so that neither field cuts its hint short at a larger text size.
        own = QGridLayout()
        own.setHorizontalSpacing(8)
        own.addWidget(self.new_trap_name, 0, 0)
        own.addWidget(self.new_trap_about, 1, 0)
        own.addWidget(self.add_trap_button, 1, 1)
        own.setColumnStretch(0, 1)
        layout.addLayout(own)
        layout.addWidget(self.trap_message)
        step(
            5,
            self.tr("What supports that thought?"),
            self.tr("Things that happened, as someone else could see them."),
            self.evidence_for,
        )
        step(
            6,
            self.tr("What doesn't fit with it?"),
            self.tr(
                "Anything that goes against the thought, however small. What might you say to "
                "a friend who thought this?"
            ),
            self.evidence_against,
        )
        step(
            7,
            self.tr("A more balanced way to see it"),
            self.tr("Not forced positive: a view that takes in both sides."),
            self.balanced,
        )
        belief = QHBoxLayout()
        belief_label = QLabel(self.tr("How much do you believe it? (0–100)"), self)
        belief_label.setWordWrap(True)
        belief_label.setBuddy(self.balanced_belief)
        belief.addWidget(belief_label, 1)
        belief.addWidget(self.balanced_belief)
        layout.addLayout(belief)
        layout.addWidget(scale_ends(belief_ends(self), self.balanced_belief, self))
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        step(
            8,
            self.tr("Look again at the thought that stings most"),
            self.tr(
                "Here it is as you wrote it. There is no right answer: just notice how true it "
                "feels now."
            ),
            self.hot_thought,
        )
        again = QHBoxLayout()
        again_label = QLabel(self.tr("How much do you believe it now? (0–100)"), self)
        again_label.setWordWrap(True)
        again_label.setBuddy(self.hot_belief_after)
        again.addWidget(again_label, 1)
        again.addWidget(self.hot_belief_after)
        layout.addLayout(again)
        layout.addWidget(scale_ends(belief_ends(self), self.hot_belief_after, self))
        step(
            9,
            self.tr("How strong are those feelings now?"),
            self.tr(
                "The feelings you named are here: move each to how strong it is now. A small "
                "change counts. A new feeling may be added too."
            ),
            self.after,
        )
        layout.addStretch(1)

    def _offer_test(self) -> None:
        self.test_button.setEnabled(bool(self.balanced.toPlainText().strip()))

    def _test_balanced_thought(self) -> None:
        self.experiment_requested.emit(
            BehaviouralExperiment(
                belief=self.balanced.toPlainText().strip(),
                belief_before=self.balanced_belief.score(),
            )
        )

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        first = next((ln.strip() for ln in self.situation.toPlainText().splitlines() if ln), "")
        if len(first) > TITLE_CHARS:
            first = first[: TITLE_CHARS - 1].rstrip() + "…"
        name = self.tr("Thought record")
        return f"{name}: {first}" if first else name

    def value(self) -> ThoughtRecord:
        return ThoughtRecord(
            situation=self.situation.toPlainText().strip(),
            emotions=_ratings(self.before.emotions(), "before"),
            automatic_thoughts=[r.value() for r in self._rows if not r.is_empty()],
            distortions=list(self._chosen_traps),
            evidence_for=self.evidence_for.toPlainText().strip(),
            evidence_against=self.evidence_against.toPlainText().strip(),
            balanced_thought=self.balanced.toPlainText().strip(),
            balanced_belief=self.balanced_belief.score(),
            emotions_after=_ratings(self.after.emotions(), "after"),
            hot_belief_after=self.hot_belief_after.score(),
        )

    def set_value(self, value: ThoughtRecord | None) -> None:
        record = value or ThoughtRecord()
        self._loading = True
        try:
            # setPlainText, unlike clear(), also forgets the undo history.
            self.situation.setPlainText(record.situation)
            self.before.set_emotions(_tags(record.emotions, "before"))
            self.after.set_emotions(_tags(record.emotions_after, "after"))
            # A stored re-rating is the person's own: none of it is a copy any more.
            self._copied = {}
            for row in list(self._rows):
                self._remove_row(row)
            for thought in record.automatic_thoughts:
                row = self._add_row()
                row.text.setText(thought.text)
                row.belief.set_score(thought.belief)
                row.hot.setChecked(thought.hot)
            if not self._rows:
                self._add_row()
            self._chosen_traps = list(record.distortions)
            self._show_traps(self._traps, self._trap_names)
            self.evidence_for.setPlainText(record.evidence_for)
            self.evidence_against.setPlainText(record.evidence_against)
            self.balanced.setPlainText(record.balanced_thought)
            self.balanced_belief.set_score(record.balanced_belief)
            self.hot_belief_after.set_score(record.hot_belief_after)
            self.new_trap_name.setText("")
            self.new_trap_about.setText("")
            self.trap_message.hide()
        finally:
            self._loading = False
        self._show_hot_thought()

    def clear(self) -> None:
        self.set_value(None)
        self.before.clear()
        self.after.clear()
        self.trap_view.clearSelection()
        self.trap_about.setText("")

    def is_empty(self) -> bool:
        record = self.value()
        texts = (
            record.situation,
            record.evidence_for,
            record.evidence_against,
            record.balanced_thought,
        )
        return not (
            any(texts)
            or record.emotions
            or record.emotions_after
            or record.automatic_thoughts
            or record.distortions
            or record.balanced_belief is not None
            or record.hot_belief_after is not None
        )

    def distortion_names(self) -> dict[str, str]:
        return dict(self._trap_names)

    # -- automatic thoughts ----------------------------------------------------------------

    def _add_row(self, focus: bool = False) -> ThoughtRow:
        row = ThoughtRow(len(self._rows) + 1, self)
        self._rows.append(row)
        self.thought_rows.addWidget(row)
        self._hot_group.addButton(row.hot)
        row.text.textChanged.connect(self._edited)
        row.belief.valueChanged.connect(self._edited)
        row.remove.clicked.connect(lambda: self._remove_by_person(row))
        # Enter on a thought starts the next one, as in a list.
        row.text.returnPressed.connect(lambda: self._next_thought(row))
        self._chain_tab_order()
        if focus:
            row.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _next_thought(self, row: ThoughtRow) -> None:
        if row is self._rows[-1] and row.text.text().strip():
            self._add_row(focus=True)
        else:
            row.belief.setFocus(Qt.FocusReason.TabFocusReason)

    def _remove_by_person(self, row: ThoughtRow) -> None:
        index = self._rows.index(row)
        self._remove_row(row)
        if not self._rows:
            self._add_row()
        # Focus stays near where it was rather than jumping to the top of the dialog.
        self._rows[min(index, len(self._rows) - 1)].text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._edited()

    def _remove_row(self, row: ThoughtRow) -> None:
        self._rows.remove(row)
        self._hot_group.removeButton(row.hot)
        self.thought_rows.removeWidget(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, other in enumerate(self._rows, start=1):
            other.renumber(number)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        previous: QWidget = self.before
        for row in self._rows:
            for widget in (row.text, row.belief, row.hot, row.remove):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_thought_button)
        QWidget.setTabOrder(self.add_thought_button, self.trap_view)

    # -- thinking traps --------------------------------------------------------------------

    def _show_traps(self, shown: Sequence[Distortion], names: dict[str, str]) -> None:
        self._traps = list(shown)
        self._trap_names = dict(names)
        current = self.trap_view.currentIndex().data(TrapIdRole)
        self.traps.blockSignals(True)
        self.traps.clear()
        offered = {d.id for d in shown}
        # A trap ticked on a stored record stays visible even if hidden since, so the record
        # is never changed behind the person's back.
        extra = [
            Distortion(i, names.get(i, i), "", "") for i in self._chosen_traps if i not in offered
        ]
        for trap in [*shown, *extra]:
            item = QStandardItem(trap.name)
            item.setData(trap.id, TrapIdRole)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if trap.id in self._chosen_traps else Qt.CheckState.Unchecked
            )
            about = "\n".join(p for p in (trap.description, trap.example) if p)
            item.setToolTip(about)
            item.setData(about, Qt.ItemDataRole.AccessibleDescriptionRole)
            self.traps.appendRow(item)
        self.traps.blockSignals(False)
        self.trap_view.reset()
        self.trap_view.fit_rows()
        row = next(
            (
                r
                for r in range(self.traps.rowCount())
                if self.traps.item(r).data(TrapIdRole) == current
            ),
            0,
        )
        if self.traps.rowCount():
            self.trap_view.setCurrentIndex(self.traps.index(row, 0))

    def _show_trap(self, index: _Index) -> None:
        trap_id = index.data(TrapIdRole)
        trap = next((d for d in self._traps if d.id == trap_id), None)
        if trap is None:
            self.trap_about.setText("")
            self.hide_trap_button.setEnabled(False)
            return
        parts = [f"{trap.name}: {trap.description}" if trap.description else trap.name]
        if trap.example:
            parts.append(self.tr("For example: %1").replace("%1", trap.example))
        self.trap_about.setText("\n".join(parts))
        is_own = trap.id.startswith(CUSTOM_PREFIX)
        self.hide_trap_button.setText(
            self.tr("Remove from the list") if is_own else self.tr("Hide from the list")
        )
        self.hide_trap_button.setAccessibleName(
            (
                self.tr("Remove %1 from the list") if is_own else self.tr("Hide %1 from the list")
            ).replace("%1", trap.name)
        )
        self.hide_trap_button.setEnabled(True)

    def _trap_checked(self, item: QStandardItem) -> None:
        trap_id = str(item.data(TrapIdRole))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and trap_id not in self._chosen_traps:
            self._chosen_traps.append(trap_id)
        elif not checked and trap_id in self._chosen_traps:
            self._chosen_traps.remove(trap_id)
        # Ticking a box by mouse also shows what that trap means, next to it.
        self.trap_view.setCurrentIndex(item.index())
        self._edited()

    def _reload_traps(self) -> None:
        if self.worker is None or self.vault is None:
            return
        traps = DistortionList(self.vault)
        self.worker.submit(lambda: (traps.shown(), traps.names()), self._on_traps_loaded)

    def _on_traps_loaded(self, result: tuple[list[Distortion], dict[str, str]]) -> None:
        self._show_traps(*result)

    def _add_own_trap(self) -> None:
        name = self.new_trap_name.text().strip()
        if self.worker is None or self.vault is None:
            return
        if not name:
            self._say(self.tr("Give your thinking trap a short name first."))
            self.new_trap_name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        about = self.new_trap_about.text().strip()
        traps = DistortionList(self.vault)

        def add() -> tuple[Distortion, list[Distortion], dict[str, str]]:
            added = traps.add_custom(name, about)
            return added, traps.shown(), traps.names()

        self.worker.submit(add, self._on_own_trap_added, self._on_trap_error)

    def _on_own_trap_added(
        self, result: tuple[Distortion, list[Distortion], dict[str, str]]
    ) -> None:
        added, shown, names = result
        self.new_trap_name.setText("")
        self.new_trap_about.setText("")
        self._chosen_traps.append(added.id)
        self._show_traps(shown, names)
        self.trap_view.setCurrentIndex(self._index_of(added.id))
        self._say(self.tr("“%1” is on your list now, and ticked.").replace("%1", added.name))
        self._edited()

    def _hide_current_trap(self) -> None:
        trap_id = self.trap_view.currentIndex().data(TrapIdRole)
        if not isinstance(trap_id, str) or self.worker is None or self.vault is None:
            return
        traps = DistortionList(self.vault)
        name = self._trap_names.get(trap_id, trap_id)

        def hide() -> tuple[list[Distortion], dict[str, str]]:
            if trap_id.startswith(CUSTOM_PREFIX):
                traps.delete_custom(trap_id)
            else:
                traps.hide(trap_id)
            return traps.shown(), traps.names()

        def done(result: tuple[list[Distortion], dict[str, str]]) -> None:
            self._show_traps(*result)
            self.trap_view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._say(self.tr("“%1” is no longer in the list.").replace("%1", name))

        self.worker.submit(hide, done, self._on_trap_error)

    def _show_hidden_traps(self) -> None:
        if self.worker is None or self.vault is None:
            return
        traps = DistortionList(self.vault)

        def unhide() -> tuple[list[Distortion], dict[str, str]]:
            for trap_id in traps.hidden():
                traps.unhide(trap_id)
            return traps.shown(), traps.names()

        self.worker.submit(unhide, self._on_traps_loaded, self._on_trap_error)

    def _on_trap_error(self, _error: BaseException) -> None:
        self._say(self.tr("The list of thinking traps could not be changed. Please try again."))

    def _index_of(self, trap_id: str) -> QModelIndex:
        for row in range(self.traps.rowCount()):
            if self.traps.item(row).data(TrapIdRole) == trap_id:
                return self.traps.index(row, 0)
        return QModelIndex()

    def _say(self, text: str) -> None:
        self.trap_message.setText(text)
        self.trap_message.show()

    # -- feelings --------------------------------------------------------------------------

    def _before_changed(self) -> None:
        """Carry the first rating's feelings into the re-rating. A strength the person already
        changed there is kept; the others follow the first rating."""
        before = _ratings(self.before.emotions(), "before")
        now = {e.emotion: e.intensity for e in _ratings(self.after.emotions(), "after")}
        wanted: list[EmotionTag] = []
        for rating in before:
            copied = self._copied.get(rating.emotion)
            rerated = rating.emotion in now and now[rating.emotion] != copied
            strength = _first(now[rating.emotion] if rerated else rating.intensity)
            wanted.append(EmotionTag(rating.emotion, strength, "after"))
        named = {e.emotion for e in before}
        # Feelings the person added only to the re-rating stay.
        wanted += [
            EmotionTag(i, _first(v), "after")
            for i, v in now.items()
            if i not in named and i not in self._copied
        ]
        self._copied = {t.emotion_id: t.intensity for t in wanted if t.emotion_id in named}
        self.after.set_emotions(wanted)
        self._edited()

    def _show_hot_thought(self) -> None:
        thought = ThoughtRecord(
            automatic_thoughts=[r.value() for r in self._rows if not r.is_empty()]
        ).hot_thought()
        if thought is not None and thought.text:
            self.hot_thought.setText(f"“{thought.text}”")
        else:
            self.hot_thought.setText(
                self.tr("The thought you marked in step 3 will be shown here.")
            )

    def _edited(self) -> None:
        self._show_hot_thought()
        if not self._loading:
            self.changed.emit()


def _ratings(tags: Sequence[EmotionTag], phase: str) -> list[EmotionRating]:
    return [EmotionRating(t.emotion_id, t.intensity) for t in tags if t.phase == phase]


def _first(*values: int | None) -> int:
    return next((v for v in values if v is not None), 0)


def _tags(ratings: Sequence[EmotionRating], phase: str) -> list[EmotionTag]:
    return [EmotionTag(r.emotion, r.intensity or 0, phase) for r in ratings if r.emotion]
