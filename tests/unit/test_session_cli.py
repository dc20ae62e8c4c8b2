"""`innerspace bring`, `add --bring` and `innerspace summary`, in-process on real vaults."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.session_prep import SessionDates, SessionMarks
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

Run = Callable[..., tuple[int | str | None, str, str]]


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    tmp_path: Path,
) -> Run:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def command(name: str, *options: str, stdin: str = "") -> tuple[int | str | None, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        argv = ["--data-dir", str(data_dir), name, "--passphrase-file", str(secret)]
        capsys.readouterr()
        try:
            status: int | str | None = main([*argv, *options])
        except SystemExit as exc:
            status = exc.code
        out, err = capsys.readouterr()
        return status, out, err

    return command


def _entries(vault: Vault) -> tuple[int, int]:
    journal = Journal(vault)
    when = datetime.fromisoformat("2026-03-04T10:00+01:00")
    marked = journal.add(Entry(body="CLIMARKEDCANARY about the train", created=when))
    unmarked = journal.add(Entry(title="CLIUNMARKEDTITLE", body="CLIUNMARKEDBODY", created=when))
    vault.close()
    return marked.id or 0, unmarked.id or 0


def test_bring_marks_and_unmarks_an_entry(vault: Vault, data_dir: Path, run: Run) -> None:
    marked, _unmarked = _entries(vault)
    assert run("bring", str(marked)) == (
        0,
        f"Entry {marked} is marked to bring to your session.\n",
        "",
    )
    with Vault.unlock(data_dir, PASSPHRASE) as opened:
        assert SessionMarks(opened).marked_ids() == {marked}
    status, out, _err = run("bring", str(marked), "--remove")
    assert (status, out) == (0, f"Entry {marked} is no longer marked to bring.\n")
    with Vault.unlock(data_dir, PASSPHRASE) as opened:
        assert SessionMarks(opened).marked_ids() == set()
    status, _out, err = run("bring", "999")
    assert (status, err) == (1, "innerspace: There's no entry with id 999.\n")


def test_add_bring_writes_an_entry_already_marked(vault: Vault, data_dir: Path, run: Run) -> None:
    vault.close()
    status, out, _err = run("add", "--text", "for Thursday", "--bring")
    assert status == 0
    with Vault.unlock(data_dir, PASSPHRASE) as opened:
        assert SessionMarks(opened).marked_ids() == {int(out)}


def test_summary_in_markdown_has_only_the_marked_entry(
    vault: Vault, data_dir: Path, run: Run, tmp_path: Path
) -> None:
    marked, _unmarked = _entries(vault)
    run("bring", str(marked))
    out_file = tmp_path / "summary.md"
    status, out, err = run(
        "summary", "--from", "2026-03-01", "--to", "2026-03-08", "--out", str(out_file), "--yes"
    )
    assert status == 0
    assert "NOT encrypted" in err and str(out_file) in err
    assert out == f"Wrote the summary of 1 March 2026 to 8 March 2026 to {out_file}.\n"
    text = out_file.read_text(encoding="utf-8")
    assert "CLIMARKEDCANARY" in text
    assert "CLIUNMARKED" not in text
    assert out_file.stat().st_mode & 0o777 == 0o600


def test_summary_asks_first_and_knows_its_formats(vault: Vault, run: Run, tmp_path: Path) -> None:
    _entries(vault)
    status, _out, err = run("summary", "--out", str(tmp_path / "s.md"))
    assert status == 1
    assert "Please confirm with --yes" in err.splitlines()[-1]
    assert not (tmp_path / "s.md").exists()
    status, _out, err = run("summary", "--out", str(tmp_path / "s.docx"), "--yes")
    assert (status, err) == (
        1,
        "innerspace: Please end the file's name with .pdf or .md, so it's clear which to write.\n",
    )
    status, _out, err = run("summary", "--out", str(tmp_path / "s.md"), "--include", "x", "--yes")
    assert status == 1 and "Please choose sections among: mood," in err
    status, _out, err = run(
        "summary",
        "--from",
        "2026-03-09",
        "--to",
        "2026-03-01",
        "--out",
        str(tmp_path / "s.md"),
        "--yes",
    )
    assert (status, err.splitlines()[-1]) == (
        1,
        "innerspace: The --from date is after the --to date.",
    )


def test_summary_starts_at_the_last_session_by_default(
    vault: Vault, data_dir: Path, run: Run, tmp_path: Path
) -> None:
    SessionDates(vault).add_day(date(2026, 3, 3))
    marked, _unmarked = _entries(vault)
    run("bring", str(marked))
    out_file = tmp_path / "since.md"
    status, out, _err = run("summary", "--to", "2026-03-10", "--out", str(out_file), "--yes")
    assert status == 0
    assert "3 March 2026 to 10 March 2026" in out


def test_summary_as_pdf_has_only_the_marked_entry(
    vault: Vault, run: Run, tmp_path: Path, qapp: object
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) isn't installed")
    marked, _unmarked = _entries(vault)
    run("bring", str(marked))
    out_file = tmp_path / "summary.pdf"
    status, out, _err = run(
        "summary", "--from", "2026-03-01", "--to", "2026-03-08", "--out", str(out_file), "--yes"
    )
    assert (status, out.endswith("(1 page).\n")) == (0, True)
    text = subprocess.run(
        ["pdftotext", str(out_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "CLIMARKEDCANARY" in text
    assert "CLIUNMARKED" not in text
