"""Relationship pattern map: one moment, traced from the wish to what happened next.

The questions are the exercise's fields in resources/exercises.json, grouped into the moment
itself and the pattern it may belong to.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from innerspace.core.exercises import RelationshipPattern, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm

_MOMENT = (
    "situation",
    "wish",
    "expected_response",
    "actual_response",
    "my_response",
    "self_response",
)
_PATTERN = ("echoes", "different_step")
TITLE_LENGTH = 48


def text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    """A few lines of writing that Tab leaves, so the form can be crossed by keyboard."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    box.setFixedHeight(
        box.fontMetrics().lineSpacing() * lines
        + int(2 * box.document().documentMargin())
        + margins.top()
        + margins.bottom()
        + 2 * box.frameWidth()
    )
    return box


def first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


class RelationshipPatternForm(ExerciseForm):
    KIND = RelationshipPattern.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        questions = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._guide_title = guide.title
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            label(
                self.tr("Fill in as much or as little as feels right. You can stop at any point."),
                self,
                "muted",
            )
        )

        self.boxes: dict[str, QPlainTextEdit] = {}
        layout.addSpacing(4)
        layout.addWidget(self._section(self.tr("The moment")))
        self._add_box(layout, "situation", questions["situation"], 3)
        people_label = label(questions["people"], self)
        self.people = QLineEdit(self)
        self.people.setAccessibleName(questions["people"])
        self.people.setPlaceholderText(self.tr("Names or roles, separated by commas"))
        people_label.setBuddy(self.people)
        layout.addWidget(people_label)
        layout.addWidget(self.people)
        for key in _MOMENT[1:]:
            self._add_box(layout, key, questions[key], 2)

        layout.addSpacing(4)
        layout.addWidget(self._section(self.tr("The pattern")))
        for key in _PATTERN:
            self._add_box(layout, key, questions[key], 3)
        layout.addStretch(1)

        self.people.textChanged.connect(self._edited)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        moment = first_line(self.boxes["situation"].toPlainText())
        return f"{self._guide_title}: {moment}" if moment else self._guide_title

    def value(self) -> RelationshipPattern:
        people = [p.strip() for p in self.people.text().split(",") if p.strip()]
        texts = {key: box.toPlainText().strip() for key, box in self.boxes.items()}
        return RelationshipPattern(people=people, **texts)

    def set_value(self, value: RelationshipPattern | None) -> None:
        shown = value or RelationshipPattern()
        self._loading = True
        try:
            # setPlainText/setText, unlike clear(), also drop the undo history.
            for key, box in self.boxes.items():
                box.setPlainText(getattr(shown, key))
            self.people.setText(", ".join(shown.people))
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        return self.value() == RelationshipPattern()

    # -- internals -----------------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        heading = label(text, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _add_box(self, layout: QVBoxLayout, key: str, question: str, lines: int) -> None:
        caption = label(question, self)
        box = text_box(self, question, lines)
        caption.setBuddy(box)
        box.textChanged.connect(self._edited)
        self.boxes[key] = box
        layout.addWidget(caption)
        layout.addWidget(box)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
