"""A PDF of the entries a person chose, with their photos drawn beneath their text, from the
journal and from the command line; nothing of it is ever written in plain but the PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette

from innerspace.core.attachments import markdown
from innerspace.core.entries import Entry
from innerspace.documents.entries_document import chosen_entries, chosen_on_paper, entries_pdf
from innerspace.documents.images import photo_attachment
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.leaks import CANARY, canary_png, find_leaks, image_needles
from tests.unit.test_data_cli import Cli, cli, filled, passphrase_file  # noqa: F401


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2024, 3, day, hour).astimezone()


def _add(journal: Journal, title: str, day: int, body: str = "") -> int:
    when = _at(day)
    entry = journal.add(Entry(title=title, body=body or f"Words of {title}.", created=when))
    assert entry.id is not None
    return entry.id


def _with_photo(journal: Journal, png: bytes, caption: str = "The harbour at dusk") -> int:
    entry_id = _add(journal, "By the sea", 8)
    attachments = Attachments(journal.vault)
    photo = photo_attachment(png, "harbour.png")
    notes = AttachmentFile(name="ferry times.txt", media_type="text/plain", data=b"9:40, 11:10")
    attachments.add(photo, entry_id)
    attachments.add(notes, entry_id)
    entry = journal.get(entry_id)
    entry.body = (
        f"We walked along the pier.\n\n{markdown(caption, photo.uid, image=True)}\n\n"
        f"{markdown(notes.name, notes.uid, image=False)}\n"
    )
    journal.update(entry)
    return entry_id


def _png(width: int = 64, height: int = 40) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = Path(tempfile.mkdtemp()) / "p.png"
    assert image.save(str(path))
    data = path.read_bytes()
    shutil.rmtree(path.parent)
    return data


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (Debian's poppler-utils) isn't installed")
    return found


def _text(path: Path) -> str:
    return subprocess.run(
        [_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _images(path: Path) -> list[str]:
    listing = subprocess.run(
        [_tool("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return listing.splitlines()[2:]  # below the two lines of headings


def test_the_chosen_entries_come_oldest_first_and_a_deleted_one_is_left_out(
    journal: Journal,
) -> None:
    late, early, gone = _add(journal, "Late", 9), _add(journal, "Early", 2), _add(journal, "X", 5)
    journal.delete(gone)
    chosen = chosen_entries(journal, [late, gone, early, late])
    assert [entry.title for entry in chosen] == ["Early", "Late"]


def test_the_pdf_holds_the_chosen_entries_and_no_others(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    ids = [_add(journal, f"Chosen {n}", n) for n in (3, 1, 2)]
    _add(journal, "Not chosen", 2)
    out = tmp_path / "chosen.pdf"
    paper = chosen_on_paper(journal, ids)
    entries_pdf(paper).save(out)
    text = _text(out)
    assert [text.index(f"Words of Chosen {n}.") for n in (1, 2, 3)] == sorted(
        text.index(f"Words of Chosen {n}.") for n in (1, 2, 3)
    )
    assert "Not chosen" not in text
    assert "Chosen journal entries, 1 March 2024 to 3 March 2024" in text
    assert paper.count == 3


def test_a_photo_is_drawn_beneath_its_text_with_its_caption_and_files_are_named(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    entry_id = _with_photo(journal, _png())
    out = tmp_path / "photo.pdf"
    entries_pdf(chosen_on_paper(journal, [entry_id])).save(out)
    (image,) = _images(out)
    assert image.split()[2] == "image"
    text = _text(out)
    assert text.index("We walked along the pier.") < text.index("The harbour at dusk")
    assert "The harbour at dusk (harbour.png)" in text
    assert "Files: ferry times.txt" in text
    assert "attachment:" not in text


def test_a_page_is_drawn_for_the_preview_as_the_pdf_has_it(journal: Journal, qapp: object) -> None:
    paper = entries_pdf(chosen_on_paper(journal, [_with_photo(journal, _png())]))
    page = paper.page_image(0, 50)
    # A4 at 50 dots per inch, paper white at the edge, the teal photo somewhere within.
    assert (page.width(), page.height()) == (413, 585)
    assert page.pixelColor(2, 2) == QColor("white")
    colours = {page.pixelColor(x, y).name() for x in range(0, 413, 4) for y in range(0, 585, 4)}
    assert QColor("teal").name() in colours


def test_the_text_is_dark_on_the_page_in_a_dark_theme(journal: Journal, qapp: object) -> None:
    entry_id = _add(journal, "At night", 4, body="█" * 40)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Text, QColor("white"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    app.setPalette(dark)
    try:
        page = entries_pdf(chosen_on_paper(journal, [entry_id])).page_image(0, 60)
    finally:
        app.setPalette(before)
    darkest = min(
        page.pixelColor(x, y).lightness()
        for x in range(0, page.width(), 2)
        for y in range(0, page.height() // 3, 2)
    )
    assert darkest < 60


def test_nothing_but_the_pdf_is_written_in_plain(
    journal: Journal,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    png = canary_png()
    entry_id = _with_photo(journal, png, caption=CANARY)
    before = sorted(os.listdir(data_dir))
    paper = entries_pdf(chosen_on_paper(journal, [entry_id]))
    paper.page_image(0, 40)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    paper.save(out_folder / "chosen.pdf")
    assert list(temp.iterdir()) == []
    assert sorted(os.listdir(data_dir)) == before
    needles = {CANARY.encode(): CANARY, **image_needles(png)}
    assert find_leaks(data_dir, needles) == []
    assert [p.name for p in out_folder.iterdir()] == ["chosen.pdf"]


def test_the_command_writes_only_the_entries_named(
    cli: Cli,  # noqa: F811
    filled: Path,  # noqa: F811
    tmp_path: Path,
    qapp: object,
) -> None:
    with Vault.unlock(filled, PASSPHRASE) as vault:
        journal = Journal(vault)
        first, second = _add(journal, "Picked one", 1), _add(journal, "Picked two", 4)
        _add(journal, "Left here", 3)
    out = tmp_path / "picked.pdf"
    done = cli(
        "export", "--format", "pdf", "--entry", str(second), "--entry", str(first),
        "--out", str(out), "--yes",
    )  # fmt: skip
    assert done.status == 0, done.err
    assert done.out == f"Exported 2 entries to {out}\n"
    text = _text(out)
    assert "Picked one" in text and "Picked two" in text and "Left here" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--entry", "999"), "There's no entry with id 999; nothing was exported."),
        (
            ("--entry", "1", "--from", "2024-03-01"),
            "Please choose entries with --entry or days with --from and --to.",
        ),
    ],
)
def test_entries_that_cannot_be_used_are_refused_in_one_line(
    cli: Cli,  # noqa: F811
    tmp_path: Path,
    argv: tuple[str, ...],
    message: str,
    qapp: object,
) -> None:
    out = tmp_path / "picked.pdf"
    refused = cli("export", "--format", "pdf", *argv, "--out", str(out), "--yes")
    assert refused.status == 1
    assert refused.err.endswith(f"innerspace: {message}\n")
    assert not out.exists()


def test_entries_are_only_for_the_pdf(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    refused = cli(
        "export", "--format", "json", "--entry", "1", "--out", str(tmp_path / "a"), "--yes"
    )
    assert refused.status == 1
    assert refused.err == "innerspace: --from, --to and --entry are for --format pdf.\n"


def test_a_day_on_its_own_is_named_once(journal: Journal, qapp: object) -> None:
    entry_id = _add(journal, "Alone", 6)
    assert chosen_on_paper(journal, [entry_id]).title == "Chosen journal entries, 6 March 2024"
    assert date(2024, 3, 6) == journal.get(entry_id).created.date()


def test_a_large_photo_is_kept_no_larger_than_paper_needs(
    journal: Journal, tmp_path: Path, qapp: object
) -> None:
    entry_id = _with_photo(journal, _png(3000, 2000))
    out = tmp_path / "large.pdf"
    entries_pdf(chosen_on_paper(journal, [entry_id])).save(out)
    (image,) = _images(out)
    assert image.split()[3:5] == ["1400", "933"]
