"""Entry point: parse arguments, then start the command line, the self-check or the app.

A plain start shows its first window (the unlock or the create screen) before anything that
window doesn't need is loaded: storage modules load inside the functions that use them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from innerspace import APP_NAME, __version__


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``with_commands``, only what opening the window takes
    (the subcommands' modules are not imported: the unlock screen comes sooner)."""
    from innerspace.storage.location import DATA_DIR_ENV

    parser = argparse.ArgumentParser(
        prog="innerspace",
        description=f"{APP_NAME}: a private, offline, encrypted journal. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"use the journal in PATH (also ${DATA_DIR_ENV}); default: your user data folder",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a made-up sample journal in a temporary folder (never your own journal)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray, locked, without a window (as starting at login does)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="run a quick end-to-end self-check in a temporary folder and exit",
    )
    if with_commands:
        from innerspace.cli import commands

        commands.add_commands(parser)
    return parser


# What may come with a plain start of the window: anything else is for the full command line.
_WINDOW_FLAGS = ("--demo", "--smoke-test")


def opens_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the app (options, no subcommand, no help or version)."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--data-dir" and rest:
            rest.pop(0)
        elif not (token.startswith("--data-dir=") or token in _WINDOW_FLAGS):
            return False
    return True


LOG_LEVEL_ENV = "INNERSPACE_LOG_LEVEL"


def configure_logging() -> None:
    """Events only, to stderr; entry text, titles and search terms are never logged."""
    level = os.environ.get(LOG_LEVEL_ENV, "WARNING").upper()
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else "WARNING",
        format="%(levelname)s %(name)s: %(message)s",
    )


def harden_process() -> None:
    """Files we create are private, and a crash never writes memory (keys, text) to disk."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no core dumps to disable.


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(with_commands=not opens_window(given)).parse_args(given)
    harden_process()
    configure_logging()
    if args.smoke_test:
        from innerspace.smoke import run_smoke_test

        return run_smoke_test()
    if args.demo or not getattr(args, "command", None):
        problem = why_no_window(dict(os.environ), sys.platform)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    if args.demo:
        return run_demo()
    from innerspace.storage.location import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    # A restore or re-encryption cut short is finished first, then leftovers are tidied (by
    # the app once its first window is on screen).
    finish_interrupted_work(data_dir)
    if getattr(args, "command", None):
        from innerspace.cli import commands
        from innerspace.storage.leftovers import tidy_at_start

        tidy_at_start(data_dir)
        return commands.run(args, data_dir)
    from innerspace.gui.application import run_app

    return run_app(data_dir, in_tray=args.tray)


def why_no_window(environ: dict[str, str], platform: str) -> str | None:
    """One plain line when the app's window can't be shown here, instead of Qt's abort."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return (
            "InnerSpace needs a screen to open its window, and none was found here. "
            "On a machine without one, use the command line (innerspace --help), "
            "or a virtual screen: xvfb-run make run."
        )
    if environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        from ctypes.util import find_library

        # A frozen bundle carries its own copy, which find_library (the system's) can't see.
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is not None and any(Path(bundle).glob("libxcb-cursor.so*")):
            return None
        if find_library("xcb-cursor") is None:
            return (
                "InnerSpace's window needs the xcb-cursor library, which this system lacks. "
                "On Debian or Ubuntu: sudo apt install libxcb-cursor0 (Fedora: xcb-util-cursor)."
            )
    return None


def finish_interrupted_work(data_dir: Path) -> None:
    """Before anything opens the journal: finish a restore or re-encryption that a crash cut
    short, and remove what killed processes left behind."""
    from innerspace.storage import pending_swap
    from innerspace.storage.errors import VaultError

    try:
        pending_swap.tidy(data_dir)
    except (VaultError, OSError) as exc:
        # Opening the journal tries again and explains the problem where the person looks.
        logging.getLogger(__name__).warning("tidying the data folder failed: %s", exc)


def run_demo() -> int:
    """The app on a sample journal in a temporary folder, removed again when the app closes."""
    import shutil
    import tempfile

    from innerspace.demo import build_demo_journal
    from innerspace.gui.application import run_app

    folder = Path(tempfile.mkdtemp(prefix="innerspace-demo-"))
    try:
        passphrase = build_demo_journal(folder / "journal")
        return run_app(folder / "journal", demo_passphrase=passphrase)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
