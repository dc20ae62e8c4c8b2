"""The care check in the app: a calm card after a save that mentions suicide or self-harm.

Nothing about a match is kept: the check answers only yes or no, the day the card was last
offered lives in memory (so it is offered at most once a day), and nothing is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from innerspace.core.care_check import mentions_suicide_or_self_harm
from innerspace.core.entries import local_now
from innerspace.core.safety_plan import CountryLines
from innerspace.core.support import CARE_SENTENCE, first_line
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker


def _today() -> date:
    return local_now().date()


class CareCheck(QObject):
    """Runs the phrase check on saved words, off the screen's thread; emits ``offer`` at most
    once a day. ``today`` is read at each save, so tests can move the day on."""

    offer = Signal()

    def __init__(
        self,
        worker: DatabaseWorker,
        today: Callable[[], date] = _today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.today = today
        self._offered_on: date | None = None

    def saved(self, title: str, text: str) -> None:
        if self._offered_on == self.today():
            return
        words = f"{title}\n{text}"
        self.worker.submit(lambda: mentions_suicide_or_self_harm(words), self._checked)

    def _checked(self, mentioned: bool) -> None:
        today = self.today()
        if mentioned and self._offered_on != today:
            self._offered_on = today
            self.offer.emit()


class CareCard(QWidget):
    """Emits ``safety_plan_requested`` and ``breathe_requested``; the line button only shows the
    number (the app never dials), and "Not now" puts the card away."""

    safety_plan_requested = Signal()
    breathe_requested = Signal()
    lines_requested = Signal()  # no listed country: the crisis lines page helps choose one
    turn_off_requested = Signal()  # offered once: some people would rather not have the card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("A word of care"))
        self._country: CountryLines | None = None
        frame = QFrame(self)
        frame.setProperty("role", "notice")
        self.sentence = label(self.tr(CARE_SENTENCE), frame)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sentence.setFont(font)
        self.line = label("", frame)
        self.line.setAccessibleName(self.tr("Crisis line"))
        self.line.hide()
        self.plan_button = QPushButton(self.tr("My safety &plan"), frame)
        self.plan_button.clicked.connect(self.safety_plan_requested)
        self.line_button = QPushButton(frame)
        self.line_button.clicked.connect(self._show_line)
        self.breathe_button = QPushButton(self.tr("&Breathe"), frame)
        self.breathe_button.clicked.connect(self.breathe_requested)
        self.not_now_button = QPushButton(self.tr("Not now"), frame)
        self.not_now_button.clicked.connect(self.put_away)
        # Said the first time only, with the way to turn the card off.
        self.why = label(
            self.tr(
                "This card comes after saving when your words speak of suicide or self-harm. "
                "Some people live with long-term thoughts and would rather not feel watched: "
                "it is fine to turn it off. You can change this in Settings."
            ),
            frame,
            "muted",
        )
        self.why.hide()
        self.turn_off_button = QPushButton(self.tr("&Turn these cards off"), frame)
        self.turn_off_button.setFlat(True)
        self.turn_off_button.clicked.connect(self._turn_off)
        self.turn_off_button.hide()
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.line_button, self.breathe_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now_button)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.sentence)
        inner.addWidget(self.line)
        inner.addLayout(buttons)
        inner.addWidget(self.why)
        inner.addWidget(self.turn_off_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.hide()

    def offer(self, country: CountryLines | None, *, first_time: bool = False) -> None:
        """Show the card for the person's country; the editor keeps the keyboard. The first
        time in a run, it also says why someone might turn it off, and how."""
        self._country = country
        self.why.setVisible(first_time)
        self.turn_off_button.setVisible(first_time)
        self.line.hide()
        self.line.clear()
        self.line_button.setText(self._line_button_text(country))
        self.show()

    def put_away(self) -> None:
        self.hide()
        self.line.clear()

    def _turn_off(self) -> None:
        self.put_away()
        self.turn_off_requested.emit()

    def _line_button_text(self, country: CountryLines | None) -> str:
        crisis = country.lines_of_kind("crisis") if country is not None else ()
        if not crisis:
            return self.tr("Crisis &lines")
        first = crisis[0]
        if first.phone:
            return self.tr("Call %1").replace("%1", first.phone)
        return self.tr("Text %1").replace("%1", first.text or "")

    def _show_line(self) -> None:
        self.line.setText(first_line(self._country))
        self.line.show()
        if self._country is None or not self._country.lines_of_kind("crisis"):
            self.lines_requested.emit()
