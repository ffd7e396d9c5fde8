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
# Latin letters that look like Cyrillic ones, typed for them by mistake (`Прозорiсть`).
LOOK_ALIKES = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
_LATIN_RUN = re.compile("[a-zA-Z]+")  # (told apart from Cyrillic around it, if any)
_CYRILLIC_LETTER = re.compile("[а-яіїєґёА-ЯІЇЄҐЁ]")


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


def fold_look_alikes(text: str) -> str:
    """`text` with the Latin look-alike letters of words that mix them with Cyrillic ones
    read as Cyrillic (`Прозорiсть` as `Прозорість`), for the rules to ask; each letter stays
    in its place, so what they find maps back to the text as written (ND203 says the mix).
    Each letter is looked at a bounded number of times, however long the word or cell."""
    if not may_mix_scripts(text):
        return text  # (the common case)
    pieces: list[str] = []
    kept = 0  # where the text not yet copied to `pieces` starts
    scanned = 0  # where the last word looked at ends: no run before it is looked at again
    for run in _LATIN_RUN.finditer(text):  # (Latin runs are few; most are whole words)
        start, end = run.start(), run.end()
        if start < scanned:
            continue  # (inside the word looked at last)
        while start > scanned and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        scanned = end
        if run.start() == start and run.end() == end:
            continue  # a Latin word of its own: `Viber`
        word = text[start:end]
        if _CYRILLIC_LETTER.search(word):  # (not a Latin word beyond ASCII: `café`)
            pieces += [text[kept:start], word.translate(LOOK_ALIKES)]
            kept = end
    return "".join([*pieces, text[kept:]]) if pieces else text


def may_mix_scripts(text: str) -> bool:
    """Whether `text` may mix scripts (non-ASCII text with an ASCII letter): told with string
    methods, since a pattern run over every card costs more than all else done per card."""
    if text.isascii():
        return False
    latin = text.encode("ascii", "ignore")
    return latin.lower() != latin.upper()
