"""Segmentation: the text of one cell to its items.

Explicit markers win over heuristics: a cell whose markup or markers separate items is cut
only there. A cell with no markers is cut at sentence ends when it is written as sentences,
and otherwise by the run-on rules, whose cuts are reported as guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from . import morphology
from .language import cell_language
from .markers import (
    ROUND_BULLETS,
    split_bullets,
    split_inner_bullets,
    split_numbered,
    split_semicolon_list,
    split_semicolons,
)
from .markup import BOUNDARY, read_markup
from .run_on import split_run_on, split_steps, takes_a_name
from .sentences import opens_question, split_questions, split_sentences
from .spans import (
    OPENING_QUOTES,
    Rule,
    Span,
    bare_word,
    is_cyrillic,
    is_title_case,
    mostly_cyrillic,
)

EXPLICIT_RULES: tuple[Rule, ...] = (split_bullets, split_numbered, split_semicolons)
# Bullets after a first card that lost its own come after sentences: inside a sentence a
# ` - ` is a dash.
HEURISTIC_RULES: tuple[Rule, ...] = (
    split_questions,
    split_sentences,
    split_inner_bullets,
    split_run_on,
)
_CELL_RULES = EXPLICIT_RULES + HEURISTIC_RULES
_HEAD_RULES: tuple[Rule, ...] = (split_sentences, split_run_on)
_RUN_ON_ONLY: tuple[Rule, ...] = (split_run_on,)

# A part that the reader already separated, or a list line, is cut further only where it
# still opens with list markers (a Word paragraph holding ` - A - B`) or semicolons part a
# list of cards, each opening with a capital; the heuristics could cut a single card there.
# A part between `<br>` or `<li>` tags of a cell also splits at semicolons: writers mix the
# two separators in one cell (`A; B<br>C`).
_MARKERS_ONLY: tuple[Rule, ...] = (split_bullets, split_numbered)
_PARAGRAPH_RULES: tuple[Rule, ...] = (*_MARKERS_ONLY, split_semicolon_list)
_ITEM_TAG = re.compile(r"<(?:br|li)\b", re.IGNORECASE)
_LIST_ITEM_TAG = re.compile(r"<li\b", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"<p\b", re.IGNORECASE)
_RUN_ON_PART_WORDS = 6  # a Ukrainian part this long between `<br>` tags may hold several cards
_RUN_ON_PARAGRAPH_WORDS = 5  # and a paragraph this long among a cell's paragraphs (HTML)
# A "sentence" the run-on rules cut into this many cards is a run-on cell with a final period
# (fewer: a sentence that names bodies, `Invite Plast Scouts Red Cross … to the Forum.`).
_RUN_ON_SENTENCE_CARDS = 6
# Parts that one stray period cuts a run-on cell into, besides those its questions end (more
# only in a cell of no steps: `Хто платить? Як звітувати? Створити раду. Запросити …` is
# sentences).
_STRAY_PERIOD_PARTS = 3
_CARD_CAPITAL = re.compile(r"\s[«\"“(]?[A-ZА-ЯІЇЄҐ]")  # a word that may open a card
# A round bullet is a marker even when no space follows it (`•Толока`), and so is a hyphen
# or a dash before a letter (`-Толока`, `–Страх`); otherwise a hyphen, a star or a number
# needs one (`-5%`, `2020.` are the user's).
_LEADING_MARKER = re.compile(
    rf"^(?:[•·▪●◦○‣]\s*|[-–—](?=[^\W\d_]|[{OPENING_QUOTES}])|(?:[-*—–]|\d{{1,3}}[.)])\s+)"
)
_MARKER_START = frozenset("-•*·▪●◦○‣—–")  # or a digit, of any script, as `\d` matches


class Segment(NamedTuple):
    """One item: its clean text and offset in the raw cell text (a tuple: one per card).

    `run_on` says the cell had no markers and no sentences, so only heuristics could cut it;
    `guessed` says they did.
    """

    text: str
    offset: int
    guessed: bool = False
    run_on: bool = False


def segment_cell(
    raw: str, *, explicit: bool = False, plain: bool = False, tags_kept: bool = False
) -> list[Segment]:
    """Split the raw text of a cell into items.

    A cell whose markup separates items (`<br>`, `<li>`) is cut there and at explicit
    separators (bullets, numbering, semicolons); a long Ukrainian part between its tags may
    be cut by the heuristics too (see `_tagged_part`), unless the writer typed the tags to
    separate cards (`tags_kept`: a Markdown table, where each `<li>` is exactly one card). One
    whose parts a reader already separated (`plain` text: HTML, Word) or knows to be an item
    (`explicit`: a list line, a Word paragraph) splits only at bullets or numbering that open
    a part, and at semicolons that part a list of capitalised cards. Paragraphs (`<p>`) of a
    cell's markup group its text without marking every card, so each is cut like a cell. In
    `plain` text (see `Block.plain`) tags and entities are the user's characters. Its words
    are asked of the dictionary of its own language when its letters tell it (see
    `cell_language`).
    """
    spoken = morphology.language()
    own = cell_language(raw, spoken)
    if own != spoken:
        with morphology.speaking(own):
            return segment_cell(raw, explicit=explicit, plain=plain, tags_kept=tags_kept)
    text, origin = read_markup(raw, plain=plain)
    pieces = _lines(text)
    part: Callable[[Span], list[Segment]]
    if explicit:
        part = _marked_part
    elif tags_kept and _LIST_ITEM_TAG.search(raw):
        part = _listed_part
    elif plain and len(pieces) > 1:
        part = _paragraph_of_cards
    elif not plain and _ITEM_TAG.search(raw):
        part = _typed_part if tags_kept else _tagged_part
        if part is _tagged_part and _PARAGRAPH_TAG.search(raw) and not _LIST_ITEM_TAG.search(raw):
            part = _paragraph_part
    else:
        part = _cell_part
    segments = [segment for piece in pieces for segment in part(piece)]
    if origin is not None:  # markup was taken out: offsets back into the raw text
        segments = [Segment(t, origin(at), guessed, run_on) for t, at, guessed, run_on in segments]
    return segments


def _marked_part(piece: Span) -> list[Segment]:
    """A part known to be one card's (a list line, a paragraph a reader separated): one
    card, unless list markers still open cards inside it or semicolons part a list of them
    (`Черги в ЦНАП; Формальні консультації`)."""
    return _segments(piece, _PARAGRAPH_RULES)


def _listed_part(piece: Span) -> list[Segment]:
    """An `<li>` a Markdown table's writer typed: exactly one card, semicolons and all,
    unless list markers still open cards inside it."""
    return _segments(piece, _MARKERS_ONLY)


def _paragraph_of_cards(piece: Span) -> list[Segment]:
    """A paragraph among a cell's paragraphs that a reader already separated (HTML): one
    card, unless markers open cards inside it or semicolons part a list of them, or it runs
    cards together as a tab table's paragraph does (`Спільні акції Дублювання досліджень ГО
    не публікують …`): a Ukrainian one of five words or more, cut by the heuristics before
    a capitalised word, its first piece more than a word. A short or English one is a name
    as often (`Фонд Повернись Живим допомагає`, `Joint projects Lviv Youth Council`); cuts
    only before abbreviations or lower case show no run (`Активні голови ОСББ тягнуть …`,
    `Бюджет є; мешканці не голосують`)."""
    segments = _segments(piece, _PARAGRAPH_RULES)
    text = piece.text
    if len(segments) > 1 or len(text.split()) < _RUN_ON_PARAGRAPH_WORDS:
        return segments
    if not mostly_cyrillic(text):
        return segments
    cut = _paragraph_part(piece)
    if " " not in cut[0].text:
        return segments  # a word alone first: a name's head (`Фонд | Повернись …`)
    if len(cut) == 2 and takes_a_name(cut[0].text.rsplit(None, 1)[-1]):
        return segments  # one cut, after a noun a name follows: `Молодіжний центр Хаб …`
    if any(is_title_case(segment.text.split(None, 1)[0]) for segment in cut[1:]):
        return cut
    return segments


def _typed_part(piece: Span) -> list[Segment]:
    """A part between tags that its writer typed to separate cards: its explicit separators
    cut it further (`A; B<br>C`), never the heuristics."""
    return _segments(piece, EXPLICIT_RULES)


def _cell_part(piece: Span) -> list[Segment]:
    return _segments(piece, _CELL_RULES)


def _tagged_part(piece: Span) -> list[Segment]:
    """A part between `<br>` or `<li>` tags of an HTML fragment. A long Ukrainian one may
    still be run-on, its writer having lost the tags inside it (`Фінансування лише на
    зарплати Застарілі приміщення Бюрократія`), and the dictionary-backed heuristics cut it.
    Not a short or an English one, whose names they would cut (`Fast Wi-Fi in every
    library`), nor one whose first piece would be a word alone (`Програма Ветеранський
    простір працює`): such a part is one card."""
    text = piece.text
    if len(text.split()) < _RUN_ON_PART_WORDS or not mostly_cyrillic(text):
        return _typed_part(piece)
    segments = _cell_part(piece)
    if len(segments) > 1 and " " not in segments[0].text:
        return _typed_part(piece)
    return segments


def _paragraph_part(piece: Span) -> list[Segment]:
    """A part between `<br>` tags inside a cell's paragraphs (`<p>Діалог Довіра Пандуси за
    стандартами ДБН<br>Низькопідлогові автобуси …</p>`): paragraphs group cards without
    marking each (see `segment_cell`), and a line break inside one parts two such groups,
    each cut like a cell, short or English too. A cut after a word that takes a name is
    refused, the heuristics' likeliest slip there (`Програма | Зелений двір працює`,
    `Співпраця з фондом | Повернись живим`), where what follows reads as no card's opening
    noun (not `Звітність | Безбар'єрний маршрут`, `з бібліотекою | Прозорість бюджету`)."""
    segments = _cell_part(piece)
    first = segments[0].text if segments else ""
    if len(segments) == 2 and " " not in first and takes_a_name(first):
        return _typed_part(piece)  # `Програма | Зелений двір працює`
    merged: list[Segment] = []
    for segment in segments:
        first = segment.text.split(None, 1)[0]
        name = not is_cyrillic(first) or not morphology.is_nominative_noun(first.casefold())
        if merged and name and _names_after(merged[-1].text.rsplit(None, 1)[-1]):
            # A name after its noun: `з фондом Повернись живим` (and the other cuts stand).
            merged[-1] = merged[-1]._replace(text=f"{merged[-1].text} {segment.text}")
        else:
            merged.append(segment)
    return merged


def _names_after(word: str) -> bool:
    """Whether a name may follow `word` as its own: a noun that takes one, in the singular
    and in a case a phrase puts it in (`з фондом`, `у проєкті`; not a card's own head, `Денний
    центр | Прозорість`, nor `в школах | Доступні кав'ярні`)."""
    return (
        takes_a_name(word)
        and morphology.is_oblique_only(word)
        and not morphology.is_plural_only(word)
    )


def clean_item(text: str) -> str:
    """Item text as the gold files keep it: whitespace collapsed, list marker and one trailing
    period or semicolon removed. The words themselves are never changed."""
    text = " ".join(text.split())
    if text[:1] in _MARKER_START or text[:1].isdecimal():
        text = _LEADING_MARKER.sub("", text, count=1)
    if text[-1:] in ROUND_BULLETS and text[-2:-1] == " ":
        text = text[:-1].rstrip()  # `Безпечні двори •`: the bullet of a card that did not come
    if text.endswith((".", ";")) and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


def _lines(masked: str) -> list[Span]:
    spans = []
    offset = 0
    for line in masked.split(BOUNDARY):
        if line.strip():
            spans.append(Span(line, offset))
        offset += len(line) + 1
    return spans


def _segments(piece: Span, rules: tuple[Rule, ...]) -> list[Segment]:
    for rule in rules:
        parts = rule(piece)
        if parts is None:
            continue
        if rule is split_inner_bullets:  # the first card has no bullet: the heuristics cut it
            return _segments(parts[0], _HEAD_RULES) + _cleaned(
                parts[1:], guessed=False, run_on=False
            )
        if rule is split_questions:  # each question is a card; the run-on rules cut the rest
            return [
                segment._replace(guessed=segment.guessed or len(parts) > 1)
                for part in parts
                for segment in (
                    _cleaned([part], guessed=False, run_on=False)
                    if opens_question(part.text)
                    else _segments(part, _RUN_ON_ONLY)
                )
            ]
        if rule is split_semicolons and split_run_on in rules and len(parts) <= 3:
            # A stray semicolon (`… Тиск перед звітністю; Хто рахує …? Навчання …`).
            cards = _if_run_on(parts, HEURISTIC_RULES)
            if cards is not None:
                return cards
        if rule is split_semicolons and split_run_on in rules:
            cards = _semicolons_among_run_on(parts)
            if cards is not None:
                return cards
        if (
            rule is split_semicolons
            and split_sentences in rules
            and piece.text.rstrip().endswith(".")
        ):
            # Sentences, one of which ended in a semicolon (`… медіа; Запустити групу.`):
            # the others still end at their periods.
            parts = [sentence for part in parts for sentence in split_sentences(part) or [part]]
        if rule is split_sentences:
            if (
                len(parts) == 1
                and split_run_on in rules
                # (Asked cheaply first: a card opens at each capital.)
                and len(_CARD_CAPITAL.findall(parts[0].text)) >= _RUN_ON_SENTENCE_CARDS - 1
            ):
                # One period, at the end of a run-on cell (`Formal hearings Tariffs grow …
                # Old pipes.`): many cards, not one sentence.
                cards = _segments(parts[0], _RUN_ON_ONLY)
                if len(cards) >= _RUN_ON_SENTENCE_CARDS:
                    return cards
            periods = sum(part.text.rstrip().rstrip(')»”"').endswith(".") for part in parts)
            questions = sum(part.text.rstrip().endswith("?") for part in parts)
            if (
                2 <= len(parts) <= _STRAY_PERIOD_PARTS + questions
                and periods <= 1
                and not piece.text.rstrip().endswith("!")
                and (len(parts) <= _STRAY_PERIOD_PARTS or not any(map(_is_step, parts)))
            ):
                # One stray period (`Притулок переповнений. Фінансування лише 35% потреб ОМС
                # не має …`), perhaps beside questions or at the cell's end, not sentences
                # (two periods or more: `Створити раду. Провести аудит.`).
                cards = _if_run_on(parts, _RUN_ON_ONLY)
                if cards is not None:
                    return cards
            # A step may have lost its full stop before the next.
            steps = [split_steps(part) or [part] for part in parts]
            cut_at_steps = any(len(cut) > 1 for cut in steps)  # a guess, and said as one
            parts = [step for cut in steps for step in cut]
            return _cleaned(parts, guessed=cut_at_steps, run_on=False)
        if rule in _MARKERS_ONLY and (split_semicolons in rules or split_semicolon_list in rules):
            # A marked card may still list cards with semicolons, as a list line does
            # (`• Intergenerational clubs; Volunteer drivers` between a cell's `<br>` tags).
            parts = [card for part in parts for card in split_semicolon_list(part) or [part]]
        run_on = rule is split_run_on
        return _cleaned(parts, guessed=run_on and len(parts) > 1, run_on=run_on)
    return _cleaned([piece], guessed=False, run_on=split_run_on in rules)


def _is_step(part: Span) -> bool:
    """Whether `part` is a step's sentence: it opens with an infinitive (`Створити раду.`)."""
    first = part.text.split(None, 1)[0] if part.text.strip() else ""
    return morphology.is_infinitive(bare_word(first))


def _semicolons_among_run_on(parts: list[Span]) -> list[Segment] | None:
    """The cards of a Ukrainian cell whose writer ended some cards with `;` and ran the
    others together (`Довіра Фінансова грамотність; Участь у слуханнях Голосування онлайн;`):
    two parts or more, and a third of them at least, hold run-on cards. None otherwise."""
    if not mostly_cyrillic(" ".join(part.text for part in parts)):
        return None
    segmented = [_segments(part, _RUN_ON_ONLY) for part in parts]
    several = sum(len(segments) > 1 for segments in segmented)
    if several < 2 or several * 3 < len(parts):
        return None
    return [segment for segments in segmented for segment in segments]


def _if_run_on(parts: list[Span], rules: tuple[Rule, ...]) -> list[Segment] | None:
    """The cards of `parts` cut by `rules`, when one part holds three or more: a run-on cell
    that a stray separator cut, not a short list or two sentences; None otherwise."""
    segmented = [_segments(part, rules) for part in parts]
    if not any(len(segments) > 2 for segments in segmented):
        return None
    return [segment for segments in segmented for segment in segments]


def _cleaned(parts: list[Span], *, guessed: bool, run_on: bool) -> list[Segment]:
    """The items of `parts`, each at the offset of its first character (one loop: this runs
    once per card)."""
    segments = []
    for text, start in parts:
        clean = clean_item(text)
        if clean:
            # The tuple made directly, as `Segment(…)` does through a Python-level `__new__`
            # (its defaults are not needed: every field is given): ~0.1 us a card.
            offset = start + len(text) - len(text.lstrip())
            segments.append(tuple.__new__(Segment, (clean, offset, guessed, run_on)))
    return segments
