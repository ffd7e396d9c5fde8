"""What pandoc writes around Markdown's own text: YAML front matter and heading attributes.

A document converted from Word by pandoc may open with its metadata between `---` lines
(`title: "ОЦИФРОВАНІ РЕЗУЛЬТАТИ …"`, folded over two lines), and its headings may carry an
identifier from Word's table of contents (`# ФОРМУВАННЯ … {#_Toc195472318}`). The title is
the document's title, so it becomes a `#` heading on its own line; the other fields stay
lines of text (nothing the user wrote is dropped); the fences and the attributes go.
"""

from __future__ import annotations

import re

from ..patterns import compiled_at_first_use
from ..yaml_io import YamlSyntaxError, load

_FENCE = compiled_at_first_use(r"^---\s*$")
_END = compiled_at_first_use(r"^(?:---|\.\.\.)\s*$")
_MAX_LINES = 60  # front matter is a few fields, not a document
_TITLE = compiled_at_first_use(r"^title\s*:", re.IGNORECASE)
# `{#_Toc195472318}`, `{#intro .unnumbered}`, `{-}` at a heading's end.
_ATTRIBUTES = compiled_at_first_use(r"\s*\{(?:-|[#.][^{}\s]+)(?:\s+[#.][^{}\s]+)*\}\s*$")
_HEADING = compiled_at_first_use(r"^\s{0,3}#{1,6}\s")


def read_front_matter(lines: list[str]) -> list[str]:
    """`lines` with front matter's title as a heading where its field stands, its other
    fields as they are, and its fences blank; `lines` itself when it has none."""
    if not lines or not _FENCE().match(lines[0].lstrip("\ufeff")):
        return lines
    end = next((at for at in range(1, min(len(lines), _MAX_LINES)) if _END().match(lines[at])), 0)
    if end < 2:
        return lines
    try:
        fields = load("\n".join(lines[1:end]))
    except YamlSyntaxError:
        return lines
    title = fields.get("title") if isinstance(fields, dict) else None
    if not isinstance(title, str) or not title.strip():
        return lines
    out = list(lines)
    out[0] = out[end] = ""
    at = next((at for at in range(1, end) if _TITLE().match(lines[at])), 1)
    out[at] = "# " + " ".join(title.split())
    for following in range(at + 1, end):  # the title's folded lines
        if not lines[following][:1].isspace():
            break
        out[following] = ""
    return out


def without_heading_attributes(line: str) -> str:
    """A `#` heading without pandoc's attributes at its end (`{#_Toc195472318}`)."""
    if not line.rstrip().endswith("}") or not _HEADING().match(line):
        return line
    return _ATTRIBUTES().sub("", line)
