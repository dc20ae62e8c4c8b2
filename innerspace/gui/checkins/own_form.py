"""A person's own check-in: the 1–10 scales they named, a rating for each, and a note.

A scale left at "–" is not rated this time. The scales' names are the person's, kept in the
vault (``scales_changed`` asks for them to be saved) and offered again next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.checkins import (
    MAX_NOTES,
    MAX_RATING,
    MAX_SCALE_NAME,
    MAX_SCALES,
    MIN_RATING,
    OwnCheckin,
    ScaleRating,
    clean_scale_names,
)
from innerspace.gui.common.page import label


class RatingBox(QSpinBox):
    """1 to 10, or "–" (just below 1) for not rated this time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(MIN_RATING - 1, MAX_RATING)
        self.setSpecialValueText(self.tr("–"))
        self.setValue(self.minimum())

    def score(self) -> int | None:
        return None if self.value() < MIN_RATING else self.value()

    def set_score(self, score: int | None) -> None:
        self.setValue(self.minimum() if score is None else score)


class OwnCheckinForm(QWidget):
    scales_changed = Signal(list)  # the names, to keep
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("My check-in"))
        self.intro = label(
            self.tr(
                "Rate a few things that matter to you, from 1 (very little) to 10 (very much): "
                "sleep, energy, calm, or anything you name. Leave one at – to skip it today."
            ),
            self,
            "muted",
        )
        self.empty_note = label(
            self.tr("You haven't named any scales yet. Add one below, such as Sleep."),
            self,
            "muted",
        )
        self.rows = QWidget(self)
        self.rows.setAccessibleName(self.tr("Your scales"))
        self._grid = QGridLayout(self.rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(0, 1)
        self.boxes: dict[str, RatingBox] = {}
        self._row_widgets: list[QWidget] = []
        self.new_scale = QLineEdit(self)
        self.new_scale.setMaxLength(MAX_SCALE_NAME)
        self.new_scale.setPlaceholderText(self.tr("Name a scale, such as Energy"))
        self.new_scale.setAccessibleName(self.tr("Name of a new scale"))
        self.new_scale.returnPressed.connect(self.add_scale)
        self.add_button = QPushButton(self.tr("&Add scale"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_scale)
        adding = QHBoxLayout()
        adding.addWidget(self.new_scale, 1)
        adding.addWidget(self.add_button)
        self.notes_label = QLabel(self.tr("&Notes (only if you like)"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.notes.textChanged.connect(self.changed)
        self.notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.rows)
        layout.addLayout(adding)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        self.set_scales([])

    # -- scales -----------------------------------------------------------------------------

    def scales(self) -> list[str]:
        return list(self.boxes)

    def set_scales(self, names: list[str]) -> None:
        ratings = {name: box.score() for name, box in self.boxes.items()}
        for widget in self._row_widgets:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self.boxes = {}
        for row, name in enumerate(clean_scale_names(names)):
            self._add_row(row, name, ratings.get(name))
        self.empty_note.setVisible(not self.boxes)
        full = len(self.boxes) >= MAX_SCALES
        self.new_scale.setEnabled(not full)
        self.add_button.setEnabled(not full)

    def _add_row(self, row: int, name: str, rating: int | None) -> None:
        title = QLabel(name, self.rows)
        title.setWordWrap(True)
        box = RatingBox(self.rows)
        box.setAccessibleName(name)
        box.setAccessibleDescription(self.tr("1 is very little, 10 is very much; – skips it"))
        box.set_score(rating)
        box.valueChanged.connect(lambda _v: self.changed.emit())
        title.setBuddy(box)
        remove = QToolButton(self.rows)
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        remove.clicked.connect(lambda _checked=False, n=name: self.remove_scale(n))
        self._grid.addWidget(title, row, 0)
        self._grid.addWidget(box, row, 1)
        self._grid.addWidget(remove, row, 2)
        self._row_widgets += [title, box, remove]
        self.boxes[name] = box

    def add_scale(self) -> None:
        name = " ".join(self.new_scale.text().split())
        if not name:
            return
        known = {n.casefold() for n in self.boxes}
        self.new_scale.clear()
        if name.casefold() in known:
            self.boxes[next(n for n in self.boxes if n.casefold() == name.casefold())].setFocus()
            return
        self.set_scales([*self.boxes, name])
        self.scales_changed.emit(self.scales())
        self.boxes[name].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_scale(self, name: str) -> None:
        self.set_scales([n for n in self.boxes if n != name])
        self.scales_changed.emit(self.scales())
        self.new_scale.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the check-in -----------------------------------------------------------------------

    def value(self) -> OwnCheckin | None:
        """The check-in as filled in, or None while nothing is rated or written yet."""
        ratings = tuple(
            ScaleRating(name, score)
            for name, box in self.boxes.items()
            if (score := box.score()) is not None
        )
        notes = self.notes.toPlainText()[:MAX_NOTES]
        if not ratings and not notes.strip():
            return None
        return OwnCheckin(ratings, notes)

    def has_words(self) -> bool:
        return bool(self.notes.toPlainText().strip())

    def clear(self) -> None:
        self.notes.clear()
        for box in self.boxes.values():
            box.set_score(None)
