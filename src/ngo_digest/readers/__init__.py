"""Layout readers: each turns a document into the same flat list of blocks.

Which reader applies is detected from the content (or forced with `--layout`). Detection
goes from the most specific layout to the fallback, so a Markdown file with a stray tab
is still Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from ..blocks import Block
from ..errors import UsageError
from . import headed, html, markdown, tabbed

_TEXT_READERS: tuple[ModuleType, ...] = (html, markdown, tabbed, headed)
LAYOUTS: tuple[str, ...] = (*(reader.NAME for reader in _TEXT_READERS), "docx")


def looks_like_docx(data: bytes) -> bool:
    """The bytes start with a zip signature, as every .docx does (checked before decoding,
    without importing the Word reader)."""
    return data.startswith(b"PK\x03\x04")


def detect_layout(text: str) -> str:
    """The name of the first layout whose shape `text` has."""
    for reader in _TEXT_READERS:
        if reader.looks_like(text):
            return str(reader.NAME)
    return str(headed.NAME)


def text_reader(layout: str) -> Callable[[str], list[Block]]:
    """The `read` function of a text layout, by name."""
    for reader in _TEXT_READERS:
        if layout == reader.NAME:
            read: Callable[[str], list[Block]] = reader.read
            return read
    if layout == "docx":  # a Word file is bytes: text has no such layout
        raise UsageError("layout 'docx' reads a Word file's bytes: use parse_bytes or parse_file")
    raise UsageError(f"unknown layout {layout!r}; choose one of: {', '.join(LAYOUTS)}")
