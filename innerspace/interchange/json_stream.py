"""Reading a JSON file of any size a piece at a time, and the attachments inside it.

An InnerSpace export of 100,000 entries is 80 MB of text, and one with photos can be many
gigabytes: read whole, it took several times its size in memory and held the interpreter while
Python's parser walked it. Here the text is decoded a chunk at a time, each value is parsed on
its own (``json``'s C scanner, from where the last one ended), and an attachment's base64 text
is never held whole: it is checked and fingerprinted on the way past, and read again from its
place in the file only when it is stored.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from innerspace.storage.attachments import AttachmentFile

# Bytes read at a time: big enough that most values are whole in one read.
CHUNK = 1024 * 1024
_UTF8_BOM = codecs.BOM_UTF8
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# A JSON escape of half a UTF-16 pair: the only way text read as UTF-8 can hold a character no
# database or file can store. Usually it is one half of a valid pair.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Base64 is decoded in blocks of this many characters (a multiple of four).
_BASE64_BLOCK = 4 * 256 * 1024
# Some writers escape what needs no escape in JSON (PHP writes "/" as "\/"), and base64 as
# MIME writes it has line breaks: a string with backslashes is read escape by escape, up to the
# quote that ends it.
_ESCAPED_STRING = re.compile(r'(?:[^"\\]+|\\.)*', re.DOTALL)
_BASE64_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_SIMPLE_ESCAPES = {"/": "/", "n": "", "r": ""}
_LINE_BREAKS = frozenset("\n\r")
_DECODER = json.JSONDecoder()


class NotJson(Exception):
    """The text isn't JSON, or it ends too soon (a file cut short)."""


class NotUtf8(Exception):
    """The bytes aren't UTF-8 text."""


class TooLarge(Exception):
    """One value is larger than the reader was told any value of this kind can be."""


class BrokenCharacter(Exception):
    """Some text holds a lone half of a UTF-16 pair, which nothing can store."""


class ChangedSinceRead(Exception):
    """The file no longer holds what was read from it."""


@dataclass(frozen=True)
class Base64Text:
    """Base64 text at a place in a file, checked when it was read: what it decodes to is
    ``size`` bytes with this SHA-256 digest. ``problem`` says why it can't be used, if so."""

    path: Path
    offset: int  # of the first character, in bytes from the start of the file
    length: int  # in characters, which are bytes: base64 is ASCII
    size: int
    digest: str
    problem: str = ""

    def read(self) -> bytes:
        """The bytes, read again from the file; ``ChangedSinceRead`` if they are not the same."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                text = handle.read(self.length).decode("ascii")
            if "\\" in text:
                text, rest = _unescape_base64(text)
                if rest:
                    raise ValueError("an escape cut short")
            data = base64.b64decode(text, validate=True)
        except (OSError, ValueError) as exc:
            raise ChangedSinceRead() from exc
        if len(data) != self.size or hashlib.sha256(data).hexdigest() != self.digest:
            raise ChangedSinceRead()
        return data


@dataclass(frozen=True)
class AttachmentInFile:
    """A photo or file of an InnerSpace export, left in the file until it is stored."""

    uid: str
    name: str
    media_type: str
    created: datetime
    data: Base64Text
    thumbnail: Base64Text | None = None

    def read(self) -> AttachmentFile:
        return AttachmentFile(
            uid=self.uid,
            name=self.name,
            media_type=self.media_type,
            created=self.created,
            data=self.data.read(),
            thumbnail=None if self.thumbnail is None else self.thumbnail.read(),
        )


class JsonStream:
    """A pull reader over a binary file holding JSON.

    ``members()`` and ``items()`` walk an object or array whose parts the caller reads one by
    one, with ``value()`` (any value, up to a size), or ``base64()`` (a string of any length,
    never held whole). Only what has not been read yet is kept, plus the value being read.
    """

    def __init__(self, handle: IO[bytes], path: Path, chunk: int = CHUNK) -> None:
        self._handle = handle
        self._path = path
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._started = False
        # Where ``_buf[_anchor]`` is in the file, in bytes: moved forward as text is read, so
        # finding a place in the file encodes each character once.
        self._anchor = 0
        self._anchor_byte = 0

    # -- the text ------------------------------------------------------------------------------

    def _fill(self, wanted: int) -> bool:
        """Read at least ``wanted`` more characters (fewer at the end); False at the end."""
        if self._eof:
            return False
        self._byte_at(self._pos)
        self._buf = self._buf[self._pos :]
        self._anchor -= self._pos
        self._pos = 0
        parts = [self._buf]
        got = 0
        while got < wanted and not self._eof:
            data = self._handle.read(max(self._chunk, wanted - got))
            if not self._started:
                self._started = True
                if data.startswith(_UTF8_BOM):
                    data = data[len(_UTF8_BOM) :]
                    self._anchor_byte = len(_UTF8_BOM)
            try:
                text = self._decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise NotUtf8() from exc
            self._eof = not data
            parts.append(text)
            got += len(text)
        self._buf = "".join(parts)
        return True

    def _byte_at(self, index: int) -> int:
        """The file offset of ``_buf[index]``, for an ``index`` at or after the last asked."""
        self._anchor_byte += len(self._buf[self._anchor : index].encode("utf-8"))
        self._anchor = index
        return self._anchor_byte

    def peek(self) -> str:
        """The next character that isn't white space, or "" at the end."""
        while True:
            self._pos = _WHITESPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill(1):
                return ""

    def _expect(self, char: str) -> None:
        if self.peek() != char:
            raise NotJson()
        self._pos += 1

    def end(self) -> None:
        """Nothing but white space is left."""
        if self.peek():
            raise NotJson()

    # -- values --------------------------------------------------------------------------------

    def value(self, limit: int) -> Any:
        """The next value, refused with ``TooLarge`` past ``limit`` characters."""
        found = self.value_within(limit)
        if found is None:
            raise TooLarge()
        return found[0]

    def value_within(self, limit: int) -> tuple[Any, int] | None:
        """The next value and where it started in the text held (for ``rewind``), or ``None``
        (nothing read) when it is longer than ``limit`` characters."""
        self.peek()
        while True:
            start = self._pos
            try:
                value, end = _DECODER.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                if self._eof or not _maybe_cut_short(exc, len(self._buf)):
                    raise NotJson() from exc
            except RecursionError as exc:
                raise NotJson() from exc
            else:
                # A number at the end of what is held may go on in the next chunk.
                if end < len(self._buf) or self._eof:
                    break
            held = len(self._buf) - start
            if held > limit:
                return None
            # At least doubles what is held of this value, so a long one costs a few tries.
            self._fill(held)
        if end - start > limit:
            return None
        if SURROGATE_ESCAPE.search(self._buf, start, end):
            check_characters(value)
        self._pos = end
        return value, start

    def rewind(self, start: int) -> None:
        """Back to a value's start as ``value_within`` gave it, to read it again in parts."""
        self._pos = start

    def members(self) -> Iterator[str]:
        """The keys of the object that starts here; read each one's value before the next."""
        self._expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise NotJson()
            key = self.value(1024 * 1024)
            self._expect(":")
            yield key
            following = self.peek()
            self._pos += 1
            if following == "}":
                return
            if following != ",":
                raise NotJson()

    def items(self) -> Iterator[None]:
        """Once for each item of the array that starts here; read each one before the next."""
        self._expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield None
            following = self.peek()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                raise NotJson()

    def base64(self, max_bytes: int) -> Base64Text:
        """The base64 string that starts here, checked and fingerprinted but never held whole.

        Text that isn't base64, or decodes to more than ``max_bytes``, is passed over and
        comes back with its ``problem`` said, so the caller can leave out what holds it."""
        self._expect('"')
        offset = self._byte_at(self._pos)
        digest = hashlib.sha256()
        size = length = 0
        pending = ""
        problem = ""
        escaped = ""  # the start of an escape the text held ends in
        while True:
            close = self._buf.find('"', self._pos)
            stop = close if close >= 0 else len(self._buf)
            if escaped or self._buf.find("\\", self._pos, stop) >= 0:
                stop = _ESCAPED_STRING.match(self._buf, self._pos).end()  # type: ignore[union-attr]
                close = stop if stop < len(self._buf) and self._buf[stop] == '"' else -1
            piece = self._buf[self._pos : stop]
            length += len(piece)
            self._pos = stop
            if not problem and (escaped or "\\" in piece):
                try:
                    piece, escaped = _unescape_base64(escaped + piece)
                    if close >= 0 and escaped:
                        raise ValueError("an escape cut short")
                except ValueError:
                    problem, pending, escaped = "an attachment's bytes can't be read", "", ""
            if not problem:
                pending += piece
                whole = len(pending) // _BASE64_BLOCK * _BASE64_BLOCK
                if close >= 0:
                    whole = len(pending)
                if whole:
                    block, pending = pending[:whole], pending[whole:]
                    try:
                        if "=" in block[:-4] or (close < 0 and "=" in block):
                            raise binascii.Error("padding before the end")
                        data = base64.b64decode(block, validate=True)
                    except (binascii.Error, ValueError):
                        problem, pending = "an attachment's bytes can't be read", ""
                    else:
                        size += len(data)
                        digest.update(data)
                        if size > max_bytes:
                            problem, pending = "an attachment is larger than the journal keeps", ""
            if close >= 0:
                break
            if not self._fill(self._chunk):
                raise NotJson()
        self._pos += 1
        return Base64Text(self._path, offset, length, size, digest.hexdigest(), problem)


def _unescape_base64(text: str) -> tuple[str, str]:
    """The base64 characters of JSON string text, and the start of an escape it ends in (read
    with what follows). ``ValueError`` for an escape of anything base64 can't hold."""
    parts = []
    start = 0
    while (escape := text.find("\\", start)) >= 0:
        parts.append(text[start:escape])
        kind = text[escape + 1 : escape + 2]
        if kind == "u":
            digits = text[escape + 2 : escape + 6]
            if len(digits) < 4:
                return "".join(parts), text[escape:]
            if not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise ValueError("not an escape")
            character = chr(int(digits, 16))
            if character not in _BASE64_CHARACTERS and character not in _LINE_BREAKS:
                raise ValueError("not base64")
            parts.append("" if character in _LINE_BREAKS else character)
            start = escape + 6
        elif not kind:
            return "".join(parts), text[escape:]
        elif kind in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[kind])
            start = escape + 2
        else:
            raise ValueError("not base64")
    parts.append(text[start:])
    return "".join(parts), ""


def _maybe_cut_short(exc: json.JSONDecodeError, held: int) -> bool:
    """Whether the scanner stopped only because the text held ends inside the value: a string
    still open, or trouble within an escape's length of the end."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= held - 16


def check_characters(value: Any) -> None:
    """``BrokenCharacter`` when some text in ``value`` holds a lone half of a UTF-16 pair."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise BrokenCharacter() from None
