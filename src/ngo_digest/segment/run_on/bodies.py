"""Bodies: the abbreviation rule (`abbreviation_opens`: an all-caps abbreviation opens a card
where its verb follows), a body's name in quotes (`quoted_name_opens`), and the bodies' names
that the Cyrillic word rule asks about (councils, ministries, services)."""

from __future__ import annotations

import re

from .. import morphology
from ..language import word_language
from ..spans import OPENING_QUOTES, bare_word, is_cyrillic, is_title_case
from ..words import (
    ABSTRACT_ENDINGS,
    ADJECTIVE_ENDINGS,
    AND_WORDS,
    BEFORE_NAMES,
    BODY_ADJECTIVE_ENDINGS,
    BODY_HEADS,
    BODY_UNITS,
    CAPITAL_PREPOSITIONS,
    CAPITALISED_ADJECTIVES,
    DISTRICTS,
    ENGLISH_AUXILIARIES,
    FEMININE_BODIES,
    IRREGULAR_PASTS,
    JOINING,
    MATTERS_WORDS,
    NAME_ADJECTIVES,
    NAME_HEADS,
    NOUNS_LIKE_ADJECTIVES,
    ON_MATTERS,
    PEOPLE_NOUNS,
    PHRASE_GOES_ON_AFTER,
    PLURAL_PRESENT_VERBS,
    QUALIFYING_NOUNS,
    QUANTITIES,
    SERVICE_NAMES,
    STREET_FORMS,
    TAKE_AN_OBJECT,
    TERRITORIES,
    TRANSLITERATED_ADJECTIVES,
    VALUE_CARDS,
    VILLAGES,
)
from .clauses import (
    after_fronted_object,
    body_town_words,
    clause_opens,
    town_of_the_body_before,
)
from .common import (
    ABBREVIATION_WORD,
    CLOSING_QUOTES,
    COUNCIL_GENITIVE,
    NEGATIONS,
    OBJECT_OPENERS,
    PLACE_PREPOSITIONS,
    PLURAL_ABBREVIATION,
    PREPOSITIONS,
    after_function_word,
    ends_a_capitalised_list,
    english_s_form,
    holds_office,
    is_count,
    is_finite_verb_at,
    owned_by_body,
    past_negation,
    predicate_follows,
    quote_end,
    stands_before_verbs,
    takes_a_name,
)
from .counts import (
    amount_governed,
    count_ends_phrase,
    count_of_counts,
    counted_adjective,
    house_number,
    people_counted_before,
    reciprocal,
    share_before_a_subject,
    thousands_of_people,
)
from .latin import ends_latin_name, step_verb, used_as_noun
from .places import names_a_place

_BODY_PREFIXES = ("Мін", "Держ", "Нац", "Укр")
"""How a ministry's, agency's or state company's compound name starts (`Мінцифри`,
`Держгеокадастр`, `Укрзалізниця`)."""
_BODY_COMPOUND = re.compile(
    r"^(?:Мін|Держ(?!ав)|Нац(?!іон)|Укр(?!аї|аи|ит))[а-яєіїґыё]{3,}(?:[уюиіїы]|ів)$"
)
"""(Not the adjectives `Державні`, `Національні`, `Українські`, nor `Укриття`.)"""
# English adjectives in `-ly` that open a clause with the noun after them (`Elderly IDPs
# are lonely`); not names' adjectives, since `for the Elderly` ends a card.
_ADJECTIVES_IN_LY = frozenset("elderly lonely friendly early".split())
_MATTERS_BODIES = frozenset("комісія комітет офіс".split())  # `Комісія з … питань ОТГ`, as units
_ADJECTIVE_LEMMA_ENDINGS = ("ий", "ій")  # (not a pronoun's: `весь`, `той`)
UNDER = frozenset({"програмою", "проєктом", "проектом"})  # `за програмою …`: under a name
# What a service's name follows (dictionary forms): `у застосунку Дія`, `на порталі Дія`.
_SERVICE_HOSTS = frozenset("застосунок додаток портал платформа сервіс сайт бот чат-бот".split())
# A service's name of two capitalised parts joined by a dot: `Дія.Освіта`, `Дія.Бізнес`.
_DOTTED_NAME = re.compile(r"^[А-ЯІЇЄҐA-Z][\w'’-]*\.[А-ЯІЇЄҐA-Z][\w'’-]*$")
# Kinds of bodies an English name in quotes before them names (`“Vilni Liudy” CSO shares`).
_NAMED_KINDS = frozenset("NGO CSO CBO OSBB INGO".split())
# Words that open a noun phrase in English, whose abbreviation they count or qualify.
_DETERMINERS = frozenset(
    "most all some many few several both these those our their local young older".split()
)
# What a name in quotes after it names, though its word ends as a quality's or a plural's
# does (`Exhibition “Faces of War”`, `Public organization “Nadiia”`, `Local NGOs “…”`).
_NAMED = frozenset(
    """
    exhibition competition conference presentation production expedition meeting training
    organization organisation association coalition movement charity series webinar ngo cso
    initiative project programme program campaign fundraising
    """.split()
)
# One-word value cards with no quality's ending, after which a name in quotes opens a card.
_VALUE_WORDS = VALUE_CARDS - {"support", "help", "care"}  # (services too: `Home care “…”`)
_SHARE = frozenset({"share", "shares", "support"})  # verbs and nouns: see `used_as_noun`
_PLACES_NAMED = STREET_FORMS | DISTRICTS | VILLAGES  # words a place's name follows
_FROM = frozenset("з із зі из".split())  # before a town: `ВПО з Маріуполя ведуть`
_NAME_JOINERS = frozenset("and of &".split())  # inside a name: `Department of Youth and Sports`
_BEFORE_BARE_VERBS = frozenset(
    """
    do does did will would can could should must may might shall cannot don't doesn't didn't
    can't won't
    """.split()
)
"""Auxiliaries that a bare verb follows (`does not answer`, `will fund`)."""


def service_named(words: list[str], index: int, bare: str, following: str) -> bool:
    """Whether the capital at `index` names what the lower-case noun before it is: a
    service's name, or one ending in `+`, after an app or a platform (`у застосунку Дія`,
    `застосунки Резерв+`; not `Відкрита рада Дія замість декларацій`, `рада Прозорість+`),
    two names joined by a dot after any noun that takes a name (`на платформі Дія.Освіта`),
    and a one-word name under which `за програмою` puts something, at the cell's end or
    before the next card (`за програмою Оселя`; not `за програмою Мешканці не знають`)."""
    before = bare_word(words[index - 1])
    if not before[:1].islower():
        return False
    if bare.casefold() in SERVICE_NAMES or words[index].endswith("+"):
        return is_cyrillic(before) and morphology.normal_form(before) in _SERVICE_HOSTS
    if "." in bare and _DOTTED_NAME.match(bare):  # (the cheap test first: most have no dot)
        return takes_a_name(before)
    return (
        index >= 2
        and words[index - 2].casefold() == "за"
        and words[index - 1] in UNDER
        and not following[:1].islower()
    )


def of_the_council(words: list[str], index: int) -> bool:
    """`засідання Ради з питань ВПО`: `Ради`, a council named with a capital, after a noun
    that takes it in the genitive, is that noun's; it opens a card only as the plural
    subject of a verb (`Ради ВПО працюють формально`)."""
    before = bare_word(words[index - 1])
    if not (
        is_cyrillic(before)
        and before.casefold() not in PHRASE_GOES_ON_AFTER
        and morphology.governs_or_agrees(before.casefold(), COUNCIL_GENITIVE.casefold())
    ):
        return False
    after = index + 1  # past the council's abbreviation: `Ради ВПО працюють`
    while after < len(words) and ABBREVIATION_WORD.match(words[after]) and words[after].isupper():
        after += 1
    return not (predicate_follows(words, after) or clause_opens(words, index))


def adjective_names_body(words: list[str], index: int) -> bool:
    """`Асоціація ОСББ Лісогірська Толоки …`: an adjective after a body's noun and its
    abbreviation, agreeing with the noun and with no noun of its own after it (a capital it
    does not agree with follows, or nothing), is the body's name: a card never is an
    adjective alone."""
    if index < 2 or not words[index - 1].isupper() or not is_cyrillic(words[index - 1]):
        return False
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    if following[:1].islower() or (len(following) > 1 and following.isupper()):
        return False  # its own noun after it: `Кишенькові ГО`
    bare, noun = bare_word(words[index]), bare_word(words[index - 2])
    return (
        is_cyrillic(noun)
        and morphology.is_modifier_only(bare)
        and morphology.agrees_with(bare, noun)
        and not (following and morphology.agrees_with(bare, following))  # `Громадська Рада`
    )


def is_body_compound(word: str) -> bool:
    """`Мінмолодьспорту`, `Мінветеранів`, `Нацполіції`: a body's compound name, in the
    genitive it takes after a noun (not `Держзамовлення`, `Мінімум`, `Міні-футбол`)."""
    return (
        word.startswith(_BODY_PREFIXES)
        and bool(_BODY_COMPOUND.match(word))
        and not morphology.is_infinitive(word)  # (`Укріпити співпрацю`)
    )


def _oblique_adjective(words: list[str], at: int) -> bool:
    """Whether the word at `at` is a Ukrainian adjective in an oblique case only, which is
    no card alone: its noun follows, where it opens the cell, or a sentence or part of it
    (`Зареєстрованих ГО мало`), or names a body's level or place (`від Полтавської ОДА`).
    Not another adjective inside a phrase, which may stand for people (`Психологи для
    літніх`) or name a street (`на Соборній`), nor a pronoun (`Всіх`), nor a name's second
    word (`вул. Дмитра Вітовського`)."""
    word = bare_word(words[at])
    if not (is_title_case(word) and is_cyrillic(word) and morphology.is_modifier_only(word)):
        return False
    if at > 0 and words[at - 1][:1].isupper():
        return False  # (a name's second word: `Дмитра Вітовського ЦНАП`)
    if at > 0 and not (
        words[at - 1].endswith((",", ";", ".")) or word.endswith(BODY_ADJECTIVE_ENDINGS)
    ):
        return False  # (inside a phrase: `на Соборній ЦНАП`; not `від Полтавської ОДА`)
    lemma = morphology.normal_form(word.casefold())
    return lemma.endswith(_ADJECTIVE_LEMMA_ENDINGS) and morphology.is_oblique_only(word)


def _matters_named(words: list[str], at: int) -> bool:
    """Whether the matters word at `at` has its field already, an adjective before it
    (`Консультації з пенсійних питань`), and names what something is about, not an office's
    or body's field (`Радник з гендерних питань ОДА`, `Відділ з гуманітарних питань ОТГ`):
    the abbreviation after it opens a clause of its own then."""
    adjective = bare_word(words[at - 1]) if at else ""
    back = at - 1  # past the adjectives and their joins (`з гуманітарних та соціальних`)
    while back > 0 and (
        words[back] in AND_WORDS
        or (
            words[back][:1].islower()
            and morphology.agrees_with(bare_word(words[back]), bare_word(words[at]))
        )
    ):
        back -= 1
    head = bare_word(words[back - 1]).casefold() if back and words[back] in ON_MATTERS else ""
    verb = at + 2 if at + 2 < len(words) and words[at + 2] not in NEGATIONS else at + 3
    if verb < len(words) and head and morphology.can_be_subject_of(head, bare_word(words[verb])):
        return False  # the head's own verb: `Консультації з юридичних питань ВПО відбуваються`
    return (
        adjective[:1].islower()
        and is_cyrillic(adjective)
        and morphology.agrees_with(adjective, bare_word(words[at]))
        and bool(head)
        and not (
            holds_office(head)
            or takes_a_name(head)
            or morphology.normal_form(head) in BODY_UNITS | _MATTERS_BODIES
        )
    )


def _modifier_after_preposition(words: list[str], at: int) -> bool:
    """Whether the lower-case word at `at` is an adjective or pronoun in an oblique case only
    right after a Ukrainian preposition (`для всіх`, `від окремих`): the noun after it is
    the preposition's, no clause's subject."""
    word = bare_word(words[at])
    return (
        at > 0
        and word[:1].islower()
        and is_cyrillic(word)
        and bare_word(words[at - 1]).casefold() in PREPOSITIONS
        and morphology.is_modifier_only(word)
        and morphology.is_oblique_only(word)
    )


def _subject_after_plural_verb(words: list[str], at: int) -> bool:
    """Whether a plural finite verb stands at `at`, perhaps after `не`, and a subject of
    its own after it, people within three words (`пишуть ті самі люди`, `пишуть
    консультанти`)."""
    if at < len(words) and bare_word(words[at]) in NEGATIONS:
        at += 1
    if at >= len(words) or not morphology.is_plural_finite_verb(verb := bare_word(words[at])):
        return False
    return any(  # (people: not `… мають борги`, `… подають заявки`, their objects)
        word[:1].islower()
        and morphology.is_person_noun(word)
        and morphology.is_nominative_noun(word)
        and morphology.can_be_subject_of(word, verb)
        for word in (bare_word(w) for w in words[at + 1 : at + 4])
    )


def abbreviation_opens(words: list[str], index: int) -> bool:
    """An all-caps abbreviation opens a card where it opens a clause: its verb follows."""
    word, previous = words[index], words[index - 1]
    after, names = _past_quoted_name(words, index + 1)
    if names:
        after = _past_its_place(words, after)  # `ГО «Жінки Поділля» (м. Вінниця) навчає`
    joined = _past_a_joined_body(words, after)
    if joined is not None and not _heads_the_bodies(words, index, joined):
        after, names = joined, 2  # two bodies and their verb: `ДФТГ і ГО не координують`
    if not names and not _verb_follows(words, index):
        return False  # (asked first, as it answers most: `ролі ГО в житті` opens no clause)
    if _after_a_fronted_place(words, index):
        return False  # the clause the place opened: `У Бородянці ВПО відкрили пекарню`
    if _inside_phrase_before(words, index):
        return False
    if word in _NAMED_KINDS and previous.rstrip(",.;:")[-1:] in CLOSING_QUOTES + "’":
        return False  # the English name in quotes before it is its own: `“Vilni Liudy” CSO`
    modifier = bare_word(previous)
    if _opened_at_a_count(words, index, modifier):
        return False
    if (
        word in FEMININE_BODIES
        and is_title_case(modifier)
        and morphology.modifies_a_feminine_only_obliquely(modifier)
        and not _place_named(words, index - 1)  # (a street's: `на вулиці Шкільній ОТГ …`)
    ):
        return False  # its adjective in the genitive, after its noun: `Виконком Галицької МТГ`
    if (
        is_title_case(previous)
        and previous[-1] not in CLOSING_QUOTES  # (a name in quotes closed: `«Вісник» ОСМД …`)
        and is_cyrillic(modifier) == is_cyrillic(word)
        and _modifies(modifier)
        and (index < 2 or bare_word(words[index - 2]).casefold() not in _NAME_JOINERS)
        # (`Youth and Sports`; at the cell's second word there is no word two back)
        and not _place_named(words, index - 1)
        and not town_of_the_body_before(words, index - 1)
    ):
        # The clause opened at the word agreeing with it: `Кожна ГО`, `Місцеві ГО` (which
        # can be a noun too: `Місцеві не вважають …`), `Small NGOs`; not a Latin name before
        # a Ukrainian abbreviation (`через Signal ГО не дублюють`).
        return False
    if not is_cyrillic(word) and (
        is_finite_verb_at(words, index - 1)
        or modifier.casefold() in IRREGULAR_PASTS
        or _verb_of_a_plural_before(words, index - 1)
    ):
        # The object of the verb before it (`LSG ignores CSO letters`, `met IDP leaders`):
        # English verbs are told by their form, so `appeals` could be one. The dictionary is
        # sure of a Ukrainian verb after it: `Рада мовчить ОМС не залучає ГО` opens a clause there.
        return False
    if (
        index >= 2
        and modifier[:1].islower()
        and (words[index - 2] in JOINING or _quantifier(modifier))
        and is_cyrillic(modifier)
        and morphology.can_be_nominative_modifier(modifier)
        and not morphology.is_common_noun_in_genitive(modifier)  # (`бібліотек і клубів | ОМС`)
    ):
        # The second of two subjects (`Спілка ветеранів і нова ГО «…» не …`), or one that a
        # quantifier opened (`У Мощуні жодна ГО не працює`).
        return False
    if names:  # `КП «Міськсвітло» не ремонтує`, `KP “Teplo” holds`
        if takes_a_name(modifier) and not _singular_verb_after_plural(words, after, modifier):
            return False  # the body of the word before: `Читацький клуб ГО «Читаємо разом»`
        if is_title_case(modifier) and is_cyrillic(modifier) and morphology.is_one_person(modifier):
            # The employer of the person who opened the card: `Перевізник ТОВ «Автолюкс-К»
            # не виходить` (not `Немає координатора КП «Міськсвітло» не ремонтує`).
            return False
        if after < len(words) and is_cyrillic(word) and words[after][:1].isupper():
            after += body_town_words(words, after)  # its town: `КП «Тепловик» Ніжина звітує`
        return _verb_after_name(words, after, names, bare_word(words[index + 1]))
    # (Its verb follows: see the first test.)
    if _whose_the_second_subject_is(words, index):
        return False
    return not _staff_of(words, index)  # `Юрист ЦНАП консультує`, `Члени ДВК не проходять`


def _verb_of_a_plural_before(words: list[str], at: int) -> bool:
    """`starostas know`, `Residents trust`: a verb in the plural present after a plural
    noun, its subject (not after a possessive, which owns a noun: `residents' need`)."""
    if at < 1 or words[at] not in PLURAL_PRESENT_VERBS:
        return False
    subject = words[at - 1]
    return (
        subject.isascii()
        and subject[1:].islower()
        and subject.endswith("s")
        and not subject.endswith(("ss", "'s", "’s"))
    )


def _whose_the_second_subject_is(words: list[str], index: int) -> bool:
    """`Міська рада і Асоціація ОСББ підписали`: the abbreviation is whose the second of two
    joined subjects is, a word that takes a name, before their plural verb."""
    if index < 3 or index + 1 >= len(words) or words[index - 2] not in JOINING:
        return False
    head = bare_word(words[index - 1])
    return (
        is_title_case(head)
        and is_cyrillic(head)
        and takes_a_name(head)
        and morphology.is_plural_finite_verb(past_negation(words, index + 1))
    )


_QUANTIFIERS = frozenset("жодна жоден жодне жодні кожна кожен кожне кожні".split())


def _quantifier(word: str) -> bool:
    """Whether `word` says how many of what follows it: `жодна`, `кожна`."""
    return word.casefold() in _QUANTIFIERS


def _place_named(words: list[str], at: int) -> bool:
    """Whether the word at `at` is the name a word for a street, a district or a village, or
    a name's abbreviation, before it introduces (`вул. Пирогова`, `на вулиці Київській`,
    `мікрорайону Польова`), not a modifier of what follows: in `двір на вул. Пирогова ОМС
    не відповідає` the clause opens at `ОМС`. A pronoun or a plural names no such place
    (`в селі Кожна ГО працює`, `на вулиці Нові ОСББ …`)."""
    if at < 1:
        return False
    before = words[at - 1]
    folded = bare_word(before).casefold()
    if not ((before.endswith(".") and folded in BEFORE_NAMES) or folded in _PLACES_NAMED):
        return False
    name = bare_word(words[at])  # (not a pronoun or a plural: `в селі Кожна ГО працює`)
    return not (morphology.is_pronoun(name) or morphology.is_plural_only(name))


def _verb_follows(words: list[str], index: int) -> bool:
    """Whether the verb of the abbreviation at `index` follows it, the Latin name it ends
    (`NGO Council meets monthly`), or its town in the genitive, perhaps after `з` (`ЦНАП
    Ківерців не має`, `ВПО з Маріуполя ведуть клуб`), or where people are from in English
    (`IDPs from Kharkiv opened cafés`)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if ends_latin_name(words[index], following):
        return _followed_by_finite_verb(words, index + 2)
    town = index + 2 if following in _FROM and index + 2 < len(words) else index + 1
    named = body_town_words(words, town) if town < len(words) and is_cyrillic(words[index]) else 0
    if named:
        return _followed_by_finite_verb(words, town + named)  # `ЦНАП Білої Церкви не має`
    placed = _past_its_address(words, index + 1)
    if placed is not None and _followed_by_finite_verb(words, placed):
        return True  # `ОСББ на вул. Шевченка сортує`
    if (
        following == "from"
        and PLURAL_ABBREVIATION.match(bare_word(words[index]))
        and not bare_word(words[index - 1]).endswith("ing")  # (`Involving IDPs from …`)
        and bare_word(words[index - 1]).casefold() not in _DETERMINERS  # (`Most IDPs from`)
    ):
        # Where they are from, a town of a word or two: `IDPs from Nova Kakhovka share`.
        at = index + 2
        if at < len(words) and is_title_case(bare_word(words[at])):
            two = bare_word(words[at]).casefold() in TRANSLITERATED_ADJECTIVES  # `Nova Kakhovka`
            at += 2 if two else 1
        if at > index + 2 and at < len(words):
            verb = bare_word(words[at])
            return (
                verb.islower()
                and verb.isascii()
                and verb.isalpha()
                and verb not in PHRASE_GOES_ON_AFTER
                and verb not in TERRITORIES  # (`IDPs from Kharkiv region`)
            )
    return _followed_by_finite_verb(words, index + 1)


def _after_a_fronted_place(words: list[str], at: int) -> bool:
    """Whether a place's name of a word or two, after a capitalised preposition that opened
    the card, stands right before `at` (`У Бородянці`, `У Великих Сорочинцях`)."""
    for size in (1, 2):
        opening = at - size - 1
        if opening < 0:
            return False
        if not is_title_case(bare_word(words[opening + 1])):
            return False
        if words[opening] in CAPITAL_PREPOSITIONS:
            return True
    return False


_AT_AN_ADDRESS = frozenset("на у в".split())
_ADDRESS_NAME_WORDS = 2  # `на вул. Шевченка`, `у с. Мала Снітинка`


def _past_its_address(words: list[str], at: int) -> int | None:
    """Where the words after a body's address end (`на вул. Шевченка`, `у с. Мала
    Снітинка`): its preposition, a place's abbreviation and the name after it, a capital
    or two; None where no address stands at `at`."""
    if at + 2 >= len(words) or words[at] not in _AT_AN_ADDRESS or not names_a_place(words[at + 1]):
        return None
    end = at + 2
    while end < len(words) and end < at + 2 + _ADDRESS_NAME_WORDS:
        if not is_title_case(bare_word(words[end])):
            break
        end += 1
        if not words[end - 1][-1].isalpha():
            break  # (a comma or a stop ends the name: `на вул. Шевченка, 12`)
    return end if end > at + 2 else None


def _inside_phrase_before(words: list[str], index: int) -> bool:
    """Whether the abbreviation at `index` is inside the phrase or clause of the words
    before it: a verb's object, the field a title names, an adjective's noun, a
    preposition's phrase, a fronted object's clause, or what a possessive owns."""
    previous = words[index - 1]
    verb = bare_word(previous).casefold()
    if (
        (verb in TAKE_AN_OBJECT or verb in _SHARE)
        and not (verb in _SHARE and used_as_noun(words, index - 1))
    ) or step_verb(words, index - 1):
        # The verb's object: `supports IDP hubs`, `Train OSBB chairpersons`, `Residents
        # support NGO campaigns`.
        return True
    if bare_word(previous).casefold() in MATTERS_WORDS and not _matters_named(words, index - 1):
        return True  # the field a title names: `Відділ з питань ЦЗ не має бюджету`
    if _oblique_adjective(words, index - 1):
        return True  # the adjective's noun: `Зареєстрованих ГО мало`
    if _modifier_after_preposition(words, index - 1) and _subject_after_plural_verb(
        words, index + 1
    ):
        # Inside the preposition's phrase, where a plural verb and its own subject follow
        # (`Заявки для всіх ГО пишуть ті самі люди`); not `Рівні можливості для всіх` / `ГО
        # не довіряють …`, nor `… для всіх` / `ЦНАП консультує`.
        return True
    if after_fronted_object(words, index):
        # The clause opened at its fronted object: `Експертизу ГО враховують`, `Програму
        # співфінансування ОМС ухвалили`, `Позицію ГО ОМС оприлюднює`.
        return True
    if _object_of_bare_verb(words, index):
        return True  # `CEC does not answer NGO requests`
    # A possessive opens the phrase: `Veterans’ NGOs don't`.
    return previous.endswith(("'", "’", "'s", "’s"))


def _opened_at_a_count(words: list[str], index: int, modifier: str) -> bool:
    """Whether the clause of the abbreviation at `index` opened at its count before it
    (`5 ГО співпрацюють`, `Мало ГО`, `Лише дві ГО мають`), the count of its thousands or
    the count before its adjective; `modifier` is the word before it, bare."""
    previous = words[index - 1]
    governed = (
        index >= 2
        and is_cyrillic(words[index - 2])
        and after_function_word(words, index)
        and not count_of_counts(words, index - 1)
    )
    # (A count a Ukrainian preposition governs ends a phrase: `Тариф зріс на 40% ОМС не
    # враховує`; not `Only 2 of 11 PHC centres have`, `Лише 4 з 11 ЗЗСО мають`.)
    counted = (
        is_count(previous)
        and not governed
        and not house_number(words, index - 1)
        and not count_ends_phrase(words, index)
        and not share_before_a_subject(words, index)
    )
    if (
        modifier.islower()
        and is_cyrillic(modifier)
        and not reciprocal(words, index - 1)
        and not amount_governed(words, index - 1)
    ):
        counted = counted or morphology.is_numeral(modifier)  # `Лише дві ГО мають`
    if counted or (previous[0].isupper() and modifier.casefold() in QUANTITIES):
        return True  # the clause opened at its count: `5 ГО співпрацюють`, `Мало ГО`
    if thousands_of_people(words, index):
        return True  # and at the count of its thousands: `Понад 2 тис. ВПО отримали`
    if (
        index >= 2
        and is_count(words[index - 2])
        and not is_finite_verb_at(words, index - 3)  # (`Навчання пройшли 5 ГО | ОМС не …`)
        and ABBREVIATION_WORD.match(modifier)
        and is_cyrillic(modifier)
        and index + 1 < len(words)
        and morphology.is_plural_finite_verb(past_negation(words, index + 1))
    ):
        # Whose the counted bodies are, before the count's verb: `3 ГО ВПО отримали` (not
        # `3 ГО | ОМС не слухає`).
        return True
    if (
        index + 1 < len(words)
        and people_counted_before(words, index)
        and morphology.is_plural_finite_verb(past_negation(words, index + 1))
    ):
        return True  # the people whose the counted are: `12 родин ВПО отримали житло`
    # and at the count before its adjective: `Кілька сильних ГО мають`
    return counted_adjective(words, index - 1)


def _staff_of(words: list[str], index: int) -> bool:
    """A card opened by a noun for people, or for a body or what a body has, goes on through
    the abbreviation after it, which names whose they are, when the verb after that agrees
    with the noun (`Працівники ЦНАП консультують`, `Юрист ЦНАП консультує`, `Центр БПД
    працює`, `Довідка ВПО оформлюється`); not after a quality, a one-word card (`Ревнощі ГО
    не запрошують`), nor with a verb of another number (`Волонтери ОМС не підтримує`). A
    word in the genitive may stand between (`Відділ освіти ОТГ проводить`)."""
    if index + 1 >= len(words):
        return False
    at = index - 1
    if (
        at > 0
        and _lower_genitive(words[at])
        and _unit_or_person(bare_word(words[at - 1]))
        # (not an adjective and its noun: `Стара техніка | ДСНС передає`)
        and not morphology.agrees_with(bare_word(words[at - 1]), bare_word(words[at]))
    ):
        at -= 1  # past what a unit does: `Відділ освіти ОТГ проводить`
    person = bare_word(words[at])
    if not (is_title_case(person) and is_cyrillic(person)):
        return False
    if ends_a_capitalised_list(words, index):
        return False  # a card of people listed: `Краєзнавці, Історики, Музейники | ГО отримують`
    if words[at].rstrip(",.;:")[-1:] in CLOSING_QUOTES:
        return False  # a name in quotes, no people: `з ГО «Побратими» ГО не діляться`
    if not (morphology.is_person_noun(person) or owned_by_body(person)):
        return False
    after = index + 1  # past the body's town: `Коаліція ГО Харкова працює`
    if after + 1 < len(words):
        after += body_town_words(words, after)
    if after >= len(words):
        return False  # (the town ends the card: no verb after it)
    verb = past_negation(words, after)
    return morphology.is_finite_verb(verb) and morphology.can_be_subject_of(person, verb)


def _unit_or_person(word: str) -> bool:
    """A capitalised noun for a body's unit or for people (`Відділ`, `Голова`)."""
    if not (is_title_case(word) and is_cyrillic(word)):
        return False
    return morphology.normal_form(word) in BODY_UNITS or morphology.is_person_noun(word)


def _heads_a_named_phrase(words: list[str], at: int) -> bool:
    """Whether the noun at `at`, which takes a name, heads its phrase where a card or a
    preposition's phrase opens: capitalised (`Будинок культури «Юність» потребує`) or after
    a preposition (`У будинку культури «Юність» працює`); not inside a card's phrase, where
    the name may open a clause of its own (`Ремонт центру міста «Пласт» проводить …`)."""
    head = bare_word(words[at])
    if not takes_a_name(head):
        return False
    return is_title_case(head) or (at > 0 and bare_word(words[at - 1]).casefold() in PREPOSITIONS)


def _lower_genitive(word: str) -> bool:
    """A lower-case Ukrainian noun in the genitive, what a noun before it is of (`освіти`)."""
    return word.isalpha() and word.islower() and morphology.is_common_noun_in_genitive(word)


def quoted_name_opens(words: list[str], index: int) -> bool:
    """`Табори «Пласт» проводить щоліта`: a body's name in quotes opens a card where
    it is the subject of the verb after it (not `Звіт «Укрзалізниці» вийшов`), unless it
    names the word before it: a word that could be the verb's subject itself (`Пекарня
    «Хліб надії» працює`, `Нова «Довіра» працює`), one that takes a name (`у проєкті «Жива
    бібліотека» допомагає`), such a word and its genitive heading their phrase (`Будинок
    культури «Юність» потребує`), or the body's abbreviation (`ГО «Пласт» проводить`,
    where the card opened)."""
    if words[index - 1][-1] in ")]":
        # A quoted question after a bracket: `(але не всі) «Навіщо це?» – …` (not a name
        # that ends in `!`: `(2024) «Чисте місто!» зібрала`).
        end = quote_end(words, index)
        return end is not None and words[end].rstrip(",.;:")[-2:-1] == "?"
    before = bare_word(words[index - 1])
    if before.isascii() and before.isalpha() and not before.isupper():
        return _english_name_opens(words, index, before)
    if not before or not is_cyrillic(before) or ABBREVIATION_WORD.match(before):
        return False
    if after_function_word(words, index) and not _by_itself(words, index - 1):
        # The name of a word a preposition governs: `з видавництвом «Старий Лев»` (not after
        # `сам по собі`, which ends a card: `Кожне село саме по собі «Добросусідство» …`).
        return False
    first = bare_word(words[index])
    after, names = _past_quoted_name(words, index)
    if not names or not _verb_after_name(words, after, names, first):
        return False
    verb = past_negation(words, after)
    if (
        names == 1
        and is_cyrillic(first)
        and not morphology.can_be_subject_of(first, verb)
        and not morphology.is_adverb(first)  # (an adverb named so is a noun: `«Пліч-о-пліч»`)
    ):
        return False
    if takes_a_name(before):
        return False
    if index >= 2 and _lower_genitive(before) and _heads_a_named_phrase(words, index - 2):
        return False  # the name of a noun and its genitive: `Будинок культури «Юність» потребує`
    # A capitalised noun alone before the name may be what it names (`Пекарня «Хліб надії»
    # працює`); a lower-case one ends a card's phrase (`Слабкий зв'язок «Батьківський
    # контроль» моніторить`).
    named = is_title_case(before) and is_cyrillic(verb)
    return not (named and morphology.can_be_subject_of(before, verb))


def _english_name_opens(words: list[str], index: int, before: str) -> bool:
    """`Partnership “Skhid-SOS” shares its experience`, `… hromada “Vilni Liudy” CSO shares
    its warehouse`, `Youth leave for Kyiv “Irpin Neighbours” chat unites …`, `… aid “Vilni
    Liudy” and “Nadiia” work together`: an English name in quotes opens a card where its
    verb follows, perhaps past the word for what it names, after a word that ends a card
    (see `_ends_before_a_name`); not after a word it names (`Course “Digital Skills”
    starts`), qualifies or is the object of (a function word before it the caller told)."""
    after, names = _past_quoted_name(words, index)
    if not names or after + 1 >= len(words):
        return False
    # (Names joined name no one word before them: `… of aid “Skhid-SOS” and “Right to
    # Protection” consult`.)
    if not _ends_before_a_name(words, index, before, joined=names > 1):
        return False
    head = bare_word(words[after])
    if (
        head.isascii()
        and (head.islower() or ABBREVIATION_WORD.match(head))
        and head not in PHRASE_GOES_ON_AFTER  # (`«Volunteer Card» with discounts`)
        and not _english_verb(head)
        and _english_verb(past_negation(words, after + 1))
    ):
        after += 1  # what it names: `“Irpin Neighbours” chat unites`, `“Vilni Liudy” CSO shares`
    verb = past_negation(words, after)
    if not (verb.isascii() and verb.isalpha() and verb.islower()):
        return False
    if _english_verb(verb):
        return True
    # Names joined take a plural verb (`“Vilni Liudy” and “Nadiia” work together`), and so
    # does a name of people before the verb's object (`“Old Town Neighbours” clean the
    # riverbank`; not `… “Kind Hearts” help with food kits`).
    following = bare_word(words[after + 1]).casefold() if after + 1 < len(words) else ""
    plural = names > 1 or (
        words[after - 1].rstrip('”"’,').endswith("s") and following in OBJECT_OPENERS
    )
    return plural and verb not in PHRASE_GOES_ON_AFTER and not verb.endswith("s")


def _ends_before_a_name(words: list[str], index: int, before: str, *, joined: bool) -> bool:
    """Whether the word `before` an English name in quotes at `index` ends a card, as no
    word the name names does: a quality or a value (`Partnership`, `Trust`), a plural
    (`distributions`, `guides`), a territory (`hromada`), a place's name a preposition
    governs (`for Kyiv`), the last of capitalised words listed (`Honesty, Trust, Openness`),
    or any word before names `joined`; not a verb whose object the name is (`supports`),
    nor a word for what a name names (`Exhibition`, `Public organization`, `Local NGOs`,
    `Trainings`)."""
    folded = before.casefold()
    if folded in TAKE_AN_OBJECT or is_finite_verb_at(words, index - 1):
        return used_as_noun(words, index - 1) and not is_finite_verb_at(words, index - 1)
    if folded in TERRITORIES:
        return True  # (no name's: `for the whole hromada “Vilni Liudy” CSO shares`)
    after_preposition = index >= 2 and words[index - 2].casefold() in PHRASE_GOES_ON_AFTER
    if (
        folded in NAME_HEADS
        or folded in _NAMED
        or (folded.rstrip("s") in _NAMED and not after_preposition)
    ):
        # What it names: `Exhibition “Faces of War” opens`, `Local NGOs “…” …` (not a plural
        # that ends a preposition's phrase: `between NGOs | “Pravo Poruch” trains`).
        return False
    if joined or ends_a_capitalised_list(words, index):
        return True
    if folded.endswith(ABSTRACT_ENDINGS) or folded.endswith("ness"):
        return True
    if folded in _VALUE_WORDS or (folded.endswith("s") and not folded.endswith(("ss", "ings"))):
        return True
    return (
        is_title_case(before)
        and index >= 2
        and bare_word(words[index - 2]).casefold() in PLACE_PREPOSITIONS
    )


def _english_verb(word: str) -> bool:
    """An English verb told by its form: an auxiliary or an `-s` form (`shares`, `doesn't`)."""
    folded = word.casefold()
    return folded.isascii() and (folded in ENGLISH_AUXILIARIES or english_s_form(folded))


def _object_of_bare_verb(words: list[str], index: int) -> bool:
    """`does not answer NGO requests`, `will fund CSO projects`: a singular English
    abbreviation after a verb that an auxiliary tells is a verb is its object; not after a
    participle, which may end a clause (`is not equipped LSG involves`)."""
    word, verb = bare_word(words[index]), bare_word(words[index - 1])
    if index < 2 or is_cyrillic(word) or PLURAL_ABBREVIATION.match(word):
        return False
    if not (verb.isascii() and verb.isalpha() and verb.islower()) or verb.endswith("ed"):
        return False
    told = bare_word(words[index - 2]).casefold().replace("’", "'")  # (`don’t`, as Word types it)
    if told == "not" and index >= 3:
        told = bare_word(words[index - 3]).casefold()  # `does not answer`
    if told not in _BEFORE_BARE_VERBS:
        return False  # (not `is`: `map is public LSG does not build`)
    # Its own verb and that verb's object after it make it a subject: `doesn't act | LSG
    # invites CSOs` (not `does not answer NGO requests from …`).
    return not _verb_and_object_after(words, index)


# Possessives that open an object (`LSG ignores our letters`): not an article or `every`,
# which may follow a noun in the plural too (`NGO projects every year`, `CSO requests the
# same day`).
_POSSESSIVES = frozenset("our their his her its my your".split())


def _verb_and_object_after(words: list[str], index: int) -> bool:
    """Whether an English `-s` verb follows the word at `index`, and its object after that:
    a possessive or an abbreviation (`LSG invites CSOs`, `LSG ignores our letters`)."""
    if index + 2 >= len(words):
        return False
    verb, following = bare_word(words[index + 1]), bare_word(words[index + 2])
    if not (verb.isascii() and verb.isalpha() and verb.islower() and english_s_form(verb)):
        return False
    return following in _POSSESSIVES or ABBREVIATION_WORD.match(following) is not None


def _past_quoted_name(words: list[str], start: int) -> tuple[int, int]:
    """Where the words after the names in quotes that open at `start` begin (`«Лубнитранс»`,
    `“Shkilne kharchuvannia”`, `«Промінь» і «Разом»`), and how many names there are; `start`
    and none when no name opens there."""
    names, at = 0, start
    while at < len(words) and words[at][0] in OPENING_QUOTES:
        end = quote_end(words, at)
        if end is None:
            break
        names, at = names + 1, end + 1
        joined = at + 1 < len(words) and words[at] in JOINING and words[at + 1][0] in OPENING_QUOTES
        if not joined:
            break
        at += 1
    return (at, names) if names else (start, 0)


def _past_a_joined_body(words: list[str], at: int) -> int | None:
    """Where the verb stands after a second body joined at `at` to the one before it, its
    own abbreviation and perhaps its name in quotes (`ДФТГ і ГО не координують`, `ГО «Світло
    Обухова» і ГО «Енергія громади» не співпрацюють`), where that verb is in the plural;
    None where no such body and verb follow."""
    if at + 2 >= len(words) or words[at] not in JOINING:
        return None
    second = bare_word(words[at + 1])
    if ABBREVIATION_WORD.match(second) and is_cyrillic(second):
        end, names = _past_quoted_name(words, at + 2)
        if names:
            end = _past_its_place(words, end)
    elif second.islower() and is_cyrillic(second):
        # People or a body joined to it, perhaps after an adjective, with its genitives or
        # name in quotes: `ОСББ і старости організовують`, `ДСНС і управління освіти
        # проводять`, `ГО «…» і батьківська ініціатива «Мамина варта» моніторять`.
        end = at + 2
        if end + 1 < len(words) and bare_word(words[end])[:1].islower():
            noun = bare_word(words[end])
            if morphology.can_be_nominative_modifier(second) and morphology.agrees_with(
                second, noun
            ):
                second, end = noun, end + 1
        for _ in range(_GENITIVES_OF_A_NAME):
            word = bare_word(words[end]) if end + 1 < len(words) else ""
            if not (word[:1].islower() and morphology.is_common_noun_in_genitive(word)):
                break
            end += 1
        end, _names = _past_quoted_name(words, end)
    elif is_title_case(second) and is_cyrillic(second):
        named = _past_a_bodys_name(words, at + 1)  # `ЦНАП і Пенсійний фонд працюють`
        if named is None:
            return None
        end = named
    else:
        return None
    for _ in range(_ADVERBS_BEFORE_A_VERB):
        if end + 1 < len(words) and stands_before_verbs(bare_word(words[end])):
            end += 1  # (`ОМС і КП «Екосервіс» спільно планують`)
    if end >= len(words) or not morphology.is_plural_finite_verb(past_negation(words, end)):
        return None
    if second.islower() and not morphology.is_nominative_noun(second):
        return None  # (one subject of two, in either number: `ОСББ і школа облаштували`)
    return end


_GENITIVES_OF_A_NAME = 2  # `Управління соціального захисту`


def _past_a_bodys_name(words: list[str], at: int) -> int | None:
    """Where a body's name from the capital at `at` ends: a word that takes a name, or an
    adjective and the noun it goes with (`Пенсійний фонд`), and the genitives or the
    abbreviation after it (`Асоціація ОСББ`, `Управління соціального захисту`); None where
    no such name opens there."""
    head = bare_word(words[at])
    if takes_a_name(head):
        end = at + 1
    elif (
        at + 1 < len(words)
        and bare_word(words[at + 1])[:1].islower()
        and morphology.can_be_nominative_modifier(head)
        and morphology.agrees_with(head, bare_word(words[at + 1]))
    ):
        end = at + 2
    else:
        return None
    for _ in range(_GENITIVES_OF_A_NAME):
        word = bare_word(words[end]) if end < len(words) else ""
        if not (word[:1].islower() and morphology.has_genitive(word)):
            break
        end += 1
    following = bare_word(words[end]) if end < len(words) else ""
    if ABBREVIATION_WORD.match(following) and is_cyrillic(following):
        end += 1
    return end


def _heads_the_bodies(words: list[str], index: int, verb: int) -> bool:
    """Whether the word before the joined bodies from `index` heads them, whose they are:
    a noun the plural `verb` may have for its subject (`Зустрічі ОМС і ГО відбуваються`,
    `Працівники ЦНАП і ГО консультують`), a modifier, a preposition's word (see below),
    staff (see `_staff_of`), or the first body's unit that opened the card (`Дирекція НПП
    «…» і ОМС`); not a word that ended a clause, said of the noun before it (`Дороги
    розбиті`) or `сам` after its verb (`Кожен працює сам`)."""
    before = bare_word(words[index - 1])
    if not is_cyrillic(before):
        return False
    after_preposition = (
        index >= 2
        and bare_word(words[index - 2]).casefold() in PREPOSITIONS
        and not _by_itself(words, index - 1)
    )
    if after_preposition:
        # In the preposition's phrase: its modifier's noun (`для місцевих ГО і ОСББ`), its
        # members' (`з представниками ГО і ОСББ`), or its noun's genitive (`Скарги на
        # роботу ЦНАП і ОМС надходять`); not after people of their own (`Консультації з
        # батьками | ОМС і ГО проводять`), nor where a verb before the preposition ended
        # the clause (`… виділила кошти на освітлення | ДСНС і … проводять`).
        if (
            morphology.may_be_modifier(before)
            or _members_of_bodies(before)
            or not (
                morphology.normal_form(before.casefold()) in PEOPLE_NOUNS
                or _verb_before(words, index - 2)
            )
        ):
            return True
    elif not (_said_of_a_noun(words, index - 1) or _by_themselves(words, index - 1)) and (
        morphology.can_be_subject_of(before, past_negation(words, verb))
        or morphology.is_modifier_only(before)
    ):
        return True
    return _staff_of(words, index) or (
        # the first body's own unit, which opened the card: `Дирекція НПП «…» і ОМС разом …`
        is_title_case(before) and morphology.normal_form(before.casefold()) in BODY_HEADS
    )


_VERB_REACH = 4  # words back from a preposition to a verb whose phrase it ends


def _verb_before(words: list[str], at: int) -> bool:
    """Whether a finite verb in lower case stands a few words before `at`, in the card (`…
    виділила кошти на освітлення`): the phrase of the preposition at `at` ends its clause."""
    for back in range(at - 1, max(-1, at - 1 - _VERB_REACH), -1):
        word = bare_word(words[back])
        if not word or not word[0].islower():
            return False
        if is_finite_verb_at(words, back):
            return True
    return False


_BY_THEMSELVES = frozenset("сам сама саме само самі".split())


def _by_themselves(words: list[str], at: int) -> bool:
    """Whether the word at `at` is `сам` after its verb, which ends a clause (`Кожен працює
    сам | ГО «…» і ГО «…» провели`)."""
    return (
        at >= 1
        and bare_word(words[at]).casefold() in _BY_THEMSELVES
        and is_finite_verb_at(words, at - 1)
    )


def _said_of_a_noun(words: list[str], at: int) -> bool:
    """Whether the modifier at `at` follows the noun it agrees with, whose predicate it is,
    ending a clause (`Дороги розбиті | ОМС і НПП не погоджують`), not before its own noun."""
    if at < 1:
        return False
    noun, modifier = bare_word(words[at - 1]), bare_word(words[at])
    return (
        is_cyrillic(noun)
        and morphology.is_nominative_noun(noun)
        and not morphology.may_be_modifier(noun)
        and morphology.agrees_with(modifier, noun)
    )


# People whose bodies follow them in the genitive (`з представниками ГО і ОСББ`), unlike
# people of their own (`з батьками | ОМС і ГО проводять`).
_MEMBERS = frozenset(
    """
    представник керівник голова голови член працівник співробітник учасник волонтер фахівець
    представитель руководитель председатель член работник сотрудник участник
    """.split()
)


def _members_of_bodies(word: str) -> bool:
    """Whether `word` names people of the bodies after it (`представниками`, `голів`)."""
    return is_cyrillic(word) and morphology.normal_form(word.casefold()) in _MEMBERS


_ADVERBS_BEFORE_A_VERB = 2
_PLACE_IN_BRACKETS_REACH = 4  # `(м. Івано-Франківськ)`, `(смт Верховина)`


def _past_its_place(words: list[str], at: int) -> int:
    """Where the words after a body's place in brackets go on (`«Ґаздиня» (смт Верховина)
    проводять`), from `at` where the bracket opens; `at` where none does."""
    if at + 1 >= len(words) or not words[at].startswith("("):
        return at
    opening = words[at][1:] or words[at + 1]
    if not (names_a_place(opening) or is_title_case(bare_word(opening))):
        return at  # no place: `ГО «Надія» (на генератори) | …`
    for end in range(at, min(at + _PLACE_IN_BRACKETS_REACH, len(words))):
        if words[end].rstrip(",.;:").endswith(")"):
            return end + 1
    return at


def _singular_verb_after_plural(words: list[str], index: int, noun: str) -> bool:
    """`між колективами БФ «Відродження традицій» ділиться`: a singular verb after the name
    is not the plural noun's before it, whose name it would be, but the body's own."""
    if index >= len(words) or not is_cyrillic(noun) or not morphology.is_plural_only(noun):
        return False
    verb = past_negation(words, index)
    return morphology.is_finite_verb(verb) and not morphology.is_plural_finite_verb(verb)


def _by_itself(words: list[str], at: int) -> bool:
    """`сам по собі`, `саме по собі`: the words at `at` and before it end a phrase (a card
    that says something stands alone)."""
    return (
        at >= 2
        and words[at].casefold() == "собі"
        and words[at - 1].casefold() == "по"
        and words[at - 2].casefold().startswith("сам")
    )


def _verb_after_name(words: list[str], index: int, names: int, first: str) -> bool:
    """Whether the verb of a body's name follows it (`КП «Міськсвітло» не ремонтує`, `KP
    “Teplo” holds`): singular for one name, as a plural verb there has a subject of its own
    (`Звіт КП «Міськсвітло» не оприлюднюють`), unless the name's `first` word is its
    plural subject (`ГО «Жінки за мир» проводять`); English tells its verbs by their `-s`."""
    if index >= len(words):
        return False
    word = past_negation(words, index)
    if not word or not word[0].islower():
        return False
    if is_cyrillic(word):
        plural = morphology.is_plural_finite_verb(word)
        if not morphology.is_finite_verb(word):
            return False
        return names > 1 or not plural or morphology.can_be_subject_of(first, word)
    folded = word.casefold()
    return folded in ENGLISH_AUXILIARIES or english_s_form(folded)


def _modifies(word: str) -> bool:
    """Whether `word` can stand before a noun as its modifier: a Ukrainian adjective,
    pronoun or numeral in the nominative, or an English adjective (`Small`, `Cultural`)."""
    if is_cyrillic(word):
        # (In its own language: a Ukrainian word before a Russian card, `Недовіра ОМСУ …`.)
        return morphology.asked_in(
            word_language(word), lambda: morphology.can_be_nominative_modifier(word)
        )
    folded = word.casefold()
    if folded in NAME_HEADS or folded in NOUNS_LIKE_ADJECTIVES:
        return False  # `Portal`, `Initiative`: nouns, for all their endings
    if folded in NAME_ADJECTIVES or folded in _ADJECTIVES_IN_LY or folded in CAPITALISED_ADJECTIVES:
        return True  # `Joint`, `Open`, `Elderly`, `Clear`: adjectives with no adjective's ending
    return folded in QUALIFYING_NOUNS or folded.endswith(ADJECTIVE_ENDINGS)


def _followed_by_finite_verb(words: list[str], index: int) -> bool:
    """Whether a verb in a personal form comes next, possibly after a plural genitive of whose
    the bodies are (`ГО ветеранів мають`: then a plural verb), a negation and a Ukrainian
    adverb or two (`ВПО швидко освоюють`, `ОМС досі не публікує`); past an adverb,
    one whose subject the noun before the abbreviation cannot be (not `Підтримка ВПО швидко
    зростає`)."""
    if index >= len(words):
        return False
    start = index
    word = words[index]
    whose = word.isalpha() and word.islower() and is_cyrillic(word)
    whose = whose and index + 1 < len(words) and morphology.is_plural_genitive_noun(word)
    if whose:
        index += 1  # whose the bodies are: `ГО ветеранів мають автомобілі`
    for _ in range(2):
        word = bare_word(words[index])
        if index + 1 >= len(words) or not stands_before_verbs(word):
            break
        index += 1
    if bare_word(words[index])[:1].isupper():
        return False  # a card of its own: `Мовчання Житомирської ОДА Не вистачає членів ДВК`
    verb = past_negation(words, index)
    if not is_finite_verb_at(words, index, verb):
        return False
    if whose and not morphology.is_plural_finite_verb(verb):
        return False  # the verb of a noun before: `Програма підтримки ВПО громад не працює`
    noun = bare_word(words[start - 2]) if start >= 2 else ""
    if index > start and is_title_case(noun) and is_cyrillic(noun):
        return not morphology.can_be_subject_of(noun, verb)
    return True
