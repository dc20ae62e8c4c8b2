"""Photos and small files kept in the journal: stored with their entry, waiting with a draft,
gone with their entry, and refused over the size limit."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from innerspace.core.attachments import (
    MAX_BYTES,
    AttachmentTooLarge,
    markdown,
    referenced_uids,
    without,
)
from innerspace.core.entries import Entry
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.schema import LATEST_VERSION, schema_version
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

PNG = b"\x89PNG\r\n\x1a\n tiny"


def _photo(name: str = "beach.png", data: bytes = PNG) -> AttachmentFile:
    return AttachmentFile(name=name, media_type="image/png", data=data, thumbnail=b"thumb")


def _entry_with(journal: Journal, *items: AttachmentFile) -> int:
    body = "\n".join(markdown(i.name, i.uid, image=True) for i in items)
    entry = journal.add(Entry(body=f"At the sea.\n{body}"))
    assert entry.id is not None
    return entry.id


def test_the_table_comes_with_the_newest_schema(journal: Journal) -> None:
    assert schema_version(journal.vault.connection) == LATEST_VERSION
    assert Attachments(journal.vault).count() == 0


def test_an_attachment_is_kept_with_its_entry_and_read_back_whole(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    entry_id = _entry_with(journal, photo)
    stored = attachments.add(photo, entry_id)

    assert stored.size == len(PNG) and stored.is_image
    assert attachments.data(photo.uid) == PNG
    assert attachments.thumbnail(photo.uid) == b"thumb"
    assert [a.name for a in attachments.for_entry(entry_id)] == ["beach.png"]
    assert attachments.get(photo.uid) == stored


def test_deleting_an_entry_deletes_its_attachments(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    entry_id = _entry_with(journal, photo)
    attachments.add(photo, entry_id)
    journal.delete(entry_id)
    assert attachments.get(photo.uid) is None
    assert attachments.count() == 0


def test_a_photo_attached_while_writing_waits_then_joins_the_saved_entry(
    journal: Journal,
) -> None:
    attachments = Attachments(journal.vault)
    photo, dropped = _photo(), _photo("other.png")
    attachments.add(photo)
    attachments.add(dropped)
    assert attachments.get(photo.uid) is not None  # kept through a lock before any save

    entry_id = _entry_with(journal, photo)
    attachments.settle(entry_id, journal.get(entry_id).body)
    assert [a.uid for a in attachments.for_entry(entry_id)] == [photo.uid]
    # The one whose line the person deleted before saving waits until the draft is let go.
    assert attachments.discard_waiting() == 1
    assert attachments.get(dropped.uid) is None
    assert attachments.get(photo.uid) is not None


def test_removing_the_line_from_the_text_lets_the_photo_go_on_save(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    attachments.add(photo)
    entry_id = _entry_with(journal, photo)
    attachments.settle(entry_id, journal.get(entry_id).body)
    assert [a.uid for a in attachments.for_entry(entry_id)] == [photo.uid]
    attachments.settle(entry_id, "At the sea, no photo after all.")
    assert attachments.for_entry(entry_id) == []
    # It waits, so that undoing the removal and saving again brings it back whole …
    attachments.settle(entry_id, journal.get(entry_id).body)
    assert [a.uid for a in attachments.for_entry(entry_id)] == [photo.uid]
    # … and goes once it is let go (the saved text no longer pointing at it).
    saved = journal.update(replace(journal.get(entry_id), body="At the sea, no photo after all."))
    attachments.settle(entry_id, saved.body)
    assert attachments.discard_waiting() == 1
    assert attachments.get(photo.uid) is None


def test_a_file_over_the_limit_is_refused_with_a_plain_message(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    with pytest.raises(AttachmentTooLarge, match=r"larger than 20 MB.*nothing was added"):
        attachments.add(_photo(data=b"\0" * (MAX_BYTES + 1)))
    assert attachments.count() == 0


def test_the_text_names_attachments_by_uid_and_escapes_odd_names() -> None:
    text = markdown("my [best] day.png", "abc-123", image=True)
    assert text == r"![my \[best\] day.png](attachment:abc-123)"
    assert markdown("notes.pdf", "f00", image=False) == "[notes.pdf](attachment:f00)"
    assert referenced_uids(f"{text} and again attachment:abc-123, attachment:f00") == [
        "abc-123",
        "f00",
    ]


def test_every_attachment_goes_out_with_its_entry_uid(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photos = [_photo(f"{n}.png") for n in range(3)]
    entry_id = _entry_with(journal, *photos)
    for photo in photos:
        attachments.add(photo, entry_id)
    attachments.add(_photo("waiting.png"))
    uid = journal.get(entry_id).uid
    out = list(attachments.iter_files(batch=2))
    assert [(e, f.name, f.data) for e, f in out] == [(uid, f"{n}.png", PNG) for n in range(3)]


def test_taking_a_photo_out_of_the_text_leaves_no_gap() -> None:
    text = (
        "Morning.\n"
        + markdown("sea [1].png", "u-1", image=True)
        + "\nafter\n\nsee "
        + markdown("x", "u-1", image=False)
        + " and "
        + markdown("y", "u-12", image=True)
    )
    assert without(text, "u-1") == "Morning.\nafter\n\nsee  and ![y](attachment:u-12)"
    assert without("no photos here\n", "u-1") == "no photos here\n"
    # As the editor writes it: a paragraph of its own, and no double gap once it goes.
    written = "Before.\n\n![p](attachment:u-1)\n\nAfter.\n\n\nKept gap."
    assert without(written, "u-1") == "Before.\n\nAfter.\n\n\nKept gap."


def test_an_entry_deleted_and_brought_back_keeps_its_photos(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    entry_id = _entry_with(journal, photo)
    attachments.add(photo, entry_id)
    kept = attachments.files_of(entry_id)
    removed = journal.delete(entry_id)
    restored = journal.add(removed)
    assert restored.id is not None
    attachments.add_many((item, restored.id) for item in kept)
    assert [a.uid for a in attachments.for_entry(restored.id)] == [photo.uid]
    assert attachments.data(photo.uid) == PNG


def test_an_older_export_without_attachments_still_imports_and_a_damaged_one_is_named(
    journal: Journal, tmp_path: Path
) -> None:
    record = {"uid": "e-1", "created": "2024-05-01T09:00:00+02:00", "body": "plain"}
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "innerspace-journal", "version": 4, "entries": [record]}))
    plan = preview(parse_file("innerspace", old), journal)
    assert len(plan.new) == 1 and not plan.parsed.skipped

    broken = dict(record, uid="e-2", attachments=[{"uid": "a", "created": "x", "data": "%%"}])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "innerspace-journal", "version": 4, "entries": [broken]}))
    plan = preview(parse_file("innerspace", bad), journal)
    assert plan.new == () and len(plan.parsed.skipped) == 1


def test_the_markdown_export_writes_photos_beside_the_notes_and_links_them(
    journal: Journal, tmp_path: Path
) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo("Sea at #7 [dusk].png")
    entry_id = _entry_with(journal, photo)
    attachments.add(photo, entry_id)
    folder = tmp_path / "notes"
    assert export_markdown(journal, folder) == 1

    (note,) = folder.glob("*.md")
    (written,) = (folder / "attachments").iterdir()
    assert written.read_bytes() == PNG
    assert written.name == f"sea-at-7-dusk-{photo.uid[:8]}.png"
    assert f"![Sea at #7 \\[dusk\\].png](attachments/{written.name})" in note.read_text()
    assert "attachment:" not in note.read_text()
    assert written.stat().st_mode & 0o077 == 0


def test_a_photo_with_a_name_in_any_script_is_linked_so_markdown_can_follow(
    journal: Journal, tmp_path: Path
) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo("Größe Welle.png")
    entry_id = _entry_with(journal, photo)
    attachments.add(photo, entry_id)
    export_markdown(journal, tmp_path / "notes")
    (note,) = (tmp_path / "notes").glob("*.md")
    assert f"(attachments/gr%C3%B6%C3%9Fe-welle-{photo.uid[:8]}.png)" in note.read_text()


def test_a_file_that_is_not_a_photo_goes_out_in_the_json_export_and_back(
    journal: Journal, tmp_path: Path
) -> None:
    letter = AttachmentFile(name="letter.pdf", media_type="application/pdf", data=b"%PDF-1 hi")
    entry = journal.add(Entry(body=markdown(letter.name, letter.uid, image=False)))
    assert entry.id is not None
    Attachments(journal.vault).add(letter, entry.id)
    path = tmp_path / "journal.json"
    export_json(journal, path)

    other, _ = Vault.create(tmp_path / "elsewhere", PASSPHRASE, kdf=FLOOR)
    with other:
        target = Journal(other)
        commit(preview(parse_file("innerspace", path), target), target)
        (back,) = Attachments(other).for_entry(target.id_for_uid(entry.uid) or 0)
        assert (back.name, back.media_type) == ("letter.pdf", "application/pdf")
        assert Attachments(other).data(back.uid) == b"%PDF-1 hi"


def test_a_copy_is_written_only_where_chosen_and_never_over_a_file(
    journal: Journal, tmp_path: Path
) -> None:
    attachments = Attachments(journal.vault)
    letter = AttachmentFile(name="letter.pdf", media_type="application/pdf", data=b"%PDF-1 hi")
    attachments.add(letter)
    copy = tmp_path / "copies" / "letter.pdf"
    copy.parent.mkdir()
    attachments.save_copy(letter.uid, copy)
    assert copy.read_bytes() == b"%PDF-1 hi" and (copy.stat().st_mode & 0o777) == 0o600
    copy.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        attachments.save_copy(letter.uid, copy)
    assert copy.read_bytes() == b"mine"
    assert [p.name for p in copy.parent.iterdir()] == ["letter.pdf"]
