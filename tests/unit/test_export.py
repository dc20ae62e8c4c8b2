"""Exports: InnerSpace JSON is lossless (a property test over generated journals), Markdown is
readable with front matter, and a cancelled export leaves nothing under the final name."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerspace.core.behavioural_experiment import BehaviouralExperiment
from innerspace.core.core_belief import CoreBeliefWorksheet, Evidence
from innerspace.core.dbt_diary_card import DiaryCard, FeelingRating, SkillUse, TargetRating
from innerspace.core.emotions import CONTEXT_KINDS, PHASES, EmotionTag, own_word
from innerspace.core.entries import Draft, Entry
from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    CopingUse,
    RelationshipPattern,
    ThoughtRecord,
    exercise_from_entry,
)
from innerspace.core.fear_ladder import FearLadder, LadderAttempt, LadderStep
from innerspace.core.prompts import APPROACHES, DEPTHS, Prompt, read_pack
from innerspace.core.safety_plan import SECTIONS, SafetyPlan
from innerspace.core.sleep_diary import SleepDiary
from innerspace.core.values_activities import ValueArea, ValuesList
from innerspace.core.worry_time import WorryNote
from innerspace.interchange.draft_photos import bring_back
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import FORMAT_VERSION, export_json
from innerspace.interchange.markdown_export import export_markdown, slugify
from innerspace.interchange.model import (
    ExportCancelled,
    ExportProblem,
    ImportProblem,
    commit,
    preview,
)
from innerspace.storage.attachments import AttachmentFile, Attachments
from innerspace.storage.coping_strategies import load_coping_strategies, save_coping_strategies
from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.mood_labels import MoodLabels, mood_tag
from innerspace.storage.own_words import OwnWords
from innerspace.storage.prompt_library import PromptLibrary
from innerspace.storage.safety_plan_store import load_safety_plan_items, save_safety_plan
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

offsets = st.integers(min_value=-(14 * 3600), max_value=14 * 3600).map(
    lambda s: timezone(timedelta(seconds=s))
)
zones = st.sampled_from([ZoneInfo("Europe/Berlin"), ZoneInfo("America/St_Johns")])
moments = st.builds(
    lambda micros, tz: (
        datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)
    ).astimezone(tz),
    st.integers(min_value=0, max_value=4_000_000_000 * 10**6),
    st.one_of(offsets, zones),
)
# Stored exercises with the outcome questions: the thought that stings re-rated, what a coping
# tool cost later, how one felt about oneself afterwards. Each may be left unanswered.
scores = st.one_of(st.none(), st.integers(0, 10))
beliefs = st.one_of(st.none(), st.integers(0, 100))
short = st.text(max_size=20)
clocks = st.one_of(
    st.just(""), st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
)
minutes = st.one_of(st.none(), st.integers(0, 720))
sleep_diaries = st.builds(
    SleepDiary,
    night=st.one_of(st.just(""), st.dates().map(date.isoformat)),
    to_bed=clocks,
    tried_to_sleep=clocks,
    minutes_to_sleep=minutes,
    awakenings=st.one_of(st.none(), st.integers(0, 30)),
    minutes_awake=minutes,
    final_waking=clocks,
    out_of_bed=clocks,
    quality=st.one_of(st.none(), st.integers(1, 5)),
    notes=short,
)
fives = st.one_of(st.none(), st.integers(0, 5))
answers = st.one_of(st.none(), st.booleans())
diary_cards = st.builds(
    DiaryCard,
    day=st.one_of(st.just(""), st.dates().map(date.isoformat)),
    targets=st.lists(st.builds(TargetRating, short, fives, answers), max_size=2),
    feelings=st.lists(st.builds(FeelingRating, st.sampled_from(["sadness", "own"]), fives)),
    skills=st.lists(st.builds(SkillUse, st.sampled_from(["tipp", "stop", "gone"]), answers)),
    notes=short,
)
worry_notes = st.builds(
    WorryNote,
    worry=short,
    worry_time=st.one_of(
        st.just(""), st.datetimes().map(lambda m: m.isoformat(timespec="minutes"))
    ),
    how_worried=scores,
    still_a_worry=answers,
    can_act=answers,
    next_step=short,
)
worksheets = st.builds(
    CoreBeliefWorksheet,
    hot_thought=short,
    arrow=st.lists(short, max_size=3),
    belief_strength=beliefs,
    evidence=st.lists(st.builds(Evidence, st.dates().map(date.isoformat), short), max_size=3),
)
exercises = st.one_of(
    st.builds(
        ThoughtRecord,
        situation=short,
        automatic_thoughts=st.lists(
            st.builds(AutomaticThought, short, beliefs, st.booleans()), max_size=2
        ),
        balanced_belief=beliefs,
        hot_belief_after=beliefs,
    ),
    st.builds(CopingUse, tool=short, helpfulness=scores, cost_later=scores, notes=short),
    st.builds(RelationshipPattern, situation=short, my_response=short, self_response=short),
    # Values and plans, fear ladders and experiments: lists of objects and optional answers.
    st.builds(ValuesList, st.lists(st.builds(ValueArea, short, short, scores), max_size=3), short),
    st.builds(
        ActivityLog,
        activity=short,
        mood_before=scores,
        planned=st.booleans(),
        value=short,
        done=st.one_of(st.none(), st.booleans()),
    ),
    st.builds(
        FearLadder,
        short,
        st.lists(st.builds(LadderStep, short, beliefs), max_size=3),
        st.lists(
            st.builds(
                LadderAttempt,
                short,
                expected=beliefs,
                peak=beliefs,
                minutes_to_ease=st.one_of(st.none(), st.integers(0, 24 * 60)),
            ),
            max_size=3,
        ),
    ),
    st.builds(BehaviouralExperiment, short, beliefs, learned=short, belief_after=beliefs),
    sleep_diaries,
    diary_cards,
    worry_notes,
    worksheets,
)
exercise_entries = st.builds(
    lambda exercise, created: Entry(
        body=exercise.to_markdown(),
        title=exercise.KIND,
        created=created,
        updated=created,
        kind=exercise.KIND,
        fields={**exercise.to_fields(), "status": "complete"},
    ),
    exercises,
    moments,
)
# Mood names of the person's own, as imports keep them on entries and Settings rates them.
MOOD_LABELS = ["ok but sleepy", "Anxious", "Ärger", "=sum"]
plain_entries = st.builds(
    Entry,
    body=st.text(),
    title=st.text(max_size=80),
    tags=st.lists(
        st.one_of(st.text(min_size=1, max_size=20), st.sampled_from(MOOD_LABELS).map(mood_tag)),
        max_size=4,
    ).map(tuple),
    starred=st.booleans(),
    created=moments,
    updated=moments,
    kind=st.sampled_from(["note", "thought_record"]),
    fields=st.one_of(st.none(), st.dictionaries(st.text(max_size=8), st.text(max_size=20))),
)
entries = st.one_of(plain_entries, exercise_entries)
_OWN_MODULE_KINDS = {k.KIND: k for k in (ValuesList, FearLadder, BehaviouralExperiment)}


def _exercise(kind: str, fields: dict[str, object] | None) -> object:
    own = _OWN_MODULE_KINDS.get(kind)
    return exercise_from_entry(kind, fields) if own is None else own.from_fields(fields or {})


def snapshot(journal: Journal) -> list[tuple[object, ...]]:
    # By uid: entries written in the same microsecond are kept in either order (their place in
    # the timeline is decided on insert), and that order is not what an export must keep.
    rows = [
        (
            e.uid,
            e.created,
            e.created.utcoffset(),
            zone,
            e.updated,
            e.updated.utcoffset(),
            e.title,
            e.body,
            tuple(sorted(e.tags)),
            e.starred,
            e.kind,
            e.fields,
        )
        for e, zone in journal.iter_all()
    ]
    return sorted(rows, key=lambda row: str(row[0]))


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Vault]]:
    """Made once: deriving keys for every generated journal would take most of the run."""
    root = tmp_path_factory.mktemp("roundtrip")
    source, _ = Vault.create(root / "a", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    target, _ = Vault.create(root / "b", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source, target:
        yield source, target


_TABLES = (
    "drafts",
    "entry_tags",
    "tags",
    "entry_emotions",
    "entry_moods",
    "entry_contexts",
    "context_tags",
    "entry_prompts",
    "prompt_settings",
    "prompt_marks",
    "custom_prompts",
    "pack_prompts",
    "prompt_packs",
    "custom_distortions",
    "hidden_distortions",
    "safety_plan_items",
    "own_emotions",
    "mood_label_levels",
    "import_origins",
    "attachments",
    "entries",
)


def _empty(vault: Vault) -> None:
    with vault.transaction() as db:
        for table in _TABLES:
            db.execute(f"DELETE FROM {table}")


PACK = json.dumps(
    {
        "format": "innerspace-prompt-pack",
        "format_version": 1,
        "id": "evening",
        "title": "Evening",
        "prompts": [
            {
                "id": "one",
                "text": "What went well today?",
                "approach": "growth",
                "themes": ["gratitude"],
                "depth": "light",
                "minutes": 5,
            }
        ],
    }
).encode()

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
emotion_lists = st.lists(
    st.builds(
        EmotionTag,
        st.sampled_from(["joy", "calm", "anger", "not-in-any-vocabulary", "own/hangry"]),
        st.integers(0, 100),
        st.sampled_from(PHASES),
    ),
    max_size=4,
    unique_by=lambda t: (t.phase, t.emotion_id),
)
context_lists = st.lists(
    st.tuples(st.sampled_from(CONTEXT_KINDS), st.sampled_from(["Anna", "home", "Ärztin", "run"])),
    max_size=3,
    unique_by=lambda c: (c[0], c[1].casefold()),
)
details = st.tuples(
    emotion_lists,
    st.one_of(st.none(), st.integers(1, 10)),
    context_lists,
    st.one_of(st.none(), st.sampled_from(["gratitude-1", "custom/1", "evening/one"])),
)
custom_prompts = st.lists(
    st.builds(
        Prompt,
        id=st.just(""),
        text=names.filter(lambda t: t.strip() == t and t.isprintable()),
        approach=st.sampled_from([a for a in APPROACHES if a != "healing"]),
        themes=st.lists(st.sampled_from(["rest", "work", "family"]), min_size=1, unique=True).map(
            tuple
        ),
        depth=st.sampled_from(DEPTHS),
        minutes=st.integers(1, 120),
    ),
    max_size=3,
)
attachment_files = st.builds(
    AttachmentFile,
    name=names,
    media_type=st.sampled_from(["image/png", "image/jpeg", "application/pdf"]),
    data=st.binary(max_size=64),
    thumbnail=st.one_of(st.none(), st.binary(min_size=1, max_size=16)),
    uid=st.uuids().map(str),
    created=st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
    ),
)
library_states = st.fixed_dictionaries(
    {
        "customs": custom_prompts,
        "favourites": st.lists(st.sampled_from(["gratitude-1", "custom/1", "evening/one"])),
        "hidden": st.lists(st.sampled_from(["calm-2", "custom/2"])),
        "pack": st.booleans(),
        "opt_in": st.one_of(st.none(), st.booleans()),
        "plan": st.dictionaries(st.sampled_from(SECTIONS), st.lists(names, max_size=3)),
        "traps": st.lists(names.filter(lambda t: t.strip() == t), max_size=2),
        "hidden_traps": st.lists(st.sampled_from(["catastrophizing", "labeling"])),
        "coping": st.lists(names, max_size=3),
        "own_words": st.lists(
            st.builds(
                own_word,
                names.filter(lambda t: bool(t.split())),
                st.sampled_from(["joy", "calm", "anger", "a-family-of-a-newer-version"]),
                st.floats(-1.0, 1.0, allow_nan=False),
                st.floats(0.0, 1.0, allow_nan=False),
                st.text(max_size=30),
            ),
            max_size=3,
            unique_by=lambda e: e.id,
        ),
        "extra": st.dictionaries(st.text(max_size=8), st.one_of(st.text(), st.integers())),
        "mood_labels": st.dictionaries(st.sampled_from(MOOD_LABELS), st.integers(1, 5)),
    }
)


def _fill(vault: Vault, journal: Journal, generated: list[Entry], extras: list[tuple]) -> None:  # type: ignore[type-arg]
    feelings = Feelings(vault)
    library = PromptLibrary(vault, builtin=[])
    for entry, (emotions, mood, contexts, prompt_id) in zip(generated, extras, strict=False):
        journal.add(entry)
        assert entry.id is not None
        feelings.set_emotions(entry.id, emotions)
        feelings.set_mood(entry.id, mood)
        feelings.set_contexts(entry.id, contexts)
        if prompt_id is not None:
            prompt = Prompt(prompt_id, "?", "growth", (), "deep", 5)
            library.link_entry(entry.id, prompt, entry.created.date())


def _fill_library(vault: Vault, state: dict[str, object]) -> None:
    library = PromptLibrary(vault, builtin=[])
    for prompt in state["customs"]:  # type: ignore[attr-defined]
        library.add_custom(prompt)
    if state["pack"]:
        library.import_pack(read_pack(PACK))
    for prompt_id in state["favourites"]:  # type: ignore[attr-defined]
        library.set_favourite(prompt_id)
    for prompt_id in state["hidden"]:  # type: ignore[attr-defined]
        library.hide(prompt_id)
    library.daily_seed()
    if state["opt_in"] is not None:
        library.set_include_opt_in(bool(state["opt_in"]))
    save_safety_plan(vault, SafetyPlan(**state["plan"]))  # type: ignore[arg-type]
    traps = DistortionList(vault)
    for name in state["traps"]:  # type: ignore[attr-defined]
        traps.add_custom(name, "why", "like this")
    for trap_id in state["hidden_traps"]:  # type: ignore[attr-defined]
        traps.hide(trap_id)
    save_coping_strategies(vault, state["coping"])  # type: ignore[arg-type]
    OwnWords(vault).restore(state["own_words"])  # type: ignore[arg-type]
    labels = MoodLabels(vault)
    for label, level in state["mood_labels"].items():  # type: ignore[attr-defined]
        labels.set_level(label, level)


def everything(vault: Vault) -> dict[str, object]:
    """All the journal holds, by uid and id, never by row numbers that an import renumbers."""
    journal = Journal(vault)
    ids = {e.id: e.uid for e, _ in journal.iter_all()}
    library = PromptLibrary(vault, builtin=[])
    traps = DistortionList(vault)
    return {
        "entries": snapshot(journal),
        "feelings": {ids[i]: f for i, f in Feelings(vault).for_entries(list(ids)).items()},
        "prompts": {ids[i]: link for i, link in library.links_for(list(ids)).items()},
        "favourites": library.favourites(),
        "hidden": library.hidden(),
        "customs": library.custom_prompt_records(),
        "packs": library.pack_records(),
        "seed": library.stored_seed(),
        "opt_in": library.stored_opt_in(),
        "plan": load_safety_plan_items(vault),
        "traps": traps.custom_records(),
        "hidden_traps": traps.hidden(),
        "coping": load_coping_strategies(vault),
        "own_words": OwnWords(vault).all(),
        "mood_labels": MoodLabels(vault).all(),
        "attachments": sorted(
            (entry_uid, f.uid, f.name, f.media_type, f.created, f.data, f.thumbnail)
            for entry_uid, f in Attachments(vault).iter_files()
        ),
        "drafts": [
            (slot, draft.title, draft.body, draft.tags, draft.saved, draft.extra, uid)
            for slot, draft, uid in journal.all_drafts()
        ],
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    generated=st.lists(entries, max_size=12),
    carried=st.lists(details, min_size=12, max_size=12),
    state=library_states,
    draft_body=st.text(max_size=50),
    photos=st.lists(st.lists(attachment_files, max_size=2), min_size=12, max_size=12),
)
def test_json_export_then_import_gives_identical_data(
    two_vaults: tuple[Vault, Vault],
    tmp_path: Path,
    generated: list[Entry],
    carried: list[tuple],  # type: ignore[type-arg]
    state: dict[str, object],
    draft_body: str,
    photos: list[list[AttachmentFile]],
) -> None:
    source_vault, target_vault = two_vaults
    _empty(source_vault)
    _empty(target_vault)
    source = Journal(source_vault)
    _fill(source_vault, source, generated, carried)
    kept = Attachments(source_vault)
    for entry, files in zip(generated, photos, strict=False):
        kept.add_many((f, entry.id) for f in files)
    _fill_library(source_vault, state)
    first_id = generated[0].id if generated else None
    saved = datetime(2024, 1, 1, tzinfo=UTC)
    source.save_draft(
        Draft(
            entry_id=first_id,
            title="d",
            body=draft_body,
            tags=("x",),
            saved=saved,
            extra=state["extra"],  # type: ignore[arg-type]
        )
    )
    path = tmp_path / f"{os.urandom(6).hex()}.json"
    assert export_json(source, path) == len(generated)
    target = Journal(target_vault)
    plan = preview(parse_file("innerspace", path), target)
    assert not plan.parsed.skipped
    commit(plan, target)
    # Opening the journal brings the imported draft into the editor, which keeps none yet.
    bring_back(target, Attachments(target_vault))
    assert everything(target_vault) == everything(source_vault)
    # The exercises read back whole, new questions' answers and all.
    read = {e.uid: _exercise(e.kind, e.fields) for e, _ in source.iter_all()}
    assert {e.uid: _exercise(e.kind, e.fields) for e, _ in target.iter_all()} == read
    [(slot, draft, uid)] = target.all_drafts()
    assert (slot, draft.body, draft.tags, draft.saved) == ("editor", draft_body, ("x",), saved)
    assert uid == (generated[0].uid if generated else None)


def _sample(journal: Journal) -> None:
    when = datetime(2024, 3, 5, 14, 22, tzinfo=ZoneInfo("Europe/Berlin"))
    journal.add(
        Entry(
            title='A/B: "quotes" and *stars*?',
            body="First.\n",
            tags=("a", "b"),
            starred=True,
            created=when,
            updated=when,
        )
    )
    journal.add(Entry(title='A/B: "quotes" and *stars*?', body="Same title.", created=when))
    journal.add(
        Entry(
            body="No title\u2028but a line separator",
            created=when,
            kind="thought_record",
            fields={"situation": "bus", "belief": 70},
        )
    )
    journal.add(Entry(title="CON", body="reserved on Windows", created=when))


def test_markdown_export(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "export"
    assert export_markdown(journal, out, progress=lambda n, t: seen.append((n, t))) == 4
    assert seen[-1] == (4, 4)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2024-03-05-1422-a-b-quotes-and-stars-2.md",
        "2024-03-05-1422-a-b-quotes-and-stars.md",
        "2024-03-05-1422-con.md",
        "2024-03-05-1422-no-title.md",
    ]
    text = (out / "2024-03-05-1422-a-b-quotes-and-stars.md").read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    lines = head.splitlines()
    assert lines[0] == "---"
    meta = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in lines[1:])}
    assert meta["created"] == "2024-03-05T14:22:00+01:00"
    assert meta["zone"] == "Europe/Berlin"
    assert meta["title"] == 'A/B: "quotes" and *stars*?'
    assert meta["tags"] == ["a", "b"] and meta["starred"] is True
    assert body == "First.\n"
    exercise = (out / "2024-03-05-1422-no-title.md").read_text("utf-8")
    assert 'fields:\n  belief: 70\n  situation: "bus"\n---\n' in exercise
    assert "\\u2028" not in exercise.split("---")[2]
    assert 'kind: "thought_record"' in exercise


def _front_matter(text: str) -> dict[str, object]:
    """A tiny reader for the YAML subset the export writes: top-level keys with a JSON value
    on the line, or a block of ``  key: value`` and ``  - key: value`` lines below."""
    head = text.split("\n---\n", 1)[0].splitlines()[1:]
    meta: dict[str, object] = {}
    key = ""
    for line in head:
        if not line.startswith(" "):
            key, _, value = line.partition(":")
            meta[key] = json.loads(value) if value.strip() else None
            continue
        name, _, value = line.strip().removeprefix("- ").partition(": ")
        if line.strip().startswith("- "):
            items = meta[key] if isinstance(meta[key], list) else []
            items.append({})  # type: ignore[union-attr]
            meta[key] = items
        block = meta[key]
        target = block[-1] if isinstance(block, list) else block if block is not None else {}
        target[name] = json.loads(value)  # type: ignore[index]
        meta[key] = block if block is not None else target
    return meta


def test_markdown_front_matter_carries_feelings_and_prompt(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    when = datetime(2024, 3, 5, 14, 22, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    entry = journal.add(
        Entry(
            body="Rough day.",
            created=when,
            updated=when,
            kind="thought_record",
            fields={"situation": "a bus: late", "belief": 70},
        )
    )
    assert entry.id is not None
    feelings = Feelings(vault)
    feelings.set_emotions(
        entry.id, [EmotionTag("anxiety", 80, "before"), EmotionTag("calm", 40, "after")]
    )
    feelings.set_mood(entry.id, 4)
    feelings.set_contexts(entry.id, [("people", "Anna"), ("place", "bus"), ("people", "Ben")])
    library = PromptLibrary(vault, builtin=[])
    mine = library.add_custom(Prompt("", "What: helped?", "coping", ("rest",), "light", 5))
    library.link_entry(entry.id, mine, date(2024, 3, 5))
    out = tmp_path / "md"
    export_markdown(journal, out)
    [file] = out.iterdir()
    text = file.read_text("utf-8")
    assert (
        "mood: 4\n"
        "emotions:\n"
        '  - emotion: "anxiety"\n'
        "    intensity: 80\n"
        '    phase: "before"\n'
        '  - emotion: "calm"\n'
        "    intensity: 40\n"
        '    phase: "after"\n'
        "contexts:\n"
        '  people: ["Anna", "Ben"]\n'
        '  place: ["bus"]\n'
        "prompt:\n"
        '  id: "custom/1"\n'
        '  text: "What: helped?"\n'
        '  answered_on: "2024-03-05"\n'
    ) in text
    meta = _front_matter(text)
    assert meta["created"] == "2024-03-05T14:22:00-03:30"
    assert meta["mood"] == 4
    assert meta["emotions"] == [
        {"emotion": "anxiety", "intensity": 80, "phase": "before"},
        {"emotion": "calm", "intensity": 40, "phase": "after"},
    ]
    assert meta["contexts"] == {"people": ["Anna", "Ben"], "place": ["bus"]}
    assert meta["fields"] == {"belief": 70, "situation": "a bus: late"}
    assert text.endswith("---\nRough day.\n")


def test_markdown_export_never_overwrites(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    out = tmp_path / "export"
    out.mkdir()
    (out / "mine.md").write_text("my own notes")
    with pytest.raises(ExportProblem, match="already has files"):
        export_markdown(journal, out)
    assert [p.name for p in out.iterdir()] == ["mine.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "journal"]


def test_cancelled_exports_leave_nothing(journal: Journal, tmp_path: Path) -> None:
    _sample(journal)
    calls = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        export_json(journal, tmp_path / "out.json", cancelled=lambda: next(calls))
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_markdown(journal, tmp_path / "md", cancelled=lambda: next(calls))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_json_export_refuses_an_existing_file(journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "there.json"
    target.write_text("keep me")
    with pytest.raises(ExportProblem):
        export_json(journal, target)
    assert target.read_text() == "keep me"


def test_safe_names() -> None:
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("  Ärger: über * alles  ") == "ärger-über-alles"
    assert slugify("\x00\x1f") == ""


V1 = {
    "format": "innerspace-journal",
    "version": 1,
    "exported": "2024-03-05T14:22:33+01:00",
    "app_version": "0.1.0",
    "entries": [
        {
            "uid": "old-1",
            "created": "2024-03-05T09:15:00.250000+01:00",
            "zone": "Europe/Berlin",
            "updated": "2024-03-05T09:40:12+01:00",
            "title": "Morning",
            "body": "From the first format.",
            "tags": ["sleep"],
            "starred": True,
            "kind": "note",
            "fields": None,
        }
    ],
    "drafts": [
        {
            "slot": "editor",
            "entry_uid": "old-1",
            "title": "",
            "body": "unsaved",
            "tags": [],
            "saved": "2024-03-05T09:41:00+00:00",
        }
    ],
}


def test_a_version_1_file_still_imports(journal: Journal, vault: Vault, tmp_path: Path) -> None:
    assert FORMAT_VERSION == 4
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(V1), encoding="utf-8")
    parsed = parse_file("innerspace", path)
    assert not parsed.skipped and not parsed.notes
    assert commit(preview(parsed, journal), journal).added == 1
    [(entry, zone)] = list(journal.iter_all())
    assert (entry.uid, entry.title, entry.tags, entry.starred, zone) == (
        "old-1",
        "Morning",
        ("sleep",),
        True,
        "Europe/Berlin",
    )
    assert entry.id is not None and Feelings(vault).for_entries([entry.id]) == {}
    [(_, draft, uid)] = journal.all_drafts()
    assert (draft.body, draft.extra, uid) == ("unsaved", {}, "old-1")


def _exported(tmp_path: Path) -> dict[str, object]:
    source_dir = tmp_path / "source"
    source, _ = Vault.create(source_dir, PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source:
        journal = Journal(source)
        entry = journal.add(Entry(body="carried", created=datetime(2024, 1, 2, tzinfo=UTC)))
        assert entry.id is not None
        Feelings(source).set_mood(entry.id, 7)
        library = PromptLibrary(source, builtin=[])
        theirs = library.add_custom(Prompt("", "Theirs", "growth", ("rest",), "light", 5))
        library.set_favourite(theirs.id)
        library.set_favourite("gratitude-1")
        library.link_entry(entry.id, theirs, date(2024, 1, 2))
        save_safety_plan(source, SafetyPlan(warning_signs=["from the file"]))
        save_coping_strategies(source, ["walk", "tea"])
        path = tmp_path / "export.json"
        export_json(journal, path)
    doc: dict[str, object] = json.loads(path.read_text("utf-8"))
    return doc


def test_import_merges_into_a_journal_that_has_its_own(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    doc = _exported(tmp_path)
    library = PromptLibrary(vault, builtin=[])
    mine = library.add_custom(Prompt("", "Mine", "coping", ("rest",), "light", 5))
    library.set_favourite("calm-2")
    save_safety_plan(vault, SafetyPlan(warning_signs=["my own"]))
    save_coping_strategies(vault, ["tea", "music"])
    path = tmp_path / "again.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    plan = preview(parse_file("innerspace", path), journal)
    assert (
        "  Safety plan is left out: your journal already has one; it is kept as it is."
        in plan.lines()
    )
    commit(plan, journal)
    assert load_safety_plan_items(vault) == {"warning_signs": ["my own"]}
    assert load_coping_strategies(vault) == ["tea", "music", "walk"]
    # Their custom/1 collided with mine: it was stored as custom/2, and links followed it.
    assert [p.text for p in library.custom_prompts()] == ["Mine", "Theirs"]
    assert mine.id == "custom/1"
    assert library.favourites() == {"calm-2", "gratitude-1", "custom/2"}
    [(entry, _)] = list(journal.iter_all())
    assert entry.id is not None
    assert library.prompt_for_entry(entry.id) == "custom/2"
    assert Feelings(vault).mood(entry.id) == 7
    # Importing the same file again adds nothing, not even a second copy of their prompt.
    commit(preview(parse_file("innerspace", path), journal), journal)
    assert len(library.custom_prompts()) == 2 and journal.count() == 1


@pytest.mark.parametrize(
    ("part", "damage"),
    [
        ("prompts", []),
        ("safety_plan", {"warning_signs": "not a list"}),
        ("thinking_traps", {"custom": {}}),
        ("coping_strategies", [1, 2]),
    ],
)
def test_a_damaged_version_2_file_changes_nothing(
    journal: Journal, vault: Vault, tmp_path: Path, part: str, damage: object
) -> None:
    doc = _exported(tmp_path)
    doc[part] = damage
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportProblem, match=f"damaged: its '{part}"):
        parse_file("innerspace", path)
    assert journal.count() == 0 and load_safety_plan_items(vault) == {}


def test_unreadable_parts_are_listed_and_the_rest_imports(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    doc = _exported(tmp_path)
    entries = doc["entries"]
    assert isinstance(entries, list)
    entries.append({**entries[0], "uid": "x", "mood": 11})
    entries.append({**entries[0], "uid": "y", "emotions": [{"emotion": "joy", "intensity": True}]})
    prompts = doc["prompts"]
    assert isinstance(prompts, dict)
    prompts["custom"].append({"id": "custom/9", "text": ""})
    path = tmp_path / "partly.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    parsed = parse_file("innerspace", path)
    assert [s.where for s in parsed.skipped] == ["your prompt 2", "entry 2", "entry 3"]
    commit(preview(parsed, journal), journal)
    assert journal.count() == 1 and len(PromptLibrary(vault).custom_prompts()) == 1


def test_a_drafts_part_that_is_not_a_list_is_refused_plainly(tmp_path: Path) -> None:
    from innerspace.interchange.innerspace_json import FORMAT, FORMAT_VERSION, parse
    from innerspace.interchange.model import ImportProblem

    path = tmp_path / "journal.json"
    path.write_text(
        json.dumps({"format": FORMAT, "version": FORMAT_VERSION, "entries": [], "drafts": 5}),
        encoding="utf-8",
    )
    with pytest.raises(ImportProblem, match="'drafts' part"):
        parse(path)


def test_a_file_with_only_journal_wide_things_can_still_be_imported(
    journal: Journal, vault: Vault, tmp_path: Path
) -> None:
    from innerspace.core.prompts import builtin_prompts
    from innerspace.interchange.innerspace_json import export_json, parse
    from innerspace.interchange.model import commit, preview

    journal.add(Entry(body="already here"))
    path = tmp_path / "journal.json"
    export_json(journal, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    favourite = builtin_prompts()[0].id
    doc["prompts"]["favourites"] = [favourite]
    path.write_text(json.dumps(doc), encoding="utf-8")

    parsed = parse(path)
    plan = preview(parsed, journal)
    assert not plan.new and not parsed.extras.is_empty
    commit(plan, journal)
    assert favourite in PromptLibrary(vault).favourites()
    assert journal.count() == 1


def test_importing_a_journal_into_itself_says_there_is_nothing_new(
    journal: Journal, tmp_path: Path
) -> None:
    from innerspace.interchange.innerspace_json import export_json, parse
    from innerspace.interchange.model import preview

    journal.add(Entry(body="already here"))
    path = tmp_path / "journal.json"
    export_json(journal, path)
    parsed = parse(path)
    assert not preview(parsed, journal).new
    assert parsed.extras.is_empty  # the prompt-of-the-day seed alone is nothing to add


EXERCISE_KINDS_SHOWN = ("thought-record", "coping-toolbox", "relationship-pattern")


def test_markdown_carries_the_outcome_questions(journal: Journal, tmp_path: Path) -> None:
    when = datetime(2024, 3, 5, 14, 22, tzinfo=UTC)
    record = ThoughtRecord(
        automatic_thoughts=[AutomaticThought("I always get it wrong", 90, True)],
        hot_belief_after=40,
    )
    coping = CopingUse("A drink", helpfulness=8, cost_later=7)
    pattern = RelationshipPattern(situation="Dinner", self_response="Small")
    for n, exercise in enumerate((record, coping, pattern)):
        journal.add(
            Entry(
                title=f"exercise {n}",
                body=exercise.to_markdown(),
                created=when + timedelta(minutes=n),
                kind=exercise.KIND,
                fields=exercise.to_fields(),
            )
        )
    out = tmp_path / "md"
    export_markdown(journal, out)
    texts = [p.read_text("utf-8") for p in out.iterdir()]
    by_kind = {k: t for t in texts for k in EXERCISE_KINDS_SHOWN if f'kind: "{k}"' in t}
    assert "  hot_belief_after: 40\n" in by_kind["thought-record"]
    assert "I always get it wrong: 90/100 → 40/100" in by_kind["thought-record"]
    assert "  cost_later: 7\n" in by_kind["coping-toolbox"]
    assert "What it cost later: 7/10" in by_kind["coping-toolbox"]
    assert '  self_response: "Small"\n' in by_kind["relationship-pattern"]
    assert "How I felt about myself afterwards" in by_kind["relationship-pattern"]
