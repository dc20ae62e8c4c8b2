"""First run: a calm welcome, a passphrase typed twice, and the recovery key shown once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.safety_plan import load_crisis_lines
from innerspace.gui.common.messages import describe_error
from innerspace.gui.common.page import card, label
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.security.passphrase_field import NewPassphraseForm
from innerspace.gui.security.recovery_key_view import RecoveryKeyView
from innerspace.gui.support.country_chooser import CountryChooser, own_country_code

if TYPE_CHECKING:
    # Loaded when the journal is created, not before the first window.
    from innerspace.storage.keyfile import KdfParams
    from innerspace.storage.vault import Vault


class CreateJournalScreen(QWidget):
    """Emits ``journal_ready(vault)`` once the journal exists and its recovery key is stored."""

    journal_ready = Signal(object)
    restore_requested = Signal()
    support_requested = Signal()
    country_chosen = Signal(str)  # asked once here; the window remembers it

    def __init__(
        self,
        worker: DatabaseWorker,
        data_dir: Path,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.data_dir = data_dir
        self.kdf = kdf
        self._vault: Vault | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        # In the corner, as on the unlock screen: breathing, grounding and crisis lines.
        self.support_button = QPushButton(self.tr("Support now"), self)
        self.support_button.setToolTip(self.tr("Breathing, grounding and crisis lines"))
        self.support_button.clicked.connect(self.support_requested)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.support_button)
        layout = QVBoxLayout(self)
        layout.addLayout(corner)
        layout.addWidget(self.pages)

    # -- pages ------------------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page, col = card(self)
        col.addWidget(label(self.tr("Welcome to InnerSpace"), page, "heading"))
        col.addWidget(
            label(
                self.tr(
                    "A private place to write, reflect and notice your own patterns — "
                    "between therapy sessions, or simply for yourself."
                ),
                page,
            )
        )
        for promise in (
            self.tr("It stays on this computer. No account, no cloud, nothing is ever sent."),
            self.tr(
                "It is encrypted with a passphrase only you know. Anyone who copies the files "
                "sees only scrambled data."
            ),
            self.tr(
                "It locks itself when you step away, and keeps your words safe if the computer "
                "crashes."
            ),
        ):
            col.addWidget(label("•  " + promise, page))
        col.addWidget(
            label(
                self.tr(
                    "InnerSpace is a journal, not a replacement for therapy or emergency care. "
                    "If you are in danger or thinking of harming yourself, please contact your "
                    "local emergency number or a crisis line now."
                ),
                page,
                "muted",
            )
        )
        # Asked once, and skippable: Support now shows this country's crisis lines.
        self.country = CountryChooser(load_crisis_lines(), page)
        self.country.set_code(own_country_code(""))
        self.country.country_chosen.connect(self.country_chosen)
        country_form = QFormLayout()
        country_form.addRow(self.tr("Your &country, for crisis lines"), self.country)
        col.addLayout(country_form)
        col.addWidget(
            label(
                self.tr("You can leave this as it is, and change it later in Settings."),
                page,
                "muted",
            )
        )
        self.start_button = QPushButton(self.tr("Create my journal"), page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._show_passphrase_page)
        # A new computer: bring a journal back from its backup instead of starting afresh.
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), page)
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        col.addSpacing(8)
        col.addLayout(buttons)
        return page

    def _passphrase_page(self) -> QWidget:
        page, col = card(self)
        col.addWidget(label(self.tr("Choose a passphrase"), page, "heading"))
        col.addWidget(
            label(
                self.tr(
                    "You will type it each time you open your journal. A short sentence or a "
                    "few unrelated words work well. If you forget it, only your recovery key "
                    "can open the journal."
                ),
                page,
            )
        )
        self.new_passphrase = NewPassphraseForm(page)
        self.create_error = label("", page, "error")
        self.create_error.setAccessibleName(self.tr("Problem"))
        self.create_busy = QProgressBar(page)
        self.create_busy.setRange(0, 0)
        self.create_busy.setAccessibleName(self.tr("Creating your journal"))
        self.create_busy.hide()
        self.busy_note = label(
            self.tr(
                "Creating your journal… This takes a moment on purpose: it makes guessing "
                "your passphrase very slow."
            ),
            page,
            "muted",
        )
        self.busy_note.hide()
        self.back_button = QPushButton(self.tr("Back"), page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Create journal"), page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_journal)
        self.new_passphrase.changed.connect(self._validate)
        self.new_passphrase.submitted.connect(self.create_journal)
        col.addWidget(self.new_passphrase)
        col.addWidget(self.create_error)
        col.addWidget(self.create_busy)
        col.addWidget(self.busy_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        col.addLayout(buttons)
        return page

    def _recovery_page(self) -> QWidget:
        page, col = card(self, 680)
        col.addWidget(label(self.tr("Your recovery key"), page, "heading"))
        self.recovery = RecoveryKeyView(page)
        col.addWidget(self.recovery)
        self.continue_button = QPushButton(self.tr("Open my journal"), page)
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._finish)
        self.recovery.confirmed.connect(self.continue_button.setEnabled)
        col.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _show_passphrase_page(self) -> None:
        self.pages.setCurrentIndex(1)
        self.new_passphrase.setFocus()

    def _validate(self) -> None:
        self.create_error.clear()
        self.create_button.setEnabled(self.new_passphrase.is_acceptable())

    def create_journal(self) -> None:
        from innerspace.storage.vault import Vault

        if not self.create_button.isEnabled():
            return
        passphrase = self.new_passphrase.text()
        self._set_busy(True)
        folder, kdf = self.data_dir, self.kdf
        self.worker.submit(
            lambda: Vault.create(folder, passphrase, kdf=kdf), self._on_created, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.new_passphrase, self.create_button, self.back_button):
            w.setEnabled(not busy)
        self.create_busy.setVisible(busy)
        self.busy_note.setVisible(busy)

    def _on_created(self, created: tuple[Vault, str | None]) -> None:
        self._vault, recovery_key = created
        self.new_passphrase.clear()
        self._set_busy(False)
        self.recovery.set_key(recovery_key or "")
        self.pages.setCurrentIndex(2)
        self.recovery.copy_button.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._validate()
        self.create_error.setText(describe_error(error))

    def _finish(self) -> None:
        vault, self._vault = self._vault, None
        self.recovery.forget()
        if vault is not None:
            self.journal_ready.emit(vault)

    def take_vault(self) -> Vault | None:
        """If the window locks before "Open my journal", it closes the new vault itself."""
        vault, self._vault = self._vault, None
        return vault
