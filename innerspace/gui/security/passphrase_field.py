"""A passphrase field with a show/hide button, and a strength meter to go with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from innerspace.core.passphrase import MIN_LENGTH, Strength, estimate_strength


class PassphraseField(QWidget):
    """A masked line edit; the eye button shows what was typed, for people who need to check."""

    returnPressed = Signal()
    textChanged = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhHiddenText
        )
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.textChanged.connect(self.textChanged)
        self.reveal = QToolButton(self)
        self.reveal.setCheckable(True)
        self.reveal.setText(self.tr("Show"))
        self.reveal.setAccessibleName(self.tr("Show passphrase"))
        self.reveal.toggled.connect(self._on_reveal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.reveal)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.reveal.setChecked(False)

    def _on_reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.reveal.setAccessibleName(
            self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        )


class StrengthMeter(QWidget):
    """A bar and a sentence; never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        estimate = estimate_strength(passphrase)
        self.bar.setValue(int(estimate.strength))
        self.label.setText(self._describe(estimate.strength, len(passphrase)))
        self.bar.setAccessibleDescription(self.label.text())

    def _describe(self, strength: Strength, length: int) -> str:
        if length == 0:
            return self.tr(
                "A few unrelated words make a passphrase that is strong and easy to remember."
            )
        if strength == Strength.TOO_SHORT:
            return self.tr("Too short: please use at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        return {
            Strength.WEAK: self.tr("Weak: someone with your files could guess this. Add words."),
            Strength.FAIR: self.tr("Fair. One or two more words would make it much stronger."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }[strength]


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with the strength meter and a kind word when they differ.

    ``changed`` is emitted on every keystroke; ``is_acceptable()`` says whether the two match
    and are long enough.
    """

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.meter = StrengthMeter(self)
        self.repeat = PassphraseField(self.tr("Type the new passphrase again"), self)
        first = QLabel(self.tr("&New passphrase"), self)
        first.setBuddy(self.passphrase.edit)
        second = QLabel(self.tr("Type it &again"), self)
        second.setBuddy(self.repeat.edit)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.hint.setAccessibleName(self.tr("Hint"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            first,
            self.passphrase,
            self.meter,
            second,
            self.repeat,
            self.problem,
            self.hint,
        ):
            layout.addWidget(widget)
        self.passphrase.textChanged.connect(self._on_changed)
        self.repeat.textChanged.connect(self._on_changed)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submitted)
        self.setFocusProxy(self.passphrase)

    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= MIN_LENGTH and text == self.repeat.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def _on_changed(self) -> None:
        text, again = self.passphrase.text(), self.repeat.text()
        self.meter.update_for(text)
        # Only complain once the second passphrase can no longer become the first one.
        differs = bool(again) and (
            not text.startswith(again) or (again != text and len(again) >= len(text))
        )
        self.problem.setText(self.tr("The two passphrases are different.") if differs else "")
        # Until then, say why the button waits rather than leave it silently greyed out.
        unfinished = bool(again) and again != text and not differs
        self.hint.setText(
            self.tr("So far the same; keep typing until both are whole.") if unfinished else ""
        )
        self.changed.emit()
