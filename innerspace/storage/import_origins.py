"""Where imported entries came from: the record's identity in the other app, a digest of its
content, so that importing a newer export recognises an edited record, and a digest of the entry
as it was stored, so that an entry the person has edited here since is never changed by one."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

from innerspace.core.entries import Entry, to_utc_micros
from innerspace.storage.vault import Vault

_CHUNK = 500


@dataclass(frozen=True)
class Origin:
    entry_id: int
    digest: str
    # ``None`` for entries imported before this was kept: whether they were edited is unknown.
    stored_digest: str | None = None


def entry_digest(entry: Entry) -> str:
    """What a person sees of an entry and could edit: title, body, tags and date."""
    # Tags are matched to names already in the journal regardless of case when stored.
    tags = sorted(tag.casefold() for tag in entry.tags)
    content = [entry.title, entry.body, tags, to_utc_micros(entry.created)]
    text = json.dumps(content, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
            for key, entry_id, digest, stored in self._db.execute(
                "SELECT record_key, entry_id, digest, stored_digest FROM import_origins "
                f"WHERE source = ? AND record_key IN ({marks}) ORDER BY entry_id",
                (source, *chunk),
            ):
                found.setdefault(str(key), []).append(
                    Origin(int(entry_id), str(digest), None if stored is None else str(stored))
                )
        return found

    def record(self, entry: Entry, source: str, key: str, digest: str) -> None:
        """Inside the caller's transaction, or one of its own; ``entry`` as it is stored."""
        if entry.id is None:
            raise ValueError("only a stored entry has an origin")
        with self.vault.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO import_origins "
                "(entry_id, source, record_key, digest, stored_digest) VALUES (?, ?, ?, ?, ?)",
                (entry.id, source, key, digest, entry_digest(entry)),
            )
