"""Photos and small files offered to the entry being written (chosen, pasted or dropped), made
ready and kept in the journal on the worker, and what the editor shows of them.

A file named as a photo must be one, and is re-encoded; any other file (a PDF, a recording, a
text) is kept exactly as it came, within the size limit. Nothing offered is ever opened.

Nothing here touches a widget: these run as worker jobs and hand back plain results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from innerspace.core.attachments import (
    MAX_BYTES,
    AttachmentTooLarge,
    looks_like_photo,
    markdown,
    media_type_of,
    referenced_uids,
)
from innerspace.documents.images import NotAPhoto, photo_attachment
from innerspace.gui.journal.attachments_strip import ShownAttachment
from innerspace.storage.attachments import Attachment, AttachmentFile, Attachments


class CannotRead(ValueError):
    """The file chosen or dropped can't be read (gone, a folder, not allowed)."""


@dataclass(frozen=True)
class PhotoOffer:
    """A file the person chose or dropped, or a picture pasted from the clipboard."""

    path: Path | None = None
    image: QImage | None = None


@dataclass
class Stored:
    shown: list[ShownAttachment] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the Markdown the text gains
    refusals: list[str] = field(default_factory=list)


def store_offers(
    attachments: Attachments, offers: Iterable[PhotoOffer], *, keep_details: bool = False
) -> Stored:
    """Make each offer ready and keep it, waiting for the entry's save (a worker job)."""
    stored = Stored()
    for offer in offers:
        try:
            data, name = _read(offer)
            if offer.path is None or looks_like_photo(name):
                item = photo_attachment(data, name, keep_details=keep_details)
            else:
                item = AttachmentFile(name=name, media_type=media_type_of(name), data=data)
        except (AttachmentTooLarge, NotAPhoto, CannotRead) as refused:
            stored.refusals.append(_refusal(refused))
            continue
        kept = attachments.add(item)
        stored.shown.append(_shown(kept, item.thumbnail))
        stored.lines.append(markdown(kept.name, kept.uid, image=kept.is_image))
    return stored


def load_shown(attachments: Attachments, body: str) -> list[ShownAttachment]:
    """What the editor shows for the attachments a text points at (a worker job)."""
    shown = []
    for uid in referenced_uids(body):
        found = attachments.get(uid)
        if found is not None:
            shown.append(_shown(found, attachments.thumbnail(uid)))
    return shown


def _shown(attachment: Attachment, thumbnail: bytes | None) -> ShownAttachment:
    image = QImage.fromData(thumbnail) if thumbnail else QImage()
    return ShownAttachment(attachment.uid, attachment.name, image, attachment.is_image)


def _read(offer: PhotoOffer) -> tuple[bytes, str]:
    if offer.path is not None:
        try:
            if offer.path.stat().st_size > MAX_BYTES:
                raise AttachmentTooLarge()
            return offer.path.read_bytes(), offer.path.name
        except OSError as exc:
            raise CannotRead() from exc
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if offer.image is None or not QImageWriter(buffer, QByteArray(b"png")).write(offer.image):
        raise NotAPhoto()
    buffer.close()
    # A pasted picture has no name of its own: "Photo" and when it came is what is read out.
    photo = QCoreApplication.translate("Attachments", "Photo")
    return bytes(out.data()), f"{photo} {datetime.now().strftime('%Y-%m-%d %H.%M.%S')}.png"


def _refusal(refused: ValueError) -> str:
    if isinstance(refused, AttachmentTooLarge):
        return QCoreApplication.translate(
            "Attachments",
            "That file is larger than 20 MB, the most one attachment can be; nothing was added.",
        )
    if isinstance(refused, CannotRead):
        return QCoreApplication.translate(
            "Attachments", "That file can't be read just now; nothing was added."
        )
    return QCoreApplication.translate(
        "Attachments",
        "That file isn't a photo InnerSpace can read (PNG, JPEG, WebP or GIF); nothing was added.",
    )
