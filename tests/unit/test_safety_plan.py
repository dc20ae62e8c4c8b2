"""The safety plan: plain lists, saved whole in the vault and kept across locking."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from innerspace.core.safety_plan import SECTION_EXAMPLES, SECTION_TITLES, SECTIONS, SafetyPlan
from innerspace.interchange.formats import parse_file
from innerspace.interchange.innerspace_json import export_json
from innerspace.interchange.model import commit, preview
from innerspace.storage.journal import Journal
from innerspace.storage.keyfile import FLOOR
from innerspace.storage.plan_outside import (
    has_outside_copy,
    outside_copy_path,
    read_outside_copy,
    remove_outside_copy,
    write_outside_copy,
)
from innerspace.storage.safety_plan_store import load_safety_plan, save_safety_plan
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

PLAN = SafetyPlan(
    warning_signs=["Not sleeping", "Cancelling plans"],
    things_i_can_do_alone=["Shower", "Walk round the block"],
    people_and_places_that_help=["The library"],
    people_i_can_ask=["Maya", "My brother"],
    care_professionals=["My therapist on Tuesdays"],
    making_surroundings_safer=["Ask a friend to keep things for me"],
    reasons_for_living=["My dog Pip", "Seeing the sea again"],
)


def test_a_new_journal_has_an_empty_plan(vault: Vault) -> None:
    plan = load_safety_plan(vault)
    assert plan.is_empty
    assert plan == SafetyPlan()


def test_the_plan_survives_locking(vault: Vault, data_dir: Path) -> None:
    save_safety_plan(vault, PLAN)
    vault.close()
    with Vault.unlock(data_dir, PASSPHRASE) as reopened:
        assert load_safety_plan(reopened) == PLAN


def test_saving_replaces_the_whole_plan_and_drops_blank_lines(vault: Vault) -> None:
    save_safety_plan(vault, PLAN)
    saved = save_safety_plan(vault, SafetyPlan(warning_signs=["  Snapping at people ", "", "  "]))
    assert saved == SafetyPlan(warning_signs=["Snapping at people"])
    assert load_safety_plan(vault) == saved


def test_markdown_lists_every_section_and_the_emergency_reminder() -> None:
    text = PLAN.to_markdown()
    assert text.startswith("## My safety plan")
    assert "- Maya" in text
    assert text.count("**") == 2 * len(SECTIONS)
    assert "emergency" in text
    assert "- (nothing yet)" in SafetyPlan().to_markdown()


def test_the_plan_follows_stanley_and_brown_with_reasons_for_living_last() -> None:
    assert SECTIONS == (
        "warning_signs",
        "things_i_can_do_alone",
        "people_and_places_that_help",
        "people_i_can_ask",
        "care_professionals",
        "making_surroundings_safer",
        "reasons_for_living",
    )
    assert "reasons for living" in SECTION_TITLES["reasons_for_living"]


def test_every_section_has_a_short_example_line() -> None:
    assert set(SECTION_EXAMPLES) == set(SECTIONS)
    for example in SECTION_EXAMPLES.values():
        assert example.startswith("For example: ") and example.endswith(".")
        assert len(example) <= 80


def test_the_plan_to_copy_or_print_leaves_out_empty_sections() -> None:
    text = SafetyPlan(reasons_for_living=["  Pip  ", ""], people_i_can_ask=["Maya"]).to_plain_text()
    assert text.startswith("My safety plan\n")
    assert "  • Pip\n" in text and "  • Maya\n" in text
    assert SECTION_TITLES["reasons_for_living"] in text
    assert SECTION_TITLES["warning_signs"] not in text
    assert text.rstrip().endswith("emergency care.")


def test_reasons_for_living_travel_through_an_export_and_import(tmp_path: Path) -> None:
    source, _ = Vault.create(tmp_path / "a", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    target, _ = Vault.create(tmp_path / "b", PASSPHRASE, kdf=FLOOR, with_recovery_key=False)
    with source, target:
        save_safety_plan(source, PLAN)
        export_json(Journal(source), tmp_path / "plan.json")
        exported = json.loads((tmp_path / "plan.json").read_text("utf-8"))
        assert exported["safety_plan"]["reasons_for_living"] == PLAN.reasons_for_living
        commit(
            preview(parse_file("innerspace", tmp_path / "plan.json"), Journal(target)),
            Journal(target),
        )
        assert load_safety_plan(target) == PLAN


# -- the readable copy for the lock screen, only when chosen ----------------------------------


def test_no_readable_copy_exists_unless_chosen(vault: Vault, data_dir: Path) -> None:
    save_safety_plan(vault, PLAN)
    assert not has_outside_copy(data_dir)
    assert read_outside_copy(data_dir) is None
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"My dog Pip" not in path.read_bytes(), path.name


def test_a_readable_copy_is_private_reads_back_and_goes_when_turned_off(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    write_outside_copy(data_dir, PLAN)
    path = outside_copy_path(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_outside_copy(data_dir) == PLAN
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]

    write_outside_copy(data_dir, SafetyPlan(reasons_for_living=["Pip"]))
    assert read_outside_copy(data_dir) == SafetyPlan(reasons_for_living=["Pip"])
    remove_outside_copy(data_dir)
    assert not path.exists()
    remove_outside_copy(data_dir)  # turning it off twice is fine


def test_a_damaged_readable_copy_is_treated_as_none(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    for damaged in (b"\xff\xfe", b"[]", b'{"format": "something else", "sections": {}}'):
        outside_copy_path(data_dir).write_bytes(damaged)
        assert read_outside_copy(data_dir) is None
