"""The person's prompt library in the vault: favourites, hidden prompts, their own prompts,
imported packs, and which prompt each entry answered."""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import sqlcipher3

from innerspace.core.entries import from_utc_micros, local_now, to_utc_micros
from innerspace.core.prompts import (
    HEAVY_WINDOW,
    RECENT_DAYS,
    AnsweredPrompt,
    InvalidPack,
    Prompt,
    PromptPack,
    builtin_packs,
    builtin_prompts,
    prompt_of_the_day,
    prompt_problems,
)
from innerspace.storage.homework import Homework
from innerspace.storage.vault import Vault

CUSTOM_PREFIX = "custom/"
_SEED_KEY = "daily_seed"
_OPT_IN_KEY = "include_opt_in"


class PromptNotFound(LookupError):
    pass


class InvalidPrompt(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportedPack:
    id: str
    title: str
    description: str
    author: str
    revision: int
    prompt_count: int
    imported: datetime


@dataclass(frozen=True)
class PackImport:
    """What importing a pack did: ``added``, ``updated`` (new content) or ``unchanged``; and
    of a homework pack's assignments, how many are new here and how many were updated."""

    pack_id: str
    outcome: str
    prompt_count: int
    assignments_added: int = 0
    assignments_updated: int = 0


@dataclass(frozen=True)
class PromptLink:
    """Which prompt an entry answered, its depth then, and the writer's local date."""

    prompt_id: str
    depth: str
    answered_on: date


@dataclass(frozen=True)
class CustomPromptRecord:
    prompt: Prompt
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class PackRecord:
    """An imported pack as stored, its prompts as the validated JSON objects, in order."""

    id: str
    title: str
    description: str
    author: str
    language: str
    revision: int
    format_version: int
    digest: str
    imported: datetime
    prompts: tuple[dict[str, Any], ...]


def pack_prompt_id(pack_id: str, prompt_id: str) -> str:
    return f"{pack_id}/{prompt_id}"


class PromptLibrary:
    """Reads and writes prompt state. Every write is one transaction."""

    def __init__(self, vault: Vault, builtin: Sequence[Prompt] | None = None) -> None:
        self.vault = vault
        self._builtin = list(builtin) if builtin is not None else None

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    # -- all prompts ---------------------------------------------------------------------------

    def builtin(self) -> list[Prompt]:
        if self._builtin is None:
            self._builtin = builtin_prompts()
        return self._builtin

    def all_prompts(self) -> list[Prompt]:
        """Built-in, then imported, then the person's own prompts."""
        return [*self.builtin(), *self.pack_prompts(), *self.custom_prompts()]

    def get(self, prompt_id: str) -> Prompt:
        for prompt in self.all_prompts():
            if prompt.id == prompt_id:
                return prompt
        raise PromptNotFound(prompt_id)

    # -- favourites and hidden ----------------------------------------------------------------

    def set_favourite(self, prompt_id: str, favourite: bool = True) -> None:
        self._mark(prompt_id, "favourite", favourite)

    def hide(self, prompt_id: str) -> None:
        self._mark(prompt_id, "hidden", True)

    def unhide(self, prompt_id: str) -> None:
        self._mark(prompt_id, "hidden", False)

    def favourites(self) -> set[str]:
        rows = self._db.execute("SELECT prompt_id FROM prompt_marks WHERE favourite = 1")
        return {str(row[0]) for row in rows}

    def hidden(self) -> set[str]:
        rows = self._db.execute("SELECT prompt_id FROM prompt_marks WHERE hidden = 1")
        return {str(row[0]) for row in rows}

    def _mark(self, prompt_id: str, column: str, value: bool) -> None:
        # ``column`` is one of two literals above, never user input.
        with self.vault.transaction() as db:
            db.execute(
                f"INSERT INTO prompt_marks (prompt_id, {column}) VALUES (?, ?) "
                f"ON CONFLICT (prompt_id) DO UPDATE SET {column} = excluded.{column}",
                (prompt_id, int(value)),
            )
            db.execute("DELETE FROM prompt_marks WHERE favourite = 0 AND hidden = 0")

    # -- the person's own prompts --------------------------------------------------------------

    def add_custom(self, prompt: Prompt) -> Prompt:
        """Store a new prompt of the person's own; its ``id`` is assigned here."""
        _require_valid(prompt)
        now = to_utc_micros(datetime.now().astimezone())
        with self.vault.transaction() as db:
            cursor = db.execute(
                "INSERT INTO custom_prompts (text, approach, themes, depth, minutes, follow_ups, "
                "content_note, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_custom_values(prompt), now, now),
            )
            number = int(cursor.lastrowid or 0)
        return replace(prompt, id=f"{CUSTOM_PREFIX}{number}")

    def update_custom(self, prompt: Prompt) -> Prompt:
        number = _custom_number(prompt.id)
        _require_valid(prompt)
        now = to_utc_micros(datetime.now().astimezone())
        with self.vault.transaction() as db:
            cursor = db.execute(
                "UPDATE custom_prompts SET text = ?, approach = ?, themes = ?, depth = ?, "
                "minutes = ?, follow_ups = ?, content_note = ?, updated_utc = ? WHERE id = ?",
                (*_custom_values(prompt), now, number),
            )
            if cursor.rowcount == 0:
                raise PromptNotFound(prompt.id)
        return prompt

    def delete_custom(self, prompt_id: str) -> None:
        """Remove a prompt of the person's own. Entries that answered it keep their text."""
        number = _custom_number(prompt_id)
        with self.vault.transaction() as db:
            cursor = db.execute("DELETE FROM custom_prompts WHERE id = ?", (number,))
            if cursor.rowcount == 0:
                raise PromptNotFound(prompt_id)
            db.execute("DELETE FROM prompt_marks WHERE prompt_id = ?", (prompt_id,))

    def custom_prompts(self) -> list[Prompt]:
        rows = self._db.execute(
            "SELECT id, text, approach, themes, depth, minutes, follow_ups, content_note "
            "FROM custom_prompts ORDER BY id"
        ).fetchall()
        return [
            Prompt(
                id=f"{CUSTOM_PREFIX}{row[0]}",
                text=row[1],
                approach=row[2],
                themes=tuple(json.loads(row[3])),
                depth=row[4],
                minutes=int(row[5]),
                follow_ups=tuple(json.loads(row[6])),
                content_note=row[7],
            )
            for row in rows
        ]

    # -- packs ---------------------------------------------------------------------------------

    def _reserved_pack_ids(self) -> set[str]:
        # Pack prompts are stored as "pack/prompt": a pack called "custom" (or like a built-in
        # pack) would collide with the person's own prompts or the library's.
        return {CUSTOM_PREFIX.rstrip("/")} | {pack.id for pack in builtin_packs()}

    def import_pack(self, pack: PromptPack) -> PackImport:
        """Store a validated pack in one transaction; importing it again replaces, never adds."""
        if pack.id in self._reserved_pack_ids():
            raise InvalidPack(
                [f"The pack's id '{pack.id}' is taken by InnerSpace; please give it another id."]
            )
        count = len(pack.prompts)
        with self.vault.transaction() as db:
            row = db.execute("SELECT digest FROM prompt_packs WHERE id = ?", (pack.id,)).fetchone()
            if row is not None and row[0] == pack.digest:
                return PackImport(pack.id, "unchanged", count)
            db.execute("DELETE FROM prompt_packs WHERE id = ?", (pack.id,))
            db.execute(
                "INSERT INTO prompt_packs (id, title, description, author, language, revision, "
                "format_version, digest, imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pack.id,
                    pack.title,
                    pack.description,
                    pack.author,
                    pack.language,
                    pack.revision,
                    pack.format_version,
                    pack.digest,
                    to_utc_micros(datetime.now().astimezone()),
                ),
            )
            db.executemany(
                "INSERT INTO pack_prompts (id, pack_id, position, prompt) VALUES (?, ?, ?, ?)",
                [
                    (
                        pack_prompt_id(pack.id, p.id),
                        pack.id,
                        position,
                        json.dumps(p.to_json(), ensure_ascii=False),
                    )
                    for position, p in enumerate(pack.prompts)
                ],
            )
            taken = Homework(self.vault).take_from_pack(
                pack.id, pack.assignments, local_now().date()
            )
        outcome = "added" if row is None else "updated"
        return PackImport(pack.id, outcome, count, taken.added, taken.updated)

    def remove_pack(self, pack_id: str) -> None:
        with self.vault.transaction() as db:
            cursor = db.execute("DELETE FROM prompt_packs WHERE id = ?", (pack_id,))
            if cursor.rowcount == 0:
                raise PromptNotFound(pack_id)

    def imported_packs(self) -> list[ImportedPack]:
        rows = self._db.execute(
            "SELECT p.id, p.title, p.description, p.author, p.revision, p.imported_utc, "
            "(SELECT count(*) FROM pack_prompts q WHERE q.pack_id = p.id) "
            "FROM prompt_packs p ORDER BY p.title COLLATE NOCASE, p.id"
        ).fetchall()
        return [
            ImportedPack(
                id=row[0],
                title=row[1],
                description=row[2],
                author=row[3],
                revision=int(row[4]),
                prompt_count=int(row[6]),
                imported=_from_micros(int(row[5])),
            )
            for row in rows
        ]

    def pack_prompts(self) -> list[Prompt]:
        rows = self._db.execute(
            "SELECT id, prompt FROM pack_prompts ORDER BY pack_id, position"
        ).fetchall()
        return [replace(Prompt.from_json(json.loads(row[1])), id=row[0]) for row in rows]

    # -- answered prompts ----------------------------------------------------------------------

    def link_entry(self, entry_id: int, prompt: Prompt, answered_on: date) -> None:
        """Record that ``entry_id`` answered ``prompt`` (one prompt per entry; the last wins)."""
        with self.vault.transaction() as db:
            db.execute(
                "INSERT INTO entry_prompts (entry_id, prompt_id, depth, answered_on) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET "
                "prompt_id = excluded.prompt_id, depth = excluded.depth, "
                "answered_on = excluded.answered_on",
                (entry_id, prompt.id, prompt.depth, answered_on.isoformat()),
            )

    def unlink_entry(self, entry_id: int) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM entry_prompts WHERE entry_id = ?", (entry_id,))

    def prompt_for_entry(self, entry_id: int) -> str | None:
        row = self._db.execute(
            "SELECT prompt_id FROM entry_prompts WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def answered_since(self, first_day: date) -> list[AnsweredPrompt]:
        """Prompts answered on or after ``first_day``, oldest first."""
        rows = self._db.execute(
            "SELECT prompt_id, answered_on, depth FROM entry_prompts WHERE answered_on >= ? "
            "ORDER BY answered_on, entry_id",
            (first_day.isoformat(),),
        ).fetchall()
        return [AnsweredPrompt(row[0], date.fromisoformat(row[1]), row[2]) for row in rows]

    def last_answered(self, count: int, *, before: date) -> list[AnsweredPrompt]:
        """The ``count`` most recent answers before ``before``, oldest first."""
        rows = self._db.execute(
            "SELECT prompt_id, answered_on, depth FROM entry_prompts WHERE answered_on < ? "
            "ORDER BY answered_on DESC, entry_id DESC LIMIT ?",
            (before.isoformat(), count),
        ).fetchall()
        return [AnsweredPrompt(row[0], date.fromisoformat(row[1]), row[2]) for row in rows][::-1]

    # -- export and import of the whole library ----------------------------------------------

    def links_for(self, entry_ids: Sequence[int]) -> dict[int, PromptLink]:
        out: dict[int, PromptLink] = {}
        ids = list(entry_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._db.execute(
                "SELECT entry_id, prompt_id, depth, answered_on FROM entry_prompts "
                f"WHERE entry_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for entry_id, prompt_id, depth, answered_on in rows:
                out[int(entry_id)] = PromptLink(prompt_id, depth, date.fromisoformat(answered_on))
        return out

    def restore_link(self, entry_id: int, link: PromptLink) -> None:
        """Link an entry as it was linked where it came from, even to a prompt not known here."""
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO entry_prompts (entry_id, prompt_id, depth, answered_on) "
                "VALUES (?, ?, ?, ?)",
                (entry_id, link.prompt_id, link.depth, link.answered_on.isoformat()),
            )

    def restore_marks(self, favourites: Sequence[str], hidden: Sequence[str]) -> None:
        """Add to the favourites and hidden prompts; marks already set stay as they are."""
        with self.vault.transaction():
            for prompt_id in favourites:
                self.set_favourite(prompt_id)
            for prompt_id in hidden:
                self.hide(prompt_id)

    def custom_prompt_records(self) -> list[CustomPromptRecord]:
        times = {
            int(row[0]): (_from_micros(int(row[1])), _from_micros(int(row[2])))
            for row in self._db.execute("SELECT id, created_utc, updated_utc FROM custom_prompts")
        }
        return [
            CustomPromptRecord(prompt, *times[_custom_number(prompt.id)])
            for prompt in self.custom_prompts()
        ]

    def restore_custom(self, record: CustomPromptRecord) -> str:
        """Store a prompt of the person's own under its id when that is free here, or find it
        already stored with the same content (under that id or another); otherwise store it
        under a new id. Returns the id it has in this journal."""
        prompt = record.prompt
        number = _custom_number(prompt.id)
        _require_valid(prompt)
        with self.vault.transaction() as db:
            row = db.execute(
                "SELECT text, approach, themes, depth, minutes, follow_ups, content_note "
                "FROM custom_prompts WHERE id = ?",
                (number,),
            ).fetchone()
            if row is not None:
                if tuple(row) == _custom_values(prompt):
                    return prompt.id
                # Moved here by an earlier import of the same file: found, not added twice.
                for other in db.execute(
                    "SELECT id, text, approach, themes, depth, minutes, follow_ups, content_note "
                    "FROM custom_prompts ORDER BY id"
                ):
                    if tuple(other[1:]) == _custom_values(prompt):
                        return f"{CUSTOM_PREFIX}{other[0]}"
                number = int(
                    db.execute("SELECT coalesce(max(id), 0) + 1 FROM custom_prompts").fetchone()[0]
                )
            db.execute(
                "INSERT INTO custom_prompts (id, text, approach, themes, depth, minutes, "
                "follow_ups, content_note, created_utc, updated_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    number,
                    *_custom_values(prompt),
                    to_utc_micros(record.created),
                    to_utc_micros(record.updated),
                ),
            )
        return f"{CUSTOM_PREFIX}{number}"

    def pack_records(self) -> list[PackRecord]:
        rows = self._db.execute(
            "SELECT id, title, description, author, language, revision, format_version, digest, "
            "imported_utc FROM prompt_packs ORDER BY id"
        ).fetchall()
        return [
            PackRecord(
                id=row[0],
                title=row[1],
                description=row[2],
                author=row[3],
                language=row[4],
                revision=int(row[5]),
                format_version=int(row[6]),
                digest=row[7],
                imported=_from_micros(int(row[8])),
                prompts=tuple(
                    json.loads(p[0])
                    for p in self._db.execute(
                        "SELECT prompt FROM pack_prompts WHERE pack_id = ? ORDER BY position",
                        (row[0],),
                    )
                ),
            )
            for row in rows
        ]

    def restore_pack(self, record: PackRecord) -> bool:
        """Store a pack as it was stored elsewhere; a pack with the same id already here is kept
        as it is (False). Each prompt must pass the same checks as in a pack file."""
        problems = [
            problem
            for position, data in enumerate(record.prompts, start=1)
            for problem in prompt_problems(data, f"Prompt {position}")
        ]
        if record.id in self._reserved_pack_ids():
            problems.append(f"The pack's id '{record.id}' is taken by InnerSpace.")
        if problems:
            raise InvalidPrompt(problems)
        with self.vault.transaction() as db:
            if db.execute("SELECT 1 FROM prompt_packs WHERE id = ?", (record.id,)).fetchone():
                return False
            db.execute(
                "INSERT INTO prompt_packs (id, title, description, author, language, revision, "
                "format_version, digest, imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.title,
                    record.description,
                    record.author,
                    record.language,
                    record.revision,
                    record.format_version,
                    record.digest,
                    to_utc_micros(record.imported),
                ),
            )
            db.executemany(
                "INSERT INTO pack_prompts (id, pack_id, position, prompt) VALUES (?, ?, ?, ?)",
                [
                    (
                        pack_prompt_id(record.id, str(data["id"])),
                        record.id,
                        position,
                        json.dumps(data, ensure_ascii=False),
                    )
                    for position, data in enumerate(record.prompts)
                ],
            )
        return True

    def stored_seed(self) -> str | None:
        """The per-journal seed if one was made yet (``daily_seed`` makes one when asked)."""
        row = self._db.execute(
            "SELECT value FROM prompt_settings WHERE key = ?", (_SEED_KEY,)
        ).fetchone()
        return None if row is None else str(row[0])

    def stored_opt_in(self) -> bool | None:
        """The opt-in as the person set it, or ``None`` when they never chose."""
        row = self._db.execute(
            "SELECT value FROM prompt_settings WHERE key = ?", (_OPT_IN_KEY,)
        ).fetchone()
        return None if row is None else row[0] == "1"

    def restore_settings(self, seed: str | None, include_opt_in: bool | None) -> None:
        """Take settings from elsewhere only where this journal has none of its own."""
        with self.vault.transaction() as db:
            for key, value in (
                (_SEED_KEY, seed),
                (_OPT_IN_KEY, None if include_opt_in is None else str(int(include_opt_in))),
            ):
                if value is not None:
                    db.execute(
                        "INSERT OR IGNORE INTO prompt_settings (key, value) VALUES (?, ?)",
                        (key, value),
                    )

    # -- prompt of the day ---------------------------------------------------------------------

    def daily_seed(self) -> str:
        """A per-journal secret, so two journals don't walk through prompts in step."""
        row = self._db.execute(
            "SELECT value FROM prompt_settings WHERE key = ?", (_SEED_KEY,)
        ).fetchone()
        if row is not None:
            return str(row[0])
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO prompt_settings (key, value) VALUES (?, ?)",
                (_SEED_KEY, secrets.token_hex(16)),
            )
            value = db.execute(
                "SELECT value FROM prompt_settings WHERE key = ?", (_SEED_KEY,)
            ).fetchone()
        return str(value[0])

    def include_opt_in(self) -> bool:
        """Whether the person asked for gentle work on old hurts in the prompt of the day."""
        row = self._db.execute(
            "SELECT value FROM prompt_settings WHERE key = ?", (_OPT_IN_KEY,)
        ).fetchone()
        return row is not None and row[0] == "1"

    def set_include_opt_in(self, include: bool) -> None:
        with self.vault.transaction() as db:
            db.execute(
                "INSERT INTO prompt_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_OPT_IN_KEY, "1" if include else "0"),
            )

    def prompt_of_the_day(self, today: date) -> Prompt | None:
        earliest = date.fromordinal(max(1, today.toordinal() - RECENT_DAYS - 1))
        history = [a for a in self.answered_since(earliest) if a.on < today]
        if len(history) < HEAVY_WINDOW:
            # The heavy-run rule looks at the last few answers, however long ago they were.
            history = self.last_answered(HEAVY_WINDOW - len(history), before=earliest) + history
        return prompt_of_the_day(
            self.all_prompts(),
            today,
            self.daily_seed(),
            history,
            self.hidden(),
            include_opt_in=self.include_opt_in(),
            journal_started=self.journal_started(),
            latest_mood=self.latest_mood(before=today),
        )

    def answered_on(self, day: date) -> bool:
        """Whether an entry written on ``day`` answers a prompt (the day's card then rests)."""
        return any(a.on == day for a in self.answered_since(day))

    # Entry days are the writer's local days, as the journal shows them.
    _LOCAL_DAY = "date(e.created_utc / 1000000 + e.created_offset, 'unixepoch')"

    def journal_started(self) -> date | None:
        """The local day of the journal's first entry, or None when there is none yet."""
        row = self._db.execute(f"SELECT min({self._LOCAL_DAY}) FROM entries e").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def latest_mood(self, *, before: date) -> int | None:
        """The most recent mood rating on an entry written before ``before``."""
        row = self._db.execute(
            f"SELECT m.rating FROM entry_moods m JOIN entries e ON e.id = m.entry_id "
            f"WHERE {self._LOCAL_DAY} < ? ORDER BY e.created_utc DESC LIMIT 1",
            (before.isoformat(),),
        ).fetchone()
        return int(row[0]) if row else None


def _require_valid(prompt: Prompt) -> None:
    data: dict[str, Any] = prompt.to_json()
    data["id"] = "custom"
    problems = prompt_problems(data, "The prompt")
    if problems:
        raise InvalidPrompt(problems)


def _custom_values(prompt: Prompt) -> tuple[object, ...]:
    return (
        prompt.text.strip(),
        prompt.approach,
        json.dumps(list(prompt.themes), ensure_ascii=False),
        prompt.depth,
        prompt.minutes,
        json.dumps(list(prompt.follow_ups), ensure_ascii=False),
        prompt.content_note,
    )


def _custom_number(prompt_id: str) -> int:
    if not prompt_id.startswith(CUSTOM_PREFIX) or not prompt_id[len(CUSTOM_PREFIX) :].isdigit():
        raise PromptNotFound(prompt_id)
    return int(prompt_id[len(CUSTOM_PREFIX) :])


def _from_micros(micros: int) -> datetime:
    return from_utc_micros(micros, 0)
