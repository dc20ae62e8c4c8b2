"""Paints one prompt in the browser: approach, depth and length in words, marks, then its text.

Marks are words beside a symbol ("★ Favourite", "Hidden", "Your own"), so nothing is said by
colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextLine
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from innerspace.core.prompts import Prompt
from innerspace.gui.prompts.prompt_model import (
    CustomRole,
    FavouriteRole,
    HiddenRole,
    PromptRole,
    prompt_summary,
)

_PAD = 10
_TEXT_LINES = 2
_Index = QModelIndex | QPersistentModelIndex


def marks_text(favourite: bool, hidden: bool, custom: bool) -> str:
    marks = []
    if favourite:
        marks.append(QCoreApplication.translate("PromptWords", "★ Favourite"))
    if custom:
        marks.append(QCoreApplication.translate("PromptWords", "Your own"))
    if hidden:
        marks.append(QCoreApplication.translate("PromptWords", "Hidden"))
    return "  ·  ".join(marks)


class PromptDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * _PAD + (1 + _TEXT_LINES) * line + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        prompt = index.data(PromptRole)
        if not isinstance(prompt, Prompt):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        fm = opt.fontMetrics
        line = fm.lineSpacing()

        marks = marks_text(
            bool(index.data(FavouriteRole)),
            bool(index.data(HiddenRole)),
            bool(index.data(CustomRole)),
        )
        marks_width = fm.horizontalAdvance(marks) if marks else 0
        painter.setPen(palette.color(text_role))
        if marks:
            painter.drawText(
                QRect(rect.right() - marks_width, rect.top(), marks_width + 1, line), 0, marks
            )
        painter.setPen(palette.color(muted_role))
        summary_width = max(0, rect.width() - marks_width - (_PAD if marks else 0))
        painter.drawText(
            QRect(rect.left(), rect.top(), summary_width, line),
            0,
            fm.elidedText(prompt_summary(prompt), Qt.TextElideMode.ElideRight, summary_width),
        )

        # Hidden prompts are drawn in the muted colour as well as being marked in words.
        painter.setPen(palette.color(muted_role if index.data(HiddenRole) else text_role))
        painter.setFont(opt.font)
        draw_lines(painter, opt.font, prompt.text, rect.left(), rect.top() + line + 4, rect.width())
        painter.restore()


def draw_lines(painter: QPainter, font: QFont, text: str, x: int, y: int, width: int) -> None:
    """Wrap ``text`` into at most ``_TEXT_LINES`` lines, the last one ending in "…" if cut."""
    fm = QFontMetrics(font)
    layout = QTextLayout(" ".join(text.split()), font)
    layout.beginLayout()
    lines: list[QTextLine] = []
    while len(lines) < _TEXT_LINES:
        text_line = layout.createLine()
        if not text_line.isValid():
            break
        text_line.setLineWidth(width)
        lines.append(text_line)
    layout.endLayout()
    flat = layout.text()
    for number, text_line in enumerate(lines):
        start, length = text_line.textStart(), text_line.textLength()
        top = y + number * fm.lineSpacing()
        shown = flat[start : start + length].rstrip()
        if number == len(lines) - 1 and start + length < len(flat):
            shown = fm.elidedText(flat[start:], Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, top, width, fm.lineSpacing()), 0, shown)
