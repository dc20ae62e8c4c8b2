"""The Patterns screen on a real vault: figures match the entries, and drill-down finds them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from innerspace.core.emotions import EmotionTag
from innerspace.core.entries import Entry
from innerspace.core.exercises import (
    ActivityLog,
    AutomaticThought,
    CopingUse,
    EmotionRating,
    ThoughtRecord,
)
from innerspace.gui.common.chart_base import qdate
from innerspace.gui.common.worker import DatabaseWorker
from innerspace.gui.patterns.screen import PatternsScreen
from innerspace.storage.feelings import Feelings
from innerspace.storage.journal import Journal
from innerspace.storage.vault import Vault

TODAY = date(2024, 6, 30)
ZONE = timezone(timedelta(hours=2))


def _add(
    vault: Vault,
    when: datetime,
    feelings: list[tuple[str, int]],
    mood: int | None = None,
    contexts: tuple[tuple[str, str], ...] = (),
) -> int:
    entry = Journal(vault).add(Entry(body="words", created=when, updated=when))
    assert entry.id is not None
    store = Feelings(vault)
    store.set_emotions(entry.id, [EmotionTag(e, i) for e, i in feelings])
    if mood is not None:
        store.set_mood(entry.id, mood)
    store.set_contexts(entry.id, contexts)
    return entry.id


@pytest.fixture
def ids(vault: Vault) -> dict[str, int]:
    return {
        "walk": _add(vault, datetime(2024, 6, 28, 20, 0, tzinfo=ZONE), [("calm", 60)], 7),
        "morning": _add(vault, datetime(2024, 6, 28, 8, 0, tzinfo=ZONE), [("anxious", 50)]),
        "sad": _add(
            vault, datetime(2024, 6, 20, 21, 0, tzinfo=ZONE), [("sad", 40), ("worried", 30)], 4
        ),
        "before": _add(vault, datetime(2024, 5, 25, 21, 0, tzinfo=ZONE), [("anxious", 70)]),
    }


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault, ids: dict[str, int]) -> Iterator[PatternsScreen]:
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    yield shown
    worker.wait()
    worker.shutdown()


def _rows(section_model: object) -> list[list[str]]:
    model = section_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_month_shows_the_right_counts(screen: PatternsScreen) -> None:
    assert screen.range_picker.currentText() == "Past month"
    families = {row[0]: row[1:4] for row in _rows(screen.family_section.model)}
    # anxious 50 in one entry, worried 30 in the other
    assert families["Fear and anxiety"] == ["2", "40", "1"]
    assert families["Calm"] == ["1", "60", "0"]
    assert families["Sadness"] == ["1", "40", "0"]
    assert "3 entries" in screen.summary.text()
    moods = _rows(screen.mood_section.model)
    assert [row[1:4] for row in moods] == [
        ["4.0", "your rating", "1"],
        ["7.0", "your rating", "2"],
    ]


def test_changing_the_range_reloads(qtbot: QtBot, screen: PatternsScreen) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.range_picker.setCurrentIndex(screen.range_picker.findData("week"))
    families = {row[0]: row[1] for row in _rows(screen.family_section.model)}
    assert families["Fear and anxiety"] == "1"
    assert "Sadness" not in families or families["Sadness"] == "0"
    assert "2 entries" in screen.summary.text()


def test_a_day_in_the_heat_map_shows_that_days_entries(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.heat_map.piece_rect(date(2024, 6, 28))
    assert rect.isValid()
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.heat_map, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["morning"], ids["walk"]]]


def test_a_family_bar_shows_the_entries_that_named_it(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.family_chart.piece_rect("fear")
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.family_chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["sad"], ids["morning"]]]


def test_a_weekday_cell_shows_its_entries(
    qtbot: QtBot, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    rect = screen.weekday_grid.piece_rect((4, "morning"))  # 28 June 2024 was a Friday
    assert "1 entry" in screen.weekday_grid.describe((4, "morning"))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(screen.weekday_grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["morning"]]]


def test_the_keyboard_reaches_the_range_picker_and_the_table_toggles(
    qtbot: QtBot, screen: PatternsScreen
) -> None:
    screen.activateWindow()
    screen.range_picker.setFocus()
    qtbot.waitUntil(lambda: screen.range_picker.hasFocus())
    reached: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.append(focused)
        if focused is screen.family_section.toggle:
            break
    assert screen.mood_section.toggle in reached
    assert screen.family_section.toggle in reached
    qtbot.keyClick(screen.family_section.toggle, Qt.Key.Key_Space)
    assert screen.family_section.showing_table()
    assert screen.family_section.toggle.text() == "Show as chart"
    # Shift+Tab goes back towards the range picker the same way.
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is screen.range_picker:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Backtab)
    assert screen.range_picker.hasFocus()


def test_an_empty_journal_explains_what_will_appear(qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    from innerspace.storage.keyfile import FLOOR

    empty, _key = Vault.create(Path(str(tmp_path)) / "empty", "another passphrase", kdf=FLOOR)
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(empty), "dark", today=lambda: TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    assert "rate your mood" in shown.empty_note.text()
    assert "mood over time will show here" in shown.mood_section.empty.text()
    assert shown.association_section.empty.text()
    worker.wait()
    worker.shutdown()
    empty.close()


# -- thought records and coping ------------------------------------------------------------------


def _exercise(vault: Vault, when: datetime, kind: str, fields: dict[str, object]) -> int:
    entry = Journal(vault).add(
        Entry(body="…", created=when, updated=when, kind=kind, fields=fields)
    )
    assert entry.id is not None
    return entry.id


def _thought_record(
    before: list[tuple[str, int]],
    after: list[tuple[str, int]],
    thought: tuple[int, bool],
    balanced: int,
    traps: list[str],
    status: str = "complete",
) -> dict[str, object]:
    record = ThoughtRecord(
        situation="A short reply from my manager",
        emotions=[EmotionRating(e, i) for e, i in before],
        automatic_thoughts=[AutomaticThought("She thinks it's a mess", *thought)],
        distortions=traps,
        balanced_thought="A short reply means she's busy",
        balanced_belief=balanced,
        emotions_after=[EmotionRating(e, i) for e, i in after],
        # Looked at again at the end, the first thought is believed 10 points less than the
        # balanced one: a different thought, never to be mistaken for it.
        hot_belief_after=max(0, balanced - 10),
    )
    return {**record.to_fields(), "status": status}


@pytest.fixture
def exercise_ids(vault: Vault) -> dict[str, int]:
    record = ThoughtRecord.KIND
    coping = CopingUse.KIND
    return {
        # feelings (80 + 60) / 2 = 70 → (50 + 40) / 2 = 45; believed 90 → 60
        "first": _exercise(
            vault,
            datetime(2024, 6, 10, 20, 0, tzinfo=ZONE),
            record,
            _thought_record(
                [("anxious", 80), ("ashamed", 60)],
                [("anxious", 50), ("ashamed", 40)],
                (90, True),
                60,
                ["catastrophising", "mind-reading"],
            ),
        ),
        # 60 → 40; believed 70 → 50
        "second": _exercise(
            vault,
            datetime(2024, 6, 26, 20, 0, tzinfo=ZONE),
            record,
            _thought_record([("sad", 60)], [("sad", 40)], (70, False), 50, ["catastrophising"]),
        ),
        "draft": _exercise(
            vault,
            datetime(2024, 6, 27, 20, 0, tzinfo=ZONE),
            record,
            _thought_record([("sad", 90)], [("sad", 0)], (100, True), 0, ["labelling"], "draft"),
        ),
        "walk": _exercise(
            vault,
            datetime(2024, 6, 12, 18, 0, tzinfo=ZONE),
            coping,
            {**CopingUse("Walk", "", 7, 3, 8, cost_later=3).to_fields(), "status": "complete"},
        ),
        "walk again": _exercise(
            vault,
            datetime(2024, 6, 20, 18, 0, tzinfo=ZONE),
            coping,
            {**CopingUse("Walk", "", 6, 4, 6, cost_later=1).to_fields(), "status": "complete"},
        ),
        "music": _exercise(
            vault,
            datetime(2024, 6, 21, 18, 0, tzinfo=ZONE),
            coping,
            {**CopingUse("Music").to_fields(), "status": "complete"},
        ),
        # Walks: moods 4 → 7 and 6 → 7, a mean of 5 → 7; pleasure (8 + 6) / 2 = 7, mastery 3.
        "walk log": _exercise(
            vault,
            datetime(2024, 6, 14, 19, 0, tzinfo=ZONE),
            ActivityLog.KIND,
            _activity("Walk", 4, 7, 8, 3),
        ),
        "walk log again": _exercise(
            vault,
            datetime(2024, 6, 22, 19, 0, tzinfo=ZONE),
            ActivityLog.KIND,
            _activity(" walk", 6, 7, 6, 3),
        ),
        "drawer": _exercise(
            vault,
            datetime(2024, 6, 23, 11, 0, tzinfo=ZONE),
            ActivityLog.KIND,
            _activity("Tidy a drawer", 5, 5, 2, 8),
        ),
    }


def _activity(
    activity: str, before: int, after: int, pleasure: int, mastery: int
) -> dict[str, object]:
    log = ActivityLog(
        activity, mood_before=before, mood_after=after, enjoyment=pleasure, achievement=mastery
    )
    return {**log.to_fields(), "status": "complete"}


@pytest.fixture
def exercise_screen(
    qtbot: QtBot, vault: Vault, exercise_ids: dict[str, int]
) -> Iterator[PatternsScreen]:
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 800)
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    yield shown
    worker.wait()
    worker.shutdown()


def test_thought_record_outcomes_in_plain_words(exercise_screen: PatternsScreen) -> None:
    section = exercise_screen.thought_record_section
    assert not section.empty.isVisible()
    lead = section.note.text()
    note = f"{lead} {section.details.text()}"
    # means 65 → 42.5 over the two finished records (the draft is left out)
    assert "You finished 2 thought records in this time." in note
    assert lead.startswith("Your feelings eased by 22 points on average after a thought record")
    assert "(65 to 42 out of 100, in 2 records where you rated them again)" in lead
    assert (
        "believed the thought that stung most 80 out of 100 at first, and 45 out of 100 when "
        "you looked at it again at the end (in 2 records)."
    ) in note
    assert "You believed the balanced thoughts you wrote 55 out of 100 on average." in note
    assert "score" not in note.casefold() and "improv" not in note.casefold()
    # Weeks of 10 and 24 June; the empty weeks between are left out of the table.
    assert _rows(section.model) == [
        [_week("2024-06-10"), "1", "70", "45", "90", "50", "60"],
        [_week("2024-06-24"), "1", "60", "40", "70", "40", "50"],
    ]
    assert _rows(exercise_screen.traps_model) == [
        ["Catastrophising", "2"],
        ["Mind reading", "1"],
    ]


def test_coping_strategies_with_their_helpfulness(exercise_screen: PatternsScreen) -> None:
    section = exercise_screen.coping_section
    assert not section.empty.isVisible()
    assert _rows(section.model) == [
        ["Walk", "2", "7.0", "2.0", "6.5", "3.5"],
        ["Music", "1", "–", "–", "–", "–"],
    ]


def test_enter_on_a_row_shows_the_entries_behind_it(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    screen = exercise_screen
    screen.activateWindow()
    traps = screen.traps_table
    screen.scroll_area.ensureWidgetVisible(traps)
    traps.setFocus()
    qtbot.waitUntil(traps.hasFocus)
    traps.setCurrentIndex(screen.traps_model.index(0, 0))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.keyClick(traps, Qt.Key.Key_Return)
    assert signal.args == [[exercise_ids["first"], exercise_ids["second"]]]

    # Tab goes on from the thinking traps to the coping strategies, whose table is a keypress
    # away from their chart, after "More about this" under the title.
    qtbot.keyClick(traps, Qt.Key.Key_Tab)
    toggle = screen.coping_section.toggle
    assert toggle.hasFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    qtbot.keyClick(toggle, Qt.Key.Key_Tab)
    assert screen.coping_section.more.hasFocus()
    qtbot.keyClick(screen.coping_section.more, Qt.Key.Key_Tab)
    coping = screen.coping_section.table
    assert coping.hasFocus()
    coping.setCurrentIndex(screen.coping_section.model.index(0, 0))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.keyClick(coping, Qt.Key.Key_Return)
    assert signal.args == [[exercise_ids["walk"], exercise_ids["walk again"]]]

    screen.thought_record_section.toggle.click()
    weeks = screen.thought_record_section.table
    weeks.setFocus()
    weeks.setCurrentIndex(screen.thought_record_section.model.index(1, 0))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.keyClick(weeks, Qt.Key.Key_Return)
    assert signal.args == [[exercise_ids["second"]]]


def test_without_exercises_the_sections_say_what_will_appear(screen: PatternsScreen) -> None:
    assert "When you finish a thought record" in screen.thought_record_section.empty.text()
    assert screen.thought_record_section.empty.isVisible()
    assert "coping toolbox" in screen.coping_section.empty.text()
    assert "When you log an activity" in screen.activity_section.empty.text()
    assert screen.activity_section.empty.isVisible()
    assert not screen.traps_table.isVisible()


def _week(text: str) -> str:
    return QLocale().toString(qdate(date.fromisoformat(text)), QLocale.FormatType.ShortFormat)


# -- the drawn exercise charts -------------------------------------------------------------------


def test_the_thought_record_chart_shows_before_and_after_by_week(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    screen = exercise_screen
    assert not screen.thought_record_section.showing_table()
    chart = screen.outcome_chart
    assert chart.isVisible()
    weeks = [p for p in screen.data.exercises.periods if p.records]  # type: ignore[union-attr]
    assert [chart.describe(week) for week in weeks] == [
        f"{_week('2024-06-10')}: before 70, after 45 · 1 record",
        f"{_week('2024-06-24')}: before 60, after 40 · 1 record",
    ]
    rect = chart.piece_rect(weeks[1])
    assert rect.isValid() and chart.rect().contains(rect.center())
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[exercise_ids["second"]]]


def test_belief_in_the_thought_that_stung_is_charted_first_and_at_the_end(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    section = exercise_screen.thought_record_section
    chart = section.belief_chart
    assert chart.isVisible()
    weeks = [p for p in exercise_screen.data.exercises.periods if p.records]  # type: ignore[union-attr]
    # The same thought twice (90 → 50, 70 → 40), not the balanced thought's 60 and 50.
    assert [chart.describe(week) for week in weeks] == [
        f"{_week('2024-06-10')}: before 90, after 50 · 1 record",
        f"{_week('2024-06-24')}: before 70, after 40 · 1 record",
    ]
    with qtbot.waitSignal(exercise_screen.entries_requested) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.piece_rect(weeks[0]).center())
    assert signal.args == [[exercise_ids["first"]]]
    section.toggle.setChecked(True)
    assert not chart.isVisible()
    section.toggle.setChecked(False)
    assert chart.isVisible()


def test_the_coping_chart_shows_helpfulness_and_uses(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    screen = exercise_screen
    chart = screen.coping_chart
    assert chart.isVisible() and not screen.coping_section.showing_table()
    assert chart.describe("Walk") == "Walk: 7.0 · 2 times"
    assert chart.describe("Music") == "Music: not rated · once"
    # The most helpful strategy comes first.
    assert chart.piece_rect("Walk").top() < chart.piece_rect("Music").top()
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.piece_rect("Walk").center())
    assert signal.args == [[exercise_ids["walk"], exercise_ids["walk again"]]]
    # The keyboard reaches the next bar and opens it with Enter.
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert signal.args == [[exercise_ids["music"]]]
    assert "Music" in chart.accessibleDescription()


def test_what_a_strategy_cost_later_is_shown_beside_how_it_helped(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    section = exercise_screen.coping_section
    cost = section.cost_chart
    assert cost.isVisible() and section.cost_heading.text() == "What each strategy cost you later"
    # (3 + 1) / 2 later, beside the 7.0 it helped; never folded into one number.
    assert cost.describe("Walk") == "Walk: 2.0"
    assert cost.describe("Music") == "Music: not rated"
    assert "cost you later" in section.note.text()
    with qtbot.waitSignal(exercise_screen.entries_requested) as signal:
        qtbot.mouseClick(cost, Qt.MouseButton.LeftButton, pos=cost.piece_rect("Walk").center())
    assert signal.args == [[exercise_ids["walk"], exercise_ids["walk again"]]]
    # As a table, the cost is a column of its own and the chart below steps aside.
    section.toggle.setChecked(True)
    assert not cost.isVisible()
    section.toggle.setChecked(False)
    assert cost.isVisible()


def test_activities_and_mood_in_words_chart_and_table(
    qtbot: QtBot, exercise_screen: PatternsScreen, exercise_ids: dict[str, int]
) -> None:
    screen = exercise_screen
    section = screen.activity_section
    assert not section.empty.isVisible()
    lead = section.note.text()
    note = f"{lead} {section.details.text()}"
    assert "You logged 3 activities in this time." in note
    # Overall (4 + 6 + 5) / 3 = 5 → (7 + 7 + 5) / 3 = 6.33: 1.3 points higher.
    assert lead.startswith("Your mood after an activity was 1.3 points higher than before")
    assert "Your mood after “Walk” was 2.0 points higher than before, on average (2 logs)." in note
    assert "“Tidy a drawer” was about the same as before, on average (1 log)" in note
    for word in ("because", "caused", "helped", "improv", "streak"):
        assert word not in note.casefold()
    chart = screen.activity_chart
    assert chart.describe("Walk") == (
        "Walk: before 5.0, after 7.0 · pleasure 7.0, achievement 3.0, 2 logs"
    )
    screen.scroll_area.ensureWidgetVisible(chart)
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.piece_rect("Tidy a drawer").center()
        )
    assert signal.args == [[exercise_ids["drawer"]]]

    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.showing_table()
    assert _rows(section.model) == [
        ["Walk", "2", "7.0", "3.0", "5.0", "7.0"],
        ["Tidy a drawer", "1", "2.0", "8.0", "5.0", "5.0"],
    ]
    table = section.table
    table.setFocus()
    table.setCurrentIndex(section.model.index(0, 0))
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [[exercise_ids["walk log"], exercise_ids["walk log again"]]]


# -- reading the screen at a glance --------------------------------------------------------------


@pytest.fixture
def locale_kept() -> Iterator[None]:
    kept = QLocale()
    yield
    QLocale.setDefault(kept)


def test_the_range_is_written_with_the_month_in_words(
    qtbot: QtBot, screen: PatternsScreen, locale_kept: None
) -> None:
    # The C locale (a bare machine) writes short dates as "1 06 2024"; its long form has words.
    QLocale.setDefault(QLocale.c())
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.reload()
    assert screen.summary.text().startswith("From 1 June 2024 to 30 June 2024: 3 entries.")
    # A locale whose long form is only numbers still gets the month's name.
    numbers_only = QLocale("bal_PK")
    QLocale.setDefault(numbers_only)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.reload()
    june = numbers_only.monthName(6)
    assert screen.summary.text().count(june) == 2


def test_the_scales_are_numbered_in_whole_numbers(exercise_screen: PatternsScreen) -> None:
    assert exercise_screen.activity_chart.marks() == [0, 2, 4, 6, 8, 10]
    assert exercise_screen.coping_chart.marks() == [0, 2, 4, 6, 8, 10]
    assert exercise_screen.outcome_chart.marks() == [0, 20, 40, 60, 80, 100]
    moods = exercise_screen.mood_chart.chart().axes(Qt.Orientation.Vertical)[0]
    assert moods.labelFormat() == "%d"  # type: ignore[attr-defined]
    assert moods.tickCount() == 10  # type: ignore[attr-defined]


def _headers(model: object) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
        for c in range(model.columnCount())  # type: ignore[attr-defined]
    ]


def test_before_is_said_only_where_the_journal_goes_back_further(
    qtbot: QtBot, screen: PatternsScreen
) -> None:
    # The past month: the entry of 25 May is in the month before it.
    assert "In the same length of time before: 1 entry." in screen.summary.text()
    assert screen.family_chart.describe("fear").endswith("before: 1 entry")
    assert "Entries before" in _headers(screen.family_section.model)
    assert "dashed outline" in screen.family_section.details.text()
    # All entries begin with the first one: there is no "before" to speak of.
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.range_picker.setCurrentIndex(screen.range_picker.findData("all"))
    assert "4 entries" in screen.summary.text()
    assert "before" not in screen.summary.text()
    assert "before" not in screen.family_chart.describe("fear")
    for model in (screen.family_section.model, screen.words_section.model):
        assert not any("before" in header for header in _headers(model))
    assert "dashed outline" not in screen.family_section.details.text()


def test_each_figure_says_one_sentence_and_more_on_request(
    qtbot: QtBot, screen: PatternsScreen
) -> None:
    for section in screen.sections:
        note = section.note.text()
        assert len(re.findall(r"[.!?](\s|$)", note)) <= 1, note
    section = screen.mood_section
    assert not section.details.isVisible()
    assert section.more.accessibleName() == "More about Mood over time"
    screen.activateWindow()
    section.toggle.setFocus()
    qtbot.waitUntil(section.toggle.hasFocus)
    qtbot.keyClick(section.toggle, Qt.Key.Key_Tab)
    assert section.more.hasFocus()
    qtbot.keyClick(section.more, Qt.Key.Key_Space)
    assert section.details.isVisible()
    assert "dashed line is the average" in section.details.text()
    assert section.more.text() == "Less about this"
    qtbot.keyClick(section.more, Qt.Key.Key_Space)
    assert not section.details.isVisible()


def test_patterns_speak_of_averages_not_means(
    exercise_screen: PatternsScreen, screen: PatternsScreen
) -> None:
    words: list[str] = []
    for shown in (screen, exercise_screen):
        for section in shown.sections:
            words += [section.note.text(), section.details.text(), *_headers(section.model)]
        words += [s.name() for s in shown.mood_chart.chart().series()]
    assert not [w for w in words if re.search(r"\bmean\b", w, re.IGNORECASE)]


def test_a_year_of_moods_is_a_calendar_whose_days_open_their_entries(
    qtbot: QtBot, vault: Vault, screen: PatternsScreen, ids: dict[str, int]
) -> None:
    section = screen.mood_section
    assert section.chart is screen.mood_chart and screen.heat_section.isVisible()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.range_picker.setCurrentIndex(screen.range_picker.findData("year"))
    calendar = section.calendar
    assert section.chart is calendar and calendar.isVisible()
    assert not screen.mood_chart.isVisible()
    # The year's own calendar would only repeat it.
    assert not screen.heat_section.isVisible()
    assert section.legend.isVisible() and "1–2" in section.legend.text()
    assert "A dot means" in section.details.text()
    screen.scroll_area.ensureWidgetVisible(calendar)
    rect = calendar.piece_rect(date(2024, 6, 28))
    assert calendar.rect().contains(rect.center())
    assert section.height() < screen.mood_chart.height() + calendar.height()
    with qtbot.waitSignal(screen.entries_requested) as signal:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[ids["morning"], ids["walk"]]]
    # The days are a keypress away as a table too.
    section.toggle.click()
    assert section.showing_table()
    assert [row[0] for row in _rows(section.model)][-1] == _week("2024-06-28")

    # A journal going back years: a row of weeks for each year, every day inside the chart.
    _add(vault, datetime(2021, 3, 2, 9, 0, tzinfo=ZONE), [("calm", 40)], 6)
    section.toggle.click()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.range_picker.setCurrentIndex(screen.range_picker.findData("all"))
    old, new = calendar.piece_rect(date(2021, 3, 2)), calendar.piece_rect(date(2024, 6, 28))
    assert old.isValid() and new.isValid()
    assert calendar.rect().contains(old) and calendar.rect().contains(new)
    assert new.top() > old.bottom()


def test_words_of_ones_own_are_named_in_patterns_and_counted_in_their_family(
    qtbot: QtBot, vault: Vault
) -> None:
    from innerspace.core.emotions import own_word
    from innerspace.storage.own_words import OwnWords

    hangry = OwnWords(vault).add(own_word("hangry", "anger", -0.6, 0.8))
    _add(vault, datetime(2024, 6, 28, 12, 0, tzinfo=ZONE), [(hangry.id, 70)])
    worker = DatabaseWorker()
    shown = PatternsScreen(worker, Feelings(vault), "light", today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=10_000):
        shown.start()
    words = [row[0] for row in _rows(shown.words_section.model)]
    assert "hangry" in words and not any(w.startswith("own/") for w in words)
    families = {row[0]: row[1] for row in _rows(shown.family_section.model)}
    assert families["Anger"] == "1"
    worker.wait()
    worker.shutdown()
