"""``innerspace attach ID FILE``: a photo joins an entry, without where it was taken unless
asked, and any other small file as it is; a file named as a photo that isn't one, or one too
large, is refused in one line with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from innerspace.core.attachments import MAX_BYTES, referenced_uids
from innerspace.core.entries import Entry
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_data_cli import Cli, Outcome, run


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path) -> Path:
    vault.close()
    return data_dir


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    journal_dir: Path,
    tmp_path: Path,
    qapp: object,  # the command would start its own QGuiApplication, which widgets can't use
) -> Cli:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def call(*argv: str) -> Outcome:
        return run(monkeypatch, capsys, journal_dir, secret, *argv)

    return call


def _entry(data_dir: Path, body: str = "At the lake.") -> int:
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        entry = Journal(vault).add(Entry(body=body))
    assert entry.id is not None
    return entry.id


def _photo(tmp_path: Path) -> Path:
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.setText("Location", "LAKE-CANARY-47.37N")
    path = tmp_path / "lake.png"
    assert image.save(str(path))
    return path


def test_a_photo_is_attached_to_an_entry(cli: Cli, journal_dir: Path, tmp_path: Path) -> None:
    entry_id = _entry(journal_dir)
    done = cli("attach", str(entry_id), str(_photo(tmp_path)))
    assert (done.status, done.out) == (0, f"Added the photo to entry {entry_id}.\n")
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        body = Journal(vault).get(entry_id).body
        (uid,) = referenced_uids(body)
        assert body == f"At the lake.\n\n![lake.png](attachment:{uid})\n"
        data = Attachments(vault).data(uid) or b""
    assert b"LAKE-CANARY" not in data and QImage.fromData(data).width() == 20


def test_keep_details_keeps_the_file_as_it_is(cli: Cli, journal_dir: Path, tmp_path: Path) -> None:
    entry_id = _entry(journal_dir)
    photo = _photo(tmp_path)
    assert cli("attach", str(entry_id), str(photo), "--keep-details").status == 0
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        (kept,) = Attachments(vault).for_entry(entry_id)
        assert Attachments(vault).data(kept.uid) == photo.read_bytes()


def test_what_is_not_a_photo_is_refused_in_one_line(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    entry_id = _entry(journal_dir)
    text = tmp_path / "notes.png"
    text.write_text("just words")
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8" + b"\0" * MAX_BYTES)
    for path, says in ((text, "isn't a photo"), (big, "larger than 20 MB")):
        refused = cli("attach", str(entry_id), str(path))
        assert refused.status == 1 and says in refused.err
        assert refused.err.count("\n") == 1
    assert cli("attach", "999", str(_photo(tmp_path))).status == 1
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        assert Attachments(vault).count() == 0
        assert Journal(vault).get(entry_id).body == "At the lake."


def test_a_small_file_that_is_not_a_photo_is_kept_as_it_is_and_linked(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    entry_id = _entry(journal_dir)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n words to keep\n%%EOF\n")
    done = cli("attach", str(entry_id), str(letter))
    assert (done.status, done.out) == (0, f"Added the file to entry {entry_id}.\n")
    with Vault.unlock(journal_dir, PASSPHRASE) as vault:
        body = Journal(vault).get(entry_id).body
        (kept,) = Attachments(vault).for_entry(entry_id)
        assert body == f"At the lake.\n\n[letter.pdf](attachment:{kept.uid})\n"
        assert (kept.media_type, kept.is_image) == ("application/pdf", False)
        assert Attachments(vault).data(kept.uid) == letter.read_bytes()
