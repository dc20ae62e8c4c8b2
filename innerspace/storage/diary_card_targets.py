"""The person's own target behaviours for the DBT diary card, named in their words and kept in
the vault as one of their named lists (``storage.named_lists``), like the coping toolbox."""

from __future__ import annotations

from collections.abc import Iterable

from innerspace.storage.coping_strategies import clean_strategies
from innerspace.storage.named_lists import load_names, save_names
from innerspace.storage.vault import Vault

SETTING_KEY = "dbt_targets"


def load_targets(vault: Vault) -> list[str]:
    return load_names(vault, SETTING_KEY, clean_strategies)


def save_targets(vault: Vault, names: Iterable[str]) -> list[str]:
    return save_names(vault, SETTING_KEY, names, clean_strategies)
