"""Errors from the storage layer, in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from innerspace.storage.errors import (
    KeyFileTooCostly,
    VaultBusy,
    VaultCannotOpen,
    VaultDamaged,
    VaultDiskFull,
    VaultError,
    VaultMissing,
    VaultReadOnly,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerspace.storage.journal_lock import JournalBusy


def describe_error(error: BaseException) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Messages", text)

    if isinstance(error, WrongPassphrase):
        return tr("That passphrase doesn't open this journal. Please try again.")
    if isinstance(error, WrongRecoveryKey):
        return tr("That recovery key doesn't open this journal. Check it letter by letter.")
    if isinstance(error, KeyFileTooCostly):
        return tr(
            "This key file asks for far more work than InnerSpace would ever use, so it was "
            "not tried. It may have been changed by someone else. Nothing has been changed."
        )
    if isinstance(error, VaultDamaged):
        return tr(
            "The journal files seem to be damaged, so they could not be opened. "
            "Nothing has been changed. If you have a backup, it can be restored."
        )
    if isinstance(error, VaultMissing):
        return tr("The journal files could not be found in the data folder.")
    if isinstance(error, VaultTooNew):
        return tr(
            "This journal was saved by a newer version of InnerSpace. "
            "Please update the app to open it; nothing has been changed."
        )
    if isinstance(error, JournalBusy):
        return tr(
            "The journal is open in another InnerSpace window or command. Close it, then try "
            "again. Nothing has been changed."
        )
    if isinstance(error, VaultBusy):
        return tr(
            "Another program is using the journal right now (InnerSpace in another window, "
            "perhaps). Please close it and try again; nothing has been changed."
        )
    if isinstance(error, VaultDiskFull):
        return tr(
            "The disk that holds the journal is full. Please free some space and try again; "
            "nothing has been changed."
        )
    if isinstance(error, VaultReadOnly):
        return tr(
            "The journal's folder can't be written to right now. Please check the folder's "
            "permissions or the disk, then try again; nothing has been changed."
        )
    if isinstance(error, VaultCannotOpen):
        return tr(
            "The journal couldn't be opened. Please check that its disk is connected and its "
            "folder can be reached, then try again."
        )
    if isinstance(error, VaultError):
        return str(error)
    if isinstance(error, OSError):
        return tr("The files could not be read or written: %1").replace("%1", error.strerror or "")
    return tr("Something went wrong. Nothing has been changed.")
