"""Body-scan check-in: attention moves region by region, noticing without needing to change.

Regions and the suggested sensation words are data (resources/exercises.json). A region left
as it is counts as "nothing in particular" and is not stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.exercises import BodyScan, RegionNote, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.grounding import GuidedSteps, NoticeLine, ScoreBox
from innerspace.gui.exercises.relationship_pattern import text_box
from innerspace.gui.exercises.score_box import scale_ends

WORD_COLUMNS = 3


class RegionStep(QWidget):
    """One region: suggested words to tick, words of one's own, a strength and a note."""

    def __init__(
        self, region: dict[str, Any], sensations: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.region = str(region["id"])
        self.name = str(region["name"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.name, self, "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Rest your attention here for a few breaths. Tick any words that fit, "
                    "or go on: nothing in particular is an answer too."
                ),
                self,
                "muted",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.words: list[QCheckBox] = []
        for n, word in enumerate(sensations):
            box = QCheckBox(word, self)
            box.setAccessibleName(self.tr("%1: %2").replace("%1", self.name).replace("%2", word))
            grid.addWidget(box, n // WORD_COLUMNS, n % WORD_COLUMNS)
            self.words.append(box)
        layout.addLayout(grid)

        own = label(self.tr("In your own words"), self)
        self.own_words = NoticeLine(self)
        self.own_words.setAccessibleName(
            self.tr("Sensations in your %1, in your own words").replace("%1", self.name.lower())
        )
        self.own_words.setPlaceholderText(self.tr("Separate words with commas"))
        own.setBuddy(self.own_words)
        layout.addWidget(own)
        layout.addWidget(self.own_words)

        row = QHBoxLayout()
        strength = label(self.tr("How strong (0–10)"), self)
        self.intensity = ScoreBox(
            self.tr("How strong it is in your %1, 0 to 10").replace("%1", self.name.lower()),
            parent=self,
        )
        strength.setBuddy(self.intensity)
        row.addWidget(strength)
        row.addWidget(self.intensity)
        row.addWidget(
            scale_ends(self.tr("0 = barely there, 10 = very strong"), self.intensity, self), 1
        )
        layout.addLayout(row)

        note = label(self.tr("A note, if you like"), self)
        self.note = NoticeLine(self)
        self.note.setAccessibleName(
            self.tr("A note about your %1").replace("%1", self.name.lower())
        )
        note.setBuddy(self.note)
        layout.addWidget(note)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.own_words.submitted.connect(
            lambda: self.intensity.setFocus(Qt.FocusReason.TabFocusReason)
        )

    def first_control(self) -> QWidget:
        return self.words[0] if self.words else self.own_words

    def region_note(self) -> RegionNote | None:
        ticked = [box.text() for box in self.words if box.isChecked()]
        own = [w.strip() for w in self.own_words.text().split(",") if w.strip()]
        found = RegionNote(
            self.region, ticked + own, self.intensity.score(), self.note.text().strip()
        )
        if not found.sensations and found.intensity is None and not found.note:
            return None
        return found

    def set_region_note(self, note: RegionNote | None) -> None:
        sensations = note.sensations if note else []
        for box in self.words:
            box.setChecked(box.text() in sensations)
        suggested = {box.text() for box in self.words}
        self.own_words.setText(", ".join(s for s in sensations if s not in suggested))
        self.intensity.set_score(note.intensity if note else None)
        self.note.setText(note.note if note else "")


class BodyScanForm(ExerciseForm):
    """Emits ``exercise_requested(kind)`` when the person takes the way out it offers."""

    KIND = BodyScan.KIND
    exercise_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._guide_title = guide.title
        self.region_names = {str(r["id"]): str(r["name"]) for r in guide.content["regions"]}
        self._loading = False
        # Regions this version doesn't know (from a newer app or an import) pass through intact.
        self._kept: list[RegionNote] = []

        self.steps = GuidedSteps(self)
        self.regions: list[RegionStep] = []
        for region in guide.content["regions"]:
            page = RegionStep(region, list(guide.content["sensations"]), self.steps.stack)
            page.note.submitted.connect(self.steps.go_next)
            for box in page.words:
                box.toggled.connect(self._edited)
            page.own_words.textEdited.connect(self._edited)
            page.note.textEdited.connect(self._edited)
            page.intensity.valueChanged.connect(self._edited)
            self.regions.append(page)
            self.steps.add_page(page, page.first_control())

        end = QWidget(self.steps.stack)
        end_layout = QVBoxLayout(end)
        end_layout.setContentsMargins(0, 0, 0, 0)
        question = self.tr("How does your body feel as a whole, now?")
        end_layout.addWidget(label(question, end, "heading"))
        end_layout.addWidget(
            label(self.tr("A few words are plenty. You can also leave this empty."), end, "muted")
        )
        self.overall = text_box(end, question, 3)
        self.overall.textChanged.connect(self._edited)
        end_layout.addWidget(self.overall)
        end_layout.addStretch(1)
        self.steps.add_page(end, self.overall)

        # Noticing the body can bring up distress or memories: a way out is always on screen.
        # Made after the steps, so the keyboard starts at the first region, not on the way out.
        self.way_out = label(str(guide.content.get("way_out", "")), self, "muted")
        self.way_out.setAccessibleName(self.tr("You can stop at any time"))
        self._way_out_kind = str(guide.content.get("way_out_exercise", ""))
        self.way_out_button = QPushButton(self.tr("Switch to 5-4-3-2-1 grounding"), self)
        self.way_out_button.setAutoDefault(False)
        self.way_out_button.clicked.connect(
            lambda: self.exercise_requested.emit(self._way_out_kind)
        )
        has_way_out = bool(self.way_out.text() and self._way_out_kind)
        self.way_out.setVisible(has_way_out)
        self.way_out_button.setVisible(has_way_out)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.way_out)
        way_out_row = QHBoxLayout()
        way_out_row.addWidget(self.way_out_button)
        way_out_row.addStretch(1)
        layout.addLayout(way_out_row)
        layout.addSpacing(6)
        layout.addWidget(self.steps, 1)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        return self._guide_title

    def value(self) -> BodyScan:
        noted = [page.region_note() for page in self.regions]
        return BodyScan(
            [n for n in noted if n is not None] + list(self._kept),
            self.overall.toPlainText().strip(),
        )

    def set_value(self, value: BodyScan | None) -> None:
        shown = value or BodyScan()
        by_region = {note.region: note for note in shown.regions}
        self._loading = True
        try:
            for page in self.regions:
                page.set_region_note(by_region.get(page.region))
            self._kept = [n for n in shown.regions if n.region not in self.region_names]
            self.overall.setPlainText(shown.overall)
        finally:
            self._loading = False
        self.steps.show_step(0)

    def is_empty(self) -> bool:
        return self.value() == BodyScan()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def markdown(self, value: Any) -> str:
        return str(value.to_markdown(self.region_names))
