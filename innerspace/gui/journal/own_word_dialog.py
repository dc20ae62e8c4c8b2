"""A small form for a feeling word of the person's own: the word, where it sits, what it means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import (
    MAX_OWN_MEANING_LENGTH,
    MAX_OWN_WORD_LENGTH,
    Emotion,
    EmotionVocabulary,
    OwnWordProblem,
    own_word,
)
from innerspace.gui.common.page import label

# Three plain steps are easier to choose between than a number; they place the word on the map.
PLEASANTNESS = (("Unpleasant", -0.6), ("Mixed, or neither", 0.0), ("Pleasant", 0.6))
ENERGY = (("Low energy", 0.2), ("In between", 0.5), ("High energy", 0.8))


class OwnWordDialog(QDialog):
    """Accepted only with a word that can be kept; ``emotion()`` is then the new word."""

    def __init__(
        self, word: str, vocabulary: EmotionVocabulary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A word of your own"))
        self.vocabulary = vocabulary
        self._emotion: Emotion | None = None
        self.word = QLineEdit(" ".join(word.split()), self)
        self.word.setMaxLength(MAX_OWN_WORD_LENGTH)
        self.family = QComboBox(self)
        self.family.setPlaceholderText(self.tr("Choose a family"))
        for family in vocabulary.families:
            self.family.addItem(self.tr(family.name), family.id)
        self.family.setCurrentIndex(-1)
        self.pleasant = QComboBox(self)
        for text, value in PLEASANTNESS:
            self.pleasant.addItem(self.tr(text), value)
        self.pleasant.setCurrentIndex(1)
        self.energy = QComboBox(self)
        for text, value in ENERGY:
            self.energy.addItem(self.tr(text), value)
        self.energy.setCurrentIndex(1)
        self.meaning = QLineEdit(self)
        self.meaning.setMaxLength(MAX_OWN_MEANING_LENGTH)
        self.meaning.setPlaceholderText(self.tr("What it means to you (you can leave this)"))
        for edit in (self.word, self.meaning):
            edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.problem = label("", self, "error")
        self.problem.hide()
        self.family.currentIndexChanged.connect(self._lean_like_family)
        form = QFormLayout()
        form.addRow(self.tr("&Word"), self.word)
        form.addRow(self.tr("&Family"), self.family)
        form.addRow(self.tr("How does it &feel?"), self.pleasant)
        form.addRow(self.tr("&Energy"), self.energy)
        form.addRow(self.tr("&Meaning"), self.meaning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add word"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Your word is kept inside your encrypted journal and offered with the "
                    "others from now on."
                ),
                self,
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Room for a meaning of a few words at any text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.family.setFocus()

    def emotion(self) -> Emotion | None:
        return self._emotion

    def accept(self) -> None:
        try:
            emotion = own_word(
                self.word.text(),
                self.family.currentData() or "",
                float(self.pleasant.currentData()),
                float(self.energy.currentData()),
                self.meaning.text(),
            )
            if self.vocabulary.find_word(emotion.word) is not None:
                raise OwnWordProblem(f"“{emotion.word}” is already in the list.")
        except OwnWordProblem as problem:
            self.problem.setText(self.tr(str(problem)))
            self.problem.show()
            return
        self._emotion = emotion
        super().accept()

    def _lean_like_family(self, _index: int) -> None:
        """A word in Joy is most likely pleasant: start there, the person can change it."""
        family = self.family.currentData()
        words = self.vocabulary.in_family(family) if family else []
        if words:
            mean = sum(e.valence for e in words) / len(words)
            self.pleasant.setCurrentIndex(0 if mean < -0.3 else 2 if mean > 0.3 else 1)
