"""Tab-separated tables with HTML fragments: the layout of the original conference notes.

A line with a tab is a table row; its cells may hold `<ul>`, `<ol>`, `<p>` or `<li>` markup,
which segmentation reads as item boundaries. Everything else is shared prose.
"""

from __future__ import annotations

from ..blocks import Block, Cell
from .lines import classify_lines, list_item_text

NAME = "tabbed"


def split_row(line: str, number: int) -> tuple[Cell, ...] | None:
    """The cells of a tab-separated row, each with its own column, or None without a tab."""
    if "\t" not in line:
        return None
    cells = []
    column = 1
    for part in line.split("\t"):
        cells.append(Cell(part, number, column))
        column += len(part) + 1
    return tuple(cells)


def read(text: str) -> list[Block]:
    """Blocks of a tab-table document."""
    return classify_lines(text, split_row)


def looks_like(text: str) -> bool:
    """At least two lines hold a tab after some text."""
    return sum(1 for line in text.split("\n") if _tab_after_text(line)) >= 2


def _tab_after_text(line: str) -> bool:
    """Neither the tab of an indented line nor the one Word's plain-text export puts after a
    list marker (`•\tТекст`, `1.\tТекст`) makes a table row."""
    if "\t" not in line.strip(" ").lstrip("\t"):
        return False
    item = list_item_text(line)
    return item is None or "\t" in item
