"""Preferences: the only plain (unencrypted) file InnerSpace writes.

It holds settings and nothing else: never titles, text, search terms, drafts or recent files.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from innerspace.storage.files import atomic_write, ensure_private_dir

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
THEMES = ("system", "light", "dark")
MAX_FILE_BYTES = 64 * 1024
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Preferences:
    auto_lock_minutes: int = 5
    theme: str = "system"
    editor_font_size: int = 13
    # Motion (the breathing guide) can be unsettling or distracting; Qt cannot read the OS
    # setting on every platform, so the person chooses here.
    reduce_motion: bool = False
    # Backups: how many to keep.
    backup_keep_last: int = 10
    backup_keep_monthly_for: int = 12
    # The day the prompt-of-the-day card was put away ("not today"), as YYYY-MM-DD.
    prompt_card_hidden_on: str = ""
    # The text of every screen, as a percentage of the system's size.
    interface_text_scale: int = 100
    # The window as the person left it: Qt's geometry (base64), and the room around the text.
    window_geometry: str = ""
    timeline_shown: bool = True
    timeline_width: int = 0  # 0: a width that suits the font
    # None until the person opens or closes the feelings panel: then it opens only where the
    # text keeps a comfortable width beside it.
    feelings_open: bool | None = None
    feelings_width: int = 0
    # The country whose crisis lines to show, as a two-letter code the person chose; "" until
    # they choose. Where someone lives is a preference, not something they wrote.
    country: str = ""
    # The gentle words after a save that mentions suicide or self-harm. Some people live with
    # long-term thoughts and would feel watched, so they can turn it off.
    care_check: bool = True
    # Reminders, off unless turned on: a daily moment to reflect and homework due days, at
    # "HH:MM", never in the quiet hours. Starting at login puts the app, locked, in the tray.
    reminders_on: bool = False
    reminder_daily: bool = True
    reminder_time: str = "20:00"
    reminder_homework: bool = False
    quiet_from: str = "22:00"
    quiet_to: str = "07:00"
    start_at_login: bool = False

    def validated(self) -> Preferences:
        """Out-of-range values (a hand-edited file) fall back to something safe."""
        return replace(
            self,
            auto_lock_minutes=min(max(int(self.auto_lock_minutes), 1), 240),
            theme=self.theme if self.theme in THEMES else "system",
            editor_font_size=min(max(int(self.editor_font_size), 9), 32),
            reduce_motion=self.reduce_motion is True,
            backup_keep_last=min(max(int(self.backup_keep_last), 1), 100),
            backup_keep_monthly_for=min(max(int(self.backup_keep_monthly_for), 0), 120),
            prompt_card_hidden_on=(
                self.prompt_card_hidden_on if isinstance(self.prompt_card_hidden_on, str) else ""
            )[:10],
            interface_text_scale=min(max(int(self.interface_text_scale), 80), 200),
            window_geometry=(
                self.window_geometry
                if isinstance(self.window_geometry, str) and len(self.window_geometry) < 4096
                else ""
            ),
            timeline_shown=self.timeline_shown is not False,
            timeline_width=min(max(int(self.timeline_width), 0), 4000),
            feelings_open=self.feelings_open if isinstance(self.feelings_open, bool) else None,
            feelings_width=min(max(int(self.feelings_width), 0), 4000),
            country=(
                self.country.upper()
                if isinstance(self.country, str) and _COUNTRY.match(self.country.upper())
                else ""
            ),
            care_check=self.care_check is not False,
            reminders_on=self.reminders_on is True,
            reminder_daily=self.reminder_daily is not False,
            reminder_time=_clock(self.reminder_time, "20:00"),
            reminder_homework=self.reminder_homework is True,
            quiet_from=_clock(self.quiet_from, "22:00"),
            quiet_to=_clock(self.quiet_to, "07:00"),
            start_at_login=self.start_at_login is True,
        )


def _clock(value: object, fallback: str) -> str:
    """A time of day as "HH:MM", or the fallback for anything else."""
    if isinstance(value, str) and _CLOCK.match(value):
        return value
    return fallback


def load_preferences(folder: Path) -> Preferences:
    path = folder / FILE_NAME
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("settings file too large")
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Preferences)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        return Preferences(**values).validated()
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError, TypeError, AttributeError):
        log.warning("settings file unreadable; using defaults")
        return Preferences()


def save_preferences(folder: Path, prefs: Preferences) -> None:
    ensure_private_dir(folder)
    data = json.dumps(asdict(prefs.validated()), indent=2, sort_keys=True) + "\n"
    atomic_write(folder / FILE_NAME, data.encode("utf-8"))
