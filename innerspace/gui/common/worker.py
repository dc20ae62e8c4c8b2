"""All database work runs on one background thread; results come back to the GUI by signal.

``DatabaseWorker.submit(job, on_done, on_error)`` runs ``job()`` on the single worker thread and
calls ``on_done(result)`` or ``on_error(exception)`` on the GUI thread. Jobs run in the order they
were submitted, so "save the draft, then close the vault" needs no extra locking. Callbacks
must only touch widgets; ``job`` must never touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

# Jobs that make many objects hold collections (screens import it from here).
from innerspace.core.held_collections import collections_held as collections_held

log = logging.getLogger(__name__)

Job = Callable[[], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class DatabaseWorker(QObject):
    _finished = Signal(object, object, object)  # callback, result, is_error

    def __init__(self, parent: QObject | None = None, *, name: str = "innerspace-db") -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._shut_down = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self, job: Job, on_done: OnDone | None = None, on_error: OnError | None = None
    ) -> Future[Any]:
        if self._shut_down:
            # The app is closing and its journal is already closed: a late refresh (a backup
            # list answering a backup that just finished, say) has nothing left to do.
            log.info("a background job came after closing and was not run")
            late: Future[Any] = Future()
            late.cancel()
            return late
        self._pending += 1
        future = self._executor.submit(job)

        def finished(done: Future[Any]) -> None:
            # Runs on the worker thread: hand the outcome to the GUI thread by signal, unless
            # whoever owned this worker is gone (a backup that outlived its journal's screens).
            if not shiboken6.isValid(self):
                return
            error = done.exception()
            if error is not None:
                log.warning("background job failed: %s", type(error).__name__)
                self._finished.emit(on_error, error, True)
            else:
                self._finished.emit(on_done, done.result(), False)

        future.add_done_callback(finished)
        return future

    def wait(self, timeout: float | None = None) -> None:
        """Block until every job submitted so far has run (for shutdown and tests)."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self, *, wait: bool = True) -> None:
        """Take no more jobs; with ``wait``, block until the ones submitted have run."""
        self._shut_down = True
        self._executor.shutdown(wait=wait)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, is_error: bool) -> None:
        self._pending -= 1
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the screen that asked was closed (for example by locking)
        if callback is not None:
            callback(value)
        elif is_error:
            log.error("unhandled background error: %s", type(value).__name__)


def submit_for(
    owner: QObject,
    worker: DatabaseWorker,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Future[Any]:
    """``worker.submit`` for a screen that may close before the answer comes: an answer for a
    screen that is gone is dropped instead of reaching a deleted widget."""

    def done(result: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(error: BaseException) -> None:
        if shiboken6.isValid(owner):
            on_error(error)

    return worker.submit(job, done, failed)
