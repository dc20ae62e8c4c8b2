"""``innerspace --smoke-test``: an end-to-end self-check that packaged builds run.

Creates a journal in a temporary folder, writes, locks, reopens, searches and reads back, then
builds the app's main screens offscreen and reads a photo of each kind people add. Exit status
0 on success, 1 with a message otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

_PASSPHRASE = "smoke test passphrase"
_TEXT = "The smoke test wrote this line about a quiet harbour at dawn."


class SmokeFailure(Exception):
    pass


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def check_storage(folder: Path) -> None:
    vault, recovery = Vault.create(folder, _PASSPHRASE, kdf=FLOOR)
    with vault:
        entry = Journal(vault).add(Entry(title="Smoke", body=_TEXT, tags=("check",)))
    _expect(recovery is not None, "no recovery key was made")
    with Vault.unlock(folder, _PASSPHRASE) as vault:
        journal = Journal(vault)
        hits = journal.search("harbour")
        _expect([h.id for h in hits] == [entry.id], "search did not find the entry")
        _expect(journal.get(hits[0].id).body == _TEXT, "the entry read back differs")
        _expect(vault.check() == [], "the integrity checks failed")
    with Vault.unlock_with_recovery_key(folder, recovery or "") as vault:
        _expect(Journal(vault).count() == 1, "the recovery key did not open the journal")
    _expect(_TEXT.encode() not in (folder / "journal.db").read_bytes(), "text found on disk")


def check_gui(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from innerspace.gui.application import smoke_check_gui

    smoke_check_gui(folder)


# The smallest GIF there is (one pixel): Qt can read GIFs but not write them.
_ONE_PIXEL_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
    b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def check_photos() -> None:
    """Photos of every kind people add can be read and re-encoded: a bundle without Qt's
    image plugins would refuse every JPEG with a message that blames the photo."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter

    from innerspace.documents.images import prepare_photo

    def written(kind: bytes) -> bytes:
        image = QImage(64, 48, QImage.Format.Format_RGB32)
        image.fill(QColor(40, 120, 90))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(kind))
        _expect(writer.write(image), f"Qt cannot write {kind.decode()} images")
        return bytes(data.data())

    for name, data, size in (
        ("smoke.jpg", written(b"jpeg"), (64, 48)),
        ("smoke.webp", written(b"webp"), (64, 48)),
        ("smoke.png", written(b"png"), (64, 48)),
        ("smoke.gif", _ONE_PIXEL_GIF, (1, 1)),
    ):
        photo = prepare_photo(data, name)
        _expect((photo.width, photo.height) == size, f"{name} was not read whole")
        _expect(bool(photo.thumbnail), f"{name} has no thumbnail")


def run_smoke_test() -> int:
    root = Path(tempfile.mkdtemp(prefix="innerspace-smoke-"))
    try:
        check_storage(root / "journal")
        check_gui(root / "gui")
        check_photos()
    except Exception as exc:  # any failure is reported, never a traceback to a user
        print(f"smoke test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("smoke test passed")
    return 0
