"""Markdown: `#` headings and pipe tables (`| ВЛАДОЮ | ГРОМАДОЮ | ІНШИМИ ГО |`).

Items inside a cell are separated by `<br>`, `;`, bullets or numbering; segmentation handles
those, so this reader only finds the cells.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..blocks import Block, Cell
from .lines import classify_lines

NAME = "markdown"
_PIPE = re.compile(r"(?<!\\)\|")


def split_row(line: str, number: int) -> tuple[Cell, ...] | None:
    """The cells of a pipe-table row (outer pipes optional), or None for other lines."""
    stripped = line.strip()
    if not stripped.startswith("|") or stripped.count("|") < 2:
        return None
    cells = []
    bounds = [m.start() for m in _PIPE.finditer(line)]
    if not line.rstrip().endswith("|"):
        bounds.append(len(line))
    for left, right in pairwise(bounds):
        raw = line[left + 1 : right]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(raw.strip().replace("\\|", "|"), number, left + 2 + lead))
    return tuple(cells)


def read(text: str) -> list[Block]:
    """Blocks of a Markdown document."""
    return classify_lines(text, split_row)


def looks_like(text: str) -> bool:
    """At least two lines are pipe-table rows."""
    return sum(1 for line in text.split("\n") if split_row(line, 0) is not None) >= 2
