"""Places and landmarks: the name after `с.`, `вул.`, `смт`, a village, a river, a square or a
park (`у селі Сатанів`, `на вулиці Незалежності`), a town in the genitive, a route's two ends
and a region's name go on the phrase before them, and open no card."""

from __future__ import annotations

from .. import morphology
from ..spans import bare_word, is_cyrillic, is_title_case
from ..words import (
    BEFORE_NAMES,
    DASHES,
    DISTRICTS,
    FUNCTION_WORDS,
    LANDMARKS,
    OF_A_SETTLEMENT,
    PARKS,
    PLACE_ENDINGS,
    PLACE_ENDINGS_IF_SINGULAR_ONLY,
    PLURAL_ONLY_NOUNS,
    REGIONS,
    ROUTES,
    RUSSIAN_PLACE_ENDINGS,
    SQUARE_NAMES,
    SQUARES,
    STREET_FORMS,
    TOWN_GENITIVES,
    UNDOTTED_BEFORE_NAMES,
    VILLAGES,
)
from .common import (
    ABSTRACT_GENITIVE,
    CYRILLIC_WORD,
    is_finite_verb_at,
    predicate_follows,
    takes_a_name,
)

# A region's name in the genitive, which the dictionary may not know, stands in for any (and
# for any genitive a noun may take: see `town_after_its_noun`).
_A_REGION = {"uk": "поділля", "ru": "подолья"}
_TOWN_ENDINGS = ("ів", "їв")  # `Ясенів`, `Миколаїв`: of `PLACE_ENDINGS_IF_SINGULAR_ONLY`
# Landmarks' genitives that are plurals too (`на річки`, `Чисті річки`, `Старі фортеці`).
_SINGULAR_OR_PLURAL = frozenset("річки озера гори полонини урочища фортеці площі".split())
_OF_ONE = frozenset("біля до від з із зі вздовж уздовж поблизу коло навколо без".split())
_AT_ONE = frozenset("на у в при".split())
_SHORTEST_PLACE_NAME = 6  # letters: a shorter word in `-ів` is a common noun (`Гнів`, `Рожів`)
NAMED_PLACES = DISTRICTS | LANDMARKS | VILLAGES | SQUARES | PARKS | STREET_FORMS
"""The words after which `names_village_or_landmark` reads a name; after any other it reads
none, so it asks nothing more."""
_UNDOTTED_ENDINGS = tuple(
    form for word in sorted(UNDOTTED_BEFORE_NAMES) for form in (word, word.upper(), word.title())
)  # (`смт`, `СМТ`, `Смт`: what `names_a_place` asks first, of every word)


def region_of(words: list[str], index: int) -> bool:
    """Whether the region's name at `index` is the genitive of a phrase before it (`Коаліція ГО
    Поділля`, `хабів Закарпаття`, `Туризм Закарпаття`): after a body's abbreviation or a
    noun that takes a genitive; not after a predicate (`Співпраця налагоджена Запоріжжя
    приймає`) nor another region (`Поділля Полісся`)."""
    before = bare_word(words[index - 1])
    if is_finite_verb_at(words, index + 1) and not _ends_its_subject(words, index):
        return False  # the region as a verb's subject: `Закарпаття отримує менше`
    if before.isupper() and len(before) > 1:
        return True
    return (
        is_cyrillic(before)
        and before.casefold() not in REGIONS
        and not morphology.is_modifier_only(before)  # (`Гранти нерегулярні …`; not `фермерів`)
        and morphology.governs_or_agrees(before.casefold(), _A_REGION[morphology.language()])
    )


def _ends_its_subject(words: list[str], index: int) -> bool:
    """`Асоціація фермерів Поділля проводить`: a region after the genitive of a capitalised
    noun that takes a name ends that noun's name, the subject of the verb after it (not
    after another noun's: `Брак коштів | Закарпаття отримує менше`)."""
    if index < 2:
        return False
    head, before = bare_word(words[index - 2]), bare_word(words[index - 1])
    return (
        is_title_case(head)
        and takes_a_name(head)
        and before[:1].islower()
        and morphology.is_common_noun_in_genitive(before)  # (`фермерів`, an adjective too)
        and morphology.can_be_subject_of(head, bare_word(words[index + 1]))
    )


def names_village_or_landmark(words: list[str], index: int) -> bool:
    """Whether the word at `index` names the village or landmark the word before it names:
    a word that ends as places' names do (`селі Ковалівка`, `річки Тетерів`), an adjective
    opening one (`селі Великі Сорочинці`, `на озері Морське Око`), and after a landmark a
    word the dictionary does not know (`на горі Парашка`), after one landmark (not `на
    річки`, `Чисті річки`); a street's or square's abstract noun in the genitive (`на вулиці
    Незалежності`). Not a common noun, which opens cards (`біля річки Довіра`), nor an
    adjective before a noun in lower case it agrees with (`в селі Службове житло`)."""
    before, word = bare_word(words[index - 1]).casefold(), bare_word(words[index])
    if before not in NAMED_PLACES:
        return False  # (the cheap test first: most capitals follow no such word)
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
                landmark and CYRILLIC_WORD.match(word) is not None and not morphology.is_known(word)
            )
            or (before in VILLAGES and is_cyrillic(word) and morphology.is_toponym(word))
            or (before in VILLAGES and _settlement_in_genitive(word))  # `селища Чинадієва`
        )
    else:
        named = False
    if before in SQUARES:
        named = named or word.casefold() in SQUARE_NAMES  # `на площі Ринок`
    if before in PARKS or before in STREET_FORMS:
        # `в парке Шевченко`, `на вулиці Мечникова`; not the subject of a verb after it
        # (`скверу | Савчук обіцяв`, `вулиці | Петренко вже обіцяв`)
        named = named or (_surname_for_a_park(word) and not predicate_follows(words, index + 1))
    if before in STREET_FORMS:
        named = named or word.endswith(ABSTRACT_GENITIVE)  # `вулиці Незалежності`
        # A street named by an adjective that agrees with it (`на вулиці Київській`), also
        # one the dictionary knows as a noun too (`на вулиці Садовій`); in the singular, as
        # a street's word before its name is (not `на вулиці Військові допомагають`).
        named = named or morphology.agrees_with(word, before, singular=True)
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


def settlement_of(noun: str, word: str) -> bool:
    """Whether `word` is the genitive of a settlement's name (one that ends as towns' names
    do: `Ясенева`, of `Ясенів`; not `-івка`, as common nouns do too: `Листівки`) after a
    noun for what a settlement has (`культури`, `школах`, `поліцією`; see
    `OF_A_SETTLEMENT`)."""
    if not (is_cyrillic(word) and is_cyrillic(noun)):
        return False
    if morphology.normal_form(noun.casefold()) not in OF_A_SETTLEMENT:
        return False
    return _settlement_in_genitive(word)


def _settlement_in_genitive(word: str) -> bool:
    """Whether `word` is the genitive of a name that ends as towns' names do (`Ясенева`, of
    `Ясенів`; `Чинадієва`, of `Чинадіїв`)."""
    return any(
        lemma.endswith(PLACE_ENDINGS + _TOWN_ENDINGS)
        for lemma in morphology.genitive_noun_lemmas(word)
    )


def _district_named(word: str, district: str, following: str) -> bool:
    """`у мікрорайоні Залізничний`, `мікрорайону Польова`: an adjective in the nominative
    singular, in a case of its own after a district's word, is the district's name, and so
    is a word that ends as places' names do (`мікрорайону Корбутівка`, `Вишків`); not an
    adjective that agrees with the district's word (`мікрорайону Нового`), a pronoun or a
    plural (`мікрорайоні Деякі ГО`, `Молоді ГО`), nor one before a noun in lower case it
    agrees with (`мікрорайоні Нова школа`)."""
    if place_name(word):
        return True
    if not morphology.is_singular_nominative_adjective(word) or morphology.agrees_with(
        word, district
    ):
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


def after_place_abbreviation(words: list[str], index: int) -> bool:
    """Whether the word at `index` is the first of a name after `с.`, `м.`, `вул.`, `смт`."""
    return index >= 1 and names_a_place(words[index - 1])


def names_a_place(word: str) -> bool:
    """`с.`, `м.`, `вул.`, and `смт`, which is written without a period as often as with
    one (`в смт Оржиця`): a name follows them."""
    if word[-1] != "." and not word.endswith(_UNDOTTED_ENDINGS):
        return False  # (the common case, told cheaply: asked of every word before a capital)
    before = bare_word(word).casefold()
    return before in BEFORE_NAMES and (word[-1] == "." or before in UNDOTTED_BEFORE_NAMES)


def names_a_route(words: list[str], index: int) -> bool:
    """`Маршрут Стайки – Кагарлик`, `автобуса Лубни – Полтава`: two capitals joined by a
    dash after a word for a route are its name, its two ends."""
    if index + 2 >= len(words) or words[index + 1] not in DASHES:
        return False
    end = bare_word(words[index + 2])
    if not (is_title_case(end) and is_cyrillic(end)):
        return False
    before = bare_word(words[index - 1]).casefold()
    return is_cyrillic(before) and (before in ROUTES or morphology.normal_form(before) in ROUTES)


def after_number(words: list[str], index: int) -> bool:
    """`м.` right after a number is metres (`500 м.`), unless a comma ends the number, as
    in an address (`вул. Шевченка, 12, м. Львів`)."""
    if words[index].casefold() != "м." or index < 1:
        return False
    number = words[index - 1]
    return number[:1].isdigit() and not number.endswith(",")


_TOWN_OR_SURNAME_ENDINGS = ("ова", "ева", "єва")


def town_or_womans_surname(word: str) -> bool:
    """`Василькова`: a town in `-ів`'s genitive (of `Васильків`), which a woman's surname
    reads as well; after a body's abbreviation, the body's town (`ЦНАП Василькова`)."""
    return (
        word.endswith(_TOWN_OR_SURNAME_ENDINGS)
        and morphology.is_surname(word)  # (not `Слова`, `Дерева`: common nouns only)
        and morphology.is_common_noun_in_genitive(word)
    )


def town_in_genitive(word: str) -> bool:
    """`міста Луцька`: after a word for a settlement, a capitalised `-ська` that the
    dictionary knows as a place in the genitive (not `Громадська`, `Міська`)."""
    bare = bare_word(word)
    return bare.endswith(TOWN_GENITIVES) and morphology.is_common_noun_in_genitive(bare)


def town_of_a_body(word: str) -> bool:
    """`Харкова`, `Коростеня`, `Луцька`, `Броварів`: a capitalised Cyrillic word that may
    be, after a body's abbreviation, whose the body is in the genitive (`ЦНАП Луцька`, `ГО
    Коростеня`): one the dictionary knows in an oblique case only and as a singular
    genitive (a town's, or a person's or a body's: `Петренка`, `Розвитку`), a `-ська` it
    knows as a place in the genitive (see `town_in_genitive`), or a plural-only thing's
    genitive (a town's plural name); not another plural, which may be a fronted object
    (`ГО Ветеранів підтримують`)."""
    bare = bare_word(word)
    if not (is_title_case(bare) and is_cyrillic(bare)):
        return False
    if bare.endswith(TOWN_GENITIVES):
        return town_in_genitive(bare)
    if morphology.is_plural_only_in_genitive(bare):
        # A town of a plural name (`ЦНАП Броварів`, `ГО Чернівців`), not a common noun only
        # plural (`ОСББ Зборів не скликають`).
        return morphology.normal_form(bare.casefold()) not in PLURAL_ONLY_NOUNS
    if town_or_womans_surname(bare):
        return True
    return (
        morphology.is_oblique_only(bare)
        and morphology.has_genitive(bare)
        and not morphology.is_plural_genitive_noun(bare)
    )


def town_words(words: list[str], at: int) -> int:
    """How many words from `at` name a town in the genitive, as after a body's abbreviation
    or a preposition: one (`Харкова`), two (`Білої Церкви`, `Кривого Рогу`: an adjective
    and the capitalised noun it agrees with), or none."""
    if not town_of_a_body(words[at]):
        return 0
    noun = bare_word(words[at + 1]) if at + 1 < len(words) else ""
    if is_title_case(noun) and morphology.agrees_in_the_singular(
        "gent", bare_word(words[at]), noun
    ):
        return 2
    return 1


def town_after_its_noun(words: list[str], index: int) -> bool:
    """`Цифрова стратегія Луцька`: a capitalised `-ська`, `-цька` or `-зька` after a
    lower-case noun that takes a genitive, at the cell's end, before a bracket or before a
    capital it does not agree with, is a town's genitive (of `Луцьк`), which the dictionary
    reads as an adjective only; no card is an adjective alone. Not before a word it agrees
    with (`громади Луцька міська рада`), nor an abbreviation, whose gender the dictionary
    does not know (`Ветеранська ГО`)."""
    before = bare_word(words[index - 1])
    if not (
        before[:1].islower()
        and is_cyrillic(before)
        and morphology.governs_or_agrees(before.casefold(), _A_REGION[morphology.language()])
    ):
        return False
    if index + 1 == len(words) or words[index + 1][:1] == "(":
        return True  # (`Програма для молоді Луцька (2025–2027)`)
    following = bare_word(words[index + 1])
    return is_title_case(following) and not morphology.agrees_with(
        bare_word(words[index]), following
    )
