"""The command line's subcommands, on the same core and storage as the app."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_commands(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(command=None)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    return 2
