"""Renderers: one module per output format, each a pure function from `Digest` to text.

Every renderer is deterministic (same digest, same bytes), writes UTF-8 unescaped and ends
with a newline. Modules are imported only when their format is asked for, so JSON output never
pays for rich or PyYAML.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    from ..models import Digest

FORMATS: dict[str, str] = {
    "table": "table",
    "yaml": "yaml_",
    "json": "json_",
    "jsonl": "jsonl",
    "markdown": "markdown",
}
EXTENSIONS: dict[str, str] = {
    "yaml": ".yaml",
    "json": ".json",
    "jsonl": ".jsonl",
    "markdown": ".md",
    "table": ".txt",
}
BY_EXTENSION = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".md": "markdown",
}


def render(digest: Digest, fmt: str, *, positions: bool = False, terminal: bool = False) -> str:
    """`digest` as text in format `fmt` (one of FORMATS); `terminal` lets a table use the
    terminal's width and colour (never for files, so their bytes do not depend on where the
    command ran)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    module = import_module(f".{FORMATS[fmt]}", __name__)
    text: str = module.render(digest, positions=positions, terminal=terminal)
    return text


def records(digest: Digest, *, positions: bool = False) -> list[dict[str, object]]:
    """One flat record per item: stage, axis, section, text (and line, column on request)."""
    return [
        record(stage, axis, section, item.model_dump(), positions=positions)
        for stage, section, axis, item in digest.items()
    ]


def record(
    stage: str, axis: str, section: str | None, item: Mapping[str, Any], *, positions: bool
) -> dict[str, object]:
    """The JSON Lines record of one item (`text`, `line`, `column`, and its `details` where
    it has any) in its place."""
    out: dict[str, object] = {"stage": stage, "axis": axis, "section": section}
    out["text"] = item["text"]
    if positions:
        out["line"] = item.get("line")
        out["column"] = item.get("column")
    if item.get("details"):
        out["details"] = item["details"]
    return out
