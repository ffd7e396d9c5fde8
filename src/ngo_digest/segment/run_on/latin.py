"""The Latin word rule (`latin_word_opens`): in English text a capitalised word opens a card
unless it goes on an institution's or a person's name, is a verb's object or what a possessive
owns; in Ukrainian text a Latin word is a name (`LatinNames`, `_latin_name_opens`)."""

from __future__ import annotations

import re

from .. import morphology
from ..spans import bare_word, is_cyrillic, is_title_case, mostly_cyrillic
from ..words import (
    ABSTRACT_ENDINGS,
    ADJECTIVE_ENDINGS,
    ATTRIBUTIVES,
    BODY_ENDS,
    CAPITALISED_ADJECTIVES,
    HONORIFICS,
    LATIN_FIRST_NAMES,
    LETTERED,
    LOWER_NAME_HEADS,
    LOWER_PROGRAMME_HEADS,
    MONTHS,
    NAME_ENDS,
    NAME_HEADS,
    NAME_QUALIFIERS,
    NAME_TAILS,
    NEVER_OPEN_CARDS,
    OFFICES,
    PHRASE_GOES_ON_AFTER,
    QUALIFYING_NOUNS,
    STEP_VERBS,
    TAKE_AN_OBJECT,
    TERRITORIES,
    TRANSLITERATED_ADJECTIVE_ENDINGS,
    TRANSLITERATED_ADJECTIVES,
    VALUE_CARDS,
    WEEKDAYS,
)
from .common import (
    ABBREVIATION_WORD,
    ARTICLES_AFTER_VERBS,
    CLOSING_QUOTES,
    PLACE_PREPOSITIONS,
    is_finite_verb_at,
    is_name_word,
    is_year,
    opens_names,
    subject_after_reflexive,
    takes_a_name,
)

_POSSESSIVE_END = re.compile(r"['’]s$")
_HEADS_ALSO_VERBS = frozenset({"register"})  # a name's last word, or a step's first
_SINGLE_QUOTES = "'‘’"  # single quotes around an English name: `'Clean City'`, `‘Open Doors’`
# How Ukrainian surnames end, transliterated (`Marchuk`, `Kovalenko`, `Hrytsiuk`): no English
# word a card opens with does.
_UKRAINIAN_SURNAME_ENDINGS = ("enko", "chuk", "iuk", "yuk", "nyk")  # (not `-ych`, `-skyi`: towns)
_VERBS_ALSO_NOUNS = frozenset("use uses support supports share shares".split())
# English endings of common nouns that open a card whose phrase goes on after its head
# (`Mentoring programme for young people`), not a programme's own name after a body's
# abbreviation (`the EU Twinning programme`).
_COMMON_NOUN_ENDINGS = ("ing", "ship", "tion", "ment", "ness", "ity")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten both".split())
_NOUNS_AFTER_ARTICLES = _VERBS_ALSO_NOUNS | {"say"}  # `a real say`, `the use`
_BARE_PLURAL_VERBS = frozenset({"share", "support"})  # verbs only after a plural subject
# What a city's international name may end in, besides a body's head (`Kyiv International
# Economic Forum`, `Lviv International Airport`).
_EVENTS = frozenset(
    "forum festival marathon fair summit conference congress exhibition cup airport".split()
)
# How the names of Ukrainian cities end in English (`Kyiv`, `Kharkiv`, `Odesa`, `Vinnytsia`,
# `Dnipro`, `Zaporizhzhia`), unlike brands that `International` ends (`Plan`, `HelpAge`).
_PLACE_ENDINGS = ("iv", "sk", "ia", "a", "o", "yr")
# Bodies whose branches are named by their city or region (`Caritas Poltava`, `Plast Lviv`):
# the oblasts' centres and regions, and names that end as only places do (`Brovary` is not
# told from `Online`, `Media`, `Radio`).
_BRANCHED_BODIES = frozenset({"caritas", "plast"})
_BRANCH_PLACES = frozenset(
    """
    kyiv kharkiv odesa dnipro lviv zaporizhzhia mykolaiv kherson poltava chernihiv sumy
    vinnytsia zhytomyr rivne lutsk volyn ternopil khmelnytskyi chernivtsi uzhhorod
    zakarpattia ivano-frankivsk kropyvnytskyi cherkasy donetsk luhansk kramatorsk sloviansk
    bucha irpin mariupol izmail kremenchuk podillia polissia bukovyna ukraine odessa
    zaporizhia bila mukachevo kolomyia drohobych berdychiv kovel konotop
    """.split()
)
_BRANCH_PLACE_ENDINGS = ("iv", "sk", "yn", "ivka", "evo", "yia", "iia", "tsia", "ych")
# What a messenger's or a network's name before it names after a name in quotes (`“Inclusive
# Khmilnyk” Viber group`).
_MEDIA_HEADS = frozenset("group groups chat chats channel page community bot".split())
_OFFICE_ABBREVIATIONS = frozenset({"mp"})  # offices an abbreviation names (`MP Andrii Kravets`)
_MEDIA = frozenset("viber telegram facebook instagram whatsapp signal tiktok youtube".split())
# Councils of towns: the word for the kind before the council's (`City Council`, `Raion
# State Administration`), the words for a governing body, and what ends the name.
_COUNCIL_KINDS = frozenset("city raion oblast village town district regional rural".split())
_GOVERNING = frozenset({"military", "state"})
_COUNCIL_HEADS = frozenset({"council", "administration", "rada"})
_COUNCIL_WORDS = _COUNCIL_HEADS | _GOVERNING
# How towns' names end, transliterated, as no English noun a card opens with ends (`Sambir`,
# `Haisyn`, `Chornomorsk`, `Boryslav`, `Melitopol`, `Truskavets`; not `Risk`, `Library`,
# `Online`, `Budgets`).
_TOWN_ENDINGS = tuple(
    """
    iv yn ivka evo yia iia tsia ych tsk rsk nsk vsk lsk aisk bir yr mir ail pil pol hrad horod
    yi ka vne zhne anets inets enets avets slav uky vary bny mny
    """.split()
)
# Endings of one-word cards that no name's word has: qualities (`Openness`; not `-ing`, a
# name's word too: `Counseling Center`).
_CARD_ENDINGS = ("ness",)
# English words that open a card about projects (`Joint projects`, `Pilot projects`), not
# a programme's name after a body's abbreviation.
_PROJECT_KINDS = frozenset(
    "joint pilot local mobile common shared new small micro most all".split()
)
_PROGRAMME_WORDS = frozenset("program programme project hub hubs".split())  # (not `… projects`)
# A town named by one adjective (`Khmelnytskyi`, `Zaporizkyi`), which ends a body's name.
_TOWN_ADJECTIVE_ENDINGS = ("skyi", "tskyi", "zkyi", "skyy", "tskyy", "zkyy")
_PRODUCT_HEADS = frozenset("drive forms maps docs sheets meet classroom".split())  # `Google Drive`
_PLURAL_PRONOUNS = frozenset("we they you people youth".split())
_ORDINALS = frozenset("first second third fourth fifth".split())
_LANGUAGES = frozenset("ukrainian english russian polish romanian hungarian german french".split())
_SHORTEST_GERUND = 5  # letters: not `king`, `ring`, `thing`
_OFFICE_REACH = 8
"""How far back an office may stand before its holder's name (`Head of the CNAP Oksana`)."""
_NAME_REACH = 3
"""How many capitals a name may run before and after a word, looking for its start (a
function word) and for the word that names the institution."""


def latin_word_opens(words: list[str], index: int, latin_names: LatinNames) -> bool:
    """A capitalised Latin word: in English, a card unless it goes on a name or is a verb's
    object; in Ukrainian text, a name (see `_latin_name_opens`)."""
    previous = words[index - 1]
    if is_cyrillic(previous) and latin_names():
        return _latin_name_opens(words, index)
    if (
        bare_word(words[index]).casefold() in _COUNCIL_WORDS
        and is_title_case(bare_word(words[index - 1]))
        and bare_word(words[index - 1]).casefold() in _COUNCIL_KINDS | _GOVERNING
    ):
        return False  # `Raion Council`, `Raion Military Administration`
    council = _towns_council(words, index)
    if council is not None:
        town, head = council
        if index > town:
            return False  # the council's words after its town: `Sambir Raion Council`
        if is_finite_verb_at(words, head + 1):
            return True  # a town's council opens its clause: `… Diia Kherson City Council funds`
    if _object_or_owned(words, index):
        return False
    if _inside_a_named_subject(words, index):
        return False  # `… master plan Architecture Department ignores …`
    folded = bare_word(words[index]).casefold()
    if words[index] == "The":
        return True  # no name goes on past a capitalised article: `… of Culture The Oblast …`
    if _branch_date_or_year(words, index, folded):
        return False
    if _goes_on_a_name(words, index, folded):
        return False
    if _adjective_opens_latin_name(words, index):
        return False
    if _ordinal_after_the(words, index):
        return False  # `the University of the Third Age`: an ordinal is no card's end
    if _international_ends_name(words, index):
        return True  # `Mentoring from HelpAge International Common standards`
    if (
        _after_capitalised_adjective(previous)
        and not _a_language(words, index - 1)
        and not _a_surname(words, index - 1)
    ):
        return False
    if _after_transliterated_adjective(words, index):
        return False  # `Zelenyi Hai`
    if _programme_of_a_body(words, index):
        return False  # `to the USAID Hromada program`
    return not (latin_names() or _continues_latin_name(words, index))


def _towns_council(words: list[str], index: int) -> tuple[int, int] | None:
    """Where the town and the council's last word stand of a town's council the word at
    `index` is part of (`Sambir Raion Council`, `Bila Tserkva City Council`, `Izmail Raion
    Military Administration`): as its town, or a word of the council's after a town (see
    `_reads_as_a_town`); None where it is none."""
    folded = bare_word(words[index]).casefold()
    if folded in _COUNCIL_KINDS:
        last = index - 1  # the town's last word
    elif folded in TRANSLITERATED_ADJECTIVES:
        last = index + 1  # `Bila` of `Bila Tserkva`
    else:
        last = index
    if last < 0 or last + 2 >= len(words):
        return None
    if last and bare_word(words[last - 1]).casefold() in TRANSLITERATED_ADJECTIVES:
        town = last - 1  # a town of two words: `Bila Tserkva`, `Nova Odesa`
        if not (is_title_case(words[last]) and words[last].isascii()):
            return None
    elif _reads_as_a_town(words[last]):
        town = last
    else:
        return None
    if town and bare_word(words[town - 1]).casefold() in TAKE_AN_OBJECT:
        return None  # a verb's object, one name (`Residents use Diia City Council demands …`)
    if town and bare_word(words[town - 1]).casefold() in LATIN_FIRST_NAMES:
        return None  # a surname: `Mayor Ihor Kravets | City Council ignores us`
    if bare_word(words[last + 1]).casefold() not in _COUNCIL_KINDS:
        return None
    head = last + 2
    if bare_word(words[head]).casefold() in _GOVERNING and head + 1 < len(words):
        head += 1  # `Raion Military Administration`
    return (town, head) if bare_word(words[head]).casefold() in _COUNCIL_HEADS else None


def _inside_a_named_subject(words: list[str], index: int) -> bool:
    """`Tourist Information Center works with CSOs`, `Architecture Department ignores …`:
    capitals that run into a word for an institution and its verb after it are one name,
    the clause's subject, which opened at the first of them, after a word in lower case or
    a one-word card of an abstract or plural noun or a value (`Openness`, `Delays`,
    `Safety`, no part of it)."""
    before = bare_word(words[index - 1])
    if not (is_title_case(before) and before.isascii() and before.isalpha()):
        return False
    folded = before.casefold()
    if index >= 2 and bare_word(words[index - 2]).casefold() in TAKE_AN_OBJECT:
        return False  # a verb's object is one name: `NGOs use Viber | Community Centre is open`
    first_of_run = index < 2 or not is_title_case(bare_word(words[index - 2]))
    if folded in NAME_QUALIFIERS:
        pass  # a name's word (`Community`, `Veterans`)
    elif folded.endswith(_CARD_ENDINGS) or folded in VALUE_CARDS:
        return False  # a card of one word, after another or not: `Honesty Openness | Youth …`
    elif first_of_run and (folded.endswith(ABSTRACT_ENDINGS) or folded.endswith("s")):
        return False  # `Delays`, `Transparency` (not `Tourist Information Center`)
    for at in range(index, min(index + _NAME_REACH, len(words) - 1)):
        word = bare_word(words[at])
        if not (is_title_case(word) and word.isascii() and word.isalpha()):
            return False
        if word.casefold() in NAME_HEADS:
            # (not a step's verb: `Joint Trainings | Register volunteers online`)
            return word.casefold() not in _HEADS_ALSO_VERBS and is_finite_verb_at(words, at + 1)
    return False


def _reads_as_a_town(word: str) -> bool:
    """Whether `word`, capitalised, reads as a Ukrainian town's name transliterated: one
    known, or one ending as they do and as no English noun a card opens with does (`Sambir`,
    `Haisyn`, `Izmail`; not `Trust`, `Transparency`, `Cooperation`)."""
    if word[-1:] in ",;:.)" or not (is_title_case(word) and word.isascii()):
        return False
    folded = word.casefold()
    return folded in _BRANCH_PLACES or folded.endswith(_TOWN_ENDINGS)


def _object_or_owned(words: list[str], index: int) -> bool:
    """Whether the capital at `index` is the object of the verb before it, what a
    possessive owns, or a word inside single quotes or a saint's name."""
    previous = words[index - 1]
    if bare_word(previous).casefold() in TAKE_AN_OBJECT and not used_as_noun(words, index - 1):
        return True
    if step_verb(words, index - 1):
        return True  # its object: `Ask Deputy Mayor Olena Koval to …`
    if _possessive(words, index - 1):
        return True  # what it possesses: `parents’ Viber chats`, `the Mayor's Cup`
    if _inside_single_quotes(words, index):
        return True  # `the 'Clean City' campaign`, `‘Open Doors’ days`
    # A saint: `the Church of St. Nicholas` (not after a name: `Franka St`).
    return (
        bare_word(previous) == "St"
        and index >= 2
        and not is_title_case(bare_word(words[index - 2]))
    )


def _branch_date_or_year(words: list[str], index: int, folded: str) -> bool:
    """Whether the capital at `index` (`folded`) names a body's branch by its place, is a
    date's month or day, or goes on a name a year stands in."""
    previous = words[index - 1]
    if bare_word(previous).casefold() in _BRANCHED_BODIES and (
        folded in _BRANCH_PLACES or folded.endswith(_BRANCH_PLACE_ENDINGS)
    ):
        return True  # a branch by its city or region: `Caritas Mykolaiv`, `Caritas Volyn`
    if previous[:1].isdigit() and folded in MONTHS:
        return True  # a date: `by 1 February`
    if folded in WEEKDAYS and previous[:1].islower():
        return True  # a day: `every first Saturday`, `on Monday`
    if (
        is_year(previous)
        and folded in NAME_HEADS
        and index >= 2
        and is_title_case(bare_word(words[index - 2]))
    ):
        return True  # a name's year before its head: `the Vinnytsia 2030 Strategy`
    # A name an article and a year open: `after the 2025 Invictus Games`.
    return is_year(previous) and index >= 2 and words[index - 2].casefold() in ARTICLES_AFTER_VERBS


def _goes_on_a_name(words: list[str], index: int, folded: str) -> bool:
    """Whether the capital at `index` (`folded`) goes on the name before it: an
    organisation's, or a person's after an office, a title or a first name."""
    previous = words[index - 1]
    if folded in NAME_TAILS and _ends_organisation_name(words, index):
        return True  # `Transparency International Ukraine`
    if _named_after_english_office(words, index) or _after_attributive_adjective(words, index):
        return True
    if folded in LATIN_FIRST_NAMES and _holder_after_lower_case_body(words, index):
        return True  # `the head of the social protection department Ihor Melnyk answers`
    if folded in HONORIFICS and _honorific_after_office(words, index):
        return True  # `the head of the finance department Mr Hnatiuk`
    if ends_latin_name(previous, words[index]) or _number_sign(words, index):
        return True
    # The surname after a first name: `Halyna Moroz from the Red Cross`, `Olha Bondar's
    # clinic`, `Oleh Kravets`; not a plural, which no surname is (`Thanks to Oksana
    # Volunteers keep …`).
    return (
        is_title_case(previous)
        and bare_word(previous).casefold() in LATIN_FIRST_NAMES
        and not (folded.endswith("s") and not folded.endswith(("'s", "’s", "ets")))
    )


def _programme_of_a_body(words: list[str], index: int) -> bool:
    """`the USAID Hromada program`, `from the UNDP Recovery programme`: a capital between a
    Latin body's abbreviation and a lower-case word for a programme names that programme,
    when no verb follows (`… at the ASC Housing programme exists only on paper` is a card
    of its own)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    after = words[index + 2] if index + 2 < len(words) else ""
    previous = bare_word(words[index - 1])
    folded = bare_word(words[index]).casefold()
    if (
        folded in _PROJECT_KINDS
        or folded in QUALIFYING_NOUNS
        or folded in PHRASE_GOES_ON_AFTER
        or folded in _NUMBER_WORDS
        or (folded.endswith(_COMMON_NOUN_ENDINGS) and after[:1].islower())
        or opens_names(folded)
    ):
        return False  # a card of its own: `Cooperation with UNDP Joint projects with …`
    return (
        bare_word(following) in _PROGRAMME_WORDS
        and not (after[:1].islower() and after not in PHRASE_GOES_ON_AFTER)  # (a verb follows:
        and previous.isascii()  # `at the ASC Housing programme exists only on paper`)
        and previous.isupper()
        and bool(ABBREVIATION_WORD.match(previous))
    )


def step_verb(words: list[str], at: int) -> bool:
    """`Ask`, `Train`: a capitalised English verb that opens a step (see `STEP_VERBS`), not a
    noun inside a phrase or name (`No Point of Contact`, `Weak Contact`)."""
    word = words[at]
    if not (word[:1].isupper() and word.isascii() and word.casefold() in STEP_VERBS):
        return False
    if at == 0:
        return True
    before = words[at - 1]
    return not (is_name_word(before) or bare_word(before).casefold() in PHRASE_GOES_ON_AFTER)


def _inside_single_quotes(words: list[str], index: int) -> bool:
    """Whether the word at `index` stands inside a name that single quotes open before it
    and close at it or after it, within a name's reach: `'Clean City'`, `‘Open Doors’`."""
    for back in range(index - 1, max(-1, index - 1 - _NAME_REACH), -1):
        word = words[back]
        if word[:1] in _SINGLE_QUOTES and word[1:2].isupper():
            break
        if word.rstrip(",.;:")[-1:] in _SINGLE_QUOTES:
            return False  # a quote closed before it
    else:
        return False
    return any(
        word.rstrip(",.;:")[-1:] in _SINGLE_QUOTES
        for word in words[index : index + _NAME_REACH + 1]
    )


def _possessive(words: list[str], index: int) -> bool:
    """`library’s`, `Mayor's`, `parents’`, `Veterans'`: a possessive, whose noun follows; not
    a quote's closing mark after a plural (`‘Open Doors’ Transparency`)."""
    word = words[index]
    if word.endswith(("'s", "’s")):
        return True
    if not word.endswith(("s'", "s’")):
        return False
    if word[:1].islower():
        return True
    quote = "‘" if word.endswith("’") else "'"
    return not any(
        quote in earlier[:1] for earlier in words[max(0, index - _NAME_REACH) : index + 1]
    )


def _latin_name_opens(words: list[str], index: int) -> bool:
    """A Latin name in Ukrainian text opens a card after a noun that ends one, when the
    card goes on in Ukrainian after it (`Прозорі закупівлі пального Prozorro для запчастин`,
    `Спільні волонтери Google Arts & Culture для колекцій`); not when it ends the card
    before (`через банку Monobank`), nor after a verb or an infinitive whose object it is
    (`використовувати Zoom`), a modifier (`Спільний Viber`), a word that takes a name
    (`аукціон Prozorro`), or a capital (`ЦНАП Google`)."""
    before = bare_word(words[index - 1])
    if not before or not before[0].islower() or not before.replace("'", "").isalpha():
        return False
    after = index + 1  # past the rest of the name
    while after < len(words) and not is_cyrillic(words[after]):
        after += 1
    if after == len(words) or not words[after][0].islower():
        return False
    if not subject_after_reflexive(before, bare_word(words[index])) and (
        is_finite_verb_at(words, index - 1) or morphology.is_infinitive(before)
    ):
        return False  # the verb's object: `використовувати Zoom`, `користуються Viber`
    if morphology.is_modifier_only(before):
        # A modifier before its name (`Спільний Viber`), unless it stands after the noun it
        # goes with, which it ends, and a verb follows the name: `Обмін ситуативний Viber
        # працює`.
        noun = bare_word(words[index - 2]) if index >= 2 else ""
        return (
            bool(noun) and morphology.agrees_with(before, noun) and is_finite_verb_at(words, after)
        )
    return not takes_a_name(before)


def article_opens(words: list[str], index: int) -> bool:
    """English `A` before a lower-case word opens a card, unless it names a variant of the
    word before it (`Plan A is ready`, `Class A buildings`)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not (following[:1].islower() and following.isascii()):
        return False
    return bare_word(words[index - 1]).casefold() not in LETTERED


def _ends_organisation_name(words: list[str], index: int) -> bool:
    """`Transparency International Ukraine`, `Caritas Ukraine`: `Ukraine` after a name,
    `International` after one and before another capital (not `Trust International
    partners help`)."""
    previous = bare_word(words[index - 1])
    if is_cyrillic(previous) or not is_name_word(words[index - 1]):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    return bare_word(words[index]).casefold() != "international" or following[:1].isupper()


def _named_after_english_office(words: list[str], index: int) -> bool:
    """`Mayor Olena Kovalenko meets`, `Deputy Mayor`, `Head of the CNAP Oksana Melnyk`,
    `Deputy Mayor for Humanitarian Affairs Olena Hrytsenko`, `starosta Halyna Marchenko`,
    `local poet Mariia Hordiienko`: a first name and a surname after an office, past its
    body's abbreviation, name its holder; a card may open after them (`Deputy Mayor Olha
    Kravets Pressure`) or at one capital after an office (`the Mayor Residents leave`)."""
    if bare_word(words[index]).casefold().endswith(ABSTRACT_ENDINGS):
        return False  # no name: `the deputy mayor Indifference`
    names = 0  # the words of a person's name between the office and `index`
    for back in range(index - 1, max(-1, index - _OFFICE_REACH), -1):
        raw = words[back]
        word = bare_word(raw)
        if raw[-1] in ";:" or not word:
            return False  # (a comma may stand between: `the Mayor, Olena Kovalenko`)
        folded = word.casefold()
        if folded in OFFICES:
            if words[back + 1] in ("of", "for"):  # (`Head of the Hromada Ivan`: the body)
                names = _names_after_body(words, back + 2, index)
            if names == 0 and folded in HONORIFICS:
                return True  # a surname after a title: `Mr Hnatiuk`
            following = words[index + 1] if index + 1 < len(words) else ""
            if names == 0 and bare_word(words[index]).casefold() in OFFICES:
                return is_title_case(word)  # `Deputy Mayor`
            titled = (  # a capitalised office's word before it: `Deputy mayor Oliinyk`
                back >= 1
                and is_title_case(bare_word(words[back - 1]))
                and bare_word(words[back - 1]).casefold() in OFFICES
            )
            if (
                ((word[0].islower() and not titled) or folded in _OFFICE_ABBREVIATIONS)
                and words[back + 1] not in ("of", "for")
                and bare_word(words[back + 1]).casefold() not in LATIN_FIRST_NAMES
            ):
                # After an occupation in lower case or `MP`, a person's first name, or a
                # card (`a psychologist | Distrust | Meetings …`, `the local MP | Youth
                # Council wants …`).
                return False
            # A first name and a surname (`Mayor Olena Kovalenko`), not a card after them
            # (`Mayor Olha Kravets Pressure`) or one capital (`the Mayor Residents leave`).
            # A surname alone may stand before a bracket: `Deputy Mayor Hnatiuk (twice a year)`,
            # or before its verb when it reads as a Ukrainian surname (`Deputy Mayor Marchuk
            # supports`; not `the Mayor Residents leave`).
            return names == 1 or (
                names == 0
                and (
                    following[:1].isupper()
                    or following[:1] == "("
                    or (
                        bare_word(words[index]).casefold().endswith(_UKRAINIAN_SURNAME_ENDINGS)
                        and (following[:1].islower() or not following)
                    )
                )
            )
        if not (
            is_name_word(raw)
            or folded in ("of", "for", "the")
            or (folded in ("and", "&") and _inside_a_body(words, back))
            or (
                folded in TERRITORIES
                and back >= 2
                and words[back - 2] == "of"
                and bare_word(words[index]).casefold() in LATIN_FIRST_NAMES
            )
        ):
            # (A place's word in the office's phrase: `Starosta of Sokolivka village Halyna
            # Moroz`.)
            return False
        if folded.endswith(ABSTRACT_ENDINGS) and not (
            folded in NAME_HEADS or bare_word(words[back + 1]).casefold() in NAME_HEADS
        ):
            return False  # (but a body's name: `the Education Department Olena Kovalchuk`)
        names += is_title_case(word)
    return False


def _holder_after_lower_case_body(words: list[str], index: int) -> bool:
    """`the head of the social protection department Ihor Melnyk`: a first name and a
    surname after an office whose body, in lower case, ends in a word naming an institution
    (`department`, `office`, `centre`), name the office's holder."""
    if index + 1 >= len(words) or not is_title_case(bare_word(words[index + 1])):
        return False
    if bare_word(words[index - 1]) not in LOWER_NAME_HEADS:
        return False
    for back in range(index - 2, max(-1, index - _OFFICE_REACH), -1):
        word = bare_word(words[back])
        if word in ("of", "for") and back > 0:
            return bare_word(words[back - 1]).casefold() in OFFICES
        if not word.islower() or words[back][-1] in ",;:":
            return False
    return False


def _inside_a_body(words: list[str], at: int) -> bool:
    """Whether the `and` at `at` joins two capitals inside a body's name that `of` or `for`
    opened after an office (`Head of the Youth and Sports Department`), not an office and
    another (`the Mayor and Council`)."""
    if at == 0 or not is_name_word(words[at - 1]):
        return False
    for back in range(at - 1, max(-1, at - _OFFICE_REACH), -1):
        folded = bare_word(words[back]).casefold()
        if folded in ("of", "for"):
            return True
        if folded in OFFICES:
            return False
    return False


def _names_after_body(words: list[str], start: int, index: int) -> int:
    """How many words of a person's name stand before `index` after an office's body, which
    opens at `start` (past `the`): one capital (`the Hromada`, `the CNAP`) or capitals up to
    a word that names an institution and what it is of (`the Education Department`, `the
    Department of Culture`)."""
    if start < index and words[start] == "the":
        start += 1
    capitals = [bare_word(word) for word in words[start:index]]
    heads = [at for at, word in enumerate(capitals) if word.casefold() in NAME_HEADS]
    body = heads[-1] + 1 if heads else 1
    if capitals[body : body + 1] == ["of"]:
        body += 2  # `the Department of Culture`
    return sum(is_title_case(word) for word in capitals[body:])


def _honorific_after_office(words: list[str], index: int) -> bool:
    """`the head of the finance department Mr Hnatiuk`: a title and a surname after an
    office or a body in lower case name its holder; elsewhere a card may open at them."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not is_title_case(bare_word(following)):
        return False
    before = bare_word(words[index - 1])
    if before.islower():
        return before in OFFICES or before in NAME_ENDS
    # The body's abbreviation after its office: `the head of the ASC Ms. Iryna Bondar`.
    return (
        ABBREVIATION_WORD.match(before) is not None
        and index >= 4
        and words[index - 2] == "the"
        and words[index - 3] in ("of", "at")
        and bare_word(words[index - 4]).casefold() in OFFICES
    )


def _after_attributive_adjective(words: list[str], index: int) -> bool:
    """`for the local Gender Equality Programme`: a card never ends in an adjective that a
    function word opened (as `the local` or `for new`), so a capital after one goes on; an
    adjective after a verb may end one (`Budget is small Youth leave`)."""
    if index < 2 or words[index - 1] not in ATTRIBUTIVES:
        return False  # (in lower case, and no noun: `about rubbish Residents sell`)
    return bare_word(words[index - 2]).casefold() in PHRASE_GOES_ON_AFTER


def used_as_noun(words: list[str], index: int) -> bool:
    """`Limited use`, `Effective use`: after an adjective, an object verb that is a noun too
    is the noun (not `Youth prefer TikTok`); `share` and `support` are verbs only after a
    plural subject (`Elders share Hutsul songs`, `Residents support NGO campaigns`; not `Fair
    share Local media`, `Financial support NGOs share`)."""
    folded = bare_word(words[index]).casefold()
    before = bare_word(words[index - 1]).casefold() if index >= 1 else ""
    if folded in _NOUNS_AFTER_ARTICLES and (
        before in ARTICLES_AFTER_VERBS
        or (
            index >= 2
            and bare_word(words[index - 2]).casefold() in ARTICLES_AFTER_VERBS
            and before.endswith(ADJECTIVE_ENDINGS)
        )
    ):
        return True  # after an article, a noun: `has a real say` (not `The government ignores`)
    if folded not in _VERBS_ALSO_NOUNS:
        return False
    if folded in _BARE_PLURAL_VERBS:
        # (Not after a possessive, which owns the noun: `Parents' share Municipality pays`.)
        possessive = index >= 1 and words[index - 1].endswith(("'", "’"))
        return possessive or not (_after_a_plural(words, index) or before in _PLURAL_PRONOUNS)
    return before.endswith(ADJECTIVE_ENDINGS) or before in QUALIFYING_NOUNS


def _continues_latin_name(words: list[str], index: int) -> bool:
    """`with Lviv City Council`: a capital after a name that a function word opened, in a run
    of capitals that ends in a word naming an institution, is part of that name."""
    first = index - 1  # where the capitals before this word begin (no comma inside a name)
    if not is_name_word(words[first]):
        return False  # (not past a lower-case word: `with Europe Trust, reputation Network`)
    if (
        index >= 2
        and bare_word(words[index - 2]).casefold() in LATIN_FIRST_NAMES
        and bare_word(words[index]).casefold() not in NAME_HEADS
        and bare_word(words[index]).casefold() not in NAME_QUALIFIERS
        and not bare_word(words[index]).casefold().endswith(ADJECTIVE_ENDINGS)
        and not _ends_in_name_head(words, index, index + _NAME_REACH, frozenset())
    ):
        # A person's name ends at the surname (`from Deputy Mayor Nataliia Bondar |
        # Transparency`), unless an institution named after them follows (`Ivan Franko
        # University`, `Taras Shevchenko National University`, `Yuriy Fedkovych Chernivtsi
        # National University`).
        return False
    if (
        words[first][-1] in CLOSING_QUOTES + "’"
        and not _ends_in_name_head(words, index + 1, index + 1 + _NAME_REACH)
        and not _medium_named(words, index)
    ):
        # A name its quotes closed goes on only into what it names, an institution after
        # it (`“Caritas” Youth Centre`; not `brand “Made in Kosiv” Fair competition`).
        return False
    if _abstract_before_adjective(words, index) or _abstract_before_adjective(words, first):
        return False
    while (
        first > 0
        and index - first <= _NAME_REACH
        and is_name_word(words[first - 1])
        and words[first - 1][-1] not in ",;:"
        and words[first - 1] != "The"  # (which opens the name: `The Education Department`)
    ):
        first -= 1
    if first == 0 or not is_title_case(bare_word(words[first])):
        return False
    opener = bare_word(words[first - 1]).casefold()
    if opener in TAKE_AN_OBJECT:
        # A verb's object is one name, which a product's word may end (`NGOs use Google Drive
        # folders`); another capital opens a card (`NGOs use Viber Community Centre is open`,
        # `Residents use Diia City Council still demands paper`).
        return first == index - 1 and bare_word(words[index]).casefold() in _PRODUCT_HEADS
    opened = opener in PHRASE_GOES_ON_AFTER
    if not (opened or _after_attributive_adjective(words, first)):
        return False  # (`for the local Gender Equality Programme` is opened too)
    return _ends_in_name_head(words, index, index + _NAME_REACH) or _medium_named(words, index)


def _medium_named(words: list[str], index: int) -> bool:
    """`“Inclusive Khmilnyk” Viber group`: a messenger's or a network's word and its group,
    chat or page after a name in quotes, which names them."""
    following = bare_word(words[index + 1]).casefold() if index + 1 < len(words) else ""
    return bare_word(words[index]).casefold() in _MEDIA and following in _MEDIA_HEADS


def _abstract_before_adjective(words: list[str], at: int) -> bool:
    """`of Social Protection Bureaucracy Territorial Centre`: an abstract noun before a
    capitalised adjective goes on no name; it is a card, and the adjective opens a name."""
    if at + 1 >= len(words):
        return False
    word, following = bare_word(words[at]), bare_word(words[at + 1])
    folded = word.casefold()
    return (
        folded.endswith(ABSTRACT_ENDINGS)
        and folded not in NAME_HEADS
        and is_title_case(following)
        and opens_names(following.casefold())
    )


def ends_latin_name(previous: str, word: str) -> bool:
    """`City Council`, `Red Cross`, `Veterans Affairs`: a word that ends an institution's
    name goes on the capitalised word right before it, when that word qualifies names
    (`City`, `Regional`) or the word never opens a card (`Affairs`). Only that word: in
    `Transparency Youth Council meets` a card opens at `Youth`, and in `Trust Council
    meetings are open` at `Council`."""
    folded = bare_word(word).casefold()
    if folded in NEVER_OPEN_CARDS and is_year(previous):
        return True  # `the Paris 2024 Paralympics`
    if folded in BODY_ENDS and ABBREVIATION_WORD.match(previous) and previous.isupper():
        return True  # a body's abbreviation before what it is: `at the CPD Centre`
    if folded not in NAME_ENDS or not previous[-1].isalpha() or not is_title_case(previous):
        return False
    if is_cyrillic(previous):
        return False
    qualifier = previous.casefold()
    return folded in NEVER_OPEN_CARDS or qualifier in NAME_QUALIFIERS  # (an adjective: below)


def _adjective_opens_latin_name(words: list[str], index: int) -> bool:
    """`Open Data Portal`, `Participatory Budget Commission`, `State Audit Service`: a run
    of capitals that a capitalised adjective or qualifier opens and a word naming an
    institution ends is one name (a card is never an adjective alone; `Transparency Youth
    Council` starts with a noun)."""
    for start in range(index - 1, max(-1, index - 1 - _NAME_REACH), -1):
        word = words[start]
        bare = bare_word(word)
        if not (word[-1].isalpha() and is_title_case(bare)) or is_cyrillic(bare):
            return False
        if opens_names(bare.casefold()) or bare.casefold() in NAME_QUALIFIERS:
            return _ends_in_name_head(
                words, index, start + 1 + _NAME_REACH, lower_heads=LOWER_PROGRAMME_HEADS
            )
    return False


def _ends_in_name_head(
    words: list[str], index: int, limit: int, lower_heads: frozenset[str] = LOWER_NAME_HEADS
) -> bool:
    """Whether the capitals from `index` on reach a word naming an institution before
    `limit`, or one of `lower_heads` right after them (`the Bila Tserkva district police`)."""
    for ahead in range(index, min(limit, len(words))):
        word = bare_word(words[ahead])
        if word.islower() and ahead > index and word.isascii():
            # (Not after an adjective or a noun that qualifies, which may open a card: `via
            # Prozorro Regional administration promises`, `on Facebook Host community and
            # IDPs`; nor a verb: `Parents drive`.)
            first = bare_word(words[index]).casefold()
            opens_a_card = opens_names(first) or (
                first in QUALIFYING_NOUNS and first not in NAME_QUALIFIERS  # (`Village council`)
            )
            return word in lower_heads and not opens_a_card
        if not is_title_case(word) or is_cyrillic(word):
            return False
        if word.casefold() in NAME_HEADS:
            # (`Register` after a plural is a step's verb, `Joint Trainings Register volunteers`;
            # after a name's word, its head: `State Register lists`.)
            return word.casefold() not in _HEADS_ALSO_VERBS or not _after_a_plural(words, ahead)
        if _POSSESSIVE_END.search(word) and _POSSESSIVE_END.sub("", word).casefold() in NAME_HEADS:
            # The institution's own, its name opened by `the`: `the City Council’s veterans’
            # department` (not a name done before it: `with Caritas Council’s sessions`).
            return _opened_by_the(words, ahead)
    return False


def _after_a_plural(words: list[str], at: int) -> bool:
    """Whether the word before `at` is an English plural (`Trainings`, not `State`), which no
    name's head follows: a card ended there."""
    before = bare_word(words[at - 1]) if at else ""
    return before.isascii() and before.endswith("s") and not before.endswith(("ss", "'s"))


def _opened_by_the(words: list[str], at: int) -> bool:
    """Whether the capitals before `at` follow `the`."""
    back = at - 1
    while back >= 0 and is_title_case(bare_word(words[back])):
        back -= 1
    return back >= 0 and words[back].casefold() == "the"


def _ordinal_after_the(words: list[str], index: int) -> bool:
    """Whether the word before `index` is an ordinal after `the` (`the Third Age`, `the first
    Youth Council`; a card that ends so, `was the first`, is rarer)."""
    return (
        index >= 2
        and bare_word(words[index - 1]).casefold() in _ORDINALS
        and words[index - 2].casefold() == "the"
    )


def _international_ends_name(words: list[str], index: int) -> bool:
    """`HelpAge International`, `Plan International`: after a name's own word (no adjective
    or qualifier) `International` ends the name, and the capitals after it open a card
    (`… International Common standards`, `… International Volunteers`), unless they end in
    what the body has or holds (`Caritas International Centre`, `Kyiv International Economic
    Forum`, `Kyiv International Marathon`)."""
    if index < 2 or bare_word(words[index - 1]) != "International":
        return False
    own = bare_word(words[index - 2])
    folded = own.casefold()
    if not is_title_case(own) or is_cyrillic(own) or opens_names(folded):
        return False
    if folded in NAME_QUALIFIERS or folded.endswith(_PLACE_ENDINGS):
        return False  # a city's own (`Kyiv International School`, `Odesa International Expo`)
    for ahead in range(index, min(index + _NAME_REACH, len(words))):
        word = bare_word(words[ahead])
        if not is_title_case(word):
            break
        if word.casefold() in NAME_HEADS or word.casefold() in _EVENTS:
            return False
    return True


def _after_capitalised_adjective(previous: str) -> bool:
    """`of Social Policy`, `Free Wi-Fi`: a card never ends in an adjective, so the capital
    after a capitalised one goes on with it."""
    bare = bare_word(previous)
    return (
        previous[-1].isalpha()
        and is_title_case(bare)
        and not is_cyrillic(bare)
        and (opens_names(bare.casefold()) or bare.casefold() in CAPITALISED_ADJECTIVES)
    )


def _a_surname(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a surname after a first name (`Svitlana Koval`), which
    is no adjective for its ending (`-al`)."""
    return index >= 1 and bare_word(words[index - 1]).casefold() in LATIN_FIRST_NAMES


def _a_language(words: list[str], index: int) -> bool:
    """`news in Ukrainian Involvement of …`, `Signage in Ukrainian and English Tourist …`:
    a language's name after `in` is a noun, which ends a card before an abstract noun, and
    two languages joined end one before any capital (one language may name what follows:
    `in Ukrainian Sign Language`, `Lessons in Ukrainian Literature club`)."""
    if index < 1 or bare_word(words[index]).casefold() not in _LANGUAGES:
        return False
    before = bare_word(words[index - 1]).casefold()
    if before in ("and", "or") and index >= 3:
        joined = bare_word(words[index - 2]).casefold() in _LANGUAGES
        return joined and bare_word(words[index - 3]).casefold() == "in"
    following = bare_word(words[index + 1]).casefold() if index + 1 < len(words) else ""
    # (Nor does an adjective go on the language: `Speaking club in English Local history`,
    # nor a gerund: `Speaking clubs in Ukrainian Volunteering together`.)
    return before == "in" and (
        following.endswith(ABSTRACT_ENDINGS)
        or following in ATTRIBUTIVES
        or (
            following.endswith("ing")
            and len(following) > _SHORTEST_GERUND
            and not _capitalised_after(words, index + 1)  # (`in English Speaking Club`)
        )
    )


def _capitalised_after(words: list[str], index: int) -> bool:
    """Whether a capitalised word follows the word at `index`: a name goes on."""
    return index + 1 < len(words) and words[index + 1][:1].isupper()


def _after_transliterated_adjective(words: list[str], index: int) -> bool:
    """`to Zelenyi Hai`: a Ukrainian adjective, transliterated, opens a place's name; not the
    end of a hyphenated one (`Kamianets-Podilskyi`), nor a town joined to another (`Lviv and
    Stryi Complaints`), nor a town's in `-skyi` after a name, which it ends (`Caritas
    Khmelnytskyi`; not `Trust Kryvyi Rih`, `Velykyi Bereznyi`, names of two words)."""
    previous = bare_word(words[index - 1])
    if not (is_title_case(previous) and previous.isascii() and "-" not in previous):
        return False
    folded = previous.casefold()
    if not (
        folded.endswith(TRANSLITERATED_ADJECTIVE_ENDINGS) or folded in TRANSLITERATED_ADJECTIVES
    ):
        return False
    written = bare_word(words[index - 2]) if index >= 2 else ""
    before = written.casefold()
    if before in TRANSLITERATED_ADJECTIVES:
        return False  # the adjective before it opened the name, whole: `Velykyi Bereznyi | Support`
    if before in LATIN_FIRST_NAMES or (
        folded.endswith(_TOWN_ADJECTIVE_ENDINGS)
        and (
            (is_title_case(written) and written.isascii())
            or before in PLACE_PREPOSITIONS  # a town alone: `NGOs from Kropyvnytskyi | No …`
        )
    ):
        # A surname after its first name ends the person's name (`Vasyl Tarnovskyi
        # Compliance`), and a town after a body's name ends the body's (`Support from
        # Caritas Khmelnytskyi Transparency`), unless an institution named after them
        # follows (`Bohdan Khmelnytskyi Square`).
        return bare_word(words[index]).casefold() in NAME_HEADS
    # (Not a town joined to another, `Lviv and Stryi Complaints`, unless the word is an
    # adjective: `Drohobych and Velyki Mosty`.)
    return before not in ("and", "or") or folded in TRANSLITERATED_ADJECTIVES


def _number_sign(words: list[str], index: int) -> bool:
    """`School No. 5`: `No.` before a number is part of a name, not a card."""
    return words[index] == "No." and index + 1 < len(words) and words[index + 1][:1].isdigit()


class LatinNames:
    """Whether the Latin words of one cell are names (`_latin_is_names`), worked out when first
    asked and then kept: every capitalised Latin word of the cell asks, and the answer reads
    the whole cell (asked afresh each time, a long English cell took quadratic time)."""

    __slots__ = ("_answer", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answer: bool | None = None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = _latin_is_names(self._text)
        return self._answer


def _latin_is_names(text: str) -> bool:
    """The text is Ukrainian, so a Latin word in it is a name (`Google Maps`), not a new item."""
    return mostly_cyrillic(text)
