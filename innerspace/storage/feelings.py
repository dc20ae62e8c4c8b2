"""Feelings named on entries, mood ratings and context tags, stored in an unlocked vault."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlcipher3

from innerspace.core.emotions import (
    PHASES,
    ContextTag,
    EmotionTag,
    check_context_kind,
    check_mood,
    normalize_context_name,
)
from innerspace.core.entries import read_moment, to_utc_micros
from innerspace.core.patterns import EntryRecord
from innerspace.storage.journal import EntryNotFound
from innerspace.storage.vault import Vault

# No UTC offset reaches a full day: a stored-time window one day wider holds every local day.
_WIDEST_OFFSET = timedelta(hours=24)
_PHASE_ORDER = {phase: i for i, phase in enumerate(PHASES)}


class ContextTagNotFound(LookupError):
    pass


@dataclass(frozen=True)
class StoredFeelings:
    """All an entry carries beyond its text, as stored: feelings in the order they were named,
    the mood rating and the context tags as (kind, name)."""

    emotions: tuple[EmotionTag, ...] = ()
    mood: int | None = None
    contexts: tuple[tuple[str, str], ...] = ()


# How many of the newest entries "recently used" feelings are looked for in, widening once.
RECENT_WINDOWS = (500, 5000)


class Feelings:
    """What a person felt and what their entries were about. Every write is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    # -- emotions ------------------------------------------------------------------------------

    def set_emotions(self, entry_id: int, tags: Sequence[EmotionTag]) -> None:
        """Replace the entry's feelings with ``tags``, in the order they were named."""
        keys = [(t.phase, t.emotion_id) for t in tags]
        if len(set(keys)) != len(keys):
            raise ValueError("a feeling is named twice in the same phase")
        with self.vault.transaction() as db:
            self._require_entry(entry_id)
            db.execute("DELETE FROM entry_emotions WHERE entry_id = ?", (entry_id,))
            db.executemany(
                "INSERT INTO entry_emotions (entry_id, phase, emotion_id, intensity, position) "
                "VALUES (?, ?, ?, ?, ?)",
                [(entry_id, t.phase, t.emotion_id, t.intensity, i) for i, t in enumerate(tags)],
            )

    def emotions(self, entry_id: int) -> list[EmotionTag]:
        rows = self._db.execute(
            "SELECT emotion_id, intensity, phase FROM entry_emotions WHERE entry_id = ? "
            "ORDER BY position",
            (entry_id,),
        ).fetchall()
        tags = [EmotionTag(r[0], int(r[1]), r[2]) for r in rows]
        return sorted(tags, key=lambda t: _PHASE_ORDER.get(t.phase, len(PHASES)))

    def recent_emotions(self, limit: int = 12) -> list[str]:
        """Emotion ids by the newest entry that named them, for "recently used first".

        Only the newest entries are read (through the ``sort_key`` index), a few hundred and
        then a few thousand if those named too few feelings: joining every feeling ever named
        took a second at 100,000 entries, on the thread every other job waits for.
        """
        found: list[str] = []
        for window in RECENT_WINDOWS:
            rows = self._db.execute(
                "SELECT ee.emotion_id FROM "
                "(SELECT id, sort_key FROM entries ORDER BY sort_key DESC LIMIT ?) AS e "
                "JOIN entry_emotions ee ON ee.entry_id = e.id "
                "GROUP BY ee.emotion_id ORDER BY max(e.sort_key) DESC, ee.emotion_id LIMIT ?",
                (window, limit),
            ).fetchall()
            found = [r[0] for r in rows]
            if len(found) >= limit:
                break
        return found

    # -- mood ----------------------------------------------------------------------------------

    def set_mood(self, entry_id: int, rating: int | None) -> None:
        """Rate the entry's overall mood 1–10, or clear the rating with ``None``."""
        if rating is not None:
            check_mood(rating)
        with self.vault.transaction() as db:
            self._require_entry(entry_id)
            if rating is None:
                db.execute("DELETE FROM entry_moods WHERE entry_id = ?", (entry_id,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO entry_moods (entry_id, rating) VALUES (?, ?)",
                    (entry_id, rating),
                )

    def mood(self, entry_id: int) -> int | None:
        row = self._db.execute(
            "SELECT rating FROM entry_moods WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    # -- context tags --------------------------------------------------------------------------

    def set_contexts(self, entry_id: int, contexts: Iterable[tuple[str, str]]) -> list[ContextTag]:
        """Replace the entry's context tags with ``(kind, name)`` pairs; new names are created,
        existing ones matched whatever their case."""
        self._link_contexts(entry_id, contexts, self._stored_names())
        return self.contexts(entry_id)

    def context_names(self) -> dict[tuple[str, str], int]:
        """Every context tag's id by kind and case-folded name: for ``restore``, which keeps it
        up to date, so an import reads the tags once instead of once per entry."""
        return self._stored_names()

    def _link_contexts(
        self,
        entry_id: int,
        contexts: Iterable[tuple[str, str]],
        stored: dict[tuple[str, str], int],
    ) -> None:
        with self.vault.transaction() as db:
            self._require_entry(entry_id)
            ids = self._context_ids(contexts, stored)
            # Links that stay are kept, so the unused-tag trigger never drops a tag in use.
            marks = ",".join("?" * len(ids))
            db.execute(
                f"DELETE FROM entry_contexts WHERE entry_id = ? AND tag_id NOT IN ({marks})",
                (entry_id, *ids),
            )
            db.executemany(
                "INSERT OR IGNORE INTO entry_contexts (entry_id, tag_id) VALUES (?, ?)",
                [(entry_id, tag_id) for tag_id in ids],
            )

    def _context_ids(
        self, contexts: Iterable[tuple[str, str]], stored: dict[tuple[str, str], int]
    ) -> list[int]:
        """The tags' ids, making those not in ``stored`` (inside the caller's transaction) and
        adding them to it."""
        wanted: dict[tuple[str, str], tuple[str, str]] = {}
        for kind, raw_name in contexts:
            check_context_kind(kind)
            name = normalize_context_name(raw_name)
            if name:
                wanted.setdefault((kind, name.casefold()), (kind, name))
        ids: list[int] = []
        for key, (kind, name) in wanted.items():
            tag_id = stored.get(key)
            if tag_id is None:
                cursor = self._db.execute(
                    "INSERT INTO context_tags (kind, name) VALUES (?, ?)", (kind, name)
                )
                tag_id = stored[key] = int(cursor.lastrowid or 0)
            ids.append(tag_id)
        return ids

    def contexts(self, entry_id: int) -> list[ContextTag]:
        rows = self._db.execute(
            f"{_TAG_WITH_USES} WHERE t.id IN "
            "(SELECT tag_id FROM entry_contexts WHERE entry_id = ?) "
            "GROUP BY t.id ORDER BY t.kind, t.name",
            (entry_id,),
        ).fetchall()
        return [_context(r) for r in rows]

    def context_tags(self, kind: str | None = None) -> list[ContextTag]:
        """Every context tag (of ``kind``), most used first."""
        where, params = ("WHERE t.kind = ?", (kind,)) if kind else ("", ())
        rows = self._db.execute(
            f"{_TAG_WITH_USES} {where} GROUP BY t.id ORDER BY uses DESC, t.name", params
        ).fetchall()
        return [_context(r) for r in rows]

    def suggest_contexts(self, kind: str, typed: str, limit: int = 8) -> list[ContextTag]:
        """Autocomplete: tags of ``kind`` starting with ``typed`` (any case), most used first."""
        check_context_kind(kind)
        prefix = normalize_context_name(typed).casefold()
        return [t for t in self.context_tags(kind) if t.name.casefold().startswith(prefix)][:limit]

    def rename_context(self, tag_id: int, new_name: str) -> ContextTag:
        """Rename a tag; onto another tag's name of the same kind, the two become one."""
        name = normalize_context_name(new_name)
        if not name:
            raise ValueError("a context tag needs a name")
        tag = self._context_tag(tag_id)
        existing = self._stored_names().get((tag.kind, name.casefold()))
        if existing is not None and existing != tag_id:
            return self.merge_contexts(tag_id, existing)
        with self.vault.transaction() as db:
            db.execute("UPDATE context_tags SET name = ? WHERE id = ?", (name, tag_id))
        return self._context_tag(tag_id)

    def merge_contexts(self, source_id: int, target_id: int) -> ContextTag:
        """Move every entry from ``source_id`` to ``target_id`` and delete ``source_id``."""
        if source_id == target_id:
            return self._context_tag(target_id)
        self._context_tag(source_id)
        self._context_tag(target_id)
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO entry_contexts (entry_id, tag_id) "
                "SELECT entry_id, ? FROM entry_contexts WHERE tag_id = ?",
                (target_id, source_id),
            )
            db.execute("DELETE FROM entry_contexts WHERE tag_id = ?", (source_id,))
            db.execute("DELETE FROM context_tags WHERE id = ?", (source_id,))
        return self._context_tag(target_id)

    # -- pattern review ------------------------------------------------------------------------

    def first_day(self) -> date | None:
        """The writer's local day of the earliest entry whose date can be shown, if any."""
        with closing(
            self._db.execute("SELECT created_utc, created_offset FROM entries ORDER BY sort_key")
        ) as rows:
            for created_utc, offset in rows:
                written = read_moment(created_utc, offset)
                if written is not None:
                    return written.date()
        return None

    def records(self, first: date, last: date) -> list[EntryRecord]:
        """Entries written on ``first`` .. ``last`` in their writer's local time, oldest first,
        with their feelings, mood and context tags: four range queries in all."""
        window = (
            _utc_micros(first, -_WIDEST_OFFSET),
            _utc_micros(last, timedelta(days=1) + _WIDEST_OFFSET),
        )
        in_window = "e.sort_key >= ? AND e.sort_key < ?"
        db = self._db
        emotions: dict[int, list[EmotionTag]] = defaultdict(list)
        for entry_id, emotion_id, intensity, phase in db.execute(
            "SELECT ee.entry_id, ee.emotion_id, ee.intensity, ee.phase FROM entries e "
            f"JOIN entry_emotions ee ON ee.entry_id = e.id WHERE {in_window} "
            "ORDER BY ee.entry_id, ee.position",
            window,
        ):
            emotions[entry_id].append(EmotionTag(emotion_id, intensity, phase))
        moods = dict(
            db.execute(
                "SELECT m.entry_id, m.rating FROM entries e "
                f"JOIN entry_moods m ON m.entry_id = e.id WHERE {in_window}",
                window,
            ).fetchall()
        )
        contexts: dict[int, list[ContextTag]] = defaultdict(list)
        for entry_id, tag_id, kind, name in db.execute(
            "SELECT ec.entry_id, t.id, t.kind, t.name FROM entries e "
            "JOIN entry_contexts ec ON ec.entry_id = e.id "
            f"JOIN context_tags t ON t.id = ec.tag_id WHERE {in_window}",
            window,
        ):
            contexts[entry_id].append(ContextTag(tag_id, kind, name))
        records: list[EntryRecord] = []
        for entry_id, created_utc, offset, kind in db.execute(
            "SELECT e.id, e.created_utc, e.created_offset, e.kind FROM entries e "
            f"WHERE {in_window} ORDER BY e.sort_key",
            window,
        ):
            written = read_moment(created_utc, offset)
            # An entry whose date can't be shown belongs to no day (the journal shows it).
            if written is not None and first <= written.date() <= last:
                records.append(
                    EntryRecord(
                        entry_id=entry_id,
                        written=written,
                        kind=kind,
                        mood=moods.get(entry_id),
                        emotions=tuple(emotions.get(entry_id, ())),
                        contexts=tuple(contexts.get(entry_id, ())),
                    )
                )
        return records

    # -- many entries at once (export and import) ----------------------------------------------

    def for_entries(self, entry_ids: Sequence[int]) -> dict[int, StoredFeelings]:
        """What each of ``entry_ids`` carries, in three queries per 500 entries; entries that
        carry nothing are left out."""
        emotions: dict[int, list[EmotionTag]] = defaultdict(list)
        moods: dict[int, int] = {}
        contexts: dict[int, list[tuple[str, str]]] = defaultdict(list)
        ids = list(entry_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for entry_id, emotion_id, intensity, phase in self._db.execute(
                "SELECT entry_id, emotion_id, intensity, phase FROM entry_emotions "
                f"WHERE entry_id IN ({marks}) ORDER BY entry_id, position",
                chunk,
            ):
                emotions[entry_id].append(EmotionTag(emotion_id, int(intensity), phase))
            for entry_id, rating in self._db.execute(
                f"SELECT entry_id, rating FROM entry_moods WHERE entry_id IN ({marks})", chunk
            ):
                moods[entry_id] = int(rating)
            for entry_id, kind, name in self._db.execute(
                "SELECT ec.entry_id, t.kind, t.name FROM entry_contexts ec "
                f"JOIN context_tags t ON t.id = ec.tag_id WHERE ec.entry_id IN ({marks}) "
                "ORDER BY ec.entry_id, t.kind, t.name",
                chunk,
            ):
                contexts[entry_id].append((kind, name))
        return {
            entry_id: StoredFeelings(
                tuple(emotions.get(entry_id, ())),
                moods.get(entry_id),
                tuple(contexts.get(entry_id, ())),
            )
            for entry_id in {*emotions, *moods, *contexts}
        }

    def restore(
        self,
        entry_id: int,
        feelings: StoredFeelings,
        context_names: dict[tuple[str, str], int] | None = None,
    ) -> None:
        """Give a newly imported entry what it carried, in one transaction (or the caller's).

        ``context_names`` (from ``context_names()``) is kept up to date with the tags made
        here, so many entries restored in one transaction never read the tags again.
        """
        with self.vault.transaction():
            if feelings.emotions:
                self.set_emotions(entry_id, feelings.emotions)
            if feelings.mood is not None:
                self.set_mood(entry_id, feelings.mood)
            if feelings.contexts:
                names = self._stored_names() if context_names is None else context_names
                self._link_contexts(entry_id, feelings.contexts, names)

    def restore_many(
        self,
        carried: Sequence[tuple[int, StoredFeelings]],
        context_names: dict[tuple[str, str], int],
    ) -> None:
        """``restore`` for many newly imported entries at once (by id), in the caller's
        transaction: one statement per table instead of several per entry."""
        emotions: list[tuple[int, str, str, int, int]] = []
        moods: list[tuple[int, int]] = []
        links: list[tuple[int, int]] = []
        with self.vault.transaction() as db:
            for entry_id, feelings in carried:
                keys = [(t.phase, t.emotion_id) for t in feelings.emotions]
                if len(set(keys)) != len(keys):
                    raise ValueError("a feeling is named twice in the same phase")
                emotions.extend(
                    (entry_id, t.phase, t.emotion_id, t.intensity, i)
                    for i, t in enumerate(feelings.emotions)
                )
                if feelings.mood is not None:
                    check_mood(feelings.mood)
                    moods.append((entry_id, feelings.mood))
                links.extend(
                    (entry_id, tag_id)
                    for tag_id in self._context_ids(feelings.contexts, context_names)
                )
            db.executemany(
                "INSERT INTO entry_emotions (entry_id, phase, emotion_id, intensity, position) "
                "VALUES (?, ?, ?, ?, ?)",
                emotions,
            )
            db.executemany("INSERT INTO entry_moods (entry_id, rating) VALUES (?, ?)", moods)
            db.executemany(
                "INSERT OR IGNORE INTO entry_contexts (entry_id, tag_id) VALUES (?, ?)", links
            )

    # -- helpers -------------------------------------------------------------------------------

    def _require_entry(self, entry_id: int) -> None:
        if self._db.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
            raise EntryNotFound(entry_id)

    def _stored_names(self) -> dict[tuple[str, str], int]:
        """Each tag by kind and case-folded name: NOCASE folds only ASCII ("Ärztin"/"ärztin")."""
        rows = self._db.execute("SELECT id, kind, name FROM context_tags").fetchall()
        return {(r[1], r[2].casefold()): int(r[0]) for r in rows}

    def _context_tag(self, tag_id: int) -> ContextTag:
        row = self._db.execute(
            f"{_TAG_WITH_USES} WHERE t.id = ? GROUP BY t.id", (tag_id,)
        ).fetchone()
        if row is None:
            raise ContextTagNotFound(tag_id)
        return _context(row)


_TAG_WITH_USES = (
    "SELECT t.id, t.kind, t.name, count(ec.entry_id) AS uses FROM context_tags t "
    "LEFT JOIN entry_contexts ec ON ec.tag_id = t.id"
)


def _context(row: Sequence[Any]) -> ContextTag:
    return ContextTag(id=int(row[0]), kind=row[1], name=row[2], uses=int(row[3]))


def _utc_micros(day: date, shift: timedelta) -> int:
    try:
        return to_utc_micros(datetime.combine(day, time(0), tzinfo=UTC) + shift)
    except OverflowError:
        # At the ends of the calendar there is nothing further to include.
        return -(2**63) if shift < timedelta(0) else 2**63 - 1
