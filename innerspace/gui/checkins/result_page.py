"""A check-in's result in calm words: the score and its range, the change since last time, that
it is a check-in and not a diagnosis, and the questionnaire's credit.

When PHQ-9's ninth answer is above "not at all", the care card comes first, whatever the total.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from innerspace.core.checkins import (
    MAX_RATING,
    Checkin,
    OwnCheckin,
    Questionnaire,
    ScoreChange,
    own_scale_key,
    score_change,
)
from innerspace.core.safety_plan import CountryLines
from innerspace.gui.common.page import label
from innerspace.gui.support.care_card import CareCard


class ResultPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.care_card = CareCard(self)
        self.heading = label(self.tr("Your check-in"), self, "heading")
        self.result = label("", self)
        self.result.setAccessibleName(self.tr("Your result"))
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result.setFont(font)
        self.change = label("", self)
        self.change.setAccessibleName(self.tr("Since last time"))
        self.not_a_diagnosis = label(
            self.tr(
                "This is a check-in, not a diagnosis. Scores move with life; if one worries "
                "you, or stays where it is, it can help to talk it over with your doctor or "
                "therapist."
            ),
            self,
        )
        self.credit = label("", self, "muted")
        self.credit.setAccessibleName(self.tr("Credit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.care_card)
        layout.addWidget(self.heading)
        layout.addWidget(self.result)
        layout.addWidget(self.change)
        layout.addWidget(self.not_a_diagnosis)
        layout.addStretch(1)
        layout.addWidget(self.credit)

    def show_result(
        self,
        checkin: Checkin,
        questionnaire: Questionnaire | None,
        previous: dict[str, int],
        country: CountryLines | None,
    ) -> None:
        if isinstance(checkin, OwnCheckin) or questionnaire is None:
            assert isinstance(checkin, OwnCheckin)
            self._show_own(checkin, previous)
        else:
            score = checkin.score
            self.result.setText(self.score_text(questionnaire, score))
            change = score_change(questionnaire, previous.get(questionnaire.id), score)
            self.change.setText(self.change_text(change))
            self.credit.setText(questionnaire.credit)
            self.credit.show()
            if checkin.needs_care:
                # Always, whatever the total, the once-a-day limit or the care-check setting:
                # the person answered this question directly, and help belongs beside it.
                self.care_card.offer(country)
                return
        self.care_card.put_away()

    def _show_own(self, checkin: OwnCheckin, previous: dict[str, int]) -> None:
        lines = []
        for rating in checkin.ratings:
            line = (
                self.tr("%1: %2 of %3")
                .replace("%1", rating.name)
                .replace("%2", str(rating.value))
                .replace("%3", str(MAX_RATING))
            )
            before = previous.get(own_scale_key(rating.name))
            if before is not None:
                line += self.tr(" (%1 last time)").replace("%1", str(before))
            lines.append(line)
        self.result.setText("\n".join(lines) or self.tr("Your note is kept."))
        self.change.setText(self.tr("Thank you for checking in with yourself."))
        self.credit.hide()

    def score_text(self, q: Questionnaire, score: int) -> str:
        band = q.band(score).name
        numbers = (str(score), str(q.max_score))
        if not q.is_wellbeing:
            text = self.tr("Score %1 of %2: in the range often called %3.")
        elif band:
            text = self.tr("Wellbeing %1 of %2: in the range of %3.")
        else:
            text = self.tr("Wellbeing %1 of %2.")
        return text.replace("%1", numbers[0]).replace("%2", numbers[1]).replace("%3", band)

    def change_text(self, change: ScoreChange | None) -> str:
        if change is None:
            return self.tr("This is your first one, so there is nothing to compare it with yet.")
        difference = change.difference
        if difference == 0:
            return self.tr("The same as last time (%1).").replace("%1", str(change.current))
        points = (self.tr("1 point") if abs(difference) == 1 else self.tr("%1 points")).replace(
            "%1", str(abs(difference))
        )
        text = (
            self.tr("%1 higher than last time (%2 → %3).")
            if difference > 0
            else self.tr("%1 lower than last time (%2 → %3).")
        )
        if change.meaningful:
            text += " " + self.tr("That is a change large enough to be meaningful.")
        return (
            text.replace("%1", points)
            .replace("%2", str(change.previous))
            .replace("%3", str(change.current))
        )

    def clear(self) -> None:
        for widget in (self.result, self.change, self.credit):
            widget.clear()
        self.care_card.put_away()
