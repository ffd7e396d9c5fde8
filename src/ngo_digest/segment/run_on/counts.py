"""Counts: where a number opens a clause as its subject (`5 ГО співпрацюють`, `60% батьків не
знають`, `3 NGOs check`), and where it stays inside a phrase (a date, a house's number, how
often, a count out of another), as the abbreviation rule asks too."""

from __future__ import annotations

import re

from .. import morphology
from ..spans import bare_word, is_cyrillic, is_title_case
from ..words import (
    ABSTRACT_ENDINGS,
    BEFORE_COUNTS,
    BEFORE_SHARES,
    COUNTED_PEOPLE,
    COUNTED_PEOPLE_NOUNS,
    ENGLISH_AUXILIARIES,
    FUNCTION_WORDS,
    MEASURES,
    MONTHS,
    NOT_AFTER_A_COUNT,
    PHRASE_GOES_ON_AFTER,
    QUANTITIES,
    STREETS,
    TAKE_AN_OBJECT,
    THOUSANDS,
    VERBAL_NOUN_ENDINGS,
)
from .common import (
    ABBREVIATION_WORD,
    ARTICLES_AFTER_VERBS,
    OBJECT_OPENERS,
    ONLY,
    PLACE_PREPOSITIONS,
    PLURAL_ABBREVIATION,
    PREPOSITIONS,
    ends_a_capitalised_list,
    is_count,
    is_finite_verb_at,
    past_negation,
    stands_before_verbs,
)
from .places import names_a_place, town_words

_DECIMAL = re.compile(r"^\d+(?:[.,]\d+)?$")  # `15`, `1,5`
_NUMBERED = frozenset(  # words a number names (`номера 101`, `hotline 1547`), counting nothing
    "номер номера номеру номером номері телефон телефону телефоном number hotline".split()
)
_OUT_OF = frozenset({"з", "із", "зі", "of"})  # a count out of another: `4 з 11`
_ONE = frozenset({"один", "одна", "одне", "одні"})  # before `одного`: each other
_TIMES = frozenset("раз рази разів".split())  # how often: `2 рази на рік`
# Qualities that are measured, by an amount after them (`Вартість 200 грн за годину`).
_MEASURED_QUALITIES = frozenset(
    "вартість тривалість кількість чисельність місткість потужність швидкість".split()
)
_SPANS_OF_TIME = frozenset("годину години годин день дні днів тиждень тижні тижнів".split())
_TIME_ADVERBS = frozenset(
    """
    одночасно часто іноді інколи зараз тепер нині щороку щомісяця щотижня регулярно постійно
    рідко сьогодні досі нещодавно торік щодня зазвичай наразі вже
    """.split()
)
"""Adverbs of time that open a clause before its count, never a card alone (not `Складно`)."""
_HOW_OFTEN = frozenset("щороку щомісяця щотижня щодня регулярно постійно торік".split())
"""Those that may end a clause before a count's card (not `вже`, `зазвичай`, `наразі`)."""
# Words that open a phrase of place or time before a clause's subject (`У громаді`, `Цього
# року`, `Минулого тижня`), and how many words back the rule looks for them.
_FRONTING = frozenset(
    """
    у в на з із зі до для серед після під за від біля протягом цього цієї цьогоріч минулого
    минулої наступного наступної торік щороку силами коштом завдяки спільно станом
    этого прошлого следующего среди после благодаря
    """.split()
)
_FRONTED_REACH = 8
_NOUN_ONLY_ENDINGS = ("ness", "ity", "ship", "ism", "cy")
_VERBS_WITH_NOUN_ENDINGS = frozenset("ship worship harness witness".split())
_ENGLISH_MEASURES = frozenset(
    "times days weeks months years hours minutes km hryvnias percent".split()
)
_NOT_COUNTED = _ENGLISH_MEASURES | ENGLISH_AUXILIARIES  # (`3 times`, `1 is`)


def counted_adjective(words: list[str], index: int) -> bool:
    """`Кілька сильних`, `5 малих`: an adjective in an oblique case only, after a word of
    quantity or a count, which the noun after it completes."""
    if index < 1:
        return False
    adjective, count = bare_word(words[index]), bare_word(words[index - 1])
    if not (adjective.islower() and is_cyrillic(adjective)):
        return False
    if not (count.casefold() in QUANTITIES or is_count(count)):
        return False
    return morphology.is_modifier_only(adjective) and not morphology.can_be_nominative_modifier(
        adjective
    )


def _counted_before(words: list[str], index: int) -> bool:
    """Whether the card before `index` opened at a plural genitive, what a count after it
    counts (`Асистентів вчителя в громаді лише 7`; not `У громаді лише 7 ГО працює`)."""
    for back in range(index - 1, max(-1, index - 7), -1):
        word = bare_word(words[back])
        if word[:1].isupper():
            return is_cyrillic(word) and morphology.is_plural_genitive_noun(word)
    return False


def house_number(words: list[str], index: int) -> bool:
    """`на вул. Миру, 14`, `вул. Івана Франка, 2`: a number after a street's name and its
    comma numbers a house, and counts nothing after it."""
    if index < 2 or not words[index - 1].endswith(","):
        return False
    return any(
        bare_word(word).casefold() in STREETS for word in words[max(0, index - 4) : index - 1]
    )


def count_of_counts(words: list[str], index: int) -> bool:
    """`4 з 11`: a count out of another, which the preposition joins into one count."""
    return (
        index >= 2
        and bare_word(words[index - 1]).casefold() in _OUT_OF
        and is_count(words[index - 2])
    )


def reciprocal(words: list[str], index: int) -> bool:
    """`один одного`, `одна одній`: a pronoun of each other, which counts nothing (`Чути
    один одного ГО не конкурують`)."""
    return index >= 1 and bare_word(words[index - 1]).casefold() in _ONE


def count_ends_phrase(words: list[str], index: int) -> bool:
    """`Асистентів лише 7 ІРЦ не встигає`: a count after `лише` ends what it counts, when
    the verb after the abbreviation is singular and the count is not one (`21`)."""
    number = words[index - 1]
    if index < 2 or not number.isdigit():
        return False
    if bare_word(words[index - 2]).casefold() not in ONLY or not _counted_before(words, index - 2):
        return False
    if int(number) % 10 == 1 and int(number) % 100 != 11:
        return False
    verb = past_negation(words, index + 1) if index + 1 < len(words) else ""
    return morphology.is_finite_verb(verb) and not morphology.is_plural_finite_verb(verb)


def share_before_a_subject(words: list[str], index: int) -> bool:
    """`Фінансування лише 5% USAID призупинив програми`: a share counts no subject of
    a verb in the past of one man or woman, so an abbreviation before such a verb opens a
    clause (a share takes the neuter or the plural there, `5% ГО працювало`, and any number
    in the present: `40% ОСББ має енергоаудит`)."""
    if not words[index - 1].endswith("%") or index + 1 >= len(words):
        return False
    verb = past_negation(words, index + 1)
    if not (is_cyrillic(verb) and verb.endswith(("в", "ла"))):
        return False
    return morphology.is_finite_verb(verb) and not morphology.is_plural_finite_verb(verb)


def thousands_of_people(words: list[str], index: int) -> bool:
    """`2 тис. ВПО`, `1,5 млн USD`: thousands or millions after their count, before the
    people or the currency they count (`COUNTED_PEOPLE`), are one phrase with them; before a
    body they may end a card (see `amount_governed`)."""
    return (
        index >= 2
        and bare_word(words[index]) in COUNTED_PEOPLE
        and bare_word(words[index - 1]).casefold() in THOUSANDS
        and _DECIMAL.match(words[index - 2]) is not None
    )


def amount_governed(words: list[str], at: int) -> bool:
    """`замість 1,5 млн`: a number's word (`млн`, `тис`) after its count, which a Ukrainian
    preposition governs, ends a phrase when the abbreviation after it names a body, which
    no one counts in thousands (`… замість 1,5 млн ОТГ не фінансує ГО`), not people (`Із 4,9
    млн ВПО працюють лише 30%`)."""
    return (
        at >= 2
        and at + 1 < len(words)
        and _DECIMAL.match(words[at - 1]) is not None
        and is_cyrillic(words[at - 2])
        and bare_word(words[at - 2]).casefold() in FUNCTION_WORDS
        and bare_word(words[at + 1]) not in COUNTED_PEOPLE
    )


def _how_often(words: list[str], index: int) -> bool:
    """`2 рази на рік`, `24 години на добу`: the count at `index` says how often or for how
    long, not how many things (`40 тисяч мешканців`, `3 місяці без виплат`)."""
    counted = bare_word(words[index + 1]).casefold()
    following = words[index + 2] if index + 2 < len(words) else ""
    return counted in _TIMES or (counted in _SPANS_OF_TIME and following in ("на", "поспіль"))


def count_opens_clause(words: list[str], index: int) -> bool:
    """`5 ГО співпрацюють`, `60% батьків не знають`: a count opens a card where it is the
    subject of a Ukrainian verb in the plural after its noun, perhaps past whose they are
    and an adverb (`47 родин переселенців живуть`; not `Навчання 20 волонтерів триває`,
    nor `Заняття 20 волонтерів проходять`, the verbal noun's verb). A year (`Бюджет 2025`)
    or a date (`20 травня`) is no count, and after a preposition or `понад` a number is
    inside a phrase (`у 3 школах`)."""
    if not is_count(words[index]) or bare_word(words[index - 1]).casefold() in BEFORE_COUNTS:
        return False
    count = index
    if ends_a_capitalised_list(words, index) and not _measures(words, index):
        return True  # `Волонтери, Тренери, Медики | 4 нові секції для дівчат`
    adverb = bare_word(words[index - 1]).casefold()
    if adverb in _TIME_ADVERBS:
        # The card opened at the adverb (`Одночасно 3 ГО працюють в одному селі`), unless
        # one of how often ends a clause whose verb has its object (`… збирає людей
        # щомісяця | 4 старостати без інтернету`; not `… збирають внески вже 20 будинків`).
        return (
            adverb in _HOW_OFTEN
            and words[index - 1][:1].islower()
            and _count_after_a_finished_phrase(words, index)
        )
    if index + 1 < len(words) and is_title_case(words[index + 1]) and is_cyrillic(words[index + 1]):
        return False  # what follows opens a card of its own: `диспетчером 101 | Старости …`
    if bare_word(words[index - 1]).casefold() in _NUMBERED:
        return False  # a number that names, no count: `не знають номера 101`
    if index + 2 >= len(words):
        return False
    counted = index + 1
    if words[counted].endswith(("s'", "s’")) and index + 3 < len(words):
        counted += 1  # whose they are: `2 veterans' NGOs joined the night patrols`
    if PLURAL_ABBREVIATION.match(bare_word(words[counted])):
        # `3 NGOs check every tender`; not `We use 12 CSOs' data`, `… 12 CSOs last year`.
        if bare_word(words[index - 1]).casefold() in TAKE_AN_OBJECT:
            return False
        after = bare_word(words[counted + 1]).casefold()
        return after not in NOT_AFTER_A_COUNT and is_finite_verb_at(words, counted + 1)
    if not is_cyrillic(words[index + 1]):
        return _english_share_opens(words, index) or _english_count_opens(words, index)
    if bare_word(words[index + 1]).casefold() in MONTHS:
        return False  # a date (`Форум 20 травня пройшов`)
    if words[index + 1] in ("з", "із") and index + 4 < len(words) and is_count(words[index + 2]):
        index += 2  # a share as a count (`3 з 10 мешканців знають`)
    # Past whose the counted are and an adverb: `3 ГО громади вже мають меморандум`, `47
    # родин переселенців живуть у гуртожитку`.
    # (Past whose the bodies are, unless a verb before the count governs it: `Навчання
    # пройшли 5 ГО | ОМС не фінансують`.)
    governed = is_finite_verb_at(words, index - 1)
    if governed:
        start = index + 2
    else:  # (and past out of how many, or where they are from: `4 укриття з 19 відповідають`)
        start = _past_a_share_or_origin(words, _past_the_bodies_own(words, index + 1))
    verb = past_whose_and_adverbs(words, start)
    if words[verb] in ("не", "ні") and verb + 1 < len(words):
        verb += 1
    verb_word = bare_word(words[verb])
    if words[verb][:1].islower() and (
        morphology.is_plural_finite_verb(verb_word)
        # (`12 квартир відремонтовано`; not after a noun that may be the form's object:
        # `Ремонт 12 квартир завершено`)
        or (not is_title_case(words[index - 1]) and morphology.is_impersonal(verb_word))
    ):
        # The count's, not another card's (`на підтримку 95 ОШБр Допомагають`); unless a
        # capitalised verbal noun before it is the verb's subject, which the count goes on
        # (`Заняття 20 волонтерів громади проходять щосуботи`), or a phrase of place or
        # time opened the clause before its count (`Цього року 5 родин отримали житло`).
        return not (
            _subject_before_its_count(words, index, verb_word)
            or _after_a_fronted_phrase(words, count)
        )
    previous = bare_word(words[index - 1])
    if (
        is_title_case(previous)
        and previous.endswith("ість")
        and is_cyrillic(previous)
        and not _how_often(words, index)
        and morphology.normal_form(previous.casefold()) not in _MEASURED_QUALITIES
    ):
        # A quality counts nothing: `Байдужість 12 укриттів на 40 тисяч мешканців`; how
        # often it is stays with it (`Звітність 2 рази на рік`).
        return True
    return _count_after_genitive(words, index) or _count_after_a_finished_phrase(words, index)


def _after_a_fronted_phrase(words: list[str], index: int) -> bool:
    """Whether the count at `index` follows a phrase of place, time or means that opened its
    card, with no verb yet, ending on its noun (`У громаді 12 родин живуть`, `Цього року 5
    укриттів облаштовано`, `За кошти ЄС 3 школи …`): the clause's own, not a card of its
    own. Not after a word that says something of it (`В укриттях холодно | 12 родин …`, `У
    ЦНАП черги | 5 ГО …`). The card is told by its first word, a few words back."""
    previous = bare_word(words[index - 1])
    named = is_title_case(previous) or (len(previous) > 1 and previous.isupper())  # (`ЄС`)
    if not (named or morphology.is_oblique_only(previous)) or morphology.is_pronoun(previous):
        return False
    for back in range(index - 1, max(-1, index - _FRONTED_REACH), -1):
        word = words[back]
        folded = bare_word(word).casefold()
        if word[:1].isupper():
            if folded in _FRONTING:
                return True
            before = words[back - 1] if back else ""
            if (
                not before
                or before[-1] in ",;:"
                or (before[:1].isupper() and bare_word(before).casefold() not in _FRONTING)
            ):
                return False  # the card opened at a word of its own (`Черги в ЦНАП 5 …`)
        elif is_finite_verb_at(words, back):
            return False  # its verb came before: `У громаді працюють волонтери | 12 родин …`
    return False


def _measures(words: list[str], index: int) -> bool:
    """Whether the count at `index` measures how often or how much, or is a date (`3 рази на
    рік`, `2 тис. грн`, `2 times a month`, `15 травня`), which no card opens with."""
    noun = bare_word(words[index + 1]).casefold() if index + 1 < len(words) else ""
    return noun in _TIMES or noun in MEASURES or noun in _NOT_COUNTED or noun in MONTHS


def _subject_before_its_count(words: list[str], index: int, verb: str) -> bool:
    """Whether the capitalised noun right before the count at `index` is a verbal noun the
    `verb` after the count can have for its subject, whose the count is (`Заняття 20
    волонтерів громади проходять`); not a card of its own (`Довіра 20 волонтерів працюють`,
    `Толоки 5 ГО організовують`, where a plural card may stand so)."""
    before = bare_word(words[index - 1])
    return (
        is_title_case(before)
        and is_cyrillic(before)
        and before.casefold().endswith(VERBAL_NOUN_ENDINGS)
        and morphology.can_be_subject_of(before, verb)
    )


def _past_the_bodies_own(words: list[str], counted: int) -> int:
    """Where what follows the counted word at `counted` goes on: past whose bodies its
    abbreviation names are, another abbreviation (`3 ГО ВПО отримали`) or a town (`7 ОСББ
    Прилук створили`); right after the counted word where it is no abbreviation."""
    after = counted + 1
    if after + 1 >= len(words) or not (
        ABBREVIATION_WORD.match(bare_word(words[counted])) and is_cyrillic(words[counted])
    ):
        return after
    following = bare_word(words[after])
    if ABBREVIATION_WORD.match(following) and is_cyrillic(following):
        return after + 1
    if is_title_case(following):
        named = town_words(words, after)
        if not named and is_cyrillic(following) and morphology.has_genitive(following):
            # (a town the dictionary reads as a common noun too, before the count's verb:
            # `4 ГО Долини проводять`)
            named = int(morphology.is_plural_finite_verb(past_negation(words, after + 1)))
        return min(after + named, len(words) - 1)
    return after


def _past_a_share_or_origin(words: list[str], at: int) -> int:
    """Where what is counted goes on from `at`: past out of how many (`4 укриття з 19
    відповідають`) or where they are from (`9 волонтерів із с. Плюти возять`, `5 родин з
    Херсона живуть`); `at` where neither stands there."""
    if at + 2 >= len(words) or words[at] not in _OUT_OF or not is_cyrillic(words[at]):
        return at
    following = words[at + 1]
    if is_count(following):
        return at + 2
    if names_a_place(following) and at + 3 < len(words) and is_title_case(words[at + 2]):
        return at + 3
    place = bare_word(following)
    if is_title_case(place) and is_cyrillic(place) and morphology.has_genitive(place):
        return at + 2
    return at


def people_counted_before(words: list[str], at: int) -> bool:
    """Whether the abbreviation at `at` names the people a count right before it counts (`12
    родин ВПО отримали`): not a body (`3 сканери | ОМС не мають`), nor after things (`3
    генератори | ВПО потребують`) or a count a preposition governs (`на 12 осіб | ВПО …`)."""
    return (
        at >= 2
        and bare_word(words[at]) in COUNTED_PEOPLE
        and is_count(words[at - 2])
        and (at < 3 or bare_word(words[at - 3]).casefold() not in PREPOSITIONS)
        and morphology.normal_form(bare_word(words[at - 1]).casefold()) in COUNTED_PEOPLE_NOUNS
    )


def past_whose_and_adverbs(words: list[str], index: int) -> int:
    """Where the verb of what is counted may stand, from `index` on: past whose they are (a
    noun in the genitive, people's abbreviation or a town: `12 родин ВПО отримали`, `30
    будинків Вінниці мають`) and an adverb or two (`3 ГО громади вже мають`)."""
    word = words[index]
    whose = index + 1 < len(words) and is_cyrillic(word)
    if whose and (
        (word.islower() and morphology.is_common_noun_in_genitive(bare_word(word)))
        or people_counted_before(words, index)
    ):
        index += 1
    elif whose and is_title_case(bare_word(word)):
        index += town_words(words, index)  # their town: `30 будинків Вінниці мають`
    for _ in range(2):
        if index + 1 >= len(words) or not stands_before_verbs(bare_word(words[index])):
            break
        index += 1
    return index


def _count_after_genitive(words: list[str], index: int) -> bool:
    """`Затримки з оплатою робіт 40% сіл без води`, `Низькі зарплати бібліотекарів 2
    комп'ютери на всю громаду`: a share, or a count of something in the nominative (two to
    four, 22 …), opens a card after a noun in the genitive, which ends the phrase before it. Not a
    measure (`Витрати мешканців 2 тис. грн`, `Зустрічі ГО 2 рази`), a share of something
    (`Голоси мешканців 40% від усіх`), nor a count of five or more, which a genitive may
    govern (`Утеплення фасадів 12 будинків`)."""
    previous, noun = bare_word(words[index - 1]), bare_word(words[index + 1])
    if not ((previous.islower() or is_title_case(previous)) and is_cyrillic(previous)):
        return False  # (a name too: `Пільговий проїзд до Баришівки 2 нові посади`)
    if noun.casefold() in MEASURES or noun.casefold() in FUNCTION_WORDS:
        return False
    if ABBREVIATION_WORD.match(noun) and is_cyrillic(noun) and _two_to_four(words[index]):
        counted = False  # an abbreviation has no case; two to four count the nominative
    elif not (noun.islower() and is_cyrillic(noun)):
        return False
    else:
        counted = morphology.has_genitive(noun) or morphology.is_oblique_only(noun)
    if counted and not words[index].endswith("%"):
        return False  # five or more take the genitive, which a genitive may govern
    if not morphology.has_genitive(previous):
        return False
    # A share may follow a genitive that reads as a plural too (`власник станції 40% членів`),
    # not a verbal noun, whose object it is (`відрахування 1% податку`).
    share = words[index].endswith("%") and not previous.endswith(VERBAL_NOUN_ENDINGS)
    return share or morphology.is_oblique_only(previous)


def _count_after_a_finished_phrase(words: list[str], index: int) -> bool:
    """`Батьки возять дітей самі | 2 автобуси на 14 сіл`, `… опікується лежачими | 60
    волонтерів на парафії`: a count of things with words of its own after them opens a card,
    with no verb of its own, after a clause that has its verb and ends in a phrase a
    preposition opened, an adverb, or a noun in a case that governs no count; where that
    verb cannot have the count for its object: it takes none (`-ся`), or has one already, or
    a quantity (`збирають по 200 людей | 3 ремонт-кафе`). Not where the count may be that
    object (`Волонтери привезли до лікарні 40 ліжок`, `Фонд надає ветеранам 50 путівок`), in
    a card with no verb, whose head may govern it (`Підготовка в центрі 20 психологів`), at
    the card's end (its detail), after a phrase that opened the card, or before a measure, a
    date or a rate."""
    previous = words[index - 1]
    before = bare_word(previous)
    if not (previous[:1].islower() and is_cyrillic(before)) or previous[-1] in ",;:":
        return False
    if _measures(words, index) or _how_often(words, index):
        return False
    counted = _counted_noun(words, index)
    if counted is None or counted + 1 >= len(words) or not words[counted + 1][:1].islower():
        return False  # (a count at the card's end is its detail)
    if morphology.is_finite_verb(before) or morphology.is_infinitive(before):
        return False  # its object: `збирають 200 людей`
    if morphology.is_modifier_only(before) and not stands_before_verbs(before):
        return False  # what it counts is the modifier's: `на кожні 10 підопічних`
    if _per_time(words, counted + 1):
        return False  # a rate, the card's detail: `2 рейси на день`
    verb = _clause_verb(words, index)
    if verb is None or not (_takes_no_object(words[verb]) or _object_after(words, verb, index)):
        return False
    ended = (
        _ends_a_prepositions_phrase(words, index - 1)
        or stands_before_verbs(before)
        or (morphology.is_oblique_only(before) and not morphology.has_genitive(before))
    )
    return ended and not _after_a_fronted_phrase(words, index)


def _clause_verb(words: list[str], index: int) -> int | None:
    """Where the verb of the clause before the count at `index` stands, a finite verb or an
    infinitive a few words back; None where there is none."""
    for back in range(index - 2, max(-1, index - 2 - _CARD_REACH), -1):
        word = bare_word(words[back])
        if (
            word[:1].islower()
            and is_cyrillic(word)
            and (morphology.is_finite_verb(word) or morphology.is_infinitive(word))
        ):
            return back
    return None


def _takes_no_object(verb: str) -> bool:
    """A reflexive verb, which no count after it is the object of (`долучаються`)."""
    return bare_word(verb).casefold().endswith(("ся", "сь"))


def _object_after(words: list[str], verb: int, index: int) -> bool:
    """Whether the verb at `verb` has its object, or a quantity, before the count at `index`:
    a noun that may be in the accusative outside a preposition's phrase (`возять дітей
    самі`), or a number (`збирають по 200 людей`); not a dative or an adverb (`надає
    ветеранам`, `возять щосуботи`)."""
    in_phrase = False
    for at in range(verb + 1, index):
        word = bare_word(words[at])
        folded = word.casefold()
        if folded in PREPOSITIONS:
            in_phrase = True
        elif is_count(word):
            return True
        elif in_phrase:
            in_phrase = morphology.is_modifier_only(word)  # (the phrase ends on its noun)
        elif word.islower() and morphology.may_be_accusative_noun(word):
            return True
    return False


_COUNTED_REACH = 3  # a counted noun may stand past two modifiers: `100 нових малих читачів`
_CARD_REACH = 6  # how far back a card's first word may stand before a count


_TIME_UNITS = frozenset("день добу тиждень місяць рік годину неделю месяц год".split())


def _per_time(words: list[str], at: int) -> bool:
    """Whether `на` and a unit of time stand at `at`: a rate (`2 рейси на день`)."""
    return (
        at + 1 < len(words)
        and words[at] == "на"
        and bare_word(words[at + 1]).casefold() in _TIME_UNITS
    )


def _counted_noun(words: list[str], index: int) -> int | None:
    """Where the noun the count at `index` counts stands, past its modifiers: a noun in the
    genitive plural (`20 стажувань`, `100 відремонтованих речей`), in the nominative after
    two to four (`2 автобуси`), or a compound no case changes (`3 ремонт-кафе`); None where
    no such noun follows."""
    for at in range(index + 1, min(index + 1 + _COUNTED_REACH, len(words))):
        word = bare_word(words[at])
        if not (word.islower() and is_cyrillic(word)):
            return None
        if "-" in word and not morphology.is_known(word):
            return at  # (`ремонт-кафе`)
        if morphology.is_plural_genitive_noun(word):
            return at
        if _two_to_four(words[index]) and morphology.is_plural_only(word):
            return at
        if not morphology.is_modifier_only(word):
            return None
    return None


def _ends_a_prepositions_phrase(words: list[str], at: int) -> bool:
    """Whether the word at `at` ends a phrase a preposition opened a word or three before it,
    past its modifiers and numbers (`з ремісниками`, `у читальній залі`, `по 200 людей`),
    as the noun the preposition governs (not its genitive: `з урахуванням потреб 9 сіл`)."""
    for back in range(at - 1, max(-1, at - 4), -1):
        word = bare_word(words[back])
        if word.casefold() in PREPOSITIONS:
            return back > 0
        if words[back][-1:] in ",;:" or not (word.isdigit() or morphology.is_modifier_only(word)):
            return False  # (the preposition's own noun ends it: not `з урахуванням потреб`)
    return False


def _two_to_four(number: str) -> bool:
    """`3`, `22`: a count that takes the nominative plural (not `12`, `15`)."""
    return number.isdigit() and number[-1] in "234" and number[-2:-1] != "1"


def _english_share_opens(words: list[str], index: int) -> bool:
    """`Low trust in officials 40% of residents know nothing`: a share of people opens a
    card after a noun, not after a verb's past or a word of its phrase (`reached 40% of`)."""
    if not (words[index].endswith("%") and words[index + 1] == "of"):
        return False
    previous = bare_word(words[index - 1])
    if not (previous.isalpha() and previous.isascii()):
        return False  # (a one-word card may stand before it: `Passivity 40% of residents`)
    folded = previous.casefold()
    return not (folded in BEFORE_COUNTS or folded in BEFORE_SHARES or folded.endswith("ed"))


def _english_count_opens(words: list[str], index: int) -> bool:
    """`Weak legal capacity 15 volunteers trained on DOZORRO`, `No cooling centres 2 of 9
    drainage canals cleaned`, `… separately 3 organizations use the same hall`: a count of
    a plural noun whose verb follows (a past, or a verb before its object's article) opens a
    card after a lower-case word that ends one; after an abstract noun in title case, a
    count of things does (`Bureaucracy 12 new places in …`). Not after a verb or a word of
    its phrase (`funded 3 projects`, `has 12 shelters`, `within 5 days`), nor a measure
    (`3 times a year`)."""
    previous = bare_word(words[index - 1])
    folded = previous.casefold()
    if not (previous.isalpha() and previous.isascii()) or folded in BEFORE_COUNTS:
        return False
    if folded in BEFORE_SHARES or folded in ENGLISH_AUXILIARIES or folded.endswith("ed"):
        return False  # (`reached 40%`, `has 12 shelters`, `funded 3 projects`)
    if words[index - 1].endswith(")"):
        # A bracket closes the card before a count of things: `… office (Nataliia Lysenko)
        # 2 calls for proposals a year`.
        return _counts_things(words, index + 1) or _counts_a_clause(words, index + 1)
    if is_title_case(previous):
        # A one-word card of an abstract noun before a count of things, in a phrase or a
        # clause (`Bureaucracy 12 new places in …`, `Corruption 3 officials were fired`;
        # not `Priority 1 is …`, `Section 3 of …`); a place a preposition governs ends a
        # card before a count's clause (`… the history of Podillia | 12 families run the`).
        if index >= 2 and words[index - 2] in PLACE_PREPOSITIONS:  # (not `In Sambir 12 …`)
            return _counts_a_clause(words, index + 1)
        if not folded.endswith(ABSTRACT_ENDINGS):
            return False
        return _counts_things(words, index + 1) or _counts_a_clause(words, index + 1)
    if previous.islower() and _english_noun(folded):
        # A count of things after a noun ends the card the noun ends (`Joint advocacy 3
        # community centres in …`, `… tell success stories 50 new jobs a year`).
        return _counts_things(words, index + 1) or _counts_a_clause(words, index + 1)
    return previous.islower() and _counts_a_clause(words, index + 1)


def _english_noun(word: str) -> bool:
    """A noun by an ending no verb has (`advocacy`, `transparency`, `city`, `partnership`,
    `awareness`); not `-ment`, `-ance`, `-tion` or `-ies`, which verbs have too (`implement`,
    `finance`, `commission`, `supplies`)."""
    return word.endswith(_NOUN_ONLY_ENDINGS) and word not in _VERBS_WITH_NOUN_ENDINGS


def _counts_a_clause(words: list[str], at: int) -> bool:
    """Whether a plural noun from `at` on, past a share's `of 9` and an adjective or two,
    has its verb after it: a past, an auxiliary, or a verb before its object's article or
    possessive (`15 volunteers trained`, `3 officials were fired`, `3 organizations use the
    hall`, `3 of 9 starostas attend our meetings`)."""
    if words[at] == "of" and at + 1 < len(words) and words[at + 1].isdigit():
        at += 2  # a share: `2 of 9 drainage canals`
    # (An abbreviation after adjectives, `3 new veteran CSOs registered`, after a noun that
    # ends a phrase: `on paper`; not after a verb, whose object the count is: `We support`.)
    in_phrase = at >= 3 and bare_word(words[at - 3]).casefold() in FUNCTION_WORDS
    for noun in range(at, min(at + 3, len(words) - 1)):
        word = words[noun]
        plural_abbreviation = (
            in_phrase and noun > at and PLURAL_ABBREVIATION.match(word) is not None
        )
        if not (word.isalpha() and word.islower() and word.isascii()) and not plural_abbreviation:
            return False
        if word.endswith("s") and word not in _ENGLISH_MEASURES:
            verb = words[noun + 1]
            after = words[noun + 2] if noun + 2 < len(words) else ""
            if not (verb.isalpha() and verb.islower()) or verb in PHRASE_GOES_ON_AFTER:
                return False
            return (
                verb.endswith("ed")
                or verb in ENGLISH_AUXILIARIES
                or after in ARTICLES_AFTER_VERBS
                or after in OBJECT_OPENERS  # (`3 of 9 starostas attend our meetings`)
            )
    return False


def _counts_things(words: list[str], at: int) -> bool:
    """Whether a plural noun stands at `at` or after one word (`12 new places in`), and a
    function word, a capital or the end after it: a count's phrase, not its clause."""
    for noun in range(at, min(at + 2, len(words))):
        word = words[noun]
        if not (word.isalpha() and word.islower() and word.isascii()):
            return False
        if word.endswith("s") and word not in _NOT_COUNTED:
            after = words[noun + 1] if noun + 1 < len(words) else ""
            return not after or after in FUNCTION_WORDS or after[:1].isupper()
    return False
