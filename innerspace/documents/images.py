"""Photos on their way into the journal: read, checked, stripped of what they say besides the
picture, and given a thumbnail.

Cameras write where and when a photo was taken (EXIF location), the device and sometimes the
owner's name into the file. Unless the person chooses to keep those details, the picture is
decoded and encoded afresh from its pixels alone, so that none of it comes along; the way the
camera was held is applied first, so the photo still stands the right way up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from innerspace.core.attachments import AttachmentTooLarge, check_size
from innerspace.storage.attachments import AttachmentFile

# The kinds a photo comes in, by the name Qt's image reader gives them. HEIC is here for the
# systems whose Qt can read it; elsewhere the reader does not know it and it is refused.
MEDIA_TYPES = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "webp": "image/webp",
    "gif": "image/gif",
    "heic": "image/heic",
    "heif": "image/heif",
}
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}
THUMBNAIL_SIDE = 320
JPEG_QUALITY = 90
THUMBNAIL_QUALITY = 80


class NotAPhoto(ValueError):
    def __init__(self) -> None:
        super().__init__(
            "That file isn't a photo InnerSpace can read (PNG, JPEG, WebP or GIF); "
            "nothing was added."
        )


@dataclass(frozen=True)
class PreparedPhoto:
    name: str
    media_type: str
    data: bytes
    thumbnail: bytes
    width: int
    height: int


def prepare_photo(data: bytes, name: str, *, keep_details: bool = False) -> PreparedPhoto:
    """The photo as the journal keeps it. Refuses a file over the size limit
    (``AttachmentTooLarge``) or one that isn't a readable photo of a known kind (``NotAPhoto``).
    """
    check_size(len(data))
    image, kind = _read(data)
    if keep_details:
        media_type, stored = MEDIA_TYPES[kind], data
    else:
        image = _pixels_only(image)
        media_type = (
            "image/png" if kind in ("png", "gif") or image.hasAlphaChannel() else ("image/jpeg")
        )
        stored = _encode(image, media_type, JPEG_QUALITY)
        check_size(len(stored))
        name = _with_extension(name, _EXTENSIONS[media_type])
    return PreparedPhoto(
        name=name,
        media_type=media_type,
        data=stored,
        thumbnail=make_thumbnail(image),
        width=image.width(),
        height=image.height(),
    )


def make_thumbnail(image: QImage) -> bytes:
    """A small copy for lists and previews (JPEG, or PNG where the photo is see-through)."""
    small = image
    if max(image.width(), image.height()) > THUMBNAIL_SIDE:
        small = image.scaled(
            QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    small = _pixels_only(small)
    kind = "image/png" if small.hasAlphaChannel() else "image/jpeg"
    return _encode(small, kind, THUMBNAIL_QUALITY)


def _read(data: bytes) -> tuple[QImage, str]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in MEDIA_TYPES:
        raise NotAPhoto()
    image = reader.read()
    if image.isNull():
        raise NotAPhoto()
    return image, kind


def _pixels_only(image: QImage) -> QImage:
    """The same picture with none of the file's text (comments, EXIF descriptions) attached:
    a QImage carries those along through copies and conversions, and writes them back out."""
    if image.format() == QImage.Format.Format_Indexed8 or image.depth() < 8:
        image = image.convertToFormat(
            QImage.Format.Format_ARGB32 if image.hasAlphaChannel() else QImage.Format.Format_RGB32
        )
    bare = QImage(
        image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format()
    ).copy()
    bare.setColorSpace(image.colorSpace())
    return bare


def _encode(image: QImage, media_type: str, quality: int) -> bytes:
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png" if media_type == "image/png" else b"jpeg"))
    if media_type == "image/jpeg":
        writer.setQuality(quality)
    if not writer.write(image):
        raise NotAPhoto()
    buffer.close()
    return bytes(out.data())


def _with_extension(name: str, extension: str) -> str:
    stem = PurePath(name).stem or name
    return f"{stem}.{extension}"


def photo_attachment(data: bytes, name: str, *, keep_details: bool = False) -> AttachmentFile:
    """``prepare_photo``, ready to store."""
    photo = prepare_photo(data, name, keep_details=keep_details)
    return AttachmentFile(
        name=photo.name, media_type=photo.media_type, data=photo.data, thumbnail=photo.thumbnail
    )


def photo_from_elsewhere(data: bytes, name: str) -> AttachmentFile | None:
    """Another app's photo as an import keeps it (re-encoded), or ``None`` when it isn't a
    readable photo of a known kind or is over the size limit (it is left out)."""
    try:
        return photo_attachment(data, name)
    except (AttachmentTooLarge, NotAPhoto):
        return None
