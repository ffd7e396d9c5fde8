"""HTML documents: headings, paragraphs, `<ul>`/`<ol>` lists and `<table>` rows.

Detection is a cheap look for document tags; the parser itself (`html_blocks`, built on the
standard library's HTMLParser) is imported only when an HTML file is read, so other layouts
never pay for it.
"""

from __future__ import annotations

import re

from ..blocks import Block

NAME = "html"
_DOCUMENT = re.compile(r"<(?:html|body|table|h[1-6])\b", re.IGNORECASE)


def read(text: str) -> list[Block]:
    """Blocks of an HTML document or fragment; never raises on malformed markup."""
    from .html_blocks import read as read_blocks

    return read_blocks(text)


def looks_like(text: str) -> bool:
    """The text has an `<html>`, `<body>`, `<table>` or heading tag."""
    return _DOCUMENT.search(text) is not None
