"""A plane to start from a felt sense: pleasant ↔ unpleasant across, low ↔ high energy up."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from innerspace.core.emotions import Emotion, EmotionVocabulary
from innerspace.gui.journal.emotion_delegate import family_colour

VALENCE_STEP = 0.1
AROUSAL_STEP = 0.05
MARGIN = 8


def nearest_words(
    vocabulary: EmotionVocabulary, valence: float, arousal: float, count: int = 8
) -> list[Emotion]:
    """The words closest to a point, valence and arousal weighted to the same span."""

    def distance(e: Emotion) -> float:
        return ((e.valence - valence) / 2) ** 2 + (e.arousal - arousal) ** 2

    return sorted(vocabulary.emotions, key=distance)[:count]


def _circle(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


class FeelingMap(QWidget):
    """Click, or move the ring with the arrow keys and press Enter, to ask for nearby words."""

    pointChosen = Signal(float, float)  # valence, arousal
    # Moved with arrows in two directions; its description says where the ring is on both.
    ACCESSIBLE_ROLE = QAccessible.Role.Slider

    def __init__(self, vocabulary: EmotionVocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._valence = 0.0
        self._arousal = 0.5
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Feeling map"))
        self.setToolTip(
            self.tr(
                "Across: unpleasant to pleasant. Up: low to high energy. Click, or use the arrow "
                "keys and Enter, to see words for that spot."
            )
        )
        self._describe()

    # -- public --------------------------------------------------------------------------------

    def set_vocabulary(self, vocabulary: EmotionVocabulary) -> None:
        self._vocabulary = vocabulary
        self.update()

    def point(self) -> tuple[float, float]:
        return self._valence, self._arousal

    def set_point(self, valence: float, arousal: float) -> None:
        self._valence = round(max(-1.0, min(1.0, valence)), 2)
        self._arousal = round(max(0.0, min(1.0, arousal)), 2)
        self._describe()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        ends = metrics.horizontalAdvance(self.tr("← unpleasant")) + metrics.horizontalAdvance(
            self.tr("pleasant →")
        )
        # At least both ends of the pleasant axis side by side, with a gap between them.
        width = max(220, ends + metrics.horizontalAdvance("n") * 3 + 2 * MARGIN)
        return QSize(width, 11 * metrics.height() + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-VALENCE_STEP, 0.0),
            Qt.Key.Key_Right: (VALENCE_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, AROUSAL_STEP),
            Qt.Key.Key_Down: (0.0, -AROUSAL_STEP),
        }
        move = moves.get(Qt.Key(key))
        if move is not None:
            dv, da = move
            self.set_point(self._valence + dv, self._arousal + da)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.pointChosen.emit(self._valence, self._arousal)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        area = self._plane()
        pos = event.position()
        valence = -1.0 + 2.0 * (pos.x() - area.left()) / max(1.0, area.width())
        arousal = 1.0 - (pos.y() - area.top()) / max(1.0, area.height())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_point(valence, arousal)
        self.pointChosen.emit(self._valence, self._arousal)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        area = self._plane()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        focus_pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(focus_pen if self.hasFocus() else QPen(muted, 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

        painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
        painter.drawRect(area)
        mid = area.center()
        painter.drawLine(QPointF(mid.x(), area.top()), QPointF(mid.x(), area.bottom()))
        painter.drawLine(QPointF(area.left(), mid.y()), QPointF(area.right(), mid.y()))

        # Each word is a faint dot in its family's colour, so the regions have a shape to aim at.
        # One path per family keeps the number of calls into Qt per paint small.
        painter.setPen(QPen(muted, 0.5))
        for family in self._vocabulary.families:
            dots = QPainterPath()
            for emotion in self._vocabulary.in_family(family.id):
                dots.addEllipse(_circle(self._to_screen(emotion.valence, emotion.arousal), 3.0))
            painter.setBrush(family_colour(family, palette))
            painter.drawPath(dots)

        # The words for the axes sit in bands outside the plane, so no dot ever covers them, and
        # each word has a band's width to itself, so they never run into each other when the
        # panel is narrow or the text large.
        painter.setPen(text)
        flags = Qt.AlignmentFlag
        band = self._band()
        top = QRectF(self.rect()).adjusted(MARGIN, 2, -MARGIN, 0)
        top.setBottom(area.top())
        below = QRectF(MARGIN, area.bottom(), self.width() - 2 * MARGIN, band)
        under = below.translated(0, band)
        painter.drawText(top, flags.AlignCenter, self.tr("high energy ↑"))
        painter.drawText(below, flags.AlignCenter, self.tr("low energy ↓"))
        painter.drawText(under, flags.AlignVCenter | flags.AlignLeft, self.tr("← unpleasant"))
        painter.drawText(under, flags.AlignVCenter | flags.AlignRight, self.tr("pleasant →"))

        centre = self._to_screen(self._valence, self._arousal)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
        painter.drawEllipse(_circle(centre, 9.0))
        painter.setPen(QPen(text, 1))
        painter.drawEllipse(_circle(centre, 12.0))
        painter.end()

    # -- internals -----------------------------------------------------------------------------

    def _band(self) -> float:
        return float(self.fontMetrics().height() + 4)

    def _plane(self) -> QRectF:
        band = self._band()
        return QRectF(self.rect()).adjusted(MARGIN + 6, band, -MARGIN - 6, -2 * band - 2)

    def _to_screen(self, valence: float, arousal: float) -> QPointF:
        area = self._plane()
        return QPointF(
            area.left() + (valence + 1.0) / 2.0 * area.width(),
            area.top() + (1.0 - arousal) * area.height(),
        )

    def _describe(self) -> None:
        if self._valence <= -0.2:
            across = self.tr("unpleasant")
        elif self._valence >= 0.2:
            across = self.tr("pleasant")
        else:
            across = self.tr("neither pleasant nor unpleasant")
        if self._arousal <= 0.35:
            energy = self.tr("low energy")
        elif self._arousal >= 0.65:
            energy = self.tr("high energy")
        else:
            energy = self.tr("medium energy")
        self.setAccessibleDescription(f"{across}, {energy}")
