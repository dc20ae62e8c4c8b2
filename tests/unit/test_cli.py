"""The command line, driven in-process through ``innerspace.app.main`` on real vaults."""

from __future__ import annotations

import getpass
import io
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from innerspace.app import main
from innerspace.cli import entry_commands, timeline
from innerspace.cli import passphrase as cli_passphrase
from innerspace.core.entries import Entry
from innerspace.storage.journal import Journal
from innerspace.storage.vault import KEY_FILE_NAME, Vault, vault_exists
from tests.conftest import PASSPHRASE

WRONG_PASSPHRASE = "innerspace: That passphrase doesn't open this journal. Please try again.\n"
RECOVERY_KEY = re.compile(r"^ {4}([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", re.MULTILINE)
# Central European time without the tz database: UTC+1, UTC+2 from March to October.
BERLIN_TZ = "CET-1CEST,M3.5.0,M10.5.0/3"


@dataclass
class Outcome:
    status: int | str | None
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The one line an expected failure prints, after checking that it is exactly one."""
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert "Traceback" not in self.err
        return lines[0]


class Keyboard(io.StringIO):
    """Standard input as a person at a terminal: nothing piped in."""

    def isatty(self) -> bool:
        return True


@dataclass
class Terminal:
    """What the person types at each passphrase prompt, and the prompts they saw."""

    answers: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)


Cli = Callable[..., Outcome]


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def journal_dir(vault: Vault, data_dir: Path) -> Path:
    """A real, empty journal, locked as the command line finds it."""
    vault.close()
    return data_dir


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    passphrase_file: Path,
) -> Cli:
    """Run ``innerspace --data-dir DATA COMMAND --passphrase-file FILE OPTIONS...``.

    ``passphrase=None`` leaves the file out (to be asked instead); ``stdin`` is what is piped in.
    """

    def run(
        command: str,
        *options: str,
        stdin: bytes | None = None,
        passphrase: Path | None = passphrase_file,
    ) -> Outcome:
        argv = ["--data-dir", str(data_dir), command]
        if passphrase is not None:
            argv += ["--passphrase-file", str(passphrase)]
        piped = Keyboard() if stdin is None else io.TextIOWrapper(io.BytesIO(stdin))
        monkeypatch.setattr(sys, "stdin", piped)
        capsys.readouterr()
        try:
            status: int | str | None = main([*argv, *options])
        except SystemExit as exc:  # argparse's usage errors
            status = exc.code
        out, err = capsys.readouterr()
        return Outcome(status, out, err)

    return run


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    typed = Terminal()

    def fake_getpass(prompt: str = "Password: ", stream: object = None) -> str:
        typed.prompts.append(prompt)
        return typed.answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr(cli_passphrase, "terminal_available", lambda: True)
    return typed


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's local time zone is Central European time for the test."""
    if not hasattr(time, "tzset"):
        pytest.skip("changing the local time zone needs time.tzset")
    monkeypatch.setenv("TZ", BERLIN_TZ)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def store(journal: Journal, *entries: Entry) -> list[int]:
    """Write entries straight to the journal, then lock it for the command line."""
    ids = [journal.add(entry).id or 0 for entry in entries]
    journal.vault.close()
    return ids


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def listed_ids(outcome: Outcome) -> list[int]:
    assert outcome.status == 0, outcome.err
    return [item["id"] for item in json.loads(outcome.out)]


# -- init ----------------------------------------------------------------------------------------


def test_init_creates_a_journal_and_shows_the_recovery_key_once(cli: Cli, data_dir: Path) -> None:
    result = cli("init")

    assert result.status == 0, result.err
    assert result.out.startswith(f"Your journal is ready in {data_dir}.")
    assert "shown only this once" in result.out
    assert "nothing in it\ncan be recovered" in result.out
    match = RECOVERY_KEY.search(result.out)
    assert match is not None
    Vault.unlock_with_recovery_key(data_dir, match.group(1)).close()
    assert cli("check").status == 0


def test_init_refuses_when_a_journal_exists(cli: Cli, journal_dir: Path) -> None:
    key_file = (journal_dir / KEY_FILE_NAME).read_bytes()

    result = cli("init")

    assert result.status == 1
    assert result.error_line == (
        f"innerspace: There's already a journal in {journal_dir}; it was left as it is."
    )
    assert (journal_dir / KEY_FILE_NAME).read_bytes() == key_file


def test_init_refuses_a_short_passphrase(cli: Cli, tmp_path: Path, data_dir: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("seven c\n", encoding="utf-8")

    result = cli("init", passphrase=short)

    assert result.status == 1
    assert "at least 8 characters" in result.error_line
    assert not vault_exists(data_dir)


def test_init_asks_twice_and_a_mismatch_creates_nothing(
    cli: Cli, terminal: Terminal, data_dir: Path
) -> None:
    terminal.answers += ["a lantern by the door", "a lantern by the floor"]

    result = cli("init", passphrase=None)

    assert result.status == 1
    assert result.error_line == (
        "innerspace: The two passphrases don't match, so nothing was changed."
    )
    assert terminal.prompts == ["Choose a passphrase: ", "Type it again: "]
    assert not vault_exists(data_dir)


def test_init_refuses_a_short_typed_passphrase_before_asking_again(
    cli: Cli, terminal: Terminal, data_dir: Path
) -> None:
    terminal.answers.append("short")

    result = cli("init", passphrase=None)

    assert result.status == 1
    assert "at least 8 characters" in result.error_line
    assert len(terminal.prompts) == 1
    assert not vault_exists(data_dir)


# -- add -----------------------------------------------------------------------------------------


def test_add_prints_the_new_id_and_keeps_title_tags_and_text(cli: Cli, journal_dir: Path) -> None:
    result = cli(
        "add", "--text", "Slept well.\nWoke early.", "--title", "Rest", "--tag", "sleep",
        "--tag", "#morning",
    )  # fmt: skip

    assert result.status == 0, result.err
    assert re.fullmatch(r"\d+\n", result.out)
    shown = json.loads(cli("show", result.out.strip(), "--json").out)
    assert shown["body"] == "Slept well.\nWoke early."
    assert shown["title"] == "Rest"
    assert shown["tags"] == ["morning", "sleep"]


def test_add_reads_text_piped_to_it(cli: Cli, journal_dir: Path) -> None:
    result = cli("add", stdin="Written elsewhere ☕\r\nand piped in.\n".encode())

    assert result.status == 0, result.err
    shown = json.loads(cli("show", result.out.strip(), "--json").out)
    assert shown["body"] == "Written elsewhere ☕\nand piped in."


@pytest.mark.parametrize(
    ("options", "stdin"),
    [(("--text", "   "), None), ((), b"\n\n  \n"), ((), b"")],
    ids=["blank text", "blank lines piped", "nothing piped"],
)
def test_add_refuses_empty_text(
    cli: Cli, journal_dir: Path, options: tuple[str, ...], stdin: bytes | None
) -> None:
    result = cli("add", *options, stdin=stdin)

    assert result.status == 1
    assert result.error_line == "innerspace: There's nothing to save: the text is empty."
    assert listed_ids(cli("list", "--json")) == []


def test_add_at_a_terminal_without_text_explains_how_to_give_it(
    cli: Cli, journal_dir: Path
) -> None:
    result = cli("add")

    assert result.status == 1
    assert "--text" in result.error_line
    assert "pipe it in" in result.error_line


def test_add_refuses_text_that_is_not_utf8(cli: Cli, journal_dir: Path) -> None:
    result = cli("add", stdin=b"caf\xe9 au lait")

    assert result.status == 1
    assert "isn't UTF-8" in result.error_line


def test_add_refuses_text_beyond_the_limit_before_asking_anything(
    cli: Cli, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_commands, "MAX_TEXT_BYTES", 10)

    result = cli("add", stdin=b"eleven byte", passphrase=None)

    assert result.status == 1
    assert "please split it into several entries" in result.error_line
    assert terminal.prompts == []


def test_add_takes_a_megabyte_of_text(cli: Cli, journal_dir: Path) -> None:
    text = "a long day of writing " * 47_000 + "lighthousekeeper"
    assert len(text) > 1_000_000

    result = cli("add", "--text", text)

    assert result.status == 0, result.err
    assert json.loads(cli("show", result.out.strip(), "--json").out)["body"] == text
    hits = json.loads(cli("search", "lighthousekeeper", "--json").out)
    assert [hit["id"] for hit in hits] == [int(result.out)]


DATES_GIVEN_AND_STORED = [
    ("2024-03-05T21:30+01:00", "2024-03-05T21:30:00+01:00"),
    ("2024-03-05T21:30-05:00", "2024-03-05T21:30:00-05:00"),
    ("2024-03-05T20:30Z", "2024-03-05T20:30:00+00:00"),
    ("2024-03-05T21:30", "2024-03-05T21:30:00+01:00"),
    ("2024-07-01T08:15:30", "2024-07-01T08:15:30+02:00"),
    ("2024-03-05", "2024-03-05T12:00:00+01:00"),
    (" 2024-07-02 ", "2024-07-02T12:00:00+02:00"),
]


@pytest.mark.usefixtures("berlin")
def test_add_with_a_date_keeps_the_time_as_written(cli: Cli, journal_dir: Path) -> None:
    expected: dict[int, str] = {}
    for given, created in DATES_GIVEN_AND_STORED:
        result = cli("add", "--text", f"Back on {given}.", "--date", given)
        assert result.status == 0, result.err
        expected[int(result.out)] = created

    listed = json.loads(cli("list", "--json").out)

    assert {item["id"]: item["created"] for item in listed} == expected


@pytest.mark.parametrize("given", ["yesterday", "2024-13-01", "05/03/2024", "2024-03-05T25:00"])
def test_add_refuses_a_date_it_cannot_read(cli: Cli, journal_dir: Path, given: str) -> None:
    result = cli("add", "--text", "When?", "--date", given)

    assert result.status == 1
    assert "isn't a date" in result.error_line
    assert "2024-03-05T21:30+01:00" in result.error_line


# -- list ----------------------------------------------------------------------------------------


def test_list_shows_newest_first_as_the_writer_saw_the_time(cli: Cli, journal: Journal) -> None:
    oldest, middle, newest = store(
        journal,
        Entry(title="Harbour", body="Boats.", created=at("2024-01-02T08:00+00:00")),
        Entry(body="# Late thoughts\nOn a train.", created=at("2024-02-03T23:45-08:00")),
        Entry(
            title="Tea", body="Warm.", tags=("calm", "home"), starred=True,
            created=at("2024-03-04T07:05+09:00"),
        ),
    )  # fmt: skip

    result = cli("list")

    assert result.status == 0, result.err
    assert result.out.splitlines() == [
        f"{newest}  2024-03-04 07:05  ★ Tea  (calm, home)",
        f"{middle}  2024-02-03 23:45    Late thoughts",
        f"{oldest}  2024-01-02 08:00    Harbour",
    ]


def test_list_json_has_stable_keys_and_times_with_offsets(cli: Cli, journal: Journal) -> None:
    [entry_id] = store(
        journal,
        Entry(
            title="Café", body="Crème brûlée ☕", tags=("food",),
            created=at("2024-03-05T21:30+01:00"),
        ),
    )  # fmt: skip

    result = cli("list", "--json")

    assert result.status == 0, result.err
    assert "Crème brûlée ☕" in result.out  # not \u-escaped
    assert json.loads(result.out) == [
        {
            "id": entry_id,
            "created": "2024-03-05T21:30:00+01:00",
            "title": "Café",
            "preview": "Crème brûlée ☕",
            "tags": ["food"],
            "starred": False,
        }
    ]


def test_list_from_and_to_include_whole_days(cli: Cli, journal: Journal) -> None:
    before, first, last, after = store(
        journal,
        Entry(body="Before.", created=at("2024-03-04T23:59:59+00:00")),
        Entry(body="First.", created=at("2024-03-05T00:00+00:00")),
        Entry(body="Last.", created=at("2024-03-05T23:59:59+00:00")),
        Entry(body="After.", created=at("2024-03-06T00:00+00:00")),
    )

    assert listed_ids(cli("list", "--from", "2024-03-05", "--to", "2024-03-05", "--json")) == [
        last,
        first,
    ]
    assert listed_ids(cli("list", "--from", "2024-03-06", "--json")) == [after]
    assert listed_ids(cli("list", "--to", "2024-03-04", "--json")) == [before]
    assert listed_ids(cli("list", "--from", "2024-03-07", "--json")) == []


def test_list_dates_are_the_writers_own_days(cli: Cli, journal: Journal) -> None:
    east, west = store(
        journal,
        # 22:30 on 5 March in UTC, but 6 March for its writer.
        Entry(body="East.", created=at("2024-03-06T00:30+02:00")),
        # 04:30 on 6 March in UTC, but 5 March for its writer.
        Entry(body="West.", created=at("2024-03-05T23:30-05:00")),
    )

    assert listed_ids(cli("list", "--to", "2024-03-05", "--json")) == [west]
    assert listed_ids(cli("list", "--from", "2024-03-06", "--json")) == [east]


def test_list_limit_counts_only_entries_in_the_chosen_days_across_pages(
    cli: Cli, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline, "_PAGE", 3)
    days = [at(f"2024-03-{day:02}T12:00+00:00") for day in range(1, 11)]
    ids = store(journal, *(Entry(body="A day.", created=day) for day in days))
    week = ("--from", "2024-03-02", "--to", "2024-03-08")

    chosen = listed_ids(cli("list", *week, "--all", "--json"))
    limited = listed_ids(cli("list", *week, "--limit", "5", "--json"))

    assert chosen == ids[1:8][::-1]
    assert limited == chosen[:5]


def test_list_limit_says_when_there_is_more(cli: Cli, journal: Journal) -> None:
    store(journal, *(Entry(body=f"Note {n}.") for n in range(4)))

    limited = cli("list", "--limit", "2")
    everything = cli("list", "--all")

    assert len(limited.out.splitlines()) == 2
    assert "--all" in limited.error_line
    assert len(everything.out.splitlines()) == 4
    assert everything.err == ""


def test_list_of_an_empty_journal_says_how_to_begin(cli: Cli, journal_dir: Path) -> None:
    assert "no entries yet" in cli("list").out
    assert cli("list", "--from", "2024-01-01").out == "There are no entries in that time.\n"
    assert cli("list", "--json").out == "[]\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--from", "2024-03-06", "--to", "2024-03-05"), "The --from date is after the --to date."),
        (("--from", "March"), "--from “March” isn't a date; please write it like 2024-03-05."),
        (("--to", "2024-03-05T10:00"), "--to “2024-03-05T10:00” isn't a date;"),
    ],
)
def test_list_explains_dates_it_cannot_use(
    cli: Cli, journal_dir: Path, options: tuple[str, ...], message: str
) -> None:
    result = cli("list", *options)

    assert result.status == 1
    assert result.error_line.startswith(f"innerspace: {message}")


# -- show ----------------------------------------------------------------------------------------


def test_show_prints_the_whole_entry_as_written(cli: Cli, journal: Journal) -> None:
    [entry_id] = store(
        journal,
        Entry(
            title="Morning walk", body="A calm walk.\n\nBy the river.", tags=("walk", "self care"),
            starred=True, created=at("2024-03-05T06:45-03:30"),
        ),
    )  # fmt: skip

    result = cli("show", str(entry_id))

    assert result.status == 0, result.err
    assert result.out == (
        "Morning walk\n"
        "2024-03-05 06:45 (UTC-03:30) · ★ starred · tags: self care, walk\n"
        "\n"
        "A calm walk.\n\nBy the river.\n"
    )


def test_show_json_is_the_whole_entry(cli: Cli, journal: Journal) -> None:
    entry = Entry(
        title="Été", body="Une journée douce ☀", tags=("été",), created=at("2024-07-01T18:00+02:00")
    )
    [entry_id] = store(journal, entry)

    result = cli("show", str(entry_id), "--json")

    assert result.status == 0, result.err
    assert "Une journée douce ☀" in result.out
    shown = json.loads(result.out)
    assert list(shown) == [
        "id", "uid", "created", "updated", "title", "body", "tags", "starred", "kind", "fields",
    ]  # fmt: skip
    assert shown["id"] == entry_id
    assert shown["uid"] == entry.uid
    assert shown["created"] == "2024-07-01T18:00:00+02:00"
    assert datetime.fromisoformat(shown["updated"]).utcoffset() is not None
    assert (shown["title"], shown["body"], shown["tags"]) == ("Été", "Une journée douce ☀", ["été"])
    assert (shown["starred"], shown["kind"], shown["fields"]) == (False, "note", None)


def test_show_keeps_stored_control_characters_away_from_the_terminal(
    cli: Cli, journal: Journal
) -> None:
    [entry_id] = store(journal, Entry(title="Odd\x1b[2J", body="Text\x1b]0;title\x07 here"))

    result = cli("show", str(entry_id))

    assert "\x1b" not in result.out
    assert "\x07" not in result.out
    assert json.loads(cli("show", str(entry_id), "--json").out)["body"] == (
        "Text\x1b]0;title\x07 here"
    )


def test_show_of_a_missing_id_is_one_line(cli: Cli, journal_dir: Path) -> None:
    result = cli("show", "999")

    assert result.status == 1
    assert result.error_line == "innerspace: There's no entry with id 999."


# -- search --------------------------------------------------------------------------------------


@pytest.fixture
def river_entries(journal: Journal) -> list[int]:
    return store(
        journal,
        Entry(
            title="River", body="The river, the river and the river again.",
            created=at("2024-01-01T09:00+00:00"),
        ),
        Entry(
            body="A long day at work. " * 20 + "In the evening I sat by the river.",
            created=at("2024-02-01T09:00+00:00"),
        ),
        Entry(body="Nothing about water here.", created=at("2024-03-01T09:00+00:00")),
    )  # fmt: skip


def test_search_shows_matches_in_brackets_when_not_a_terminal(
    cli: Cli, river_entries: list[int]
) -> None:
    titled, evening, _ = river_entries

    result = cli("search", "river")

    assert result.status == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"{evening}  2024-02-01 09:00"
    assert lines[1].endswith("In the evening I sat by the [river].")
    assert lines[2] == f"{titled}  2024-01-01 09:00    River"
    assert lines[3] == "   The [river], the [river] and the [river] again."
    assert "\x02" not in result.out
    assert "\x03" not in result.out


def test_search_shows_matches_in_bold_in_a_terminal(
    cli: Cli, river_entries: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)

    result = cli("search", "again")

    assert "the river and the river \x1b[1magain\x1b[22m." in result.out


def test_search_respects_no_color(
    cli: Cli, river_entries: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)

    result = cli("search", "again")

    assert "\x1b" not in result.out
    assert "[again]" in result.out


def test_search_json_gives_plain_snippets_with_match_offsets(
    cli: Cli, river_entries: list[int]
) -> None:
    result = cli("search", "river", "--json")

    assert result.status == 0, result.err
    hits = json.loads(result.out)
    assert [hit["id"] for hit in hits] == river_entries[1::-1]
    for hit in hits:
        assert list(hit) == ["id", "created", "title", "snippet", "matches", "tags", "starred"]
        assert "\x02" not in hit["snippet"]
        assert hit["matches"]
        assert {hit["snippet"][start:end] for start, end in hit["matches"]} == {"river"}
    assert hits[1]["created"] == "2024-01-01T09:00:00+00:00"


def test_search_by_relevance_puts_the_best_match_first(cli: Cli, river_entries: list[int]) -> None:
    titled, evening, _ = river_entries

    newest = cli("search", "river", "--order", "newest", "--json")
    best = cli("search", "river", "--order", "relevance", "--json")

    assert listed_ids(newest) == [evening, titled]
    assert listed_ids(best) == [titled, evening]


def test_search_says_when_nothing_matches(cli: Cli, river_entries: list[int]) -> None:
    assert cli("search", "mountain").out == "No entries match that search.\n"
    assert cli("search", "*").out == "There are no words to look for in that search.\n"
    assert cli("search", "mountain", "--json").out == "[]\n"


def test_search_joins_words_and_accepts_a_leading_dash_after_double_dash(
    cli: Cli, river_entries: list[int]
) -> None:
    titled, evening, _ = river_entries

    assert listed_ids(cli("search", "evening", "river", "--json")) == [evening]
    assert listed_ids(cli("search", "--json", "--", "-work", "river")) == [titled]


ODD_QUERIES = ['"unbalanced', "*", "-", "((", "AND OR NOT", '"', "NEAR(a b)", "^", "title:river",
               "'", "\\", "🙂", "", "river*", "OR", "-river", "a" * 5000]  # fmt: skip


def test_odd_search_queries_never_crash(cli: Cli, river_entries: list[int]) -> None:
    runs = [((), query) for query in ODD_QUERIES]
    runs += [(("--json", "--order", "relevance"), query) for query in ODD_QUERIES[:5]]
    for options, query in runs:
        result = cli("search", *options, "--", query)

        assert (result.status, result.err) == (0, ""), (options, query)


# -- passwd --------------------------------------------------------------------------------------


def test_passwd_then_the_old_passphrase_fails_and_the_new_one_works(
    cli: Cli, journal: Journal, tmp_path: Path, passphrase_file: Path
) -> None:
    [entry_id] = store(journal, Entry(body="Still here."))
    new_file = tmp_path / "new.txt"
    new_file.write_text("a brand new lantern\n", encoding="utf-8")

    changed = cli("passwd", "--new-passphrase-file", str(new_file))

    assert changed.status == 0, changed.err
    assert "Your passphrase is changed." in changed.out
    assert "recovery key still works" in changed.out
    old = cli("list")
    assert (old.status, old.err) == (1, WRONG_PASSPHRASE)
    assert listed_ids(cli("list", "--json", passphrase=new_file)) == [entry_id]


def test_passwd_asks_current_then_new_twice_and_a_mismatch_changes_nothing(
    cli: Cli, terminal: Terminal, journal_dir: Path
) -> None:
    key_file = (journal_dir / KEY_FILE_NAME).read_bytes()
    terminal.answers += [PASSPHRASE, "a brand new lantern", "a brand new lanterm"]

    result = cli("passwd", passphrase=None)

    assert result.status == 1
    assert "don't match" in result.error_line
    assert terminal.prompts == ["Current passphrase: ", "New passphrase: ", "Type it again: "]
    assert (journal_dir / KEY_FILE_NAME).read_bytes() == key_file


def test_passwd_with_a_wrong_current_passphrase_asks_for_nothing_new(
    cli: Cli, terminal: Terminal, journal_dir: Path
) -> None:
    terminal.answers.append("not the passphrase")

    result = cli("passwd", passphrase=None)

    assert (result.status, result.err) == (1, WRONG_PASSPHRASE)
    assert terminal.prompts == ["Current passphrase: "]


def test_passwd_refuses_a_short_new_passphrase(cli: Cli, journal_dir: Path, tmp_path: Path) -> None:
    key_file = (journal_dir / KEY_FILE_NAME).read_bytes()
    short = tmp_path / "short.txt"
    short.write_text("tiny\n", encoding="utf-8")

    result = cli("passwd", "--new-passphrase-file", str(short))

    assert result.status == 1
    assert "at least 8 characters" in result.error_line
    assert (journal_dir / KEY_FILE_NAME).read_bytes() == key_file


# -- check ---------------------------------------------------------------------------------------


def test_check_of_a_healthy_journal(cli: Cli, journal: Journal) -> None:
    store(journal, Entry(body="Fine."))

    result = cli("check")

    assert (result.status, result.err) == (0, "")
    assert result.out == "Your journal is healthy: both integrity checks passed.\n"


def test_check_lists_problems_and_exits_1(
    cli: Cli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = ["database check: row 3 missing from index", "database check: page 7 unused"]
    monkeypatch.setattr(Vault, "check", lambda self: problems)

    result = cli("check")

    assert result.status == 1
    assert result.out.splitlines() == problems
    assert "found 2 problems, listed above" in result.error_line


# -- failures every command shares ---------------------------------------------------------------

EVERY_UNLOCKING_COMMAND = [
    ("add", "--text", "Hello."),
    ("list",),
    ("show", "1"),
    ("search", "river"),
    ("passwd", "--new-passphrase-file", "unused.txt"),
    ("check",),
]


@pytest.mark.parametrize("command", EVERY_UNLOCKING_COMMAND, ids=lambda c: c[0])
def test_a_wrong_passphrase_is_one_plain_line(
    cli: Cli, journal_dir: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")

    result = cli(*command, passphrase=wrong)

    assert (result.status, result.err, result.out) == (1, WRONG_PASSPHRASE, "")


@pytest.mark.parametrize("command", EVERY_UNLOCKING_COMMAND, ids=lambda c: c[0])
def test_a_missing_journal_is_one_line_and_asks_for_nothing(
    cli: Cli, terminal: Terminal, data_dir: Path, command: tuple[str, ...]
) -> None:
    result = cli(*command, passphrase=None)

    assert result.status == 1
    assert result.error_line == (
        f"innerspace: There's no journal in {data_dir} yet. "
        "You can create one with: innerspace init"
    )
    assert terminal.prompts == []


def test_a_passphrase_file_that_does_not_exist_is_one_line(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.txt"

    result = cli("list", passphrase=missing)

    assert result.status == 1
    assert result.error_line == (
        f"innerspace: Couldn't read the passphrase file {missing}: No such file or directory."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\nsecond line\n", "is empty"), (b"\xff\xfe\x00", "isn't UTF-8")],
)
def test_an_unusable_passphrase_file_is_one_line(
    cli: Cli, journal_dir: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(content)

    result = cli("list", passphrase=path)

    assert result.status == 1
    assert message in result.error_line


def test_a_folder_given_as_passphrase_file_is_one_line(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    result = cli("list", passphrase=tmp_path)

    assert result.status == 1
    assert result.error_line.startswith(f"innerspace: Couldn't read the passphrase file {tmp_path}")


def test_only_the_first_line_of_a_passphrase_file_counts(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\nanything else\r\n")

    assert cli("list", passphrase=path).status == 0


def test_without_a_terminal_or_a_file_it_says_so(
    cli: Cli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_passphrase, "terminal_available", lambda: False)

    result = cli("list", passphrase=None)

    assert result.status == 1
    assert result.error_line == (
        "innerspace: There's no terminal to ask for your passphrase; "
        "please use --passphrase-file PATH."
    )


def test_ctrl_c_at_the_prompt_stops_quietly(
    cli: Cli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(prompt: str = "", stream: object = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", interrupted)
    monkeypatch.setattr(cli_passphrase, "terminal_available", lambda: True)

    result = cli("list", passphrase=None)

    assert result.status == 130
    assert result.err == "\ninnerspace: Stopped.\n"


def test_a_damaged_key_file_is_one_line(cli: Cli, journal_dir: Path) -> None:
    (journal_dir / KEY_FILE_NAME).write_text("{ not json", encoding="utf-8")

    result = cli("list")

    assert result.status == 1
    assert "damaged" in result.error_line


@pytest.mark.parametrize(
    "argv",
    [
        ("frobnicate",),
        ("show",),
        ("show", "first"),
        ("search",),
        ("search", "river", "--order", "sideways"),
        ("list", "--limit", "0"),
        ("list", "--limit", "2", "--all"),
        ("add", "--colour", "blue"),
    ],
    ids=" ".join,
)
def test_usage_mistakes_exit_2(cli: Cli, argv: tuple[str, ...]) -> None:
    result = cli(*argv)

    assert result.status == 2
    assert "usage: innerspace" in result.err


def test_logs_never_hold_what_was_written_or_searched(
    cli: Cli, journal_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    canary = "quokkacanary"
    caplog.set_level(logging.DEBUG)

    added = cli("add", "--text", f"Body {canary}", "--title", f"Title {canary}", "--tag", canary)
    cli("list")
    cli("show", added.out.strip())
    cli("search", canary)

    assert canary in cli("search", canary).out
    assert "journal unlocked" in caplog.text  # events are logged; content is not
    assert canary not in caplog.text
