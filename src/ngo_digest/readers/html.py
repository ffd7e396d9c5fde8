"""HTML documents with `<table>`, `<ul>`/`<ol>` and headings (placeholder until written)."""

from __future__ import annotations

import re

from ..blocks import Block
from .headed import read as _read_lines

NAME = "html"
_DOCUMENT = re.compile(r"<(?:html|body|table|h[1-6])\b", re.IGNORECASE)


def read(text: str) -> list[Block]:
    return _read_lines(text)


def looks_like(text: str) -> bool:
    return _DOCUMENT.search(text) is not None
