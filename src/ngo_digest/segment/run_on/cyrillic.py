"""The Cyrillic word rule (`cyrillic_word_opens`): a capitalised Ukrainian or Russian word
opens a card unless the dictionary reads it as part of the name or phrase before it."""

from __future__ import annotations

from typing import NamedTuple

from .. import morphology
from ..spans import bare_word, is_cyrillic, is_title_case
from ..words import (
    BODY_HEADS,
    CAPITAL_PREPOSITIONS,
    DASHES,
    FEMININE_BODIES,
    FUNCTION_WORDS,
    JOINING,
    NONE_WORDS,
    REGION_ENDINGS,
    REGIONS,
    ROLES,
    RUSSIAN_FUNCTION_WORDS,
    SERVICE_NAMES,
    SETTLEMENTS,
    SETTLEMENTS_PLURAL,
    SINGULAR_NAMES,
    STREET_FORMS,
    TAKE_A_NAME,
    TOWN_GENITIVES,
    VERBAL_NOUN_ENDINGS,
    VILLAGES,
)
from .bodies import (
    UNDER,
    adjective_names_body,
    is_body_compound,
    of_the_council,
    service_named,
)
from .clauses import (
    VILLAGE_GENITIVES,
    clause_opens,
    genitive_after_name,
    lack_follows,
    oblique_opens_clause,
    village_named_after_its_word,
)
from .common import (
    ABBREVIATION_WORD,
    ABSTRACT_GENITIVE,
    COUNCIL_GENITIVE,
    NAMED_DAYS,
    PREPOSITIONS,
    is_count,
    is_finite_verb_at,
    is_initial,
    owned_by_body,
    past_negation,
    subject_after_reflexive,
    takes_a_name,
)
from .people import (
    can_be_surname_alone,
    may_be_surname,
    may_name_office_holder,
    named_after_occupation,
    person_after_office,
    surname_after_an_office,
    surname_after_first_name,
    surname_after_office_of_body,
    whose_person,
    womans_surname,
)
from .places import (
    NAMED_PLACES,
    after_place_abbreviation,
    names_a_route,
    names_village_or_landmark,
    place_name,
    region_of,
    settlement_of,
    town_after_its_noun,
    town_in_genitive,
    town_of_a_body,
    town_or_womans_surname,
    town_words,
)

_QUALITY_ENDING = "ість"  # `Відкритість`, `Прозорість`: a quality, no village's name
# Google's tools as their Ukrainian names call them (dictionary forms).
_GOOGLE_TOOLS = frozenset("диск форма таблиця документ календар карта мапа клас".split())
# A saint's epithet, which the saint's name follows (`Святого Миколая`, `Святих Петра і Павла`).
_SAINT = frozenset("святого святої святих святому святій святим св свв".split())
# Virtues that are first names too, and the prepositions they take (`віра у`, `надія на`).
_VIRTUES = {
    "віра": ("у", "в"),
    "надія": ("на",),
    "любов": ("до",),
    "вера": ("в",),
    "надежда": ("на",),
    "любовь": ("к",),
}
_ROLE_STEMS = frozenset(role[:3] for role in ROLES)  # `деп…`, `гол…`, `мер`


def cyrillic_word_opens(words: list[str], index: int) -> bool:
    """A capitalised Ukrainian word: a card, unless the dictionary reads it as part of the
    name or phrase before it."""
    word = words[index]
    capital = _CAPITAL_PROFILES.get((morphology.language(), word)) or _profile_of_capital(word)
    bare = capital.word
    if capital.says_none:
        return True  # `Жодних «черг»`: no name opens so, whatever case it is in
    before = _FIRST_PROFILES.get(words[index - 1]) or _profile_of_first(words[index - 1])
    if capital.saint or (
        before.saint and (is_title_case(words[index - 1]) or morphology.has_genitive(bare))
    ):
        # A saint's name goes on the phrase before it: `Церква Святої Покрови`, `церкви
        # святої Покрови`, whose name is in the genitive (not a card after `святих` of all
        # saints: `свята всіх святих | Діти ВПО отримали …`).
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    if (
        following[-1:] == ":"
        and following[:1].islower()
        and before.word[-1:].isalpha()
        and not before.abbreviation  # (the body's town: `ЦНАП Ірпеня графік: …`)
        and not before.name  # (a name's second word: `Кривого Рогу досвід:`, `Ірина Гнатюк ідея:`)
        and not morphology.is_infinitive(before.word)  # (its object: `Вивчити Луцька досвід:`)
        and not (
            before.lower
            and words[index - 1][-1] not in '»”"'  # (a name in quotes closed: `«…» Ніжина`)
            and morphology.governs_or_agrees(before.word, bare)
        )
    ):
        # A label of two words opens its card: `Кременчука досвід: кооператив` (not in the
        # phrase of the noun before it: `досвід Львова кроки: …`).
        return True
    # (An occupation is a Cyrillic word ending in a letter, before a surname: told here,
    # most calls are spared.)
    if before.may_be_occupation and capital.may_be_surname and named_after_occupation(words, index):
        return False  # `Інженер Бойко з відділу …`, `з головною лікаркою Олійник`
    if words[index - 1] == "Google" and morphology.normal_form(bare.casefold()) in _GOOGLE_TOOLS:
        return False  # a tool's Ukrainian name: `Google Диск`, `через Google Форми`
    if (
        index >= 2
        and words[index - 2] in CAPITAL_PREPOSITIONS
        and bare_word(words[index - 1]) in VILLAGES
    ):
        return False  # the village a card opened at: `У селі Мощун працює …`
    if capital.may_be_object and _object_of_verb_before(
        words, index, word, bare
    ):  # (may be an object)
        return False
    if bare_word(following) in FEMININE_BODIES and morphology.modifies_a_feminine_only_obliquely(
        bare
    ):
        return False  # a body's adjective in the genitive after a noun: `Поддержка Сумской ОГА`
    first = before.word  # a capital before it may start a name it goes on
    # (A service is named only after a lower-case noun, by a service's name, one with a `+`
    # or a dot, or after `програмою`, `проєктом`: told here, most calls are spared.)
    if (
        before.lower
        and (capital.may_name_service or before.under_a_name)
        and service_named(words, index, bare, following)
    ):
        return False  # `у застосунку Дія`, `на платформі Дія.Освіта`, `за програмою Оселя`
    if following in DASHES and names_a_route(words, index):
        return False  # `Маршрут Стайки – Кагарлик`
    # (A place's or council's name goes on a word for a place, or is a region's or the
    # council's; a settlement's in the genitive goes on a lower-case word, before no other:
    # told here, most calls are spared.)
    if (
        before.place or capital.region_or_council or (before.lower and not following[:1].islower())
    ) and _names_a_place_or_council(words, index, bare, before, capital.may_name_region, following):
        return False
    name_before = before.name
    # (A holder's name follows a capitalised word, goes before one, or is a surname: told
    # here, most calls are spared.)
    if (name_before or following[:1].isupper() or capital.may_name_holder) and _names_a_holder(
        words, index, before, capital, following
    ):
        return False
    if capital.body_compound and not clause_opens(words, index):  # (a body's compound name)
        return False  # a ministry's or agency's name in a phrase: `Підтримка Мінмолодьспорту`
    if (
        following[:1].isupper()
        and morphology.is_first_name_declined(bare)  # (asked first: most capitals are none)
        and whose_person(words, index)
    ):
        return False  # `Тренінги Оксани Кравець`: a person in the genitive, whose they are
    if (
        before.named_day  # a named day's word
        and morphology.is_genitive_noun(bare)
        and not clause_opens(words, index)
    ):
        return False  # a day's name: `святкування Дня Незалежності`, `до Дня Конституції`
    # A name in the singular (`України`), or a word in an oblique case only:
    if capital.singular_or_oblique:
        return oblique_opens_clause(words, index)
    if not name_before:
        return _opens_with_no_name_before(words, index, bare, before.abbreviation, following)
    if _goes_on_the_name_before(words, index, bare, first, following):
        return False
    if following[:1].islower() and _in_a_phrase_case(words, index, bare, following):
        return False  # (after a capital too: `Екскурсії Старим містом`)
    return not genitive_after_name(words, index)


class _Capital(NamedTuple):
    """What the rule asks of the capital alone, in the language spoken (see
    `_profile_of_capital`); beside most fields, the rule whose call it spares."""

    word: str  # bare
    may_be_surname: bool  # in any case (`named_after_occupation`)
    surname_alone: bool  # a Cyrillic surname with no first name (`surname_after_office_of_body`)
    body_compound: bool  # `Мінмолодьспорту` (`is_body_compound`)
    may_be_object: bool  # Latin-headed, an object only, or a name's head (`_object_of_verb_before`)
    may_name_service: bool  # a service's name, a `+` or a dot (`service_named`)
    may_name_region: bool  # by its word or ending (`region_of`)
    may_name_holder: bool  # an office's holder (`surname_after_an_office`)
    says_none: bool  # `Жодних`
    singular_or_oblique: bool  # a name in the singular (`України`) or an oblique case only
    region_or_council: bool  # a region's name, or the council's genitive (`Ради`)
    saint: bool  # a saint's epithet (`Святого`, `Св.`)


_CAPITAL_PROFILES: dict[tuple[str, str], _Capital] = {}  # by language and the capital as written
_MAX_CAPITAL_PROFILES = 50_000


def _profile_of_capital(word: str) -> _Capital:
    """What `cyrillic_word_opens` asks of the capital alone before it asks its rules, asked
    once per word and language: most capitals are no surname, no body's compound and no
    object, and the rules that would ask are not called for them."""
    bare = bare_word(word)
    region = bare.casefold() in REGIONS or (
        bare.endswith(REGION_ENDINGS) and not morphology.is_known(bare)  # (`Женщины`)
    )
    profile = _Capital(
        bare,
        may_be_surname(bare),
        can_be_surname_alone(bare),
        is_body_compound(bare),
        # (or a word that takes a name, or a service's name, which a verb may have for its
        # object)
        word[0].isascii() or morphology.is_object_only(bare) or _names_a_thing(bare),
        bare.casefold() in SERVICE_NAMES or word.endswith("+") or "." in bare,
        region,
        may_name_office_holder(bare),
        bare[0] in "ЖНжн" and bare.casefold() in NONE_WORDS,
        bare in SINGULAR_NAMES or morphology.is_oblique_only(bare),
        region or bare == COUNCIL_GENITIVE,
        bare.casefold() in _SAINT,
    )
    if len(_CAPITAL_PROFILES) >= _MAX_CAPITAL_PROFILES:
        _CAPITAL_PROFILES.clear()
    _CAPITAL_PROFILES[morphology.language(), word] = profile
    return profile


def _names_a_thing(word: str) -> bool:
    """Whether the dictionary form of `word` is a word that takes a name or a service's name
    (`Центр`, `Дії`), which a verb may have for its object."""
    lemma = morphology.normal_form(word.casefold())
    return lemma in TAKE_A_NAME or lemma in SERVICE_NAMES


class _First(NamedTuple):
    """What the rule asks of the word before a capital alone (see `_profile_of_first`)."""

    word: str  # bare
    lower: bool  # in lower case
    settlement: bool  # a word for a settlement (`міста`)
    street: bool  # a capitalised word for a street or square (`Майдані`)
    name: bool  # a capitalised Cyrillic word, which a name may go on (not `Viber-групах`)
    office_stem: bool  # opens as an office does (`деп…`, `гол…`)
    named_day: bool  # a capitalised named day's word (`Дня`)
    may_be_occupation: bool  # a Cyrillic word ending in a letter, as one does (`лікаркою`)
    abbreviation: bool  # a Cyrillic abbreviation (`ОСББ`)
    village_or_landmark: bool  # lower case, a village's or landmark's name after it (`селі`)
    under_a_name: bool  # a word under whose name something is (`програмою`: `service_named`)
    place: bool  # any word a place's name goes on (a settlement's, street's, village's …)
    saint: bool  # a saint's epithet, whose name follows (`Святого`, `Св.`)


_FIRST_PROFILES: dict[str, _First] = {}  # by the word before a capital, as written
_MAX_FIRST_PROFILES = 50_000


def _profile_of_first(previous: str) -> _First:
    """What `cyrillic_word_opens` and its helpers ask of the word before a capital alone,
    asked once per word (a few hundred words stand before most capitals), not once per
    capital."""
    first = bare_word(previous)
    folded = first.casefold()
    title = is_title_case(first)
    settlement = folded in SETTLEMENTS
    street = title and folded in STREET_FORMS
    village_or_landmark = first[:1].islower() and (
        folded in NAMED_PLACES or first in VILLAGE_GENITIVES
    )
    profile = _First(
        first,
        first[:1].islower(),
        settlement,
        street,
        title and is_cyrillic(first.split("-", 1)[0]),
        first[:3].casefold() in _ROLE_STEMS,
        folded in NAMED_DAYS and title,
        previous[-1].isalpha() and is_cyrillic(previous),
        previous.isupper() and is_cyrillic(previous),
        village_or_landmark,
        previous in UNDER,
        settlement or street or village_or_landmark,
        folded in _SAINT,
    )
    if len(_FIRST_PROFILES) >= _MAX_FIRST_PROFILES:
        _FIRST_PROFILES.clear()
    _FIRST_PROFILES[previous] = profile
    return profile


def _object_of_verb_before(words: list[str], index: int, word: str, bare: str) -> bool:
    """A verb's object: a Latin-headed name (`веде Telegram-канал`), or a capital that can
    only be an object, a name's head after a body's perfective verb (`ОМС відкрило Центр
    підтримки`) or a service's name (`не довіряють Дії`), with no verb of its own after it
    (`освоюють Дію`; not a fronted object: `Воду привозять`)."""
    # The cheap questions first: most capitals are no object, and follow no verb.
    latin = word[0].isascii()
    return (
        is_finite_verb_at(words, index - 1)
        # (after a preposition, a noun: `понад рік`, though `рік` reads as a verb too)
        and not (index >= 2 and bare_word(words[index - 2]).casefold() in PREPOSITIONS)
        and (
            latin
            or morphology.is_object_only(bare)
            or _a_named_object(words, index, bare)
            or _a_services_name(words, index, bare)
        )
        and not subject_after_reflexive(bare_word(words[index - 1]), bare)
        and (latin or not (clause_opens(words, index) or lack_follows(words, index)))
    )


def _a_services_name(words: list[str], index: int, bare: str) -> bool:
    """`не довіряють Дії | Їздити …`: a service's name in any case, with no word of its
    phrase after it (not `Дії влади непрозорі`, `Дії ОМС непрозорі`, actions, nor `Мрія про
    простір`, a dream)."""
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    if following and (
        following[0].islower()
        or ABBREVIATION_WORD.match(following) is not None
        or words[index + 1][0] in '«"('
    ):
        return False
    return morphology.normal_form(bare.casefold()) in SERVICE_NAMES


def _a_named_object(words: list[str], index: int, bare: str) -> bool:
    """`ОМС відкрило Центр підтримки бізнесу`: a word that takes a name, in the accusative,
    after a body and its perfective verb in the past and before its own genitive, is that
    verb's object, whose name it opens (not a card after a verb in the present, which often
    takes none: `ЦНАП працює | Центр зайнятості`, nor after people's verb, which the
    dictionary does not say takes an object or not: `Молодь виїхала | Клуб волонтерів`)."""
    following = bare_word(words[index + 1]) if index + 1 < len(words) else ""
    verb = bare_word(words[index - 1])
    return (
        following[:1].islower()
        and is_cyrillic(following)
        and takes_a_name(bare)
        and index >= 2
        and _a_body(bare_word(words[index - 2]))  # (not `Молодь виїхала | Клуб волонтерів`)
        and morphology.is_perfective_past(verb)
        and morphology.may_be_accusative_noun(bare)
        and morphology.has_genitive(following)
    )


def _a_body(word: str) -> bool:
    """Whether `word` names a body: a Cyrillic abbreviation (`ОМС`) or a noun a body's name
    may follow (`рада`, `управління`)."""
    if ABBREVIATION_WORD.match(word) and is_cyrillic(word):
        return True
    folded = word.casefold()  # (as written too: `рада` reads as `рад`, glad, first)
    return is_cyrillic(word) and (
        folded in _BODY_NOUNS or morphology.normal_form(folded) in _BODY_NOUNS
    )


def _names_a_place_or_council(
    words: list[str], index: int, bare: str, before: _First, region: bool, following: str
) -> bool:
    """Whether the capital at `index` goes on the word `before` it as the name of a
    town, village, landmark, region, street or settlement, or as a council's (a `region`'s
    name, by its word or ending, see `_profile_of_capital`)."""
    if before.settlement and town_in_genitive(words[index]):
        return True  # `міста Луцька`, `міста Івано-Франківська`: a town, not an adjective
    if before.village_or_landmark and (  # (a lower-case word for a place: most calls are spared)
        names_village_or_landmark(words, index) or village_named_after_its_word(words, index)
    ):
        return True  # `у селі Сатанів`, `річки Рось`: its name after a village or a river
    if region and region_of(words, index):
        return True  # a region's name, which ends a phrase: `Коаліція ГО Поділля`
    if bare == COUNCIL_GENITIVE and of_the_council(words, index):
        return True  # `Засідання Ради ВПО лише двічі`, `засідання Ради з питань ВПО`
    if before.street and bare.endswith(ABSTRACT_GENITIVE):
        return True  # `на Майдані Незалежності стали …` (see `names_village_or_landmark`)
    # `у Будинку культури Дібрівки`, `у школах Ясенева` (no phrase after)
    return before.lower and not following[:1].islower() and settlement_of(before.word, bare)


def _office_after_a_bodys_town(words: list[str], index: int) -> bool:
    """`ЦНАП Богуслава Старости сіл …`: an office after a body's abbreviation and the town
    whose the body is opens a card; the town is no first name there, though the dictionary
    knows it as one (`Богуслава`), nor the office a surname."""
    return (
        bare_word(words[index]).casefold() in ROLES
        and index >= 2
        and _whose_a_town_is(words[index - 2])
        and bare_word(words[index - 2]).isupper()
        and town_of_a_body(words[index - 1])
    )


def _a_saints_name_before(words: list[str], index: int) -> bool:
    """`церкви Святого Миколая Екскурсії …`: a saint's name is whole with no surname, so the
    capital after it is none."""
    if index >= 2 and bare_word(words[index - 2]).casefold() in _SAINT:
        return True  # `Святого Миколая`
    return (  # `Святих Петра і Павла`
        index >= 4
        and words[index - 2] in JOINING
        and bare_word(words[index - 4]).casefold() in _SAINT
    )


def _titled(title: str, name: str) -> bool:
    """Whether `title` is a common noun for one person, no name, in the case and number of
    the first `name` after it (`Сестра Олена`, `Отець Роман`, `Тренерка Ірина`), so the
    name is the person's it titles."""
    return (
        morphology.is_one_person(title)
        and not morphology.is_person_name(title)  # (a surname: `депутата Ткаченка Надія`)
        and morphology.same_case_and_number(title, name)
    )


def _names_a_holder(
    words: list[str], index: int, before: _First, capital: _Capital, following: str
) -> bool:
    """Whether the capital at `index` is a person's surname, or their first name before it
    (see `people`): after their first name, or after an office or occupation they hold."""
    first, name_before, role_stem = before.word, before.name, before.office_stem
    bare = capital.word
    if name_before and (
        (
            surname_after_first_name(first, bare)
            and not _office_after_a_bodys_town(words, index)
            and not _a_saints_name_before(words, index)
        )
        or morphology.is_infinitive(first)
    ):
        return True  # `Оксана Мельник`; the object of a step's verb: `Відкрити Центр`
    if (
        name_before
        and (
            not following[:1].islower()
            or following in FUNCTION_WORDS
            or following in RUSSIAN_FUNCTION_WORDS
        )
        and womans_surname(first, bare)
    ):
        # `с Ольгой Мельник`, `Марина Коваль из Кочетка`, ending the card or before a
        # preposition (not `з Оксаною Голова громади`)
        return True
    if (
        following[:1].isupper()
        # (Asked first, as `_first_name_before_surname` does: most capitals are no first name
        # and no noun for one person.)
        and (morphology.is_first_name(bare) or morphology.is_one_person(bare))
        and person_after_office(words, index)
    ):
        return True  # `Голова ОТГ Петро Савчук`, `депутатки Ірини Коваль`
    if (
        name_before
        and not following[:1].isupper()
        and morphology.is_first_name(bare)
        # (a name that is a virtue too, before the preposition the virtue takes, is the
        # virtue: `Психолог | Віра у власні сили`; not `Сестра Віра з монастиря`)
        and following not in _VIRTUES.get(bare.casefold(), ())
        and _titled(first, bare)
    ):
        return True  # a first name alone after a title: `Сестра Олена з монастиря`, `Отець Роман`
    if (
        capital.surname_alone  # a surname alone
        and (following[:1].islower() or following in DASHES or is_initial(following))
        and surname_after_office_of_body(words, index)
    ):
        return True  # `Депутат міськради Кравець підтримує ГО`, `Заступниця мера Коваленко –`
    # `Підтримка депутатки Мельник`, `депутата Ткаченка`: the holder's
    return (
        capital.may_name_holder  # (the cheap tests first: most are no surname and follow no office)
        and (
            role_stem
            or (index > 1 and words[index - 2][:3].casefold() in _ROLE_STEMS)
            or (index > 2 and words[index - 3][:3].casefold() in _ROLE_STEMS)
        )
        and surname_after_an_office(words, index)
    )


def _opens_with_no_name_before(
    words: list[str], index: int, bare: str, abbreviation_before: bool, following: str
) -> bool:
    """A capital after no capitalised Cyrillic word opens a card, unless it names a body,
    joins another name, or goes on the phrase before it in an oblique case (after a Cyrillic
    abbreviation, `abbreviation_before`, it may be the body's adjective)."""
    if abbreviation_before and adjective_names_body(words, index):
        return False  # `Асоціація ОСББ Лісогірська Толоки у дворах`
    if (
        abbreviation_before
        and (town_in_genitive(bare) or town_or_womans_surname(bare))
        and not (following[:1].islower() and morphology.agrees_with(bare, bare_word(following)))
    ):
        return False  # the body's town: `ГО Луцька`, `ЦНАП Луцька працює`, `ЦНАП Василькова`
    if (
        abbreviation_before
        and index >= 2
        and index + 1 < len(words)
        and is_count(words[index - 2])
        and morphology.has_genitive(bare)
        and morphology.is_plural_finite_verb(past_negation(words, index + 1))
    ):
        return False  # the counted bodies' town, before their verb: `4 ГО Долини проводять`
    if bare.endswith(TOWN_GENITIVES) and town_after_its_noun(words, index):
        return False  # `Цифрова стратегія Луцька`
    if (
        index >= 2
        and bare_word(words[index - 1])[:1].islower()
        and morphology.is_common_noun_in_genitive(bare_word(words[index - 1]))
        and _town_of_a_body(words, index, index - 2)
    ):
        return False  # `Управління соцзахисту Бучі не обмінюється`
    if following in JOINING and (
        _genitives_joined(words, index) or _names_after_settlements(words, index)
    ):
        return False  # `жителів Бучі та Ірпеня`, `до сіл Борова і Мотовилівка`
    return not (following[:1].islower() and _in_a_phrase_case(words, index, bare, following))


_BODY_NOUNS = TAKE_A_NAME | BODY_HEADS


def _town_of_a_body(words: list[str], index: int, head: int) -> bool:
    """Whether the capital at `index`, in the genitive, is the town of the body the
    capitalised noun at `head` names, the subject of the verb after them, which the capital
    cannot be (`Виконком Бучі запустив`, `Управління соцзахисту Бучі не обмінюється`; not
    `Чати будинків | Люди не знають`)."""
    noun, capital = bare_word(words[head]), bare_word(words[index])
    return (
        is_title_case(noun)
        and morphology.normal_form(noun.casefold()) in _BODY_NOUNS
        and morphology.has_genitive(capital)
        and clause_opens(words, index, subject=noun)
        and not clause_opens(words, index, subject=capital)
    )


def _whose_a_town_is(word: str) -> bool:
    """Whether a town in the genitive after `word` is whose the thing it names is: after a
    body's abbreviation (`ЦНАП`) or a noun in lower case, in any case (`управління освіти
    Білої Церкви`, `поліцією Білої Церкви`); not after a preposition, where a town of one
    word may end a card before a plural one (`з Лозової | Ініціативи молоді отримали`)."""
    bare = bare_word(word)
    if bare.isupper():
        return len(bare) > 1 and is_cyrillic(bare)
    return bare[:1].islower() and is_cyrillic(bare) and bare.casefold() not in FUNCTION_WORDS


def _in_a_phrase_case(words: list[str], index: int, bare: str, following: str) -> bool:
    """`маршрути Старим містом`, `Екскурсії Старим містом`: a name's adjective and the
    lower-case noun `following` it in an oblique case go on the phrase before them, unless
    a verb makes them a fronted clause (the caller asks first whether `following` is in
    lower case: most are not)."""
    return morphology.agrees_only_obliquely(bare, bare_word(following)) and not clause_opens(
        words, index + 1
    )


def _goes_on_the_name_before(
    words: list[str], index: int, bare: str, first: str, following: str
) -> bool:
    """Whether the capital at `index` goes on the capitalised word `first` before it: the
    noun a modifier opened, a place's, a body's or people's name; not past a bracket that
    closes after it (`(юристка Юлія Шевчук) | Міська рада фінансує`)."""
    if words[index - 1][-1] == ")":
        return False
    if (
        morphology.is_modifier_only(first)
        and morphology.agrees_with(first, bare)
        and (morphology.is_known(first) or not place_name(first))  # (`Коробочкино` | `Доверие`)
    ):
        return True  # `Червоний Хрест`, `Львівська Міська`: a modifier never ends a card
    if (
        # The adjective opens a card itself, after a capitalised word (not a place's name a
        # lower-case word or an abbreviation before it introduces: `у селі Калинове
        # Волонтерство`, `ГО Луцька Депутатка …`), and no bracket closes after it (`(…,
        # Набережна) Кнопка тривоги`).
        (index < 2 or is_title_case(words[index - 2]))
        and words[index - 1][-1].isalpha()
        # (nor a surname like an adjective after a first name: `Олена Мала Команда …`)
        and not (index >= 2 and morphology.is_first_name_in_nominative(words[index - 2]))
        and morphology.is_singular_nominative_adjective(first)  # (asked first: most are none)
        and morphology.agrees_in_the_singular("nomn", first, bare)
        and morphology.is_known(first)  # (not a guess: `Дисциплiна` with a Latin `i`)
    ):
        return True  # a name of two words, the first a noun too: `Біла Церква`, `Нова Каховка`
    if index >= 2 and _whose_a_town_is(words[index - 2]) and town_words(words, index - 1) == 2:
        return True  # a town of two words in the genitive: `ЦНАП Білої Церкви`
    if (
        index >= 2
        and bare_word(words[index - 2]).casefold() in FUNCTION_WORDS
        and morphology.agrees_only_obliquely(first, bare)
    ):
        return True  # a place's adjective and noun after a preposition: `у Веселій Горі`
    if (
        following[:1].isupper()
        and morphology.is_person_noun(first)
        and owned_by_body(bare)
        and morphology.has_genitive(bare)
    ):
        # People and the named body whose they are: `Волонтери Товариства Червоного Хреста`
        # (not a card after people: `Волонтери-студенти Групи взаємопідтримки`).
        return True
    if (
        morphology.is_person_noun(first)
        and morphology.has_genitive(bare)
        and clause_opens(words, index, subject=first)
    ):
        return True  # people and the place whose they are: `Жителі Бучі допомагають`
    if _town_of_a_body(words, index, index - 1):
        return True  # `Виконком Бучі запустив`
    # `с. Мала Снітинка`, `у селі Мала Вербівка`, `сіл Оленівка і Мала Снітинка` (`Мала` is
    # a verb's past too); not a
    # quality after a village's name of one word (`у с. Лозова Відкритість`), nor a verbal
    # noun with its phrase (`в с. Флорине Навчання для одноосібників`)
    return (
        (
            after_place_abbreviation(words, index - 1)
            or (
                index >= 2
                and bare_word(words[index - 2]).casefold() in VILLAGES
                and place_name(bare)
            )
            or _second_of_joined_settlements(words, index - 1)
        )
        and not bare.endswith(_QUALITY_ENDING)
        and not _a_verbal_nouns_phrase(words, index)
        and morphology.agrees_with(first, bare)
    )


def _a_verbal_nouns_phrase(words: list[str], index: int) -> bool:
    """`Навчання для одноосібників`: a verbal noun before a lower-case word that is no verb
    (its object or preposition) opens a phrase of its own."""
    if not bare_word(words[index]).endswith(VERBAL_NOUN_ENDINGS) or index + 1 >= len(words):
        return False
    following = bare_word(words[index + 1])
    return following[:1].islower() and not morphology.is_finite_verb(following)


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


def _second_of_joined_settlements(words: list[str], at: int) -> bool:
    """Whether the word at `at` opens the second of two settlements' names joined after
    their word (`сіл Оленівка і Мала Снітинка`), whose second word may follow it."""
    return (
        at >= 3
        and words[at - 1] in JOINING
        and bare_word(words[at - 3]).casefold() in SETTLEMENTS_PLURAL
        and is_title_case(bare_word(words[at - 2]))
    )


def _names_after_settlements(words: list[str], index: int) -> bool:
    """`до сіл Борова і Мотовилівка`: capitals joined by `і`/`та` after a word for
    settlements in the plural are their names; also before a verb whose subject the
    capitalised noun before that word is (`Старости сіл Дибинці та Медвин приймають`), not
    the villages'."""
    if index + 2 >= len(words) or words[index + 1] not in JOINING:
        return False
    if bare_word(words[index - 1]).casefold() not in SETTLEMENTS_PLURAL:
        return False
    second = bare_word(words[index + 2])
    if not (is_title_case(second) and is_cyrillic(second)):
        return False
    if not clause_opens(words, index + 2):
        return True
    whose = bare_word(words[index - 2]) if index >= 2 else ""
    verb = bare_word(words[index + 3]) if index + 3 < len(words) else ""
    return (
        is_title_case(whose)
        and is_cyrillic(whose)
        and morphology.is_finite_verb(verb)
        and morphology.can_be_subject_of(whose, verb)
    )
