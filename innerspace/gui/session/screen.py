"""Preparing for a session: the session dates and the talk-about list beside the summary.

Everything is read and kept on the database worker; the summary is read again each time the
room is shown, so an entry just marked in the journal is in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.session_plan import SessionPlan
from innerspace.gui.common.file_choosers import PathChooser, choose_with_file_dialog
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.session.session_dates import SessionDatesPanel
from innerspace.gui.session.summary_preview import SummaryPreview
from innerspace.gui.session.talk_list import TalkListPanel
from innerspace.storage.session_prep import SessionDates, TalkList
from innerspace.storage.vault import Vault


class SessionRoom(QWidget):
    def __init__(
        self,
        worker: DatabaseWorker,
        vault: Vault,
        vocabulary: EmotionVocabulary | None = None,
        chooser: PathChooser = choose_with_file_dialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._started = False
        self.dates = SessionDatesPanel(worker, SessionDates(vault), self)
        self.talk = TalkListPanel(worker, TalkList(vault), self)
        self.summary = SummaryPreview(worker, vault, vocabulary, chooser, self)
        # The summary covers the days since the last session, as the dates say.
        self.dates.plan_known.connect(self._on_plan_known)
        self.talk.changed.connect(self.summary.refresh)

        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.dates)
        column.addWidget(self.talk, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.splitter)

    def start(self) -> None:
        """Read the dates (which set the summary's days) and the talk-about list."""
        self._started = True
        self.dates.load()
        self.talk.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._started and self.summary.summary is not None:
            self.summary.refresh()

    def _on_plan_known(self, plan: SessionPlan) -> None:
        self.summary.use_default_period(plan)
