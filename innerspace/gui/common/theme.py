"""Light and dark palettes: calm, warm and legible; "system" follows the OS and its changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "window": "#f6f3ee",
    "base": "#fffdf9",
    "alternate": "#efe9e1",
    "text": "#2b2a28",
    "muted": "#6b6560",
    "button": "#ece6dd",
    "highlight": "#577b6f",
    "highlighted_text": "#ffffff",
    "link": "#3d6b8c",
    "accent_soft": "#dfe9e4",
    "error": "#a3372c",
}
_DARK = {
    "window": "#1f2123",
    "base": "#26292b",
    "alternate": "#2c3033",
    "text": "#e8e4de",
    "muted": "#b1aba4",
    "button": "#2f3336",
    "highlight": "#7fa89a",
    "highlighted_text": "#111413",
    "link": "#8dbbe0",
    "accent_soft": "#33413c",
    "error": "#f0a39a",
}


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def colors(theme: str) -> dict[str, str]:
    return _DARK if is_dark(theme) else _LIGHT


def apply_theme(app: QApplication, theme: str) -> None:
    c = colors(theme)
    app.setStyle("Fusion")
    palette = QPalette()
    role = QPalette.ColorRole
    for r, key in (
        (role.Window, "window"),
        (role.Base, "base"),
        (role.AlternateBase, "alternate"),
        (role.Text, "text"),
        (role.WindowText, "text"),
        (role.ButtonText, "text"),
        (role.ToolTipText, "text"),
        (role.ToolTipBase, "base"),
        (role.Button, "button"),
        (role.Highlight, "highlight"),
        (role.HighlightedText, "highlighted_text"),
        (role.Link, "link"),
        (role.PlaceholderText, "muted"),
    ):
        palette.setColor(r, QColor(c[key]))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, r, QColor(c["muted"]))
    app.setPalette(palette)
    # Focus must always be visible, whatever the widget style draws by default.
    app.setStyleSheet(
        f"""
        QWidget:focus {{ outline: none; }}
        QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QListView:focus,
        QSpinBox:focus, QComboBox:focus {{
            border: 2px solid {c["highlight"]}; border-radius: 4px; }}
        QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
            border: 2px solid {c["highlight"]}; border-radius: 4px; }}
        QPushButton {{ padding: 6px 14px; }}
        QToolButton[popupMode="2"] {{ padding-right: 18px; }}
        QToolButton::menu-indicator {{
            subcontrol-origin: padding; subcontrol-position: right center; right: 4px; }}
        QLabel[role="muted"] {{ color: {c["muted"]}; }}
        QLabel[role="error"] {{ color: {c["error"]}; }}
        QFrame[role="card"] {{ background: {c["base"]}; border-radius: 10px; }}
        QFrame[role="notice"] {{ background: {c["accent_soft"]}; border-radius: 6px; }}
        """
    )


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Every screen's text at ``percent`` of the system's size (widgets built from the app font
    follow at once; a few headings sized at build time follow when next shown)."""
    base = app.property("innerspace_base_point_size")
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty("innerspace_base_point_size", base)
    font = app.font()
    size = base * percent / 100
    if abs(font.pointSizeF() - size) < 0.01:
        return
    font.setPointSizeF(size)
    app.setFont(font)
    # With a style sheet in use, widgets take the new font only when the sheet is applied again.
    app.setStyleSheet(app.styleSheet())
