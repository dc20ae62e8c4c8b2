"""Shows a recovery key once, with ways to keep it: copy, save to a file, print."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.file_choosers import PathKind, PathRequest, choose_with_file_dialog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class RecoveryKeyView(QWidget):
    """``confirmed`` is emitted when the person ticks "I stored it safely"."""

    confirmed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        explain = QLabel(
            self.tr(
                "This recovery key opens your journal if you ever forget your passphrase. "
                "It is shown only now. Keep it somewhere safe and private, away from this "
                "computer — on paper, or in a password manager. Without your passphrase and "
                "without this key, nobody can open your journal again."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_label = QLabel(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.save_button = QPushButton(self.tr("&Save to a file…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_key)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.stored = QCheckBox(self.tr("I stored my recovery key safely"), self)
        self.stored.toggled.connect(self.confirmed)

        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.stored)

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key)
        self.stored.setChecked(False)
        self.status.clear()

    def forget(self) -> None:
        self.set_key("")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.status.setText(self.tr("Copied. Paste it somewhere safe, then clear your clipboard."))

    def save(self) -> None:
        choose_with_file_dialog(
            self,
            PathRequest(
                PathKind.SAVE_FILE,
                self.tr("Save recovery key"),
                Path.home() / "InnerSpace recovery key.txt",
                (self.tr("Text files (*.txt)"),),
            ),
            self.save_to,
        )

    def save_to(self, path: Path) -> None:
        text = self.tr("InnerSpace recovery key\n\n%1\n\nKeep this private.\n").replace(
            "%1", self._key
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save there: %1").replace("%1", exc.strerror or "")
            )
            return
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        self.status.setText(
            self.tr("Saved. Move the file somewhere safe, away from this computer.")
        )

    def print_key(self) -> None:
        # Qt's printing (and the system's printing libraries) load when first asked for, not
        # before the first window.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        # open(), not exec(): auto-lock must be able to close this dialog at any moment.
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print_to(self, printer: QPrinter) -> None:
        from innerspace.gui.common.printing import keep_printed_file_private

        doc = QTextDocument()
        doc.setPlainText(self.tr("InnerSpace recovery key") + "\n\n" + self._key)
        keep_printed_file_private(printer)  # a key printed to a file is for its owner alone
        doc.print_(printer)
        keep_printed_file_private(printer)
        self.status.setText(self.tr("Sent to the printer."))
