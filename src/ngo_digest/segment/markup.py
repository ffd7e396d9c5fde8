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
_UNCLOSED_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*$")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Emphasis spans are bounded: an unbounded lazy span would make `*x *x *x …` quadratic.
_EMPHASIS = re.compile(
    r"(\*\*|__|(?<![\w*])\*|(?<!\w)_)(?=[^\s*_])(.{1,300}?)(?<=[^\s*_])\1(?![\w*])"
)
_BOUNDARY_TAGS = frozenset(
    {"li", "br", "p", "div", "tr", "td", "th", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# The names of HTML elements (the living standard's, and the old presentational ones that word
# processors still write). Text in angle brackets under another name is the user's words:
# `Grants <limited to 10k> for youth`. A namespaced name (Word's `<o:p>`) is markup too.
_HTML_ELEMENTS = _BOUNDARY_TAGS | frozenset(
    """
    a abbr address area article aside audio b base bdi bdo big blockquote body button canvas
    caption center cite code col colgroup data datalist dd del details dfn dialog dl dt em
    embed fieldset figcaption figure font footer form head header hgroup hr html i iframe img
    input ins kbd label legend link main map mark menu meta meter nav nobr noscript object
    optgroup option output param picture pre progress q rp rt ruby s samp script search
    section select slot small source span strike strong style sub summary sup table tbody
    template textarea tfoot thead time title track tt u var video wbr xml
    """.split()
)


def _is_markup(match: re.Match[str]) -> bool:
    """Whether a tag-like match names an HTML element (or a namespaced one, `o:p`)."""
    name = match.group(1).lower()
    return name in _HTML_ELEMENTS or match.string.startswith(":", match.end(1))


def _mask_tag(match: re.Match[str]) -> str:
    if not _is_markup(match):
        return match.group()  # `<limited to 10k>`: words, kept as written
    width = len(match.group())
    if match.group(1).lower() in _BOUNDARY_TAGS:
        return BOUNDARY + " " * (width - 1)
    return " " * width


def _mask_unclosed_tag(match: re.Match[str]) -> str:
    """A tag that the end of the cell cut off (`<ul style="…`), blanked; but one whose rest is
    words, not attributes, is the user's text (`Fees <small for everyone`)."""
    rest = match.group()[match.end(1) - match.start() :]
    if not _is_markup(match) or (rest.strip() and "=" not in rest):
        return match.group()
    return " " * len(match.group())


def mask_markup(text: str) -> str:
    """`text` with tags and Markdown emphasis blanked (item tags as line breaks), at the same
    length; entities are left for `decode_entities`."""
    if "<" in text:
        text = _mask_comments(text)
        text = _TAG.sub(_mask_tag, text)
        text = _UNCLOSED_TAG.sub(_mask_unclosed_tag, text)
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
    """`<!-- … -->` blanked; one scan with str.find, so it stays linear. A `<!--` that nothing
    closes is left as written: blanked to the end of the cell, it took the user's words with it."""
    if "<!--" not in text:
        return text
    parts = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts += [text[position:start], " " * (end + 3 - start)]
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def strip_markup(text: str) -> str:
    """A heading or label without tags, emphasis and surplus whitespace, entities decoded."""
    return " ".join(decode_entities(mask_markup(text))[0].split())


def _mask_emphasis(match: re.Match[str]) -> str:
    marker = " " * len(match.group(1))
    return marker + match.group(2) + marker
