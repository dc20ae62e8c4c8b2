"""Re-encrypting the journal under a new data key, so that old secrets stop opening it.

Changing the passphrase only re-wraps the key: a key file from any older backup still opens the
journal with the old passphrase or recovery key. A new data key is what stops that. The work runs
on the database worker with progress and a way to stop (until the files are swapped); both
dialogs are opened with ``open()``, so nothing here can block a lock.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.backup_schedule import BackupSchedule, wait_for
from innerspace.gui.security.passphrase_field import PassphraseField
from innerspace.gui.security.recovery_key_view import RecoveryKeyView
from innerspace.storage.keyfile import KdfParams
from innerspace.storage.new_data_key import (
    STEPS,
    NewDataKey,
    ReencryptionStopped,
    delete_backups,
    reencrypt,
)
from innerspace.storage.vault import Vault

# Until this step is done the old files are untouched, so stopping changes nothing.
LAST_STOPPABLE_STEP = 3


class NewDataKeyDialog(QDialog):
    """Emits ``reencrypted(NewDataKey)`` once the journal is under its new key (the vault that
    was passed in is closed by then), and ``working(bool)`` while the work runs."""

    reencrypted = Signal(object)
    working = Signal(bool)
    _progressed = Signal(int, int)  # from the worker thread; Qt delivers it on the GUI thread

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
        *,
        backups: BackupSchedule | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-encrypt under a new key"))
        self.worker, self.vault, self.kdf = worker, vault, kdf
        self.backups = backups
        self._stop = threading.Event()
        self._busy = False
        intro = label(
            self.tr(
                "This gives your journal a new key. Afterwards your old passphrases, old "
                "recovery keys and the key files in backups made before now can no longer open "
                "your journal as it is from now on. Your passphrase stays the same, and you get "
                "a new recovery key."
            ),
            self,
        )
        note = label(
            self.tr(
                "Backups made before now still open with the passphrase and recovery key they "
                "were made with; you can delete them at the end. This takes a moment for a "
                "large journal."
            ),
            self,
            "muted",
        )
        self.passphrase = PassphraseField(self.tr("Current passphrase"), self)
        self.passphrase.returnPressed.connect(self.start)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.passphrase)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress.setAccessibleName(self.tr("Re-encrypting"))
        self.progress.hide()
        self.error = label("", self, "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.start_button = self.buttons.addButton(
            self.tr("&Re-encrypt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._progressed.connect(self._on_progress)
        self.passphrase.setFocus()

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if self._busy or not passphrase:
            return
        vault, kdf, stop = self.vault, self.kdf, self._stop
        stop.clear()
        running = self.backups.pause() if self.backups is not None else None

        def job() -> NewDataKey:
            wait_for(running)  # a backup read under the old key must end before the swap
            return reencrypt(
                vault, passphrase, progress=self._progressed.emit, stop=stop.is_set, kdf=kdf
            )

        self._set_busy(True)
        self.error.clear()
        self.progress.setValue(0)
        self.worker.submit(job, self._on_done, self._on_failed)

    def _cancel(self) -> None:
        if not self._busy:
            self.reject()
        elif self.progress.value() < LAST_STOPPABLE_STEP:
            self._stop.set()
            self.error.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        # While the files are being swapped the work must finish; it is only ever brief.
        if not self._busy:
            super().reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done >= LAST_STOPPABLE_STEP:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)

    def _on_done(self, result: NewDataKey) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.reencrypted.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.backups is not None:
            self.backups.resume()
        if isinstance(error, ReencryptionStopped):
            self.error.setText(self.tr("Stopped. Nothing was changed."))
        else:
            self.error.setText(describe_error(error))
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.start_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.working.emit(busy)


class NewKeyResultDialog(QDialog):
    """After re-encrypting: the new recovery key (shown once) and the older backups."""

    def __init__(
        self, worker: DatabaseWorker, result: NewDataKey, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your journal has a new key"))
        self.worker = worker
        self._older = result.older_backups
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Your journal is now encrypted under a new key, and a first backup under it "
                    "was made. Your passphrase is the same."
                ),
                self,
            )
        )
        self.key_view: RecoveryKeyView | None = None
        if result.recovery_key is not None:
            self.key_view = RecoveryKeyView(self)
            self.key_view.set_key(result.recovery_key)
            layout.addWidget(self.key_view)
        self.backups_note = label("", self)
        self.delete_button = QPushButton(self.tr("&Delete the older backups"), self)
        self.delete_button.clicked.connect(self.delete_older)
        if self._older:
            self.backups_note.setText(
                self.tr(
                    "%n older backup(s) still open with the passphrase and recovery key they "
                    "were made with. Delete them if you no longer want that.",
                    "",
                    len(self._older),
                )
            )
            layout.addWidget(self.backups_note)
            layout.addWidget(self.delete_button)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.clicked.connect(self.accept)
        if self.key_view is not None:
            self.done_button.setEnabled(False)
            self.key_view.confirmed.connect(self.done_button.setEnabled)
        layout.addWidget(self.done_button)

    def delete_older(self) -> None:
        older = self._older
        self.delete_button.setEnabled(False)
        self.worker.submit(lambda: delete_backups(older), self._on_deleted, self._on_failed)

    def _on_deleted(self, count: int) -> None:
        self._older = ()
        self.backups_note.setText(
            self.tr("%n older backup(s) deleted.", "", count) if count else self.tr("Done.")
        )

    def _on_failed(self, error: BaseException) -> None:
        self.delete_button.setEnabled(True)
        self.backups_note.setText(describe_error(error))

    def done(self, result: int) -> None:
        if self.key_view is not None:
            self.key_view.forget()
        super().done(result)
