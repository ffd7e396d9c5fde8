"""The report as Markdown to paste into a grant report: counts and themes, not every card.

Pipe tables (GitHub / CommonMark-with-tables), so a word processor or a wiki shows them as
tables. `|` in a cell is escaped and line breaks become spaces, so no card splits a row.
"""

from __future__ import annotations

import re

from . import Report, where

__all__ = ["render_markdown"]

_BACKTICKS = re.compile("`+")


def render_markdown(report: Report) -> str:
    """Title, summary, the stage × axis count table, the top themes, the diagnostics."""
    out = [f"# {_inline(report.title)}", ""]
    if report.files:
        out += ["Files: " + ", ".join(_code(name) for name in report.files), ""]
    out += [report.summary(), ""]
    out += ["## Items per stage and axis", "", *_count_table(report), ""]
    out += ["## Top themes", "", *_theme_table(report), ""]
    out += ["## Diagnostics", "", *_diagnostics(report)]
    return "\n".join(out).rstrip("\n") + "\n"


def _count_table(report: Report) -> list[str]:
    """Stages as rows, axes as columns, with totals both ways (what grant forms ask for)."""
    if not report.stages:
        return ["No items."]
    axes = list(report.axes)
    rows = [
        _row(["Stage", *(report.axes[axis] for axis in axes), "Total"]),
        "|---|" + "---:|" * (len(axes) + 1),
    ]
    for stage, title in report.stages.items():
        counts = [report.counts[stage][axis] for axis in axes]
        rows.append(_row([title, *map(str, counts), str(sum(counts))]))
    totals = [sum(report.counts[stage][axis] for stage in report.stages) for axis in axes]
    rows.append(_row(["**Total**", *map(str, totals), f"**{sum(totals)}**"], escape=False))
    return rows


def _theme_table(report: Report) -> list[str]:
    """Rank, theme, count and where; a files column only when several workshops are compared."""
    if not report.top_themes:
        return ["No themes."]
    several = len(report.documents) > 1
    header = ["#", "Theme", "Count", "Where", *(["Files"] if several else [])]
    rule = "|---:|---|---:|---|" + ("---|" if several else "")
    rows = [_row(header), rule]
    for rank, theme in enumerate(report.top_themes, start=1):
        cells = [str(rank), theme.label, str(theme.count), where(theme)]
        if several:
            cells.append(", ".join(f"{name} {n}" for name, n in theme.files().items()))
        rows.append(_row(cells))
    return rows


def _diagnostics(report: Report) -> list[str]:
    lines = [
        f"- {_code(d.format(name))}"
        for name, diagnostics in report.diagnostics
        for d in diagnostics
    ]
    return lines or ["none"]


def _row(cells: list[str], *, escape: bool = True) -> str:
    return "| " + " | ".join(_cell(c) if escape else c for c in cells) + " |"


def _cell(text: str) -> str:
    """A pipe would end the cell and a newline the row; both are neutralised."""
    return _inline(text).replace("|", "\\|")


def _inline(text: str) -> str:
    return " ".join(text.split())


def _code(text: str) -> str:
    """A code span that survives backticks inside: the fence is one longer than any run."""
    text = _inline(text)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
