"""Builds the QApplication (identity, theme, translations) and runs the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from innerspace import APP_ID, APP_NAME, __version__
from innerspace.gui.common.accessibility import install_accessible_roles
from innerspace.gui.common.theme import apply_text_scale, apply_theme
from innerspace.gui.main_window import AppWindow
from innerspace.resources import resource_path
from innerspace.storage.preferences import load_preferences

# A window that is shown but never painted (another workspace, a window manager that waits)
# still gets what comes after its first paint, this much later.
LATEST_AFTER_SHOWING_MS = 2000


def application(*, private_settings: bool = True) -> QApplication:
    """The app, made once; without ``private_settings`` the caller keeps Qt's settings private
    itself (``run_app`` does it once the first window is painted)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if private_settings:
        keep_qt_settings_private()
    app.setWindowIcon(QIcon(str(resource_path("icons", "innerspace.svg"))))
    install_translations(app)
    install_accessible_roles()
    return app


def keep_qt_settings_private() -> None:
    """Qt's file dialogs remember recent folders in a settings file shared by every Qt app.

    Folder names can say a lot ("Letters to my therapist"), so Qt's settings go to a private
    temporary folder that is removed when the app quits; on Linux the toolkit's own dialogs,
    which add to the desktop's recent-files list, are not used.
    """
    from innerspace.storage.leftovers import session_folder

    # Marked in use while this process runs; if it is killed, the next start removes it.
    private = session_folder()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(private))
    if sys.platform.startswith("linux"):
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


def install_translations(app: QApplication) -> None:
    """Qt's own strings and ours, in the person's language when a translation exists."""
    locale = QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    if ours.load(locale, "innerspace", "_", str(resource_path("translations"))):
        app.installTranslator(ours)


def run_app(data_dir: Path, demo_passphrase: str | None = None, in_tray: bool = False) -> int:
    app = application(private_settings=False)
    prefs = load_preferences(data_dir)
    apply_theme(app, prefs.theme)
    apply_text_scale(app, prefs.interface_text_scale)
    window = AppWindow(data_dir, prefs, demo_passphrase=demo_passphrase)

    def when_on_screen() -> None:
        # The journal's storage modules (SQLCipher, the key's cryptography) load here, not
        # before the first window; no file dialog can open before the window is painted.
        from innerspace.storage.leftovers import tidy_at_start

        keep_qt_settings_private()
        tidy_at_start(data_dir)

    # Started at login: the app waits in the tray, locked, until it is opened.
    if in_tray and window.start_in_tray():
        QTimer.singleShot(0, when_on_screen)
    else:
        window.show()
        after_first_paint(window, when_on_screen)
    return app.exec()


def after_first_paint(window: QWidget, job: Callable[[], None]) -> None:
    """Runs ``job`` once, right after ``window`` (shown) is painted for the first time, so what
    it loads or does never delays the first sight of the window."""
    _FirstPaint(window, job)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, job: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._job: Callable[[], None] | None = job
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_AFTER_SHOWING_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The job comes after this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            self._window.removeEventFilter(self)
            job()


def smoke_check_gui(folder: Path) -> None:
    """Build every screen offscreen on a fresh journal: create, write, save, lock, unlock."""
    from innerspace.storage.journal import Journal
    from innerspace.storage.keyfile import FLOOR
    from innerspace.storage.preferences import Preferences
    from innerspace.storage.vault import Vault

    app = application()
    window = AppWindow(folder, Preferences(), kdf=FLOOR)
    window.show()
    screen = window.create_screen
    if screen is None:
        raise RuntimeError("the create-your-journal screen did not appear")
    passphrase = "smoke test passphrase"
    screen.new_passphrase.passphrase.edit.setText(passphrase)
    screen.new_passphrase.repeat.edit.setText(passphrase)
    screen.create_journal()
    _wait(app, lambda: screen.pages.currentIndex() == 2)
    screen.recovery.stored.setChecked(True)
    screen.continue_button.click()
    journal_screen = window.journal_screen
    if journal_screen is None:
        raise RuntimeError("the journal screen did not appear")
    journal_screen.editor.text.setPlainText("Smoke check entry")
    journal_screen.save_entry()
    _wait(app, lambda: journal_screen.current_entry_id is not None)
    window.lock()
    window.worker.wait()
    window.close()
    with Vault.unlock(folder, passphrase) as vault:
        if Journal(vault).count() != 1:
            raise RuntimeError("the entry written in the app was not saved")


def _wait(app: QApplication, condition: object, timeout: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise RuntimeError("the app did not respond in time")
        app.processEvents()
        time.sleep(0.01)
