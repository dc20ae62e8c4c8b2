"""Export every entry as Markdown files or one InnerSpace JSON file, the feelings as CSV, or the
entries of chosen days (or the entries chosen in the timeline) as a PDF, after saying plainly
that the result is not encrypted. A PDF is shown page by page before it is saved."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.documents.entries_document import chosen_on_paper, days_on_paper, entries_pdf
from innerspace.documents.pdf import PaperDocument
from innerspace.gui.common.file_choosers import (
    PathChooser,
    PathKind,
    PathRequest,
    ProgressRelay,
    choose_with_file_dialog,
    documents_folder,
    entries_phrase,
)
from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label, resize_to_text
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.pdf_preview import PdfPreview
from innerspace.interchange.csv_export import export_csv
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.markdown_export import export_markdown
from innerspace.interchange.model import ExportCancelled, ExportProblem
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

MARKDOWN = "markdown"
JSON = "json"
CSV = "csv"
PDF = "pdf"
# A PDF starts with the last month: what a person most often brings to read or print.
PDF_DAYS = 30


class ExportDialog(QDialog):
    """Stays open after the export to say where the files are; Cancel stops an export midway
    and leaves nothing under the chosen name.

    Given ``entry_ids`` (the entries chosen in the timeline), it starts on a PDF of those; an
    empty list starts on a PDF of the last days.
    """

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        *,
        entry_ids: Sequence[int] | None = None,
        choose_path: PathChooser = choose_with_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export your journal"))
        self.worker, self.vault, self.choose_path = worker, vault, choose_path
        self.entry_ids = tuple(entry_ids or ())
        self._relay: ProgressRelay | None = None
        self._target = Path()
        self.preview: PdfPreview | None = None

        intro = label(
            self.tr("Take a copy of everything you have written, to keep or to use elsewhere."),
            self,
        )
        self.markdown_choice = QRadioButton(
            self.tr("&Markdown: a folder with one text file per entry"), self
        )
        self.json_choice = QRadioButton(
            self.tr("&InnerSpace JSON: one file that InnerSpace can import again"), self
        )
        self.csv_choice = QRadioButton(
            self.tr("&CSV: moods, feelings and ratings for a spreadsheet, none of your writing"),
            self,
        )
        self.pdf_choice = QRadioButton(self.tr("&PDF for reading or printing"), self)
        (self.markdown_choice if entry_ids is None else self.pdf_choice).setChecked(True)
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.markdown_choice)
        self.formats.addButton(self.json_choice)
        self.formats.addButton(self.csv_choice)
        self.formats.addButton(self.pdf_choice)

        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addDays(-(PDF_DAYS - 1)), self)
        self.first_day.setAccessibleName(self.tr("First day of entries in the PDF"))
        self.last_day = QDateEdit(today, self)
        self.last_day.setAccessibleName(self.tr("Last day of entries in the PDF"))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.range_choice = QRadioButton(self.tr("The entries of these &days"), self)
        self.chosen_choice = QRadioButton(self)
        if self.entry_ids:
            self.chosen_choice.setText(
                self.tr("The entries I cho&se in the timeline (%1)").replace(
                    "%1", entries_phrase(len(self.entry_ids))
                )
            )
        else:
            self.chosen_choice.setText(
                self.tr("The entries I cho&se (select them in the timeline first)")
            )
            self.chosen_choice.setEnabled(False)
        self.which_entries = QButtonGroup(self)
        self.which_entries.addButton(self.range_choice)
        self.which_entries.addButton(self.chosen_choice)
        (self.chosen_choice if self.entry_ids else self.range_choice).setChecked(True)
        self.days = QWidget(self)
        # Set in under the PDF choice, whose options they are.
        indent = self.fontMetrics().averageCharWidth() * 4
        days_layout = QVBoxLayout(self.days)
        days_layout.setContentsMargins(indent, 0, 0, 0)
        range_fields = QFormLayout()
        range_fields.setContentsMargins(indent, 0, 0, 0)
        range_fields.addRow(self.tr("F&rom:"), self.first_day)
        range_fields.addRow(self.tr("&To:"), self.last_day)
        days_layout.addWidget(self.range_choice)
        days_layout.addLayout(range_fields)
        days_layout.addWidget(self.chosen_choice)

        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Where to save the export"))
        # Wide enough to show a whole file name, which is what people recognise.
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 40)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose where to save the export"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        self.path_label = label("", self)
        self.path_label.setBuddy(self.path)

        # Said once, here, where the choice is made: every export format is readable text.
        warning = QFrame(self)
        warning.setProperty("role", "notice")
        warning_layout = QVBoxLayout(warning)
        self.warning = label(
            self.tr(
                "Please note: the export is NOT encrypted. Anyone who can open these files "
                "can read everything in them. Keep them somewhere safe, and delete them when "
                "you no longer need them."
            ),
            warning,
        )
        self.warning.setAccessibleName(self.tr("The export is not encrypted"))
        self.understood = QCheckBox(
            self.tr("I &understand that the export is not encrypted"), warning
        )
        warning_layout.addWidget(self.warning)
        warning_layout.addWidget(self.understood)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = label("", self)
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = label("", self, "error")
        self.error.setAccessibleName(self.tr("Problem"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.markdown_choice)
        layout.addWidget(self.json_choice)
        layout.addWidget(self.csv_choice)
        layout.addWidget(self.pdf_choice)
        layout.addWidget(self.days)
        layout.addWidget(self.path_label)
        layout.addLayout(path_row)
        layout.addWidget(warning)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.formats.buttonToggled.connect(self._on_format_changed)
        self.choose_button.clicked.connect(self.choose)
        self.path.textChanged.connect(self._validate)
        self.understood.toggled.connect(self._validate)
        self.first_day.dateChanged.connect(self._validate)
        self.last_day.dateChanged.connect(self._validate)
        self.which_entries.buttonToggled.connect(self._validate)
        self._on_format_changed()
        if self.entry_ids:
            self.chosen_choice.setFocus()
        resize_to_text(self, self.sizeHint().expandedTo(self.minimumSizeHint()).width() + 80)

    # -- choices --------------------------------------------------------------------------------

    @property
    def format(self) -> str:
        if self.csv_choice.isChecked():
            return CSV
        if self.pdf_choice.isChecked():
            return PDF
        return MARKDOWN if self.markdown_choice.isChecked() else JSON

    def _suggested_path(self) -> Path:
        today = date.today().isoformat()
        if self.format == MARKDOWN:
            return documents_folder() / self.tr("InnerSpace export %1").replace("%1", today)
        if self.format == CSV:
            return documents_folder() / f"innerspace-moods-{today}.csv"
        if self.format == PDF:
            return documents_folder() / f"innerspace-entries-{today}.pdf"
        return documents_folder() / f"innerspace-export-{today}.json"

    def _on_format_changed(self) -> None:
        if self.format == MARKDOWN:
            self.path_label.setText(self.tr("&Folder for the files (new or empty):"))
        else:
            self.path_label.setText(self.tr("&File to save:"))
        self.days.setVisible(self.format == PDF)
        self.export_button.setText(
            self.tr("Pre&view…") if self.format == PDF else self.tr("&Export")
        )
        # The days appear below the choice: grow so the warning under them is not squeezed.
        layout = self.layout()
        if layout is not None and layout.totalHeightForWidth(self.width()) > self.height():
            resize_to_text(self, self.width())
        self.path.setText(str(self._suggested_path()))
        self._validate()

    def choose(self) -> None:
        if self.format == MARKDOWN:
            request = PathRequest(
                PathKind.FOLDER, self.tr("Choose a new or empty folder"), documents_folder()
            )
        else:
            request = PathRequest(
                PathKind.SAVE_FILE,
                self.tr("Save the export as"),
                self._suggested_path(),
                {
                    CSV: (self.tr("CSV files (*.csv)"),),
                    PDF: (self.tr("PDF documents (*.pdf)"),),
                }.get(self.format, (self.tr("InnerSpace JSON (*.json)"),)),
            )
        self.choose_path(self, request, self._on_chosen)

    def _on_chosen(self, path: Path) -> None:
        if self.format != MARKDOWN and not path.suffix:
            path = path.with_suffix(f".{self.format}")
        self.path.setText(str(path))

    def _validate(self) -> None:
        self.error.clear()
        ready = bool(self.path.text().strip()) and self.understood.isChecked()
        self.first_day.setEnabled(self.range_choice.isChecked())
        self.last_day.setEnabled(self.range_choice.isChecked())
        if (
            self.format == PDF
            and self.range_choice.isChecked()
            and self.first_day.date() > self.last_day.date()
        ):
            self.error.setText(self.tr("The first day is after the last day."))
            ready = False
        self.export_button.setEnabled(ready and self._relay is None)

    # -- exporting ------------------------------------------------------------------------------

    def start_export(self) -> None:
        if not self.export_button.isEnabled() or self._relay is not None:
            return
        target = Path(self.path.text().strip()).expanduser()
        fmt, vault = self.format, self.vault
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        chosen = self.entry_ids if self.chosen_choice.isChecked() else None
        # No parent: the job holds it, so it outlives the dialog if auto-lock closes it.
        relay = ProgressRelay()
        relay.progressed.connect(self._on_progress)
        self._relay = relay

        if fmt == PDF:

            def lay_out() -> tuple[int, PaperDocument]:
                journal = Journal(vault)
                if chosen is None:
                    paper = days_on_paper(journal, first, last)
                else:
                    paper = chosen_on_paper(journal, chosen)
                # Stopped while reading: nothing has been laid out yet.
                if relay.cancelled():
                    raise ExportCancelled
                return paper.count, entries_pdf(paper)

            self._set_running(True)
            self.status.setText(self.tr("Laying out the pages…"))
            self._target = target
            self.worker.submit(lay_out, self._on_laid_out, self._on_failed)
            return

        def job() -> int:
            write = {MARKDOWN: export_markdown, JSON: export_json, CSV: export_csv}[fmt]
            return write(Journal(vault), target, progress=relay.report, cancelled=relay.cancelled)

        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self._target = target
        self.worker.submit(job, self._on_exported, self._on_failed)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.markdown_choice,
            self.json_choice,
            self.csv_choice,
            self.pdf_choice,
            self.days,
            self.path,
            self.choose_button,
            self.understood,
        ):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.cancel_button.setFocus()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_laid_out(self, laid_out: tuple[int, PaperDocument]) -> None:
        count, paper = laid_out
        self._relay = None
        self._set_running(False)
        self.status.setText(
            self.tr("%1 on %2 pages: look them over, then save.")
            .replace("%1", entries_phrase(count))
            .replace("%2", str(paper.pages))
        )
        preview = PdfPreview(self.worker, paper, self._target, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.saved.connect(lambda _path: self._on_exported(count))
        self.preview = preview
        preview.open()

    def _on_exported(self, count: int) -> None:
        target = self._target
        self._relay = None
        self._set_running(False)
        self.export_button.setEnabled(False)
        if self.format == MARKDOWN:
            text = self.tr("Exported %1 into the folder %2.")
        else:
            text = self.tr("Exported %1 into the file %2.")
        self.status.setText(text.replace("%1", entries_phrase(count)).replace("%2", str(target)))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        self._relay = None
        self._set_running(False)
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("The export was stopped. Nothing was saved."))
        else:
            self.status.clear()
            shown = str(error) if isinstance(error, ExportProblem) else describe_error(error)
            self.error.setText(shown)
        self._validate()

    def cancel(self) -> None:
        """Stop a running export (the dialog stays to say so); otherwise close."""
        if self._relay is not None:
            self._relay.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        self.reject()

    def done(self, result: int) -> None:
        # Closed by auto-lock mid-export: stop writing before the journal is closed.
        if self._relay is not None:
            self._relay.cancel()
        super().done(result)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
