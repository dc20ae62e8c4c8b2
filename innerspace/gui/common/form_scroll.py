"""The one scroll of an exercise window: the wheel moves the page, and focus is always in view.

A form holds lists, text boxes, sliders and number boxes that would each take the wheel as it
passes over them: scrolling down the page stops in a list of feelings, or changes a rating. Here
the wheel goes to the page unless it is over the control that has the keyboard focus (and that
control passes it on, as Qt does, once it can scroll no further). Whatever gets the focus (Tab,
a mnemonic, a row added) is scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

# Room around the focused control, so its label or frame shows with it.
MARGIN = 24
_FOLLOWED = "innerspace-page-follows-current"


class FormScrollArea(QScrollArea):
    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(form)
        self._watch(form)
        # Revealed once the layout has placed a control that was just added and focused.
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self.reveal_focus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def reveal_focus(self) -> None:
        form = self.widget()
        focused = QApplication.focusWidget()
        if form is None or focused is None or not form.isAncestorOf(focused):
            return
        # A row added just now may not be laid out yet; placed first, what is below it has
        # its final position.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if isinstance(focused, QAbstractItemView) and focused.currentIndex().isValid():
            # A list taller than the window: the row the keyboard is on is what must show.
            row = focused.visualRect(focused.currentIndex())
            centre = focused.viewport().mapTo(form, row.center())
            self.ensureVisible(centre.x(), centre.y(), MARGIN, row.height() // 2 + MARGIN)
        else:
            self.ensureWidgetVisible(focused, MARGIN, MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget):
                self._watch(child)
        elif kind == QEvent.Type.Wheel and self._is_part_of_form(watched):
            QApplication.sendEvent(self.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    def _is_part_of_form(self, watched: QObject) -> bool:
        """A control of the form without the keyboard focus. What else the scroll area watches
        (its own viewport, say) keeps its wheel, or the wheel would come straight back here."""
        form = self.widget()
        return (
            isinstance(watched, QWidget)
            and form is not None
            and (watched is form or form.isAncestorOf(watched))
            and not _has_keyboard(watched)
        )

    def _watch(self, widget: QWidget) -> None:
        for each in (widget, *widget.findChildren(QWidget)):
            # Installing twice would only move the filter to the front: no harm, no double calls.
            each.installEventFilter(self)
            if isinstance(each, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox):
                # What is typed in a form is private: no input method learns or suggests it.
                each.setInputMethodHints(
                    each.inputMethodHints() | Qt.InputMethodHint.ImhSensitiveData
                )
            if not isinstance(each, QAbstractItemView) or each.property(_FOLLOWED):
                continue
            selection = each.selectionModel()
            if selection is not None:
                each.setProperty(_FOLLOWED, True)
                # Arrow keys move through a list that has no scroll of its own: the page follows.
                selection.currentChanged.connect(self._current_moved)

    def _current_moved(self) -> None:
        form = self.widget()
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QAbstractItemView)
            and form is not None
            and form.isAncestorOf(focused)
        ):
            self._reveal.start()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        form = self.widget()
        if new is not None and form is not None and form.isAncestorOf(new):
            self._reveal.start()


def _has_keyboard(widget: QWidget) -> bool:
    """True for the focused control and its parts (a list's viewport, a spin box's field)."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or focused.isAncestorOf(widget))
