"""`innerspace support`: crisis lines for the person's country, with no journal or passphrase."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from innerspace.core.care_check import mentions_suicide_or_self_harm
from innerspace.core.safety_plan import CountryLines, load_crisis_lines
from innerspace.core.support import (
    care_lines,
    country_for,
    is_country_code,
    support_lines,
    territory_from_locale,
)
from innerspace.storage.preferences import load_preferences


def country_code(text: str) -> str:
    if not is_country_code(text):
        raise argparse.ArgumentTypeError("please give a two-letter country code, such as GB or JP")
    return text.upper()


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    support = commands.add_parser(
        "support",
        help="crisis lines and emergency numbers, no passphrase needed",
        description="Print the emergency number and crisis lines for your country. It needs no "
        "journal and no passphrase. Without --country it uses the country chosen in the app's "
        "settings, then your computer's locale.",
    )
    support.add_argument(
        "--country",
        type=country_code,
        metavar="CC",
        help="a two-letter country code, such as GB, US or JP",
    )
    support.set_defaults(handler=show_support)


def show_support(args: argparse.Namespace, data_dir: Path) -> int:
    for line in support_lines(chosen_country(args.country, data_dir)):
        print(line)
    return 0


def offer_care(saved_text: str, data_dir: Path) -> None:
    """After a save: the care lines on stderr when the text speaks of suicide or self-harm.

    Printed every time: a command has no memory between runs, and stderr keeps stdout (the new
    entry's id) clean for scripts. Nothing about the match is kept anywhere.
    """
    if not load_preferences(data_dir).care_check:
        return
    if mentions_suicide_or_self_harm(saved_text):
        for line in care_lines(chosen_country(None, data_dir)):
            print(line, file=sys.stderr)


def chosen_country(given: str | None, data_dir: Path) -> CountryLines | None:
    """--country, else the remembered setting, else the locale; None means "not in the list"."""
    code = given or load_preferences(data_dir).country or locale_territory()
    return country_for(load_crisis_lines(), code)


def locale_territory() -> str | None:
    return territory_from_locale(os.environ, locale.getlocale()[0])
