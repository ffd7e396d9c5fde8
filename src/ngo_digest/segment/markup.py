"""HTML fragments inside cells, masked in place so that every offset still points at the input.

Tags become spaces of the same length, and the tags that separate items (`<li>`, `<br>`,
`<p>`, `<div>`) become a line break followed by spaces, so segmentation sees the boundaries and
item columns stay true. Entities are decoded afterwards (`decode_entities`), with a map back to
where each character stood: padded to their width instead, `R&amp;D` became `R& D`.
"""

from __future__ import annotations

import html
import re

BOUNDARY = "\n"
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_UNCLOSED_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*$")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Emphasis spans are bounded: an unbounded lazy span would make `*x *x *x …` quadratic.
_EMPHASIS = re.compile(
    r"(\*\*|__|(?<![\w*])\*|(?<!\w)_)(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])"
)
_BOUNDARY_TAGS = frozenset(
    {"li", "br", "p", "div", "tr", "td", "th", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
)


def _mask_tag(match: re.Match[str]) -> str:
    width = len(match.group())
    name = (match.group(1) or "").lower()
    if name in _BOUNDARY_TAGS:
        return BOUNDARY + " " * (width - 1)
    return " " * width


def mask_markup(text: str) -> str:
    """`text` with tags and Markdown emphasis blanked (item tags as line breaks), at the same
    length; entities are left for `decode_entities`."""
    if "<" in text:
        text = _mask_comments(text)
        text = _TAG.sub(_mask_tag, text)
        text = _UNCLOSED_TAG.sub(lambda m: " " * len(m.group()), text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_mask_emphasis, text)
    return text


def decode_entities(text: str) -> tuple[str, list[int] | None]:
    """`text` with HTML entities decoded (`&amp;` → `&`), and where each of its characters, and
    its end, stood in `text`: None when there was nothing to decode, the usual case."""
    if "&" not in text or not (matches := list(_ENTITY.finditer(text))):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in matches:
        start, decoded = match.start(), html.unescape(match.group())
        pieces += [text[position:start], decoded]
        origin += [*range(position, start), *[start] * len(decoded)]
        position = match.end()
    pieces.append(text[position:])
    origin += range(position, len(text) + 1)
    return "".join(pieces), origin


def _mask_comments(text: str) -> str:
    """`<!-- … -->` blanked; one scan with str.find, so unclosed comments stay linear."""
    if "<!--" not in text:
        return text
    parts = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end + 3
        parts += [text[position:start], " " * (end - start)]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def strip_markup(text: str) -> str:
    """A heading or label without tags, emphasis and surplus whitespace, entities decoded."""
    return " ".join(decode_entities(mask_markup(text))[0].split())


def _mask_emphasis(match: re.Match[str]) -> str:
    marker = " " * len(match.group(1))
    return marker + match.group(2) + marker
