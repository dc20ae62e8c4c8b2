"""What a session summary is made from, read from the journal in one go (on the worker)."""

from __future__ import annotations

from datetime import date

from innerspace.core.emotions import EmotionVocabulary
from innerspace.core.session_summary import BroughtEntry, SummaryMaterial
from innerspace.storage.checkin_records import checkin_summary
from innerspace.storage.feelings import Feelings
from innerspace.storage.homework import Homework
from innerspace.storage.journal import Journal
from innerspace.storage.own_words import OwnWords
from innerspace.storage.pattern_queries import load_patterns
from innerspace.storage.session_prep import SessionMarks, TalkList
from innerspace.storage.vault import Vault


def load_summary_material(
    vault: Vault, first: date, last: date, vocabulary: EmotionVocabulary | None = None
) -> SummaryMaterial:
    """The figures of ``first`` .. ``last`` (homework progress and check-in scores among them),
    the talk-about list, and the entries of those days that the person marked to bring: no
    other entry's text is read."""
    if first > last:
        raise ValueError("the first day is after the last")
    words = vocabulary or OwnWords(vault).vocabulary()
    patterns = load_patterns(Feelings(vault), first, last, words)
    journal = Journal(vault)
    brought = []
    for entry_id in SessionMarks(vault).marked_between(first, last):
        entry = journal.get(entry_id)
        brought.append(BroughtEntry(entry.title, entry.created, entry.body))
    return SummaryMaterial(
        first=first,
        last=last,
        moods=patterns.review.moods,
        feelings=patterns.review.frequency,
        exercises=patterns.exercises,
        distortion_names=patterns.distortion_names,
        talk=tuple(TalkList(vault).all()),
        brought=tuple(brought),
        homework=tuple(
            (made.assignment, made.progress)
            for made in Homework(vault).progress_between(first, last)
        ),
        checkins=checkin_summary(vault, first, last),
    )
