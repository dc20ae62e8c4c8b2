"""Looking for secrets in files: the canaries and how they could appear on disk."""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

# Distinctive strings that cannot occur by chance in encrypted data.
CANARY = "CANARY-7f3a9-marmalade"
SEARCH_CANARY = "CANARY-b41e2-quince"  # only ever typed into the search box


def _text_forms(text: str) -> set[bytes]:
    """``text`` as SQLite, FTS5 or a log might store it: UTF-8 or UTF-16, as typed or lowercased
    (the full-text index keeps lowercased tokens), whole or word by word."""
    variants = {text, text.lower(), *(w.lower() for w in text.split("-") if len(w) >= 5)}
    return {v.encode(codec) for v in variants for codec in ("utf-8", "utf-16-le", "utf-16-be")}


def _key_forms(key: bytes) -> set[bytes]:
    return {key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)}


def needles(texts: Iterable[str] = (), keys: Iterable[bytes] = ()) -> dict[bytes, str]:
    """Byte patterns to look for, each with the secret it would give away."""
    out: dict[bytes, str] = {}
    for text in texts:
        out.update(dict.fromkeys(_text_forms(text), text))
    for key in keys:
        out.update(dict.fromkeys(_key_forms(key), "a data key"))
    return out


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def find_leaks(folder: Path, patterns: dict[bytes, str]) -> list[str]:
    """Every (file, secret) pair where some form of the secret is in the file's bytes."""
    found = []
    for path in files_under(folder):
        data = path.read_bytes()
        for pattern, secret in patterns.items():
            if pattern in data:
                found.append(f"{path.relative_to(folder)} contains {secret!r} as {pattern!r}")
    return found


def canary_png() -> bytes:
    """A small, real PNG whose pixels and text chunk could not occur by chance in encrypted
    data: a photo attached must never be readable in any file of the data folder."""
    width, height = 16, 16
    rows = b"".join(
        b"\x00" + bytes((x * 13 + y * 7) % 256 for x in range(width * 3)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + CANARY.encode())
        + chunk(b"IDAT", zlib.compress(rows, 0))
        + chunk(b"IEND", b"")
    )


def image_needles(png: bytes) -> dict[bytes, str]:
    """Pieces of the image that a plain copy of it, whole or in part, would contain."""
    return {png[:48]: "the photo's header", png[-200:-12]: "the photo's pixels"}
