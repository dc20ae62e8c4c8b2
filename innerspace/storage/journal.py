"""Entries, tags, search and drafts, stored in an unlocked vault."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlcipher3

from innerspace.core.entries import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Draft,
    Entry,
    EntrySummary,
    SearchHit,
    check_moment,
    from_utc_micros,
    local_now,
    normalize_tags,
    read_moment,
    to_utc_micros,
    utc_offset_seconds,
    zone_name,
)
from innerspace.core.plain_text import first_line_and_rest
from innerspace.core.search import parse_query
from innerspace.storage.attachments import Attachments
from innerspace.storage.vault import Vault

PREVIEW_CHARS = 240
EDITOR_DRAFT = "editor"
# Drafts an import brought wait in slots of their own ("imported-1", …): the editor's slot
# belongs to the editor, whose next autosave would write over one put there.
IMPORTED_DRAFT = "imported-"

_ENTRY_COLUMNS = (
    "id, uid, created_utc, created_offset, updated_utc, updated_offset, title, body, "
    "starred, kind, fields"
)


_INSERT_ENTRY = (
    "INSERT INTO entries (id, uid, sort_key, created_utc, created_offset, created_zone, "
    "updated_utc, updated_offset, title, body, tags_text, starred, kind, fields) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_FTS_INSERT_TRIGGER = "entries_fts_insert"
# Entries an import stores with one statement per table.
ADD_BATCH = 1000


class EntryNotFound(LookupError):
    pass


class Journal:
    """The person's entries. Every write is one transaction; reads never lock the writer."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    # -- writing -------------------------------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Store a new entry (or one being restored after delete, keeping its id and uid).

        Every way in (this, ``update`` and ``add_many``) refuses a moment that couldn't be read
        back with ``MomentOutOfRange``.
        """
        with self.vault.transaction():
            entry_id = self._insert(entry, zone_name(entry.created))
            self._set_tags(entry_id, entry.tags)
        entry.id = entry_id
        return entry

    def _insert(self, entry: Entry, zone: str | None) -> int:
        """The entries row itself (inside the caller's transaction); returns its id."""
        check_moment(entry.created)
        check_moment(entry.updated)
        sort_key = self._free_sort_key(to_utc_micros(entry.created))
        cursor = self._db.execute(
            _INSERT_ENTRY, (entry.id, entry.uid, sort_key, *self._columns(entry, zone))
        )
        return int(cursor.lastrowid or 0)

    @staticmethod
    def _columns(entry: Entry, zone: str | None) -> tuple[Any, ...]:
        """The row's columns from ``created_utc`` on, as ``_INSERT_ENTRY`` lists them."""
        return (
            to_utc_micros(entry.created),
            utc_offset_seconds(entry.created),
            zone,
            to_utc_micros(entry.updated),
            utc_offset_seconds(entry.updated),
            entry.title,
            entry.body,
            " ".join(entry.tags),
            int(entry.starred),
            entry.kind,
            _dump_fields(entry.fields),
        )

    def update(self, entry: Entry, *, touch: bool = True) -> Entry:
        if entry.id is None:
            raise ValueError("update() needs a stored entry")
        if touch:
            entry.updated = local_now()
        check_moment(entry.updated)
        if not entry.date_out_of_range:
            check_moment(entry.created)
        with self.vault.transaction() as db:
            row = db.execute(
                "SELECT created_utc, sort_key, created_offset, created_zone FROM entries "
                "WHERE id = ?",
                (entry.id,),
            ).fetchone()
            if row is None:
                raise EntryNotFound(entry.id)
            if entry.date_out_of_range:
                # ``created`` only stands in for the stored date: it stays until one is chosen.
                sort_key, created, offset, zone = row[1], row[0], row[2], row[3]
            else:
                created = to_utc_micros(entry.created)
                sort_key = row[1] if row[0] == created else self._free_sort_key(created)
                offset, zone = utc_offset_seconds(entry.created), zone_name(entry.created)
            db.execute(
                "UPDATE entries SET sort_key = ?, created_utc = ?, created_offset = ?, "
                "created_zone = ?, updated_utc = ?, updated_offset = ?, title = ?, body = ?, "
                "tags_text = ?, starred = ?, kind = ?, fields = ? WHERE id = ?",
                (
                    sort_key,
                    created,
                    offset,
                    zone,
                    to_utc_micros(entry.updated),
                    utc_offset_seconds(entry.updated),
                    entry.title,
                    entry.body,
                    " ".join(entry.tags),
                    int(entry.starred),
                    entry.kind,
                    _dump_fields(entry.fields),
                    entry.id,
                ),
            )
            self._set_tags(entry.id, entry.tags)
        return entry

    def set_starred(self, entry_id: int, starred: bool) -> None:
        with self.vault.transaction() as db:
            db.execute("UPDATE entries SET starred = ? WHERE id = ?", (int(starred), entry_id))

    def delete(self, entry_id: int, attachments: Attachments | None = None) -> Entry:
        """Remove an entry and return it whole, so that the person can undo; its photos and
        files go with it, except those another entry or a draft points at too. A window
        passes its own ``attachments``, so the files left waiting for a draft are its to let
        go of once nothing points at them."""
        entry = self.get(entry_id)
        with self.vault.transaction() as db:
            (attachments or Attachments(self.vault)).keep_linked(entry_id)
            db.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            # A draft that was an edit of this entry (one waiting from an import, say) comes
            # back as a new entry: its id may later be given to another entry, whose words
            # saving the draft would otherwise replace.
            db.execute("UPDATE drafts SET entry_id = NULL WHERE entry_id = ?", (entry_id,))
            db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
        return entry

    # -- reading -------------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(entry_id)
        return self._entry_from_row(row)

    def id_for_uid(self, uid: str) -> int | None:
        row = self._db.execute("SELECT id FROM entries WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else int(row[0])

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM entries").fetchone()[0])

    def page(
        self,
        *,
        before: int | None = None,
        limit: int = 100,
        start: datetime | None = None,
        end: datetime | None = None,
        tag: str | None = None,
        starred_only: bool = False,
        ids: Sequence[int] | None = None,
    ) -> list[EntrySummary]:
        """Newest first. Pass the last summary's ``sort_key`` as ``before`` for the next page.

        ``start`` is inclusive and ``end`` exclusive.
        """
        where: list[str] = []
        params: list[Any] = []
        if before is not None:
            where.append("e.sort_key < ?")
            params.append(before)
        if start is not None:
            where.append("e.sort_key >= ?")
            params.append(to_utc_micros(start))
        if end is not None:
            where.append("e.sort_key < ?")
            params.append(to_utc_micros(end))
        if starred_only:
            where.append("e.starred = 1")
        if ids is not None:
            # Only these entries (those behind a figure in the patterns); a chart can't name
            # more than a few thousand, far below SQLite's limit on parameters.
            where.append(f"e.id IN ({','.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
        if tag is not None:
            where.append(
                "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                "WHERE t.name = ?)"
            )
            params.append(self._stored_tag_names().get(tag.casefold(), tag))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._db.execute(
            "SELECT e.id, e.sort_key, e.created_utc, e.created_offset, e.title, "
            f"substr(e.body, 1, {PREVIEW_CHARS}), e.starred, e.kind "
            f"FROM entries e {clause} ORDER BY e.sort_key DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
        tags = self._tags_for(r[0] for r in rows)
        return [
            EntrySummary(
                id=r[0],
                sort_key=r[1],
                created=from_utc_micros(r[2], r[3]),
                title=r[4],
                preview=r[5],
                tags=tags.get(r[0], ()),
                starred=bool(r[6]),
                kind=r[7],
                date_out_of_range=read_moment(r[2], r[3]) is None,
            )
            for r in rows
        ]

    def search(
        self, text: str, *, limit: int = 50, order: str = "newest", offset: int = 0
    ) -> list[SearchHit]:
        """Matches for what the person typed, newest first or by relevance ("relevance");
        ``offset`` skips the matches already shown."""
        query = parse_query(text)
        if query.is_empty:
            return []
        snippet = f"snippet(entries_fts, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16)"
        if order == "relevance":
            # Rank inside the full-text index and join only the best rows: joining first would
            # read the row of every match (nearly the whole journal for a common word).
            sql = (
                "SELECT e.id, e.created_utc, e.created_offset, e.title, m.snip, e.starred, e.body "
                "FROM (SELECT rowid AS sort_key, bm25(entries_fts, 5.0, 1.0, 3.0) AS score, "
                f"{snippet} AS snip FROM entries_fts WHERE entries_fts MATCH ? "
                "ORDER BY score LIMIT ? OFFSET ?) AS m "
                "JOIN entries e ON e.sort_key = m.sort_key ORDER BY m.score"
            )
        else:
            sql = (
                f"SELECT e.id, e.created_utc, e.created_offset, e.title, {snippet}, e.starred, "
                "e.body FROM entries_fts f JOIN entries e ON e.sort_key = f.rowid "
                "WHERE entries_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?"
            )
        try:
            rows = self._db.execute(sql, (query.fts, limit, max(offset, 0))).fetchall()
        except sqlcipher3.OperationalError as exc:
            # parse_query only builds valid syntax; this is a last line of defence. Anything
            # else (a busy database, a full disk) must reach the caller, not look like "no hits".
            if "fts5" not in str(exc):
                raise
            return []
        tags = self._tags_for(r[0] for r in rows)
        hits = []
        for r in rows:
            snippet = r[4]
            if HIGHLIGHT_START not in snippet:
                # The match was in the title or tags: show the start of the text instead.
                snippet = r[6][:160].replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            hits.append(
                SearchHit(
                    id=r[0],
                    created=from_utc_micros(r[1], r[2]),
                    title=r[3],
                    snippet=snippet,
                    tags=tags.get(r[0], ()),
                    starred=bool(r[5]),
                    date_out_of_range=read_moment(r[1], r[2]) is None,
                    first_line="" if r[3] else first_line_and_rest(r[6][:1000])[0][:120],
                )
            )
        return hits

    def search_count(self, text: str) -> int:
        """How many entries match what the person typed (counted in the full-text index alone,
        without reading an entry)."""
        query = parse_query(text)
        if query.is_empty:
            return 0
        try:
            row = self._db.execute(
                "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (query.fts,)
            ).fetchone()
        except sqlcipher3.OperationalError as exc:
            if "fts5" not in str(exc):
                raise
            return 0
        return int(row[0])

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first."""
        rows = self._db.execute(
            "SELECT t.name, count(et.entry_id) AS n FROM tags t "
            "JOIN entry_tags et ON et.tag_id = t.id GROUP BY t.id ORDER BY n DESC, t.name"
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def days_with_entries(self, start: datetime, end: datetime) -> set[str]:
        """ISO dates (in each entry's own local time) that have entries in [start, end)."""
        rows = self._db.execute(
            "SELECT created_utc, created_offset FROM entries WHERE sort_key >= ? AND sort_key < ?",
            (to_utc_micros(start), to_utc_micros(end)),
        ).fetchall()
        shown = (read_moment(r[0], r[1]) for r in rows)
        return {moment.date().isoformat() for moment in shown if moment is not None}

    # -- drafts --------------------------------------------------------------------------------

    def save_draft(self, draft: Draft) -> None:
        check_moment(draft.saved)
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts "
                "(slot, entry_id, title, body, tags, saved_utc, extra) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    EDITOR_DRAFT,
                    draft.entry_id,
                    draft.title,
                    draft.body,
                    json.dumps(list(draft.tags)),
                    to_utc_micros(draft.saved),
                    json.dumps(draft.extra, ensure_ascii=False),
                ),
            )

    def load_draft(self) -> Draft | None:
        row = self._db.execute(
            "SELECT entry_id, title, body, tags, saved_utc, extra FROM drafts WHERE slot = ?",
            (EDITOR_DRAFT,),
        ).fetchone()
        if row is None:
            return None
        return Draft(
            entry_id=row[0],
            title=row[1],
            body=row[2],
            tags=_draft_tags(row[3]),
            saved=from_utc_micros(row[4], 0),
            extra=_draft_extra(row[5]),
        )

    def clear_draft(self) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM drafts WHERE slot = ?", (EDITOR_DRAFT,))

    def keep_imported_draft(self, draft: Draft, entry_uid: str | None) -> bool:
        """Keep a draft an import brought, in a slot of its own, unless the same words wait
        already (the same file imported twice); returns whether it was kept."""
        check_moment(draft.saved)
        entry_id = None if entry_uid is None else self.id_for_uid(entry_uid)
        with self.vault.transaction() as db:
            same = db.execute(
                "SELECT 1 FROM drafts WHERE title = ? AND body = ? AND entry_id IS ?",
                (draft.title, draft.body, entry_id),
            ).fetchone()
            if same is not None:
                return False
            taken = {
                r[0]
                for r in db.execute(
                    "SELECT slot FROM drafts WHERE substr(slot, 1, ?) = ?",
                    (len(IMPORTED_DRAFT), IMPORTED_DRAFT),
                )
            }
            n = 1
            while f"{IMPORTED_DRAFT}{n}" in taken:
                n += 1
            db.execute(
                "INSERT INTO drafts (slot, entry_id, title, body, tags, saved_utc, extra) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    f"{IMPORTED_DRAFT}{n}",
                    entry_id,
                    draft.title,
                    draft.body,
                    json.dumps(list(draft.tags)),
                    to_utc_micros(draft.saved),
                    json.dumps(draft.extra, ensure_ascii=False),
                ),
            )
        return True

    def bring_in_imported_draft(self) -> bool:
        """When the editor keeps no draft of its own, the oldest imported draft becomes its
        draft, to be shown as the editor opens; returns whether one did."""
        with self.vault.transaction() as db:
            if db.execute("SELECT 1 FROM drafts WHERE slot = ?", (EDITOR_DRAFT,)).fetchone():
                return False
            row = db.execute(
                "SELECT slot FROM drafts WHERE substr(slot, 1, ?) = ? "
                "ORDER BY saved_utc, slot LIMIT 1",
                (len(IMPORTED_DRAFT), IMPORTED_DRAFT),
            ).fetchone()
            if row is None:
                return False
            db.execute("UPDATE drafts SET slot = ? WHERE slot = ?", (EDITOR_DRAFT, row[0]))
        return True

    # -- many at once (import and export) -------------------------------------------------------

    def existing_uids(self, uids: Iterable[str]) -> set[str]:
        """Those of ``uids`` that some stored entry already has."""
        wanted = list(uids)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT uid FROM entries WHERE uid IN ({marks})", chunk
            ).fetchall()
            found.update(r[0] for r in rows)
        return found

    def add_many(
        self,
        entries: Iterable[Entry],
        *,
        zones: Mapping[str, str | None] | None = None,
        drafts: Iterable[tuple[str, Draft, str | None]] = (),
    ) -> int:
        """Store ``entries`` and ``drafts`` in ONE transaction: all of them, or none.

        Entries whose uid is already stored are skipped; the number added is returned.
        ``zones`` gives an entry's IANA zone by uid when its ``created`` carries only an offset.
        Each draft is (slot, draft, uid of the entry it edits); a slot already in use is kept.
        """
        added = 0
        with self.vault.transaction() as db:
            tag_ids = {r[1].casefold(): r[0] for r in db.execute("SELECT id, name FROM tags")}
            batch: list[Entry] = []
            for entry in entries:
                batch.append(entry)
                if len(batch) == ADD_BATCH:
                    added += self._add_batch(batch, zones, tag_ids)
                    batch = []
            added += self._add_batch(batch, zones, tag_ids)
            for slot, draft, entry_uid in drafts:
                check_moment(draft.saved)
                entry_id = None if entry_uid is None else self.id_for_uid(entry_uid)
                db.execute(
                    "INSERT OR IGNORE INTO drafts "
                    "(slot, entry_id, title, body, tags, saved_utc, extra) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        slot,
                        entry_id,
                        draft.title,
                        draft.body,
                        json.dumps(list(draft.tags)),
                        to_utc_micros(draft.saved),
                        json.dumps(draft.extra, ensure_ascii=False),
                    ),
                )
        return added

    def _add_batch(
        self,
        batch: list[Entry],
        zones: Mapping[str, str | None] | None,
        tag_ids: dict[str, int],
    ) -> int:
        """Insert a batch of entries (inside the caller's transaction) with one statement per
        table, numbering them here. The search index is filled with one statement too: filled
        row by row by its trigger, it writes a segment for every entry, which took most of an
        import's time. The trigger is dropped and made again inside a savepoint of its own: the
        caller's transaction may go on and commit after this batch fails, and it must never
        commit a journal without it (entries saved later would not be found by search)."""
        db = self._db
        present = self.existing_uids(e.uid for e in batch)
        fresh: list[Entry] = []
        for entry in batch:
            if entry.uid not in present:
                present.add(entry.uid)
                fresh.append(entry)
        if not fresh:
            return 0
        first_id = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM entries").fetchone()[0])
        keys = self._free_sort_keys([to_utc_micros(e.created) for e in fresh])
        rows = []
        links: list[tuple[int, int]] = []
        for offset, (entry, sort_key) in enumerate(zip(fresh, keys, strict=True)):
            check_moment(entry.created)
            check_moment(entry.updated)
            zone = zone_name(entry.created)
            if zones is not None and zones.get(entry.uid):
                zone = zones[entry.uid]
            entry.id = first_id + offset
            rows.append((entry.id, entry.uid, sort_key, *self._columns(entry, zone)))
            for tag in dict.fromkeys(entry.tags):
                tag_id = tag_ids.get(tag.casefold())
                if tag_id is None:
                    tag_cursor = db.execute("INSERT INTO tags (name) VALUES (?)", (tag,))
                    tag_id = tag_ids[tag.casefold()] = int(tag_cursor.lastrowid or 0)
                links.append((entry.id, tag_id))
        trigger = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (_FTS_INSERT_TRIGGER,),
        ).fetchone()[0]
        db.execute("SAVEPOINT add_batch")
        try:
            db.execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
            db.executemany(_INSERT_ENTRY, rows)
            db.execute(
                "INSERT INTO entries_fts (rowid, title, body, tags_text) "
                "SELECT sort_key, title, body, tags_text FROM entries WHERE id >= ?",
                (first_id,),
            )
            db.execute(trigger)
            db.executemany(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)", links
            )
        except BaseException:
            # Some failures (a full disk) end the whole transaction, and the trigger with it.
            if db.in_transaction:
                db.execute("ROLLBACK TO add_batch")
                db.execute("RELEASE add_batch")
            raise
        db.execute("RELEASE add_batch")
        return len(fresh)

    def _free_sort_keys(self, wanted: list[int]) -> list[int]:
        """A free sort key for each of ``wanted`` (see ``_free_sort_key``), none used twice."""
        taken: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT sort_key FROM entries WHERE sort_key IN ({marks})", chunk
            ).fetchall()
            taken.update(r[0] for r in rows)
        used: set[int] = set()
        keys = []
        for key in wanted:
            if key in used or key in taken:
                key = self._free_sort_key(key + 1)
                while key in used:
                    key = self._free_sort_key(key + 1)
            used.add(key)
            keys.append(key)
        return keys

    def iter_all(self, batch: int = 500) -> Iterator[tuple[Entry, str | None]]:
        """Every entry, oldest first, with the IANA zone it was written in (when known)."""
        last = -(2**63)
        while True:
            rows = self._db.execute(
                f"SELECT {_ENTRY_COLUMNS}, created_zone, sort_key FROM entries "
                "WHERE sort_key > ? ORDER BY sort_key LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            tags = self._tags_for(r[0] for r in rows)
            for row in rows:
                yield _entry(row, tags.get(int(row[0]), ())), row[11]
            last = rows[-1][12]

    def all_drafts(self) -> list[tuple[str, Draft, str | None]]:
        """Every saved draft as (slot, draft, uid of the entry it edits)."""
        rows = self._db.execute(
            "SELECT d.slot, d.entry_id, d.title, d.body, d.tags, d.saved_utc, e.uid, d.extra "
            "FROM drafts d LEFT JOIN entries e ON e.id = d.entry_id ORDER BY d.slot"
        ).fetchall()
        out = []
        for row in rows:
            draft = Draft(
                entry_id=row[1],
                title=row[2],
                body=row[3],
                tags=_draft_tags(row[4]),
                saved=from_utc_micros(row[5], 0),
                extra=_draft_extra(row[7]),
            )
            out.append((row[0], draft, row[6]))
        return out

    # -- helpers -------------------------------------------------------------------------------

    def _free_sort_key(self, wanted: int) -> int:
        """``wanted`` or the next microsecond after it that no other entry uses."""
        key = wanted
        while self._db.execute("SELECT 1 FROM entries WHERE sort_key = ?", (key,)).fetchone():
            key += 1
        return key

    def _stored_tag_names(self) -> dict[str, str]:
        """Each stored tag by its case-folded name. The column's NOCASE collation folds only
        ASCII letters, so "Ärger" and "ärger" are matched here instead."""
        rows = self._db.execute("SELECT name FROM tags").fetchall()
        return {r[0].casefold(): r[0] for r in rows}

    def _set_tags(self, entry_id: int, tags: Sequence[str]) -> None:
        db = self._db
        db.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        stored = self._stored_tag_names() if tags else {}
        for tag in tags:
            name = stored.setdefault(tag.casefold(), tag)
            db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            db.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) "
                "SELECT ?, id FROM tags WHERE name = ?",
                (entry_id, name),
            )
        db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")

    def _tags_for(self, entry_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
        ids = list(entry_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
            f"WHERE et.entry_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            ids,
        ).fetchall()
        out: dict[int, list[str]] = {}
        for entry_id, name in rows:
            out.setdefault(entry_id, []).append(name)
        return {k: tuple(v) for k, v in out.items()}

    def _entry_from_row(self, row: Sequence[Any]) -> Entry:
        entry_id = int(row[0])
        return _entry(row, self._tags_for([entry_id]).get(entry_id, ()))


def _entry(row: Sequence[Any], tags: tuple[str, ...]) -> Entry:
    """An entry from the first columns of ``_ENTRY_COLUMNS``."""
    return Entry(
        id=int(row[0]),
        uid=row[1],
        created=from_utc_micros(row[2], row[3]),
        updated=from_utc_micros(row[4], row[5]),
        title=row[6],
        body=row[7],
        starred=bool(row[8]),
        kind=row[9],
        fields=json.loads(row[10]) if row[10] else None,
        tags=tags,
        date_out_of_range=read_moment(row[2], row[3]) is None,
    )


def _draft_tags(raw: str) -> tuple[str, ...]:
    try:
        return normalize_tags(json.loads(raw))
    except (ValueError, TypeError):
        return ()


def _draft_extra(raw: str) -> dict[str, Any]:
    # A draft is a safety net: an unreadable extra must not cost the person their text.
    try:
        value = json.loads(raw)
    except (ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def _dump_fields(fields: dict[str, Any] | None) -> str | None:
    return None if fields is None else json.dumps(fields, ensure_ascii=False, sort_keys=True)
