"""The backup, restore, export and import commands, driven in-process on real vaults."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.core.entries import Entry
from innerspace.storage.backups import list_backups
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


@dataclass
class Outcome:
    status: int | str | None
    out: str
    err: str


Cli = Callable[..., Outcome]


class Keyboard(io.StringIO):
    """Standard input as a person at a terminal, with what they will type."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(journal: Journal, vault: Vault, data_dir: Path) -> Path:
    journal.add(Entry(title="First", body="A quiet morning.", tags=("calm",)))
    journal.add(Entry(title="Second", body="Rain all day.", starred=True))
    vault.close()
    return data_dir


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    passphrase_file: Path,
    *argv: str,
    typed: str | None = None,
) -> Outcome:
    stdin = Keyboard(typed) if typed is not None else io.TextIOWrapper(io.BytesIO(b""))
    monkeypatch.setattr(sys, "stdin", stdin)
    capsys.readouterr()
    command, *rest = argv
    args = ["--data-dir", str(data_dir), command, "--passphrase-file", str(passphrase_file)]
    try:
        status: int | str | None = main([*args, *rest])
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return Outcome(status, out, err)


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    passphrase_file: Path,
) -> Cli:
    def call(*argv: str, typed: str | None = None, data_dir: Path = filled) -> Outcome:
        return run(monkeypatch, capsys, data_dir, passphrase_file, *argv, typed=typed)

    return call


def test_backup_then_restore_into_a_new_folder(cli: Cli, filled: Path, tmp_path: Path) -> None:
    made = cli("backup", "--to", str(tmp_path / "usb"))
    assert made.status == 0, made.err
    assert len(list_backups(filled / "backups")) == 1
    [(_, copy)] = list_backups(tmp_path / "usb")
    fresh = tmp_path / "new" / "journal"
    restored = cli("restore", str(copy), "--yes", data_dir=fresh)
    assert restored.status == 0, restored.err
    assert "2 entries" in restored.out
    with Vault.unlock(fresh, PASSPHRASE) as vault:
        assert Journal(vault).count() == 2


def test_restore_over_a_journal_keeps_it_and_asks_first(cli: Cli, filled: Path) -> None:
    cli("backup")
    [(_, path)] = list_backups(filled / "backups")
    declined = cli("restore", str(path), typed="n\n")
    assert declined.status == 0 and "Nothing was changed" in declined.out
    done = cli("restore", str(path), typed="y\n")
    assert done.status == 0, done.err
    assert "kept as a backup" in done.out
    assert len(list_backups(filled / "backups")) == 2


def test_restore_of_a_bad_file_changes_nothing(cli: Cli, filled: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.innerspace-backup"
    bad.write_bytes(b"PK\x03\x04 not really")
    before = sorted(p.name for p in filled.rglob("*"))
    outcome = cli("restore", str(bad), "--yes")
    assert outcome.status == 1
    assert outcome.err.startswith("innerspace: bad.innerspace-backup isn't an InnerSpace backup")
    assert sorted(p.name for p in filled.rglob("*")) == before


def test_export_needs_a_confirmation(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    piped = cli("export", "--format", "json", "--out", str(out))
    assert piped.status == 1 and "NOT encrypted" in piped.err and "--yes" in piped.err
    assert not out.exists()
    declined = cli("export", "--format", "json", "--out", str(out), typed="no\n")
    assert declined.status == 0 and not out.exists()
    done = cli("export", "--format", "json", "--out", str(out), "--yes")
    assert done.status == 0 and "Exported 2 entries" in done.out
    assert len(json.loads(out.read_text("utf-8"))["entries"]) == 2
    md = cli("export", "--format", "markdown", "--out", str(tmp_path / "md"), typed="y\n")
    assert md.status == 0 and len(list((tmp_path / "md").iterdir())) == 2
    again = cli("export", "--format", "json", "--out", str(out), "--yes")
    assert again.status == 1 and "already exists" in again.err


def test_import_previews_then_adds_once(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(
        json.dumps(
            {
                "tags": {"@walk": 1},
                "entries": [
                    {
                        "title": "Out.",
                        "body": "By the river.",
                        "date": "2020-07-01",
                        "time": "20:00",
                        "tags": ["@walk"],
                        "starred": False,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    declined = cli("import", "--format", "jrnl", str(source), typed="n\n")
    assert "This jrnl file holds 1 entry." in declined.out
    assert "Nothing was imported" in declined.out
    done = cli("import", "--format", "jrnl", str(source), "--yes")
    assert done.status == 0 and "Imported 1 entry." in done.out
    again = cli("import", "--format", "jrnl", str(source), "--yes")
    assert "already in your journal" in again.out and "nothing new" in again.out
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    failed = cli("import", "--format", "jrnl", str(bad), "--yes")
    assert failed.status == 1 and "isn't valid JSON" in failed.err


def test_daylio_mood_option(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note\n"
        "2018-04-02,April 2,Monday,14:58,superb,walk | tea,Quiet\n",
        encoding="utf-8",
    )
    asked = cli("import", "--format", "daylio", str(source), typed="n\n")
    assert "superb" in asked.out
    mapped = cli("import", "--format", "daylio", str(source), "--mood", "superb=5", "--yes")
    assert mapped.status == 0 and "superb" not in mapped.out
    wrong = cli("import", "--format", "daylio", str(source), "--mood", "superb=9")
    assert wrong.status == 1 and "LABEL=LEVEL" in wrong.err
