"""SECURITY.md test 1 for photos and files: an attached image or other file is never readable
in any file of the data folder (database, its log, backups), whether it sits with an entry,
waits with a draft, or was deleted with its entry."""

from __future__ import annotations

from pathlib import Path

from innerspace.core.attachments import markdown
from innerspace.core.entries import Entry
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.backups import create_backup
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.leaks import CANARY, canary_png, find_leaks, image_needles, needles


def test_an_attached_photo_is_never_in_plain_in_the_data_folder(data_dir: Path) -> None:
    png = canary_png()
    secrets = {**needles(texts=[CANARY]), **image_needles(png)}
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    journal, attachments = Journal(vault), Attachments(vault)

    kept = AttachmentFile(name=f"{CANARY}.png", media_type="image/png", data=png)
    entry = journal.add(Entry(body=markdown(kept.name, kept.uid, image=True)))
    assert entry.id is not None
    attachments.add(kept, entry.id)
    attachments.add(AttachmentFile(name="waiting.png", media_type="image/png", data=png))
    regretted = journal.add(Entry(body="a photo I took back"))
    assert regretted.id is not None
    attachments.add(AttachmentFile(name="gone.png", media_type="image/png", data=png), regretted.id)
    journal.delete(regretted.id)
    create_backup(vault, data_dir / "backups")

    # The photo really is stored, whole, and the write-ahead log holds the newest pages.
    assert attachments.data(kept.uid) == png
    assert (data_dir / "journal.db-wal").stat().st_size > 0
    assert find_leaks(data_dir, secrets) == []
    vault.close()
    assert find_leaks(data_dir, secrets) == []


def test_the_detector_finds_a_plain_copy_of_the_photo(tmp_path: Path) -> None:
    png = canary_png()
    (tmp_path / "photo.bin").write_bytes(b"junk" + png[40:] + b"junk")
    assert find_leaks(tmp_path, image_needles(png)) != []


def test_an_attached_file_that_is_not_a_photo_is_never_in_plain_in_the_data_folder(
    data_dir: Path,
) -> None:
    # Kept exactly as it came (nothing re-encodes it), so its own bytes are what must not show.
    letter = b"%PDF-1.4\n" + f"({CANARY}) a letter to no one".encode() + b"\n%%EOF\n"
    secrets = {**needles(texts=[CANARY]), letter[:24]: "the file's start"}
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    journal, attachments = Journal(vault), Attachments(vault)

    kept = AttachmentFile(name=f"{CANARY}.pdf", media_type="application/pdf", data=letter)
    entry = journal.add(Entry(body=markdown(kept.name, kept.uid, image=False)))
    assert entry.id is not None
    attachments.add(kept, entry.id)
    attachments.add(AttachmentFile(name="waiting.pdf", media_type="application/pdf", data=letter))
    create_backup(vault, data_dir / "backups")

    assert attachments.data(kept.uid) == letter
    assert find_leaks(data_dir, secrets) == []
    vault.close()
    assert find_leaks(data_dir, secrets) == []
