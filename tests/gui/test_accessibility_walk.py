"""The real app, as a screen reader meets it: every control on every screen has a name.

Runs tools/accessibility_walk.py, which starts the app under a virtual screen with the AT-SPI
bus and walks each screen's accessibility tree. It needs Xvfb, xdotool, dbus-daemon and the
system Python's AT-SPI bindings (Debian: xvfb xdotool dbus-daemon at-spi2-core python3-gi
gir1.2-atspi-2.0); where they are missing the test is skipped and says which.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")
WALK = ROOT / "tools" / "accessibility_walk.py"
SCREENS = {
    "unlock",
    "journal",
    "Patterns",
    "Prompts",
    "This week",
    "Session",
    "Settings",
    "Support now",
    "Thought record",
}


@pytest.fixture(scope="module")
def walk() -> list[dict[str, Any]]:
    if not sys.platform.startswith("linux") or not SYSTEM_PYTHON.exists():
        pytest.skip("the accessibility walk needs Linux with the AT-SPI bus")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [str(SYSTEM_PYTHON), str(WALK), "--json", "--python", sys.executable],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    if done.returncode == 2:
        pytest.skip(done.stderr.strip())
    if not done.stdout.strip():
        pytest.fail(f"the walk did not finish: {done.stderr[-2000:]}")
    reports: list[dict[str, Any]] = json.loads(done.stdout)
    return reports


def test_the_walk_reaches_every_screen(walk: list[dict[str, Any]]) -> None:
    assert {report["screen"] for report in walk} >= SCREENS
    for report in walk:
        assert not report["problem"], report
        assert report["controls"], f"nothing to use on {report['screen']}"
        assert report["focus_order"], f"Tab reaches nothing on {report['screen']}"


def test_every_control_on_every_screen_has_a_name(walk: list[dict[str, Any]]) -> None:
    unnamed = [
        f"{report['screen']}: {control['role']} at {control['x']},{control['y']} "
        f"({control['path']})"
        for report in walk
        for control in report["unnamed"]
    ]
    assert unnamed == []


def test_every_control_tab_reaches_says_what_it_is(walk: list[dict[str, Any]]) -> None:
    roleless = [
        f"{report['screen']}: {control['name']} reads as {control['role']}"
        for report in walk
        for control in report["roleless"]
    ]
    assert roleless == []
