"""Segmentation rules: each turns one span of cell text into the spans of its items.

Every rule has the same shape, `rule(span) -> list[Span] | None`, and returns None when it
does not apply, so `segment_cell` can try them in order: explicit markers first (bullets,
numbering, semicolons), then sentence ends, then the run-on heuristics. Spans keep their
offset into the cell, so items keep their source column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import NamedTuple

from . import morphology


class Span(NamedTuple):
    """A piece of cell text and its offset in the cell (a tuple: made once per card)."""

    text: str
    start: int


Rule = Callable[[Span], "list[Span] | None"]

_TOKEN = re.compile(r"\S+")
_BULLET_CHARS = "-•*·▪●◦‣—–"
_ROUND_BULLETS = "•·▪●◦‣"
_LEADING_BULLET = re.compile(rf"^\s*([{_BULLET_CHARS}])\s+")
# A bullet and the space after it; one pattern per bullet, each starting with its literal
# character, which `re` finds by a fast scan (a look-behind first would be tried everywhere).
_BULLET_AT = {bullet: re.compile(rf"{re.escape(bullet)}\s+") for bullet in _BULLET_CHARS}
_INNER_BULLETS = {
    bullet: re.compile(rf" {bullet} (?=[«\"“(]?[A-ZА-ЯІЇЄҐ])") for bullet in ("-", "•")
}
_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,3})[.)]\s+(?=\S)")
# A whole run of end marks, and then, checked at its end, what must follow it: a sentence
# opening. Each run is matched once; with the opening as a look-ahead, a run that was not
# followed by one was tried again from each of its marks (quadratic on a long run of dots).
_SENTENCE_END = re.compile(r"[.!?…]+[)»”\"]?")
_SENTENCE_OPENING = re.compile(r"\s+[«\"“(]?[A-ZА-ЯІЇЄҐ0-9]")
_LOOK_BACK = 64
_CLAUSE_REACH = 3
"""How far after a fronted object its verb may stand (`Бібліотеку Тернополя модернізували`)."""
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_ENGLISH_AUXILIARIES = frozenset(
    """is are was were has have had does do did can cannot can't will won't shall should must
    may might could would doesn't don't didn't isn't aren't wasn't weren't hasn't haven't""".split()
)
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ous", "ics", "ness", "ies")
_ABBREVIATION_WORD = re.compile(r"^(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9-]{1,7}|[A-Z][A-Z0-9-]{1,7}s)$")
_PLURAL_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9-]{1,7}s$")  # `NGOs`, `CSOs`
_OPENERS = frozenset("([«“„")
_CLOSERS = frozenset(")]»”")
_BRACKET = re.compile(r"[(\[«“„)\]»”]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")

# Closed word classes: an item never ends in one, so a capitalised word after one of these
# continues the item (`у Києві`, `фонду та Програми`). Prepositions and conjunctions are a
# closed class; listing them is data, not guesswork.
FUNCTION_WORDS = frozenset(
    """
    в у з із зі зо на до від од для про при під над за через без між поміж по о об обо
    щодо серед біля коло після перед поза крім окрім попри завдяки задля згідно відповідно
    і й та а але проте зате однак чи або ані ні що щоб як якщо коли бо тому які який яка яке
    of in on at to for with by from into onto about between among via per and or nor but the
    a an as than that which who whose
    """.split()
)
# English words that open a noun phrase whose head comes later (`Few IT specialists`): a
# capitalised word after one continues the phrase, as after a function word. Kept apart from
# those, which themes drop: `few` and `no` change an idea.
_DETERMINERS = frozenset(
    """
    few many several some each every no these those this its their our your his her my
    another
    """.split()
)
# Ukrainian particles that stand before the word they limit (`лише Viber-чати`): a card
# never ends in one. (English `only` may end one: `for university only`.) Kept apart too:
# `лише` changes an idea.
_PARTICLES = frozenset("лише лиш тільки навіть".split())
_PHRASE_GOES_ON_AFTER = FUNCTION_WORDS | _DETERMINERS | _PARTICLES
# Words that can end a card (`… is not enough`, `We need more`) but, before an abbreviation,
# make it part of a noun phrase (`Not enough NGO volunteers`, `all CSOs`), not a subject.
_NOT_A_SUBJECT_AFTER = _PHRASE_GOES_ON_AFTER | frozenset(
    "not enough more most less fewer all any other much".split()
)

# English verbs that all but always take an object (`use Diia`, `join Plast`): a capital
# after one is that object, not a new card. Verbs that may end a card (`NGOs compete`,
# `Nobody helps`) are not here, nor forms that are as often nouns (`contacts`, `visits`) or
# that end a card in the passive (`Funds used`, `Proposals are ignored`).
_TAKE_AN_OBJECT = frozenset(
    """
    use uses join joins involve involves inform informs ignore ignores promote promotes
    attend attends install installs prefer prefers publish publishes
    """.split()
)

# English words that end the name of an institution or a service (`Lviv City Council`,
# `State Emergency Service`, `Red Cross`, `Google Forms`): a run of capitals after a name
# inside a phrase is still that name when it ends in one of these.
_NAME_HEADS = frozenset(
    """
    council councils administration service services agency fund foundation ministry office
    centre center committee union bank cross university hospital library museum cluster
    academy institute association coalition network police court parliament rada oblast
    region district hromada city department inspectorate forms maps docs drive programme
    program
    """.split()
)
_NAME_REACH = 3
"""How many capitals a name may run before and after a word, looking for its start (a
function word) and for the word that names the institution."""

# English nouns that stand before a plural abbreviation to qualify it (`partner CSOs`),
# and the endings of English adjectives (`local`, `civic`, `active`, `registered`).
_QUALIFYING_NOUNS = frozenset(
    """
    partner member youth women veteran community umbrella grassroots student sports
    education environment health village city district donor big small large young new old
    weak strong good poor rich main key major minor rural urban disability advocacy charity
    service volunteer leading existing emerging growing
    """.split()
)
_ADJECTIVE_ENDINGS = (
    "al",
    "ic",
    "ive",
    "ous",
    "ful",
    "less",
    "ed",
    "ent",
    "ant",
    "ish",
    "ian",
    "able",
    "ible",
)  # fmt: skip  (not `-ing`: `Lack of funding NGOs close down`)

# Abbreviations that a name follows (`с. Конюшки`, `вул. Франка`, `ім. Лесі Українки`).
_BEFORE_NAMES = frozenset("м с смт вул просп пл ім акад проф доц".split())
# Words for a settlement, after which a capitalised `-ська` is a town's name in the genitive
# (`міста Луцька`), which the dictionary takes for an adjective.
_SETTLEMENTS = frozenset("міста місто місті села село селі селища селище смт".split())
_TOWN_GENITIVES = ("ська", "цька", "зька")
# Words that stand before a count in its phrase (`Понад 5 ГО`, `у 3 школах`).
_BEFORE_COUNTS = (
    FUNCTION_WORDS
    | _PARTICLES
    | frozenset("понад близько майже приблизно ще більше менше більш менш щонайменше до".split())
)
_MONTHS = frozenset(
    """
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    """.split()
)

# Verbs of lacking, whose subject stands in the genitive (`Коштів не вистачає`).
_LACKING = frozenset(
    """
    вистачає вистачало вистачить вистачатиме бракує бракувало бракуватиме забракло немає
    нема
    """.split()
)
_VERBAL_NOUN_ENDINGS = ("ння", "ття")  # `Маркування`, `Розвиття`: they often open a card

# Abbreviations that end in a period without ending a sentence: a name or a number follows
# them (`м. Київ`, `ст. 5`, `ім. Лесі Українки`, `у 2025 р. Кабмін`). Units and `etc.` are not
# here: they close what they stand in, and a capital after them opens a sentence
# (`2,5 млн грн. Навчити працівників`).
_NON_FINAL_ABBREVIATIONS = frozenset(
    """
    м вул просп пл с смт обл р рр ст п пп напр див т д ім акад проф доц e g i mr mrs ms dr st
    no vs approx
    """.split()
)


def split_bullets(span: Span) -> list[Span] | None:
    """` - A - B` or `• A • B`: the bullet that opens the span separates its items, and so
    does a round bullet, which is never a dash (`- A • B • C`)."""
    opening = _LEADING_BULLET.match(span.text)
    if not opening:
        return None
    text = span.text
    bullets = {opening.group(1)} | {b for b in _ROUND_BULLETS if b in text}
    found = [m for bullet in bullets for m in _BULLET_AT[bullet].finditer(text)]
    if len(bullets) > 1:
        found.sort(key=lambda marker: marker.start())
    markers = [
        marker
        for marker in found
        if not marker.start() or text[marker.start() - 1].isspace()  # a bullet standing alone
    ]
    return _cut(span, [m.start() for m in markers], [m.end() for m in markers])


def split_inner_bullets(span: Span) -> list[Span] | None:
    """`A B - C - D`: a list whose first card lost its bullet. Two or more ` - ` (or ` • `)
    before a capital cut there; the first piece is left for the rules that follow (see
    `segment_cell`). One dash (`Рішення - план дій`) or an en dash inside a card stays."""
    text = span.text
    if " - " in text and text.count(" - ") >= 2:
        bullet = "-"
    elif " • " in text and text.count(" • ") >= 2:
        bullet = "•"
    else:
        return None  # the common case, told with `in` first
    cuts = [m for m in _INNER_BULLETS[bullet].finditer(text) if m.start() > 0]
    if _BRACKET.search(text):  # none inside quotes or brackets: `«Молодь - Громаді - Україні»`
        starts = {m.start() for m in cuts}
        outside = {at for at, depth in _depths(text) if depth == 0 and at in starts}
        cuts = [m for m in cuts if m.start() in outside]
    if len(cuts) < 2 or not text[: cuts[0].start()].strip():
        return None
    # Single words joined by dashes, and nothing else, are a group (`ОМС - ГО - Бізнес`);
    # a `•` is never a dash.
    pieces = [text[a.end() : b.start()] for a, b in pairwise(cuts)] + [text[cuts[-1].end() :]]
    if bullet == "-" and all(len(piece.split()) < 2 for piece in pieces):
        return None
    return _cut(span, [m.start() for m in cuts], [m.end() for m in cuts])


def split_numbered(span: Span) -> list[Span] | None:
    """`1. A 2. B 3. C`: consecutive numbers from the first one separate the items.

    Only an unbroken sequence counts, so `2% коштів` or `за 3 місяці` never split.
    """
    if not span.text.lstrip()[:1].isdigit():
        return None  # the first number must open the span
    matches = list(_NUMBER.finditer(span.text))
    if not matches or span.text[: matches[0].start()].strip():
        return None
    kept = [matches[0]]
    for match in matches[1:]:
        if int(match.group(1)) == int(kept[-1].group(1)) + 1:
            kept.append(match)
    return _cut(span, [m.start() for m in kept], [m.end() for m in kept])


def split_semicolons(span: Span) -> list[Span] | None:
    """`A; B; C`: semicolons outside brackets separate items."""
    if ";" not in span.text:
        return None
    cuts = [i for i, depth in _depths(span.text) if span.text[i] == ";" and depth == 0]
    if not cuts:
        return None
    return _cut(span, cuts, [i + 1 for i in cuts])


def split_sentences(span: Span) -> list[Span] | None:
    """`A. B. C.`: sentence ends separate items in cells written as sentences.

    A doubled period (`напр..приклад`), an ellipsis, an initial (`Т. Шевченка`) or a known
    abbreviation (`м. Київ`) does not end a sentence.
    """
    text = span.text
    if "." not in text and "!" not in text and "?" not in text and "…" not in text:
        return None  # the common case, told without the pattern
    ends_like_a_sentence = text.rstrip().endswith((".", "!", "?"))
    ends = _sentence_ends(text)
    if not ends and not ends_like_a_sentence:
        return None
    cuts = []
    for match in ends:
        if len(match.group().rstrip(')»”"')) > 1 or "…" in match.group():
            continue
        if not ends_like_a_sentence and match.group()[-1] in ')»”"':
            continue  # the quote's own mark (`«Ти як?» Підтримка`), in a cell of no sentences
        # Only the word before the period matters; a bounded look-back keeps this linear.
        window = text[max(0, match.start() - _LOOK_BACK) : match.start()].split()
        word = window[-1] if window else ""
        bare = word.strip('(«"“').rstrip(".")
        last = bare.rsplit(".", 1)[-1]
        folded = last.casefold()
        abbreviated = (len(last) == 1 and last.isalpha()) or folded in _NON_FINAL_ABBREVIATIONS
        # `м. Київ`, `Т. Шевченка` go on; in a cell of sentences, `2025 р. Подати заявку`
        # ends one (after `м.` a verb form is a town: `м. Сміла`).
        verb_after = (
            ends_like_a_sentence
            and last.islower()
            and folded not in _BEFORE_NAMES
            and _verb_opens(text, match.end())
        )
        if abbreviated and not verb_after:
            continue
        cuts.append(match.end())
    if cuts:
        return _cut(span, cuts, cuts)
    # Only abbreviations (`ім. Лесі Українки`): one sentence if it ends like one, otherwise
    # not sentences at all, and the run-on rules decide.
    return [span] if ends_like_a_sentence else None


def _verb_opens(text: str, end: int) -> bool:
    """Whether the word after `end` is a Ukrainian verb: a name or a noun follows an
    abbreviation inside a sentence (`у 2025 р. Кабмін`), a verb opens the next one."""
    following = text[end : end + _LOOK_BACK].split()
    word = _bare(following[0]) if following else ""
    if not word or not is_cyrillic(word):
        return False
    return morphology.is_infinitive(word) or morphology.is_finite_verb(word)


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """Each run of end marks that a sentence opening follows."""
    return [end for end in _SENTENCE_END.finditer(text) if _SENTENCE_OPENING.match(text, end.end())]


def split_run_on(span: Span) -> list[Span] | None:
    """Items written one after another with no separator: `Відвертість Чіткі правила гри`.

    A new item opens at a capitalised word, unless it follows a comma, colon, dash, opening
    bracket, a preposition, conjunction, determiner or particle, or goes on a name or phrase
    before it (`міста Ужгорода`, `до Дня Землі`, `Червоний Хрест`, `with Lviv City Council`,
    `use Diia`) and no verb makes it a clause's subject (`Асистентів не вистачає`); at an
    all-caps abbreviation that opens a clause: one followed by a finite verb (`… рада ОСББ
    ухвалює …`), possibly negated (`ОСББ не ухвалює`); and at a count that does
    (`5 ГО співпрацюють`). Nothing inside brackets or quotes splits. Each case is a rule
    below, `_opens_item` the place that asks them in turn.
    """
    text = span.text
    words = text.split()  # the same tokens as _TOKEN finds; their offsets only when cut there
    capitalised = [
        i for i, word in enumerate(words) if i and (word[0].isupper() or word[0].isdigit())
    ]
    if not capitalised:
        return None
    tokens = list(_TOKEN.finditer(text))
    if _BRACKET.search(text):
        capitalised = _outside_brackets(text, tokens, capitalised)
    latin_names = _LatinNames(text)
    starts = [tokens[i].start() for i in capitalised if _opens_item(words, i, latin_names)]
    if not starts:
        return None
    return _cut(span, starts, starts)


def _outside_brackets(text: str, tokens: list[re.Match[str]], indexes: list[int]) -> list[int]:
    """The token indexes not inside brackets or quotes; the depth before each token is carried
    forward from the brackets passed."""
    brackets = _BRACKET.finditer(text)
    pending = next(brackets, None)
    depth = 0
    kept = []
    for index in indexes:
        start = tokens[index].start()
        while pending is not None and pending.start() < start:
            depth = max(0, depth + (1 if pending.group() in _OPENERS else -1))
            pending = next(brackets, None)
        if depth == 0:
            kept.append(index)
    return kept


def _opens_item(words: list[str], index: int, latin_names: _LatinNames) -> bool:
    word = words[index]
    previous = words[index - 1]
    if previous[-1] in ",:;–—-+&/" and not _ends_in_its_own_plus(previous):
        return False
    before = _bare(previous).casefold()
    if before in _PHRASE_GOES_ON_AFTER and previous[-1] not in _CLOSERS:
        return False  # (a quote closed after one is done: `«Ти як?» Підтримка`)
    if word[0].isdigit():
        return _count_opens_clause(words, index)
    # A name after `с.`, `м.`, `вул.` (`в с. Конюшки`), not after metres (`500 м.`).
    if previous[-1] == "." and before in _BEFORE_NAMES and not _after_number(words, index - 1):
        return False
    if len(word) > 1 and (word[1].islower() or is_title_case(word)):  # (the common case first)
        if not ("\u0400" <= word[0] <= "\u04ff" or is_cyrillic(word)):
            if before in _TAKE_AN_OBJECT and not _used_as_noun(words, index - 1):
                return False
            return not (latin_names() or _continues_latin_name(words, index))
        if before in _SETTLEMENTS and _town_in_genitive(word):
            return False  # `міста Луцька`, `міста Івано-Франківська`: a town, not an adjective
        # (a lower-case first letter rules a first name out before any quote is stripped)
        if not previous[0].islower() and _surname_after_first_name(previous, word):
            return False
        bare = _bare(word)
        if morphology.is_oblique_only(bare):
            return _oblique_opens_clause(words, index)
        first = _bare(previous)  # a capital before it may start a name that it goes on
        if not (is_title_case(first) and is_cyrillic(first)):
            return True
        if morphology.is_modifier_only(first) and morphology.agrees_with(first, bare):
            return False  # `Червоний Хрест`, `Львівська Міська`: a modifier never ends a card
        return not _genitive_after_name(words, index)
    if _ABBREVIATION_WORD.match(word.rstrip(",.;:")) and word[-1].isalnum():
        if _is_count(previous):
            return False  # the clause opened at its count: `5 ГО співпрацюють`
        agreeing = is_title_case(previous) and is_cyrillic(previous)
        if agreeing and morphology.can_be_nominative_modifier(_bare(previous)):
            # The clause opened at the word agreeing with it: `Кожна ГО`, `Місцеві ГО`
            # (which can be a noun too: `Місцеві не вважають …`).
            return False
        if not is_cyrillic(word) and _is_finite_verb_at(words, index - 1):
            # The object of the verb before it (`LSG ignores CSO letters`): English verbs are
            # told by their form, so `appeals` could be one. The dictionary is sure of a
            # Ukrainian verb after it: `Рада мовчить ОМС не залучає ГО` opens a clause there.
            return False
        return _followed_by_finite_verb(words, index + 1)
    return False


def _used_as_noun(words: list[str], index: int) -> bool:
    """`Limited use`, `Effective use`: after an adjective, an object verb is a noun."""
    before = _bare(words[index - 1]).casefold() if index >= 1 else ""
    return before.endswith(_ADJECTIVE_ENDINGS) or before in _QUALIFYING_NOUNS


def _continues_latin_name(words: list[str], index: int) -> bool:
    """`with Lviv City Council`: a capital after a name that a function word opened, in a run
    of capitals that ends in a word naming an institution, is part of that name."""
    first = index - 1  # where the capitals before this word begin
    while first > 0 and index - first <= _NAME_REACH and is_title_case(_bare(words[first - 1])):
        first -= 1
    if not is_title_case(_bare(words[first])) or first == 0:
        return False
    if _bare(words[first - 1]).casefold() not in _PHRASE_GOES_ON_AFTER:
        return False
    for ahead in range(index, min(index + _NAME_REACH, len(words))):
        word = _bare(words[ahead])
        if not is_title_case(word) or is_cyrillic(word):
            return False
        if word.casefold() in _NAME_HEADS:
            return True
    return False


def _ends_in_its_own_plus(word: str) -> bool:
    """`Erasmus+`, `60+`: a plus that belongs to a word or number, not one that joins
    (`ГО + Влада`) or an abbreviation's (`ЛГБТ+ Спільноти`)."""
    stem = word[:-1]
    return word[-1] == "+" and stem.isalnum() and not stem.isupper()


def _count_opens_clause(words: list[str], index: int) -> bool:
    """`5 ГО співпрацюють`, `60% батьків не знають`: a count opens a card where it is the
    subject of a Ukrainian verb in the plural right after its noun (not `Навчання 20
    волонтерів триває`). A year (`Бюджет 2025`) or a date (`20 травня`) is no count, and
    after a preposition or `понад` a number is inside a phrase (`у 3 школах`)."""
    if not _is_count(words[index]) or _bare(words[index - 1]).casefold() in _BEFORE_COUNTS:
        return False
    if index + 2 >= len(words) or not is_cyrillic(words[index + 1]):
        return False
    if _bare(words[index + 1]).casefold() in _MONTHS:
        return False  # a date (`Форум 20 травня пройшов`)
    verb = index + 2
    if words[verb] in ("не", "ні") and verb + 1 < len(words):
        verb += 1
    return morphology.is_plural_finite_verb(_bare(words[verb]))  # the count's, not another's


def _is_count(word: str) -> bool:
    """`5`, `60%`; not a year (`2025`)."""
    number = word.rstrip("%")
    return number.isdigit() and not (len(number) == 4 and number[:2] in ("19", "20"))


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
    bare = _bare(word)
    return bare.endswith(_TOWN_GENITIVES) and morphology.is_common_noun_in_genitive(bare)


def _surname_after_first_name(previous: str, word: str) -> bool:
    """`Лесі Українки`: a first name in the genitive and a word that can follow it there."""
    first = _bare(previous)
    return (
        is_title_case(first)
        and is_cyrillic(first)
        and morphology.is_first_name_in_genitive(first)
        and morphology.has_genitive(_bare(word))
    )


def _genitive_after_name(words: list[str], index: int) -> bool:
    """`до Дня Землі`: a capital that may be a noun in the genitive (not an adjective, as
    `Зелені зони`), after a capitalised name in an oblique case that a preposition opened,
    is the rest of that name, unless a verb or an adjective follows (a clause opens: `з
    Полтави Громади не довіряють`, `з Полтавою Школи відкриті`) or it is a verbal noun with
    its object after it, as cards open (`до Хотина Маркування пам'яток`). The caller has
    seen the name's capital."""
    if index < 2 or not words[index - 1][-1].isalnum():
        return False
    if _bare(words[index - 2]).casefold() not in FUNCTION_WORDS:
        return False
    previous, word = _bare(words[index - 1]), _bare(words[index])
    following = _bare(words[index + 1]) if index + 1 < len(words) else ""
    if following[:1].islower() and is_cyrillic(following):
        if word.endswith(_VERBAL_NOUN_ENDINGS):
            return False  # a verbal noun and its object: `Маркування пам'яток`
        if morphology.can_be_nominative_modifier(following):
            return False  # a subject and what it is: `Школи відкриті`
    return (
        morphology.is_oblique_only(previous)
        and morphology.is_genitive_noun(word)
        and not _clause_opens(words, index)
    )


def _oblique_opens_clause(words: list[str], index: int) -> bool:
    """A capitalised word in an oblique case is a name inside a phrase (`міста Ужгорода`,
    `Бібліотеку Тернополя`), unless a clause opens with it: the object first, then its verb
    (`Воду беруть з колодязів`, `Бібліотеку Тернополя модернізували`)."""
    previous = _bare(words[index - 1])
    if _lack_follows(words, index) and morphology.is_plural_genitive_noun(_bare(words[index])):
        return True  # what is lacking: `Асистентів не вистачає` (not `бюджеті Львова бракує`)
    if (
        previous
        and previous[0].islower()
        and (
            morphology.governs_or_agrees(previous, _bare(words[index]))
            if is_cyrillic(previous)
            else morphology.has_genitive(_bare(words[index]))
        )
    ):
        return False  # in the phrase of the word before it (not after `працює окремо`)
    if is_title_case(previous) and is_cyrillic(previous) and morphology.is_oblique_only(previous):
        return False  # the second word of a name
    return _clause_opens(words, index)


def _lack_follows(words: list[str], index: int) -> bool:
    """Whether a verb of lacking comes next, whose subject is a genitive: `Асистентів не
    вистачає`, `Коштів бракує`."""
    ahead = index + 1
    if ahead < len(words) and words[ahead] in ("не", "ні"):
        ahead += 1
    return ahead < len(words) and _bare(words[ahead]).casefold() in _LACKING


def _clause_opens(words: list[str], index: int) -> bool:
    """Whether a finite verb follows the word at `index` within reach, past negations, words
    of a name and lower-case words (`Бібліотеку Тернополя модернізували`)."""
    for ahead in range(index + 1, min(index + 1 + _CLAUSE_REACH, len(words))):
        word = _bare(words[ahead])
        if not word or word in {"не", "ні"}:
            continue
        if word[0].islower() and is_cyrillic(word):
            if morphology.is_finite_verb(word):
                return True
            continue
        if not (is_title_case(word) and is_cyrillic(word) and morphology.is_oblique_only(word)):
            return False
    return False


def _followed_by_finite_verb(words: list[str], index: int) -> bool:
    """Whether a verb in a personal form comes next, possibly after a negation."""
    if index >= len(words):
        return False
    word = _bare(words[index])
    if word.casefold() in {"не", "ні", "not"} and index + 1 < len(words):
        word = _bare(words[index + 1])
    return _is_finite_verb_at(words, index, word)


def _is_finite_verb_at(words: list[str], index: int, word: str | None = None) -> bool:
    """Ukrainian: the dictionary says so. English, with no dictionary: an auxiliary, or an
    `-s` form right after an abbreviation that is not itself inside a phrase (`LSG funds`,
    not `for NGO initiatives`)."""
    if index < 0:
        return False
    word = word if word is not None else _bare(words[index])
    if not word or not word[0].islower():
        return False
    if is_cyrillic(word):
        return morphology.is_finite_verb(word)
    folded = word.casefold()
    if folded in _ENGLISH_AUXILIARIES:
        return True
    subject = _bare(words[index - 1]) if index >= 1 else ""
    before = _bare(words[index - 2]) if index >= 2 else ""
    if not _ABBREVIATION_WORD.match(subject) or before.casefold() in _NOT_A_SUBJECT_AFTER:
        return False
    if _PLURAL_ABBREVIATION.match(subject):
        # A plural takes the bare verb (`Rivalry CSOs organize`), which only its place
        # tells: an adjective before it, or a noun that usually qualifies one, makes it part
        # of a phrase (`local NGOs grant`, `partner CSOs help`); after another noun a clause
        # opens there (`Integration through culture IDPs feel at home`).
        in_phrase = before[:1].islower() and (
            before in _QUALIFYING_NOUNS or before.endswith(_ADJECTIVE_ENDINGS)
        )
        # A name that a preposition opened qualifies it too (`with Kyiv NGOs`).
        named = is_title_case(before) and index >= 3
        if named and _bare(words[index - 3]).casefold() in _PHRASE_GOES_ON_AFTER:
            in_phrase = True
        # (`-ly` makes an adverb, not the verb: `with frontline CSOs monthly`)
        return not in_phrase and folded not in _PHRASE_GOES_ON_AFTER and not folded.endswith("ly")
    return len(folded) >= 4 and folded.endswith("s") and not folded.endswith(_NOT_VERB_ENDINGS)


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


def mostly_cyrillic(text: str) -> bool:
    """Whether more of the letters of `text` are Cyrillic than Latin."""
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    return cyrillic > sum(map(len, _LATIN_RUN.findall(text)))


def is_title_case(word: str) -> bool:
    """A capital letter followed by a lower-case one: `Щедрі`, `Kind` (not `ГО`, not `1.`).
    A combining mark after the capital is part of it (`Й` and `Ї` in NFD text)."""
    if len(word) < 2 or not word[0].isupper():
        return False
    if word[1].islower():
        return True
    return len(word) > 2 and word[2].islower() and unicodedata.combining(word[1]) > 0


def is_cyrillic(word: str) -> bool:
    """Whether the word holds a Cyrillic letter."""
    return _CYRILLIC.search(word) is not None


def _bare(word: str) -> str:
    return word.strip("«»“”\"'()[],.;:!?…")


def _depths(text: str) -> Iterator[tuple[int, int]]:
    depth = 0
    for index, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        yield index, depth


def _cut(span: Span, starts: list[int], ends: list[int]) -> list[Span]:
    """Spans between cut points: `starts[i]` ends the previous piece, `ends[i]` opens the next."""
    text, offset = span
    pieces = []
    previous_end = 0
    for start, end in zip(starts, ends, strict=True):
        piece = text[previous_end:start]
        if piece and not piece.isspace():
            pieces.append(Span(piece, offset + previous_end))
        previous_end = end
    piece = text[previous_end:]
    if piece and not piece.isspace():
        pieces.append(Span(piece, offset + previous_end))
    return pieces
