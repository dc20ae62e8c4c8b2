"""Support now: breathing, grounding, crisis lines and the person's safety plan, one click away.

Opened from the journal and from the unlock screen's corner. Breathing, grounding and crisis
lines need no unlocking; the safety plan is private and shows only while the journal is open.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.breathing import load_breathing_patterns
from innerspace.core.exercises import load_exercise_guides
from innerspace.core.safety_plan import (
    SECTION_TITLES,
    SECTIONS,
    CrisisDirectory,
    SafetyPlan,
    load_crisis_lines,
)
from innerspace.gui.common.page import label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.support.breathing_guide import BreathingGuide
from innerspace.storage.safety_plan_store import load_safety_plan, save_safety_plan
from innerspace.storage.vault import Vault


class BreathePage(QWidget):
    def __init__(self, reduce_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = QComboBox(self)
        self.pattern.setAccessibleName(self.tr("Breathing pattern"))
        patterns = load_breathing_patterns()
        # Slow, even breathing first: it has no holds, which some people find uncomfortable.
        for pattern in sorted(patterns, key=lambda p: p.id != "paced"):
            self.pattern.addItem(pattern.name, pattern)
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
        layout.addWidget(label(load_exercise_guides()["breathing"].intro, self))
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


class GroundPage(QWidget):
    """5-4-3-2-1, one sense at a time. Nothing is saved: it is only for this moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = load_exercise_guides()["grounding"]
        self.steps: list[str] = [str(step["text"]) for step in guide.content["steps"]]
        self._index = 0
        self.step = QLabel(self)
        self.step.setWordWrap(True)
        font = self.step.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.step.setFont(font)
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step.setAccessibleName(self.tr("Grounding step"))
        self.counter = label("", self, "muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.back_button.clicked.connect(lambda: self.show_step(self._index - 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label(guide.intro, self))
        layout.addStretch(1)
        layout.addWidget(self.step)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_step(0)

    def show_step(self, index: int) -> None:
        self._index = max(0, min(index, len(self.steps)))
        done = self._index == len(self.steps)
        self.step.setText(
            self.tr("Take a moment to notice how you feel now. You can start again any time.")
            if done
            else self.steps[self._index]
        )
        self.counter.setText(
            ""
            if done
            else self.tr("Step %1 of %2")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setText(self.tr("Start &again") if done else self.tr("&Next"))

    def _next(self) -> None:
        self.show_step(0 if self._index == len(self.steps) else self._index + 1)


class CrisisLinesPage(QWidget):
    """Offline crisis lines by country, with a plain reminder that numbers change."""

    def __init__(self, directory: CrisisDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country"))
        for country in sorted(directory.countries, key=lambda c: c.name):
            self.country.addItem(country.name, country.code)
        own = QLocale.territoryToCode(QLocale.system().territory())
        self.country.setCurrentIndex(max(self.country.findData(own.upper()), 0))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Crisis lines"))
        self.country.currentIndexChanged.connect(lambda _i: self.show_country())
        self.own_contacts = label("", self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        holder = QWidget(scroll)
        inner = QVBoxLayout(holder)
        inner.addWidget(self.details)
        inner.addWidget(self.own_contacts)
        inner.addStretch(1)
        scroll.setWidget(holder)
        form = QFormLayout()
        form.addRow(self.tr("&Country"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        self.note = label(directory.note, self, "muted")
        layout.addWidget(self.note)
        self.show_country()

    def show_country(self) -> None:
        country = self.directory.for_country(str(self.country.currentData()))
        if country is None:
            self.details.clear()
            return
        parts = [
            "<p><b>"
            + html.escape(self.tr("Emergency number: %1").replace("%1", country.emergency))
            + "</b></p>"
        ]
        for line in country.lines:
            rows = [f"<b>{html.escape(line.service)}</b>"]
            if line.phone:
                rows.append(html.escape(self.tr("Call: %1").replace("%1", line.phone)))
            if line.text:
                rows.append(html.escape(self.tr("Text: %1").replace("%1", line.text)))
            if line.hours:
                rows.append(html.escape(line.hours))
            parts.append("<p>" + "<br>".join(rows) + "</p>")
        self.details.setText("".join(parts))

    def set_own_contacts(self, plan: SafetyPlan | None) -> None:
        people = [] if plan is None else plan.people_i_can_ask + plan.care_professionals
        self.own_contacts.setText(
            self.tr("Your own contacts:") + "\n" + "\n".join(f"•  {p}" for p in people)
            if people
            else ""
        )


class SafetyPlanPage(QWidget):
    """The person's own plan for hard moments, one item per line, saved in the vault."""

    def __init__(self, worker: DatabaseWorker, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.vault = worker, vault
        self.fields: dict[str, QPlainTextEdit] = {}
        holder = QWidget(self)
        inner = QVBoxLayout(holder)
        inner.addWidget(
            label(
                self.tr(
                    "Write your plan in your own words, one item per line. It is stored "
                    "encrypted in your journal. You might fill it in with someone you trust."
                ),
                holder,
            )
        )
        for section in SECTIONS:
            title = QLabel(self.tr(SECTION_TITLES[section]), holder)
            title.setWordWrap(True)
            edit = QPlainTextEdit(holder)
            edit.setAccessibleName(self.tr(SECTION_TITLES[section]))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
            title.setBuddy(edit)
            inner.addWidget(title)
            inner.addWidget(edit)
            self.fields[section] = edit
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.status = label("", self, "muted")
        self.save_button = QPushButton(self.tr("&Save my plan"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.loaded: SafetyPlan | None = None
        self.worker.submit(lambda: load_safety_plan(vault), self._show)

    def has_changes(self) -> bool:
        return self.loaded is not None and self.plan().cleaned() != self.loaded.cleaned()

    def plan(self) -> SafetyPlan:
        return SafetyPlan(
            **{name: edit.toPlainText().splitlines() for name, edit in self.fields.items()}
        )

    def save(self) -> None:
        plan, vault = self.plan(), self.vault
        self.status.setText(self.tr("Saving…"))
        self.worker.submit(lambda: save_safety_plan(vault, plan), self._on_saved, self._on_failed)

    plan_loaded = Signal(object)

    def _show(self, plan: SafetyPlan) -> None:
        self.loaded = plan
        self.plan_loaded.emit(plan)
        for name, items in plan.sections().items():
            self.fields[name].setPlainText("\n".join(items))

    def _on_saved(self, plan: SafetyPlan) -> None:
        self.loaded = plan
        self.plan_loaded.emit(plan)
        self.status.setText(self.tr("Your plan is saved."))

    def _on_failed(self, _error: BaseException) -> None:
        self.status.setText(self.tr("Your plan could not be saved. Your words are still here."))


class SupportNowDialog(QDialog):
    """Non-modal, so it can stay open beside the journal; closed by locking like any dialog."""

    def __init__(
        self,
        *,
        reduce_motion: bool,
        worker: DatabaseWorker | None = None,
        vault: Vault | None = None,
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
        self.ground = GroundPage(self.tabs)
        self.crisis_lines = CrisisLinesPage(load_crisis_lines(), self.tabs)
        self.tabs.addTab(self.breathe, self.tr("&Breathe"))
        self.tabs.addTab(self.ground, self.tr("&Ground yourself"))
        self.safety_plan: SafetyPlanPage | None = None
        if worker is not None and vault is not None:
            self.safety_plan = SafetyPlanPage(worker, vault, self.tabs)
            self.tabs.addTab(self.safety_plan, self.tr("My &safety plan"))
            self.safety_plan.plan_loaded.connect(self.crisis_lines.set_own_contacts)
        else:
            locked = QStackedWidget(self.tabs)
            locked.addWidget(
                label(self.tr("Unlock your journal to see and edit your safety plan."), locked)
            )
            self.tabs.addTab(locked, self.tr("My &safety plan"))
        self.tabs.addTab(self.crisis_lines, self.tr("&Crisis lines"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(680, 680)

    def prepare_lock(self) -> None:
        """An edited safety plan is saved before the journal locks, like any unsaved words."""
        if self.safety_plan is not None and self.safety_plan.has_changes():
            self.safety_plan.save()

    def done(self, result: int) -> None:
        if self.breathe.guide.running:
            self.breathe.guide.stop()
        self.prepare_lock()  # closing the window keeps the plan, too
        super().done(result)
