"""A folder made by the Markdown export comes back whole: the photos and files beside the
notes return to their entries; a link that leads out of the folder is never followed, and a
missing or oversized file is named in the preview with its link left as written."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from innerspace.core.attachments import MAX_BYTES, markdown, referenced_uids
from innerspace.core.entries import Entry
from innerspace.documents.images import photo_from_elsewhere
from innerspace.interchange.formats import parse_file
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

LETTER = b"%PDF-1.4\n a letter to my younger self\n%%EOF\n"


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(out.data())


def _import(folder: Path, journal: Journal, said: list[str] | None = None) -> tuple[list[str], int]:
    plan = preview(parse_file("notes", folder), journal)
    if said is not None:
        said.extend(plan.lines())
    result = commit(plan, journal, prepare_photo=photo_from_elsewhere)
    return plan.parsed.notes, result.photos


def test_an_exported_folder_brings_its_photos_and_files_back(
    journal: Journal, tmp_path: Path
) -> None:
    attachments = Attachments(journal.vault)
    photo = AttachmentFile("harbour.png", "image/png", _png(), thumbnail=b"t")
    letter = AttachmentFile("letter to me.pdf", "application/pdf", LETTER)
    body = (
        "At the harbour.\n\n"
        f"{markdown(photo.name, photo.uid, image=True)}\n\n"
        f"{markdown(letter.name, letter.uid, image=False)}\n"
    )
    entry = journal.add(Entry(body=body))
    assert entry.id is not None
    attachments.add(photo, entry.id)
    attachments.add(letter, entry.id)
    folder = tmp_path / "notes"
    export_markdown(journal, folder)

    other, _ = Vault.create(tmp_path / "elsewhere", PASSPHRASE, kdf=FLOOR)
    with other:
        target = Journal(other)
        said: list[str] = []
        notes, brought = _import(folder, target, said)
        assert brought == 2
        # The preview tells the photo from the file: a PDF has no place it was taken.
        assert "One photo will come along with the entries, without where it was taken." in said
        assert (
            "One other file (a PDF, a recording or a text) will come along too, kept as it is."
            in said
        )
        assert not any("won't be imported" in n for n in notes)
        (summary,) = target.page()
        back = target.get(summary.id)
        assert back.uid == entry.uid
        kept = Attachments(other).for_entry(summary.id)
        assert [a.name for a in kept] == ["harbour.png", "letter to me.pdf"]
        assert referenced_uids(back.body) == [a.uid for a in kept]
        assert back.body.startswith("At the harbour.\n\n![harbour.png](attachment:")
        assert f"[letter to me.pdf](attachment:{kept[1].uid})" in back.body
        assert Attachments(other).data(kept[1].uid) == LETTER
        assert kept[1].media_type == "application/pdf"
        assert kept[0].is_image


def _note(folder: Path, text: str, name: str = "2024-03-10.md") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_links_that_lead_out_of_the_folder_are_never_followed(
    journal: Journal, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"not for the journal")
    folder = tmp_path / "notes"
    (folder / "attachments").mkdir(parents=True)
    os.symlink(secret, folder / "attachments" / "link.txt")
    text = (
        f"Links.\n\n[up](../secret.txt)\n\n[absolute]({secret})\n\n[linked](attachments/link.txt)\n"
    )
    _note(folder, text)

    notes, brought = _import(folder, journal)
    assert brought == 0
    assert Attachments(journal.vault).count() == 0
    (said,) = [n for n in notes if "out of the chosen folder" in n]
    assert said.startswith("3 links lead out of the chosen folder and are not followed")
    assert "2024-03-10.md → ../secret.txt" in said
    (summary,) = journal.page()
    assert journal.get(summary.id).body == text.strip()


def test_a_missing_or_oversized_file_is_named_and_its_link_kept(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "attachments").mkdir(parents=True)
    with (folder / "attachments" / "huge.wav").open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is written, nothing is read
    (folder / "attachments" / "song.mp3").write_bytes(b"ID3 a small song")
    text = (
        "Sounds.\n\n"
        "[gone](attachments/gone.png)\n\n"
        "[huge](attachments/huge.wav)\n\n"
        "[song.mp3](attachments/song.mp3)\n\n"
        "[another note](other.md) and [the web](https://example.org/a.png)\n"
    )
    _note(folder, text)

    notes, brought = _import(folder, journal)
    assert brought == 1
    assert any(
        n.startswith("1 file linked from the notes is not in the folder")
        and "attachments/gone.png" in n
        for n in notes
    )
    assert any(n.startswith("1 linked file is larger than 20 MB") for n in notes)
    (summary,) = journal.page()
    body = journal.get(summary.id).body
    (song,) = Attachments(journal.vault).for_entry(summary.id)
    assert song.media_type == "audio/mpeg" and not song.is_image
    assert f"[song.mp3](attachment:{song.uid})" in body
    assert "[gone](attachments/gone.png)" in body and "[huge](attachments/huge.wav)" in body
    assert "[another note](other.md) and [the web](https://example.org/a.png)" in body


def test_importing_the_same_folder_again_adds_no_file_twice(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "attachments").mkdir(parents=True)
    (folder / "attachments" / "list.txt").write_bytes(b"things to bring")
    _note(folder, "A list.\n\n[list.txt](attachments/list.txt)\n")
    assert _import(folder, journal)[1] == 1
    assert _import(folder, journal)[1] == 0
    assert Attachments(journal.vault).count() == 1


def test_a_link_percent_encoded_as_the_export_writes_it_finds_its_file(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "attachments").mkdir(parents=True)
    (folder / "attachments" / "海 sea.pdf").write_bytes(LETTER)
    _note(folder, "The sea.\n\n[海 sea.pdf](attachments/%E6%B5%B7%20sea.pdf)\n")
    assert _import(folder, journal)[1] == 1
    (summary,) = journal.page()
    (kept,) = Attachments(journal.vault).for_entry(summary.id)
    assert kept.name == "海 sea.pdf" and Attachments(journal.vault).data(kept.uid) == LETTER


def test_a_link_holding_a_nul_stays_as_written_and_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "n"
    folder.mkdir()
    (folder / "2024-03-05.md").write_text("A day.\n\n[scan](a%00b.pdf)\n")
    parsed = parse_file("notes", folder)
    (entry,) = parsed.entries
    assert "[scan](a%00b.pdf)" in entry.body and entry.photos == ()
    assert (
        "1 link holds a character no file name can have (%00), so its link stays as written: "
        "2024-03-05.md → a%00b.pdf."
    ) in parsed.notes
