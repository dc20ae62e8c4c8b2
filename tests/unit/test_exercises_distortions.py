"""The person's own thinking traps and hidden built-in ones, in a real vault."""

from __future__ import annotations

import pytest

from innerspace.storage.distortion_list import DistortionList
from innerspace.storage.vault import Vault


def test_own_traps_are_added_named_and_deleted(vault: Vault) -> None:
    traps = DistortionList(vault)
    mine = traps.add_custom("  Comparing myself ", "Measuring against others", "They're ahead")
    twin = traps.add_custom("Comparing myself")
    assert (mine.id, twin.id) == ("custom/comparing-myself", "custom/comparing-myself-2")
    assert [d.id for d in traps.custom()] == [mine.id, twin.id]
    assert traps.shown()[-2:] == [mine, twin]
    traps.delete_custom(twin.id)
    assert traps.custom() == [mine]
    assert traps.names()[mine.id] == "Comparing myself"


def test_built_in_traps_can_be_hidden_and_shown_again(vault: Vault) -> None:
    traps = DistortionList(vault)
    traps.hide("labelling")
    traps.hide("labelling")
    assert "labelling" not in {d.id for d in traps.shown()}
    assert traps.names()["labelling"] == "Labelling"
    traps.unhide("labelling")
    assert "labelling" in {d.id for d in traps.shown()}
    assert traps.hidden() == set()


def test_a_trap_needs_a_name(vault: Vault) -> None:
    with pytest.raises(ValueError):
        DistortionList(vault).add_custom("   ")
