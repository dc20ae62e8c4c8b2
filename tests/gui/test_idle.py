"""Auto-lock counts time away even when the computer slept (the monotonic clock stood still)."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from innerspace.gui.common.idle import IdleWatcher
from tests.gui.conftest import FakeClock


def test_a_night_asleep_counts_as_idle(qtbot: QtBot) -> None:
    monotonic, wall = FakeClock(), FakeClock()
    watcher = IdleWatcher(300, monotonic, wall_clock=wall)
    watcher.start()
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    wall.advance(8 * 3600)  # the lid was closed: only the wall clock moved
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        watcher.check()


def test_it_fires_once_and_only_when_armed(qtbot: QtBot) -> None:
    monotonic, wall = FakeClock(), FakeClock()
    watcher = IdleWatcher(300, monotonic, wall_clock=wall)
    monotonic.advance(600)
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()  # not started: nothing to lock
    watcher.start()
    monotonic.advance(301)
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        watcher.check()
    monotonic.advance(600)
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()


def test_a_job_that_comes_after_closing_is_not_run_and_raises_nothing() -> None:
    from innerspace.gui.common.worker import DatabaseWorker

    worker = DatabaseWorker()
    ran: list[int] = []
    worker.submit(lambda: ran.append(1))
    worker.wait()
    worker.shutdown()
    late = worker.submit(lambda: ran.append(2))
    assert late.cancelled()
    assert ran == [1]


class CountingWatcher(IdleWatcher):
    seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen += 1
        return super().eventFilter(watched, event)


def test_input_goes_through_the_watcher_only_while_it_is_armed(qtbot: QtBot) -> None:
    # Locked (the unlock screen), no event pays a trip through Python: the first window paints
    # sooner, and typing the passphrase isn't slowed.
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = CountingWatcher(300)
    qtbot.keyClicks(field, "abc")
    assert watcher.seen == 0
    watcher.start()
    qtbot.keyClicks(field, "abc")
    assert watcher.seen > 0
    watcher.stop()
    seen = watcher.seen
    qtbot.keyClicks(field, "abc")
    assert watcher.seen == seen
