"""Which crisis lines a person sees, and how each reads: never another country's by accident."""

from __future__ import annotations

from innerspace.core.safety_plan import CrisisLine, load_crisis_lines
from innerspace.core.support import (
    CARE_SENTENCE,
    HOURS_NOT_LISTED,
    UNLISTED_COUNTRY,
    care_lines,
    country_for,
    describe_line,
    first_line,
    month_name,
    support_lines,
    territory_from_locale,
)


def line(**given: object) -> CrisisLine:
    values: dict[str, object] = {
        "service": "A line",
        "phone": None,
        "text": None,
        "text_keyword": None,
        "hours": "24/7",
        "languages": (),
        "checked": "2026-12",
        "verify": "Please check locally.",
    }
    values.update(given)
    return CrisisLine(**values)  # type: ignore[arg-type]


def test_no_country_or_an_unlisted_one_gets_the_fallback_never_another_country() -> None:
    directory = load_crisis_lines()
    for code in (None, "", "XX", "C", "POSIX", "123", "gbr"):
        assert country_for(directory, code) is None
        assert first_line(country_for(directory, code)) == UNLISTED_COUNTRY
    assert UNLISTED_COUNTRY == (
        "Your country isn't in this list. Call your local emergency number; 112 works from "
        "mobiles in the EU and many other countries."
    )
    assert support_lines(None)[1] == UNLISTED_COUNTRY
    assert not any("911" in x or "000" in x for x in support_lines(None))


def test_a_listed_country_is_found_by_its_code_in_any_case() -> None:
    directory = load_crisis_lines()
    japan = country_for(directory, "jp")
    assert japan is not None and japan.name == "Japan"


def test_a_line_without_hours_says_it_may_be_closed_and_when_the_list_was_checked() -> None:
    described = describe_line(line(phone="0570-783-556", hours=None, checked="2026-12"))
    assert described == (
        "A line: call 0570-783-556 (Hours not listed — may not be open now; "
        "list checked December 2026)"
    )
    assert HOURS_NOT_LISTED == "Hours not listed — may not be open now"


def test_text_lines_say_the_word_to_send() -> None:
    assert describe_line(line(service="Shout", text="85258", text_keyword="SHOUT")) == (
        "Shout: text SHOUT to 85258 (24/7)"
    )
    assert describe_line(line(phone="988", text="988")) == "A line: call 988 or text 988 (24/7)"


def test_month_names_do_not_depend_on_the_locale() -> None:
    assert month_name("2026-01") == "January 2026"
    assert month_name("someday") == "someday"


def test_the_locale_territory_comes_from_the_first_locale_variable_set() -> None:
    assert territory_from_locale({"LANG": "ja_JP.UTF-8"}, None) == "JP"
    assert territory_from_locale({"LC_ALL": "de_AT@euro", "LANG": "en_US"}, None) == "AT"
    assert territory_from_locale({"LC_ALL": "C.UTF-8", "LANG": "en_US"}, "en_US") is None
    assert territory_from_locale({}, "pt_BR") == "BR"
    assert territory_from_locale({}, "English_United States") is None
    assert territory_from_locale({"LANG": "en"}, "en_GB") is None


def test_support_names_suicide_plainly_and_shows_the_emergency_numbers() -> None:
    japan = load_crisis_lines().for_country("JP")
    printed = support_lines(japan)
    assert printed[0] == CARE_SENTENCE
    assert "suicide" in CARE_SENTENCE
    assert printed[1] == "Emergency in Japan: 119 (ambulance and fire), 110 (police)"
    assert any("0120-279-338" in x for x in printed)
    assert printed[-1].endswith("InnerSpace is not an emergency service.")


def test_the_care_lines_offer_one_line_to_call_and_the_safety_plan() -> None:
    uk = load_crisis_lines().for_country("GB")
    said = care_lines(uk)
    assert said[0] == CARE_SENTENCE
    assert said[1].startswith("Samaritans: call 116 123")
    assert "safety plan" in said[2]
    assert care_lines(None)[1] == UNLISTED_COUNTRY
