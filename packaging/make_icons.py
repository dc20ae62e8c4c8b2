"""Renders resources/icons/innerspace.svg into the icon files each platform's package needs.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/png/<size>.png (hicolor sizes), OUT_DIR/innerspace.ico (Windows) and
OUT_DIR/innerspace.iconset/ (macOS `iconutil -c icns` turns it into innerspace.icns).

Qt's own SVG renderer from the build environment does the drawing, so Linux, Windows and macOS
make identical icons with nothing installed beyond the project's dependencies.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "innerspace.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICONSET_POINTS = (16, 32, 128, 256, 512)  # each at 1x and 2x: icon_<n>x<n>[@2x].png


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise SystemExit("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP icon entry: the layout every Windows version reads for small sizes."""
    size = image.width()
    # Rows of BGRA pixels (ARGB32 on a little-endian machine), bottom row first.
    rows = [bytes(cast(memoryview, image.constScanLine(y)))[: size * 4] for y in range(size)]
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # alpha decides; the AND mask stays clear
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(renderer: QSvgRenderer) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = render(renderer, size)
        entries.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 stands for 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _, data in entries)


def write_icons(out: Path) -> None:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (out / "png" / f"{size}.png").write_bytes(png_bytes(render(renderer, size)))
    (out / "innerspace.ico").write_bytes(ico_bytes(renderer))
    iconset = out / "innerspace.iconset"
    iconset.mkdir(exist_ok=True)
    for points in ICONSET_POINTS:
        for scale, suffix in ((1, ""), (2, "@2x")):
            image = render(renderer, points * scale)
            (iconset / f"icon_{points}x{points}{suffix}.png").write_bytes(png_bytes(image))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the InnerSpace icon for packaging.")
    parser.add_argument("out_dir", type=Path, help="folder for png/, the .ico and the .iconset")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    write_icons(args.out_dir)
    del app
    print(f"icons written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
