"""Mood names from other apps ("ok but sleepy"), kept on entries as ``mood/…`` tags: say how
each felt, and its entries without a mood rating get one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.file_choosers import entries_phrase
from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.storage.mood_labels import MoodLabel, MoodLabels
from innerspace.storage.vault import Vault

_Index = QModelIndex | QPersistentModelIndex


class MoodNamesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MoodLabel] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.level is None:
                felt = self.tr("not said yet")
            else:
                felt = self.tr("felt like %1 of 5").replace("%1", str(row.level))
            return (
                self.tr("“%1” — %2, %3")
                .replace("%1", row.label)
                .replace("%2", entries_phrase(row.entries))
                .replace("%3", felt)
            )
        return None

    def set_rows(self, rows: list[MoodLabel]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: _Index) -> MoodLabel | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class MoodNamesPage(QWidget):
    def __init__(self, worker: DatabaseWorker, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.vault = worker, vault
        intro = label(
            self.tr(
                "Moods other apps let you name yourself are kept on their entries as tags "
                "(mood/…). Say how one felt, and its entries without a mood rating get one."
            ),
            self,
            "muted",
        )
        self.model = MoodNamesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Mood names"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A few names at a time: the rest scroll, and Settings stays on the screen.
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 7)
        list_label = label(self.tr("Mood &names"), self)
        list_label.setBuddy(self.list)
        self.empty = label(self.tr("No entries carry a mood named in words yet."), self, "muted")
        self.level = QComboBox(self)
        self.level.setAccessibleName(self.tr("How this mood felt"))
        self.level.addItem(self.tr("Not said yet"), 0)
        for level, name in (
            (1, self.tr("1 — awful")),
            (2, self.tr("2 — bad")),
            (3, self.tr("3 — meh")),
            (4, self.tr("4 — good")),
            (5, self.tr("5 — rad")),
        ):
            self.level.addItem(name, level)
        self.save_button = QPushButton(self.tr("&Save how it felt"), self)
        self.status = label("", self)
        self.status.setAccessibleName(self.tr("Mood names status"))
        felt_row = QHBoxLayout()
        felt_row.addWidget(self.level)
        felt_row.addWidget(self.save_button)
        felt_row.addStretch(1)
        felt_label = label(self.tr("How it &felt"), self)
        felt_label.setBuddy(self.level)
        form = QFormLayout()
        form.addRow(felt_label, felt_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.list.selectionModel().selectionChanged.connect(self._on_selection)
        self.save_button.clicked.connect(self.save)
        self._on_selection()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        vault = self.vault
        self.worker.submit(lambda: MoodLabels(vault).all(), self._on_rows, self._on_error)

    def _on_rows(self, rows: list[MoodLabel]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        for row_number, row in enumerate(rows):
            if chosen is not None and row.label == chosen.label:
                self.list.setCurrentIndex(self.model.index(row_number))
        self._on_selection()

    def selected(self) -> MoodLabel | None:
        return self.model.row_at(self.list.currentIndex())

    def _on_selection(self) -> None:
        row = self.selected()
        self.level.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None)
        if row is not None:
            self.level.setCurrentIndex(max(self.level.findData(row.level or 0), 0))

    def save(self) -> None:
        row = self.selected()
        if row is None:
            return
        level = int(self.level.currentData()) or None
        vault, name = self.vault, row.label
        self.save_button.setEnabled(False)
        self.worker.submit(
            lambda: MoodLabels(vault).set_level(name, level), self._on_saved, self._on_error
        )

    def _on_saved(self, filled: int) -> None:
        if filled:
            self.status.setText(
                self.tr("Saved. %1 got a mood rating.").replace("%1", entries_phrase(filled))
            )
        else:
            self.status.setText(self.tr("Saved."))
        self.refresh()

    def _on_error(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))
        self._on_selection()
