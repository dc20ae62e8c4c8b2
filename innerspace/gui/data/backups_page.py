"""The backups section of the settings: back up now, the backups there are, an extra folder for
a copy elsewhere, and how many to keep."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innerspace.gui.common.file_choosers import (
    PathChooser,
    PathKind,
    PathRequest,
    choose_with_file_dialog,
)
from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.data.backup_model import BackupListModel, BackupRow, read_backup_rows
from innerspace.gui.data.backup_schedule import BackupSchedule, BackupSettings


class BackupsPage(QWidget):
    """``settings_changed(BackupSettings)`` after every change (already applied to the
    schedule); ``restore_requested(Path)`` when the person asks to restore a listed backup."""

    settings_changed = Signal(object)
    restore_requested = Signal(object)

    def __init__(
        self,
        worker: DatabaseWorker,
        schedule: BackupSchedule,
        *,
        choose_path: PathChooser = choose_with_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.schedule, self.choose_path = worker, schedule, choose_path
        self.settings = schedule.settings

        intro = label(
            self.tr(
                "Backups are encrypted. One is made once a day while InnerSpace is open, and "
                "when you close it unless one was made in the last hour. Each opens with the "
                "passphrase or recovery key you had on the day it was made."
            ),
            self,
            "muted",
        )
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.status = label("", self)
        self.status.setAccessibleName(self.tr("Backup status"))
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        now_row.addWidget(self.status, 1)

        self.model = BackupListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Backups in your journal folder"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(120)
        list_label = label(self.tr("Backups in your &journal folder"), self)
        list_label.setBuddy(self.list)
        self.empty = label(self.tr("There are no backups yet."), self, "muted")
        self.restore_button = QPushButton(self.tr("&Restore from this backup…"), self)
        self.restore_button.setEnabled(False)

        places = QGroupBox(self.tr("A copy somewhere else"), self)
        self.extra_folder = label("", places)
        self.extra_folder.setAccessibleName(self.tr("Folder for an extra copy"))
        self.choose_button = QPushButton(self.tr("C&hoose folder…"), places)
        self.clear_button = QPushButton(self.tr("&Stop copying there"), places)
        extra_buttons = QHBoxLayout()
        extra_buttons.addWidget(self.choose_button)
        extra_buttons.addWidget(self.clear_button)
        extra_buttons.addStretch(1)
        places_layout = QVBoxLayout(places)
        places_layout.addWidget(
            label(
                self.tr(
                    "A USB stick or another disk keeps your journal safe if this computer fails."
                ),
                places,
                "muted",
            )
        )
        places_layout.addWidget(self.extra_folder)
        places_layout.addLayout(extra_buttons)

        keeping = QGroupBox(self.tr("How many to keep"), self)
        self.keep_last = QSpinBox(keeping)
        self.keep_last.setRange(1, 100)
        self.keep_last.setAccessibleName(self.tr("Keep this many of the newest backups"))
        self.monthly_for = QSpinBox(keeping)
        self.monthly_for.setRange(0, 120)
        self.monthly_for.setSuffix(self.tr(" months"))
        self.monthly_for.setAccessibleName(self.tr("Also keep one backup a month for"))
        keep_form = QFormLayout(keeping)
        keep_form.addRow(self.tr("&Newest backups"), self.keep_last)
        keep_form.addRow(self.tr("Plus one a &month for"), self.monthly_for)
        keep_form.addRow(
            label(
                self.tr(
                    "All of them together take at most five times your journal's size (the "
                    "largest it has been lately): when they would take more, fewer are kept, "
                    "spread from the newest back in time, and never fewer than two. The copies "
                    "kept before a restore or a new data key are apart from this: the newest "
                    "three of each always stay. Each backup is whole and can be restored on its "
                    "own."
                ),
                keeping,
                "muted",
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(now_row)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.restore_button)
        layout.addWidget(places)
        layout.addWidget(keeping)

        self._show_settings(self.settings)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._ask_restore)
        self.choose_button.clicked.connect(self.choose_extra_folder)
        self.clear_button.clicked.connect(lambda: self._apply(extra_folder=None))
        self.keep_last.valueChanged.connect(lambda n: self._apply(keep_last=n))
        self.monthly_for.valueChanged.connect(lambda n: self._apply(monthly_for=n))
        selection = self.list.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        schedule.backup_started.connect(self._on_started)
        schedule.backup_finished.connect(self._on_finished)
        self.refresh()

    # -- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        folder = self.schedule.folder
        self.worker.submit(lambda: read_backup_rows(folder), self._on_rows, self._on_error)

    def _on_rows(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._on_selection()

    def _on_error(self, error: BaseException) -> None:
        self.status.setText(describe_error(error))

    def _on_selection(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectionModel().selectedIndexes()))

    def _ask_restore(self) -> None:
        for index in self.list.selectionModel().selectedIndexes():
            row = self.model.row_at(index)
            if row is not None:
                self.restore_requested.emit(row.path)

    # -- backing up -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.schedule.backup_now()

    def _on_started(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Making a backup…"))

    def _on_finished(self, _ok: bool, message: str) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(message)
        self.refresh()

    # -- settings -------------------------------------------------------------------------------

    def choose_extra_folder(self) -> None:
        request = PathRequest(
            PathKind.FOLDER,
            self.tr("Choose a folder for an extra copy"),
            self.settings.extra_folder or Path.home(),
        )
        self.choose_path(self, request, lambda path: self._apply(extra_folder=path))

    def set_settings(self, settings: BackupSettings) -> None:
        """Show ``settings`` (from the stored preferences) without reporting a change."""
        self.settings = settings
        self.schedule.apply_settings(settings)
        self._show_settings(settings)

    def _show_settings(self, settings: BackupSettings) -> None:
        for spin, value in (
            (self.keep_last, settings.keep_last),
            (self.monthly_for, settings.monthly_for),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        if settings.extra_folder is None:
            self.extra_folder.setText(self.tr("No extra copy is made."))
        else:
            self.extra_folder.setText(
                self.tr("A copy also goes to: %1").replace("%1", str(settings.extra_folder))
            )
        self.clear_button.setEnabled(settings.extra_folder is not None)

    def _apply(self, **changes: object) -> None:
        settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        if settings == self.settings:
            return
        self.settings = settings
        self.schedule.apply_settings(settings)
        self._show_settings(settings)
        self.settings_changed.emit(settings)
