"""Vocabulary: the labels that name stages, axes and sections, as data.

The default ships as `vocabulary.yaml` in the package; a user file extends it, so a workshop
with a fourth axis or other stage names parses without code changes. Matching is tolerant in
the ways people vary a label (case, numbering, `#`, a trailing colon, the preposition before
an axis, inflected endings) and strict about the words themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import VocabularyError
from .patterns import compiled_at_first_use
from .segment import morphology
from .segment.words import JOINING

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
# Roman numerals, also typed with the Cyrillic `І` (`ІІ. Оцінка …`).
_ROMAN = "[IVXivxІ]+"
_NUMBERING = re.compile(rf"^\s*(?:#+\s*)?(?:(?:\d+|{_ROMAN})[.)]\s*)+")
# A letter before a bracket numbers a label too (`А) З міською радою:`, `b) Residents`).
# A heading's own words and a bracket at its end (`ЩО РОБИМО (кроки)`).
_GLOSS_AT_END = compiled_at_first_use(r"^\s*(\S.*?)\s*\(([^()]+)\)\s*$")
_BRACKETED_HEAD_WORDS = 3  # the facilitator's words before the stage's name in brackets
_LETTERED = re.compile(r"^\s*[^\W\d_]\)\s*")
# Symbols before the numbering (`📍 2) WHERE ARE WE?`, `🌅 Етап 1. …`): no words of a label.
_LEADING_SYMBOLS = re.compile(r"^[^\w#(]+")
# A part's noun and its number or ordinal before a label (`Етап 2:`, `Сесія перша.`, `Крок
# третій:`, `Part one —`): no words of the stage's name.
_ORDINAL_WORDS = (
    "перш(?:ий|а|е)|друг(?:ий|а|е)|трет(?:ій|я|є)|first|second|third|one|two|three"
    "|перв(?:ый|ая|ое)|втор(?:ой|ая|ое)|трет(?:ий|ья|ье)"
)
_ORDINAL = re.compile(
    r"^\s*(?P<part>етап|stage|step|part|частина|розділ|блок|session|сесія|крок|этап|шаг|часть"
    rf"|сессия)\s+(?P<number>\d+|{_ROMAN}|{_ORDINAL_WORDS})\s*[.):—–-]?\s+",
    re.IGNORECASE,
)
# The numbers that ordinals and Roman numerals stand for, by how they start (`третій`, `III`).
_ORDINAL_VALUES = (
    ("перш", 1), ("перв", 1), ("first", 1), ("one", 1), ("друг", 2), ("втор", 2),
    ("second", 2), ("two", 2), ("трет", 3), ("third", 3), ("three", 3),
)  # fmt: skip
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
# What parts a stage's name from the facilitator's words in one heading (a hyphen typed
# for a dash too: `Кроки - що робимо далі`).
_HEADING_SEPARATORS = (":", " – ", " — ", " - ")
_MAX_REMEMBERED = 200
_MAX_ANSWERS = 4096
_CAFE = frozenset({"кафе", "café", "cafe"})
_WORLD = frozenset(
    {"world", "світове", "світового", "світовому", "світовім", "мировое", "мирового", "мировом"}
)
_CAFE_HEADING_WORDS = 7  # a heading that names the World Café is short
AXIS_PREPOSITIONS = frozenset({"з", "із", "зі", "with", "с", "со"})  # (Russian: `С властью`)
# Words for working together that may come before that preposition (`Співпраця з владою`,
# `Cooperation with the authorities`): Ukrainian as stems with a short ending (`співпраці`,
# `взаємодію`; not `роботодавці`), English as words (not `Workshops`).
_TOGETHER_STEMS = (
    "співпрац",
    "взаємоді",
    "робот",
    "партнерств",
    "відносин",
    "комунікаці",
    "діалог",
    "сотрудничеств",  # (Russian: `Сотрудничество с властью`)
    "взаимодейств",
    "работ",
    "отношени",
    "коммуникаци",
)
_TOGETHER_WORDS = frozenset(
    """
    cooperation co-operation collaboration interaction interactions work working partnership
    partnerships relations relationship relationships engagement communication dialogue dialog
    """.split()
)
_ARTICLES = frozenset({"the"})
# Endings of the instrumental case, whom an axis label names after `з` (`громадою`, `іншими`).
_INSTRUMENTAL_ENDINGS = ("ою", "ею", "єю", "ами", "ями", "ими", "іми", "ом", "ем")
_OTHER = frozenset({"other", "інші", "іншими", "другие", "другими"})
_PARTS = re.compile(r"\s[/&+]\s|/")
_OF_WHOM_WORDS = 3  # `of the city`, `будинків`: whose an axis is
_BEFORE_AN_AXIS_WORDS = 2  # `With donors and residents`: what goes with an axis before it
_BRACKETED = re.compile(r"\([^()]*\)")
_TYPO_ALIAS_WORDS = 3  # a stage name this long may carry a typo in one word
_TYPO_WORD_LENGTH = 5  # of at least this many letters


@dataclass(frozen=True, slots=True)
class Term:
    """One stage or axis: its key in the document, its canonical label, and its aliases.

    `exact` aliases match word for word only, never by stem: those of another language whose
    stems are Ukrainian words too (`властью` would take `Власники`, `горожане` `Городи`).
    A stage's `whole` aliases name it only as the whole heading, not as its first words:
    phrases that open titles and cards as well (`Ідеальна взаємодія громади і влади: …`,
    `Що робимо далі з ОМС`)."""

    key: str
    label: str
    aliases: tuple[tuple[str, ...], ...]
    exact: tuple[tuple[str, ...], ...] = ()
    whole: tuple[tuple[str, ...], ...] = ()


_Alias = tuple[str, str, tuple[str, ...], bool]
"""An alias as `_best` reads it: its first letter, its term's key, its words, and whether it
matches word for word only (one of a term's `exact`)."""


_Aliases = tuple[dict[int, list[_Alias]], dict[tuple[int, str], list[_Alias]], int]
"""The aliases of terms by their number of words, and by that and their first letter, each
list in the terms' order, and the most words an alias has: `_best` asks a label of the few
aliases that can be its match, the longest first, not of every alias of a vocabulary. (A
tuple, not a class: a class costs start-up time.)"""


def _aliases(terms: tuple[Term, ...]) -> _Aliases:
    by_size: dict[int, list[_Alias]] = {}
    by_size_and_letter: dict[tuple[int, str], list[_Alias]] = {}
    for term in terms:
        for aliases, word_for_word in ((term.aliases, False), (term.exact, True)):
            for alias in aliases:
                if alias:  # (an empty alias matches nothing)
                    entry = (alias[0][:1], term.key, alias, word_for_word)
                    by_size.setdefault(len(alias), []).append(entry)
                    by_size_and_letter.setdefault((len(alias), entry[0]), []).append(entry)
    return by_size, by_size_and_letter, max(by_size, default=0)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Stages and axes in document order, and the known section headings."""

    stages: tuple[Term, ...]
    axes: tuple[Term, ...]
    sections: tuple[tuple[str, ...], ...] = field(default=())
    # Answers by (question, label): the same headers and labels recur in every table.
    _answers: dict[tuple[str, str], object] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    # The stages' and axes' aliases as `_best` reads them, sorted once.
    _stage_aliases: _Aliases = field(init=False, compare=False, hash=False, repr=False)
    _axis_aliases: _Aliases = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stage_aliases", _aliases(self.stages))
        object.__setattr__(self, "_axis_aliases", _aliases(self.axes))

    @property
    def stage_keys(self) -> tuple[str, ...]:
        return tuple(term.key for term in self.stages)

    @property
    def axis_keys(self) -> tuple[str, ...]:
        return tuple(term.key for term in self.axes)

    def match_stage(self, heading: str, *, plain: bool = False, min_words: int = 1) -> str | None:
        """The key of the stage that `heading` names (its words start with an alias), or None.

        A `plain` line (not marked as a heading, not in capitals) could as well be a card that
        happens to start with a stage word, so it must carry an alias of two words or more, or
        be a one-word alias and nothing else; `min_words` asks for a still longer alias.
        """
        if min_words > 1:
            return self._remember(  # type: ignore[return-value]
                f"stage of {min_words}+ words",
                heading,
                lambda text: self._match_long_stage(text, min_words),
            )
        if plain:
            return self._remember("plain stage", heading, self._match_plain_stage)  # type: ignore[return-value]
        return self._remember("stage", heading, self._match_stage)  # type: ignore[return-value]

    def stage_typo(self, heading: str) -> tuple[str, str] | None:
        """The word of `heading` taken for another (`баченя` for `бачення`) when it names a
        stage only with that typo, for the caller to report; None otherwise."""
        # Remembered, as the matches are: every stage heading of every file asks it.
        return self._remember("stage typo", heading, self._stage_typo)  # type: ignore[return-value]

    def _stage_typo(self, heading: str) -> tuple[str, str] | None:
        words = label_words(heading)
        aliases = [alias for term in self.stages for alias in term.aliases]
        # An alias the heading begins with, asked as one look-up per alias in the set of its
        # beginnings (not a slice and a comparison per alias: every stage heading asks).
        if not {words[:size] for size in range(len(words) + 1)}.isdisjoint(aliases):
            return None
        for alias in aliases:
            if len(words) == len(alias) >= _TYPO_ALIAS_WORDS and _one_typo(words, alias):
                return next((w, a) for w, a in zip(words, alias, strict=True) if w != a)
        return None

    def match_axis(self, label: str) -> str | None:
        """The key of the axis that `label` names exactly (`З владою:`, `OTHER NGOs`), or None."""
        return self._remember("axis", label, self._match_axis)  # type: ignore[return-value]

    def names_axis_word_for_word(self, label: str) -> bool:
        """Whether `label`, a preposition before it aside, is one of an axis's aliases word
        for word (`громада`, `інші ГО`, `з владою`): not a form its stem only shares
        (`громади`, `мешканців`), which ends a wrapped card as often."""
        return bool(self._remember("axis word for word", label, self._names_axis_word_for_word))

    def _names_axis_word_for_word(self, label: str) -> bool:
        words = label_words(without_gloss(label))
        while words and words[0] in AXIS_PREPOSITIONS:
            words = words[1:]
        words = _without_article(words)
        return any(words in term.aliases or words in term.exact for term in self.axes)

    def names_axis_loosely(self, label: str) -> bool:
        """Whether `label` names an axis only with words of its own around an alias (a gloss
        in brackets, `and …`, whose it is): those words are the user's, to be reported."""
        return bool(self._remember("loose axis", label, self._names_axis_loosely))

    def _names_axis_loosely(self, label: str) -> bool:
        if self.match_axis(label) is None:
            return False
        words = label_words(label)
        while words and (words[0] in AXIS_PREPOSITIONS or is_together(words[0])):
            words = words[1:]
        words = _without_article(words)
        return bool(words) and _best(self._axis_aliases, words, prefix=False) is None

    def is_section(self, heading: str) -> bool:
        """Whether `heading` is one of the known section headings."""
        return bool(self._remember("section", heading, self._is_section))

    def _remember(self, question: str, text: str, answer: Callable[[str], object]) -> object:
        key = (question, text)
        if key in self._answers:
            return self._answers[key]
        result = answer(text)
        if len(text) <= _MAX_REMEMBERED and len(self._answers) < _MAX_ANSWERS:
            self._answers[key] = result  # bounded: a long document's lines are not kept
        return result

    def _match_stage(self, heading: str) -> str | None:
        words = label_words(heading)
        found = _best(self._stage_aliases, words, prefix=True, exact=True) or self._after_article(
            words
        )
        found = found or self._named_whole(_without_year(words))
        return found or self._after_separator(heading, self._match_stage)

    def _named_whole(self, words: tuple[str, ...]) -> str | None:
        """The stage one of whose `whole` aliases `words` are, word for word."""
        return next((t.key for t in self.stages for a in t.whole if a == words), None)

    def _after_separator(self, heading: str, match: Callable[[str], str | None]) -> str | None:
        """`Що робимо далі: кроки до ідеальної картини`, `ЩО РОБИМО ДАЛІ – кроки`: a heading
        of the facilitator's own words before a colon or a spaced dash, and the stage's
        after it."""
        for head, rest in _parts_at_separators(heading):
            if head.strip() and (stage := match(rest)):
                return stage
        return None

    def stage_in_brackets(self, heading: str, *, capitals: bool = True) -> str | None:
        """`ЩО РОБИМО (кроки)`, `ПЛАН (що робимо далі)`: the stage whose name, word for word,
        stands in brackets after a few of the facilitator's words, in `capitals` unless the
        caller knows the stage's question follows (`Що робимо (кроки)` / `Що нам …?`); it
        asks it of a line that stands as a heading. Not a card in capitals that a bracket
        explains (`ЦНАП (КРОКИ НАЗУСТРІЧ ЛЮДЯМ)`)."""
        glossed = _GLOSS_AT_END().match(heading)
        if not glossed or "?" in glossed.group(2):
            return None
        if capitals and not glossed.group(1).isupper():
            return None
        if len(glossed.group(1).split()) > _BRACKETED_HEAD_WORDS:
            return None
        return self._named_stage(_without_year(label_words(glossed.group(2))))

    def _after_article(self, words: tuple[str, ...]) -> str | None:
        """`The current reality`: after a leading `the`, an alias of two words or more, or
        one that is the whole rest (`The reality is harsh` names no stage)."""
        if len(words) < 2 or words[0] not in _ARTICLES:
            return None
        rest = words[1:]
        strong = tuple(
            Term(t.key, t.label, tuple(a for a in t.aliases if len(a) > 1 or a == rest))
            for t in self.stages
        )
        return _best(_aliases(strong), rest, prefix=True, exact=True)

    def _match_long_stage(self, heading: str, min_words: int) -> str | None:
        strong = tuple(
            Term(t.key, t.label, tuple(a for a in t.aliases if len(a) >= min_words))
            for t in self.stages
        )
        words = label_words(heading)
        found = _best(_aliases(strong), words, prefix=True, exact=True) or self._after_article(
            words
        )
        return found or (self._named_whole(words) if len(words) >= min_words else None)

    def _match_plain_stage(self, heading: str) -> str | None:
        # `Бачення 2030`, `Vision 2030`; `Реальність (як є)`: a gloss is no word of its name.
        words = _without_year(label_words(without_gloss(heading)))
        strong = tuple(
            Term(t.key, t.label, tuple(a for a in t.aliases if len(a) > 1 or a == words))
            for t in self.stages
        )
        found = _best(_aliases(strong), words, prefix=True, exact=True) or self._after_article(
            words
        )
        return (
            found
            or self._named_whole(words)
            or self._after_separator(heading, self._match_plain_stage)
            or self._before_separator(heading)
        )

    def _before_separator(self, heading: str) -> str | None:
        """`Vision 2030: care close to home`, `Кроки - що робимо далі`: a stage's whole name
        (and its year) before a colon or a spaced dash, the facilitator's words after it."""
        for head, _rest in _parts_at_separators(heading):
            if stage := self._named_stage(_without_year(label_words(head))):
                return stage
        return None

    def _named_stage(self, words: tuple[str, ...]) -> str | None:
        """The stage one of whose aliases `words` are, word for word."""
        found = next((t.key for t in self.stages for a in t.aliases if a == words), None)
        return found or self._named_whole(words)

    def _match_axis(self, label: str) -> str | None:
        words = label_words(without_gloss(label))  # `With the hromada (community)`
        if words[:1] == ("3",) and _with_whom(label, words):
            # The digit for the letter it looks like, before whom in the instrumental or an
            # abbreviation alone (`3 громадою`, `3 іншими ГО`, `3 ОМС`; not a count: `3
            # громади району`, `3 ГО ветеранів`).
            words = ("з", *words[1:])
        if len(words) > 2 and words[1] in AXIS_PREPOSITIONS and is_together(words[0]):
            words = words[1:]
        while words and words[0] in AXIS_PREPOSITIONS:
            words = words[1:]
        words = _without_article(words)
        found = _best(self._axis_aliases, words, prefix=False) or self._axis_of_whom(words)
        if found is None and len(words) > 1 and words[0] in _OTHER:
            # `Other civil society organizations`, as `Other NGOs`: an alias after `other`,
            # of the axis that has others (not `Інші громадські`, whose stem is `громада`).
            others = tuple(t for t in self.axes if any(a[0] in _OTHER for a in t.aliases))
            found = _best(_aliases(others), words[1:], prefix=False)
            if found is None and len(words) > 2 and _names_a_kind(words[1]):
                # Of a kind named in one word: `Інші зоозахисні ГО`, `Other youth NGOs` (not
                # `Інші проблеми ГО`).
                found = _best(_aliases(others), words[2:], prefix=False)
        before = _before_conjunction(words)
        if found is None and before:
            found = self._axis_and_more(before, words[len(before) + 1 :])
        if found is None and _PARTS.search(label):
            found = self._axis_of_parts(label)
        return found

    def _axis_and_more(self, before: tuple[str, ...], after: tuple[str, ...]) -> str | None:
        """The axis of a label joined by `and`: an axis and what goes with it (`With other
        NGOs and initiatives`), what goes with one and the axis (`With donors and residents`:
        a word or two, none of an axis, before it), or two names of one (`ОМС і міська
        рада`); not two axes (`Влада і громада`), nor a card that names one in passing
        (`Довіра до влади і громади`)."""
        first = _best(self._axis_aliases, before, prefix=False)
        second = _best(self._axis_aliases, after, prefix=False)
        if first is not None:
            return first if second in (None, first) else None
        if second is None or len(before) > _BEFORE_AN_AXIS_WORDS:
            return None
        names_one = any(_best(self._axis_aliases, (word,), prefix=False) for word in before)
        return None if names_one else second

    def _axis_of_parts(self, label: str) -> str | None:
        """`Police / LSG`, `City Council & police`: names joined by a slash or an ampersand,
        of one axis: the parts that name an axis name the same one, and none names two
        (not `Влада і громада / мешканці`)."""
        found: set[str] = set()
        for part in _PARTS.split(label):
            key = self.match_axis(part) if part.strip() else None
            if key is not None:
                found.add(key)
            elif self._names_two_axes(part):
                return None
        return found.pop() if len(found) == 1 else None

    def _names_two_axes(self, part: str) -> bool:
        """`Влада і громада`: an axis before a conjunction and another after it."""
        words = label_words(part)
        before = _before_conjunction(words)
        if not before:
            return False
        first = _best(self._axis_aliases, before, prefix=False)
        second = _best(self._axis_aliases, words[len(before) + 1 :], prefix=False)
        return first is not None and second is not None and first != second

    def is_stage_name(self, heading: str) -> bool:
        """Whether `heading` is, word for word, one of the stages' names (not a longer
        heading that starts like one: `ПЛАН ДІЙ НА 2025 РІК`)."""
        return bool(self._remember("stage name", heading, self._is_stage_name))

    def _is_stage_name(self, heading: str) -> bool:
        return self._named_stage(label_words(heading)) is not None

    def _axis_of_whom(self, words: tuple[str, ...]) -> str | None:
        """`Мешканці будинків`, `Residents of Poltava`: an axis's name and whose it is (a
        genitive, or `of …`), a word or two."""
        for size in (1, 2):
            head, rest = words[:size], words[size:]
            if (
                not rest
                or len(rest) > _OF_WHOM_WORDS
                or _best(self._axis_aliases, head, prefix=False) is None
            ):
                continue
            if rest[0] == "of" or all(
                not word.isascii() and morphology.has_genitive(word) for word in rest
            ):
                return _best(self._axis_aliases, head, prefix=False)
        return None

    def _is_section(self, heading: str) -> bool:
        """A known section heading; also one that starts like one and ends in the word
        `кафе`/`café` (`Material developed at the “World Café”`, `Напрацьований матеріал на
        «Світовому кафе»`), whatever its preposition; and a short heading that names the
        World Café in other words (`Ideas from the World Café tables`)."""
        words = label_words(without_gloss(heading))  # (`Обрані критерії (після голосування)`)
        prefix = bool(words) and words[-1] in _CAFE
        initial, count = words[0][:1] if words else "", len(words)
        if any(
            _words_match(words, alias, prefix=prefix)
            for alias in self.sections
            # (Told first, as in `_best`: an alias the words can hold, opening with their letter.)
            if alias and alias[0][:1] == initial and (len(alias) == count or prefix)
        ):
            return True
        # (The café ends it, or a word after it does: `… World Café tables`; not a card that
        # goes on past it: `Hold a World Café every quarter`.)
        return len(words) <= _CAFE_HEADING_WORDS and any(
            words[at] in _CAFE and words[at - 1] in _WORLD
            for at in range(max(1, len(words) - 2), len(words))
        )

    def extend(self, other: Vocabulary) -> Vocabulary:
        """This vocabulary with `other`'s terms added: known keys gain aliases, new keys append."""
        return Vocabulary(
            stages=_merge_terms(self.stages, other.stages),
            axes=_merge_terms(self.axes, other.axes),
            sections=self.sections + tuple(s for s in other.sections if s not in self.sections),
        )


def _parts_at_separators(heading: str) -> Iterator[tuple[str, str]]:
    """The heading's words before and after each separator a stage's name may stand beside
    (`:`, a spaced dash or hyphen), where words follow it."""
    for separator in _HEADING_SEPARATORS:
        head, found, rest = heading.partition(separator)
        if found and rest.strip():
            yield head, rest


def without_gloss(label: str) -> str:
    """A label without its glosses in brackets (`With the hromada (community)`), which are
    no words of its name."""
    return _BRACKETED.sub(" ", label)


def label_words(text: str) -> tuple[str, ...]:
    """The words of a label for matching: numbering (`1.`, `Етап 2:`, `А)`) and `#` dropped,
    case folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # `й` typed as `и` and a breve matches `й`
    text = _LEADING_SYMBOLS.sub("", text)
    text = _LETTERED.sub("", _ORDINAL.sub("", _NUMBERING.sub("", text)))
    return tuple(
        word.casefold().replace("’", "'").replace("ʼ", "'") for word in _WORD.findall(text)
    )


def _with_whom(label: str, words: tuple[str, ...]) -> bool:
    """Whether the words after a label's first word name whom in the instrumental (`громадою`,
    `іншими ГО`) or by an abbreviation alone (`ОМС`, `ГО`), as `З` does before them."""
    if len(words) < 2:
        return False
    if words[1].endswith(_INSTRUMENTAL_ENDINGS):
        return True
    rest = label.split()[1:]
    return len(rest) == 1 and rest[0].isupper() and len(rest[0]) > 1


def _names_a_kind(word: str) -> bool:
    """An adjective (`зоозахисні`), or an English word that is no plural (`youth`, `local`)."""
    if word.isascii():
        return not word.endswith("s")
    return morphology.is_modifier_only(word)


def is_together(word: str) -> bool:
    """A word for working together (see `_TOGETHER_STEMS`)."""
    if word in _TOGETHER_WORDS:
        return True
    return any(word.startswith(stem) and len(word) - len(stem) <= 3 for stem in _TOGETHER_STEMS)


def _before_conjunction(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before the first `and` (`та`, `і`, `й`, Russian `и`), when some stand
    before it."""
    for at, word in enumerate(words):
        if at and word in JOINING:
            return words[:at]
    return ()


def _without_year(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a year or number after them (`бачення 2030`): the horizon of a
    vision, no word of the stage's name."""
    while len(words) > 1 and words[-1].isdigit():
        words = words[:-1]
    return words


def _without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if len(words) > 1 and words[0] in _ARTICLES else words


def is_numbered(text: str) -> bool:
    """The text opens with numbering (`1. `, `II. `, `Етап 2:`), as a heading in a list does."""
    return bool(_NUMBERING.match(text) or _ORDINAL.match(text))


def ordinal_heading(text: str) -> tuple[str, int] | None:
    """The part's noun and number of a heading that opens with them (`Крок третій: …` is
    (`крок`, 3), `Етап 2.` (`етап`, 2)), or None."""
    found = _ORDINAL.match(text)
    if found is None:
        return None
    part, number = found.group("part").casefold(), found.group("number").casefold()
    if number.isdecimal():
        return part, int(number)
    roman = number.replace("і", "i")  # (`ІІ` typed with the Cyrillic letter)
    if roman in _ROMAN_VALUES:
        return part, _ROMAN_VALUES[roman]
    return next(
        ((part, value) for start, value in _ORDINAL_VALUES if number.startswith(start)), None
    )


def strip_numbering(text: str) -> str:
    """A heading without Markdown `#` markers and leading numbering (`1. `, `II. `)."""
    return _NUMBERING.sub("", text).strip()


def _same_word(a: str, b: str) -> bool:
    """Equal, or the same Cyrillic stem with another inflected ending (`владою` ~ `влада`);
    Latin words only differ by a plural `s` (`NGO` ~ `NGOs`, not `reality` ~ `realistic`)."""
    if a == b:
        return True
    if a.isascii() or b.isascii():
        return a.removesuffix("s") == b.removesuffix("s")
    shortest = min(len(a), len(b))
    if shortest < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shortest - 4)


def _words_match(
    words: tuple[str, ...], alias: tuple[str, ...], *, prefix: bool, exact: bool = False
) -> bool:
    if not alias or len(words) < len(alias) or (not prefix and len(words) != len(alias)):
        return False
    if exact:
        if words[: len(alias)] == alias:
            return True
        # A typo is forgiven only in a whole long stage name, not in a phrase that starts
        # like one (`Формуванням ідеального бачення займається …`).
        return len(words) == len(alias) >= _TYPO_ALIAS_WORDS and _one_typo(words, alias)
    return all(_same_word(w, a) for w, a in zip(words, alias, strict=False))


def _one_typo(words: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    """All words equal but one long word, a letter off (`баченя` for `бачення`): a typo in
    a stage's long name, which exact matching would lose with the whole stage."""
    differ = [(w, a) for w, a in zip(words, alias, strict=True) if w != a]
    if len(differ) != 1:
        return False
    word, meant = differ[0]
    return min(len(word), len(meant)) >= _TYPO_WORD_LENGTH and _one_edit(word, meant)


def letter_left_out(word: str, meant: str) -> bool:
    """`word` is `meant` with one letter left out or typed twice inside it (`vison`), not at
    its end, where English inflects (`visions`, `shaped`)."""
    shorter, longer = sorted((word, meant), key=len)
    return len(longer) == len(shorter) + 1 and _one_edit(shorter, longer) and longer[:-1] != shorter


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter inserted, deleted or replaced."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def _best(
    aliases: _Aliases, words: tuple[str, ...], *, prefix: bool, exact: bool = False
) -> str | None:
    """The term whose longest alias matches (the first of the terms' order among equals):
    `кроки для реалізації ідеального бачення` is steps.

    Stage headings match word for word (`exact`): they are written in the nominative, and a
    loose stem would take `Реальні повноваження` for `Реальність`.
    """
    by_size, by_size_and_letter, longest = aliases
    count, initial = len(words), words[0][:1] if words else ""
    # Only an alias the words can hold, the longest first, and only one that opens with their
    # letter: only a typo, forgiven in a whole long stage name word for word, may change a
    # first letter (equal words, a stem shared by four letters or more and a plural `s` left
    # off all keep it).
    for size in range(min(count, longest), 0, -1) if prefix else (count,):
        if size == count and count >= _TYPO_ALIAS_WORDS:
            found = (
                (key, alias, exact or word_for_word)
                for letter, key, alias, word_for_word in by_size.get(size, ())
                if letter == initial or exact or word_for_word
            )
        else:
            found = (
                (key, alias, exact or word_for_word)
                for _letter, key, alias, word_for_word in by_size_and_letter.get(
                    (size, initial), ()
                )
            )
        for key, alias, word_for_word in found:
            if _words_match(words, alias, prefix=prefix, exact=word_for_word):
                return key
    return None


def _merge_terms(base: tuple[Term, ...], extra: tuple[Term, ...]) -> tuple[Term, ...]:
    merged = {term.key: term for term in base}
    for term in extra:
        if term.key in merged:
            old = merged[term.key]
            aliases = old.aliases + tuple(a for a in term.aliases if a not in old.aliases)
            exact = old.exact + tuple(a for a in term.exact if a not in old.exact)
            whole = old.whole + tuple(a for a in term.whole if a not in old.whole)
            merged[term.key] = Term(old.key, old.label, aliases, exact, whole)
        else:
            merged[term.key] = term
    return tuple(merged.values())


def _terms(raw: Any, kind: str, source: str) -> tuple[Term, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise VocabularyError(f"'{kind}' must be a list of entries with 'key'", path=source)
    terms = []
    for index, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            raise VocabularyError(f"{kind} entry {index} needs a 'key'", path=source)
        key = entry["key"]
        if not _KEY.match(key):
            raise VocabularyError(
                f"{kind} key {key!r} must be a lower-case identifier (a-z, 0-9, _)", path=source
            )
        label = str(entry.get("label") or key)
        aliases = entry.get("aliases") or []
        exact = entry.get("exact_aliases") or []
        whole = entry.get("whole_aliases") or []
        for field_name, value in (
            ("aliases", aliases),
            ("exact_aliases", exact),
            ("whole_aliases", whole),
        ):
            if not isinstance(value, list):
                raise VocabularyError(f"{kind} {key!r}: '{field_name}' must be a list", path=source)
        words = [label_words(str(a)) for a in [label, *aliases]]
        exact_words = [label_words(str(a)) for a in exact]
        whole_words = [label_words(str(a)) for a in whole]
        terms.append(
            Term(
                key,
                label,
                tuple(w for w in words if w),
                tuple(w for w in exact_words if w),
                tuple(w for w in whole_words if w),
            )
        )
    return tuple(terms)


def vocabulary_from_mapping(raw: Any, source: str = "<vocabulary>") -> Vocabulary:
    """Build a vocabulary from the mapping a YAML file holds; errors name the source."""
    if not isinstance(raw, dict):
        raise VocabularyError(
            "a vocabulary is a mapping with 'stages', 'axes', 'sections'", path=source
        )
    unknown = {str(field) for field in raw} - {"stages", "axes", "sections"}  # YAML keys: any type
    if unknown:
        raise VocabularyError(
            f"unknown vocabulary fields: {', '.join(sorted(unknown))}", path=source
        )
    sections = raw.get("sections") or []
    if not isinstance(sections, list):
        raise VocabularyError("'sections' must be a list of headings", path=source)
    return Vocabulary(
        stages=_terms(raw.get("stages"), "stages", source),
        axes=_terms(raw.get("axes"), "axes", source),
        sections=tuple(w for w in (label_words(str(s)) for s in sections) if w),
    )


def _load_yaml(text: str, source: str) -> Any:
    from .yaml_io import YamlSyntaxError, load

    try:
        return load(text)
    except YamlSyntaxError as exc:
        raise VocabularyError(f"not valid YAML: {exc}", path=source, line=exc.line) from None


@cache
def default_vocabulary() -> Vocabulary:
    """The vocabulary that ships with the package.

    `vocabulary.yaml` is the source people edit; `vocabulary.json` is the same data, read at
    run time because JSON loads without importing PyYAML (a test keeps the two equal;
    regenerate with `python -m ngo_digest.vocabulary`).
    """
    import json

    text = Path(__file__).with_name("vocabulary.json").read_text(encoding="utf-8")
    return vocabulary_from_mapping(json.loads(text), "vocabulary.json")


_IN_USE: ContextVar[Vocabulary | None] = ContextVar("vocabulary_in_use", default=None)


@contextmanager
def vocabulary_for_reading(vocabulary: Vocabulary | None) -> Iterator[None]:
    """Let the readers ask `vocabulary` (the run's, from `--vocabulary`) whether a line is a
    label, while they read one document."""
    token = _IN_USE.set(vocabulary)
    try:
        yield
    finally:
        _IN_USE.reset(token)


def vocabulary_in_use() -> Vocabulary:
    """The vocabulary of the document being read (see `vocabulary_for_reading`)."""
    return _IN_USE.get() or default_vocabulary()


def default_vocabulary_source() -> Any:
    """The parsed `vocabulary.yaml`, the source of `vocabulary.json`."""
    text = Path(__file__).with_name("vocabulary.yaml").read_text(encoding="utf-8")
    return _load_yaml(text, "vocabulary.yaml")


def load_vocabulary(path: str | Path) -> Vocabulary:
    """The default vocabulary extended by the YAML file at `path`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabularyError(f"cannot read vocabulary: {exc.strerror}", path=str(path)) from None
    except UnicodeDecodeError:
        raise VocabularyError("vocabulary is not UTF-8 text", path=str(path)) from None
    extra = vocabulary_from_mapping(_load_yaml(text, str(path)), str(path))
    return default_vocabulary().extend(extra)


if __name__ == "__main__":  # regenerate vocabulary.json from vocabulary.yaml
    import json

    target = Path(__file__).with_name("vocabulary.json")
    data = json.dumps(default_vocabulary_source(), ensure_ascii=False, indent=1)
    target.write_text(data + "\n", encoding="utf-8")
    print(f"wrote {target}")
