"""The photos and files of the entry being written, in a row under the text.

Each shows its thumbnail (a file that isn't a photo, a page with its kind) and name; Delete
takes it out of the entry, which is the same as deleting its line from the text, and Enter (or
a double click) saves a copy where the person chooses. Thumbnails come from the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QImage, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QListView, QWidget

THUMBNAIL_ROW_HEIGHT = 72
UidRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ShownAttachment:
    uid: str
    name: str  # a pasted picture's is "Photo" and when it came: what a screen reader says
    thumbnail: QImage
    is_image: bool = True


class AttachmentsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ShownAttachment] = []
        self._icons: dict[str, QPixmap] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return item.name
        if role == UidRole:
            return item.uid
        return None

    def _icon(self, item: ShownAttachment) -> QPixmap | None:
        if not item.is_image:
            if item.uid not in self._icons:
                self._icons[item.uid] = _page(item.name)
            return self._icons[item.uid]
        if item.thumbnail.isNull():
            return None
        if item.uid not in self._icons:
            # A pixmap is painted at its own size (only icons are fitted): each thumbnail is
            # fitted into the same square, so the names under them line up.
            side = THUMBNAIL_ROW_HEIGHT
            fitted = QPixmap.fromImage(item.thumbnail).scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            square = QPixmap(side, side)
            square.fill(Qt.GlobalColor.transparent)
            painter = QPainter(square)
            painter.drawPixmap((side - fitted.width()) // 2, side - fitted.height(), fitted)
            painter.end()
            self._icons[item.uid] = square
        return self._icons[item.uid]

    def set_items(self, items: list[ShownAttachment]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._icons.clear()
        self.endResetModel()

    def items(self) -> list[ShownAttachment]:
        return list(self._items)


def _page(name: str) -> QPixmap:
    """A file that isn't a photo: a page with its kind (PDF, MP3) on it, in the theme's
    colours, the same size as a thumbnail so the names line up."""
    side = THUMBNAIL_ROW_HEIGHT
    palette = QGuiApplication.palette()
    square = QPixmap(side, side)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QRectF(side * 0.2, side * 0.08, side * 0.6, side * 0.84)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(page, 4, 4)
    kind = PurePath(name).suffix.lstrip(".").upper()[:4]
    if kind:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(9, side // 6))
        painter.setFont(font)
        painter.drawText(page, Qt.AlignmentFlag.AlignCenter, kind)
    painter.end()
    return square


class AttachmentsStrip(QListView):
    """Emits ``remove_requested`` with the uid of the attachment the person takes out, and
    ``save_requested`` with the uid of one they want a copy of."""

    remove_requested = Signal(str)
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = AttachmentsModel(self)
        self.setModel(self.model_)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMBNAIL_ROW_HEIGHT, THUMBNAIL_ROW_HEIGHT))
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Photos and files in this entry"))
        self.setToolTip(
            self.tr(
                "Press Delete to take the chosen one out of the entry, "
                "or Enter to save a copy of it"
            )
        )
        self.model_.modelReset.connect(self._fit)
        self.activated.connect(self._on_activated)
        self._fit()

    def _fit(self) -> None:
        """Only as tall as a row of thumbnails with their names, and hidden when empty."""
        lines = self.fontMetrics().lineSpacing() * 2  # a long name wraps once
        self.setFixedHeight(THUMBNAIL_ROW_HEIGHT + lines + 12)
        # Room for a name of a dozen letters either side of the thumbnail, at any text size.
        spare = max(56, self.fontMetrics().horizontalAdvance("n") * 8)
        self.setGridSize(QSize(THUMBNAIL_ROW_HEIGHT + spare, THUMBNAIL_ROW_HEIGHT + lines + 4))
        self.setVisible(self.model_.rowCount() > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            uid = self.currentIndex().data(UidRole)
            if uid:
                self.remove_requested.emit(uid)
                return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        uid = index.data(UidRole)
        if uid:
            self.save_requested.emit(uid)
