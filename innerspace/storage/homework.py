"""The person's homework in the vault: assignments, and the entries written for them."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import sqlcipher3

from innerspace.core.entries import to_utc_micros
from innerspace.core.homework import (
    Assignment,
    Progress,
    Target,
    check_assignment,
    new_assignment_uid,
    progress,
    this_week,
    week_progress,
)
from innerspace.storage.vault import Vault

_COLUMNS = (
    "id, uid, title, instructions, asks_for, reference, target_kind, target_times, starts_on, "
    "due_on, status, notes, pack_id, pack_item"
)
# Entry days are the writer's local days, as the journal shows them.
_LOCAL_DAY = "date(e.created_utc / 1000000 + e.created_offset, 'unixepoch')"


class AssignmentNotFound(LookupError):
    pass


@dataclass(frozen=True)
class AssignmentProgress:
    """An assignment and how it went in the period asked about."""

    assignment: Assignment
    progress: Progress


@dataclass(frozen=True)
class PackTaken:
    """What a homework pack's assignments did here: how many are new and how many updated."""

    added: int
    updated: int


class Homework:
    """Reads and writes assignments and their links. Every write is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    # -- assignments ---------------------------------------------------------------------------

    def add(self, assignment: Assignment) -> Assignment:
        check_assignment(assignment)
        with self.vault.transaction() as db:
            now = _now()
            cursor = db.execute(
                f"INSERT INTO assignments ({_COLUMNS}, created_utc, updated_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_values(assignment), now, now),
            )
        return replace(assignment, id=int(cursor.lastrowid or 0))

    def update(self, assignment: Assignment) -> Assignment:
        """Store changes to an assignment; its links (and so its progress) stay."""
        if assignment.id is None:
            raise ValueError("update() needs a stored assignment")
        check_assignment(assignment)
        with self.vault.transaction() as db:
            cursor = db.execute(
                "UPDATE assignments SET title = ?, instructions = ?, asks_for = ?, "
                "reference = ?, target_kind = ?, target_times = ?, starts_on = ?, due_on = ?, "
                "status = ?, notes = ?, updated_utc = ? WHERE id = ?",
                (*_values(assignment)[2:12], _now(), assignment.id),
            )
            if cursor.rowcount == 0:
                raise AssignmentNotFound(assignment.id)
        return assignment

    def set_status(self, assignment_id: int, status: str) -> Assignment:
        """Mark done, set aside, or take up again (``active``)."""
        return self.update(replace(self.get(assignment_id), status=status))

    def get(self, assignment_id: int) -> Assignment:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM assignments WHERE id = ?", (assignment_id,)
        ).fetchone()
        if row is None:
            raise AssignmentNotFound(assignment_id)
        return _assignment(row)

    def all(self) -> list[Assignment]:
        """Every assignment, in the order they were added."""
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM assignments ORDER BY id").fetchall()
        return [_assignment(row) for row in rows]

    # -- links ---------------------------------------------------------------------------------

    def link_entry(self, entry_id: int, assignment_id: int) -> None:
        """Record that ``entry_id`` was written for ``assignment_id`` (again is harmless). An
        assignment no longer in the journal (a draft kept across restoring an older backup)
        is passed over: the entry is saved all the same."""
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO entry_assignments (entry_id, assignment_id) "
                "SELECT ?, id FROM assignments WHERE id = ?",
                (entry_id, assignment_id),
            )

    def assignments_for_entry(self, entry_id: int) -> list[Assignment]:
        rows = self._db.execute(
            f"SELECT {', '.join('a.' + c for c in _COLUMNS.split(', '))} FROM assignments a "
            "JOIN entry_assignments l ON l.assignment_id = a.id WHERE l.entry_id = ? "
            "ORDER BY a.id",
            (entry_id,),
        ).fetchall()
        return [_assignment(row) for row in rows]

    def entries_for(self, assignment_id: int) -> list[int]:
        """The entries written for an assignment, oldest first."""
        rows = self._db.execute(
            "SELECT e.id FROM entries e JOIN entry_assignments l ON l.entry_id = e.id "
            "WHERE l.assignment_id = ? ORDER BY e.sort_key",
            (assignment_id,),
        )
        return [int(row[0]) for row in rows]

    def done_days(self) -> dict[int, list[date]]:
        """For each assignment with linked entries, the local days those were written on."""
        days: dict[int, list[date]] = defaultdict(list)
        for assignment_id, day in self._db.execute(
            f"SELECT l.assignment_id, {_LOCAL_DAY} FROM entry_assignments l "
            "JOIN entries e ON e.id = l.entry_id"
        ):
            days[int(assignment_id)].append(date.fromisoformat(day))
        return dict(days)

    # -- progress ------------------------------------------------------------------------------

    def progress_between(self, first: date, last: date) -> list[AssignmentProgress]:
        """Homework progress for a period (a session summary's): every assignment open at some
        point between ``first`` and ``last``, or with entries written for it then, with what
        was done in that period. Assignments set aside are left out unless done in it."""
        done = self.done_days()
        shown = []
        for assignment in self.all():
            days = done.get(assignment.id or -1, [])
            worked_on = any(first <= d <= last for d in days)
            overlaps = (assignment.starts is None or assignment.starts <= last) and (
                assignment.due is None or assignment.due >= first
            )
            if worked_on or (overlaps and assignment.status != "set-aside"):
                made = progress(assignment, days, first, last)
                shown.append(AssignmentProgress(assignment, made))
        return shown

    def this_week(self, today: date, *, everything: bool = False) -> list[AssignmentProgress]:
        """The This week list: active assignments with this week's progress, soonest due first;
        with ``everything``, then every other assignment too (done, set aside, or not open
        this week), newest first."""
        done = self.done_days()
        shown = this_week(self.all(), today)
        if everything:
            ids = {a.id for a in shown}
            shown += [a for a in reversed(self.all()) if a.id not in ids]
        return [
            AssignmentProgress(a, week_progress(a, done.get(a.id or -1, []), today)) for a in shown
        ]

    # -- homework packs ------------------------------------------------------------------------

    def take_from_pack(
        self, pack_id: str, assignments: Sequence[Assignment], today: date
    ) -> PackTaken:
        """Store a pack's assignments (inside the caller's transaction, if any). One the pack
        gave before is updated in what the pack says, keeping the person's status, notes and
        links, and a title or instructions they have put in their own words since; an
        assignment without a start date starts ``today``."""
        added = updated = 0
        with self.vault.transaction() as db:
            for item in assignments:
                item = replace(item, pack_id=pack_id, starts=item.starts or today)
                check_assignment(item)
                row = db.execute(
                    "SELECT id, status, notes, title, instructions, pack_words FROM assignments "
                    "WHERE pack_id = ? AND pack_item = ?",
                    (pack_id, item.pack_item),
                ).fetchone()
                if row is None:
                    # Its own uid in each journal, however many times one pack was read.
                    stored = self.add(replace(item, uid=new_assignment_uid()))
                    added += 1
                else:
                    # Words the pack gave last time and nobody changed take the new ones;
                    # unknown (stored before the pack's words were kept) counts as changed.
                    given = _pack_words(row[5])
                    title = item.title if given.get("title") == row[3] else row[3]
                    instructions = (
                        item.instructions if given.get("instructions") == row[4] else row[4]
                    )
                    stored = self.update(
                        replace(
                            item,
                            id=int(row[0]),
                            status=row[1],
                            notes=row[2],
                            title=title,
                            instructions=instructions,
                        )
                    )
                    updated += 1
                words = {"title": item.title, "instructions": item.instructions}
                db.execute(
                    "UPDATE assignments SET pack_words = ? WHERE id = ?",
                    (json.dumps(words, ensure_ascii=False), stored.id),
                )
        return PackTaken(added, updated)

    # -- export and import ---------------------------------------------------------------------

    def links_by_entry_uid(self) -> dict[str, list[str]]:
        """Entry uid → the uids of the assignments it was written for."""
        links: dict[str, list[str]] = defaultdict(list)
        for entry_uid, assignment_uid in self._db.execute(
            "SELECT e.uid, a.uid FROM entry_assignments l JOIN entries e ON e.id = l.entry_id "
            "JOIN assignments a ON a.id = l.assignment_id ORDER BY e.id, a.id"
        ):
            links[str(entry_uid)].append(str(assignment_uid))
        return dict(links)

    def restore(self, assignments: Iterable[Assignment]) -> dict[str, int]:
        """Bring in assignments from an export (inside the caller's transaction, if any). One
        whose uid is already here is kept as it is, and so is one the same homework pack gave
        this journal too (the same pack imported on two computers): they are one assignment,
        and what was written for either counts for it. Returns uid → id here for all of them."""
        ids: dict[str, int] = {}
        with self.vault.transaction() as db:
            for assignment in assignments:
                row = db.execute(
                    "SELECT id FROM assignments WHERE uid = ?", (assignment.uid,)
                ).fetchone()
                if row is None and assignment.pack_id is not None:
                    row = db.execute(
                        "SELECT id FROM assignments WHERE pack_id = ? AND pack_item = ?",
                        (assignment.pack_id, assignment.pack_item),
                    ).fetchone()
                if row is not None:
                    ids[assignment.uid] = int(row[0])
                else:
                    ids[assignment.uid] = self.add(replace(assignment, id=None)).id or 0
        return ids


def _now() -> int:
    return to_utc_micros(datetime.now().astimezone())


def _values(a: Assignment) -> tuple[Any, ...]:
    return (
        a.id,
        a.uid,
        a.title.strip(),
        a.instructions.strip(),
        a.asks_for,
        a.reference.strip(),
        a.target.kind,
        a.target.times,
        None if a.starts is None else a.starts.isoformat(),
        None if a.due is None else a.due.isoformat(),
        a.status,
        a.notes.strip(),
        a.pack_id,
        a.pack_item,
    )


def _assignment(row: Sequence[Any]) -> Assignment:
    return Assignment(
        id=int(row[0]),
        uid=row[1],
        title=row[2],
        instructions=row[3],
        asks_for=row[4],
        reference=row[5],
        target=Target(row[6], int(row[7])),
        starts=None if row[8] is None else date.fromisoformat(row[8]),
        due=None if row[9] is None else date.fromisoformat(row[9]),
        status=row[10],
        notes=row[11],
        pack_id=row[12],
        pack_item=row[13],
    )


def _pack_words(stored: str | None) -> dict[str, str]:
    """What a pack last gave an assignment; empty when unknown or unreadable."""
    try:
        words = json.loads(stored) if stored else {}
    except ValueError:
        return {}
    return {k: v for k, v in words.items() if isinstance(v, str)} if isinstance(words, dict) else {}
