"""Which crisis lines to show a person, and how each one reads, for the app and the command line.

A person is never shown another country's numbers by accident: with no country, or one the list
does not hold, they get the plain fallback that points to their local emergency number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from innerspace.core.english_dates import MONTHS
from innerspace.core.safety_plan import CountryLines, CrisisDirectory, CrisisLine

CARE_SENTENCE = (
    "If you're thinking about suicide or about hurting yourself, you don't have to face it alone."
)
NOT_AN_EMERGENCY_SERVICE = (
    "If you are in immediate danger, call your emergency number now. "
    "InnerSpace is not an emergency service."
)
UNLISTED_COUNTRY = (
    "Your country isn't in this list. Call your local emergency number; 112 works from mobiles "
    "in the EU and many other countries."
)
HOURS_NOT_LISTED = "Hours not listed — may not be open now"
CHECK_LOCALLY = (
    "Numbers and hours change: please check the ones you rely on, and add them to your safety plan."
)
SAFETY_PLAN_HINT = (
    "Your safety plan is in the app: open Support now (Ctrl+Shift+H) and choose My safety plan."
)
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
# "en_GB.UTF-8", "pt_BR", "sr_RS@latin": the territory is the two capitals after the underscore.
_LOCALE_TERRITORY = re.compile(r"^[A-Za-z]{2,3}_([A-Z]{2})(?:[.@]|$)")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def is_country_code(text: str) -> bool:
    return bool(_COUNTRY_CODE.match(text))


def country_for(directory: CrisisDirectory, code: str | None) -> CountryLines | None:
    """The country's lines, or None when there is no code or the list doesn't hold it."""
    if not code or not is_country_code(code):
        return None
    return directory.for_country(code)


def territory_from_locale(environment: Mapping[str, str], system_locale: str | None) -> str | None:
    """The two-letter territory the person's locale names, if it names one (not "C" or "POSIX")."""
    for name in LOCALE_VARIABLES:
        value = environment.get(name, "")
        if value:
            # The first variable that is set decides, as it does for every other program.
            return _territory(value)
    return _territory(system_locale or "")


def _territory(locale_name: str) -> str | None:
    match = _LOCALE_TERRITORY.match(locale_name)
    return match.group(1) if match else None


def month_name(checked: str) -> str:
    """ "2026-12" → "December 2026"; anything else is shown as it is."""
    year, _, month = checked.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS[int(month) - 1]} {year}"
    return checked


def describe_line(line: CrisisLine) -> str:
    """One line, in words: "Shout: text SHOUT to 85258 (24/7)"."""
    ways = []
    if line.phone:
        ways.append(f"call {line.phone}")
    if line.text:
        ways.append(
            f"text {line.text_keyword} to {line.text}" if line.text_keyword else f"text {line.text}"
        )
    hours = line.hours or f"{HOURS_NOT_LISTED}; list checked {month_name(line.checked)}"
    return f"{line.service}: {' or '.join(ways)} ({hours})"


def emergency_line(country: CountryLines) -> str:
    return f"Emergency in {country.name}: {country.emergency}"


def first_line(country: CountryLines | None) -> str:
    """The one line to offer first: the country's first crisis line, or the fallback."""
    if country is None:
        return UNLISTED_COUNTRY
    crisis = country.lines_of_kind("crisis")
    return describe_line(crisis[0]) if crisis else emergency_line(country)


def support_lines(country: CountryLines | None) -> list[str]:
    """Everything `innerspace support` prints for the country, one line each."""
    if country is None:
        return [CARE_SENTENCE, UNLISTED_COUNTRY, NOT_AN_EMERGENCY_SERVICE]
    lines = [CARE_SENTENCE, emergency_line(country)]
    lines += [describe_line(line) for line in country.lines_of_kind("crisis")]
    abuse = country.lines_of_kind("abuse")
    if abuse:
        lines.append("If someone is hurting, threatening or controlling you:")
        lines += [describe_line(line) for line in abuse]
    lines += [CHECK_LOCALLY, NOT_AN_EMERGENCY_SERVICE]
    return lines


def care_lines(country: CountryLines | None) -> list[str]:
    """What the care check says after a save: the sentence, one line to call, the safety plan."""
    return [CARE_SENTENCE, first_line(country), SAFETY_PLAN_HINT]
