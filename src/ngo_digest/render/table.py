"""Rich terminal tables: one per stage, axes as columns, sections as row groups.

Rich is imported here only, so other formats never pay for it. The caller says whether the
table is for a terminal (its width, colour unless `NO_COLOR`) or for a file (80 columns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .console import draw

if TYPE_CHECKING:
    from ..models import Digest, Section


def render(digest: Digest, *, positions: bool = False, terminal: bool = False) -> str:
    """The digest drawn as text tables; colour and the terminal's width only for a terminal."""
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    if digest.title:
        parts.append(Text(digest.title, style="bold"))
    if digest.intro:
        parts.append(Text(digest.intro, style="dim"))
    for stage in digest.stages.values():
        parts += ["", Text(stage.title, style="bold")]
        if stage.question:
            parts.append(Text(stage.question, style="italic"))
        table = Table(show_lines=False, expand=True)
        for key in digest.axes:
            table.add_column(digest.axes[key], ratio=1, overflow="fold")
        for section in stage.sections:
            _add_section(table, section, list(digest.axes), positions, Text)
        parts.append(table)
    return draw(*parts, terminal=terminal)


def _add_section(
    table: object, section: Section, keys: list[str], positions: bool, text_type: type
) -> None:
    from rich.table import Table

    assert isinstance(table, Table)
    if section.title:
        table.add_row(*([text_type(section.title, style="bold italic")] + [""] * (len(keys) - 1)))
    cells = []
    for key in keys:
        lines = []
        for item in section.axes.get(key, []):
            where = f" [{item.line}:{item.column}]" if positions and item.line else ""
            lines.append(f"• {item.text}{where}")
            lines.extend(f"  ◦ {detail}" for detail in item.details or ())
        cells.append(text_type("\n".join(lines)))
    table.add_row(*cells, end_section=True)
