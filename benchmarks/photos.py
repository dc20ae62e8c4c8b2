"""Importing photos: a Day One export of 1,000 entries, each with one photo of 1600 × 1200
pixels (what a phone's "share" gives), into a new encrypted journal. Every photo is read from
the zip, re-encoded without its metadata and given a thumbnail (budget: under 90 s, about
90 ms a photo on one core).

Run with ``QT_QPA_PLATFORM=offscreen python -m benchmarks.photos``.
"""

from __future__ import annotations

import hashlib
import json
import random
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QRadialGradient

from innerspace.documents.images import photo_from_elsewhere
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PHOTOS = 1_000
DISTINCT = 12  # drawn once each; the export names every copy as its own photo
WIDTH, HEIGHT = 1600, 1200
PASSPHRASE = "benchmarking photos on their way in"


def _photo(rng: random.Random) -> bytes:
    """A JPEG with soft colour and some grain, so it compresses like a photo (~200 kB)."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QRadialGradient(QPointF(rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)), WIDTH)
    gradient.setColorAt(0, QColor.fromHsv(rng.randrange(360), 120, 240))
    gradient.setColorAt(1, QColor.fromHsv(rng.randrange(360), 200, 60))
    painter.fillRect(image.rect(), gradient)
    for _ in range(4000):
        painter.fillRect(
            rng.randrange(WIDTH),
            rng.randrange(HEIGHT),
            3,
            3,
            QColor.fromHsv(rng.randrange(360), 80, 200),
        )
    painter.end()
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)
    return bytes(out.data())


def day_one_export(path: Path, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    drawn = [_photo(rng) for _ in range(DISTINCT)]
    start = datetime(2018, 1, 1, 8, tzinfo=UTC)
    entries = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(count):
            identifier = hashlib.md5(f"photo {n}".encode()).hexdigest().upper()
            md5 = identifier.lower()
            archive.writestr(f"photos/{md5}.jpeg", drawn[n % DISTINCT])
            entries.append(
                {
                    "uuid": hashlib.md5(f"entry {n}".encode()).hexdigest().upper(),
                    "creationDate": (start + timedelta(hours=9 * n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "timeZone": "Europe/Paris",
                    "text": f"![](dayone-moment://{identifier})\n\nA walk, day {n}.",
                    "photos": [{"identifier": identifier, "md5": md5, "type": "jpeg"}],
                }
            )
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": entries}))


def run_photos_benchmark() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        export = root / "dayone.zip"
        day_one_export(export, PHOTOS)
        vault, _ = Vault.create(root / "journal", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
        with vault:
            journal = Journal(vault)
            started = time.perf_counter()
            plan = preview(parse_file("dayone", export), journal)
            read_at = time.perf_counter()
            result = commit(plan, journal, prepare_photo=photo_from_elsewhere)
            done_at = time.perf_counter()
            kept = Attachments(vault).count()
        if result.photos != PHOTOS or kept != PHOTOS:
            raise RuntimeError(f"expected {PHOTOS} photos, kept {result.photos} ({kept} stored)")
    return {
        "photos": PHOTOS,
        "import_photos_1k_read_and_preview_s": read_at - started,
        "import_photos_1k_total_s": done_at - started,
        "per_photo_ms": (done_at - started) / PHOTOS * 1000,
    }


if __name__ == "__main__":
    for name, value in run_photos_benchmark().items():
        print(f"{name:40} {value:9.2f}")
