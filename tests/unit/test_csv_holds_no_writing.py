"""The CSV export holds numbers, ratings, choices, days and feeling words, and never a word the
person wrote: every text field of every exercise kind carries a canary that must not appear."""

from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.checkins import OwnCheckin, ScaleRating
from innerspace.core.core_belief import CoreBeliefWorksheet
from innerspace.core.dbt_diary_card import DiaryCard
from innerspace.core.entries import Entry
from innerspace.core.exercises import EXERCISE_KINDS
from innerspace.core.fear_ladder import FearLadder
from innerspace.core.values_activities import ValuesList
from innerspace.core.worry_time import WorryNote
from innerspace.interchange.csv_export import export_csv
from innerspace.storage.journal import Journal

CANARY = "Canary words"
KINDS: list[type[Any]] = [
    *EXERCISE_KINDS.values(),
    BehaviouralExperiment,
    CoreBeliefWorksheet,
    DiaryCard,
    FearLadder,
    ValuesList,
    WorryNote,
]


def _filled(cls: type[Any], counter: list[int]) -> Any:
    """An instance whose every text field holds a numbered canary, lists holding one of their
    items, and every number left as its default."""
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        value = _value(hints[f.name], counter)
        if value is not None:
            values[f.name] = value
    tried: dict[str, list[str]] = {}
    while True:
        try:
            return cls(**values)
        except ValueError as exc:
            # A field that must be a day, a time or one of the app's choices names itself: it
            # gets one of those instead, and every other field still holds a canary.
            named = [n for n in values if n in str(exc) and tried.get(n, [None])]
            if not named:
                raise
            left = tried.setdefault(named[0], ["2026-12-04", "21:00", "anger", ""])
            values[named[0]] = left.pop(0)


def _value(hint: Any, counter: list[int]) -> Any:
    if hint is str:
        counter[0] += 1
        return f"{CANARY} {counter[0]}"
    origin = typing.get_origin(hint)
    if origin in (list, tuple):
        (item, *_) = typing.get_args(hint)
        inner = _value(item, counter)
        return None if inner is None else (list if origin is list else tuple)([inner])
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _filled(hint, counter)
    return None


def _csv(journal: Journal, tmp_path: Path) -> str:
    out = tmp_path / "moods.csv"
    export_csv(journal, out)
    return out.read_text(encoding="utf-8-sig")


def test_no_exercise_kind_lets_its_writing_into_the_csv(journal: Journal, tmp_path: Path) -> None:
    counter = [0]
    for cls in KINDS:
        exercise = _filled(cls, counter)
        fields = exercise.to_fields()
        assert CANARY in json.dumps(fields), cls  # the canary really is in the answers
        journal.add(Entry(kind=cls.KIND, title=f"{CANARY} title", body="", fields=fields))
    own = OwnCheckin(ratings=(ScaleRating(f"{CANARY} scale", 4),), notes=f"{CANARY} notes")
    journal.add(Entry(kind="checkin", fields=own.to_fields()))
    journal.add(
        Entry(
            kind="free-association",
            fields={"minutes": 10, "started": "2026-12-04T21:00", "text": f"{CANARY} free"},
        )
    )
    text = _csv(journal, tmp_path)
    assert CANARY.casefold() not in text.casefold()
    # What may be counted stays: the own check-in's rating and the timed writing's minutes.
    assert '""ratings"": [{""value"": 4}]' in text
    assert '{""minutes"": 10, ""started"": ""2026-12-04T21:00""}' in text


answers = st.recursive(
    st.one_of(
        st.integers(-5, 200),
        st.booleans(),
        st.text(max_size=12).map(lambda t: f"{t} {CANARY} {t}"),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["situation", "emotion", "checkin", "region", "notes", "text"]),
            inner,
            max_size=4,
        ),
    ),
    max_leaves=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fields=st.dictionaries(st.text(max_size=10), answers, max_size=4))
def test_no_text_of_any_shape_is_written(
    journal: Journal, tmp_path_factory: Any, fields: dict[str, Any]
) -> None:
    journal.add(Entry(kind="thought-record", fields=fields))
    text = _csv(journal, tmp_path_factory.mktemp("csv"))
    assert CANARY.casefold() not in text.casefold()
