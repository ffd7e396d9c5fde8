"""Grid tables, as pandoc writes a Word table whose cells hold lists or paragraphs:

    +-----------------------+-----------------------+
    | ВЛАДОЮ                | ГРОМАДОЮ              |
    +=======================+=======================+
    | -   Прозорий облік    | Гордість\\             |
    |     пам'яток          | Толоки                |
    +-----------------------+-----------------------+

A row runs over many lines, and a cell is a small Markdown document of its own: list items
(`-   `, `1.  `, escaped as `\\- ` or `1\\. ` when pandoc saw no list), wrapped lines, blank
lines between paragraphs and `\\` at a line's end for a line break. Each row is rewritten as
one pipe-table row on its first line, its cell's items and paragraphs joined by `<br>` as a
pipe table's cells are, so the Markdown reader reads it as any other table. The other lines
of the table become blank, so every line keeps its number.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ITEM = re.compile(r"^(?:\\?[-*+•]|\d{1,2}\\?[.)])\s")  # `-   `, `\- `, `1.  `, `1\. `
# Markdown's escapes of punctuation (`\-`, `\*`, `\"`); not of `|`, which the pipe row keeps
# escaped inside its cell.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{}~])")


def has_grid_table(text: str) -> bool:
    """Whether some line of `text` may be a grid table's border (the cheap test first)."""
    return "+-" in text or "+=" in text


def grid_tables_as_pipe_rows(lines: list[str]) -> list[str]:
    """`lines` with each grid table rewritten as pipe-table rows (see the module's note)."""
    out = list(lines)
    index = 0
    while index < len(lines):
        if not _BORDER.match(lines[index]):
            index += 1
            continue
        index = _rewrite_table(lines, index, out)
    return out


def _rewrite_table(lines: list[str], start: int, out: list[str]) -> int:
    """Rewrite the table whose top border is at `start` in `out`; return the index after it.
    A border alone, with no row after it, is left as it is (a ruler of `+` and `-`)."""
    row: list[int] = []  # the indexes of the lines of the row being read
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _BORDER.match(line):
            if row:
                _write_row(lines, row, out)
                row = []
            out[index] = _delimiter(line) if "=" in line else ""
        elif line.lstrip().startswith("|"):
            row.append(index)
        else:
            break
        index += 1
    if row:  # a row its bottom border never closed: read as far as it went
        _write_row(lines, row, out)
    if index > start + 1:
        out[start] = ""
    return index


def _delimiter(border: str) -> str:
    """`+====+====+` under a header as the pipe table's `|---|---|`."""
    return "|" + "|".join("---" for _ in range(border.strip().count("+") - 1)) + "|"


def _write_row(lines: list[str], row: list[int], out: list[str]) -> None:
    columns = [_cells(lines[index]) for index in row]
    width = max(len(cells) for cells in columns)
    texts = [
        _cell_text([cells[column] if column < len(cells) else "" for cells in columns])
        for column in range(width)
    ]
    out[row[0]] = "| " + " | ".join(texts) + " |"
    for index in row[1:]:
        out[index] = ""


def _cells(line: str) -> list[str]:
    """The pieces of one line of a row between its pipes (an escaped `\\|` is text)."""
    pieces = re.split(r"(?<!\\)\|", line.strip())
    return pieces[1:-1] if len(pieces) > 2 else pieces[1:]


def _cell_text(lines: list[str]) -> str:
    """One cell's lines as its items and paragraphs joined by `<br>`: a list marker or a
    blank line starts a new one, `\\` at a line's end ends one, a wrapped line goes on it."""
    parts: list[str] = []
    current: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line or _ITEM.match(line):
            if current:
                parts.append(" ".join(current))
                current = []
            if not line:
                continue
        broken = line.endswith("\\") and not line.endswith("\\\\")
        if broken:
            line = line[:-1].rstrip()
        if line:
            current.append(_ESCAPE.sub(r"\1", line))
        if broken and current:
            parts.append(" ".join(current))
            current = []
    if current:
        parts.append(" ".join(current))
    return "<br>".join(parts)
