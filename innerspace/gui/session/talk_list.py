"""The things a person wants to talk about: add, edit in place, tick off, and reorder, all from
the keyboard (Enter or F2 edits, Space ticks, Ctrl+Up and Ctrl+Down move, Delete removes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.session_plan import TalkItem, clean_talk_text
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.storage.session_prep import TalkList

_Index = QModelIndex | QPersistentModelIndex


class TalkModel(QAbstractListModel):
    """The list as shown; ``edited(id, text)`` and ``ticked(id, done)`` report the person's
    changes so the widget can keep them."""

    edited = Signal(int, str)
    ticked = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TalkItem] = []

    def set_items(self, items: list[TalkItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            done = self.tr("talked about") if item.done else self.tr("still to talk about")
            return f"{item.text} ({done})"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        item = self.items[row]
        if role == Qt.ItemDataRole.EditRole:
            text = clean_talk_text(str(value))
            if not text or text == item.text:
                return False
            self.items[row] = TalkItem(item.id, text, item.done)
            self.edited.emit(item.id, text)
        elif role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            self.items[row] = TalkItem(item.id, item.text, done)
            self.ticked.emit(item.id, done)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def move(self, row: int, by: int) -> int:
        """Move one row up (-1) or down (+1); returns where it ended up."""
        target = row + by
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        # Qt's destination is the row the moved one goes before, counted before the move.
        destination = target + 1 if by > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return target


class TalkListPanel(QWidget):
    """The talk-about list of the journal, kept as the person changes it; ``changed`` once a
    change is stored."""

    changed = Signal()

    def __init__(self, worker: DatabaseWorker, talk: TalkList, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._talk = talk
        self.model = TalkModel(self)
        self.model.edited.connect(
            lambda item_id, text: self._keep(lambda: talk.edit(item_id, text))
        )
        self.model.ticked.connect(
            lambda item_id, done: self._keep(lambda: talk.set_done(item_id, done))
        )

        heading = label(self.tr("Things I want to talk about"), self, "heading")
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(self.tr("Something to bring up…"))
        self.new_item.setAccessibleName(self.tr("New thing to talk about"))
        self.new_item.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.new_item.returnPressed.connect(self.add_item)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_item)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Things I want to talk about"))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setWordWrap(True)
        # Enter changes the words too, as the hint says (F2 alone is not what people expect).
        self.view.activated.connect(self.view.edit)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove it from the list (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(1)),
            (QKeySequence.StandardKey.Delete, self.remove_current),
        ):
            action = QAction(self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        hint = label(
            self.tr("Enter or F2 changes one, Space ticks it off once you've talked about it."),
            self,
            "muted",
        )
        # What was removed last, in its place, until it is brought back or another one goes.
        self._removed: tuple[TalkItem, list[int]] | None = None
        self.removed_note = label("", self, "muted")
        self.undo_button = QPushButton(self.tr("Bring it &back"), self)
        self.undo_button.setAccessibleName(self.tr("Bring back what was removed"))
        self.undo_button.clicked.connect(self.bring_back)
        undoing = QHBoxLayout()
        undoing.addWidget(self.removed_note, 1)
        undoing.addWidget(self.undo_button)
        self.removed_note.hide()
        self.undo_button.hide()

        adding = QHBoxLayout()
        adding.addWidget(self.new_item, 1)
        adding.addWidget(self.add_button)
        moving = QHBoxLayout()
        moving.addWidget(self.up_button)
        moving.addWidget(self.down_button)
        moving.addStretch(1)
        moving.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(adding)
        layout.addWidget(self.view, 1)
        layout.addLayout(moving)
        layout.addLayout(undoing)
        layout.addWidget(hint)
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def load(self) -> None:
        talk = self._talk
        self._worker.submit(talk.all, self.model.set_items)

    def add_item(self) -> None:
        text = clean_talk_text(self.new_item.text())
        if not text:
            return
        self.new_item.clear()
        talk = self._talk
        self._worker.submit(lambda: talk.add(text), lambda _item: self._stored_then_load())

    def move_current(self, by: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        moved = self.model.move(row, by)
        self.view.setCurrentIndex(self.model.index(moved))
        order = [item.id for item in self.model.items]
        talk = self._talk
        self._keep(lambda: talk.reorder(order))

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        item = self.model.items[row]
        self._removed = (item, [kept.id for kept in self.model.items])
        talk = self._talk
        self._worker.submit(lambda: talk.remove(item.id), lambda _r: self._stored_then_load())
        self.removed_note.setText(self.tr("Removed “%1”.").replace("%1", item.text))
        self.removed_note.show()
        self.undo_button.show()

    def bring_back(self) -> None:
        """The thing removed last, back in its place, ticked or not as it was."""
        if self._removed is None:
            return
        item, order = self._removed
        self._removed = None
        self.removed_note.hide()
        self.undo_button.hide()
        talk = self._talk

        def restore() -> None:
            again = talk.add(item.text)
            if item.done:
                talk.set_done(again.id, True)
            talk.reorder([again.id if i == item.id else i for i in order])

        self._worker.submit(restore, lambda _r: self._stored_then_load())

    def _keep(self, job: Callable[[], None]) -> None:
        self._worker.submit(job, lambda _r: self.changed.emit())

    def _stored_then_load(self) -> None:
        self.changed.emit()
        self.load()

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        count = self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
