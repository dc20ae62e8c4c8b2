""" "How are you feeling?": mood, feelings and what the entry was about, beside the editor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from innerspace.core.emotions import CONTEXT_KINDS, EmotionTag, EmotionVocabulary
from innerspace.gui.common.accessibility import set_accessible_role
from innerspace.gui.journal.context_tags_field import ContextName, ContextTagsField
from innerspace.gui.journal.emotion_models import strength_word
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.gui.journal.mood_rating import MoodRating
from innerspace.storage.feelings import Feelings

_KIND_ORDER = {kind: i for i, kind in enumerate(CONTEXT_KINDS)}


def _canonical(contexts: Iterable[ContextName]) -> tuple[ContextName, ...]:
    # Context names have no order that means anything; one fixed order makes values comparable.
    unique = {(c.kind, c.name.casefold()): ContextName(c.kind, c.name) for c in contexts}
    return tuple(sorted(unique.values(), key=lambda c: (_KIND_ORDER[c.kind], c.name.casefold())))


@dataclass(frozen=True)
class EntryFeelings:
    """What an entry says about feelings: emotions in the order named, mood, context tags."""

    emotions: tuple[EmotionTag, ...] = ()
    mood: int | None = None
    contexts: tuple[ContextName, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "emotions", tuple(self.emotions))
        object.__setattr__(self, "contexts", _canonical(self.contexts))


def load_entry_feelings(feelings: Feelings, entry_id: int) -> EntryFeelings:
    """Read an entry's feelings (a worker job: it queries the vault)."""
    return EntryFeelings(
        emotions=tuple(feelings.emotions(entry_id)),
        mood=feelings.mood(entry_id),
        contexts=tuple(ContextName(t.kind, t.name) for t in feelings.contexts(entry_id)),
    )


def save_entry_feelings(feelings: Feelings, entry_id: int, value: EntryFeelings) -> None:
    """Store an entry's feelings (a worker job: it writes to the vault)."""
    feelings.set_emotions(entry_id, value.emotions)
    feelings.set_mood(entry_id, value.mood)
    feelings.set_contexts(entry_id, value.contexts)


OPEN_MIN_CHARS = 30
OPEN_MAX_CHARS = 60


class FeelingsPanel(QWidget):
    """A side panel that folds to a slim strip, giving its width to the text.

    ``changed`` is emitted for the person's own edits, not by ``set_value``; ``expanded_changed``
    when the person opens or folds it (the window remembers that).
    """

    changed = Signal()
    expanded_changed = Signal(bool)  # by the person
    folded_or_opened = Signal()  # by anyone: the owner gives the width to the text or back

    def __init__(
        self, vocabulary: EmotionVocabulary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("How are you feeling?"))
        self.toggle.setAccessibleName(self.tr("How are you feeling?"))
        self.toggle.setToolTip(self.tr("Show or fold away mood, feelings and what it was about"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        title_font = self.toggle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.toggle.setFont(title_font)

        self.mood = MoodRating(self)
        self.picker = EmotionPicker(vocabulary, self)
        self.contexts = ContextTagsField(self)
        feelings_heading = QLabel(self.tr("Feelings"), self)
        about_heading = QLabel(self.tr("What was it about?"), self)
        for heading in (feelings_heading, about_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        feelings_heading.setBuddy(self.picker.search)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 4, 12, 12)
        body_layout.setSpacing(8)
        body_layout.addWidget(self.mood)
        body_layout.addSpacing(10)
        body_layout.addWidget(feelings_heading)
        # An exercise names its feelings before and after; they are listed here as it saved them.
        self.exercise_feelings = QLabel(self)
        self.exercise_feelings.setWordWrap(True)
        self.exercise_feelings.setAccessibleName(self.tr("Feelings named in the exercise"))
        self.exercise_feelings.hide()
        body_layout.addWidget(self.exercise_feelings)
        body_layout.addWidget(self.picker)
        body_layout.addSpacing(10)
        body_layout.addWidget(about_heading)
        body_layout.addWidget(self.contexts)
        body_layout.addStretch(1)
        # The panel sits beside the editor and is taller than many windows: it scrolls.
        self._content = body
        self.body = QScrollArea(self)
        set_accessible_role(self.body, QAccessible.Role.Pane)
        self.body.setAccessibleName(self.tr("Feelings of this entry"))
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.body, 1)

        self.toggle.toggled.connect(self._on_toggled)
        for signal in (self.mood.changed, self.picker.changed, self.contexts.changed):
            signal.connect(self.changed)
        self.changed.connect(self._show_title)
        self.set_expanded(True)

    # -- public --------------------------------------------------------------------------------

    def value(self) -> EntryFeelings:
        return EntryFeelings(
            emotions=tuple(self.picker.emotions()),
            mood=self.mood.value(),
            contexts=tuple(self.contexts.tags()),
        )

    def set_value(self, value: EntryFeelings) -> None:
        self.picker.set_emotions(value.emotions)
        self._show_exercise_feelings(value.emotions)
        self.mood.set_value(value.mood)
        self.contexts.set_tags(value.contexts)
        self._show_title()

    def set_recent(self, emotion_ids: Sequence[str]) -> None:
        """Recently used feelings, most recent first (``Feelings.recent_emotions()``)."""
        self.picker.set_recent(emotion_ids)

    def set_known(self, kind: str, names: Sequence[str]) -> None:
        """Context names to complete from, most used first."""
        self.contexts.set_known(kind, names)

    def clear(self) -> None:
        """Remove every trace of what was shown or typed (on lock)."""
        self.picker.clear()
        self._show_exercise_feelings(())
        self.mood.set_value(None)
        self.contexts.clear()
        self.body.verticalScrollBar().setValue(0)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if expanded else Qt.ArrowType.LeftArrow)
        self.body.setVisible(expanded)
        self._show_title()
        n = self.fontMetrics().horizontalAdvance("n")
        if expanded:
            # Never narrower than its content needs (at any text size), or controls would clip.
            scrollbar = self.body.verticalScrollBar().sizeHint().width()
            needed = self._content.minimumSizeHint().width() + scrollbar + 12
            self.setMinimumWidth(max(n * OPEN_MIN_CHARS, needed))
            self.setMaximumWidth(max(n * OPEN_MAX_CHARS, needed))
        else:
            self._fit_strip()
        self.folded_or_opened.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The app's text size changed: the widths the panel needs are measured again, once
            # its children have the new font too.
            QTimer.singleShot(0, self._measure_again)

    def _measure_again(self) -> None:
        self.set_expanded(self.is_expanded())

    def _on_toggled(self, expanded: bool) -> None:
        self.set_expanded(expanded)
        self.expanded_changed.emit(expanded)

    def _show_title(self) -> None:
        if self.is_expanded():
            self.toggle.setText(self.tr("How are you feeling?"))
            self.toggle.setAccessibleName(self.tr("How are you feeling? Fold the panel away"))
            return
        count = len(self.picker.emotions()) + (self.mood.value() is not None)
        self.toggle.setText(
            self.tr("Feelings") if not count else self.tr("Feelings · %1").replace("%1", str(count))
        )
        self.toggle.setAccessibleName(self.tr("Open the feelings panel"))
        self._fit_strip()

    def _show_exercise_feelings(self, emotions: Sequence[EmotionTag]) -> None:
        phased = [e for e in emotions if e.phase]
        self.exercise_feelings.setVisible(bool(phased))
        self.picker.setVisible(not phased)
        if not phased:
            self.exercise_feelings.clear()
            return
        vocabulary = self.picker.vocabulary
        names = {"before": self.tr("Before"), "after": self.tr("After")}
        lines = []
        for phase in ("before", "after"):
            words = [
                self.tr("%1 (%2)")
                .replace(
                    "%1", found.word if (found := vocabulary.find(e.emotion_id)) else e.emotion_id
                )
                .replace("%2", strength_word(e.intensity))
                for e in phased
                if e.phase == phase
            ]
            if words:
                lines.append(
                    self.tr("%1: %2")
                    .replace("%1", names[phase].capitalize())
                    .replace("%2", ", ".join(words))
                )
        self.exercise_feelings.setText("\n".join(lines))

    def _fit_strip(self) -> None:
        """Folded, the panel is a slim strip: only the button that opens it again."""
        self.setFixedWidth(self.toggle.sizeHint().width() + 16)


def feelings_to_json(value: EntryFeelings) -> dict[str, object]:
    """For the encrypted draft: plain lists that ``feelings_from_json`` reads back."""
    return {
        "emotions": [[e.emotion_id, e.intensity, e.phase] for e in value.emotions],
        "mood": value.mood,
        "contexts": [[c.kind, c.name] for c in value.contexts],
    }


def feelings_from_json(data: object) -> EntryFeelings:
    """Whatever a draft holds; anything unreadable is left out rather than losing the draft."""
    if not isinstance(data, dict):
        return EntryFeelings()
    emotions = []
    for item in data.get("emotions") or []:
        try:
            emotions.append(EmotionTag(str(item[0]), int(item[1]), str(item[2])))
        except (ValueError, TypeError, IndexError):
            continue
    contexts = []
    for item in data.get("contexts") or []:
        try:
            contexts.append(ContextName(str(item[0]), str(item[1])))
        except (TypeError, IndexError):
            continue
    mood = data.get("mood")
    return EntryFeelings(
        emotions=tuple(emotions),
        mood=mood if isinstance(mood, int) and 1 <= mood <= 10 else None,
        contexts=tuple(c for c in contexts if c.kind in _KIND_ORDER),
    )
