"""Rich terminal tables: one per stage, axes as columns, sections as row groups.

Rich is imported here only, so other formats never pay for it. Colour follows the terminal
and `NO_COLOR`; width follows the terminal (80 columns when not a terminal).
"""

from __future__ import annotations

import io
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Digest, Section


def render(digest: Digest, *, positions: bool = False, width: int | None = None) -> str:
    """The digest drawn as text tables (with colour codes only when drawing to a terminal)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    to_terminal = sys.stdout.isatty() and width is None
    console = Console(
        file=io.StringIO(),
        width=width or (None if to_terminal else 80),
        force_terminal=to_terminal,
        no_color=bool(os.environ.get("NO_COLOR")) or not to_terminal,
        highlight=False,
        emoji=False,
        markup=False,
    )
    if digest.title:
        console.print(Text(digest.title, style="bold"))
    if digest.intro:
        console.print(Text(digest.intro, style="dim"))
    for stage in digest.stages.values():
        console.print()
        console.print(Text(stage.title, style="bold"))
        if stage.question:
            console.print(Text(stage.question, style="italic"))
        table = Table(show_lines=False, expand=True)
        for key in digest.axes:
            table.add_column(digest.axes[key], ratio=1, overflow="fold")
        for section in stage.sections:
            _add_section(table, section, list(digest.axes), positions, Text)
        console.print(table)
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


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
        cells.append(text_type("\n".join(lines)))
    table.add_row(*cells, end_section=True)
