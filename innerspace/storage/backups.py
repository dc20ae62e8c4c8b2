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
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from innerspace.core.entries import from_utc_micros
from innerspace.storage import keyfile
from innerspace.storage.errors import VaultError
from innerspace.storage.files import FILE_MODE, ensure_private_dir, fsync_dir
from innerspace.storage.journal_lock import JournalLock
from innerspace.storage.keyfile import KeyFile
from innerspace.storage.pending_swap import (
    RESTORE_PREFIX,
    StagingFolder,
    perform,
    replacement,
)
from innerspace.storage.schema import LATEST_VERSION
from innerspace.storage.vault import (
    DATABASE_NAME,
    KEY_FILE_NAME,
    Vault,
    VaultPaths,
    connect_keyed,
    table_counts,
    write_transaction,
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
# Backups made before journals had ids carry none: innerspace-STAMP[-label].innerspace-backup
_NAME = re.compile(
    r"^innerspace-(?:(?P<journal>[0-9a-f]{16})-)?(?P<stamp>\d{8}T\d{6}\d{6}Z)"
    + r"(?:-(?P<label>[a-z-]+))?"
    + re.escape(SUFFIX)
    + r"$"
)
_JOURNAL_ID = re.compile(r"^[0-9a-f]{16}$")
_JOURNAL_ID_KEY = "journal_id"
_TEMP_PREFIX = ".innerspace-backup-"
# Labels of the copies made before a restore and as the first under a new data key: each is
# what a person goes back to when that step wasn't what they wanted.
BEFORE_RESTORE = "before-restore"
NEW_KEY = "new-key"
SAFETY_LABELS = (BEFORE_RESTORE, NEW_KEY)
# However tight the budget, the newest and one more stay: a second chance if one is lost.
FEWEST_KEPT = 2
# Held while a backup is given its final name and while a journal is closed to have its files
# replaced (a restore, a new data key): a backup read before the replacement is then never kept.
_REPLACING = threading.Lock()
# A temporary file this old was left by a backup that was killed; nothing still writes it.
STALE_TEMP_SECONDS = 3600


class BackupError(VaultError):
    """A backup couldn't be made, read or restored; ``str()`` says why in plain words."""


@dataclass(frozen=True)
class RotationPolicy:
    """Which backups to keep: the newest ``keep_last``, and the newest of each of the last
    ``monthly_for`` months; all of them together in at most ``budget`` times the journal's
    size (None: no limit), measured as the largest of the journal and its ``keep_last`` newest
    backups, so a journal made smaller (by restoring an older backup) doesn't thin away the
    larger ones. Over the budget, the backups closest in time to their neighbours go first,
    so those kept stay spread from the newest back to the oldest, and never fewer than
    ``FEWEST_KEPT``. Apart from all that, the newest ``keep_safety`` copies made before a
    restore, and as many made under a new data key, are always kept, outside the budget."""

    keep_last: int = 10
    monthly_for: int = 12
    budget: float | None = 5.0
    keep_safety: int = 3


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    path: Path
    created: datetime
    entries: int
    first_entry: datetime | None
    last_entry: datetime | None
    schema_version: int
    journal_id: str | None = None
    # Against the journal it would replace: True when its database doesn't open with that
    # journal's data key, so the passphrase and recovery key the journal had when the backup
    # was made come back with it; None when there was no journal to compare with.
    uses_backup_keys: bool | None = None

    def describe(self) -> str:
        made = self.created.astimezone().strftime("%Y-%m-%d %H:%M")
        count = "1 entry" if self.entries == 1 else f"{self.entries} entries"
        if self.first_entry is None or self.last_entry is None:
            held = f"Backup made {made}, with no entries."
        else:
            span = f"{self.first_entry.date().isoformat()} to {self.last_entry.date().isoformat()}"
            held = f"Backup made {made}, with {count} written from {span}."
        if self.uses_backup_keys:
            return (
                f"{held} After restoring, the journal opens with the passphrase and recovery key "
                "it had when this backup was made, not with the ones you use now."
            )
        if self.uses_backup_keys is False:
            return f"{held} Your passphrase and recovery key stay as they are now."
        return held


@dataclass(frozen=True)
class RestoreOutcome:
    """What a restore did besides putting the backup in place."""

    kept: Path | None  # the journal as it was, kept as a backup
    set_aside: tuple[Path, ...]  # files of a journal that couldn't be opened, moved, not deleted
    kept_current_keys: bool  # the key file stayed: today's passphrase and recovery key open it


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
    conn: sqlcipher3.Connection | None = None,
) -> Path:
    """Write a verified backup of ``vault`` into ``folder`` and return its path.

    The database copy and the archive are both built under temporary names in ``folder`` and
    checked before the archive is renamed to its final name, so a crash or kill at any moment
    leaves either no new backup or a whole one. Old generations are then pruned by ``policy``.
    With ``conn`` (the vault's ``side_connection``) the journal is read through it, so the
    backup can run on a thread of its own.
    """
    ensure_private_dir(folder)
    _remove_stale_temp_files(folder)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    # Before the copy, so that the backup (and a journal restored from it) carries the id.
    own_id = journal_id(vault, conn)
    final = folder / backup_name(moment, label, own_id)
    if final.exists():
        raise BackupError(f"There is already a backup named {final.name}.")
    token = secrets.token_hex(6)
    db_tmp = folder / f"{_TEMP_PREFIX}{token}.db"
    zip_tmp = folder / f"{_TEMP_PREFIX}{token}.zip"
    # Read before the copy: whatever changes the passphrase meanwhile, this key file opens it.
    key_bytes = vault.key_file_bytes()
    schema_version = _schema_version_of(conn or vault.connection)
    try:
        _create_private_empty(db_tmp)
        counts = vault.export_copy(db_tmp, conn=conn)
        copy = vault.open_copy(db_tmp)
        try:
            problems = check_database(copy)
            copied = table_counts(copy)
        finally:
            copy.close()
        if problems:
            raise BackupError("The new backup didn't pass its checks, so it wasn't kept.")
        if copied != counts:
            raise BackupError("The new backup doesn't hold everything, so it wasn't kept.")
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created": moment.isoformat(),
            "schema_version": schema_version,
            "journal_id": own_id,
        }
        _write_archive(zip_tmp, manifest, key_bytes, db_tmp)
        with _REPLACING:
            if not _keys_unchanged(vault, key_bytes):
                raise BackupError(
                    "The journal's keys changed while this backup was being made, so it wasn't "
                    "kept. The next backup will hold the journal as it is now."
                )
            os.replace(zip_tmp, final)
        fsync_dir(folder)
    finally:
        for leftover in (db_tmp, zip_tmp, db_tmp.with_name(db_tmp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    if policy is not None:
        rotate(folder, policy, journal_id=own_id, now=moment, journal_bytes=vault.size_in_bytes())
    return final


def close_to_replace(vault: Vault) -> None:
    """Close ``vault``, keeping its journal lock, before its files are replaced: a backup still
    being made from it on another thread is then discarded instead of kept."""
    with _REPLACING:
        vault.close(keep_journal_lock=True)


def _keys_unchanged(vault: Vault, key_bytes: bytes) -> bool:
    """Whether the journal a backup was read from is still open under the key file the backup
    carries: after a restore or a new data key, a copy read before would open with old secrets
    (or bring back an old journal) under a new backup's name."""
    if not vault.is_open:
        return False
    try:
        return vault.paths.key_file.read_bytes() == key_bytes
    except OSError:
        return False


def journal_id(vault: Vault, conn: sqlcipher3.Connection | None = None) -> str:
    """The journal's own random id, made the first time it is needed (through ``conn`` when
    given, a ``side_connection``).

    Backups carry it in their names and manifests, so that rotating the backups of one journal
    never touches another's in a shared folder (a USB stick, two data folders).
    """
    conn = conn or vault.connection
    found = _stored_journal_id(conn)
    if found is not None:
        return found
    with write_transaction(conn):
        found = _stored_journal_id(conn)  # unless another connection just made it
        if found is not None:
            return found
        made = secrets.token_hex(8)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_JOURNAL_ID_KEY, made)
        )
    return made


def _stored_journal_id(conn: sqlcipher3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_JOURNAL_ID_KEY,)).fetchone()
    return str(row[0]) if row is not None and _JOURNAL_ID.match(str(row[0])) else None


def backup_name(moment: datetime, label: str = "", journal: str | None = None) -> str:
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    owner = f"{journal}-" if journal else ""
    suffix = f"-{label}" if label else ""
    return f"innerspace-{owner}{stamp}{suffix}{SUFFIX}"


def backup_label(path: Path) -> str:
    """The label in a backup's name (``before-restore``, ``new-key``), or "" for none."""
    match = _NAME.match(path.name)
    return (match["label"] or "") if match else ""


def list_backups(folder: Path, *, journal: str | None = None) -> list[tuple[datetime, Path]]:
    """Backups in ``folder`` by the time in their names, newest first; with ``journal``, only
    those whose names say they are that journal's."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file() and (journal is None or match["journal"] == journal):
            moment = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append((moment, path))
    return sorted(found, reverse=True)


def rotate(
    folder: Path,
    policy: RotationPolicy,
    *,
    journal_id: str,
    now: datetime | None = None,
    journal_bytes: int | None = None,
) -> list[Path]:
    """Delete the backups of journal ``journal_id`` that ``policy`` doesn't keep; returns what
    was deleted. The policy's budget applies when the journal's size is given.

    Only backups whose name and manifest both carry the id are counted or deleted. Backups made
    before journals had ids can't be told apart from another journal's, so they are never
    deleted here: there are at most a year's worth of them, and the person can remove them.
    """
    backups = [
        (moment, path)
        for moment, path in list_backups(folder, journal=journal_id)
        if _manifest_journal_id(path) == journal_id
    ]
    recent = [path for _, path in backups[: policy.keep_last]]
    keep = set(recent)
    today = (now or datetime.now(UTC)).astimezone(UTC)
    months_seen: set[tuple[int, int]] = set()
    for moment, path in backups:  # newest first, so the first seen is the month's newest
        months_ago = (today.year - moment.year) * 12 + today.month - moment.month
        month = (moment.year, moment.month)
        if months_ago < policy.monthly_for and month not in months_seen:
            months_seen.add(month)
            keep.add(path)
    safety: set[Path] = set()
    for label in SAFETY_LABELS:
        own_kind = [path for _, path in backups if backup_label(path) == label]
        safety.update(own_kind[: policy.keep_safety])
    if policy.budget is not None and journal_bytes is not None:
        measure = max([journal_bytes, *(_size(path) for path in recent)])
        kept = [(moment, path) for moment, path in backups if path in keep - safety]
        keep = set(_within_budget(kept, int(policy.budget * measure)))
    keep |= safety
    removed = [path for _, path in backups if path not in keep]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed


def _within_budget(kept: list[tuple[datetime, Path]], budget: int) -> list[Path]:
    """Thin ``kept`` (newest first) until the files fit in ``budget`` bytes: each time, the
    backup whose neighbours are closest together goes, never the newest, and never below
    ``FEWEST_KEPT``. Every backup left is a whole one that restores on its own."""
    sizes = {path: _size(path) for _, path in kept}
    kept = list(kept)
    while len(kept) > FEWEST_KEPT and sum(sizes[path] for _, path in kept) > budget:
        # The oldest stays as long as there is a middle one to drop: it reaches furthest back.
        gaps = [(kept[i - 1][0] - kept[i + 1][0], i) for i in range(1, len(kept) - 1)]
        del kept[min(gaps)[1]]
    return [path for _, path in kept]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _manifest_journal_id(path: Path) -> str | None:
    try:
        with _open_archive(path, MAX_BACKUP_BYTES) as archive:
            return _owner(_read_manifest(archive).get("journal_id"))
    except BackupError:
        return None


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


def _schema_version_of(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


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
    staging: StagingFolder

    @property
    def folder(self) -> Path:
        return self.staging.path

    def discard(self) -> None:
        self.staging.discard()


def inspect_backup(
    path: Path,
    unwrap: Unwrap,
    *,
    work_dir: Path,
    current: Vault | None = None,
    max_bytes: int = MAX_BACKUP_BYTES,
) -> StagedRestore:
    """Unpack ``path`` into a new private folder inside ``work_dir`` and verify it.

    With ``current`` (the unlocked journal it would replace) the description also says whether
    the backup brings back the passphrase and recovery key it was made with. Nothing outside
    that folder is touched; on any problem the folder is removed and a ``BackupError`` (or a
    wrong passphrase/recovery key error) explains what is wrong.
    """
    archive = _open_archive(path, max_bytes)
    staging: StagingFolder | None = None
    try:
        with archive:
            manifest = _read_manifest(archive)
            key_raw = _read_small(archive, KEY_FILE_NAME, keyfile.MAX_KEY_FILE_BYTES)
            try:
                key_file = KeyFile.from_bytes(key_raw)
            except VaultError as exc:
                raise BackupError("The backup's key file is damaged.") from exc
            data_key = unwrap(key_file)
            staging = StagingFolder.create(work_dir, RESTORE_PREFIX)
            (staging.path / KEY_FILE_NAME).write_bytes(key_raw)
            os.chmod(staging.path / KEY_FILE_NAME, FILE_MODE)
            db_path = staging.path / DATABASE_NAME
            _create_private_empty(db_path)
            with archive.open(DATABASE_NAME) as source, db_path.open("wb") as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
                target.flush()
                os.fsync(target.fileno())
        info = _verify_copy(path, db_path, data_key, manifest)
        if current is not None:
            info = replace(info, uses_backup_keys=not _opens_with(current, db_path))
    except zipfile.BadZipFile as exc:
        if staging is not None:
            staging.discard()
        raise BackupError(f"{path.name} is damaged: {exc}.") from exc
    except BaseException:
        if staging is not None:
            staging.discard()
        raise
    return StagedRestore(info=info, staging=staging)


def restore_backup(
    staged: StagedRestore,
    data_dir: Path,
    *,
    current: Vault | None,
    now: datetime | None = None,
) -> Path | None:
    """``restore_journal`` for a journal that opens (or an empty folder); returns the backup
    the journal as it was is kept in."""
    return restore_journal(staged, data_dir, current=current, now=now).kept


def restore_journal(
    staged: StagedRestore,
    data_dir: Path,
    *,
    current: Vault | None,
    set_aside_unreadable: bool = False,
    now: datetime | None = None,
) -> RestoreOutcome:
    """Put a verified backup in place of the journal in ``data_dir``.

    When a journal is there already, ``current`` must be it, unlocked: it is first kept as a
    backup so that nothing is lost, then closed. When it can't be opened at all (damaged, or its
    key file lost), ``set_aside_unreadable`` moves its files aside under names ending in
    ``.damaged-<time>``, never deleting them. Restoring into an empty folder (a new computer)
    needs neither. If the backup's database opens with the current data key, today's key file
    is kept; otherwise the backup's comes with it. Refused with ``JournalBusy`` while another
    window or command has the journal open.
    """
    paths = VaultPaths(data_dir)
    present = [p.name for p in (*paths.database_companions(), paths.key_file) if p.exists()]
    if current is not None and current.paths.folder.resolve() != data_dir.resolve():
        raise BackupError("The journal that is open isn't the one in this folder.")
    if present and current is None and not set_aside_unreadable:
        raise BackupError(
            "Please unlock the current journal first, so that it can be kept as a backup "
            "before the restore."
        )
    ensure_private_dir(data_dir)
    lock = _hold_alone(data_dir, current)
    # Until ``current`` is closed the lock is its own, going back to shared on failure.
    ours = current is None
    try:
        kept: Path | None = None
        keep_keys = False
        if current is not None:
            try:
                keep_keys = _opens_with(current, staged.folder / DATABASE_NAME)
                # Never prune here: the backup being restored may be among the oldest ones.
                kept = create_backup(
                    current, backup_folder(data_dir), label=BEFORE_RESTORE, now=now, policy=None
                )
            except BaseException:
                lock.make_shared()
                raise
            close_to_replace(current)
            ours = True
        incoming = [DATABASE_NAME] if keep_keys else [DATABASE_NAME, KEY_FILE_NAME]
        # A write-ahead log left beside the old database would be replayed into the new one.
        outgoing = [p.name for p in paths.database_companions()]
        if not keep_keys:
            outgoing.append(KEY_FILE_NAME)
        aside = _damaged_name(now) if current is None and present else None
        swap = replacement(
            "restore", data_dir, staged.staging, incoming=incoming, outgoing=outgoing, aside=aside
        )
        set_aside = tuple(
            data_dir / r.target for r in swap.renames if aside is not None and r.source in present
        )
        perform(data_dir, swap, staged.staging)
    finally:
        if ours:
            lock.release()
    return RestoreOutcome(kept=kept, set_aside=set_aside, kept_current_keys=keep_keys)


def _hold_alone(data_dir: Path, current: Vault | None) -> JournalLock:
    if current is None:
        return JournalLock.exclusive_for(data_dir)
    lock = current.journal_lock
    lock.make_exclusive()
    return lock


def _opens_with(vault: Vault, db_path: Path) -> bool:
    """Whether the copy at ``db_path`` is encrypted with ``vault``'s data key."""
    try:
        conn = vault.open_copy(db_path)
    except sqlcipher3.DatabaseError:
        return False
    conn.close()
    return True


def _damaged_name(now: datetime | None) -> Callable[[str], str]:
    stamp = (now or datetime.now(UTC)).astimezone().strftime("%Y%m%d-%H%M%S")

    def aside(name: str) -> str:
        # journal.db-wal becomes journal.db.damaged-STAMP-wal, so SQLite still pairs it with
        # journal.db.damaged-STAMP if someone tries to rescue what is in them.
        for companion in ("-wal", "-shm"):
            if name.endswith(companion):
                return f"{name.removesuffix(companion)}.damaged-{stamp}{companion}"
        return f"{name}.damaged-{stamp}"

    return aside


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
        journal_id=_owner(manifest.get("journal_id")),
    )


def _owner(value: object) -> str | None:
    return value if isinstance(value, str) and _JOURNAL_ID.match(value) else None


def _entry_time(conn: sqlcipher3.Connection, sort_key: int | None) -> datetime | None:
    if sort_key is None:
        return None
    row = conn.execute(
        "SELECT created_utc, created_offset FROM entries WHERE sort_key = ?", (sort_key,)
    ).fetchone()
    return from_utc_micros(int(row[0]), int(row[1]))
