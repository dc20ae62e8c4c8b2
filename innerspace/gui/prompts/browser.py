"""Browsing prompts: filters and a list on the left, the chosen prompt in full on the right.

From here a person writes about a prompt, keeps favourites close, hides prompts they don't
want to see, writes prompts of their own, imports prompt packs, and chooses whether the prompt
of the day may offer prompts about healing past hurts. Every read and write goes through the
database worker; the screen only shows what comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.prompts import (
    APPROACHES,
    DEPTHS,
    MAX_FOLLOW_UPS,
    MAX_MINUTES,
    MIN_MINUTES,
    NOTED_APPROACHES,
    InvalidPack,
    Prompt,
    prompt_problems,
    read_pack_file,
)
from innerspace.gui.common.file_choosers import PathKind, PathRequest, choose_with_file_dialog
from innerspace.gui.common.notice import Notice
from innerspace.gui.common.page import problem_note, resize_to_text, save_or_cancel
from innerspace.gui.common.worker import DatabaseWorker, submit_for
from innerspace.gui.prompts.prompt_delegate import PromptDelegate
from innerspace.gui.prompts.prompt_model import (
    PromptFilter,
    PromptFilterProxy,
    PromptIdRole,
    PromptListModel,
    approach_explanation,
    approach_name,
    depth_name,
    is_custom,
    theme_name,
)
from innerspace.gui.prompts.prompt_panel import PromptDetails, bold, text_label
from innerspace.storage.prompt_library import PackImport, PromptLibrary
from innerspace.storage.vault import Vault

log = logging.getLogger(__name__)

LENGTHS = (5, 10, 15, 30)
_Library = tuple[list[Prompt], set[str], set[str], bool]


class PromptBrowser(QWidget):
    """Emits ``write_requested(prompt_id)`` and ``library_changed`` (after any change that may
    alter the prompt of the day: a favourite, a hidden prompt, an import, the opt-in)."""

    write_requested = Signal(str)
    library_changed = Signal()
    homework_changed = Signal()  # a homework pack brought assignments

    def __init__(
        self,
        worker: DatabaseWorker,
        library: PromptLibrary | Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.library = library if isinstance(library, PromptLibrary) else PromptLibrary(library)
        self._loaded = False
        self._dialog: PromptDialog | None = None
        self.model = PromptListModel(self)
        self.proxy = PromptFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._build_actions()
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        heading = bold(text_label(self), 1.4)
        heading.setText(self.tr("Prompts"))
        heading.setAccessibleName(self.tr("Prompts"))
        intro = text_label(self, "muted")
        intro.setText(
            self.tr(
                "Something to write about, when you would like a place to start. "
                "There is no right way to answer."
            )
        )
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search prompts"))
        self.search_field.setAccessibleName(self.tr("Search prompts"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(lambda _t: self._apply_filter())

        self.approach_filter = self._combo(self.tr("All approaches"), self.tr("Approach"))
        for approach in APPROACHES:
            self.approach_filter.addItem(approach_name(approach), approach)
            self.approach_filter.setItemData(
                self.approach_filter.count() - 1,
                approach_explanation(approach),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.theme_filter = self._combo(self.tr("All themes"), self.tr("Theme"))
        self.depth_filter = self._combo(self.tr("Any depth"), self.tr("Depth"))
        for depth in DEPTHS:
            self.depth_filter.addItem(depth_name(depth), depth)
        self.length_filter = self._combo(self.tr("Any length"), self.tr("Length"))
        for minutes in LENGTHS:
            self.length_filter.addItem(self.tr("Up to %n minutes", "", minutes), minutes)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, (text, combo) in enumerate(
            (
                (self.tr("&Approach"), self.approach_filter),
                (self.tr("&Theme"), self.theme_filter),
                (self.tr("&Depth"), self.depth_filter),
                (self.tr("&Length"), self.length_filter),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            grid.addWidget(caption, 0, column)
            grid.addWidget(combo, 1, column)
            grid.setColumnStretch(column, 1)

        self.favourites_only = self._check(self.tr("&Favourites only"))
        self.own_only = self._check(self.tr("Your o&wn prompts only"))
        self.show_hidden = self._check(self.tr("Show &hidden"))
        self.count_label = text_label(self, "muted")
        self.count_label.setAccessibleName(self.tr("How many prompts are shown"))
        checks = QHBoxLayout()
        checks.setSpacing(16)
        checks.addWidget(self.favourites_only)
        checks.addWidget(self.own_only)
        checks.addWidget(self.show_hidden)
        checks.addStretch(1)

        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(PromptDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAccessibleName(self.tr("Prompts"))
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.activated.connect(lambda _i: self.write_current())
        self.empty_label = text_label(self, "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No prompts shown"))
        self.show_all_button = QPushButton(self.tr("Show all prompts"), self)
        self.show_all_button.clicked.connect(self.show_all)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        self.empty_add_button = QPushButton(self.tr("Write your own prompt…"), self)
        self.empty_add_button.clicked.connect(self.add_prompt)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(empty)
        self._empty_page = empty

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.search_field)
        left_layout.addLayout(grid)
        left_layout.addLayout(checks)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.list_stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 420])

        self.notice = Notice(self.tr("Problems found in the pack"), self)
        self.notice_text, self.problems = self.notice.text, self.notice.problems

        self.add_button = QPushButton(self.tr("Write your &own prompt…"), self)
        self.add_button.clicked.connect(self.add_prompt)
        self.import_button = QPushButton(self.tr("&Import a prompt pack…"), self)
        self.import_button.setToolTip(
            self.tr("Add prompts from a prompt pack file that you or someone you trust wrote")
        )
        self.import_button.clicked.connect(self.choose_pack)
        self.opt_in = QCheckBox(
            self.tr("Include prompts about healing past hurts in the prompt of the day"), self
        )
        self.opt_in.setEnabled(False)
        self.opt_in.toggled.connect(self._on_opt_in)
        self.opt_in_note = text_label(self, "muted")
        self.opt_in_note.setText(
            self.tr(
                "These prompts touch on painful memories, so the prompt of the day leaves them "
                "out unless you ask for them. They are always here to choose when you feel "
                "ready, and you can change this at any time."
            )
        )
        self.opt_in.setAccessibleDescription(self.opt_in_note.text())
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(12)
        bottom.addWidget(self.opt_in, 0, 0)
        bottom.addWidget(self.opt_in_note, 1, 0)
        bottom.addWidget(self.add_button, 0, 1)
        bottom.addWidget(self.import_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        bottom.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_list_state()
        self._show_detail(None)

    def _build_detail(self) -> QWidget:
        pane = QWidget(self)
        self.details = PromptDetails(
            self.tr(
                "Choose a prompt from the list to read it in full, with its follow-up questions."
            ),
            show_themes=True,
            text_scale=1.2,
            parent=pane,
        )

        self.write_button = QPushButton(self.tr("&Write about this"), pane)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_current)
        self.favourite_button = QPushButton(pane)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.hide_button = QPushButton(pane)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.edit_button = QPushButton(self.tr("&Edit…"), pane)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete…"), pane)
        self.delete_button.clicked.connect(self.delete_current)
        actions = QGridLayout()
        actions.setSpacing(8)
        actions.addWidget(self.write_button, 0, 0, 1, 2)
        actions.addWidget(self.favourite_button, 1, 0)
        actions.addWidget(self.hide_button, 1, 1)
        actions.addWidget(self.edit_button, 2, 0)
        actions.addWidget(self.delete_button, 2, 1)

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.details, 1)
        layout.addLayout(actions)
        return pane

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        return combo

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.toggled.connect(lambda _c: self._apply_filter())
        return box

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            # Only while this screen has focus, so the journal's own shortcuts stay its own.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.find_action = action(self.tr("&Find"), "Ctrl+F", self.focus_search)
        self.favourite_action = action(self.tr("&Favourite"), "Ctrl+D", self.toggle_favourite)

    # -- loading -----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the whole library again; then make ``select`` the current prompt if given."""
        library = self.library

        def load() -> _Library:
            return (
                library.all_prompts(),
                library.favourites(),
                library.hidden(),
                library.include_opt_in(),
            )

        def loaded(result: _Library) -> None:
            self._on_loaded(result)
            if select is not None and not self.select(select):
                # The filters would hide what was just saved; show everything so it can be seen.
                self.show_all()
                self.select(select)

        self._submit(load, loaded)

    def clear(self) -> None:
        """Forget every prompt shown (on lock)."""
        self.model.clear()
        self.hide_notice()
        self._show_detail(None)

    def _on_loaded(self, loaded: _Library) -> None:
        prompts, favourites, hidden, include_opt_in = loaded
        current = self.current_prompt_id()
        self.model.set_library(prompts, favourites, hidden)
        self._loaded = True
        self._fill_themes()
        self.opt_in.blockSignals(True)
        self.opt_in.setChecked(include_opt_in)
        self.opt_in.blockSignals(False)
        self.opt_in.setEnabled(True)
        if current is not None:
            self.select(current)
        self._update_list_state()

    def _fill_themes(self) -> None:
        chosen = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        while self.theme_filter.count() > 1:
            self.theme_filter.removeItem(1)
        for theme in self.model.themes():
            self.theme_filter.addItem(theme_name(theme), theme)
        self.theme_filter.setCurrentIndex(max(0, self.theme_filter.findData(chosen)))
        self.theme_filter.blockSignals(False)

    # -- choosing ----------------------------------------------------------------------------

    def current_prompt_id(self) -> str | None:
        index = self.list_view.currentIndex()
        value = index.data(PromptIdRole) if index.isValid() else None
        return value if isinstance(value, str) else None

    def current_prompt(self) -> Prompt | None:
        prompt_id = self.current_prompt_id()
        return None if prompt_id is None else self.model.prompt(prompt_id)

    def select(self, prompt_id: str) -> bool:
        """Make ``prompt_id`` the current prompt if the filters show it."""
        row = self.model.row_of(prompt_id)
        index = self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def write_current(self) -> None:
        prompt_id = self.current_prompt_id()
        if prompt_id is not None:
            self.write_requested.emit(prompt_id)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def show_all(self) -> None:
        for combo in (
            self.approach_filter,
            self.theme_filter,
            self.depth_filter,
            self.length_filter,
        ):
            combo.setCurrentIndex(0)
        for box in (self.favourites_only, self.own_only, self.show_hidden):
            box.setChecked(False)
        self.search_field.clear()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            PromptFilter(
                approach=self.approach_filter.currentData(),
                theme=self.theme_filter.currentData(),
                depth=self.depth_filter.currentData(),
                max_minutes=self.length_filter.currentData(),
                favourites_only=self.favourites_only.isChecked(),
                own_only=self.own_only.isChecked(),
                show_hidden=self.show_hidden.isChecked(),
                search=self.search_field.text(),
            )
        )
        self._update_list_state()

    def _update_list_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        flt = self.proxy.filter
        if not self._loaded:
            self.count_label.setText(self.tr("Gathering prompts…"))
        elif shown == total:
            self.count_label.setText(
                self.tr("1 prompt") if total == 1 else self.tr("%n prompts", "", total)
            )
        else:
            self.count_label.setText(
                self.tr("Showing %1 of %2 prompts")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        if shown:
            self.list_stack.setCurrentWidget(self.list_view)
            if not self.list_view.currentIndex().isValid():
                self._show_detail(None)
            return
        only_marks = replace(flt, favourites_only=False, own_only=False) == PromptFilter()
        if not self._loaded:
            text = self.tr("Gathering prompts…")
        elif flt.favourites_only and only_marks:
            text = self.tr(
                "Prompts you mark as a favourite will gather here.\n\n"
                "Choose a prompt and press Favourite to keep it close."
            )
        elif flt.own_only and only_marks:
            text = self.tr(
                "Prompts you write yourself will appear here: questions your therapist "
                "suggested, or ones you come back to."
            )
        else:
            text = self.tr(
                "No prompts match what you chose.\n\n"
                "Try a longer length, another approach, or fewer words in the search."
            )
        self.empty_label.setText(text)
        self.show_all_button.setVisible(self._loaded and flt != PromptFilter())
        self.empty_add_button.setVisible(self._loaded and flt.own_only)
        self.list_stack.setCurrentWidget(self._empty_page)
        self._show_detail(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.current_prompt() if current.isValid() else None)

    def _show_detail(self, prompt: Prompt | None) -> None:
        self.details.show_prompt(prompt)
        for button in (self.write_button, self.favourite_button, self.hide_button):
            button.setVisible(prompt is not None)
        own = prompt is not None and is_custom(prompt.id)
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        self._update_mark_buttons()

    def _update_mark_buttons(self) -> None:
        prompt_id = self.current_prompt_id()
        favourite = prompt_id is not None and self.model.is_favourite(prompt_id)
        hidden = prompt_id is not None and self.model.is_hidden(prompt_id)
        self.favourite_button.setText(
            self.tr("☆ Unfavourite") if favourite else self.tr("★ Favourite")
        )
        self.favourite_button.setAccessibleName(
            self.tr("Remove from favourites") if favourite else self.tr("Mark as a favourite")
        )
        self.hide_button.setText(self.tr("Unhide") if hidden else self.tr("Hide"))
        self.hide_button.setToolTip(
            self.tr("Show this prompt again everywhere")
            if hidden
            else self.tr("Keep this prompt out of the list and the prompt of the day")
        )

    # -- favourites and hidden -----------------------------------------------------------------

    def toggle_favourite(self) -> None:
        prompt_id = self.current_prompt_id()
        if prompt_id is None:
            return
        favourite = not self.model.is_favourite(prompt_id)
        library = self.library
        self._submit(
            lambda: library.set_favourite(prompt_id, favourite),
            lambda _r: self._on_marked(prompt_id, favourite=favourite),
        )

    def toggle_hidden(self) -> None:
        prompt_id = self.current_prompt_id()
        if prompt_id is None:
            return
        hidden = not self.model.is_hidden(prompt_id)
        library = self.library
        job = (lambda: library.hide(prompt_id)) if hidden else (lambda: library.unhide(prompt_id))
        self._submit(job, lambda _r: self._on_marked(prompt_id, hidden=hidden))

    def _on_marked(
        self, prompt_id: str, *, favourite: bool | None = None, hidden: bool | None = None
    ) -> None:
        if favourite is not None:
            self.model.set_favourite(prompt_id, favourite)
        if hidden is not None:
            self.model.set_hidden(prompt_id, hidden)
            if hidden:
                self.show_notice(
                    self.tr(
                        "Hidden. It won't appear in the list or as the prompt of the day. "
                        "Tick “Show hidden” to find it again."
                    )
                )
        # The proxy filters again on the model's dataChanged, so the prompt may have left the list.
        self._update_list_state()
        self._update_mark_buttons()
        self.library_changed.emit()

    # -- the person's own prompts --------------------------------------------------------------

    def add_prompt(self) -> None:
        self._open_dialog(None)

    def edit_current(self) -> None:
        prompt = self.current_prompt()
        if prompt is not None and is_custom(prompt.id):
            self._open_dialog(prompt)

    def _open_dialog(self, prompt: Prompt | None) -> None:
        dialog = PromptDialog(prompt, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prompt_ready.connect(self._save_custom)
        self._dialog = dialog
        dialog.open()

    def _save_custom(self, prompt: Prompt) -> None:
        library = self.library
        is_new = not is_custom(prompt.id)

        def save() -> Prompt:
            return library.add_custom(prompt) if is_new else library.update_custom(prompt)

        def saved(stored: Prompt) -> None:
            self.show_notice(
                self.tr("Your prompt is saved.") if is_new else self.tr("Your changes are saved.")
            )
            self.reload(select=stored.id)
            self.library_changed.emit()

        self._submit(save, saved, self._on_save_failed)

    def _on_save_failed(self, error: BaseException) -> None:
        log.error("saving a prompt failed: %s", type(error).__name__)
        self.show_notice(self.tr("Your prompt could not be saved. Please try again."))

    def delete_current(self) -> None:
        prompt = self.current_prompt()
        if prompt is None or not is_custom(prompt.id):
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete your prompt?"))
        box.setText(self.tr("Delete this prompt of your own?"))
        box.setInformativeText(
            self.tr("Entries you wrote from it stay in your journal, just as they are.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt_id = prompt.id
        box.buttonClicked.connect(
            lambda button: self._delete_custom(prompt_id) if button is delete else None
        )
        box.open()

    def _delete_custom(self, prompt_id: str) -> None:
        library = self.library

        def deleted(_result: object) -> None:
            self.show_notice(self.tr("Your prompt is deleted."))
            self.reload()
            self.library_changed.emit()

        self._submit(lambda: library.delete_custom(prompt_id), deleted)

    # -- packs -----------------------------------------------------------------------------------

    def choose_pack(self) -> None:
        request = PathRequest(
            PathKind.OPEN_FILE,
            self.tr("Import a prompt pack"),
            Path.home(),
            (self.tr("Prompt packs (*.json)"),),
        )
        choose_with_file_dialog(self, request, self.import_pack_file)

    def import_pack_file(self, path: Path) -> None:
        """Check the pack at ``path`` and import it whole, or show every problem and add nothing."""
        library = self.library
        self.import_button.setEnabled(False)
        self.show_notice(self.tr("Reading the prompt pack…"))

        def run() -> tuple[str, PackImport]:
            pack = read_pack_file(path)
            return pack.title, library.import_pack(pack)

        self._submit(run, self._on_imported, self._on_import_failed)

    def _on_imported(self, outcome: tuple[str, PackImport]) -> None:
        title, result = outcome
        self.import_button.setEnabled(True)
        count = result.prompt_count
        if result.outcome == "unchanged":
            text = self.tr("You already have “%1”, just as it is; nothing changed.")
        elif result.outcome == "updated":
            text = (
                self.tr("“%1” is updated; it now has 1 prompt.")
                if count == 1
                else self.tr("“%1” is updated; it now has %n prompts.", "", count)
            )
        else:
            text = (
                self.tr("Added 1 prompt from “%1”.")
                if count == 1
                else self.tr("Added %n prompts from “%1”.", "", count)
            )
        homework = result.assignments_added + result.assignments_updated
        if homework:
            text += " " + (
                self.tr("It brings 1 homework assignment; you will find it in This week.")
                if homework == 1
                else self.tr(
                    "It brings %n homework assignments; you will find them in This week.",
                    "",
                    homework,
                )
            )
        self.show_notice(text.replace("%1", title))
        self.reload()
        self.library_changed.emit()
        if homework:
            self.homework_changed.emit()

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
        log.error("importing a prompt pack failed: %s", type(error).__name__)
        self.show_notice(self.tr("The pack could not be imported. Nothing from it was added."))

    # -- prompt of the day -----------------------------------------------------------------------

    def _on_opt_in(self, include: bool) -> None:
        library = self.library
        self._submit(
            lambda: library.set_include_opt_in(include), lambda _r: self.library_changed.emit()
        )

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
        log.error("a prompt task failed: %s", type(error).__name__)
        self.show_notice(self.tr("Something went wrong. Please try again."))


class PromptDialog(QDialog):
    """Write or change a prompt of one's own. Emits ``prompt_ready`` with a checked prompt."""

    prompt_ready = Signal(object)

    def __init__(self, prompt: Prompt | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = prompt
        self.setWindowTitle(
            self.tr("Your own prompt") if prompt is None else self.tr("Edit your prompt")
        )
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Prompt"))
        self.text.setPlaceholderText(self.tr("What would you like to ask yourself?"))
        self.approach = QComboBox(self)
        for approach in APPROACHES:
            self.approach.addItem(approach_name(approach), approach)
        self.approach.setAccessibleName(self.tr("Approach"))
        self.depth_choice = QComboBox(self)
        for depth in DEPTHS:
            self.depth_choice.addItem(depth_name(depth), depth)
        self.depth_choice.setAccessibleName(self.tr("Depth"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes, roughly"))
        self.themes = QLineEdit(self)
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setPlaceholderText(self.tr("for example: work, sleep, family"))
        self.follow_ups = QPlainTextEdit(self)
        self.follow_ups.setTabChangesFocus(True)
        self.follow_ups.setAccessibleName(self.tr("Follow-up questions, one on each line"))
        self.follow_ups.setPlaceholderText(self.tr("Optional: up to five, one on each line"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Content note"))
        self.note.setPlaceholderText(
            self.tr("Optional: a gentle note shown before the prompt, saying what it touches on")
        )
        lines = self.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(lines * 4)
        for edit in (self.follow_ups, self.note):
            edit.setMaximumHeight(lines * 5)

        self.error = problem_note(self)
        self.buttons = save_or_cancel(self)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Prompt"), self.text)
        form.addRow(self.tr("&Approach"), self.approach)
        form.addRow(self.tr("&Depth"), self.depth_choice)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow(self.tr("&Themes"), self.themes)
        form.addRow(self.tr("&Follow-up questions"), self.follow_ups)
        form.addRow(self.tr("&Content note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        resize_to_text(self, 560)

        if prompt is not None:
            self.text.setPlainText(prompt.text)
            self.approach.setCurrentIndex(max(0, self.approach.findData(prompt.approach)))
            self.depth_choice.setCurrentIndex(max(0, self.depth_choice.findData(prompt.depth)))
            self.minutes.setValue(prompt.minutes)
            self.themes.setText(", ".join(theme_name(t) for t in prompt.themes))
            self.follow_ups.setPlainText("\n".join(prompt.follow_ups))
            self.note.setPlainText(prompt.content_note or "")

    def prompt(self) -> Prompt:
        """The prompt as written in the form (its id stays the original's, or empty if new)."""
        themes = tuple(
            dict.fromkeys(
                "-".join(part.casefold().split()) for part in self.themes.text().split(",")
            )
        )
        follow_ups = tuple(
            line.strip() for line in self.follow_ups.toPlainText().splitlines() if line.strip()
        )
        return Prompt(
            id=self._original.id if self._original else "",
            text=self.text.toPlainText().strip(),
            approach=str(self.approach.currentData()),
            themes=tuple(t for t in themes if t) or ("personal",),
            depth=str(self.depth_choice.currentData()),
            minutes=self.minutes.value(),
            follow_ups=follow_ups,
            content_note=self.note.toPlainText().strip() or None,
        )

    def problems(self) -> list[str]:
        prompt = self.prompt()
        problems = []
        if not prompt.text:
            problems.append(self.tr("Please write the prompt itself."))
        if prompt.approach in NOTED_APPROACHES and not prompt.content_note:
            problems.append(
                self.tr(
                    "Prompts about healing past hurts need a content note: a line saying what "
                    "the prompt touches on, shown before it."
                )
            )
        if len(prompt.follow_ups) > MAX_FOLLOW_UPS:
            problems.append(
                self.tr("Please keep to %n follow-up questions or fewer.", "", MAX_FOLLOW_UPS)
            )
        if problems:
            return problems
        data = prompt.to_json()
        data["id"] = "custom"
        # The pack rules (lengths, theme words) still apply; they are worded for authors.
        return prompt_problems(data, self.tr("The prompt"))

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.prompt_ready.emit(self.prompt())
        super().accept()
