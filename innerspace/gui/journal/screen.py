"""The journal: the timeline and search on the left, the entry being written on the right.

Persistence rules, so that no word is lost:
- while writing, the text is autosaved as an encrypted draft every few seconds;
- Save (Ctrl+S), starting a new entry, or opening another entry saves the entry itself;
- locking keeps the draft, and unlocking brings it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path, PurePath
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.attachments import referenced_uids
from innerspace.core.checkins import KIND as CHECKIN_KIND
from innerspace.core.emotions import CONTEXT_KINDS, Emotion
from innerspace.core.entries import Draft, Entry, MomentOutOfRange, SearchHit, local_now
from innerspace.core.prompts import Prompt
from innerspace.gui.common.file_choosers import (
    PathChooser,
    PathKind,
    PathRequest,
    choose_with_file_dialog,
    documents_folder,
)
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.journal.attachments_strip import ShownAttachment
from innerspace.gui.journal.date_popup import DatePopup
from innerspace.gui.journal.editor import EntryEditor
from innerspace.gui.journal.entry_date_dialog import EntryDateDialog
from innerspace.gui.journal.entry_delegate import EntryDelegate
from innerspace.gui.journal.feelings_panel import (
    EntryFeelings,
    feelings_from_json,
    feelings_to_json,
    load_entry_feelings,
    save_entry_feelings,
)
from innerspace.gui.journal.photo_offers import PhotoOffer, Stored, load_shown, store_offers
from innerspace.gui.journal.search_model import SEARCH_PAGE, SearchResultsModel
from innerspace.gui.journal.timeline_model import EntryIdRole, TimelineFilter, TimelineModel
from innerspace.gui.prompts.prompt_of_the_day import PromptOfTheDayCard
from innerspace.gui.support.care_card import CareCard
from innerspace.interchange.draft_photos import bring_back as bring_back_draft_photos
from innerspace.storage.attachments import WAITING_AT_MOST, AttachmentFile, Attachments
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.session_prep import SessionMarks

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
SEARCH_DELAY_MS = 200


class JournalScreen(QWidget):
    """Emits ``lock_requested`` and ``settings_requested`` for the window to act on."""

    lock_requested = Signal()
    settings_requested = Signal()
    support_requested = Signal()
    exercise_entry_requested = Signal(object)  # an Entry whose kind is an exercise
    prompts_requested = Signal()  # "choose another prompt": show the prompt browser
    prompt_card_put_away = Signal()  # "not today" on the prompt of the day
    focus_mode_changed = Signal(bool)  # the window goes full screen with it
    layout_changed = Signal()  # the timeline or the feelings panel shown or hidden, or resized
    entry_saved = Signal(object)  # the Entry as stored: the window's care check reads it
    pdf_requested = Signal(list)  # the ids of the entries chosen for a PDF, in the list's order

    def __init__(
        self, worker: DatabaseWorker, journal: Journal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.journal = journal
        self._entry: Entry | None = None  # None while writing a new, unsaved entry
        self._dirty = False
        self._deleted: tuple[Entry, EntryFeelings, list[AttachmentFile]] | None = None
        self._deleted_for: list[int] = []  # the homework the deleted entry was written for
        self._deleted_marked: list[bool] = []  # whether it was marked to bring to a session
        self.feelings = Feelings(journal.vault)
        self.own_words = OwnWords(journal.vault)
        self.prompts = PromptLibrary(journal.vault)
        self.marks = SessionMarks(journal.vault)
        self.attachments = Attachments(journal.vault)
        # How a photo is chosen from the files (a test answers without a file dialog).
        self.choose_path: PathChooser = choose_with_file_dialog
        # Whether the "bring" toggle shows the stored mark (or the person's choice): until the
        # mark of an opened entry has been read, a save leaves it as it is.
        self._bring_known = True
        self._prompt: Prompt | None = None  # the prompt the entry in the editor answers
        self._assignment: int | None = None  # the homework a new entry is written for
        # The newest save sent to the worker: until it is known to have worked, locking keeps
        # the editor's content as a draft too.
        self._pending_save: Future[Any] | None = None
        self._locked = False

        self.timeline = TimelineModel(worker, journal, self)
        self.results = SearchResultsModel(worker, journal, self)
        self._build()
        self._build_actions()

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._search_later = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_later.timeout.connect(self._run_search)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.timeline_button = QToolButton(self)
        self.timeline_button.setText(self.tr("Timeline"))
        self.timeline_button.setCheckable(True)
        self.timeline_button.setChecked(True)
        self.timeline_button.setAccessibleName(self.tr("Show the timeline"))
        self.timeline_button.setToolTip(self.tr("Show or hide the timeline (Ctrl+Shift+T)"))
        self.timeline_button.toggled.connect(self.set_timeline_shown)
        self.new_button = QPushButton(self.tr("&New entry"), self)
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search your journal"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.search_field.textChanged.connect(lambda _t: self._search_later.start())
        self.search_order = QComboBox(self)
        self.search_order.addItem(self.tr("Newest first"), "newest")
        self.search_order.addItem(self.tr("Best match"), "relevance")
        self.search_order.setAccessibleName(self.tr("Order of search results"))
        self.search_order.currentIndexChanged.connect(lambda _i: self._run_search())

        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show entries with tag"))
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.starred_filter = QToolButton(self)
        self.starred_filter.setText(self.tr("★ Starred"))
        self.starred_filter.setCheckable(True)
        self.starred_filter.setAccessibleName(self.tr("Show only starred entries"))
        self.starred_filter.toggled.connect(lambda _c: self._apply_filter())

        self.date_popup = DatePopup(self)
        self.calendar = self.date_popup.calendar
        self.date_popup.chosen.connect(self._go_to_date)
        self.date_popup.shown.connect(self._on_calendar_shown)
        self.calendar.currentPageChanged.connect(self._mark_days_with_entries)
        self.date_button = QToolButton(self)
        self.date_button.setText(self.tr("Go to date"))
        self.date_button.setAccessibleName(self.tr("Go to date"))
        self.date_button.clicked.connect(self.open_date_popup)

        self.filter_note = QLabel(self)
        self.filter_note.setProperty("role", "muted")
        self.show_all_button = QPushButton(self.tr("Show all"), self)
        self.show_all_button.clicked.connect(self.show_all)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_note, 1)
        filter_row.addWidget(self.show_all_button)

        self.exercises_button = QToolButton(self)
        self.exercises_button.setText(self.tr("E&xercises"))
        self.exercises_button.setAccessibleName(self.tr("Guided exercises"))
        self.exercises_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.support_button = QPushButton(self.tr("Support now"), self)
        self.support_button.setToolTip(
            self.tr("Breathing, grounding, your safety plan, crisis lines")
        )
        self.support_button.clicked.connect(self.support_requested)
        self.settings_button = QPushButton(self.tr("Settings"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setToolTip(self.tr("Lock your journal now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)

        self.toolbar = QWidget(self)
        toolbar = QHBoxLayout(self.toolbar)
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.addWidget(self.timeline_button)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.exercises_button)
        toolbar.addWidget(self.search_field, 1)
        toolbar.addWidget(self.search_order)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.support_button)
        toolbar.addWidget(self.settings_button)
        toolbar.addWidget(self.lock_button)
        filters = QHBoxLayout()
        filters.addWidget(self.date_button)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.starred_filter)

        untitled = self.tr("Untitled")
        self.timeline_view = self._list_view(self.timeline, untitled, self.tr("Timeline"))
        self.results_view = self._list_view(self.results, untitled, self.tr("Search results"))
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "muted")
        self.list_stack = QStackedWidget(self)
        for w in (self.timeline_view, self.results_view, self.empty_label):
            self.list_stack.addWidget(w)
        self.results_note = QLabel(self)
        self.results_note.setProperty("role", "muted")
        self.results_note.setAccessibleName(self.tr("Search summary"))

        self.timeline_pane = left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.results_note)
        left_layout.addWidget(self.list_stack, 1)

        self.editor = EntryEditor(self)
        self.editor.edited.connect(self._on_edited)
        self.editor.preview.entry_link_activated.connect(self.open_linked_entry)
        self.editor.prompt_panel.choose_another_requested.connect(self.prompts_requested)
        self.editor.prompt_panel.dismissed.connect(self._drop_prompt)
        self.prompt_card = PromptOfTheDayCard(self)
        self.prompt_card.hide()
        self.prompt_card.write_requested.connect(self._write_from_card)
        self.prompt_card.browse_requested.connect(self.prompts_requested)
        self.prompt_card.not_today.connect(self.prompt_card_put_away)
        self.editor.save_button.clicked.connect(self.save_entry)
        self.editor.delete_button.clicked.connect(self.delete_entry)
        self.editor.open_exercise_button.clicked.connect(self._open_exercise)
        self.editor.fix_date_button.clicked.connect(self.choose_date)
        self.editor.feelings.picker.own_word_added.connect(self._keep_own_word)
        self.editor.attach_requested.connect(self.choose_photo)
        self.editor.attach_file_requested.connect(self.choose_file)
        self.editor.save_copy_requested.connect(self.save_copy)
        self.editor.text.photos_offered.connect(self.attach_photos)

        self.notice = QFrame(self)
        self.notice.setProperty("role", "notice")
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.notice)
        self.undo_button.clicked.connect(self.undo_delete)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self.notice)
        self.dismiss_button.clicked.connect(self.hide_notice)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.undo_button)
        notice_layout.addWidget(self.dismiss_button)
        self.notice.hide()
        self.care_card = CareCard(self)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.prompt_card)
        right_layout.addWidget(self.editor, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # A wider window gives its width to the text, not to the list.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.timeline_width = self.fontMetrics().horizontalAdvance("n") * 30
        splitter.setSizes([self.timeline_width, 4 * self.timeline_width])
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.editor.splitter.splitterMoved.connect(lambda _p, _i: self.layout_changed.emit())
        self.editor.feelings.expanded_changed.connect(lambda _e: self.layout_changed.emit())
        self._focus_mode = False
        # On a narrow window the open feelings panel borrows the timeline's width (see
        # _share_width); the person's own choice to show the timeline is kept meanwhile.
        self._timeline_lent = False
        self._card_was_shown = False
        self._felt_as_loaded = EntryFeelings()
        self._suggestions_stale = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.care_card)
        layout.addWidget(splitter, 1)

        # Tab follows what the eye sees: the filters left to right, then the list, then today's
        # prompt above the text before the title (both were made in another order).
        card = self.prompt_card
        chain = (
            self.timeline_button,
            self.new_button,
            self.exercises_button,
            self.search_field,
            self.search_order,
            self.support_button,
            self.settings_button,
            self.lock_button,
            self.date_button,
            self.tag_filter,
            self.starred_filter,
            self.show_all_button,
            self.timeline_view,
            self.results_view,
            card.write_button,
            card.another_button,
            card.not_today_button,
            self.editor.title,
        )
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.timeline.firstPageLoaded.connect(self._on_first_page)
        self.timeline.modelReset.connect(self._update_list_state)
        self.timeline.rowsInserted.connect(self._update_list_state)
        self._update_filter_note()

    def _list_view(self, model: object, untitled: str, name: str) -> QListView:
        view = QListView(self)
        view.setModel(model)  # type: ignore[arg-type]
        view.setItemDelegate(EntryDelegate(untitled, view))
        view.setUniformItemSizes(True)
        view.setAccessibleName(name)
        view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Shift or Ctrl with a click or the arrows, and Ctrl+A, choose entries for a PDF.
        view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.selectionModel().currentChanged.connect(self._on_current_changed)
        view.activated.connect(lambda _i: self.editor.text.setFocus())
        return view

    def _build_actions(self) -> None:
        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("&New entry"), QKeySequence.StandardKey.New, self.new_entry
        )
        self.save_action = action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_entry)
        self.find_action = action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.date_action = action(self.tr("&Go to date…"), "Ctrl+G", self.open_date_popup)
        self.star_action = action(self.tr("S&tar"), "Ctrl+D", self.editor.star.toggle)
        self.bring_action = action(
            self.tr("&Bring to my session"), "Ctrl+B", self.editor.bring.toggle
        )
        self.editor.bring.toggled.connect(self._on_bring_chosen)
        self.delete_action = action(self.tr("&Delete entry"), "Ctrl+Shift+Del", self.delete_entry)
        self.preview_action = action(self.tr("Show pr&eview"), "Ctrl+Shift+P", self.toggle_preview)
        self.show_all_action = action(self.tr("Show &all entries"), "Ctrl+Shift+A", self.show_all)
        self.timeline_action = action(
            self.tr("Show &timeline"), "Ctrl+Shift+T", self.timeline_button.toggle
        )
        self.timeline_action.setCheckable(True)
        self.timeline_action.setChecked(True)
        self.feelings_action = action(
            self.tr("Show &feelings panel"), "Ctrl+Shift+M", self.editor.feelings.toggle.toggle
        )
        self.feelings_action.setCheckable(True)
        self.feelings_action.setChecked(True)
        self.editor.feelings.folded_or_opened.connect(
            lambda: self.feelings_action.setChecked(self.editor.feelings.is_expanded())
        )
        self.editor.feelings.folded_or_opened.connect(self._share_width)
        self.focus_action = action(self.tr("F&ocus mode"), "F11", self.toggle_focus_mode)
        self.focus_action.setCheckable(True)
        self.leave_focus_action = action(
            self.tr("Leave focus mode"), "Esc", lambda: self.set_focus_mode(False)
        )
        self.leave_focus_action.setEnabled(False)
        self.pdf_action = action(self.tr("Make a &PDF of these entries…"), "", self.request_pdf)
        for view in (self.timeline_view, self.results_view):
            view.addAction(self.pdf_action)

    # -- starting and stopping ---------------------------------------------------------------

    def _submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        """Run ``job`` on the worker; drop its result if the journal was locked meanwhile."""

        def done(result: Any) -> None:
            if not self._locked:
                on_done(result)

        def failed(error: BaseException) -> None:
            if self._locked:
                return
            if on_error is not None:
                on_error(error)
            else:
                log.error("a journal task failed: %s", type(error).__name__)

        return self.worker.submit(job, done, failed)

    def start(self, font_size: int, show_prompt_card: bool = True) -> None:
        """Load the first page, the tags, and any draft left from a crash or a lock."""
        self.editor.set_font_size(font_size)
        self.timeline.reload()
        self._refresh_tags()
        journal = self.journal

        attachments = self.attachments

        def load() -> tuple[Draft | None, Entry | None]:
            bring_back_draft_photos(journal, attachments)
            draft = journal.load_draft()
            # Photos attached to writing that was never saved nor kept as a draft are let go,
            # once they have waited a day: one waiting less long may be another window's, with
            # the same journal open, attached a moment ago.
            attachments.discard_waiting(
                referenced_uids(draft.body) if draft else (),
                waiting_before=datetime.now(UTC) - WAITING_AT_MOST,
            )
            if draft is None:
                return None, None
            entry_id = draft.entry_id
            uid = draft.extra.get("uid")
            if entry_id is None and isinstance(uid, str):
                # Written as new, but a save may have stored it before the draft was kept.
                entry_id = journal.id_for_uid(uid)
            try:
                entry = None if entry_id is None else journal.get(entry_id)
            except LookupError:
                entry = None  # deleted since; the draft comes back as a new entry
            return draft, entry

        # Nothing can be typed until any kept draft is back, so it is never written over.
        self.editor.setEnabled(False)
        self._submit(load, self._on_draft_loaded, self._on_draft_load_failed)
        self._show_new_entry()
        self._refresh_feeling_suggestions()
        if show_prompt_card:
            self.prompt_card.load(self.worker, self.prompts, local_now().date())
            self.prompt_card.show()

    def prepare_lock(self) -> tuple[Draft | None, Future[Any] | None]:
        """Take what is unsaved, then clear every widget that shows journal content.

        Returns the draft to keep and the save still on its way, if any: the draft is needed
        only if that save fails (or when there were changes after it).
        """
        pending = self._pending_save
        if pending is not None and pending.done() and pending.exception() is None:
            pending = None
        draft = self._current_draft() if (self._dirty or pending is not None) else None
        if self._dirty:
            pending = None  # newer words than the save: keep the draft whatever happens
        self._locked = True
        for action in self.actions():
            action.setEnabled(False)  # its shortcuts must not reach the next screen
        self._autosave.stop()
        self._search_later.stop()
        self.editor.clear()
        self.search_field.clear()
        self.results.clear()
        self.timeline.clear()
        self.results_note.clear()
        self.notice_text.clear()
        self.notice.hide()
        self.tag_filter.clear()
        self._deleted = None
        self._entry = None
        self._dirty = False
        self._pending_save = None
        return draft, pending

    # -- writing -----------------------------------------------------------------------------

    @property
    def current_entry_id(self) -> int | None:
        return None if self._entry is None else self._entry.id

    def new_entry(self) -> None:
        self._save_if_dirty()
        self._show_new_entry()
        self.timeline_view.clearSelection()
        self.editor.text.setFocus()

    def save_entry(self) -> None:
        if not self._dirty:
            if self._entry is not None and self._entry.id is not None:
                self.editor.save_state.setText(self.tr("Saved"))
            return
        title, body, _tags = self._content()
        if not (title or body.strip()) and self._entry is None:
            # Nothing written yet: a star or a feeling alone has no entry to belong to.
            self._dirty = False
            self._autosave.stop()
            return
        entry = self._entry_from_editor()
        self._entry = entry
        self._dirty = False
        self._autosave.stop()
        self.editor.save_state.setText(self.tr("Saving…"))
        journal, feelings, felt = self.journal, self.feelings, self.editor.feelings.value()
        # Suggestions (recent feelings, known context names) change only with the feelings.
        self._suggestions_stale |= felt != self._felt_as_loaded
        self._felt_as_loaded = felt
        prompts, prompt = self.prompts, self._prompt
        marks, attachments = self.marks, self.attachments
        bring = self.editor.bring.isChecked() if self._bring_known else None
        assignment = self._assignment

        def save() -> Entry:
            # One transaction: the entry, what it says about feelings, and the draft's removal.
            # Whether it is new is decided here, by its uid: an earlier save of the same entry
            # may be just ahead of this one in the worker's queue.
            with journal.vault.transaction():
                stored_id = journal.id_for_uid(entry.uid)
                snapshot = replace(entry, id=stored_id)
                saved = journal.add(snapshot) if stored_id is None else journal.update(snapshot)
                assert saved.id is not None
                attachments.settle(saved.id, saved.body)
                save_entry_feelings(feelings, saved.id, felt)
                if bring is not None:
                    marks.mark(saved.id, bring)
                if prompt is not None:
                    prompts.link_entry(saved.id, prompt, saved.created.date())
                else:
                    prompts.unlink_entry(saved.id)
                if assignment is not None:
                    Homework(journal.vault).link_entry(saved.id, assignment)
                journal.clear_draft()
            return saved

        self._pending_save = self._submit(save, self._on_saved, self._on_save_failed)

    def save_draft(self) -> None:
        if not self._dirty:
            return
        draft = self._current_draft()
        journal = self.journal
        self._submit(lambda: journal.save_draft(draft), self._on_draft_saved, self._on_draft_failed)

    def delete_entry(self) -> None:
        if self._entry is None or self._entry.id is None:
            return
        entry_id = self._entry.id
        journal = self.journal
        self._save_if_dirty()  # so that Undo brings back the latest words, too

        feelings = self.feelings
        homework = Homework(journal.vault)
        # Filled by the job before the entry goes, so Undo can count it for its homework again,
        # and mark it for the session again if it was.
        written_for: list[int] = []
        self._deleted_for = written_for
        marked: list[bool] = []
        self._deleted_marked = marked

        attachments, marks = self.attachments, self.marks

        def delete() -> tuple[Entry, EntryFeelings, list[AttachmentFile]]:
            felt = load_entry_feelings(feelings, entry_id)
            written_for.extend(a.id for a in homework.assignments_for_entry(entry_id) if a.id)
            marked.append(marks.is_marked(entry_id))
            photos = attachments.files_of(entry_id)
            removed = journal.delete(entry_id, attachments)
            journal.clear_draft()
            return removed, felt, photos

        self._dirty = False
        self._autosave.stop()
        self._submit(delete, self._on_deleted)

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        (entry, felt, photos), self._deleted = self._deleted, None
        self.hide_notice()
        self._save_if_dirty()
        journal, feelings, written_for = self.journal, self.feelings, list(self._deleted_for)
        attachments, marks, was_marked = self.attachments, self.marks, any(self._deleted_marked)

        def restore() -> Entry:
            with journal.vault.transaction():
                restored = journal.add(replace(entry))
                assert restored.id is not None
                attachments.add_many((photo, restored.id) for photo in photos)
                # Those kept waiting for a draft when it went come back to it too.
                attachments.settle(restored.id, restored.body)
                save_entry_feelings(feelings, restored.id, felt)
                for assignment_id in written_for:
                    Homework(journal.vault).link_entry(restored.id, assignment_id)
                if was_marked:
                    marks.mark(restored.id, True)
            return restored

        self._submit(restore, self._on_restored)

    # -- photos ------------------------------------------------------------------------------

    def choose_photo(self, keep_details: bool = False) -> None:
        request = PathRequest(
            PathKind.OPEN_FILE,
            self.tr("Attach a photo"),
            name_filters=(
                self.tr("Photos (*.png *.jpg *.jpeg *.webp *.gif *.heic)"),
                self.tr("All files (*)"),
            ),
        )
        self.choose_path(
            self, request, lambda path: self.attach_photos([PhotoOffer(path=path)], keep_details)
        )

    def choose_file(self) -> None:
        request = PathRequest(
            PathKind.OPEN_FILE, self.tr("Attach a file"), name_filters=(self.tr("All files (*)"),)
        )
        self.choose_path(self, request, lambda path: self.attach_photos([PhotoOffer(path=path)]))

    def attach_photos(self, offers: list[PhotoOffer], keep_details: bool = False) -> None:
        """Keep the photos and files in the journal at once (waiting for the entry's save, so
        a lock or a crash keeps them with the draft), then put them into the text."""
        if self._locked or self.editor.text.isReadOnly():
            return
        attachments = self.attachments
        self.editor.save_state.setText(self.tr("Adding it to the entry…"))
        self._submit(
            lambda: store_offers(attachments, offers, keep_details=keep_details),
            self._on_photos_stored,
            self._on_photos_failed,
        )

    def _on_photos_stored(self, stored: Stored) -> None:
        self.editor.add_attachments(stored.shown, stored.lines)
        if stored.refusals:
            self.editor.save_state.setText(stored.refusals[0])
        elif self._dirty:
            self.editor.save_state.setText(self.tr("Not saved yet"))

    def _on_photos_failed(self, error: BaseException) -> None:
        log.error("keeping a photo failed: %s", type(error).__name__)
        self.editor.save_state.setText(
            self.tr("The photo could not be added just now. Your text is still here.")
        )

    def save_copy(self, uid: str) -> None:
        """A copy of a photo or file of the entry, written only where the person chooses; a
        file is never opened from here, whatever its kind."""
        shown = self.editor.attachment(uid)
        if shown is None or self._locked:
            return
        request = PathRequest(
            PathKind.SAVE_FILE,
            self.tr("Save a copy (it will not be encrypted)"),
            start=documents_folder() / (PurePath(shown.name).name or "attachment"),
        )
        attachments = self.attachments

        def write(path: Path) -> None:
            self._submit(
                lambda: attachments.save_copy(uid, path),
                lambda _done: self.editor.save_state.setText(
                    self.tr("A copy is saved where you chose. It is not encrypted.")
                ),
                self._on_copy_failed,
            )

        self.choose_path(self, request, write)

    def _on_copy_failed(self, error: BaseException) -> None:
        if isinstance(error, FileExistsError):
            self.editor.save_state.setText(
                self.tr("A file with that name is already there; please choose another name.")
            )
            return
        log.error("saving a copy of an attachment failed: %s", type(error).__name__)
        self.editor.save_state.setText(self.tr("The copy could not be saved just now."))

    def _load_attachments(self, body: str) -> None:
        """Show the photos a text points at (thumbnails read on the worker)."""
        self.editor.show_attachments([])
        if not referenced_uids(body):
            return
        attachments = self.attachments
        self._submit(lambda: load_shown(attachments, body), self._on_attachments_loaded)

    def _on_attachments_loaded(self, shown: list[ShownAttachment]) -> None:
        self.editor.show_attachments(shown)

    # -- the room around the text ------------------------------------------------------------

    def chosen_entry_ids(self) -> list[int]:
        """The entries selected in the list shown, in its order; or else the one open."""
        view = self.list_stack.currentWidget()
        ids: list[int] = []
        if isinstance(view, QListView):
            rows = sorted(index.row() for index in view.selectionModel().selectedRows())
            ids = [view.model().index(row, 0).data(EntryIdRole) for row in rows]
        if not ids and self.current_entry_id is not None:
            ids = [self.current_entry_id]
        return ids

    def request_pdf(self) -> None:
        # Saved first: the PDF is read from the journal, after the save on the same worker.
        self._save_if_dirty()
        self.pdf_requested.emit(self.chosen_entry_ids())

    def set_timeline_shown(self, shown: bool) -> None:
        """Hide the timeline to give the text the whole width (remembered by the window)."""
        if self.timeline_button.isChecked() != shown:
            self.timeline_button.setChecked(shown)  # comes back here through ``toggled``
            return
        if shown and self._timeline_lent:
            # Asked for while the feelings panel has its width: the panel folds to make room.
            self._timeline_lent = False
            self.editor.feelings.set_expanded(False)
        self.timeline_action.setChecked(shown)
        self.timeline_pane.setVisible(shown and not self._focus_mode)
        if not shown and self.timeline_pane.isAncestorOf(self.focusWidget()):
            self.editor.text.setFocus()
        self.layout_changed.emit()

    def timeline_shown(self) -> bool:
        """The person's choice, also while the feelings panel borrows the timeline's width."""
        return self.timeline_button.isChecked() or self._timeline_lent

    def _share_width(self) -> None:
        """On a narrow window (a small screen, or large text) the open feelings panel takes the
        timeline's place, and gives it back when it folds or the window grows: nothing is
        squeezed below the width it needs."""
        panel = self.editor.feelings
        needed = (
            self.timeline_pane.minimumSizeHint().width()
            + panel.minimumWidth()
            + self.fontMetrics().horizontalAdvance("n") * 45  # the text and its buttons
        )
        lend = panel.is_expanded() and self.width() < needed
        if lend == self._timeline_lent or (lend and not self.timeline_button.isChecked()):
            return
        self._timeline_lent = lend
        for control in (self.timeline_button, self.timeline_action):
            control.blockSignals(True)
            control.setChecked(not lend)
            control.blockSignals(False)
        self.timeline_pane.setVisible(not lend and not self._focus_mode)
        if lend and self.timeline_pane.isAncestorOf(self.focusWidget()):
            self.editor.text.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app's text size changed
            self._share_width()

    def set_timeline_width(self, width: int) -> None:
        self.timeline_width = max(self.timeline_pane.minimumSizeHint().width(), width)
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([self.timeline_width, max(0, total - self.timeline_width)])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        if self.timeline_pane.isVisible():
            self.timeline_width = self.splitter.sizes()[0]
        self.layout_changed.emit()

    def in_focus_mode(self) -> bool:
        return self._focus_mode

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self._focus_mode)

    def set_focus_mode(self, focused: bool) -> None:
        """Only the text and a quiet word count; Esc or F11 brings everything back."""
        if focused == self._focus_mode:
            return
        self._focus_mode = focused
        self.focus_action.setChecked(focused)
        self.leave_focus_action.setEnabled(focused)
        self.toolbar.setVisible(not focused)
        self.timeline_pane.setVisible(not focused and self.timeline_button.isChecked())
        if focused:
            self._card_was_shown = self.prompt_card.isVisible()
            self.prompt_card.hide()
            self.hide_notice()
        elif self._card_was_shown and self._entry is None:
            self.prompt_card.show()
        self.editor.set_focus_mode(focused)
        self.editor.text.setFocus()
        self.focus_mode_changed.emit(focused)

    def toggle_preview(self) -> None:
        tabs = self.editor.tabs
        tabs.setCurrentIndex(1 - tabs.currentIndex())

    # -- finding -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def show_all(self) -> None:
        self.tag_filter.setCurrentIndex(0)
        self.starred_filter.setChecked(False)
        self.timeline.reload(TimelineFilter())
        self._update_filter_note()

    def write_from_prompt(self, prompt: Prompt) -> None:
        """Start a new entry answering ``prompt``, shown above the text while writing."""
        self._save_if_dirty()
        self._show_new_entry()
        self._prompt = prompt
        self.editor.show_prompt(prompt)
        self.prompt_card.hide()
        self.timeline_view.clearSelection()
        self.editor.text.setFocus()

    def write_for_assignment(self, assignment_id: int, title: str, prompt: Prompt | None) -> None:
        """Start a new entry written for a homework assignment (answering ``prompt`` when it
        asks for one). Saving links the entry, so it counts in This week."""
        if prompt is not None:
            self.write_from_prompt(prompt)
        else:
            self.new_entry()
            self.prompt_card.hide()  # one thing to do: the homework
        self._assignment = assignment_id
        self.show_notice(
            self.tr("You are writing for “%1”. It counts in This week once saved.").replace(
                "%1", title
            ),
            undo=False,
        )

    def _write_from_card(self, _prompt_id: str) -> None:
        if self.prompt_card.prompt is not None:
            self.write_from_prompt(self.prompt_card.prompt)

    def _drop_prompt(self) -> None:
        self._prompt = None
        self.editor.show_prompt(None)
        self._on_edited()  # the link goes when the entry is next saved

    def refresh(self, entry_id: int | None) -> None:
        """Reload the list after a change made elsewhere (an exercise, an import)."""
        self.timeline.reload()
        self._refresh_tags()
        if entry_id is not None and entry_id == self.current_entry_id and not self._dirty:
            journal = self.journal
            self._submit(lambda: journal.get(entry_id), self._on_entry_loaded)

    def choose_date(self) -> None:
        """Give an entry whose stored date can't be shown a real one (default: now)."""
        entry = self._entry
        if entry is None:
            return
        dialog = EntryDateDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._set_entry_date)
        dialog.open()

    def _set_entry_date(self, when: datetime) -> None:
        entry = self._entry
        if entry is None:
            return
        self._entry = replace(entry, created=when, date_out_of_range=False)
        self._dirty = True
        self.save_entry()

    def _open_exercise(self) -> None:
        if self._entry is not None and self._entry.kind != "note":
            self.exercise_entry_requested.emit(self._entry)

    def show_entries(self, entry_ids: list[int]) -> None:
        """Show just these entries in the timeline (the ones behind a figure in the patterns)."""
        self.search_field.clear()
        self.timeline.reload(TimelineFilter(ids=tuple(entry_ids)))
        self._update_filter_note()

    def go_to_date(self, day: date) -> None:
        end = datetime.combine(day + timedelta(days=1), time()).astimezone()
        self.timeline.reload(replace(self.timeline.filter, end=end))
        self._update_filter_note()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            self.timeline_view.setFocus()
            return
        if event.key() == Qt.Key.Key_Down and self.search_field.hasFocus():
            # From the search field straight into what it found (or the timeline).
            view = self.list_stack.currentWidget()
            if isinstance(view, QListView) and view.model().rowCount() > 0:
                view.setFocus(Qt.FocusReason.TabFocusReason)
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(view.model().index(0, 0))
                return
        super().keyPressEvent(event)

    # -- internals: content --------------------------------------------------------------------

    def _content(self) -> tuple[str, str, tuple[str, ...]]:
        return self.editor.title.text(), self.editor.body(), self.editor.tags.tags()

    def _current_draft(self) -> Draft:
        title, body, tags = self._content()
        entry_id = None if self._entry is None else self._entry.id
        extra = {
            "uid": None if self._entry is None else self._entry.uid,
            "starred": self.editor.star.isChecked(),
            "bring": self.editor.bring.isChecked(),
            "feelings": feelings_to_json(self.editor.feelings.value()),
            "prompt_id": None if self._prompt is None else self._prompt.id,
            "assignment_id": self._assignment,
        }
        return Draft(entry_id, title, body, tags, local_now(), extra=extra)

    def _entry_from_editor(self) -> Entry:
        title, body, tags = self._content()
        starred = self.editor.star.isChecked()
        if self._entry is None:
            return Entry(title=title, body=body, tags=tags, starred=starred)
        return replace(self._entry, title=title, body=body, tags=tags, starred=starred)

    def _show_new_entry(self) -> None:
        self._entry = None
        self._dirty = False
        self._felt_as_loaded = EntryFeelings()
        self.editor.set_content("", "", (), False)
        self.editor.set_bring(False)
        self._bring_known = True
        self.editor.set_exercise_mode(False)
        self._prompt = None
        self._assignment = None
        self.editor.show_prompt(None)
        self.editor.feelings.set_value(EntryFeelings())
        self.editor.show_attachments([])
        self.editor.save_state.setText(self.tr("New entry"))
        self.editor.delete_button.setEnabled(False)
        self.editor.fix_date_button.hide()

    def _show_entry(self, entry: Entry) -> None:
        self._entry = entry
        self._dirty = False
        self.editor.set_content(entry.title, entry.body, entry.tags, entry.starred)
        # An exercise's text is made from its answers: it is changed in its own form.
        self.editor.set_exercise_mode(entry.kind != "note")
        self.editor.open_exercise_button.setText(
            self.tr("&Open check-in") if entry.kind == CHECKIN_KIND else self.tr("&Open exercise")
        )
        self._prompt = None
        self._assignment = None  # its links are kept in the journal; saving leaves them be
        self.editor.show_prompt(None)
        self.prompt_card.hide()
        self.editor.feelings.set_value(EntryFeelings())
        self.editor.set_bring(False)
        self._bring_known = entry.id is None
        if entry.id is not None:
            entry_id, feelings, prompts, marks = entry.id, self.feelings, self.prompts, self.marks
            self._submit(lambda: (entry_id, marks.is_marked(entry_id)), self._on_mark_loaded)
            self._submit(
                lambda: (entry_id, load_entry_feelings(feelings, entry_id)),
                self._on_feelings_loaded,
            )
            self._submit(
                lambda: (entry_id, _linked_prompt(prompts, entry_id)), self._on_prompt_loaded
            )
        self._load_attachments(entry.body)
        self.editor.delete_button.setEnabled(entry.id is not None)
        self.editor.fix_date_button.setVisible(entry.date_out_of_range)
        if entry.date_out_of_range:
            self.editor.save_state.setText(
                self.tr("This entry's date can't be shown. You can give it a date, or delete it.")
            )
        else:
            self.editor.save_state.setText(
                self.tr("Written %1").replace("%1", entry.created.strftime("%A %d %B %Y, %H:%M"))
            )

    def _on_feelings_loaded(self, loaded: tuple[int, EntryFeelings]) -> None:
        entry_id, felt = loaded
        # Only if the person is still on that entry and hasn't started changing it.
        if entry_id == self.current_entry_id and not self._dirty:
            self.editor.feelings.set_value(felt)
            self._felt_as_loaded = felt

    def _on_bring_chosen(self, _bring: bool) -> None:
        # Loading a mark sets this itself, right after; any other toggle is the person's choice.
        self._bring_known = True

    def _on_mark_loaded(self, loaded: tuple[int, bool]) -> None:
        entry_id, bring = loaded
        if entry_id == self.current_entry_id and not self._bring_known:
            self.editor.set_bring(bring)
            self._bring_known = True

    def _on_prompt_loaded(self, loaded: tuple[int, Prompt | None]) -> None:
        entry_id, prompt = loaded
        if entry_id == self.current_entry_id and prompt is not None:
            self._prompt = prompt
            self.editor.show_prompt(prompt)

    def _load_prompt(self, prompt_id: str) -> None:
        prompts = self.prompts

        def load() -> Prompt | None:
            try:
                return prompts.get(prompt_id)
            except LookupError:
                return None  # a custom prompt deleted since the draft was kept

        self._submit(load, self._on_draft_prompt)

    def _on_draft_prompt(self, prompt: Prompt | None) -> None:
        if prompt is not None:
            self._prompt = prompt
            self.editor.show_prompt(prompt)

    def _refresh_feeling_suggestions(self) -> None:
        feelings = self.feelings

        own_words = self.own_words

        def load() -> tuple[list[str], dict[str, list[str]], list[Emotion]]:
            known = {kind: [t.name for t in feelings.context_tags(kind)] for kind in CONTEXT_KINDS}
            return feelings.recent_emotions(), known, own_words.all()

        self._submit(load, self._on_feeling_suggestions)

    def _on_feeling_suggestions(
        self, loaded: tuple[list[str], dict[str, list[str]], list[Emotion]]
    ) -> None:
        recent, known, own = loaded
        # The person's own words first, so the recent ones among them can be found by name.
        self.editor.feelings.picker.set_own_words(own)
        self.editor.feelings.set_recent(recent)
        for kind, names in known.items():
            self.editor.feelings.set_known(kind, names)

    def _keep_own_word(self, emotion: Emotion) -> None:
        """A word the person added is kept in the journal at once (before the entry naming it
        is saved: the worker runs jobs in order)."""
        own_words = self.own_words
        self._submit(lambda: own_words.add(emotion), lambda _saved: None)

    def _save_if_dirty(self) -> None:
        if self._dirty:
            self.save_entry()

    def _on_edited(self) -> None:
        if not self._dirty:
            self._dirty = True
            self.editor.save_state.setText(self.tr("Not saved yet"))
        if not self._autosave.isActive():
            self._autosave.start()

    def _on_draft_saved(self, _result: object) -> None:
        if self._dirty:
            when = local_now().strftime("%H:%M")
            self.editor.save_state.setText(self.tr("Draft kept safe at %1").replace("%1", when))

    def _on_draft_failed(self, error: BaseException) -> None:
        log.error("keeping a draft failed: %s", type(error).__name__)
        self.editor.save_state.setText(
            self.tr("Your draft could not be kept just now. Your text is still here; please Save.")
        )

    def _on_saved(self, saved: Entry) -> None:
        self.editor.fix_date_button.setVisible(saved.date_out_of_range)
        if self._entry is not None and self._entry.uid == saved.uid:
            self._entry.id = saved.id
            self._entry.updated = saved.updated
            self.editor.delete_button.setEnabled(True)
            if not self._dirty:
                self.editor.save_state.setText(self.tr("Saved"))
        self.timeline.reload()
        self._refresh_tags()
        if self._suggestions_stale:
            self._suggestions_stale = False
            self._refresh_feeling_suggestions()
        self.entry_saved.emit(saved)

    def _on_save_failed(self, error: BaseException) -> None:
        self._dirty = True
        if isinstance(error, MomentOutOfRange):
            self.editor.save_state.setText(
                self.tr("That date can't be kept. Your text is still here; choose another date.")
            )
            return
        self.editor.save_state.setText(
            self.tr("Could not save. Your text is still here; please try again.")
        )
        log.error("saving an entry failed: %s", type(error).__name__)

    def _on_draft_load_failed(self, error: BaseException) -> None:
        log.error("reading the kept draft failed: %s", type(error).__name__)
        self.editor.setEnabled(True)

    def _on_draft_loaded(self, loaded: tuple[Draft | None, Entry | None]) -> None:
        draft, entry = loaded
        self.editor.setEnabled(True)
        if draft is None:
            return
        if entry is not None:
            self._show_entry(entry)
        else:
            self._show_new_entry()
            uid = draft.extra.get("uid")
            if isinstance(uid, str):
                self._entry = Entry(uid=uid)  # so that saving it never makes a second entry
        starred = draft.extra.get("starred", self.editor.star.isChecked()) is True
        self.editor.set_content(draft.title, draft.body, draft.tags, starred)
        self._load_attachments(draft.body)
        if "bring" in draft.extra:
            self.editor.set_bring(draft.extra["bring"] is True)
            self._bring_known = True
        if "feelings" in draft.extra:
            self.editor.feelings.set_value(feelings_from_json(draft.extra["feelings"]))
        prompt_id = draft.extra.get("prompt_id")
        if isinstance(prompt_id, str):
            self._load_prompt(prompt_id)
        assignment_id = draft.extra.get("assignment_id")
        if isinstance(assignment_id, int) and not isinstance(assignment_id, bool):
            self._assignment = assignment_id
        self._dirty = True
        self.editor.save_state.setText(self.tr("Restored unsaved writing"))
        self.show_notice(
            self.tr(
                "We brought back what you were writing last time. "
                "It is saved as a draft; press Save when you are ready."
            ),
            undo=False,
        )

    def _on_deleted(self, deleted: tuple[Entry, EntryFeelings, list[AttachmentFile]]) -> None:
        self._deleted = deleted
        self._show_new_entry()
        self.timeline.reload()
        self._refresh_tags()
        self.show_notice(self.tr("Entry deleted."), undo=True)

    def _on_restored(self, entry: Entry) -> None:
        if not self._dirty:
            self._show_entry(entry)
        self.timeline.reload()
        self._refresh_tags()

    # -- internals: lists ----------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(EntryIdRole) if current.isValid() else None
        if entry_id is None or entry_id == self.current_entry_id:
            return
        self._save_if_dirty()
        journal = self.journal
        self._submit(lambda: journal.get(entry_id), self._on_entry_loaded)

    def _on_entry_loaded(self, entry: Entry) -> None:
        if not self._dirty:
            self._show_entry(entry)

    def open_linked_entry(self, uid: str) -> None:
        """Follow a link to another entry (an imported Day One link), saving this one first."""
        self._save_if_dirty()
        journal = self.journal

        def load() -> Entry | None:
            entry_id = journal.id_for_uid(uid)
            return None if entry_id is None else journal.get(entry_id)

        self._submit(load, self._on_linked_entry)

    def _on_linked_entry(self, entry: Entry | None) -> None:
        if entry is None:
            self.editor.save_state.setText(self.tr("The linked entry isn't in your journal."))
            return
        self._on_entry_loaded(entry)
        self.follow_open_entry()

    def _on_first_page(self) -> None:
        self.follow_open_entry()
        self._update_list_state()

    def follow_open_entry(self) -> None:
        """The highlighted row is always the entry in the editor, or none at all: after a save,
        an exercise, a delete, clearing a search or a drill-down from Patterns."""
        target = self.current_entry_id
        for view, row in (
            (self.timeline_view, self.timeline.row_of(target) if target is not None else -1),
            (self.results_view, self.results.row_of(target) if target is not None else -1),
        ):
            selection = view.selectionModel()
            selection.blockSignals(True)
            if row >= 0:
                view.setCurrentIndex(view.model().index(row, 0))
                view.scrollTo(view.currentIndex())
            else:
                selection.clearSelection()
                selection.clearCurrentIndex()
            selection.blockSignals(False)
            view.viewport().update()

    def _update_list_state(self) -> None:
        if self.search_field.text().strip():
            return
        if self.timeline.rowCount() == 0 and not self.timeline.is_loading:
            if self.timeline.filter == TimelineFilter():
                self.empty_label.setText(
                    self.tr(
                        "Your entries will appear here.\n\n"
                        "Write your first one on the right — a sentence is enough."
                    )
                )
            else:
                self.empty_label.setText(self.tr("No entries match what you chose to show."))
            self.list_stack.setCurrentWidget(self.empty_label)
        else:
            self.list_stack.setCurrentWidget(self.timeline_view)

    def _run_search(self) -> None:
        text = self.search_field.text()
        if not text.strip():
            self.results.clear()
            self.results_note.clear()
            self._update_list_state()
            self.follow_open_entry()
            return
        order = str(self.search_order.currentData())
        journal = self.journal

        def search() -> tuple[str, str, list[SearchHit], int]:
            hits = journal.search(text, order=order, limit=SEARCH_PAGE)
            # Counting reads only the full-text index; a short first page is the whole count.
            total = journal.search_count(text) if len(hits) == SEARCH_PAGE else len(hits)
            return text, order, hits, total

        self._submit(search, self._on_results)

    def _on_results(self, outcome: tuple[str, str, list[SearchHit], int]) -> None:
        text, order, hits, total = outcome
        if text != self.search_field.text():
            return  # the person kept typing; a newer search is on its way
        self.results.set_hits(hits, (text, order))
        self.follow_open_entry()
        if hits:
            found = QLocale().toString(max(total, len(hits)))
            self.results_note.setText(self.tr("Entries found: %1").replace("%1", found))
            self.list_stack.setCurrentWidget(self.results_view)
        else:
            self.results_note.setText(self.tr("Nothing matches that search."))
            self.empty_label.setText(
                self.tr("No entries contain those words. Try fewer words, or a word start with *.")
            )
            self.list_stack.setCurrentWidget(self.empty_label)

    def _refresh_tags(self) -> None:
        self._submit(self.journal.tags, self._on_tags)

    def _on_tags(self, tags: list[tuple[str, int]]) -> None:
        names = [name for name, _count in tags]
        self.editor.tags.set_known_tags(names)
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name, count in tags:
            self.tag_filter.addItem(f"#{name} ({count})", name)
        index = self.tag_filter.findData(chosen)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        if self._locked:
            return
        tag = self.tag_filter.currentData()
        flt = replace(
            self.timeline.filter,
            tag=tag if isinstance(tag, str) else None,
            starred_only=self.starred_filter.isChecked(),
        )
        if flt != self.timeline.filter:
            self.timeline.reload(flt)
        self._update_filter_note()

    def _update_filter_note(self) -> None:
        end = self.timeline.filter.end
        parts = []
        if self.timeline.filter.ids is not None:
            parts.append(
                self.tr("Showing the %1 entries behind what you chose in Patterns").replace(
                    "%1", str(len(self.timeline.filter.ids))
                )
            )
        if end is not None:
            day = (end - timedelta(days=1)).strftime("%d %B %Y")
            parts.append(self.tr("Showing entries up to %1").replace("%1", day))
        filtered = self.timeline.filter != TimelineFilter()
        self.filter_note.setText(" ".join(parts))
        self.filter_note.setVisible(bool(parts))
        self.show_all_button.setVisible(filtered)

    def open_date_popup(self) -> None:
        self.date_popup.open_below(self.date_button)

    def _go_to_date(self, qdate: QDate) -> None:
        self.go_to_date(date(qdate.year(), qdate.month(), qdate.day()))
        self.timeline_view.setFocus()

    def _on_calendar_shown(self) -> None:
        self._mark_days_with_entries(self.calendar.yearShown(), self.calendar.monthShown())

    def _mark_days_with_entries(self, year: int, month: int) -> None:
        start = datetime(year, month, 1).astimezone() - timedelta(days=1)
        end = (datetime(year, month, 28) + timedelta(days=6)).astimezone()
        journal = self.journal
        self._submit(lambda: journal.days_with_entries(start, end), self._on_marked_days)

    def _on_marked_days(self, days: set[str]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        for iso in days:
            self.calendar.setDateTextFormat(QDate.fromString(iso, Qt.DateFormat.ISODate), bold)

    # -- notices -------------------------------------------------------------------------------

    def show_notice(self, text: str, *, undo: bool) -> None:
        self.notice_text.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.hide()
        self.notice_text.clear()


def _linked_prompt(prompts: PromptLibrary, entry_id: int) -> Prompt | None:
    """The prompt an entry answered, if it is still in the library (a worker job)."""
    prompt_id = prompts.prompt_for_entry(entry_id)
    if prompt_id is None:
        return None
    try:
        return prompts.get(prompt_id)
    except LookupError:
        return None
