"""Plain answers to "what is this?" for the words the app uses (content in resources/help)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from innerspace.resources import resource_path


@dataclass(frozen=True)
class Explanation:
    id: str
    title: str
    text: str


def load_explanations() -> list[Explanation]:
    data = json.loads(resource_path("help", "explanations.json").read_text(encoding="utf-8"))
    return [
        Explanation(str(item["id"]), str(item["title"]), str(item["text"]))
        for item in data["explanations"]
    ]
