"""The session summary: choose the days and what goes in, read it as it will be written, then
save it as PDF or Markdown, or print it.

The preview is the very document the PDF is written from (``documents.summary_document``), in
the theme's colours; the file is written in ink on paper. Only the entries the person marked to
bring give their words to it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.entries import local_now
from innerspace.core.session_plan import SessionPlan, default_period
from innerspace.core.session_summary import (
    CHECK_INS,
    COPING,
    ENTRIES,
    HOMEWORK,
    MOOD,
    TALK,
    THOUGHT_RECORDS,
    SessionSummary,
    SummaryMaterial,
    available_sections,
    build_summary,
)
from innerspace.documents.pdf import Page, paint_pages, text_width
from innerspace.documents.summary_document import Ink, summary_document, write_summary_pdf
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.file_choosers import (
    PathChooser,
    PathKind,
    PathRequest,
    choose_with_file_dialog,
    documents_folder,
)
from innerspace.gui.common.flow_layout import FlowLayout
from innerspace.gui.common.page import label
from innerspace.gui.common.printing import keep_printed_file_private
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.session.dates_fields import as_date
from innerspace.interchange.summary_markdown import summary_markdown
from innerspace.storage.files import atomic_write
from innerspace.storage.session_material import load_summary_material
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

# The preview's chart is no wider than a page's text, however wide the window.
MAX_CHART_WIDTH = 640


@dataclass(frozen=True)
class SavedSummary:
    path: Path
    kind: str  # "pdf" or "markdown"


class SummaryPreview(QWidget):
    """Emits ``saved(SavedSummary)`` after a file is written."""

    saved = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        vocabulary: EmotionVocabulary | None = None,
        chooser: PathChooser = choose_with_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._vault = vault
        self._vocabulary = vocabulary
        self._chooser = chooser
        self._material: SummaryMaterial | None = None
        self._generation = 0
        self._confirm: QMessageBox | None = None
        self._plan = SessionPlan()
        self.summary: SessionSummary | None = None
        self._refresh_later = QTimer(self, singleShot=True, interval=250)
        self._refresh_later.timeout.connect(self.refresh)

        heading = label(self.tr("Session summary"), self, "heading")
        self.first = self._date_field(self.tr("First day of the summary"))
        self.last = self._date_field(self.tr("Last day of the summary"))
        self.since_button = QPushButton(self.tr("Since my &last session"), self)
        self.since_button.clicked.connect(lambda: self.use_default_period(self._plan))
        self.sections: dict[str, QCheckBox] = {}
        names = self.section_names()
        for key in available_sections():
            box = QCheckBox(names.get(key, key), self)
            box.setChecked(True)
            box.toggled.connect(lambda _c: self._rebuild())
            self.sections[key] = box
        only_marked = label(
            self.tr(
                "Only the entries you marked “For my session” give their words to the summary. "
                "The rest is counts, ratings, check-in scores, and the names of feelings, "
                "thinking traps, coping strategies and homework."
            ),
            self,
            "muted",
        )
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("The summary, as it will be written"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.markdown_button = QPushButton(self.tr("Save as &Markdown…"), self)
        self.markdown_button.clicked.connect(lambda: self.choose_file("markdown"))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_summary)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        self.status.setAccessibleName(self.tr("What happened to the summary"))

        # The days stay together on one line; the button and the section choices move to the
        # next line when the room is narrow, instead of widening the window past the screen.
        days = QWidget(self)
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        for text, field in ((self.tr("&From"), self.first), (self.tr("&to"), self.last)):
            name = QLabel(text, days)
            name.setBuddy(field)
            days_row.addWidget(name)
            days_row.addWidget(field)
        period = FlowLayout(spacing=8)
        period.addWidget(days)
        period.addWidget(self.since_button)
        chosen = FlowLayout()
        for box in self.sections.values():
            chosen.addWidget(box)
        actions = FlowLayout(spacing=8, to_the_right=True)
        actions.addWidget(self.print_button)
        actions.addWidget(self.markdown_button)
        actions.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(period)
        layout.addLayout(chosen)
        layout.addWidget(only_marked)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.first.dateChanged.connect(lambda _d: self._refresh_later.start())
        self.last.dateChanged.connect(lambda _d: self._refresh_later.start())

    def section_names(self) -> dict[str, str]:
        """Every section's name as the person reads it, homework and check-ins included."""
        return {
            MOOD: self.tr("Mood and feelings"),
            HOMEWORK: self.tr("Homework progress"),
            CHECK_INS: self.tr("Check-in scores and change"),
            THOUGHT_RECORDS: self.tr("Thought records"),
            COPING: self.tr("Coping that helped"),
            TALK: self.tr("Things I want to talk about"),
            ENTRIES: self.tr("Entries I chose to bring"),
        }

    def _date_field(self, name: str) -> QDateEdit:
        field = QDateEdit(self)
        field.setCalendarPopup(True)
        field.setAccessibleName(name)
        return field

    # -- what is shown -------------------------------------------------------------------------

    def use_default_period(self, plan: SessionPlan) -> None:
        """Since the last session (or the last two weeks), up to today."""
        self._plan = plan
        first, last = default_period(plan, local_now().date())
        for field, day in ((self.first, first), (self.last, last)):
            field.blockSignals(True)
            field.setDate(qdate(day))
            field.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        first, last = as_date(self.first.date()), as_date(self.last.date())
        return (first, last) if first <= last else (last, first)

    def chosen_sections(self) -> list[str]:
        return [key for key, box in self.sections.items() if box.isChecked()]

    def refresh(self) -> None:
        """Read the days' figures and marked entries again (on the worker)."""
        first, last = self.period()
        vault, vocabulary = self._vault, self._vocabulary
        self._generation += 1
        generation = self._generation
        self._worker.submit(
            lambda: load_summary_material(vault, first, last, vocabulary),
            lambda material: self._on_material(generation, material),
            self._on_failed,
        )

    def _on_material(self, generation: int, material: SummaryMaterial) -> None:
        if generation != self._generation:
            return
        self._material = material
        self._rebuild()

    def _on_failed(self, error: BaseException) -> None:
        log.error("reading the summary failed: %s", type(error).__name__)
        self.status.setText(self.tr("The summary couldn't be read from your journal just now."))

    def _rebuild(self) -> None:
        if self._material is None:
            return
        self.summary = build_summary(self._material, self.chosen_sections(), local_now().date())
        width = min(MAX_CHART_WIDTH, self.preview.viewport().width() - 24)
        palette = self.preview.palette()
        ink = Ink(
            text=palette.color(QPalette.ColorRole.Text),
            paper=palette.color(QPalette.ColorRole.Base),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            line=palette.color(QPalette.ColorRole.Highlight),
        )
        scroll = self.preview.verticalScrollBar().value()
        document = summary_document(self.summary, ink, max(width, 240), font=self.font())
        # A child of the browser: setDocument then deletes the summary shown before it.
        document.setParent(self.preview)
        document.setDocumentMargin(12)
        self.preview.setDocument(document)
        self.preview.verticalScrollBar().setValue(scroll)

    # -- writing it out ------------------------------------------------------------------------

    def choose_file(self, kind: str) -> None:
        if self.summary is None:
            return
        extension, kind_filter = (
            (".pdf", self.tr("PDF documents (*.pdf)"))
            if kind == "pdf"
            else (".md", self.tr("Markdown files (*.md)"))
        )
        name = f"session-summary-{self.period()[1].isoformat()}{extension}"
        suggested = documents_folder() / name
        request = PathRequest(
            PathKind.SAVE_FILE, self.tr("Save the session summary"), suggested, (kind_filter,)
        )
        self._chooser(self, request, lambda path: self._confirm_unencrypted(path, kind))

    def _confirm_unencrypted(self, path: Path, kind: str) -> None:
        if kind == "pdf" and path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        elif kind == "markdown" and path.suffix.casefold() not in {".md", ".markdown"}:
            path = path.with_name(path.name + ".md")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The summary is not encrypted"))
        box.setText(
            self.tr(
                "The file is not encrypted: anyone who can open it can read it, including the "
                "entries you marked to bring. It will be saved to:\n%1"
            ).replace("%1", str(path))
        )
        save = box.addButton(self.tr("Save it"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(back)

        def answered(button: object) -> None:
            self._confirm = None
            if button is save:
                self.write(path, kind)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._confirm = box
        box.open()

    def write(self, path: Path, kind: str) -> None:
        """Write the summary as shown (ink on paper for a PDF) to ``path``, on the worker: the
        window never waits for a file to be laid out and written."""
        summary = self.summary
        if summary is None:
            return

        def job() -> None:
            if kind == "pdf":
                write_summary_pdf(summary, path)
            else:
                atomic_write(path, summary_markdown(summary).encode("utf-8"))

        self.status.setText(self.tr("Saving…"))
        self._worker.submit(job, lambda _done: self._on_written(path, kind), self._on_write_failed)

    def _on_write_failed(self, error: BaseException) -> None:
        log.error("writing the summary failed: %s", type(error).__name__)
        reason = error.strerror if isinstance(error, OSError) else None
        self.status.setText(
            self.tr(
                "The summary couldn't be saved there (%1). Please choose another place."
            ).replace("%1", reason or type(error).__name__)
        )

    def _on_written(self, path: Path, kind: str) -> None:
        self.status.setText(
            self.tr(
                "Saved to %1. It is not encrypted; delete it when you no longer need it."
            ).replace("%1", str(path))
        )
        self.saved.emit(SavedSummary(path, kind))

    def print_summary(self) -> None:
        summary = self.summary
        if summary is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            document = summary_document(summary, Ink.for_paper(), text_width(printer))
            head = f"{summary.title} · {summary.period} · {summary.made_text}"
            keep_printed_file_private(printer)
            paint_pages(document, printer, Page(head))
            keep_printed_file_private(printer)

        dialog.accepted.connect(accepted)
        dialog.show()
