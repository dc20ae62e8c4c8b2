"""Every colour pair a person reads meets WCAG AA in the light and the dark theme: 4.5:1 for
text, 3:1 for the focus border against what it sits on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from innerspace.core.emotions import load_vocabulary
from innerspace.gui.common.theme import apply_theme, colors

TEXT = 4.5
FOCUS_BORDER = 3.0
Role = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The theme applied to the app as the app applies it, the app's own look restored after."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_text_on_every_background(theme: str, qapp: QApplication) -> None:
    palette = qapp.palette()
    pairs = {
        "text on window": (Role.WindowText, Role.Window),
        "text on base": (Role.Text, Role.Base),
        "text on alternate rows": (Role.Text, Role.AlternateBase),
        "button text on button": (Role.ButtonText, Role.Button),
        "placeholder on base": (Role.PlaceholderText, Role.Base),
        "highlighted text on highlight": (Role.HighlightedText, Role.Highlight),
        "link on base": (Role.Link, Role.Base),
        "link on window": (Role.Link, Role.Window),
        "tooltip text": (Role.ToolTipText, Role.ToolTipBase),
    }
    low = {
        name: round(ratio, 2)
        for name, (fg, bg) in pairs.items()
        if (ratio := contrast(palette.color(fg), palette.color(bg))) < TEXT
    }
    assert low == {}, theme


def test_muted_error_and_notice_text(theme: str) -> None:
    c = {key: QColor(value) for key, value in colors(theme).items()}
    pairs = {
        "muted on window": ("muted", "window"),
        "muted on base": ("muted", "base"),
        "muted on button": ("muted", "button"),
        "muted on a notice": ("muted", "accent_soft"),
        "text on a notice": ("text", "accent_soft"),
        "error on window": ("error", "window"),
        "error on base": ("error", "base"),
    }
    low = {
        name: round(ratio, 2)
        for name, (fg, bg) in pairs.items()
        if (ratio := contrast(c[fg], c[bg])) < TEXT
    }
    assert low == {}, theme


def test_the_focus_border_stands_out(theme: str, qapp: QApplication) -> None:
    palette = qapp.palette()
    border = palette.color(Role.Highlight)
    assert f"solid {border.name()}" in qapp.styleSheet()
    for background in (Role.Window, Role.Base, Role.Button):
        assert contrast(border, palette.color(background)) >= FOCUS_BORDER, (theme, background)


def test_feeling_chips_are_legible_in_the_theme_text(theme: str, qapp: QApplication) -> None:
    text = qapp.palette().color(Role.Text)
    low = {
        family.id: round(ratio, 2)
        for family in load_vocabulary().families
        if (
            ratio := contrast(
                text, QColor(family.colour_dark if theme == "dark" else family.colour_light)
            )
        )
        < TEXT
    }
    assert low == {}, theme
