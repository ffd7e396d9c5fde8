"""People's names: a first name and a surname (`Оксана Мельник`), and the holder an office or
an occupation names (`Голова ОТГ Петро Савчук`, `Інженер Бойко`, `депутата Ткаченка`), which
open no card."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import morphology
from ..spans import OPENING_QUOTES, bare_word, is_cyrillic, is_title_case
from ..words import (
    BEFORE_NAMES,
    FUNCTION_WORDS,
    JOINING,
    LACKING,
    MATTERS_WORDS,
    ON_MATTERS,
    PHRASE_GOES_ON_AFTER,
    PREDICATIVES,
    ROLES,
    RUSSIAN_FUNCTION_WORDS,
    VERBAL_NOUN_ENDINGS,
    VILLAGES,
)
from .clauses import clause_opens
from .common import (
    ABBREVIATION_WORD,
    CLOSING_QUOTES,
    CYRILLIC_WORD,
    PREPOSITIONS,
    can_be_surname,
    holds_office,
    is_finite_verb_at,
    is_initial,
    phrase_follows,
    quote_start,
)

# Words before an office that is lacking or needed, not held (`відсутній радник з питань …`,
# Russian `Нужен советник по вопросам …`, `Требуется`, `Отсутствует`, `Нет`).
_NEEDED_OR_MISSING = ("відсутн", "нуж", "необходим", "требу", "отсутств", "нет")
_FIELD_PREPOSITIONS = frozenset("з із зі".split())  # an office's field: `Радниця з безбар'єрності`
# `депутатка`, `начальниця`, `керівниця`; in Russian `соцработница`
_WOMENS_OFFICE_ENDINGS = ("ка", "ця", "иня", "ца")
_SURNAME_ENDINGS = ("енко", "ко", "ук", "юк")  # `Дмитренко`, `Бойко`, `Павлюк`
_UNDECLINED_SURNAME_ENDING = "ко"  # `депутата Ткаченко`: often so in notes, for a man too
_DECLINED_SURNAME_ENDINGS = ("енка", "енку", "енком")  # `депутата Ткаченка`, `з Шевченком`
_OFFICES_OF_EITHER_SEX = ("голов", "старост")  # `голова`, `староста` in every case
_BODY_NUMBER = re.compile(r"^№\d{1,4}$|^\d{1,4}$")  # `№9`, and `9` after a `№` of its own
_OFFICE_WORDS = 5  # how far back a person's office may stand: `Начальниця відділу з питань ВПО`


def womans_surname(first: str, surname: str) -> bool:
    """`с Ольгой Мельник`, `Марина Коваль`: after a woman's first name, a noun for one person
    in the nominative (a miller, a smith) is her surname, which does not decline."""
    return (
        morphology.is_womans_first_name(first)
        # (In the nominative, a name that is nothing else: not `Надія | Партнер`, `Віра`.)
        and (morphology.is_name_only(first) or not morphology.is_first_name_in_nominative(first))
        and morphology.is_nominative_noun(surname)
        and morphology.is_one_person(surname)
    )


def surname_after_an_office(words: list[str], index: int) -> bool:
    """`Підтримка депутатки Мельник`, `у заступниці міського голови Ярошенко`, `Начальниця
    управління Кравець відкрита`, `депутата Ткаченка`: after an office, perhaps with its
    body (see `_offices_before`), inside the card's phrase (in an oblique case or in lower
    case) or opening the card, a surname names its holder: after a woman's office, a word
    the dictionary knows as a surname in the nominative, which does not decline for her
    (unless a common word's own phrase follows: `депутатки Грант на ремонт`); after one of
    either sex (`голова`, `староста`), such a word that is a noun for a person too
    (`Мельник`, `Коваль`); after any office, a word that is nothing but a surname, or one
    in `-ко` as notes write it, or in `-енка` declined (`з депутатом горсовета Руденко`).
    Not where a clause opens with it (`до депутатки Лікар приходить`), nor a noun for
    people that opens a card (`з депутатом Психолог у школі`, `Директорка ліцею Вчителі не
    мають часу`)."""
    surname = bare_word(words[index])
    if any(part[:1].islower() for part in surname.split("-")):
        return False  # a compound of common nouns: `старост Волонтери-водії`
    only_a_surname = (
        morphology.is_surname_only(surname)
        or (morphology.is_surname(surname) and surname.endswith(_UNDECLINED_SURNAME_ENDING))
        or surname.endswith(_DECLINED_SURNAME_ENDINGS)
    )  # (`Ярошенко`, `Ткаченко` as notes write it, `Ткаченка`; not `Мельник`, a miller too)
    a_surname_too = morphology.is_surname(surname) and morphology.is_nominative_noun(surname)
    if not (only_a_surname or a_surname_too):
        return False
    if morphology.normal_form(surname.casefold()) in ROLES:
        return False  # another office: `через старост Голова ОСББ збирає`
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    if following[:1].islower() and morphology.agrees_with(surname, following):
        return False  # an adjective and its noun: `Доступний староста Швидка реакція`
    if clause_opens(words, index, subject=surname) and not _hers_undeclined(words, index):
        return False
    for office in _offices_before(words, index):
        word = bare_word(words[office])
        lemma = morphology.normal_form(word.casefold())
        if lemma.endswith(_WOMENS_OFFICE_ENDINGS):
            if not (only_a_surname or morphology.is_one_person(surname)) and phrase_follows(
                words, index
            ):
                continue  # (a common word's phrase: `депутатки Грант на ремонт`)
        elif word.casefold().startswith(_OFFICES_OF_EITHER_SEX):
            if not (only_a_surname or morphology.is_one_person(surname)):
                continue  # (not `зі старостою Грант для молоді`, a card)
        elif not only_a_surname:
            continue  # (a man's surname declines after his office: `з депутатом Мельником`)
        if word.islower() or lemma != word.casefold() or _office_opens_card(words, office):
            return True
    return False


def _hers_undeclined(words: list[str], index: int) -> bool:
    """`Приймальня депутатки Коваль працює …`: right after a woman's office in an oblique
    case, a man's surname that is hers too, undeclined, is her name, whatever verb follows:
    a man's would have taken the office's case (`депутата Коваля`)."""
    office = bare_word(words[index - 1]).casefold()
    lemma = morphology.normal_form(office)
    return (
        lemma in ROLES
        and lemma != office
        and lemma.endswith(_WOMENS_OFFICE_ENDINGS)
        and morphology.is_undeclined_for_a_woman(bare_word(words[index]))
    )


def may_name_office_holder(word: str) -> bool:
    """Whether the bare `word` may be a surname after an office: a surname in the nominative,
    one only, or one declined in `-енка` (`surname_after_an_office` and
    `surname_after_office_of_body` read no other word as one)."""
    return (
        morphology.is_surname_only(word)
        or morphology.is_surname(word)
        or word.endswith(_DECLINED_SURNAME_ENDINGS)
    )


def _offices_before(words: list[str], index: int) -> Iterator[int]:
    """Where offices stand before `index`, in any case, nearest first, with up to two words
    of their body between (lower-case genitives or abbreviations: `директорки центру`,
    `заступниці міського голови`)."""
    for office in range(index - 1, max(-1, index - 4), -1):
        word = bare_word(words[office])
        if not word or not is_cyrillic(word):
            return
        folded = word.casefold()
        if folded in ROLES or morphology.normal_form(folded) in ROLES:
            yield office  # (the dictionary reads `старости` as `старість`'s)
        if not (
            ABBREVIATION_WORD.match(word) or (word.islower() and morphology.has_genitive(word))
        ):
            return  # (the office's body is no further back)


def whose_person(words: list[str], index: int) -> bool:
    """`Тренінги Оксани Кравець`, `Подяка Сергієві Ткаченку`: a first name in a case other
    than the nominative, and a surname, after a noun name the person whose the thing is, or
    to whom it goes; unless the person is a fronted object of a verb after them (`Оксані
    Кравець подякували`). Not a name's second word (`Ірини Оксани …`) nor a first name that
    can be the nominative (`Юлія Кравчук збирає`)."""
    before, first = bare_word(words[index - 1]), bare_word(words[index])
    surname = bare_word(words[index + 1])
    if not (
        is_cyrillic(before)
        and not before.isupper()
        and CYRILLIC_WORD.match(surname)  # (not `Немає GPS-контролю`)
        and morphology.is_first_name_declined(first)
        and not morphology.is_first_name_in_nominative(first)
        and not morphology.is_finite_verb(first)
        and not morphology.is_first_name(before)
        and (surname_after_first_name(first, surname) or _undeclined_surname(words, index))
    ):
        return False
    governed = morphology.is_first_name_in_genitive(first) and morphology.governs_or_agrees(
        before.casefold(), first.casefold()
    )
    return governed or not clause_opens(words, index + 1)


def _undeclined_surname(words: list[str], index: int) -> bool:
    """`из хора Ирины Коваль – главный ресурс`: after a woman's first name in the genitive,
    a noun for one person in the nominative is her surname, which does not decline, where
    the card ends or goes on past a dash or a preposition (not `Ирины Директор школы`)."""
    first, surname = bare_word(words[index]), bare_word(words[index + 1])
    after = words[index + 2] if index + 2 < len(words) else ""
    return (
        (not after[:1].islower() or after in FUNCTION_WORDS or after in RUSSIAN_FUNCTION_WORDS)
        and morphology.is_womans_first_name(first)
        and morphology.is_first_name_in_genitive(first)
        and morphology.is_nominative_noun(surname)
        and morphology.is_one_person(surname)
    )


def named_after_office(words: list[str], index: int) -> bool:
    """`Депутат Петренко`, `Голова ОТГ`, `Голова Громади`: a person's name, a body's
    abbreviation or a noun in the genitive after an office that opens a card (not after
    `до Голови`, and not a word in the nominative: `Депутати Прозорість`)."""
    if index >= 2 and bare_word(words[index - 2]).casefold() in PHRASE_GOES_ON_AFTER:
        return False
    word = bare_word(words[index])
    if ABBREVIATION_WORD.match(word):
        return True
    return is_cyrillic(word) and (
        morphology.is_genitive_noun(word)  # `Голова Громади`, `Заступник Голови`
        or (word.casefold() not in ROLES and can_be_surname(word))
    )


_SURNAME_ANSWERS: dict[tuple[str, str], bool] = {}  # (language, word): `may_be_surname`
_MAX_SURNAME_ANSWERS = 50_000


def may_be_surname(word: str) -> bool:
    """Whether `word` reads as a surname, in the nominative or declined (`Мельником`): asked
    of every capital, so answered once per word and language."""
    key = (morphology.language(), word)
    known = _SURNAME_ANSWERS.get(key)
    if known is None:
        if len(_SURNAME_ANSWERS) >= _MAX_SURNAME_ANSWERS:
            _SURNAME_ANSWERS.clear()
        known = _SURNAME_ANSWERS[key] = (
            morphology.is_surname(word)
            or morphology.is_surname_only(word)
            or morphology.is_surname(morphology.normal_form(word.casefold()).capitalize())
        )
    return known


def named_after_occupation(words: list[str], index: int) -> bool:
    """`Інженер Бойко з відділу …`, `з головною лікаркою Олійник`, `Дільничний офіцер
    поліції Гордієнко`: a surname after an occupation, past up to two lower-case genitives
    or abbreviations of its body, names who holds it, as after an office. A card opens at
    no surname (not `Волонтер Довіра`, whose second word names no one), nor at another
    office (`… фельдшерки Староста не реагує`).
    - After a capitalised occupation, which opens a card, a surname and nothing else or one
      by its ending (`Дмитренко`, `Бойко`, `Павлюк`), past its body's abbreviation too (and
      its body's genitives before a surname and nothing else: `Інспекторка ювенальної
      превенції Савчук`), and the holder's phrase goes on after it (not a list of roles:
      `Медсестра Староста Листоноша`; not a common word: `Педіатр Швидка не доїжджає`).
    - After one in lower case, such a surname; a common word that is a surname too only
      after a woman's occupation in an oblique case, where no verb of its own goes on, nor
      a phrase unless it is a man's surname that is hers too (`з фельдшеркою Мороз`,
      `просять соцпрацівницю Кравець про допомогу`; not `з юристкою Музика на святах`); or
      a surname declined in the occupation's case (`зі старостою Мельником`).
    - After one in its dictionary form, capitalised or not, a surname that does not decline
      for a woman either, a phrase or verb after it (`Фельдшерка Мороз одна на 5 сіл`,
      `Психіатр Коваль один на …`: see `_surname_after_nominative_occupation`)."""
    word = bare_word(words[index])  # (a capitalised Ukrainian word: see the caller)
    previous = words[index - 1]
    if not (previous[-1].isalpha() and is_cyrillic(previous)):
        return False  # (the cheap tests first: most capitals follow no occupation)
    if not may_be_surname(word):
        return False  # (nor is a surname, in any case: `Довіра`, `Спільні`)
    raw = words[index + 1] if index + 1 < len(words) else ""
    if _surname_after_nominative_occupation(bare_word(previous), word, raw):
        return True
    following = "" if raw[:1] == "(" else bare_word(raw)  # (an aside: `Шевчук (ГО «…») …`)
    if following[:1].islower() and morphology.agrees_with(word, following):
        return False  # an adjective and its noun: `через старосту Громадський контроль`
    if word.casefold() in ROLES or morphology.normal_form(word.casefold()) in ROLES:
        return False
    found = _occupation_before(words, index)
    if found is None:
        return False
    at, genitives = found
    occupation = words[at]
    by_ending = morphology.is_surname(word) and word.endswith(_SURNAME_ENDINGS)
    if is_title_case(occupation):
        return (
            # (its body's abbreviation may stand between: `Інспектор ДСНС Петренко`; its
            # genitives before a word that is nothing but a surname: `Інспекторка ювенальної
            # превенції Савчук працює`)
            (not genitives or morphology.is_surname_only(word))
            and (following[:1].islower() or raw[:1] == "(")
            and morphology.is_person_noun(occupation)
            and (morphology.is_surname_only(word) or by_ending)
        )
    if not occupation.islower():
        return False
    if morphology.is_surname_only(word) or by_ending:
        return True
    if morphology.is_surname(word):
        return _undeclined_after_womans_occupation(words, index, word, occupation)
    return (
        at == index - 1
        and morphology.same_case_and_number(occupation, word)
        and morphology.is_surname(morphology.normal_form(word.casefold()).capitalize())
    )


def _occupation_before(words: list[str], index: int) -> tuple[int, int] | None:
    """Where the occupation before the surname at `index` stands, past up to two lower-case
    words of its body in the genitive (nouns, or an adjective and its noun) or its
    abbreviations, and how many genitives it passed; None where none does."""
    genitives = 0  # the lower-case genitives of its body passed
    for at in range(index - 1, max(-1, index - 4), -1):
        occupation = words[at]
        if not (occupation[-1].isalpha() and is_cyrillic(occupation)):
            return None  # (not a list: `Психолог, Мельник`)
        if morphology.is_one_person(occupation) and (
            not genitives or not morphology.is_common_noun_in_genitive(occupation)
        ):
            return at, genitives
        if ABBREVIATION_WORD.match(occupation) and occupation.isupper():
            continue  # its body's abbreviation: `координаторки ЦНАП Петренко`
        if not (occupation.islower() and _genitive_of_body(words, at)):
            return None
        genitives += 1
    return None


def _genitive_of_body(words: list[str], at: int) -> bool:
    """Whether the lower-case word at `at` may be a word of the genitive after an occupation:
    a noun in the genitive (`відділу`), or an adjective agreeing with the genitive noun after
    it (`ювенальної превенції`)."""
    word = words[at]
    if morphology.is_common_noun_in_genitive(word):
        return True
    noun = bare_word(words[at + 1])
    return (
        noun.islower()
        and morphology.is_modifier_only(word)
        and morphology.is_common_noun_in_genitive(noun)
        and morphology.agrees_with(word, noun)
    )


def _surname_after_nominative_occupation(occupation: str, word: str, following: str) -> bool:
    """`Психіатр Коваль один на три громади`, `Фельдшерка Мороз одна на 5 сіл`: after an
    occupation in its dictionary form, a man's surname that a woman's stays as well, undeclined
    (a smith's, a tailor's: `Коваль`, `Кравець`, `Мороз`), names who holds it, and the card's
    phrase or verb goes on after it. Not a word that is a woman's surname declined (`Музика`,
    `Швидка`, common words too: `Педіатр Швидка не доїжджає`), nor one only a man's (`Партнер
    Грант на …`), nor one at the text's end (`Лікар Мороз`)."""
    if not (following[:1] == "(" or following[:1].islower()):
        return False
    if word.casefold() in ROLES:
        return False  # another office: `Медсестра Староста Листоноша`
    folded = occupation.casefold()
    return (
        morphology.is_one_person(occupation)
        and morphology.normal_form(folded) == folded
        and morphology.is_undeclined_for_a_woman(word)
    )


def _undeclined_after_womans_occupation(
    words: list[str], index: int, word: str, occupation: str
) -> bool:
    """Whether the surname `word` at `index`, a noun for a person too, stands undeclined
    after a woman's `occupation` in an oblique case, with no verb of its own after it, and
    no phrase of its own unless it is a surname that does not decline for her."""
    # A noun for a person too, undeclined after a woman's occupation in an oblique case
    # (`з лікаркою Олійник`; not `Потрібна психологиня Музика для дітей`).
    womans = morphology.normal_form(occupation).endswith(_WOMENS_OFFICE_ENDINGS)
    oblique = not occupation.endswith(("а", "я"))  # (not `лікарка`, `працівниця`)
    if not (womans and oblique) or clause_opens(words, index, subject=word):
        return False  # (not `з вчителькою Мороз ускладнює роботу`, a card with its verb)
    # The card's phrase goes on after a man's surname that is hers too (`просять
    # соцпрацівницю Кравець про допомогу`); after a common word that is a surname, only
    # where none does (`з фельдшеркою Мороз`; not `з психологинею Грант на ремонт`).
    return morphology.is_undeclined_for_a_woman(word) or not phrase_follows(words, index)


def surname_after_first_name(first: str, surname: str) -> bool:
    """`Лесі Українки`: a first name in the genitive and a word that can follow it there;
    `Іванівною Коваль`: a patronymic and a surname;
    `Оксана Мельник`, `Марина Ткачук`: a word that can be a first name and one that can be a
    surname (both bare, the first capitalised and Cyrillic)."""
    if morphology.is_first_name_in_genitive(first) and morphology.has_genitive(surname):
        # (Not a verbal noun, which opens a card: `святого Миколая Інформування через …`;
        # nor a common word after a town that is a first name too: `школах Ізмаїла
        # Традиції вилківських рибалок`.)
        if surname.endswith(VERBAL_NOUN_ENDINGS):
            return False
        return morphology.is_name_only(first) or can_be_surname(surname)
    if morphology.is_patronymic(first):
        # `з Надією Іванівною Коваль` (not `Ніни Петрівни Сусіди підвозять`).
        return can_be_surname(surname)
    if morphology.is_surname_only(surname) and morphology.is_one_person(first):
        return True  # `Богдан Савчук`, a first name the dictionary knows only as a noun
    return morphology.is_first_name(first) and (
        can_be_surname(surname) or _ukrainian_surname_in_russian(first, surname)
    )


def person_after_office(words: list[str], index: int) -> bool:
    """`Голова ОТГ Петро Савчук`, `Начальник відділу культури Олег Бондар`, `депутатки
    Ірини Коваль`, `Тренер Андрій Кравець`: a first name and a surname after a noun for one
    person (an office or occupation) in their case and number name that person; they open
    no card. The office may stand up to five words back, past its body's lower-case words,
    prepositions, abbreviations and genitives (`Фахівчиня із супроводу Ганна Білик`,
    `Начальниця відділу з питань ВПО Оксана`), its name in quotes, its place or its number
    (`Директорка КЗ «…» Ніна`, `Староста Ушомира Петро`, `Вчитель ліцею №9 Олег`), and past
    another office in the genitive (`Заступниця міського голови Оксана`)."""
    first = _first_name_before_surname(words, index)
    if first is None:
        return False
    back = index - 1
    on_matters = _held_office_on_matters(words, index, first)
    for _ in range(_OFFICE_WORDS + on_matters):
        if back < 0:
            return False
        if words[back].rstrip(",.;:")[-1:] in tuple(CLOSING_QUOTES):
            # A body's name in quotes is one word here (`Директорка КЗ «… бібліотека» Ніна`).
            opening = quote_start(words, back)
            if opening is None:
                return False
            back = opening - 1
            continue
        word = bare_word(words[back])
        if _BODY_NUMBER.match(words[back]) and (
            words[back][0] == "№" or (back >= 1 and words[back - 1] == "№")
        ):
            # The number of the body the office is of: `Вчитель ліцею №9 Олег` (not a
            # count or year: `Лікар 1 Ірина`, `Староста з 2020 Олег`).
            back -= 1 if words[back][0] == "№" else 2
            continue
        if not is_cyrillic(word):
            return False
        opening = _matters_opening(words, back) if on_matters else None
        if opening is not None:
            # To the preposition the matters open with (`у справах`, whose `справах` is no
            # genitive; `по гуманитарным вопросам`, past its adjective).
            back = opening
            continue
        if word.casefold() in PHRASE_GOES_ON_AFTER:
            if back != index - 1 and _joins_genitives(words, back):
                back -= 1  # the office's body of two nouns: `відділу молоді та спорту`
                continue
            if back == index - 1 or word.casefold() not in PREPOSITIONS:
                return False  # the name a preposition governs (`з Петро …`); `Депутат і …`
            if (
                is_finite_verb_at(words, index + 2)
                and not on_matters
                and not _from_a_town(words, back)
            ):
                return False  # a clause of its own: `психолог для дітей Ірина Коваль веде`
            back -= 1  # inside the office's own phrase: `Фахівчиня із супроводу Ганна Білик`
            continue
        if word.casefold() in ROLES or morphology.is_one_person(word):
            # In the same case and number (`Зустріч з мером Олег Бондар` opens a card); one
            # in another case may be the office's own (`Заступниця міського голови Оксана`).
            if morphology.same_case_and_number(word, first):
                return True
            if not morphology.has_genitive(word):
                return False  # an office in another case is no office's own (`старосту Петро`)
        elif word[:1].islower() and not morphology.has_genitive(word):
            # No word of the office's body, which is in the genitive (`відділу з питань`):
            # `Голова ОТГ завжди відкритий Петро Савчук`, `… підтримує ініціативи Депутат`.
            return False
        else:
            place = back >= 1 and (
                bare_word(words[back - 1]).casefold() in BEFORE_NAMES
                or bare_word(words[back - 1]).casefold() in VILLAGES  # `Староста села Шилівка`
                or _second_word_of_a_place(words, back)
            )
            office_before = back >= 1 and holds_office(words[back - 1])
            if (
                is_title_case(word)
                and not place
                and not morphology.is_oblique_only(word)
                # (nor at the body the office right before it is of, in the genitive:
                # `Інструктор Товариства Червоного Хреста Віталій`)
                and not (office_before and morphology.has_genitive(word))
            ):
                # A card may have opened there (`депутата Прозорість Олег Коваль`); not at a
                # place the office is of (`Староста Ушомира Петро Климчук`).
                return False
        back -= 1
    return False


def _joins_genitives(words: list[str], at: int) -> bool:
    """Whether `та`, `і` or `й` at `at` joins two lower-case nouns in the genitive, the
    name of an office's body (`відділу молоді та спорту`, `управління культури і
    туризму`)."""
    if words[at] not in JOINING or at < 1 or at + 1 >= len(words):
        return False
    return all(
        words[near].islower()
        and is_cyrillic(words[near])
        and morphology.is_common_noun_in_genitive(bare_word(words[near]))
        for near in (at - 1, at + 1)
    )


def _from_a_town(words: list[str], at: int) -> bool:
    """Whether the preposition at `at` is `з` before a capitalised place in the genitive,
    where the person after it comes from (`Ремісниця з Маріуполя Олена Дяченко`)."""
    if bare_word(words[at]).casefold() not in _FIELD_PREPOSITIONS or at + 1 >= len(words):
        return False
    place = bare_word(words[at + 1])
    return is_title_case(place) and is_cyrillic(place) and morphology.has_genitive(place)


def _second_word_of_a_place(words: list[str], at: int) -> bool:
    """`с. Мала Солтанівка`: the word at `at` is the noun of a place's name of two words
    after a place's abbreviation, its adjective agreeing with it."""
    return (
        at >= 2
        and bare_word(words[at - 2]).casefold() in BEFORE_NAMES
        and is_title_case(words[at - 1])
        and morphology.agrees_with(bare_word(words[at - 1]), bare_word(words[at]))
    )


def _first_name_before_surname(words: list[str], index: int) -> str | None:
    """The first name at `index`, bare, where a surname follows it (`Петро Савчук`); None
    where the two words are no person's name."""
    surname = bare_word(words[index + 1])  # (the caller saw a capital there)
    if not (is_title_case(surname) and is_cyrillic(surname)):
        return None
    first = bare_word(words[index])
    if not (
        morphology.is_first_name(first)
        or (morphology.is_surname_only(surname) and morphology.is_one_person(first))
    ):
        return None  # (`Богдан` is no first name to the dictionary, `Савчук` only a surname)
    if not (can_be_surname(surname) or _ukrainian_surname_in_russian(first, surname)):
        return None
    return first


def _ukrainian_surname_in_russian(first: str, surname: str) -> bool:
    """`Сергей Коваль` in notes taken in Russian: after a first name the dictionary is sure
    of, a surname the Ukrainian dictionary knows, which the Russian one reads as a common
    noun only. Only there: after an office alone or a first name in doubt, such a word opens
    a card as often (`Мэр Война изменила …`, `Староста Выход на людей …`)."""
    return (
        morphology.language() == "ru"
        and morphology.is_first_name(first)
        and morphology.is_ukrainian_surname(surname)
    )


def _matters_opening(words: list[str], at: int) -> int | None:
    """Where the words for an office's matters that end at `at` open, at their preposition:
    `з питань`, `у справах`, and in Russian an adjective between (`по гуманитарным
    вопросам`); None where `at` holds no such word."""
    if words[at] not in MATTERS_WORDS:
        return None
    if words[at - 1] in ON_MATTERS:
        return at - 1
    if at >= 2 and words[at - 2] in ON_MATTERS and words[at - 1].islower():
        return at - 2
    return None


def _held_office_on_matters(words: list[str], index: int, first: str) -> bool:
    """Whether an office named by what it is for (`з питань …`) stands before the first name
    at `index`, held by that person: no card ends in `з питань …`, so its words stretch the
    reach and a verb after the name is the holder's (`Радниця з питань безбар'єрності
    Світлана Мороз має вплив`, `Начальник управління з питань надзвичайних ситуацій
    Сергій`). Not an office of the other sex (`уповноважений з питань ВПО Ганна`), nor one
    that is lacking or needed (`Потрібен радник з питань ветеранів Олег`). An office's
    field in the genitive right after it counts too (`Радниця з безбар'єрності Марія`)."""
    for at in range(max(1, index - _OFFICE_WORDS), index):
        opening = _matters_opening(words, at)
        if opening is not None:
            offices = range(opening - 1, max(-1, opening - 3), -1)
        elif words[at - 1] in _FIELD_PREPOSITIONS and at >= 2 and _a_field(words[at]):
            offices = range(at - 2, at - 1)  # (right before it: `Радниця з безбар'єрності`)
            if not holds_office(words[at - 2]):
                continue  # (not an office's field: `… виходять з дому`)
        else:
            continue
        for office in offices:
            if holds_office(words[office]):
                word = bare_word(words[office]).casefold()
                before = bare_word(words[office - 1]).casefold() if office else ""
                genders = morphology.nominative_genders(word)
                # (Russian names a woman's office in the masculine: `Советник … Мария`.)
                return (
                    (
                        bool(genders & morphology.nominative_genders(first))
                        or morphology.language() == "ru"
                    )
                    and before not in PREDICATIVES
                    and before not in LACKING
                    and not before.startswith(_NEEDED_OR_MISSING)
                )
        return False
    return False


def _a_field(word: str) -> bool:
    """Whether `word` may be the genitive of a field an office is for, after `з`
    (`безбар'єрності`, `комунікацій`)."""
    bare = bare_word(word)
    return bare[:1].islower() and is_cyrillic(bare) and morphology.has_genitive(bare)


def surname_after_office_of_body(words: list[str], index: int) -> bool:
    """`Депутат міськради Кравець підтримує ГО`, `Начальник РВА Мельник поддержал`,
    `Заступник міського голови Литвиненко курує`, `Міський голова Назарук відкритий до
    зустрічей`, `Новий староста Іваненко на зв'язку`: a surname alone after an office, and
    perhaps the body whose it is (up to three genitives or an abbreviation: `Начальник
    відділу цивільного захисту Гринишин`), names the
    office's holder when the office opens the card (capitalised, or after the capitalised
    adjective that does: `Міський голова`) and lower case goes on after the surname (its
    verb, an adjective, a preposition; the caller asks)."""
    surname = bare_word(words[index])
    if not can_be_surname_alone(surname):
        return False  # (not a common word or a first name: `… голови ради Влада ігнорує`)
    folded = surname.casefold()
    if folded in ROLES or morphology.normal_form(folded) in ROLES:
        return False  # another office, which opens a card: `Мэр | Староста не реагирует`
    verb = index + 1
    initials = verb + 2 < len(words) and is_initial(words[verb]) and is_initial(words[verb + 1])
    if initials:
        verb += 2  # `Литвин І. О. допомагає`: a surname for certain
    if verb + 1 < len(words) and words[verb] in ("не", "ні", "ни"):
        verb += 1  # `Бойко не пропускає`
    if verb + 1 < len(words) and morphology.is_adverb(bare_word(words[verb])):
        verb += 1  # `Литвиненко лично курирует`
    if (
        not initials
        and not is_finite_verb_at(words, verb)
        and (
            not (
                morphology.is_surname_only(surname)
                or (morphology.is_surname(surname) and morphology.is_one_person(surname))
            )
            or (
                morphology.can_be_nominative_modifier(surname)
                and morphology.agrees_with(surname, bare_word(words[index + 1]))
            )
        )
    ):
        # With no verb, only a word that is a surname and no common word but a noun for
        # one person (`Начальник управління Мельник відкритий`), and no adjective that
        # agrees with the word after it (`Доступний староста | Швидка реакція`, `Голова ОТГ
        # | Громадська рада не працює`, `Очільник громади | Грант на ремонт`).
        return False
    for office in (index - 1, index - 2, index - 3, index - 4):
        if office < 0 or bare_word(words[office]).casefold() not in ROLES:
            continue
        if not _office_opens_card(words, office):
            continue  # (not `до старости`)
        return _body_of_office(words[office + 1 : index], initials=initials)
    return False


def _body_of_office(body: list[str], *, initials: bool) -> bool:
    """Whether the words between an office and a surname name the office's body: its
    abbreviation or lower-case genitives (`відділу цивільного захисту`, `РВА`); and, before a
    surname with initials, a name in quotes or a village (`Голова ОСББ «Затишок» Литвин І.
    О.`, `Староста с. Кукшин Бондар В. І.`)."""
    quoted = place = False
    for word in body:
        bare = bare_word(word)
        if initials and (quoted or word[:1] in OPENING_QUOTES):
            quoted = word.rstrip(",.;:")[-1:] not in CLOSING_QUOTES
            continue  # (inside a name in quotes)
        if initials and word.endswith(".") and bare.casefold() in BEFORE_NAMES:
            place = True
            continue
        if place and is_title_case(bare):
            place = False
            continue  # (the village's name)
        if not (
            ABBREVIATION_WORD.match(bare)
            or (bare.islower() and is_cyrillic(bare) and morphology.has_genitive(bare))
        ):
            return False
    return not quoted


def can_be_surname_alone(word: str) -> bool:
    """Whether the bare `word` can be a Cyrillic surname with no first name before it:
    a surname only, or one in the nominative (`Мельник`, `Кравець`)."""
    return is_cyrillic(word) and (morphology.is_surname_only(word) or morphology.is_surname(word))


def _office_opens_card(words: list[str], office: int) -> bool:
    """`Заступник голови`, or `Міський голова`, `Новий староста`: the office is
    capitalised, or the adjective before it that agrees with it is."""
    word = bare_word(words[office])
    if is_title_case(word):
        return True
    if office < 1:
        return False
    modifier = bare_word(words[office - 1])
    return (
        is_title_case(modifier)
        and is_cyrillic(modifier)
        and morphology.is_modifier_only(modifier)
        and morphology.agrees_with(modifier, word)
    )


def a_name(word: str) -> bool:
    """Whether `word` can be a person's name or is an initial (`Шевченка`, `В.`), not a
    common word (`план Б. Громада`)."""
    if is_initial(word):
        return True
    bare = bare_word(word)
    if not is_cyrillic(bare):
        return True
    return can_be_surname(bare)
