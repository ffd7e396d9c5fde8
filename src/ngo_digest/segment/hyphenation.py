"""Words a line's end broke with a hyphen (`бюд-` / `жету`), as a PDF's copy keeps them:
the reader joins the lines with a space (`бюд- жету`), and here the word is made whole
again where the dictionary knows it so, for the assembler to say (ND206)."""

from __future__ import annotations

import re

from ..patterns import compiled_at_first_use
from . import morphology
from .spans import is_cyrillic

# A word's first part, its hyphen, one space and a lower-case rest; not a hyphen inside a
# word (`Івано-Франківськ`) nor one before a number or a capital.
_BROKEN_WORD = compiled_at_first_use(r"(?<![\w-])([^\W\d_]+)- ([^\W\d_A-ZА-ЯІЇЄҐЁ]+)")


def join_broken_words(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each Cyrillic word a hyphen and a space broke made whole where the
    dictionary knows the whole (`плануванні бюд- жету` → `плануванні бюджету`), and the
    words so joined, as written and as made. A suspended hyphen stays (`дво- та
    трикімнатні`: `двота` is no word), and so does an English word, which no dictionary
    here knows."""
    if "- " not in text:
        return text, []  # (the common case, told without a pattern)
    joined: list[tuple[str, str]] = []

    def whole(match: re.Match[str]) -> str:
        first, rest = match.groups()
        word = first + rest
        if not (is_cyrillic(word) and morphology.is_known(word)):
            return match.group()
        joined.append((match.group(), word))
        return word

    return _BROKEN_WORD().sub(whole, text), joined
