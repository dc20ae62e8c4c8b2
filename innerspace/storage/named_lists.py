"""Short lists a person names in their own words (coping strategies, the scales of their own
check-in, diary-card target behaviours), kept in the vault.

Each list lives in ``prompt_settings`` (the per-journal settings of guided work) as one JSON value
under its own key, so it needs no table of its own and is saved whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from innerspace.storage.vault import Vault

Cleaner = Callable[[Iterable[str]], list[str]]


def load_names(vault: Vault, key: str, clean: Cleaner) -> list[str]:
    row = vault.connection.execute(
        "SELECT value FROM prompt_settings WHERE key = ?", (key,)
    ).fetchone()
    try:
        stored = json.loads(row[0]) if row is not None else []
    except ValueError:
        return []
    # A damaged value shows as an empty list rather than stopping a form from opening.
    if not isinstance(stored, list):
        return []
    return clean(item for item in stored if isinstance(item, str))


def save_names(vault: Vault, key: str, names: Iterable[str], clean: Cleaner) -> list[str]:
    """Store the list whole, cleaned; returns what was stored."""
    cleaned = clean(names)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO prompt_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(cleaned, ensure_ascii=False)),
        )
    return cleaned
