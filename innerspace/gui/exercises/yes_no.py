"""A question answered yes, no, or not yet: one box, so a half-done exercise can leave it open
(a checkbox would have to say no)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


def yes_no_box(name: str, yes: str, no: str, parent: QWidget) -> QComboBox:
    """Yes, no, or not answered yet (None), in that one box."""
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.addItem(parent.tr("–"), None)
    box.addItem(yes, True)
    box.addItem(no, False)
    return box


def set_answer(box: QComboBox, given: bool | None) -> None:
    box.setCurrentIndex({None: 0, True: 1, False: 2}[given])


def answer(box: QComboBox) -> bool | None:
    return {0: None, 1: True, 2: False}[box.currentIndex()]
