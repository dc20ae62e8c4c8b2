"""The person's own target behaviours for the DBT diary card, named in their words and kept in
the vault (in ``prompt_settings``, saved whole, like the coping toolbox)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from innerspace.storage.coping_strategies import clean_strategies
from innerspace.storage.vault import Vault

SETTING_KEY = "dbt_targets"


def load_targets(vault: Vault) -> list[str]:
    row = vault.connection.execute(
        "SELECT value FROM prompt_settings WHERE key = ?", (SETTING_KEY,)
    ).fetchone()
    try:
        stored = json.loads(row[0]) if row is not None else []
    except ValueError:
        return []
    # A damaged value shows as no targets yet rather than stopping the card from opening.
    if not isinstance(stored, list):
        return []
    return clean_strategies(item for item in stored if isinstance(item, str))


def save_targets(vault: Vault, names: Iterable[str]) -> list[str]:
    cleaned = clean_strategies(names)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO prompt_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SETTING_KEY, json.dumps(cleaned, ensure_ascii=False)),
        )
    return cleaned
