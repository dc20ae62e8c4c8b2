"""Coping toolbox: note what was tried and how much it helped, and keep one's own list of tools.

The list of tools belongs to the journal, not to one entry, so the form only shows it and
reports the person's changes (``strategies_changed``); whoever hosts the form stores it
(``innerspace.storage.coping_strategies``) and hands it back with ``set_strategies``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.exercises import CopingUse, load_exercise_guides
from innerspace.gui.common.page import label
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.grounding import NoticeLine, ScoreBox
from innerspace.gui.exercises.relationship_pattern import first_line, text_box
from innerspace.gui.exercises.score_box import scale_ends
from innerspace.storage.coping_strategies import clean_strategies

TOOLBOX_ROWS = 5


class CopingToolboxForm(ExerciseForm):
    KIND = CopingUse.KIND
    strategies_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()[self.KIND]
        questions = {f["id"]: f["label"] for f in guide.content["fields"]}
        self._guide_title = guide.title
        self._loading = False
        self._strategies: list[str] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        tool_label = label(questions["tool"], self)
        self.tool = QComboBox(self)
        self.tool.setEditable(True)
        self.tool.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tool.setAccessibleName(questions["tool"])
        editor = QLineEdit(self.tool)
        editor.setAccessibleName(questions["tool"])
        editor.setPlaceholderText(self.tr("Choose from your toolbox, or type"))
        self.tool.setLineEdit(editor)
        tool_label.setBuddy(self.tool)
        layout.addWidget(tool_label)
        layout.addWidget(self.tool)

        category_label = label(questions["category"], self)
        self.category = QComboBox(self)
        self.category.setAccessibleName(questions["category"])
        self.category.addItem(self.tr("Not chosen"), "")
        for item in guide.content["categories"]:
            self.category.addItem(str(item["name"]), str(item["id"]))
        category_label.setBuddy(self.category)
        layout.addWidget(category_label)
        layout.addWidget(self.category)

        ratings = QGridLayout()
        ratings.setHorizontalSpacing(12)
        ratings.setColumnStretch(2, 1)
        # Relief now and a cost later are asked side by side: a drink or staying away can
        # help in the moment and cost afterwards, and neither says anything about the person.
        ends = {
            "distress_before": self.tr("0 = calm, 10 = the most distress you can imagine"),
            "distress_after": self.tr("0 = calm, 10 = the most distress you can imagine"),
            "helpfulness": self.tr("0 = not at all, 10 = a great deal"),
            "cost_later": self.tr("0 = nothing, 10 = a great deal"),
        }
        self.scores: dict[str, ScoreBox] = {}
        for row, (key, meaning) in enumerate(ends.items()):
            caption = label(questions[key], self)
            box = ScoreBox(questions[key], parent=self)
            caption.setBuddy(box)
            box.valueChanged.connect(self._edited)
            ratings.addWidget(caption, row, 0)
            ratings.addWidget(box, row, 1, Qt.AlignmentFlag.AlignLeft)
            ratings.addWidget(scale_ends(meaning, box, self), row, 2)
            self.scores[key] = box
        layout.addLayout(ratings)

        notes_label = label(questions["notes"], self)
        self.notes = text_box(self, questions["notes"], 2)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)

        layout.addSpacing(8)
        layout.addWidget(self._toolbox())
        layout.addStretch(1)

        self.tool.editTextChanged.connect(self._edited)
        self.category.currentIndexChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)

    # -- the ExerciseForm contract -------------------------------------------------------------

    def title(self) -> str:
        tool = first_line(self.tool.currentText())
        return f"{self._guide_title}: {tool}" if tool else self._guide_title

    def value(self) -> CopingUse:
        return CopingUse(
            tool=self.tool.currentText().strip(),
            category=str(self.category.currentData() or ""),
            notes=self.notes.toPlainText().strip(),
            **{key: box.score() for key, box in self.scores.items()},
        )

    def set_value(self, value: CopingUse | None) -> None:
        shown = value or CopingUse()
        self._loading = True
        try:
            self.tool.setCurrentIndex(self.tool.findText(shown.tool) if shown.tool else -1)
            self.tool.setEditText(shown.tool)
            found = self.category.findData(shown.category)
            if found < 0:
                # A kind this version doesn't list (from an import) is kept, not lost.
                self.category.addItem(shown.category, shown.category)
                found = self.category.count() - 1
            self.category.setCurrentIndex(found)
            for key, box in self.scores.items():
                box.set_score(getattr(shown, key))
            self.notes.setPlainText(shown.notes)
        finally:
            self._loading = False

    def is_empty(self) -> bool:
        return self.value() == CopingUse()

    def clear(self) -> None:
        """Also forget the toolbox shown here; the stored list is untouched."""
        super().clear()
        self.set_strategies([])
        self.new_strategy.setText("")

    # -- the person's own toolbox --------------------------------------------------------------

    def strategies(self) -> list[str]:
        return list(self._strategies)

    def set_strategies(self, names: Sequence[str]) -> None:
        """Show the stored toolbox; not a change of the person's, so nothing is emitted."""
        self._strategies = clean_strategies(names)
        self._show_strategies()

    def add_strategy(self) -> None:
        name = " ".join(self.new_strategy.text().split())
        if not name:
            return
        if name.casefold() in (s.casefold() for s in self._strategies):
            self.toolbox_message.setText(
                self.tr("“%1” is already in your toolbox.").replace("%1", name)
            )
            return
        self.new_strategy.setText("")
        self._store([*self._strategies, name])
        self.toolbox_view.setCurrentIndex(self.toolbox.index(len(self._strategies) - 1))
        self.toolbox_message.setText(self.tr("Added “%1”.").replace("%1", name))

    def rename_current(self) -> None:
        index = self.toolbox_view.currentIndex()
        if index.isValid():
            self.toolbox_view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.toolbox_view.edit(index)

    def remove_current(self) -> None:
        index = self.toolbox_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        name = self._strategies[row]
        self._store(self._strategies[:row] + self._strategies[row + 1 :])
        if self._strategies:
            self.toolbox_view.setCurrentIndex(
                self.toolbox.index(min(row, len(self._strategies) - 1))
            )
        else:
            # The buttons that had focus are now disabled; go back to where tools are added.
            self.new_strategy.setFocus(Qt.FocusReason.OtherFocusReason)
        self.toolbox_message.setText(self.tr("Removed “%1”.").replace("%1", name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.toolbox_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.toolbox_view.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    # -- internals -----------------------------------------------------------------------------

    def _toolbox(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = label(self.tr("My toolbox"), box)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            label(
                self.tr(
                    "Things that help you through hard moments, kept in your journal and "
                    "offered above. Double-click or press F2 to rename one."
                ),
                box,
                "muted",
            )
        )
        self.empty_note = label(
            self.tr("Nothing here yet. You might add a walk, a warm drink or calling a friend."),
            box,
            "muted",
        )
        layout.addWidget(self.empty_note)

        self.toolbox = QStringListModel(self)
        self.toolbox_view = QListView(box)
        self.toolbox_view.setModel(self.toolbox)
        self.toolbox_view.setAccessibleName(self.tr("My toolbox"))
        self.toolbox_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        row_height = self.toolbox_view.fontMetrics().height() + 8
        self.toolbox_view.setFixedHeight(TOOLBOX_ROWS * row_height + 4)
        self.toolbox_view.installEventFilter(self)
        layout.addWidget(self.toolbox_view)

        self.rename_button = QPushButton(self.tr("Rename"), box)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        add_label = label(self.tr("Add something that helps"), box)
        self.new_strategy = NoticeLine(box)
        self.new_strategy.setAccessibleName(self.tr("Add something that helps"))
        self.add_button = QPushButton(self.tr("Add"), box)
        self.add_button.setAccessibleName(self.tr("Add to my toolbox"))
        add_label.setBuddy(self.new_strategy)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_strategy, 1)
        add_row.addWidget(self.add_button)
        layout.addWidget(add_label)
        layout.addLayout(add_row)
        self.toolbox_message = QLabel(box)
        self.toolbox_message.setProperty("role", "muted")
        self.toolbox_message.setWordWrap(True)
        layout.addWidget(self.toolbox_message)

        for button in (self.rename_button, self.remove_button, self.add_button):
            # Enter on these edits the toolbox; it must never save or close the host.
            button.setAutoDefault(False)
        self.new_strategy.submitted.connect(self.add_strategy)
        self.add_button.clicked.connect(self.add_strategy)
        self.rename_button.clicked.connect(self.rename_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.toolbox.dataChanged.connect(self._renamed)
        self.toolbox_view.selectionModel().currentChanged.connect(self._refresh_buttons)
        self._show_strategies()
        return box

    def _store(self, names: list[str]) -> None:
        self._strategies = clean_strategies(names)
        self._show_strategies()
        self.strategies_changed.emit(list(self._strategies))

    def _renamed(self) -> None:
        edited = self.toolbox.stringList()
        if edited == self._strategies:
            return
        row = self.toolbox_view.currentIndex().row()
        # An emptied or duplicate name falls away in cleaning, so a rename can't blank a tool.
        if not all(name.strip() for name in edited):
            self._show_strategies()
            return
        self._store(edited)
        if 0 <= row < len(self._strategies):
            self.toolbox_view.setCurrentIndex(self.toolbox.index(row))

    def _show_strategies(self) -> None:
        self.toolbox.blockSignals(True)
        self.toolbox.setStringList(self._strategies)
        self.toolbox.blockSignals(False)
        self.toolbox_view.reset()
        has_any = bool(self._strategies)
        self.empty_note.setVisible(not has_any)
        self.toolbox_view.setVisible(has_any)
        text = self.tool.currentText()
        self._loading, was_loading = True, self._loading
        try:
            self.tool.clear()
            self.tool.addItems(self._strategies)
            self.tool.setCurrentIndex(self.tool.findText(text) if text else -1)
            self.tool.setEditText(text)
        finally:
            self._loading = was_loading
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        chosen = self.toolbox_view.currentIndex().isValid()
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
