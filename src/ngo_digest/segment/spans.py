"""Spans of cell text, and the small text tests every segmentation rule shares.

Every rule has the same shape, `rule(span) -> list[Span] | None`, and returns None when it
does not apply, so `segment_cell` can try them in order. Spans keep their offset into the
cell, so items keep their source column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple


class Span(NamedTuple):
    """A piece of cell text and its offset in the cell (a tuple: made once per card)."""

    text: str
    start: int


Rule = Callable[[Span], "list[Span] | None"]

OPENING_QUOTES = '«“„"'
"""The quotes that open a name or a quoted card (`«Світло»`, `“Teplo”`)."""
OPENERS = frozenset("([«“„")
CLOSERS = frozenset(")]»”")
BRACKET = re.compile(r"[(\[«“„)\]»”]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_APOSTROPHES = "'’ʼ"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
_WORDS_REMEMBERED = 1 << 14
"""How many words' answers each per-word test below keeps: the run-on rules ask them of
every capital and its neighbours, a dozen times a word, so an answer is looked up rather
than worked out again; bounded, as a batch's words are not."""


def mostly_cyrillic(text: str) -> bool:
    """Whether more of the letters of `text` are Cyrillic than Latin."""
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    return cyrillic > sum(map(len, _LATIN_RUN.findall(text)))


@lru_cache(maxsize=_WORDS_REMEMBERED)
def is_title_case(word: str) -> bool:
    """A capital letter followed by a lower-case one: `Щедрі`, `Kind` (not `ГО`, not `1.`).
    A combining mark after the capital is part of it (`Й` and `Ї` in NFD text), and an
    apostrophe or a hyphen may stand between them (`П'ять`, `В'ячеслав`, `Е-петиції`)."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if word[1].islower():
        return True
    between = word[1] in _APOSTROPHES or word[1] == "-" or unicodedata.combining(word[1]) > 0
    return between and len(word) > 2 and word[2].islower()


@lru_cache(maxsize=_WORDS_REMEMBERED)
def is_cyrillic(word: str) -> bool:
    """Whether the word holds a Cyrillic letter."""
    return _CYRILLIC.search(word) is not None


@lru_cache(maxsize=_WORDS_REMEMBERED)
def bare_word(word: str) -> str:
    """A word without the quotes, brackets and punctuation around it."""
    return word.strip("«»“”\"'()[],.;:!?…")


def depths(text: str) -> Iterator[tuple[int, int]]:
    """Each index of `text` and how many brackets or quotes are open there."""
    depth = 0
    for index, ch in enumerate(text):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        yield index, depth


def cut(span: Span, starts: list[int], ends: list[int]) -> list[Span]:
    """Spans between cut points: `starts[i]` ends the previous piece, `ends[i]` opens the next."""
    text, offset = span
    pieces = []
    previous_end = 0
    # Each tuple made directly, as `Span(…)` does through a Python-level `__new__` (every
    # field is given): this runs once per card.
    for start, end in zip(starts, ends, strict=True):
        piece = text[previous_end:start]
        if piece and not piece.isspace():
            pieces.append(tuple.__new__(Span, (piece, offset + previous_end)))
        previous_end = end
    piece = text[previous_end:]
    if piece and not piece.isspace():
        pieces.append(tuple.__new__(Span, (piece, offset + previous_end)))
    return pieces
