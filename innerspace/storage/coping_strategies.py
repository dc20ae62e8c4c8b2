"""The person's own coping toolbox: the names of things that help, kept in the vault.

The list is one of the person's named lists (``storage.named_lists``).
"""

from __future__ import annotations

from collections.abc import Iterable

from innerspace.storage.named_lists import load_names, save_names
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
    return load_names(vault, SETTING_KEY, clean_strategies)


def save_coping_strategies(vault: Vault, names: Iterable[str]) -> list[str]:
    return save_names(vault, SETTING_KEY, names, clean_strategies)


def merge_coping_strategies(vault: Vault, names: Iterable[str]) -> list[str]:
    """The journal's own strategies first, then those from ``names`` it doesn't have yet."""
    with vault.transaction():
        return save_coping_strategies(vault, [*load_coping_strategies(vault), *names])
