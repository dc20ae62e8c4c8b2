"""Thinking traps in the vault: the person's own, and built-in ones they chose to hide."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import sqlcipher3

from innerspace.core.entries import from_utc_micros, to_utc_micros
from innerspace.core.exercises import Distortion, load_distortions
from innerspace.storage.vault import Vault

CUSTOM_PREFIX = "custom/"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class CustomDistortionRecord:
    distortion: Distortion
    created: datetime


class DistortionList:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    def add_custom(self, name: str, description: str = "", example: str = "") -> Distortion:
        """Name a thinking trap of one's own; its id is 'custom/' and a slug of the name."""
        name = name.strip()
        if not name:
            raise ValueError("A thinking trap needs a name.")
        slug = _NOT_SLUG.sub("-", name.casefold()).strip("-")[:48] or "trap"
        with self.vault.transaction() as db:
            taken = {str(row[0]) for row in db.execute("SELECT id FROM custom_distortions")}
            ident, n = f"{CUSTOM_PREFIX}{slug}", 2
            while ident in taken:
                ident, n = f"{CUSTOM_PREFIX}{slug}-{n}", n + 1
            db.execute(
                "INSERT INTO custom_distortions (id, name, description, example, created_utc) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    ident,
                    name,
                    description.strip(),
                    example.strip(),
                    to_utc_micros(datetime.now().astimezone()),
                ),
            )
        return Distortion(ident, name, description.strip(), example.strip())

    def delete_custom(self, distortion_id: str) -> None:
        """Thought records that used it keep the id; they show it as written."""
        with self.vault.transaction() as db:
            db.execute("DELETE FROM custom_distortions WHERE id = ?", (distortion_id,))

    def custom(self) -> list[Distortion]:
        rows = self._db.execute(
            "SELECT id, name, description, example FROM custom_distortions ORDER BY created_utc"
        ).fetchall()
        return [Distortion(*row) for row in rows]

    def hide(self, distortion_id: str) -> None:
        with self.vault.transaction() as db:
            db.execute("INSERT OR IGNORE INTO hidden_distortions (id) VALUES (?)", (distortion_id,))

    def unhide(self, distortion_id: str) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM hidden_distortions WHERE id = ?", (distortion_id,))

    def hidden(self) -> set[str]:
        return {str(row[0]) for row in self._db.execute("SELECT id FROM hidden_distortions")}

    def shown(self) -> list[Distortion]:
        """Built-in traps not hidden, then the person's own."""
        hidden = self.hidden()
        return [d for d in load_distortions() if d.id not in hidden] + self.custom()

    def names(self) -> dict[str, str]:
        """Every id to its name, hidden ones included, for rendering old thought records."""
        return {d.id: d.name for d in [*load_distortions(), *self.custom()]}

    def custom_records(self) -> list[CustomDistortionRecord]:
        rows = self._db.execute(
            "SELECT id, name, description, example, created_utc FROM custom_distortions "
            "ORDER BY created_utc"
        ).fetchall()
        return [
            CustomDistortionRecord(Distortion(*row[:4]), from_utc_micros(int(row[4]), 0))
            for row in rows
        ]

    def restore_custom(self, record: CustomDistortionRecord) -> bool:
        """Store a trap of one's own under its id; one already here by that id is kept."""
        trap = record.distortion
        if not trap.id.startswith(CUSTOM_PREFIX) or not trap.name.strip():
            raise ValueError("A thinking trap of one's own needs a 'custom/' id and a name.")
        with self.vault.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO custom_distortions "
                "(id, name, description, example, created_utc) VALUES (?, ?, ?, ?, ?)",
                (
                    trap.id,
                    trap.name,
                    trap.description,
                    trap.example,
                    to_utc_micros(record.created),
                ),
            )
        return int(cursor.rowcount) > 0

    def restore_hidden(self, distortion_ids: list[str]) -> None:
        with self.vault.transaction():
            for distortion_id in distortion_ids:
                self.hide(distortion_id)
