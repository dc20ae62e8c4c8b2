"""Writing a ``QTextDocument`` to a PDF: A4 pages with a line at the top and page numbers at the
bottom of every page. Any document of the app (a session summary, chosen entries) goes out the
same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from innerspace.storage.files import atomic_write

RESOLUTION = 300
CSS_PIXELS_PER_INCH = 96
MARGIN_MM = 18.0
# Room above and below the text for the running head and the page number, in points.
HEAD_POINTS = 24.0
RUNNING_FONT_POINTS = 8.5


@dataclass(frozen=True)
class Page:
    """What every page says besides the document itself."""

    head: str  # e.g. the period and the date it was made
    footer: str = "Page {page} of {pages}"


def write_pdf(
    make_document: Callable[[float], QTextDocument], path: Path, page: Page, title: str = ""
) -> int:
    """Write the document to ``path`` (readable only by its owner, replaced whole or not at
    all); returns the number of pages.

    ``make_document`` is given the width of the text on the page, in the document's units, for
    what must fit it (a chart drawn in).
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(title)
    writer.setCreator("InnerSpace")
    pages = paint_pages(make_document(text_width(writer)), writer, page)
    del writer  # the PDF is finished when its writer goes
    atomic_write(path, bytes(buffer.data().data()))
    return pages


def text_width(device: QPagedPaintDevice) -> float:
    """The width of the text on a page in the document's own pixels (a 96th of an inch): Qt
    scales those to the page's resolution."""
    points = device.pageLayout().paintRect(QPageLayout.Unit.Point).width()
    return float(points * CSS_PIXELS_PER_INCH / 72)


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, page: Page) -> int:
    """Lay ``document`` out on ``device``'s pages and paint each one with its head and number.

    Printing from a preview uses this with a printer, so paper and PDF look the same.
    """
    layout = device.pageLayout()
    area = layout.paintRectPixels(device.logicalDpiX())
    head = HEAD_POINTS * device.logicalDpiX() / 72
    body = QSizeF(area.width(), area.height() - 2 * head)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    pages = document.pageCount()
    running = QFont(document.defaultFont())
    running.setPointSizeF(RUNNING_FONT_POINTS)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF file could not be written")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(running)
            painter.setPen(Qt.GlobalColor.darkGray)
            top = QRectF(0, 0, area.width(), head * 0.7)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, page.head)
            bottom = QRectF(0, area.height() - head * 0.7, area.width(), head * 0.7)
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                page.footer.format(page=index + 1, pages=pages),
            )
            painter.save()
            painter.translate(0, head - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
    return pages
