"""The questions segmentation asks of a Ukrainian morphology dictionary (pymorphy3 + uk dicts).

The dictionary costs tens of milliseconds and megabytes to load, so it is loaded on the first
question only, and every answer is cached: a cell repeats the same words many times.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_CASES_THAT_START_AN_ITEM = frozenset({"nomn", "voct"})
_PERSONAL_NAME = frozenset({"Name", "Surn", "Patr"})
_NOMINAL = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "PRTF", "PRTS", "NPRO"})


@cache
def _analyzer() -> Any:
    import pymorphy3  # deferred: loading the dictionary is the slowest step of a parse

    return pymorphy3.MorphAnalyzer(lang="uk")


@cache
def _tags(word: str) -> tuple[Any, ...]:
    return tuple(parse.tag for parse in _analyzer().parse(word))


@cache
def normal_form(word: str) -> str:
    """The most likely dictionary form of `word` (lower case in, lower case out)."""
    parses = _analyzer().parse(word)
    return str(parses[0].normal_form) if parses else word


@cache
def is_finite_verb(word: str) -> bool:
    """Whether some reading of `word` is a personal verb form (`має`, `знають`, not `робити`)."""
    return any(tag.POS == "VERB" and "infn" not in tag for tag in _tags(word.casefold()))


@cache
def is_oblique_only(word: str) -> bool:
    """Whether every reading of `word` is a noun or adjective in an oblique case.

    Such a word continues a phrase (`фонду Відродження`, `міста Києва`) and cannot open a new
    item in a run-on list, where items start with a nominative word, a verb or an adverb.
    Readings as a personal name or surname are set aside when the word also has a common
    one: `Львова` is a city in the genitive here, not the nominative surname Львова.
    """
    tags = _tags(word.casefold())
    common = tuple(tag for tag in tags if not _PERSONAL_NAME & tag.grammemes)
    tags = common or tags
    if not tags:
        return False
    for tag in tags:
        if tag.POS not in _NOMINAL or tag.case is None or tag.case in _CASES_THAT_START_AN_ITEM:
            return False
    return True
