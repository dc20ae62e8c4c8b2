"""The Qt binding must not leak or drop references: the app paints and updates for hours."""

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for _ in range(2000):
        label.setText("x")
        label.setEnabled(True)
        painter.drawRect(1, 1, 2, 2)
    painter.end()
    # A binding that drops a reference per call would lose 6,000 here and, in a long
    # session, free None itself and abort the process.
    assert sys.getrefcount(None) >= before - 50
