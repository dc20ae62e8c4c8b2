"""A draft an import brings waits in a slot of its own, with its photos stored at once: the
editor's next autosave never writes over it, and the editor brings it back when it is free."""

from __future__ import annotations

from pathlib import Path

from innerspace.core.attachments import markdown
from innerspace.core.entries import Draft, local_now
from innerspace.interchange.draft_photos import bring_back
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

MEMO = b"voice" * 100


def _export_with_draft(tmp_path: Path) -> tuple[Path, AttachmentFile]:
    source, _ = Vault.create(tmp_path / "src", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        memo = AttachmentFile("memo.m4a", "audio/mp4", MEMO)
        Attachments(source).add(memo)
        body = f"half-written letter\n{markdown(memo.name, memo.uid, image=False)}"
        Journal(source).save_draft(Draft(None, "", body, (), local_now(), extra={}))
        path = tmp_path / "e.json"
        export_json(Journal(source), path)
    return path, memo


def test_the_open_editors_autosave_never_writes_over_an_imported_draft(
    journal: Journal, tmp_path: Path
) -> None:
    path, memo = _export_with_draft(tmp_path)
    plan = preview(parse_file("innerspace", path), journal)
    assert (
        "The unsaved draft in the file is kept with its photos; it opens in the editor the "
        "next time you open your journal with nothing unsaved in it."
    ) in plan.lines()
    commit(plan, journal)
    attachments = Attachments(journal.vault)
    assert attachments.data(memo.uid) == MEMO  # stored with the import, not left in the draft

    # The editor, open meanwhile, keeps its own words; opening the journal keeps them.
    journal.save_draft(Draft(None, "", "a new entry started after the import", (), local_now()))
    bring_back(journal, attachments)
    assert journal.load_draft().body == "a new entry started after the import"  # type: ignore[union-attr]
    assert attachments.discard_waiting() == 0
    assert attachments.data(memo.uid) == MEMO

    # Once that entry is saved, the next opening brings the imported draft into the editor.
    journal.clear_draft()
    bring_back(journal, attachments)
    kept = journal.load_draft()
    assert kept is not None and kept.body.startswith("half-written letter")
    assert memo.uid in kept.body and "attachments" not in kept.extra


def test_the_same_file_imported_twice_keeps_its_draft_once(
    journal: Journal, tmp_path: Path
) -> None:
    path, _memo = _export_with_draft(tmp_path)
    commit(preview(parse_file("innerspace", path), journal), journal)
    bring_back(journal, Attachments(journal.vault))  # now the editor's draft
    commit(preview(parse_file("innerspace", path), journal), journal)
    assert len(journal.all_drafts()) == 1


def test_a_draft_without_photos_is_said_to_be_kept(journal: Journal, tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "src", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        for words in ("one letter", "another"):
            Journal(source).save_draft(Draft(None, "", words, (), local_now()))
            export_json(Journal(source), tmp_path / f"{words}.json")
    commit(preview(parse_file("innerspace", tmp_path / "one letter.json"), journal), journal)
    plan = preview(parse_file("innerspace", tmp_path / "another.json"), journal)
    assert (
        "The unsaved draft in the file is kept; it opens in the editor the next time you open "
        "your journal with nothing unsaved in it."
    ) in plan.lines()
    commit(plan, journal)
    kept = sorted((slot, draft.body) for slot, draft, _ in journal.all_drafts())
    assert kept == [("imported-1", "one letter"), ("imported-2", "another")]
