"""Where a clause opens at a capital: a finite verb after it (`clause_opens`), an object
fronted before its verb (`Бібліотеку Тернополя модернізували`), what is lacking before a verb
of lacking (`Асистентів не вистачає`), and a capital in an oblique case that opens a clause
rather than going on a name before it (`oblique_opens_clause`, `genitive_after_name`)."""

from __future__ import annotations

from .. import morphology
from ..spans import bare_word, is_cyrillic, is_title_case
from ..words import (
    BODY_ADJECTIVE_ENDINGS,
    FUNCTION_WORDS,
    JOINING,
    LACKING,
    LACKING_ADVERBS,
    PREDICATIVE_ADVERBS,
    PREDICATIVES,
    SETTLEMENTS,
    SHARES,
    STREET_FORMS,
    VERBAL_NOUN_ENDINGS,
    VILLAGES,
)
from .common import (
    ABBREVIATION_WORD,
    ABSTRACT_GENITIVE,
    CLOSING_QUOTES,
    NAMED_DAYS,
    NEGATIONS,
    ONLY,
    PREPOSITIONS,
    after_function_word,
    is_count,
    is_finite_verb_at,
    owned_by_body,
    past_negation,
    quote_end,
    quote_start,
    takes_a_name,
)
from .places import place_name, town_words

_CLAUSE_REACH = 4
"""How far after a fronted object its verb may stand (`Бібліотеку Тернополя модернізували`)."""
VILLAGE_GENITIVES = frozenset("села селища присілка поселка посёлка деревни хутора".split())
"""A village's word in the genitive, whose name may follow (`Мешканці села Городище`)."""
_LACK_REACH = 3
"""How many lower-case words may stand between what is lacking and its verb."""
_FRONTED_LACK_REACH = 4
"""The same for a card that opens with what is lacking, before a verb of lacking (`Вільного
житла в комунальному фонді немає`; not an adverb: `Відкритість Депутатів перед виборцями у
громаді недостатньо`)."""
_MODALS = frozenset("можна треба потрібно необхідно варто слід".split())
# Nouns for people that notes capitalise out of respect (`Героїв`, `Захисників`), inside a
# phrase as well as at a card's start.
_REVERED = frozenset(
    "герой захисник захисниця ветеран ветеранка воїн доброволець боєць полонений загиблий".split()
)
# The words for every place (`… в кожному селі`), after which no village's name follows.
_EVERY = frozenset("кожному кожнім кожне усіх всіх різних багатьох".split())
_LOCATIVE_PREPOSITIONS = frozenset("в у на".split())  # (a place in them: `в Ковалівці`)
# Prepositions that take the accusative, which reads as the nominative (`на День …`), and
# the words for days a name follows (`День Незалежності`, `Тиждень Європи`).
_ACCUSATIVE_PREPOSITIONS = frozenset("в у на за про через під над".split())


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
    """Whether `лише` and a count come next, or a count of so many per so many, past a few
    words of its phrase in lower case (`Фахівців із супроводу лише 2`, `Фахівців із
    супроводу 2 на 1400 ветеранів`): the count of what opened the card; not past a verb,
    whose own count it is (`Рада Ветеранів працює лише 2 роки`)."""
    for ahead in range(index + 1, min(index + 6, len(words) - 1)):
        word = words[ahead]
        if bare_word(word).casefold() in ONLY:
            return is_count(words[ahead + 1])
        if is_count(word) and ahead + 2 < len(words) and words[ahead + 1] == "на":
            return is_count(words[ahead + 2])
        if not word[:1].islower() or is_finite_verb_at(words, ahead):
            return False
    return False


def after_fronted_object(words: list[str], index: int) -> bool:
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
            or is_finite_verb_at(words, back)
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


def genitive_after_name(words: list[str], index: int) -> bool:
    """`до Дня Землі`, `на День Незалежності`: a capital that may be a noun in the genitive
    (not an adjective, as `Зелені зони`), after a capitalised name in an oblique case that a
    preposition opened, is the rest of that name, unless a verb or an adjective follows (a
    clause opens: `з Полтави Громади не довіряють`, `з Полтавою Школи відкриті`) or it is a
    verbal noun that opens a card (see below). The caller has seen the name's capital."""
    if not (after_function_word(words, index) and words[index - 1][-1].isalnum()):
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
        and not (takes_a_name(previous) or owned_by_body(previous))
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
            previous.casefold() in NAMED_DAYS
            or (
                takes_a_name(previous)
                and (not following[:1].islower() or word.endswith(ABSTRACT_GENITIVE))
            )
        )
        and morphology.governs_or_agrees(previous, word)
    )  # (`на День Незалежності`, `у Центр Зайнятості`: the preposition's, no subject; not
    # a card in the plural after a name: `на Форум Зустрічі з мешканцями`)
    return (
        in_name
        and morphology.is_genitive_noun(word)
        and not clause_opens(words, index, subject=word)
        and not lack_follows(words, index)  # `у Великій Писарівці Транспорту немає`
    )


def oblique_opens_clause(words: list[str], index: int) -> bool:
    """A capitalised word in an oblique case is a name inside a phrase (`міста Ужгорода`,
    `Бібліотеку Тернополя`), unless a clause opens with it: the object first, then its verb
    (`Воду беруть з колодязів`, `Бібліотеку Тернополя модернізували`)."""
    previous = bare_word(words[index - 1])
    named = (
        is_title_case(previous)
        and is_cyrillic(previous.split("-", 1)[0])  # (not a common noun: `в Telegram-каналах`)
        and morphology.is_oblique_only(previous)
    )
    governed = after_function_word(words, index)
    if previous[:1].islower() and _fronted_after_a_clause(words, index):
        return True  # `… обирає дистанційне навчання Дітей возять до сусідньої школи`
    if previous[:1].islower() and _people_before_their_verb(words, index):
        return True  # `Просвіта у школах Мешканців навчають етикету`
    if town_of_the_body_before(words, index):
        return False  # whose the body is: `Коаліція ГО Харкова працює`, `ЦНАП Луцька`
    if named and not governed:
        # The second word of a name (`Фахівців Центрів … бракує`), unless a genitive that
        # lacks follows a name in another case: `у Великій Писарівці Транспорту немає`.
        return not morphology.has_genitive(previous) and lack_follows(words, index)
    if (
        _negated_verb_follows(words, index)  # (asked first: a scan of strings)
        and (
            morphology.is_plural_genitive_noun(bare_word(words[index]))
            or (words[index - 1][:1].islower() and _one_person_in_genitive(bare_word(words[index])))
        )
        and not _revered_in_a_phrase(words, index)
    ):
        # A negated verb's object, fronted: `Штрафів ніхто не виписує`, `Фахівця із
        # супроводу так і не призначили`.
        return True
    if _opens_plural_genitive(words, index) and _count_follows(words, index):
        return True  # what a count counts, fronted: `Фахівців із супроводу лише 2 на …`
    if lack_follows(words, index, reach=_FRONTED_LACK_REACH) and _lacking_opens(words, index):
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
        and (
            clause_opens(words, index, subject="" if _joined_to(words, index - 1) else previous)
            or _genitive_of_fronted_object(words, index, previous)
        )
    ):
        # The genitive of a card's subject (`Жителі Криворівні долучаються`), also of one
        # of two subjects joined before their plural verb (`Фонд «…» і Товариство Червоного
        # Хреста працюють`), or of its fronted object (`Зал Будинку культури здають`).
        return False
    if named:
        return False  # the second word of a name a preposition opened (`до Дня Землі`)
    return clause_opens(words, index)


def _joined_to(words: list[str], at: int) -> bool:
    """Whether the word at `at` is joined to one before it (`… і Товариство`)."""
    return at >= 1 and words[at - 1] in JOINING


def body_town_words(words: list[str], at: int) -> int:
    """How many words from `at` name the town a body's abbreviation before them is of (see
    `town_words`), or the two towns joined (`ГО Бородянки та Макарова`), unless a
    plural-only thing lacks there, no town (`ОСББ Грошей не вистачає`)."""
    named = _district_words(words, at) or town_words(words, at)
    if named and morphology.is_plural_only_in_genitive(bare_word(words[at])):
        return 0 if lack_follows(words, at) else named
    joined = at + named
    if named and joined + 1 < len(words) and words[joined] in JOINING:
        second = bare_word(words[joined + 1])
        more = town_words(words, joined + 1) or (
            # (after a town, a capital in the genitive is the second: `Макарова`)
            is_title_case(second) and is_cyrillic(second) and morphology.has_genitive(second)
        )
        if more:
            return named + 1 + more  # two towns: `ГО Бородянки та Макарова діють разом`
    return named


_DISTRICTS_OF_BODIES = frozenset("району області громади округу".split())


def _district_words(words: list[str], at: int) -> int:
    """Two where a district's adjective and its word in the genitive stand at `at`, whose
    the body before them is (`УСЗН Полтавського району`); none elsewhere."""
    if at + 1 >= len(words):
        return 0
    adjective, noun = bare_word(words[at]), bare_word(words[at + 1])
    return (
        2
        if noun in _DISTRICTS_OF_BODIES
        and is_title_case(adjective)
        and is_cyrillic(adjective)
        and morphology.agrees_in_the_singular("gent", adjective, noun)
        else 0
    )


def town_of_the_body_before(words: list[str], index: int) -> bool:
    """Whether the capital at `index` is the town in the genitive whose the body the Cyrillic
    abbreviation before it names is (see `body_town_words`: `Коаліція ГО Харкова працює`,
    `Коалиция ГО Харькова работает`, `ГО Коростеня не знають`, `ГО Луцька`): no card opens
    there, no verb has it for a subject, nor does it modify what follows (in `ГО Луцька
    ЦНАП Ковеля працює` a clause opens at `ЦНАП`); nor is it what lacks (`Кадри ЦНАП Ковеля
    бракує`: the clause opened at the abbreviation). Not a plural that is a fronted object
    (`ГО Ветеранів підтримують`)."""
    previous = bare_word(words[index - 1]) if index > 0 else ""
    if index > 1 and words[index - 1][-1:] in CLOSING_QUOTES:
        # Past the body's name in quotes, before the body's verb: `КП «Тепломережі» Вишгорода
        # звітує` (not whose the next card's people are: `ГО «Сіверщина» | Коростеня
        # краєзнавці не відповідають`).
        opening = quote_start(words, index - 1)
        if opening is None or opening < 1:
            return False
        body = bare_word(words[opening - 1])
        if not (len(body) > 1 and body.isupper() and is_cyrillic(body)):
            return False
        named = body_town_words(words, index)
        verb = index + named
        if not named or verb == len(words):
            return named > 0
        if lack_follows(words, index):
            return False  # what lacks: `Грант від БФ «Відродження» | Досвіду бракує`
        return is_finite_verb_at(words, verb, past_negation(words, verb))
    if not (len(previous) > 1 and previous.isupper() and is_cyrillic(previous)):
        return False  # (the cheap test first: most capitals follow no abbreviation)
    return body_town_words(words, index) > 0


def _genitive_of_fronted_object(words: list[str], index: int, previous: str) -> bool:
    """`Зал Будинку культури здають в оренду`: a noun that can be a verb's object, then a
    capital in a case no verb's object is in (`Будинку`; not `Людей`, whose accusative it is
    too), then a plural verb with no `не` (a negated verb's object may be a genitive:
    `Коштів не виділяють`) and no noun of its own after it (`Клубу виділили кошти`, where
    the capital is the verb's dative): the capital is whose the object is, not a clause's
    start."""
    if not (
        morphology.may_be_accusative_noun(previous)
        and not morphology.may_be_accusative(bare_word(words[index]))
    ):
        return False
    at = _verb_ahead(words, index, past_negations=False)
    return (
        at is not None
        and morphology.is_plural_finite_verb(bare_word(words[at]))
        and not _has_own_noun(words, at + 1)
    )


def _has_own_noun(words: list[str], at: int) -> bool:
    """Whether the word at `at`, right after a verb, is a lower-case noun of the verb's own,
    its subject or object (`довіряють батьки`, `виділили кошти`): then a capital fronted
    before the verb is its dative (`Відділу освіти довіряють батьки`)."""
    if at >= len(words):
        return False
    word = bare_word(words[at])
    return (
        word[:1].islower()
        and is_cyrillic(word)
        and word.casefold() not in FUNCTION_WORDS
        and (morphology.is_nominative_noun(word) or morphology.may_be_accusative_noun(word))
    )


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
        and not is_finite_verb_at(words, index - 2)  # (`підтримують депутати`: that verb's)
    ):
        return False  # the subject's own genitive: `але мешканці Ірпеня не приходять`
    for back in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH * 2), -1):
        if is_finite_verb_at(words, back):
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
        if word in ("не", "ні") or word in PREPOSITIONS:
            phrase = phrase or word in PREPOSITIONS
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


_NEGATION_REACH = 6


def _one_person_in_genitive(word: str) -> bool:
    """`Фахівця`, `Психолога`: one person, in the genitive, whom a negated verb may lack."""
    return morphology.is_genitive_noun(word) and morphology.is_one_person(word)


def _negated_verb_follows(words: list[str], index: int) -> bool:
    """Whether `не` and a finite verb come next, past a few lower-case words (`Штрафів
    ніхто не виписує`, `Звітів досі не публікують`, `Фахівця із супроводу так і не
    призначили`)."""
    for ahead in range(index + 1, min(index + _NEGATION_REACH, len(words) - 1)):
        word = words[ahead]
        if word == "не":
            return is_finite_verb_at(words, ahead + 1)
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


def lack_follows(words: list[str], index: int, *, reach: int = _LACK_REACH) -> bool:
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
        if ABBREVIATION_WORD.match(word) and word.isupper():
            continue  # a body's abbreviation in the phrase (`замовлення для ГО немає`)
        if not word.islower() or not word.replace("'", "").replace("’", "").isalpha():
            return False  # a capital or punctuation: the phrase ended without its verb
    return False


def clause_opens(words: list[str], index: int, *, subject: str = "") -> bool:
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
            after_preposition = bare_word(words[ahead - 1]).casefold() in PREPOSITIONS
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
    closing = quote_end(words, index + 1)
    if closing is None or words[closing][-1] in ",;:":
        return False
    verb = closing + 1
    if verb < len(words) and bare_word(words[verb]) == "не":
        verb += 1
    return (
        verb < len(words)
        and is_finite_verb_at(words, verb)
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
        governed = at > 0 and between[at - 1].casefold() in PREPOSITIONS
        if not (
            word == "не"
            or (word.islower() and (word in PREPOSITIONS or governed))  # `з безбар'єрності`
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


def village_named_after_its_word(words: list[str], index: int) -> bool:
    """`Мешканці села Городище возять …`, `Філія селища Рокині працює …`: after a village's
    word in the genitive, a capital whose verb after it cannot be its own is the village's
    name, whatever the dictionary reads in it. Not people (`… села Командир дружини`); nor a
    capital before another card or the cell's end, as a card often ends in `села`, `of the
    village` (`Сходи села Довіра`, `Свята села Вечорниці`)."""
    if bare_word(words[index - 1]) not in VILLAGE_GENITIVES:
        return False
    word = bare_word(words[index])
    if not (is_title_case(word) and is_cyrillic(word)) or morphology.is_person_noun(word):
        return False
    if morphology.is_oblique_only(word) or morphology.is_object_only(word):
        return False  # the next card's fronted object: `Розвиток села Коштів не вистачає`
    at = _verb_ahead(words, index)
    return at is not None and not morphology.can_be_subject_of(word, bare_word(words[at]))


def _verb_ahead(words: list[str], index: int, *, past_negations: bool = True) -> int | None:
    """Where the finite verb stands that lower-case Ukrainian or Russian words after `index`
    lead to within reach (`теж приходять`); None where a capital, another script, the
    reach's end or, unless `past_negations`, a negation comes first."""
    for at in range(index + 1, min(index + 1 + _CLAUSE_REACH, len(words))):
        bare = bare_word(words[at])
        if not (bare[:1].islower() and is_cyrillic(bare)):
            return None
        if not past_negations and bare in NEGATIONS:
            return None
        if morphology.is_finite_verb(bare):
            return at
    return None
