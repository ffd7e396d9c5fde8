"""Themes as CSV: one row per theme, a column per stage × axis cell, for spreadsheets.

The file starts with a UTF-8 byte-order mark: without it, spreadsheet programs guess a
legacy code page and show Cyrillic as mojibake.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from . import Theme


def render(themes: list[Theme], *, stages: list[str], axes: list[str]) -> str:
    """Header `label,count,files,<stage>/<axis>…,key`, then one row per theme."""
    cells = [(stage, axis) for stage in stages for axis in axes]
    rows: list[list[object]] = [["label", "count", "files", *(f"{s}/{a}" for s, a in cells), "key"]]
    for theme in themes:
        counts = theme.cells()
        rows.append(
            [
                theme.label,
                theme.count,
                "; ".join(f"{name} ({n})" for name, n in theme.files().items()),
                *(counts.get(s, {}).get(a, 0) for s, a in cells),
                " ".join(theme.key),
            ]
        )
    return write_rows(rows)


def write_rows(rows: Iterable[Iterable[object]]) -> str:
    """Rows as CSV text with a BOM and CRLF line ends (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()
