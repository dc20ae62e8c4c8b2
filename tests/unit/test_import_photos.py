"""Photos come across from Day One and Journey: re-encoded without where they were taken,
kept with their entries, linked from the text, and never doubled by a second import."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from innerspace.core.attachments import referenced_uids
from innerspace.documents.images import photo_from_elsewhere
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import Journal

WHERE = b"GPS-CANARY-16.8661S-145.7781E"
FIRST = "A1B2C3D4E5F60718293A4B5C6D7E8F90"
SECOND = "B1B2C3D4E5F60718293A4B5C6D7E8F90"


def _camera_jpeg() -> bytes:
    image = QImage(48, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("seagreen"))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    plain = bytes(out.data())
    comment = bytes((0xFF, 0xFE)) + struct.pack(">H", len(WHERE) + 2) + WHERE
    return plain[:2] + comment + plain[2:]


def _day_one_zip(tmp_path: Path) -> Path:
    journal = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
                "creationDate": "2019-07-13T23:10:00Z",
                "timeZone": "Australia/Brisbane",
                "text": f"![](dayone-moment://{FIRST})\n\n# Scenic railway\n\n"
                f"Rainforest.\n\n![](dayone-moment://{SECOND})",
                "photos": [
                    {
                        "identifier": FIRST,
                        "md5": "0cc175b9c0f1b6a831c399e269772661",
                        "type": "jpeg",
                    },
                    {
                        "identifier": SECOND,
                        "md5": "92eb5ffee6ae2fec3ad71c777531578f",
                        "type": "jpeg",
                    },
                ],
            }
        ],
    }
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps(journal))
        archive.writestr("photos/0cc175b9c0f1b6a831c399e269772661.jpeg", _camera_jpeg())
        # The second photo's file is missing from this export.
    return path


def test_day_one_photos_come_across_without_their_location(
    journal: Journal, tmp_path: Path
) -> None:
    path = _day_one_zip(tmp_path)
    plan = preview(parse_file("dayone", path), journal)
    (entry,) = plan.new
    assert entry.title == "Scenic railway"
    assert "One photo will come along with the entries, without where it was taken." in (
        plan.lines()
    )
    result = commit(plan, journal, prepare_photo=photo_from_elsewhere)
    assert (result.added, result.photos, result.photos_left_out) == (1, 1, 0)

    stored = journal.get(journal.id_for_uid(entry.uid) or 0)
    (uid,) = referenced_uids(stored.body)
    assert stored.body.startswith(f"![Photo 2019-07-14](attachment:{uid})\n\n# Scenic")
    assert stored.body.endswith("Rainforest.\n\n[picture not imported]")
    attachments = Attachments(journal.vault)
    (kept,) = attachments.for_entry(stored.id or 0)
    assert (kept.uid, kept.media_type) == (uid, "image/jpeg")
    data = attachments.data(uid) or b""
    assert WHERE not in data and QImage.fromData(data).width() == 48

    again = preview(parse_file("dayone", path), journal)
    assert again.new == () and again.changed == ()
    assert attachments.count() == 1


def test_without_a_way_to_read_photos_they_are_left_out_and_the_text_says_so(
    journal: Journal, tmp_path: Path
) -> None:
    plan = preview(parse_file("dayone", _day_one_zip(tmp_path)), journal)
    result = commit(plan, journal)
    assert (result.photos, result.photos_left_out) == (0, 1)
    (entry,) = plan.new
    body = journal.get(journal.id_for_uid(entry.uid) or 0).body
    assert "attachment:" not in body and body.count("[picture not imported]") == 2
    assert Attachments(journal.vault).count() == 0
