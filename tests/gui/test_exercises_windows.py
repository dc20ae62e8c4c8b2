"""The exercise windows as a person meets them: the intro said once, one scroll per window, the
control that has the keyboard focus always in view, and the activity log's time safe from typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from innerspace.core.exercises import load_exercise_guides
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.exercises.exercise_dialog import (
    EXERCISE_KINDS,
    ExerciseDialog,
    open_exercise,
)
from innerspace.storage.vault import Vault


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    running = DatabaseWorker()
    yield running
    running.wait()
    running.shutdown()


def run(worker: DatabaseWorker, job: Callable[[], Any]) -> Any:
    return worker.submit(job).result(timeout=10)


def opened(qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str) -> ExerciseDialog:
    dialog = open_exercise(kind, worker, vault)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    worker.wait()
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("kind", list(EXERCISE_KINDS))
def test_every_exercise_window_says_its_introduction_once(
    qtbot: QtBot, worker: DatabaseWorker, vault: Vault, kind: str
) -> None:
    intro = load_exercise_guides()[kind].intro
    dialog = opened(qtbot, worker, vault, kind)
    saying_it = [
        shown
        for shown in dialog.findChildren(QLabel)
        if intro in shown.text() and shown.isVisibleTo(dialog)
    ]
    assert saying_it == [dialog.intro]
    dialog.reject()
