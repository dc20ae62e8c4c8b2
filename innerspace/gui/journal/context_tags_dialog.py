"""Context tags: rename one, or merge two that mean the same (say "Mum" and "mom")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import CONTEXT_KINDS, ContextTag
from innerspace.gui.common.page import label, resize_within_screen
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.storage.feelings import Feelings

_Index = QModelIndex | QPersistentModelIndex
TagRole = Qt.ItemDataRole.UserRole + 1


class ContextTagModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags: list[ContextTag] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag = self._tags[index.row()]
        if role == TagRole:
            return tag
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{tag.name} ({tag.uses})"
        return None

    def set_tags(self, tags: list[ContextTag]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def tags(self) -> list[ContextTag]:
        return list(self._tags)


class ContextTagsDialog(QDialog):
    """Opened with ``open()``; every change runs on the database worker."""

    def __init__(
        self, worker: DatabaseWorker, feelings: Feelings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Context tags"))
        self.worker, self.feelings = worker, feelings
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of tag"))
        for kind, name in zip(
            CONTEXT_KINDS,
            (self.tr("Situations"), self.tr("People"), self.tr("Activities"), self.tr("Places")),
            strict=True,
        ):
            self.kind.addItem(name, kind)
        self.model = ContextTagModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tags of this kind, with how many entries use each"))
        self.new_name = QLineEdit(self)
        self.new_name.setAccessibleName(self.tr("New name"))
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.merge_into = QComboBox(self)
        self.merge_into.setAccessibleName(self.tr("Merge into"))
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.status = label("", self, "muted")

        form = QFormLayout()
        form.addRow(self.tr("&Show"), self.kind)
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.new_name, 1)
        rename_row.addWidget(self.rename_button)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_into, 1)
        merge_row.addWidget(self.merge_button)
        actions = QFormLayout()
        actions.addRow(self.tr("Rename &to"), rename_row)
        actions.addRow(self.tr("Merge &into"), merge_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Renaming changes the tag on every entry. Merging moves the entries of one "
                    "tag to another and removes the first; it can't be undone."
                ),
                self,
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        # Enter in the name field renames; it must not also press Close.
        for button in (self.rename_button, self.merge_button, *buttons.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._on_selected())
        self.rename_button.clicked.connect(self.rename)
        self.new_name.returnPressed.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        resize_within_screen(self, 460, 520)
        self.reload()

    def selected(self) -> ContextTag | None:
        index = self.view.currentIndex()
        tag = index.data(TagRole) if index.isValid() else None
        return tag if isinstance(tag, ContextTag) else None

    def reload(self, select_id: int | None = None) -> None:
        feelings, kind = self.feelings, str(self.kind.currentData())
        self.worker.submit(
            lambda: feelings.context_tags(kind), lambda tags: self._show(tags, select_id)
        )

    def rename(self) -> None:
        tag, name = self.selected(), self.new_name.text().strip()
        if tag is None or not name or name == tag.name:
            return
        feelings = self.feelings
        self.worker.submit(
            lambda: feelings.rename_context(tag.id, name), self._on_changed, self._on_failed
        )

    def merge(self) -> None:
        source, target_id = self.selected(), self.merge_into.currentData()
        if source is None or not isinstance(target_id, int) or target_id == source.id:
            return
        feelings = self.feelings
        self.worker.submit(
            lambda: feelings.merge_contexts(source.id, target_id),
            self._on_changed,
            self._on_failed,
        )

    def _show(self, tags: list[ContextTag], select_id: int | None) -> None:
        self.model.set_tags(tags)
        row = next((i for i, t in enumerate(tags) if t.id == select_id), 0 if tags else -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self._on_selected()
        if not tags:
            self.status.setText(self.tr("No tags of this kind yet."))

    def _on_selected(self) -> None:
        tag = self.selected()
        self.new_name.setText("" if tag is None else tag.name)
        self.merge_into.clear()
        for other in self.model.tags():
            if tag is not None and other.id != tag.id:
                self.merge_into.addItem(other.name, other.id)
        self.rename_button.setEnabled(tag is not None)
        self.merge_button.setEnabled(tag is not None and self.merge_into.count() > 0)

    def _on_changed(self, tag: ContextTag) -> None:
        self.status.setText(self.tr("Done."))
        self.reload(select_id=tag.id)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("That didn't work; nothing was changed."))
