"""Shared fixtures: real SQLCipher vaults in ``tmp_path``, at the floor KDF cost to stay quick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "a quiet room with a window"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened, _recovery = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    yield opened
    opened.close()


@pytest.fixture
def journal(vault: Vault) -> Journal:
    return Journal(vault)
