"""Changing the passphrase and making a new recovery key; both confirm the current passphrase.

The KDF runs on the database worker, never on the GUI thread. Both dialogs are opened with
``open()`` (never ``exec()``), so auto-lock can close them at any moment.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.security.passphrase_field import NewPassphraseForm, PassphraseField
from innerspace.gui.security.recovery_key_view import RecoveryKeyView
from innerspace.storage.keyfile import KdfParams
from innerspace.storage.vault import Vault, read_key_file


def confirm_passphrase(vault: Vault, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` unwraps this journal's key."""
    key = read_key_file(vault.paths).unlock_with_passphrase(passphrase)
    for i in range(len(key)):
        key[i] = 0


class ChangePassphraseDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.worker, self.vault, self.kdf = worker, vault, kdf
        self.current = PassphraseField(self.tr("Current passphrase"), self)
        self.new = NewPassphraseForm(self)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        self.error = label("", self, "error")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.change_button = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setEnabled(False)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Your journal stays as it is; only the lock on its key changes. "
                    "Your recovery key keeps working. Backups made before now still open with "
                    "the old passphrase; to stop that for everything made from now on, choose "
                    "“Re-encrypt under a new key” in Settings."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._validate)
        self.new.changed.connect(self._validate)
        self.new.submitted.connect(self.change)

    def _validate(self) -> None:
        self.error.clear()
        self.change_button.setEnabled(bool(self.current.text()) and self.new.is_acceptable())

    def change(self) -> None:
        if not self.change_button.isEnabled():
            return
        current, new = self.current.text(), self.new.text()
        vault, kdf = self.vault, self.kdf

        def job() -> None:
            confirm_passphrase(vault, current)
            vault.change_passphrase(new, kdf=kdf)

        self._set_busy(True)
        self.worker.submit(job, self._on_done, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.current, self.new, self.change_button):
            w.setEnabled(not busy)

    def _on_done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe_error(error))
        self.current.setFocus()


class NewRecoveryKeyDialog(QDialog):
    def __init__(self, worker: DatabaseWorker, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.worker, self.vault = worker, vault
        self.pages = QStackedWidget(self)

        ask = QWidget(self)
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(
            label(
                self.tr(
                    "Your recovery key was shown once, when you created your journal, and is "
                    "not stored anywhere — so it cannot be shown again. You can make a new one "
                    "now. Your journal will then open with the new key, not the old one; "
                    "backups made before now still open with the old key. To stop old keys "
                    "opening anything made from now on, choose “Re-encrypt under a new key” "
                    "in Settings."
                ),
                ask,
            )
        )
        self.passphrase = PassphraseField(self.tr("Current passphrase"), ask)
        self.passphrase.returnPressed.connect(self.make_key)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.passphrase)
        ask_layout.addLayout(form)
        self.error = label("", ask, "error")
        ask_layout.addWidget(self.error)
        self.busy = QProgressBar(ask)
        self.busy.setRange(0, 0)
        self.busy.hide()
        ask_layout.addWidget(self.busy)
        ask_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=ask)
        self.make_button = ask_buttons.addButton(
            self.tr("Make a new recovery key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ask_buttons.accepted.connect(self.make_key)
        ask_buttons.rejected.connect(self.reject)
        ask_layout.addWidget(ask_buttons)

        show = QWidget(self)
        show_layout = QVBoxLayout(show)
        self.key_view = RecoveryKeyView(show)
        show_layout.addWidget(self.key_view)
        self.done_button = QPushButton(self.tr("Done"), show)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        self.key_view.confirmed.connect(self.done_button.setEnabled)
        show_layout.addWidget(self.done_button)

        self.pages.addWidget(ask)
        self.pages.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def make_key(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.busy.isVisible():
            return
        vault = self.vault

        def job() -> str:
            confirm_passphrase(vault, passphrase)
            return vault.regenerate_recovery_key()

        self.busy.show()
        self.make_button.setEnabled(False)
        self.worker.submit(job, self._on_made, self._on_failed)

    def _on_made(self, key: str) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.key_view.set_key(key)
        self.pages.setCurrentIndex(1)

    def _on_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.make_button.setEnabled(True)
        self.error.setText(describe_error(error))

    def done(self, result: int) -> None:
        self.key_view.forget()
        super().done(result)
