"""Whatever a file holds, the new importers either read it or refuse it with a plain sentence:
never an unexpected error halfway through."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerspace.interchange import dayone, journey, jrnl_text, notes_folder
from innerspace.interchange.model import ImportProblem, ParsedImport

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
# Text with the pieces these formats are made of, so the parsers' branches are reached.
pieces = st.sampled_from(
    [
        "---\n",
        "title: ",
        "tags: [a, 'b']\n",
        "created: 2024-03-10\n",
        "date: 99999-1-1\n",
        "- item\n",
        "[2024-03-10 09:15:00 PM] ",
        "[2024-13-40 25:00] ",
        "2012-03-29 17:16 ",
        "Title. ",
        " *\n",
        "@tag ",
        "#tag ",
        "`code #x`",
        "\\(",
        "\\-",
        "\u200b",
        "dayone2://view?entryId=0A1B2C3D4E5F60718293A4B5C6D7E8F9",
        "\n",
    ]
)
texts = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=25).map("".join)


def _read(parse: object, path: Path) -> ParsedImport | None:
    try:
        return parse(path)  # type: ignore[operator, no-any-return]
    except ImportProblem as problem:
        assert str(problem) and "\n" not in str(problem)
        return None


@FAST
@given(text=texts)
def test_front_matter_and_day_one_markdown_never_fail(text: str) -> None:
    meta, rest = notes_folder.front_matter(text)
    assert isinstance(meta, dict) and rest in text
    assert isinstance(dayone.plain_markdown(text), str)


@FAST
@given(text=texts)
def test_jrnl_text_reads_or_refuses(tmp_path: Path, text: str) -> None:
    path = tmp_path / f"{os.urandom(4).hex()}.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    parsed = _read(jrnl_text.parse, path)
    if parsed is not None:
        assert all(e.title or e.body for e in parsed.entries)


@FAST
@given(notes=st.lists(texts, min_size=1, max_size=4))
def test_a_folder_of_notes_reads_or_refuses(tmp_path: Path, notes: list[str]) -> None:
    folder = tmp_path / os.urandom(4).hex()
    folder.mkdir()
    for index, text in enumerate(notes):
        name = "2024-03-10.md" if index == 0 else f"note {index}.md"
        (folder / name).write_bytes(text.encode("utf-8", "surrogatepass"))
    parsed = _read(notes_folder.parse, folder)
    if parsed is not None:
        assert len(parsed.entries) + len(parsed.skipped) == len(notes)


values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)


@FAST
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"date_journal": values},
            optional={
                "id": values,
                "text": values,
                "type": st.sampled_from(["html", "markdown"]),
                "date_modified": values,
                "timezone": values,
                "tags": values,
                "photos": values,
                "weather": values,
                "mood": values,
                "address": values,
                "favourite": values,
            },
        ),
        min_size=1,
        max_size=4,
    )
)
def test_journey_reads_or_refuses(tmp_path: Path, records: list[dict[str, object]]) -> None:
    path = tmp_path / f"{os.urandom(4).hex()}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for index, record in enumerate(records):
            archive.writestr(f"{index}.json", json.dumps(record))
    parsed = _read(journey.parse, path)
    if parsed is not None:
        assert len(parsed.entries) + len(parsed.skipped) == len(records)
