"""Grid tables, as pandoc writes a Word table whose cells hold lists or paragraphs:

    +-----------------------+-----------------------+
    | ВЛАДОЮ                | ГРОМАДОЮ              |
    +=======================+=======================+
    | -   Прозорий облік    | Гордість\\             |
    |     пам'яток          | Толоки                |
    +-----------------------+-----------------------+

A row runs over many lines, and a cell is a small Markdown document of its own: list items
(`-   `, `1.  `, escaped as `\\- ` or `1\\. ` when pandoc saw no list), wrapped lines, blank
lines between paragraphs and `\\` at a line's end for a line break. Each row is read as one
pipe-table row on its first line, its cell's items and paragraphs joined by `<br>` as a pipe
table's cells are, each piece keeping the line and column it came from (`Cell.wraps`). The
other lines of the table become blank, so every line keeps its number.
"""

from __future__ import annotations

from itertools import pairwise

from ..blocks import Cell
from ..patterns import compiled_at_first_use

_BORDER = compiled_at_first_use(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ITEM = compiled_at_first_use(r"^(?:\\?[-*+•]|\d{1,2}\\?[.)])\s")  # `-   `, `\- `, `1.  `, `1\. `
# Markdown's escapes of punctuation (`\-`, `\*`, `\|`): the backslash is no text of the cell.
_ESCAPE = compiled_at_first_use(r"\\(?=[!-/:-@\[-`{-~])")
_PIPE = compiled_at_first_use(r"(?<!\\)\|")
# A ruler drawn with pipes under a header (`|-----+-----|`, `|----|----|`), as psql and
# tabulate draw one.
_RULER = compiled_at_first_use(r"^\s*\|[-=:+| ]*-[-=:+| ]*\|\s*$")


def has_grid_table(text: str) -> bool:
    """Whether some line of `text` may be a grid table's border (the cheap test first)."""
    return "+-" in text or "+=" in text


def grid_rows(lines: list[str]) -> tuple[list[str], dict[int, tuple[Cell, ...]]]:
    """`lines` with each grid table's lines blank but for its rows' first lines (rewritten
    as pipe rows) and a header's border (as a pipe table's delimiter); and the cells of each
    row by the 1-based number of its first line."""
    out = list(lines)
    rows: dict[int, tuple[Cell, ...]] = {}
    index = 0
    while index < len(lines):
        if not _BORDER().match(lines[index]):
            index += 1
            continue
        index = _read_table(lines, index, out, rows)
    return out, rows


def _read_table(
    lines: list[str], start: int, out: list[str], rows: dict[int, tuple[Cell, ...]]
) -> int:
    """Read the table whose top border is at `start` into `out` and `rows`; return the index
    after it. A border alone, with no row after it, is left as it is (a ruler of `+`, `-`).

    A row runs over many lines, as pandoc writes it (see `_printed` for the tables that
    programs print, a row on each line)."""
    blocks: list[list[int]] = [[]]  # the lines between borders
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _BORDER().match(line) or _RULER().match(line):
            if blocks[-1]:
                blocks.append([])
            out[index] = _delimiter(line) if "=" in line else ""
        elif line.lstrip().startswith("|"):
            blocks[-1].append(index)
        else:
            break
        index += 1
    blocks = [block for block in blocks if block]
    if not blocks:
        return index
    out[start] = ""
    if _printed(lines, start, index, blocks):
        blocks = [[at] for block in blocks for at in block]  # a row on each line
    for block in blocks:
        _read_row(lines, block, out, rows)
    return index


def _printed(lines: list[str], start: int, end: int, blocks: list[list[int]]) -> bool:
    """Whether the table between `start` and `end` is one a program printed (MySQL, psql):
    a header of one line over one block of rows, every line of which fills every cell, and
    neither the `+===+` nor the bold that pandoc writes in a header."""
    if len(blocks) > 2 or len(blocks[0]) != 1 or len(blocks[-1]) < 2:
        return False
    table = lines[start:end]
    if any("**" in line or (_BORDER().match(line) and "=" in line) for line in table):
        return False
    return all(all(piece for piece, *_ in _pieces(lines[at], at + 1)) for at in blocks[-1])


def _delimiter(border: str) -> str:
    """`+====+====+` under a header as the pipe table's `|---|---|`."""
    return "|" + "|".join("---" for _ in range(border.strip().count("+") - 1)) + "|"


def _read_row(
    lines: list[str], row: list[int], out: list[str], rows: dict[int, tuple[Cell, ...]]
) -> None:
    pieces = [_pieces(lines[index], index + 1) for index in row]
    width = max(len(line_pieces) for line_pieces in pieces)
    cells = tuple(
        _cell([line_pieces[column] for line_pieces in pieces if column < len(line_pieces)])
        for column in range(width)
    )
    out[row[0]] = "| " + " | ".join(cell.text.replace("|", "\\|") for cell in cells) + " |"
    rows[row[0] + 1] = cells
    for index in row[1:]:
        out[index] = ""


def _pieces(line: str, number: int) -> list[tuple[str, int, int]]:
    """The pieces of one line of a row between its pipes (an escaped `\\|` is text), each
    stripped, with its line and 1-based column."""
    bounds = [match.start() for match in _PIPE().finditer(line)]
    pieces = []
    for left, right in pairwise(bounds):
        raw = line[left + 1 : right]
        lead = len(raw) - len(raw.lstrip())
        pieces.append((raw.strip(), number, left + 2 + lead))
    return pieces


def _cell(pieces: list[tuple[str, int, int]]) -> Cell:
    """One cell's lines as its items and paragraphs joined by `<br>`: a list marker or a
    blank line starts a new one, `\\` at a line's end ends one, a wrapped line goes on it.
    Each line's text, and the text after each escape taken out, is a wrap of its own."""
    text = ""
    wraps: list[tuple[int, int, int]] = []
    open_part = False  # whether the text ends in a part that a wrapped line goes on
    for piece, number, column in pieces:
        if not piece:
            open_part = False
            continue
        if _ITEM().match(piece):
            open_part = False
        broken = piece.endswith("\\") and not piece.endswith("\\\\")
        if broken:
            piece = piece[:-1].rstrip()
        if piece:
            if text:
                text += " " if open_part else "<br>"
            at = 0
            for escape in _ESCAPE().finditer(piece):
                wraps.append((len(text), number, column + at))
                text += piece[at : escape.start()]
                at = escape.start() + 1  # past the backslash
            wraps.append((len(text), number, column + at))
            text += piece[at:]
            open_part = True
        if broken:
            open_part = False
    first = wraps[0] if wraps else (0, pieces[0][1] if pieces else 0, 1)
    return Cell(text, first[1], first[2], wraps=tuple(wraps))
