"""Themes as a rich table with a bar per theme, and the co-occurrence matrix as a table."""

from __future__ import annotations

from ..render.console import draw
from . import Theme

_BAR_WIDTH = 10


def render(
    themes: list[Theme], *, stages: list[str], axes: list[str], terminal: bool = False
) -> str:
    """Rank, theme, count with a bar, and where it came up."""
    from rich.table import Table

    table = Table(expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("theme", ratio=3, overflow="fold")
    table.add_column("count", no_wrap=True)
    table.add_column("where", ratio=2, overflow="fold")
    most = max((t.count for t in themes), default=1)
    for rank, theme in enumerate(themes, 1):
        bar = "█" * max(1, round(theme.count / most * _BAR_WIDTH))
        where = ", ".join(
            f"{s}/{a} {n}" for s, cells in theme.cells().items() for a, n in cells.items()
        )
        files = theme.files()
        if len(files) > 1:
            where += f" · {len(files)} files"
        table.add_row(str(rank), theme.label, f"{theme.count:>3} {bar}", where)
    return draw(table, terminal=terminal)


def render_matrix(labels: list[str], matrix: list[list[int]], *, terminal: bool = False) -> str:
    """Themes × themes: how many cells each pair shares."""
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("theme", overflow="fold")
    for index in range(len(labels)):
        table.add_column(str(index + 1), justify="right")
    for index, (label, row) in enumerate(zip(labels, matrix, strict=True), 1):
        table.add_row(f"{index}. {label}", *(str(n) if n else "·" for n in row))
    return draw(table, terminal=terminal)
