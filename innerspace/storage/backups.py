"""Encrypted backups of the journal, kept in generations, and restoring from one.

A backup is one file: a zip archive whose members are all STORED (never compressed), holding a
small manifest, the key file as it was when the backup was made, and an encrypted copy of the
database written through SQLCipher. docs/backup-format.md describes it. The live database file
is never copied: a file copy taken while the app writes can be torn.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from innerspace.core.entries import from_utc_micros
from innerspace.storage import keyfile
from innerspace.storage.errors import VaultError
from innerspace.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from innerspace.storage.keyfile import KeyFile
from innerspace.storage.schema import LATEST_VERSION
from innerspace.storage.vault import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    Vault,
    VaultPaths,
    connect_keyed,
    table_counts,
    vault_exists,
)

FORMAT = "innerspace-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEMBERS = (MANIFEST_NAME, KEY_FILE_NAME, DATABASE_NAME)
BACKUP_FOLDER = "backups"
SUFFIX = ".innerspace-backup"
# Far beyond any journal of words; a larger file is not one of ours, and is never read whole.
MAX_BACKUP_BYTES = 16 * 1024**3
MAX_MANIFEST_BYTES = 64 * 1024
_NAME = re.compile(r"^innerspace-(\d{8}T\d{6}\d{6}Z)(?:-[a-z-]+)?" + re.escape(SUFFIX) + r"$")
_TEMP_PREFIX = ".innerspace-backup-"
# A temporary file this old was left by a backup that was killed; nothing still writes it.
STALE_TEMP_SECONDS = 3600


class BackupError(VaultError):
    """A backup couldn't be made, read or restored; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class RotationPolicy:
    """Which backups to keep: the newest ``keep_last``, and the newest of each of the last
    ``monthly_for`` months."""

    keep_last: int = 10
    monthly_for: int = 12


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    path: Path
    created: datetime
    entries: int
    first_entry: datetime | None
    last_entry: datetime | None
    schema_version: int

    def describe(self) -> str:
        made = self.created.astimezone().strftime("%Y-%m-%d %H:%M")
        count = "1 entry" if self.entries == 1 else f"{self.entries} entries"
        if self.first_entry is None or self.last_entry is None:
            return f"Backup made {made}, with no entries."
        span = f"{self.first_entry.date().isoformat()} to {self.last_entry.date().isoformat()}"
        return f"Backup made {made}, with {count} written from {span}."


# -- making backups ------------------------------------------------------------------------------


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER


def create_backup(
    vault: Vault,
    folder: Path,
    *,
    label: str = "",
    now: datetime | None = None,
    policy: RotationPolicy | None = RotationPolicy(),
) -> Path:
    """Write a verified backup of ``vault`` into ``folder`` and return its path.

    The database copy and the archive are both built under temporary names in ``folder`` and
    checked before the archive is renamed to its final name, so a crash or kill at any moment
    leaves either no new backup or a whole one. Old generations are then pruned by ``policy``.
    """
    ensure_private_dir(folder)
    _remove_stale_temp_files(folder)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    final = folder / backup_name(moment, label)
    if final.exists():
        raise BackupError(f"There is already a backup named {final.name}.")
    token = secrets.token_hex(6)
    db_tmp = folder / f"{_TEMP_PREFIX}{token}.db"
    zip_tmp = folder / f"{_TEMP_PREFIX}{token}.zip"
    try:
        _create_private_empty(db_tmp)
        counts = vault.export_copy(db_tmp)
        conn = vault.open_copy(db_tmp)
        try:
            problems = check_database(conn)
            copied = table_counts(conn)
        finally:
            conn.close()
        if problems:
            raise BackupError("The new backup didn't pass its checks, so it wasn't kept.")
        if copied != counts:
            raise BackupError("The new backup doesn't hold everything, so it wasn't kept.")
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created": moment.isoformat(),
            "schema_version": _schema_version_of(vault),
        }
        _write_archive(zip_tmp, manifest, vault.key_file_bytes(), db_tmp)
        os.replace(zip_tmp, final)
        fsync_dir(folder)
    finally:
        for leftover in (db_tmp, zip_tmp, db_tmp.with_name(db_tmp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    if policy is not None:
        rotate(folder, policy, now=moment)
    return final


def backup_name(moment: datetime, label: str = "") -> str:
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = f"-{label}" if label else ""
    return f"innerspace-{stamp}{suffix}{SUFFIX}"


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Backups in ``folder`` by the time in their names, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            moment = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append((moment, path))
    return sorted(found, reverse=True)


def rotate(folder: Path, policy: RotationPolicy, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups ``policy`` doesn't keep; returns what was deleted."""
    backups = list_backups(folder)
    keep = {path for _, path in backups[: policy.keep_last]}
    today = (now or datetime.now(UTC)).astimezone(UTC)
    months_seen: set[tuple[int, int]] = set()
    for moment, path in backups:  # newest first, so the first seen is the month's newest
        months_ago = (today.year - moment.year) * 12 + today.month - moment.month
        month = (moment.year, moment.month)
        if months_ago < policy.monthly_for and month not in months_seen:
            months_seen.add(month)
            keep.add(path)
    removed = [path for _, path in backups if path not in keep]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed


def check_database(conn: sqlcipher3.Connection) -> list[str]:
    """Both integrity checks on an open copy; an empty list means it is whole."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems


def _schema_version_of(vault: Vault) -> int:
    return int(vault.connection.execute("PRAGMA user_version").fetchone()[0])


def _create_private_empty(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def _write_archive(path: Path, manifest: dict[str, Any], key_bytes: bytes, db: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        # STORED: the database is encrypted, so compression would gain nothing, and a reader
        # can then check every member's size against the file's size before reading anything.
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(_member(MANIFEST_NAME), json.dumps(manifest, indent=2) + "\n")
            archive.writestr(_member(KEY_FILE_NAME), key_bytes)
            archive.write(db, arcname=DATABASE_NAME, compress_type=zipfile.ZIP_STORED)
        handle.flush()
        os.fsync(handle.fileno())
    # Read it all back once: the CRCs prove what reached the disk is what was written.
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            raise BackupError("The new backup didn't read back correctly, so it wasn't kept.")


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = FILE_MODE << 16
    return info


def _remove_stale_temp_files(folder: Path) -> None:
    cutoff = time.time() - STALE_TEMP_SECONDS
    for path in folder.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


# -- reading and restoring -----------------------------------------------------------------------


Unwrap = Callable[[KeyFile], bytearray]


def with_passphrase(passphrase: str) -> Unwrap:
    return lambda key_file: key_file.unlock_with_passphrase(passphrase)


def with_recovery_key(recovery_key: str) -> Unwrap:
    return lambda key_file: key_file.unlock_with_recovery_key(recovery_key)


@dataclass
class StagedRestore:
    """A backup unpacked and verified into a private folder, ready to take the journal's place."""

    info: BackupInfo
    folder: Path

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def inspect_backup(
    path: Path, unwrap: Unwrap, *, work_dir: Path, max_bytes: int = MAX_BACKUP_BYTES
) -> StagedRestore:
    """Unpack ``path`` into a new private folder inside ``work_dir`` and verify it.

    Nothing outside that folder is touched; on any problem the folder is removed and a
    ``BackupError`` (or a wrong passphrase/recovery key error) explains what is wrong.
    """
    archive = _open_archive(path, max_bytes)
    staging = work_dir / f".innerspace-restore-{secrets.token_hex(6)}"
    try:
        with archive:
            manifest = _read_manifest(archive)
            key_raw = _read_small(archive, KEY_FILE_NAME, keyfile.MAX_KEY_FILE_BYTES)
            try:
                key_file = KeyFile.from_bytes(key_raw)
            except VaultError as exc:
                raise BackupError("The backup's key file is damaged.") from exc
            data_key = unwrap(key_file)
            ensure_private_dir(staging)
            (staging / KEY_FILE_NAME).write_bytes(key_raw)
            os.chmod(staging / KEY_FILE_NAME, FILE_MODE)
            db_path = staging / DATABASE_NAME
            _create_private_empty(db_path)
            with archive.open(DATABASE_NAME) as source, db_path.open("wb") as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
                target.flush()
                os.fsync(target.fileno())
        info = _verify_copy(path, db_path, data_key, manifest)
    except zipfile.BadZipFile as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(f"{path.name} is damaged: {exc}.") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return StagedRestore(info=info, folder=staging)


def restore_backup(
    staged: StagedRestore,
    data_dir: Path,
    *,
    current: Vault | None,
    now: datetime | None = None,
) -> Path | None:
    """Put a verified backup in place of the journal in ``data_dir``.

    When a journal is there already, ``current`` must be it, unlocked: it is first kept as a
    backup (returned) so that nothing is lost. ``current`` is closed before its files are
    replaced. Restoring into an empty folder (a new computer) needs no ``current``.
    """
    paths = VaultPaths(data_dir)
    kept: Path | None = None
    if vault_exists(data_dir) or paths.database.exists():
        if current is None or current.paths.folder.resolve() != data_dir.resolve():
            raise BackupError(
                "Please unlock the current journal first, so that it can be kept as a backup "
                "before the restore."
            )
        # Never prune here: the backup being restored may be among the oldest ones.
        kept = create_backup(
            current, backup_folder(data_dir), label="before-restore", now=now, policy=None
        )
        current.close()
    ensure_private_dir(data_dir)
    for companion in paths.database_companions()[1:]:
        # A write-ahead log left beside the old database would be replayed into the new one.
        with contextlib.suppress(FileNotFoundError):
            companion.unlink()
    os.replace(staged.folder / DATABASE_NAME, paths.database)
    os.replace(staged.folder / KEY_FILE_NAME, paths.key_file)
    fsync_dir(data_dir)
    staged.discard()
    return kept


def _open_archive(path: Path, max_bytes: int) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BackupError(f"{path} can't be opened ({exc.strerror}).") from exc
    if not path.is_file():
        raise BackupError(f"{path} isn't a file.")
    if size > max_bytes:
        raise BackupError(f"{path.name} is far larger than any InnerSpace backup; it isn't one.")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BackupError(
            f"{path.name} isn't an InnerSpace backup, or it is damaged (it may be cut short)."
        ) from exc
    try:
        _check_members(archive, size)
    except BaseException:
        archive.close()
        raise
    return archive


def _check_members(archive: zipfile.ZipFile, file_size: int) -> None:
    infos = archive.infolist()
    names = sorted(info.filename for info in infos)
    if names != sorted(MEMBERS):
        raise BackupError("This file isn't an InnerSpace backup: it holds other things.")
    total = 0
    for info in infos:
        # Only STORED members: their real size is what the file holds, so nothing can expand.
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            raise BackupError("This file isn't an InnerSpace backup: its contents are packed.")
        total += info.file_size
    if total > file_size:
        raise BackupError("This backup is damaged: it claims more than the file holds.")


def _read_small(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    if archive.getinfo(name).file_size > limit:
        raise BackupError("This backup is damaged: a part of it is far too large.")
    with archive.open(name) as member:
        return member.read(limit + 1)


def _read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    raw = _read_small(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    try:
        manifest = json.loads(raw.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        datetime.fromisoformat(str(manifest["created"]))
        int(manifest["schema_version"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise BackupError(
            "This file isn't an InnerSpace backup, or its description is damaged."
        ) from exc
    if manifest.get("version") != FORMAT_VERSION:
        raise BackupError(
            "This backup was made by a newer version of InnerSpace; please update to restore it."
        )
    return manifest


def _verify_copy(
    path: Path, db_path: Path, data_key: bytearray, manifest: dict[str, Any]
) -> BackupInfo:
    try:
        conn = connect_keyed(db_path, data_key)
    except sqlcipher3.DatabaseError as exc:
        raise BackupError(f"{path.name} is damaged: its journal can't be read.") from exc
    finally:
        for i in range(len(data_key)):
            data_key[i] = 0
    try:
        if check_database(conn):
            raise BackupError(f"{path.name} is damaged: its journal didn't pass the checks.")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST_VERSION:
            raise BackupError(
                "This backup was made by a newer version of InnerSpace; please update to "
                "restore it."
            )
        row = conn.execute("SELECT count(*), min(sort_key), max(sort_key) FROM entries").fetchone()
        first = _entry_time(conn, row[1])
        last = _entry_time(conn, row[2])
    except sqlcipher3.DatabaseError as exc:
        raise BackupError(f"{path.name} is damaged: its journal can't be read.") from exc
    finally:
        conn.close()
    return BackupInfo(
        path=path,
        created=datetime.fromisoformat(str(manifest["created"])),
        entries=int(row[0]),
        first_entry=first,
        last_entry=last,
        schema_version=version,
    )


def _entry_time(conn: sqlcipher3.Connection, sort_key: int | None) -> datetime | None:
    if sort_key is None:
        return None
    row = conn.execute(
        "SELECT created_utc, created_offset FROM entries WHERE sort_key = ?", (sort_key,)
    ).fetchone()
    return from_utc_micros(int(row[0]), int(row[1]))
