"""The writing area: title, tags, star, Markdown text with a readable preview, and a status line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QResizeEvent, QShowEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.attachments import SCHEME as ATTACHMENT_SCHEME
from innerspace.core.attachments import referenced_uids, without
from innerspace.core.entries import word_count
from innerspace.core.prompts import Prompt
from innerspace.gui.journal.attachments_strip import AttachmentsStrip, ShownAttachment
from innerspace.gui.journal.feelings_panel import FeelingsPanel
from innerspace.gui.journal.photo_offers import PhotoOffer
from innerspace.gui.journal.tags_field import TagsField
from innerspace.gui.prompts.prompt_panel import PromptPanel

COMFORTABLE_LINE_CHARS = 72


class WritingArea(QPlainTextEdit):
    """Plain text that keeps lines to a comfortable reading length, centred in wide windows.

    A picture pasted or files dropped are offered as attachments (``photos_offered``, a list
    of ``PhotoOffer``) rather than pasted as text.
    """

    photos_offered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre_text()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if not self.isReadOnly() and (source.hasImage() or _local_files(source)):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = _local_files(source)
        if files:
            self.photos_offered.emit([PhotoOffer(path=p) for p in files])
        elif source.hasImage():
            self.photos_offered.emit([PhotoOffer(image=QImage(source.imageData()))])
        else:
            super().insertFromMimeData(source)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._centre_text()

    def _centre_text(self) -> None:
        wanted = self.fontMetrics().horizontalAdvance("n" * COMFORTABLE_LINE_CHARS)
        spare = max(0, self.width() - wanted - 40)
        side = spare // 2
        self.setViewportMargins(side, 0, side, 0)


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]


# Links between entries; nothing outside the journal is ever opened from an entry.
ENTRY_LINK_SCHEME = "innerspace"


class MarkdownPreview(QTextBrowser):
    """A read-only rendering of the Markdown. Links are never followed, images never fetched;
    a link to another entry (``innerspace://entry/<uid>``, as imports write them) reports the
    entry's uid with ``entry_link_activated``. The entry's own photos (``attachment:<uid>``)
    are shown from ``images``, thumbnails the worker read from the journal; a link to one of
    its files reports the file's uid with ``attachment_activated`` (nothing is ever opened:
    the person may save a copy)."""

    entry_link_activated = Signal(str)
    attachment_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_LINK_SCHEME and url.host() == "entry":
            uid = url.path().strip("/")
            if uid:
                self.entry_link_activated.emit(uid)
        elif url.scheme() == ATTACHMENT_SCHEME and url.path():
            self.attachment_activated.emit(url.path())

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource and url.scheme() == ATTACHMENT_SCHEME:
            return self.images.get(url.path())
        return None


class EntryEditor(QWidget):
    """Emits ``edited`` on every change the person makes (not when content is loaded)."""

    edited = Signal()
    attach_requested = Signal(bool)  # True: keep the photo's details (place, camera)
    attach_file_requested = Signal()
    # The uid of a photo or file the person wants a copy of, where they choose.
    save_copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._attachments: dict[str, ShownAttachment] = {}
        self._shown_once = False
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        self.title.setFont(title_font)
        self.title.setFrame(False)

        self.star = QToolButton(self)
        self.star.setCheckable(True)
        self.star.setText("☆")
        self.star.setToolTip(self.tr("Star this entry"))
        self.star.setAccessibleName(self.tr("Starred"))
        self.star.toggled.connect(self._on_star_toggled)
        # Whether the entry's words go into the session summary; nothing else ever does.
        self.bring = QToolButton(self)
        self.bring.setCheckable(True)
        self.bring.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bring.setAccessibleName(self.tr("Bring to my session"))
        self.bring.toggled.connect(self._on_bring_toggled)
        self._on_bring_toggled(False)

        self.tags = TagsField(self)
        self.prompt_panel = PromptPanel(self)
        self.prompt_panel.hide()

        self.text = WritingArea(self)
        self.text.setPlaceholderText(self.tr("Write whatever is on your mind…"))
        self.text.setAccessibleName(self.tr("Entry text"))
        self.preview = MarkdownPreview(self)
        self.preview.setAccessibleName(self.tr("Preview of the entry"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("The entry, to write or preview"))
        self.tabs.addTab(self.text, self.tr("&Write"))
        self.tabs.addTab(self.preview, self.tr("P&review"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.setDocumentMode(True)
        self.feelings = FeelingsPanel(parent=self)
        self.feelings.changed.connect(self._on_edit)

        self.words = QLabel(self)
        self.words.setProperty("role", "muted")
        self.save_state = QLabel(self)
        self.save_state.setProperty("role", "muted")
        self.save_state.setAccessibleName(self.tr("Save status"))
        # At large text sizes a long status wraps rather than being cut off.
        self.save_state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save this entry (Ctrl+S)"))
        self.open_exercise_button = QPushButton(self.tr("&Open exercise"), self)
        self.open_exercise_button.setToolTip(self.tr("Change this exercise in its own form"))
        self.open_exercise_button.hide()
        self.fix_date_button = QPushButton(self.tr("Set a &date…"), self)
        self.fix_date_button.setToolTip(self.tr("Give this entry a date that can be shown"))
        self.fix_date_button.hide()
        self.attach_button = QToolButton(self)
        self.attach_button.setText(self.tr("&Photo…"))
        self.attach_button.setAccessibleName(self.tr("Attach a photo"))
        self.attach_button.setToolTip(
            self.tr(
                "Add a photo to this entry; where it was taken is left out. "
                "Its menu adds a file too (a PDF, a recording, a text)"
            )
        )
        self.attach_button.setAccessibleDescription(
            self.tr("Its menu also adds a file, such as a PDF or a recording")
        )
        self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(False))
        attach_menu = QMenu(self.attach_button)
        attach_menu.addAction(self.tr("Attach a photo…"), lambda: self.attach_requested.emit(False))
        attach_menu.addAction(
            self.tr("Attach a photo with its details (place, camera)…"),
            lambda: self.attach_requested.emit(True),
        )
        attach_menu.addAction(
            self.tr("Attach a file (a PDF, a recording, a text)…"),
            self.attach_file_requested.emit,
        )
        self.attach_button.setMenu(attach_menu)
        self.attachments = AttachmentsStrip(self)
        self.attachments.remove_requested.connect(self.remove_attachment)
        self.attachments.save_requested.connect(self.save_copy_requested)
        self.preview.attachment_activated.connect(self.save_copy_requested)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete this entry; you can undo right after"))

        # The text column: everything about the words, given all the width the panel leaves.
        self.writing = QWidget(self)
        self.heading_row = QWidget(self.writing)
        top = QHBoxLayout(self.heading_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.bring)
        top.addWidget(self.star)
        self.status_row = QWidget(self.writing)
        status = QHBoxLayout(self.status_row)
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.words)
        status.addSpacing(16)
        status.addWidget(self.save_state, 1)
        status.addWidget(self.attach_button)
        status.addWidget(self.open_exercise_button)
        status.addWidget(self.fix_date_button)
        status.addWidget(self.delete_button)
        status.addWidget(self.save_button)
        column = QVBoxLayout(self.writing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading_row)
        column.addWidget(self.tags)
        column.addWidget(self.prompt_panel)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.attachments)
        column.addWidget(self.status_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.writing)
        self.splitter.addWidget(self.feelings)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.panel_width = self.fontMetrics().horizontalAdvance("n") * 34
        self.splitter.splitterMoved.connect(self._remember_panel_width)
        self.feelings.folded_or_opened.connect(self._fit_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        layout.addWidget(self.splitter, 1)

        for signal in (self.title.textEdited, self.tags.textEdited):
            signal.connect(self._on_edit)
        self.text.textChanged.connect(self._on_edit)
        # Counting words in a long text on every keystroke would make typing lag.
        self._count_later = QTimer(self, singleShot=True, interval=300)
        self._count_later.timeout.connect(self._update_words)
        self.text.textChanged.connect(self._count_later.start)
        self.text.textChanged.connect(self._follow_attachments)
        self._update_words()

    # -- content ---------------------------------------------------------------------------

    def set_content(self, title: str, body: str, tags: tuple[str, ...], starred: bool) -> None:
        self._loading = True
        try:
            self.title.setText(title)
            self.text.setPlainText(body)
            self.tags.set_tags(tags)
            self.star.setChecked(starred)
            self.tabs.setCurrentIndex(0)
        finally:
            self._loading = False
        self._update_words()

    def set_bring(self, bring: bool) -> None:
        """Show whether the entry is marked to bring, without counting it as a change."""
        self._loading = True
        try:
            self.bring.setChecked(bring)
        finally:
            self._loading = False

    def show_prompt(self, prompt: Prompt | None) -> None:
        """The prompt this entry answers, shown above the text with its follow-up questions."""
        self.prompt_panel.set_prompt(prompt)
        self.prompt_panel.setVisible(prompt is not None)

    def set_exercise_mode(self, exercise: bool) -> None:
        """Exercises are read here and changed in their own form; notes are written here."""
        self.text.setReadOnly(exercise)
        self.title.setReadOnly(exercise)
        self.feelings.setEnabled(not exercise)
        self.open_exercise_button.setVisible(exercise)
        self.save_button.setVisible(not exercise)
        self.attach_button.setVisible(not exercise)
        if exercise:
            self.tabs.setCurrentWidget(self.preview)

    def clear(self) -> None:
        """Remove every trace of the text from the widgets (on lock or after delete)."""
        self.set_content("", "", (), False)
        self.feelings.clear()
        self.show_prompt(None)
        self.prompt_panel.clear()
        self.show_attachments([])
        self.preview.clear()
        self.text.document().clearUndoRedoStacks()
        self.save_state.clear()

    def body(self) -> str:
        return self.text.toPlainText()

    # -- photos ----------------------------------------------------------------------------

    def show_attachments(self, items: list[ShownAttachment]) -> None:
        """The photos the entry's text points at, read by the worker (not a change)."""
        self._attachments = {item.uid: item for item in items}
        self._follow_attachments()

    def add_attachments(self, items: list[ShownAttachment], lines: list[str]) -> None:
        """Photos and files just kept in the journal go into the text where the cursor is, as
        a paragraph of their own (a change the person made)."""
        self._attachments.update((item.uid, item) for item in items)
        if not lines:
            return
        cursor = self.text.textCursor()
        if not cursor.atBlockStart():
            before = "\n\n"
        elif cursor.block().previous().isValid() and cursor.block().previous().text().strip():
            before = "\n"
        else:
            before = ""
        cursor.insertText(before + "\n".join(lines) + "\n\n")
        self.text.setTextCursor(cursor)

    def attachment(self, uid: str) -> ShownAttachment | None:
        return self._attachments.get(uid)

    def remove_attachment(self, uid: str) -> None:
        """Take a photo out of the entry: its line goes from the text (Ctrl+Z brings it back)."""
        cursor = self.text.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(without(self.body(), uid))
        # Focus stays with the photos while there are more to go through, else the text.
        (self.attachments if self.attachments.isVisible() else self.text).setFocus()

    def _follow_attachments(self) -> None:
        """The strip and the preview show the photos the text points at now."""
        uids = referenced_uids(self.body()) if self._attachments else []
        shown = [self._attachments[u] for u in uids if u in self._attachments]
        self.preview.images = {item.uid: item.thumbnail for item in shown}
        if [i.uid for i in shown] != [i.uid for i in self.attachments.model_.items()]:
            self.attachments.model_.set_items(shown)
            if self.tabs.currentWidget() is self.preview:
                self.preview.setMarkdown(self.body())

    def set_focus_mode(self, focused: bool) -> None:
        """Only the text and a quiet word count: no title, tags, panel or buttons."""
        for widget in (
            self.heading_row,
            self.tags,
            self.feelings,
            self.save_state,
            self.delete_button,
        ):
            widget.setVisible(not focused)
        exercise = self.text.isReadOnly()
        self.save_button.setVisible(not focused and not exercise)
        self.attach_button.setVisible(not focused and not exercise)
        self.attachments.setVisible(not focused and bool(self.attachments.model_.rowCount()))
        self.open_exercise_button.setVisible(not focused and exercise)
        self.tabs.tabBar().setVisible(not focused)
        if focused:
            self.prompt_panel.hide()
        else:
            self.prompt_panel.setVisible(self.prompt_panel.prompt is not None)

    def set_font_size(self, points: int) -> None:
        font = QFont(self.text.font())
        font.setPointSize(points)
        self.text.setFont(font)
        self.preview.setFont(font)

    # -- internals -------------------------------------------------------------------------

    def _fit_panel(self) -> None:
        """Give the panel its remembered width when open, and all the rest to the text."""
        total = sum(self.splitter.sizes()) or self.width()
        panel = (
            max(self.feelings.minimumWidth(), min(self.panel_width, self.feelings.maximumWidth()))
            if self.feelings.is_expanded()
            else self.feelings.minimumWidth()
        )
        self.splitter.setSizes([max(0, total - panel), panel])

    def _remember_panel_width(self, _pos: int, _index: int) -> None:
        if self.feelings.is_expanded():
            self.panel_width = self.splitter.sizes()[1]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._fit_panel()

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_star_toggled(self, starred: bool) -> None:
        self.star.setText("★" if starred else "☆")
        self.star.setToolTip(
            self.tr("Unstar this entry") if starred else self.tr("Star this entry")
        )
        self._on_edit()

    def _on_bring_toggled(self, bring: bool) -> None:
        self.bring.setText(self.tr("⚑ For my session") if bring else self.tr("⚐ For my session"))
        self.bring.setToolTip(
            self.tr("Leave this entry out of the session summary (Ctrl+B)")
            if bring
            else self.tr("Bring this entry to my session: its words go into the summary (Ctrl+B)")
        )
        self._on_edit()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.preview.setMarkdown(self.body())

    def _update_words(self) -> None:
        self.words.setText(self.tr("Words: %1").replace("%1", str(word_count(self.body()))))
