"""The one window: create or unlock a journal, then the journal itself; and locking.

Locking takes what is unsaved from the journal screen, closes every dialog, destroys the
screen (so no widget holds any text), saves the draft encrypted, closes the vault and forgets
the key. Nothing can block it: dialogs are always opened with ``open()``, never ``exec()``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from innerspace import APP_NAME, __version__
from innerspace.gui.common.idle import IdleWatcher
from innerspace.gui.common.theme import apply_text_scale, apply_theme
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.reminders.reminder_tray import ReminderTray, plan_from
from innerspace.gui.security.unlock_screen import UnlockScreen, journal_exists
from innerspace.storage.preferences import Preferences, save_preferences

if TYPE_CHECKING:
    # Imported when first needed, so the unlock screen needn't wait for them: the journal's
    # storage (SQLCipher and the key's cryptography), backups, the care check, crisis lines.
    from innerspace.core.entries import Draft, Entry
    from innerspace.core.homework import Assignment
    from innerspace.core.prompts import Prompt
    from innerspace.gui.checkins.checkin_dialog import CheckinDialog
    from innerspace.gui.data.backup_schedule import BackupSchedule, BackupSettings
    from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
    from innerspace.gui.homework.this_week import ThisWeekScreen
    from innerspace.gui.journal.screen import JournalScreen
    from innerspace.gui.patterns.screen import PatternsScreen
    from innerspace.gui.prompts.browser import PromptBrowser
    from innerspace.gui.security.create_journal_screen import CreateJournalScreen
    from innerspace.gui.session.screen import SessionRoom
    from innerspace.gui.support.care_card import CareCheck
    from innerspace.storage.keyfile import KdfParams
    from innerspace.storage.new_data_key import NewDataKey
    from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)


class AppWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path,
        prefs: Preferences,
        *,
        kdf: KdfParams | None = None,
        clock: Callable[[], float] = time.monotonic,
        demo_passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The title never names an entry: someone walking by sees only the app's name.
        # (Qt adds the app's name after a title, so the sample journal's says only what it is.)
        self.setWindowTitle(APP_NAME if demo_passphrase is None else self.tr("Sample journal"))
        self.data_dir = data_dir
        self.prefs = prefs
        self.kdf = kdf
        self._clock = clock
        self.worker = DatabaseWorker(self)
        self._care_explained = False
        self.vault: Vault | None = None
        self.journal_screen: JournalScreen | None = None
        # While unlocked: the journal and the other views of it, as tabs; gone on lock.
        self.session: QTabWidget | None = None
        self.patterns_screen: PatternsScreen | None = None
        self.prompt_browser: PromptBrowser | None = None
        self.homework_screen: ThisWeekScreen | None = None
        self.session_room: SessionRoom | None = None
        self.backups: BackupSchedule | None = None
        self._backup_asked_for = False
        self._was_maximized = False
        # Read from the journal after unlocking; forgotten on lock.
        self._extra_backup_folder: Path | None = None
        self.create_screen: CreateJournalScreen | None = None
        self.unlock_screen = UnlockScreen(self.worker, data_dir, self)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.support_requested.connect(self.open_support_now)
        self.unlock_screen.restore_requested.connect(self.open_rescue_restore)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.reminders = ReminderTray(parent=self)
        self.reminders.open_requested.connect(self.bring_forward)
        self.reminders.quit_requested.connect(self.quit_from_tray)
        self.reminders.apply(plan_from(prefs), in_tray=prefs.start_at_login)
        self.idle = IdleWatcher(prefs.auto_lock_minutes * 60, clock, self)
        self.idle.idle.connect(self.lock)
        self._our_clipboard_text = ""
        QGuiApplication.clipboard().dataChanged.connect(self._remember_clipboard)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_colors_changed)
        self._build_menus()
        self._fit_to_screen()
        if demo_passphrase is not None:
            self.unlock_screen.show_sample(demo_passphrase)
        if journal_exists(data_dir):
            self.show_unlock()
        else:
            self.show_create()

    def _fit_to_screen(self) -> None:
        """Where the person left the window, or a comfortable size; never larger than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        saved = QByteArray.fromBase64(self.prefs.window_geometry.encode("ascii", "ignore"))
        if not (self.prefs.window_geometry and self.restoreGeometry(saved)):
            # A small screen is all used (the text needs the room); a large one leaves a margin.
            width = room.width() if room.width() < 1300 else min(1440, room.width() * 9 // 10)
            height = room.height() if room.height() < 860 else min(980, room.height() * 9 // 10)
            self.resize(width, height)
            self.move(room.center() - self.rect().center())
        # A window saved on a bigger screen (or at a smaller scale) is brought back onto this one.
        self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
        if not room.intersects(self.frameGeometry()):
            self.move(room.topLeft())

    def _remember_window(self) -> None:
        screen = self.journal_screen
        prefs = self.prefs
        if not (self.isFullScreen() or self.isMinimized()):
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            prefs = replace(prefs, window_geometry=geometry)
        if screen is not None:
            prefs = replace(
                prefs,
                timeline_shown=screen.timeline_shown(),
                timeline_width=screen.timeline_width,
                feelings_open=screen.editor.feelings.is_expanded(),
                feelings_width=screen.editor.panel_width,
            )
        self.prefs = prefs

    def _on_focus_mode(self, focused: bool) -> None:
        """Focus mode fills the screen with the text; leaving it puts the window back."""
        self.menuBar().setVisible(not focused)
        if self.session is not None:
            self.session.tabBar().setVisible(not focused)
        if focused:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()

    # -- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self.tr("Settin&gs…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About InnerSpace"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.explanations_action = QAction(
            self.tr("&What is CBT, a thought record, a safety plan…?"), self
        )
        self.explanations_action.triggered.connect(lambda: self.show_explanations(None))
        self.backup_action = QAction(self.tr("Back &up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.triggered.connect(lambda: self.open_export())
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(self.open_import)
        self.context_tags_action = QAction(self.tr("&Context tags…"), self)
        self.context_tags_action.triggered.connect(self.open_context_tags)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(lambda: self.open_restore(None))
        self.journal_view_action = QAction(self.tr("&Journal"), self)
        self.journal_view_action.setShortcut(QKeySequence("Ctrl+1"))
        self.journal_view_action.triggered.connect(self.show_journal)
        self.patterns_view_action = QAction(self.tr("&Patterns"), self)
        self.patterns_view_action.setShortcut(QKeySequence("Ctrl+2"))
        self.patterns_view_action.triggered.connect(self.show_patterns)
        self.prompts_view_action = QAction(self.tr("P&rompts"), self)
        self.prompts_view_action.setShortcut(QKeySequence("Ctrl+3"))
        self.prompts_view_action.triggered.connect(self.show_prompts)
        self.this_week_view_action = QAction(self.tr("This &week"), self)
        self.this_week_view_action.setShortcut(QKeySequence("Ctrl+4"))
        self.this_week_view_action.triggered.connect(self.show_this_week)
        self.session_view_action = QAction(self.tr("&Session"), self)
        self.session_view_action.setShortcut(QKeySequence("Ctrl+5"))
        self.session_view_action.triggered.connect(self.show_session)
        self.support_action = QAction(self.tr("Support &now"), self)
        self.support_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        # triggered() passes a "checked" flag that open_support_now would take for a tab.
        self.support_action.triggered.connect(lambda: self.open_support_now())
        for action in (
            self.lock_action,
            self.settings_action,
            self.quit_action,
            self.support_action,
            self.patterns_view_action,
            self.prompts_view_action,
            self.this_week_view_action,
            self.session_view_action,
            self.shortcuts_action,
        ):
            self.addAction(action)
        self._refresh_menus()

    def _refresh_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        for old_menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            old_menu.deleteLater()
        screen = self.journal_screen
        journal_menu = QMenu(self.tr("&Journal"), bar)
        if screen is not None:
            for action in (
                screen.new_action,
                screen.save_action,
                screen.star_action,
                screen.bring_action,
            ):
                journal_menu.addAction(action)
            journal_menu.addAction(screen.delete_action)
            journal_menu.addAction(self.context_tags_action)
            journal_menu.addSeparator()
            for action in (
                self.backup_action,
                self.export_action,
                screen.pdf_action,
                self.import_action,
                self.restore_action,
            ):
                journal_menu.addAction(action)
            journal_menu.addSeparator()
            journal_menu.addAction(self.lock_action)
            journal_menu.addAction(self.settings_action)
            journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        bar.addMenu(journal_menu)
        if screen is not None:
            find_menu = QMenu(self.tr("&Find"), bar)
            for action in (screen.find_action, screen.date_action, screen.show_all_action):
                find_menu.addAction(action)
            bar.addMenu(find_menu)
            exercises_menu = QMenu(self.tr("E&xercises"), bar)
            exercises_menu.setToolTipsVisible(True)
            for action in self.exercise_actions:
                exercises_menu.addAction(action)
            bar.addMenu(exercises_menu)
            screen.exercises_button.setMenu(exercises_menu)
            checkins_menu = QMenu(self.tr("&Check-ins"), bar)
            checkins_menu.setToolTipsVisible(True)
            for action in self.checkin_actions:
                checkins_menu.addAction(action)
            bar.addMenu(checkins_menu)
            view_menu = QMenu(self.tr("&View"), bar)
            view_menu.addAction(self.journal_view_action)
            view_menu.addAction(self.patterns_view_action)
            view_menu.addAction(self.prompts_view_action)
            view_menu.addAction(self.this_week_view_action)
            view_menu.addAction(self.session_view_action)
            view_menu.addSeparator()
            for action in (
                screen.timeline_action,
                screen.feelings_action,
                screen.focus_action,
                screen.preview_action,
            ):
                view_menu.addAction(action)
            bar.addMenu(view_menu)
        help_menu = QMenu(self.tr("&Help"), bar)
        help_menu.addAction(self.support_action)
        help_menu.addSeparator()
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.explanations_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        bar.addMenu(help_menu)
        self.lock_action.setEnabled(screen is not None)
        self.settings_action.setEnabled(screen is not None)

    # -- screens ----------------------------------------------------------------------------

    def show_create(self) -> None:
        from innerspace.gui.security.create_journal_screen import CreateJournalScreen

        self.create_screen = CreateJournalScreen(self.worker, self.data_dir, self.kdf, self)
        self.create_screen.journal_ready.connect(lambda vault: self._on_unlocked(vault, False))
        self.create_screen.restore_requested.connect(self.open_first_restore)
        self.create_screen.support_requested.connect(self.open_support_now)
        self.create_screen.country_chosen.connect(self._choose_country)
        self.stack.addWidget(self.create_screen)
        self.stack.setCurrentWidget(self.create_screen)
        self.create_screen.start_button.setFocus()

    def show_unlock(self) -> None:
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.setFocus()

    @cached_property
    def care_check(self) -> CareCheck:
        """Kept by the window, in memory only, so the care card is offered at most once a day
        however often the journal is locked and opened again."""
        from innerspace.gui.support.care_card import CareCheck

        check = CareCheck(self.worker, parent=self)
        check.offer.connect(self._offer_care)
        return check

    # The exercise and check-in menus are first shown with the journal, after unlocking: their
    # modules load then, not before the unlock screen.
    @cached_property
    def exercise_actions(self) -> list[QAction]:
        from innerspace.core.exercises import load_exercise_guides
        from innerspace.gui.exercises.exercise_dialog import EXERCISE_KINDS

        guides = load_exercise_guides()
        actions: list[QAction] = []
        for kind in EXERCISE_KINDS:
            title = guides[kind].title if kind in guides else kind
            act = QAction(title, self)
            if kind in guides:
                # One line on what it is, shown beside the menu item (and read out with it).
                act.setToolTip(guides[kind].summary)
                act.setStatusTip(guides[kind].summary)
            act.triggered.connect(lambda _checked=False, k=kind: self.start_exercise(k))
            actions.append(act)
        return actions

    @cached_property
    def checkin_actions(self) -> list[QAction]:
        from innerspace.core.checkins import OWN, load_questionnaires

        actions: list[QAction] = []
        for key, questionnaire in load_questionnaires().items():
            act = QAction(
                self.tr("%1 · %2")
                .replace("%1", questionnaire.name)
                .replace("%2", questionnaire.title),
                self,
            )
            act.setToolTip(questionnaire.summary)
            act.setStatusTip(questionnaire.summary)
            act.triggered.connect(lambda _checked=False, k=key: self.start_checkin(k))
            actions.append(act)
        own_checkin = QAction(self.tr("&My check-in…"), self)
        own_checkin.setToolTip(self.tr("A few 1–10 scales you name yourself"))
        own_checkin.setStatusTip(own_checkin.toolTip())
        own_checkin.triggered.connect(lambda: self.start_checkin(OWN))
        actions.append(own_checkin)
        return actions

    def _on_unlocked(self, vault: Vault, used_recovery_key: bool) -> None:
        from innerspace.core.entries import local_now
        from innerspace.gui.data.backup_schedule import BackupSchedule
        from innerspace.gui.journal.screen import JournalScreen
        from innerspace.gui.support.support_now import SupportNowDialog
        from innerspace.storage.journal import Journal
        from innerspace.storage.journal_settings import (
            adopt_settings_file_values,
            load_extra_backup_folder,
        )

        if self.create_screen is not None:
            self.stack.removeWidget(self.create_screen)
            self.create_screen.deleteLater()
            self.create_screen = None
        self.vault = vault
        self._show_safety_lines()
        screen = JournalScreen(self.worker, Journal(vault), self)
        screen.lock_requested.connect(self.lock)
        screen.settings_requested.connect(self.open_settings)
        screen.support_requested.connect(self.open_support_now)
        screen.exercise_entry_requested.connect(self.open_exercise_entry)
        screen.prompts_requested.connect(self.show_prompts)
        screen.prompt_card_put_away.connect(self._put_prompt_card_away)
        screen.focus_mode_changed.connect(self._on_focus_mode)
        screen.pdf_requested.connect(self.open_export)
        screen.entry_saved.connect(self._check_with_care)
        screen.entry_saved.connect(lambda _entry: self._refresh_homework())
        screen.care_card.safety_plan_requested.connect(lambda: self.open_support_now("plan"))
        screen.care_card.breathe_requested.connect(lambda: self.open_support_now("breathe"))
        screen.care_card.lines_requested.connect(lambda: self.open_support_now("lines"))
        screen.care_card.turn_off_requested.connect(
            lambda: self.apply_preferences(replace(self.prefs, care_check=False))
        )
        self._arrange_journal(screen)
        screen.layout_changed.connect(self._remember_window)
        self.journal_screen = screen
        self.session = QTabWidget(self)
        self.session.setAccessibleName(self.tr("Journal, Patterns, Prompts, This week and Session"))
        self.session.setDocumentMode(True)
        # No mnemonics on the tabs (Ctrl+1 to 5 reach them): Alt+J and Alt+V open the menus.
        self.session.addTab(screen, self.tr("Journal"))
        self.session.addTab(QWidget(self.session), self.tr("Patterns"))
        self.session.addTab(QWidget(self.session), self.tr("Prompts"))
        self.session.addTab(QWidget(self.session), self.tr("This week"))
        self.session.addTab(QWidget(self.session), self.tr("Session"))
        self.session.currentChanged.connect(self._on_session_tab)
        self.stack.addWidget(self.session)
        self.stack.setCurrentWidget(self.session)
        today = local_now().date().isoformat()
        screen.start(self.prefs.editor_font_size, self.prefs.prompt_card_hidden_on != today)
        if used_recovery_key:
            screen.show_notice(
                self.tr(
                    "You opened your journal with your recovery key. If you have forgotten "
                    "your passphrase, you can choose a new one in Settings."
                ),
                undo=False,
            )
        screen.editor.text.setFocus()
        self._refresh_menus()
        self.idle.start()
        self.backups = BackupSchedule(
            self.worker, vault, self.data_dir, settings=self._backup_settings(), parent=self
        )
        self.backups.backup_finished.connect(self._on_backup_finished)
        data_dir = self.data_dir

        def extra_folder() -> Path | None:
            adopt_settings_file_values(vault, data_dir)
            return load_extra_backup_folder(vault)

        # Backups start once the journal has said where the extra copy goes.
        self.worker.submit(extra_folder, self._start_backups)
        self._update_reminder_days()
        for support in self.findChildren(SupportNowDialog):
            if support.isVisible():
                support.show_plan(self.worker, vault)
        log.info("journal shown")

    def _start_backups(self, extra_folder: Path | None) -> None:
        if self.backups is None:
            return  # locked meanwhile
        self._extra_backup_folder = extra_folder
        self.backups.apply_settings(self._backup_settings())
        self.backups.start()

    def _arrange_journal(self, screen: JournalScreen) -> None:
        """The timeline and the feelings panel as the person left them."""
        prefs = self.prefs
        if prefs.timeline_width:
            screen.set_timeline_width(prefs.timeline_width)
        screen.set_timeline_shown(prefs.timeline_shown)
        if prefs.feelings_width:
            screen.editor.panel_width = prefs.feelings_width
        feelings_open = prefs.feelings_open
        if feelings_open is None:
            # Until the person chooses, a narrow window (a small screen, a large scale or large
            # text) gives the feelings panel's width to the text.
            feelings_open = self.width() >= self.fontMetrics().horizontalAdvance("n") * 125
        screen.editor.feelings.set_expanded(feelings_open)

    def show_patterns(self) -> None:
        if self.session is not None:
            self.session.setCurrentIndex(1)

    def show_journal(self) -> None:
        if self.session is not None:
            self.session.setCurrentIndex(0)

    def show_prompts(self) -> None:
        if self.session is not None:
            self.session.setCurrentIndex(2)

    def show_this_week(self) -> None:
        if self.session is not None:
            self.session.setCurrentIndex(3)

    def show_session(self) -> None:
        if self.session is not None:
            self.session.setCurrentIndex(4)

    def _on_session_tab(self, index: int) -> None:
        """Patterns, Prompts, This week and Session are built on first visit: most sessions are for
        writing."""
        from innerspace.gui.homework.this_week import ThisWeekScreen
        from innerspace.gui.session.screen import SessionRoom
        from innerspace.storage.feelings import Feelings

        session, vault = self.session, self.vault
        if session is None or vault is None:
            return
        from innerspace.gui.patterns.screen import PatternsScreen
        from innerspace.gui.prompts.browser import PromptBrowser

        page: QWidget
        if index == 1 and self.patterns_screen is None:
            patterns = PatternsScreen(
                self.worker, Feelings(vault), self.prefs.theme, parent=session
            )
            patterns.entries_requested.connect(self._show_entries_from_patterns)
            self.patterns_screen = page = patterns
            title = self.tr("Patterns")
        elif index == 2 and self.prompt_browser is None:
            browser = PromptBrowser(self.worker, vault, parent=session)
            browser.write_requested.connect(self._write_from_prompt)
            browser.library_changed.connect(self._on_prompt_library_changed)
            browser.homework_changed.connect(self._refresh_homework)
            self.prompt_browser = page = browser
            title = self.tr("Prompts")
        elif index == 3 and self.homework_screen is None:
            homework = ThisWeekScreen(self.worker, vault, parent=session)
            homework.start_requested.connect(self.start_assignment)
            homework.library_changed.connect(self._on_homework_pack)
            homework.assignments_changed.connect(self._update_reminder_days)
            self.homework_screen = page = homework
            title = self.tr("This week")
        elif index == 4 and self.session_room is None:
            self.session_room = page = SessionRoom(self.worker, vault, parent=session)
            title = self.tr("Session")
        else:
            return
        session.blockSignals(True)
        session.removeTab(index)
        session.insertTab(index, page, title)
        session.setCurrentIndex(index)
        session.blockSignals(False)
        if isinstance(page, PatternsScreen | SessionRoom):
            page.start()

    def _write_from_prompt(self, prompt_id: str) -> None:
        browser, screen = self.prompt_browser, self.journal_screen
        if browser is None or screen is None:
            return
        prompt = browser.current_prompt()
        if prompt is not None and prompt.id == prompt_id:
            screen.write_from_prompt(prompt)
            self.show_journal()

    def start_assignment(self, assignment: Assignment) -> None:
        """Begin what a homework assignment asks for; what is saved then is linked to it."""
        from innerspace.core.checkins import checkin_for
        from innerspace.gui.exercises.exercise_dialog import EXERCISE_KINDS
        from innerspace.storage.prompt_library import PromptLibrary, PromptNotFound

        vault, screen, assignment_id = self.vault, self.journal_screen, assignment.id
        if vault is None or screen is None or assignment_id is None:
            return
        if assignment.asks_for == "exercise" and assignment.reference in EXERCISE_KINDS:
            dialog = self.start_exercise(assignment.reference)
            if dialog is not None:
                dialog.saved.connect(lambda entry_id: self._link_to(entry_id, assignment_id))
            return
        if assignment.asks_for == "checkin":
            checkin = self.start_checkin(checkin_for(assignment.reference))
            if checkin is not None:
                checkin.saved.connect(lambda entry_id: self._link_to(entry_id, assignment_id))
            return
        if assignment.asks_for == "prompt":
            library = PromptLibrary(vault)

            def find() -> Prompt | None:
                try:
                    return library.get(assignment.reference)
                except PromptNotFound:
                    return None  # a pack removed since: the writing still counts

            self.worker.submit(find, lambda found: self._write_for(assignment, found))
            return
        self._write_for(assignment, None)

    def _write_for(self, assignment: Assignment, prompt: Prompt | None) -> None:
        if self.journal_screen is not None and assignment.id is not None:
            self.journal_screen.write_for_assignment(assignment.id, assignment.title, prompt)
            self.show_journal()

    def _link_to(self, entry_id: int, assignment_id: int) -> None:
        from innerspace.storage.homework import Homework

        if self.vault is not None:
            homework = Homework(self.vault)
            self.worker.submit(
                lambda: homework.link_entry(entry_id, assignment_id),
                lambda _r: self._refresh_homework(),
            )

    def _refresh_homework(self) -> None:
        if self.homework_screen is not None:
            self.homework_screen.reload()
        self._update_reminder_days()

    def _update_reminder_days(self) -> None:
        """Tell the reminders the days homework is due (dates only), so they come on those
        days even while the journal is locked again."""
        from innerspace.core.homework import due_days
        from innerspace.storage.homework import Homework

        if self.vault is None:
            return
        homework = Homework(self.vault)
        self.worker.submit(lambda: due_days(homework.all()), self.reminders.set_homework_due_days)

    def _on_homework_pack(self) -> None:
        self._update_reminder_days()
        if self.prompt_browser is not None:
            self.prompt_browser.reload()
        self._on_prompt_library_changed()

    def _on_prompt_library_changed(self) -> None:
        from innerspace.core.entries import local_now

        screen = self.journal_screen
        if screen is not None and screen.prompt_card.isVisible():
            screen.prompt_card.load(self.worker, screen.prompts, local_now().date())

    def _put_prompt_card_away(self) -> None:
        from innerspace.core.entries import local_now

        self.apply_preferences(
            replace(self.prefs, prompt_card_hidden_on=local_now().date().isoformat())
        )

    def _show_entries_from_patterns(self, entry_ids: list[int]) -> None:
        if self.journal_screen is not None:
            self.journal_screen.show_entries(entry_ids)
            self.show_journal()

    # -- locking ----------------------------------------------------------------------------

    def lock(self, *, back_up: bool = False) -> None:
        """Keep what is unsaved as an encrypted draft, close the vault, clear the screen.

        With ``back_up`` (on quit) a backup is made after the draft is kept, so it has it too.
        """
        from innerspace.core.attachments import referenced_uids
        from innerspace.gui.checkins.checkin_dialog import CheckinDialog
        from innerspace.gui.data.backup_schedule import due_on_close, make_backups, wait_for
        from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
        from innerspace.gui.support.support_now import SupportNowDialog
        from innerspace.storage.journal import Journal

        if self.vault is None:
            return
        for dialog in self.findChildren(ExerciseDialog):
            dialog.prepare_lock()  # a half-done exercise is kept as a draft entry
        for checkin in self.findChildren(CheckinDialog):
            checkin.prepare_lock()  # words in an own check-in's note are kept
        for support in self.findChildren(SupportNowDialog):
            support.prepare_lock()  # so is an edited safety plan
        vault, data_dir, backups = self.vault, self.data_dir, self._backup_settings()
        running = self.backups.shutdown() if self.backups is not None else None
        # Read on the worker, after the photos still being stored: what this window made wait.
        ours = self.journal_screen.attachments if self.journal_screen is not None else None
        draft, pending_save = self._end_session()
        journal = Journal(vault)

        def save_and_close() -> None:
            try:
                # The draft matters if there were newer words than the last save, or if that
                # save (just ahead of this job in the queue) did not go through.
                if draft is not None and (pending_save is None or pending_save.exception()):
                    journal.save_draft(draft)
                # Photos taken out of the text wait only while Undo could bring them back.
                # Only this window's: another may have the same journal open, writing.
                kept = journal.load_draft()
                if ours is not None:
                    ours.discard_waiting(
                        referenced_uids(kept.body) if kept else (), only=ours.made_waiting
                    )
                wait_for(running)  # a backup on its own thread reads through the vault's key
                now = datetime.now(UTC)
                if back_up and due_on_close(vault, data_dir, now):
                    make_backups(vault, data_dir, backups, now)
            finally:
                vault.close()

        self.worker.submit(save_and_close, None, self._on_lock_failed)

    def _end_session(self) -> tuple[Draft | None, Future[Any] | None]:
        """Tear down everything that shows the journal; returns what was unsaved."""
        self.idle.stop()
        if self.backups is not None:
            self.backups.shutdown()
            self.backups.deleteLater()
            self.backups = None
        self._close_dialogs()
        self._remember_window()
        if self.journal_screen is not None and self.journal_screen.in_focus_mode():
            self.journal_screen.set_focus_mode(False)
        screen, self.journal_screen = self.journal_screen, None
        unsaved = screen.prepare_lock() if screen is not None else (None, None)
        self.vault = None
        self._extra_backup_folder = None
        self._clear_clipboard_if_ours()
        session, self.session = self.session, None
        self.patterns_screen = self.prompt_browser = None
        self.session_room = None
        self.homework_screen = None
        if session is not None:
            self.stack.removeWidget(session)
            session.setParent(None)  # at once, not only when deleteLater runs
            session.deleteLater()
        self._refresh_menus()
        self.show_unlock()
        return unsaved

    def _on_lock_failed(self, error: BaseException) -> None:
        log.error("saving the draft while locking failed: %s", type(error).__name__)
        self.unlock_screen.prompt.setText(
            self.tr(
                "Your last unsaved words could not be kept when the journal locked. "
                "Type your passphrase to open your journal."
            )
        )

    def _close_dialogs(self) -> None:
        from innerspace.gui.support.support_now import SupportNowDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SupportNowDialog):
                widget.lock_plan()  # the rest of Support now is there for a hard moment
            elif isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
                widget.deleteLater()
            elif isinstance(widget, QMenu) and widget.isVisible():
                widget.close()

    def _remember_clipboard(self) -> None:
        # Only text copied while InnerSpace has the keyboard counts as ours.
        if QApplication.focusWidget() is not None or QApplication.activeWindow() is not None:
            self._our_clipboard_text = QGuiApplication.clipboard().text()

    def _clear_clipboard_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._our_clipboard_text and clipboard.text() == self._our_clipboard_text:
            clipboard.clear()
        # On X11, selected text is also offered for middle-click pasting.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._our_clipboard_text = ""

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> None:
        from innerspace.gui.data.backups_page import BackupsPage
        from innerspace.gui.settings.settings_dialog import SettingsDialog

        if self.vault is None:
            return
        backups_page = None
        if self.backups is not None:
            backups_page = BackupsPage(self.worker, self.backups)
            backups_page.set_settings(self._backup_settings())
            backups_page.settings_changed.connect(self._on_backup_settings)
            backups_page.restore_requested.connect(self.open_restore)
        from innerspace.gui.data.mood_names_page import MoodNamesPage

        mood_names = MoodNamesPage(self.worker, self.vault)
        dialog = SettingsDialog(self.prefs, backups_page, self, mood_names_page=mood_names)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferences_changed.connect(self.apply_preferences)
        dialog.change_passphrase_requested.connect(self.open_change_passphrase)
        dialog.new_recovery_key_requested.connect(self.open_new_recovery_key)
        dialog.new_data_key_requested.connect(self.open_new_data_key)
        dialog.open()

    def start_exercise(self, kind: str, start_with: object = None) -> ExerciseDialog | None:
        from innerspace.gui.exercises.exercise_dialog import open_exercise

        if self.vault is None:
            return None
        dialog = open_exercise(kind, self.worker, self.vault, self, start_with)
        dialog.saved.connect(self._on_exercise_saved)
        dialog.support_requested.connect(self.open_support_now)
        dialog.exercise_requested.connect(self.start_exercise)
        dialog.experiment_requested.connect(self.start_experiment)
        return dialog

    def start_experiment(self, experiment: object) -> None:
        """A behavioural experiment, begun from a thought record's balanced thought."""
        from innerspace.core.behavioural_experiment import BehaviouralExperiment

        self.start_exercise(BehaviouralExperiment.KIND, experiment)

    def start_checkin(self, which: str, entry: Entry | None = None) -> CheckinDialog | None:
        """A new check-in (``which``: a questionnaire's id, or OWN), or a stored one's result."""
        from innerspace.core.safety_plan import load_crisis_lines
        from innerspace.core.support import country_for
        from innerspace.gui.checkins.checkin_dialog import CheckinDialog
        from innerspace.gui.support.country_chooser import own_country_code

        if self.vault is None:
            return None
        country = country_for(load_crisis_lines(), own_country_code(self.prefs.country))
        dialog = CheckinDialog(self.worker, self.vault, which, country, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_checkin_saved)
        dialog.words_saved.connect(self._check_words_with_care)
        dialog.support_requested.connect(lambda tab: self.open_support_now(tab or None))
        dialog.result_page.care_card.turn_off_requested.connect(
            lambda: self.apply_preferences(replace(self.prefs, care_check=False))
        )
        dialog.show()
        return dialog

    def _on_checkin_saved(self, entry_id: int) -> None:
        if self.journal_screen is not None:
            self.journal_screen.refresh(entry_id)

    def _check_words_with_care(self, title: str, text: str) -> None:
        if self.prefs.care_check:
            self.care_check.saved(title, text)

    def open_exercise_entry(self, entry: Entry) -> None:
        from innerspace.core.checkins import KIND as CHECKIN_KIND
        from innerspace.gui.checkins.checkin_dialog import stored_checkin_kind
        from innerspace.gui.exercises.exercise_dialog import ExerciseDialog, open_exercise_entry

        if self.vault is None:
            return
        if entry.kind == CHECKIN_KIND:
            which = stored_checkin_kind(entry)
            if which is not None:
                self.start_checkin(which, entry)
            return
        for open_dialog in self.findChildren(ExerciseDialog):
            # One window per exercise: two would each save over the other's changes.
            if open_dialog.isVisible() and open_dialog.entry_id == entry.id:
                open_dialog.raise_()
                open_dialog.activateWindow()
                return
        dialog = open_exercise_entry(self.worker, self.vault, entry, self)
        dialog.saved.connect(self._on_exercise_saved)
        dialog.support_requested.connect(self.open_support_now)
        dialog.exercise_requested.connect(self.start_exercise)
        dialog.experiment_requested.connect(self.start_experiment)

    def _on_exercise_saved(self, entry_id: int) -> None:
        from innerspace.storage.journal import Journal

        if self.journal_screen is not None:
            self.journal_screen.refresh(entry_id)
        if self.vault is not None and self.prefs.care_check:
            journal = Journal(self.vault)
            self.worker.submit(lambda: journal.get(entry_id), self._check_with_care)

    def back_up_now(self) -> None:
        if self.backups is not None:
            self._notify(self.tr("Making a backup…"))
            self._backup_asked_for = True
            self.backups.backup_now()

    def _on_backup_finished(self, ok: bool, message: str) -> None:
        # A scheduled backup that went well needs no word; one asked for, or a problem, does.
        if not ok or self._backup_asked_for:
            self._notify(message)
        self._backup_asked_for = False

    def _backup_settings(self) -> BackupSettings:
        from innerspace.gui.data.backup_schedule import BackupSettings

        return BackupSettings(
            extra_folder=self._extra_backup_folder,
            keep_last=self.prefs.backup_keep_last,
            monthly_for=self.prefs.backup_keep_monthly_for,
        )

    def _on_backup_settings(self, settings: BackupSettings) -> None:
        from innerspace.storage.journal_settings import save_extra_backup_folder

        # The extra folder's name can say a lot ("Letters to my therapist"): it is kept in the
        # journal, never in the plain settings file.
        vault, folder = self.vault, settings.extra_folder
        if vault is not None and folder != self._extra_backup_folder:
            self._extra_backup_folder = folder
            self.worker.submit(lambda: save_extra_backup_folder(vault, folder))
        self.apply_preferences(
            replace(
                self.prefs,
                backup_keep_last=settings.keep_last,
                backup_keep_monthly_for=settings.monthly_for,
            )
        )

    def open_context_tags(self) -> None:
        from innerspace.gui.journal.context_tags_dialog import ContextTagsDialog
        from innerspace.storage.feelings import Feelings

        if self.vault is None:
            return
        dialog = ContextTagsDialog(self.worker, Feelings(self.vault), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._refresh_journal())
        dialog.open()

    def open_export(self, entry_ids: Sequence[int] | None = None) -> None:
        """The export dialog; with ``entry_ids`` (chosen in the timeline), on a PDF of those."""
        if self.vault is None:
            return
        if self.journal_screen is not None:
            # Unsaved words, and the photos they show, go into the journal first, so the
            # export carries them with the draft.
            self.journal_screen.save_draft()
        from innerspace.gui.data.export_dialog import ExportDialog

        dialog = ExportDialog(self.worker, self.vault, entry_ids=entry_ids, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_import(self) -> None:
        if self.vault is None:
            return
        from innerspace.gui.data.import_dialog import ImportDialog

        dialog = ImportDialog(self.worker, self.vault, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._refresh_journal())
        dialog.open()

    def open_restore(self, backup: Path | None) -> None:
        if self.vault is None:
            return
        if self.journal_screen is not None:
            # Unsaved words go into the journal now, so the copy kept before restoring has them.
            self.journal_screen.save_draft()
        from innerspace.gui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            self.worker, self.vault, backup=backup, backups=self.backups, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restored)
        dialog.open()

    def open_first_restore(self) -> None:
        """On a new computer: put a backup in the empty data folder, then unlock it."""
        from innerspace.gui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.worker, None, data_dir=self.data_dir, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_first_restore)
        dialog.open()

    def open_rescue_restore(self) -> None:
        """From the unlock screen: a journal that can't be opened is replaced by a backup, its
        files moved aside (never deleted)."""
        if self.vault is not None:
            return
        from innerspace.gui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.worker, None, data_dir=self.data_dir, rescue=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_first_restore)
        dialog.open()

    def _on_first_restore(self, message: str) -> None:
        if self.create_screen is not None:
            self.stack.removeWidget(self.create_screen)
            self.create_screen.deleteLater()
            self.create_screen = None
        self.show_unlock()
        self.unlock_screen.prompt.setText(message)

    def _on_restored(self, message: str) -> None:
        # The restore closed the old vault itself: nothing is left to save into it.
        self._end_session()
        self.unlock_screen.prompt.setText(message)

    def _refresh_journal(self) -> None:
        if self.journal_screen is not None:
            self.journal_screen.refresh(None)
        self._refresh_homework()  # an import may have brought assignments

    def open_support_now(self, tab: str | None = None) -> None:
        """One Support now window: opened again, it comes to the front (on ``tab`` if given)."""
        from innerspace.gui.support.support_now import SupportNowDialog

        dialog = next((d for d in self.findChildren(SupportNowDialog) if d.isVisible()), None)
        if dialog is None:
            dialog = SupportNowDialog(
                reduce_motion=self.prefs.reduce_motion,
                country=self.prefs.country,
                worker=self.worker if self.vault is not None else None,
                vault=self.vault,
                data_dir=self.data_dir,
                clock=self._clock,
                parent=self,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.country_chosen.connect(self._choose_country)
            dialog.activity.connect(self.idle.poke)
        if tab is not None:
            dialog.show_tab(tab)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _choose_country(self, code: str) -> None:
        self.apply_preferences(replace(self.prefs, country=code))

    def _check_with_care(self, entry: Entry) -> None:
        if self.prefs.care_check:
            self.care_check.saved(entry.title, entry.body)

    def _show_safety_lines(self) -> None:
        """Prompts about someone who may be harming the writer show the country's abuse line."""
        from innerspace.core.safety_plan import load_crisis_lines
        from innerspace.core.support import country_for, describe_line
        from innerspace.gui.support.country_chooser import own_country_code

        country = country_for(load_crisis_lines(), own_country_code(self.prefs.country))
        lines = country.lines_of_kind("abuse") if country is not None else ()
        text = "\n".join(describe_line(line) for line in lines)
        # The prompt panel loads with the journal screen, and unlocking sets its lines then.
        panel = sys.modules.get("innerspace.gui.prompts.prompt_panel")
        if panel is not None:
            panel.ContentNote.safety_lines = text

    def _offer_care(self) -> None:
        from innerspace.core.safety_plan import load_crisis_lines
        from innerspace.core.support import country_for
        from innerspace.gui.checkins.checkin_dialog import CheckinDialog
        from innerspace.gui.support.country_chooser import own_country_code

        if self.journal_screen is not None:
            code = own_country_code(self.prefs.country)
            # Said once a run, and remembered only in memory: a mark in the settings file would
            # tell anyone who reads it that a card was once shown.
            first_time = not self._care_explained
            self._care_explained = True
            # Where the words were just saved: a check-in still open shows it on its result.
            checkin = next((d for d in self.findChildren(CheckinDialog) if d.isVisible()), None)
            card = (
                checkin.result_page.care_card
                if checkin is not None
                else self.journal_screen.care_card
            )
            card.offer(country_for(load_crisis_lines(), code), first_time=first_time)
            # Not a moment for a new writing prompt.
            self.journal_screen.prompt_card.hide()

    def open_change_passphrase(self) -> None:
        from innerspace.gui.security.key_dialogs import ChangePassphraseDialog

        if self.vault is None:
            return
        dialog = ChangePassphraseDialog(self.worker, self.vault, self.kdf, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._notify(self.tr("Your passphrase has been changed.")))
        dialog.open()

    def open_new_recovery_key(self) -> None:
        from innerspace.gui.security.key_dialogs import NewRecoveryKeyDialog

        if self.vault is None:
            return
        dialog = NewRecoveryKeyDialog(self.worker, self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_new_data_key(self) -> None:
        from innerspace.gui.security.new_data_key_dialog import NewDataKeyDialog

        if self.vault is None:
            return
        if self.journal_screen is not None:
            # Unsaved words go into the journal now, so the re-encrypted copy has them.
            self.journal_screen.save_draft()
        dialog = NewDataKeyDialog(self.worker, self.vault, self.kdf, self, backups=self.backups)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Locking mid-way would close the journal under the work: the work is short and modal.
        dialog.working.connect(lambda busy: self.idle.stop() if busy else self.idle.start())
        dialog.reencrypted.connect(self._on_reencrypted)
        dialog.open()

    def _on_reencrypted(self, result: NewDataKey) -> None:
        """The old vault was closed by the re-encryption: the screens are built on the new one."""
        from innerspace.gui.security.new_data_key_dialog import NewKeyResultDialog
        from innerspace.storage.journal import Journal

        if self.vault is None:
            self.worker.submit(result.vault.close)  # locked meanwhile: stay locked
            return
        draft, _pending = self._end_session()
        new_vault = result.vault
        if draft is not None:
            self.worker.submit(lambda: Journal(new_vault).save_draft(draft))
        self._on_unlocked(new_vault, False)
        shown = NewKeyResultDialog(self.worker, result, self)
        shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.open()

    def apply_preferences(self, prefs: Preferences) -> None:
        from innerspace.gui.reminders.autostart import set_start_at_login
        from innerspace.gui.support.support_now import SupportNowDialog

        country_before = self.prefs.country
        login_before = self.prefs.start_at_login
        self.prefs = prefs.validated()
        if self.prefs.start_at_login != login_before:
            try:
                set_start_at_login(self.prefs.start_at_login)
            except OSError as exc:
                log.warning("could not change starting at login: %s", type(exc).__name__)
        self.reminders.apply(plan_from(self.prefs), in_tray=self.prefs.start_at_login)
        if self.prefs.country != country_before:
            self._show_safety_lines()
            for support in self.findChildren(SupportNowDialog):
                support.set_country(self.prefs.country)
        self.idle.timeout_seconds = self.prefs.auto_lock_minutes * 60
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.prefs.theme)
            apply_text_scale(app, self.prefs.interface_text_scale)
        # After the theme: applying a style sheet sets every widget's font afresh.
        if self.journal_screen is not None:
            self.journal_screen.editor.set_font_size(self.prefs.editor_font_size)
        if self.patterns_screen is not None:
            self.patterns_screen.set_theme(self.prefs.theme)
        self._save_preferences()

    def _save_preferences(self) -> None:
        try:
            save_preferences(self.data_dir, self.prefs)
        except OSError as exc:
            log.warning("could not save settings: %s", type(exc).__name__)

    def _on_system_colors_changed(self) -> None:
        app = QApplication.instance()
        if self.prefs.theme == "system" and isinstance(app, QApplication):
            apply_theme(app, "system")
            if self.patterns_screen is not None:
                self.patterns_screen.set_theme("system")

    def _notify(self, text: str) -> None:
        if self.journal_screen is not None:
            self.journal_screen.show_notice(text, undo=False)

    def show_shortcuts(self) -> None:
        from innerspace.gui.help.shortcuts_sheet import ShortcutsSheet

        actions = list(self.actions())
        if self.journal_screen is not None:
            actions += self.journal_screen.actions()
        sheet = ShortcutsSheet(actions, self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def show_explanations(self, first: str | None) -> None:
        from innerspace.gui.help.explanations_dialog import ExplanationsDialog

        dialog = ExplanationsDialog(first, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About InnerSpace"))
        box.setText(
            self.tr(
                "InnerSpace %1\n\nA private, offline, encrypted journal. Everything stays on "
                "this computer.\n\nInnerSpace is not an emergency service and does not replace "
                "therapy. If you are in danger, please call your local emergency number."
            ).replace("%1", __version__)
        )
        box.open()

    # -- closing ----------------------------------------------------------------------------

    def start_in_tray(self) -> bool:
        """Wait, locked, in the tray instead of showing the window (when there is a tray)."""
        self.reminders.apply(plan_from(self.prefs), in_tray=True)
        return self.reminders.tray is not None

    def bring_forward(self) -> None:
        """From a reminder or the tray: the window, at the unlock screen when locked."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_from_tray(self) -> None:
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        from innerspace.gui.support.support_now import SupportNowDialog

        for support in self.findChildren(SupportNowDialog):
            support.reject()  # it outlives a lock, but not quitting; its plan is saved first
        if self.create_screen is not None:
            pending = self.create_screen.take_vault()
            if pending is not None:
                self.worker.submit(pending.close)
        self._remember_window()
        back_up = self.backups is not None
        if back_up:
            self.hide()  # the backup can take a moment; the window need not wait on screen
        self.lock(back_up=back_up)
        self.worker.wait()
        self.worker.shutdown()
        self._save_preferences()
        event.accept()
