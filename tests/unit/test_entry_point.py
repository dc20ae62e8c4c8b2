"""The entry point: version, data folder choice and the packaged self-check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from innerspace import __version__
from innerspace.app import main, opens_window
from innerspace.storage.location import DATA_DIR_ENV, default_data_dir, resolve_data_dir
from innerspace.storage.vault import Vault


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


def test_the_window_starts_without_loading_the_command_line_or_rarely_used_screens(
    vault: Vault, data_dir: Path
) -> None:
    vault.close()
    # The window as the app builds it, up to the unlock screen shown: what only the unlocked
    # journal needs loads after the passphrase.
    probe = (
        "import sys\n"
        "from innerspace.app import build_parser, opens_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from innerspace.gui.main_window import AppWindow\n"
        "from innerspace.storage.preferences import Preferences\n"
        "build_parser(with_commands=not opens_window([])).parse_args([])\n"
        "app = QApplication([])\n"
        f"window = AppWindow(__import__('pathlib').Path({str(data_dir)!r}), Preferences())\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.stack.currentWidget() is window.unlock_screen\n"
        "late = ('innerspace.cli.commands', 'innerspace.interchange.formats',\n"
        "        'innerspace.gui.patterns.screen', 'innerspace.gui.prompts.browser',\n"
        "        'innerspace.gui.exercises.exercise_dialog', 'innerspace.gui.journal.screen',\n"
        "        'innerspace.gui.checkins.checkin_dialog', 'innerspace.gui.session.screen',\n"
        "        'innerspace.gui.homework.this_week', 'innerspace.gui.settings.settings_dialog',\n"
        "        'innerspace.gui.security.create_journal_screen',\n"
        "        'innerspace.gui.support.support_now', 'innerspace.gui.prompts.prompt_panel')\n"
        "print(sorted(m for m in late if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
