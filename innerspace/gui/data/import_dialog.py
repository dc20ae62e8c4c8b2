"""Bring in entries from jrnl, Day One, Daylio, Journey, a folder of notes or InnerSpace: read
the file, show what it holds (what is added, what is left out and why, what changed since the
last import), then add everything in one transaction — or nothing."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
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
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.documents.images import photo_from_elsewhere
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
from innerspace.gui.common.worker import DatabaseWorker, collections_held
from innerspace.interchange.formats import parse_file
from innerspace.interchange.model import (
    NAMED_CHANGED,
    ChangedChoice,
    ImportPreview,
    ImportProblem,
    ImportResult,
    changed_name,
    commit,
    preview,
    sentence,
)
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

MAX_SKIPPED_SHOWN = 200
# Entries freed at a time when a preview is let go of.
LET_GO_SLICE = 500


@dataclass(frozen=True)
class ImportFormat:
    key: str
    name: str
    hint: str
    name_filter: str
    folder: bool = False


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
                "jrnl-text",
                self.tr("jrnl (its journal file)"),
                self.tr("The plain-text file jrnl writes, often ~/.local/share/jrnl/journal.txt."),
                self.tr("Text files (*.txt);;All files (*)"),
            ),
            ImportFormat(
                "dayone",
                self.tr("Day One (JSON export, .zip)"),
                self.tr(
                    "In Day One, export a journal as JSON; you get a .zip file (or its "
                    ".json, if your browser unzipped it)."
                ),
                self.tr("Day One exports (*.zip *.json)"),
            ),
            ImportFormat(
                "daylio",
                self.tr("Daylio (CSV export)"),
                self.tr("In Daylio, open More → Export entries → CSV."),
                self.tr("CSV files (*.csv)"),
            ),
            ImportFormat(
                "journey",
                self.tr("Journey (export, .zip)"),
                self.tr("In Journey, export your entries; you get a .zip file."),
                self.tr("Zip archives (*.zip)"),
            ),
            ImportFormat(
                "notes",
                self.tr("A folder of Markdown or text notes"),
                self.tr(
                    "One entry per file, such as Obsidian or Logseq daily notes. Dates come "
                    "from the front matter or the file's name."
                ),
                "",
                folder=True,
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
        resize_to_text(self, 640)

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
                    "Daylio lets you name moods yourself. Each name is kept on its entries as "
                    "a tag. Say how each felt, from 1 (awful) to 5 (rad), to give those "
                    "entries a mood rating too; you can also do it later in Settings."
                ),
                self.moods_box,
                "muted",
            )
        )
        self.changed_box = QGroupBox(self.tr("Entries changed since the last import"), page)
        self.update_choice = QRadioButton(
            self.tr("&Update them to match the file"), self.changed_box
        )
        self.keep_both_choice = QRadioButton(
            self.tr("&Keep both: add the changed ones beside them"), self.changed_box
        )
        self.keep_both_choice.setChecked(True)
        # The person's own screen: it names the entries an update would change, so the choice
        # is made knowing which writing it touches.
        self.would_change = label("", self.changed_box)
        self.would_change.setAccessibleName(self.tr("Entries an update would change"))
        self.changed_choices = QButtonGroup(self.changed_box)
        self.changed_choices.addButton(self.update_choice)
        self.changed_choices.addButton(self.keep_both_choice)
        changed_layout = QVBoxLayout(self.changed_box)
        changed_layout.addWidget(self.would_change)
        changed_layout.addWidget(self.keep_both_choice)
        changed_layout.addWidget(self.update_choice)
        self.outcome = label("", page)
        self.outcome.setAccessibleName(self.tr("What happened"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.changed_box)
        layout.addWidget(self.moods_box)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.outcome)
        # Many renamed moods at a large text size would not fit on the screen: they scroll.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.preview_page = page
        return scroll

    @property
    def selected_format(self) -> ImportFormat:
        return self.formats[max(self.format.currentIndex(), 0)]

    def _on_format_changed(self) -> None:
        self.hint.setText(self.selected_format.hint)
        self._validate()
        self._fit_hint()

    def _fit_hint(self) -> None:
        """A longer hint wraps onto more lines: the window grows to show it whole (the pages'
        stack doesn't pass on the height its wrapped text needs). Only once laid out: before
        that the hint's width means nothing."""
        if not self.isVisible():
            return
        self.hint.setMinimumHeight(self.hint.heightForWidth(self.hint.width()))
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_hint)

    def choose(self) -> None:
        fmt = self.selected_format
        if fmt.folder:
            request = PathRequest(
                PathKind.FOLDER, self.tr("Choose the folder of notes"), documents_folder()
            )
        else:
            request = PathRequest(
                PathKind.OPEN_FILE,
                self.tr("Choose the file to import"),
                documents_folder(),
                tuple(fmt.name_filter.split(";;")),
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
                plan = preview(parse_file(key, path), Journal(vault))
                # Nor should a later one walk them all while the preview is shown.
                gc.freeze()
                return plan

        self._set_busy(True)
        self.worker.submit(job, self._on_read, self._on_failed)

    def _on_read(self, plan: ImportPreview) -> None:
        self._set_busy(False)
        self.plan = plan
        self._show_preview(plan)
        self._show_page(1)
        self._fit_preview()
        first = next(iter(self.mood_levels.values()), None)
        (first or self.import_button).setFocus()

    def _fit_preview(self) -> None:
        """Tall enough to show the whole preview when the screen allows; beyond that it
        scrolls."""
        self.preview_page.adjustSize()
        around = self.height() - self.pages.height()
        wanted = self.preview_page.sizeHint().height() + around
        screen = self.screen().availableGeometry().height() * 9 // 10
        if wanted > self.height():
            self.resize(self.width(), min(wanted, max(screen, self.height())))

    def _show_preview(self, plan: ImportPreview) -> None:
        parsed = plan.parsed
        found = entries_phrase(len(parsed.entries))
        if parsed.container == "folder":
            lines = [self.tr("This folder of notes holds %1.").replace("%1", found)]
        else:
            lines = [
                self.tr("This %2 file holds %1.").replace("%1", found).replace("%2", parsed.source)
            ]
        if plan.first is not None and plan.last is not None:
            lines.append(
                self.tr("They were written from %1 to %2.")
                .replace("%1", plan.first.date().isoformat())
                .replace("%2", plan.last.date().isoformat())
            )
        if plan.already_there == 1:
            lines.append(self.tr("1 entry is already in your journal and won't be added again."))
        elif plan.already_there:
            lines.append(
                self.tr("%1 are already in your journal and won't be added again.").replace(
                    "%1", entries_phrase(plan.already_there)
                )
            )
        if plan.new:
            lines.append(self.tr("%1 will be added.").replace("%1", entries_phrase(len(plan.new))))
        else:
            lines.append(self.tr("No new entries will be added."))
        if plan.changed:
            lines.append(
                self.tr("%1 changed since the last import.").replace(
                    "%1", entries_phrase(len(plan.changed))
                )
            )
        if len(plan.changed) == 1 and plan.edited_here:
            lines.append(
                self.tr(
                    "You changed it here since then, so the file's version will be added "
                    "beside it and what you wrote stays as it is."
                )
            )
        elif len(plan.edited_here) == 1:
            lines.append(
                self.tr(
                    "You changed one of them here since then, so the file's version will be "
                    "added beside it and what you wrote stays as it is."
                )
            )
        elif plan.edited_here:
            lines.append(
                self.tr(
                    "You changed %1 of them here since then, so the file's versions will be "
                    "added beside them and what you wrote stays as it is."
                ).replace("%1", f"{len(plan.edited_here):,}")
            )
        photos = plan.photos_found - plan.files_found
        if photos == 1:
            lines.append(
                self.tr("One photo will come along with the entries, without where it was taken.")
            )
        elif photos:
            lines.append(
                self.tr(
                    "%1 photos will come along with the entries, without where they were taken."
                ).replace("%1", f"{photos:,}")
            )
        files = plan.files_found
        if files == 1:
            lines.append(
                self.tr(
                    "One other file (a PDF, a recording, a text) will come along too, kept as "
                    "it is."
                )
            )
        elif files:
            lines.append(
                self.tr(
                    "%1 other files (PDFs, recordings, texts) will come along too, kept as they "
                    "are."
                ).replace("%1", f"{files:,}")
            )
        brought = photos + files  # what the export names beyond these could not be found
        if parsed.photos == brought + 1:
            lines.append(
                self.tr(
                    "One picture or file in the export can't be brought across (a video, a "
                    "recording, or a photo missing from the archive); the text of its entry is "
                    "imported."
                )
            )
        elif parsed.photos > brought:
            lines.append(
                self.tr(
                    "%1 pictures and files in the export can't be brought across (videos, "
                    "recordings, or photos missing from the archive); the text of those entries "
                    "is imported."
                ).replace("%1", f"{parsed.photos - brought:,}")
            )
        if len(parsed.skipped) == 1:
            lines.append(self.tr("1 thing in the file will be left out; below it says why."))
        elif parsed.skipped:
            lines.append(
                self.tr("%1 things in the file will be left out; below it says why.").replace(
                    "%1", f"{len(parsed.skipped):,}"
                )
            )
        self.summary.setText("\n".join(lines))
        details = [sentence(s) for s in parsed.skipped[:MAX_SKIPPED_SHOWN]]
        if len(parsed.skipped) > MAX_SKIPPED_SHOWN:
            details.append(
                self.tr("And %1 more.").replace("%1", str(len(parsed.skipped) - MAX_SKIPPED_SHOWN))
            )
        details.extend(parsed.notes)
        self.details.setPlainText("\n".join(details))
        self.details.setVisible(bool(details))
        named = [
            changed_name(c)
            if c.entry_words
            else self.tr("%1: an entry with no words yet").replace(
                "%1", c.entry_created.date().isoformat()
            )
            for c in plan.would_update[:NAMED_CHANGED]
        ]
        if len(plan.would_update) > NAMED_CHANGED:
            named.append(
                self.tr("And %1 more.").replace("%1", str(len(plan.would_update) - NAMED_CHANGED))
            )
        self.would_change.setText(
            "\n".join([self.tr("Updating would change these entries in your journal:"), *named])
        )
        self.changed_box.setVisible(bool(plan.would_update))
        self.keep_both_choice.setChecked(True)
        self._show_moods(parsed.unmapped_moods)
        self.outcome.clear()
        self._update_import_button()

    def _something_to_do(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        parsed = plan.parsed
        # A file can bring only journal-wide things (favourites, a safety plan) and no entries,
        # or only say how moods already in the journal felt.
        return (
            bool(plan.new or plan.changed or parsed.drafts or self.moods())
            or not parsed.extras.is_empty
        )

    def _update_import_button(self) -> None:
        something = self._something_to_do()
        self.import_button.setEnabled(something and not self._busy)
        if self.plan is not None and not something:
            self.outcome.setText(self.tr("There is nothing new to add."))
        elif self.outcome.text() == self.tr("There is nothing new to add."):
            self.outcome.clear()

    def _show_moods(self, unmapped: Mapping[str, int]) -> None:
        while self.moods_form.rowCount() > 1:
            self.moods_form.removeRow(1)
        self.mood_levels = {}
        for name, count in sorted(unmapped.items()):
            spin = QSpinBox(self.moods_box)
            spin.setRange(0, 5)
            spin.setValue(0)
            spin.setSpecialValueText(self.tr("Say later"))
            spin.setAccessibleName(self.tr("How the mood “%1” felt, 1 to 5").replace("%1", name))
            text = self.tr("“%1” (%2)").replace("%1", name).replace("%2", entries_phrase(count))
            self.moods_form.addRow(label(text, self.moods_box), spin)
            spin.valueChanged.connect(self._update_import_button)
            self.mood_levels[name] = spin
        self.moods_box.setVisible(bool(unmapped))

    def moods(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.mood_levels.items() if spin.value()}

    def go_back(self) -> None:
        if self._busy:
            return
        self._let_go_of_plan()
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
        changed: ChangedChoice = "keep both" if self.keep_both_choice.isChecked() else "update"
        relay = ProgressRelay()
        relay.progressed.connect(self._on_progress)

        def job() -> ImportResult:
            journal = Journal(vault)
            chosen = plan
            if moods:
                # Named moods change only the moods read, never which entries there are.
                chosen = preview(parse_file(key, path, moods=moods), journal)
                if {e.uid for e in chosen.new} != {e.uid for e in plan.new} or len(
                    chosen.changed
                ) != len(plan.changed):
                    raise ImportProblem(
                        f"{path.name} changed after it was read; please read it again."
                    )
            with collections_held():
                return commit(
                    chosen,
                    journal,
                    progress=relay.report,
                    changed=changed,
                    prepare_photo=photo_from_elsewhere,
                )

        self._set_busy(True)
        self.progress.setRange(0, max(len(plan.new) + len(plan.changed), 1))
        self.progress.setValue(0)
        self.worker.submit(job, self._on_imported, self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self._let_go_of_plan()
        text = self.tr("Imported %1. They are in your journal now.").replace(
            "%1", entries_phrase(result.added)
        )
        if result.updated:
            text += " " + self.tr("%1 brought up to date.").replace(
                "%1", entries_phrase(result.updated)
            )
        if result.photos:
            text += " " + (
                self.tr("1 photo came with them.")
                if result.photos == 1
                else self.tr("%1 photos came with them.").replace("%1", f"{result.photos:,}")
            )
        self.outcome.setText(text)
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    def done(self, result: int) -> None:
        self._let_go_of_plan()
        super().done(result)

    def _let_go_of_plan(self) -> None:
        """What was read is let go of on the worker, a slice at a time: the hundred thousand
        objects of a big journal, freed at once, would hold the window still."""
        if self.plan is not None:
            holder, self.plan = [self.plan], None
            self.worker.submit(lambda: let_go(holder))

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
        self.import_button.setEnabled(not busy and self._something_to_do())
        choices: tuple[QWidget, ...] = (self.update_choice, self.keep_both_choice)
        for control in (*self.mood_levels.values(), *choices):
            control.setEnabled(not busy)
        self._validate()


def let_go(holder: list[ImportPreview]) -> None:
    """Free the preview in ``holder`` (its only reference) a slice of entries at a time, so
    the window gets its turn between slices; then let collections walk what is left again."""
    plan = holder.pop()
    entries = [*plan.parsed.entries, *plan.new, *(c.imported for c in plan.changed)]
    del plan
    while entries:
        del entries[-LET_GO_SLICE:]
    gc.unfreeze()
