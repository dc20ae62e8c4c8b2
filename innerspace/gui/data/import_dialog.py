"""Bring in entries from jrnl, Day One, Daylio or InnerSpace: read the file, show what it holds,
then add everything in one transaction — or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker, collections_held
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import (
    ImportPreview,
    ImportProblem,
    ImportResult,
    commit,
    preview,
)
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

MAX_SKIPPED_SHOWN = 200


@dataclass(frozen=True)
class ImportFormat:
    key: str
    name: str
    hint: str
    name_filter: str


class ImportDialog(QDialog):
    """Two steps: choose the file; then see what it holds (and name unknown Daylio moods)."""

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        *,
        choose_path: PathChooser = choose_with_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import entries"))
        self.worker, self.vault, self.choose_path = worker, vault, choose_path
        self.plan: ImportPreview | None = None
        self._busy = False
        self.mood_levels: dict[str, QSpinBox] = {}
        self.formats = (
            ImportFormat(
                "jrnl",
                self.tr("jrnl (JSON export)"),
                self.tr("In jrnl, run: jrnl --format json > export.json"),
                self.tr("JSON files (*.json)"),
            ),
            ImportFormat(
                "dayone",
                self.tr("Day One (JSON export, .zip)"),
                self.tr("In Day One, export a journal as JSON; you get a .zip file."),
                self.tr("Zip archives (*.zip)"),
            ),
            ImportFormat(
                "daylio",
                self.tr("Daylio (CSV export)"),
                self.tr("In Daylio, open More → Export entries → CSV."),
                self.tr("CSV files (*.csv)"),
            ),
            ImportFormat(
                "innerspace",
                self.tr("InnerSpace (JSON export)"),
                self.tr("A file made with Export… in InnerSpace."),
                self.tr("JSON files (*.json)"),
            ),
        )
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_preview_page())

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.error = label("", self, "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.read_button = self.buttons.addButton(
            self.tr("&Read file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_button.clicked.connect(self.read_file)
        self.import_button.clicked.connect(self.start_import)
        self.back_button.clicked.connect(self.go_back)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._on_format_changed()
        self._show_page(0)
        self.resize(640, 0)

    # -- building -------------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        self.format = QComboBox(page)
        self.format.setAccessibleName(self.tr("Where the entries come from"))
        for fmt in self.formats:
            self.format.addItem(fmt.name, fmt.key)
        self.hint = label("", page, "muted")
        self.path = QLineEdit(page)
        self.path.setAccessibleName(self.tr("File to import"))
        # Wide enough to show a whole file name, which is what people recognise.
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 40)
        self.choose_button = QPushButton(self.tr("C&hoose…"), page)
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("F&ile"), page)
        file_label.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.format)
        form.addRow("", self.hint)
        form.addRow(file_label, row)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(
                self.tr(
                    "Bring your entries from another journal app. Nothing is added until "
                    "you have seen what the file holds."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.path.textChanged.connect(self._validate)
        self.path.returnPressed.connect(self.read_file)
        self.choose_button.clicked.connect(self.choose)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = label("", page)
        self.summary.setAccessibleName(self.tr("What the file holds"))
        self.details = QPlainTextEdit(page)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What will be left out, and why"))
        self.moods_box = QGroupBox(self.tr("Moods InnerSpace doesn't know yet"), page)
        self.moods_form = QFormLayout(self.moods_box)
        self.moods_form.addRow(
            label(
                self.tr(
                    "Daylio lets you rename moods. Say how each of these felt, "
                    "from 1 (awful) to 5 (rad)."
                ),
                self.moods_box,
                "muted",
            )
        )
        self.outcome = label("", page)
        self.outcome.setAccessibleName(self.tr("What happened"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.moods_box)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.outcome)
        return page

    @property
    def selected_format(self) -> ImportFormat:
        return self.formats[max(self.format.currentIndex(), 0)]

    def _on_format_changed(self) -> None:
        self.hint.setText(self.selected_format.hint)
        self._validate()

    def choose(self) -> None:
        fmt = self.selected_format
        request = PathRequest(
            PathKind.OPEN_FILE,
            self.tr("Choose the file to import"),
            documents_folder(),
            (fmt.name_filter,),
        )
        self.choose_path(self, request, lambda path: self.path.setText(str(path)))

    def _validate(self) -> None:
        self.error.clear()
        self.read_button.setEnabled(bool(self.path.text().strip()) and not self._busy)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        reading = index == 0
        self.read_button.setVisible(reading)
        self.back_button.setVisible(not reading)
        self.import_button.setVisible(not reading)
        if reading:
            self.read_button.setDefault(True)
            self._validate()
        else:
            self.import_button.setDefault(True)

    # -- reading --------------------------------------------------------------------------------

    def read_file(self) -> None:
        if not self.read_button.isEnabled() or self._busy:
            return
        key = self.selected_format.key
        path = Path(self.path.text().strip()).expanduser()
        vault = self.vault

        def job() -> ImportPreview:
            # Reading builds an object per entry: collections would freeze the window.
            with collections_held():
                return preview(parse_file(key, path), Journal(vault))

        self._set_busy(True)
        self.worker.submit(job, self._on_read, self._on_failed)

    def _on_read(self, plan: ImportPreview) -> None:
        self._set_busy(False)
        self.plan = plan
        self._show_preview(plan)
        self._show_page(1)
        first = next(iter(self.mood_levels.values()), None)
        (first or self.import_button).setFocus()

    def _show_preview(self, plan: ImportPreview) -> None:
        parsed = plan.parsed
        lines = [
            self.tr("Found %1 in this %2 file.")
            .replace("%1", entries_phrase(len(parsed.entries)))
            .replace("%2", parsed.source)
        ]
        if plan.first is not None and plan.last is not None:
            lines.append(
                self.tr("They were written from %1 to %2.")
                .replace("%1", plan.first.date().isoformat())
                .replace("%2", plan.last.date().isoformat())
            )
        if plan.already_there:
            lines.append(
                self.tr("%1 already in your journal; they won't be added twice.").replace(
                    "%1", entries_phrase(plan.already_there)
                )
            )
        lines.append(self.tr("%1 will be added.").replace("%1", entries_phrase(len(plan.new))))
        if parsed.skipped:
            lines.append(
                self.tr("%1 will be left out; the reasons are below.").replace(
                    "%1", str(len(parsed.skipped))
                )
            )
        self.summary.setText("\n".join(lines))
        details = [f"{s.where}: {s.reason}" for s in parsed.skipped[:MAX_SKIPPED_SHOWN]]
        if len(parsed.skipped) > MAX_SKIPPED_SHOWN:
            details.append(
                self.tr("… and %1 more.").replace(
                    "%1", str(len(parsed.skipped) - MAX_SKIPPED_SHOWN)
                )
            )
        details.extend(parsed.notes)
        self.details.setPlainText("\n".join(details))
        self.details.setVisible(bool(details))
        self._show_moods(parsed.unmapped_moods)
        self.outcome.clear()
        # A file can bring only journal-wide things (favourites, a safety plan) and no entries.
        something = bool(plan.new or parsed.drafts) or not parsed.extras.is_empty
        self.import_button.setEnabled(something)
        if not something:
            self.outcome.setText(self.tr("There is nothing new to add."))

    def _show_moods(self, unmapped: Mapping[str, int]) -> None:
        while self.moods_form.rowCount() > 1:
            self.moods_form.removeRow(1)
        self.mood_levels = {}
        for name, count in sorted(unmapped.items()):
            spin = QSpinBox(self.moods_box)
            spin.setRange(0, 5)
            spin.setValue(0)
            spin.setSpecialValueText(self.tr("Leave out"))
            spin.setAccessibleName(self.tr("How the mood “%1” felt, 1 to 5").replace("%1", name))
            text = self.tr("“%1” (%2)").replace("%1", name).replace("%2", entries_phrase(count))
            self.moods_form.addRow(label(text, self.moods_box), spin)
            self.mood_levels[name] = spin
        self.moods_box.setVisible(bool(unmapped))

    def moods(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.mood_levels.items() if spin.value()}

    def go_back(self) -> None:
        if self._busy:
            return
        self.plan = None
        self._show_page(0)
        self.path.setFocus()

    # -- importing ------------------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self._busy or not self.import_button.isEnabled():
            return
        key = self.selected_format.key
        path = Path(self.path.text().strip()).expanduser()
        moods, vault = self.moods(), self.vault
        relay = ProgressRelay()
        relay.progressed.connect(self._on_progress)

        def job() -> ImportResult:
            journal = Journal(vault)
            chosen = plan
            if moods:
                # Named moods change only the moods read, never which entries there are.
                chosen = preview(parse_file(key, path, moods=moods), journal)
                if {e.uid for e in chosen.new} != {e.uid for e in plan.new}:
                    raise ImportProblem(
                        f"{path.name} changed after it was read; please read it again."
                    )
            with collections_held():
                return commit(chosen, journal, progress=relay.report)

        self._set_busy(True)
        self.progress.setRange(0, max(len(plan.new), 1))
        self.progress.setValue(0)
        self.worker.submit(job, self._on_imported, self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.plan = None
        self.outcome.setText(
            self.tr("Imported %1. They are in your journal now.").replace(
                "%1", entries_phrase(result.added)
            )
        )
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ImportProblem):
            message = self.tr("%1 Nothing was changed.").replace("%1", str(error))
        else:
            message = describe_error(error)
        self.error.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.error.clear()
            if self.pages.currentIndex() == 0:
                self.progress.setRange(0, 0)
        for widget in (self.format, self.path, self.choose_button, self.back_button):
            widget.setEnabled(not busy)
        plan = self.plan
        has_new = plan is not None and bool(plan.new or plan.parsed.drafts)
        self.import_button.setEnabled(not busy and has_new)
        for spin in self.mood_levels.values():
            spin.setEnabled(not busy)
        self._validate()
