"""The core belief worksheet: the downward arrow from a hot thought to the belief beneath it, the
belief and a kinder one with how strongly each is held, and a positive data log that grows over
weeks: the worksheet is opened again from the journal to add each new piece of evidence, dated
the day it is added."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from innerspace.core.core_belief import CoreBeliefWorksheet, Evidence
from innerspace.core.entries import local_now
from innerspace.core.exercises import load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.day_picker import spoken_day
from innerspace.gui.exercises.score_box import ScoreBox, rating_row
from innerspace.gui.exercises.thought_record import step_heading

TITLE_CHARS = 48
# The arrow rarely needs more steps than this to reach what lies underneath.
MOST_STEPS = 6
BELIEF_STEP = 5


class EvidenceRow(QWidget):
    remove_requested = Signal(object)

    def __init__(self, evidence: Evidence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = evidence.day
        self.when = QLabel(self._day_text(), self)
        self.text = QLineEdit(evidence.text, self)
        self.text.setAccessibleName(self.tr("Evidence from %1").replace("%1", self._day_text()))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(
            self.tr("Remove the evidence from %1").replace("%1", self._day_text())
        )
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove)

    def _day_text(self) -> str:
        return spoken_day(date.fromisoformat(self.day)) if self.day else ""

    def evidence(self) -> Evidence:
        return Evidence(self.day, self.text.text().strip())


class CoreBeliefForm(ExerciseForm):
    KIND = CoreBeliefWorksheet.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        q = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._question: str = guide.content["arrow_question"]
        self._loading = False
        self._steps: list[QLineEdit] = []
        self._evidence: list[EvidenceRow] = []
        ends = self.tr("0 = not at all, 100 = completely")

        self.hot_thought = QLineEdit(self)
        self.hot_thought.setAccessibleName(q["hot_thought"])
        self.hot_thought.setPlaceholderText(self.tr("The thought that stung, in its own words"))
        self.deeper = QPushButton(self.tr("One step deeper"), self)
        self.deeper.setAutoDefault(False)
        self.belief = QLineEdit(self)
        self.belief.setAccessibleName(q["belief"])
        self.belief.setPlaceholderText(self.tr("Often short and old: “I'm …”, “People are …”"))
        self.belief_strength = self._strength(q["belief_strength"])
        self.new_belief = QLineEdit(self)
        self.new_belief.setAccessibleName(q["new_belief"])
        self.new_belief.setPlaceholderText(
            self.tr("Something kinder you could grow to believe, even a little")
        )
        self.new_belief_strength = self._strength(q["new_belief_strength"])
        self.new_evidence = QLineEdit(self)
        self.new_evidence.setAccessibleName(self.tr("A new piece of evidence"))
        self.new_evidence.setPlaceholderText(self.tr("Something that fits the new belief today"))
        self.add_evidence = QPushButton(self.tr("Add to the log"), self)
        self.add_evidence.setAutoDefault(False)

        self.step_rows = QVBoxLayout()
        self.evidence_rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(step_heading(q["hot_thought"], self))
        layout.addWidget(self.hot_thought)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Following it down"), self))
        layout.addWidget(
            label(
                self.tr(
                    "Ask of the thought, and then of each answer: %1 Stop when you reach "
                    "something that feels old and certain, or when it gets too heavy."
                ).replace("%1", self._question),
                self,
                "muted",
            )
        )
        layout.addLayout(self.step_rows)
        layout.addWidget(self.deeper, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(step_heading(q["belief"], self))
        layout.addWidget(self.belief)
        layout.addLayout(rating_row(q["belief_strength"], self.belief_strength, ends, self))
        layout.addSpacing(12)
        layout.addWidget(step_heading(q["new_belief"], self))
        layout.addWidget(self.new_belief)
        layout.addLayout(rating_row(q["new_belief_strength"], self.new_belief_strength, ends, self))
        layout.addSpacing(12)
        layout.addWidget(step_heading(q["evidence"], self))
        layout.addWidget(
            label(
                self.tr(
                    "Over the coming weeks, open this worksheet again from your journal and add "
                    "each small thing that fits the new belief, on the day you notice it."
                ),
                self,
                "muted",
            )
        )
        layout.addLayout(self.evidence_rows)
        adding = QHBoxLayout()
        adding.addWidget(self.new_evidence, 1)
        adding.addWidget(self.add_evidence)
        layout.addLayout(adding)
        layout.addStretch(1)
        self.set_value(None)

        self.deeper.clicked.connect(self._go_deeper)
        self.add_evidence.clicked.connect(self._add_new_evidence)
        self.new_evidence.returnPressed.connect(self._add_new_evidence)
        for edit in (self.hot_thought, self.belief, self.new_belief):
            edit.textChanged.connect(self._edited)
        for box in (self.belief_strength, self.new_belief_strength):
            box.valueChanged.connect(self._edited)

    def _strength(self, name: str) -> ScoreBox:
        box = ScoreBox(100, BELIEF_STEP, self)
        box.setSuffix(self.tr(" / 100"))
        box.setAccessibleName(name)
        return box

    # -- rows added as the person goes -----------------------------------------------------

    def _add_step(self, text: str = "") -> QLineEdit:
        step = QLineEdit(text, self)
        step.setAccessibleName(
            self.tr("Step %1: %2")
            .replace("%1", str(len(self._steps) + 1))
            .replace("%2", self._question)
        )
        step.setPlaceholderText(self._question)
        step.textChanged.connect(self._edited)
        step.returnPressed.connect(self._go_deeper)
        self.step_rows.addWidget(step)
        # Shown now rather than when the layout gets to it, so Tab and focus reach it at once.
        step.show()
        self._steps.append(step)
        self.deeper.setEnabled(len(self._steps) < MOST_STEPS)
        return step

    def _go_deeper(self) -> None:
        if len(self._steps) < MOST_STEPS:
            self._add_step().setFocus(Qt.FocusReason.TabFocusReason)
            self._chain_tabs()

    def _add_evidence_row(self, evidence: Evidence) -> EvidenceRow:
        row = EvidenceRow(evidence, self)
        row.text.textChanged.connect(self._edited)
        row.remove_requested.connect(self._remove_evidence)
        self.evidence_rows.addWidget(row)
        row.show()
        self._evidence.append(row)
        return row

    def _add_new_evidence(self) -> None:
        text = self.new_evidence.text().strip()
        if not text:
            return
        self.new_evidence.clear()
        self._add_evidence_row(Evidence(local_now().date().isoformat(), text))
        self._chain_tabs()
        self._edited()

    def _remove_evidence(self, row: EvidenceRow) -> None:
        self._evidence.remove(row)
        self.evidence_rows.removeWidget(row)
        row.deleteLater()
        self.new_evidence.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chain_tabs()
        self._edited()

    def _chain_tabs(self) -> None:
        # Rows are made after the form, so Tab would reach them last; keep it in reading order.
        order: list[QWidget] = [self.hot_thought, *self._steps, self.deeper, self.belief]
        order += [self.belief_strength, self.new_belief, self.new_belief_strength]
        for row in self._evidence:
            order += [row.text, row.remove]
        order += [self.new_evidence, self.add_evidence]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        sheet = self.value()
        belief = sheet.belief or sheet.hot_thought
        if len(belief) > TITLE_CHARS:
            belief = belief[: TITLE_CHARS - 1].rstrip() + "…"
        title = (
            self.tr("Core belief: %1").replace("%1", belief)
            if belief
            else self.tr("Core belief worksheet")
        )
        count = len(sheet.evidence)
        if not count:
            return title
        pieces = (
            self.tr("1 piece of evidence")
            if count == 1
            else self.tr("%1 pieces of evidence").replace("%1", str(count))
        )
        return self.tr("%1, %2").replace("%1", title).replace("%2", pieces)

    def value(self) -> CoreBeliefWorksheet:
        return CoreBeliefWorksheet(
            hot_thought=self.hot_thought.text().strip(),
            arrow=[s.text().strip() for s in self._steps if s.text().strip()],
            belief=self.belief.text().strip(),
            belief_strength=self.belief_strength.score(),
            new_belief=self.new_belief.text().strip(),
            new_belief_strength=self.new_belief_strength.score(),
            evidence=[r.evidence() for r in self._evidence if r.evidence().text],
        )

    def set_value(self, value: CoreBeliefWorksheet | None) -> None:
        sheet = value or CoreBeliefWorksheet()
        self._loading = True
        try:
            for widget in [*self._steps, *self._evidence]:
                widget.setParent(None)
                widget.deleteLater()
            self._steps, self._evidence = [], []
            self.hot_thought.setText(sheet.hot_thought)
            for step in sheet.arrow or [""]:
                self._add_step(step)
            self.belief.setText(sheet.belief)
            self.belief_strength.set_score(sheet.belief_strength)
            self.new_belief.setText(sheet.new_belief)
            self.new_belief_strength.set_score(sheet.new_belief_strength)
            for evidence in sheet.evidence:
                self._add_evidence_row(evidence)
            self.new_evidence.clear()
            self._chain_tabs()
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        return self.value() == CoreBeliefWorksheet()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
