"""Which language a document's words are in, for the morphology dictionary to ask.

Facilitators in the east and south of Ukraine often took their notes in Russian. The rules
that cut run-on cells ask a dictionary whether a word is a verb, a name or an oblique case;
asked of the Ukrainian one, a Russian word gets a guess from its ending. The letters each
language has and the other lacks tell them apart: `ы э ё ъ` against `і ї є ґ`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_RUSSIAN_ONLY = re.compile("[ыэёъЫЭЁЪ]")
_UKRAINIAN_ONLY = re.compile("[іїєґІЇЄҐ]")


def language_of(texts: Iterable[str]) -> str:
    """`ru` when letters only Russian has outnumber those only Ukrainian has, else `uk` (also
    for English notes, whose Latin words no dictionary is asked of)."""
    cyrillic = [text for text in texts if not text.isascii()]
    if not any(_RUSSIAN_ONLY.search(text) for text in cyrillic):
        return "uk"  # (the common case: one scan, no counting)
    russian = sum(len(_RUSSIAN_ONLY.findall(text)) for text in cyrillic)
    ukrainian = sum(len(_UKRAINIAN_ONLY.findall(text)) for text in cyrillic)
    return "ru" if russian > ukrainian else "uk"


def cell_language(text: str, document: str) -> str:
    """The language of one cell: the document's, unless the cell's letters say the other one
    (a group that wrote in Ukrainian in notes taken in Russian, or the other way round)."""
    return word_language(text) or document


def word_language(text: str) -> str | None:
    """The language whose letters alone a word or a text holds (`довіряють`: `uk`;
    `объявили`: `ru`), or None when its letters are both languages' (`знають`) or it holds
    letters only one has of each."""
    russian = _RUSSIAN_ONLY.search(text) is not None
    if russian == (_UKRAINIAN_ONLY.search(text) is not None):
        return None
    return "ru" if russian else "uk"


def mixes_languages(text: str) -> bool:
    """Whether `text` holds letters only Russian has and letters only Ukrainian has: a cell
    whose cards the writers typed in both (`Бюрократия Секретар ради Ігор Бондар …`)."""
    return _RUSSIAN_ONLY.search(text) is not None and _UKRAINIAN_ONLY.search(text) is not None
