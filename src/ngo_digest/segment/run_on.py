"""Run-on cells: items written one after another with no separator.

A new item opens at a capitalised word (or a count) that starts a card, and at an all-caps
abbreviation that opens a clause. Whether a word starts a card is asked of the words around
it: a function word before it, a name it goes on, a verb after it (`_opens_item` asks each
rule in turn). Cuts made here are guesses, and reported as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import morphology
from .spans import (
    BRACKET,
    CLOSERS,
    OPENERS,
    OPENING_QUOTES,
    Span,
    bare_word,
    cut,
    is_cyrillic,
    is_title_case,
    mostly_cyrillic,
)
from .words import (
    ABSTRACT_ENDINGS,
    ADJECTIVE_ENDINGS,
    AND_WORDS,
    ATTRIBUTIVES,
    BEFORE_COUNTS,
    BEFORE_NAMES,
    BEFORE_SHARES,
    BEFORE_VERBS,
    BODY_ADJECTIVE_ENDINGS,
    BODY_ENDS,
    BODY_UNITS,
    COUNTED_PEOPLE,
    DASHES,
    DISTRICTS,
    ENGLISH_AUXILIARIES,
    FEMININE_BODIES,
    FUNCTION_WORDS,
    HONORIFICS,
    IES_VERBS,
    JOINING,
    LACKING,
    LACKING_ADVERBS,
    LANDMARKS,
    LATIN_FIRST_NAMES,
    LETTERED,
    LOWER_NAME_HEADS,
    LOWER_PROGRAMME_HEADS,
    MATTERS_WORDS,
    MEASURES,
    MONTHS,
    NAME_ADJECTIVES,
    NAME_ENDS,
    NAME_HEADS,
    NAME_QUALIFIERS,
    NAME_TAILS,
    NEVER_OPEN_CARDS,
    NONE_WORDS,
    NOT_A_SUBJECT_AFTER,
    NOT_AFTER_A_COUNT,
    NOT_VERB_ENDINGS,
    NOUNS_LIKE_ADJECTIVES,
    OF_A_SETTLEMENT,
    OFFICES,
    ON_MATTERS,
    OWNED_BY_BODIES,
    PARKS,
    PHRASE_GOES_ON_AFTER,
    PLACE_ENDINGS,
    PLACE_ENDINGS_IF_SINGULAR_ONLY,
    PREDICATIVE_ADVERBS,
    PREDICATIVES,
    QUALIFYING_NOUNS,
    QUANTITIES,
    REGIONS,
    ROLES,
    ROUTES,
    RUSSIAN_FUNCTION_WORDS,
    RUSSIAN_PLACE_ENDINGS,
    SERVICE_NAMES,
    SETTLEMENTS,
    SETTLEMENTS_PLURAL,
    SHARES,
    SINGULAR_NAMES,
    SQUARE_NAMES,
    SQUARES,
    STEP_VERBS,
    STREET_FORMS,
    STREETS,
    TAKE_A_NAME,
    TAKE_AN_OBJECT,
    THOUSANDS,
    TOWN_GENITIVES,
    TRANSLITERATED_ADJECTIVE_ENDINGS,
    TRANSLITERATED_ADJECTIVES,
    UNDOTTED_BEFORE_NAMES,
    VERB_ENDINGS_DESPITE,
    VERBAL_NOUN_ENDINGS,
    VILLAGES,
    WEEKDAYS,
)

_TOKEN = re.compile(r"\S+")
_DECIMAL = re.compile(r"^\d+(?:[.,]\d+)?$")  # `15`, `1,5`
_POSSESSIVE_END = re.compile(r"['’]s$")
_CYRILLIC_WORD = re.compile(r"[А-ЯІЇЄҐа-яіїєґ'’-]+$")  # (not `Вiдповідальність`, a Latin `i`)
_NEGATIONS = frozenset({"не", "ні", "not"})
_PREPOSITIONS = frozenset(
    "в у з із зі на до від для про при під над за через без між по о об щодо серед біля після"
    " перед".split()
)
"""Ukrainian prepositions, the part of `FUNCTION_WORDS` that no verb follows (`раз на рік`:
`рік` is a noun there, though the dictionary reads it as the past of `ректи` too)."""
_CLAUSE_REACH = 4
"""How far after a fronted object its verb may stand (`Бібліотеку Тернополя модернізували`)."""
_LACK_REACH = 3
"""How many lower-case words may stand between what is lacking and its verb."""
_FRONTED_LACK_REACH = 4
"""The same for a card that opens with what is lacking, before a verb of lacking (`Вільного
житла в комунальному фонді немає`; not an adverb: `Відкритість Депутатів перед виборцями у
громаді недостатньо`)."""
_QUOTED_NAME_REACH = 6
"""How many words a body's name in quotes may have (`ГО «Жінки за мир»`)."""
_CLOSING_QUOTES = '»”"'
_HEADS_ALSO_VERBS = frozenset({"register"})  # a name's last word, or a step's first
_PREDICATE_REACH = 3  # lower-case words a council's verb may stand past: `Ради ВПО теж не працюють`
_COUNCIL_GENITIVE = "Ради"  # of `Рада`, a council's name (`Рада ВПО`), or councils in the plural
_TOWN_ENDINGS = ("ів", "їв")  # `Ясенів`, `Миколаїв`: of `PLACE_ENDINGS_IF_SINGULAR_ONLY`
_SINGLE_QUOTES = "'‘’"  # single quotes around an English name: `'Clean City'`, `‘Open Doors’`
_ONLY = frozenset({"лише", "тільки", "лиш", "всього"})  # (asked casefolded)
_MODALS = frozenset("можна треба потрібно необхідно варто слід".split())
# Landmarks' genitives that are plurals too (`на річки`, `Чисті річки`, `Старі фортеці`).
_SINGULAR_OR_PLURAL = frozenset("річки озера гори полонини урочища фортеці площі".split())
_OF_ONE = frozenset("біля до від з із зі вздовж уздовж поблизу коло навколо без".split())
_AT_ONE = frozenset("на у в при".split())
_SHORTEST_PLACE_NAME = 6  # letters: a shorter word in `-ів` is a common noun (`Гнів`, `Рожів`)
_ABSTRACT_GENITIVE = "ості"  # `Незалежності`, `Соборності`: a street's name, no card's start
_RIVER = "р."  # a river's after a preposition of place (`з р. Інгул`); elsewhere a year's
_BEFORE_A_RIVER = frozenset(
    "з із зі на біля вздовж уздовж до від через над понад поблизу коло берег берега березі".split()
)
_UNDOTTED_ENDINGS = tuple(
    form for word in sorted(UNDOTTED_BEFORE_NAMES) for form in (word, word.upper(), word.title())
)  # (`смт`, `СМТ`, `Смт`: what `_names_a_place` asks first, of every word)
_NUMBERED = frozenset(  # words a number names (`номера 101`, `hotline 1547`), counting nothing
    "номер номера номеру номером номері телефон телефону телефоном number hotline".split()
)
_OUT_OF = frozenset({"з", "із", "зі", "of"})  # a count out of another: `4 з 11`
_ONE = frozenset({"один", "одна", "одне", "одні"})  # before `одного`: each other
_BODY_PREFIXES = ("Мін", "Держ", "Нац")
"""How a ministry's or agency's compound name starts (`Мінцифри`, `Держгеокадастр`)."""
_BODY_COMPOUND = re.compile(r"^(?:Мін|Держ(?!ав)|Нац(?!іон))[а-яєіїґ]{3,}(?:[уюиії]|ів)$")
"""(Not the adjectives `Державні`, `Національні`.)"""
_ONE_LETTER_WORDS = frozenset("Є В У З О Я".split())
"""Ukrainian words of one letter that open cards (`Є ноутбуки`, `У школі немає укриття`);
not `І` and `А`, a Roman numeral and a label too (`Гімназія І ступеня`, `Блок А`)."""
_TAKE_A_LETTER = frozenset(
    "блок корпус клас група секція під'їзд підʼїзд під’їзд варіант план гепатит гепатиту"
    " категорія категорії категорію вітамін вітаміну".split()
)
# Nouns for people that notes capitalise out of respect (`Героїв`, `Захисників`), inside a
# phrase as well as at a card's start.
_REVERED = frozenset(
    "герой захисник захисниця ветеран ветеранка воїн доброволець боєць полонений загиблий".split()
)
# English adjectives in `-ly` that open a clause with the noun after them (`Elderly IDPs
# are lonely`); not names' adjectives, since `for the Elderly` ends a card.
_ADJECTIVES_IN_LY = frozenset("elderly lonely friendly early".split())
# How Ukrainian surnames end, transliterated (`Marchuk`, `Kovalenko`, `Hrytsiuk`): no English
# word a card opens with does.
_UKRAINIAN_SURNAME_ENDINGS = ("enko", "chuk", "iuk", "yuk")  # (not `-ych`, `-skyi`: towns)
# Words before an office that is lacking or needed, not held (`відсутній радник з питань …`,
# Russian `Нужен советник по вопросам …`, `Требуется`, `Отсутствует`, `Нет`).
_NEEDED_OR_MISSING = ("відсутн", "нуж", "необходим", "требу", "отсутств", "нет")
_MATTERS_BODIES = frozenset("комісія комітет офіс".split())  # `Комісія з … питань ОТГ`, as units
# The words for every place (`… в кожному селі`), after which no village's name follows.
_EVERY = frozenset("кожному кожнім кожне усіх всіх різних багатьох".split())
_FIELD_PREPOSITIONS = frozenset("з із зі".split())  # an office's field: `Радниця з безбар'єрності`
_ONE_LETTER_PREPOSITIONS = frozenset("В У З".split())  # (before a place: `У Гаю немає`)
_LOCATIVE_PREPOSITIONS = frozenset("в у на".split())  # (a place in them: `в Ковалівці`)
# Prepositions that take the accusative, which reads as the nominative (`на День …`), and
# the words for days a name follows (`День Незалежності`, `Тиждень Європи`).
_ACCUSATIVE_PREPOSITIONS = frozenset("в у на за про через під над".split())
_NAMED_DAYS = frozenset("день дня дню днем тиждень тижня тижню тижнем".split())  # every case
_ADJECTIVE_LEMMA_ENDINGS = ("ий", "ій")  # (not a pronoun's: `весь`, `той`)
# Google's tools as their Ukrainian names call them (dictionary forms).
_GOOGLE_TOOLS = frozenset("диск форма таблиця документ календар карта мапа клас".split())
_WOMENS_OFFICE_ENDINGS = ("ка", "ця", "иня")  # `депутатка`, `начальниця`, `керівниця`
_ROLE_STEMS = frozenset(role[:3] for role in ROLES)  # `деп…`, `гол…`, `мер`
_SURNAME_ENDINGS = ("енко", "ко", "ук", "юк")  # `Дмитренко`, `Бойко`, `Павлюк`
_UNDECLINED_SURNAME_ENDING = "ко"  # `депутата Ткаченко`: often so in notes, for a man too
_DECLINED_SURNAME_ENDINGS = ("енка", "енку", "енком")  # `депутата Ткаченка`, `з Шевченком`
_OFFICES_OF_EITHER_SEX = ("голов", "старост")  # `голова`, `староста` in every case
_TIMES = frozenset("раз рази разів".split())  # how often: `2 рази на рік`
# Qualities that are measured, by an amount after them (`Вартість 200 грн за годину`).
_MEASURED_QUALITIES = frozenset(
    "вартість тривалість кількість чисельність місткість потужність швидкість".split()
)
_SPANS_OF_TIME = frozenset("годину години годин день дні днів тиждень тижні тижнів".split())
_ABBREVIATION_WORD = re.compile(r"^(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9-]{1,7}|[A-Z][A-Z0-9-]{1,7}s)$")
_PLURAL_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s$")  # `NGOs`, `CSOs`
# An abbreviation joined to a noun, which opens clauses as the abbreviation does
# (`ФОП-ветерани наймають`, `ГО-партнери не звітують`).
_ABBREVIATION_COMPOUND = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,}-[a-zа-яіїєґ'’]+$")
_CAPITAL_INSIDE = re.compile(r"\s[A-ZА-ЯІЇЄҐ]")
_UNDER = frozenset({"програмою", "проєктом", "проектом"})  # `за програмою …`: under a name
# What a service's name follows (dictionary forms): `у застосунку Дія`, `на порталі Дія`.
_SERVICE_HOSTS = frozenset("застосунок додаток портал платформа сервіс сайт бот чат-бот".split())
# A service's name of two capitalised parts joined by a dot: `Дія.Освіта`, `Дія.Бізнес`.
_DOTTED_NAME = re.compile(r"^[А-ЯІЇЄҐA-Z][\w'’-]*\.[А-ЯІЇЄҐA-Z][\w'’-]*$")
_ARTICLES_AFTER_VERBS = frozenset("the a an".split())
_VERBS_ALSO_NOUNS = frozenset("use uses support supports share shares".split())
# English endings of common nouns that open a card whose phrase goes on after its head
# (`Mentoring programme for young people`), not a programme's own name after a body's
# abbreviation (`the EU Twinning programme`).
_COMMON_NOUN_ENDINGS = ("ing", "ship", "tion", "ment", "ness", "ity")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten both".split())
_NOUNS_AFTER_ARTICLES = _VERBS_ALSO_NOUNS | {"say"}  # `a real say`, `the use`
_SHARE = frozenset({"share", "shares", "support"})  # verbs and nouns: see `_used_as_noun`
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
# English words that open a card about projects (`Joint projects`, `Pilot projects`), not
# a programme's name after a body's abbreviation.
_PROJECT_KINDS = frozenset(
    "joint pilot local mobile common shared new small micro most all".split()
)
_PROGRAMME_WORDS = frozenset("program programme project hub hubs".split())  # (not `… projects`)
_PRODUCT_HEADS = frozenset("drive forms maps docs sheets meet classroom".split())  # `Google Drive`
_PLURAL_PRONOUNS = frozenset("we they you people youth".split())
_ORDINALS = frozenset("first second third fourth fifth".split())
_NAME_JOINERS = frozenset("and of &".split())  # inside a name: `Department of Youth and Sports`
_TIME_ADVERBS = frozenset(
    """
    одночасно часто іноді інколи зараз тепер нині щороку щомісяця щотижня регулярно постійно
    рідко сьогодні досі нещодавно торік щодня зазвичай наразі вже
    """.split()
)
"""Adverbs of time that open a clause before its count, never a card alone (not `Складно`)."""
_LANGUAGES = frozenset("ukrainian english russian polish romanian hungarian german french".split())
# Words that open an English noun phrase, in which a word before an abbreviation qualifies it.
_PHRASE_OPENERS = frozenset(
    """
    the a an our their its his her my your this that these those one only each every same
    some any no all both another other for of with to from by in on at
    """.split()
)
_NOUN_ONLY_ENDINGS = ("ness", "ity", "ship", "ism", "cy")
_VERBS_WITH_NOUN_ENDINGS = frozenset("ship worship harness witness".split())
_SHORTEST_GERUND = 5  # letters: not `king`, `ring`, `thing`
_ENGLISH_MEASURES = frozenset(
    "times days weeks months years hours minutes km hryvnias percent".split()
)
_NOT_COUNTED = _ENGLISH_MEASURES | ENGLISH_AUXILIARIES  # (`3 times`, `1 is`)
_BEFORE_BARE_VERBS = frozenset(
    """
    do does did will would can could should must may might shall cannot don't doesn't didn't
    can't won't
    """.split()
)
"""Auxiliaries that a bare verb follows (`does not answer`, `will fund`)."""
_OFFICE_REACH = 8
"""How far back an office may stand before its holder's name (`Head of the CNAP Oksana`)."""
_OFFICE_WORDS = 5  # how far back a person's office may stand: `Начальниця відділу з питань ВПО`
_NAME_REACH = 3
"""How many capitals a name may run before and after a word, looking for its start (a
function word) and for the word that names the institution."""


def split_run_on(span: Span) -> list[Span] | None:
    """Items written one after another with no separator: `Відвертість Чіткі правила гри`.

    A new item opens at a capitalised word, unless it follows a comma, colon, dash, opening
    bracket, a preposition, conjunction, determiner or particle, or goes on a name or phrase
    before it (`міста Ужгорода`, `до Дня Землі`, `Червоний Хрест`, `with Lviv City Council`,
    `use Diia`) and no verb makes it a clause's subject (`Асистентів не вистачає`); at an
    all-caps abbreviation that opens a clause: one followed by a finite verb (`… рада ОСББ
    ухвалює …`), possibly negated (`ОСББ не ухвалює`); at a count that does (`5 ГО
    співпрацюють`); and at a body's name in quotes that does (`«Пласт» проводить`). Nothing
    inside brackets or quotes splits. Each case is a rule below, `_opens_item` the place
    that asks them in turn.
    """
    text = span.text
    words = text.split()  # the same tokens as _TOKEN finds; their offsets only when cut there
    capitalised = [
        i
        for i, word in enumerate(words)
        if i
        and (
            word[0].isupper()
            or word[0].isdigit()
            or (word[0] in OPENING_QUOTES and word[1:2].isupper())
        )
    ]
    if not capitalised:
        return None
    tokens = list(_TOKEN.finditer(text))
    if BRACKET.search(text):
        capitalised = _outside_brackets(text, tokens, capitalised)
    latin_names = _LatinNames(text)
    starts = [tokens[i].start() for i in capitalised if _opens_item(words, i, latin_names)]
    if not starts:
        return None
    return cut(span, starts, starts)


def opens_a_card_after(line: str, rest: str) -> bool:
    """Whether a card opens at the capitalised first word of `rest` read right after `line`,
    as it would inside a run-on cell (`… зі старостою Мельником`, `… department Andrii
    Savchuk`, `… Lviv and Ivano-Frankivsk` open none): how a list tells a line broken by
    hand from a card typed with no mark."""
    words = line.split() + rest.split()
    return _opens_item(words, len(words) - len(rest.split()), _LatinNames(" ".join(words)))


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
    tokens = list(_TOKEN.finditer(text))
    if BRACKET.search(text):
        capitalised = _outside_brackets(text, tokens, capitalised)
    starts = [
        tokens[i].start()
        for i in capitalised
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


def _outside_brackets(text: str, tokens: list[re.Match[str]], indexes: list[int]) -> list[int]:
    """The token indexes not inside brackets or quotes; the depth before each token is carried
    forward from the brackets passed."""
    brackets = BRACKET.finditer(text)
    pending = next(brackets, None)
    depth = 0
    kept = []
    for index in indexes:
        start = tokens[index].start()
        while pending is not None and pending.start() < start:
            depth = max(0, depth + (1 if pending.group() in OPENERS else -1))
            pending = next(brackets, None)
        if depth == 0:
            kept.append(index)
    return kept


def _opens_item(words: list[str], index: int, latin_names: _LatinNames) -> bool:
    word = words[index]
    previous = words[index - 1]
    if previous[-1] in ",:;–—-+&/" and not _ends_in_its_own_plus(previous):
        return False
    before = bare_word(previous).casefold()
    if previous.isascii() and previous.isupper() and len(before) > 1:
        before = ""  # an abbreviation, not a preposition: `ліцензії CC BY Взаємне посилання`
    # (A quote closed after one is done: `«Ти як?» Підтримка`; so is `ні` answering after a
    # dash: `Тарифи ростуть, якість – ні Зношені мережі`.)
    answered = (
        before == "ні"
        and index >= 2
        and words[index - 2] in DASHES
        and "ні" not in words[index + 1 : index + 5]  # (not `– ні Карітас, ні Червоний Хрест`)
    )
    if before in PHRASE_GOES_ON_AFTER and previous[-1] not in CLOSERS and not answered:
        return False
    if previous.casefold() in RUSSIAN_FUNCTION_WORDS:
        return False  # `Партнерство с Красным Крестом`
    if _is_initial(previous) and _a_name(word):
        return False  # a name after an initial: `ім. Т. Шевченка`, `Н. В. Ярошенко`
    if word[0].isdigit():
        return _count_opens_clause(words, index)
    if word == "С" and index + 1 < len(words) and _is_year(bare_word(words[index + 1])):
        return True  # Russian `с` before a year: `С 2024 года работает совет`
    if word[0] in OPENING_QUOTES:
        return _quoted_name_opens(words, index)
    if before in ROLES and previous[0].isupper() and _named_after_office(words, index):
        return False
    # A name after `с.`, `м.`, `вул.`, `смт` (`в с. Конюшки`), not after metres (`500 м.`);
    # a river's after `р.` where a river stands (`з р. Інгул`; not `на наступний р. Кабмін`).
    if _names_a_place(previous) and not _after_number(words, index - 1):
        return False
    if previous == _RIVER and index >= 2 and words[index - 2].casefold() in _BEFORE_A_RIVER:
        return False
    if len(word) > 1 and (word[1].islower() or is_title_case(word)):  # (the common case first)
        if not ("\u0400" <= word[0] <= "\u04ff" or is_cyrillic(word)):
            return _latin_word_opens(words, index, latin_names)
        return _cyrillic_word_opens(words, index)
    if _ABBREVIATION_WORD.match(word.rstrip(",.;:")) and word[-1].isalnum():
        return _abbreviation_opens(words, index)
    if word == "A" and _article_opens(words, index):
        return not latin_names()  # `(Poland) A building for the fire station`
    if word in _ONE_LETTER_WORDS:
        after = words[index + 1] if index + 1 < len(words) else ""
        if bare_word(previous).casefold() in _TAKE_A_LETTER and not after[:1].islower():
            return False  # a label: `Блок В`, `Корпус В Гімназії` (not `група У селі немає`)
        following = words[index + 1] if index + 1 < len(words) else ""
        # `… ставки Є ноутбуки`, `Є куди звернутися`, `У школі немає`; a preposition not
        # before another function word.
        place = bare_word(following)
        if word in _ONE_LETTER_PREPOSITIONS and _is_year(place):
            return True  # a card that opens with its year: `З 2024 року працює рада`
        if word in _ONE_LETTER_PREPOSITIONS and is_title_case(place) and is_cyrillic(place):
            # A place after it: `У Гаю немає освітленої зупинки`.
            return index + 2 < len(words) and words[index + 2][:1].islower()
        if (
            word in _ONE_LETTER_PREPOSITIONS
            and len(place) > 1
            and place.isupper()
            and is_cyrillic(place)
            and _is_finite_verb_at(words, index + 2)
        ):
            return True  # a body after it, and a verb: `З ОСББ працює мало ГО`
        return (
            following[:1].islower()
            and is_cyrillic(following)
            and (word == "Є" or bare_word(following) not in PHRASE_GOES_ON_AFTER)
        )
    if _ABBREVIATION_COMPOUND.match(bare_word(word)):
        # Staff named by their body (`ФОП-ветерани`), not a pair (`ГО-бізнес`, `ОМС-громада`)
        # nor an oblique case (`ГО-партнерів`).
        noun = bare_word(word).split("-", 1)[1]
        return (
            morphology.is_plural_only(noun)
            and not morphology.is_oblique_only(noun)
            and _abbreviation_opens(words, index)
        )
    return False


def _latin_word_opens(words: list[str], index: int, latin_names: _LatinNames) -> bool:
    """A capitalised Latin word: in English, a card unless it goes on a name or is a verb's
    object; in Ukrainian text, a name (see `_latin_name_opens`)."""
    previous = words[index - 1]
    if is_cyrillic(previous) and latin_names():
        return _latin_name_opens(words, index)
    if bare_word(previous).casefold() in TAKE_AN_OBJECT and not _used_as_noun(words, index - 1):
        return False
    if _step_verb(words, index - 1):
        return False  # its object: `Ask Deputy Mayor Olena Koval to …`
    if _possessive(words, index - 1):
        return False  # what it possesses: `parents’ Viber chats`, `the Mayor's Cup`
    if _inside_single_quotes(words, index):
        return False  # `the 'Clean City' campaign`, `‘Open Doors’ days`
    if (
        bare_word(previous) == "St"
        and index >= 2
        and not is_title_case(bare_word(words[index - 2]))
    ):
        return False  # a saint: `the Church of St. Nicholas` (not after a name: `Franka St`)
    folded = bare_word(words[index]).casefold()
    if words[index] == "The":
        return True  # no name goes on past a capitalised article: `… of Culture The Oblast …`
    if bare_word(previous).casefold() in _BRANCHED_BODIES and (
        folded in _BRANCH_PLACES or folded.endswith(_BRANCH_PLACE_ENDINGS)
    ):
        return False  # a branch by its city or region: `Caritas Mykolaiv`, `Caritas Volyn`
    if previous[:1].isdigit() and folded in MONTHS:
        return False  # a date: `by 1 February`
    if folded in WEEKDAYS and previous[:1].islower():
        return False  # a day: `every first Saturday`, `on Monday`
    if (
        _is_year(previous)
        and folded in NAME_HEADS
        and index >= 2
        and is_title_case(bare_word(words[index - 2]))
    ):
        return False  # a name's year before its head: `the Vinnytsia 2030 Strategy`
    if _is_year(previous) and index >= 2 and words[index - 2].casefold() in _ARTICLES_AFTER_VERBS:
        return False  # a name an article and a year open: `after the 2025 Invictus Games`
    if folded in NAME_TAILS and _ends_organisation_name(words, index):
        return False  # `Transparency International Ukraine`
    if _named_after_english_office(words, index) or _after_attributive_adjective(words, index):
        return False
    if folded in LATIN_FIRST_NAMES and _holder_after_lower_case_body(words, index):
        return False  # `the head of the social protection department Ihor Melnyk answers`
    if folded in HONORIFICS and _honorific_after_office(words, index):
        return False  # `the head of the finance department Mr Hnatiuk`
    if _ends_latin_name(previous, words[index]) or _number_sign(words, index):
        return False
    if (
        is_title_case(previous)
        and bare_word(previous).casefold() in LATIN_FIRST_NAMES
        and not (folded.endswith("s") and not folded.endswith(("'s", "’s", "ets")))
    ):
        # The surname after a first name: `Halyna Moroz from the Red Cross`, `Olha Bondar's
        # clinic`, `Oleh Kravets`; not a plural, which no surname is (`Thanks to Oksana
        # Volunteers keep …`).
        return False
    if _adjective_opens_latin_name(words, index):
        return False
    if _ordinal_after_the(words, index):
        return False  # `the University of the Third Age`: an ordinal is no card's end
    if _international_ends_name(words, index):
        return True  # `Mentoring from HelpAge International Common standards`
    if _after_capitalised_adjective(previous) and not _a_language(words, index - 1):
        return False
    if _after_transliterated_adjective(words, index):
        return False  # `Zelenyi Hai`
    if _programme_of_a_body(words, index):
        return False  # `to the USAID Hromada program`
    return not (latin_names() or _continues_latin_name(words, index))


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
        or _opens_names(folded)
    ):
        return False  # a card of its own: `Cooperation with UNDP Joint projects with …`
    return (
        bare_word(following) in _PROGRAMME_WORDS
        and not (after[:1].islower() and after not in PHRASE_GOES_ON_AFTER)  # (a verb follows:
        and previous.isascii()  # `at the ASC Housing programme exists only on paper`)
        and previous.isupper()
        and bool(_ABBREVIATION_WORD.match(previous))
    )


def _subject_after_reflexive(verb: str, name: str) -> bool:
    """`Громада згуртувалась Telegram-канали як …`: a Latin name joined to a Ukrainian noun
    that can be a subject, after a reflexive verb, which takes no object in the accusative
    (its object, if any, is in the instrumental: `користуються Telegram-каналами`, and a
    Latin name alone tells no case: `користуються Viber`)."""
    if not (is_cyrillic(verb) and verb.endswith(("ся", "сь")) and "-" in name):
        return False
    noun = name.rsplit("-", 1)[1]
    return is_cyrillic(noun) and not morphology.is_oblique_only(noun)


def _step_verb(words: list[str], at: int) -> bool:
    """`Ask`, `Train`: a capitalised English verb that opens a step (see `STEP_VERBS`), not a
    noun inside a phrase or name (`No Point of Contact`, `Weak Contact`)."""
    word = words[at]
    if not (word[:1].isupper() and word.isascii() and word.casefold() in STEP_VERBS):
        return False
    if at == 0:
        return True
    before = words[at - 1]
    return not (_capitalised(before) or bare_word(before).casefold() in PHRASE_GOES_ON_AFTER)


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
    if not _subject_after_reflexive(before, bare_word(words[index])) and (
        _is_finite_verb_at(words, index - 1) or morphology.is_infinitive(before)
    ):
        return False  # the verb's object: `використовувати Zoom`, `користуються Viber`
    if morphology.is_modifier_only(before):
        # A modifier before its name (`Спільний Viber`), unless it stands after the noun it
        # goes with, which it ends, and a verb follows the name: `Обмін ситуативний Viber
        # працює`.
        noun = bare_word(words[index - 2]) if index >= 2 else ""
        return (
            bool(noun) and morphology.agrees_with(before, noun) and _is_finite_verb_at(words, after)
        )
    return not takes_a_name(before)


def _article_opens(words: list[str], index: int) -> bool:
    """English `A` before a lower-case word opens a card, unless it names a variant of the
    word before it (`Plan A is ready`, `Class A buildings`)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not (following[:1].islower() and following.isascii()):
        return False
    return bare_word(words[index - 1]).casefold() not in LETTERED


def _after_preposition(words: list[str], index: int) -> bool:
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


def _ends_organisation_name(words: list[str], index: int) -> bool:
    """`Transparency International Ukraine`, `Caritas Ukraine`: `Ukraine` after a name,
    `International` after one and before another capital (not `Trust International
    partners help`)."""
    previous = bare_word(words[index - 1])
    if is_cyrillic(previous) or not _capitalised(words[index - 1]):
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
                        and following[:1].islower()
                    )
                )
            )
        if not (_capitalised(raw) or folded in ("of", "for", "the")):
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
    return before.islower() and (before in OFFICES or before in NAME_ENDS)


def _after_attributive_adjective(words: list[str], index: int) -> bool:
    """`for the local Gender Equality Programme`: a card never ends in an adjective that a
    function word opened (as `the local` or `for new`), so a capital after one goes on; an
    adjective after a verb may end one (`Budget is small Youth leave`)."""
    if index < 2 or words[index - 1] not in ATTRIBUTIVES:
        return False  # (in lower case, and no noun: `about rubbish Residents sell`)
    return bare_word(words[index - 2]).casefold() in PHRASE_GOES_ON_AFTER


def _cyrillic_word_opens(words: list[str], index: int) -> bool:
    """A capitalised Ukrainian word: a card, unless the dictionary reads it as part of the
    name or phrase before it."""
    word = words[index]
    bare = bare_word(word)
    if bare[0] in "ЖНжн" and bare.casefold() in NONE_WORDS:
        return True  # `Жодних «черг»`: no name opens so, whatever case it is in
    if _named_after_occupation(words, index):
        return False  # `Інженер Бойко з відділу …`, `з головною лікаркою Олійник`
    if words[index - 1] == "Google" and morphology.normal_form(bare.casefold()) in _GOOGLE_TOOLS:
        return False  # a tool's Ukrainian name: `Google Диск`, `через Google Форми`
    # A verb's object: a Latin-headed name (`веде Telegram-канал`), or a capital that can
    # only be an object and has no verb of its own after it (`освоюють Дію`, not a fronted
    # object: `Воду привозять`). The cheap questions first: most capitals are no object.
    latin = word[0].isascii()
    if (
        (latin or morphology.is_object_only(bare))
        and _is_finite_verb_at(words, index - 1)
        and not _subject_after_reflexive(bare_word(words[index - 1]), bare)
        and (latin or not (_clause_opens(words, index) or _lack_follows(words, index)))
    ):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    if bare_word(following) in FEMININE_BODIES and morphology.modifies_a_feminine_only_obliquely(
        bare
    ):
        return False  # a body's adjective in the genitive after a noun: `Поддержка Сумской ОГА`
    if _service_named(words, index, bare, following):
        return False  # `у застосунку Дія`, `на платформі Дія.Освіта`, `за програмою Оселя`
    if following in DASHES and _names_a_route(words, index):
        return False  # `Маршрут Стайки – Кагарлик`
    first = bare_word(words[index - 1])  # a capital before it may start a name it goes on
    if first.casefold() in SETTLEMENTS and _town_in_genitive(word):
        return False  # `міста Луцька`, `міста Івано-Франківська`: a town, not an adjective
    if first[:1].islower() and _names_village_or_landmark(words, index):
        return False  # `у селі Сатанів`, `річки Рось`: its name after a village or a river
    if bare.casefold() in REGIONS and _region_of(words, index):
        return False  # a region's name, which ends a phrase: `Коаліція ГО Поділля`
    if bare == _COUNCIL_GENITIVE and _of_the_council(words, index):
        return False  # `Засідання Ради ВПО лише двічі`, `засідання Ради з питань ВПО`
    if (
        is_title_case(first)
        and first.casefold() in STREET_FORMS
        and bare.endswith(_ABSTRACT_GENITIVE)
    ):
        return False  # `на Майдані Незалежності стали …` (see `_names_village_or_landmark`)
    if first[:1].islower() and not following[:1].islower() and _settlement_of(first, bare):
        return False  # `у Будинку культури Дібрівки`, `у школах Ясенева` (no phrase after)
    name_before = is_title_case(first) and is_cyrillic(
        first.split("-", 1)[0]
    )  # (not `Viber-групах`)
    if name_before and (_surname_after_first_name(first, bare) or morphology.is_infinitive(first)):
        return False  # `Оксана Мельник`; the object of a step's verb: `Відкрити Центр`
    if (
        name_before
        and (
            not following[:1].islower()
            or following in FUNCTION_WORDS
            or following in RUSSIAN_FUNCTION_WORDS
        )
        and _womans_surname(first, bare)
    ):
        # `с Ольгой Мельник`, `Марина Коваль из Кочетка`, ending the card or before a
        # preposition (not `з Оксаною Голова громади`)
        return False
    if following[:1].isupper() and _person_after_office(words, index):
        return False  # `Голова ОТГ Петро Савчук`, `депутатки Ірини Коваль`
    if (following[:1].islower() or following in DASHES) and _surname_after_office_of_body(
        words, index
    ):
        return False  # `Депутат міськради Кравець підтримує ГО`, `Заступниця мера Коваленко –`
    if (
        (
            first[:3].casefold() in _ROLE_STEMS  # (the cheap test first: most follow no office)
            or (index > 1 and words[index - 2][:3].casefold() in _ROLE_STEMS)
            or (index > 2 and words[index - 3][:3].casefold() in _ROLE_STEMS)
        )
        and _surname_after_an_office(words, index)
    ):
        return False  # `Підтримка депутатки Мельник`, `депутата Ткаченка`: the holder's
    if _body_compound(bare) and not _clause_opens(words, index):
        return False  # a ministry's or agency's name in a phrase: `Підтримка Мінмолодьспорту`
    if following[:1].isupper() and _whose_person(words, index):
        return False  # `Тренінги Оксани Кравець`: a person in the genitive, whose they are
    if (
        first.casefold() in _NAMED_DAYS
        and is_title_case(first)
        and morphology.is_genitive_noun(bare)
        and not _clause_opens(words, index)
    ):
        return False  # a day's name: `святкування Дня Незалежності`, `до Дня Конституції`
    if bare in SINGULAR_NAMES or morphology.is_oblique_only(bare):
        return _oblique_opens_clause(words, index)
    if not name_before:
        if _adjective_names_body(words, index):
            return False  # `Асоціація ОСББ Лісогірська Толоки у дворах`
        if following in JOINING and (
            _genitives_joined(words, index) or _names_after_settlements(words, index)
        ):
            return False  # `жителів Бучі та Ірпеня`, `до сіл Борова і Мотовилівка`
        # `маршрути Старим містом`: a name's adjective and noun in an oblique case go on
        # the phrase before them, unless a verb makes them a fronted clause.
        return not (
            following[:1].islower()
            and morphology.agrees_only_obliquely(bare, bare_word(following))
            and not _clause_opens(words, index + 1)
        )
    if (
        morphology.is_modifier_only(first)
        and morphology.agrees_with(first, bare)
        and (morphology.is_known(first) or not place_name(first))  # (`Коробочкино` | `Доверие`)
    ):
        return False  # `Червоний Хрест`, `Львівська Міська`: a modifier never ends a card
    if (
        index >= 2
        and bare_word(words[index - 2]).casefold() in FUNCTION_WORDS
        and morphology.agrees_only_obliquely(first, bare)
    ):
        return False  # a place's adjective and noun after a preposition: `у Веселій Горі`
    if (
        following[:1].isupper()
        and morphology.is_person_noun(first)
        and _owned_by_body(bare)
        and morphology.has_genitive(bare)
    ):
        # People and the named body whose they are: `Волонтери Товариства Червоного Хреста`
        # (not a card after people: `Волонтери-студенти Групи взаємопідтримки`).
        return False
    if (
        morphology.is_person_noun(first)
        and morphology.has_genitive(bare)
        and _clause_opens(words, index, subject=first)
    ):
        return False  # people and the place whose they are: `Жителі Бучі допомагають`
    if (
        _after_place_abbreviation(words, index - 1)
        or (index >= 2 and bare_word(words[index - 2]).casefold() in VILLAGES and place_name(bare))
    ) and morphology.agrees_with(first, bare):
        return False  # `с. Мала Снітинка`, `у селі Мала Вербівка` (`Мала` is a verb's past too)
    return not _genitive_after_name(words, index)


def _womans_surname(first: str, surname: str) -> bool:
    """`с Ольгой Мельник`, `Марина Коваль`: after a woman's first name, a noun for one person
    in the nominative (a miller, a smith) is her surname, which does not decline."""
    return (
        morphology.is_womans_first_name(first)
        # (In the nominative, a name that is nothing else: not `Надія | Партнер`, `Віра`.)
        and (morphology.is_name_only(first) or not morphology.is_first_name_in_nominative(first))
        and morphology.is_nominative_noun(surname)
        and morphology.is_one_person(surname)
    )


def _surname_after_an_office(words: list[str], index: int) -> bool:
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
    if _clause_opens(words, index, subject=surname):
        return False
    for office in _offices_before(words, index):
        word = bare_word(words[office])
        lemma = morphology.normal_form(word.casefold())
        if lemma.endswith(_WOMENS_OFFICE_ENDINGS):
            if not (only_a_surname or morphology.is_one_person(surname)) and _phrase_follows(
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


def _phrase_follows(words: list[str], index: int) -> bool:
    """Whether lower-case words go on after the word at `index` as its own phrase (`Грант
    на ремонт`), not as what it does or is (`Мороз відкрита`, `Мороз веде прийом`)."""
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    return (
        following[:1].islower()
        and not morphology.can_be_nominative_modifier(following)
        and not _is_finite_verb_at(words, index + 1)
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
            _ABBREVIATION_WORD.match(word) or (word.islower() and morphology.has_genitive(word))
        ):
            return  # (the office's body is no further back)


def _whose_person(words: list[str], index: int) -> bool:
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
        and _CYRILLIC_WORD.match(surname)  # (not `Немає GPS-контролю`)
        and morphology.is_first_name_declined(first)
        and not morphology.is_first_name_in_nominative(first)
        and not morphology.is_finite_verb(first)
        and not morphology.is_first_name(before)
        and (_surname_after_first_name(first, surname) or _undeclined_surname(words, index))
    ):
        return False
    governed = morphology.is_first_name_in_genitive(first) and morphology.governs_or_agrees(
        before.casefold(), first.casefold()
    )
    return governed or not _clause_opens(words, index + 1)


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


def _service_named(words: list[str], index: int, bare: str, following: str) -> bool:
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
    if _DOTTED_NAME.match(bare):
        return takes_a_name(before)
    return (
        index >= 2
        and words[index - 2].casefold() == "за"
        and words[index - 1] in _UNDER
        and not following[:1].islower()
    )


def _of_the_council(words: list[str], index: int) -> bool:
    """`засідання Ради з питань ВПО`: `Ради`, a council named with a capital, after a noun
    that takes it in the genitive, is that noun's; it opens a card only as the plural
    subject of a verb (`Ради ВПО працюють формально`)."""
    before = bare_word(words[index - 1])
    if not (
        is_cyrillic(before)
        and before.casefold() not in PHRASE_GOES_ON_AFTER
        and morphology.governs_or_agrees(before.casefold(), _COUNCIL_GENITIVE.casefold())
    ):
        return False
    after = index + 1  # past the council's abbreviation: `Ради ВПО працюють`
    while after < len(words) and _ABBREVIATION_WORD.match(words[after]) and words[after].isupper():
        after += 1
    return not (_predicate_follows(words, after) or _clause_opens(words, index))


def _predicate_follows(words: list[str], at: int) -> bool:
    """Whether a finite verb stands within a few lower-case words from `at` on, past adverbs
    and particles (`рідко збираються`, `теж не працюють`). (Not an adjective: it is as often
    the predicate of the noun before, `Засідання Ради ВПО закриті`.)"""
    for ahead in range(at, min(at + _PREDICATE_REACH, len(words))):
        word = bare_word(words[ahead])
        if not (word[:1].islower() and is_cyrillic(word)):
            return False
        if _is_finite_verb_at(words, ahead):
            return True
    return False


def _region_of(words: list[str], index: int) -> bool:
    """Whether the region's name at `index` is the genitive of a phrase before it (`Коаліція ГО
    Поділля`, `хабів Закарпаття`, `Туризм Закарпаття`): after a body's abbreviation or a
    noun that takes a genitive; not after a predicate (`Співпраця налагоджена Запоріжжя
    приймає`) nor another region (`Поділля Полісся`)."""
    before = bare_word(words[index - 1])
    if _is_finite_verb_at(words, index + 1):
        return False  # the region as a verb's subject: `Закарпаття отримує менше`
    if before.isupper() and len(before) > 1:
        return True
    return (
        is_cyrillic(before)
        and before.casefold() not in REGIONS
        and not morphology.can_be_nominative_modifier(before)  # (`Гранти нерегулярні …`)
        and morphology.governs_or_agrees(before.casefold(), "поділля")
    )


def _adjective_names_body(words: list[str], index: int) -> bool:
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


def _names_village_or_landmark(words: list[str], index: int) -> bool:
    """Whether the word at `index` names the village or landmark the word before it names:
    a word that ends as places' names do (`селі Ковалівка`, `річки Тетерів`), an adjective
    opening one (`селі Великі Сорочинці`, `на озері Морське Око`), and after a landmark a
    word the dictionary does not know (`на горі Парашка`), after one landmark (not `на
    річки`, `Чисті річки`); a street's or square's abstract noun in the genitive (`на вулиці
    Незалежності`). Not a common noun, which opens cards (`біля річки Довіра`), nor an
    adjective before a noun in lower case it agrees with (`в селі Службове житло`)."""
    before, word = bare_word(words[index - 1]).casefold(), bare_word(words[index])
    following = words[index + 1] if index + 1 < len(words) else ""
    if before in DISTRICTS and _district_named(word, before, following):
        return True
    landmark = before in LANDMARKS and _one_landmark(words, index - 1)
    if before in VILLAGES or landmark:
        if (
            (
                (morphology.is_modifier_only(word) and morphology.is_known(word))
                or place_name(bare_word(following))  # (`Мала` is a verb's past too)
            )
            and is_title_case(following)
            and morphology.agrees_with(word, bare_word(following))
        ):
            return True  # `Великі Сорочинці`, `Морське Око`, `Мала Вербівка`
        named = (
            place_name(word)
            or (
                landmark
                and _CYRILLIC_WORD.match(word) is not None
                and not morphology.is_known(word)
            )
            or (before in VILLAGES and is_cyrillic(word) and morphology.is_toponym(word))
        )
    else:
        named = False
    if before in SQUARES:
        named = named or word.casefold() in SQUARE_NAMES  # `на площі Ринок`
    if before in PARKS or before in STREET_FORMS:
        # `в парке Шевченко`, `на вулиці Мечникова`; not the subject of a verb after it
        # (`скверу | Савчук обіцяв`, `вулиці | Петренко вже обіцяв`)
        named = named or (_surname_for_a_park(word) and not _predicate_follows(words, index + 1))
    if before in STREET_FORMS:
        named = named or word.endswith(_ABSTRACT_GENITIVE)  # `вулиці Незалежності`
        # A street named by an adjective that agrees with it: `на вулиці Київській`.
        named = named or (
            morphology.is_modifier_only(word) and morphology.agrees_with(word, before)
        )
    noun = bare_word(following)
    return named and not (
        following[:1].islower()  # (not a bracket's word: `селі Шевченкове (відремонтоване)`)
        and noun.casefold() not in FUNCTION_WORDS  # (`до` is no noun: `селі Квітневе до …`)
        and morphology.agrees_with(word, noun)
    )


def _surname_for_a_park(word: str) -> bool:
    """A surname that is nothing else (`Стуса`), or one in `-енко` that no case changes in
    Russian (`в парке Шевченко`); not a common word a dictionary also knows as a surname
    (`Грант`, `Музика`, `Рибалка`)."""
    if not is_cyrillic(word):
        return False
    return morphology.is_surname_only(word) or (
        word.endswith("енко") and morphology.is_surname(word)
    )


def _settlement_of(noun: str, word: str) -> bool:
    """Whether `word` is the genitive of a settlement's name (one that ends as towns' names
    do: `Ясенева`, of `Ясенів`; not `-івка`, as common nouns do too: `Листівки`) after a
    noun for what a settlement has (`культури`, `школах`, `поліцією`; see
    `OF_A_SETTLEMENT`)."""
    if not (is_cyrillic(word) and is_cyrillic(noun)):
        return False
    if morphology.normal_form(noun.casefold()) not in OF_A_SETTLEMENT:
        return False
    return any(
        lemma.endswith(PLACE_ENDINGS + _TOWN_ENDINGS)
        for lemma in morphology.genitive_noun_lemmas(word)
    )


def _district_named(word: str, district: str, following: str) -> bool:
    """`у мікрорайоні Залізничний`: an adjective in a case of its own after a district's
    word is the district's name; not one that agrees with it (`мікрорайону Нового`), nor
    one before a noun in lower case it agrees with (`мікрорайоні Нова школа`)."""
    if not morphology.is_modifier_only(word) or morphology.agrees_with(word, district):
        return False
    return not (following[:1].islower() and morphology.agrees_with(word, bare_word(following)))


def _one_landmark(words: list[str], at: int) -> bool:
    """Whether the word for a landmark at `at` is one: not `річки`, `гори` in the plural, as
    after `на` or an adjective (`на річки`, `Чисті річки`), but after a noun or a preposition
    that takes the genitive (`береги річки`, `біля озера`) or, of a form in `-і`, the
    locative (`на площі`, `у фортеці`)."""
    landmark = bare_word(words[at])
    if landmark.casefold() not in _SINGULAR_OR_PLURAL:
        return True
    before = bare_word(words[at - 1]).casefold() if at else ""
    if before in _OF_ONE or (before in _AT_ONE and landmark.endswith("і")):
        return True
    return not morphology.is_modifier_only(before) and morphology.governs_or_agrees(
        before, landmark
    )


def place_name(word: str) -> bool:
    """`Зуївці`, `Шевченкове`, `Ковалівка`, `Стеблів`: a word that ends as places' names do
    (not a short one: `Гнів`, `Спів`)."""
    if word.endswith(PLACE_ENDINGS):
        return True
    if word.endswith(RUSSIAN_PLACE_ENDINGS) and morphology.language() == "ru":
        return True
    return (
        word.endswith(PLACE_ENDINGS_IF_SINGULAR_ONLY)
        and len(word) >= _SHORTEST_PLACE_NAME
        and morphology.is_singular_only_noun(word)
    )


def _owned_by_body(word: str) -> bool:
    """Whether `word` names a body or something a body has (`Центр`, `Довідка`)."""
    lemma = morphology.normal_form(word)
    return lemma in TAKE_A_NAME or lemma in OWNED_BY_BODIES


def _after_place_abbreviation(words: list[str], index: int) -> bool:
    """Whether the word at `index` is the first of a name after `с.`, `м.`, `вул.`, `смт`."""
    return index >= 1 and _names_a_place(words[index - 1])


def _names_a_place(word: str) -> bool:
    """`с.`, `м.`, `вул.`, and `смт`, which is written without a period as often as with
    one (`в смт Оржиця`): a name follows them."""
    if word[-1] != "." and not word.endswith(_UNDOTTED_ENDINGS):
        return False  # (the common case, told cheaply: asked of every word before a capital)
    before = bare_word(word).casefold()
    return before in BEFORE_NAMES and (word[-1] == "." or before in UNDOTTED_BEFORE_NAMES)


def _counted_adjective(words: list[str], index: int) -> bool:
    """`Кілька сильних`, `5 малих`: an adjective in an oblique case only, after a word of
    quantity or a count, which the noun after it completes."""
    if index < 1:
        return False
    adjective, count = bare_word(words[index]), bare_word(words[index - 1])
    if not (adjective.islower() and is_cyrillic(adjective)):
        return False
    if not (count.casefold() in QUANTITIES or _is_count(count)):
        return False
    return morphology.is_modifier_only(adjective) and not morphology.can_be_nominative_modifier(
        adjective
    )


def _opens_plural_genitive(words: list[str], index: int) -> bool:
    """Whether a plural genitive opens at `index`: a noun (`Фахівців`), or an adjective
    that agrees with the noun after it, after a lower-case word (`… звіти Низькопідлогових
    автобусів`) that is no plural genitive (`ветеранів Збройних сил`: a name's)."""
    word = bare_word(words[index])
    if morphology.is_plural_genitive_noun(word):
        return True
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    return (
        words[index - 1][:1].islower()  # (not a name's second word: `Центр Соціальних служб`)
        and not morphology.is_plural_genitive_noun(bare_word(words[index - 1]))
        and following[:1].islower()
        and morphology.is_plural_genitive_noun(following)
        and morphology.is_modifier_only(word)
        and morphology.agrees_with(word, following)
    )


def _count_follows(words: list[str], index: int) -> bool:
    """Whether `лише` and a count come next, past a few words of its phrase in lower case
    (`Фахівців із супроводу лише 2`): the count of what opened the card; not past a verb,
    whose own count it is (`Рада Ветеранів працює лише 2 роки`)."""
    for ahead in range(index + 1, min(index + 6, len(words) - 1)):
        word = words[ahead]
        if bare_word(word).casefold() in _ONLY:
            return _is_count(words[ahead + 1])
        if not word[:1].islower() or _is_finite_verb_at(words, ahead):
            return False
    return False


def _counted_before(words: list[str], index: int) -> bool:
    """Whether the card before `index` opened at a plural genitive, what a count after it
    counts (`Асистентів вчителя в громаді лише 7`; not `У громаді лише 7 ГО працює`)."""
    for back in range(index - 1, max(-1, index - 7), -1):
        word = bare_word(words[back])
        if word[:1].isupper():
            return is_cyrillic(word) and morphology.is_plural_genitive_noun(word)
    return False


def _body_compound(word: str) -> bool:
    """`Мінмолодьспорту`, `Мінветеранів`, `Нацполіції`: a body's compound name, in the
    genitive it takes after a noun (not `Держзамовлення`, `Мінімум`, `Міні-футбол`)."""
    return word.startswith(_BODY_PREFIXES) and bool(_BODY_COMPOUND.match(word))


def _house_number(words: list[str], index: int) -> bool:
    """`на вул. Миру, 14`, `вул. Івана Франка, 2`: a number after a street's name and its
    comma numbers a house, and counts nothing after it."""
    if index < 2 or not words[index - 1].endswith(","):
        return False
    return any(
        bare_word(word).casefold() in STREETS for word in words[max(0, index - 4) : index - 1]
    )


def _count_of_counts(words: list[str], index: int) -> bool:
    """`4 з 11`: a count out of another, which the preposition joins into one count."""
    return (
        index >= 2
        and bare_word(words[index - 1]).casefold() in _OUT_OF
        and _is_count(words[index - 2])
    )


def _reciprocal(words: list[str], index: int) -> bool:
    """`один одного`, `одна одній`: a pronoun of each other, which counts nothing (`Чути
    один одного ГО не конкурують`)."""
    return index >= 1 and bare_word(words[index - 1]).casefold() in _ONE


def _count_ends_phrase(words: list[str], index: int) -> bool:
    """`Асистентів лише 7 ІРЦ не встигає`: a count after `лише` ends what it counts, when
    the verb after the abbreviation is singular and the count is not one (`21`)."""
    number = words[index - 1]
    if index < 2 or not number.isdigit():
        return False
    if bare_word(words[index - 2]).casefold() not in _ONLY or not _counted_before(words, index - 2):
        return False
    if int(number) % 10 == 1 and int(number) % 100 != 11:
        return False
    verb = _past_negation(words, index + 1) if index + 1 < len(words) else ""
    return morphology.is_finite_verb(verb) and not morphology.is_plural_finite_verb(verb)


def _share_before_a_subject(words: list[str], index: int) -> bool:
    """`Фінансування лише 5% USAID призупинив програми`: a share counts no subject of
    a verb in the past of one man or woman, so an abbreviation before such a verb opens a
    clause (a share takes the neuter or the plural there, `5% ГО працювало`, and any number
    in the present: `40% ОСББ має енергоаудит`)."""
    if not words[index - 1].endswith("%") or index + 1 >= len(words):
        return False
    verb = _past_negation(words, index + 1)
    if not (is_cyrillic(verb) and verb.endswith(("в", "ла"))):
        return False
    return morphology.is_finite_verb(verb) and not morphology.is_plural_finite_verb(verb)


def _names_a_route(words: list[str], index: int) -> bool:
    """`Маршрут Стайки – Кагарлик`, `автобуса Лубни – Полтава`: two capitals joined by a
    dash after a word for a route are its name, its two ends."""
    if index + 2 >= len(words) or words[index + 1] not in DASHES:
        return False
    end = bare_word(words[index + 2])
    if not (is_title_case(end) and is_cyrillic(end)):
        return False
    before = bare_word(words[index - 1]).casefold()
    return is_cyrillic(before) and (before in ROUTES or morphology.normal_form(before) in ROUTES)


def _genitives_joined(words: list[str], index: int) -> bool:
    """`жителів Бучі та Ірпеня`: a capital that the noun before governs in the genitive,
    joined by `та`/`і` to a capital that can only be an oblique noun in the genitive, is
    the first of two names in that phrase (which no verb after them makes its subject:
    `Гранти для жителів Бучі та Ірпеня отримали 20 ГО`)."""
    if index + 2 >= len(words) or words[index + 1] not in JOINING:
        return False
    second = bare_word(words[index + 2])
    if not (is_title_case(second) and is_cyrillic(second)):
        return False
    if not (
        (morphology.is_oblique_only(second) and morphology.is_genitive_noun(second))
        or (morphology.has_genitive(second) and not morphology.is_nominative_noun(second))
    ):
        return False  # (`Лісників`: a possessive adjective too, but no noun's nominative)
    previous, word = bare_word(words[index - 1]), bare_word(words[index])
    if not (previous[:1].islower() and is_cyrillic(previous)):
        return False
    return morphology.governs_or_agrees(previous, word)


def _names_after_settlements(words: list[str], index: int) -> bool:
    """`до сіл Борова і Мотовилівка`: capitals joined by `і`/`та` after a word for
    settlements in the plural are their names."""
    if index + 2 >= len(words) or words[index + 1] not in JOINING:
        return False
    if bare_word(words[index - 1]).casefold() not in SETTLEMENTS_PLURAL:
        return False
    second = bare_word(words[index + 2])
    return is_title_case(second) and is_cyrillic(second) and not _clause_opens(words, index + 2)


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
    verb = at + 2 if at + 2 < len(words) and words[at + 2] not in _NEGATIONS else at + 3
    if verb < len(words) and head and morphology.can_be_subject_of(head, bare_word(words[verb])):
        return False  # the head's own verb: `Консультації з юридичних питань ВПО відбуваються`
    return (
        adjective[:1].islower()
        and is_cyrillic(adjective)
        and morphology.agrees_with(adjective, bare_word(words[at]))
        and bool(head)
        and not (
            _holds_office(head)
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
        and bare_word(words[at - 1]).casefold() in _PREPOSITIONS
        and morphology.is_modifier_only(word)
        and morphology.is_oblique_only(word)
    )


def _subject_after_plural_verb(words: list[str], at: int) -> bool:
    """Whether a plural finite verb stands at `at`, perhaps after `не`, and a subject of
    its own after it, people within three words (`пишуть ті самі люди`, `пишуть
    консультанти`)."""
    if at < len(words) and bare_word(words[at]) in _NEGATIONS:
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


def _abbreviation_opens(words: list[str], index: int) -> bool:
    """An all-caps abbreviation opens a card where it opens a clause: its verb follows."""
    word, previous = words[index], words[index - 1]
    verb = bare_word(previous).casefold()
    if (
        (verb in TAKE_AN_OBJECT or verb in _SHARE)
        and not (verb in _SHARE and _used_as_noun(words, index - 1))
    ) or _step_verb(words, index - 1):
        # The verb's object: `supports IDP hubs`, `Train OSBB chairpersons`, `Residents
        # support NGO campaigns`.
        return False
    if bare_word(previous).casefold() in MATTERS_WORDS and not _matters_named(words, index - 1):
        return False  # the field a title names: `Відділ з питань ЦЗ не має бюджету`
    if _oblique_adjective(words, index - 1):
        return False  # the adjective's noun: `Зареєстрованих ГО мало`
    if _modifier_after_preposition(words, index - 1) and _subject_after_plural_verb(
        words, index + 1
    ):
        # Inside the preposition's phrase, where a plural verb and its own subject follow
        # (`Заявки для всіх ГО пишуть ті самі люди`); not `Рівні можливості для всіх` / `ГО
        # не довіряють …`, nor `… для всіх` / `ЦНАП консультує`.
        return False
    if _after_fronted_object(words, index):
        # The clause opened at its fronted object: `Експертизу ГО враховують`, `Програму
        # співфінансування ОМС ухвалили`, `Позицію ГО ОМС оприлюднює`.
        return False
    if _object_of_bare_verb(words, index):
        return False  # `CEC does not answer NGO requests`
    if previous.endswith(("'", "’", "'s", "’s")):
        return False  # a possessive opens the phrase: `Veterans’ NGOs don't`
    governed = (
        index >= 2
        and is_cyrillic(words[index - 2])
        and _after_preposition(words, index)
        and not _count_of_counts(words, index - 1)
    )
    # (A count a Ukrainian preposition governs ends a phrase: `Тариф зріс на 40% ОМС не
    # враховує`; not `Only 2 of 11 PHC centres have`, `Лише 4 з 11 ЗЗСО мають`.)
    counted = (
        _is_count(previous)
        and not governed
        and not _house_number(words, index - 1)
        and not _count_ends_phrase(words, index)
        and not _share_before_a_subject(words, index)
    )
    modifier = bare_word(previous)
    if (
        modifier.islower()
        and is_cyrillic(modifier)
        and not _reciprocal(words, index - 1)
        and not _amount_governed(words, index - 1)
    ):
        counted = counted or morphology.is_numeral(modifier)  # `Лише дві ГО мають`
    if counted or (previous[0].isupper() and modifier.casefold() in QUANTITIES):
        return False  # the clause opened at its count: `5 ГО співпрацюють`, `Мало ГО`
    if _thousands_of_people(words, index):
        return False  # and at the count of its thousands: `Понад 2 тис. ВПО отримали`
    if _counted_adjective(words, index - 1):
        return False  # and at the count before its adjective: `Кілька сильних ГО мають`
    if (
        is_title_case(previous)
        and is_cyrillic(modifier) == is_cyrillic(word)
        and _modifies(modifier)
        and bare_word(words[index - 2]).casefold() not in _NAME_JOINERS  # (`Youth and Sports`)
    ):
        # The clause opened at the word agreeing with it: `Кожна ГО`, `Місцеві ГО` (which
        # can be a noun too: `Місцеві не вважають …`), `Small NGOs`; not a Latin name before
        # a Ukrainian abbreviation (`через Signal ГО не дублюють`).
        return False
    if not is_cyrillic(word) and _is_finite_verb_at(words, index - 1):
        # The object of the verb before it (`LSG ignores CSO letters`): English verbs are
        # told by their form, so `appeals` could be one. The dictionary is sure of a
        # Ukrainian verb after it: `Рада мовчить ОМС не залучає ГО` opens a clause there.
        return False
    after, names = _past_quoted_name(words, index + 1)
    if names:  # `КП «Міськсвітло» не ремонтує`, `KP “Teplo” holds`
        if takes_a_name(modifier) and not _singular_verb_after_plural(words, after, modifier):
            return False  # the body of the word before: `Читацький клуб ГО «Читаємо разом»`
        if is_title_case(modifier) and is_cyrillic(modifier) and morphology.is_one_person(modifier):
            # The employer of the person who opened the card: `Перевізник ТОВ «Автолюкс-К»
            # не виходить` (not `Немає координатора КП «Міськсвітло» не ремонтує`).
            return False
        return _verb_after_name(words, after, names, bare_word(words[index + 1]))
    if _staff_of(words, index):
        return False  # `Юрист ЦНАП консультує`, `Члени ДВК не проходять навчання`
    if _ends_latin_name(word, words[index + 1] if index + 1 < len(words) else ""):
        return _followed_by_finite_verb(words, index + 2)  # `NGO Council meets monthly`
    return _followed_by_finite_verb(words, index + 1)


def _thousands_of_people(words: list[str], index: int) -> bool:
    """`2 тис. ВПО`, `1,5 млн USD`: thousands or millions after their count, before the
    people or the currency they count (`COUNTED_PEOPLE`), are one phrase with them; before a
    body they may end a card (see `_amount_governed`)."""
    return (
        index >= 2
        and bare_word(words[index]) in COUNTED_PEOPLE
        and bare_word(words[index - 1]).casefold() in THOUSANDS
        and _DECIMAL.match(words[index - 2]) is not None
    )


def _amount_governed(words: list[str], at: int) -> bool:
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
    if at > 0 and _lower_genitive(words[at]) and _unit_or_person(bare_word(words[at - 1])):
        at -= 1  # past what a unit does: `Відділ освіти ОТГ проводить`
    person = bare_word(words[at])
    if not (is_title_case(person) and is_cyrillic(person)):
        return False
    if words[at].rstrip(",.;:")[-1:] in _CLOSING_QUOTES:
        return False  # a name in quotes, no people: `з ГО «Побратими» ГО не діляться`
    if not (morphology.is_person_noun(person) or _owned_by_body(person)):
        return False
    verb = _past_negation(words, index + 1)
    return morphology.is_finite_verb(verb) and morphology.can_be_subject_of(person, verb)


def _unit_or_person(word: str) -> bool:
    """A capitalised noun for a body's unit or for people (`Відділ`, `Голова`)."""
    if not (is_title_case(word) and is_cyrillic(word)):
        return False
    return morphology.normal_form(word) in BODY_UNITS or morphology.is_person_noun(word)


def _lower_genitive(word: str) -> bool:
    """A lower-case Ukrainian noun in the genitive, what a noun before it is of (`освіти`)."""
    return word.isalpha() and word.islower() and morphology.is_common_noun_in_genitive(word)


def _quoted_name_opens(words: list[str], index: int) -> bool:
    """`Обмін кейсами «Пласт» проводить заходи`: a body's name in quotes opens a card where
    it is the subject of the verb after it (not `Звіт «Укрзалізниці» вийшов`), unless it
    names the word before it: a word that could be the verb's subject itself (`Пекарня
    «Хліб надії» працює`, `Нова «Довіра» працює`), one that takes a name (`у проєкті «Жива
    бібліотека» допомагає`), or the body's abbreviation (`ГО «Пласт» проводить`, where
    the card opened)."""
    if words[index - 1][-1] in ")]":
        # A quoted question after a bracket: `(але не всі) «Навіщо це?» – …` (not a name
        # that ends in `!`: `(2024) «Чисте місто!» зібрала`).
        end = _quote_end(words, index)
        return end is not None and words[end].rstrip(",.;:")[-2:-1] == "?"
    before = bare_word(words[index - 1])
    if not before or not is_cyrillic(before) or _ABBREVIATION_WORD.match(before):
        return False
    if _after_preposition(words, index) and not _by_itself(words, index - 1):
        # The name of a word a preposition governs: `з видавництвом «Старий Лев»` (not after
        # `сам по собі`, which ends a card: `Кожне село саме по собі «Добросусідство» …`).
        return False
    first = bare_word(words[index])
    after, names = _past_quoted_name(words, index)
    if not names or not _verb_after_name(words, after, names, first):
        return False
    verb = _past_negation(words, after)
    if (
        names == 1
        and is_cyrillic(first)
        and not morphology.can_be_subject_of(first, verb)
        and not morphology.is_adverb(first)  # (an adverb named so is a noun: `«Пліч-о-пліч»`)
    ):
        return False
    if takes_a_name(before):
        return False
    # A capitalised noun alone before the name may be what it names (`Пекарня «Хліб надії»
    # працює`); a lower-case one ends a card's phrase (`Слабкий зв'язок «Батьківський
    # контроль» моніторить`).
    named = is_title_case(before) and is_cyrillic(verb)
    return not (named and morphology.can_be_subject_of(before, verb))


def _object_of_bare_verb(words: list[str], index: int) -> bool:
    """`does not answer NGO requests`, `will fund CSO projects`: a singular English
    abbreviation after a verb that an auxiliary tells is a verb is its object; not after a
    participle, which may end a clause (`is not equipped LSG involves`)."""
    word, verb = bare_word(words[index]), bare_word(words[index - 1])
    if index < 2 or is_cyrillic(word) or _PLURAL_ABBREVIATION.match(word):
        return False
    if not (verb.isascii() and verb.isalpha() and verb.islower()) or verb.endswith("ed"):
        return False
    told = bare_word(words[index - 2]).casefold().replace("’", "'")  # (`don’t`, as Word types it)
    if told == "not" and index >= 3:
        told = bare_word(words[index - 3]).casefold()  # `does not answer`
    return told in _BEFORE_BARE_VERBS  # (not `is`: `map is public LSG does not build`)


def _past_quoted_name(words: list[str], start: int) -> tuple[int, int]:
    """Where the words after the names in quotes that open at `start` begin (`«Лубнитранс»`,
    `“Shkilne kharchuvannia”`, `«Промінь» і «Разом»`), and how many names there are; `start`
    and none when no name opens there."""
    names, at = 0, start
    while at < len(words) and words[at][0] in OPENING_QUOTES:
        end = _quote_end(words, at)
        if end is None:
            break
        names, at = names + 1, end + 1
        joined = at + 1 < len(words) and words[at] in JOINING and words[at + 1][0] in OPENING_QUOTES
        if not joined:
            break
        at += 1
    return (at, names) if names else (start, 0)


def _quote_end(words: list[str], start: int) -> int | None:
    """The word that closes the quote opening at `words[start]`, within a name's reach."""
    for end in range(start, min(start + _QUOTED_NAME_REACH, len(words))):
        if words[end].rstrip(",.;:")[-1:] in _CLOSING_QUOTES and (
            end > start or len(words[end]) > 1
        ):
            return end
    return None


def _singular_verb_after_plural(words: list[str], index: int, noun: str) -> bool:
    """`між колективами БФ «Відродження традицій» ділиться`: a singular verb after the name
    is not the plural noun's before it, whose name it would be, but the body's own."""
    if index >= len(words) or not is_cyrillic(noun) or not morphology.is_plural_only(noun):
        return False
    verb = _past_negation(words, index)
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
    word = _past_negation(words, index)
    if not word or not word[0].islower():
        return False
    if is_cyrillic(word):
        plural = morphology.is_plural_finite_verb(word)
        if not morphology.is_finite_verb(word):
            return False
        return names > 1 or not plural or morphology.can_be_subject_of(first, word)
    folded = word.casefold()
    return folded in ENGLISH_AUXILIARIES or _english_s_form(folded)


def _english_s_form(folded: str) -> bool:
    """An English verb's `-s` form (`holds`, `funds`, `satisfies`), not a noun's that looks
    like one (`process`, `status`, `basis`, `awareness`, `activities`)."""
    if folded.endswith(VERB_ENDINGS_DESPITE) or folded in IES_VERBS:
        return True
    if folded.endswith("ings") and len(folded) > 6:
        return False  # a plural of an `-ing` noun (`trainings`), not `brings`
    return len(folded) >= 4 and folded.endswith("s") and not folded.endswith(NOT_VERB_ENDINGS)


def _modifies(word: str) -> bool:
    """Whether `word` can stand before a noun as its modifier: a Ukrainian adjective,
    pronoun or numeral in the nominative, or an English adjective (`Small`, `Cultural`)."""
    if is_cyrillic(word):
        return morphology.can_be_nominative_modifier(word)
    folded = word.casefold()
    if folded in NAME_HEADS or folded in NOUNS_LIKE_ADJECTIVES:
        return False  # `Portal`, `Initiative`: nouns, for all their endings
    if folded in NAME_ADJECTIVES or folded in _ADJECTIVES_IN_LY:
        return True  # `Joint`, `Open`, `Elderly`: adjectives with no adjective's ending
    return folded in QUALIFYING_NOUNS or folded.endswith(ADJECTIVE_ENDINGS)


def _named_after_office(words: list[str], index: int) -> bool:
    """`Депутат Петренко`, `Голова ОТГ`, `Голова Громади`: a person's name, a body's
    abbreviation or a noun in the genitive after an office that opens a card (not after
    `до Голови`, and not a word in the nominative: `Депутати Прозорість`)."""
    if index >= 2 and bare_word(words[index - 2]).casefold() in PHRASE_GOES_ON_AFTER:
        return False
    word = bare_word(words[index])
    if _ABBREVIATION_WORD.match(word):
        return True
    return is_cyrillic(word) and (
        morphology.is_genitive_noun(word)  # `Голова Громади`, `Заступник Голови`
        or (word.casefold() not in ROLES and _can_be_surname(word))
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


def _named_after_occupation(words: list[str], index: int) -> bool:
    """`Інженер Бойко з відділу …`, `з головною лікаркою Олійник`, `Дільничний офіцер
    поліції Гордієнко`: a surname after an occupation, past up to two lower-case genitives
    or abbreviations of its body, names who holds it, as after an office. A card opens at
    no surname (not `Волонтер Довіра`, whose second word names no one), nor at another
    office (`… фельдшерки Староста не реагує`).
    - After a capitalised occupation, which opens a card, a surname and nothing else or one
      by its ending (`Дмитренко`, `Бойко`, `Павлюк`), past its body's abbreviation too, and
      the holder's phrase goes on after it (not a list of roles: `Медсестра Староста
      Листоноша`; not a common word: `Педіатр Швидка не доїжджає`).
    - After one in lower case, such a surname; a common word that is a surname too only
      after a woman's occupation in an oblique case, where no phrase or verb of its own
      goes on (`з фельдшеркою Мороз`; not `з юристкою Музика на святах`); or a surname
      declined in the occupation's case (`зі старостою Мельником`)."""
    word = bare_word(words[index])  # (a capitalised Ukrainian word: see the caller)
    previous = words[index - 1]
    if not (previous[-1].isalpha() and is_cyrillic(previous)):
        return False  # (the cheap tests first: most capitals follow no occupation)
    if not may_be_surname(word):
        return False  # (nor is a surname, in any case: `Довіра`, `Спільні`)
    raw = words[index + 1] if index + 1 < len(words) else ""
    following = "" if raw[:1] == "(" else bare_word(raw)  # (an aside: `Шевчук (ГО «…») …`)
    if following[:1].islower() and morphology.agrees_with(word, following):
        return False  # an adjective and its noun: `через старосту Громадський контроль`
    if word.casefold() in ROLES or morphology.normal_form(word.casefold()) in ROLES:
        return False
    genitives = 0  # the lower-case genitives of its body passed
    for at in range(index - 1, max(-1, index - 4), -1):
        occupation = words[at]
        if not (occupation[-1].isalpha() and is_cyrillic(occupation)):
            return False  # (not a list: `Психолог, Мельник`)
        if morphology.is_one_person(occupation) and (
            not genitives or not morphology.is_common_noun_in_genitive(occupation)
        ):
            break
        if _ABBREVIATION_WORD.match(occupation) and occupation.isupper():
            continue  # its body's abbreviation: `координаторки ЦНАП Петренко`
        if not (occupation.islower() and morphology.is_common_noun_in_genitive(occupation)):
            return False
        genitives += 1
    else:
        return False
    by_ending = morphology.is_surname(word) and word.endswith(_SURNAME_ENDINGS)
    if is_title_case(occupation):
        return (
            not genitives  # (its body's abbreviation may stand between: `Інспектор ДСНС Петренко`)
            and (following[:1].islower() or raw[:1] == "(")
            and morphology.is_person_noun(occupation)
            and (morphology.is_surname_only(word) or by_ending)
        )
    if not occupation.islower():
        return False
    if morphology.is_surname_only(word) or by_ending:
        return True
    if morphology.is_surname(word):
        # A noun for a person too, undeclined after a woman's occupation in an oblique case
        # (`з лікаркою Олійник`; not `Потрібна психологиня Музика для дітей`).
        womans = morphology.normal_form(occupation).endswith(_WOMENS_OFFICE_ENDINGS)
        oblique = not occupation.endswith(("а", "я"))  # (not `лікарка`, `працівниця`)
        return (
            womans
            and oblique
            and not _phrase_follows(words, index)
            and not _clause_opens(words, index, subject=word)
        )  # (`з фельдшеркою Мороз`; not `з психологинею Грант на ремонт`, whose phrase goes on,
        # nor `з вчителькою Мороз ускладнює роботу`, a card with its verb)
    return (
        at == index - 1
        and morphology.same_case_and_number(occupation, word)
        and morphology.is_surname(morphology.normal_form(word.casefold()).capitalize())
    )


def _used_as_noun(words: list[str], index: int) -> bool:
    """`Limited use`, `Effective use`: after an adjective, an object verb that is a noun too
    is the noun (not `Youth prefer TikTok`); `share` and `support` are verbs only after a
    plural subject (`Elders share Hutsul songs`, `Residents support NGO campaigns`; not `Fair
    share Local media`, `Financial support NGOs share`)."""
    folded = bare_word(words[index]).casefold()
    before = bare_word(words[index - 1]).casefold() if index >= 1 else ""
    if folded in _NOUNS_AFTER_ARTICLES and (
        before in _ARTICLES_AFTER_VERBS
        or (
            index >= 2
            and bare_word(words[index - 2]).casefold() in _ARTICLES_AFTER_VERBS
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
    if not _capitalised(words[first]):
        return False  # (not past a lower-case word: `with Europe Trust, reputation Network`)
    if words[first][-1] in _CLOSING_QUOTES + "’" and not _ends_in_name_head(
        words, index + 1, index + 1 + _NAME_REACH
    ):
        # A name its quotes closed goes on only into what it names, an institution after
        # it (`“Caritas” Youth Centre`; not `brand “Made in Kosiv” Fair competition`).
        return False
    if _abstract_before_adjective(words, index) or _abstract_before_adjective(words, first):
        return False
    while (
        first > 0
        and index - first <= _NAME_REACH
        and _capitalised(words[first - 1])
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
    return _ends_in_name_head(words, index, index + _NAME_REACH)


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
        and _opens_names(following.casefold())
    )


def _capitalised(word: str) -> bool:
    """A word of a name: title case or an abbreviation (`Transcarpathian IT Cluster`)."""
    bare = bare_word(word)
    return is_title_case(bare) or (bare.isupper() and bare.isalpha())


def _ends_latin_name(previous: str, word: str) -> bool:
    """`City Council`, `Red Cross`, `Veterans Affairs`: a word that ends an institution's
    name goes on the capitalised word right before it, when that word qualifies names
    (`City`, `Regional`) or the word never opens a card (`Affairs`). Only that word: in
    `Transparency Youth Council meets` a card opens at `Youth`, and in `Trust Council
    meetings are open` at `Council`."""
    folded = bare_word(word).casefold()
    if folded in NEVER_OPEN_CARDS and _is_year(previous):
        return True  # `the Paris 2024 Paralympics`
    if folded in BODY_ENDS and _ABBREVIATION_WORD.match(previous) and previous.isupper():
        return True  # a body's abbreviation before what it is: `at the CPD Centre`
    if folded not in NAME_ENDS or not previous[-1].isalpha() or not is_title_case(previous):
        return False
    if is_cyrillic(previous):
        return False
    qualifier = previous.casefold()
    return folded in NEVER_OPEN_CARDS or qualifier in NAME_QUALIFIERS  # (an adjective: below)


def _opens_names(folded: str) -> bool:
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
        if _opens_names(bare.casefold()) or bare.casefold() in NAME_QUALIFIERS:
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
            # (Not after an adjective, which may open a card: `via Prozorro Regional
            # administration promises`; nor a verb: `Parents drive`.)
            return word in lower_heads and not _opens_names(bare_word(words[index]).casefold())
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
    if not is_title_case(own) or is_cyrillic(own) or _opens_names(folded):
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
        and _opens_names(bare.casefold())
    )


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
    Stryi Complaints`)."""
    previous = bare_word(words[index - 1])
    if not (is_title_case(previous) and previous.isascii() and "-" not in previous):
        return False
    folded = previous.casefold()
    if not (
        folded.endswith(TRANSLITERATED_ADJECTIVE_ENDINGS) or folded in TRANSLITERATED_ADJECTIVES
    ):
        return False
    before = bare_word(words[index - 2]).casefold() if index >= 2 else ""
    if before in LATIN_FIRST_NAMES:
        # A surname after its first name ends the person's name (`Vasyl Tarnovskyi
        # Compliance`), unless an institution named after them follows (`Bohdan Khmelnytskyi
        # Square`).
        return bare_word(words[index]).casefold() in NAME_HEADS
    return before not in ("and", "or")


def _number_sign(words: list[str], index: int) -> bool:
    """`School No. 5`: `No.` before a number is part of a name, not a card."""
    return words[index] == "No." and index + 1 < len(words) and words[index + 1][:1].isdigit()


def _ends_in_its_own_plus(word: str) -> bool:
    """`Erasmus+`, `60+`: a plus that belongs to a word or number, not one that joins
    (`ГО + Влада`) or an abbreviation's (`ЛГБТ+ Спільноти`)."""
    stem = word[:-1]
    return word[-1] == "+" and stem.isalnum() and not stem.isupper()


def _how_often(words: list[str], index: int) -> bool:
    """`2 рази на рік`, `24 години на добу`: the count at `index` says how often or for how
    long, not how many things (`40 тисяч мешканців`, `3 місяці без виплат`)."""
    counted = bare_word(words[index + 1]).casefold()
    following = words[index + 2] if index + 2 < len(words) else ""
    return counted in _TIMES or (counted in _SPANS_OF_TIME and following in ("на", "поспіль"))


def _count_opens_clause(words: list[str], index: int) -> bool:
    """`5 ГО співпрацюють`, `60% батьків не знають`: a count opens a card where it is the
    subject of a Ukrainian verb in the plural right after its noun (not `Навчання 20
    волонтерів триває`). A year (`Бюджет 2025`) or a date (`20 травня`) is no count, and
    after a preposition or `понад` a number is inside a phrase (`у 3 школах`)."""
    if not _is_count(words[index]) or bare_word(words[index - 1]).casefold() in BEFORE_COUNTS:
        return False
    if bare_word(words[index - 1]).casefold() in _TIME_ADVERBS:
        return False  # the card opened at the adverb: `Одночасно 3 ГО працюють в одному селі`
    if bare_word(words[index - 1]).casefold() in _NUMBERED:
        return False  # a number that names, no count: `не знають номера 101`
    if index + 2 >= len(words):
        return False
    counted = index + 1
    if words[counted].endswith(("s'", "s’")) and index + 3 < len(words):
        counted += 1  # whose they are: `2 veterans' NGOs joined the night patrols`
    if _PLURAL_ABBREVIATION.match(bare_word(words[counted])):
        # `3 NGOs check every tender`; not `We use 12 CSOs' data`, `… 12 CSOs last year`.
        if bare_word(words[index - 1]).casefold() in TAKE_AN_OBJECT:
            return False
        after = bare_word(words[counted + 1]).casefold()
        return after not in NOT_AFTER_A_COUNT and _is_finite_verb_at(words, counted + 1)
    if not is_cyrillic(words[index + 1]):
        return _english_share_opens(words, index) or _english_count_opens(words, index)
    if bare_word(words[index + 1]).casefold() in MONTHS:
        return False  # a date (`Форум 20 травня пройшов`)
    if words[index + 1] in ("з", "із") and index + 4 < len(words) and _is_count(words[index + 2]):
        index += 2  # a share as a count (`3 з 10 мешканців знають`)
    verb = index + 2
    if _ABBREVIATION_WORD.match(bare_word(words[index + 1])):
        verb = _past_whose_and_adverbs(words, verb)  # `3 ГО громади вже мають меморандум`
    if words[verb] in ("не", "ні") and verb + 1 < len(words):
        verb += 1
    if words[verb][:1].islower() and morphology.is_plural_finite_verb(bare_word(words[verb])):
        return True  # the count's, not another card's (`на підтримку 95 ОШБр Допомагають`)
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
    return _count_after_genitive(words, index)


def _past_whose_and_adverbs(words: list[str], index: int) -> int:
    """Where the verb of counted bodies may stand, from `index` on: past whose they are (a
    noun in the genitive) and an adverb or two (`3 ГО громади вже мають`)."""
    word = words[index]
    whose = index + 1 < len(words) and word.islower() and is_cyrillic(word)
    if whose and morphology.is_common_noun_in_genitive(bare_word(word)):
        index += 1
    for _ in range(2):
        if index + 1 >= len(words) or not _stands_before_verbs(bare_word(words[index])):
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
    if _ABBREVIATION_WORD.match(noun) and is_cyrillic(noun) and _two_to_four(words[index]):
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
        # not `Priority 1 is …`, `Section 3 of …`).
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
    has its verb after it: a past, an auxiliary, or a verb before its object's article
    (`15 volunteers trained`, `3 officials were fired`, `3 organizations use the hall`)."""
    if words[at] == "of" and at + 1 < len(words) and words[at + 1].isdigit():
        at += 2  # a share: `2 of 9 drainage canals`
    for noun in range(at, min(at + 3, len(words) - 1)):
        word = words[noun]
        if not (word.isalpha() and word.islower() and word.isascii()):
            return False
        if word.endswith("s") and word not in _ENGLISH_MEASURES:
            verb = words[noun + 1]
            after = words[noun + 2] if noun + 2 < len(words) else ""
            if not (verb.isalpha() and verb.islower()) or verb in PHRASE_GOES_ON_AFTER:
                return False
            return (
                verb.endswith("ed") or verb in ENGLISH_AUXILIARIES or after in _ARTICLES_AFTER_VERBS
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


def _is_year(word: str) -> bool:
    """`2024`, `1991`."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _is_count(word: str) -> bool:
    """`5`, `60%`; not a year (`2025`)."""
    number = word.rstrip("%")
    return number.isdigit() and not _is_year(number)


def _after_number(words: list[str], index: int) -> bool:
    """`м.` right after a number is metres (`500 м.`), unless a comma ends the number, as
    in an address (`вул. Шевченка, 12, м. Львів`)."""
    if words[index].casefold() != "м." or index < 1:
        return False
    number = words[index - 1]
    return number[:1].isdigit() and not number.endswith(",")


def _town_in_genitive(word: str) -> bool:
    """`міста Луцька`: after a word for a settlement, a capitalised `-ська` that the
    dictionary knows as a place in the genitive (not `Громадська`, `Міська`)."""
    bare = bare_word(word)
    return bare.endswith(TOWN_GENITIVES) and morphology.is_common_noun_in_genitive(bare)


def _surname_after_first_name(first: str, surname: str) -> bool:
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
        return morphology.is_name_only(first) or _can_be_surname(surname)
    if morphology.is_patronymic(first):
        # `з Надією Іванівною Коваль` (not `Ніни Петрівни Сусіди підвозять`).
        return _can_be_surname(surname)
    if morphology.is_surname_only(surname) and morphology.is_one_person(first):
        return True  # `Богдан Савчук`, a first name the dictionary knows only as a noun
    return morphology.is_first_name(first) and (_can_be_surname(surname))


def _person_after_office(words: list[str], index: int) -> bool:
    """`Голова ОТГ Петро Савчук`, `Начальник відділу культури Олег Бондар`, `депутатки
    Ірини Коваль`, `Тренер Андрій Кравець`: a first name and a surname after a noun for one
    person (an office or occupation) in their case and number name that person; they open
    no card. The office may stand up to five words back, past its body's lower-case words,
    prepositions, abbreviations and genitives (`Фахівчиня із супроводу Ганна Білик`,
    `Начальниця відділу з питань ВПО Оксана`),
    abbreviation, name in quotes or place (`Директорка КЗ «…» Ніна`, `Староста Ушомира
    Петро`), and past another office in the genitive (`Заступниця міського голови Оксана`)."""
    surname = bare_word(words[index + 1])  # (the caller saw a capital there)
    if not (is_title_case(surname) and is_cyrillic(surname)):
        return False
    first = bare_word(words[index])
    if not (
        morphology.is_first_name(first)
        or (morphology.is_surname_only(surname) and morphology.is_one_person(first))
    ):
        return False  # (`Богдан` is no first name to the dictionary, `Савчук` only a surname)
    if not _can_be_surname(surname):
        return False
    back = index - 1
    on_matters = _held_office_on_matters(words, index, first)
    for _ in range(_OFFICE_WORDS + on_matters):
        if back < 0:
            return False
        if words[back].rstrip(",.;:")[-1:] in tuple(_CLOSING_QUOTES):
            # A body's name in quotes is one word here (`Директорка КЗ «… бібліотека» Ніна`).
            opening = _quote_start(words, back)
            if opening is None:
                return False
            back = opening - 1
            continue
        word = bare_word(words[back])
        if not is_cyrillic(word):
            return False
        if on_matters and word in MATTERS_WORDS:
            back -= 1  # (`у справах`, whose `справах` is no genitive)
            continue
        if word.casefold() in PHRASE_GOES_ON_AFTER:
            if back == index - 1 or word.casefold() not in _PREPOSITIONS:
                return False  # the name a preposition governs (`з Петро …`); `Депутат і …`
            if _is_finite_verb_at(words, index + 2) and not on_matters:
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
            place = back >= 1 and bare_word(words[back - 1]).casefold() in BEFORE_NAMES
            if is_title_case(word) and not place and not morphology.is_oblique_only(word):
                # A card may have opened there (`депутата Прозорість Олег Коваль`); not at a
                # place the office is of (`Староста Ушомира Петро Климчук`).
                return False
        back -= 1
    return False


def _held_office_on_matters(words: list[str], index: int, first: str) -> bool:
    """Whether an office named by what it is for (`з питань …`) stands before the first name
    at `index`, held by that person: no card ends in `з питань …`, so its words stretch the
    reach and a verb after the name is the holder's (`Радниця з питань безбар'єрності
    Світлана Мороз має вплив`, `Начальник управління з питань надзвичайних ситуацій
    Сергій`). Not an office of the other sex (`уповноважений з питань ВПО Ганна`), nor one
    that is lacking or needed (`Потрібен радник з питань ветеранів Олег`). An office's
    field in the genitive right after it counts too (`Радниця з безбар'єрності Марія`)."""
    for at in range(max(1, index - _OFFICE_WORDS), index):
        if words[at] in MATTERS_WORDS and words[at - 1] in ON_MATTERS:
            offices = range(at - 2, max(-1, at - 4), -1)
        elif words[at - 1] in _FIELD_PREPOSITIONS and at >= 2 and _a_field(words[at]):
            offices = range(at - 2, at - 1)  # (right before it: `Радниця з безбар'єрності`)
            if not _holds_office(words[at - 2]):
                continue  # (not an office's field: `… виходять з дому`)
        else:
            continue
        for office in offices:
            if _holds_office(words[office]):
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


def _after_fronted_object(words: list[str], index: int) -> bool:
    """Whether the abbreviation at `index` stands after a fronted object (see
    `_fronted_object`) within a clause's reach, past lower-case words and abbreviations."""
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH), -1):
        if _fronted_object(words, back):
            return True
        word = bare_word(words[back])
        if not (word[:1].islower() or (len(word) > 1 and word.isupper())):
            return False
        if word[:1].islower() and (
            word in LACKING
            or word in PREDICATIVES
            or _is_finite_verb_at(words, back)
            or morphology.is_impersonal(word)
            or morphology.is_infinitive(word)
        ):
            # That clause has its verb: `Фахівців бракує ФАП закрили`, `Співпрацю налагоджено
            # ОМС підтримує ГО`, `Підтримку надавати регулярно ЦНАП …`.
            return False
    return False


def _fronted_object(words: list[str], at: int) -> bool:
    """Whether the capital at `at` may be an object put before its clause's abbreviation
    and verb (`Експертизу ГО враховують`): a common noun in the accusative only, in no
    phrase of the word before it (not a name: `… депутата Павленка ЦНАП працює`)."""
    word = bare_word(words[at])
    if not (is_title_case(word) and is_cyrillic(word) and morphology.is_object_only(word)):
        return False
    if morphology.is_person_name(word):
        return False
    before = bare_word(words[at - 1]).casefold() if at else ""
    if before in FUNCTION_WORDS or (
        is_cyrillic(before)
        and (morphology.is_finite_verb(before) or morphology.is_infinitive(before))
    ):
        return False  # a preposition's or a verb's object: `у Вінницю`, `ухвалив Стратегію`
    return not (is_cyrillic(before) and morphology.governs_or_agrees(before, word))


def _holds_office(word: str) -> bool:
    """Whether `word` may name an office or occupation held by one person."""
    bare = bare_word(word).casefold()
    return bare in ROLES or morphology.is_one_person(bare)


def _a_field(word: str) -> bool:
    """Whether `word` may be the genitive of a field an office is for, after `з`
    (`безбар'єрності`, `комунікацій`)."""
    bare = bare_word(word)
    return bare[:1].islower() and is_cyrillic(bare) and morphology.has_genitive(bare)


def _surname_after_office_of_body(words: list[str], index: int) -> bool:
    """`Депутат міськради Кравець підтримує ГО`, `Начальник РВА Мельник поддержал`,
    `Заступник міського голови Литвиненко курує`, `Міський голова Назарук відкритий до
    зустрічей`, `Новий староста Іваненко на зв'язку`: a surname alone after an office, and
    perhaps the body whose it is (up to three genitives or an abbreviation: `Начальник
    відділу цивільного захисту Гринишин`), names the
    office's holder when the office opens the card (capitalised, or after the capitalised
    adjective that does: `Міський голова`) and lower case goes on after the surname (its
    verb, an adjective, a preposition; the caller asks)."""
    surname = bare_word(words[index])
    if not is_cyrillic(surname):
        return False
    verb = index + 1
    if verb + 1 < len(words) and words[verb] in ("не", "ні", "ни"):
        verb += 1  # `Бойко не пропускає`
    if verb + 1 < len(words) and morphology.is_adverb(bare_word(words[verb])):
        verb += 1  # `Литвиненко лично курирует`
    if _is_finite_verb_at(words, verb):
        if not (morphology.is_surname_only(surname) or morphology.is_surname(surname)):
            return False  # (not a common word or a first name: `… голови ради Влада ігнорує`)
    elif not (
        morphology.is_surname_only(surname)
        or (morphology.is_surname(surname) and morphology.is_one_person(surname))
    ) or (
        morphology.can_be_nominative_modifier(surname)
        and morphology.agrees_with(surname, bare_word(words[index + 1]))
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
        body = [bare_word(word) for word in words[office + 1 : index]]
        return all(
            _ABBREVIATION_WORD.match(word)
            or (word.islower() and is_cyrillic(word) and morphology.has_genitive(word))
            for word in body
        )
    return False


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


def _a_name(word: str) -> bool:
    """Whether `word` can be a person's name or is an initial (`Шевченка`, `В.`), not a
    common word (`план Б. Громада`)."""
    if _is_initial(word):
        return True
    bare = bare_word(word)
    if not is_cyrillic(bare):
        return True
    return _can_be_surname(bare)


def _is_initial(word: str) -> bool:
    """`Т.`, `V.`: a capital letter and a period."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _can_be_surname(word: str) -> bool:
    """Whether the dictionary reads `word` as a person's name, or does not know it (most
    surnames it lacks: `Климчук`)."""
    return morphology.is_person_name(word) or not morphology.is_known(word)


def _quote_start(words: list[str], end: int) -> int | None:
    """The index of the word that opens the quoted name closing at `end`, within reach."""
    for back in range(end, max(-1, end - _QUOTED_NAME_REACH), -1):
        if words[back][0] in OPENING_QUOTES:
            return back
    return None


def _genitive_after_name(words: list[str], index: int) -> bool:
    """`до Дня Землі`, `на День Незалежності`: a capital that may be a noun in the genitive
    (not an adjective, as `Зелені зони`), after a capitalised name in an oblique case that a
    preposition opened, is the rest of that name, unless a verb or an adjective follows (a
    clause opens: `з Полтави Громади не довіряють`, `з Полтавою Школи відкриті`) or it is a
    verbal noun that opens a card (see below). The caller has seen the name's capital."""
    if not (_after_preposition(words, index) and words[index - 1][-1].isalnum()):
        return False
    previous, word = bare_word(words[index - 1]), bare_word(words[index])
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    object_after = following[:1].islower() and is_cyrillic(following)
    if word.endswith(VERBAL_NOUN_ENDINGS) and (
        object_after or not morphology.has_genitive(previous)
    ):
        # A verbal noun opens cards: with its object (`до Хотина Маркування пам'яток`), or
        # after a name in a case that governs no genitive (`зі Львовом Мережування`; not
        # `від Фонду Відродження`).
        return False
    if object_after and morphology.can_be_nominative_modifier(following):
        return False  # a subject and what it is: `Школи відкриті`
    if (
        object_after
        and not morphology.is_oblique_only(word)
        and not (takes_a_name(previous) or _owned_by_body(previous))
        and (
            morphology.is_genitive_noun(following)
            or (morphology.is_modifier_only(following) and morphology.has_genitive(following))
            or (
                bare_word(words[index - 2]).casefold() in _LOCATIVE_PREPOSITIONS
                and morphology.is_oblique_only(following)
                and morphology.has_dative(following)
            )
        )
    ):
        # A noun and its own genitive or dative after a place: `до Києва Затримки виплат`, `в
        # школах Ізмаїла Традиції вилківських рибалок`, `в Ковалівці Виплати доглядальникам`
        # (not after a body's word, whose name it is: `у Палаці Культури міста`, `з
        # Управлінням Освіти міськради`).
        return False
    in_name = morphology.is_oblique_only(previous) or (
        bare_word(words[index - 2]).casefold() in _ACCUSATIVE_PREPOSITIONS
        and (
            previous.casefold() in _NAMED_DAYS
            or (
                takes_a_name(previous)
                and (not following[:1].islower() or word.endswith(_ABSTRACT_GENITIVE))
            )
        )
        and morphology.governs_or_agrees(previous, word)
    )  # (`на День Незалежності`, `у Центр Зайнятості`: the preposition's, no subject; not
    # a card in the plural after a name: `на Форум Зустрічі з мешканцями`)
    return (
        in_name
        and morphology.is_genitive_noun(word)
        and not _clause_opens(words, index, subject=word)
        and not _lack_follows(words, index)  # `у Великій Писарівці Транспорту немає`
    )


def _oblique_opens_clause(words: list[str], index: int) -> bool:
    """A capitalised word in an oblique case is a name inside a phrase (`міста Ужгорода`,
    `Бібліотеку Тернополя`), unless a clause opens with it: the object first, then its verb
    (`Воду беруть з колодязів`, `Бібліотеку Тернополя модернізували`)."""
    previous = bare_word(words[index - 1])
    named = (
        is_title_case(previous)
        and is_cyrillic(previous.split("-", 1)[0])  # (not a common noun: `в Telegram-каналах`)
        and morphology.is_oblique_only(previous)
    )
    governed = _after_preposition(words, index)
    if previous[:1].islower() and _fronted_after_a_clause(words, index):
        return True  # `… обирає дистанційне навчання Дітей возять до сусідньої школи`
    if previous[:1].islower() and _people_before_their_verb(words, index):
        return True  # `Просвіта у школах Мешканців навчають етикету`
    if named and not governed:
        # The second word of a name (`Фахівців Центрів … бракує`), unless a genitive that
        # lacks follows a name in another case: `у Великій Писарівці Транспорту немає`.
        return not morphology.has_genitive(previous) and _lack_follows(words, index)
    if (
        morphology.is_plural_genitive_noun(bare_word(words[index]))
        and _negated_verb_follows(words, index)
        and not _revered_in_a_phrase(words, index)
    ):
        return True  # a negated verb's object, fronted: `Штрафів ніхто не виписує`
    if _opens_plural_genitive(words, index) and _count_follows(words, index):
        return True  # what a count counts, fronted: `Фахівців із супроводу лише 2 на …`
    if _lack_follows(words, index, reach=_FRONTED_LACK_REACH) and _lacking_opens(words, index):
        # What is lacking: `Асистентів не вистачає`, `до Києва Коштів не вистачає`,
        # `Соціального замовлення для ГО немає` (not `бюджеті Львова бракує`).
        return True
    if (
        previous
        and previous[0].islower()
        and (
            morphology.governs_or_agrees(previous, bare_word(words[index]))
            if is_cyrillic(previous)
            else morphology.has_genitive(bare_word(words[index]))
        )
    ):
        return False  # in the phrase of the word before it (not after `працює окремо`)
    if (
        is_title_case(previous)
        and is_cyrillic(previous)
        and not previous.endswith(VERBAL_NOUN_ENDINGS)  # (`Ігнорування Бібліотекарок перевели`)
        and morphology.governs_or_agrees(previous, bare_word(words[index]))
        and _clause_opens(words, index, subject=previous)
    ):
        return False  # the genitive of a card's subject: `Жителі Криворівні долучаються`
    if named:
        return False  # the second word of a name a preposition opened (`до Дня Землі`)
    return _clause_opens(words, index)


def _fronted_after_a_clause(words: list[str], index: int) -> bool:
    """Whether the capital at `index` is a fronted object, its plural verb right after it
    (`Дітей возять`, `Підрядників обирають`), where the words before it back to the card's
    capital already hold a finite verb: a card says one thing, so a second verb opens the
    next card (not `… навчання дітей`, a phrase, when no verb follows)."""
    verb = index + 1
    if verb < len(words) and words[verb] in ("не", "ні"):
        verb += 1
    if verb >= len(words) or not words[verb][:1].islower():
        return False
    if not morphology.is_plural_finite_verb(bare_word(words[verb])):
        return False
    subject = bare_word(words[index - 1])
    if (
        morphology.is_person_noun(subject)
        and morphology.can_be_subject_of(subject, bare_word(words[verb]))
        and not _is_finite_verb_at(words, index - 2)  # (`підтримують депутати`: that verb's)
    ):
        return False  # the subject's own genitive: `але мешканці Ірпеня не приходять`
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH * 2), -1):
        if _is_finite_verb_at(words, back):
            return True
        if not words[back][:1].islower():
            return False  # (the card's capital, or a name: the clause's start)
    return False


def _people_before_their_verb(words: list[str], index: int) -> bool:
    """Whether the capital at `index` is a plural noun for people in the accusative, the
    object of a plural verb with no subject that follows it, past `не`, an adverb and a
    preposition's phrase (`Людей з інвалідністю евакуюють першочергово`, `Людей на візках
    рідко бачать`): fronted so, it opens a card. Read in the phrase of the word before it
    (`взаємодопомога людей`), it would leave that verb with no subject."""
    before = bare_word(words[index - 1]).casefold()
    word = bare_word(words[index])
    if before in VILLAGES and index >= 2 and bare_word(words[index - 2]).casefold() in _EVERY:
        pass  # no village's name after `кожному селі`: `… в кожному селі` / `Дітей возять …`
    elif before.rstrip(".") in STREET_FORMS or before in SETTLEMENTS or before in VILLAGES:
        return False  # a name after its word: `вулиці Будівельників`, `проспекті Героїв`
    noun = index
    if not morphology.is_people_as_object(word):
        following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
        if not (
            following[:1].islower()
            and morphology.is_modifier_only(word)
            and morphology.is_people_as_object(following)
            and morphology.agrees_with(word, following)
        ):
            return False
        noun = index + 1  # its adjective first: `Старших людей не запрошують`
    phrase = False  # inside a preposition's phrase
    for ahead in range(noun + 1, min(len(words), noun + 1 + _CLAUSE_REACH)):
        word = bare_word(words[ahead])
        if not (word[:1].islower() and is_cyrillic(word)):
            return False
        if word in ("не", "ні") or word in _PREPOSITIONS:
            phrase = phrase or word in _PREPOSITIONS
            continue
        if morphology.is_finite_verb(word) and not morphology.is_plural_finite_verb(word):
            return False
        if (
            phrase
            or morphology.is_common_noun_in_genitive(word)
            or morphology.is_oblique_only(word)
        ) and not morphology.is_plural_finite_verb(word):
            # (`Жінок із сільських організацій запрошують`, `Дітей переселенців …`,
            # `Мешканців віддалених сіл забувають`)
            continue
        if morphology.is_plural_finite_verb(word):
            # (A reflexive verb takes no object: `Будівельників скаржаться` is a name's.)
            return (
                not word.endswith(("ся", "сь"))
                and not morphology.is_nominative_noun(word)
                and not _subject_before(words, index, word)
            )
        if not morphology.may_be_adverb(word):
            return False
    return False


def _revered_in_a_phrase(words: list[str], index: int) -> bool:
    """Whether the word at `index` is one notes capitalise out of respect, inside the phrase
    of the card's plural subject (`Сім'ї зниклих безвісти Захисників не отримують`)."""
    if morphology.normal_form(bare_word(words[index]).casefold()) not in _REVERED:
        return False
    verb = next((bare_word(w) for w in words[index + 1 :] if w[:1].islower() and w != "не"), "")
    return _subject_before(words, index, verb)


def _subject_before(words: list[str], index: int, verb: str) -> bool:
    """Whether a modifier of the word at `index` stands right before it (`Для дітей загиблих
    Героїв організовують`), or the word is one people capitalise out of respect and the
    word before it governs it (`Для сімей Героїв організовують`, `У сквері Героїв`) or the
    words before it, back to the card's capital, hold a subject `verb` agrees with
    (`Громадські організації Ветеранів працюють`): the capital is inside that card's
    phrase. An ordinary noun opens a card after a plural one (`Активні мешканці` / `Дітей
    возять до школи`)."""
    previous, word = bare_word(words[index - 1]), bare_word(words[index])
    if morphology.agrees_with(previous, word):
        return True
    if morphology.normal_form(word.casefold()) not in _REVERED:
        return False  # (`Активні мешканці Дітей возять`: a card after a plural one)
    if previous.islower() and morphology.governs_or_agrees(previous, word):
        return True  # the genitive of the word before it: `Для сімей Героїв організовують`
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH), -1):
        word = bare_word(words[back])
        if is_cyrillic(word) and morphology.can_be_subject_of(word, verb):
            return True
        if not word[:1].islower():
            return False  # (the card's capital: the clause's start)
    return False


def _lacking_opens(words: list[str], index: int) -> bool:
    """Whether the genitive at `index` can be what is lacking: a common noun in the plural
    (`Асистентів`), a noun right before its word of lacking with nothing after them
    (`Булінгу немає`, not a town in a phrase: `бюджеті Львова бракує`), or a word that can
    modify the genitive noun after it (`Соціального замовлення`, `Резервного автобуса`)."""
    word = bare_word(words[index])
    if morphology.is_plural_genitive_noun(word):
        return True
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    alone = index + 2 == len(words) or words[index + 2][:1].isupper()
    if following.casefold() in LACKING and alone and not _in_a_place_phrase(words, index):
        # What is lacking, with nothing else lacking after it: `Булінгу немає`, `Довіри
        # мало`; not a name in a preposition's phrase (`Коштів у бюджеті Львова бракує`),
        # nor one before what lacks (`бюджеті Львова бракує коштів`).
        return morphology.is_genitive_noun(word)
    if (
        following[:1].islower()
        and index + 2 < len(words)
        and bare_word(words[index + 2]).casefold() in LACKING
        and (index + 3 == len(words) or words[index + 3][:1].isupper())
        and morphology.is_genitive_noun(following)
        and not _in_a_place_phrase(words, index)
        and morphology.is_genitive_noun(word)
        and not _in_phrase_before(words, index)
    ):
        return True  # what is lacking with its own genitive: `Реєстру маршрутів немає`
    if word.casefold().endswith(BODY_ADJECTIVE_ENDINGS):
        return False  # a body's name: `з депутатами Львівської міської ради немає`
    # (A modifier may be a noun too: `Резервного`, the genitive of `резервне` as well.)
    return following[:1].islower() and morphology.agrees_with(word, following)


def _in_phrase_before(words: list[str], index: int) -> bool:
    """Whether the capital at `index` is inside the phrase of the adjective in lower case
    before it, which agrees with it (`обласного Фонду`). (Not after a noun, which ends a card
    as often: `Мало коштів Плану дій немає`.)"""
    previous = bare_word(words[index - 1]) if index else ""
    return (
        previous[:1].islower()
        and is_cyrillic(previous)
        and morphology.is_modifier_only(previous)
        and morphology.agrees_with(previous, bare_word(words[index]))
    )


def _negated_verb_follows(words: list[str], index: int) -> bool:
    """Whether `не` and a finite verb come next, past a lower-case word or two (`Штрафів
    ніхто не виписує`, `Звітів досі не публікують`)."""
    for ahead in range(index + 1, min(index + 4, len(words) - 1)):
        word = words[ahead]
        if word == "не":
            return _is_finite_verb_at(words, ahead + 1)
        if not (word.islower() and word.isalpha()):
            return False
    return False


def _in_a_place_phrase(words: list[str], index: int) -> bool:
    """Whether the capital at `index` ends a phrase a preposition or a word for a settlement
    opened, back to the card's capital (`Коштів у міському бюджеті Львова`, `Допомоги міста
    Львова`; not `Волонтерство студентів Булінгу`)."""
    for back in range(index - 1, max(-1, index - 5), -1):
        word = bare_word(words[back])
        if not word or not word[0].islower():
            return False
        if word in FUNCTION_WORDS or word in SETTLEMENTS:
            return True
    return False


def _modifies_next(words: list[str], at: int) -> bool:
    """Whether the word after `at` is a lower-case adjective, which the adverb at `at` says
    how much of (`недостатньо системна`; not `мало особливо в селах`, a lack)."""
    following = bare_word(words[at + 1]) if at + 1 < len(words) else ""
    return (
        words[at][-1].isalpha()  # (not past a comma: `Волонтерів мало, особливо чоловіків`)
        and following[:1].islower()
        and is_cyrillic(following)
        and morphology.is_modifier_only(following)
    )


def _lack_follows(words: list[str], index: int, *, reach: int = _LACK_REACH) -> bool:
    """Whether a verb of lacking comes next, whose subject is a genitive: `Асистентів не
    вистачає`, `Коштів бракує`, past a few words of its phrase (`Асистентів вчителя
    бракує`, `Коштів на ремонт не вистачає`); or a share of it that ends the card
    (`Пандусів лише третина`; not `половина жителів`, a share of its own whole)."""
    for ahead in range(index + 1, min(index + 2 + reach, len(words))):
        word = words[ahead]
        if bare_word(word) in LACKING_ADVERBS:
            if ahead > index + 1 + _LACK_REACH or _modifies_next(words, ahead):
                continue  # `недостатньо системна`: how much, not a lack
            return True
        if bare_word(word) in LACKING:
            return True  # (in lower case: a capital opens a card of its own, `… Бракує коштів`)
        if bare_word(word) in SHARES:
            after = words[ahead + 1] if ahead + 1 < len(words) else ""
            return not after[:1].islower()  # the share ends the card: `… лише третина`
        if _ABBREVIATION_WORD.match(word) and word.isupper():
            continue  # a body's abbreviation in the phrase (`замовлення для ГО немає`)
        if not word.islower() or not word.replace("'", "").replace("’", "").isalpha():
            return False  # a capital or punctuation: the phrase ended without its verb
    return False


def _clause_opens(words: list[str], index: int, *, subject: str = "") -> bool:
    """Whether a finite verb follows the word at `index` within reach, past negations, words
    of a name and lower-case words (`Бібліотеку Тернополя модернізували`); one that agrees
    with `subject` when it is given (`до Дня Незалежності зібрала` does not)."""
    if index + 1 < len(words) and words[index + 1][:1] in "«„":
        quoted = _verb_after_quoted_name(words, index, subject)
        if quoted is not None:
            return quoted
    for ahead in range(index + 1, min(index + 1 + _CLAUSE_REACH, len(words))):
        word = bare_word(words[ahead])
        if not word or word in {"не", "ні"}:
            continue
        if word[0].islower() and is_cyrillic(word):
            after_preposition = bare_word(words[ahead - 1]).casefold() in _PREPOSITIONS
            if morphology.is_finite_verb(word) and not after_preposition:
                # (After a preposition, a noun: `раз на рік`, though `рік` is a past too.)
                return not subject or morphology.can_be_subject_of(subject, word)
            if not subject and _fronted_object_of_impersonal(words, index, ahead):
                return True  # its object fronted: `Інвентаризацію не завершено`
            if not subject and _fronted_object_of_modal(words, index, ahead):
                return True  # `Декларацію можна підписати лише в райцентрі`
            if not subject and (
                word in PREDICATIVES or (ahead == index + 1 and word in PREDICATIVE_ADVERBS)
            ):
                return _needs(words, index, word)  # `Музею потрібен ремонт`, `Людям зручно`
            continue
        if bare_word(words[ahead - 1]).casefold() in VILLAGES and place_name(word):
            continue  # a village's name: `Бібліотеку в селі Калинове закрили`
        if (
            not subject
            and word.isupper()
            and is_cyrillic(word)
            and morphology.may_be_abbreviation(word)
            and _fronted_object(words, index)
        ):
            # The object's body, or the clause's subject: `Експертизу ГО враховують`,
            # `Інформацію від ЦНАП читають`, `Програму співфінансування ОМС ухвалили`.
            continue
        if not (is_title_case(word) and is_cyrillic(word) and morphology.is_oblique_only(word)):
            return False
    return False


def _verb_after_quoted_name(words: list[str], index: int, subject: str) -> bool | None:
    """For an object that bears a name in quotes, whose verb follows right after them:
    whether that verb is there (`Програму «Культура на колесах» скоротили`; not one of a
    clause or a card after them: `Школу «Лідер» та бере участь`, `Програму «Прихисток», яка
    діє`). None for a word that is no such object (a genitive's name: `Грант Фонду «…»`)."""
    if not morphology.is_object_only(bare_word(words[index])):
        return None
    closing = _quote_end(words, index + 1)
    if closing is None or words[closing][-1] in ",;:":
        return False
    verb = closing + 1
    if verb < len(words) and bare_word(words[verb]) == "не":
        verb += 1
    return (
        verb < len(words)
        and _is_finite_verb_at(words, verb)
        and (not subject or morphology.can_be_subject_of(subject, bare_word(words[verb])))
    )


def _fronted_object_of_impersonal(words: list[str], index: int, ahead: int) -> bool:
    """`Інвентаризацію не завершено`: an object in the accusative only, right before its
    impersonal `-но`/`-то` verb (past `не`, a noun in the genitive that is the object's
    own, `Інвентаризацію земель розпочато`, and a preposition's phrase, `Радника з питань
    освіти призначено`), and not a noun's genitive or the object of a
    capital before it (`Ремонт Будинку культури завершено`, `Роботу Центру налагоджено`)."""
    between = [bare_word(word) for word in words[index + 1 : ahead]]
    for at, word in enumerate(between):
        governed = at > 0 and between[at - 1].casefold() in _PREPOSITIONS
        if not (
            word == "не"
            or (word.islower() and (word in _PREPOSITIONS or governed))  # `з безбар'єрності`
            or (word.islower() and morphology.is_common_noun_in_genitive(word))
        ):
            return False
    if not morphology.is_impersonal(bare_word(words[ahead])):
        return False
    if not morphology.is_object_only(bare_word(words[index])):
        return False
    before = bare_word(words[index - 1]) if index else ""
    return not (
        is_title_case(before)
        and is_cyrillic(before)
        and morphology.governs_or_agrees(before, bare_word(words[index]))
    )


def _fronted_object_of_modal(words: list[str], index: int, ahead: int) -> bool:
    """`Декларацію можна підписати …`: an object in the accusative only, right before a
    modal word (`можна`, `треба`, past `не`) and the infinitive that takes it."""
    if bare_word(words[ahead]).casefold() not in _MODALS or ahead + 1 >= len(words):
        return False
    if any(bare_word(word) != "не" for word in words[index + 1 : ahead]):
        return False
    return morphology.is_infinitive(bare_word(words[ahead + 1])) and morphology.is_object_only(
        bare_word(words[index])
    )


def _needs(words: list[str], index: int, predicative: str) -> bool:
    """`Музею потрібен ремонт`: a fronted dative opens the clause of a predicative, unless
    it is a genitive (`Школа Мистецтв потрібна`) or the predicative agrees with the noun
    before it (`Робота Музею потрібна громаді`)."""
    before = bare_word(words[index - 1])
    if (
        is_title_case(before)
        and is_cyrillic(before)
        and morphology.agrees_with(predicative, before)
    ):
        return False
    return morphology.has_dative(bare_word(words[index]))


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
        if index + 1 >= len(words) or not _stands_before_verbs(word):
            break
        index += 1
    if bare_word(words[index])[:1].isupper():
        return False  # a card of its own: `Мовчання Житомирської ОДА Не вистачає членів ДВК`
    verb = _past_negation(words, index)
    if not _is_finite_verb_at(words, index, verb):
        return False
    if whose and not morphology.is_plural_finite_verb(verb):
        return False  # the verb of a noun before: `Програма підтримки ВПО громад не працює`
    noun = bare_word(words[start - 2]) if start >= 2 else ""
    if index > start and is_title_case(noun) and is_cyrillic(noun):
        return not morphology.can_be_subject_of(noun, verb)
    return True


def _stands_before_verbs(word: str) -> bool:
    """An adverb or particle between a subject and its verb (`швидко`, `вже`)."""
    if not (word and word[0].islower() and is_cyrillic(word)):
        return False
    return word in BEFORE_VERBS or morphology.is_adverb(word)


def _past_negation(words: list[str], index: int) -> str:
    """The bare word at `index`, or the one after it when it is a negation (`не знають`)."""
    word = bare_word(words[index])
    if word.casefold() in _NEGATIONS and index + 1 < len(words):
        return bare_word(words[index + 1])
    return word


def _is_finite_verb_at(words: list[str], index: int, word: str | None = None) -> bool:
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
    folded = word.casefold()
    if folded in ENGLISH_AUXILIARIES:
        return True
    subject = bare_word(words[index - 1]) if index >= 1 else ""
    before = bare_word(words[index - 2]) if index >= 2 else ""
    if is_title_case(before) and before.casefold() in LATIN_FIRST_NAMES and is_title_case(subject):
        return _english_s_form(folded)  # a person's: `Natalia Shevchuk meets NGOs`
    if is_title_case(subject) and subject.isascii() and subject.casefold() in NAME_HEADS:
        # A body's name ends: `Department issues IDP certificates`; not before a plural
        # abbreviation, which may open a clause (`Veteran Hub lawyers NGOs share`).
        following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
        return _english_s_form(folded) and not _PLURAL_ABBREVIATION.match(following)
    if not _ABBREVIATION_WORD.match(subject) or before.casefold() in NOT_A_SUBJECT_AFTER:
        return False
    ends_card = index + 1 == len(words) or words[index + 1][:1].isupper()
    if ends_card and is_title_case(before) and before.endswith("ing"):
        # A gerund's object with nothing after it: `Ignoring NGO requests` (but `Co-financing
        # SES trains volunteers`, where the verb has an object).
        return False
    closed = index >= 2 and words[index - 2][-1] in CLOSERS  # (`(anonymised) LSG recognizes`)
    predicative = False  # a participle before it ends a clause
    if before[:1].islower() and not is_cyrillic(before) and _opens_names(before) and not closed:
        # An adjective makes it a noun phrase (`new IDP initiatives`, `are new NGO
        # initiatives`), unless it is a participle that ends a clause (`is not equipped LSG
        # involves`, `is seen as outdated IDPs come`).
        ahead = bare_word(words[index - 3]).casefold() if index >= 3 else ""
        predicate = ahead in ENGLISH_AUXILIARIES or ahead in _NEGATIONS or ahead == "as"
        predicative = predicate and before.endswith("ed")
        if not predicative:
            return False
    if _PLURAL_ABBREVIATION.match(subject):
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
    if _english_s_form(folded):
        return True
    # A past form has no ending to tell it (`cut`, `closed`) but its object's article does:
    # `LSG cut the budget share` (a preposition takes one too: `CNAP in the centre`).
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    opener = bare_word(words[index - 3]).casefold() if index >= 3 else ""
    if (
        folded.endswith("ed")
        and (_is_count(following) or following in COUNTED_PEOPLE)
        and before[:1].islower()  # (a card ended there; not `Veterans NGO received 38 …`)
        and opener not in _PHRASE_OPENERS  # (nor `Our partner NGO`, `for youth NGO`)
    ):
        return True  # or its count: `LSG received 38 generators`, `LSG allocated UAH 1.2 million`
    return following.casefold() in _ARTICLES_AFTER_VERBS and folded not in NOT_A_SUBJECT_AFTER


class _LatinNames:
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
