"""Writes the innerspace(1) manual page from the command line's own argparse help.

    python packaging/make_manpage.py build/man/innerspace.1

The page is generated, never edited, so it cannot drift from ``innerspace --help``. Its date is
SOURCE_DATE_EPOCH (or the release date), so two builds of one commit write the same bytes.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from innerspace import APP_NAME, __version__  # noqa: E402
from innerspace.app import build_parser  # noqa: E402
from innerspace.storage.location import DATA_DIR_ENV  # noqa: E402


def roff(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line starting with a control."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line[:1] in {".", "'"} else line for line in text.split("\n"))


def flags(action: argparse.Action) -> str:
    metavar = action.metavar or (action.dest.upper() if action.nargs != 0 else None)
    names = action.option_strings or [str(metavar or action.dest)]
    shown = ", ".join(f"\\fB{roff(name)}\\fR" for name in names)
    if action.option_strings and action.nargs != 0 and metavar:
        shown += f" \\fI{roff(str(metavar))}\\fR"
    return shown


def options(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        help_text = (action.help or "") % {"default": action.default, "prog": parser.prog}
        lines += [".TP", flags(action), roff(help_text)]
    return lines


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def usage(parser: argparse.ArgumentParser) -> str:
    return " ".join(parser.format_usage().removeprefix("usage:").split())


def page() -> str:
    parser = build_parser()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = datetime.fromtimestamp(int(epoch), UTC).date() if epoch else datetime.now(UTC).date()
    lines = [
        f'.TH INNERSPACE 1 "{day.isoformat()}" "{APP_NAME} {__version__}" "User Commands"',
        ".SH NAME",
        "innerspace \\- a private, offline, encrypted journal",
        ".SH SYNOPSIS",
        f".B {roff(usage(parser))}",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        ".PP",
        "Everything stays on this computer, in an encrypted file that only your passphrase or",
        "recovery key opens. InnerSpace has no network code.",
        ".SH OPTIONS",
        *options(parser),
        ".SH COMMANDS",
    ]
    for name, command in subcommands(parser).items():
        lines += [".SS " + roff(name), ".B " + roff(usage(command))]
        if command.description:
            lines += [".PP", roff(command.description)]
        lines += options(command)
    lines += [
        ".SH ENVIRONMENT",
        ".TP",
        f"\\fB{roff(DATA_DIR_ENV)}\\fR",
        "The journal's folder, as with \\fB\\-\\-data\\-dir\\fR.",
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/InnerSpace\\fR",
        "Your journal, unless another folder is chosen. Removing the package never removes it.",
        ".SH EXIT STATUS",
        roff(parser.epilog or ""),
        ".SH NOTES",
        "InnerSpace is a journal, not a treatment, and not a replacement for therapy or emergency",
        "care. \\fBinnerspace support\\fR lists crisis lines without a passphrase.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(), encoding="utf-8")


if __name__ == "__main__":
    main()
