"""Sentence ends: a cell written as sentences holds one item per sentence.

A doubled period, an ellipsis, an initial or a known abbreviation (`м. Київ`) does not end
a sentence; a unit or `etc.` before a capital does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import morphology
from .spans import Span, bare_word, cut, is_cyrillic
from .words import (
    BEFORE_NAMES,
    BEFORE_NUMBERS,
    COUNTED_PEOPLE,
    FUNCTION_WORDS,
    NON_FINAL_ABBREVIATIONS,
    QUESTION_OPENERS,
)

# A whole run of end marks, and then, checked at its end, what must follow it: a sentence
# opening. Each run is matched once; with the opening as a look-ahead, a run that was not
# followed by one was tried again from each of its marks (quadratic on a long run of dots).
_SENTENCE_END = re.compile(r"[.!?…]+[)»”\"]?")
_SENTENCE_OPENING = re.compile(r"\s+[«\"“(]?[A-ZА-ЯІЇЄҐ0-9]")
_GLUED_OPENING = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]+")  # `.Створити`: a Ukrainian word opens
_BODY = r"^(?![ІХ]+$)[А-ЯІЇЄҐ]{2,}$"  # (not a Roman numeral typed in Cyrillic: `ІІ`)
_GLUED_WORD = 3  # letters of the word before a glued period (`зон.Створити`), not `м.`, `с.`
_LOOK_BACK = 64
_STREET_WINDOW = 3  # a word before the street's name, the name, and `St`
_DATE_WORDS = 4  # `До кінця 2025 р.` opens a sentence and ends none
_WORD = re.compile(r"\S+")
_AMOUNTS = frozenset("тис тыс млн млрд".split())  # shortened, so written with a period
# Words of thanks and need before the Russian pronoun `им` (`Спасибо им.`, `благодарны им.`).
_BEFORE_THEM = frozenset("спасибо благодарны благодарен благодарна рады нужно надо".split())


def split_sentences(span: Span) -> list[Span] | None:
    """`A. B. C.`: sentence ends separate items in cells written as sentences.

    A doubled period (`напр..приклад`), an ellipsis, an initial (`Т. Шевченка`), a known
    abbreviation (`м. Київ`) or a period inside quotes (`«Культура. Громада. Діалог»`) does
    not end a sentence.
    """
    text = span.text
    if "." not in text and "!" not in text and "?" not in text and "…" not in text:
        return None  # the common case, told without the pattern
    ends_like_a_sentence = text.rstrip().endswith((".", "!", "?"))
    ends = sentence_ends(text)
    if not ends and not ends_like_a_sentence:
        return None
    cuts: list[int] = []
    quoted, passed = 0, 0  # how many quotes are open, up to where (counted once, in order)
    # An open quote that never closes is a typo: it must not swallow the sentences after it.
    last_closed = max(text.rfind("»"), text.rfind("”"))
    for match in ends:
        quoted += _quotes_opened(text, passed, match.start())
        passed = match.start()
        if quoted > 0 and last_closed >= match.end():
            continue  # inside a name: `програму «Культура. Громада. Діалог»`
        if len(match.group().rstrip(')»”"')) > 1 or "…" in match.group():
            continue
        if not ends_like_a_sentence and match.group()[-1] in ')»”"':
            continue  # the quote's own mark (`«Ти як?» Підтримка`), in a cell of no sentences
        last = _word_before(text, match.start())
        # `м. Київ`, `Т. Шевченка` go on; in a cell of sentences, `2025 р. Подати заявку`
        # ends one (after `м.` a verb form is a town: `м. Сміла`).
        if _abbreviation(last) and not (
            (ends_like_a_sentence and _verb_after_abbreviation(text, match, last, cuts))
            or _ends_a_street(text, match.start(), last)
            or _pronoun_after_its_verb(text, match.start(), last)
        ):
            continue
        if _counts_people(text, match, last):
            continue
        if last.casefold() in BEFORE_NUMBERS and text[match.end() :].lstrip()[:1].isdigit():
            continue  # an address's number: `у буд. 14`, `каб. 214`
        cuts.append(match.end())
    if cuts:
        return cut(span, cuts, cuts)
    # Only abbreviations (`ім. Лесі Українки`): one sentence if it ends like one, otherwise
    # not sentences at all, and the run-on rules decide.
    return [span] if ends_like_a_sentence else None


def _verb_after_abbreviation(text: str, match: re.Match[str], last: str, cuts: list[int]) -> bool:
    """Whether the abbreviation `last` closed by `match`, in a cell of sentences cut at
    `cuts` so far, ends its sentence: one in lower case that opens no name (`р.`, not `м.`),
    after no fronted date, before a verb (`2025 р. Подати заявку`). Asked only of an
    abbreviation: most periods follow none."""
    return (
        last.islower()
        and last.casefold() not in BEFORE_NAMES
        and not _fronted_date(text[cuts[-1] if cuts else 0 : match.start()])
        and _verb_opens(text, match.end())
    )


def _quotes_opened(text: str, start: int, end: int) -> int:
    """How many more guillemets or curly quotes open than close in `text[start:end]`."""
    return (
        text.count("«", start, end)
        - text.count("»", start, end)
        + text.count("“", start, end)
        - text.count("”", start, end)
    )


def split_questions(span: Span) -> list[Span] | None:
    """`Недофінансування ІРЦ Хто контролює якість? Брак фахівців`: in a cell of no
    periods, a question or an exclamation is a card of a run-on cell. A question is cut from
    its question word (`Хто`, `Чи`, `Why`) to its `?`, and kept whole; the rest, and an
    exclamation or a question with no question word, is for the run-on rules. The caller
    tells a whole question by its opening word (see `opens_question`).

    None for a cell without them, or one written as sentences (it has periods): there a
    question is one more sentence.
    """
    text = span.text
    if "?" not in text and "!" not in text:
        return None
    closed = text.rstrip().rstrip(')»”"')
    if closed.endswith(".") and not _abbreviation(_word_before(closed, len(closed) - 1)):
        return None
    ends = sentence_ends(text)
    if any(_ends_with_period(text, match) for match in ends):
        return None
    # A mark that closes a quote is the quote's own (`«Ти як?» Підтримка`): no card ends there.
    stops = [match.end() for match in ends if match.group()[-1] in "?!"]
    if text.rstrip()[-1:] in "?!":
        stops.append(len(text.rstrip()))
    if not stops:
        return None
    bounds, start = [], 0
    for stop in stops:
        if text[stop - 1] == "?":
            bounds.append(_question_opening(text, start, stop))
        bounds.append(stop)
        start = stop
    return cut(span, bounds, bounds)


def opens_question(text: str) -> bool:
    """Whether `text` is a whole question: a question word, then words, then `?`."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return text.rstrip().endswith("?") and asks(first)


def _question_opening(text: str, start: int, stop: int) -> int:
    """Where the question that ends at `stop` opens: its first capitalised question word
    after `start` (`Хто`, `Чи`, `Why`, `Is`: `How Can We Reach Youth?`), or `start` when it
    has none. A later Ukrainian one right after a word in lower case opens it instead: the
    card before it is a saying of its own (`Хто голосує – той вирішує Чи знають …?`)."""
    opening: int | None = None
    previous = ""
    for word in _WORD.finditer(text, start, stop):
        found = word.group()
        if asks(found) and (
            opening is None
            or (
                is_cyrillic(found)
                and previous[:1].islower()
                and previous.casefold() not in FUNCTION_WORDS
                and text[word.start() - 1] == " "
                and text[word.start() - 2].isalnum()
            )
        ):
            opening = word.start()
        previous = found
    return start if opening is None else opening


def asks(word: str) -> bool:
    return word[:1].isupper() and word.casefold() in QUESTION_OPENERS


def _fronted_date(sentence: str) -> bool:
    """`До 2025 р.`, `До кінця 2025 р.`: a date a preposition opens, before the sentence's
    verb (`До 2025 р. Створити раду.`), ends no sentence."""
    words = sentence.split()
    return 0 < len(words) <= _DATE_WORDS and words[0].casefold() in FUNCTION_WORDS


def _word_before(text: str, end: int) -> str:
    """The word that a period at `end` closes, without the period (`вул`, `р`, `Т`); only
    that word matters, and a bounded look-back keeps this linear."""
    window = text[max(0, end - _LOOK_BACK) : end].split()
    bare = window[-1].strip('(«"“').rstrip(".") if window else ""
    return bare.rsplit(".", 1)[-1]


def _pronoun_after_its_verb(text: str, end: int, last: str) -> bool:
    """`Мы доверяем им. Волонтеры …`: Russian `им` after a verb, an infinitive, an adverb or
    a word of thanks is the pronoun (to them), which may end a sentence; `им.` after a noun
    is `имени` (`ДНУ им. Гончара`)."""
    if last != "им":
        return False
    window = text[max(0, end - _LOOK_BACK) : end].split()
    if len(window) < 2:
        return False
    before = window[-2].strip(",;:")
    return (
        before.casefold() in _BEFORE_THEM
        or morphology.is_finite_verb(before)
        or morphology.is_infinitive(before)
        or morphology.is_adverb(before)
    )


def _ends_a_street(text: str, end: int, last: str) -> bool:
    """`… on Shevchenko St. Invite …`: `St.` after a capitalised name inside a sentence is a
    street's, which ends a sentence before a capital (a saint's follows a small word, `the
    Church of St. Nicholas`, or a sentence's verb, `Restore St. Michael's church`, or
    comes before a possessive, `Lviv St. Andrew's Church`)."""
    if last != "St":
        return False
    window = text[max(0, end - _LOOK_BACK) : end].split()
    if len(window) < _STREET_WINDOW or window[-3][-1] in ".!?":
        return False  # the name opens the sentence: a verb (`Restore St. Michael's church`)
    name = window[-2]
    following = text[end + 1 :].split(None, 1)[0] if text[end + 1 :].strip() else ""
    if following.endswith(("'s", "’s")):
        return False  # a saint's: `Lviv St. Andrew's Church`
    return name[:1].isupper() and name.isalpha() and following[:1].isupper()


def _counts_people(text: str, match: re.Match[str], last: str) -> bool:
    """`2 тис. ВПО`, `200 тис. USD`: a thousand or a million after its count, before the
    people or the currency it counts (`COUNTED_PEOPLE`), is inside its sentence; before
    anything else it may close one (`Зібрали 5 тис. Громада підтримала`)."""
    if match.group() != "." or last.casefold() not in _AMOUNTS:
        return False
    before = text[max(0, match.start() - _LOOK_BACK) : match.start()].split()
    if len(before) < 2 or not before[-2][:1].isdigit():
        return False
    following = text[match.end() : match.end() + _LOOK_BACK].split(None, 1)
    return bool(following) and bare_word(following[0]) in COUNTED_PEOPLE


def _abbreviation(word: str) -> bool:
    """An initial (`Т`) or a known abbreviation (`вул`, `м`, `ім`) before a period; not the
    verb `є`, a sentence's last word (`… у кого що є. Двічі на рік …`)."""
    if word == "є":
        return False
    return (len(word) == 1 and word.isalpha()) or word.casefold() in NON_FINAL_ABBREVIATIONS


def _ends_with_period(text: str, match: re.Match[str]) -> bool:
    """A period that ends a sentence: not an ellipsis, nor one after an abbreviation."""
    if match.group().rstrip(')»”"') != ".":
        return False
    return not _abbreviation(_word_before(text, match.start()))


def _verb_opens(text: str, end: int) -> bool:
    """Whether the word after `end` is a Ukrainian verb, or an adverb before an infinitive
    (`2025 р. Щомісяця публікувати`): a name or a noun follows an abbreviation inside a
    sentence (`у 2025 р. Кабмін ухвалив`, `Русло р. Рось розчистити`), a verb opens the
    next one."""
    following = text[end : end + _LOOK_BACK].split()
    word = bare_word(following[0]) if following else ""
    if not word or not is_cyrillic(word):
        return False
    if morphology.is_infinitive(word) or morphology.is_finite_verb(word):
        return True
    second = bare_word(following[1]) if len(following) > 1 else ""
    return (
        morphology.is_adverb(word)  # (not a name: `р. Рось розчистити`, `р. Кабміну ухвалити`)
        and is_cyrillic(second)
        and second.islower()
        and morphology.is_infinitive(second)
    )


@lru_cache(maxsize=2)
def sentence_ends(text: str) -> tuple[re.Match[str], ...]:
    """Each run of end marks that a sentence opening follows. Remembered for the last cells:
    `split_questions` and then `split_sentences` ask of the same one."""
    return tuple(
        end
        for end in _SENTENCE_END.finditer(text)
        if _SENTENCE_OPENING.match(text, end.end()) or _glued_sentence(text, end)
    )


def _glued_sentence(text: str, end: re.Match[str]) -> bool:
    """`аудиту.Створити раду`, `зон.Створити`, `ГО.Включити`, `«… для всіх».Навчити`: a
    period typed with no space before a step's verb, after a word in lower case or a body's
    abbreviation, or a name's closing quote (not `Дія.Освіта`, a name; not `пров.Шкільний`,
    `заст.Голови`, an abbreviation before the name or noun it shortens)."""
    opening = _GLUED_OPENING.match(text, end.end())
    if end.group() != "." or not opening:
        return False
    before = text[max(0, end.start() - _LOOK_BACK) : end.start()].split()
    word = before[-1].rstrip('»”"') if before else ""  # (a name's closing quote is no letter)
    letters = word.replace("'", "").replace("’", "")  # (an apostrophe is: `безбар'єрності`)
    if not (
        letters.isalpha()
        and ((len(word) >= _GLUED_WORD and word.islower()) or re.match(_BODY, word))
    ):
        return False  # (a word in lower case, or a body's abbreviation: `коаліцією ГО.Включити`)
    return morphology.is_infinitive(opening.group())
