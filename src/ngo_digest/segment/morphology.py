"""The questions segmentation and themes ask of a morphology dictionary (pymorphy3 with its
Ukrainian dictionary, or its Russian one for notes taken in Russian: see `speaking`).

The dictionary costs tens of milliseconds and megabytes to load, so it is loaded on the first
question that no cache can answer. Answers are remembered in memory for the run and on disk
across runs (see `answer_cache`), keyed by the language and the dictionary's version.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ..answer_cache import AnswerCache
from .language import word_language

_CASES_THAT_START_AN_ITEM = frozenset({"nomn", "voct"})
_PERSONAL_NAME = frozenset({"Name", "Surn", "Patr"})
_NOMINAL = frozenset({"NOUN", "ADJF", "ADJS", "NUMR", "PRTF", "PRTS", "NPRO"})
_MODIFIERS = frozenset({"ADJF", "NUMR", "PRTF", "NPRO"})
_GOVERNING = frozenset({"NOUN", "NUMR"})  # take a genitive after them
_ADJECTIVES = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})
_AGREEING = frozenset({"NOUN", "ADJF", "PRTF"})  # what a modifier before it agrees with
_PHRASE_CASES = frozenset({"datv", "ablt", "loct"})  # no card opens in them (see below)
_ATTRIBUTES = _MODIFIERS | _ADJECTIVES
_RULES_VERSION = 21
"""Bump when what a question means changes, so old answers on disk are not reused."""
_SHORT_ABBREVIATION = 3  # letters: a word in capitals this short is an abbreviation

LANGUAGES = ("uk", "ru")
"""The dictionaries questions may be asked of; pymorphy3 installs both."""

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

_NAME_CASES = frozenset({"gent", "datv", "accs", "ablt", "loct"})  # a person's in a phrase
_language = "uk"
_MEMOS: dict[str, dict[str, Any]] = {language: {} for language in LANGUAGES}
"""Each language's in-memory answers, by question: the module's name of a question stands
for the language spoken now (see `_switch`)."""


def _remembered(function: F) -> F:
    """`functools.cache`, one per language (see `speaking`)."""
    for memos in _MEMOS.values():
        memos[function.__name__] = cache(function)
    return _MEMOS[_language][function.__name__]  # type: ignore[no-any-return]


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Ask every question of `language`'s dictionary inside the block (`"ru"` for notes taken
    in Russian, whose words the Ukrainian dictionary would only guess at).

    The in-memory answers, as those on disk, are kept per language: a document in one
    language whose cells in the other switch back and forth (a few thousand times in the
    golden fixtures) forgets none of either language's.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no dictionary for {language!r}; choose one of: {', '.join(LANGUAGES)}")
    before = _language
    _switch(language)
    try:
        yield
    finally:
        _switch(before)


def asked_in(language: str | None, question: Callable[[], T]) -> T:
    """`question()` asked of `language`'s dictionary: a word's own language where its
    letters tell it (see `word_language`), in a cell or card of the other one; of the
    language spoken where `language` is None."""
    if language is None or language == _language:
        return question()
    with speaking(language):
        return question()


def language() -> str:
    """The language questions are asked in now (see `speaking`)."""
    return _language


def _switch(language: str) -> None:
    global _language
    if language != _language:
        # Every caller asks `morphology.question(…)` by its module name, and so does this
        # module: rebinding the names switches every question to the language's memo.
        globals().update(_MEMOS[language])
        _language = language


def _analyzer() -> Any:
    return _analyzer_of(_language)


@cache
def _analyzer_of(language: str) -> Any:
    import pymorphy3  # deferred: loading the dictionary is the slowest step of a parse

    analyzer = pymorphy3.MorphAnalyzer(lang=language)
    _know_grammemes_of(analyzer)
    return analyzer


def _know_grammemes_of(analyzer: Any) -> None:
    """pymorphy3 has one class of tags for every dictionary, which knows the grammemes of the
    one loaded last only (its own `FIXME: clone the class`): with the Russian dictionary
    loaded, asking a tag for the Ukrainian `infn` raises, whichever dictionary made the tag.
    So the class is taught the grammemes of every language's dictionary."""
    analyzer.TagClass._init_grammemes(_every_grammeme())


@cache
def _every_grammeme() -> list[Any]:
    import importlib

    grammemes: dict[str, list[Any]] = {}
    for language in LANGUAGES:
        folder = Path(importlib.import_module(f"pymorphy3_dicts_{language}").get_path())
        for grammeme in json.loads((folder / "grammemes.json").read_text(encoding="utf-8")):
            grammemes.setdefault(grammeme[0], grammeme)
    return list(grammemes.values())


def _disk() -> AnswerCache:
    return _disk_of(_language)


@cache
def _disk_of(language: str) -> AnswerCache:
    from importlib.metadata import PackageNotFoundError, version

    try:
        versions = f"{version('pymorphy3')}-{version(f'pymorphy3-dicts-{language}')}"
    except PackageNotFoundError:
        versions = "unknown"
    family = f"morphology-{language}-{versions}-r"
    return AnswerCache(f"{family}{_RULES_VERSION}", family=family)


def _ask(question: str, word: str, compute: Callable[[str], T]) -> T:
    return _ask_in(_language, question, word, compute)


def _ask_in(language: str, question: str, word: str, compute: Callable[[str], T]) -> T:
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)  # the dictionary holds composed letters
        if "’" in word or "ʼ" in word:
            word = word.replace("’", "'").replace("ʼ", "'")  # and the typewriter apostrophe
    disk = _disk_of(language)
    remembered = disk.get(question, word)
    if remembered is not None:
        return remembered  # type: ignore[no-any-return]
    answer = compute(word)
    disk.put(question, word, answer)
    return answer


def _tags(word: str, language: str | None = None) -> tuple[Any, ...]:
    """The tags of `word`'s readings in the dictionary of `language` (the one spoken now)."""
    return tuple(parse.tag for parse in _analyzer_of(language or _language).parse(word))


@_remembered
def normal_form(word: str) -> str:
    """The most likely dictionary form of `word` (lower case in, lower case out)."""
    return _ask("normal", word, _normal_form)


@_remembered
def is_impersonal(word: str) -> bool:
    """Whether some reading of `word` is the impersonal `-но`, `-то` form (`завершено`,
    `скасовано`), whose object stands before it: `Інвентаризацію не завершено`."""
    return _ask("impersonal", word.casefold(), _is_impersonal)


def language_knowing(words: list[str]) -> str | None:
    """The language whose dictionary knows more of `words` as written (`работает для`:
    `ru`), or None where both know as many: what tells the language of words whose letters
    both languages have, in a cell that mixes them."""
    known = {}
    for language in LANGUAGES:
        with speaking(language):
            known[language] = sum(is_known(word) for word in words if word.isalpha())
    best = max(known, key=known.__getitem__)
    return best if list(known.values()).count(known[best]) == 1 else None


@_remembered
def is_finite_verb(word: str) -> bool:
    """Whether some reading of `word` is an indicative verb form (`має`, `знають`, `відкрили`;
    not `робити`, not the imperative `збори`)."""
    return _ask("finite", word.casefold(), _is_finite_verb)


@_remembered
def is_perfective_past(word: str) -> bool:
    """Whether some reading of `word` is a perfective verb in the past that is not reflexive
    (`відкрило`, `створила`; not `об'єдналися`): what was done to an object, which may follow."""
    return _ask("perfective past", word.casefold(), _is_perfective_past)


@_remembered
def is_known(word: str) -> bool:
    """Whether the dictionary knows `word` as it is written (not a guess from its ending)."""
    return _ask("known", word.casefold(), lambda w: bool(_analyzer().word_is_known(w)))


@_remembered
def is_infinitive(word: str) -> bool:
    """Whether some reading of `word` is an infinitive (`подати`, `провести`)."""
    return _ask("infinitive", word.casefold(), _is_infinitive)


@_remembered
def is_common_noun_in_genitive(word: str) -> bool:
    """Whether some reading of `word` is a common noun in the genitive, not a name's:
    `луцька` (of Луцьк), not `громадська` or the surname `міська`."""
    return _ask("common genitive noun", word.casefold(), _is_common_noun_in_genitive)


@_remembered
def genitive_noun_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of the common nouns `word` may be the genitive singular of
    (`Ясенева` → `ясенів`, `Дібрівки` → `дібрівка`)."""
    return tuple(_ask("genitive lemmas", word.casefold(), _genitive_noun_lemmas))


@_remembered
def has_genitive(word: str) -> bool:
    """Whether some reading of `word` is in the genitive (`Ужгорода`, not `Воду`)."""
    return _ask("genitive", word.casefold(), _has_genitive)


@_remembered
def is_first_name_in_genitive(word: str) -> bool:
    """Whether `word` can be a first name in the genitive (`Лесі`, `Тараса`), as in names of
    streets and institutions: `ім. Лесі Українки`, `вулиця Тараса Шевченка`."""
    return _ask("name genitive", word.casefold(), _is_first_name_in_genitive)


@_remembered
def is_first_name_in_nominative(word: str) -> bool:
    """Whether `word` can be one person's first name in the nominative (`Юлія`, though it
    is the genitive of `Юлій` too; not `Оксани`, which is that only in the plural)."""
    return _ask("name nominative", word.casefold(), _is_first_name_in_nominative)


@_remembered
def is_first_name_declined(word: str) -> bool:
    """Whether some reading of `word` is a first name in a case a phrase puts a person in
    (`Оксани`, `Сергієві`, `Ольгою`; not a vocative only, as `Немає` reads too)."""
    return _ask("name declined", word.casefold(), _is_first_name_declined)


@_remembered
def is_womans_first_name(word: str) -> bool:
    """Whether some reading of `word` is a woman's first name, in any case (`Марина`,
    `Ольгой`), after which her surname keeps its nominative (`Мельник`)."""
    return _ask("woman's name", word.casefold(), _is_womans_first_name)


@_remembered
def is_name_only(word: str) -> bool:
    """Whether every reading of `word` is a person's name (`Лесі`; not `Ізмаїла`, which is
    a town before it is a first name)."""
    return _ask("name only", word.casefold(), _is_name_only)


@_remembered
def has_dative(word: str) -> bool:
    """Whether some reading of `word` is in the dative (`Музею`, not `Мистецтв`)."""
    return _ask("dative", word.casefold(), _has_dative)


@_remembered
def is_first_name(word: str) -> bool:
    """Whether some reading of `word` is a first name, in any case (`Петро`, `Ірини`,
    `Марина`, which is also a marina)."""
    return _ask("first name", word.casefold(), _is_first_name)


@_remembered
def is_one_person(word: str) -> bool:
    """Whether some reading of `word` is a common noun for one person, as an office or an
    occupation is (`голова`, `депутатки`, `Тренер`; not `дітей`, `Ірини`)."""
    return _ask("one person", word.casefold(), _is_one_person)


@_remembered
def is_person_noun(word: str) -> bool:
    """Whether some reading of `word` is a common noun for people in the nominative, one or
    many (`Юрист`, `Працівники`, `Члени`; not `Ревнощі`, `юристів`, `Ірина`)."""
    return _ask("person noun", word.casefold(), _is_person_noun)


@_remembered
def is_adverb(word: str) -> bool:
    """Whether every common reading of `word` is an adverb (`швидко`, `рідко`; not `добре`,
    which is a noun and an adjective too)."""
    return _ask("adverb", word.casefold(), _is_adverb)


def may_be_abbreviation(word: str) -> bool:
    """Whether `word` (in capitals) may be an abbreviation: one the dictionary knows as such
    or as an undeclined word (`ЦНАП`, `ДСНС`, `ГО`), or one it does not know (`ТЧХУ`); not a
    common word in capitals (`ПЛАН`, `РИЗИКИ`)."""
    return _ask("abbreviation", word.casefold(), _may_be_abbreviation)


def _may_be_abbreviation(word: str) -> bool:
    if len(word) <= _SHORT_ABBREVIATION or not _analyzer().word_is_known(word):
        return True  # (`ФОП`, `ОДА`: short, whatever else the dictionary reads them as)
    return any("Abbr" in tag or "Fixd" in tag for tag in _tags(word))


def may_be_adverb(word: str) -> bool:
    """Whether some reading of `word` is an adverb (`рідко`, `добре`, `хорошо`)."""
    return _ask("may be adverb", word.casefold(), _may_be_adverb)


def governs_or_agrees(word: str, following: str) -> bool:
    """Whether `following` can go on a phrase that `word` stands in: a noun or numeral
    takes a genitive after it (`міста Ужгорода`, `п'яти Молодіжних`), and an adjective,
    participle or pronoun a word in its own case, number and gender (`наших Спільних`); not
    `туристичним Садиб`, `сам Спільних`, nor after `окремо` or `працює`."""
    before, after = _nominal_forms(word), _nominal_forms(following)
    if any(form.case == "gent" for form in after) and any(
        form.part in _GOVERNING for form in before
    ):
        return True
    modifiers = [form for form in before if form.part in _MODIFIERS]
    return any(_agree(modifier, form) for modifier in modifiers for form in after)


@_remembered
def is_numeral(word: str) -> bool:
    """Whether `word` can be a cardinal numeral: `дві`, `п'ять` (the clause of the noun it
    counts opens at it: `Лише дві ГО мають`)."""
    return any(form.part == "NUMR" for form in _nominal_forms(word))


@_remembered
def nominative_genders(word: str) -> frozenset[str]:
    """The genders of `word`'s readings in the nominative (`радниця`: femn; `Петро`: masc,
    though the dictionary reads a feminine vocative in it too)."""
    return frozenset(
        form.gender for form in _nominal_forms(word) if form.case == "nomn" and form.gender != "-"
    )


@_remembered
def is_people_as_object(word: str) -> bool:
    """Whether `word` can be a plural noun for people in the accusative, which is their
    genitive too (`людей`, `мешканців`, `школярів`), and is no noun in the nominative: the
    object an indefinite-personal verb takes (`Мешканців навчають`)."""
    nouns = [form for form in _nominal_forms(word) if form.part == "NOUN"]
    cases = {form.case for form in nouns if form.number == "plur"}
    return {"accs", "gent"} <= cases and not any(form.case == "nomn" for form in nouns)


@_remembered
def is_object_only(word: str) -> bool:
    """Whether `word` can be a noun or adjective in the accusative and not in the nominative:
    after a finite verb it is the verb's object (`освоюють Дію`), not a card's subject."""
    forms = _nominal_forms(word)
    # (The dictionary leaves some nominatives without a case: `відділ` is `NOUN,inan masc`.)
    return any(form.case == "accs" for form in forms) and not any(
        form.case in ("nomn", "-") for form in forms
    )


@_remembered
def may_be_accusative(word: str) -> bool:
    """Whether some reading of `word` is a noun or adjective in the accusative (`Зал`,
    `Людей`; not `Будинку`), the case a verb's object is in."""
    return any(form.case == "accs" for form in _nominal_forms(word))


@_remembered
def may_be_accusative_noun(word: str) -> bool:
    """Whether some reading of `word` is a noun in the accusative (`Зал`, `Ремонт`)."""
    return any(form.part == "NOUN" and form.case == "accs" for form in _nominal_forms(word))


def can_be_nominative_modifier(word: str) -> bool:
    """Whether `word` can be an adjective, participle, pronoun or numeral in the nominative,
    which stands before its noun: `Кожна`, `Місцеві` (also a noun, `the locals`)."""
    return any(form.part in _MODIFIERS and form.case == "nomn" for form in _nominal_forms(word))


def may_be_modifier(word: str) -> bool:
    """Whether some reading of `word` is an adjective, participle, pronoun or numeral, in any
    case: `місцевих` (`для місцевих ГО`), not `батьками`."""
    return any(form.part in _MODIFIERS for form in _nominal_forms(word))


def agrees_with(modifier: str, word: str, *, singular: bool = False) -> bool:
    """Whether `word` can be a noun or another modifier that `modifier` agrees with:
    `Червоний Хрест`, `Львівська Міська`; not `Слабка Обмін`. With `singular`, in the
    singular only (`Садовій` with `вулиці`, which is a plural too)."""
    modifiers = [form for form in _nominal_forms(modifier) if form.part in _MODIFIERS]
    others = [form for form in _nominal_forms(word) if form.part in _AGREEING]
    if singular:
        modifiers = [form for form in modifiers if form.number == "sing"]
        others = [form for form in others if form.number == "sing"]
    return any(_agree(a, b) for a in modifiers for b in others)


def same_case_and_number(noun: str, name: str) -> bool:
    """Whether `noun` and `name` can stand in one case and number, as a person's office and
    name do (`депутатки Ірини`, `Директор Олена`; not `мером Олег`, `Вчителі Ірина`)."""
    nouns = [form for form in _nominal_forms(noun) if form.part == "NOUN"]
    names = [form for form in _nominal_forms(name) if form.part == "NOUN"]
    return any(_same(a.case, b.case) and _same(a.number, b.number) for a in nouns for b in names)


def _same(a: str, b: str) -> bool:
    """The same grammeme, or one the dictionary does not give (`-`: `Секретар`)."""
    return a == b or "-" in (a, b)


def agrees_only_obliquely(modifier: str, noun: str) -> bool:
    """Whether `modifier` agrees with `noun` only in the dative, instrumental or locative
    (`Старим містом`), the cases of a phrase that goes on another (`маршрути Старим
    містом`), not of a card's subject (`Слабкий зв'язок`) or object (`Нову школу`)."""
    if not _modifies_in_a_phrase_case(modifier):
        return False  # (most capitals: asked once per word, before the pairs)
    modifiers = [form for form in _nominal_forms(modifier) if form.part in _ATTRIBUTES]
    nouns = [form for form in _nominal_forms(noun) if form.part == "NOUN"]
    cases = {a.case for a in modifiers for b in nouns if _agree(a, b)}
    return bool(cases) and cases <= _PHRASE_CASES


@_remembered
def _modifies_in_a_phrase_case(word: str) -> bool:
    return any(
        form.part in _ATTRIBUTES and form.case in _PHRASE_CASES for form in _nominal_forms(word)
    )


@_remembered
def is_singular_only_noun(word: str) -> bool:
    """Whether `word` is a noun in the nominative with no plural in any reading, as a
    place's name is (`Ковалівка`, `Стеблів`; not `Листівка`, `Домівка`, which have one)."""
    return _ask("singular only", word.casefold(), _is_singular_only_noun)


def is_plural_genitive_noun(word: str) -> bool:
    """Whether `word` can be a common noun in the genitive plural: `Асистентів`, not
    `Львова`."""
    return any(
        form.part == "NOUN" and form.case == "gent" and form.number == "plur"
        for form in _nominal_forms(word)
    )


def can_be_subject_of(noun: str, verb: str) -> bool:
    """Whether `noun` can be in the nominative and in the number of the finite `verb`:
    `Громади не довіряють`, not `Незалежності зібрала` (which agrees with a noun before)."""
    # (A reading with no case is the dictionary's nominative: `відділ` has one.)
    numbers = {form.number for form in _nominal_forms(noun) if form.case in ("nomn", "-")}
    return bool(numbers & _verb_numbers(verb)) or "-" in numbers


@_remembered
def _verb_numbers(word: str) -> frozenset[str]:
    """The numbers of `word`'s finite readings (a past form with a gender is singular)."""
    return frozenset(_ask("verb numbers", word.casefold(), _compute_verb_numbers))


@_remembered
def is_person_name(word: str) -> bool:
    """Whether `word` can be a surname, first name or patronymic (`Петренко`)."""
    return _ask("person name", word.casefold(), _is_person_name)


@_remembered
def is_patronymic(word: str) -> bool:
    """Whether `word` can be a patronymic (`Іванівною`, `Петровича`), which a surname may
    follow."""
    return _ask("patronymic", word.casefold(), lambda w: any("Patr" in tag for tag in _tags(w)))


@_remembered
def is_surname_only(word: str) -> bool:
    """Whether every reading of `word` is a surname: `Савчук`, `Климчук` (not `Коваль`, a
    blacksmith too, nor `Сидоренко`, which the dictionary also reads as a noun)."""
    return _ask("surname only", word.casefold(), _is_surname_only)


@_remembered
def is_undeclined_for_a_woman(word: str) -> bool:
    """Whether some reading of `word` is a woman's surname that does not decline, a man's
    surname that is hers too (`Мороз`, `Кравець`, `Олійник`; not `Музика`, `Швидка`)."""
    return _ask("woman's undeclined", word.casefold(), _is_undeclined_for_a_woman)


@_remembered
def is_surname(word: str) -> bool:
    """Whether `word` reads as a surname in the nominative, and as no first name nor a plural
    common noun, its likeliest reading a person's: `Шевченко`, `Мельник`, `Кравець` (which
    are common nouns too), not `Люди`, `Надія`, `Школа`; in Russian notes too, where the
    Russian dictionary reads `Мельник` as a miller only (see `_surname_tags`)."""
    return _ask("surname", word.casefold(), _is_surname)


def is_ukrainian_surname(word: str) -> bool:
    """`is_surname`, asked of the Ukrainian dictionary whatever the language spoken, of a
    word it knows (not a guess from a Russian word's ending: `Выход`, `Сеть`): notes taken
    in Russian in Ukraine name people by Ukrainian surnames, which the Russian dictionary
    reads as common nouns only (`Коваль`, `Мельник`)."""
    return _ask_in("uk", "known surname", word.casefold(), _is_ukrainian_surname)


@_remembered
def is_toponym(word: str) -> bool:
    """Whether the dictionary knows `word` as a place's name (`Каменка`, `Покотиловка`):
    the Russian dictionary tags them; the Ukrainian one tags none, so there the endings of
    places' names tell (see `run_on.place_name`)."""
    return _ask("toponym", word.casefold(), lambda w: any("Geox" in tag for tag in _tags(w)))


@_remembered
def is_plural_finite_verb(word: str) -> bool:
    """Whether `word` can be a verb in the plural of the present, past or future:
    `співпрацюють`, `знають` (not `триває`, `пройшов`)."""
    return _ask("plural verb", word.casefold(), _is_plural_finite_verb)


def is_nominative_noun(word: str) -> bool:
    """Whether `word` can be a noun in the nominative (`Прозорість`, `Діалог`): a card may
    open with it; not a verb's form (`Повернись`), which a name opens."""
    return any(form.part == "NOUN" and form.case == "nomn" for form in _nominal_forms(word))


def may_be_singular_nominative(word: str) -> bool:
    """Whether `word` can be a noun in the nominative singular (`терпіння`, `ігнорування`):
    a card of one word may be that, and rarely one in the plural (`громади`)."""
    return any(
        form.part == "NOUN" and form.case == "nomn" and form.number != "plur"
        for form in _nominal_forms(word)
    )


def is_genitive_noun(word: str) -> bool:
    """Whether `word` can be a noun in the genitive and cannot be an adjective: `Землі`
    (`до Дня Землі`), not `Зелені`, which opens a card (`Зелені зони`)."""
    forms = _nominal_forms(word)
    return any(form.part == "NOUN" and form.case == "gent" for form in forms) and not any(
        form.part in _ADJECTIVES for form in forms
    )


def is_non_reflexive_gerund(word: str) -> bool:
    """Whether `word` can be a gerund that is not reflexive (`минаючи`, `граючи`; not
    `зупиняючись`), which an object may follow (the dictionary does not say whether one
    does)."""
    return _ask(
        "non-reflexive gerund",
        word.casefold(),
        lambda w: any("GRND" in tag and "Refl" not in tag for tag in _tags(w)),
    )


def is_plural_only_in_genitive(word: str) -> bool:
    """Whether the dictionary's likeliest reading of `word` is a thing only plural in the
    genitive, as a town's plural name is (`Броварів`, `Чернівців`, `Ківерців`) and some
    common nouns (`Зборів`; see `run_on.town_of_a_body`); not people first (`Ветеранів`,
    `Переселенців`)."""
    return _ask("plural-only genitive", word.casefold(), _is_plural_only_in_genitive)


def _is_plural_only_in_genitive(word: str) -> bool:
    tags = _tags(word)
    return bool(tags) and all(grammeme in tags[0] for grammeme in ("Pltm", "inan", "gent"))


def agrees_in_the_singular(case: str, modifier: str, noun: str) -> bool:
    """Whether `modifier` can be an adjective in the singular of `case` (`"nomn"`, `"gent"`)
    that agrees with `noun` there: a place's name of two words (`Біла Церква`, `Білої
    Церкви`, `Кривого Рогу`)."""
    modifiers = [form for form in _nominal_forms(modifier) if form.part in _ADJECTIVES]
    nouns = [form for form in _nominal_forms(noun) if form.part == "NOUN"]
    return any(
        a.case == case and a.number != "plur" and _agree(a, b) for a in modifiers for b in nouns
    )


def is_singular_nominative_adjective(word: str) -> bool:
    """Whether some reading of `word` is an adjective or participle in the nominative
    singular (`Польова`, `Залізничний`), as a district's name is; not a pronoun (`Кожна`)
    nor a plural (`Молоді`, `Нові`)."""
    return any(
        form.part in ("ADJF", "PRTF") and form.case == "nomn" and form.number != "plur"
        for form in _nominal_forms(word)
    )


def is_pronoun(word: str) -> bool:
    """Whether some nominal reading of `word` is a pronoun (`Кожна`, `Деякі`, `Багато`):
    no street's, village's or district's name."""
    return any(form.part == "NPRO" for form in _nominal_forms(word))


def is_plural_only(word: str) -> bool:
    """Whether every nominal reading of `word` is plural (`колективами`), so a singular verb
    cannot be its own (`між колективами БФ «…» ділиться`)."""
    forms = _nominal_forms(word)
    return bool(forms) and all(form.number == "plur" for form in forms)


class _Form(NamedTuple):
    """One nominal reading of a word; `-` where the dictionary gives none."""

    part: str
    case: str
    number: str
    gender: str


def _agree(a: _Form, b: _Form) -> bool:
    """The same case, and the same number (and gender, in the singular) where both say."""
    if a.case != b.case:
        return False
    if "-" in (a.number, b.number):
        return True
    if a.number != b.number:
        return False
    return a.number == "plur" or "-" in (a.gender, b.gender) or a.gender == b.gender


@_remembered
def _nominal_forms(word: str) -> frozenset[_Form]:
    """Each nominal reading of `word` (see `_Form`)."""
    answer = _ask("nominal forms", word.casefold(), _compute_nominal_forms)
    return frozenset(_Form(*form.split()) for form in answer)


@_remembered
def modifies_a_feminine_only_obliquely(word: str) -> bool:
    """Whether `word` can be an adjective of a feminine noun, and only in an oblique case:
    `Сумской`, `Сумської` (the oblast's, of its administration), not `Сумская`."""
    feminine = [
        form for form in _nominal_forms(word) if form.part in _ATTRIBUTES and form.gender == "femn"
    ]
    return bool(feminine) and all(form.case not in ("nomn", "accs") for form in feminine)


@_remembered
def is_modifier_only(word: str) -> bool:
    """Whether every reading of `word` (as a common word) is an adjective, a pronoun, a
    numeral or a participle: a word that stands before the noun it goes with (`Кожна ГО`,
    `Молодіжні ГО`), never a whole item."""
    return _ask("modifier", word.casefold(), _is_modifier_only)


@_remembered
def is_oblique_only(word: str) -> bool:
    """Whether every reading of `word` is a noun or adjective in an oblique case.

    Such a word continues a phrase (`фонду Відродження`, `міста Ужгорода`) and cannot open a new
    item in a run-on list, where items start with a nominative word, a verb or an adverb.
    Readings as a personal name or surname are set aside when the word also has a common
    one: `Львова` is a city in the genitive here, not the nominative surname Львова.
    """
    return _ask("oblique", word.casefold(), _is_oblique_only)


def _normal_form(word: str) -> str:
    parses = _analyzer().parse(word)
    return str(parses[0].normal_form) if parses else word


def _is_impersonal(word: str) -> bool:
    return any(tag.POS == "VERB" and "Impe" in tag for tag in _tags(word))


def _is_finite_verb(word: str) -> bool:
    # Indicative only: imperative readings (`збори`, `піар`) would make nouns look like verbs.
    # A verb in the other language's letters is that language's (a Ukrainian card in notes
    # taken in Russian: `ГО не довіряють …`), which the spoken one's dictionary only guesses.
    return any(
        tag.POS == "VERB" and ("pres" in tag or "past" in tag or "futr" in tag)
        for tag in _tags(word, word_language(word))
    )


def _is_perfective_past(word: str) -> bool:
    if word.endswith(("ся", "сь")):
        return False
    # (The Russian dictionary tells a verb that takes an object, `открыл`, from one that
    # takes none, `уехала`; the Ukrainian one does not.)
    return any(
        tag.POS == "VERB"
        and "perf" in tag
        and "past" in tag
        and (_language != "ru" or "tran" in tag)
        for tag in _tags(word)
    )


def _is_person_name(word: str) -> bool:
    return any(_PERSONAL_NAME & tag.grammemes for tag in _tags(word))


def _compute_verb_numbers(word: str) -> list[str]:
    numbers = {
        tag.number or ("sing" if tag.gender else "-")
        for tag in _tags(word)
        if tag.POS == "VERB" and ("pres" in tag or "past" in tag or "futr" in tag)
    }
    return sorted(numbers)


def _is_plural_finite_verb(word: str) -> bool:
    return any(
        tag.POS == "VERB"
        and tag.number == "plur"
        and ("pres" in tag or "past" in tag or "futr" in tag)
        for tag in _tags(word)
    )


def _is_infinitive(word: str) -> bool:
    # The Ukrainian dictionary marks some infinitives (`подати`) and not others
    # (`проводити`), whose dictionary form is the word itself; the Russian one has a part of
    # speech for them (`INFN`), which it also guesses for any unknown word in `-ть`
    # (`Ответственнoсть` with a Latin `o`): only a word it knows counts.
    parses = _analyzer().parse(word)
    if any(parse.tag.POS == "INFN" for parse in parses):
        return bool(_analyzer().word_is_known(word))
    return any(
        parse.tag.POS == "VERB" and ("infn" in parse.tag or parse.normal_form == word)
        for parse in parses
    )


def _is_surname_only(word: str) -> bool:
    tags = _tags(word)
    return bool(tags) and all("Surn" in tag for tag in tags)


def _is_undeclined_for_a_woman(word: str) -> bool:
    return any("Surn" in tag and "Fixd" in tag and "femn" in tag for tag in _surname_tags(word))


def _is_surname(word: str) -> bool:
    return _surname_in(_surname_tags(word))


def _surname_tags(word: str) -> tuple[Any, ...]:
    """The readings a surname is looked for in: the spoken dictionary's, and in notes taken
    in Russian the Ukrainian one's too, whose people are Ukraine's, for a word it knows that
    the Russian one reads as no thing: a miller, a smith (`Мельник`, `Коваль`), not `Война`,
    `Выход`, `Мороз`."""
    tags = _tags(word)
    if _language == "uk" or any("inan" in tag for tag in tags):
        return tags
    if not _analyzer_of("uk").word_is_known(word):
        return tags
    return tags + _tags(word, "uk")


def _is_ukrainian_surname(word: str) -> bool:
    return bool(_analyzer_of("uk").word_is_known(word)) and _surname_in(_tags(word, "uk"))


def _surname_in(tags: tuple[Any, ...]) -> bool:
    return (
        bool(tags)
        and any("Surn" in tag and tag.case == "nomn" for tag in tags)
        and not any("Name" in tag for tag in tags)
        and "inan" not in tags[0]
        and not any(
            tag.number == "plur" and tag.case == "nomn" and "Surn" not in tag for tag in tags
        )
    )


# Common Ukrainian first names the dictionary tags as no name, by their forms and cases.
_NAMES_IT_LACKS = {
    **dict.fromkeys(("богдан", "володимир"), "nomn"),
    **dict.fromkeys(("богдана", "володимира"), "gent"),
    **dict.fromkeys(("богданові", "володимирові"), "datv"),
    **dict.fromkeys(("богданом", "володимиром"), "ablt"),
    **dict.fromkeys(("богдані", "володимирі"), "loct"),
}


def _is_first_name(word: str) -> bool:
    return word in _NAMES_IT_LACKS or any("Name" in tag for tag in _tags(word))


def _is_one_person(word: str) -> bool:
    return any(
        tag.POS == "NOUN"
        and "anim" in tag
        and (tag.number == "sing" or (tag.number is None and tag.gender is not None))
        and not _PERSONAL_NAME & tag.grammemes
        for tag in _tags(word)
    )


def _is_person_noun(word: str) -> bool:
    return any(
        tag.POS == "NOUN"
        and "anim" in tag
        and tag.case == "nomn"
        and not _PERSONAL_NAME & tag.grammemes
        for tag in _tags(word)
    )


def _may_be_adverb(word: str) -> bool:
    return any(tag.POS == "ADVB" for tag in _tags(word))


def _is_adverb(word: str) -> bool:
    tags = _common_readings(_tags(word))
    return bool(tags) and all(tag.POS == "ADVB" for tag in tags)


def _is_name_only(word: str) -> bool:
    tags = _tags(word)
    return bool(tags) and all(_PERSONAL_NAME & tag.grammemes for tag in tags)


def _is_first_name_in_nominative(word: str) -> bool:
    if _NAMES_IT_LACKS.get(word) == "nomn":
        return True
    return any("Name" in tag and tag.case == "nomn" and tag.number != "plur" for tag in _tags(word))


def _is_first_name_declined(word: str) -> bool:
    if _NAMES_IT_LACKS.get(word) in _NAME_CASES:
        return True
    return any("Name" in tag and tag.case in _NAME_CASES for tag in _tags(word))


def _is_womans_first_name(word: str) -> bool:
    return any("Name" in tag and "femn" in tag for tag in _tags(word))


def _is_first_name_in_genitive(word: str) -> bool:
    if _NAMES_IT_LACKS.get(word) == "gent":
        return True
    return any("Name" in tag and tag.case == "gent" for tag in _tags(word))


def _compute_nominal_forms(word: str) -> list[str]:
    forms = set()
    for tag in _tags(word):
        if tag.POS in _NOMINAL:
            # A gender with no number is the singular (`сам`: masc,nomn).
            number = tag.number or ("sing" if tag.gender else "-")
            forms.add(f"{tag.POS} {tag.case or '-'} {number} {tag.gender or '-'}")
    return sorted(forms)


def _is_singular_only_noun(word: str) -> bool:
    parses = [p for p in _analyzer().parse(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    return bool(parses) and not any(p.inflect({"plur", "ablt"}) for p in parses)


def _is_modifier_only(word: str) -> bool:
    if _language == "ru":
        # The Russian dictionary also reads adjectives as the nouns they make (`красный`, a
        # Red): not a card's word alone in a list (`Красный Крест`, as `Червоний Хрест`).
        parses = _analyzer().parse(word)
        adjectives = {p.normal_form for p in parses if p.tag.POS in _MODIFIERS}
        tags = _common_readings(
            tuple(p.tag for p in parses if p.normal_form not in adjectives or p.tag.POS != "NOUN")
        )
    else:
        tags = _common_readings(_tags(word))
    return bool(tags) and all(tag.POS in _MODIFIERS for tag in tags)


def _is_common_noun_in_genitive(word: str) -> bool:
    return any(
        tag.POS == "NOUN" and tag.case == "gent" and not _PERSONAL_NAME & tag.grammemes
        for tag in _tags(word)
    )


def _genitive_noun_lemmas(word: str) -> list[str]:
    return sorted(
        {
            parse.normal_form
            for parse in _analyzer().parse(word)
            if parse.tag.POS == "NOUN"
            and parse.tag.case == "gent"
            and parse.tag.number != "plur"
            and not _PERSONAL_NAME & parse.tag.grammemes
        }
    )


def _has_genitive(word: str) -> bool:
    return any(tag.case == "gent" for tag in _tags(word))


def _has_dative(word: str) -> bool:
    return any(tag.case == "datv" for tag in _tags(word))


def _common_readings(tags: tuple[Any, ...]) -> tuple[Any, ...]:
    """The readings as a common word, or all of them when there is none (`Львова` is a city
    in the genitive before it is the surname Львова)."""
    return tuple(tag for tag in tags if not _PERSONAL_NAME & tag.grammemes) or tags


def _is_oblique_only(word: str) -> bool:
    tags = _common_readings(_tags(word))
    if not tags:
        return False
    # A past verb's reading that a noun shares is set aside (`Героїв` is also the past of
    # `героїти`): a capital opens cards in the past far less often than in a noun's case.
    tags = tuple(tag for tag in tags if not (tag.POS == "VERB" and "past" in tag)) or tags
    # Nobody is addressed on a flipchart: a vocative that is also a genitive or a locative
    # (`Будинку`, `Фонду`) is one of those. A word that can only be a vocative stays one.
    tags = tuple(tag for tag in tags if tag.case != "voct") or tags
    for tag in tags:
        if tag.POS not in _NOMINAL or tag.case is None or tag.case in _CASES_THAT_START_AN_ITEM:
            return False
    return True
