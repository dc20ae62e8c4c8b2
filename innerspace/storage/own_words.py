"""The person's own feeling words, kept in the vault beside the entries that name them."""

from __future__ import annotations

from collections.abc import Iterable

import sqlcipher3

from innerspace.core.emotions import (
    Emotion,
    EmotionVocabulary,
    OwnWordProblem,
    load_vocabulary,
)
from innerspace.storage.vault import Vault


class OwnWords:
    """Add, list and bring in own words. Every write is one transaction."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def all(self) -> list[Emotion]:
        rows = self.vault.connection.execute(
            "SELECT id, word, family, meaning, valence, arousal FROM own_emotions ORDER BY position"
        ).fetchall()
        return [Emotion(r[0], r[1], r[2], r[3], float(r[4]), float(r[5])) for r in rows]

    def vocabulary(self, shipped: EmotionVocabulary | None = None) -> EmotionVocabulary:
        """The shipped words and this journal's own words, as the picker offers them."""
        return (shipped or load_vocabulary()).with_own(self.all())

    def add(self, emotion: Emotion, shipped: EmotionVocabulary | None = None) -> Emotion:
        """Keep a new own word (made by ``core.emotions.own_word``). A word already in the
        list is refused with a sentence saying so, and nothing is stored."""
        if not emotion.is_own:
            raise ValueError("only the person's own words are stored here")
        vocabulary = self.vocabulary(shipped)
        if vocabulary.find_word(emotion.word) is not None:
            raise OwnWordProblem("That word is already in the list.")
        if emotion.family not in {f.id for f in vocabulary.families}:
            raise OwnWordProblem("Please choose the family it belongs with.")
        with self.vault.transaction() as db:
            self._insert(db, emotion)
        return emotion

    def restore(self, words: Iterable[Emotion]) -> int:
        """Bring in own words from an export, inside the caller's transaction if any. A word
        the journal already has (same id) keeps the journal's family and meaning. Returns how
        many were new."""
        added = 0
        with self.vault.transaction() as db:
            for emotion in words:
                exists = db.execute(
                    "SELECT 1 FROM own_emotions WHERE id = ?", (emotion.id,)
                ).fetchone()
                if exists is None:
                    self._insert(db, emotion)
                    added += 1
        return added

    @staticmethod
    def _insert(db: sqlcipher3.Connection, emotion: Emotion) -> None:
        db.execute(
            "INSERT INTO own_emotions (id, word, family, valence, arousal, meaning, position) "
            "VALUES (?, ?, ?, ?, ?, ?, "
            "(SELECT coalesce(max(position), -1) + 1 FROM own_emotions))",
            (
                emotion.id,
                emotion.word,
                emotion.family,
                emotion.valence,
                emotion.arousal,
                emotion.definition,
            ),
        )
