"""The safety plan: plain lists, saved whole in the vault and kept across locking."""

from __future__ import annotations

from pathlib import Path

from innerspace.core.safety_plan import SECTIONS, SafetyPlan
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
