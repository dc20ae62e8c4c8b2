"""Support now: breathing, grounding, the person's safety plan and crisis lines, one click away.

Opened from the journal and from the unlock screen's corner. Breathing, grounding and crisis
lines need no unlocking; the safety plan is private and shows only while the journal is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.breathing import BOX, FOUR_SEVEN_EIGHT, PACED
from innerspace.gui.widgets.breathing_guide import BreathingGuide
from innerspace.gui.widgets.page import label


class BreathePage(QWidget):
    def __init__(self, reduce_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = QComboBox(self)
        self.pattern.setAccessibleName(self.tr("Breathing pattern"))
        self.pattern.addItem(self.tr("Slow, even breathing (about 6 a minute)"), PACED)
        self.pattern.addItem(self.tr("Box breathing (4 in, 4 hold, 4 out, 4 rest)"), BOX)
        self.pattern.addItem(self.tr("4-7-8 breathing (4 in, 7 hold, 8 out)"), FOUR_SEVEN_EIGHT)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 20)
        self.minutes.setValue(2)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("How many minutes"))
        self.still = QCheckBox(self.tr("Keep the circle still (words only)"), self)
        self.still.setChecked(reduce_motion)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.clicked.connect(self.toggle)
        self.guide = BreathingGuide(parent=self)
        self.words = QLabel(self)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAccessibleName(self.tr("Breathing instruction"))
        self.guide.phaseChanged.connect(self.words.setText)
        self.guide.finished.connect(lambda: self.start_button.setText(self.tr("&Start")))
        form = QFormLayout()
        form.addRow(self.tr("&Pattern"), self.pattern)
        form.addRow(self.tr("&Length"), self.minutes)
        form.addRow("", self.still)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Breathing slowly, with the breath out a little longer than the breath in, "
                    "can help your body settle. Stop at any time if it doesn't feel right."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.guide, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def toggle(self) -> None:
        if self.guide.running:
            self.guide.stop()
            self.start_button.setText(self.tr("&Start"))
            return
        self.guide.reduced_motion = self.still.isChecked()
        self.guide.start(self.pattern.currentData(), self.minutes.value())
        self.start_button.setText(self.tr("&Stop"))


class SupportNowDialog(QDialog):
    """Non-modal, so it can stay open beside the journal; closed by locking like any dialog."""

    def __init__(
        self,
        *,
        reduce_motion: bool,
        extra_pages: list[tuple[str, Callable[[QWidget], QWidget]]] = (),  # type: ignore[assignment]
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Support now"))
        self.setModal(False)
        banner = QFrame(self)
        banner.setProperty("role", "notice")
        banner_layout = QHBoxLayout(banner)
        self.emergency_note = label(
            self.tr(
                "If you are in danger or might harm yourself, please call your local "
                "emergency number now, or a crisis line. InnerSpace is not an emergency service."
            ),
            banner,
        )
        banner_layout.addWidget(self.emergency_note)
        self.tabs = QTabWidget(self)
        self.breathe = BreathePage(reduce_motion, self.tabs)
        self.tabs.addTab(self.breathe, self.tr("&Breathe"))
        for title, build in extra_pages:
            self.tabs.addTab(build(self.tabs), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 640)

    def done(self, result: int) -> None:
        if self.breathe.guide.running:
            self.breathe.guide.stop()
        super().done(result)
