"""A crafted key file or backup can't make unlocking run for half an hour or exhaust memory.

The crafted files here carry a correct checksum, as an attacker's would: only the cost limits
stand between them and the Argon2 derivation.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from innerspace.storage import keyfile
from innerspace.storage.backups import create_backup, inspect_backup, with_passphrase
from innerspace.storage.errors import KeyFileTooCostly, VaultDamaged, VaultError
from innerspace.storage.keyfile import (
    FLOOR,
    MAX_ITERATIONS,
    MAX_MEMORY_KIB,
    KdfParams,
    KeyFile,
)
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import KEY_FILE_NAME, Vault
from tests.conftest import PASSPHRASE

GIB_KIB = 1024 * 1024
TOO_MUCH = "more work than InnerSpace would ever use"


def _key_file_asking_for(kdf: KdfParams) -> bytes:
    data_key = keyfile.new_data_key()
    honest = keyfile.passphrase_slot(data_key, PASSPHRASE, FLOOR)
    # The checksum is recomputed from the new cost, so the file is "well formed".
    return KeyFile((replace(honest, kdf=kdf),)).to_bytes()


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param(KdfParams(memory_kib=4 * GIB_KIB, iterations=64, lanes=4), id="4 GiB x 64"),
        pytest.param(KdfParams(memory_kib=2 * GIB_KIB, iterations=3, lanes=4), id="2 GiB"),
        pytest.param(KdfParams(memory_kib=GIB_KIB, iterations=5, lanes=4), id="1 GiB x 5"),
        pytest.param(KdfParams(iterations=MAX_ITERATIONS + 1), id="65 passes"),
        pytest.param(KdfParams(lanes=65), id="65 lanes"),
    ],
)
def test_a_key_file_asking_for_too_much_work_is_refused_before_deriving(kdf: KdfParams) -> None:
    raw = _key_file_asking_for(kdf)
    started = time.monotonic()
    with pytest.raises(KeyFileTooCostly, match=TOO_MUCH):
        KeyFile.from_bytes(raw).unlock_with_passphrase(PASSPHRASE)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    "kdf",
    [
        pytest.param(FLOOR, id="the floor"),
        pytest.param(KdfParams(iterations=MAX_ITERATIONS), id="the most calibration picks"),
        pytest.param(KdfParams(memory_kib=MAX_MEMORY_KIB, iterations=4), id="1 GiB x 4"),
    ],
)
def test_costs_within_what_the_app_uses_are_accepted(kdf: KdfParams) -> None:
    parsed = KeyFile.from_bytes(_key_file_asking_for(kdf)).slot(keyfile.PASSPHRASE_SLOT)
    assert parsed is not None and parsed.kdf == kdf


def test_too_costly_is_still_reported_as_damage_to_older_callers() -> None:
    assert issubclass(KeyFileTooCostly, VaultDamaged)


def test_the_command_line_refuses_a_costly_key_file_in_one_line(
    data_dir: Path, tmp_path: Path
) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
    (data_dir / KEY_FILE_NAME).write_bytes(
        _key_file_asking_for(KdfParams(memory_kib=4 * GIB_KIB, iterations=64))
    )
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "innerspace",
            "--data-dir",
            str(data_dir),
            "list",
            "--passphrase-file",
            str(secret),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and TOO_MUCH in done.stderr, done.stderr


def test_a_backup_with_a_costly_key_file_is_refused_quickly(data_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    with vault:
        made = create_backup(vault, tmp_path / "backups")
    crafted = tmp_path / "crafted.innerspace-backup"
    costly = _key_file_asking_for(KdfParams(memory_kib=4 * GIB_KIB, iterations=64))
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(crafted, "w") as target:
        for info in source.infolist():
            data = costly if info.filename == KEY_FILE_NAME else source.read(info)
            target.writestr(info, data)
    started = time.monotonic()
    with pytest.raises(VaultError):
        inspect_backup(crafted, with_passphrase(PASSPHRASE), work_dir=tmp_path)
    assert time.monotonic() - started < 2
