"""Re-rating feelings already named: one slider per feeling, and a field to add one more.

The last step of a thought record asks how strong the same feelings are now. It needs only
their strengths, not the whole picker again (whose lists would be a second scroll inside the
form): each feeling is a row with its word, a 0–100 slider and a Remove button, and a feeling
that came up along the way can be added by typing its name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import MAX_INTENSITY, MIN_INTENSITY, EmotionTag, EmotionVocabulary
from innerspace.gui.common.page import label

STEP = 5
NEW_FEELING_STRENGTH = 50


class FeelingSlider:
    """One feeling's row in the grid: its word, how strong it is now, a way to take it off."""

    def __init__(self, emotion_id: str, word: str, strength: int, parent: QWidget) -> None:
        self.emotion_id = emotion_id
        self.word = QLabel(word, parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(MIN_INTENSITY, MAX_INTENSITY)
        self.slider.setSingleStep(STEP)
        self.slider.setPageStep(4 * STEP)
        self.slider.setValue(strength)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setAccessibleName(
            parent.tr("How strong “%1” is now, 0 to 100").replace("%1", word)
        )
        self.word.setBuddy(self.slider)
        self.value = QLabel(str(strength), parent)
        self.value.setMinimumWidth(parent.fontMetrics().horizontalAdvance("100") + 4)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove = QPushButton(parent.tr("Remove"), parent)
        self.remove.setAccessibleName(parent.tr("Remove %1").replace("%1", word))
        self.slider.valueChanged.connect(lambda value: self.value.setText(str(value)))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.word, self.slider, self.value, self.remove)

    def strength(self) -> int:
        return self.slider.value()

    def set_strength(self, strength: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(strength)
        self.slider.blockSignals(False)
        self.value.setText(str(strength))


class FeelingSliders(QWidget):
    """The feelings of one phase with their strengths.

    ``changed`` is emitted for the person's own changes only, never by ``set_emotions`` or
    ``clear``, so loading a record does not mark it as edited.
    """

    changed = Signal()

    def __init__(
        self, vocabulary: EmotionVocabulary, parent: QWidget | None = None, phase: str = "after"
    ) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self._phase = phase
        self._rows: list[FeelingSlider] = []

        self.empty_note = label(self.tr("No feelings named yet."), self, "muted")
        self.ends = label(
            self.tr("0 = not there at all, 100 = the strongest you can imagine"), self, "muted"
        )
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)

        self.new_feeling = QLineEdit(self)
        self.new_feeling.setAccessibleName(self.tr("Add a feeling that came up"))
        self.new_feeling.setPlaceholderText(self.tr("Another feeling now? Type its name"))
        self.new_feeling.setClearButtonEnabled(True)
        self.new_feeling.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        words = QStringListModel([e.word for e in vocabulary.emotions], self)
        completer = QCompleter(words, self.new_feeling)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_feeling.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this feeling"))
        self.message = label("", self, "muted")
        self.message.hide()

        adding = QHBoxLayout()
        adding.setSpacing(8)
        adding.addWidget(self.new_feeling, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.ends)
        layout.addLayout(self.grid)
        layout.addLayout(adding)
        layout.addWidget(self.message)

        self.new_feeling.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        completer.activated.connect(self._add_word)
        self._refresh()

    # -- public --------------------------------------------------------------------------------

    def emotions(self) -> list[EmotionTag]:
        return [EmotionTag(r.emotion_id, r.strength(), self._phase) for r in self._rows]

    def set_emotions(self, tags: Sequence[EmotionTag]) -> None:
        self._set([(t.emotion_id, t.intensity) for t in tags if t.phase == self._phase])

    def clear(self) -> None:
        """Forget every feeling and anything typed (on lock); setText also drops the undo."""
        self._set([])
        self.new_feeling.setText("")
        self.message.clear()
        self.message.hide()

    # -- internals -----------------------------------------------------------------------------

    def _set(self, wanted: Sequence[tuple[str, int]]) -> None:
        if [r.emotion_id for r in self._rows] == [emotion_id for emotion_id, _ in wanted]:
            # The same feelings with new strengths (step 2 moving): no rebuild, focus stays.
            for row, (_emotion_id, strength) in zip(self._rows, wanted, strict=True):
                row.set_strength(strength)
            return
        focused = self.focusWidget()
        had_focus = any(focused in r.widgets() for r in self._rows)
        for row in self._rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._rows = []
        for emotion_id, strength in wanted:
            self._append(emotion_id, strength)
        self._refresh()
        if had_focus:
            (self._rows[0].slider if self._rows else self.new_feeling).setFocus()

    def _append(self, emotion_id: str, strength: int) -> FeelingSlider:
        found = self.vocabulary.find(emotion_id)
        row = FeelingSlider(emotion_id, found.word if found else emotion_id, strength, self)
        number = len(self._rows)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, number, column)
            # Shown now, not when the layout gets round to it, so it can take the focus.
            widget.show()
        row.slider.valueChanged.connect(lambda _value: self.changed.emit())
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows.append(row)
        return row

    def _remove(self, row: FeelingSlider) -> None:
        index = self._rows.index(row)
        kept = [(r.emotion_id, r.strength()) for r in self._rows if r is not row]
        self._set(kept)
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].slider.setFocus()
        else:
            self.new_feeling.setFocus()
        self.changed.emit()

    def _add_typed(self) -> None:
        typed = self.new_feeling.text().strip()
        if not typed:
            return
        found = self.vocabulary.search(typed)
        if not found:
            self._say(self.tr("No feeling word matches “%1”.").replace("%1", typed))
            return
        self._add(found[0].id)

    def _add_word(self, word: str) -> None:
        found = next((e for e in self.vocabulary.emotions if e.word == word), None)
        if found is not None:
            self._add(found.id)

    def _add(self, emotion_id: str) -> None:
        # The completer may add the word and Enter then ask again: once is enough.
        self.new_feeling.setText("")
        existing = next((r for r in self._rows if r.emotion_id == emotion_id), None)
        if existing is None:
            existing = self._append(emotion_id, NEW_FEELING_STRENGTH)
            self._refresh()
            self.changed.emit()
        self.message.hide()
        existing.slider.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _refresh(self) -> None:
        self.empty_note.setVisible(not self._rows)
        self.ends.setVisible(bool(self._rows))
        for row in self._rows:
            row.slider.setAccessibleDescription(self.ends.text())
        previous: QWidget | None = None
        for row in self._rows:
            for widget in (row.slider, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.new_feeling)
        QWidget.setTabOrder(self.new_feeling, self.add_button)
