r"""Photos whose base64 text another program wrote with JSON escapes ("\/" as PHP writes it,
"\u002F", MIME's line breaks) come across whole, wherever the escapes fall between reads; an
escape of something base64 can't hold leaves out that photo's entry only."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

import pytest

from innerspace.core.entries import Entry
from innerspace.interchange.innerspace_json import export_json, parse
from innerspace.interchange.json_stream import JsonStream
from innerspace.interchange.model import commit, preview
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "slashes escaped, photo kept"
# 0xff bytes are "/" in base64: every fourth character of this photo is one.
PHOTO = bytes([0xFF, 0xFF, 0xFF]) * 10 + os.urandom(3000)


def test_an_export_with_escaped_slashes_imports_its_photo(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    source, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        entry = Journal(source).add(Entry(body="![x](attachment:p1)"))
        Attachments(source).add(AttachmentFile("x.png", "image/png", PHOTO, uid="p1"), entry.id)
        path = tmp_path / "export.json"
        export_json(Journal(source), path)
    raw = path.read_text("utf-8")
    escaped = tmp_path / "escaped.json"
    escaped.write_text(raw.replace("/", "\\/"), encoding="utf-8")
    assert json.loads(escaped.read_text("utf-8")) == json.loads(raw)
    parsed = parse(escaped)
    assert not parsed.skipped
    assert commit(preview(parsed, journal), journal).added == 1
    assert Attachments(vault).data("p1") == PHOTO


def _escaped(text: str) -> str:
    r"""``text`` with every escape base64 may hold: some "/" as "\u002f", some letters as "\u0041",
    a MIME line break every 76 characters, and every other "/" as "\/"."""
    lines = [text[i : i + 76] for i in range(0, len(text), 76)]
    out = "\\r\\n".join(lines).replace("/", "\\u002f", 5).replace("A", "\\u0041", 3)
    return out.replace("/", "\\/")


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
def test_escapes_split_between_reads_are_read_whole(tmp_path: Path, chunk: int) -> None:
    data = PHOTO + b"AAA" * 50
    path = tmp_path / "value.json"
    path.write_text(f'["{_escaped(base64.b64encode(data).decode())}", "after"]', "ascii")
    with path.open("rb") as handle:
        stream = JsonStream(handle, path, chunk=chunk)
        items = stream.items()
        next(items)
        text = stream.base64(len(data))
        next(items)
        assert stream.value(100) == "after"
    assert not text.problem
    assert (text.size, text.digest) == (len(data), hashlib.sha256(data).hexdigest())
    assert text.read() == data


@pytest.mark.parametrize(
    "inside", ['QUJD\\"REVG', "QUJD\\\\REVG", "QUJD\\u0020REVG", "QUJD\\tREVG", "QUJD\\u00zzREVG"]
)
@pytest.mark.parametrize("chunk", [1, 3, 64])
def test_an_escape_base64_cant_hold_is_a_problem_and_the_rest_is_read(
    tmp_path: Path, chunk: int, inside: str
) -> None:
    path = tmp_path / "value.json"
    path.write_text(f'["{inside}", "after"]', "ascii")
    with path.open("rb") as handle:
        stream = JsonStream(handle, path, chunk=chunk)
        items = stream.items()
        next(items)
        text = stream.base64(1000)
        next(items)
        assert stream.value(100) == "after"
        assert list(items) == []
    assert text.problem == "an attachment's bytes can't be read"
