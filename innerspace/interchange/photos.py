"""Photos other apps export beside their entries (Day One's ``photos/`` folder, Journey's
files in the zip, the ``attachments/`` folder beside InnerSpace's own Markdown notes), brought
into the journal on import.

The files are read from the archive only as each is stored, so an export of a thousand photos
is never in memory at once. A photo from another app is never stored as it came: the caller
(the app or the command line, which have Qt) passes a ``PhotoPreparer`` that re-encodes it
without what the camera wrote about where it was taken, and refuses what isn't a photo.
A file that isn't a photo by its name (a PDF, a recording) is kept exactly as it came.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from innerspace.core.attachments import MAX_BYTES, markdown, media_type_of
from innerspace.storage.attachments import AttachmentFile

# The photo's bytes and file name, made ready to keep; ``None`` when it isn't a readable photo.
PhotoPreparer = Callable[[bytes, str], AttachmentFile | None]


@dataclass(frozen=True)
class PhotoToBring:
    uid: str  # stable across imports of the same export, so a second import adds nothing
    name: str
    archive: Path  # a zip file, or the folder the person chose
    member: str  # the path inside it, with '/' between folders
    image: bool = True

    def markdown(self) -> str:
        return markdown(self.name, self.uid, image=self.image)


class ArchiveReader:
    """Reads photos from the archives they came in, opening each archive once."""

    def __init__(self, prepare: PhotoPreparer | None) -> None:
        self.prepare = prepare
        self._open: dict[Path, zipfile.ZipFile] = {}
        self.brought = 0
        self.left_out = 0

    def read(self, photo: PhotoToBring) -> AttachmentFile | None:
        """The photo ready to keep under its own uid, or ``None`` (counted as left out)."""
        item = None
        if not photo.image:
            data = self._bytes(photo)
            if data is not None:
                item = AttachmentFile(photo.name, media_type_of(photo.name), data)
        elif self.prepare is not None:
            data = self._bytes(photo)
            if data is not None:
                item = self.prepare(data, photo.name)
        if item is None:
            self.left_out += 1
            return None
        self.brought += 1
        return replace(item, uid=photo.uid)

    def _bytes(self, photo: PhotoToBring) -> bytes | None:
        if photo.archive.is_dir():
            return read_inside(photo.archive, photo.member)
        try:
            archive = self._open.get(photo.archive)
            if archive is None:
                archive = self._open[photo.archive] = zipfile.ZipFile(photo.archive)
            with archive.open(photo.member) as member:
                data = member.read(MAX_BYTES + 1)
        except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
            return None
        return data if len(data) <= MAX_BYTES else None

    def close(self) -> None:
        for archive in self._open.values():
            with contextlib.suppress(OSError):
                archive.close()
        self._open.clear()


def read_inside(folder: Path, member: str) -> bytes | None:
    """A file of the chosen folder, or ``None`` when it is gone, too large, or leads out of
    the folder (a symbolic link elsewhere): only what the person chose is ever read."""
    try:
        real = (folder / member).resolve(strict=True)
        if not real.is_relative_to(folder.resolve(strict=True)) or not real.is_file():
            return None
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except (OSError, RuntimeError):
        return None
    return data if len(data) <= MAX_BYTES else None
