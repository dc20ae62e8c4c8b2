"""Painting feeling words and families: the family's soft colour always beside its name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from innerspace.core.emotions import EmotionFamily
from innerspace.gui.journal.emotion_models import FamilyRole, IntensityRole, strength_word

_Index = QModelIndex | QPersistentModelIndex
PAD = 6


def is_dark_palette(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def family_colour(family: EmotionFamily, palette: QPalette) -> QColor:
    """The family's colour for the theme in use; both are chosen to sit behind the text colour."""
    return QColor(family.colour_dark if is_dark_palette(palette) else family.colour_light)


def _muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


class EmotionWordDelegate(QStyledItemDelegate):
    """A row: colour swatch, the word, the family's name (muted) and, if chosen, its strength."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height() + 2 * PAD
        return QSize(160, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if style is not None:
            opt.text = ""
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        secondary = text_colour if selected else _muted(palette)
        metrics = opt.fontMetrics
        inner = rect.adjusted(PAD, 0, -PAD, 0)

        family = index.data(FamilyRole)
        swatch = QRect(inner.left(), rect.center().y() - 6, 12, 12)
        if isinstance(family, EmotionFamily):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(text_colour if selected else _muted(palette))
            painter.setBrush(family_colour(family, palette))
            painter.drawRoundedRect(swatch, 3, 3)
        inner.setLeft(swatch.right() + PAD + 2)

        intensity = index.data(IntensityRole)
        if isinstance(intensity, int):
            number = str(intensity)
            number_width = metrics.horizontalAdvance("100") + PAD
            bar = QRect(inner.right() - number_width - 44, rect.center().y() - 3, 40, 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_muted(palette))
            painter.drawRoundedRect(bar, 3, 3)
            filled = QRect(bar)
            filled.setWidth(max(1, bar.width() * intensity // 100))
            painter.setBrush(
                text_colour if selected else palette.color(QPalette.ColorRole.Highlight)
            )
            painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(text_colour)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number,
            )
            inner.setRight(bar.left() - PAD)

        word = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(text_colour)
        word_width = min(metrics.horizontalAdvance(word), inner.width())
        painter.drawText(
            inner,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(word, Qt.TextElideMode.ElideRight, inner.width()),
        )
        if isinstance(family, EmotionFamily):
            rest = inner.adjusted(word_width + 2 * PAD, 0, 0, 0)
            if rest.width() > metrics.horizontalAdvance("…") * 3:
                painter.setPen(secondary)
                painter.drawText(
                    rest,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(family.name, Qt.TextElideMode.ElideRight, rest.width()),
                )
        painter.restore()


class FamilyChipDelegate(QStyledItemDelegate):
    """A family as a rounded chip in its colour with its name; the current one is outlined."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Measured in bold, as the current chip is drawn, so choosing one never clips its name.
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(metrics.horizontalAdvance(name) + 4 * PAD, metrics.height() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        family = index.data(FamilyRole)
        if not isinstance(family, EmotionFamily):
            return
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = palette.color(QPalette.ColorRole.Highlight) if selected else _muted(palette)
        painter.setPen(pen)
        if selected:
            outline = painter.pen()
            outline.setWidth(2)
            painter.setPen(outline)
        painter.setBrush(family_colour(family, palette))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        font = option.font
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, family.name)
        painter.restore()


class ChosenChipDelegate(QStyledItemDelegate):
    """A chosen feeling as a chip in its family's colour: the word and its strength in words."""

    def _text(self, index: _Index) -> str:
        word = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        intensity = index.data(IntensityRole)
        return f"{word} · {strength_word(intensity)}" if isinstance(intensity, int) else word

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return QSize(
            metrics.horizontalAdvance(self._text(index)) + 4 * PAD, metrics.height() + 2 * PAD
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        family = index.data(FamilyRole)
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        palette: QPalette = option.palette
        current = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = painter.pen()
        outline.setColor(
            palette.color(QPalette.ColorRole.Highlight) if current else _muted(palette)
        )
        outline.setWidth(2 if current else 1)
        painter.setPen(outline)
        if isinstance(family, EmotionFamily):
            painter.setBrush(family_colour(family, palette))
        else:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        font = QFont(option.font)
        font.setBold(current)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text(index))
        painter.restore()
