"""Whether a line is the rest of the card above it rather than a card of its own: wrapped
at a page's width, broken off by hand, cut by a page break, or typed over two rows of a
table. Text predicates on the card, its last line and the line under it, leaning on the
dictionary's morphology; apart because they are the largest family of rules for one
question, each answered by words alone.
"""

from __future__ import annotations

from ..patterns import compiled_at_first_use
from ..readers.lines import list_item_text
from ..readers.wrapped_items import (
    an_abbreviation_alone,
    ends_in_an_office,
    ends_mid_phrase,
    reads_as_wrapped,
)
from ..segment import Segment, morphology, segment_cell
from ..segment.run_on import takes_a_name
from ..segment.sentences import split_sentences
from ..segment.spans import Span, bare_word, is_cyrillic, is_title_case
from ..segment.words import FUNCTION_WORDS, LACKING, LACKING_ADVERBS, MATTERS_WORDS, ON_MATTERS

_WIDTH_CUT_WORDS = 5  # a card's first line this long may have been cut by a page's width
CARD_ENDS = tuple('.;:!?…)»”"')
_SURNAME_ENDINGS = ("енко", "ко", "ук", "юк", "ник")  # a surname's, not a common word's
_GENITIVE_REST_WORDS = 2  # a short rest in the genitive: `… на оренду` / `житла`
# Words a date follows (`… до кінця` / `2025 року`), and the words its number comes before.
_BEFORE_A_DATE = frozenset("кінця початку середини протягом до від з із у в на після".split())
_DATE_WORDS = frozenset("року рік році числа місяця тижня".split())
_DAY_WORDS = frozenset("числа місяця тижня".split())  # (a year has four digits: `2025 року`)
_YEAR_DIGITS = 4
_HAVING_VERBS = frozenset("мати иметь".split())  # no subject follows them: they take an object
_JOINING_WORDS = frozenset("і й та або чи а and or".split())  # no card opens with one
# Verbs that open a card in lower case (`бракує лідерів`, `є спільний чат`, `немає коштів`).
# Modal words before an infinitive (`треба ухвалити`), and the conjunctions that open a
# clause a card goes on in (`… куди треба звертатися`).
_MODAL_WORDS = frozenset("можна треба потрібно необхідно варто слід надо нужно можно".split())
_SUBORDINATORS = frozenset("що щоб куди де як коли чому чтобы где когда".split())
_CARD_OPENING_VERBS = LACKING | frozenset("є існує існують есть имеется".split())
# A bracket that is the whole rest, or one that lower case goes on after.
_BRACKET_GOES_ON = compiled_at_first_use(r"\([^()]*\)(?:$|\s+[a-zа-яіїєґ])")
# A card of a dashed list: ` - Водії …`, ` — 2 рейси …`.
_DASHED = compiled_at_first_use(r"\s[-–—]\s+[A-ZА-ЯІЇЄҐ«\d]")


def typed_card_goes_on(above: str, cell: str) -> bool:
    """Whether the plain `cell` goes on the capitalised card of the plain cell `above` it:
    where that one ends mid-phrase (`Обмін експонатами з` / `Хмельницьким …`), or where it is a
    marked card and `cell` is indented under its text, in lower case (`- Програма …` / `  з
    окремим …`); not a row of cards in lower case (`бракує коштів`, `чати в Viber`)."""
    if "<" in above or "<" in cell or list_item_text(cell) is not None:
        return False
    marked = list_item_text(above.strip())
    text = (marked or above).strip()
    if not text[:1].isupper():
        return False
    if ends_mid_phrase(text):
        return True
    rest = cell.strip()
    return (
        marked is not None
        and cell[:1] == " "
        and rest[:1].islower()
        and not text.endswith(CARD_ENDS)
        and rest.split(None, 1)[0] not in _CARD_OPENING_VERBS
    )


def dashed_rest(
    card: str, raw: str, segments: list[Segment], *, explicit: bool, plain: bool, tags_kept: bool
) -> list[Segment]:
    """The rest of a card a page break cut, then more of its dashed list, whose dash went
    with the card (`… на пальне` / `та ремонт автобусів - Водії проходять …`): cut at its
    dashes when the rest goes on the card; otherwise the segments as they were."""
    if not _DASHED().search(raw):
        return segments
    marked = segment_cell(f"- {raw}", explicit=explicit, plain=plain, tags_kept=tags_kept)
    if len(marked) < 2 or not cut_by_a_break(card, marked[0].text):
        return segments
    return [part._replace(offset=max(0, part.offset - 2)) for part in marked]


def cut_by_a_break(card: str, rest: str) -> bool:
    """Whether `rest`, first after a page break, goes on `card`: it opens in lower case,
    perhaps inside a bracket that is all of it or that lower case goes on after (`(за
    потреби) Залучити …` opens a card), where the card above opened with a capital, as its
    writer's cards do (a writer who starts cards in lower case starts them so everywhere),
    and the card above ended in no question or exclamation (a final period is gone from it
    already); or the card above ended mid-phrase, whatever `rest` opens with (`Рейс до` /
    `Великої Глуші скасовано`)."""
    if ends_mid_phrase(card):
        return True
    if _lower_case_by_custom(rest):
        return False  # `е-петиції не працюють`, `iPhone`: a card of its own
    if rest.startswith("(") and not _BRACKET_GOES_ON().match(rest):
        return False  # a card the bracket opens: `(за потреби) Залучити волонтерів`
    opening = rest.lstrip("(")  # (a bracket goes on too: `… автобус` / `(співфінансування …)`)
    return opening[:1].islower() and card[:1].isupper() and not card.endswith(("?", "!", "…"))


def _lower_case_by_custom(text: str) -> bool:
    """A word written in lower case whatever it opens: `е-петиції`, `e-mail`, `eHealth`."""
    return len(text) > 2 and text[0].islower() and (text[1] == "-" or text[1].isupper())


def cut_at_width(line: str) -> bool:
    """A line long enough for a page's width to have cut it, where no sentence or card ends
    (`Переселенці залучені до життя громади, а не лише отримують`)."""
    return len(line.split()) >= _WIDTH_CUT_WORDS and not line.rstrip().endswith(CARD_ENDS)


def rest_cut_at_width(line: str, rest: str, *, first_line: bool) -> bool:
    """Whether the lower-case `rest` ends the card that `line`, cut at a page's width,
    began: the noun of the adjective it ended in (`… через особисті` / `контакти від
    сусідів`; after a card's later line, only an adjective no card ends in: `… від
    соціальних` / `служб`, not `… не налагоджена` / `недовіра`), one word that is no noun
    in the nominative (`… а не лише отримують` / `допомогу`), the object of an infinitive
    (`… писати` / `проєкти`, `… надати` / `домедичну допомогу`) or the one-word subject of
    the verb it ended in (`… найчастіше приходить` / `молодь`; not `… не приходять` /
    `бюрократія`), or an
    adjective in an oblique case that its last word governs (`… захисту` / `персональних
    даних`). Other lower-case lines are cards of their own (`ОМС не оприлюднює результати
    перевірок` / `закриті засідання`, `… відновлення` / `прозорість`)."""
    if not (cut_at_width(line) and reads_as_wrapped(rest)):
        return False
    words = rest.split()
    last, first = line.rsplit(None, 1)[-1], words[0].rstrip(",.;")
    if (
        (first_line or morphology.is_oblique_only(last))
        and not morphology.is_modifier_only(first)  # (`… і молоді` / `активні пенсіонери`)
        and morphology.agrees_with(last, first)
    ):
        return True
    if morphology.is_infinitive(last) and not any(
        morphology.is_finite_verb(bare_word(word)) for word in words
    ):
        return True  # its object: `… писати` / `проєкти`, `… надати` / `домедичну допомогу`
    if len(words) == 1:
        return (
            morphology.is_finite_verb(last) and morphology.can_be_subject_of(first, last)
        ) or not morphology.is_nominative_noun(first)
    return (
        morphology.is_modifier_only(first)
        and morphology.is_oblique_only(first)
        and morphology.governs_or_agrees(last, first)
    )  # `… захисту` / `персональних даних` (not `фахівців … не вистачає`, a card)


def rest_of_broken_line(card: str, line: str, rest: str) -> bool:
    """Whether the lower-case `rest` goes on the capitalised `card` whose last line is
    `line`, broken off by hand where no card opens (a surname the line's office or
    occupation takes is asked in any list: see `holder_named_on`):
    - at a joining conjunction (`… не довіряє ГО` / `і школі`) or a preposition (`…
      Ткачук` / `без попереднього запису`);
    - at the verb of a line that has none (`… особисто` / `відповідає на звернення`), but
      for one that opens a card (`бракує лідерів`, `є спільний чат`); or after a verb, at
      its object with no verb of its own (`… виснажують` / `дітей і вчителів`);
    - at words in an oblique case with no verb that the line's last word governs or agrees
      with (`… даних про стан` / `укриттів і шкіл`, `… у кожному` / `селі`), or at a word
      that is no noun in the nominative (`… приходять` / `щосуботи`).
    A card of its own in lower case opens in the nominative (`прозорість`) or holds its verb
    (`фахівців не вистачає`). Cards in a list of lower-case cards go on no rest here, nor do
    the cards an abbreviation opens among them."""
    opening = bare_word(card.split(None, 1)[0]) if card.strip() else ""
    if not (is_title_case(opening) or _an_abbreviation(opening)) or line.endswith(CARD_ENDS):
        return False  # (not in a list of lower-case cards: `довіра` / `прозорість`)
    words = rest.split()
    first = bare_word(words[0])
    last = bare_word(line.rsplit(None, 1)[-1])
    if _date_taken(first, words, last):
        return True  # a date the line's last words take: `… до кінця` / `2025 року`
    if not (is_cyrillic(first) and is_cyrillic(last)) or not reads_as_wrapped(rest):
        return False
    if _matters_field(line, first, last, words):
        return True  # the matters' field: `… радника з питань` / `інклюзії та безбар'єрності`
    if line.endswith(",") and (first not in _CARD_OPENING_VERBS or first in LACKING_ADVERBS):
        # No card ends in a comma: `Менше чуток,` / `більше живого спілкування` (but one
        # opens with a lack: `Відкритість влади,` / `бракує коштів`).
        return True
    verbs = [morphology.is_finite_verb(bare_word(word)) for word in words]
    if first in _JOINING_WORDS:
        return len(words) > 1
    if first in FUNCTION_WORDS or (
        len(words) > 1 and bare_word(words[1]) in FUNCTION_WORDS and _adverb_alone(first)
    ):
        # (Or an adverb and its preposition: `… раду ВПО` / `разом із ГО`. Not a card with
        # its verb or a predicate of its own: `на толоки приходять …`, `до кінця року треба
        # ухвалити …`, `у людей нема довіри`.)
        return len(words) > 1 and not any(verbs) and not _predicate_in(words)
    if (
        verbs[0]
        and not morphology.is_nominative_noun(first)
        and first not in _CARD_OPENING_VERBS
        and not last.isupper()  # (its subject, maybe: `… статус УБД` / `відмовляють`)
        and _verb_of_card(card, first, words)
    ):
        return True  # the verb of a subject with none: `… Гончаренко особисто` / `відповідає`
    if len(words) == 1 and not morphology.is_nominative_noun(first):
        return True
    if (
        morphology.is_finite_verb(last)
        and not morphology.is_nominative_noun(last)  # (`… має реальний вплив`)
        and not any(verbs)
        and (
            morphology.is_object_only(first)  # (not `… виїжджає` / `слабкий інтернет`)
            or _adverb_alone(first)  # (`… працюють` / `напряму з ОМС`)
        )
    ):
        return True
    return _governed_by_last(first, last, words, verbs)


def _date_taken(first: str, words: list[str], last: str) -> bool:
    """Whether the rest's `words` (the first bare: `first`) open with a date that the line's
    `last` word takes: `… до кінця` / `2025 року`."""
    return (
        first.isdecimal()
        and len(words) > 1
        and (len(first) == _YEAR_DIGITS or bare_word(words[1]).casefold() in _DAY_WORDS)
        and bare_word(words[1]).casefold() in _DATE_WORDS
        and last.casefold() in _BEFORE_A_DATE
        and not any(morphology.is_finite_verb(bare_word(word)) for word in words[1:])
    )


def _matters_field(line: str, first: str, last: str, words: list[str]) -> bool:
    """Whether the rest's `words` (the first bare: `first`) are the field of the matters the
    `line` ends in, with no verb: `… радника з питань` / `інклюзії та безбар'єрності`."""
    return (
        last.casefold() in MATTERS_WORDS
        and line.split()[-2:-1] != []
        and line.split()[-2].casefold() in ON_MATTERS
        and morphology.has_genitive(first)
        # (After `у справах`, not a card in the nominative: `ініціативи молоді …`.)
        and (last.casefold() == "питань" or not morphology.is_nominative_noun(first))
        and not any(morphology.is_finite_verb(bare_word(word)) for word in words)
    )


def _governed_by_last(first: str, last: str, words: list[str], verbs: list[bool]) -> bool:
    """Whether the rest's `words` (the first bare: `first`; which are finite verbs:
    `verbs`) are in an oblique case that the line's `last` word governs or agrees with: an
    adjective's noun, or, with no verb, the genitive it governs or another oblique case."""
    if (
        morphology.is_modifier_only(last)
        and morphology.is_oblique_only(last)
        and morphology.agrees_with(last, first)
    ):
        return True  # an adjective's noun: `… у кожному` / `селі`
    if (
        len(words) <= _GENITIVE_REST_WORDS
        and not any(verbs)
        and morphology.is_genitive_noun(first)
        and not morphology.may_be_singular_nominative(first)  # (a card: `ігнорування …`)
        and morphology.governs_or_agrees(last.casefold(), first)
    ):
        return True  # the genitive its last word governs: `… частиною` / `громади`
    return (
        morphology.is_oblique_only(first)
        and morphology.governs_or_agrees(last.casefold(), first)
        and not any(verbs)
    )


def _an_abbreviation(word: str) -> bool:
    """`ГО`, `ЦНАП`: a word in capitals, of two letters or more, that may open a card."""
    return len(word) > 1 and word.isupper() and morphology.may_be_abbreviation(word)


def may_go_on(line: str) -> bool:
    """Whether a lower-case line under `line` may be its rest rather than a card of a list
    in lower case: `line` ends mid-phrase or in a comma (`Менше чуток,` / `більше …`)."""
    return ends_mid_phrase(line) or line.endswith(",")


def _adverb_alone(word: str) -> bool:
    """Whether `word` may be an adverb and is no noun or modifier in the nominative, that a
    card could open with (`напряму`, `швидко`, `разом`; not `добре`)."""
    return (
        morphology.may_be_adverb(word)
        and not morphology.is_nominative_noun(word)
        and not morphology.can_be_nominative_modifier(word)
    )


def body_named_on(line: str, rest: str) -> bool:
    """`… з міською організацією` / `ТЧХУ`, `… з агенцією` / `УВКБ ООН`: a body's
    abbreviation alone under the word for it is the line's rest, in any list."""
    last = bare_word(line.rsplit(None, 1)[-1]) if line.strip() else ""
    return (
        last[:1].islower()
        and is_cyrillic(last)
        and an_abbreviation_alone(rest)
        and takes_a_name(last)
    )


def holder_named_on(card: str, line: str, rest: str) -> bool:
    """Whether the capitalised `rest` opens with the surname of the office or occupation the
    line ends in, broken off by hand (`Регулярні зустрічі з головною лікаркою` / `Олійник раз
    на квартал`): no card opens at a surname, so this holds in a list of lower-case cards
    too (see `rest_of_broken_line`)."""
    opening = card.split(None, 1)[0] if card.strip() else ""
    if not is_title_case(bare_word(opening)) or line.endswith(CARD_ENDS) or not line.strip():
        return False
    words = [bare_word(word) for word in rest.split()]
    first = words[0] if words else ""
    if (
        not morphology.is_oblique_only(first)
        and len(words) > 1
        and morphology.is_finite_verb(words[1])
    ):
        return False  # the holder's clause, a card of its own: `Мельник підтримує ініціативи`
    return (
        is_title_case(first)
        and is_cyrillic(first)
        and ends_in_an_office(line)
        and (
            morphology.is_surname_only(first)
            # (not a common word the dictionary knows as a surname too: `Мала активність`,
            # `Швидка допомога`, `Мороз`; but `Олійник`, `Бойко`)
            or (morphology.is_surname(first) and first.endswith(_SURNAME_ENDINGS))
        )
    )


def _predicate_in(words: list[str]) -> bool:
    """Whether `words` hold a predicate of their own with no finite verb: a verb of lacking
    (`нема довіри`), or a modal word and its infinitive (`треба ухвалити`, `можна
    отримати`); not inside a clause that a conjunction opens, which goes on the card (`про
    те, куди треба звертатися`, `щоб навчитися писати`)."""
    bare = [bare_word(word).casefold() for word in words]
    for at, word in enumerate(bare):
        if word in _SUBORDINATORS:
            return False
        if word in LACKING and word not in LACKING_ADVERBS:
            return True
        if (word in _MODAL_WORDS) and at + 1 < len(bare) and morphology.is_infinitive(bare[at + 1]):
            return True
    return False


def _verb_of_card(card: str, verb: str, rest: list[str]) -> bool:
    """Whether `verb`, opening the lower-case `rest`, is the verb of `card`: the card has
    none yet, its first noun can be the verb's subject, and no subject of the verb's own
    follows it (`Спільні тренінги` / `діє ветеранська рада` is two cards)."""
    card_words = [bare_word(word) for word in card.split()]
    if any(morphology.is_finite_verb(word) for word in card_words):
        return False
    subject = next(  # (past two modifiers: `Великі міжнародні організації` / `забирають …`)
        (word for word in card_words[:3] if morphology.is_nominative_noun(word)), ""
    )
    if not subject or not morphology.can_be_subject_of(subject, verb):
        return False
    following = [bare_word(word) for word in rest[1:3]]
    if following and following[0] in FUNCTION_WORDS:
        return True  # (a preposition's phrase: `відповідає на звернення`)
    if morphology.normal_form(verb) in _HAVING_VERBS:
        return True  # its object, whatever its case reads as: `… голові` / `має реальний вплив`
    return not any(
        morphology.is_nominative_noun(word) and morphology.can_be_subject_of(word, verb)
        for word in following
    )  # (`діє ветеранська рада`)


def unfinished_sentences(text: str) -> bool:
    """A paragraph of sentences whose last one goes on in the next line (`Пальне
    компенсують` / `із затримкою.`): sentence ends inside, none at its end."""
    if text.rstrip().endswith((".", "!", "?", "…")):
        return False
    sentences = split_sentences(Span(text, 0))
    return sentences is not None and len(sentences) > 1
