"""Renders the feelings widgets offscreen to PNG, to look at their layout and colours.

    QT_QPA_PLATFORM=offscreen python -m tools.feelings_screenshots [--out build/feelings]

Each widget is drawn in the light and the dark theme, at the normal font size and at 150%.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from innerspace.core.emotions import EmotionTag
from innerspace.gui.common.theme import apply_theme
from innerspace.gui.journal.context_tags_field import ContextName, ContextTagsField
from innerspace.gui.journal.emotion_picker import EmotionPicker
from innerspace.gui.journal.feelings_panel import EntryFeelings, FeelingsPanel
from innerspace.gui.journal.mood_rating import MoodRating

SAMPLE = EntryFeelings(
    emotions=(EmotionTag("anxious", 70), EmotionTag("hopeful", 35), EmotionTag("tired", 55)),
    mood=4,
    contexts=(
        ContextName("situation", "Friday's meeting"),
        ContextName("people", "Sam"),
        ContextName("place", "home"),
    ),
)
PANEL_WIDTH = 340


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, path: Path, width: int, height: int = 0) -> None:
    widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    settle(app)
    if not height:
        widget.resize(
            width,
            widget.heightForWidth(width)
            if widget.hasHeightForWidth()
            else widget.sizeHint().height(),
        )
        settle(app)
    widget.grab().save(str(path))
    print(path)
    widget.close()


def shoot_all(app: QApplication, out: Path, tag: str, scale: float) -> None:
    width = int(PANEL_WIDTH * max(1.0, scale * 0.9))
    picker = EmotionPicker()
    picker.set_recent(["tired", "anxious"])
    picker.set_emotions(SAMPLE.emotions)
    picker.search.setText("anx")
    shoot(app, picker, out / f"emotion-picker-{tag}.png", width)

    browsing = EmotionPicker()
    browsing.families_view.setCurrentIndex(browsing.families.index(3))
    browsing.families_view.setFocus()
    browsing.map.set_point(-0.6, 0.8)
    browsing.map.pointChosen.emit(-0.6, 0.8)
    shoot(app, browsing, out / f"emotion-picker-map-{tag}.png", width)

    mood = MoodRating()
    mood.set_value(4)
    shoot(app, mood, out / f"mood-rating-{tag}.png", width)

    contexts = ContextTagsField()
    contexts.set_tags(SAMPLE.contexts)
    shoot(app, contexts, out / f"context-tags-{tag}.png", width)

    panel = FeelingsPanel()
    panel.set_value(SAMPLE)
    shoot(app, panel, out / f"feelings-panel-{tag}.png", width, int(900 * scale))
    panel.set_expanded(False)
    shoot(app, panel, out / f"feelings-panel-collapsed-{tag}.png", width)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/feelings-screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # Only the widgets are drawn: a bare application keeps this independent of the main window.
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    base = QFont(app.font())
    for scale in (1.0, 1.5):
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        app.setFont(font)
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"
            shoot_all(app, out, f"{theme}{suffix}", scale)


if __name__ == "__main__":
    main()
