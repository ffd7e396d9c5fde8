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
    """Two lines hold a tab between two pieces of text, or one does and another ends in
    tabs after its text (a row whose only card is in the first column). A tab that only
    pads a line (`З владою:\t`) or follows a list marker (`•\tТекст`, Word's plain-text
    export) makes no table of a list."""
    inner = padded = 0
    for line in text.split("\n"):
        if "\t" not in line:
            continue
        body = line.strip()
        if "\t" not in body:
            padded += bool(body) and line.rstrip(" ").endswith("\t")
            continue
        item = list_item_text(body)
        if item is None or "\t" in item:
            inner += 1
        if inner >= 2 or (inner and padded):
            return True
    return inner >= 2 or bool(inner and padded)
