"""Words a line's end broke with a hyphen (`бюд-` / `жету`), as a PDF's copy keeps them:
the reader joins the lines with a space (`бюд- жету`), and here the word is made whole
again where the dictionary knows it so, for the assembler to say (ND206)."""

from __future__ import annotations

import re

from ..patterns import compiled_at_first_use
from . import morphology
from .spans import is_cyrillic

# A word's first part (letters, perhaps an apostrophe or a hyphen inside: `пам'ят-`,
# `соціально-економіч-`), its hyphen, one space and a lower-case rest; not a hyphen before a
# number or a capital (`Івано- Франківськ`).
_BROKEN_WORD = compiled_at_first_use(
    r"(?<![\w'’ʼ-])([^\W\d_](?:[^\W\d_]|['’ʼ-](?=[^\W\d_]))*)- ([^\W\d_A-ZА-ЯІЇЄҐЁ]+)"
)
# What a suspended hyphen stands before: `дво- та трикімнатні`, `тепло- і водопостачання`.
_CONJUNCTIONS = frozenset("та і й чи або и или а".split())


def join_broken_words(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each Cyrillic word a hyphen and a space broke, as a line's end in a PDF's
    copy leaves it, made whole where the dictionary knows the whole (`плануванні бюд- жету`
    → `плануванні бюджету`), its hyphen kept where the dictionary knows the word with it
    (`Соціально- економічний` → `Соціально-економічний`), and the words so joined, as
    written and as made. A suspended hyphen before a conjunction stays (`дво- та
    трикімнатні`, `тепло- та водопостачання`), and so does English, which no dictionary
    here knows."""
    if "- " not in text:
        return text, []  # (the common case, told without a pattern)
    joined: list[tuple[str, str]] = []

    def whole(match: re.Match[str]) -> str:
        first, rest = match.groups()
        if rest in _CONJUNCTIONS or not is_cyrillic(first + rest):
            return match.group()
        if morphology.is_known(f"{first}-{rest}"):
            word = f"{first}-{rest}"  # a compound's own hyphen: `по- перше`, `будь- який`
        elif morphology.is_known(first + rest):
            word = first + rest
        else:
            return match.group()
        joined.append((match.group(), word))
        return word

    return _BROKEN_WORD().sub(whole, text), joined
