"""Walks the running app's accessibility tree, as a screen reader meets it, on every screen.

    PYTHONPATH=. /usr/bin/python3 tools/accessibility_walk.py --python .venv/bin/python \
        [--json] [--every-exercise]

Starts a virtual screen (Xvfb), a private session bus (the AT-SPI bus starts on it) and the real
app on a new journal in a temporary folder; then reaches each screen as a person would (unlock by
typing the passphrase, Ctrl+1/2/3/4/5 for the journal, Patterns, Prompts, This week and Session,
Ctrl+, for Settings, Ctrl+Shift+H for Support now, the Exercises menu for the thought record or,
with --every-exercise, every exercise) and walks every tab of each window. It lists the controls a
person can use that have no name (a screen reader would say nothing) or only a generic role, and
Tabs through each screen to record the focus order, noting big jumps backwards (up within a
column, or left along a row); controls scrolled into view move, so a jump is a hint to look.

Exit code 0 when every control is named, 1 when not, 2 when what it needs (Xvfb, xdotool,
dbus-daemon, the AT-SPI bindings) is missing. It runs with the system Python, which has the
AT-SPI bindings (Debian: python3-gi and gir1.2-atspi-2.0); the app runs with --python.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PASSPHRASE = "a passphrase for the accessibility walk"
SCREEN_SIZE = (1600, 1000)
MAX_TABS = 80
# A step back up by more than this, or left by more than this within a row, is a jump.
JUMP_UP_PX = 40
TOOLS = ("Xvfb", "xdotool", "dbus-daemon")

INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "slider",
    "spin button",
    "list",
    "list box",
    "table",
    "tree table",
    "tree",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
}
ROLELESS = {"unknown", "invalid", "filler", "redundant object"}


@dataclass
class Control:
    role: str
    name: str
    description: str
    path: str
    x: int
    y: int
    width: int
    height: int


@dataclass
class ScreenReport:
    screen: str
    window: str
    controls: int = 0
    unnamed: list[Control] = field(default_factory=list)
    roleless: list[Control] = field(default_factory=list)
    focus_order: list[Control] = field(default_factory=list)
    jumps: list[str] = field(default_factory=list)
    problem: str = ""


def missing_tools() -> str | None:
    absent = [tool for tool in TOOLS if shutil.which(tool) is None]
    if absent:
        return "missing: " + ", ".join(absent)
    try:
        import gi

        gi.require_version("Atspi", "2.0")
    except (ImportError, ValueError):
        return "missing: the AT-SPI bindings for this Python (python3-gi, gir1.2-atspi-2.0)"
    return None


class Session:
    """A virtual screen, a session bus and the app, all ended together."""

    def __init__(self, python: str, folder: Path) -> None:
        self.python = python
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ)

    def start(self) -> None:
        read_end, write_end = os.pipe()
        width, height = SCREEN_SIZE
        self.processes.append(
            subprocess.Popen(
                [
                    "Xvfb",
                    *("-displayfd", str(write_end)),
                    *("-screen", "0", f"{width}x{height}x24"),
                    *("-nolisten", "tcp"),
                ],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(write_end)
        with os.fdopen(read_end) as display:
            number = display.readline().strip()
        if not number:
            raise RuntimeError("the virtual screen did not start")
        # The bus, and the AT-SPI bus it starts, live in the temporary folder, so walks running
        # side by side (or a desktop's own bus) never meet.
        self.env.update(
            DISPLAY=f":{number}",
            XDG_RUNTIME_DIR=str(self.folder),
            HOME=str(self.folder),
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            LC_ALL="C.UTF-8",
        )
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("the session bus did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ.update(self.env)

    def create_journal(self) -> Path:
        data_dir = self.folder / "journal"
        secret = self.folder / "passphrase"
        secret.write_text(PASSPHRASE + "\n")
        subprocess.run(
            [
                *(self.python, "-m", "innerspace", "--data-dir", str(data_dir)),
                *("init", "--passphrase-file", str(secret)),
            ],
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return data_dir

    def start_app(self, data_dir: Path) -> subprocess.Popen[bytes]:
        app = subprocess.Popen(
            [self.python, "-m", "innerspace", "--data-dir", str(data_dir)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.processes.append(app)
        return app

    def focus_top_window(self, app: subprocess.Popen[bytes]) -> None:
        """Without a window manager nothing gives a new window the keyboard: the topmost of the
        app's windows (the last X lists) gets it, as a window manager would give it."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], env=self.env)

    def keys(self, *keys: str, pause: float = 0.15) -> None:
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=self.env, check=True)
            time.sleep(pause)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "5", text], env=self.env, check=True)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class Walker:
    """The AT-SPI side: the app's windows, their controls, and where the keyboard is."""

    def __init__(self) -> None:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi, GLib

        self.atspi: Any = Atspi
        self.context: Any = GLib.MainContext.default()
        Atspi.init()
        self.focused: list[Any] = []
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register("object:state-changed:focused")

    def _on_focus(self, event: Any) -> None:
        if event.detail1 == 1:
            self.focused.append(event.source)

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if not self.context.iteration(False):
                time.sleep(0.01)

    def app(self) -> Any | None:
        desktop = self.atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(index)
            if child is not None and "innerspace" in (child.get_name() or "").lower():
                return child
        return None

    def wait_for(self, found: Callable[[], Any], seconds: float = 20) -> Any:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            value = found()
            if value:
                return value
            self.pump(0.05)
        return None

    def active_window(self) -> Any | None:
        app = self.app()
        if app is None:
            return None
        active = self.atspi.StateType.ACTIVE
        windows = [app.get_child_at_index(i) for i in range(app.get_child_count())]
        for window in windows:
            if window is not None and window.get_state_set().contains(active):
                return window
        return None

    def window_named(self, words: str) -> Any | None:
        window = self.active_window()
        if window is not None and words.lower() in (window.get_name() or "").lower():
            return window
        return None

    def control(self, node: Any, path: str) -> Control:
        try:
            box = node.get_extents(self.atspi.CoordType.SCREEN)
            x, y, width, height = box.x, box.y, box.width, box.height
        except Exception:
            x = y = width = height = -1
        return Control(
            role=node.get_role_name() or "",
            name=(node.get_name() or "").strip(),
            description=(node.get_description() or "").strip(),
            path=path,
            x=x,
            y=y,
            width=width,
            height=height,
        )

    def walk(self, window: Any) -> Iterator[Control]:
        """Every showing control below ``window``; hidden pages and closed menus are skipped,
        as a screen reader skips them."""
        state = self.atspi.StateType
        stack: list[tuple[Any, str]] = [(window, window.get_role_name())]
        while stack:
            node, path = stack.pop()
            states = node.get_state_set()
            if node is not window and not states.contains(state.SHOWING):
                continue
            role = node.get_role_name() or ""
            focusable = states.contains(state.FOCUSABLE)
            editable = role not in {"text", "password text"} or states.contains(state.EDITABLE)
            if (role in INTERACTIVE_ROLES and editable) or (focusable and role in ROLELESS):
                yield self.control(node, path)
            count = node.get_child_count()
            # Rows of a long list or table are one control for this purpose: the list is named.
            if role in {"list", "list box", "table", "tree table", "tree"}:
                continue
            for index in reversed(range(min(count, 400))):
                child = node.get_child_at_index(index)
                if child is not None:
                    name = child.get_role_name() or "?"
                    stack.append((child, f"{path} > {name}"))

    def grab_focus(self, window: Any, role: str) -> None:
        state = self.atspi.StateType
        stack = [window]
        while stack:
            node = stack.pop()
            if node.get_role_name() == role and node.get_state_set().contains(state.SHOWING):
                self.atspi.Component.grab_focus(node)
                self.pump(0.3)
                return
            stack.extend(node.get_child_at_index(i) for i in range(node.get_child_count()))

    def tab_through(self, session: Session) -> list[Control]:
        self.focused.clear()
        order: list[Control] = []
        seen: set[tuple[str, str, int, int]] = set()
        misses = 0
        for _ in range(MAX_TABS):
            session.keys("Tab", pause=0)
            if self.wait_for(lambda: self.focused, 0.6) is None:
                misses += 1
                if misses == 3:
                    break
                continue
            misses = 0
            self.pump(0.03)
            control = self.control(self.focused[-1], "")
            self.focused.clear()
            key = (control.role, control.name, control.x, control.y)
            if key in seen:
                break
            seen.add(key)
            order.append(control)
        return order

    def find(self, node: Any, role: str, name: str) -> Any | None:
        if node is None:
            return None
        if node.get_role_name() == role and node.get_name() == name:
            return node
        for index in range(node.get_child_count()):
            found = self.find(node.get_child_at_index(index), role, name)
            if found is not None:
                return found
        return None

    def press(self, node: Any) -> None:
        """The control's first action (press, show its menu, switch to the tab), as a screen
        reader's user would."""
        self.atspi.Action.do_action(node, 0)
        self.pump(0.5)

    def menu_items(self, window: Any, menu: str) -> list[str]:
        """The names in one of the menu bar's menus, opened to read them."""
        opened = self.find(window, "menu item", menu)
        self.press(opened)
        names: list[str] = []
        stack = [opened]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node is not opened and node.get_role_name() == "menu item" and node.get_name():
                names.append(node.get_name())
            count = node.get_child_count()
            stack.extend(node.get_child_at_index(i) for i in reversed(range(count)))
        return names

    def page_tabs(self, window: Any) -> list[Any]:
        state = self.atspi.StateType
        tabs: list[Any] = []
        stack = [window]
        while stack:
            node = stack.pop()
            if node is None or not node.get_state_set().contains(state.SHOWING):
                continue
            if node.get_role_name() == "page tab":
                tabs.append(node)
                continue
            count = node.get_child_count()
            stack.extend(node.get_child_at_index(i) for i in reversed(range(count)))
        return tabs


def jumps(order: list[Control]) -> list[str]:
    """Steps that go back up within a column, or left along a row, by a lot. Moving up into a
    column further right is the reading order of columns, and the order is read from the
    control nearest the top left, so the wrap from last to first is not counted."""
    placed = [c for c in order if c.width > 0 and c.height > 0]
    if not placed:
        return []
    first = min(range(len(placed)), key=lambda i: (placed[i].y, placed[i].x))
    placed = placed[first:] + placed[:first]
    found = []
    for before, after in itertools.pairwise(placed):
        same_row = abs(after.y - before.y) < max(before.height, after.height) / 2
        further_right = after.x >= before.x + before.width
        if after.y + JUMP_UP_PX < before.y and not same_row and not further_right:
            found.append(f"up from {describe(before)} to {describe(after)}")
        elif same_row and after.x + after.width <= before.x:
            found.append(f"left from {describe(before)} to {describe(after)}")
    return found


def describe(control: Control) -> str:
    name = control.name or "(no name)"
    return f"{control.role} '{name}' at {control.x},{control.y}"


def report_screen(walker: Walker, session: Session, screen: str, window: Any) -> ScreenReport:
    report = ScreenReport(screen=screen, window=window.get_name() or "")
    controls = list(walker.walk(window))
    report.controls = len(controls)
    report.focus_order = walker.tab_through(session)
    # Without a name a screen reader says nothing; with a generic role it says the name only,
    # not how to use the control (containers that never take the keyboard are left out).
    report.unnamed = [c for c in controls if not c.name]
    seen = {(c.role, c.x, c.y) for c in report.unnamed}
    report.unnamed += [
        c for c in report.focus_order if not c.name and (c.role, c.x, c.y) not in seen
    ]
    report.roleless = [c for c in report.focus_order if c.role in ROLELESS and c.name]
    report.jumps = jumps(report.focus_order)
    return report


def run(python: str, every_exercise: bool) -> list[ScreenReport]:
    reports: list[ScreenReport] = []
    with tempfile.TemporaryDirectory(prefix="innerspace-a11y-") as name:
        folder = Path(name)
        os.chmod(folder, 0o700)
        session = Session(python, folder)
        try:
            session.start()
            app = session.start_app(session.create_journal())
            walker = Walker()
            if walker.wait_for(walker.app, 60) is None:
                stderr = app.stderr.read().decode(errors="replace") if app.poll() else ""
                raise RuntimeError(f"the app did not appear on the accessibility bus {stderr}")

            def focus_new_window(previous: str) -> None:
                def arrived() -> bool:
                    session.focus_top_window(app)
                    window = walker.active_window()
                    return window is not None and window.get_name() != previous

                walker.wait_for(arrived, 15)
                walker.pump(1)

            focus_new_window("")
            reports.append(_screen(walker, session, "unlock"))
            walker.grab_focus(walker.active_window(), "password text")
            session.type(PASSPHRASE)
            session.keys("Return")
            walker.pump(3)
            for screen, shortcut in (
                ("journal", "ctrl+1"),
                ("Patterns", "ctrl+2"),
                ("Prompts", "ctrl+3"),
                ("This week", "ctrl+4"),
                ("Session", "ctrl+5"),
            ):
                session.keys(shortcut)
                walker.pump(1.5)
                reports.append(_screen(walker, session, screen))
            exercises = ["Thought record"]
            if every_exercise:
                exercises = walker.menu_items(walker.active_window(), "Exercises")
                session.keys("Escape")
            windows: list[tuple[str, str | tuple[str, str]]] = [
                ("Settings", "ctrl+comma"),
                ("Support now", "ctrl+shift+h"),
            ]
            windows += [(name, ("Exercises", name)) for name in exercises]
            for screen, how in windows:
                session.focus_top_window(app)
                session.keys("ctrl+1")
                main_name = _name(walker.active_window())
                if isinstance(how, str):
                    session.keys(how)
                else:
                    menu, item = how
                    walker.press(walker.find(walker.active_window(), "menu item", menu))
                    walker.press(walker.find(walker.app(), "menu item", item))
                focus_new_window(main_name)
                reports.extend(_every_tab(walker, session, screen))
                # A closing exercise may ask whether to keep what was written: say no.
                for key in ("Escape", "Escape", "alt+d", "Escape"):
                    session.focus_top_window(app)
                    walker.pump(0.3)
                    if _name(walker.active_window()) in ("", main_name):
                        break
                    session.keys(key)
        finally:
            session.stop()
    return reports


def _every_tab(walker: Walker, session: Session, screen: str) -> list[ScreenReport]:
    """A window with tabs is walked on each of them, the one it opened on first."""
    reports = [_screen(walker, session, screen)]
    window = walker.active_window()
    if window is None:
        return reports
    selected = walker.atspi.StateType.SELECTED
    for tab in walker.page_tabs(window):
        if tab.get_state_set().contains(selected):
            continue
        walker.press(tab)
        walker.pump(0.5)
        reports.append(_screen(walker, session, f"{screen} › {tab.get_name()}"))
    return reports


def _name(window: Any | None) -> str:
    return (window.get_name() or "") if window is not None else ""


def _screen(walker: Walker, session: Session, screen: str) -> ScreenReport:
    window = walker.active_window()
    if window is None:
        return ScreenReport(screen=screen, window="", problem="no active window to walk")
    return report_screen(walker, session, screen, window)


def print_reports(reports: list[ScreenReport]) -> None:
    for report in reports:
        print(f"== {report.screen} ({report.window}): {report.controls} controls")
        if report.problem:
            print(f"   problem: {report.problem}")
        for control in report.roleless:
            print(f"   no role: {describe(control)}  [{control.path}]")
        for control in report.unnamed:
            print(f"   no name: {describe(control)}  [{control.path}]")
        print("   focus order: " + " → ".join(c.name or f"({c.role})" for c in report.focus_order))
        for jump in report.jumps:
            print(f"   jump: {jump}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="the Python that runs the app")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument(
        "--every-exercise",
        action="store_true",
        help="walk every exercise in the Exercises menu, not only the thought record",
    )
    args = parser.parse_args()
    problem = missing_tools()
    if problem is not None:
        print(f"The accessibility walk can't run here ({problem}).", file=sys.stderr)
        return 2
    reports = run(args.python, args.every_exercise)
    if args.json:
        print(json.dumps([asdict(report) for report in reports], indent=1))
    else:
        print_reports(reports)
    failed = any(r.unnamed or r.problem for r in reports)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
