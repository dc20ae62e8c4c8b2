"""Opening the journal for a command: it has to exist before anyone is asked for a passphrase."""

from __future__ import annotations

from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.errors import CommandError
from innerspace.storage.journal_settings import adopt_settings_file_values
from innerspace.storage.vault import Vault, vault_exists


def unlock(data_dir: Path, passphrase_file: Path | None, prompt: str = "Passphrase: ") -> Vault:
    if not vault_exists(data_dir):
        raise CommandError(
            f"There's no journal in {data_dir} yet. You can create one with: innerspace init"
        )
    vault = Vault.unlock(data_dir, passphrase.current(passphrase_file, prompt))
    adopt_settings_file_values(vault, data_dir)
    return vault
