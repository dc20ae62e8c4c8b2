"""The PDF as it will be saved, a page at a time: the page count, the next and previous page,
zoom, then Save or Print.

Each page is drawn on the worker from the very document the file is written from, so what is
shown is what the file holds. The PDF's bytes stay in memory until Save writes them, whole or
not at all, to the file chosen in the export dialog.

Print is offered because the app's bundle keeps QtPrintSupport (CUPS comes from the system).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innerspace.documents.pdf import PaperDocument
from innerspace.gui.common.page import label, resize_within_screen
from innerspace.gui.common.printing import keep_printed_file_private
from innerspace.gui.common.worker import DatabaseWorker, submit_for

log = logging.getLogger(__name__)

# A page at 100% is as large as the paper would be on a screen of 96 dots per inch.
SCREEN_DOTS_PER_INCH = 96
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIRST_ZOOM = 1.0


class PdfPreview(QDialog):
    """Emits ``saved(Path)`` once the file is written."""

    saved = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker,
        paper: PaperDocument,
        target: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview of the PDF"))
        self._worker, self._paper, self._target = worker, paper, target
        self._index = 0
        self._zoom = FIRST_ZOOM
        self._generation = 0
        self._print_dialog: QPrintDialog | None = None
        self._released = False
        self._new_page = True  # the next page drawn is read from its top

        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"), self)
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+minus)"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"), self)
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl+plus)"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))

        self.page_view = QLabel(self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_area = QScrollArea(self)
        self.page_area.setWidget(self.page_view)
        # As large as the page, never squeezed to the window: the area scrolls instead.
        self.page_area.setWidgetResizable(False)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The page is paper, white in either theme; around it, the theme's own darker shade.
        self.page_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.page_area.setAccessibleName(self.tr("The PDF, a page at a time"))
        # The arrow keys scroll the page from the start.
        self.page_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_area.setFocus()

        self.status = label("", self, "muted")
        self.status.setAccessibleName(self.tr("What happened to the PDF"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(str(target))
        self.save_button.setAccessibleDescription(
            self.tr("Saves the PDF to %1").replace("%1", str(target))
        )
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Close"), self)

        pages_row = QHBoxLayout()
        pages_row.addWidget(self.previous_button)
        pages_row.addWidget(self.page_label)
        pages_row.addWidget(self.next_button)
        pages_row.addStretch(1)
        pages_row.addWidget(self.zoom_out_button)
        pages_row.addWidget(self.zoom_label)
        pages_row.addWidget(self.zoom_in_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pages_row)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(actions)

        self.previous_button.clicked.connect(lambda: self.show_page(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._index + 1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pages)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self._index - 1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self._index + 1)),
            (QKeySequence.StandardKey.MoveToStartOfDocument, lambda: self.show_page(0)),
            (QKeySequence.StandardKey.MoveToEndOfDocument, lambda: self.show_page(self.pages - 1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(1)),
            (QKeySequence("Ctrl+="), lambda: self.zoom_by(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(-1)),
            (QKeySequence.StandardKey.Print, self.print_pages),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(keys), self, slot)

        page_width = round(210 / 25.4 * SCREEN_DOTS_PER_INCH * FIRST_ZOOM)
        resize_within_screen(self, page_width + 80, round(page_width * 1.3))
        self.show_page(0)

    @property
    def pages(self) -> int:
        return self._paper.pages

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def page_index(self) -> int:
        return self._index

    def show_page(self, index: int) -> None:
        self._index = max(0, min(index, self.pages - 1))
        text = self.tr("Page %1 of %2").replace("%1", str(self._index + 1))
        self.page_label.setText(text.replace("%2", str(self.pages)))
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < self.pages - 1)
        self._new_page = True
        self._render()

    def zoom_by(self, steps: int) -> None:
        place = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self._zoom))
        self._zoom = ZOOMS[max(0, min(place + steps, len(ZOOMS) - 1))]
        self._render()

    def _render(self) -> None:
        if self._released:
            return
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")
        self.zoom_out_button.setEnabled(self._zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self._zoom < ZOOMS[-1])
        self._generation += 1
        generation, index, paper = self._generation, self._index, self._paper
        ratio = self.devicePixelRatioF()
        dots = SCREEN_DOTS_PER_INCH * self._zoom * ratio
        submit_for(
            self,
            self._worker,
            lambda: paper.page_image(index, dots),
            lambda image: self._on_page(generation, image, ratio),
            self._on_failed,
        )

    def _on_page(self, generation: int, image: QImage, ratio: float) -> None:
        if generation != self._generation:
            return  # a later page or zoom was asked for meanwhile
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self.page_view.adjustSize()
        if self._new_page:
            self._new_page = False
            self.page_area.verticalScrollBar().setValue(0)
        self.page_view.setAccessibleName(self.page_label.text())

    def _on_failed(self, error: BaseException) -> None:
        log.error("drawing a page of the PDF failed: %s", type(error).__name__)
        self.status.setText(self.tr("This page couldn't be drawn just now."))

    # -- saving and printing -------------------------------------------------------------------

    def save(self) -> None:
        paper, target = self._paper, self._target
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        submit_for(
            self, self._worker, lambda: paper.save(target), self._on_saved, self._on_save_failed
        )

    def _on_saved(self, _done: object) -> None:
        self.status.setText(
            self.tr(
                "Saved to %1. It is not encrypted; delete it when you no longer need it."
            ).replace("%1", str(self._target))
        )
        self.save_button.setEnabled(True)
        self.saved.emit(self._target)

    def _on_save_failed(self, error: BaseException) -> None:
        log.error("saving the PDF failed: %s", type(error).__name__)
        reason = error.strerror if isinstance(error, OSError) else None
        self.status.setText(
            self.tr("The PDF couldn't be saved there (%1). Please choose another place.").replace(
                "%1", reason or type(error).__name__
            )
        )
        self.save_button.setEnabled(True)

    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        paper = self._paper

        def print_job() -> int:
            keep_printed_file_private(printer)
            pages = paper.print_on(printer)
            keep_printed_file_private(printer)
            return pages

        def accepted() -> None:
            self.status.setText(self.tr("Printing…"))
            # The printer goes with the job: it must outlive the dialog that set it up.
            submit_for(
                self,
                self._worker,
                print_job,
                lambda _pages: self.status.setText(self.tr("Sent to the printer.")),
                self._on_print_failed,
            )

        dialog.accepted.connect(accepted)
        self._print_dialog = dialog
        dialog.show()

    def _on_print_failed(self, error: BaseException) -> None:
        log.error("printing the PDF failed: %s", type(error).__name__)
        self.status.setText(self.tr("The PDF couldn't be printed just now."))

    def done(self, result: int) -> None:
        if not self._released:
            self._released = True
            # The pages were laid out on the worker; they are let go there too.
            self._worker.submit(self._paper.release)
        super().done(result)
