"""The vault: one SQLCipher database and its key file in a private folder.

Opening order matters (see SECURITY.md): the data key is unwrapped first, so a wrong passphrase
fails before the database file is touched. With the right key, only SQLite's "not a database" and
"corrupt" answers mean damage; a full disk, a read-only folder or another program holding the
journal are named for what they are, because each asks the person to do something different.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from innerspace.storage import keyfile, pending_swap
from innerspace.storage.errors import (
    UnsupportedBuild,
    VaultBusy,
    VaultCannotOpen,
    VaultDamaged,
    VaultDiskFull,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultReadOnly,
)
from innerspace.storage.file_lock import exclusive_lock
from innerspace.storage.files import (
    FILE_MODE,
    atomic_write,
    create_private_file,
    make_private_dir,
)
from innerspace.storage.journal_lock import JournalLock
from innerspace.storage.keyfile import KdfParams, KeyFile, KeySlot
from innerspace.storage.schema import migrate

log = logging.getLogger(__name__)

DATABASE_NAME = "journal.db"
KEY_FILE_NAME = "journal.key"
KEY_LOCK_NAME = ".journal.key.lock"
# Long enough to wait out another program's save or key change, short enough to answer.
BUSY_TIMEOUT_SECONDS = 5.0
# Below this, SQLite's answer "disk I/O error" on opening is taken to mean a full disk.
LOW_SPACE_BYTES = 1024 * 1024
_HEX_DIGITS = b"0123456789abcdef"
_DAMAGE_CODES = frozenset({sqlcipher3.SQLITE_NOTADB, sqlcipher3.SQLITE_CORRUPT})
_BUSY_CODES = frozenset({sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED})


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.folder / KEY_FILE_NAME

    @property
    def key_lock(self) -> Path:
        return self.folder / KEY_LOCK_NAME

    def database_companions(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def vault_exists(folder: Path) -> bool:
    return VaultPaths(folder).key_file.exists()


def raw_key_literal(data_key: bytearray) -> bytearray:
    """SQLCipher's raw-key form ``x'<64 hex digits>'``, built in a buffer the caller wipes.

    Only a bytearray is ever made: ``bytes.hex()`` or an SQL string would leave copies of the
    key in memory that nothing can clear.
    """
    # SQLCipher silently treats a malformed raw key as a passphrase; refuse anything else.
    if len(data_key) != keyfile.DATA_KEY_BYTES:
        raise VaultError("Internal error: the data key has the wrong form.")
    literal = bytearray(3 + 2 * len(data_key))
    literal[0:2] = b"x'"
    for i, byte in enumerate(data_key):
        literal[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        literal[3 + 2 * i] = _HEX_DIGITS[byte & 0x0F]
    literal[-1] = ord("'")
    return literal


def _connect_keyed(path: Path, data_key: bytearray) -> sqlcipher3.Connection:
    """A connection to ``path`` keyed with the raw data key; nothing in the file changes."""
    literal = raw_key_literal(data_key)
    try:
        # The busy timeout is set here, before anything reads the file, so that another
        # program's brief write makes this wait instead of failing.
        conn = sqlcipher3.connect(
            str(path),
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
        )
        try:
            version_row = conn.execute("PRAGMA cipher_version").fetchone()
            if not version_row or not version_row[0]:
                raise UnsupportedBuild("This build of SQLite has no encryption; refusing to open.")
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(literal)
        except BaseException:
            conn.close()
            raise
    finally:
        _wipe(literal)
    try:
        # SQLite's temporary files are not encrypted: keep them in memory.
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(path: Path, data_key: bytearray) -> sqlcipher3.Connection:
    """Open ``path`` with the raw data key and the pragmas SECURITY.md requires.

    A failure is raised as the ``VaultError`` that names it (see ``describe_database_error``).
    """
    try:
        conn = _connect_keyed(path, data_key)
    except sqlcipher3.Error as exc:
        raise describe_database_error(exc, path.parent) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
            "cipher_log_level = NONE",
            "temp_store = MEMORY",
            "secure_delete = ON",
            "cache_size = -32000",
        ):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlcipher3.Error as exc:
        conn.close()
        raise describe_database_error(exc, path.parent) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def describe_database_error(exc: sqlcipher3.Error, folder: Path) -> VaultError:
    """The journal problem behind SQLite's ``exc``, for a database in ``folder``.

    Only "not a database" and "corrupt" are damage. SQLite says "disk I/O error" or "unable to
    open" for a full disk and a read-only folder alike, so the folder itself is asked.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary in _DAMAGE_CODES:
        return VaultDamaged(
            "The journal file is damaged: it could not be read with the right key. "
            "Your backups are not affected."
        )
    if primary in _BUSY_CODES:
        return VaultBusy()
    if primary == sqlcipher3.SQLITE_FULL:
        return VaultDiskFull()
    if primary == sqlcipher3.SQLITE_READONLY:
        return VaultReadOnly()
    return _folder_problem(folder) or VaultCannotOpen(str(exc))


def describe_os_error(exc: OSError, folder: Path) -> VaultError:
    """The journal problem behind a failed file operation in ``folder``."""
    if exc.errno == errno.ENOSPC:
        return VaultDiskFull()
    if exc.errno == errno.EROFS:
        return VaultReadOnly()
    return _folder_problem(folder) or VaultCannotOpen(exc.strerror or str(exc))


def _folder_problem(folder: Path) -> VaultError | None:
    """Whether ``folder`` is full or read-only, found by trying to write a small file there."""
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".innerspace-probe-")
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return VaultDiskFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return VaultReadOnly()
        return None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    with contextlib.suppress(OSError):
        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return VaultDiskFull()
    return None


def connect_keyed(path: Path, data_key: bytearray) -> sqlcipher3.Connection:
    """Open a copy of a journal (a backup being made or restored) with ``data_key``.

    Unlike ``open_database`` this changes nothing in the file: no WAL, no migration, so that
    checking a backup never alters it.
    """
    conn = _connect_keyed(path, data_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def write_transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """One write transaction: committed when the block ends, rolled back on any error.

    Inside another transaction it joins that one, so a save that touches several repositories
    (the entry, its feelings, its prompt) still commits all or nothing.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Vault:
    """An unlocked journal: holds the data key and one connection until ``close()``."""

    def __init__(self, paths: VaultPaths, key_file: KeyFile, data_key: bytearray) -> None:
        self.paths = paths
        self._key_file = key_file
        self._data_key = data_key
        self._conn: sqlcipher3.Connection | None = None
        self._lock: JournalLock | None = None
        try:
            # Held until close: while it is, no other process replaces these files.
            self._lock = JournalLock.shared(paths.folder)
            self._conn = open_database(paths.database, data_key)
            migrate(self._conn)
        except sqlcipher3.Error as exc:
            self.close()
            raise describe_database_error(exc, paths.folder) from exc
        except BaseException:
            self.close()
            raise
        _tighten_modes(paths)

    # -- creating and unlocking ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        with_recovery_key: bool = True,
    ) -> tuple[Vault, str | None]:
        """Create a new journal. Returns it unlocked, with the recovery key to show once."""
        paths = VaultPaths(folder)
        if paths.key_file.exists() or _has_content(paths.database):
            raise VaultExists("There is already a journal in this folder.")
        make_private_dir(folder)
        data_key = keyfile.new_data_key()
        slots = [keyfile.passphrase_slot(data_key, passphrase, kdf or keyfile.calibrate_kdf())]
        recovery_text: str | None = None
        if with_recovery_key:
            secret = keyfile.new_recovery_secret()
            slots.append(keyfile.recovery_slot(data_key, secret))
            recovery_text = keyfile.format_recovery_key(secret)
        key_file = KeyFile(tuple(slots))
        create_private_file(paths.database)
        atomic_write(paths.key_file, key_file.to_bytes())
        log.info("journal created")
        return cls(paths, key_file, data_key), recovery_text

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        paths = VaultPaths(folder)
        pending_swap.finish_pending(folder)
        key_file = read_key_file(paths)
        data_key = key_file.unlock_with_passphrase(passphrase)
        return cls._open(paths, key_file, data_key)

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> Vault:
        paths = VaultPaths(folder)
        pending_swap.finish_pending(folder)
        key_file = read_key_file(paths)
        data_key = key_file.unlock_with_recovery_key(recovery_key)
        return cls._open(paths, key_file, data_key)

    @classmethod
    def _open(cls, paths: VaultPaths, key_file: KeyFile, data_key: bytearray) -> Vault:
        try:
            _check_not_emptied(paths)
        except BaseException:
            _wipe(data_key)
            raise
        vault = cls(paths, key_file, data_key)
        log.info("journal unlocked")
        return vault

    # -- using ---------------------------------------------------------------------------------

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultError("The journal is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def transaction(self) -> contextlib.AbstractContextManager[sqlcipher3.Connection]:
        """One write transaction on the journal; see ``write_transaction``."""
        return write_transaction(self.connection)

    def has_recovery_key(self) -> bool:
        return self._key_file.slot(keyfile.RECOVERY_SLOT) is not None

    def kdf_params(self) -> KdfParams | None:
        slot = self._key_file.slot(keyfile.PASSPHRASE_SLOT)
        return None if slot is None else slot.kdf

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the data key under a new passphrase; the database is not re-encrypted."""
        slot = keyfile.passphrase_slot(
            self._require_key(), new_passphrase, kdf or keyfile.calibrate_kdf()
        )
        self._replace_slot(slot)
        log.info("passphrase changed")

    def regenerate_recovery_key(self) -> str:
        """Make a new recovery key. The old one no longer opens today's key file, but it
        still opens older copies of it (every backup holds one) until the data key is new."""
        secret = keyfile.new_recovery_secret()
        self._replace_slot(keyfile.recovery_slot(self._require_key(), secret))
        log.info("recovery key replaced")
        return keyfile.format_recovery_key(secret)

    def check(self) -> list[str]:
        """Both integrity checks; an empty list means the journal is healthy."""
        conn = self.connection
        problems: list[str] = []
        # A badly damaged page makes a check stop with an error instead of returning rows.
        try:
            problems.extend(
                f"encryption check: {row[0]}"
                for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()
            )
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"encryption check: {exc}")
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlcipher3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            problems.extend(f"database check: {row}" for row in rows)
        return problems

    @contextlib.contextmanager
    def side_connection(self) -> Iterator[sqlcipher3.Connection]:
        """A connection of its own, for a long read on another thread (a backup). The journal
        is in WAL mode, so it reads one consistent moment while the person goes on writing."""
        conn = open_database(self.paths.database, self._require_key())
        try:
            yield conn
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()

    def size_in_bytes(self) -> int:
        """The database's size on disk, with its write-ahead log."""
        total = 0
        for path in self.paths.database_companions()[:2]:
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    def export_copy(
        self,
        dest: Path,
        data_key: bytearray | None = None,
        *,
        conn: sqlcipher3.Connection | None = None,
    ) -> dict[str, int]:
        """Write an encrypted copy of the journal to ``dest`` through SQLCipher.

        The copy uses the same data key, so the current key file opens it, unless ``data_key``
        is given (a new data key). Returns the row count of every table, read in the same
        transaction as the copy, for checking the copy after. ``conn`` is a
        ``side_connection`` to copy through instead of the journal's own.
        """
        conn = conn or self.connection
        if data_key is None:
            # Without a KEY clause SQLCipher keys the attached file with this journal's own key,
            # so the key never has to pass through an SQL statement that SQLite keeps a copy of.
            conn.execute("ATTACH DATABASE ? AS backup", (str(dest),))
        else:
            # A new data key (re-encryption, rare): bound as a parameter, never in the statement.
            literal = raw_key_literal(data_key)
            try:
                conn.execute(
                    "ATTACH DATABASE ? AS backup KEY ?", (str(dest), literal.decode("ascii"))
                )
            finally:
                _wipe(literal)
        try:
            # One read transaction: the counts describe exactly what was copied.
            conn.execute("BEGIN")
            try:
                conn.execute("SELECT sqlcipher_export('backup')").fetchall()
                version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
                conn.execute(f"PRAGMA backup.user_version = {version}")
                counts = table_counts(conn, "main")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE backup")
        return counts

    def key_file_bytes(self) -> bytes:
        """The key file as it is on disk now: what opens a copy made by ``export_copy``.

        Read from disk, not from memory: another program may have changed the passphrase or
        the recovery key since this journal was unlocked, and a backup must carry that change.
        """
        try:
            raw = self.paths.key_file.read_bytes()
        except OSError as exc:
            raise describe_os_error(exc, self.paths.folder) from exc
        self._key_file = KeyFile.from_bytes(raw)
        return raw

    def open_copy(self, path: Path) -> sqlcipher3.Connection:
        """Open a copy made by ``export_copy`` with this journal's key, changing nothing in it."""
        return connect_keyed(path, self._require_key())

    @property
    def journal_lock(self) -> JournalLock:
        """This process's hold on the journal; made exclusive to replace the journal's files."""
        if self._lock is None:
            raise VaultError("The journal is locked.")
        return self._lock

    def close(self, *, keep_journal_lock: bool = False) -> None:
        """Lock: close the connection and forget the data key.

        With ``keep_journal_lock`` the hold on the journal passes to whoever took
        ``journal_lock``, who releases it after replacing the files.
        """
        if self._conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            self._conn = None
        _wipe(self._data_key)
        if self._lock is not None and not keep_journal_lock:
            self._lock.release()
        self._lock = None
        log.info("journal locked")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_key(self) -> bytearray:
        if self._conn is None:
            raise VaultError("The journal is locked.")
        return self._data_key

    def _replace_slot(self, slot: KeySlot) -> None:
        """Put ``slot`` in the key file, keeping every other slot as it is on disk now.

        Another program (the app and the command line, say) may have changed the other slot
        since this journal was unlocked; writing the copy held in memory would undo that and
        could make a new passphrase stop working.
        """
        with key_file_lock(self.paths):
            new = read_key_file(self.paths).with_slot(slot)
            atomic_write(self.paths.key_file, new.to_bytes())
        self._key_file = new


def key_file_lock(
    paths: VaultPaths, timeout: float = BUSY_TIMEOUT_SECONDS
) -> contextlib.AbstractContextManager[None]:
    """Held while the key file is read and replaced, so two programs never interleave."""
    return exclusive_lock(
        paths.key_lock,
        timeout=timeout,
        busy=VaultBusy(
            "Another program is changing this journal's passphrase or recovery key right now. "
            "Please wait a moment and try again; nothing was changed."
        ),
    )


def read_key_file(paths: VaultPaths) -> KeyFile:
    if not paths.key_file.exists():
        raise VaultMissing("There is no journal in this folder yet.")
    try:
        raw = paths.key_file.read_bytes()
    except OSError as exc:
        raise describe_os_error(exc, paths.folder) from exc
    return KeyFile.from_bytes(raw)


def _check_not_emptied(paths: VaultPaths) -> None:
    """A key file with no journal file beside it (or an empty one) is a damaged journal.

    SQLite would happily open an empty or missing file as a new, empty journal; that must
    never happen to an existing journal, and its backups at every close would then push the
    real ones out of rotation.
    """
    try:
        size = paths.database.stat().st_size
    except FileNotFoundError:
        raise VaultDamaged(
            "The journal file is missing from its folder, though its key file is there. "
            "Nothing was changed; if you have a backup, it can be restored."
        ) from None
    except OSError as exc:
        raise describe_os_error(exc, paths.folder) from exc
    if size == 0:
        raise VaultDamaged(
            "The journal file is empty, so your entries can't be read from it. "
            "Nothing was changed; if you have a backup, it can be restored."
        )


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def _tighten_modes(paths: VaultPaths) -> None:
    if os.name != "posix":
        return
    for path in [paths.key_file, *paths.database_companions()]:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, FILE_MODE)


def table_counts(conn: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    """Rows in every ordinary table of ``schema`` (the full-text index's shadow tables too)."""
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }
