"""The document as clean Markdown notes that ngo-digest reads back to the same document.

Headings for the title and the numbered stages; the question as a line; one pipe table per
section with the axis labels as header, the section heading as a bold first row, and a cell's
items joined by `<br>` (or, where that would not read back, listed as `<li>`). Characters that
would read as markup (`|`, `<`, `&`) are escaped, so every card survives the round trip.
One shape has no notes of its own: an untitled section after another section reads back as
part of it, as a table that repeats its header after a page break goes on in its section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Digest, Item, Section

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|"})
_ENTITY = re.compile(r"&(?=#?\w+;)")


def render(digest: Digest, *, positions: bool = False, terminal: bool = False) -> str:
    """Markdown notes: `#` title, intro, `##` stages, `###` sections, pipe tables."""
    out: list[str] = []
    if digest.title:
        out += [f"# {_text(digest.title)}", ""]
    if digest.intro:
        out += [*_text(digest.intro).split("\n"), ""]
    keys = list(digest.axes)
    for number, stage in enumerate(digest.stages.values(), 1):
        # Numbered, as facilitators number them: a stage known by its number alone (`3. ЩО
        # РОБИМО ДАЛІ` after `2. …`) reads back as that stage.
        out += [f"## {number}. {_text(stage.title)}", ""]
        if stage.question:
            out += [_text(stage.question), ""]
        for section in stage.sections:
            out += _table(section, keys, digest.axes)
        if not stage.sections and keys:
            out += [*_header(keys, digest.axes), ""]  # the axis labels, even with no cards
    return "\n".join(out).rstrip("\n") + "\n"


def _text(text: str) -> str:
    """A title, the intro or a question as written, but for an `&` that would read back as
    an entity's (`&quot;` kept from notes that encoded it twice)."""
    return _ENTITY.sub("&amp;", text) if "&" in text else text


def _header(keys: list[str], labels: dict[str, str]) -> list[str]:
    return [
        "| " + " | ".join(labels[key].translate(_ESCAPES) for key in keys) + " |",
        "|" + "---|" * len(keys),
    ]


def _table(section: Section, keys: list[str], labels: dict[str, str]) -> list[str]:
    """One table per section: the axis labels, the section heading as a bold row, the cards."""
    rows = _header(keys, labels)
    if section.title:
        rows.append("| **" + section.title.translate(_ESCAPES) + "** |" + " |" * (len(keys) - 1))
    cells = [_cell(section.axes.get(key, [])) for key in keys]
    return [*rows, "| " + " | ".join(cells) + " |", ""]


def _cell(items: list[Item]) -> str:
    """The cell of `items`: a step's details follow it as items of an HTML list, which
    reading gives back to the step (`<li>…</li><li>Термін – квітень 2025</li>`)."""
    texts = [item.text for item in items]
    if not any(item.details for item in items):
        return _cell_of_texts(texts)
    escaped = [
        text.translate(_ESCAPES) for item in items for text in (item.text, *(item.details or ()))
    ]
    return "<ul>" + "".join(f"<li>{_kept_end(text)}</li>" for text in escaped) + "</ul>"


def _cell_of_texts(texts: list[str]) -> str:
    """Items joined by `<br>`, as people write them. A lone item that would read as several
    (capitalised words) gets a closing `<br>`, which marks it as one item; a cell whose items
    would still read as more (`Прозорість; звітність`: a `;` separates cards between `<br>`
    tags too), or as less (a card's own final period), is an HTML list, where every `<li>` is
    exactly one card."""
    from ..segment import segment_cell

    escaped = [text.translate(_ESCAPES) for text in texts]
    joined = "<br>".join(escaped)
    for cell in (joined, joined + "<br>") if len(texts) == 1 else (joined,):
        if [s.text for s in segment_cell(cell, tags_kept=True)] == texts:
            return cell
    # A card that ends in a period or a semicolon of its own (`… у 2023 р.`) keeps it behind
    # one more `;`, which reading takes off as it takes one off every card.
    return "<ul>" + "".join(f"<li>{_kept_end(text)}</li>" for text in escaped) + "</ul>"


def _kept_end(text: str) -> str:
    return f"{text};" if text.endswith((".", ";")) else text
