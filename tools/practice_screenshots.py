"""Screenshots of what matters to me, a planned activity, the fear ladder, the behavioural
experiment, and their Patterns figures, in light and dark and at 150 % text.

    QT_QPA_PLATFORM=offscreen python -m tools.practice_screenshots [--out folder]
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.entries import Entry
from innerspace.core.exercises import ActivityLog
from innerspace.core.fear_ladder import FearLadder, LadderAttempt, LadderStep
from innerspace.core.values_activities import ValueArea, ValuesList
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.activity_log import ActivityLogForm
from innerspace.gui.exercises.base import ExerciseForm
from innerspace.gui.exercises.behavioural_experiment import BehaviouralExperimentForm
from innerspace.gui.exercises.fear_ladder import FearLadderForm
from innerspace.gui.exercises.values_list import ValuesForm
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tools.shots import run_in_themes_and_sizes

WIDTH = 640
ZONE = timezone(timedelta(hours=1))
VALUES = ValuesList(
    [
        ValueArea("Relationships", "Be a warm, present friend", 9),
        ValueArea("Health and body", "Move a little every day", 7),
        ValueArea("Play and rest", "Make music again", 6),
    ]
)
LADDER = FearLadder(
    "Taking the lift at work",
    [
        LadderStep("Stand by the lift doors", 20),
        LadderStep("Ride one floor with a friend", 50),
        LadderStep("Ride one floor alone", 70),
    ],
    [
        LadderAttempt("Stand by the lift doors", "2026-11-20T09:00", 20, 40, 8, "Shaky"),
        LadderAttempt("Stand by the lift doors", "2026-11-24T09:00", 20, 25, 4),
        LadderAttempt("Stand by the lift doors", "2026-11-28T09:00", 20, 10, 2),
        LadderAttempt("Ride one floor with a friend", "2026-12-01T09:00", 50, 45, 6),
    ],
)
EXPERIMENTS = (
    ("If I ask for help, people will think I'm useless.", 75, 30),
    ("People were rushed; silence isn't a verdict on me.", 40, 70),
)
PLANS = [
    ActivityLog(
        "Call Ana",
        planned=True,
        value="Be a warm, present friend",
        done=True,
        mood_before=4,
        mood_after=7,
    ),
    ActivityLog(
        "Lunch with Sam",
        planned=True,
        value="Be a warm, present friend",
        done=True,
        mood_before=5,
        mood_after=6,
    ),
    ActivityLog("Ten-minute walk", planned=True, value="Move a little every day", done=False),
    ActivityLog("Guitar after dinner", planned=True, value="Make music again", done=None),
]


def _values() -> ExerciseForm:
    form = ValuesForm()
    form.set_value(VALUES)
    return form


def _plan() -> ExerciseForm:
    form = ActivityLogForm()
    form.set_values(VALUES.names())
    form.set_value(
        ActivityLog(
            "Ten-minute walk",
            "2026-12-08T17:00",
            planned=True,
            value="Move a little every day",
            done=True,
            mood_before=4,
            mood_after=6,
            enjoyment=5,
            achievement=7,
        )
    )
    return form


def _ladder() -> ExerciseForm:
    form = FearLadderForm()
    form.set_value(LADDER)
    return form


def _experiment() -> ExerciseForm:
    form = BehaviouralExperimentForm()
    form.set_value(
        BehaviouralExperiment(
            "If I ask for help, people will think I'm useless.",
            75,
            "Sam will sigh and look annoyed.",
            "Ask Sam about the report on Tuesday.",
            "Sam helped and said it was a good question.",
            "Asking can be welcome.",
            30,
        )
    )
    return form


FORMS: dict[str, Callable[[], ExerciseForm]] = {
    "values": _values,
    "activity-plan": _plan,
    "fear-ladder": _ladder,
    "behavioural-experiment": _experiment,
}


def _settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def _add(journal: Journal, day: int, exercise: Any, status: str = "complete") -> None:
    when = datetime(2026, 12, day, 9, 0, tzinfo=ZONE)
    fields = {**exercise.to_fields(), "status": status}
    journal.add(Entry(body="…", created=when, updated=when, kind=exercise.KIND, fields=fields))


def shoot(app: QApplication, folder: Path, out: Path, tag: str) -> None:
    scale = 1.5 if tag.endswith("150") else 1.0
    for name, build in FORMS.items():
        form = build()
        width = int(WIDTH * scale)
        form.resize(width, 10)
        form.show()
        form.resize(width, form.sizeHint().height())
        _settle(app)
        _save(form, out / f"exercises-a-{name}-{tag}.png")
        form.close()
        form.deleteLater()

    vault, _ = Vault.create(folder / "journal", "a quiet room with a window", kdf=FLOOR)
    with vault:
        journal = Journal(vault)
        for day, plan in enumerate(PLANS, start=1):
            _add(journal, day, plan)
        _add(journal, 1, LADDER, status="draft")
        _add(
            journal,
            2,
            BehaviouralExperiment(
                "If I ask for help, people will think I'm useless.", 75, belief_after=30
            ),
        )
        _add(
            journal,
            3,
            BehaviouralExperiment(
                "People were rushed; silence isn't a verdict on me.", 40, belief_after=70
            ),
        )
        worker = DatabaseWorker()
        theme = "dark" if tag.startswith("dark") else "light"
        screen = PatternsScreen(
            worker, Feelings(vault), theme, today=lambda: datetime(2026, 12, 5).date()
        )
        screen.resize(int(1100 * scale), 900)
        screen.show()
        loads: list[bool] = []
        screen.loaded.connect(lambda: loads.append(True))
        screen.start()
        while not loads:
            _settle(app, 50)
        sections = (screen.planning_section, screen.fear_ladder_section, screen.experiment_section)
        for section in sections:
            section.more.setChecked(True)
        _settle(app)
        _save(screen.planning_section, out / f"exercises-a-patterns-planning-{tag}.png")
        _save(screen.fear_ladder_section, out / f"exercises-a-patterns-ladder-{tag}.png")
        _save(screen.experiment_section, out / f"exercises-a-patterns-experiments-{tag}.png")
        screen.fear_ladder_section.toggle.click()
        _settle(app)
        _save(screen.fear_ladder_section, out / f"exercises-a-patterns-ladder-table-{tag}.png")
        screen.close()
        worker.wait()
        worker.shutdown()


if __name__ == "__main__":
    run_in_themes_and_sizes(shoot, __doc__ or "", "/tmp/exercises-a")
