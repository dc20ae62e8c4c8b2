"""The command line as a separate process: exit statuses, stderr lines, pipes and terminals."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

WRONG_PASSPHRASE = "innerspace: That passphrase doesn't open this journal. Please try again.\n"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path) -> Path:
    vault.close()
    return data_dir


def innerspace(data_dir: Path, *argv: str, **options: Any) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    options.setdefault("stdin", subprocess.DEVNULL)
    options.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "innerspace", "--data-dir", str(data_dir), *argv],
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
        **options,
    )


def test_a_wrong_passphrase_exits_1_with_one_line(journal_dir: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it at all\n", encoding="utf-8")

    done = innerspace(journal_dir, "list", "--passphrase-file", str(wrong))

    assert (done.returncode, done.stderr, done.stdout) == (1, WRONG_PASSPHRASE, "")


def test_a_missing_journal_exits_1_with_one_line(tmp_path: Path, passphrase_file: Path) -> None:
    done = innerspace(tmp_path / "none", "show", "1", "--passphrase-file", str(passphrase_file))

    assert done.returncode == 1
    assert done.stderr.startswith("innerspace: There's no journal in ")
    assert done.stderr.count("\n") == 1


def test_a_missing_passphrase_file_exits_1_with_one_line(journal_dir: Path, tmp_path: Path) -> None:
    done = innerspace(journal_dir, "check", "--passphrase-file", str(tmp_path / "gone.txt"))

    assert done.returncode == 1
    assert done.stderr.startswith("innerspace: Couldn't read the passphrase file ")
    assert done.stderr.count("\n") == 1


def test_a_usage_mistake_exits_2(journal_dir: Path) -> None:
    done = innerspace(journal_dir, "list", "--limit", "none")

    assert done.returncode == 2
    assert "usage: innerspace list" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="a session without a terminal is POSIX")
def test_without_a_terminal_or_a_passphrase_file_it_says_so(journal_dir: Path) -> None:
    # A new session has no controlling terminal, as under cron or a service.
    done = innerspace(journal_dir, "list", start_new_session=True)

    assert done.returncode == 1
    assert done.stderr == (
        "innerspace: There's no terminal to ask for your passphrase; "
        "please use --passphrase-file PATH.\n"
    )


def test_a_megabyte_piped_in_comes_back_whole(journal_dir: Path, passphrase_file: Path) -> None:
    text = "Ein langer Tag, ein langes Schreiben. ✍\n" * 26_000
    unlock = ("--passphrase-file", str(passphrase_file))

    added = innerspace(journal_dir, "add", *unlock, input=text, stdin=None)
    assert added.returncode == 0, added.stderr
    assert re.fullmatch(r"\d+\n", added.stdout)

    shown = innerspace(journal_dir, "show", added.stdout.strip(), "--json", *unlock)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["body"] == text.strip("\n")


def test_a_reader_that_goes_away_gets_no_traceback(
    journal_dir: Path, passphrase_file: Path
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `innerspace list | head -0`
    try:
        done = innerspace(
            journal_dir, "list", "--passphrase-file", str(passphrase_file), stdout=write_end
        )
    finally:
        os.close(write_end)

    assert done.returncode == 1
    assert done.stderr == ""


def test_init_add_and_search_from_scratch(tmp_path: Path, passphrase_file: Path) -> None:
    folder = tmp_path / "fresh"
    unlock = ("--passphrase-file", str(passphrase_file))

    created = innerspace(folder, "init", *unlock)
    assert created.returncode == 0, created.stderr
    assert "Your journal is ready" in created.stdout
    assert innerspace(folder, "init", *unlock).returncode == 1

    added = innerspace(folder, "add", "--text", "A heron on the pond.", "--tag", "birds", *unlock)
    assert added.returncode == 0, added.stderr

    found = innerspace(folder, "search", "heron", *unlock)
    assert found.returncode == 0, found.stderr
    assert "A [heron] on the pond." in found.stdout
