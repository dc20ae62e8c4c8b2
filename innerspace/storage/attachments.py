"""Photos and small files kept inside the encrypted database, never as files of their own.

An attachment with no entry belongs to the entry being written: it is stored the moment it is
attached, so that a lock or a crash keeps it with the draft, and joins its entry on save.
One taken out of an entry's text waits the same way until the journal locks, so that undoing
the removal after a save brings the photo back with its line rather than a link to nothing.
Deleting an entry deletes its attachments (the foreign key cascades), except those another
entry's text or a draft still points at: those go to that entry, or wait for the draft.
Nothing waiting is let go while an entry or a draft points at it, and a window lets go only
of what it made wait itself, since another window may hold the same journal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from innerspace.core.attachments import check_size, link, referenced_uids
from innerspace.core.entries import from_utc_micros, new_uid, to_utc_micros
from innerspace.storage.files import FILE_MODE, fsync_dir, temp_path_beside
from innerspace.storage.vault import Vault

# How long a photo attached to writing never saved waits before opening the journal lets it
# go: long enough that it is never one another window, open on the same journal, is holding.
WAITING_AT_MOST = timedelta(days=1)

_COLUMNS = "uid, entry_id, name, media_type, size, created_utc"


@dataclass(frozen=True)
class Attachment:
    """What is known about an attachment without reading its bytes."""

    uid: str
    name: str
    media_type: str
    size: int
    created: datetime
    entry_id: int | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment with its bytes, as it goes into the journal or out in an export."""

    name: str
    media_type: str
    data: bytes
    thumbnail: bytes | None = None
    uid: str = field(default_factory=new_uid)
    created: datetime = field(default_factory=lambda: datetime.now(UTC))


class Attachments:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        # What this object stored waiting or let wait: all a window may let go of at its lock.
        self.made_waiting: set[str] = set()

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    def add(self, item: AttachmentFile, entry_id: int | None = None) -> Attachment:
        """Store one attachment (refusing one over the size limit with ``AttachmentTooLarge``);
        with no ``entry_id`` it waits for the entry being written."""
        with self.vault.transaction():
            self._insert(item, entry_id)
        if entry_id is None:
            self.made_waiting.add(item.uid)
        return self._summary(item, entry_id)

    def add_many(self, items: Iterable[tuple[AttachmentFile, int | None]]) -> int:
        """Store many in the caller's transaction (an import), skipping uids already stored;
        returns how many were added."""
        added = 0
        with self.vault.transaction() as db:
            for item, entry_id in items:
                if db.execute("SELECT 1 FROM attachments WHERE uid = ?", (item.uid,)).fetchone():
                    continue
                self._insert(item, entry_id)
                if entry_id is None:
                    self.made_waiting.add(item.uid)
                added += 1
        return added

    def _insert(self, item: AttachmentFile, entry_id: int | None) -> None:
        check_size(len(item.data))
        self._db.execute(
            "INSERT INTO attachments (uid, entry_id, name, media_type, size, created_utc, data, "
            "thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.uid,
                entry_id,
                item.name,
                item.media_type,
                len(item.data),
                to_utc_micros(item.created),
                item.data,
                item.thumbnail,
            ),
        )

    def settle(self, entry_id: int, body: str) -> None:
        """After an entry is saved: the waiting attachments its text points at join it, and
        its own attachments its text no longer mentions wait again (``discard_waiting`` lets
        them go once nothing can bring their line back)."""
        wanted = referenced_uids(body)
        with self.vault.transaction() as db:
            for uid in wanted:
                db.execute(
                    "UPDATE attachments SET entry_id = ? WHERE uid = ? AND entry_id IS NULL",
                    (entry_id, uid),
                )
            marks = ",".join("?" * len(wanted))
            released = db.execute(
                f"SELECT uid FROM attachments WHERE entry_id = ? AND uid NOT IN ({marks})",
                (entry_id, *wanted),
            ).fetchall()
            db.execute(
                "UPDATE attachments SET entry_id = NULL "
                f"WHERE entry_id = ? AND uid NOT IN ({marks})",
                (entry_id, *wanted),
            )
        self.made_waiting.update(r[0] for r in released)

    def discard_waiting(
        self,
        keep: Iterable[str] = (),
        *,
        only: Iterable[str] | None = None,
        waiting_before: datetime | None = None,
    ) -> int:
        """Let go of attachments no entry took (the draft was discarded), except ``keep``;
        only those of ``only`` when given, and only those waiting since before
        ``waiting_before`` when given. One an entry's text points at joins that entry
        instead, and one a draft points at stays; returns how many were let go."""
        kept = set(keep)
        with self.vault.transaction() as db:
            query = "SELECT uid FROM attachments WHERE entry_id IS NULL"
            params: list[Any] = []
            if waiting_before is not None:
                query += " AND coalesce(waiting_since_utc, 0) < ?"
                params.append(to_utc_micros(waiting_before))
            candidates = [r[0] for r in db.execute(query, params) if r[0] not in kept]
            if only is not None:
                allowed = set(only)
                candidates = [uid for uid in candidates if uid in allowed]
            gone = 0
            for uid in candidates:
                owner = linking_entry(db, uid)
                if owner is not None:
                    db.execute("UPDATE attachments SET entry_id = ? WHERE uid = ?", (owner, uid))
                elif not draft_links(db, uid):
                    gone += db.execute("DELETE FROM attachments WHERE uid = ?", (uid,)).rowcount
        self.made_waiting.difference_update(candidates)
        return gone

    def keep_linked(self, entry_id: int) -> None:
        """Before ``entry_id`` goes (in the caller's transaction): each of its attachments
        another entry's text points at joins that entry, and each a draft points at waits,
        counted among those this object made waiting."""
        with self.vault.transaction() as db:
            uids = [
                r[0]
                for r in db.execute("SELECT uid FROM attachments WHERE entry_id = ?", (entry_id,))
            ]
            for uid in uids:
                owner = linking_entry(db, uid, other_than=entry_id)
                if owner is None and not draft_links(db, uid):
                    continue
                db.execute("UPDATE attachments SET entry_id = ? WHERE uid = ?", (owner, uid))
                if owner is None:
                    self.made_waiting.add(uid)

    def remove(self, uid: str) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM attachments WHERE uid = ?", (uid,))

    def get(self, uid: str) -> Attachment | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE uid = ?", (uid,)
        ).fetchone()
        return None if row is None else _attachment(row)

    def for_entry(self, entry_id: int) -> list[Attachment]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE entry_id = ? ORDER BY id", (entry_id,)
        ).fetchall()
        return [_attachment(r) for r in rows]

    def data(self, uid: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM attachments WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else bytes(row[0])

    def save_copy(self, uid: str, path: Path) -> None:
        """Write the attachment, as it is, to the file the person chose (never anywhere else,
        and never replacing a file that is there: ``FileExistsError``). The copy is theirs and
        not encrypted; nothing here opens it."""
        data = self.data(uid)
        if data is None:
            raise LookupError("that attachment is no longer in the journal")
        if path.exists():
            raise FileExistsError(path)
        tmp = temp_path_beside(path)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                # A link, unlike a rename, never replaces a file that appeared meanwhile.
                os.link(tmp, path)
            except FileExistsError:
                raise
            except OSError:  # a file system without links (a FAT memory stick)
                if path.exists():
                    raise FileExistsError(path) from None
                os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        fsync_dir(path.parent)

    def thumbnail(self, uid: str) -> bytes | None:
        row = self._db.execute("SELECT thumbnail FROM attachments WHERE uid = ?", (uid,)).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def files_of(self, entry_id: int) -> list[AttachmentFile]:
        """An entry's attachments whole, so that undoing its deletion brings them back."""
        rows = self._db.execute(
            "SELECT uid, name, media_type, created_utc, data, thumbnail FROM attachments "
            "WHERE entry_id = ? ORDER BY id",
            (entry_id,),
        ).fetchall()
        return [_file(r) for r in rows]

    def waiting_files(self, uids: Iterable[str]) -> list[AttachmentFile]:
        """Those of ``uids`` that wait for the entry being written, whole (a draft's photos,
        as an export carries them)."""
        wanted = list(uids)
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            "SELECT uid, name, media_type, created_utc, data, thumbnail FROM attachments "
            f"WHERE entry_id IS NULL AND uid IN ({marks}) ORDER BY id",
            wanted,
        ).fetchall()
        return [_file(r) for r in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM attachments").fetchone()[0])

    def iter_files(self, batch: int = 20) -> Iterator[tuple[str, AttachmentFile]]:
        """Every attachment that belongs to an entry, with the uid of its entry (an export);
        a few at a time, so that a journal of photos never sits in memory whole."""
        last = 0
        while True:
            rows = self._db.execute(
                "SELECT a.id, e.uid, a.uid, a.name, a.media_type, a.created_utc, a.data, "
                "a.thumbnail FROM attachments a JOIN entries e ON e.id = a.entry_id "
                "WHERE a.id > ? ORDER BY a.id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield str(row[1]), _file(row[2:])
            last = rows[-1][0]

    def _summary(self, item: AttachmentFile, entry_id: int | None) -> Attachment:
        return Attachment(
            uid=item.uid,
            name=item.name,
            media_type=item.media_type,
            size=len(item.data),
            created=item.created,
            entry_id=entry_id,
        )


def linking_entry(db: sqlcipher3.Connection, uid: str, other_than: int | None = None) -> int | None:
    """An entry whose text points at the attachment, found through the search index (a uid's
    letters and digits are its words there) and then read to be sure."""
    phrase = " ".join(part for part in uid.split("-") if part)
    rows = db.execute(
        "SELECT e.id, e.body FROM entries_fts f JOIN entries e ON e.sort_key = f.rowid "
        "WHERE entries_fts MATCH ? AND e.id IS NOT ?",
        (f'body : "{phrase}"', other_than),
    )
    for entry_id, body in rows:
        if uid in referenced_uids(body):
            return int(entry_id)
    return None


def draft_links(db: sqlcipher3.Connection, uid: str) -> bool:
    """Whether a draft (the editor's, or one an import brought) points at the attachment."""
    rows = db.execute("SELECT body FROM drafts WHERE instr(body, ?) > 0", (link(uid),))
    return any(uid in referenced_uids(body) for (body,) in rows)


def _attachment(row: Sequence[Any]) -> Attachment:
    return Attachment(
        uid=row[0],
        entry_id=row[1],
        name=row[2],
        media_type=row[3],
        size=int(row[4]),
        created=from_utc_micros(int(row[5]), 0),
    )


def _file(row: Sequence[Any]) -> AttachmentFile:
    """From uid, name, media_type, created_utc, data, thumbnail."""
    return AttachmentFile(
        uid=row[0],
        name=row[1],
        media_type=row[2],
        created=from_utc_micros(int(row[3]), 0),
        data=bytes(row[4]),
        thumbnail=None if row[5] is None else bytes(row[5]),
    )
