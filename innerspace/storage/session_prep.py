"""Preparing for a session, kept in the vault: entries marked to bring, the talk-about list,
and session dates. Every write is one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from innerspace.core.entries import read_moment, to_utc_micros
from innerspace.core.session_plan import SessionPlan, TalkItem, clean_talk_text
from innerspace.storage.journal import EntryNotFound
from innerspace.storage.vault import Vault

WEEKDAY_KEY = "session.weekday"
RHYTHM_FROM_KEY = "session.rhythm_from"
# No UTC offset reaches a full day: a stored-time window one day wider holds every local day.
_WIDEST_OFFSET = timedelta(hours=24)


def _now_micros() -> int:
    return to_utc_micros(datetime.now(UTC))


class SessionMarks:
    """Which entries the person chose to bring to their session."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def mark(self, entry_id: int, bring: bool) -> None:
        """Mark or unmark an entry; an entry that isn't there raises ``EntryNotFound``."""
        with self.vault.transaction() as db:
            if db.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
                raise EntryNotFound(entry_id)
            if bring:
                db.execute(
                    "INSERT OR IGNORE INTO session_marks (entry_id, marked_utc) VALUES (?, ?)",
                    (entry_id, _now_micros()),
                )
            else:
                db.execute("DELETE FROM session_marks WHERE entry_id = ?", (entry_id,))

    def is_marked(self, entry_id: int) -> bool:
        row = self.vault.connection.execute(
            "SELECT 1 FROM session_marks WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return row is not None

    def marked_ids(self) -> set[int]:
        rows = self.vault.connection.execute("SELECT entry_id FROM session_marks").fetchall()
        return {int(r[0]) for r in rows}

    def marked_between(self, first: date, last: date) -> list[int]:
        """Marked entries written on ``first`` .. ``last`` (the writer's own days), oldest
        first."""
        low = datetime.combine(first, datetime.min.time(), UTC) - _WIDEST_OFFSET
        high = datetime.combine(last, datetime.min.time(), UTC) + 2 * _WIDEST_OFFSET
        rows = self.vault.connection.execute(
            "SELECT e.id, e.created_utc, e.created_offset FROM session_marks m "
            "JOIN entries e ON e.id = m.entry_id "
            "WHERE e.sort_key >= ? AND e.sort_key < ? ORDER BY e.sort_key",
            (to_utc_micros(low), to_utc_micros(high)),
        ).fetchall()
        found = []
        for entry_id, created, offset in rows:
            written = read_moment(created, offset)
            if written is not None and first <= written.date() <= last:
                found.append(int(entry_id))
        return found


class TalkList:
    """The things a person wants to talk about, in their own order."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def all(self) -> list[TalkItem]:
        rows = self.vault.connection.execute(
            "SELECT id, text, done FROM talk_items ORDER BY position, id"
        ).fetchall()
        return [TalkItem(int(r[0]), r[1], bool(r[2])) for r in rows]

    def add(self, text: str) -> TalkItem:
        cleaned = _required(text)
        with self.vault.transaction() as db:
            cursor = db.execute(
                "INSERT INTO talk_items (text, position, added_utc) VALUES "
                "(?, (SELECT coalesce(max(position), -1) + 1 FROM talk_items), ?)",
                (cleaned, _now_micros()),
            )
        return TalkItem(int(cursor.lastrowid or 0), cleaned)

    def edit(self, item_id: int, text: str) -> None:
        cleaned = _required(text)
        with self.vault.transaction() as db:
            db.execute("UPDATE talk_items SET text = ? WHERE id = ?", (cleaned, item_id))

    def set_done(self, item_id: int, done: bool) -> None:
        with self.vault.transaction() as db:
            db.execute("UPDATE talk_items SET done = ? WHERE id = ?", (int(done), item_id))

    def remove(self, item_id: int) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM talk_items WHERE id = ?", (item_id,))

    def reorder(self, item_ids: list[int]) -> None:
        """Store the list in this order (ids not given keep their place after these)."""
        with self.vault.transaction() as db:
            for position, item_id in enumerate(item_ids):
                db.execute("UPDATE talk_items SET position = ? WHERE id = ?", (position, item_id))


def _required(text: str) -> str:
    cleaned = clean_talk_text(text)
    if not cleaned:
        raise ValueError("a talk-about item needs some words")
    return cleaned


class SessionDates:
    """The person's session days and weekly rhythm."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def plan(self) -> SessionPlan:
        db = self.vault.connection
        days = tuple(date.fromisoformat(r[0]) for r in db.execute("SELECT day FROM session_days"))
        meta = dict(
            db.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (WEEKDAY_KEY, RHYTHM_FROM_KEY)
            ).fetchall()
        )
        weekday = int(meta[WEEKDAY_KEY]) if WEEKDAY_KEY in meta else None
        rhythm_from = meta.get(RHYTHM_FROM_KEY)
        return SessionPlan(
            days=tuple(sorted(days)),
            weekday=weekday,
            rhythm_from=date.fromisoformat(rhythm_from) if rhythm_from else None,
        )

    def add_day(self, day: date) -> None:
        with self.vault.transaction() as db:
            db.execute("INSERT OR IGNORE INTO session_days (day) VALUES (?)", (day.isoformat(),))

    def remove_day(self, day: date) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM session_days WHERE day = ?", (day.isoformat(),))

    def set_weekly(self, weekday: int | None, start: date | None = None) -> None:
        """A session every week on ``weekday`` (Monday = 0) from ``start`` on; None for none."""
        if weekday is not None and not 0 <= weekday <= 6:
            raise ValueError("a weekday is 0 (Monday) to 6 (Sunday)")
        with self.vault.transaction() as db:
            db.execute("DELETE FROM meta WHERE key IN (?, ?)", (WEEKDAY_KEY, RHYTHM_FROM_KEY))
            if weekday is None:
                return
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (WEEKDAY_KEY, str(weekday)))
            if start is not None:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    (RHYTHM_FROM_KEY, start.isoformat()),
                )
