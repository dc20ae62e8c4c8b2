"""A photo in writing not yet saved goes out in the JSON export with its draft, comes back in
with it on import, and is kept by a backup and its restore."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

from innerspace.core.attachments import markdown
from innerspace.core.entries import Draft, Entry
from innerspace.interchange.draft_photos import DRAFT_PHOTOS, bring_back
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.backups import (
    create_backup,
    inspect_backup,
    restore_backup,
    with_passphrase,
)
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

PHOTO = b"\x89PNG\r\n\x1a\n a photo of the draft"


def _draft_with_photo(journal: Journal, *, entry_id: int | None = None) -> AttachmentFile:
    photo = AttachmentFile(name="sea.png", media_type="image/png", data=PHOTO, thumbnail=b"t")
    Attachments(journal.vault).add(photo)  # waiting, as the editor keeps it
    body = f"Not saved yet.\n\n{markdown(photo.name, photo.uid, image=True)}\n"
    journal.save_draft(Draft(entry_id, "", body, (), datetime.now(UTC), extra={"starred": True}))
    return photo


def test_a_drafts_photo_goes_out_in_the_export_and_comes_back_on_import(
    journal: Journal, tmp_path: Path
) -> None:
    journal.add(Entry(body="An older entry."))
    photo = _draft_with_photo(journal)
    path = tmp_path / "journal.json"
    export_json(journal, path)

    (draft,) = json.loads(path.read_text())["drafts"]
    (carried,) = draft["extra"][DRAFT_PHOTOS]
    assert base64.b64decode(carried["data"]) == PHOTO and carried["uid"] == photo.uid

    other, _ = Vault.create(tmp_path / "elsewhere", PASSPHRASE, kdf=FLOOR)
    with other:
        target = Journal(other)
        commit(preview(parse_file("innerspace", path), target), target)
        attachments = Attachments(other)
        assert attachments.data(photo.uid) == PHOTO  # stored with the import, waiting
        assert bring_back(target, attachments) == 0
        assert attachments.thumbnail(photo.uid) == b"t"
        assert attachments.get(photo.uid).entry_id is None  # type: ignore[union-attr]
        kept = target.load_draft()
        assert kept is not None and photo.uid in kept.body
        # The draft keeps its own extras, and no longer the photo's bytes.
        assert kept.extra == {"starred": True}


def test_a_photo_saved_with_its_entry_is_not_carried_twice(
    journal: Journal, tmp_path: Path
) -> None:
    photo = _draft_with_photo(journal)
    entry = journal.add(Entry(body=journal.load_draft().body))  # type: ignore[union-attr]
    assert entry.id is not None
    Attachments(journal.vault).settle(entry.id, entry.body)
    path = tmp_path / "journal.json"
    export_json(journal, path)
    doc = json.loads(path.read_text())
    assert [a["uid"] for a in doc["entries"][0]["attachments"]] == [photo.uid]
    assert DRAFT_PHOTOS not in doc["drafts"][0]["extra"]


def test_a_damaged_carried_photo_is_left_out_and_the_draft_kept(journal: Journal) -> None:
    extra = {DRAFT_PHOTOS: [{"uid": "x", "data": "%%", "created": "now"}], "starred": False}
    journal.save_draft(Draft(None, "", "words", (), datetime.now(UTC), extra=extra))
    assert bring_back(journal, Attachments(journal.vault)) == 0
    kept = journal.load_draft()
    assert kept is not None and kept.body == "words" and kept.extra == {"starred": False}


def test_a_backup_and_its_restore_keep_the_drafts_photo(
    journal: Journal, vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    photo = _draft_with_photo(journal)
    path = create_backup(vault, tmp_path / "backups")
    Attachments(vault).discard_waiting()
    journal.clear_draft()

    staged = inspect_backup(path, with_passphrase(PASSPHRASE), work_dir=data_dir)
    restore_backup(staged, data_dir, current=vault)
    with Vault.unlock(data_dir, PASSPHRASE) as restored:
        assert Attachments(restored).data(photo.uid) == PHOTO
        kept = Journal(restored).load_draft()
        assert kept is not None and photo.uid in kept.body


def test_photos_an_import_brought_with_a_draft_go_out_again_before_the_editor_stores_them(
    journal: Journal, tmp_path: Path
) -> None:
    carried = {"uid": "c-1", "data": base64.b64encode(PHOTO).decode(), "created": "x"}
    photo = AttachmentFile(name="sea.png", media_type="image/png", data=PHOTO)
    Attachments(journal.vault).add(photo)
    body = f"![old](attachment:c-1)\n\n{markdown(photo.name, photo.uid, image=True)}\n"
    extra = {DRAFT_PHOTOS: [carried]}
    journal.save_draft(Draft(None, "", body, (), datetime.now(UTC), extra=extra))
    path = tmp_path / "journal.json"
    export_json(journal, path)
    (draft,) = json.loads(path.read_text())["drafts"]
    assert [a["uid"] for a in draft["extra"][DRAFT_PHOTOS]] == ["c-1", photo.uid]
