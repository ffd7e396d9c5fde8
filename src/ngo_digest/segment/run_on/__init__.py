"""Run-on cells: items written one after another with no separator.

A new item opens at a capitalised word (or a count) that starts a card, and at an all-caps
abbreviation that opens a clause. Whether a word starts a card is asked of the words around
it: a function word before it, a name it goes on, a verb after it (`_opens_item` asks each
rule in turn). Cuts made here are guesses, and reported as such.

This module is the driver; the rules live in modules by topic, each importing only those
before it in this order: `common` (what every rule asks of a word), `places`, `counts`,
`clauses` (where a clause opens), `people`, `latin` (the Latin word rule), `bodies` (the
abbreviation rule), `cyrillic` (the Cyrillic word rule). A leading underscore on a name
another module of the package imports means private to the package.
"""

from __future__ import annotations

import re
from itertools import accumulate

from ...patterns import compiled_at_first_use
from .. import morphology
from ..language import fold_look_alikes, mixes_languages, word_language
from ..spans import (
    BRACKET,
    CLOSERS,
    OPENERS,
    OPENING_QUOTES,
    Span,
    bare_word,
    cut,
    is_cyrillic,
    is_title_case,
)
from ..words import (
    CAPITAL_PREPOSITIONS,
    DASHES,
    PARTS_OF_A_YEAR,
    PHRASE_GOES_ON_AFTER,
    ROLES,
    RUSSIAN_FUNCTION_WORDS,
)
from .bodies import abbreviation_opens, quoted_name_opens
from .common import (
    ABBREVIATION_WORD,
    is_count,
    is_finite_verb_at,
    is_initial,
    is_year,
    past_negation,
    takes_a_name,
)
from .counts import count_opens_clause, past_whose_and_adverbs
from .cyrillic import cyrillic_word_opens
from .latin import LatinNames, article_opens, latin_word_opens
from .people import a_name, may_be_surname, named_after_office
from .places import after_number, names_a_place, place_name

__all__ = [
    "may_be_surname",
    "opens_a_card_after",
    "place_name",
    "split_run_on",
    "split_steps",
    "takes_a_name",
]

_TOKEN = re.compile(r"\S+")
_RIVER = "р."  # a river's after a preposition or a noun (`з р. Інгул`); a year's after a number
_BEFORE_A_RIVER = frozenset(
    "з із зі на біля вздовж уздовж до від через над понад поблизу коло берег берега березі".split()
)
_ONE_LETTER_WORDS = frozenset("Є В У З О Я".split())
"""Ukrainian words of one letter that open cards (`Є ноутбуки`, `У школі немає укриття`);
not `І` and `А`, a Roman numeral and a label too (`Гімназія І ступеня`, `Блок А`)."""
_TAKE_A_LETTER = frozenset(
    "блок корпус клас група секція під'їзд підʼїзд під’їзд варіант план гепатит гепатиту"
    " категорія категорії категорію вітамін вітаміну".split()
)
# After a one-letter preposition and a number: a time's range, not a count (`З 9 до 18`).
_RANGE_ENDS = frozenset("до по – — -".split())
# An abbreviation joined to a noun, which opens clauses as the abbreviation does
# (`ФОП-ветерани наймають`, `ГО-партнери не звітують`).
_ABBREVIATION_COMPOUND = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,}-[a-zа-яіїєґ'’]+$")
# An abbreviation with the plural's ending in lower case (`ЖЕКи`, `ЦНАПи`, `ЖЭКи`).
_ABBREVIATION_PLURAL = re.compile(r"^[А-ЯІЇЄҐ]{2,6}[иы]$")
# A transliterated abbreviation whose first sound takes two letters (`TsNAP`).
_MIXED_ABBREVIATION = re.compile(r"^[A-Z][a-z][A-Z]{2,6}$")
_CAPITAL_INSIDE = re.compile(r"\s[A-ZА-ЯІЇЄҐ]")
# A road's or a model's code: letters, a hyphen and digits (`Н-09`, `М-06`, `ПАЗ-3205`).
_CODE = compiled_at_first_use(r"^[A-ZА-ЯІЇЄҐ]{1,4}-\d{1,5}$")


def split_run_on(span: Span) -> list[Span] | None:
    """Items written one after another with no separator: `Відвертість Чіткі правила гри`.

    A new item opens at a capitalised word, unless it follows a comma, colon, dash, opening
    bracket, a preposition, conjunction, determiner or particle, or goes on a name or phrase
    before it (`міста Ужгорода`, `до Дня Землі`, `Червоний Хрест`, `with Lviv City Council`,
    `use Diia`) and no verb makes it a clause's subject (`Асистентів не вистачає`); at an
    all-caps abbreviation that opens a clause: one followed by a finite verb (`… рада ОСББ
    ухвалює …`), possibly negated (`ОСББ не ухвалює`); at a count that does (`5 ГО
    співпрацюють`); and at a body's name in quotes that does (`«Пласт» проводить`). Nothing
    inside brackets or quotes splits. Each case is a rule in a module of this package,
    `_opens_item` the place that asks them in turn.

    In a cell that mixes Russian and Ukrainian cards, each capital is asked in the language
    of the card it would open, where its letters and the next words' tell it (`…
    безкоштовно Председатель ОСББ Игорь Лисенко даёт …`; see `_opens_in_its_language`);
    and a card left whole whose letters are the other language's alone is cut again in
    that language (`Управление молодёжи … поддерживает фестивали ОМС привлекает ГО …`).
    """
    mixed = mixes_languages(span.text)
    parts = _split_in_one_cell(span, mixed=mixed)
    if not mixed:
        return parts  # (the common case)
    spoken = morphology.language()
    recut: list[Span] = []
    for part in parts or [span]:
        own = word_language(part.text)
        if own is None or own == spoken:
            recut.append(part)
            continue
        with morphology.speaking(own):
            recut += _split_in_one_cell(part, mixed=False) or [part]
    return recut if len(recut) > 1 else None


def _split_in_one_cell(span: Span, *, mixed: bool) -> list[Span] | None:
    """The run-on rule's cuts of one span (see `split_run_on`); where its cards are `mixed`
    Russian and Ukrainian, each capital is asked in its own card's language."""
    text = fold_look_alikes(span.text)  # (letters in their places: the cuts fit the span)
    words = text.split()  # the same tokens as _TOKEN finds; their offsets only when cut there
    capitalised = [
        i
        for i, word in enumerate(words)
        if i
        # (A lower-case word, most of them, is told by one test.)
        and not (first := word[0]).islower()
        and (
            first.isupper() or first.isdigit() or (first in OPENING_QUOTES and word[1:2].isupper())
        )
    ]
    if not capitalised:
        return None
    placed = _placed(text, words, capitalised)
    if BRACKET.search(text):
        placed = _outside_brackets(text, placed)
    if '"' in text:
        placed = _outside_straight_quotes(text, placed)
    latin_names = LatinNames(text)
    if mixed:
        starts = [start for i, start in placed if _opens_in_its_language(words, i, latin_names)]
    else:
        starts = [start for i, start in placed if _opens_item(words, i, latin_names)]
    if not starts:
        return None
    return cut(span, starts, starts)


_LANGUAGE_REACH = 3  # words from a capital on whose letters tell its card's language


def _opens_in_its_language(words: list[str], index: int, latin_names: LatinNames) -> bool:
    """`_opens_item` asked in the language the capital's own words are in (itself and the
    lower-case words after it), in a cell that mixes Russian and Ukrainian (see
    `split_run_on`), as their letters tell it, or else the dictionary that knows more of
    them (`ЦПАУ работает для`); else in the language spoken (the words before it, and the
    next capital's, may be another card's)."""
    end = index + 1  # the capital and the lower-case words after it (not a name in quotes)
    while end < min(index + _LANGUAGE_REACH, len(words)) and words[end][:1].islower():
        end += 1
    own = word_language(" ".join(words[index:end])) or morphology.language_knowing(
        [bare_word(word) for word in words[index:end]]
    )
    return morphology.asked_in(own, lambda: _opens_item(words, index, latin_names))


def opens_a_card_after(line: str, rest: str) -> bool:
    """Whether a card opens at the capitalised first word of `rest` read right after `line`,
    as it would inside a run-on cell (`… зі старостою Мельником`, `… department Andrii
    Savchuk`, `… Lviv and Ivano-Frankivsk` open none): how a list tells a line broken by
    hand from a card typed with no mark."""
    words = line.split() + rest.split()
    return _opens_item(words, len(words) - len(rest.split()), LatinNames(" ".join(words)))


def split_steps(span: Span) -> list[Span] | None:
    """`Подавати заявки до програми «Дім Європи» Обмінюватися волонтерами`: in a sentence
    that is a step (it opens with an infinitive), a capitalised infinitive opens the next
    step, whose full stop before it was lost. Not after a comma or a dash, nor a word it
    goes on with (see `_goes_on_with`), nor inside brackets or quotes."""
    text = span.text
    if not _CAPITAL_INSIDE.search(text):
        return None  # (the common case, told without splitting the words)
    words = text.split()
    if not morphology.is_infinitive(bare_word(words[0])):
        return None
    capitalised = [i for i, word in enumerate(words) if i and word[0].isupper()]
    placed = _placed(text, words, capitalised)
    if BRACKET.search(text):
        placed = _outside_brackets(text, placed)
    starts = [
        start
        for i, start in placed
        if words[i - 1][-1] not in ",:;–—-"
        and is_cyrillic(words[i])
        and morphology.is_infinitive(bare_word(words[i]))
        and not _goes_on_with(bare_word(words[i - 1]))
    ]
    return cut(span, starts, starts) if starts else None


def _goes_on_with(before: str) -> bool:
    """Whether a capitalised infinitive after `before` is still its step's: after a function
    word, a verb it completes (`Навчитися Працювати`), or a word it names (`програми Жити
    без бар'єрів`)."""
    folded = before.casefold()
    if folded in PHRASE_GOES_ON_AFTER or takes_a_name(folded):
        return True
    return morphology.is_infinitive(folded) or morphology.is_finite_verb(folded)


def _placed(text: str, words: list[str], indexes: list[int]) -> list[tuple[int, int]]:
    """The words of `text` (split into `words`) at `indexes`, each with where it starts: told
    from the words' lengths where single spaces part them (most cells: a pattern's match per
    word cost more than all else done per word), else from the tokens found."""
    if " ".join(words) == text.strip():
        lead = len(text) - len(text.lstrip())
        before = list(accumulate(map(len, words), initial=0))  # the letters before each word
        return [(i, lead + before[i] + i) for i in indexes]
    tokens = list(_TOKEN.finditer(text))
    return [(i, tokens[i].start()) for i in indexes]


def _outside_brackets(text: str, placed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words (index, start) not inside brackets or quotes; the depth before each word is
    carried forward from the brackets passed."""
    brackets = BRACKET.finditer(text)
    pending = next(brackets, None)
    depth = 0
    kept = []
    for index, start in placed:
        while pending is not None and pending.start() < start:
            depth = max(0, depth + (1 if pending.group() in OPENERS else -1))
            pending = next(brackets, None)
        if depth == 0:
            kept.append((index, start))
    return kept


def _outside_straight_quotes(text: str, placed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words (index, start) not inside a pair of straight quotes (`через "Кременчук
    Онлайн"`), which open and close alike, so only an even number of them pair up; an odd
    one may be any of them, and hides nothing. One between two letters is an apostrophe
    typed so (`Об"єднання`, `Пам"ятки`), no quote."""
    quotes = [
        at
        for at, ch in enumerate(text)
        if ch == '"'
        and not (0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha())
    ]
    if len(quotes) % 2:
        return placed
    pairs = list(zip(quotes[::2], quotes[1::2], strict=True))
    return [
        (index, start)
        for index, start in placed
        if not any(opening < start < closing for opening, closing in pairs)
    ]


def _opens_item(words: list[str], index: int, latin_names: LatinNames) -> bool:
    """Whether an item opens at the capital (or count) at `index`: the rules are asked in
    turn, cheap ones and those of the word before first, and the first that answers wins."""
    word = words[index]
    previous = words[index - 1]
    profile = _BEFORE_PROFILES.get(previous)
    if profile is None:
        profile = _profile_before(previous)
    stops, before, goes_on, russian, initial, office, place = profile
    if stops:
        return False
    # (A quote closed after one is done: `«Ти як?» Підтримка`; so is `ні` answering after a
    # dash: `Тарифи ростуть, якість – ні Зношені мережі`.)
    answered = (
        before == "ні"
        and index >= 2
        and words[index - 2] in DASHES
        and "ні" not in words[index + 1 : index + 5]  # (not `– ні Карітас, ні Червоний Хрест`)
    )
    if goes_on and not answered:
        return False
    if russian:
        return False  # `Партнерство с Красным Крестом`
    if initial and a_name(word):
        return False  # a name after an initial: `ім. Т. Шевченка`, `Н. В. Ярошенко`
    if word[0].isdigit():
        return count_opens_clause(words, index)
    if word == "С" and index + 1 < len(words) and is_year(bare_word(words[index + 1])):
        return True  # Russian `с` before a year: `С 2024 года работает совет`
    if word[0] in OPENING_QUOTES:
        return quoted_name_opens(words, index)
    if office and named_after_office(words, index):
        return False
    # A name after `с.`, `м.`, `вул.`, `смт` (`в с. Конюшки`), not after metres (`500 м.`);
    # a river's after `р.` where a river stands (`з р. Інгул`; not `на наступний р. Кабмін`).
    if place and not after_number(words, index - 1):
        return False
    if previous == _RIVER and index >= 2 and _a_rivers_abbreviation(words[index - 2]):
        return False
    if word[2:3].isupper() and _MIXED_ABBREVIATION.match(bare_word(word)):
        return abbreviation_opens(words, index)  # `TsNAP comes once a month`
    if len(word) > 1 and (word[1].islower() or is_title_case(word)):  # (the common case first)
        if not ("\u0400" <= word[0] <= "\u04ff" or is_cyrillic(word)):
            return latin_word_opens(words, index, latin_names)
        return cyrillic_word_opens(words, index)
    if _CODE().match(bare_word(word)) and previous[-1].isalpha() and previous[0].islower():
        return False  # a road's or a model's code names the thing before it: `траси Н-09`
    if ABBREVIATION_WORD.match(word.rstrip(",.;:")) and word[-1].isalnum():
        return abbreviation_opens(words, index)
    if word == "A" and article_opens(words, index):
        return not latin_names()  # `(Poland) A building for the fire station`
    if word in _ONE_LETTER_WORDS:
        return _one_letter_word_opens(words, index)
    if _ABBREVIATION_COMPOUND.match(bare_word(word)):
        return _abbreviation_compound_opens(words, index)
    if _ABBREVIATION_PLURAL.match(bare_word(word)):
        return abbreviation_opens(words, index)  # `ЖЕКи тиснуть`, `ЦНАПи працюють`
    return False


_Profile = tuple[bool, str, bool, bool, bool, bool, bool]
_BEFORE_PROFILES: dict[str, _Profile] = {}  # by the word before a capital: see `_profile_before`
_MAX_PROFILES = 50_000


def _profile_before(previous: str) -> _Profile:
    """What `_opens_item` asks of the word before a capital, which depends on that word
    alone, asked once per word (a few hundred words stand before most capitals): whether it
    ends in a separator, its bare lower-case form (`before`; none for an abbreviation),
    whether a phrase goes on after it, whether it is a Russian function word, an initial, a
    capitalised office, or a place's abbreviation (`с.`, `вул.`, `смт`)."""
    stops = previous[-1] in ",:;–—-+&/" and not _ends_in_its_own_plus(previous)
    before = bare_word(previous).casefold()
    if previous.isascii() and previous.isupper() and len(before) > 1:
        before = ""  # an abbreviation, not a preposition: `ліцензії CC BY Взаємне посилання`
    profile = (
        stops,
        before,
        before in PHRASE_GOES_ON_AFTER and previous[-1] not in CLOSERS,
        previous.casefold() in RUSSIAN_FUNCTION_WORDS,
        is_initial(previous),
        before in ROLES and previous[0].isupper(),
        names_a_place(previous),
    )
    if len(_BEFORE_PROFILES) >= _MAX_PROFILES:
        _BEFORE_PROFILES.clear()
    _BEFORE_PROFILES[previous] = profile
    return profile


def _a_rivers_abbreviation(before: str) -> bool:
    """Whether `р.` after the word `before` is a river's (`з р. Інгул`, `берегів р. Стир`),
    not a year's: after a preposition of place, or a noun in lower case in the genitive
    that is no part of a year (not `до кінця р.`, `першу половину р.`); not after a number
    (`у 2025 р.`) or a word that modifies it (`на наступний р.`, `протягом р.`)."""
    folded = before.casefold()
    if folded in _BEFORE_A_RIVER:
        return True
    return (
        before.isalpha()
        and before.islower()
        and is_cyrillic(before)
        and folded not in PARTS_OF_A_YEAR
        and morphology.is_common_noun_in_genitive(before)
    )


def _one_letter_word_opens(words: list[str], index: int) -> bool:
    """A Ukrainian word of one letter (`Є`, `У`, `З`; see `_ONE_LETTER_WORDS`) opens a card
    before a lower-case word, a year, a place or a body and its verb; not as a label."""
    word, previous = words[index], words[index - 1]
    after = words[index + 1] if index + 1 < len(words) else ""
    if bare_word(previous).casefold() in _TAKE_A_LETTER and not after[:1].islower():
        return False  # a label: `Блок В`, `Корпус В Гімназії` (not `група У селі немає`)
    following = words[index + 1] if index + 1 < len(words) else ""
    # `… ставки Є ноутбуки`, `Є куди звернутися`, `У школі немає`; a preposition not
    # before another function word.
    place = bare_word(following)
    if word in CAPITAL_PREPOSITIONS and place[:1].isdigit():
        # A card that opens with its year or a count: `З 2024 року працює рада`, `З 14
        # клубів працюють 6`; not a time's range (`Прийом З 9 до 18`).
        ahead = words[index + 2] if index + 2 < len(words) else ""
        return ahead not in _RANGE_ENDS
    if word in CAPITAL_PREPOSITIONS and is_title_case(place) and is_cyrillic(place):
        # A place after it, of a word or two, and what follows it in the card, in lower case,
        # a body or a count: `У Гаю немає освітленої зупинки`, `У Великих Сорочинцях
        # відкрили …`, `У Бородянці ВПО відкрили …`.
        past = index + 2
        if (
            past + 1 < len(words)
            and is_title_case(bare_word(words[past]))
            and morphology.agrees_with(place, bare_word(words[past]))
        ):
            past += 1
        card = bare_word(words[past]) if past < len(words) else ""
        return (
            card[:1].islower()
            or (ABBREVIATION_WORD.match(card) is not None and is_cyrillic(card))
            # (a count that opens its clause: `У Коростені 10 ОСББ об'єдналися`; not a
            # measure, `Зустрічі У Києві 2 рази на рік`)
            or (card[:1].isdigit() and _counts_its_subject(words, past))
        )
    if (
        word in CAPITAL_PREPOSITIONS
        and len(place) > 1
        and place.isupper()
        and is_cyrillic(place)
        and is_finite_verb_at(words, index + 2)
    ):
        return True  # a body after it, and a verb: `З ОСББ працює мало ГО`
    return (
        following[:1].islower()
        and is_cyrillic(following)
        and (word == "Є" or bare_word(following) not in PHRASE_GOES_ON_AFTER)
    )


def _counts_its_subject(words: list[str], at: int) -> bool:
    """Whether the number at `at` counts the subject of a plural verb after it and whose
    they are (`10 ОСББ об'єдналися`, `3 ГО громади вже мають`), not a measure (`2 рази на
    рік`)."""
    if not is_count(words[at]) or at + 2 >= len(words):
        return False
    verb = past_whose_and_adverbs(words, at + 2)
    return morphology.is_plural_finite_verb(past_negation(words, verb))


def _abbreviation_compound_opens(words: list[str], index: int) -> bool:
    """An abbreviation joined to a noun (`ФОП-ветерани наймають`) opens a card as the
    abbreviation does, when the noun names staff."""
    # Staff named by their body (`ФОП-ветерани`), not a pair (`ГО-бізнес`, `ОМС-громада`)
    # nor an oblique case (`ГО-партнерів`).
    noun = bare_word(words[index]).split("-", 1)[1]
    return (
        morphology.is_plural_only(noun)
        and not morphology.is_oblique_only(noun)
        and abbreviation_opens(words, index)
    )


def _ends_in_its_own_plus(word: str) -> bool:
    """`Erasmus+`, `60+`: a plus that belongs to a word or number, not one that joins
    (`ГО + Влада`) or an abbreviation's (`ЛГБТ+ Спільноти`)."""
    stem = word[:-1]
    return word[-1] == "+" and stem.isalnum() and not stem.isupper()
