"""Theme output: one function per format, each from the themes to text.

json and yaml carry everything (the `themes --format json` contract: a list of objects with
`label`, `count`, `key`, `cells`, `files`, `items`); csv is one row per theme for
spreadsheets; qdc is a REFI-QDA codebook; table is for people.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from pydantic_core import to_json

from ..errors import UsageError
from ..render.json_ import json_text
from . import Theme

FORMATS = ("table", "json", "yaml", "csv", "qdc")


def render_themes(
    themes: list[Theme], fmt: str, *, stages: list[str], axes: list[str], terminal: bool = False
) -> str:
    """`themes` as text in `fmt`; stages and axes order the per-cell columns; `terminal` lets
    a table use the terminal's width and colour."""
    if fmt == "json":
        return b"".join(json_chunks(themes)).decode("utf-8")
    if fmt == "yaml":
        from .. import yaml_io

        return yaml_io.dump([t.to_dict() for t in themes], width=1 << 20)
    if fmt == "table":
        from .table import render

        return render(themes, stages=stages, axes=axes, terminal=terminal)
    module = {"csv": "csv_", "qdc": "qdc"}.get(fmt)
    if module is None:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    text: str = import_module(f".{module}", __package__).render(themes, stages=stages, axes=axes)
    return text


def json_chunks(themes: list[Theme]) -> Iterator[bytes]:
    """The json of `render_themes` as UTF-8 bytes, one theme at a time: the themes of a
    thousand workshops (45 MB of JSON) are never all in memory as dicts and text at once.
    Each theme is written by pydantic's serializer (as `json_text`) and indented one level;
    line breaks inside strings are escaped in JSON, so every raw one is structure."""
    if not themes:
        yield b"[]\n"
        return
    for index, theme in enumerate(themes):
        text = to_json(theme.to_dict(), indent=2).replace(b"\n", b"\n  ")
        yield (b",\n  " if index else b"[\n  ") + text
    yield b"\n]\n"


def render_cooccurrence(
    themes: list[Theme], matrix: list[list[int]], fmt: str, *, terminal: bool = False
) -> str:
    """The co-occurrence matrix as json (labels + rows), csv, or a table."""
    labels = [t.label for t in themes]
    if fmt in ("json", "yaml"):
        data = {"labels": labels, "matrix": matrix}
        if fmt == "json":
            return json_text(data)
        from .. import yaml_io

        return yaml_io.dump(data, width=1 << 20)
    if fmt == "csv":
        from .csv_ import write_rows

        return write_rows(
            [["", *labels], *([label, *row] for label, row in zip(labels, matrix, strict=True))]
        )
    if fmt == "table":
        from .table import render_matrix

        return render_matrix(labels, matrix, terminal=terminal)
    raise UsageError(f"the co-occurrence matrix is written as table, json, yaml or csv, not {fmt}")
