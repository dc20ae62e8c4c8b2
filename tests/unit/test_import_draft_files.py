"""A draft's photos and files not yet saved come across with it from an InnerSpace export,
however many there are: past what an import brings along, or when one can't be read, that
one is left out with a line saying so, and the draft and the rest of the file still import."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from innerspace.core.entries import Draft, Entry, local_now
from innerspace.interchange import innerspace_json
from innerspace.interchange.draft_photos import bring_back
from innerspace.interchange.innerspace_json import export_json, parse
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "unsaved words, waiting files"
FILES = [os.urandom(300_000 + i) for i in range(3)]


def _export(tmp_path: Path) -> tuple[Path, list[str]]:
    """One saved entry, and a draft waiting to save three voice memos."""
    source, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        journal, attachments = Journal(source), Attachments(source)
        journal.add(Entry(body="a saved entry"))
        uids = []
        for i, data in enumerate(FILES):
            item = AttachmentFile(f"voice{i}.m4a", "audio/mp4", data)
            attachments.add(item)
            uids.append(item.uid)
        body = "Unsaved words\n" + "\n".join(
            f"[voice{i}.m4a](attachment:{uid})" for i, uid in enumerate(uids)
        )
        journal.save_draft(Draft(None, "", body, (), local_now(), extra={"mood": 4}))
        path = tmp_path / "export.json"
        export_json(journal, path)
    return path, uids


def test_a_draft_carrying_more_than_any_one_part_may_hold_imports_whole(
    journal: Journal, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, uids = _export(tmp_path)
    # Every part read whole is far smaller than the draft's files together.
    monkeypatch.setattr(innerspace_json, "MAX_PART_CHARS", 500_000)
    parsed = parse(path)
    assert not parsed.skipped
    assert commit(preview(parsed, journal), journal).added == 1
    # The files are stored with the import, waiting; the draft opens with them next time.
    assert [Attachments(vault).data(uid) for uid in uids] == FILES
    assert bring_back(journal, Attachments(vault)) == 0
    draft = journal.load_draft()
    assert draft is not None and draft.body.startswith("Unsaved words")
    assert draft.extra == {"mood": 4}
    assert [Attachments(vault).data(uid) for uid in uids] == FILES


def test_files_past_what_an_import_brings_along_are_left_out_and_said(
    journal: Journal, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, uids = _export(tmp_path)
    monkeypatch.setattr(innerspace_json, "MAX_DRAFT_FILES_BYTES", len(FILES[0]) + len(FILES[1]))
    parsed = parse(path)
    assert [(s.where, s.reason) for s in parsed.skipped] == [
        (
            "draft 1",
            "a photo or file it was waiting to save is left out: together they are more than "
            "an import brings along with drafts",
        )
    ]
    assert commit(preview(parsed, journal), journal).added == 1
    assert [Attachments(vault).data(uid) for uid in uids] == [*FILES[:2], None]
    assert bring_back(journal, Attachments(vault)) == 0
    draft = journal.load_draft()
    assert draft is not None and draft.body.startswith("Unsaved words")


def test_a_file_that_cant_be_read_is_left_out_and_said(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    path, uids = _export(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["drafts"][0]["extra"]["attachments"][1]["data"] = "not base64!"
    path.write_text(json.dumps(doc), encoding="utf-8")
    parsed = parse(path)
    assert [(s.where, s.reason) for s in parsed.skipped] == [
        (
            "draft 1",
            "a photo or file it was waiting to save is left out: "
            "an attachment's bytes can't be read",
        )
    ]
    assert commit(preview(parsed, journal), journal).added == 1
    assert [Attachments(vault).data(uid) for uid in uids] == [FILES[0], None, FILES[2]]
    assert bring_back(journal, Attachments(vault)) == 0
    draft = journal.load_draft()
    assert draft is not None and draft.body.startswith("Unsaved words")
