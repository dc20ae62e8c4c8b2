"""Self-compassion break: three small steps, each with a little room to write.

The steps' wording is data (resources/exercises.json); this form adds the short questions that
invite an answer, and keeps every answer optional.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from innerspace.core.exercises import SelfCompassionBreak, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.grounding import GuidedSteps
from innerspace.gui.exercises.relationship_pattern import text_box


class SelfCompassionForm(ExerciseForm):
    KIND = SelfCompassionBreak.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._guide_title = guide.title
        self._loading = False
        headings = {
            "mindfulness": self.tr("This is a hard moment"),
            "common_humanity": self.tr("You are not alone in this"),
            "kindness": self.tr("A little kindness"),
        }
        # Which answers each step asks for: (field, question, lines).
        questions = {
            "mindfulness": [("hard_moment", self.tr("What is hard right now?"), 3)],
            "common_humanity": [
                ("common_humanity", self.tr("Who else might feel something like this?"), 3)
            ],
            "kindness": [
                (
                    "kindness",
                    self.tr(
                        "What would you say to a friend who felt this? Now say it to yourself."
                    ),
                    2,
                ),
                ("need", self.tr("What do you need right now?"), 2),
            ],
        }

        self.steps = GuidedSteps(self)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for step in guide.content["steps"]:
            step_id = str(step["id"])
            page = QWidget(self.steps.stack)
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            page_layout.addWidget(label(headings.get(step_id, ""), page, "heading"))
            page_layout.addWidget(label(str(step["text"]), page))
            first: QWidget | None = None
            for key, question, lines in questions.get(step_id, []):
                caption = label(question, page)
                box = text_box(page, question, lines)
                caption.setBuddy(box)
                box.textChanged.connect(self._edited)
                self.boxes[key] = box
                page_layout.addWidget(caption)
                page_layout.addWidget(box)
                first = first or box
            page_layout.addStretch(1)
            self.steps.add_page(page, first or page)
        self.closing = label(
            self.tr("Whatever you wrote, or didn't, thank you for pausing for yourself."),
            page,
            "muted",
        )
        # The last step ends with a word of thanks, just below its questions.
        page_layout.insertWidget(page_layout.count() - 1, self.closing)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.steps, 1)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        return self._guide_title

    def value(self) -> SelfCompassionBreak:
        return SelfCompassionBreak(
            **{key: box.toPlainText().strip() for key, box in self.boxes.items()}
        )

    def set_value(self, value: SelfCompassionBreak | None) -> None:
        shown = value or SelfCompassionBreak()
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setPlainText(getattr(shown, key))
        finally:
            self._loading = False
        self.steps.show_step(0)

    def is_empty(self) -> bool:
        return self.value() == SelfCompassionBreak()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
