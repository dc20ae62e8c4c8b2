"""This week: the homework between sessions, with how the week is going for each assignment.

A list on the left (Enter starts the chosen assignment's exercise, prompt, check-in or
writing), the assignment in full on the right, and ways to add one, change it, set it aside, or
import a homework pack. Progress is counted from the entries written for each assignment, never
typed, and said gently. Every read and write goes through the database worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.checkins import OWN, load_questionnaires
from innerspace.core.entries import local_now
from innerspace.core.exercises import load_exercise_guides
from innerspace.core.homework import Assignment, week_of
from innerspace.core.prompts import InvalidPack, Prompt, read_pack_file
from innerspace.gui.common.file_choosers import PathKind, PathRequest, choose_with_file_dialog
from innerspace.gui.common.notice import Notice
from innerspace.gui.common.worker import DatabaseWorker, submit_for
from innerspace.gui.exercises.exercise_dialog import EXERCISE_KINDS
from innerspace.gui.homework.assignment_dialog import AssignmentDialog
from innerspace.gui.homework.this_week_model import AssignmentDelegate, ThisWeekModel
from innerspace.gui.homework.words import (
    asks_for_words,
    last_done_words,
    long_day,
    progress_words,
    target_words,
    when_words,
)
from innerspace.gui.prompts.prompt_panel import bold, text_label
from innerspace.storage.homework import AssignmentProgress, Homework
from innerspace.storage.prompt_library import PackImport, PromptLibrary
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

NAME_CHARS = 60
_Week = tuple[list[AssignmentProgress], list[Prompt], date]


class ThisWeekScreen(QWidget):
    """Emits ``start_requested(Assignment)`` to begin what an assignment asks for, and
    ``library_changed`` after a homework pack brought prompts."""

    start_requested = Signal(object)
    library_changed = Signal()
    assignments_changed = Signal()  # one added, changed, set aside or taken up again

    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        today: Callable[[], date] = lambda: local_now().date(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.homework = Homework(vault)
        self.library = PromptLibrary(vault)
        self._today = today
        self._prompts: list[Prompt] = []
        self._loaded = False
        guides = load_exercise_guides()
        self.exercise_names = {
            kind: guides[kind].title if kind in guides else kind for kind in EXERCISE_KINDS
        }
        self.checkin_names = {q.id: q.name for q in load_questionnaires().values()}
        self.checkin_names[OWN] = self.tr("My check-in")
        self.model = ThisWeekModel(self)
        self._build()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        heading = bold(text_label(self), 1.4)
        heading.setText(self.tr("This week"))
        heading.setAccessibleName(self.tr("This week"))
        self.week_label = text_label(self, "muted")
        self.week_label.setAccessibleName(self.tr("The week shown"))

        self.notice = Notice(self.tr("Problems found in the pack"), self)
        self.notice_text, self.problems = self.notice.text, self.notice.problems

        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(AssignmentDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("This week's homework"))
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.activated.connect(lambda _i: self.start_current())
        self.empty_label = text_label(self, "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No homework shown"))
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self._empty_page = empty
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(empty)
        self.show_everything = QCheckBox(self.tr("Show &done and set-aside homework too"), self)
        self.show_everything.toggled.connect(lambda _checked: self.reload())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.show_everything)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 420])

        self.add_button = QPushButton(self.tr("&Add an assignment…"), self)
        self.add_button.clicked.connect(self.add_assignment)
        self.import_button = QPushButton(self.tr("&Import a homework pack…"), self)
        self.import_button.setToolTip(
            self.tr("Add the homework and prompts in a pack file, such as one from your therapist")
        )
        self.import_button.clicked.connect(self.choose_pack)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.week_label)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        # The list, then what to do with the chosen assignment, then the rest.
        chain = (
            self.list_view,
            self.start_button,
            self.edit_button,
            self.aside_button,
            self.show_everything,
            self.add_button,
            self.import_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_list_state()

    def _build_detail(self) -> QWidget:
        pane = QWidget(self)
        self.detail_title = bold(text_label(pane, selectable=True), 1.2)
        self.detail_title.setAccessibleName(self.tr("Assignment"))
        self.detail_progress = text_label(pane, selectable=True)
        self.detail_progress.setAccessibleName(self.tr("How the week is going"))
        self.detail_asks = text_label(pane, "muted", selectable=True)
        self.detail_asks.setAccessibleName(self.tr("What it asks for"))
        self.detail_instructions = text_label(pane, selectable=True)
        self.detail_instructions.setAccessibleName(self.tr("Instructions"))
        self.detail_notes = text_label(pane, "muted", selectable=True)
        self.detail_notes.setAccessibleName(self.tr("Your notes"))
        self.detail_empty = text_label(pane, "muted")
        self.detail_empty.setText(
            self.tr("Choose an assignment to read it in full and to start it.")
        )

        self.start_button = QPushButton(self.tr("&Start"), pane)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_current)
        self.edit_button = QPushButton(self.tr("&Edit…"), pane)
        self.edit_button.clicked.connect(self.edit_current)
        self.aside_button = QPushButton(pane)
        self.aside_button.clicked.connect(self.toggle_set_aside)
        actions = QGridLayout()
        actions.setSpacing(8)
        actions.addWidget(self.start_button, 0, 0, 1, 2)
        actions.addWidget(self.edit_button, 1, 0)
        actions.addWidget(self.aside_button, 1, 1)

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        for label in (
            self.detail_title,
            self.detail_progress,
            self.detail_asks,
            self.detail_instructions,
            self.detail_notes,
            self.detail_empty,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(actions)
        self._show_detail(None)
        return pane

    # -- loading -----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the week again (after an entry was saved for an assignment, say)."""
        homework, library, today = self.homework, self.library, self._today()
        everything = self.show_everything.isChecked()
        current = self.current_assignment()
        keep = select if select is not None else (current.id if current else None)

        def load() -> _Week:
            return homework.this_week(today, everything=everything), library.all_prompts(), today

        self._submit(load, lambda week: self._on_loaded(week, keep))

    def _on_loaded(self, week: _Week, select: int | None) -> None:
        rows, prompts, today = week
        self._prompts = prompts
        monday, sunday = week_of(today)
        self.week_label.setText(
            self.tr("%1 to %2. Progress counts what you wrote for each assignment.")
            .replace("%1", long_day(monday))
            .replace("%2", long_day(sunday))
        )
        names = {p.id: _short(p.text) for p in prompts}
        names.update(self.exercise_names)
        names.update(self.checkin_names)
        self.model.set_week(rows, today, names)
        first_time, self._loaded = not self._loaded, True
        row = self.model.row_of(select) if select is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))
        self._update_list_state()
        if first_time and rows and self.isVisible():
            self.list_view.setFocus()  # arriving on This week, Enter starts the first one

    def _update_list_state(self) -> None:
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.list_view)
            return
        if not self._loaded:
            self.empty_label.setText(self.tr("Gathering your homework…"))
        else:
            self.empty_label.setText(
                self.tr(
                    "Homework between sessions will appear here, with how the week is going: "
                    "exercises, prompts or writing your therapist suggested, or that you set "
                    "yourself.\n\nAdd an assignment, or import a homework pack."
                )
            )
        self.list_stack.setCurrentWidget(self._empty_page)
        self._show_detail(None)

    # -- the chosen assignment -----------------------------------------------------------------

    def current_item(self) -> AssignmentProgress | None:
        index = self.list_view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def current_assignment(self) -> Assignment | None:
        item = self.current_item()
        return None if item is None else item.assignment

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.current_item() if current.isValid() else None)

    def _show_detail(self, item: AssignmentProgress | None) -> None:
        shown = item is not None
        for widget in (
            self.detail_title,
            self.detail_progress,
            self.detail_asks,
            self.start_button,
            self.edit_button,
            self.aside_button,
        ):
            widget.setVisible(shown)
        self.detail_empty.setVisible(not shown and self.model.rowCount() > 0)
        if item is None:
            self.detail_instructions.hide()
            self.detail_notes.hide()
            return
        assignment, today = item.assignment, self._today()
        self.detail_title.setText(assignment.title)
        status = {"done": self.tr("Done"), "set-aside": self.tr("Set aside")}.get(assignment.status)
        parts = [
            status or progress_words(assignment, item.progress),
            when_words(assignment, today),
            last_done_words(item.progress, today),
        ]
        self.detail_progress.setText("\n".join(part for part in parts if part))
        self.detail_asks.setText(
            f"{asks_for_words(assignment, self.model.name_of(assignment.reference))}\n"
            f"{target_words(assignment)}"
        )
        self.detail_instructions.setText(assignment.instructions)
        self.detail_instructions.setVisible(bool(assignment.instructions))
        self.detail_notes.setText(
            self.tr("Your notes: %1").replace("%1", assignment.notes) if assignment.notes else ""
        )
        self.detail_notes.setVisible(bool(assignment.notes))
        self.start_button.setEnabled(assignment.status == "active")
        self.aside_button.setText(
            self.tr("Take it up a&gain") if assignment.status != "active" else self.tr("Se&t aside")
        )

    def start_current(self) -> None:
        assignment = self.current_assignment()
        if assignment is not None and self.start_button.isEnabled():
            self.start_requested.emit(assignment)

    # -- adding and changing -----------------------------------------------------------------

    def add_assignment(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        assignment = self.current_assignment()
        if assignment is not None:
            self._open_dialog(assignment)

    def _open_dialog(self, assignment: Assignment | None) -> None:
        dialog = AssignmentDialog(
            assignment,
            self._prompts,
            self.exercise_names,
            self._today(),
            self,
            checkins=self.checkin_names,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.assignment_ready.connect(self._store)
        dialog.open()

    def _store(self, assignment: Assignment) -> None:
        homework = self.homework
        job = homework.add if assignment.id is None else homework.update

        def stored(done: Assignment) -> None:
            self.reload(select=done.id)
            self.assignments_changed.emit()

        self._submit(lambda: job(assignment), stored)

    def toggle_set_aside(self) -> None:
        assignment = self.current_assignment()
        if assignment is None:
            return
        status = "active" if assignment.status != "active" else "set-aside"
        homework = self.homework

        def stored(_result: Any) -> None:
            if status == "set-aside":
                self.show_notice(
                    self.tr(
                        "“%1” is set aside. Tick “Show done and set-aside homework too” to take "
                        "it up again."
                    ).replace("%1", assignment.title)
                )
            self.reload(select=assignment.id)
            self.assignments_changed.emit()

        assignment_id = assignment.id
        assert assignment_id is not None
        # Read afresh where it is stored: an edit saved since this row was shown stays.
        self._submit(lambda: homework.set_status(assignment_id, status), stored)

    # -- homework packs ------------------------------------------------------------------------

    def choose_pack(self) -> None:
        request = PathRequest(
            PathKind.OPEN_FILE,
            self.tr("Import a homework pack"),
            Path.home(),
            (self.tr("Homework and prompt packs (*.json)"),),
        )
        choose_with_file_dialog(self, request, self.import_pack_file)

    def import_pack_file(self, path: Path) -> None:
        """Check the pack at ``path`` and import it whole, or show every problem and add nothing."""
        library = self.library
        self.import_button.setEnabled(False)
        self.show_notice(self.tr("Reading the homework pack…"))

        def run() -> tuple[str, PackImport]:
            pack = read_pack_file(path)
            return pack.title, library.import_pack(pack)

        self._submit(run, self._on_imported, self._on_import_failed)

    def _on_imported(self, outcome: tuple[str, PackImport]) -> None:
        title, result = outcome
        self.import_button.setEnabled(True)
        added, updated = result.assignments_added, result.assignments_updated
        if result.outcome == "unchanged":
            text = self.tr("You already have “%1”, just as it is; nothing changed.")
        elif added and updated:
            text = self.tr("From “%1”: %2 new assignments, and %3 brought up to date.")
        elif added:
            text = (
                self.tr("Added 1 assignment from “%1”.")
                if added == 1
                else self.tr("Added %n assignments from “%1”.", "", added)
            )
        elif updated:
            text = self.tr("“%1” is updated; your progress and notes are kept.")
        else:
            text = self.tr("“%1” holds prompts but no homework; you will find them in Prompts.")
        self.show_notice(
            text.replace("%1", title).replace("%2", str(added)).replace("%3", str(updated))
        )
        self.reload()
        if result.outcome != "unchanged":
            self.library_changed.emit()

    def _on_import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, InvalidPack):
            count = len(error.problems)
            refused = self.tr("This pack can't be imported as it is, so nothing from it was added.")
            fix = (
                self.tr("Here is the one thing that needs fixing:")
                if count == 1
                else self.tr("Here are the %n things that need fixing:", "", count)
            )
            self.show_notice(f"{refused} {fix}", problems=error.problems)
            return
        log.error("importing a homework pack failed: %s", type(error).__name__)
        self.show_notice(self.tr("The pack could not be imported. Nothing from it was added."))

    # -- notices ---------------------------------------------------------------------------------

    def show_notice(self, text: str, problems: list[str] | None = None) -> None:
        self.notice.say(text, problems)

    def hide_notice(self) -> None:
        self.notice.dismiss()

    # -- internals ---------------------------------------------------------------------------

    def _submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``job`` on the worker; drop the answer if this screen was closed meanwhile."""
        submit_for(self, self.worker, job, on_done, on_error or self._on_task_failed)

    def _on_task_failed(self, error: BaseException) -> None:
        log.error("a homework task failed: %s", type(error).__name__)
        self.show_notice(self.tr("Something went wrong. Please try again."))


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= NAME_CHARS else flat[: NAME_CHARS - 1].rstrip() + "…"
