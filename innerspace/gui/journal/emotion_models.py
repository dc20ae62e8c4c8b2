"""Item models for naming feelings: words on offer, the families, and the feelings chosen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from innerspace.core.emotions import (
    MAX_INTENSITY,
    MIN_INTENSITY,
    Emotion,
    EmotionFamily,
    EmotionTag,
    EmotionVocabulary,
)

EmotionIdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2
IntensityRole = Qt.ItemDataRole.UserRole + 3
DEFAULT_INTENSITY = 50

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole


# Where "a little" ends and "quite" and "very" begin, on the stored 0–100 scale.
_STRENGTHS = (
    (40, QT_TRANSLATE_NOOP("Strength", "a little")),
    (75, QT_TRANSLATE_NOOP("Strength", "quite")),
    (MAX_INTENSITY + 1, QT_TRANSLATE_NOOP("Strength", "very")),
)


def strength_word(intensity: int) -> str:
    """A feeling's strength as people say it; the number (0–100) is what is stored."""
    text = next(word for limit, word in _STRENGTHS if intensity < limit)
    return QCoreApplication.translate("Strength", str(text))


def _meaning(emotion: Emotion) -> str:
    if emotion.definition or not emotion.is_own:
        return emotion.definition
    return QCoreApplication.translate("EmotionWords", "A word of your own.")


class EmotionWordsModel(QAbstractListModel):
    """The words currently offered: search matches, one family, or the words near a point."""

    def __init__(self, vocabulary: EmotionVocabulary, parent: Any = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._words: list[Emotion] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._words)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._words):
            return None
        emotion = self._words[index.row()]
        family = self._vocabulary.family(emotion.family)
        if role == _Role.DisplayRole:
            return emotion.word
        if role == _Role.AccessibleTextRole:
            return f"{emotion.word} ({family.name})"
        if role in (_Role.ToolTipRole, _Role.AccessibleDescriptionRole):
            return _meaning(emotion)
        if role == EmotionIdRole:
            return emotion.id
        if role == FamilyRole:
            return family
        return None

    def set_vocabulary(self, vocabulary: EmotionVocabulary) -> None:
        self.beginResetModel()
        self._vocabulary = vocabulary
        self._words = []
        self.endResetModel()

    def set_words(self, words: Sequence[Emotion]) -> None:
        self.beginResetModel()
        self._words = list(words)
        self.endResetModel()

    def word_at(self, row: int) -> Emotion | None:
        return self._words[row] if 0 <= row < len(self._words) else None


class EmotionFamiliesModel(QAbstractListModel):
    """The vocabulary's families, each shown with its colour and its name."""

    def __init__(self, vocabulary: EmotionVocabulary, parent: Any = None) -> None:
        super().__init__(parent)
        self._families = list(vocabulary.families)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._families)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._families):
            return None
        family = self._families[index.row()]
        if role in (_Role.DisplayRole, _Role.AccessibleTextRole):
            return family.name
        if role == FamilyRole:
            return family
        return None

    def family_at(self, row: int) -> EmotionFamily | None:
        return self._families[row] if 0 <= row < len(self._families) else None


class ChosenEmotionsModel(QAbstractListModel):
    """The feelings named on the entry, in the order they were named, each with an intensity.

    Ids the vocabulary no longer knows are kept (and shown by their id), so loading and saving
    an older entry never loses what the person named.
    """

    def __init__(self, vocabulary: EmotionVocabulary, parent: Any = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._rows: list[tuple[str, int]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        emotion_id, intensity = self._rows[index.row()]
        emotion = self._vocabulary.find(emotion_id)
        word = emotion.word if emotion else emotion_id
        if role == _Role.DisplayRole:
            return word
        if role == _Role.AccessibleTextRole:
            return (
                self.tr("%1, %2 (%3 of 100)")
                .replace("%1", word)
                .replace("%2", strength_word(intensity))
                .replace("%3", str(intensity))
            )
        if role in (_Role.ToolTipRole, _Role.AccessibleDescriptionRole):
            return _meaning(emotion) if emotion else None
        if role == EmotionIdRole:
            return emotion_id
        if role == FamilyRole:
            return self._vocabulary.family(emotion.family) if emotion else None
        if role == IntensityRole:
            return intensity
        return None

    def setData(self, index: _Index, value: Any, role: int = _Role.EditRole) -> bool:
        if role != IntensityRole or not index.isValid():
            return False
        intensity = max(MIN_INTENSITY, min(MAX_INTENSITY, int(value)))
        emotion_id, old = self._rows[index.row()]
        if intensity == old:
            return False
        self._rows[index.row()] = (emotion_id, intensity)
        self.dataChanged.emit(index, index, [IntensityRole, _Role.AccessibleTextRole])
        return True

    def set_vocabulary(self, vocabulary: EmotionVocabulary) -> None:
        """Own words arrived or left: the same chips, named from ``vocabulary``."""
        self.beginResetModel()
        self._vocabulary = vocabulary
        self.endResetModel()

    def row_of(self, emotion_id: str) -> int:
        return next((i for i, (e, _) in enumerate(self._rows) if e == emotion_id), -1)

    def add(self, emotion_id: str, intensity: int = DEFAULT_INTENSITY) -> int:
        """Add a feeling (once) and return its row; naming it again keeps the first one."""
        row = self.row_of(emotion_id)
        if row >= 0:
            return row
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append((emotion_id, intensity))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def tags(self, phase: str = "") -> list[EmotionTag]:
        return [EmotionTag(emotion_id, intensity, phase) for emotion_id, intensity in self._rows]

    def set_tags(self, tags: Sequence[EmotionTag]) -> None:
        self.beginResetModel()
        self._rows = []
        for tag in tags:
            if all(e != tag.emotion_id for e, _ in self._rows):
                self._rows.append((tag.emotion_id, tag.intensity))
        self.endResetModel()
