"""Errors from the storage layer, in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from innerspace.storage.errors import (
    VaultDamaged,
    VaultError,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)


def describe_error(error: BaseException) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Messages", text)

    if isinstance(error, WrongPassphrase):
        return tr("That passphrase doesn't open this journal. Please try again.")
    if isinstance(error, WrongRecoveryKey):
        return tr("That recovery key doesn't open this journal. Check it letter by letter.")
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
    if isinstance(error, VaultError):
        return str(error)
    if isinstance(error, OSError):
        return tr("The files could not be read or written: %1").replace("%1", error.strerror or "")
    return tr("Something went wrong. Nothing has been changed.")
