"""Choosing files and folders for export, import and restore, and progress from the worker.

Dialogs take a ``PathChooser`` so that tests (and other front ends) can answer without a file
dialog. The default one opens a ``QFileDialog`` with ``open()``: it never starts a nested event
loop, so auto-lock can close it like any other dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget


class PathKind(Enum):
    OPEN_FILE = "open-file"
    SAVE_FILE = "save-file"
    FOLDER = "folder"


@dataclass(frozen=True)
class PathRequest:
    kind: PathKind
    caption: str
    start: Path | None = None
    name_filters: tuple[str, ...] = field(default_factory=tuple)


Chosen = Callable[[Path], None]
PathChooser = Callable[[QWidget, PathRequest, Chosen], None]


def choose_with_file_dialog(parent: QWidget, request: PathRequest, chosen: Chosen) -> None:
    dialog = QFileDialog(parent, request.caption)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if request.start is not None:
        dialog.setDirectory(str(request.start if request.start.is_dir() else request.start.parent))
        if not request.start.is_dir():
            dialog.selectFile(request.start.name)
    if request.name_filters:
        dialog.setNameFilters(list(request.name_filters))
    if request.kind is PathKind.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    elif request.kind is PathKind.SAVE_FILE:
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # The export function refuses to replace a file; saying so later is kinder than asking.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)) if name else None)
    dialog.open()


def entries_phrase(count: int) -> str:
    """ "1 entry" or "12 entries", translated as a whole so every language can say it its way."""
    if count == 1:
        return QCoreApplication.translate("Data", "1 entry")
    return QCoreApplication.translate("Data", "%1 entries").replace("%1", f"{count:,}")


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ProgressRelay(QObject):
    """Carries progress from a job on the worker thread to the GUI thread, and a cancel request
    the other way. Emitted across threads, ``progressed`` is delivered queued."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()
