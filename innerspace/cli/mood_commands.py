"""Moods other apps named in words: see them, and say how each felt."""

from __future__ import annotations

import argparse
from pathlib import Path

from innerspace.cli import passphrase
from innerspace.cli.data_commands import mood_levels
from innerspace.cli.unlock import unlock
from innerspace.storage.mood_labels import MoodLabels


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    moods = commands.add_parser(
        "moods",
        help="moods named in words by other apps, and how each felt",
        description="List the mood names your imported entries carry (as mood/… tags). With "
        "--mood LABEL=LEVEL, say how one felt, 1 (awful) to 5 (rad): its entries without a "
        "mood rating get one.",
    )
    moods.add_argument(
        "--mood",
        action="append",
        default=[],
        metavar="LABEL=LEVEL",
        help="how a mood felt, 1 (awful) to 5 (rad); repeat for more",
    )
    passphrase.add_file_option(moods)
    moods.set_defaults(handler=show_or_map_moods)


def show_or_map_moods(args: argparse.Namespace, data_dir: Path) -> int:
    levels = mood_levels(args.mood)
    with unlock(data_dir, args.passphrase_file) as vault:
        labels = MoodLabels(vault)
        for label, level in levels.items():
            filled = labels.set_level(label, level)
            print(f"“{label}” felt like {level} of 5; {_entries(filled)} got a mood rating.")
        if levels:
            return 0
        known = labels.all()
        if not known:
            print("No entries carry a mood named in words.")
            return 0
        for mood in known:
            felt = "not said yet" if mood.level is None else f"{mood.level} of 5"
            print(f"{mood.label}: {_entries(mood.entries)}, {felt}")
    return 0


def _entries(n: int) -> str:
    return "1 entry" if n == 1 else f"{n} entries"
