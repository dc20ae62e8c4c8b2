"""Repairing from the command line: odd dates, edit, delete, and words that aren't UTF-8.

Real processes throughout: the editor is a real program and arguments arrive as real bytes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from innerspace.core.entries import Entry, to_utc_micros
from innerspace.storage.journal import Journal
from innerspace.storage.location import DATA_DIR_ENV
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

SPRING = datetime(2024, 3, 5, 21, 30, tzinfo=timezone(timedelta(hours=1)))
PAST_THE_END = "9999-12-31T23:59:59-23:59"
BEFORE_THE_START = "0001-01-01T00:30+01:00"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path) -> Path:
    vault.close()
    return data_dir


def run(data_dir: Path, passphrase_file: Path, *argv: str | bytes, **options: Any) -> Any:
    """``innerspace --data-dir DATA ARGV... --passphrase-file FILE`` in its own process."""
    env = {key: value for key, value in os.environ.items() if key != DATA_DIR_ENV}
    env.update(options.pop("env", {}))
    options.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "innerspace",
            "--data-dir",
            str(data_dir),
            *argv,
            "--passphrase-file",
            str(passphrase_file),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
        **options,
    )


def one_line(done: Any) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    return str(done.stderr)


def stored(data_dir: Path) -> list[Entry]:
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        return [entry for entry, _zone in Journal(vault).iter_all()]
    finally:
        vault.close()


def with_odd_date(data_dir: Path, body: str) -> int:
    """An entry dated outside the calendar, as older versions stored it."""
    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        journal = Journal(vault)
        entry_id = journal.add(Entry(body=body, created=SPRING)).id or 0
        micros = to_utc_micros(datetime.fromisoformat(PAST_THE_END))
        with vault.transaction() as db:
            db.execute(
                "UPDATE entries SET created_utc = ?, created_offset = ?, sort_key = ? WHERE id = ?",
                (micros, -86_340, micros, entry_id),
            )
        journal.add(Entry(body="An ordinary evening.", created=SPRING))
        return entry_id
    finally:
        vault.close()


def editor(tmp_path: Path, script: str) -> dict[str, str]:
    """$EDITOR set to a small Python program: ``path`` is the file it is given."""
    program = tmp_path / "editor.py"
    program.write_text(
        "import os, sys, pathlib\npath = pathlib.Path(sys.argv[1])\n" + script, encoding="utf-8"
    )
    return {"EDITOR": f"{sys.executable} {program}", "VISUAL": ""}


# -- odd dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("given", [PAST_THE_END, BEFORE_THE_START])
def test_add_refuses_a_date_outside_the_calendar(
    journal_dir: Path, passphrase_file: Path, given: str
) -> None:
    done = run(journal_dir, passphrase_file, "add", "--text", "x", "--date", given)

    assert "outside the years 1 to 9999" in one_line(done)
    assert stored(journal_dir) == []


def test_list_show_search_and_export_carry_on_past_an_odd_date(
    journal_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    odd = with_odd_date(journal_dir, "A walk, oddly dated.")

    listed = run(journal_dir, passphrase_file, "list")
    shown = run(journal_dir, passphrase_file, "show", str(odd))
    found = run(journal_dir, passphrase_file, "search", "walk", "--json")
    out = str(tmp_path / "x.json")
    exported = run(journal_dir, passphrase_file, "export", "--format=json", "--out", out, "--yes")
    backed_up = run(journal_dir, passphrase_file, "backup")

    assert listed.returncode == 0, listed.stderr
    assert f"{odd}  date can't be shown  " in listed.stdout
    assert "2024-03-05 21:30" in listed.stdout
    assert shown.returncode == 0, shown.stderr
    assert f"date can't be shown (innerspace edit {odd} --date WHEN gives it one)" in shown.stdout
    assert json.loads(found.stdout)[0]["created"] is None
    assert exported.returncode == 0, exported.stderr
    assert backed_up.returncode == 0, backed_up.stderr


def test_edit_gives_an_odd_date_a_real_one(journal_dir: Path, passphrase_file: Path) -> None:
    odd = with_odd_date(journal_dir, "A walk, oddly dated.")

    done = run(journal_dir, passphrase_file, "edit", str(odd), "--date", "2024-03-06T08:00+01:00")

    assert (done.returncode, done.stdout) == (0, f"Saved entry {odd}.\n"), done.stderr
    [fixed] = [e for e in stored(journal_dir) if e.id == odd]
    assert (fixed.created.isoformat(), fixed.date_out_of_range) == (
        "2024-03-06T08:00:00+01:00",
        False,
    )
    assert fixed.body == "A walk, oddly dated."


# -- edit ----------------------------------------------------------------------------------------


def test_edit_saves_what_the_editor_wrote_from_a_private_file_it_then_removes(
    journal_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="First words.", title="Morning")).id
    vault.close()
    seen = tmp_path / "seen.json"
    env = editor(
        tmp_path,
        "st = path.stat()\n"
        f"pathlib.Path({str(seen)!r}).write_text(__import__('json').dumps("
        "[str(path), oct(st.st_mode & 0o777), oct(path.parent.stat().st_mode & 0o777), "
        "path.read_text(encoding='utf-8')]))\n"
        "path.write_text('Other words,\\nfound later.\\n', encoding='utf-8')\n",
    )

    done = run(journal_dir, passphrase_file, "edit", str(entry_id), env=env)

    assert (done.returncode, done.stdout) == (0, f"Saved entry {entry_id}.\n"), done.stderr
    [entry] = stored(journal_dir)
    assert (entry.body, entry.title) == ("Other words,\nfound later.", "Morning")
    where, file_mode, folder_mode, given = json.loads(seen.read_text(encoding="utf-8"))
    assert Path(where).parent.parent == journal_dir
    assert (file_mode, folder_mode, given) == ("0o600", "0o700", "First words.\n")
    assert not Path(where).parent.exists()
    assert sorted(p.name for p in journal_dir.iterdir() if p.name.startswith(".innerspace-")) == []


def test_edit_without_a_change_says_so(
    journal_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry = Journal(vault).add(Entry(body="Unchanged."))
    vault.close()

    done = run(journal_dir, passphrase_file, "edit", str(entry.id), env=editor(tmp_path, ""))

    assert (done.returncode, done.stdout) == (0, "Nothing changed.\n"), done.stderr
    assert stored(journal_dir)[0].updated == entry.updated


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("sys.exit(3)", "The editor stopped with status 3"),
        ("path.write_text('\\n\\n', encoding='utf-8')", "There's nothing to save"),
        ("path.write_bytes(b'caf\\xe9')", "isn't UTF-8"),
        ("path.write_text('x', encoding='utf-8'); sys.exit(1)", "The editor stopped with status 1"),
    ],
)
def test_edit_leaves_the_entry_and_removes_the_file_when_it_cant_save(
    journal_dir: Path, passphrase_file: Path, tmp_path: Path, script: str, expected: str
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="Kept.")).id
    vault.close()

    done = run(journal_dir, passphrase_file, "edit", str(entry_id), env=editor(tmp_path, script))

    assert expected in one_line(done)
    assert [e.body for e in stored(journal_dir)] == ["Kept."]
    assert [p.name for p in journal_dir.iterdir() if p.name.startswith(".innerspace-")] == []


def test_edit_says_plainly_when_the_editor_cant_be_started(
    journal_dir: Path, passphrase_file: Path
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="Kept.")).id
    vault.close()

    done = run(
        journal_dir, passphrase_file, "edit", str(entry_id),
        env={"VISUAL": "no-such-editor-anywhere --wait", "EDITOR": ""},
    )  # fmt: skip

    assert "“no-such-editor-anywhere” couldn't be started" in one_line(done)
    assert [p.name for p in journal_dir.iterdir() if p.name.startswith(".innerspace-")] == []


def test_edit_changes_the_title_without_an_editor(journal_dir: Path, passphrase_file: Path) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="Words.", title="Old")).id
    vault.close()

    done = run(
        journal_dir, passphrase_file, "edit", str(entry_id), "--title", "  A  new one ",
        env={"EDITOR": "false", "VISUAL": ""},
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert [(e.title, e.body) for e in stored(journal_dir)] == [("A new one", "Words.")]


def test_edit_refuses_a_missing_entry_and_a_date_outside_the_calendar(
    journal_dir: Path, passphrase_file: Path
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry = Journal(vault).add(Entry(body="Words.", created=SPRING))
    vault.close()

    missing = run(journal_dir, passphrase_file, "edit", "99", "--title", "x")
    odd = run(journal_dir, passphrase_file, "edit", str(entry.id), "--date", BEFORE_THE_START)

    assert one_line(missing) == "innerspace: There's no entry with id 99.\n"
    assert "outside the years 1 to 9999" in one_line(odd)
    assert [e.created for e in stored(journal_dir)] == [SPRING]


# -- delete --------------------------------------------------------------------------------------


def test_delete_refuses_without_yes_when_not_at_a_terminal(
    journal_dir: Path, passphrase_file: Path
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="Kept.")).id
    vault.close()

    done = run(journal_dir, passphrase_file, "delete", str(entry_id))

    assert "--yes" in one_line(done)
    assert len(stored(journal_dir)) == 1


def test_delete_with_yes_removes_an_entry_even_with_an_odd_date(
    journal_dir: Path, passphrase_file: Path
) -> None:
    odd = with_odd_date(journal_dir, "A walk, oddly dated.")

    done = run(journal_dir, passphrase_file, "delete", str(odd), "--yes")
    again = run(journal_dir, passphrase_file, "delete", str(odd), "--yes")

    assert (done.returncode, done.stdout) == (0, f"Deleted entry {odd}.\n"), done.stderr
    assert [e.body for e in stored(journal_dir)] == ["An ordinary evening."]
    assert one_line(again) == f"innerspace: There's no entry with id {odd}.\n"


@pytest.mark.parametrize(("answer", "left"), [("y\n", 0), ("\n", 1), ("no\n", 1)])
def test_delete_at_a_terminal_asks_first(
    journal_dir: Path,
    passphrase_file: Path,
    answer: str,
    left: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from innerspace.app import main

    class Keyboard:
        def isatty(self) -> bool:
            return True

        def readline(self) -> str:
            return answer

    vault = Vault.unlock(journal_dir, PASSPHRASE)
    entry_id = Journal(vault).add(Entry(body="Asked about.", created=SPRING)).id
    vault.close()
    monkeypatch.setattr(sys, "stdin", Keyboard())

    where = ["--data-dir", str(journal_dir)]
    status = main([*where, "delete", str(entry_id), "--passphrase-file", str(passphrase_file)])

    out = capsys.readouterr().out
    assert status == 0
    assert f"{entry_id}  2024-03-05 21:30    Asked about.\nDelete this entry? [y/N] " in out
    assert out.endswith("Deleted entry 1.\n" if left == 0 else "Nothing was deleted.\n")
    assert len(stored(journal_dir)) == left


# -- words that aren't UTF-8 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "--text", b"caf\xe9 au lait"],
        ["add", "--text", "fine", "--title", b"\xff\xfe"],
        ["add", "--text", "fine", "--tag", b"\xc3"],
        ["search", b"caf\xe9"],
        ["edit", "1", "--title", b"\xe9t\xe9"],
    ],
)
def test_words_that_arent_utf8_get_one_line_and_change_nothing(
    journal_dir: Path, passphrase_file: Path, argv: list[str | bytes]
) -> None:
    vault = Vault.unlock(journal_dir, PASSPHRASE)
    Journal(vault).add(Entry(body="Before.", title="Kept"))
    vault.close()
    words = [os.fsdecode(word) if isinstance(word, bytes) else word for word in argv]

    done = run(journal_dir, passphrase_file, *words)

    assert "aren't valid UTF-8" in one_line(done)
    assert [(e.title, e.body) for e in stored(journal_dir)] == [("Kept", "Before.")]


def test_an_innerspace_json_with_a_lone_surrogate_is_refused_whole(
    journal_dir: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(
        '{"format": "innerspace-journal", "version": 2, "entries": ['
        '{"uid": "a", "created": "2024-03-05T21:30:00+01:00", "body": "fine"},'
        '{"uid": "b", "created": "2024-03-05T21:30:00+01:00", "body": "\\ud800"}]}',
        encoding="utf-8",
    )

    done = run(journal_dir, passphrase_file, "import", "--format", "innerspace", str(path), "--yes")

    assert "broken character" in one_line(done)
    assert stored(journal_dir) == []


# -- arguments are visible to others -------------------------------------------------------------


@pytest.mark.parametrize("command", ["add", "search", "edit"])
def test_help_says_that_arguments_are_visible_to_others(
    journal_dir: Path, passphrase_file: Path, command: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "innerspace", command, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "COLUMNS": "2000"},
        check=False,
    )

    assert done.returncode == 0
    assert "visible to other users while the command runs" in done.stdout
