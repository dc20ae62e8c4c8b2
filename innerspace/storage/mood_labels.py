"""Moods named in words by other apps, and how each felt.

An imported entry keeps its mood's label as the tag ``mood/<label>`` (shown with the entry and
found by search). Saying how a label felt stores a level (1 awful … 5 rad) and fills in the
mood rating of every entry with that label that has none yet; a rating the person gave is
never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlcipher3

from innerspace.core.entries import normalize_tag
from innerspace.storage.vault import Vault

MOOD_TAG_PREFIX = "mood/"
MIN_LEVEL, MAX_LEVEL = 1, 5
# A level of Daylio's five-step scale as the journal's 1–10 rating.
LEVEL_TO_RATING: dict[int, int] = {1: 1, 2: 3, 3: 5, 4: 8, 5: 10}


def mood_tag(label: str) -> str:
    return normalize_tag(MOOD_TAG_PREFIX + label)


def label_of(tag: str) -> str | None:
    """The mood label a tag carries, or ``None`` for any other tag."""
    if tag[: len(MOOD_TAG_PREFIX)].casefold() != MOOD_TAG_PREFIX:
        return None
    return tag[len(MOOD_TAG_PREFIX) :].strip() or None


def check_level(level: int) -> None:
    if level not in LEVEL_TO_RATING:
        raise ValueError(f"a mood level is {MIN_LEVEL}–{MAX_LEVEL}")


@dataclass(frozen=True)
class MoodLabel:
    """A label as the journal holds it: how many entries carry it, and how it felt if said."""

    label: str
    entries: int
    unrated: int
    level: int | None


class MoodLabels:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    def levels(self) -> dict[str, int]:
        """Every label the person has said how it felt, by label as they wrote it."""
        rows = self._db.execute("SELECT label, level FROM mood_label_levels ORDER BY label")
        return {str(r[0]): int(r[1]) for r in rows}

    def all(self) -> list[MoodLabel]:
        """Labels carried by entries or given a level, alphabetically."""
        rows = self._db.execute(
            "SELECT t.name, count(et.entry_id), "
            "sum(CASE WHEN m.entry_id IS NULL THEN 1 ELSE 0 END) FROM tags t "
            "JOIN entry_tags et ON et.tag_id = t.id "
            "LEFT JOIN entry_moods m ON m.entry_id = et.entry_id "
            "WHERE t.name LIKE 'mood/%' GROUP BY t.id"
        ).fetchall()
        levels = {k.casefold(): v for k, v in self.levels().items()}
        found: dict[str, MoodLabel] = {}
        for name, entries, unrated in rows:
            label = label_of(str(name))
            if label is None:
                continue
            found[label.casefold()] = MoodLabel(
                label, int(entries), int(unrated or 0), levels.get(label.casefold())
            )
        for label, level in self.levels().items():
            found.setdefault(label.casefold(), MoodLabel(label, 0, 0, level))
        return sorted(found.values(), key=lambda m: m.label.casefold())

    def set_level(self, label: str, level: int | None) -> int:
        """Say how ``label`` felt (or forget it with ``None``). Entries carrying the label and
        no mood rating get one; returns how many."""
        label = label.strip()
        if not label:
            raise ValueError("a mood label can't be empty")
        with self.vault.transaction() as db:
            if level is None:
                db.execute("DELETE FROM mood_label_levels WHERE label = ?", (label,))
                return 0
            check_level(level)
            db.execute(
                "INSERT INTO mood_label_levels (label, level) VALUES (?, ?) "
                "ON CONFLICT (label) DO UPDATE SET level = excluded.level",
                (label, level),
            )
            cursor = db.execute(
                "INSERT INTO entry_moods (entry_id, rating) "
                "SELECT et.entry_id, ? FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                "WHERE t.name = ? AND NOT EXISTS "
                "(SELECT 1 FROM entry_moods m WHERE m.entry_id = et.entry_id)",
                (LEVEL_TO_RATING[level], mood_tag(label)),
            )
            return int(cursor.rowcount)

    def restore(self, levels: dict[str, int]) -> None:
        """Take levels from an export, keeping any the journal already has."""
        with self.vault.transaction() as db:
            for label, level in levels.items():
                check_level(level)
                db.execute(
                    "INSERT OR IGNORE INTO mood_label_levels (label, level) VALUES (?, ?)",
                    (label.strip(), level),
                )
