"""`innerspace import` with mood names and edits, and `innerspace moods`, on real vaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_data_cli import Cli, Outcome, run

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
DAYLIO = str(FIXTURES / "daylio_custom_moods.csv")
DAYONE = str(FIXTURES / "Journal.json")


@pytest.fixture
def filled(vault: Vault, data_dir: Path) -> Path:
    vault.close()
    return data_dir


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    tmp_path: Path,
) -> Cli:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def call(*argv: str) -> Outcome:
        return run(monkeypatch, capsys, filled, secret, *argv)

    return call


def test_mood_names_are_kept_and_mapped_later(cli: Cli, filled: Path) -> None:
    first = cli("import", "--format", "daylio", DAYLIO, "--yes")
    assert first.status == 0, first.err
    assert "--mood LABEL=N" in first.out and "Imported 5 entries." in first.out
    listed = cli("moods")
    assert "ok but sleepy: 1 entry, not said yet" in listed.out
    mapped = cli("moods", "--mood", "ok but sleepy=3", "--mood", "Refreshed=5")
    assert mapped.status == 0
    assert "“ok but sleepy” felt like 3 of 5; 1 entry got a mood rating." in mapped.out
    with Vault.unlock(filled, PASSPHRASE) as vault:
        journal, feelings = Journal(vault), Feelings(vault)
        moods = {e.tags: feelings.mood(e.id or 0) for e, _ in journal.iter_all() if e.tags}
    assert moods[("mood/ok but sleepy",)] == 5 and moods[("mood/Refreshed",)] == 10
    assert moods[("mood/Anxious",)] is None
    # Re-importing with a mapping rates the entries already there; nothing is added twice.
    again = cli("import", "--format", "daylio", DAYLIO, "--mood", "anxious=2", "--yes")
    assert again.status == 0 and "Imported 0 entries." in again.out
    with Vault.unlock(filled, PASSPHRASE) as vault:
        journal, feelings = Journal(vault), Feelings(vault)
        assert journal.count() == 5
        rated = {e.tags: feelings.mood(e.id or 0) for e, _ in journal.iter_all() if e.tags}
    assert rated[("mood/Anxious",)] == 3


def test_a_mood_given_wrongly_names_the_option(cli: Cli) -> None:
    wrong = cli("import", "--format", "daylio", DAYLIO, "--mood", "sleepy", "--yes")
    assert wrong.status == 2 or wrong.status == 1
    assert "--mood" in wrong.err and wrong.err.count("\n") == 1


def test_edits_are_kept_beside_unless_update_is_asked(
    cli: Cli, filled: Path, tmp_path: Path
) -> None:
    assert cli("import", "--format", "dayone", DAYONE, "--yes").status == 0
    doc = json.loads(Path(DAYONE).read_text(encoding="utf-8"))
    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Swam at dusk\\."
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(doc), encoding="utf-8")
    kept = cli("import", "--format", "dayone", str(newer), "--yes")
    assert "1 entry changed since the last import." in kept.out
    assert "added beside" in kept.out and "Imported 1 entry." in kept.out
    doc["entries"][1]["text"] = "Arrived\\. Hot\\! Slept early\\."
    newest = tmp_path / "newest.json"
    newest.write_text(json.dumps(doc), encoding="utf-8")
    updated = cli("import", "--format", "dayone", str(newest), "--changed", "update", "--yes")
    assert "Updating would change these entries in your journal:" in updated.out
    assert "Imported 0 entries and brought 1 up to date." in updated.out
    with Vault.unlock(filled, PASSPHRASE) as vault:
        bodies = [e.body for e, _ in Journal(vault).iter_all()]
    assert "Arrived. Hot!" in bodies and "Arrived. Hot! Slept early." in bodies


def _rows(data_dir: Path) -> tuple[int, ...]:
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        db = vault.connection
        tables = ("entries", "tags", "entry_tags", "entry_moods", "import_origins")
        return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def test_new_formats_from_the_command_line(cli: Cli, filled: Path, tmp_path: Path) -> None:
    notes = cli("import", "--format", "notes", str(FIXTURES / "notes"), "--yes")
    assert notes.status == 0, notes.err
    assert "This notes folder holds 4 entries." in notes.out
    assert "Imported 4 entries." in notes.out
    text = cli("import", "--format", "jrnl-text", str(FIXTURES / "jrnl_journal.txt"), "--yes")
    assert text.status == 0 and "Imported 4 entries." in text.out
    before = _rows(filled)
    bad = tmp_path / "journey.zip"
    bad.write_bytes(b"not a zip at all")
    refused = cli("import", "--format", "journey", str(bad), "--yes")
    assert refused.status == 1
    assert refused.err.strip() == (
        "innerspace: journey.zip isn't a zip archive, or it is cut short. Please export it again."
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("import", "--format", "notes", str(empty), "--yes").status == 1
    assert _rows(filled) == before
    out = tmp_path / "moods.csv"
    exported = cli("export", "--format", "csv", "--out", str(out), "--yes")
    assert exported.status == 0 and "Exported 8 entries" in exported.out
    assert out.read_text(encoding="utf-8-sig").startswith("date,time,utc_offset_minutes,")
