"""The safety plan in the vault: one row per item, saved whole in one transaction."""

from __future__ import annotations

from innerspace.core.safety_plan import SECTIONS, SafetyPlan
from innerspace.storage.vault import Vault


def load_safety_plan(vault: Vault) -> SafetyPlan:
    plan = SafetyPlan()
    rows = vault.connection.execute(
        "SELECT section, text FROM safety_plan_items ORDER BY section, position"
    ).fetchall()
    for section, text in rows:
        # A section from a newer app version is kept in the vault but not shown here.
        if section in SECTIONS:
            getattr(plan, section).append(text)
    return plan


def save_safety_plan(vault: Vault, plan: SafetyPlan) -> SafetyPlan:
    cleaned = plan.cleaned()
    with vault.transaction() as db:
        db.execute(
            f"DELETE FROM safety_plan_items WHERE section IN ({', '.join('?' * len(SECTIONS))})",
            SECTIONS,
        )
        db.executemany(
            "INSERT INTO safety_plan_items (section, position, text) VALUES (?, ?, ?)",
            [
                (section, position, text)
                for section, items in cleaned.sections().items()
                for position, text in enumerate(items)
            ],
        )
    return cleaned


def load_safety_plan_items(vault: Vault) -> dict[str, list[str]]:
    """Every stored item by section, sections of newer app versions included (for export)."""
    items: dict[str, list[str]] = {}
    for section, text in vault.connection.execute(
        "SELECT section, text FROM safety_plan_items ORDER BY section, position"
    ):
        items.setdefault(section, []).append(text)
    return items


def restore_safety_plan(vault: Vault, items: dict[str, list[str]]) -> bool:
    """Store a plan brought from elsewhere, unless this journal has one: a plan is the person's
    own words, and two merged would read as neither. Returns whether it was stored."""
    with vault.transaction() as db:
        if db.execute("SELECT 1 FROM safety_plan_items LIMIT 1").fetchone() is not None:
            return False
        db.executemany(
            "INSERT INTO safety_plan_items (section, position, text) VALUES (?, ?, ?)",
            [
                (section, position, text)
                for section, texts in items.items()
                for position, text in enumerate(texts)
            ],
        )
    return True
