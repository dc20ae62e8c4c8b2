"""Unlock: the passphrase (or the recovery key), checked in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import card, label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.security.passphrase_field import PassphraseField
from innerspace.storage.errors import VaultDamaged

if TYPE_CHECKING:
    from innerspace.storage.vault import Vault

# The vault's key file: the journal is there when it is. The vault module itself (SQLCipher and
# the key's cryptography) loads after the first window is on screen, or when unlocking.
KEY_FILE_NAME = "journal.key"


def journal_exists(data_dir: Path) -> bool:
    """What ``storage.vault.vault_exists`` answers, without loading the vault's module."""
    return (data_dir / KEY_FILE_NAME).exists()


class UnlockScreen(QWidget):
    """Emits ``unlocked(vault, used_recovery_key)``."""

    unlocked = Signal(object, bool)
    support_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self, worker: DatabaseWorker, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data_dir = data_dir
        self._use_recovery = False
        self._sample_passphrase = ""
        page, col = card(self, 520)
        self.heading = label(self.tr("Welcome back"), page, "heading")
        self.prompt = label(self.tr("Type your passphrase to open your journal."), page)
        self.passphrase = PassphraseField(self.tr("Passphrase"), page)
        self.passphrase.returnPressed.connect(self.unlock)
        self.recovery_key = QLineEdit(page)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        self.recovery_key.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.recovery_key.returnPressed.connect(self.unlock)
        self.recovery_key.hide()
        self.error = label("", page, "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening your journal"))
        # Its place is kept while hidden, so the card doesn't jump when it appears.
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        self.switch_button = QPushButton(self.tr("Use my recovery key instead"), page)
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.toggle_recovery)
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"), page)
        self.restore_button.setFlat(True)
        self.restore_button.setToolTip(
            self.tr("Put a backup in place of a journal that can't be opened")
        )
        self.restore_button.clicked.connect(self.restore_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"), page)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        for w in (self.heading, self.prompt, self.passphrase, self.recovery_key, self.error):
            col.addWidget(w)
        col.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        col.addLayout(buttons)
        rescue = QHBoxLayout()
        rescue.addWidget(self.restore_button)
        rescue.addStretch(1)
        col.addLayout(rescue)
        # In the corner, reachable without unlocking: breathing, grounding and crisis lines.
        self.support_button = QPushButton(self.tr("Support now"), self)
        self.support_button.clicked.connect(self.support_requested)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.support_button)
        outer = QVBoxLayout(self)
        outer.addLayout(corner)
        outer.addWidget(page, 1)
        self.setFocusProxy(self.passphrase)

    def show_sample(self, passphrase: str) -> None:
        """A made-up journal to look around in: say so plainly, and give its passphrase."""
        self.heading.setText(self.tr("A sample journal"))
        self.prompt.setText(
            self.tr(
                "Everything in this journal is made up, so you can see every screen filled. "
                "It is kept in a temporary folder and removed when you quit; your own journal "
                "is not touched. Its passphrase is: %1"
            ).replace("%1", passphrase)
        )
        self._sample_passphrase = passphrase

    def toggle_recovery(self) -> None:
        self._use_recovery = not self._use_recovery
        self.passphrase.setVisible(not self._use_recovery)
        self.recovery_key.setVisible(self._use_recovery)
        self.error.clear()
        if self._use_recovery:
            self.prompt.setText(self.tr("Type the recovery key you stored when you began."))
            self.switch_button.setText(self.tr("Use my passphrase instead"))
            self.recovery_key.setFocus()
        else:
            self.prompt.setText(self.tr("Type your passphrase to open your journal."))
            self.switch_button.setText(self.tr("Use my recovery key instead"))
            self.passphrase.setFocus()

    def unlock(self) -> None:
        from innerspace.storage.vault import Vault

        if self.busy.isVisible():
            return
        folder = self.data_dir
        if self._use_recovery:
            secret = self.recovery_key.text()
            if not secret.strip():
                return
            job = lambda: Vault.unlock_with_recovery_key(folder, secret)  # noqa: E731
        else:
            secret = self.passphrase.text()
            if not secret:
                self.error.setText(self.tr("Please type your passphrase."))
                return
            job = lambda: Vault.unlock(folder, secret)  # noqa: E731
        self._set_busy(True)
        self.error.clear()
        self.worker.submit(job, self._on_unlocked, self._on_failed)

    def reset(self) -> None:
        self.passphrase.clear()
        if self._sample_passphrase:
            self.passphrase.edit.setText(self._sample_passphrase)
        self.recovery_key.clear()
        self.error.clear()
        self._set_busy(False)
        if self._use_recovery:
            self.toggle_recovery()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (
            self.passphrase,
            self.recovery_key,
            self.unlock_button,
            self.switch_button,
            self.restore_button,
        ):
            w.setEnabled(not busy)

    def _on_unlocked(self, vault: Vault) -> None:
        used_recovery = self._use_recovery
        self.reset()
        self.unlocked.emit(vault, used_recovery)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe_error(error))
        if isinstance(error, VaultDamaged):
            # Typing again won't help: the way forward is a backup.
            self.restore_button.setFocus()
            return
        field = self.recovery_key if self._use_recovery else self.passphrase.edit
        field.selectAll()
        field.setFocus()
