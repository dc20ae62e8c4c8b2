"""Re-encrypting the journal under a new random data key, so that old secrets stop opening it.

Changing the passphrase or the recovery key only re-wraps the data key: every older key file
(each backup holds one) still opens the journal with the old passphrase or recovery key. A new
data key ends that. The journal is copied through SQLCipher (``sqlcipher_export``, never
``PRAGMA rekey``) into a staging folder under the new key, the copy is checked, the new key is
wrapped under the same passphrase (and a new recovery key), and the database and key file are
swapped in together with a pending marker, so a crash at any moment leaves the old journal or
the new one, each with its own key file. A fresh backup then starts the new generation.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from innerspace.storage import keyfile
from innerspace.storage.backups import (
    NEW_KEY,
    backup_folder,
    check_database,
    close_to_replace,
    create_backup,
    journal_id,
    list_backups,
)
from innerspace.storage.errors import VaultError
from innerspace.storage.files import FILE_MODE, create_private_file
from innerspace.storage.keyfile import KeyFile
from innerspace.storage.pending_swap import NEW_KEY_PREFIX, StagingFolder, perform, replacement
from innerspace.storage.vault import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    Vault,
    VaultPaths,
    connect_keyed,
    read_key_file,
    table_counts,
)

log = logging.getLogger(__name__)

# Steps reported to ``progress``: copied, checked, keys wrapped, swapped, backed up.
STEPS = 5
Progress = Callable[[int, int], None]


class ReencryptionStopped(VaultError):
    def __init__(self) -> None:
        super().__init__("Re-encrypting was stopped. Nothing was changed.")


@dataclass
class NewDataKey:
    """A journal now encrypted under a new data key."""

    vault: Vault  # open under the new key; the vault passed in is closed
    recovery_key: str | None  # the new recovery key, to show once, if the journal had one
    fresh_backup: Path  # the first backup of the new generation
    older_backups: tuple[Path, ...]  # this journal's earlier backups: they open with old secrets


def reencrypt(
    vault: Vault,
    passphrase: str,
    *,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
    kdf: keyfile.KdfParams | None = None,
) -> NewDataKey:
    """Re-encrypt ``vault``'s journal under a new data key, keeping ``passphrase``.

    ``stop`` is asked between steps until the files are swapped; when it says so, nothing is
    changed. Refused with ``JournalBusy`` while another window or command has the journal open.
    """
    data_dir = vault.paths.folder
    # The new key is wrapped under this passphrase: a typo here would lock the person out.
    _wipe(read_key_file(vault.paths).unlock_with_passphrase(passphrase))
    lock = vault.journal_lock
    lock.make_exclusive()
    new_key = keyfile.new_data_key()
    staging: StagingFolder | None = None
    try:
        own_id = journal_id(vault)  # in the copy too, so its backups rotate as before
        staging = StagingFolder.create(data_dir, NEW_KEY_PREFIX)
        copy = staging.path / DATABASE_NAME
        create_private_file(copy)
        counts = vault.export_copy(copy, new_key)
        _report(progress, 1, stop)
        _check_copy(copy, new_key, counts)
        _report(progress, 2, stop)
        slots = [keyfile.passphrase_slot(new_key, passphrase, kdf or _cost(vault))]
        recovery_key: str | None = None
        if vault.has_recovery_key():
            secret = keyfile.new_recovery_secret()
            slots.append(keyfile.recovery_slot(new_key, secret))
            recovery_key = keyfile.format_recovery_key(secret)
        key_file = KeyFile(tuple(slots))
        _write_private(staging.path / KEY_FILE_NAME, key_file.to_bytes())
        _report(progress, 3, stop)
    except BaseException:
        _wipe(new_key)
        if staging is not None:
            staging.discard()
        lock.make_shared()
        raise
    close_to_replace(vault)
    try:
        paths = VaultPaths(data_dir)
        swap = replacement(
            "new-data-key",
            data_dir,
            staging,
            incoming=[DATABASE_NAME, KEY_FILE_NAME],
            outgoing=[*(p.name for p in paths.database_companions()), KEY_FILE_NAME],
        )
        perform(data_dir, swap, staging)
    finally:
        lock.release()
    log.info("journal re-encrypted under a new data key")
    _report(progress, 4, None)
    renewed = Vault(VaultPaths(data_dir), key_file, new_key)
    try:
        fresh = create_backup(renewed, backup_folder(data_dir), label=NEW_KEY)
    except BaseException:
        renewed.close()
        raise
    older = tuple(
        path for _, path in list_backups(backup_folder(data_dir), journal=own_id) if path != fresh
    )
    _report(progress, 5, None)
    return NewDataKey(renewed, recovery_key, fresh, older)


def delete_backups(paths: tuple[Path, ...]) -> int:
    """Delete backups that open with old secrets; returns how many were there to delete."""
    deleted = 0
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted += 1
    return deleted


def _check_copy(copy: Path, data_key: bytearray, counts: dict[str, int]) -> None:
    try:
        conn = connect_keyed(copy, data_key)
    except sqlcipher3.DatabaseError as exc:
        raise VaultError("The re-encrypted copy couldn't be read, so nothing was changed.") from exc
    try:
        whole = not check_database(conn) and table_counts(conn) == counts
    finally:
        conn.close()
    if not whole:
        raise VaultError("The re-encrypted copy didn't pass its checks, so nothing was changed.")


def _cost(vault: Vault) -> keyfile.KdfParams:
    return vault.kdf_params() or keyfile.calibrate_kdf()


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _report(progress: Progress | None, done: int, stop: Callable[[], bool] | None) -> None:
    if progress is not None:
        progress(done, STEPS)
    if stop is not None and stop():
        raise ReencryptionStopped()


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
