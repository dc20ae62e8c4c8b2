"""A session summary as Markdown: the same sections as the PDF, as plain text to share."""

from __future__ import annotations

from innerspace.core.session_summary import (
    Block,
    Bullets,
    EntryText,
    MoodChart,
    Paragraph,
    ScoreChart,
    SessionSummary,
    Table,
)

# Characters Markdown would read as formatting at the start of a line or inside a table.
_TABLE_ESCAPES = str.maketrans({"|": "\\|", "\n": " "})


def summary_markdown(summary: SessionSummary) -> str:
    lines = [f"# {summary.title}", "", f"{summary.period} · {summary.made_text}", ""]
    for section in summary.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            lines += _block(block)
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items]
    if isinstance(block, Table):
        header = "| " + " | ".join(_cell(c) for c in block.header) + " |"
        rule = "|" + "|".join(" --- " for _ in block.header) + "|"
        rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return [header, rule, *rows]
    if isinstance(block, MoodChart):
        return _mood_lines(block)
    if isinstance(block, ScoreChart):
        rows = [f"| {day.isoformat()} | {score} |" for day, score in block.points]
        return [f"| Day | {_cell(block.name)} |", "| --- | --- |", *rows]
    return _entry_lines(block)


def _cell(text: str) -> str:
    return text.translate(_TABLE_ESCAPES)


def _mood_lines(chart: MoodChart) -> list[str]:
    """The chart's days as a small table: plain text has no lines to draw."""
    rated = [(day, mood) for day, mood in chart.days if mood is not None]
    rows = [f"| {day.isoformat()} | {mood:.1f} |" for day, mood in rated]
    return ["| Day | Mood |", "| --- | --- |", *rows]


def _entry_lines(entry: EntryText) -> list[str]:
    heading = f"### {entry.title}" if entry.title else f"### {entry.written}"
    lines = [heading, ""]
    if entry.title:
        lines += [f"*{entry.written}*", ""]
    # Quoted, so the entry's own text can't turn into headings of the summary.
    lines += [f"> {line}".rstrip() for line in entry.body.splitlines()]
    return lines
