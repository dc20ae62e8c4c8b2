"""The tray icon and the reminder it shows, while the app runs (locked or not).

A reminder only ever says "A moment for yourself?": nothing here is given any content to show,
so no title, assignment or check-in name can reach the desktop's notifications. On Linux desktops
with a tray (a StatusNotifier host), Qt delivers the message as a freedesktop notification;
elsewhere it is the tray's own balloon. Clicking it opens the window, which is at the unlock
screen whenever the journal is locked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from innerspace.core.reminders import ReminderPlan, next_reminder, parse_clock
from innerspace.storage.preferences import Preferences

# The timer wakes at least this often, so a computer that slept or changed its clock still
# reminds close to the time, never hours late.
LONGEST_WAIT = timedelta(minutes=10)
SHOWN_FOR_MS = 15_000


def local_clock() -> datetime:
    return datetime.now().astimezone()


def plan_from(prefs: Preferences) -> ReminderPlan:
    default = ReminderPlan()
    return ReminderPlan(
        on=prefs.reminders_on,
        daily=prefs.reminder_daily,
        at=parse_clock(prefs.reminder_time, default.at),
        homework=prefs.reminder_homework,
        quiet_from=parse_clock(prefs.quiet_from, default.quiet_from),
        quiet_to=parse_clock(prefs.quiet_to, default.quiet_to),
    )


class ReminderTray(QObject):
    """Emits ``open_requested`` when the person clicks the reminder or the tray icon, and
    ``quit_requested`` from the tray's menu; ``reminded(title, text)`` each time one is shown."""

    open_requested = Signal()
    quit_requested = Signal()
    reminded = Signal(str, str)

    def __init__(
        self, clock: Callable[[], datetime] = local_clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._plan = ReminderPlan()
        self._homework_due: frozenset[date] = frozenset()
        self._in_tray = False
        self.next_at: datetime | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._wake)
        self.tray: QSystemTrayIcon | None = None

    def apply(self, plan: ReminderPlan, in_tray: bool = False) -> None:
        """Follow new settings; ``in_tray`` keeps the icon even without reminders."""
        self._plan = plan
        self._in_tray = in_tray
        self._show_icon(plan.on or in_tray)
        self._schedule()

    def set_homework_due_days(self, days: Iterable[date]) -> None:
        """The days homework is due, from whoever reads the assignments after unlocking; they
        are kept in memory only (as dates, nothing more) so reminders work while locked."""
        self._homework_due = frozenset(days)
        self._schedule()

    def remind(self) -> None:
        title = self.tr("InnerSpace")
        text = self.tr("A moment for yourself?")
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.NoIcon, SHOWN_FOR_MS)
        self.reminded.emit(title, text)

    def _schedule(self) -> None:
        self._timer.stop()
        if not self._plan.on:
            # Nothing to wait for; and the time-zone code needn't load before the first window.
            self.next_at = None
            return
        from innerspace.core.entries import person_zone

        now = self._clock()
        # In the person's named zone where there is one, so a reminder after the clocks change
        # comes at the time on the clock, not an hour off.
        zone = person_zone()
        if zone is not None and now.tzinfo is not None:
            now = now.astimezone(zone)
        self.next_at = next_reminder(self._plan, now, self._homework_due)
        if self.next_at is not None:
            self._wait_until(self.next_at)

    def _wait_until(self, moment: datetime) -> None:
        wait = min(max(moment - self._clock(), timedelta(0)), LONGEST_WAIT)
        self._timer.start(int(wait.total_seconds() * 1000) + 1)

    def _wake(self) -> None:
        if self.next_at is None:
            return
        if self._clock() >= self.next_at:
            self.remind()
            self._schedule()
        else:
            self._wait_until(self.next_at)

    def _show_icon(self, wanted: bool) -> None:
        if not wanted or not QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is not None:
                self.tray.hide()
                self.tray.deleteLater()
                self.tray = None
            return
        if self.tray is not None:
            return
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        tray = QSystemTrayIcon(icon, self)
        # The tooltip names the app only: no entry, no count, nothing about the journal.
        tray.setToolTip(self.tr("InnerSpace"))
        menu = QMenu()
        open_action = QAction(self.tr("&Open InnerSpace"), menu)
        open_action.triggered.connect(self.open_requested)
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        self._menu = menu  # the tray doesn't own its menu
        tray.messageClicked.connect(self.open_requested)
        tray.activated.connect(self._on_activated)
        tray.show()
        self.tray = tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
