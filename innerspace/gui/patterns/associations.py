"""Context tags and feelings: which families of feelings came up in entries carrying a tag, said
in sentences with their counts. They appeared together; nothing here says why."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from innerspace.core.patterns import ContextAssociation, percent
from innerspace.gui.patterns.rows_model import KeyRole, RowsModel
from innerspace.gui.patterns.section import ChartSection
from innerspace.storage.pattern_queries import Entries, PatternData, entries_with_context

ASSOCIATIONS_PER_TAG = 3


class AssociationSection(ChartSection):
    """A list of sentences in place of a chart; Enter or a click on one opens its entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = self.tr("Context tags and feelings")
        self.set_figure(name, name)
        self.sentences = RowsModel(self)
        self.sentence_list = QListView(self)
        self.sentence_list.setModel(self.sentences)
        self.sentence_list.setWordWrap(True)
        self.sentence_list.setSpacing(4)
        self.sentence_list.setAccessibleName(name)
        self.sentence_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sentence_list.setMinimumHeight(self.fontMetrics().height() * 10)
        self.sentence_list.activated.connect(self._on_sentence)
        self.sentence_list.clicked.connect(self._on_sentence)
        self.stack.insertWidget(0, self.sentence_list)
        self.stack.setCurrentWidget(self.sentence_list)

    def sentence(self, a: ContextAssociation) -> str:
        template = (
            self.tr("%1 appeared in %2 of 1 entry tagged “%4” (%5), against %6 overall.")
            if a.tagged == 1
            else self.tr("%1 appeared in %2 of %3 entries tagged “%4” (%5), against %6 overall.")
        )
        return (
            template.replace("%1", a.family.name)
            .replace("%2", str(a.tagged_with_family))
            .replace("%3", str(a.tagged))
            .replace("%4", a.context.name)
            .replace("%5", percent(a.tagged_with_family, a.tagged))
            .replace("%6", percent(a.overall_with_family, a.overall))
        )

    def fill(self, data: PatternData) -> None:
        review = data.review
        rows: list[tuple[Hashable, Sequence[str]]] = []
        shown: dict[int, int] = {}
        for a in review.associations:
            if a.tagged_with_family == 0 or shown.get(a.context.id, 0) >= ASSOCIATIONS_PER_TAG:
                continue
            shown[a.context.id] = shown.get(a.context.id, 0) + 1
            rows.append(((a.context.id, a.family.id), (self.sentence(a),)))
        self.sentences.set_rows((self.tr("What appeared together"),), rows)
        self.set_note(
            self.tr("Feelings that came up with your context tags; together doesn't say why."),
            self.tr(
                "A tag shows here once at least %1 entries that name feelings carry it. Click a "
                "sentence, or press Enter on it, to see those entries."
            ).replace("%1", str(review.min_support)),
        )
        self.set_empty(
            ""
            if rows
            else self.tr(
                "Add context tags (a situation, people, an activity or a place) to entries "
                "where you name a feeling. Once a tag is on %1 of them, the feelings that came "
                "up alongside it will show here."
            ).replace("%1", str(review.min_support))
        )
        super().fill(data)

    def entries_for(self, data: PatternData, key: object) -> Entries:
        if not isinstance(key, tuple):
            return []
        context_id, family_id = key
        return entries_with_context(data, context_id, family_id)

    def _on_sentence(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if key is not None:
            self.activated.emit(key)
