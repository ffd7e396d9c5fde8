"""Invisible characters that copying and digitizing leave in notes: zero-width spaces, word
joiners, soft hyphens and byte-order marks inside the text (`Прозорість\u200b Координаційна
рада`, `сте\u00adреотипи` from a web page's hyphenation, a BOM at the start of a pasted part).

Nobody typed them and no reader sees them, yet they hide a heading from the vocabulary
(`\ufeff2. Оцінка …`) and a card's capital from the run-on rules. They are taken out before
reading, and how many is said (ND004), so the change is never silent.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def drop_invisible(text: str) -> tuple[str, int, int]:
    """`text` without zero-width spaces, word joiners, soft hyphens and byte-order marks; how
    many there were, and the line of the first (0 for none)."""
    first = _INVISIBLE.search(text)
    if first is None:
        return text, 0, 0  # (the common case: one scan)
    line = text.count("\n", 0, first.start()) + 1
    cleaned, count = _INVISIBLE.subn("", text)
    return cleaned, count, line
