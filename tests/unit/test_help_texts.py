"""The help texts load, and each says something plain about one thing."""

from __future__ import annotations

from innerspace.core.help_texts import load_explanations


def test_every_explanation_has_a_question_and_a_short_plain_answer() -> None:
    explanations = load_explanations()
    ids = [e.id for e in explanations]
    assert len(ids) == len(set(ids))
    assert {"cbt", "thought-record", "safety-plan", "not-therapy"} <= set(ids)
    for e in explanations:
        assert e.title.endswith("?")
        assert 80 < len(e.text) < 700
        assert "diagnos" not in e.text.replace("does not diagnose", "")
