"""Tab-separated tables with HTML fragments: the layout of the original conference notes.

A line with a tab is a table row; its cells may hold `<ul>`, `<ol>`, `<p>` or `<li>` markup,
which segmentation reads as item boundaries. Everything else is shared prose.
"""

from __future__ import annotations

import re

from ..blocks import Block, BlockKind, Cell
from .lines import classify_lines, list_item_text

NAME = "tabbed"
_WRAPPABLE = frozenset({BlockKind.ROW, BlockKind.TEXT})
_FRAGMENT_TAG = re.compile(r"<(p|ul|ol)\b[^>]*>", re.IGNORECASE)


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
    return _join_wrapped_cells(classify_lines(text, split_row))


def _join_wrapped_cells(blocks: list[Block]) -> list[Block]:
    """A row the digitizer wrapped inside a cell: a line that opens an HTML fragment in its
    last cell (`<p>Сортує лише 15% …`) and leaves it open, right above a line whose first
    cell closes it, is one row with the line below. The wrap reads as a space, as anywhere
    in a cell."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and above.line == block.line - 1
            and above.kind in _WRAPPABLE
            and block.kind in _WRAPPABLE
            and (above.kind is BlockKind.ROW or block.kind is BlockKind.ROW)
        ):
            top, bottom = _cells(above), _cells(block)
            if _closes_fragment(top[-1].text, bottom[0].text):
                last, rest = top[-1], bottom[0]
                start = len(last.text) + 1
                wraps = (
                    *last.wraps,
                    (start, rest.line, rest.column),
                    *((start + at, line, column) for at, line, column in rest.wraps),
                )
                joined = Cell(f"{last.text} {rest.text}", last.line, last.column, wraps=wraps)
                cells = (*top[:-1], joined, *bottom[1:])
                text = f"{above.text} {block.text}"
                out[-1] = Block(BlockKind.ROW, above.line, text, above.column, cells)
                continue
        out.append(block)
    return out


def _cells(block: Block) -> tuple[Cell, ...]:
    """A row's cells, or a line of prose as the one cell it holds."""
    return block.cells or (Cell(block.text, block.line, block.column),)


def _closes_fragment(start: str, cell: str) -> bool:
    """Whether `start` opens a fragment it leaves open, and `cell` closes it first."""
    opened = _FRAGMENT_TAG.match(start.lstrip())
    if opened is None:
        return False
    name = opened.group(1).lower()
    closing = f"</{name}>"
    written = start.lower()
    if len(re.findall(rf"<{name}\b", written)) <= written.count(closing):
        return False
    rest = cell.lower()
    return closing in rest and _FRAGMENT_TAG.search(rest[: rest.index(closing)]) is None


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
