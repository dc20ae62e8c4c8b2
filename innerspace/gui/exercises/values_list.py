"""What matters to me: the person's values in areas of life, in their own words, with how much
each matters now (0–10). Planning in the activity log offers these values to tie a plan to.

The areas are suggestions from resources/exercises.json; any can be left empty, and the person
can add areas of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from innerspace.core.exercises import load_exercise_guides
from innerspace.core.values_activities import ValueArea, ValuesList
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.score_box import ScoreBox
from innerspace.gui.exercises.thought_record import step_heading, text_box


class AreaRow:
    """One area's widgets in the grid: its name (typed for an area of one's own), the person's
    words and how much it matters."""

    def __init__(self, form: ValuesForm, area: str, hint: str, own: bool) -> None:
        self.own = own
        self._area = area
        self.name = QLineEdit(form) if own else None
        self.caption = QLabel(area, form)
        self.words = QLineEdit(form)
        self.words.setPlaceholderText(hint)
        self.importance = ScoreBox(10, 1, form)
        form.name_row(self, area, hint)

    def area(self) -> str:
        return " ".join(self.name.text().split()) if self.name is not None else self._area

    def value(self) -> ValueArea | None:
        words = " ".join(self.words.text().split())
        importance = self.importance.score()
        if not self.area() or (not words and importance is None and not self.own):
            return None
        return ValueArea(self.area(), words, importance)

    def show(self, value: ValueArea | None) -> None:
        if self.name is not None:
            self.name.setText(value.area if value else "")
        self.words.setText(value.words if value else "")
        self.importance.set_score(value.importance if value else None)


class ValuesForm(ExerciseForm):
    KIND = ValuesList.KIND

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        self._areas = [(a["name"], a["hint"]) for a in guide.content["areas"]]
        self._loading = False
        self.rows: list[AreaRow] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(label(guide.content["note"], self, "muted"))
        self.last_time = label(
            self.tr(
                "Here is your list as you last left it. Change anything you like; it is kept "
                "as a new version, and plans offer the newest."
            ),
            self,
        )
        self.last_time.hide()
        layout.addWidget(self.last_time)
        layout.addWidget(step_heading(self.tr("What matters to you?"), self))
        layout.addWidget(
            label(
                self.tr(
                    "For each area that means something to you, write how you want to be or "
                    "what you want to stand for, in a few words of your own. Then rate how much "
                    "it matters to you now."
                ),
                self,
                "muted",
            )
        )
        layout.addWidget(label(self.importance_ends(), self, "muted"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        heading = QLabel(self.tr("Matters"), self)
        heading.setProperty("role", "muted")
        self.grid.addWidget(heading, 0, 2, Qt.AlignmentFlag.AlignLeft)
        for area, hint in self._areas:
            self._add_row(area, hint, own=False)
        layout.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("&Add an area of your own"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_own)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(step_heading(self.tr("Anything else about what matters to you"), self))
        self.notes = text_box(self, self.tr("Anything else about what matters to you"), 3)
        self.notes.textChanged.connect(self._edited)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.set_value(None)

    def importance_ends(self) -> str:
        return self.tr("0 = doesn't matter to me now, 10 = matters very much")

    def name_row(self, row: AreaRow, area: str, hint: str) -> None:
        """What a screen reader says for each control of a row."""
        row.importance.setSuffix(self.tr(" / 10"))
        row.importance.setAccessibleDescription(self.importance_ends())
        if row.name is not None:
            row.name.setAccessibleName(self.tr("Name of an area of your own"))
            row.name.setPlaceholderText(self.tr("An area of your own"))
            row.words.setAccessibleName(self.tr("What matters to you in your own area"))
            row.importance.setAccessibleName(self.tr("How much your own area matters, 0 to 10"))
            return
        row.caption.setBuddy(row.words)
        row.words.setAccessibleName(self.tr("What matters to you: %1").replace("%1", area))
        row.words.setAccessibleDescription(hint)
        row.importance.setAccessibleName(
            self.tr("How much %1 matters to you, 0 to 10").replace("%1", area)
        )

    def _add_row(self, area: str, hint: str, own: bool) -> AreaRow:
        row = AreaRow(self, area, hint, own)
        at = len(self.rows) + 1
        if row.name is not None:
            self.grid.addWidget(row.name, at, 0)
            row.caption.hide()
            row.name.textChanged.connect(self._edited)
        else:
            self.grid.addWidget(row.caption, at, 0)
        self.grid.addWidget(row.words, at, 1)
        self.grid.addWidget(row.importance, at, 2)
        row.words.textChanged.connect(self._edited)
        row.importance.valueChanged.connect(self._edited)
        if self.rows and row.name is not None:
            # A row added later follows the last one in the Tab order, ahead of the button.
            QWidget.setTabOrder(self.rows[-1].importance, row.name)
            QWidget.setTabOrder(row.name, row.words)
            QWidget.setTabOrder(row.words, row.importance)
            QWidget.setTabOrder(row.importance, self.add_button)
            for widget in (row.name, row.words, row.importance):
                widget.show()
        self.rows.append(row)
        return row

    def _add_own(self) -> None:
        row = self._add_row("", self.tr("What matters to you here"), own=True)
        if row.name is not None:
            row.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_from(self, values: ValuesList | None) -> None:
        """Begin a new version from the newest list, if there is one and nothing is typed yet."""
        if values is None or not values.areas or not self.is_empty():
            return
        self.set_value(values)
        self.last_time.show()

    # -- the contract ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("What matters to me")

    def value(self) -> ValuesList:
        areas = [v for v in (row.value() for row in self.rows) if v is not None]
        return ValuesList(areas, self.notes.toPlainText().strip())

    def set_value(self, value: ValuesList | None) -> None:
        values = value or ValuesList()
        self._loading = True
        try:
            stored = {a.area.casefold(): a for a in values.areas}
            for row in self.rows:
                if not row.own:
                    row.show(stored.pop(row.area().casefold(), None))
            own_rows = [row for row in self.rows if row.own]
            for row in own_rows:
                row.show(None)
            for i, area in enumerate(stored.values()):
                row = own_rows[i] if i < len(own_rows) else self._add_row("", "", own=True)
                row.show(area)
            self.notes.setPlainText(values.notes)
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        values = self.value()
        return not values.notes and not any(
            a.words or a.importance is not None for a in values.areas
        )

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
