"""Dream log: the dream, the feelings it left, and what its people and images bring to mind."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QVBoxLayout, QWidget

from innerspace.core.emotions import EmotionTag, EmotionVocabulary
from innerspace.core.exercises import DreamLog, EmotionRating, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.relationship_pattern import first_line, text_box
from innerspace.gui.journal.emotion_models import DEFAULT_INTENSITY
from innerspace.gui.journal.emotion_picker import EmotionPicker


def _tag(rating: EmotionRating) -> EmotionTag:
    # A rating saved without a strength shows at the picker's usual middle value.
    strength = DEFAULT_INTENSITY if rating.intensity is None else rating.intensity
    return EmotionTag(rating.emotion, strength)


class DreamLogForm(ExerciseForm):
    KIND = DreamLog.KIND

    def __init__(
        self, vocabulary: EmotionVocabulary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        questions = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._guide_title = guide.title
        self._loading = False
        self.boxes: dict[str, QPlainTextEdit] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        # Said before the dream is written, so no one goes back into a nightmare unwarned.
        self.nightmare_note = label(str(guide.content.get("nightmare_note", "")), self, "muted")
        self.nightmare_note.setAccessibleName(self.tr("If it was a nightmare"))
        self.nightmare_note.setVisible(bool(self.nightmare_note.text()))
        layout.addWidget(self.nightmare_note)
        self._add_box(layout, "dream", questions["dream"], 5)
        self._add_box(layout, "feelings", questions["feelings"], 2)

        names = label(self.tr("Name the feelings, if you like"), self)
        self.emotions = EmotionPicker(vocabulary, self)
        names.setBuddy(self.emotions.search)
        layout.addWidget(names)
        layout.addWidget(self.emotions)

        self._add_box(layout, "people_and_places", questions["people_and_places"], 2)
        self._add_box(layout, "associations", questions["associations"], 3)
        self.recurring = QCheckBox(questions["recurring"], self)
        self.recurring.setAccessibleName(questions["recurring"])
        layout.addWidget(self.recurring)
        self._add_box(layout, "life_now", questions["life_now"], 2)
        layout.addStretch(1)

        self.emotions.changed.connect(self._edited)
        self.recurring.toggled.connect(self._edited)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        dream = first_line(self.boxes["dream"].toPlainText())
        return f"{self._guide_title}: {dream}" if dream else self._guide_title

    def value(self) -> DreamLog:
        texts = {key: box.toPlainText().strip() for key, box in self.boxes.items()}
        emotions = [EmotionRating(t.emotion_id, t.intensity) for t in self.emotions.emotions()]
        return DreamLog(recurring=self.recurring.isChecked(), emotions=emotions, **texts)

    def set_value(self, value: DreamLog | None) -> None:
        shown = value or DreamLog()
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setPlainText(getattr(shown, key))
            self.recurring.setChecked(shown.recurring)
            if value is None:
                self.emotions.clear()
            else:
                self.emotions.set_emotions([_tag(r) for r in shown.emotions if r.emotion])
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        return self.value() == DreamLog()

    # -- internals -----------------------------------------------------------------------------

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
