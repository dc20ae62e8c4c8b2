"""Check-ins: the published wording and bands, scoring at every boundary, change, care."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from innerspace.core.checkins import (
    OWN,
    CheckinError,
    CheckinPoint,
    OwnCheckin,
    QuestionnaireCheckin,
    ScaleRating,
    change_sentence,
    checkin_for,
    checkin_from_fields,
    checkin_label,
    load_questionnaires,
    questionnaire,
    result_sentence,
    score_change,
    summarise,
)
from innerspace.resources import resource_path

FREQUENCY = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


def _answers(total: int, items: int, top: int) -> tuple[int, ...]:
    """Answers adding up to ``total``: the top choice first, the rest on one item."""
    full, rest = divmod(total, top)
    answers = [top] * full + ([rest] if rest else [])
    return tuple(answers + [0] * (items - len(answers)))


def _published_phq9_band(score: int) -> str:
    # Kroenke, Spitzer & Williams 2001, written out here rather than read from the content file.
    if score <= 4:
        return "minimal"
    if score <= 9:
        return "mild"
    if score <= 14:
        return "moderate"
    if score <= 19:
        return "moderately severe"
    return "severe"


def _published_gad7_band(score: int) -> str:
    return (
        "minimal"
        if score <= 4
        else "mild"
        if score <= 9
        else "moderate"
        if score <= 14
        else ("severe")
    )


# -- the content -------------------------------------------------------------------------------


def test_the_content_file_has_the_three_questionnaires_with_their_published_form() -> None:
    data = json.loads(resource_path("checkins.json").read_text(encoding="utf-8"))
    assert data["label"] == "A check-in, not a diagnosis"
    found = load_questionnaires()
    assert list(found) == ["phq9", "gad7", "who5"]
    phq9, gad7, who5 = found["phq9"], found["gad7"], found["who5"]
    assert phq9.instruction == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert gad7.instruction == (
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    )
    assert "over the last two weeks" in who5.instruction
    assert [o.text for o in phq9.options] == FREQUENCY == [o.text for o in gad7.options]
    assert [o.value for o in phq9.options] == [0, 1, 2, 3]
    assert [(o.value, o.text) for o in who5.options] == [
        (5, "All of the time"),
        (4, "Most of the time"),
        (3, "More than half of the time"),
        (2, "Less than half of the time"),
        (1, "Some of the time"),
        (0, "At no time"),
    ]
    assert len(phq9.items) == 9 and len(gad7.items) == 7 and len(who5.items) == 5
    assert phq9.items[0] == "Little interest or pleasure in doing things"
    assert phq9.items[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert gad7.items[1] == "Not being able to stop or control worrying"
    assert who5.items[0] == "I have felt cheerful and in good spirits"
    assert phq9.difficulty_question.startswith("If you checked off any problems, how difficult")
    assert [o.text for o in phq9.difficulty_options] == [
        "Not difficult at all",
        "Somewhat difficult",
        "Very difficult",
        "Extremely difficult",
    ]
    assert (phq9.max_score, gad7.max_score, who5.max_score) == (27, 21, 100)
    assert phq9.care_item == 9 and gad7.care_item is None and who5.care_item is None


def test_every_questionnaire_is_credited_and_each_band_list_starts_at_zero() -> None:
    for q in load_questionnaires().values():
        assert q.bands[0].low == 0
        assert [b.low for b in q.bands] == sorted({b.low for b in q.bands})
        assert q.source and q.title and q.summary
    pfizer = "Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues"
    for name in ("phq9", "gad7"):
        credit = questionnaire(name).credit
        assert pfizer in credit and "Pfizer Inc." in credit
        assert "No permission required" in credit
    assert "World Health Organization" in questionnaire("who5").credit
    assert "Free to use" in questionnaire("who5").credit
    assert checkin_label() == "A check-in, not a diagnosis"


# -- scoring at every value --------------------------------------------------------------------


@pytest.mark.parametrize("score", range(28))
def test_phq9_every_score_lands_in_its_published_band(score: int) -> None:
    checkin = QuestionnaireCheckin("phq9", _answers(score, 9, 3))
    assert checkin.score == score
    assert checkin.band.name == _published_phq9_band(score)
    assert result_sentence(checkin.questionnaire, score) == (
        f"Score {score} of 27: in the range often called {_published_phq9_band(score)}."
    )


@pytest.mark.parametrize("score", range(22))
def test_gad7_every_score_lands_in_its_published_band(score: int) -> None:
    checkin = QuestionnaireCheckin("gad7", _answers(score, 7, 3))
    assert checkin.score == score
    assert checkin.band.name == _published_gad7_band(score)


@pytest.mark.parametrize("raw", range(26))
def test_who5_every_raw_score_times_four_and_its_words(raw: int) -> None:
    checkin = QuestionnaireCheckin("who5", _answers(raw, 5, 5))
    assert checkin.score == raw * 4
    sentence = result_sentence(checkin.questionnaire, checkin.score)
    assert sentence.startswith(f"Wellbeing {raw * 4} of 100")
    assert ("lower wellbeing" in sentence) == (raw * 4 <= 50)
    assert ("worth talking over with a professional" in sentence) == (raw * 4 <= 28)


def test_who5_bands_at_their_exact_boundaries() -> None:
    who5 = questionnaire("who5")
    # The published cut-offs fall on multiples of four too: 28 (raw 7) and 52 (raw 13).
    assert who5.band(28).name == "lower wellbeing, worth talking over with a professional"
    assert who5.band(29).name == who5.band(50).name == "lower wellbeing"
    assert who5.band(51).name == ""
    assert result_sentence(who5, 52) == "Wellbeing 52 of 100."


def test_phq9_item_10_is_kept_but_never_scored() -> None:
    plain = QuestionnaireCheckin("phq9", _answers(7, 9, 3))
    hard = QuestionnaireCheckin("phq9", _answers(7, 9, 3), difficulty=3)
    assert plain.score == hard.score == 7
    assert "extremely difficult" in hard.to_markdown()
    assert checkin_from_fields(hard.to_fields()) == hard


@pytest.mark.parametrize(
    "answers",
    [(0,) * 8, (0,) * 10, (0,) * 8 + (4,), (0,) * 8 + (-1,), (0,) * 8 + (True,)],
)
def test_answers_that_dont_fit_are_refused(answers: tuple[int, ...]) -> None:
    with pytest.raises(CheckinError):
        QuestionnaireCheckin("phq9", answers)


def test_an_unknown_questionnaire_and_a_bad_difficulty_are_refused() -> None:
    with pytest.raises(CheckinError):
        QuestionnaireCheckin("beck", (0,) * 21)
    with pytest.raises(CheckinError):
        QuestionnaireCheckin("phq9", (0,) * 9, difficulty=4)
    with pytest.raises(CheckinError):
        questionnaire("phq9").band(28)


# -- change --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "current", "meaningful"),
    [
        (10, 14, False),
        (10, 15, True),
        (15, 10, True),
        (14, 10, False),
        (0, 27, True),
        (9, 9, False),
    ],
)
def test_a_phq9_change_of_five_points_or_more_is_meaningful(
    previous: int, current: int, meaningful: bool
) -> None:
    change = score_change(questionnaire("phq9"), previous, current)
    assert change is not None
    assert change.meaningful is meaningful
    assert change.difference == current - previous


def test_change_is_said_plainly() -> None:
    phq9 = questionnaire("phq9")
    assert change_sentence(score_change(phq9, None, 12)).startswith("This is your first one")
    assert change_sentence(score_change(phq9, 12, 12)) == "The same as last time (12)."
    assert change_sentence(score_change(phq9, 12, 11)) == "1 point lower than last time (12 → 11)."
    assert change_sentence(score_change(phq9, 7, 12)) == (
        "5 points higher than last time (7 → 12): a change large enough to be meaningful."
    )


def test_gad7_and_who5_have_their_own_meaningful_change() -> None:
    assert not score_change(questionnaire("gad7"), 5, 8).meaningful  # type: ignore[union-attr]
    assert score_change(questionnaire("gad7"), 5, 9).meaningful  # type: ignore[union-attr]
    assert not score_change(questionnaire("who5"), 40, 48).meaningful  # type: ignore[union-attr]
    assert score_change(questionnaire("who5"), 40, 52).meaningful  # type: ignore[union-attr]


# -- the care item ---------------------------------------------------------------------------------


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item_9_above_not_at_all_needs_care_whatever_the_total(item9: int) -> None:
    checkin = QuestionnaireCheckin("phq9", (0,) * 8 + (item9,))
    assert checkin.needs_care
    assert checkin.band.name == "minimal"


def test_phq9_item_9_not_at_all_and_other_questionnaires_dont_need_care() -> None:
    assert not QuestionnaireCheckin("phq9", (3,) * 8 + (0,)).needs_care
    assert not QuestionnaireCheckin("gad7", (3,) * 7).needs_care
    assert not QuestionnaireCheckin("who5", (0,) * 5).needs_care


# -- a person's own check-in -----------------------------------------------------------------------


def test_an_own_checkin_round_trips_and_reads_plainly() -> None:
    own = OwnCheckin((ScaleRating("Sleep", 6), ScaleRating("Energy", 3)), "A long week.")
    assert checkin_from_fields(own.to_fields()) == own
    text = own.to_markdown()
    assert "- Sleep: 6/10" in text and "A long week." in text


@pytest.mark.parametrize("value", [0, 11, True])
def test_own_ratings_are_from_1_to_10(value: int) -> None:
    with pytest.raises(CheckinError):
        ScaleRating("Sleep", value)


def test_an_own_checkin_needs_a_named_rating_or_a_note() -> None:
    with pytest.raises(CheckinError):
        OwnCheckin(())
    with pytest.raises(CheckinError):
        OwnCheckin((), "  ")
    with pytest.raises(CheckinError):
        ScaleRating("  ", 5)
    only_words = OwnCheckin((), "Nothing to rate today, just this.")
    assert checkin_from_fields(only_words.to_fields()) == only_words


@pytest.mark.parametrize(
    "fields",
    [None, {}, {"checkin": "phq9"}, {"checkin": "own", "ratings": "x"}, {"checkin": "own"}],
)
def test_fields_that_cant_be_read_are_refused(fields: object) -> None:
    with pytest.raises(CheckinError):
        checkin_from_fields(fields)  # type: ignore[arg-type]


# -- over a period ---------------------------------------------------------------------------------


def _at(day: int) -> datetime:
    return datetime(2026, 3, 1, 9, tzinfo=timezone(timedelta(hours=1))) + timedelta(days=day)


def test_a_summary_compares_with_the_last_score_before_the_period() -> None:
    before = [CheckinPoint(1, _at(0), "phq9", 16), CheckinPoint(2, _at(3), "phq9", 15)]
    inside = [
        CheckinPoint(3, _at(10), "phq9", 12),
        CheckinPoint(4, _at(20), "phq9", 9),
        CheckinPoint(5, _at(12), "own:sleep", 4),
        CheckinPoint(6, _at(14), "gad7", 6),
    ]
    summaries = summarise(inside, before, {"own:sleep": "Sleep"})
    assert [s.name for s in summaries] == ["PHQ-9", "GAD-7", "Sleep"]
    phq9 = summaries[0]
    assert [p.score for p in phq9.points] == [12, 9]
    assert phq9.before is not None and phq9.before.score == 15
    assert phq9.change is not None and phq9.change.difference == -6 and phq9.change.meaningful
    assert summaries[1].change is None  # only one, and nothing before it
    assert summaries[2].max_score == 10


def test_without_an_earlier_score_the_first_in_the_period_is_the_start() -> None:
    inside = [CheckinPoint(1, _at(1), "gad7", 3), CheckinPoint(2, _at(2), "gad7", 8)]
    (gad7,) = summarise(inside)
    assert gad7.change is not None and gad7.change.previous == 3 and gad7.change.meaningful


def test_the_content_file_keeps_to_its_schema() -> None:
    data = json.loads(resource_path("checkins.json").read_text(encoding="utf-8"))
    assert set(data) == {"format_version", "note", "label", "questionnaires"}
    keys = {
        "id", "name", "title", "summary", "instruction", "options", "items", "difficulty",
        "multiplier", "bands", "meaningful_change", "care_item", "credit", "source",
    }  # fmt: skip
    for q in data["questionnaires"]:
        assert set(q) == keys, q["id"]
        assert all(isinstance(q[k], str) and q[k].strip() for k in ("name", "title", "credit"))
        values = [o["value"] for o in q["options"]]
        assert sorted(values) == list(range(len(values))), q["id"]
        assert all(isinstance(o["text"], str) and o["text"] for o in q["options"])
        assert all(isinstance(item, str) and item == item.strip() for item in q["items"])
        lows = [b["from"] for b in q["bands"]]
        assert lows == sorted(set(lows)) and lows[0] == 0
        assert isinstance(q["meaningful_change"], int) and q["meaningful_change"] > 0
        assert q["care_item"] is None or 1 <= q["care_item"] <= len(q["items"])
        if q["difficulty"] is not None:
            assert [o["value"] for o in q["difficulty"]["options"]] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("reference", "which"),
    [("phq9", "phq9"), ("PHQ-9", "phq9"), ("gad7", "gad7"), ("who5", "who5"), ("own", OWN)],
)
def test_homework_names_the_check_in_it_asks_for(reference: str, which: str) -> None:
    assert checkin_for(reference) == which


def test_homework_asking_for_an_unknown_check_in_gets_the_persons_own() -> None:
    assert checkin_for("mood-scale") == OWN
