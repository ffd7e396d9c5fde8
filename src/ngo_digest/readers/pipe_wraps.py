"""Pipe-table rows that an editor wrapped onto the next lines:

    | Пандуси під
      неправильним кутом; Пасивність | Толоки у дворах |

A row that opens with a pipe and does not close with one goes on in the lines after it (none
of them blank or opening a row of its own) up to the line that closes it. The row is read on
its first line, each piece of a cell keeping the line and column it came from (`Cell.wraps`),
a wrap reading as a space; the row's other lines become blank, so every line keeps its number.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..blocks import Cell

_PIPE = re.compile(r"(?<!\\)\|")
_DELIMITER_CHARS = frozenset(" \t|:-")
_MAX_ROW_LINES = 20  # a wrapped row's lines: an open row further on is no row


def wrapped_rows(lines: list[str]) -> tuple[list[str], dict[int, tuple[Cell, ...]]]:
    """The lines with each wrapped row's later lines blanked, and its cells by the 1-based
    number of its first line."""
    rows: dict[int, tuple[Cell, ...]] = {}
    out = lines
    index = 0
    while index < len(lines):
        end = _row_end(lines, index)
        if end is None:
            index += 1
            continue
        if out is lines:
            out = list(lines)  # (copied only for a document that has such a row)
        rows[index + 1] = _cells([(lines[at], at + 1) for at in range(index, end + 1)])
        for later in range(index + 1, end + 1):
            out[later] = ""
        index = end + 1
    return out, rows


def _row_end(lines: list[str], start: int) -> int | None:
    """The index of the line that closes the row opened and left open at `start`, or None."""
    opened = lines[start].strip()
    if not opened.startswith("|") or _closes(opened):
        return None
    for at in range(start + 1, min(len(lines), start + _MAX_ROW_LINES)):
        line = lines[at].strip()
        if not line or line.startswith("|") or set(line) <= _DELIMITER_CHARS:
            return None  # (a row of its own, or the delimiter under a header of no end pipe)
        if _closes(line):
            return at
    return None


def _closes(line: str) -> bool:
    return line.endswith("|") and not line.endswith("\\|")


def _cells(pieces: list[tuple[str, int]]) -> tuple[Cell, ...]:
    """The cells of a row whose `pieces` are its lines with their numbers."""
    text = ""
    starts: list[tuple[int, int, int]] = []  # (offset in text, line, column) of each line
    for line, number in pieces:
        lead = len(line) - len(line.lstrip())
        if text:
            text += " "
        starts.append((len(text), number, lead + 1))
        text += line.strip()
    bounds = [match.start() for match in _PIPE.finditer(text)]
    cells = []
    for left, right in pairwise(bounds):
        raw = text[left + 1 : right]
        begin = left + 1 + len(raw) - len(raw.lstrip())
        cell_text = raw.strip()
        wraps = [_place(starts, begin, 0)]
        wraps += [
            (offset - begin, number, column)
            for offset, number, column in starts
            if begin < offset < begin + len(cell_text)
        ]
        cells.append(
            Cell(cell_text.replace("\\|", "|"), wraps[0][1], wraps[0][2], wraps=tuple(wraps))
        )
    return tuple(cells)


def _place(starts: list[tuple[int, int, int]], offset: int, at: int) -> tuple[int, int, int]:
    """`at` in a cell's text, with the line and column of `offset` in the row's text."""
    line_start, number, column = max(start for start in starts if start[0] <= offset)
    return at, number, column + offset - line_start
