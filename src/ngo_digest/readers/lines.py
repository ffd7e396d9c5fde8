"""Shared line classification for the plain-text layouts (tab tables, Markdown, headed lists).

Each layout differs only in how it recognises a table row; prose, headings, list items,
blank lines and separators look the same in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..blocks import Block, BlockKind, Cell

RowSplitter = Callable[[str, int], tuple[Cell, ...] | None]
"""Returns the cells of a table row on line N, or None when the line is not a row."""

_NOISE = re.compile(r"^[\s\-–—=_*|:+~]*[-–—=_~][\s\-–—=_*|:+~]*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MARKER = re.compile(r"^\s*(?P<marker>[-–—•*·▪●◦‣]|\d{1,3}[.)]|[a-zа-я][)])\s+(?P<text>\S.*)$")


def classify_lines(text: str, split_row: RowSplitter) -> list[Block]:
    """Turn `text` into blocks, one per line (1-based line numbers)."""
    return list(_classify(text.split("\n"), split_row))


def _classify(lines: Iterable[str], split_row: RowSplitter) -> Iterable[Block]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            yield Block(BlockKind.BLANK, number)
            continue
        cells = split_row(line, number)
        if cells is not None:
            if all(_NOISE.match(cell.text) or not cell.text.strip() for cell in cells):
                yield Block(BlockKind.NOISE, number, line)
            else:
                yield Block(BlockKind.ROW, number, line, cells=cells)
            continue
        yield classify_prose(line, number)


def classify_prose(line: str, number: int) -> Block:
    """A line that is not a table row: a heading, a list item, a separator or prose."""
    column = len(line) - len(line.lstrip()) + 1
    if _NOISE.match(line):
        return Block(BlockKind.NOISE, number, line, column)
    heading = _HEADING.match(line)
    if heading:
        return Block(BlockKind.HEADING, number, heading.group(2), column, marker=heading.group(1))
    item = _MARKER.match(line)
    if item:
        start = item.start("text") + 1
        return Block(
            BlockKind.ITEM, number, item.group("text").rstrip(), start, marker=item.group("marker")
        )
    return Block(BlockKind.TEXT, number, line.strip(), column)
