"""Photos on their way in: what the camera wrote besides the picture is left behind unless the
person keeps it, a file that isn't a photo is refused, and each gets a small thumbnail."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from innerspace.core.attachments import MAX_BYTES, AttachmentTooLarge
from innerspace.documents.images import NotAPhoto, prepare_photo

WHERE = b"LOCATION-51.5007N-0.1246W"


def _image_bytes(kind: str, width: int = 40, height: int = 30, alpha: bool = False) -> bytes:
    image = QImage(
        width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    )
    image.fill(QColor(30, 120, 200, 128 if alpha else 255))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(out.data())


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _camera_jpeg() -> bytes:
    """A JPEG as a phone writes it: EXIF and a comment saying where it was taken."""
    plain = _image_bytes("JPEG")
    exif = _segment(0xE1, b"Exif\x00\x00" + b"MM\x00\x2a\x00\x00\x00\x08" + WHERE)
    comment = _segment(0xFE, WHERE)
    return plain[:2] + exif + comment + plain[2:]


def _png_with_text() -> bytes:
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    image.setText("Location", WHERE.decode())
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(out.data())


def test_a_camera_photo_comes_in_without_where_it_was_taken() -> None:
    original = _camera_jpeg()
    assert WHERE in original
    photo = prepare_photo(original, "IMG_0001.JPG")
    assert WHERE not in photo.data and WHERE not in photo.thumbnail
    assert (photo.media_type, photo.name) == ("image/jpeg", "IMG_0001.jpg")
    assert (photo.width, photo.height) == (40, 30)
    assert QImage.fromData(photo.data).size().width() == 40


def test_text_written_into_a_png_is_left_behind() -> None:
    original = _png_with_text()
    assert WHERE in original
    photo = prepare_photo(original, "screenshot.png")
    assert WHERE not in photo.data
    assert photo.media_type == "image/png"


def test_the_person_can_keep_a_photo_exactly_as_it_was() -> None:
    original = _camera_jpeg()
    photo = prepare_photo(original, "IMG_0001.JPG", keep_details=True)
    assert photo.data == original
    assert (photo.media_type, photo.name) == ("image/jpeg", "IMG_0001.JPG")
    assert WHERE not in photo.thumbnail


def test_see_through_webp_and_gif_photos_are_kept_as_png() -> None:
    assert prepare_photo(_image_bytes("WEBP", alpha=True), "a.webp").media_type == "image/png"
    gif = prepare_photo(_image_bytes("PNG"), "b.gif")
    assert (gif.media_type, gif.name) == ("image/png", "b.png")


def test_a_big_photo_gets_a_small_thumbnail() -> None:
    photo = prepare_photo(_image_bytes("JPEG", 1200, 600), "wide.jpg")
    thumbnail = QImage.fromData(photo.thumbnail)
    assert (thumbnail.width(), thumbnail.height()) == (320, 160)


@pytest.mark.parametrize(
    "data",
    [
        b"Dear diary, this is text",
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        _image_bytes("BMP"),
    ],
    ids=["text", "empty", "broken png", "bitmap"],
)
def test_a_file_that_is_not_a_readable_photo_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(NotAPhoto) as refused:
        prepare_photo(data, "file.png")
    assert "\n" not in str(refused.value)
    assert "isn't a photo InnerSpace can read" in str(refused.value)


def test_a_photo_over_the_size_limit_is_refused_before_it_is_read() -> None:
    with pytest.raises(AttachmentTooLarge):
        prepare_photo(b"\xff\xd8" + b"\0" * MAX_BYTES, "huge.jpg")
