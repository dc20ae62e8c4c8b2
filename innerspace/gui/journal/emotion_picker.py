"""Naming feelings quickly: type a few letters, browse a family, or start from how it feels.

The picker never touches the vault: it is given the vocabulary, the person's own words and the
recently used words, and reports what the person chose through ``changed`` and ``emotions()``,
and a word they added through ``own_word_added``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import (
    MAX_INTENSITY,
    MIN_INTENSITY,
    Emotion,
    EmotionTag,
    EmotionVocabulary,
    fold,
    load_vocabulary,
)
from innerspace.gui.journal.emotion_delegate import (
    ChosenChipDelegate,
    EmotionWordDelegate,
    FamilyChipDelegate,
)
from innerspace.gui.journal.emotion_models import (
    DEFAULT_INTENSITY,
    ChosenEmotionsModel,
    EmotionFamiliesModel,
    EmotionIdRole,
    EmotionWordsModel,
    IntensityRole,
    strength_word,
)
from innerspace.gui.journal.feeling_map import FeelingMap, nearest_words
from innerspace.gui.journal.own_word_dialog import OwnWordDialog

OFFERED_ROWS = 6
INTENSITY_STEP = 5
_Index = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChipList(QListView):
    """Items as chips that wrap onto as many lines as the width needs (families, chosen words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.viewport().setAutoFillBackground(False)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Lay the chips out as the view will, to ask for exactly the lines they need."""
        model = self.model()
        if model is None:
            return 0
        spacing = self.spacing()
        usable = width - 2 * self.frameWidth()
        # QListView puts ``spacing`` on every side of each item: two spacings between items.
        gap = 2 * spacing
        x, y = 0, 0
        line = 0
        for row in range(model.rowCount()):
            size = self.sizeHintForIndex(model.index(row, 0))
            if x > 0 and x + size.width() + gap > usable:
                x, y = 0, y + line + gap
                line = 0
            x += size.width() + gap
            line = max(line, size.height())
        return y + line + gap + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()


class EmotionPicker(QWidget):
    """Several feelings for one entry, each with a strength from 0 to 100.

    ``changed`` is emitted for the person's own changes only, never by ``set_emotions`` or
    ``clear``, so loading an entry does not mark it as edited.
    """

    changed = Signal()
    # A word of the person's own (core.emotions.Emotion), already named on the entry: the
    # owner keeps it in the journal (storage.own_words.OwnWords.add).
    own_word_added = Signal(object)

    def __init__(
        self,
        vocabulary: EmotionVocabulary | None = None,
        parent: QWidget | None = None,
        phase: str = "",
    ) -> None:
        super().__init__(parent)
        self._shipped = vocabulary or load_vocabulary()
        self.vocabulary = self._shipped
        self._own: list[Emotion] = []
        self.own_word_dialog: OwnWordDialog | None = None
        self._phase = phase
        self._recent: list[str] = []
        # Feelings of other phases (an exercise's before/after) pass through untouched.
        self._kept: list[EmotionTag] = []
        self._offered_from_search = True

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a feeling…"))
        self.search.setAccessibleName(self.tr("Find a feeling"))
        self.search.setClearButtonEnabled(True)
        self.search.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)

        self.offered_caption = QLabel(self)
        self.offered_caption.setProperty("role", "muted")
        self.offered_caption.setWordWrap(True)
        self.offered = EmotionWordsModel(self.vocabulary, self)
        self.offered_view = self._list_view(self.tr("Words to choose from"))
        self.offered_view.setModel(self.offered)
        # Reached with the Down key from the search field, as in a completion list.
        self.offered_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.offered_view.setFixedHeight(self._rows_height(OFFERED_ROWS))

        self.add_own_button = QPushButton(self)
        self.add_own_button.clicked.connect(self._ask_for_own_word)
        self.add_own_button.hide()

        self.definition = QLabel(self)
        self.definition.setWordWrap(True)
        self.definition.setProperty("role", "muted")
        self.definition.setAccessibleName(self.tr("What the word means"))
        self.definition.setTextFormat(Qt.TextFormat.PlainText)

        self.chosen = ChosenEmotionsModel(self.vocabulary, self)
        # Chips right under the search field: what was named shows the moment it is added.
        self.chosen_view = ChipList(self)
        self.chosen_view.setAccessibleName(self.tr("Feelings on this entry"))
        self.chosen_view.setItemDelegate(ChosenChipDelegate(self.chosen_view))
        self.chosen_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen_view.setMouseTracking(True)
        self.chosen_view.setModel(self.chosen)
        self.empty_note = QLabel(
            self.tr("None yet. Add as many as fit: mixed feelings are common."), self
        )
        self.empty_note.setProperty("role", "muted")
        self.empty_note.setWordWrap(True)

        self.intensity_label = QLabel(self)
        self.intensity_label.setWordWrap(True)
        self.intensity = QSlider(Qt.Orientation.Horizontal, self)
        self.intensity.setRange(MIN_INTENSITY, MAX_INTENSITY)
        self.intensity.setSingleStep(INTENSITY_STEP)
        self.intensity.setPageStep(4 * INTENSITY_STEP)
        self.intensity.setValue(DEFAULT_INTENSITY)
        self.intensity.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.intensity_value = QLabel(self)
        self.intensity_value.setMinimumWidth(
            max(self.fontMetrics().horizontalAdvance(strength_word(v)) for v in (0, 50, 100)) + 4
        )
        self.intensity_value.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.intensity_label.setBuddy(self.intensity)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        self.families_caption = QLabel(self.tr("Browse by family"), self)
        self.families = EmotionFamiliesModel(self.vocabulary, self)
        self.families_view = ChipList(self)
        self.families_view.setAccessibleName(self.tr("Families of feelings"))
        self.families_view.setItemDelegate(FamilyChipDelegate(self.families_view))
        self.families_view.setModel(self.families)

        self.map_caption = QLabel(self.tr("Or start from how it feels"), self)
        self.map = FeelingMap(self.vocabulary, self)
        self.map_caption.setBuddy(self.map)

        strength = QHBoxLayout()
        strength.setContentsMargins(0, 0, 0, 0)
        strength.addWidget(self.intensity, 1)
        strength.addWidget(self.intensity_value)
        strength.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.chosen_view)
        layout.addWidget(self.intensity_label)
        layout.addLayout(strength)
        layout.addSpacing(6)
        layout.addWidget(self.offered_caption)
        layout.addWidget(self.offered_view)
        layout.addWidget(self.add_own_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.definition)
        layout.addSpacing(6)
        layout.addWidget(self.families_caption)
        layout.addWidget(self.families_view)
        layout.addSpacing(6)
        layout.addWidget(self.map_caption)
        layout.addWidget(self.map)
        # The quickest way through for someone in a hurry: type, Enter, Tab, set the strength.
        for before, after in (
            (self.search, self.add_own_button),
            (self.add_own_button, self.chosen_view),
            (self.chosen_view, self.intensity),
            (self.intensity, self.remove_button),
            (self.remove_button, self.families_view),
            (self.families_view, self.map),
        ):
            QWidget.setTabOrder(before, after)
        # The slider is drawn by the style; this makes its keyboard focus as visible as a field's.
        self.setStyleSheet(
            "QSlider:focus { border: 2px solid palette(highlight); border-radius: 4px; }"
        )

        self.search.textChanged.connect(self._on_search)
        for view in (self.search, self.offered_view, self.chosen_view, self.families_view):
            view.installEventFilter(self)
        self.offered_view.clicked.connect(self._add_index)
        self.offered_view.selectionModel().currentChanged.connect(self._show_definition)
        self.offered_view.entered.connect(self._show_definition)
        self.chosen_view.selectionModel().currentChanged.connect(self._on_chosen_current)
        self.chosen_view.entered.connect(self._show_definition)
        self.families_view.selectionModel().currentChanged.connect(self._on_family)
        self.families_view.clicked.connect(self._on_family)
        self.map.pointChosen.connect(self._offer_near)
        self.intensity.valueChanged.connect(self._on_intensity)
        self.remove_button.clicked.connect(self._remove_current)
        for signal in (self.chosen.rowsInserted, self.chosen.rowsRemoved, self.chosen.modelReset):
            signal.connect(self._refresh_chosen)
        self._on_search("")
        self._refresh_chosen()

    # -- public --------------------------------------------------------------------------------

    def emotions(self) -> list[EmotionTag]:
        return self.chosen.tags(self._phase) + list(self._kept)

    def set_emotions(self, tags: Sequence[EmotionTag]) -> None:
        self.chosen.set_tags([t for t in tags if t.phase == self._phase])
        self._kept = [t for t in tags if t.phase != self._phase]
        self._select_chosen(0)

    def set_recent(self, emotion_ids: Sequence[str]) -> None:
        """Words the person used lately, most recent first: they lead every search."""
        self._recent = list(emotion_ids)
        if self._offered_from_search:
            self._on_search(self.search.text())

    def set_own_words(self, words: Sequence[Emotion]) -> None:
        """The person's own words, offered with the others (``OwnWords.all()``)."""
        self._own = list(words)
        self.vocabulary = self._shipped.with_own(self._own)
        for part in (self.offered, self.chosen, self.map):
            part.set_vocabulary(self.vocabulary)
        self._on_search(self.search.text())

    def clear(self) -> None:
        """Forget every chosen feeling, the search text, what was on offer and the person's
        own words (on lock)."""
        if self.own_word_dialog is not None:
            self.own_word_dialog.reject()
        if self._own:
            self.set_own_words([])
        self.chosen.set_tags([])
        self._kept = []
        self._recent = []
        # setText, unlike clear(), also empties the undo history.
        self.search.setText("")
        self.families_view.selectionModel().clearCurrentIndex()
        self.families_view.clearSelection()
        self.map.set_point(0.0, 0.5)
        self._on_search("")

    def add(self, emotion_id: str) -> None:
        """Name a feeling (as if the person picked it) and make it the one being adjusted."""
        if emotion_id not in self.vocabulary:
            return
        before = self.chosen.rowCount()
        row = self.chosen.add(emotion_id)
        self._select_chosen(row)
        if self.chosen.rowCount() != before:
            self.changed.emit()

    # -- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key in _ENTER:
                top = self.offered.word_at(0)
                if top is not None and self.search.text().strip():
                    self.add(top.id)
                    self.search.clear()
                return True
            if key == Qt.Key.Key_Down and self.offered.rowCount():
                self._focus_offered()
                return True
        elif watched is self.offered_view:
            current = self.offered_view.currentIndex()
            if key in (*_ENTER, Qt.Key.Key_Space) and current.isValid():
                self._add_index(current)
                return True
            if key == Qt.Key.Key_Up and current.row() <= 0:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        elif watched is self.chosen_view:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_current()
                return True
            # Chips sit in a row: Up and Down step through them as Left and Right do.
            step = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Right: 1,
            }.get(Qt.Key(key))
            if step is not None:
                row = self.chosen_view.currentIndex().row() + step
                if 0 <= row < self.chosen.rowCount():
                    self.chosen_view.setCurrentIndex(self.chosen.index(row))
                return True
        elif watched is self.families_view and key in (*_ENTER, Qt.Key.Key_Space):
            self._on_family(self.families_view.currentIndex())
            self._focus_offered()
            return True
        return super().eventFilter(watched, event)

    # -- internals -----------------------------------------------------------------------------

    def _list_view(self, name: str) -> QListView:
        view = QListView(self)
        view.setAccessibleName(name)
        view.setItemDelegate(EmotionWordDelegate(view))
        view.setMouseTracking(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setUniformItemSizes(True)
        return view

    def _rows_height(self, rows: int) -> int:
        row = self.fontMetrics().height() + 12
        return rows * row + 2 * self.offered_view.frameWidth() + 2

    def _offer(self, words: Sequence[Emotion], caption: str, from_search: bool) -> None:
        self._offered_from_search = from_search
        self.offered.set_words(words)
        self.offered_caption.setText(caption)
        # Nothing is highlighted until the person moves into the list: a highlighted first
        # word would look as if it had already been chosen.
        self.offered_view.selectionModel().clearCurrentIndex()
        self.offered_view.clearSelection()
        if words:
            # The meaning of the word Enter would add.
            self._show_definition(self.offered.index(0))
        else:
            self.definition.clear()

    def _on_search(self, text: str) -> None:
        typed = text.strip()
        words = self.vocabulary.search(typed, self._recent)
        if not typed:
            caption = (
                self.tr("Type to find a word; recently used ones come first.")
                if self._recent
                else self.tr("Type to find a word, or browse below.")
            )
        elif words:
            caption = self.tr("Press Enter to add “%1”, or Down to choose another.").replace(
                "%1", words[0].word
            )
        else:
            caption = self.tr(
                "No word matches “%1”. Add it as your own, or try the families and the map below."
            )
            caption = caption.replace("%1", typed)
        self._offer(words, caption, from_search=True)
        # Offered once no word starts with what was typed (words that start with it come
        # first), so it doesn't flicker through every half-typed word.
        new_word = " ".join(typed.split())
        can_add = bool(new_word) and not (words and fold(words[0].word).startswith(fold(new_word)))
        self.add_own_button.setVisible(can_add)
        self.add_own_button.setText(
            self.tr("Add “%1” as your own word…").replace("%1", new_word) if can_add else ""
        )

    def _ask_for_own_word(self) -> None:
        dialog = OwnWordDialog(self.search.text(), self.vocabulary, self)
        dialog.finished.connect(self._on_own_word_finished)
        self.own_word_dialog = dialog
        # Not exec(): an auto-lock must be able to close it like any other dialog.
        dialog.open()

    def _on_own_word_finished(self, result: int) -> None:
        dialog, self.own_word_dialog = self.own_word_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._keep_own_word(dialog.emotion())

    def _keep_own_word(self, emotion: Emotion | None) -> None:
        if emotion is None:
            return
        self.set_own_words([*self._own, emotion])
        self.search.setText("")
        self.add(emotion.id)
        self.own_word_added.emit(emotion)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_family(self, index: _Index) -> None:
        family = self.families.family_at(index.row()) if index.isValid() else None
        if family is not None:
            words = self.vocabulary.in_family(family.id)
            self._offer(
                words, self.tr("%1: words in this family").replace("%1", family.name), False
            )

    def _offer_near(self, valence: float, arousal: float) -> None:
        words = nearest_words(self.vocabulary, valence, arousal)
        caption = self.tr("Words near that spot (%1)").replace(
            "%1", self.map.accessibleDescription()
        )
        self._offer(words, caption, from_search=False)
        self._focus_offered()

    def _focus_offered(self) -> None:
        if self.offered.rowCount():
            self.offered_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.offered_view.currentIndex().isValid():
                self.offered_view.setCurrentIndex(self.offered.index(0))

    def _add_index(self, index: _Index) -> None:
        emotion_id = index.data(EmotionIdRole)
        if isinstance(emotion_id, str):
            self.add(emotion_id)

    def _show_definition(self, index: _Index) -> None:
        word = index.data(Qt.ItemDataRole.DisplayRole)
        meaning = index.data(Qt.ItemDataRole.ToolTipRole)
        self.definition.setText(f"{word}: {meaning}" if word and meaning else "")

    def _select_chosen(self, row: int) -> None:
        if 0 <= row < self.chosen.rowCount():
            self.chosen_view.setCurrentIndex(self.chosen.index(row))
        self._on_chosen_current(self.chosen_view.currentIndex())

    def _on_chosen_current(self, index: _Index) -> None:
        has_one = index.isValid()
        # Nothing to adjust or remove yet: the controls would only be clutter.
        for widget in (self.intensity_label, self.intensity, self.intensity_value):
            widget.setVisible(has_one)
        self.remove_button.setVisible(has_one)
        if not has_one:
            # Hidden labels still hold text: nothing of a removed feeling may linger (on lock).
            self.intensity_label.clear()
            self.intensity_value.clear()
            self.intensity.setAccessibleName(self.tr("Strength"))
            self.remove_button.setAccessibleName(self.tr("Remove"))
            return
        word = str(index.data(Qt.ItemDataRole.DisplayRole))
        self.intensity_label.setText(self.tr("How strong is “%1”?").replace("%1", word))
        self.intensity.setAccessibleName(self.tr("Strength of %1, 0 to 100").replace("%1", word))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", word))
        value = int(index.data(IntensityRole))
        self.intensity.blockSignals(True)
        self.intensity.setValue(value)
        self.intensity.blockSignals(False)
        self.intensity_value.setText(strength_word(value))
        if self.chosen_view.hasFocus():
            # The line under the offered words otherwise follows them, not what was loaded.
            self._show_definition(index)

    def _on_intensity(self, value: int) -> None:
        self.intensity_value.setText(strength_word(value))
        index = self.chosen_view.currentIndex()
        if index.isValid() and self.chosen.setData(index, value, IntensityRole):
            # The chip's words ("quite", "very") change width: lay the chips out again.
            self.chosen_view.doItemsLayout()
            self.changed.emit()

    def _remove_current(self) -> None:
        index = self.chosen_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        self.chosen.remove(row)
        self._select_chosen(min(row, self.chosen.rowCount() - 1))
        if not self.chosen.rowCount() and not self.search.hasFocus():
            # The controls that had focus are now disabled; go back to where feelings are named.
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _refresh_chosen(self) -> None:
        count = self.chosen.rowCount()
        self.empty_note.setVisible(count == 0)
        self.chosen_view.setVisible(count > 0)
        self.chosen_view.updateGeometry()
        if count == 0:
            self._on_chosen_current(QModelIndex())
