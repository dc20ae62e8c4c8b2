"""A photo or file is never let go while an entry or a draft points at it: not when a kept copy
of an imported entry came with it, not when another entry goes, and not at a lock."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from innerspace.core.attachments import markdown, referenced_uids, without
from innerspace.core.entries import Draft, Entry, local_now
from innerspace.documents.images import photo_from_elsewhere
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import commit, preview
from innerspace.interchange.notes_folder import parse
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from tests.unit.test_import_photos import _day_one_zip

NOTE_UID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


def _write_note(notes: Path, words: str) -> None:
    (notes / "day.md").write_text(
        f"---\nuid: {NOTE_UID}\ncreated: 2024-03-05T09:30:00+00:00\n---\n{words}\n\n"
        "[scan.pdf](attachments/scan.pdf)\n"
    )


def _kept_both(journal: Journal, tmp_path: Path) -> tuple[Entry, Entry]:
    notes = tmp_path / "notes"
    (notes / "attachments").mkdir(parents=True)
    (notes / "attachments" / "scan.pdf").write_bytes(b"%PDF-1.4 my scan")
    _write_note(notes, "First version")
    commit(preview(parse(notes), journal), journal)
    _write_note(notes, "Second version, edited outside")
    plan = preview(parse(notes), journal)
    assert len(plan.changed) == 1
    commit(plan, journal, changed="keep both")
    entries = [e for e, _ in journal.iter_all()]
    original = next(e for e in entries if "First" in e.body)
    copy = next(e for e in entries if "Second" in e.body)
    return original, copy


def test_a_kept_copy_has_files_of_its_own(journal: Journal, tmp_path: Path) -> None:
    attachments = Attachments(journal.vault)
    original, copy = _kept_both(journal, tmp_path)
    (mine,) = referenced_uids(copy.body)
    (theirs,) = referenced_uids(original.body)
    assert mine != theirs
    assert [a.uid for a in attachments.for_entry(copy.id or 0)] == [mine]
    assert attachments.data(mine) == b"%PDF-1.4 my scan"

    journal.delete(original.id or 0)
    assert attachments.data(mine) == b"%PDF-1.4 my scan"
    # The same folder imported again adds nothing: the copy is what the file says.
    again = preview(parse(tmp_path / "notes"), journal)
    assert (again.new, again.changed, again.already_there) == ((), (), 1)


def test_a_file_taken_out_of_the_original_stays_with_the_copy(
    journal: Journal, tmp_path: Path
) -> None:
    attachments = Attachments(journal.vault)
    original, copy = _kept_both(journal, tmp_path)
    (uid,) = referenced_uids(original.body)
    edited = journal.update(replace(original, body=without(original.body, uid)))
    attachments.settle(edited.id or 0, edited.body)
    attachments.discard_waiting()
    assert all(attachments.data(u) is not None for u in referenced_uids(copy.body))


def _changed_day_one_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    doc = json.loads(members["Journal.json"])
    doc["entries"][0]["text"] = doc["entries"][0]["text"].replace("Rainforest.", "Rainforest!")
    members["Journal.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_kept_copy_of_a_day_one_entry_has_its_own_photo(journal: Journal, tmp_path: Path) -> None:
    attachments = Attachments(journal.vault)
    path = _day_one_zip(tmp_path)
    first = preview(parse_file("dayone", path), journal)
    commit(first, journal, prepare_photo=photo_from_elsewhere)
    _changed_day_one_zip(path)
    plan = preview(parse_file("dayone", path), journal)
    commit(plan, journal, changed="keep both", prepare_photo=photo_from_elsewhere)
    entries = [e for e, _ in journal.iter_all()]
    original = next(e for e in entries if "Rainforest." in e.body)
    copy = next(e for e in entries if "Rainforest!" in e.body)
    (mine,) = referenced_uids(copy.body)
    assert mine not in referenced_uids(original.body)

    journal.delete(original.id or 0)
    assert [a.uid for a in attachments.for_entry(copy.id or 0)] == [mine]
    assert attachments.data(mine)


def _photo() -> AttachmentFile:
    return AttachmentFile("beach.png", "image/png", b"\x89PNG tiny")


def test_deleting_an_entry_leaves_a_file_another_entry_points_at(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    line = markdown(photo.name, photo.uid, image=True)
    first = journal.add(Entry(body=f"Morning\n{line}"))
    second = journal.add(Entry(body=f"Evening, the same view\n{line}"))
    attachments.add(photo, first.id)

    journal.delete(first.id or 0)
    assert [a.uid for a in attachments.for_entry(second.id or 0)] == [photo.uid]


def test_deleting_an_entry_leaves_a_file_a_draft_points_at(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    line = markdown(photo.name, photo.uid, image=True)
    entry = journal.add(Entry(body=f"Morning\n{line}"))
    attachments.add(photo, entry.id)
    journal.save_draft(Draft(None, "", f"Still writing\n{line}", (), local_now(), extra={}))

    journal.delete(entry.id or 0)
    assert attachments.discard_waiting() == 0
    assert attachments.data(photo.uid) is not None


def test_a_window_lets_go_only_of_what_it_made_wait(journal: Journal) -> None:
    here, there = Attachments(journal.vault), Attachments(journal.vault)
    mine, theirs = _photo(), _photo()
    here.add(mine)
    there.add(theirs)

    assert here.discard_waiting(only=here.made_waiting) == 1
    assert here.data(mine.uid) is None
    assert there.data(theirs.uid) is not None


def test_opening_the_journal_lets_go_only_of_what_waited_long(journal: Journal) -> None:
    attachments = Attachments(journal.vault)
    photo = _photo()
    attachments.add(photo)
    assert attachments.discard_waiting(waiting_before=datetime.now(UTC) - timedelta(days=1)) == 0
    assert attachments.data(photo.uid) is not None
    assert attachments.discard_waiting(waiting_before=datetime.now(UTC) + timedelta(seconds=2)) == 1


def test_a_draft_of_a_deleted_entry_never_opens_as_an_edit_of_the_next_one(
    journal: Journal,
) -> None:
    from innerspace.interchange.draft_photos import bring_back

    journal.add(Entry(body="older entry"))
    edited = journal.add(Entry(body="an entry edited on another computer"))
    journal.save_draft(Draft(None, "", "my own unsaved words", (), local_now()))
    waiting = Draft(edited.id, "", "the other computer's edit", (), local_now())
    assert journal.keep_imported_draft(waiting, edited.uid)
    assert edited.id is not None
    journal.delete(edited.id)
    # The freed id goes to the next entry written.
    next_one = journal.add(Entry(body="today's entry, its own words"))
    journal.clear_draft()
    assert next_one.id == edited.id

    bring_back(journal, Attachments(journal.vault))
    draft = journal.load_draft()
    assert draft is not None and draft.body == "the other computer's edit"
    assert draft.entry_id is None  # a new entry, never a replacement for today's
    assert journal.get(next_one.id).body == "today's entry, its own words"


def test_the_photos_of_an_entry_deleted_while_being_edited_go_at_lock(
    journal: Journal,
) -> None:
    ours = Attachments(journal.vault)
    photo = AttachmentFile("p.png", "image/png", b"PHOTO OF A DELETED ENTRY" * 4)
    entry = journal.add(Entry(body="my day\n\n" + markdown("p.png", photo.uid, image=True)))
    assert entry.id is not None
    ours.add(photo, entry.id)
    # Autosaved while being edited, then deleted as the window deletes: the draft goes too.
    journal.save_draft(Draft(entry.id, "", entry.body + "\nmore", (), local_now()))
    journal.delete(entry.id, ours)
    journal.clear_draft()
    assert ours.data(photo.uid) is not None  # Undo could still bring it back
    # Locking lets go of it: nothing points at it any more.
    assert ours.discard_waiting((), only=ours.made_waiting) == 1
    assert ours.data(photo.uid) is None
