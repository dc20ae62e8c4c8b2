"""`innerspace checkin phq9|gad7|who5`: a published check-in at the terminal, scored and kept."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from innerspace.cli import passphrase, support_commands
from innerspace.cli.errors import CommandError
from innerspace.cli.unlock import unlock
from innerspace.core.checkins import (
    AnswerOption,
    CheckinError,
    Questionnaire,
    QuestionnaireCheckin,
    change_sentence,
    checkin_label,
    load_questionnaires,
    questionnaire,
    result_sentence,
    score_change,
)
from innerspace.core.entries import local_now
from innerspace.core.support import care_lines
from innerspace.storage.checkin_records import previous_score, save_checkin
from innerspace.storage.journal import Journal


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    names = ", ".join(f"{key} ({q.name})" for key, q in load_questionnaires().items())
    checkin = commands.add_parser(
        "checkin",
        help="take a check-in (PHQ-9, GAD-7 or WHO-5) and keep its score",
        description="Ask a published check-in's questions one by one, then print the score, "
        "its range and the change since the last one, and keep it in your journal. It is a "
        f"check-in, not a diagnosis. Check-ins: {names}.",
    )
    checkin.add_argument(
        "questionnaire", choices=list(load_questionnaires()), help="which check-in to take"
    )
    checkin.add_argument(
        "--answers",
        metavar="N,N,…",
        help="every answer in order, separated by commas, instead of asking (for scripts); "
        "the numbers are the ones shown beside each choice",
    )
    checkin.add_argument(
        "--difficulty",
        type=int,
        metavar="N",
        help="with --answers: the answer to the last, unscored question (0 to 3), if it has one",
    )
    passphrase.add_file_option(checkin)
    checkin.set_defaults(handler=take_checkin)


def take_checkin(args: argparse.Namespace, data_dir: Path) -> int:
    q = questionnaire(args.questionnaire)
    if args.difficulty is not None and not args.answers:
        raise CommandError(
            "--difficulty goes with --answers; without them, each question is asked."
        )
    given = _given_answers(q, args.answers, args.difficulty) if args.answers else None
    with unlock(data_dir, args.passphrase_file) as vault:
        checkin = given or _ask(q)
        if checkin.needs_care:
            # Always, whatever the total and the care-check setting: this answer was a direct
            # one. Before saving, so a journal that can't keep it never takes the lines away.
            for line in care_lines(support_commands.chosen_country(None, data_dir)):
                print(line, file=sys.stderr)
        when = local_now()
        previous = previous_score(vault, q.id, when)
        entry = save_checkin(Journal(vault), checkin, when)
    print(f"{q.name} check-in kept as entry {entry.id}.")
    print(result_sentence(q, checkin.score))
    print(change_sentence(score_change(q, previous, checkin.score)))
    print(f"{checkin_label()}. {q.credit}")
    return 0


def _given_answers(q: Questionnaire, text: str, difficulty: int | None) -> QuestionnaireCheckin:
    try:
        answers = tuple(int(part) for part in text.replace(" ", "").split(","))
    except ValueError as exc:
        raise CommandError("Please give --answers as whole numbers separated by commas.") from exc
    if difficulty is not None and not q.difficulty_options:
        raise CommandError(f"{q.name} has no last, unscored question for --difficulty.")
    try:
        return QuestionnaireCheckin(q.id, answers, difficulty)
    except CheckinError as exc:
        choices = ", ".join(str(o.value) for o in q.options)
        raise CommandError(
            f"{exc} Please give {len(q.items)} answers, each one of {choices}."
        ) from exc


def _ask(q: Questionnaire) -> QuestionnaireCheckin:
    print(f"{q.name}: {q.instruction}")
    print(f"{checkin_label()}. Ctrl+C stops at any time; nothing is kept until the end.")
    answers = [
        _choose(f"{number} of {len(q.items)}. {item}", q.options)
        for number, item in enumerate(q.items, start=1)
    ]
    difficulty = None
    if q.difficulty_options and any(answers):
        difficulty = _choose(q.difficulty_question, q.difficulty_options)
    return QuestionnaireCheckin(q.id, tuple(answers), difficulty)


def _choose(question: str, options: tuple[AnswerOption, ...]) -> int:
    choices = {str(o.value): o.value for o in options}
    print()
    print(question)
    for o in options:
        print(f"  {o.value}  {o.text}")
    while True:
        try:
            typed = input("Your answer: ").strip()
        except EOFError as exc:
            raise CommandError("The check-in ended before every question was answered.") from exc
        if typed in choices:
            return choices[typed]
        print(f"Please type one of {', '.join(choices)}.")
