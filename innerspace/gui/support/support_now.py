"""Support now: breathing, grounding, crisis lines and the person's safety plan, one click away.

Opened from the journal and from the unlock and first-run screens. Breathing, grounding and
crisis lines need no unlocking; the safety plan is private and shows only while the journal is
open, unless the person chose to keep a readable copy for the lock screen. The window stays open
when the journal locks: only the plan is put away.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QFont
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

from innerspace.core.breathing import (
    BreathingPattern,
    load_breathing_cautions,
    load_breathing_patterns,
)
from innerspace.core.exercises import load_exercise_guides
from innerspace.core.safety_plan import (
    SECTION_EXAMPLES,
    SECTION_TITLES,
    SECTIONS,
    CountryLines,
    CrisisDirectory,
    SafetyPlan,
    load_crisis_lines,
)
from innerspace.core.support import (
    CARE_SENTENCE,
    NOT_AN_EMERGENCY_SERVICE,
    UNLISTED_COUNTRY,
    country_for,
    describe_line,
    emergency_line,
    first_line,
)
from innerspace.gui.common.accessibility import set_accessible_role
from innerspace.gui.common.page import label, resize_within_screen
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.skill_cards import SkillCardsView
from innerspace.gui.support.breathing_guide import BreathingGuide
from innerspace.gui.support.country_chooser import CountryChooser, own_country_code
from innerspace.gui.support.plan_sharing import PlanPrinter, ReadablePlanView, copy_plan
from innerspace.storage.plan_outside import (
    has_outside_copy,
    read_outside_copy,
    remove_outside_copy,
    write_outside_copy,
)
from innerspace.storage.safety_plan_store import load_safety_plan, save_safety_plan
from innerspace.storage.vault import Vault

# A grounding walk with no click for this long no longer keeps the journal from locking.
GROUNDING_HOLD_SECONDS = 10 * 60
PLAN_LOCKED = "Your safety plan is locked with your journal. Unlock to see it."
SHOW_WHEN_LOCKED = "Let me read my plan from the lock screen, without my passphrase"
SHOW_WHEN_LOCKED_MEANS = (
    "Anyone who can open this computer's files could read your safety plan. It is kept in a "
    "separate file next to your journal, and removed when you turn this off."
)
TABS = ("breathe", "ground", "plan", "lines", "skills")


class BreathePage(QWidget):
    def __init__(self, reduce_motion: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = QComboBox(self)
        self.pattern.setAccessibleName(self.tr("Breathing pattern"))
        patterns = load_breathing_patterns()
        # Slow, even breathing first: it has no holds, which some people find uncomfortable.
        for pattern in sorted(patterns, key=lambda p: p.id != "paced"):
            self.pattern.addItem(pattern.name, pattern)
        self.length = QSpinBox(self)
        self.still = QCheckBox(self.tr("Keep the circle still (words only)"), self)
        self.still.setChecked(reduce_motion)
        self.cautions = label(self.tr(load_breathing_cautions()), self, "muted")
        self.cautions.setAccessibleName(self.tr("Before you start"))
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.clicked.connect(self.toggle)
        self.guide = BreathingGuide(parent=self)
        self.words = QLabel(self.tr("Ready when you are"), self)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words_font = self.words.font()
        words_font.setPointSizeF(words_font.pointSizeF() * 1.4)
        self.words.setFont(words_font)
        self.words.setAccessibleName(self.tr("Breathing instruction"))
        self.guide.phaseChanged.connect(self.words.setText)
        self.guide.finished.connect(lambda: self.start_button.setText(self.tr("&Start")))
        self.pattern.currentIndexChanged.connect(lambda _i: self._fit_length())
        form = QFormLayout()
        form.addRow(self.tr("&Pattern"), self.pattern)
        form.addRow(self.tr("&Length"), self.length)
        form.addRow("", self.still)
        layout = QVBoxLayout(self)
        layout.addWidget(label(load_exercise_guides()["breathing"].intro, self))
        layout.addLayout(form)
        layout.addWidget(self.cautions)
        layout.addWidget(self.guide, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fit_length()

    def chosen_pattern(self) -> BreathingPattern:
        pattern: BreathingPattern = self.pattern.currentData()
        return pattern

    def _fit_length(self) -> None:
        """Counted in rounds for a pattern meant for a few rounds (4-7-8), else in minutes."""
        pattern = self.chosen_pattern()
        if pattern.default_cycles:
            self.length.setRange(1, 10)
            self.length.setSuffix(self.tr(" rounds"))
            self.length.setAccessibleName(self.tr("How many rounds"))
            self.length.setValue(pattern.default_cycles)
        else:
            self.length.setRange(1, 20)
            self.length.setSuffix(self.tr(" min"))
            self.length.setAccessibleName(self.tr("How many minutes"))
            self.length.setValue(round(pattern.default_seconds(120) / 60))

    def seconds(self) -> float:
        pattern = self.chosen_pattern()
        if pattern.default_cycles:
            return self.length.value() * pattern.cycle_seconds
        return self.length.value() * 60.0

    def toggle(self) -> None:
        if self.guide.running:
            self.guide.stop()
            self.start_button.setText(self.tr("&Start"))
            return
        self.guide.reduced_motion = self.still.isChecked()
        self.guide.start(self.chosen_pattern(), self.seconds() / 60)
        self.start_button.setText(self.tr("&Stop"))


class GroundPage(QWidget):
    """5-4-3-2-1, one sense at a time. Nothing is saved: it is only for this moment."""

    step_shown = Signal()

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
        self.step_shown.emit()
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setText(self.tr("Start &again") if done else self.tr("&Next"))

    @property
    def finished(self) -> bool:
        return self._index == len(self.steps)

    def _next(self) -> None:
        self.show_step(0 if self._index == len(self.steps) else self._index + 1)


class CrisisLinesPage(QWidget):
    """Offline crisis lines for the person's country, with a plain reminder that numbers change.

    With no country, or one the list doesn't hold, it says so and points to the local
    emergency number: it never shows another country's lines in their place.
    """

    country_changed = Signal(object)  # CountryLines | None, for the banner

    def __init__(
        self, directory: CrisisDirectory, code: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.country = CountryChooser(directory, self)
        self.country.set_code(code)
        self.country.country_chosen.connect(lambda _code: self.show_country())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Crisis lines"))
        self.own_contacts = label("", self)
        scroll = QScrollArea(self)
        set_accessible_role(scroll, QAccessible.Role.Document)
        scroll.setAccessibleName(self.tr("Who you can reach now"))
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

    def chosen(self) -> CountryLines | None:
        return country_for(self.directory, self.country.code())

    def set_code(self, code: str | None) -> None:
        self.country.set_code(code)
        self.show_country()

    def show_country(self) -> None:
        country = self.chosen()
        self.country_changed.emit(country)
        if country is None:
            self.details.setText(f"<p><b>{html.escape(self.tr(UNLISTED_COUNTRY))}</b></p>")
            return
        parts = [f"<p><b>{html.escape(emergency_line(country))}</b></p>"]
        parts += [
            f"<p>{html.escape(describe_line(line))}</p>" for line in country.lines_of_kind("crisis")
        ]
        abuse = country.lines_of_kind("abuse")
        if abuse:
            parts.append(
                "<p><b>"
                + html.escape(self.tr("If someone is hurting, threatening or controlling you"))
                + "</b></p>"
            )
            parts += [f"<p>{html.escape(describe_line(line))}</p>" for line in abuse]
        self.details.setText("".join(parts))

    def set_own_contacts(self, plan: SafetyPlan | None) -> None:
        people = [] if plan is None else plan.people_i_can_ask + plan.care_professionals
        self.own_contacts.setText(
            self.tr("Your own contacts:") + "\n" + "\n".join(f"•  {p}" for p in people)
            if people
            else ""
        )


class SafetyPlanPage(QWidget):
    """The person's own plan for hard moments, one item per line, saved in the vault.

    Stanley and Brown's safety plan: warning signs, then what helps on your own, with others,
    from those you ask and from professionals, a safer place, and what you live for.
    """

    def __init__(self, worker: DatabaseWorker, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.vault = worker, vault
        self.data_dir = vault.paths.folder
        self.fields: dict[str, QPlainTextEdit] = {}
        holder = QWidget(self)
        inner = QVBoxLayout(holder)
        inner.addWidget(
            label(
                self.tr(
                    "A safety plan is a short list you make ahead of time, to follow step by "
                    "step when things get very hard. Write it in your own words, one item per "
                    "line. It is stored encrypted in your journal. You might fill it in with "
                    "someone you trust."
                ),
                holder,
            )
        )
        for section in SECTIONS:
            title = QLabel(self.tr(SECTION_TITLES[section]), holder)
            title.setWordWrap(True)
            edit = QPlainTextEdit(holder)
            edit.setPlaceholderText(self.tr(SECTION_EXAMPLES[section]))
            edit.setAccessibleName(self.tr(SECTION_TITLES[section]))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
            title.setBuddy(edit)
            inner.addWidget(title)
            inner.addWidget(edit)
            self.fields[section] = edit
        self.when_locked = QCheckBox(self.tr(SHOW_WHEN_LOCKED), holder)
        self.when_locked_means = label(self.tr(SHOW_WHEN_LOCKED_MEANS), holder, "muted")
        self.when_locked.setAccessibleDescription(self.when_locked_means.text())
        self.when_locked.setEnabled(False)  # until the plan and the choice are read
        inner.addWidget(self.when_locked)
        inner.addWidget(self.when_locked_means)
        scroll = QScrollArea(self)
        set_accessible_role(scroll, QAccessible.Role.Document)
        scroll.setAccessibleName(self.tr("My safety plan"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.status = label("", self, "muted")
        self.copy_button = QPushButton(self.tr("C&opy"), self)
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.printer = PlanPrinter(self)
        self.print_button.clicked.connect(lambda: self.printer.ask(self.plan().cleaned(), self))
        self.printer.printed.connect(lambda: self.status.setText(self.tr("Sent to print.")))
        self.save_button = QPushButton(self.tr("&Save my plan"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.loaded: SafetyPlan | None = None
        data_dir = self.data_dir
        self.worker.submit(
            lambda: (load_safety_plan(vault), has_outside_copy(data_dir)), self._show
        )
        self.when_locked.toggled.connect(self._on_when_locked)

    def has_changes(self) -> bool:
        return self.loaded is not None and self.plan().cleaned() != self.loaded.cleaned()

    def plan(self) -> SafetyPlan:
        return SafetyPlan(
            **{name: edit.toPlainText().splitlines() for name, edit in self.fields.items()}
        )

    def save(self) -> None:
        plan, vault, data_dir = self.plan(), self.vault, self.data_dir
        readable = self.when_locked.isChecked()

        def save() -> SafetyPlan:
            saved = save_safety_plan(vault, plan)
            if readable:
                write_outside_copy(data_dir, saved)
            return saved

        self.status.setText(self.tr("Saving…"))
        self.worker.submit(save, self._on_saved, self._on_failed)

    def copy(self) -> None:
        copy_plan(self.plan())
        self.status.setText(self.tr("Copied. It is cleared when your journal locks."))

    plan_loaded = Signal(object)

    def _show(self, loaded: tuple[SafetyPlan, bool]) -> None:
        plan, readable = loaded
        self.loaded = plan
        self.plan_loaded.emit(plan)
        for name, items in plan.sections().items():
            self.fields[name].setPlainText("\n".join(items))
        self.when_locked.blockSignals(True)
        self.when_locked.setChecked(readable)
        self.when_locked.blockSignals(False)
        self.when_locked.setEnabled(True)

    def _on_when_locked(self, readable: bool) -> None:
        """The person's choice, carried out at once: a readable copy of what the page shows
        now is written, or every readable copy is removed."""
        plan, data_dir = self.plan(), self.data_dir

        def carry_out() -> bool:
            if readable:
                write_outside_copy(data_dir, plan)
            else:
                remove_outside_copy(data_dir)
            return readable

        self.worker.submit(carry_out, self._on_when_locked_done, self._on_when_locked_failed)

    def _on_when_locked_done(self, readable: bool) -> None:
        self.status.setText(
            self.tr("Your plan can now be read from the lock screen.")
            if readable
            else self.tr("Your plan is now kept only inside your journal.")
        )

    def _on_when_locked_failed(self, _error: BaseException) -> None:
        self.status.setText(
            self.tr("That couldn't be changed just now. Your plan in your journal is safe.")
        )
        self.when_locked.blockSignals(True)
        self.when_locked.setChecked(has_outside_copy(self.data_dir))
        self.when_locked.blockSignals(False)

    def _on_saved(self, plan: SafetyPlan) -> None:
        self.loaded = plan
        self.plan_loaded.emit(plan)
        self.status.setText(self.tr("Your plan is saved."))

    def _on_failed(self, _error: BaseException) -> None:
        self.status.setText(self.tr("Your plan could not be saved. Your words are still here."))


class SupportNowDialog(QDialog):
    """Non-modal, so it can stay open beside the journal, and through a lock.

    ``country_chosen(code)`` asks the window to remember the country; ``activity`` is emitted
    every second while a breathing or grounding guide runs, so the journal doesn't lock
    under someone who is breathing along.
    """

    country_chosen = Signal(str)
    activity = Signal()

    def __init__(
        self,
        *,
        reduce_motion: bool,
        country: str = "",
        worker: DatabaseWorker | None = None,
        vault: Vault | None = None,
        data_dir: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Where a readable copy of the plan may be, for reading it while the journal is locked.
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("Support now"))
        self.setModal(False)
        self._clock = clock
        self._ground_step_at: float | None = None
        banner = QFrame(self)
        banner.setProperty("role", "notice")
        banner.setAccessibleName(self.tr("If you need help now"))
        banner_layout = QVBoxLayout(banner)
        self.care_sentence = label(self.tr(CARE_SENTENCE), banner)
        font = self.care_sentence.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.care_sentence.setFont(font)
        self.emergency = label("", banner)
        self.emergency.setAccessibleName(self.tr("Emergency number"))
        self.first_line = label("", banner)
        self.first_line.setAccessibleName(self.tr("A crisis line"))
        self.emergency_note = label(self.tr(NOT_AN_EMERGENCY_SERVICE), banner, "muted")
        for widget in (self.care_sentence, self.emergency, self.first_line, self.emergency_note):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            banner_layout.addWidget(widget)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Ways to get through this moment"))
        self.breathe = BreathePage(reduce_motion, self.tabs)
        self.ground = GroundPage(self.tabs)
        self.crisis_lines = CrisisLinesPage(
            load_crisis_lines(), own_country_code(country), self.tabs
        )
        self.crisis_lines.country_changed.connect(self._show_banner)
        self.crisis_lines.country.country_chosen.connect(self.country_chosen)
        self.tabs.addTab(self.breathe, self.tr("&Breathe"))
        self.tabs.addTab(self.ground, self.tr("&Ground yourself"))
        self.plan_holder = QStackedWidget(self.tabs)
        self.plan_locked = label(self.tr(PLAN_LOCKED), self.plan_holder)
        self.plan_locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_holder.addWidget(self.plan_locked)
        self.plan_readable = ReadablePlanView(self.plan_holder)
        self.plan_holder.addWidget(self.plan_readable)
        self.safety_plan: SafetyPlanPage | None = None
        self.tabs.addTab(self.plan_holder, self.tr("My &safety plan"))
        self.tabs.addTab(self.crisis_lines, self.tr("&Crisis lines"))
        self.skill_cards = SkillCardsView(self.tabs)
        self.tabs.addTab(self.skill_cards, self.tr("S&kill cards"))
        self.tabs.currentChanged.connect(lambda _i: self._note_ground_step())
        self.ground.step_shown.connect(self._note_ground_step)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._fit_to_text()
        self._show_banner(self.crisis_lines.chosen())
        self.breathe.guide.phaseChanged.connect(lambda _words: self.activity.emit())
        self._guide_check = QTimer(self, interval=1000)
        self._guide_check.timeout.connect(self._while_grounding)
        self._guide_check.start()
        if worker is not None and vault is not None:
            self.show_plan(worker, vault)
        else:
            self._show_locked_plan()

    def _fit_to_text(self) -> None:
        """Room for the banner and a round breathing circle at any text size, within the screen."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 96, metrics.lineSpacing() * 46
        resize_within_screen(self, width, height)

    def show_tab(self, name: str) -> None:
        """ "breathe", "ground", "plan" or "lines"."""
        self.tabs.setCurrentIndex(TABS.index(name))

    def set_country(self, code: str) -> None:
        self.crisis_lines.set_code(own_country_code(code))

    def show_plan(self, worker: DatabaseWorker, vault: Vault) -> None:
        """The journal is open: the plan comes back (read afresh from the vault)."""
        self.lock_plan()
        self._data_dir = vault.paths.folder
        page = SafetyPlanPage(worker, vault, self.plan_holder)
        page.plan_loaded.connect(self.crisis_lines.set_own_contacts)
        self.plan_holder.addWidget(page)
        self.plan_holder.setCurrentWidget(page)
        self.safety_plan = page

    def lock_plan(self) -> None:
        """The journal locked: the plan and the contacts taken from it leave the screen."""
        page, self.safety_plan = self.safety_plan, None
        if page is not None:
            self.plan_holder.removeWidget(page)
            page.setParent(None)  # at once, not only when deleteLater runs
            page.deleteLater()
        self.crisis_lines.set_own_contacts(None)
        self._show_locked_plan()

    def _show_locked_plan(self) -> None:
        """The readable copy if the person chose to keep one, else a note that it is locked."""
        plan = None if self._data_dir is None else read_outside_copy(self._data_dir)
        if plan is None or plan.is_empty:
            self.plan_readable.show_plan(SafetyPlan())
            self.plan_holder.setCurrentWidget(self.plan_locked)
        else:
            self.plan_readable.show_plan(plan)
            self.plan_holder.setCurrentWidget(self.plan_readable)

    def _show_banner(self, country: CountryLines | None) -> None:
        if country is None:
            self.emergency.setText(self.tr(UNLISTED_COUNTRY))
            self.first_line.hide()
        else:
            self.emergency.setText(emergency_line(country))
            self.first_line.setText(first_line(country))
            self.first_line.setVisible(bool(country.lines_of_kind("crisis")))

    def _note_ground_step(self) -> None:
        self._ground_step_at = self._clock() if self.tabs.currentWidget() is self.ground else None

    def _while_grounding(self) -> None:
        started = self._ground_step_at
        if (
            started is not None
            and self.isVisible()
            and self.tabs.currentWidget() is self.ground
            and not self.ground.finished
            and self._clock() - started < GROUNDING_HOLD_SECONDS
        ):
            self.activity.emit()

    def prepare_lock(self) -> None:
        """An edited safety plan is saved before the journal locks, like any unsaved words."""
        if self.safety_plan is not None and self.safety_plan.has_changes():
            self.safety_plan.save()

    def done(self, result: int) -> None:
        if self.breathe.guide.running:
            self.breathe.guide.stop()
        self._guide_check.stop()
        self.prepare_lock()  # closing the window keeps the plan, too
        super().done(result)
