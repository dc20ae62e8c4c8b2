"""Restore the journal from a backup: check the backup first, keep today's journal as a backup,
then put the backup in its place. The window locks afterwards and opens the restored journal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.file_choosers import (
    PathChooser,
    PathKind,
    PathRequest,
    choose_with_file_dialog,
    entries_phrase,
)
from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label, resize_to_text
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.backup_schedule import BackupSchedule, wait_for
from innerspace.gui.security.passphrase_field import PassphraseField
from innerspace.storage.backups import (
    SUFFIX,
    BackupInfo,
    RestoreOutcome,
    StagedRestore,
    backup_folder,
    inspect_backup,
    restore_journal,
    with_passphrase,
    with_recovery_key,
)
from innerspace.storage.errors import WrongPassphrase, WrongRecoveryKey
from innerspace.storage.files import ensure_private_dir
from innerspace.storage.vault import Vault


class RestoreDialog(QDialog):
    """``restored(message)`` is emitted once the backup is in place; the journal that was open
    has been closed by then, so the window must lock and ask to unlock again."""

    restored = Signal(str)

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault | None,
        *,
        data_dir: Path | None = None,
        backup: Path | None = None,
        rescue: bool = False,
        choose_path: PathChooser = choose_with_file_dialog,
        backups: BackupSchedule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.worker, self.vault, self.choose_path = worker, vault, choose_path
        self.backups = backups
        # With no journal open (a new computer), the backup goes into the empty data folder.
        folder = data_dir if vault is None else vault.paths.folder
        if folder is None:
            raise ValueError("restoring needs the open journal or the data folder")
        self.data_dir = folder
        # From the unlock screen: the journal there can't be opened, so it can't be kept as a
        # backup first; its files are moved aside instead, never deleted.
        self.rescue = rescue and vault is None
        self.staged: StagedRestore | None = None
        self._busy = False
        self._closed = threading.Event()

        intro = label(
            self.tr(
                "A backup opens with the passphrase, or the recovery key, your journal had "
                "when the backup was made."
            ),
            self,
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Backup file"))
        # Wide enough to show a whole file name, which is what people recognise.
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 40)
        if backup is not None:
            self.path.setText(str(backup))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.use_passphrase = QRadioButton(self.tr("A passphr&ase"), self)
        self.use_recovery_key = QRadioButton(self.tr("A re&covery key"), self)
        self.use_passphrase.setChecked(True)
        self.secret_kind = QButtonGroup(self)
        self.secret_kind.addButton(self.use_passphrase)
        self.secret_kind.addButton(self.use_recovery_key)
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_passphrase)
        kinds.addWidget(self.use_recovery_key)
        kinds.addStretch(1)
        self.secret = PassphraseField(self.tr("Passphrase of the backup"), self)
        # A row holding a layout gets no buddy from QFormLayout: name the field ourselves.
        file_label = QLabel(self.tr("&Backup file"), self)
        file_label.setBuddy(self.path)
        self.secret_label = QLabel(self.tr("&Passphrase"), self)
        self.secret_label.setBuddy(self.secret.edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(self.tr("Opens with"), kinds)
        form.addRow(self.secret_label, self.secret)

        self.info = label("", self)
        self.info.setAccessibleName(self.tr("What the backup holds"))
        self.keep_note = label(
            self.tr(
                "The journal in this folder can't be opened, so it can't be kept as a backup "
                "first. Its files are moved aside in the same folder and kept, never deleted."
            )
            if self.rescue
            else self.tr(
                "Before anything is replaced, your journal as it is now is kept as a backup, "
                "so nothing is lost. Afterwards InnerSpace locks and asks you to unlock it."
            ),
            self,
            "muted",
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.error = label("", self, "error")
        self.error.setAccessibleName(self.tr("Problem"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.check_button = self.buttons.addButton(
            self.tr("C&heck backup"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.check)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.keep_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose)
        self.path.textChanged.connect(self._changed)
        self.secret.textChanged.connect(self._changed)
        self.secret.returnPressed.connect(self.check)
        self.secret_kind.buttonToggled.connect(self._on_kind_changed)
        self._changed()
        resize_to_text(self, 620)

    def choose(self) -> None:
        request = PathRequest(
            PathKind.OPEN_FILE,
            self.tr("Choose a backup"),
            backup_folder(self.data_dir),
            (self.tr("InnerSpace backups (*%1)").replace("%1", SUFFIX),),
        )
        self.choose_path(self, request, lambda path: self.path.setText(str(path)))

    def _on_kind_changed(self) -> None:
        name = (
            self.tr("Recovery key of the backup")
            if self.use_recovery_key.isChecked()
            else self.tr("Passphrase of the backup")
        )
        self.secret.edit.setAccessibleName(name)
        self.secret_label.setText(
            self.tr("Recovery &key")
            if self.use_recovery_key.isChecked()
            else self.tr("&Passphrase")
        )
        self._changed()

    def _changed(self) -> None:
        # Anything checked before no longer describes what is typed now.
        self._discard()
        self.info.clear()
        self.error.clear()
        self.check_button.setEnabled(
            not self._busy and bool(self.path.text().strip()) and bool(self.secret.text())
        )
        self.restore_button.setEnabled(False)
        self.check_button.setDefault(True)

    # -- checking -------------------------------------------------------------------------------

    def check(self) -> None:
        if self._busy or not self.check_button.isEnabled():
            return
        path = Path(self.path.text().strip()).expanduser()
        secret = self.secret.text()
        unwrap = (
            with_recovery_key(secret)
            if self.use_recovery_key.isChecked()
            else with_passphrase(secret)
        )
        # Unpacked inside the data folder itself, so the final renames never cross disks
        # (the folder may be a mount point of its own).
        work_dir = self.data_dir
        current = self.vault

        closed = self._closed

        def job() -> StagedRestore | None:
            ensure_private_dir(work_dir)
            staged = inspect_backup(path, unwrap, work_dir=work_dir, current=current)
            if closed.is_set():
                # Nobody is left to restore it: don't leave it unpacked.
                staged.discard()
                return None
            return staged

        self._set_busy(True)
        self.worker.submit(job, self._on_checked, self._on_failed)

    def _on_checked(self, staged: StagedRestore | None) -> None:
        self._set_busy(False)
        if staged is None:
            return
        self.staged = staged
        self.info.setText(self.describe(staged.info))
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def describe(self, info: BackupInfo) -> str:
        made = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        if info.first_entry is None or info.last_entry is None:
            held = self.tr("This backup was made on %1 and holds no entries.").replace("%1", made)
        else:
            held = (
                self.tr("This backup was made on %1 and holds %2, written from %3 to %4.")
                .replace("%1", made)
                .replace("%2", entries_phrase(info.entries))
                .replace("%3", info.first_entry.date().isoformat())
                .replace("%4", info.last_entry.date().isoformat())
            )
        if info.uses_backup_keys is False:
            keys = self.tr("Your passphrase and recovery key stay as they are now.")
        else:
            keys = self.tr(
                "After restoring, the journal opens with the passphrase and recovery key it had "
                "when this backup was made, not with the ones you use now."
            )
        return f"{held} {keys}"

    # -- restoring ------------------------------------------------------------------------------

    def restore(self) -> None:
        staged = self.staged
        if staged is None or self._busy:
            return
        self.staged = None  # from here on the job owns it
        data_dir, vault, rescue = self.data_dir, self.vault, self.rescue
        running = self.backups.pause() if self.backups is not None else None

        def job() -> RestoreOutcome:
            try:
                wait_for(running)  # a backup of the journal being replaced ends first
                return restore_journal(staged, data_dir, current=vault, set_aside_unreadable=rescue)
            finally:
                staged.discard()

        self._set_busy(True)
        self.worker.submit(job, self._on_restored, self._on_failed)

    def _on_restored(self, outcome: RestoreOutcome) -> None:
        self._set_busy(False)
        if outcome.kept_current_keys:
            message = self.tr(
                "Your journal was restored from the backup. Unlock it with your passphrase, "
                "as before."
            )
        else:
            message = self.tr(
                "Your journal was restored from the backup. Please unlock it with the "
                "passphrase it had when the backup was made."
            )
        if outcome.set_aside:
            names = ", ".join(path.name for path in outcome.set_aside)
            message += " " + self.tr(
                "The files that could not be opened are kept in the same folder: %1"
            ).replace("%1", names)
        self.restored.emit(message)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.backups is not None:
            self.backups.resume()
        if isinstance(error, WrongPassphrase):
            message = self.tr(
                "That passphrase doesn't open this backup. Try the passphrase your journal "
                "had when the backup was made."
            )
        elif isinstance(error, WrongRecoveryKey):
            message = self.tr(
                "That recovery key doesn't open this backup. Check it letter by letter."
            )
        else:
            message = self.tr("%1 Nothing was changed.").replace("%1", describe_error(error))
        self.error.setText(message)
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (
            self.path,
            self.choose_button,
            self.secret,
            self.use_passphrase,
            self.use_recovery_key,
        ):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(not busy and bool(self.secret.text()))
        self.restore_button.setEnabled(not busy and self.staged is not None)

    def _discard(self) -> None:
        staged, self.staged = self.staged, None
        if staged is not None:
            self.worker.submit(staged.discard)

    def done(self, result: int) -> None:
        # A checked backup sits unpacked (encrypted) beside the data folder until used.
        self._closed.set()
        self._discard()
        self.secret.clear()
        super().done(result)
