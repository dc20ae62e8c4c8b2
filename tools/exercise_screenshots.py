"""Renders the guided-exercise forms offscreen to PNG, to look at their layout and colours.

    QT_QPA_PLATFORM=offscreen python -m tools.exercise_screenshots [--out build/exercises]

Each form is drawn inside its dialog, in the light and the dark theme, at the normal font size
and at 150%, filled with sample content. To add an exercise, append a ``Shot`` to ``FORMS``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    EmotionRating,
    ThoughtRecord,
)
from innerspace.gui.application import application
from innerspace.gui.common.theme import apply_theme
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.exercise_dialog import ExerciseDialog
from innerspace.gui.exercises.free_association import FreeAssociation, FreeAssociationForm
from innerspace.gui.exercises.thought_record import ThoughtRecordForm
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault

PASSPHRASE = "sample journal passphrase"
WIDTH = 720
# PySide6 6.12 on Python 3.11 drops a reference to None on every call that returns nothing;
# many offscreen paints in one process would free None. Extra references keep this run alive.
_NONE_REFERENCES = [None] * 5_000_000


@dataclass(frozen=True)
class Shot:
    """One picture: a name, how to build the form, and what to show in it."""

    name: str
    build: Callable[[DatabaseWorker, Vault], ExerciseForm]
    sample: object


FORMS: list[Shot] = [
    Shot("thought-record-empty", lambda w, v: ThoughtRecordForm(w, v), None),
    Shot(
        "thought-record",
        lambda w, v: ThoughtRecordForm(w, v),
        ThoughtRecord(
            situation="Friday's team meeting. I shared my draft and nobody said anything.",
            emotions=[EmotionRating("anxious", 70), EmotionRating("ashamed", 50)],
            automatic_thoughts=[
                AutomaticThought("They think my work is bad.", 80, hot=True),
                AutomaticThought("I should never have spoken up.", 60),
            ],
            distortions=["mind-reading", "all-or-nothing"],
            evidence_for="Nobody commented. Sam looked at the clock.",
            evidence_against="Two people asked for the file afterwards. It was 4:55 on a Friday.",
            balanced_thought="Silence at the end of a long week says little about my draft.",
            balanced_belief=60,
            emotions_after=[EmotionRating("anxious", 40), EmotionRating("ashamed", 20)],
            hot_belief_after=45,
        ),
    ),
    Shot(
        "activity-log",
        lambda w, v: ActivityLogForm(),
        ActivityLog(
            activity="Walked to the park and sat by the pond",
            when="2025-03-08T10:30",
            enjoyment=6,
            achievement=4,
            mood_before=3,
            mood_after=5,
            notes="Harder to get out of the door than to keep going.",
        ),
    ),
    Shot(
        "free-association",
        lambda w, v: FreeAssociationForm(),
        FreeAssociation(
            8,
            "2025-03-08T22:10:00+00:00",
            "water, the blue kitchen, waiting for a call that doesn't come, stuck, stuck, "
            "the smell of oranges, my grandmother's hands",
        ),
    ),
    Shot("free-association-new", lambda w, v: FreeAssociationForm(), None),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot_all(
    app: QApplication, worker: DatabaseWorker, vault: Vault, out: Path, tag: str, scale: float
) -> None:
    for shot in FORMS:
        form = shot.build(worker, vault)
        dialog = ExerciseDialog(worker, vault, form)
        if shot.sample is not None:
            form.set_value(shot.sample)
        dialog.resize(int(WIDTH * max(1.0, scale * 0.9)), int(900 * scale))
        dialog.show()
        worker.wait()
        settle(app)
        if shot.sample is not None:
            # The traps load in the background; show the sample's ticks once they are in.
            form.set_value(shot.sample)
            settle(app)
        # The whole form, unrolled, as if the person scrolled through it.
        page = form.grab()
        path = out / f"{shot.name}-{tag}.png"
        page.save(str(path))
        dialog.grab().save(str(out / f"{shot.name}-dialog-{tag}.png"))
        print(path)
        dialog.reject()
        dialog.deleteLater()
        settle(app)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/exercise-screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    worker = DatabaseWorker()
    base = QFont(app.font())
    with tempfile.TemporaryDirectory() as folder:
        vault, _key = Vault.create(Path(folder) / "journal", PASSPHRASE, kdf=FLOOR)
        with vault:
            for scale in (1.0, 1.5):
                font = QFont(base)
                font.setPointSizeF(base.pointSizeF() * scale)
                app.setFont(font)
                for theme in ("light", "dark"):
                    apply_theme(app, theme)
                    suffix = "" if scale == 1.0 else f"-{int(scale * 100)}"
                    shoot_all(app, worker, vault, out, f"{theme}{suffix}", scale)
            worker.wait()
    worker.shutdown()


if __name__ == "__main__":
    main()
