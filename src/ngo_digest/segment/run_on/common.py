"""What the run-on rules of every kind ask of a word and its neighbours: whether it is a year
or a count, a capital, an initial or a quote's end, a name the dictionary may hold, and whether
a finite verb stands at a place (`is_finite_verb_at`), past the negations and adverbs before
it; and the word lists and reaches that rules in several modules share."""

from __future__ import annotations

import re

from .. import morphology
from ..spans import CLOSERS, OPENING_QUOTES, bare_word, is_cyrillic, is_title_case
from ..words import (
    ADJECTIVE_ENDINGS,
    BEFORE_VERBS,
    COUNTED_PEOPLE,
    ENGLISH_AUXILIARIES,
    FUNCTION_WORDS,
    IES_VERBS,
    LATIN_FIRST_NAMES,
    NAME_ADJECTIVES,
    NAME_HEADS,
    NOT_A_SUBJECT_AFTER,
    NOT_VERB_ENDINGS,
    NOUNS_LIKE_ADJECTIVES,
    OWNED_BY_BODIES,
    PHRASE_GOES_ON_AFTER,
    QUALIFYING_NOUNS,
    ROLES,
    RUSSIAN_FUNCTION_WORDS,
    TAKE_A_NAME,
    VERB_ENDINGS_DESPITE,
)

CYRILLIC_WORD = re.compile(r"[А-ЯІЇЄҐа-яіїєґ'’-]+$")  # (not `Вiдповідальність`, a Latin `i`)
NEGATIONS = frozenset({"не", "ні", "not"})
PREPOSITIONS = frozenset(
    "в у з із зі на до від для про при під над за через без між по о об щодо серед біля після"
    " перед понад протягом".split()
)
"""Ukrainian prepositions, the part of `FUNCTION_WORDS` that no verb follows (`раз на рік`:
`рік` is a noun there, though the dictionary reads it as the past of `ректи` too)."""
_QUOTED_NAME_REACH = 6
"""How many words a body's name in quotes may have (`ГО «Жінки за мир»`)."""
CLOSING_QUOTES = '»”"'
_PREDICATE_REACH = 3  # lower-case words a council's verb may stand past: `Ради ВПО теж не працюють`
COUNCIL_GENITIVE = "Ради"  # of `Рада`, a council's name (`Рада ВПО`), or councils in the plural
ONLY = frozenset({"лише", "тільки", "лиш", "всього"})  # (asked casefolded)
ABSTRACT_GENITIVE = "ості"  # `Незалежності`, `Соборності`: a street's name, no card's start
NAMED_DAYS = frozenset("день дня дню днем тиждень тижня тижню тижнем".split())  # every case
# (`ЦНАП`, `NGO`, `NGOs`, and a transliterated one whose first sound takes two letters: `TsNAP`)
ABBREVIATION_WORD = re.compile(
    r"^(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9-]{1,7}|[A-Z][A-Z0-9-]{1,7}s|[A-Z][a-z][A-Z]{2,6})$"
)
# Words that open a verb's object (`ignores the`, `ignores our`).
OBJECT_OPENERS = frozenset("the a an our their its his her my your all every each".split())
# English prepositions before a place's name, whose phrase the name ends (`for Kyiv`).
PLACE_PREPOSITIONS = frozenset("for from in to near of".split())
PLURAL_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s$")  # `NGOs`, `CSOs`
ARTICLES_AFTER_VERBS = frozenset("the a an".split())
# Words that open an English noun phrase, in which a word before an abbreviation qualifies it.
_PHRASE_OPENERS = frozenset(
    """
    the a an our their its his her my your this that these those one only each every same
    some any no all both another other for of with to from by in on at
    """.split()
)


def subject_after_reflexive(verb: str, name: str) -> bool:
    """`Громада згуртувалась Telegram-канали як …`: a Latin name joined to a Ukrainian noun
    that can be a subject, after a reflexive verb, which takes no object in the accusative
    (its object, if any, is in the instrumental: `користуються Telegram-каналами`, and a
    Latin name alone tells no case: `користуються Viber`)."""
    if not (is_cyrillic(verb) and verb.endswith(("ся", "сь")) and "-" in name):
        return False
    noun = name.rsplit("-", 1)[1]
    return is_cyrillic(noun) and not morphology.is_oblique_only(noun)


def after_function_word(words: list[str], index: int) -> bool:
    """Whether a function word stands two words back: the word before `index` is in its
    phrase (`з видавництвом «Старий Лев»`, `на 40% ОМС`)."""
    return index >= 2 and bare_word(words[index - 2]).casefold() in FUNCTION_WORDS


def takes_a_name(word: str) -> bool:
    """Whether `word` is a Ukrainian noun that a name may follow as its own (`проєкту`,
    `клуб`, `аукціон`; see `TAKE_A_NAME`)."""
    folded = word.casefold()
    if folded in TAKE_A_NAME:
        return True
    return is_cyrillic(folded) and morphology.normal_form(folded) in TAKE_A_NAME


def phrase_follows(words: list[str], index: int) -> bool:
    """Whether lower-case words go on after the word at `index` as its own phrase (`Грант
    на ремонт`), not as what it does or is (`Мороз відкрита`, `Мороз веде прийом`)."""
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    return (
        following[:1].islower()
        and not morphology.can_be_nominative_modifier(following)
        and not is_finite_verb_at(words, index + 1)
    )


def predicate_follows(words: list[str], at: int) -> bool:
    """Whether a finite verb stands within a few lower-case words from `at` on, past adverbs
    and particles (`рідко збираються`, `теж не працюють`). (Not an adjective: it is as often
    the predicate of the noun before, `Засідання Ради ВПО закриті`.)"""
    for ahead in range(at, min(at + _PREDICATE_REACH, len(words))):
        word = bare_word(words[ahead])
        if not (word[:1].islower() and is_cyrillic(word)):
            return False
        if is_finite_verb_at(words, ahead):
            return True
    return False


def owned_by_body(word: str) -> bool:
    """Whether `word` names a body or something a body has (`Центр`, `Довідка`)."""
    lemma = morphology.normal_form(word)
    return lemma in TAKE_A_NAME or lemma in OWNED_BY_BODIES


def quote_end(words: list[str], start: int) -> int | None:
    """The word that closes the quote opening at `words[start]`, within a name's reach."""
    for end in range(start, min(start + _QUOTED_NAME_REACH, len(words))):
        if words[end].rstrip(",.;:")[-1:] in CLOSING_QUOTES and (
            end > start or len(words[end]) > 1
        ):
            return end
    return None


def english_s_form(folded: str) -> bool:
    """An English verb's `-s` form (`holds`, `funds`, `satisfies`), not a noun's that looks
    like one (`process`, `status`, `basis`, `awareness`, `activities`)."""
    if folded.endswith(VERB_ENDINGS_DESPITE) or folded in IES_VERBS:
        return True
    if folded.endswith("ings") and len(folded) > 6:
        return False  # a plural of an `-ing` noun (`trainings`), not `brings`
    return len(folded) >= 4 and folded.endswith("s") and not folded.endswith(NOT_VERB_ENDINGS)


def is_name_word(word: str) -> bool:
    """A word of a name: title case or an abbreviation (`Transcarpathian IT Cluster`)."""
    bare = bare_word(word)
    return is_title_case(bare) or (bare.isupper() and bare.isalpha())


def opens_names(folded: str) -> bool:
    """An English adjective that may open an institution's name (`Regional`, `Open`), not a
    noun with an adjective's ending (`Management`, `Initiative`, `Festival`)."""
    if folded in NAME_ADJECTIVES:
        return True
    return (
        folded.endswith(ADJECTIVE_ENDINGS)
        and not folded.endswith("ment")
        and folded not in NAME_HEADS
        and folded not in NOUNS_LIKE_ADJECTIVES
    )


def is_year(word: str) -> bool:
    """`2024`, `1991`."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def is_count(word: str) -> bool:
    """`5`, `60%`; not a year (`2025`)."""
    number = word.rstrip("%")
    return number.isdigit() and not is_year(number)


def holds_office(word: str) -> bool:
    """Whether `word` may name an office or occupation held by one person."""
    bare = bare_word(word).casefold()
    return bare in ROLES or morphology.is_one_person(bare)


def ends_a_capitalised_list(words: list[str], index: int) -> bool:
    """Whether the word before `index` ends a card that lists capitalised words with commas
    (`Волонтери, Тренери, Медики`, `Honesty, Trust, Openness`): such a card is whole, and
    what follows it opens another."""
    last = words[index - 1]
    if index < 2 or not last.isalpha() or not is_title_case(last):
        return False
    at = index - 2
    while at >= 0 and words[at].endswith(",") and is_title_case(words[at][:-1]):
        at -= 1
    if at == index - 2:
        return False  # (no list)
    if at < 0:
        return True
    # The list is a card of its own, not a preposition's phrase or a label's words (`у
    # Бучі, Ірпені, Гостомелі 15 травня`, `Закупили: Генератори, …`).
    before = words[at]
    return not (
        before.endswith((",", ":"))
        or before.casefold() in PHRASE_GOES_ON_AFTER
        or before.casefold() in RUSSIAN_FUNCTION_WORDS
    )


def is_initial(word: str) -> bool:
    """`Т.`, `V.`: a capital letter and a period."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def can_be_surname(word: str) -> bool:
    """Whether the dictionary reads `word` as a person's name, or does not know it (most
    surnames it lacks: `Климчук`)."""
    return morphology.is_person_name(word) or not morphology.is_known(word)


def quote_start(words: list[str], end: int) -> int | None:
    """The index of the word that opens the quoted name closing at `end`, within reach."""
    for back in range(end, max(-1, end - _QUOTED_NAME_REACH), -1):
        if words[back][0] in OPENING_QUOTES:
            return back
    return None


def stands_before_verbs(word: str) -> bool:
    """An adverb or particle between a subject and its verb (`швидко`, `вже`)."""
    if not (word and word[0].islower() and is_cyrillic(word)):
        return False
    return word in BEFORE_VERBS or morphology.is_adverb(word)


def past_negation(words: list[str], index: int) -> str:
    """The bare word at `index`, or the one after it when it is a negation (`не знають`)."""
    word = bare_word(words[index])
    if word.casefold() in NEGATIONS and index + 1 < len(words):
        return bare_word(words[index + 1])
    return word


def is_finite_verb_at(words: list[str], index: int, word: str | None = None) -> bool:
    """Ukrainian: the dictionary says so. English, with no dictionary: an auxiliary, or an
    `-s` form right after an abbreviation that is not itself inside a phrase (`LSG funds`,
    not `for NGO initiatives`)."""
    if index < 0 or (word is None and index >= len(words)):
        return False
    word = word if word is not None else bare_word(words[index])
    if not word or not word[0].islower():
        return False
    if is_cyrillic(word):
        return morphology.is_finite_verb(word)
    return _is_english_verb_at(words, index, word.casefold())


def _is_english_verb_at(words: list[str], index: int, folded: str) -> bool:
    """Whether the lower-case English word `folded` at `index` is a verb in a personal form,
    told by its place: an auxiliary, or an `-s` form or a past after a subject (an
    abbreviation, a person's name, a body's name)."""
    if folded in ENGLISH_AUXILIARIES:
        return True
    subject = bare_word(words[index - 1]) if index >= 1 else ""
    before = bare_word(words[index - 2]) if index >= 2 else ""
    if is_title_case(before) and before.casefold() in LATIN_FIRST_NAMES and is_title_case(subject):
        return english_s_form(folded)  # a person's: `Natalia Shevchuk meets NGOs`
    if is_title_case(subject) and subject.isascii() and subject.casefold() in NAME_HEADS:
        # A body's name ends: `Department issues IDP certificates`; not before a plural
        # abbreviation, which may open a clause (`Veteran Hub lawyers NGOs share`).
        following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
        return english_s_form(folded) and not PLURAL_ABBREVIATION.match(following)
    if not ABBREVIATION_WORD.match(subject) or before.casefold() in NOT_A_SUBJECT_AFTER:
        return False
    ends_card = index + 1 == len(words) or words[index + 1][:1].isupper()
    if ends_card and is_title_case(before) and before.endswith("ing"):
        # A gerund's object with nothing after it: `Ignoring NGO requests` (but `Co-financing
        # SES trains volunteers`, where the verb has an object).
        return False
    closed = index >= 2 and words[index - 2][-1] in CLOSERS  # (`(anonymised) LSG recognizes`)
    predicative = False  # a participle before it ends a clause
    if before[:1].islower() and not is_cyrillic(before) and opens_names(before) and not closed:
        # An adjective makes it a noun phrase (`new IDP initiatives`, `are new NGO
        # initiatives`), unless it is a participle that ends a clause (`is not equipped LSG
        # involves`, `is seen as outdated IDPs come`).
        ahead = bare_word(words[index - 3]).casefold() if index >= 3 else ""
        predicate = ahead in ENGLISH_AUXILIARIES or ahead in NEGATIONS or ahead == "as"
        # (or an adjective negated, which a noun phrase does not hold, before a verb and its
        # object: `are not transparent LSG ignores CSO requests`; not `are not typical NGO
        # needs in villages`)
        following = words[index + 1] if index + 1 < len(words) else ""
        has_object = (
            following.casefold() in OBJECT_OPENERS
            or ABBREVIATION_WORD.match(following) is not None
            or (following.islower() and following.isalpha() and following not in FUNCTION_WORDS)
        )
        negated = ahead in NEGATIONS and has_object and english_s_form(folded)
        predicative = predicate and (before.endswith("ed") or negated)
        if not predicative:
            return False
    if PLURAL_ABBREVIATION.match(subject):
        return _bare_verb_after_plural(
            words, index, folded, before, predicative=predicative, closed=closed
        )
    if english_s_form(folded):
        return True
    return _past_before_its_object(words, index, folded, before)


def _bare_verb_after_plural(
    words: list[str], index: int, folded: str, before: str, *, predicative: bool, closed: bool
) -> bool:
    """Whether `folded` at `index`, after a plural abbreviation, is its bare verb; `before`
    is the word before the abbreviation, `predicative` whether it is a participle that ends
    a clause, `closed` whether a bracket closed before the abbreviation."""
    # A plural takes the bare verb (`Rivalry CSOs organize`), which only its place
    # tells: an adjective before it, or a noun that usually qualifies one, makes it part
    # of a phrase (`local NGOs grant`, `partner CSOs help`); after another noun a clause
    # opens there (`Integration through culture IDPs feel at home`).
    in_phrase = (
        before[:1].islower()
        and (
            before in QUALIFYING_NOUNS
            or (before.endswith(ADJECTIVE_ENDINGS) and not before.endswith("ment"))
        )  # (`-ment` is a noun's: `Common equipment NGOs help`)
        and not predicative
        and not closed  # (`(over UAH 400,000 raised) IDPs organize`)
    )
    # A name that a preposition opened qualifies it too (`with Kyiv NGOs`; not past a
    # bracket that closed it: `(dormitory in Irpin) NGOs help`).
    named = is_title_case(before) and index >= 3 and not closed
    if named and bare_word(words[index - 3]).casefold() in PHRASE_GOES_ON_AFTER:
        in_phrase = True
    # (`-ly` makes an adverb, `more` a comparison: `with frontline CSOs monthly`, `Some
    # trust NGOs more than the council`.)
    return not in_phrase and folded not in NOT_A_SUBJECT_AFTER and not folded.endswith("ly")


def _past_before_its_object(words: list[str], index: int, folded: str, before: str) -> bool:
    """Whether `folded` at `index`, after a singular abbreviation, is a past form, told by
    the article of its object or by the count after it."""
    # A past form has no ending to tell it (`cut`, `closed`) but its object's article does:
    # `LSG cut the budget share` (a preposition takes one too: `CNAP in the centre`).
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    opener = bare_word(words[index - 3]).casefold() if index >= 3 else ""
    if (
        folded.endswith("ed")
        and (is_count(following) or following in COUNTED_PEOPLE)
        and before[:1].islower()  # (a card ended there; not `Veterans NGO received 38 …`)
        and opener not in _PHRASE_OPENERS  # (nor `Our partner NGO`, `for youth NGO`)
    ):
        return True  # or its count: `LSG received 38 generators`, `LSG allocated UAH 1.2 million`
    return following.casefold() in ARTICLES_AFTER_VERBS and folded not in NOT_A_SUBJECT_AFTER
