"""The person's own coping toolbox: the names of things that help, kept in the vault.

The list lives in ``prompt_settings`` (the per-journal settings of guided work) as one JSON
value, so it needs no table of its own and is saved whole, like the safety plan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from innerspace.storage.vault import Vault

SETTING_KEY = "coping_strategies"
MAX_NAME_LENGTH = 120


def clean_strategies(names: Iterable[str]) -> list[str]:
    """Trimmed, non-empty names, each once (ignoring case), in the person's order."""
    cleaned: list[str] = []
    seen: set[str] = set()
    for name in names:
        text = " ".join(name.split())[:MAX_NAME_LENGTH]
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    return cleaned


def load_coping_strategies(vault: Vault) -> list[str]:
    row = vault.connection.execute(
        "SELECT value FROM prompt_settings WHERE key = ?", (SETTING_KEY,)
    ).fetchone()
    if row is None:
        return []
    try:
        stored = json.loads(row[0])
    except ValueError:
        return []
    # A damaged value shows as an empty toolbox rather than stopping the exercise from opening.
    if not isinstance(stored, list):
        return []
    return clean_strategies(item for item in stored if isinstance(item, str))


def save_coping_strategies(vault: Vault, names: Iterable[str]) -> list[str]:
    cleaned = clean_strategies(names)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO prompt_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SETTING_KEY, json.dumps(cleaned, ensure_ascii=False)),
        )
    return cleaned


def merge_coping_strategies(vault: Vault, names: Iterable[str]) -> list[str]:
    """The journal's own strategies first, then those from ``names`` it doesn't have yet."""
    with vault.transaction():
        return save_coping_strategies(vault, [*load_coping_strategies(vault), *names])
