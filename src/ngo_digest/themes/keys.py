"""Theme keys: the words of an item reduced to what they mean, so that wordings of one idea
meet. `Відкриті засідання` and `Засідання (відкриті)` share a key; `Сквер біля школи` does
not share `Сквер`'s.

NFC, one apostrophe, Latin look-alikes inside Cyrillic words folded, lower case, stop words
dropped, each word lemmatized (by pymorphy3's dictionary of the card's language, Ukrainian or
Russian; English by a plural rule), order ignored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..segment import morphology
from ..segment.language import LOOK_ALIKES
from ..segment.words import FUNCTION_WORDS, RUSSIAN_FUNCTION_WORDS

ThemeKey = tuple[str, ...]

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_LOOK_ALIKES = LOOK_ALIKES
# Cheap tests for the rare texts that need the costlier steps (a translation of every card and
# a callback for every word took two thirds of a theme key's time).
_ANY_APOSTROPHE = re.compile("[" + "".join(map(chr, _APOSTROPHES)) + "]")
_ANY_LOOK_ALIKE = re.compile("[" + "".join(map(chr, _LOOK_ALIKES)) + "]")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]")
# Function words carry no theme; "не" stays, since it turns an idea into its opposite.
STOP_WORDS = (
    FUNCTION_WORDS
    | RUSSIAN_FUNCTION_WORDS
    | frozenset(
        "же ж би б бо лише тільки також теж ще вже дуже є це той та ті the a an of is are be"
        " под об бы ли это тот те тоже также еще уже очень".split()
    )
)


def normalize(text: str) -> str:
    """Text as compared: NFC, one apostrophe form, look-alike Latin letters inside Cyrillic
    words folded to Cyrillic, lower case."""
    text = unicodedata.normalize("NFC", text)
    if _ANY_APOSTROPHE.search(text):
        text = text.translate(_APOSTROPHES)
    if _ANY_LOOK_ALIKE.search(text) and not text.isascii():  # else no word can hold both
        text = _WORD.sub(_fold_look_alikes, text)
    return text.casefold()


def words(text: str) -> list[str]:
    """The content words of `text`, normalized, stop words dropped, in order."""
    return [w for w in _WORD.findall(normalize(text)) if w not in STOP_WORDS]


def theme_key(text: str, language: str = "uk") -> ThemeKey:
    """The lemmas of the content words, sorted: the identity of a theme. `language` names the
    dictionary for Cyrillic words (`uk` or `ru`: see `segment.language.cell_language`)."""
    return tuple(sorted({lemma(word, language) for word in words(text)}))


@cache
def lemma(word: str, language: str = "uk") -> str:
    """The dictionary form: by pymorphy3 for Cyrillic words, by a plural rule for Latin."""
    if not _CYRILLIC.search(word):
        return _english_singular(word)
    if language == morphology.language():
        return morphology.normal_form(word)
    with morphology.speaking(language):  # a cell in the other language than its document's
        return morphology.normal_form(word)


def _english_singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _fold_look_alikes(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_LOOK_ALIKES) if _CYRILLIC.search(word) else word
