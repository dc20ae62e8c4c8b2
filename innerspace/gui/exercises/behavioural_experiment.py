"""The behavioural experiment: a belief and how strongly it is held, what it predicts, the
experiment, what happened, what was learned, and the belief rated again.

The questions are the exercise's fields in resources/exercises.json. A thought record's "Test
this" starts one with its balanced thought and how much it was believed already filled in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.exercises import load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.relationship_pattern import first_line
from innerspace.gui.exercises.score_box import ScoreBox, scale_ends
from innerspace.gui.exercises.thought_record import step_heading, text_box

BELIEF_STEP = 5
_STEPS = (
    ("prediction", 2),
    ("experiment", 3),
    ("outcome", 3),
    ("learned", 3),
)


class BehaviouralExperimentForm(ExerciseForm):
    KIND = BehaviouralExperiment.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        questions = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._loading = False
        ends = self.tr("0 = not at all, 100 = completely")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(
            label(
                self.tr(
                    "Keep the experiment small and safe, and plan it for a time that suits you. "
                    "Whatever happens, you learn something."
                ),
                self,
                "muted",
            )
        )
        layout.addWidget(step_heading(questions["belief"], self))
        self.belief = text_box(self, questions["belief"], 2)
        layout.addWidget(self.belief)
        self.belief_before = self._belief(questions["belief_before"], layout, ends)

        self.boxes: dict[str, QPlainTextEdit] = {}
        for key, lines in _STEPS:
            layout.addSpacing(8)
            layout.addWidget(step_heading(questions[key], self))
            box = text_box(self, questions[key], lines)
            box.textChanged.connect(self._edited)
            self.boxes[key] = box
            layout.addWidget(box)
        layout.addSpacing(8)
        self.belief_after = self._belief(questions["belief_after"], layout, ends)
        layout.addStretch(1)
        self.belief.textChanged.connect(self._edited)

    def _belief(self, question: str, layout: QVBoxLayout, ends: str) -> ScoreBox:
        box = ScoreBox(100, BELIEF_STEP, self)
        box.setSuffix(self.tr(" / 100"))
        box.setAccessibleName(question)
        row = QHBoxLayout()
        caption = QLabel(question, self)
        caption.setWordWrap(True)
        caption.setBuddy(box)
        row.addWidget(caption, 1)
        row.addWidget(box)
        layout.addLayout(row)
        layout.addWidget(scale_ends(ends, box, self))
        box.valueChanged.connect(self._edited)
        return box

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        belief = first_line(self.belief.toPlainText())
        name = self.tr("Experiment")
        return f"{name}: {belief}" if belief else self.tr("Behavioural experiment")

    def value(self) -> BehaviouralExperiment:
        texts = {key: box.toPlainText().strip() for key, box in self.boxes.items()}
        return BehaviouralExperiment(
            belief=self.belief.toPlainText().strip(),
            belief_before=self.belief_before.score(),
            belief_after=self.belief_after.score(),
            **texts,
        )

    def set_value(self, value: BehaviouralExperiment | None) -> None:
        experiment = value or BehaviouralExperiment()
        self._loading = True
        try:
            self.belief.setPlainText(experiment.belief)
            self.belief_before.set_score(experiment.belief_before)
            for key, box in self.boxes.items():
                box.setPlainText(getattr(experiment, key))
            self.belief_after.set_score(experiment.belief_after)
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        e = self.value()
        texts = (e.belief, e.prediction, e.experiment, e.outcome, e.learned)
        return not any(texts) and e.belief_before is None and e.belief_after is None

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
