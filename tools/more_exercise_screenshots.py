"""Screenshots of the relationship pattern, dream log, grounding, body scan, self-compassion and
coping toolbox forms, filled in a little, in light and dark and at 150 % text.

    QT_QPA_PLATFORM=offscreen python -m tools.more_exercise_screenshots [out-folder]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from innerspace.core.exercises import (
    BodyScan,
    CopingUse,
    DreamLog,
    EmotionRating,
    GroundingCheck,
    RegionNote,
    RelationshipPattern,
    SelfCompassionBreak,
)
from innerspace.gui.common.theme import apply_theme
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.body_scan import BodyScanForm
from innerspace.gui.exercises.coping_toolbox import CopingToolboxForm
from innerspace.gui.exercises.dream_log import DreamLogForm
from innerspace.gui.exercises.grounding import GroundingForm
from innerspace.gui.exercises.relationship_pattern import RelationshipPatternForm
from innerspace.gui.exercises.self_compassion import SelfCompassionForm

WIDTH = 620


def _coping() -> CopingToolboxForm:
    form = CopingToolboxForm()
    form.set_strategies(["A walk outside", "Mint tea", "Calling my sister"])
    form.set_value(
        CopingUse("A walk outside", "moving", 7, 4, 6, "Earlier in the day helps.", cost_later=0)
    )
    return form


def _grounding() -> GroundingForm:
    form = GroundingForm()
    form.set_value(GroundingCheck(see=["the window", "a blue mug"], distress_before=6))
    form.steps.show_step(1)
    return form


def _body_scan() -> BodyScanForm:
    form = BodyScanForm()
    form.set_value(BodyScan([RegionNote("chest", ["tension", "warmth"], 4, "after the call")]))
    form.steps.show_step(4)
    return form


def _self_compassion() -> SelfCompassionForm:
    form = SelfCompassionForm()
    form.set_value(SelfCompassionBreak("This really hurts.", "", "You did what you could."))
    form.steps.show_step(2)
    return form


def _dream() -> DreamLogForm:
    form = DreamLogForm()
    form.set_value(
        DreamLog(
            dream="A house with a door I couldn't find.",
            feelings="Lost, then relieved on waking.",
            emotions=[EmotionRating("afraid", 60)],
            recurring=True,
        )
    )
    return form


def _relationship() -> RelationshipPatternForm:
    form = RelationshipPatternForm()
    form.set_value(
        RelationshipPattern(
            situation="I asked my sister for help with the move.",
            people=["my sister"],
            wish="To be helped without asking twice.",
            my_response="Hurt, then I said it was fine.",
            self_response="Too needy, and a bit silly for asking.",
        )
    )
    return form


SHOTS: dict[str, Callable[[], ExerciseForm]] = {
    "relationship-pattern": _relationship,
    "dream-log": _dream,
    "grounding": _grounding,
    "body-scan": _body_scan,
    "self-compassion": _self_compassion,
    "coping-toolbox": _coping,
}


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    base_size = app.font().pointSizeF()
    for scale, suffix in ((1.0, ""), (1.5, "-150")):
        font = QFont(app.font())
        font.setPointSizeF(base_size * scale)
        app.setFont(font)
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            for name, build in SHOTS.items():
                form = build()
                form.resize(int(WIDTH * scale), 10)
                form.show()
                form.resize(int(WIDTH * scale), form.heightForWidth(int(WIDTH * scale)))
                form.adjustSize()
                form.resize(int(WIDTH * scale), form.sizeHint().height())
                app.processEvents()
                path = out / f"{name}-{theme}{suffix}.png"
                form.grab().save(str(path))
                print(path)
                form.close()
                form.deleteLater()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/exercises-more"))
