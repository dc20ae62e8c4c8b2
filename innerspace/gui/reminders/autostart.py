"""Starting InnerSpace at login, locked, in the tray: one small entry in the place each system
reads at login (an XDG autostart file, a macOS launch agent, the Windows Run key).

It only starts the app: a reminder can come only while the app runs, and the settings say so.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from innerspace import APP_ID, APP_NAME
from innerspace.storage.files import atomic_write

TRAY_OPTION = "--tray"
WINDOWS_RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How this copy of the app is started: the frozen program, or Python with the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, TRAY_OPTION]
    return [sys.executable, "-m", "innerspace", TRAY_OPTION]


def linux_autostart_file(config_home: Path | None = None) -> Path:
    base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "autostart" / f"{APP_ID}.desktop"


def macos_launch_agent(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Exec={shlex.join(command)}\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=true\n"
    )


def set_start_at_login(
    wanted: bool,
    *,
    platform: str = sys.platform,
    command: list[str] | None = None,
    home: Path | None = None,
) -> None:
    """Add or remove the login entry for this system (``OSError`` when it can't be written)."""
    run = command or launch_command()
    if platform.startswith("win"):
        settings = QSettings(WINDOWS_RUN_KEY, QSettings.Format.NativeFormat)
        if wanted:
            settings.setValue(APP_NAME, " ".join(f'"{part}"' for part in run))
        else:
            settings.remove(APP_NAME)
        settings.sync()
        return
    if platform == "darwin":
        path = macos_launch_agent(home)
        data = plistlib.dumps({"Label": APP_ID, "ProgramArguments": run, "RunAtLoad": True})
    else:
        path = linux_autostart_file(None if home is None else home / ".config")
        data = desktop_entry(run).encode("utf-8")
    if not wanted:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)
