"""Where imported entries came from: the record's identity in the other app and a digest of
its content, so that importing a newer export recognises an edited record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

from innerspace.storage.vault import Vault

_CHUNK = 500


@dataclass(frozen=True)
class Origin:
    entry_id: int
    digest: str


class ImportOrigins:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _db(self) -> sqlcipher3.Connection:
        return self.vault.connection

    def find(self, source: str, keys: Iterable[str]) -> dict[str, list[Origin]]:
        """The entries each record became, oldest first (a record kept twice has two)."""
        found: dict[str, list[Origin]] = {}
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, entry_id, digest in self._db.execute(
                "SELECT record_key, entry_id, digest FROM import_origins "
                f"WHERE source = ? AND record_key IN ({marks}) ORDER BY entry_id",
                (source, *chunk),
            ):
                found.setdefault(str(key), []).append(Origin(int(entry_id), str(digest)))
        return found

    def record(self, entry_id: int, source: str, key: str, digest: str) -> None:
        """Inside the caller's transaction, or one of its own."""
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO import_origins (entry_id, source, record_key, digest) "
                "VALUES (?, ?, ?, ?)",
                (entry_id, source, key, digest),
            )
