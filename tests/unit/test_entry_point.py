"""The entry point: version, data folder choice and the packaged self-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from innerspace import __version__
from innerspace.app import main, opens_window
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.location import DATA_DIR_ENV, default_data_dir, resolve_data_dir
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"InnerSpace {__version__}"


def test_data_dir_comes_from_the_option_then_the_environment_then_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert resolve_data_dir(None) == default_data_dir()
    assert default_data_dir().name == "InnerSpace"
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"
    assert resolve_data_dir(str(tmp_path / "explicit")) == tmp_path / "explicit"


def test_the_environment_variable_reaches_the_commands(tmp_path: Path) -> None:
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "nowhere")}
    done = subprocess.run(
        [sys.executable, "-m", "innerspace", "list", "--passphrase-file", os.devnull],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1
    assert str(tmp_path / "nowhere") in done.stderr or "no journal" in done.stderr.lower()
    assert not (tmp_path / "nowhere" / "journal.key").exists()


def test_smoke_test_passes_and_cleans_up(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "innerspace", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary journal is gone


def test_smoke_test_reports_a_failure_with_exit_status_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from innerspace import smoke

    def broken_gui(folder: Path) -> None:
        raise RuntimeError("the main window did not appear")

    monkeypatch.setattr(smoke, "check_gui", broken_gui)
    assert smoke.run_smoke_test() == 1
    err = capsys.readouterr().err
    assert err.startswith("smoke test failed: RuntimeError: the main window did not appear")


def test_the_smoke_test_fails_where_photos_cannot_be_read(tmp_path: Path) -> None:
    # A bundle that left out Qt's image plugins: no plugin folder Qt can find.
    probe = (
        "from PySide6.QtCore import QCoreApplication\n"
        f"QCoreApplication.setLibraryPaths([{str(tmp_path)!r}])\n"
        "app = QCoreApplication([])\n"
        "from innerspace.smoke import SmokeFailure, check_photos\n"
        "try:\n"
        "    check_photos()\n"
        "except SmokeFailure as failure:\n"
        "    print(failure)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "Qt cannot write jpeg images"


def test_no_screen_is_said_in_one_line_instead_of_qt_aborting() -> None:
    from innerspace.app import why_no_window

    problem = why_no_window({}, "linux")
    assert problem is not None and "xvfb-run" in problem and "\n" not in problem
    assert why_no_window({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert why_no_window({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert why_no_window({}, "darwin") is None
    assert why_no_window({}, "win32") is None


def test_a_frozen_bundle_with_its_own_xcb_cursor_opens_on_a_system_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes.util

    from innerspace.app import why_no_window

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert why_no_window({"DISPLAY": ":0"}, "linux") is not None  # from source: still said
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert why_no_window({"DISPLAY": ":0"}, "linux") is None


def test_the_app_without_a_screen_exits_with_that_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "innerspace", "--data-dir", str(tmp_path / "j")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("InnerSpace needs a screen")
    assert not (tmp_path / "j").exists()


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--data-dir", "/somewhere"], True),
        (["--data-dir=/somewhere", "--demo"], True),
        (["--smoke-test"], True),
        (["list"], False),
        (["--data-dir", "/somewhere", "search", "river"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_only_a_plain_start_skips_the_command_line(argv: list[str], window: bool) -> None:
    assert opens_window(argv) is window


# Loaded after the first window is on screen (the journal's storage, SQLCipher and the key's
# cryptography when tidying or unlocking), or only with the journal, a command or a dialog.
LATE_MODULES = (
    "innerspace.cli.commands",
    "innerspace.interchange.formats",
    "innerspace.gui.patterns.screen",
    "innerspace.gui.prompts.browser",
    "innerspace.gui.exercises.exercise_dialog",
    "innerspace.gui.journal.screen",
    "innerspace.gui.checkins.checkin_dialog",
    "innerspace.gui.session.screen",
    "innerspace.gui.homework.this_week",
    "innerspace.gui.settings.settings_dialog",
    "innerspace.gui.support.support_now",
    "innerspace.gui.prompts.prompt_panel",
    "innerspace.storage.vault",
    "innerspace.storage.keyfile",
    "innerspace.storage.leftovers",
    "innerspace.storage.journal",
    "innerspace.storage.journal_settings",
    "innerspace.storage.backups",
    "innerspace.gui.data.backup_schedule",
    "innerspace.gui.support.care_card",
    "innerspace.gui.reminders.autostart",
    "innerspace.core.entries",
    "sqlcipher3",
    "cryptography",
    "PySide6.QtPrintSupport",
    "PySide6.QtCharts",
)
UNLOCK_LATE_MODULES = (
    "innerspace.gui.security.create_journal_screen",
    "innerspace.gui.support.country_chooser",
)

# Runs the app as ``python -m innerspace --data-dir FOLDER`` does. At the first turn of the
# event loop (the window shown, its first paint to come) it prints the screen shown and which
# late modules are loaded, then waits for what comes after the first paint and prints where
# Qt's settings go.
FIRST_WINDOW_PROBE = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from innerspace.gui.main_window import AppWindow

late, folder = sys.argv[1].split(","), sys.argv[2]
exec_as_qt_does = QApplication.exec
stale = folder + "/.journal.key.0123456789ab.tmp"

def exec_(app):
    def shown():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, AppWindow))
        print(type(window.stack.currentWidget()).__name__)
        print(sorted(m for m in late if m in sys.modules))
        QTimer.singleShot(0, after)

    def after(waited=0):
        import os
        settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "probe")
        done = not os.path.exists(stale) and "innerspace-qt-" in settings.fileName()
        if not done and waited < 10_000:
            QTimer.singleShot(10, lambda: after(waited + 10))
            return
        print(settings.fileName())
        app.quit()

    QTimer.singleShot(0, shown)
    return exec_as_qt_does()

QApplication.exec = exec_
from innerspace.app import main
sys.exit(main(["--data-dir", folder]))
"""


@pytest.mark.parametrize("existing", [True, False])
def test_the_first_window_shows_before_storage_commands_and_rarely_used_screens_load(
    tmp_path: Path, existing: bool
) -> None:
    data_dir = tmp_path / "journal"
    if existing:
        Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)[0].close()
        # A key file left by a killed key change: tidied once the window is on screen.
        (data_dir / ".journal.key.0123456789ab.tmp").write_bytes(b"half a key file")
    # The unlock screen needs nothing of the first run's screen either.
    late = LATE_MODULES + (UNLOCK_LATE_MODULES if existing else ())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW_PROBE, ",".join(late), str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    screen, loaded, settings_file = done.stdout.splitlines()
    assert screen == ("UnlockScreen" if existing else "CreateJournalScreen")
    assert loaded == "[]"
    # Qt's settings (recent folders of file dialogs) went to the run's private folder.
    assert Path(settings_file).is_relative_to(tmp_path)
    assert Path(settings_file).parent.name.startswith("innerspace-qt-")
