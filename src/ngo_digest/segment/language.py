"""Which language a document's words are in, for the morphology dictionary to ask.

Facilitators in the east and south of Ukraine often took their notes in Russian. The rules
that cut run-on cells ask a dictionary whether a word is a verb, a name or an oblique case;
asked of the Ukrainian one, a Russian word gets a guess from its ending. The letters each
language has and the other lacks tell them apart: `ы э ё ъ` against `і ї є ґ`.
"""

from __future__ import annotations

from collections.abc import Iterable

_RUSSIAN_ONLY = "ыэёъЫЭЁЪ"
_UKRAINIAN_ONLY = "іїєґІЇЄҐ"


def language_of(texts: Iterable[str]) -> str:
    """`ru` when letters only Russian has outnumber those only Ukrainian has, else `uk` (also
    for English notes, whose Latin words no dictionary is asked of)."""
    russian = ukrainian = 0
    for text in texts:
        if text.isascii():
            continue
        russian += sum(text.count(letter) for letter in _RUSSIAN_ONLY)
        ukrainian += sum(text.count(letter) for letter in _UKRAINIAN_ONLY)
    return "ru" if russian > ukrainian else "uk"


def cell_language(text: str, document: str) -> str:
    """The language of one cell: the document's, unless the cell's letters say the other one
    (a group that wrote in Ukrainian in notes taken in Russian, or the other way round)."""
    russian = any(letter in text for letter in _RUSSIAN_ONLY)
    ukrainian = any(letter in text for letter in _UKRAINIAN_ONLY)
    if russian != ukrainian:
        return "ru" if russian else "uk"
    return document
