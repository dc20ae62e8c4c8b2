"""Writing a ``QTextDocument`` to a PDF: A4 pages with a line at the top and page numbers at the
bottom of every page. Any document of the app (a session summary, chosen entries) goes out the
same way, and a preview draws its pages with the very same code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
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
INCHES_PER_METRE = 39.37


@dataclass(frozen=True)
class Page:
    """What every page says besides the document itself."""

    head: str  # e.g. the period and the date it was made
    footer: str = "Page {page} of {pages}"


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on a page of a device, in its pixels: the printable area and, within it,
    the room for the running head and the page number."""

    width: float
    height: float
    head: float

    @property
    def body(self) -> QSizeF:
        return QSizeF(self.width, self.height - 2 * self.head)


def write_pdf(
    make_document: Callable[[float], QTextDocument], path: Path, page: Page, title: str = ""
) -> int:
    """Write the document to ``path`` (readable only by its owner, replaced whole or not at
    all); returns the number of pages.

    ``make_document`` is given the width of the text on the page, in the document's units, for
    what must fit it (a chart drawn in).
    """
    paper = PaperDocument(make_document, page, title)
    paper.save(path)
    return paper.pages


class PaperDocument:
    """A document laid out once on A4 pages: the PDF's bytes, any page drawn as an image (the
    preview shows what the file holds), and the same pages on a printer.

    Everything here may run on a worker thread: Qt paints on images, PDF writers and printers
    away from the GUI thread. Use one from one thread at a time.
    """

    def __init__(
        self, make_document: Callable[[float], QTextDocument], page: Page, title: str = ""
    ) -> None:
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The writer stays: the document keeps its layout (and so its pages) measured on it.
        self._writer = _a4_writer(self._buffer, title)
        self._document = make_document(text_width(self._writer))
        self._page = page
        self.pages = paint_pages(self._document, self._writer, page)
        self.data = bytes(self._buffer.data().data())
        self._geometry = page_geometry(self._writer)

    def save(self, path: Path) -> None:
        """Write the PDF to ``path``, readable only by its owner, replaced whole or not at all."""
        atomic_write(path, self.data)

    def page_image(self, index: int, dots_per_inch: float) -> QImage:
        """Page ``index`` (from 0) on white paper, margins and all, at ``dots_per_inch``."""
        scale = dots_per_inch / RESOLUTION
        layout = self._writer.pageLayout()
        full = layout.fullRectPixels(RESOLUTION)
        inside = layout.paintRectPixels(RESOLUTION)
        image = QImage(
            max(1, round(full.width() * scale)),
            max(1, round(full.height() * scale)),
            QImage.Format.Format_RGB32,
        )
        # Fonts sized in points measure as they do on the PDF's pages, then shrink with the rest.
        dots_per_metre = round(RESOLUTION * INCHES_PER_METRE)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale, scale)
            painter.translate(inside.x(), inside.y())
            paint_page(painter, self._document, self._geometry, self._page, index, self.pages)
        finally:
            painter.end()
        return image

    def print_on(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (a printer); returns the number of pages."""
        try:
            return paint_pages(self._document, device, self._page)
        finally:
            lay_out(self._document, self._writer)

    def release(self) -> None:
        """Let the laid-out pages go, on the thread that made them (Qt's objects end there)."""
        del self._document, self._writer, self._buffer


def _a4_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(title)
    writer.setCreator("InnerSpace")
    return writer


def text_width(device: QPagedPaintDevice) -> float:
    """The width of the text on a page in the document's own pixels (a 96th of an inch): Qt
    scales those to the page's resolution."""
    points = device.pageLayout().paintRect(QPageLayout.Unit.Point).width()
    return float(points * CSS_PIXELS_PER_INCH / 72)


def page_geometry(device: QPagedPaintDevice) -> PageGeometry:
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    head = HEAD_POINTS * device.logicalDpiX() / 72
    return PageGeometry(area.width(), area.height(), head)


def lay_out(document: QTextDocument, device: QPagedPaintDevice) -> PageGeometry:
    """Measure ``document`` on ``device`` and cut it into its pages."""
    geometry = page_geometry(device)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(geometry.body)
    return geometry


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, page: Page) -> int:
    """Lay ``document`` out on ``device``'s pages and paint each one with its head and number.

    Printing from a preview uses this with a printer, so paper and PDF look the same.
    """
    geometry = lay_out(document, device)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the PDF file could not be written")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            paint_page(painter, document, geometry, page, index, pages)
    finally:
        painter.end()
    return pages


def paint_page(
    painter: QPainter,
    document: QTextDocument,
    geometry: PageGeometry,
    page: Page,
    index: int,
    pages: int,
) -> None:
    """Page ``index`` of a laid-out document, its head and its number, with the painter's
    origin at the top left of the printable area."""
    running = QFont(document.defaultFont())
    running.setPointSizeF(RUNNING_FONT_POINTS)
    painter.setFont(running)
    painter.setPen(Qt.GlobalColor.darkGray)
    line = geometry.head * 0.7
    top = QRectF(0, 0, geometry.width, line)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, page.head)
    bottom = QRectF(0, geometry.height - line, geometry.width, line)
    painter.drawText(
        bottom,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
        page.footer.format(page=index + 1, pages=pages),
    )
    body = geometry.body
    shown = QRectF(0, index * body.height(), body.width(), body.height())
    # Ink on paper whatever the window's theme: text without a colour of its own takes the
    # palette's, which is light in a dark theme.
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = QPalette(context.palette)
    context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
    context.clip = shown
    painter.save()
    painter.translate(0, geometry.head - index * body.height())
    painter.setClipRect(shown)
    document.documentLayout().draw(painter, context)
    painter.restore()
