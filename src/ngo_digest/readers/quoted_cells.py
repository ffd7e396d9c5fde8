"""Tab tables saved by a spreadsheet (Excel's or LibreOffice's "Text, tab delimited"): a cell
that holds line breaks is put in double quotes and runs over several lines,

    ГРОМАДОЮ	ВЛАДОЮ	ІНШИМИ ГО
    "• Енергоаудит будинків
    • Спільні закупівлі"	"Прозорість
    Швидкі погодження"	Толоки у дворах

and a quote inside it is doubled (`""`). Each such row is read as one row on its first line,
each line of a cell a paragraph (`<p>`), cut like a cell of its own as a tab table's paragraphs
are, keeping its own line and column (`Cell.wraps`); a line in lower case, or after one that
ends mid-phrase, goes on the card before it. The row's other lines become blank, so every
line keeps its number.
A cell quoted on one line loses its quotes only in a file that has such rows: elsewhere a
quote at a cell's start is the user's own (`"Прозорість" — головне`).
"""

from __future__ import annotations

import re

from ..blocks import Cell
from .wrapped_items import ends_mid_phrase

_OPENS_QUOTED = re.compile(r'(?:^|\t)"')
_MAX_CELL_LINES = 200  # a cell's lines: a quote left open further is the user's own
_ROW_CELLS = 2  # a spreadsheet pads every row of a table to its columns with tabs


def quoted_rows(lines: list[str]) -> tuple[list[str], dict[int, tuple[Cell, ...]]]:
    """The lines with each quoted row's later lines blanked, and the rows' cells by the
    1-based number of their first line; no rows when no quoted cell runs over lines."""
    rows: dict[int, tuple[Cell, ...]] = {}
    out = list(lines)
    index = 0
    while index < len(lines):
        if "\t" not in lines[index] and not lines[index].startswith('"'):
            index += 1
            continue
        found = _row(lines, index)
        if found is None:
            index += 1
            continue
        cells, end = found
        if len(cells) < _ROW_CELLS:
            index += 1
            continue  # a quote over lines outside the table: a remark, a question (no tab)
        rows[index + 1] = cells
        for later in range(index + 1, end + 1):
            out[later] = ""
        index = end + 1
    if not any(len({line for _, line, _ in cell.wraps}) > 1 for r in rows.values() for cell in r):
        return lines, {}  # quotes on single lines only: the user's own
    return out, rows


def _row(lines: list[str], start: int) -> tuple[tuple[Cell, ...], int] | None:
    """The cells of the row that opens at `lines[start]` and the index of its last line, when
    some cell of it is quoted and every quote closes; None otherwise."""
    if not _OPENS_QUOTED.search(lines[start]):
        return None
    cells: list[Cell] = []
    number, at = start, 0
    line = lines[start]
    while True:
        if line.startswith('"', at):
            found = _quoted(lines, number, at + 1)
            if found is None:
                return None
            cell, number, at = found
            line = lines[number]
            if at < len(line) and line[at] != "\t":
                return None  # text after the closing quote: not a spreadsheet's quoting
        else:
            stop = line.find("\t", at)
            stop = len(line) if stop < 0 else stop
            cell = Cell(line[at:stop], number + 1, at + 1)
            at = stop
        cells.append(cell)
        if at >= len(line):
            break
        at += 1  # past the tab
    return tuple(cells), number


def _quoted(lines: list[str], number: int, at: int) -> tuple[Cell, int, int] | None:
    """The quoted cell whose text starts at `lines[number][at]`, the index of its closing
    quote's line and the offset past that quote; each of its lines a paragraph and a wrap."""
    text = ""
    wraps: list[tuple[int, int, int]] = []
    for row in range(number, min(len(lines), number + _MAX_CELL_LINES)):
        line = lines[row]
        piece, end = _until_quote(line, at)
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            if text and (piece.lstrip()[:1].islower() or ends_mid_phrase(text[: -len("</p>")])):
                text = text[: -len("</p>")] + " "  # a card typed over two lines goes on
            else:
                text += "<p>"
            wraps.append((len(text), row + 1, at + lead + 1))
            text += piece.strip() + "</p>"
        if end is not None:
            first = wraps[0] if wraps else (0, number + 1, at + 1)
            return Cell(text, first[1], first[2], wraps=tuple(wraps)), row, end
        at = 0
    return None


def _until_quote(line: str, at: int) -> tuple[str, int | None]:
    """The text from `at` to the closing quote (a doubled quote is one quote of the text),
    and the offset past the closing quote, or None when the line ends inside the quotes."""
    piece = []
    while at < len(line):
        char = line[at]
        if char == '"':
            if line.startswith('""', at):
                piece.append('"')
                at += 2
                continue
            return "".join(piece), at + 1
        piece.append(char)
        at += 1
    return "".join(piece), None
