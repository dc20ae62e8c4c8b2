"""The coping toolbox list is kept in the vault, cleaned, and survives reopening."""

from __future__ import annotations

from pathlib import Path

from innerspace.storage.coping_strategies import (
    SETTING_KEY,
    load_coping_strategies,
    save_coping_strategies,
)
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_an_empty_toolbox_to_start_with(vault: Vault) -> None:
    assert load_coping_strategies(vault) == []


def test_saved_names_are_trimmed_and_kept_once(vault: Vault) -> None:
    saved = save_coping_strategies(vault, ["  A walk ", "", "a WALK", "Call  Sam", "   "])
    assert saved == ["A walk", "Call Sam"]
    assert load_coping_strategies(vault) == ["A walk", "Call Sam"]


def test_saving_again_replaces_the_list(vault: Vault) -> None:
    save_coping_strategies(vault, ["Tea", "Music"])
    save_coping_strategies(vault, ["Music"])
    assert load_coping_strategies(vault) == ["Music"]


def test_the_list_survives_locking_and_unlocking(vault: Vault, data_dir: Path) -> None:
    save_coping_strategies(vault, ["Cold water on my face"])
    vault.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert load_coping_strategies(reopened) == ["Cold water on my face"]


def test_a_damaged_value_reads_as_an_empty_toolbox(vault: Vault) -> None:
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO prompt_settings (key, value) VALUES (?, ?)", (SETTING_KEY, "{not json")
        )
    assert load_coping_strategies(vault) == []
