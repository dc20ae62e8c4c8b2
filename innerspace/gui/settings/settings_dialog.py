"""Settings: auto-lock, theme, text size, support, and the journal's passphrase and recovery key."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.safety_plan import load_crisis_lines
from innerspace.gui.common.form_scroll import FormScrollArea
from innerspace.gui.common.page import resize_within_screen
from innerspace.gui.settings.reminders_page import RemindersPage
from innerspace.gui.support.country_chooser import CountryChooser, own_country_code
from innerspace.storage.preferences import Preferences

INTERFACE_SCALES = (100, 125, 150, 175, 200)
CARE_CHECK_WHAT = (
    "When something you save mentions suicide or self-harm, a calm card offers support, at most "
    "once a day. Nothing about it is kept."
)
CARE_CHECK_WHY = (
    "Some people live with long-term thoughts and would rather not feel watched: "
    "it is fine to turn this off."
)


class SettingsDialog(QDialog):
    """Changes apply at once and are reported by ``preferences_changed``."""

    preferences_changed = Signal(object)
    change_passphrase_requested = Signal()
    new_recovery_key_requested = Signal()
    new_data_key_requested = Signal()

    def __init__(
        self,
        prefs: Preferences,
        backups_page: QWidget | None = None,
        parent: QWidget | None = None,
        mood_names_page: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._prefs = prefs
        self._country = prefs.country

        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for label, value in (
            (self.tr("Same as my system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(self.theme.findData(prefs.theme), 0))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(9, 32)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setAccessibleName(self.tr("Text size for writing"))
        self.font_size.setValue(prefs.editor_font_size)
        self.interface_size = QComboBox(self)
        self.interface_size.setAccessibleName(self.tr("Text size of the app"))
        for percent in INTERFACE_SCALES:
            self.interface_size.addItem(self.tr("%1%").replace("%1", str(percent)), percent)
        self.interface_size.setCurrentIndex(
            max(self.interface_size.findData(prefs.interface_text_scale), 0)
        )
        self.reduce_motion = QCheckBox(self.tr("Reduce &motion (the breathing guide stays still)"))
        self.reduce_motion.setChecked(prefs.reduce_motion)

        general = QGroupBox(self.tr("Comfort and privacy"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Writing &text size"), self.font_size)
        form.addRow(self.tr("&App text size"), self.interface_size)
        form.addRow("", self.reduce_motion)

        support = QGroupBox(self.tr("Support"), self)
        self.country = CountryChooser(load_crisis_lines(), support)
        self.country.set_code(own_country_code(prefs.country))
        self.care_check = QCheckBox(self.tr("&Gentle check after saving"), support)
        self.care_check.setChecked(prefs.care_check)
        self.care_check.setToolTip(self.tr(CARE_CHECK_WHAT))
        self.care_check.setAccessibleDescription(
            self.tr(CARE_CHECK_WHAT) + " " + self.tr(CARE_CHECK_WHY)
        )
        care_why = QLabel(self.tr(CARE_CHECK_WHY), support)
        care_why.setWordWrap(True)
        care_why.setProperty("role", "muted")
        support_form = QFormLayout(support)
        support_form.addRow(self.tr("C&ountry for crisis lines"), self.country)
        support_form.addRow("", self.care_check)
        support_form.addRow("", care_why)

        self.reminders = RemindersPage(prefs, self)

        security = QGroupBox(self.tr("Passphrase and recovery key"), self)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"), security)
        self.passphrase_button.clicked.connect(self.change_passphrase_requested)
        self.recovery_button = QPushButton(self.tr("New recovery key…"), security)
        self.recovery_button.clicked.connect(self.new_recovery_key_requested)
        self.new_key_button = QPushButton(self.tr("Re-encrypt under a new key…"), security)
        self.new_key_button.setToolTip(
            self.tr("Stop old passphrases and recovery keys opening your journal from now on")
        )
        self.new_key_button.clicked.connect(self.new_data_key_requested)
        row = QHBoxLayout(security)
        row.addWidget(self.passphrase_button)
        row.addWidget(self.recovery_button)
        row.addWidget(self.new_key_button)
        row.addStretch(1)

        note = QLabel(
            self.tr("Settings are stored unencrypted and never contain anything you wrote."),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        # One scroll for the whole page: at a large text size on a small screen every control
        # keeps its height and the page moves, instead of everything being squeezed.
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(general)
        column.addWidget(support)
        column.addWidget(self.reminders)
        column.addWidget(security)
        if mood_names_page is not None:
            # Its own window: Settings is already as tall as many screens.
            self.mood_names = QDialog(self)
            self.mood_names.setWindowTitle(self.tr("Mood names from other apps"))
            closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=None)
            closing.rejected.connect(self.mood_names.reject)
            mood_layout = QVBoxLayout(self.mood_names)
            mood_layout.addWidget(mood_names_page)
            mood_layout.addWidget(closing)
            imported = QGroupBox(self.tr("Moods from other apps"), page)
            self.mood_names_button = QPushButton(self.tr("Say how &mood names felt…"), imported)
            self.mood_names_button.clicked.connect(self.mood_names.open)
            imported_row = QHBoxLayout(imported)
            imported_row.addWidget(self.mood_names_button)
            imported_row.addStretch(1)
            column.addWidget(imported)
        if backups_page is not None:
            backups = QGroupBox(self.tr("Backups"), page)
            QVBoxLayout(backups).addWidget(backups_page)
            column.addWidget(backups, 1)
        column.addWidget(note)
        self.page = FormScrollArea(page, self)
        # Made last, so Tab reaches Close after everything above it (the backups page joins
        # the dialog only here).
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close, parent=self
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(page)

        self.auto_lock.valueChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        self.font_size.valueChanged.connect(self._changed)
        self.interface_size.currentIndexChanged.connect(self._changed)
        self.reduce_motion.toggled.connect(self._changed)
        self.country.country_chosen.connect(self._country_chosen)
        self.care_check.toggled.connect(self._changed)
        self.reminders.changed.connect(self._changed)

    def _fit_to_screen(self, page: QWidget) -> None:
        """The whole page where it fits; otherwise as tall as the screen allows, scrolling."""
        wanted = page.sizeHint() + QSize(
            self.page.verticalScrollBar().sizeHint().width() + 24,
            self.buttons.sizeHint().height() + 36,
        )
        resize_within_screen(self, wanted.width(), wanted.height())

    def _country_chosen(self, code: str) -> None:
        self._country = code
        self._changed()

    def _changed(self) -> None:
        self._prefs = replace(
            self.reminders.applied_to(self._prefs),
            auto_lock_minutes=self.auto_lock.value(),
            theme=str(self.theme.currentData()),
            editor_font_size=self.font_size.value(),
            interface_text_scale=int(self.interface_size.currentData()),
            reduce_motion=self.reduce_motion.isChecked(),
            # Only a country the person picked: the one the locale suggests is not saved.
            country=self._country,
            care_check=self.care_check.isChecked(),
        )
        self.preferences_changed.emit(self._prefs)
