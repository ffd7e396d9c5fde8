"""Markdown: `#` headings and pipe tables (`| ВЛАДОЮ | ГРОМАДОЮ | ІНШИМИ ГО |`), their rows
wrapped onto the next lines (see `pipe_wraps`), and grid tables, front matter and heading
attributes as pandoc writes them (see `grid` and `front_matter`).

Items inside a cell are separated by `<br>`, `;`, bullets or numbering; segmentation handles
those, so this reader only finds the cells. GFM also allows a table without outer pipes
(`ВЛАДОЮ | ГРОМАДОЮ`); such lines are rows only in a table that a delimiter row
(`--- | ---`) marks, since prose may hold a `|` too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..blocks import Block, BlockKind, Cell
from .front_matter import read_front_matter, without_heading_attributes
from .grid import grid_rows, has_grid_table
from .lines import classify_lines, without_escapes

NAME = "markdown"
_PIPE = re.compile(r"(?<!\\)\|")
_DELIMITER_CHARS = frozenset(" \t|:-")
_SETEXT = {"=": "#", "-": "##"}  # `Title` over `=====`, `Stage` over `-----`


def split_row(line: str, number: int, *, bare: bool = False) -> tuple[Cell, ...] | None:
    """The cells of a pipe-table row, or None for other lines. Its outer pipes are optional
    on a line known to be in a table (`bare`: see `bare_table_lines`)."""
    stripped = line.strip()
    if bare and not stripped.startswith("|") and _PIPE.search(stripped):
        bounds = [-1]
    elif stripped.startswith("|") and stripped.count("|") >= 2:
        bounds = []
    else:
        return None
    cells = []
    bounds += [m.start() for m in _PIPE.finditer(line)]
    if not line.rstrip().endswith("|"):
        bounds.append(len(line))
    for left, right in pairwise(bounds):
        raw = line[left + 1 : right]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(raw.strip().replace("\\|", "|"), number, left + 2 + lead))
    return tuple(cells)


def bare_table_lines(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines of tables written without outer pipes: a header row,
    the delimiter row under it, and the rows that follow up to a line with no pipe."""
    numbers: set[int] = set()
    end = 0  # the table last found runs up to here: each line is looked at once
    for index, line in enumerate(lines):
        if index < end or index == 0:
            continue
        if not _is_delimiter(line) or not _PIPE.search(lines[index - 1]):
            continue
        end = index + 1
        while end < len(lines) and _PIPE.search(lines[end]):
            end += 1
        numbers.update(range(index, end + 1))  # 1-based: the header row to the last row
    return numbers


def _is_delimiter(line: str) -> bool:
    """`--- | :---:`: only dashes, colons, pipes and blanks, with a dash and a pipe."""
    return "-" in line and "|" in line and set(line) <= _DELIMITER_CHARS


def read(text: str) -> list[Block]:
    """Blocks of a Markdown document."""
    lines = text.split("\n")
    grid: dict[int, tuple[Cell, ...]] = {}
    if has_grid_table(text):
        lines, grid = grid_rows(lines)
    if text.startswith(("---", "\ufeff---")) or "{" in text:
        lines = [without_heading_attributes(line) for line in read_front_matter(lines)]
    if "\\" in text:
        lines = [without_escapes(line) for line in lines]
    wrapped: dict[int, tuple[Cell, ...]] = {}
    if any(line.lstrip()[:1] == "|" and line.rstrip()[-1:] != "|" for line in lines):
        from .pipe_wraps import wrapped_rows

        lines, wrapped = wrapped_rows(lines)
    text = "\n".join(lines)
    bare = bare_table_lines(lines)
    blocks = classify_lines(
        text,
        lambda line, number: (
            grid.get(number) or wrapped.get(number) or split_row(line, number, bare=number in bare)
        ),
    )
    # A pipe row's `<br>` tags are its writer's own separators (see `Block.marker`).
    blocks = [replace(b, marker="|") if b.kind is BlockKind.ROW else b for b in blocks]
    return _setext_headings(blocks)


def _setext_headings(blocks: list[Block]) -> list[Block]:
    """A line of prose right above a line of `=` or `-` is a heading (Markdown's other way to
    write one), which the reader first took for prose and a ruler."""
    for index in range(1, len(blocks)):
        under, above = blocks[index], blocks[index - 1]
        rule = under.text.strip()
        if (
            under.kind is BlockKind.NOISE
            and above.kind is BlockKind.TEXT
            and above.line == under.line - 1
            and len(rule) >= 2
            and rule[0] in _SETEXT
            and rule == rule[0] * len(rule)
        ):
            blocks[index - 1] = replace(above, kind=BlockKind.HEADING, marker=_SETEXT[rule[0]])
    return blocks


def looks_like(text: str) -> bool:
    """At least two lines are pipe-table rows."""
    if "|" not in text:
        return False  # (no row without a pipe: asked of every document, told in one scan)
    lines = text.split("\n")
    bare = bare_table_lines(lines) if "-" in text else set()
    rows = (split_row(line, number, bare=number in bare) for number, line in enumerate(lines, 1))
    return sum(1 for cells in rows if cells is not None) >= 2
