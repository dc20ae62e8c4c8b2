"""The entries of chosen days as a PDF for reading or printing, from the command line."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_data_cli import Cli, cli, filled, passphrase_file  # noqa: F401

INSIDE = "CANARY-inside-the-days"
OUTSIDE = "CANARY-outside-the-days"


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def _fill(journal: Journal) -> None:
    for when, title, body in (
        (_at(date(2024, 3, 6), 21), "Later evening", f"Second, **bold** {INSIDE}-b"),
        (_at(date(2024, 3, 5), 0), "Early morning", f"First\n\n- a list {INSIDE}-a"),
        (_at(date(2024, 3, 4), 23), "Before", OUTSIDE),
        (_at(date(2024, 3, 7), 0), "After", OUTSIDE),
    ):
        journal.add(Entry(title=title, body=body, created=when, updated=when, tags=("rain",)))


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) isn't installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_days_chosen_are_read_oldest_first(journal: Journal) -> None:
    from innerspace.documents.entries_document import entries_between

    _fill(journal)
    chosen = entries_between(journal, date(2024, 3, 5), date(2024, 3, 6))
    assert [entry.title for entry in chosen] == ["Early morning", "Later evening"]


def test_the_pdf_holds_the_days_entries_and_no_others(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    from innerspace.documents.entries_document import days_on_paper, entries_pdf

    _fill(journal)
    out = tmp_path / "entries.pdf"
    paper = entries_pdf(days_on_paper(journal, date(2024, 3, 5), date(2024, 3, 6)))
    paper.save(out)
    pages = paper.pages
    assert out.stat().st_mode & 0o777 == 0o600
    text = _text(out)
    assert f"{INSIDE}-a" in text and f"{INSIDE}-b" in text
    assert text.index(f"{INSIDE}-a") < text.index(f"{INSIDE}-b")
    assert OUTSIDE not in text
    assert "**" not in text  # the Markdown is set as text, not shown as marks
    assert "5 March 2024" in text and "Tags: rain" in text
    sheets = text.split("\f")[:pages]
    for number, sheet in enumerate(sheets, start=1):
        assert "5 March 2024 to 6 March 2024" in sheet
        assert f"Page {number} of {pages}" in sheet


def test_the_command_writes_the_chosen_days(
    cli: Cli,  # noqa: F811
    filled: Path,  # noqa: F811
    tmp_path: Path,
    qapp: object,
) -> None:
    with Vault.unlock(filled, PASSPHRASE) as vault:
        _fill(Journal(vault))
    out = tmp_path / "days.pdf"
    done = cli(
        "export",
        "--format",
        "pdf",
        "--from",
        "2024-03-05",
        "--to",
        "2024-03-06",
        "--out",
        str(out),
        "--yes",
    )
    assert done.status == 0, done.err
    assert done.out == f"Exported 2 entries to {out}\n"
    assert out.stat().st_mode & 0o777 == 0o600
    text = _text(out)
    assert INSIDE in text and OUTSIDE not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "5 March"), "--from “5 March” isn't a date; please write it like 2024-03-05."),
        (("--from", "2024-03-07", "--to", "2024-03-06"), "The --from date is after the --to date."),
    ],
)
def test_dates_that_cannot_be_used_are_refused_in_one_line(
    cli: Cli,  # noqa: F811
    tmp_path: Path,
    argv: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "days.pdf"
    refused = cli("export", "--format", "pdf", *argv, "--out", str(out), "--yes")
    assert refused.status == 1
    assert refused.err == f"innerspace: {message}\n"
    assert not out.exists()


def test_days_are_only_for_the_pdf(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "all.json"
    refused = cli("export", "--format", "json", "--from", "2024-03-05", "--out", str(out), "--yes")
    assert refused.status == 1 and refused.err.count("\n") == 1
    assert not out.exists()


def test_headings_in_an_entry_sit_below_its_title(qtbot: object) -> None:
    from innerspace.documents.entries_document import (
        EntriesOnPaper,
        EntryOnPaper,
        entries_document,
    )

    body = "# Activity and mood log\n\n## Activity\n\nReading\n\n```\n# not a heading\n```\n"
    entry = Entry(title="Activity: Reading", body=body, created=_at(date(2024, 3, 5), 9))
    paper = EntriesOnPaper("Chosen journal entries", (EntryOnPaper(entry),))
    document = entries_document(paper, 500)
    size = {}
    block = document.begin()
    while block.isValid():
        fragment = block.begin().fragment()
        if fragment.isValid():
            size[block.text()] = fragment.charFormat().font().pointSizeF()
        block = block.next()
    # Each heading of the text is smaller than the entry's title, itself below the document's.
    assert size["Chosen journal entries"] > size["Activity: Reading"]
    assert size["Activity: Reading"] > size["Activity and mood log"] >= size["Activity"]
    assert size["Activity"] >= size["Reading"]
    assert "# not a heading" in document.toPlainText()
