"""Joining list items that a line break cut: wrapped lines and items broken by hand.

A prose line under a list item may be the item's rest: a line an editor wrapped (indented, or
in lower case), the rest of a phrase cut by hand (`… programme for` / `2025–2027.`), also past
a page break and its running line (see `page_marks`). The rules here say which, and
`join_wrapped_items` puts each item together from its lines; a step's detail under it
(`Термін – квітень 2025`) is marked for the assembler instead. The assembler asks some of
these rules too (`goes_on_in`, `ends_mid_phrase`, `reads_as_wrapped`, …) of the cells and
lines it reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..blocks import DETAIL, Block, BlockKind
from ..patterns import compiled_at_first_use
from ..segment import morphology
from ..segment.language import cell_language
from ..segment.run_on import may_be_surname, opens_a_card_after, place_name, takes_a_name
from ..segment.run_on.common import PREPOSITIONS
from ..segment.spans import OPENING_QUOTES
from ..segment.words import (
    AND_WORDS,
    APPROXIMATORS,
    BEFORE_NAMES,
    BEFORE_VERBS,
    FUNCTION_WORDS,
    HONORIFICS,
    LACKING,
    LATIN_FIRST_NAMES,
    LOWER_NAME_HEADS,
    MONTHS,
    NEVER_LAST,
    OFFICES,
    PARTS_OF_A_YEAR,
    QUESTION_OPENERS,
    RELATIVE_PRONOUNS,
    STREET_FORMS,
    VILLAGES,
)
from ..vocabulary import vocabulary_in_use
from .page_marks import PAGE_NUMBER, mark_page_numbers, running_lines

_YEAR = compiled_at_first_use(r"(?:19|20)\d\d\b")  # `2024 року`
_CLOSING_QUOTE = r"[»”\"]"
_RELATIVE_WORDS_AFTER_A_NAME = RELATIVE_PRONOUNS | {"що", "де"}  # `…», яке не має …`
_NOR = frozenset("ні ані ни".split())  # `… ні ГО ветеранів, ні` / `влада`
_ITEM_STOPS = tuple(".;:!?")  # what an item that is whole ends in
_DASHED_LABEL = compiled_at_first_use(
    r"^[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+\s[–—-]\s"
)  # a detail's: `Термін – …`
# A step's detail under it: its label, a dash or a colon, and what it says (`Термін – квітень
# 2025`, `Responsible: Youth Council`).
_DETAIL = re.compile(r"^(?P<label>[^\W\d_][\w'’]*)\s*(?:[–—-]|:)\s+\S")
# A signature's role after the name (`Olena Koval, facilitator.`), which is no card's rest.
_SIGNED_ROLE = compiled_at_first_use(
    r"[,(]\s*(?:[\w'’-]+\s+){0,2}(?:facilitator|moderator|rapporteur|note[- ]?taker|secretary"
    r"|фасилітатор|модератор|ведуч|секретар|доповідач)",
    re.IGNORECASE,
)
_ARTICLES = frozenset("the a an".split())
_LACK_WORDS = LACKING | frozenset("нет нету".split())
_PLACE_WORDS = STREET_FORMS | VILLAGES  # a name follows them: `вулиці Швабській`, `селі Ждани`
_RUSSIAN_NEVER_LAST = frozenset(
    "с со к ко из от для без по при между около и или среди возле под над вместо кроме".split()
)  # (`… без согласования с` / `ГО «Равные возможности»`)
_ENGLISH_NEVER_LAST = frozenset(
    "the a an and or every each our their its".split()
)  # (not `with`: `Nobody to work with`)
# English words a card rarely ends in, whose phrase a name on the next line may go on
# (`… agreed with` / `City Council departments`, `… study in` / `Kyiv and Lviv`); a card
# may end in one (`Nobody to work with`), so they never take in a label.
_ENGLISH_PHRASE_OPENERS = frozenset("for from of at in on as and with to by".split())
_ENGLISH_OPEN_ENDS = frozenset("with in to for from by at on about into of".split())
_ASKING_LABELS = frozenset("хто коли кто когда who when".split())  # details with a colon only
_DETAIL_LABELS = frozenset(
    """
    термін терміни строк строки срок сроки дедлайн відповідальні відповідальний
    відповідальна ответственные ответственный ответственная виконавці виконавець
    исполнители исполнитель deadline deadlines due timeline timeframe responsible
    owner owners lead
    """.split()
)
_NOTE_LABEL_WORDS = 2  # a note's label (`Коментар модератора:`) within its first words
_ITEM_LOOKBACK = 4  # `_item_before` looks at the 3 blocks before an item (lines it took in)
_OFFICE_REACH = 5  # an office and the words of its body: `начальником відділу культури і туризму`
_ABBREVIATION_LETTERS = 6  # `ЦНАП`, `ДСНС`, `ОСББ`: an abbreviation, not a heading's word
_ABBREVIATIONS_ALONE = 2  # `УВКБ ООН`


def join_wrapped_items(blocks: Iterable[Block]) -> list[Block]:
    """Page numbers marked first (`page_marks.mark_page_numbers`: a wrapped item goes on past
    them), a prose line right under a list item continues that item (a wrapped line) when it is
    indented, or opens with a lower-case letter, or the item ends mid-phrase (`… programme
    for` / `2025–2027.`, see `ends_mid_phrase`), and is no label or question (`з владою:`,
    `що характеризує …?` are lines of their own). After a page break, when only blank lines
    and a page number stand between them, a lower-case line does too (`у Києві` /
    `Сторінка 2 з 3` / `та Львові`), as does the rest of an item that ends mid-phrase
    (`Заявки до` / `Сторінка 1 з 3` / `Українського культурного фонду`); the page number
    stays where it was.

    A running header or footer by the page number, a line that stands so by two page
    numbers or more, may stand between them too (`Швидке оповіщення через` / `Сторінка 2 з
    4` / `Звіт ГО …` / `місцеве радіо`); it stays where it was.

    The item's text is put together once, from all its lines: rebuilt at every line, an item
    wrapped over many lines took quadratic time."""
    blocks = mark_page_numbers(list(blocks))
    running = running_lines(blocks)
    out: list[Block] = []
    wrapped: list[str] = []  # the lines of the item out[owner] while it goes on
    owner = last = -1  # the item being wrapped; the last block of out that holds text
    paged = False  # a page number stands after out[last]
    in_detail = False  # out[last] is a step's detail (see `_detail_of_step`)
    axis: str | None = None  # the axis the last label named (see `_a_label_between_lists`)
    for at, block in enumerate(blocks):
        if block.kind in (BlockKind.BLANK, BlockKind.NOISE):
            paged = paged or block.marker == PAGE_NUMBER
            out.append(block)
            continue
        if at in running:
            out.append(block)  # (and the item above may go on after it and its page number)
            continue
        right_under = last >= 0 and last == len(out) - 1
        target = last if right_under or paged else -1
        if in_detail and right_under and _rest_of_detail(block):
            # The detail's wrapped rest (`Відповідальні – …, рада` / `ВПО.`).
            out[last] = replace(out[last], text=f"{out[last].text} {block.text}")
            continue
        in_detail = False
        if right_under and _opens_a_detail(out[target], block):
            _flush(out, owner, wrapped)
            owner, wrapped = -1, []
            out.append(replace(block, marker=DETAIL))  # (a sub-item stays an item)
            last, paged, in_detail = len(out) - 1, False, True
            continue
        following = blocks[at + 1] if at + 1 < len(blocks) else None
        taken = wrapped if owner == target else []  # (out[target]'s lines, if it took any in)
        if target >= 0 and _goes_on(
            out, target, taken, block, following, axis, right_under=right_under, paged=paged
        ):
            if owner != target:
                _flush(out, owner, wrapped)
                owner, wrapped = target, [out[target].text]
            wrapped.append(block.text)
            continue
        _flush(out, owner, wrapped)
        owner, wrapped = -1, []
        out.append(block)
        last, paged = len(out) - 1, False
        if block.kind is not BlockKind.ITEM:
            axis = _axis_labelled(block.text) or axis
    _flush(out, owner, wrapped)
    return out


_LABEL_LENGTH = 60  # characters: a label's line is no longer (with a first card beside it)


def _axis_labelled(text: str) -> str | None:
    """The axis a line labels (`Влада:`, `з громадою`, `громада: мешканці знають …`), or
    None."""
    if len(text) > _LABEL_LENGTH:
        return None
    return vocabulary_in_use().match_axis(text.split(":", 1)[0].strip(" -–—"))


def _opens_a_detail(item: Block, line: Block) -> bool:
    """Whether `line`, right under `item`, is a step's detail (`Термін – квітень 2025`): a
    line of its own, marked, which the assembler gives to the step above in a stage of
    steps; the step's next detail under it is one too."""
    return (
        (
            line.kind is BlockKind.TEXT
            or _sub_item(item, line)
            or (item.marker == DETAIL and line.column == item.column)
        )
        and is_step_detail(line.text)
        and (_detail_of_step(item, line) or item.marker == DETAIL)
    )


def _goes_on(
    out: list[Block],
    target: int,
    taken: list[str],
    line: Block,
    following: Block | None,
    axis: str | None,
    *,
    right_under: bool,
    paged: bool,
) -> bool:
    """Whether the unmarked `line` goes on the list item `out[target]` (right above it, or
    before a page break), whose lines so far are `taken` (none if it took none in), under a
    label of `axis` (None before any): not a label of another axis; by how
    the line reads (`_reads_as_rest`), or by its place in the list (`_rest_in_its_list`,
    the line `following` it and the item before the target asked too)."""
    item = out[target]
    if item.kind is not BlockKind.ITEM or line.kind is not BlockKind.TEXT:
        return False
    if _marked_label(item):
        return False  # (`• З владою:` over its cards)
    if _a_label_between_lists(item, taken, line, following, axis):
        return False
    return _reads_as_rest(item, taken, line, right_under=right_under) or (
        (right_under or paged)
        and _rest_in_its_list(
            item,
            _last_line(item, taken),
            line,
            following,
            _item_before(out, target),
            right_under=right_under,
        )
    )


def _a_label_between_lists(
    item: Block, taken: list[str], line: Block, following: Block | None, axis: str | None
) -> bool:
    """`- немає туалетів на маршрутах` / `громада` / `- туристів мало …`: an axis's label
    typed in lower case, with no colon or with its first card beside it (`громада: мешканці
    знають …`), between an item that ends whole and the first item of the next list right
    under it, is a line of its own, not the item's rest: one of the axis's names word for
    word (not `громади`, `з ГО та батьками`, the rest of a card), of another axis than the
    list's (`axis`, the last label's), in lower case and not indented, which no word of the
    item's last line takes on: not after a verb, whose subject often follows it (`… які
    справді обирає` / `громада`), unless a stop ended the item."""
    if following is None or following.kind is not BlockKind.ITEM:
        return False
    last = _last_line(item, taken)
    text = line.text
    label = text.split(":", 1)[0]
    vocabulary = vocabulary_in_use()
    if not (
        following.line == line.line + 1
        and line.column == 1  # (an indented line is the rest: `– Ремонт …` / `  з ГО;`)
        and text[:1].islower()
        and vocabulary.names_axis_word_for_word(label)
        # (not the axis the list is under: `влада:` / `- … визначає` / `влада`)
        and vocabulary.match_axis(label) != axis
    ):
        return False
    if last.rstrip().endswith((".", ";")):
        return True  # (the item ended: `- формальні слухання.` / `громада` / `* толоки`)
    if not last.strip():
        return False
    *before, word = last.split()
    # (after a preposition, a noun, though it reads as a verb too: `… двічі на рік` / `з ГО`)
    governed = bool(before) and before[-1].casefold() in _PREPOSITIONS_BEFORE
    if word.casefold() in _NOR:
        return False
    with morphology.speaking(cell_language(last, morphology.language())):
        return not (
            _ends_unfinished(last)
            # (`… перед обласною військовою` / `адміністрацією`: the phrase goes on)
            or morphology.governs_or_agrees(word, text.split()[0])
            # (a verb whose subject comes after it: `… які справді обирає` / `громада`; not
            # one that has it: `- молодь виїжджає` / `інші ГО`)
            or (
                word.islower()
                and not governed
                and morphology.is_finite_verb(word)
                and not _has_its_subject(last, word)
            )
        )


_CLAUSE_MARKS = re.compile(r"[,:;–—]")
# Adverbs the dictionary reads as nouns too, no verb's subject (`… але їх ніколи не
# підтримує`), besides those that stand before verbs (`вже`, `досі`).
_NOT_SUBJECTS = BEFORE_VERBS | frozenset("так ніколи завжди".split())
# Pronouns in the nominative, a verb's subject (`ніхто нічого не пояснює`; not `їх`).
_SUBJECT_PRONOUNS = frozenset(
    "я ти він вона воно ми ви вони ніхто хтось всі усі кожен кожна кожне никто все".split()
)
# Prepositions, whose noun is no verb's subject (`на звернення`), nor a verb (`на рік`).
_PREPOSITIONS_BEFORE = PREPOSITIONS | (_RUSSIAN_NEVER_LAST - {"и", "или"})


def _has_its_subject(line: str, verb: str) -> bool:
    """Whether a noun that may be the subject of `verb`, the last word of `line`, stands
    before it in its clause (`молодь виїжджає`, `старости не звітують`; not `… проекти, які
    справді обирає`, `… але їх майже ніколи не підтримує`)."""
    clause = [word.strip("«»\"'()") for word in _CLAUSE_MARKS.split(line)[-1].split()[:-1]]
    return any(
        bare
        # (not a preposition's noun, `на звернення`; a pronoun in the nominative, `ніхто`,
        # not `їх`, which can be no subject)
        and (at == 0 or clause[at - 1].casefold() not in _PREPOSITIONS_BEFORE)
        and bare.casefold() not in FUNCTION_WORDS  # (`а`: no subject)
        and bare.casefold() not in _NOT_SUBJECTS
        and (morphology.is_nominative_noun(bare) or bare.casefold() in _SUBJECT_PRONOUNS)
        and morphology.can_be_subject_of(bare, verb)
        for at, bare in enumerate(clause)
    )


def _reads_as_rest(item: Block, taken: list[str], line: Block, *, right_under: bool) -> bool:
    """Whether `line` reads as the rest of `item` (whose lines so far are `taken`): wrapped
    (see `reads_as_wrapped`), or right under it indented, closing its bracket or quote or
    ending its question, or the rest of a phrase its last line left open (`goes_on_in`)."""
    text = line.text
    return (
        reads_as_wrapped(text)
        or (right_under and _indented_rest(line))
        or (right_under and _closes_bracket(_item_so_far(item, taken), text))
        or (right_under and _closes_quote(_item_so_far(item, taken), text))
        or (right_under and _rest_of_question(item.text, text))
        or goes_on_in(_last_line(item, taken), text)
    )


def _flush(out: list[Block], owner: int, wrapped: list[str]) -> None:
    """The wrapped item `out[owner]` put together from its lines."""
    if wrapped:
        out[owner] = replace(out[owner], text=" ".join(wrapped))


def _item_so_far(item: Block, taken: list[str]) -> str:
    """The text of `item` so far, with the lines it took in (`taken`, its own first)."""
    return " ".join(taken) if taken else item.text


def _closes_bracket(item: str, text: str) -> bool:
    """`… платформу (наприклад,` / `Drupal або WordPress).`: a line that closes the bracket
    an item left open goes on in it, whatever its first letter."""
    closing = text.find(")")
    return item.count("(") > item.count(")") and closing >= 0 and "(" not in text[:closing]


def _rest_of_detail(line: Block) -> bool:
    """Whether the line under a step's detail is its wrapped rest: unmarked and no detail
    itself, in lower case, or a body's abbreviation alone (`Відповідальні – …, рада` /
    `ВПО.`; not a label in capitals: `ГРОМАДА`)."""
    if line.kind is not BlockKind.TEXT or _detail_line(line):
        return False
    if reads_as_wrapped(line.text):
        return True
    word = line.text.strip().rstrip(".;")
    mixed = " " not in word and not word.isupper() and sum(map(str.isupper, word)) >= 2
    return (mixed or an_abbreviation_alone(line.text)) and not _is_label(line)  # (`НаУОА.`)


def _closes_quote(item: str, text: str) -> bool:
    """`… для мешканців «Відкрий свій` / `Острог».`: a line that closes the quote an item left
    open goes on in it, whatever its first letter."""
    closing = text.find("»")
    return item.count("«") > item.count("»") and closing >= 0 and "«" not in text[:closing]


def _rest_in_its_list(
    item: Block,
    last: str,
    line: Block,
    following: Block | None,
    before: Block | None,
    *,
    right_under: bool,
) -> bool:
    """Whether the unmarked `line` under `item` (whose last line is `last`), with `following`
    after it and the item `before` above it, is the item's rest by its place in the list:
    see `_rest_inside_a_list` (right under it only) and `_rest_where_no_card_opens`."""
    if right_under and _rest_inside_a_list(item, last, line, following, before):
        return True
    return _rest_where_no_card_opens(item, last, line, following, before)


def _rest_inside_a_list(
    item: Block, last: str, line: Block, following: Block | None, before: Block | None
) -> bool:
    """`2. … звітом.` / `3. Щовесни проводити … представниками управління` / `ЖКГ, … та
    ГО.` / `4. …`: an unmarked line between two items of one list whose items end in a stop,
    under one whose last line `last` ends in none while the line ends in one, is that item's
    rest (not in a list of items with no stops: `- Спільний склад` / `Прозорість.` /
    `- Співфінансування`; nor a note: `Примітка: …`)."""
    if following is None or following.kind is not BlockKind.ITEM or before is None:
        return False
    return (
        next_in_list(item, following)
        and following.line == line.line + 1
        and before.text.rstrip().endswith((".", ";"))
        and not last.rstrip().endswith(_ITEM_STOPS)
        and line.text.rstrip().endswith((".", ";"))
        and ":" not in " ".join(line.text.split()[:_NOTE_LABEL_WORDS])  # (`Коментар модератора:`)
        and not line.text.upper().startswith(("P.S", "NB", "N.B"))
        and not _DASHED_LABEL().match(line.text)  # (`Термін – до кінця 2025 р.`)
    )


def _rest_where_no_card_opens(
    item: Block, last: str, line: Block, following: Block | None, before: Block | None
) -> bool:
    """`• Добра співпраця зі старостою` / `Мельником` / `• …`, `- Exchange with NGOs from
    Lviv and` / `Ivano-Frankivsk` / `- …`: a capitalised unmarked line under an item whose
    last line `last` ends in no stop is that item's rest where no card opens at its first
    word, read on from that line as in a run-on cell (see `run_on.opens_a_card_after`), and
    one of these says so:
    - the line above ends in a word no card ends in (`_ends_unfinished`), or in an English
      preposition before a name of two capitals (`… agreed with` / `City Council …`);
    - it ends in an office and the line opens with its holder's name (`… the transport
      department` / `Andrii Savchuk`), or in a body's word and the line is its abbreviation
      (`… з місцевою організацією` / `ТЧХУ`);
    - it ends in a word that takes a name and the line is a name in quotes, perhaps after a
      body's abbreviation (`… через застосунок` / `«Безбар'єрна БЦ»`);
    - it ends in a gerund that is not reflexive and the line opens with a body's
      abbreviation, its object (`… громади, минаючи` / `ЦНАП і старост`);
    - at a list's end, the line is an abbreviation's phrase that ends in a stop (`… на
      гранти` / `UNHCR та NRC.`).
    So it is between two items of one list, or under the last item of a list (at the list's
    end a rest after an unfinished line or an office, or one that ends in a stop as the items
    before it do: `2. Розписати графік роботи юристки` / `Лисенко між ГО.`), after a page
    break too. A card typed with no mark opens (`- Спільний склад` / `Прозорість` / `- …`,
    `Зручний графік` / `Людям з інвалідністю – пандуси`, `Nobody to talk to` /
    `Transparency`); a label (asked of the run's vocabulary), a note, a signature, a question
    or a heading in capitals is no rest."""
    text = line.text
    opening = text.lstrip("".join(OPENING_QUOTES))[:1]  # (`«Безбар'єрна БЦ»` opens so too)
    if not opening.isupper() or text.endswith((":", "?")) or last.rstrip().endswith(_ITEM_STOPS):
        return False
    words, rest = last.split(), text.split()
    first = rest[0].rstrip(",.;:")
    unfinished = _ends_unfinished(last)
    with morphology.speaking(cell_language(last + text, morphology.language())):
        office = ends_in_an_office(last) and _a_holders_name(first, text)
        body = _a_bodys_abbreviation(words[-1], first, rest)
        # A street's or village's name after its word: `… на вулиці` / `Швабській`.
        place = words[-1].casefold() in _PLACE_WORDS and first[:1].isupper()
        # A name in quotes, perhaps after a body's abbreviation, under a word that takes one
        # (`… через застосунок` / `«Безбар'єрна БЦ»`), with nothing after it but a relative
        # clause: not a card, which a verb would follow (`«Пласт» проводить …`), nor a
        # partner's name under a card (`Спільні заявки на гранти` / `ГО «Громада разом»`).
        named = takes_a_name(words[-1]) and _a_name_alone(text)
        genitive = _a_place_in_genitive(first, rest)
        # A gerund before its object, a body's abbreviation (`… минаючи` / `ЦНАП і старост`).
        gerund = _ends_in_a_gerund(words[-1]) and _an_abbreviation(first)
        if _a_heading_in_capitals(line, after_a_cut=unfinished or body):
            return False
        at_end = _at_a_lists_end(following)
        stops = (
            before is not None
            and before.text.rstrip().endswith((".", ";"))
            and text.rstrip().endswith((".", ";"))
        )
        if not _where_a_rest_stands(
            item,
            line,
            following,
            cued_at_end=at_end and (unfinished or office or stops or named),
            unfinished=unfinished,
        ):
            return False
        if _reads_as_its_own(line, words[-1]):
            return False
        cued = (
            unfinished
            or (words[-1] in _ENGLISH_OPEN_ENDS and _names_ahead(text))
            or office
            or body
            or genitive
            or gerund
            or place
            or named
            or (at_end and _an_abbreviations_phrase(first, text))
        )
        # (Not a card with no mark: `Зручний графік` / `Людям з інвалідністю – …`,
        # `Nobody to talk to` / `Transparency`, `… with the mayor` / `Participatory Budget`.)
        return cued and not opens_a_card_after(last, text)


def _a_bodys_abbreviation(word: str, first: str, rest: list[str]) -> bool:
    """A body's abbreviation `first` (of the line `rest`) after the `word` for it: `… з
    місцевою організацією` / `ТЧХУ`, `… працівників управління` / `ЖКГ щодо норм
    доступності`."""
    return (
        first.isupper()
        and len(first) > 1
        and takes_a_name(word)
        and (len(rest) == 1 or morphology.may_be_abbreviation(first))
    )


def _a_place_in_genitive(first: str, rest: list[str]) -> bool:
    """A place's name in the genitive, which opens no card: `… з ГО` / `Житомира та
    Вінниці` (`first` the first word of the line `rest`)."""
    return (
        morphology.is_oblique_only(first)
        and morphology.has_genitive(first)
        and not morphology.has_dative(first)
        and not _holds_a_predicate(rest)  # (a card: `Довіри немає між ГО …`)
    )


def _a_heading_in_capitals(line: Block, *, after_a_cut: bool) -> bool:
    """Whether `line` is a heading in capitals; but not an abbreviation after a word no card
    ends in or a body's word (`after_a_cut`): `… в` / `ЦНАП`."""
    text = line.text
    return text.isupper() and not (
        after_a_cut and an_abbreviation_alone(text) and not _is_label(line)
    )


def _at_a_lists_end(following: Block | None) -> bool:
    """Whether the line `following` one under an item ends its list: nothing, a blank line, a
    separator or page number, or a label."""
    return (
        following is None
        or following.kind in (BlockKind.BLANK, BlockKind.NOISE)
        or _is_label(following)
    )


def _where_a_rest_stands(
    item: Block, line: Block, following: Block | None, *, cued_at_end: bool, unfinished: bool
) -> bool:
    """Whether `line`, under `item` and over `following`, stands where the item's rest may:
    over the step's detail, between two items of one list, at the list's end where a cue
    says so (`cued_at_end`), or after a word no card ends in over a line of text."""
    if following is not None and _detail_of_step(item, following):
        return True  # (its detail goes on it too: `… in the` / `City Council` / `Responsible – …`)
    if following is not None and following.kind is BlockKind.ITEM:
        return next_in_list(item, following) and following.line == line.line + 1
    # (At the list's end: `• Партнерство з ГО «…» та` / `Пластом`; after a word no card ends
    # in, over a section's title too: `… з` / `УВКБ ООН` / `Що заважає`.)
    return cued_at_end or (
        unfinished and following is not None and following.kind is BlockKind.TEXT
    )


def _reads_as_its_own(line: Block, last_word: str) -> bool:
    """Whether `line` reads as a line of its own, not an item's rest: a label with no colon
    (`- … 3 роки тому` / `З громадою` / `- Чати`, also after a card cut off: `- Обмін
    інформацією з` / `З громадою`; but after an article, `… in the` / `City Council` is a
    name), a signature (`Olena Koval, lead facilitator.`) or a note (`P.S. …`, `Notes: …`
    after a step)."""
    if last_word not in _ARTICLES and _is_label(line):
        return True
    return bool(_SIGNED_ROLE().search(line.text)) or _a_note(line.text)


def _an_abbreviations_phrase(first: str, text: str) -> bool:
    """Whether `text`, at a list's end, opens with an abbreviation (`first`) and ends in a
    stop, as an item's rest does (`… на гранти` / `UNHCR та NRC.`); not a card with a dash."""
    return (
        first.isupper()
        and len(first) > 1
        and " – " not in text
        and text.rstrip().endswith((".", ";"))
    )


def _a_name_alone(text: str) -> bool:
    """`«Безбар'єрна БЦ»`, `КП «Ніжинське управління ЖКГ», яке …`: a name in quotes, perhaps
    after a body's abbreviation, and after it a stop, a relative clause or nothing."""
    words = text.split()
    start = 1 if len(words) > 1 and words[0].isupper() and len(words[0]) > 1 else 0
    if words[start][:1] not in OPENING_QUOTES:
        return False
    opening = text.index(words[start])
    closing = re.search(_CLOSING_QUOTE, text[opening + 1 :])
    if closing is None:
        return False
    after = text[opening + 1 + closing.end() :].strip()
    if after in ("", ".", ";"):
        return True
    # (After a comma, only a relative clause: `…», яке не має …`; not `«Пласт», «Скаути» …`.)
    clause = after[1:].split() if after[:1] == "," else []
    return bool(clause) and clause[0] in _RELATIVE_WORDS_AFTER_A_NAME


def an_abbreviation_alone(text: str) -> bool:
    """Whether `text` is an abbreviation alone, or two (`ГО`, `ЦНАП.`, `УВКБ ООН`): after a
    word no card ends in, the rest of the line above, not a heading in capitals (`ПЛАН`);
    an axis's label the caller asks of the vocabulary."""
    words = text.strip().rstrip(".;").split()
    return 0 < len(words) <= _ABBREVIATIONS_ALONE and all(
        1 < len(word) <= _ABBREVIATION_LETTERS
        and word.isupper()
        and morphology.may_be_abbreviation(word)  # (not `ПЛАН`, `ПЛЮСИ`: headings)
        for word in words
    )


def _holds_a_predicate(words: list[str]) -> bool:
    """Whether `words` hold a verb or a word of lacking (`немає`, `нет`): a clause, a card
    of its own."""
    for word in words:
        bare = word.strip("«»\"'(),.;:!?").casefold()
        if bare in _LACK_WORDS or (bare.isalpha() and morphology.is_finite_verb(bare)):
            return True
    return False


def _a_note(text: str) -> bool:
    """A note after a list, by its label (`Коментар модератора: …`, `Notes: …`, `P.S. …`)."""
    return ":" in " ".join(text.split()[:_NOTE_LABEL_WORDS]) or text.upper().startswith(
        ("P.S", "NB", "N.B")
    )


def _names_ahead(text: str) -> bool:
    """Whether `text` opens with a name of two capitals or more (`City Council …`, `Kyiv and
    Lviv`): the rest of a phrase an English preposition left open, not a card of one word."""
    capitals = [word for word in text.split()[:3] if word[:1].isupper()]
    return len(capitals) >= 2


def _a_holders_name(word: str, text: str) -> bool:
    """Whether `word`, the first of `text`, may open the name of an office's holder: a
    surname in Ukrainian or Russian (`Мельником`), or a first name and a surname (`Оксана
    Левченко`), or in English a first name or a title (`Andrii`, `Mr`) whose name a phrase
    may follow but no clause (`Andrii Savchuk for urgent cases`; not `Olena Koval promised a
    youth budget line`)."""
    if not word.isascii():
        if may_be_surname(word):
            return True
        words = text.split()
        return (
            len(words) > 1
            and morphology.is_first_name(word)
            and may_be_surname(words[1].strip("«»\"'(),.;:"))
        )
    if word.casefold() not in LATIN_FIRST_NAMES and word.casefold() not in HONORIFICS:
        return False
    after = [w for w in text.split()[1:] if not w[:1].isupper()]
    return not after or after[0] in _ENGLISH_PHRASE_OPENERS


def _marked_label(item: Block) -> bool:
    """Whether a list item is an axis's label with its colon (`\uf0b7 З владою:`, as Word's
    bullets mark labels too): the lines under it are its cards, not its rest."""
    text = item.text
    return text.endswith(":") and vocabulary_in_use().match_axis(text) is not None


def _is_label(line: Block) -> bool:
    """Whether the unmarked `line` names an axis, a stage or a section (a label with no
    colon: `З громадою`)."""
    if line.kind is not BlockKind.TEXT:
        return False
    vocabulary = vocabulary_in_use()
    text = line.text
    return bool(
        vocabulary.match_axis(text) or vocabulary.is_stage_name(text) or vocabulary.is_section(text)
    )


def ends_in_an_office(line: str) -> bool:
    """Whether `line` ends in an office or occupation whose holder a name on the next line
    may be, perhaps past its body's genitives or abbreviation (`… зі старостою` /
    `Мельником`, `… з начальником пожежної частини` / `Лисенком`, `… з директоркою ЦБС` /
    `Савченко`, `… the transport department` / `Andrii Savchuk`)."""
    words = line.split()[-_OFFICE_REACH:]
    if words and words[-1].isascii():
        return words[-1] in LOWER_NAME_HEADS or words[-1] in OFFICES
    for word in reversed(words):
        word = word.strip("«»\"'(),.;:")
        if word in AND_WORDS:
            continue  # `… відділу культури і туризму`
        if word.islower() and morphology.is_one_person(word):
            return True
        genitive = morphology.is_oblique_only(word) or morphology.is_common_noun_in_genitive(word)
        if not (word.isupper() or (word.islower() and genitive)):
            return False
    return False


def _sub_item(item: Block, line: Block) -> bool:
    """Whether `line` is a list item indented under `item` (`1. …` / `   – строк: …`)."""
    return line.kind is BlockKind.ITEM and line.column > item.column


def _detail_line(line: Block) -> bool:
    """Whether the unmarked `line` reads as a step's detail (see `is_step_detail`)."""
    return line.kind is BlockKind.TEXT and is_step_detail(line.text)


def _detail_of_step(item: Block, line: Block) -> bool:
    """`2. Включити експертів ГО до комісії` / `Термін – квітень 2025`, `Responsible –
    Youth Council`: an unmarked line under a numbered step that opens with a detail's label
    (by when, who) and a dash or colon reads as that step's detail (marked `DETAIL`; in a
    stage of steps, the assembler keeps it with the step rather than as a card or a
    section of its own)."""
    if not item.marker.rstrip(".)").isdigit():
        return False
    return (line.kind is BlockKind.TEXT or _sub_item(item, line)) and is_step_detail(line.text)


def is_step_detail(text: str) -> bool:
    """Whether `text` opens with a step's detail's label (by when, who) and a dash or colon:
    `Термін – квітень 2025`, `Відповідальні: …`, `Deadline – …`, `Хто: …` (not `Хто –
    ніхто не знає`)."""
    detail = _DETAIL.match(text)
    if detail is None:
        return False
    label = detail["label"].casefold()
    if label in _ASKING_LABELS:
        return text[len(detail["label"]) :].lstrip().startswith(":")
    return label in _DETAIL_LABELS


def _ends_unfinished(line: str) -> bool:
    """Whether `line` ends in a word no card ends in, Ukrainian (see `ends_mid_phrase`), a
    Russian preposition or conjunction, or an English article, determiner or joining word
    (`… position in the` / `City Council`)."""
    last = line.rsplit(None, 1)[-1] if line.strip() else ""
    return last in _ENGLISH_NEVER_LAST or last in _RUSSIAN_NEVER_LAST or ends_mid_phrase(line)


def next_in_list(item: Block, following: Block) -> bool:
    """Whether the item `following` is the next of `item`'s list: the same mark, or the next
    number (not a list numbered anew from `1.`)."""
    number, after = item.marker.rstrip(".)"), following.marker.rstrip(".)")
    if number.isdigit():
        return after.isdigit() and int(after) == int(number) + 1
    return following.marker == item.marker


def _item_before(out: list[Block], target: int) -> Block | None:
    """The list item right before `out[target]`, the lines it took in aside."""
    for back in range(target - 1, max(-1, target - _ITEM_LOOKBACK), -1):
        block = out[back]
        if block.kind is BlockKind.ITEM:
            return block
        if block.kind is not BlockKind.TEXT:
            return None
    return None


def _last_line(item: Block, taken: list[str]) -> str:
    """The last line of `item` so far: its own, or the last it took in (`taken`)."""
    return taken[-1] if taken else item.text


def goes_on_in(line: str, text: str) -> bool:
    """Whether an item's `line` that ends mid-phrase goes on in the unmarked line `text`:
    one opening with a number after any preposition, a month or a dash standing alone (`…
    programme for` / `2025–2027.`, `… у селах –` / `2 км за 3 роки`), a village's name
    after its word, or words after a word no card ends in, three or more (`Співпраця з` /
    `Полтавською ОДА області`) or fewer that end as a card does (`… поліції та` / `ДСНС.`);
    not a label or heading (`З громадою`, `Other NGOs`, `КРОКИ ДЛЯ РЕАЛІЗАЦІЇ`)."""
    if _ends_before_a_name(line):
        return True  # whatever follows: `… фасади на вул.` / `Гоголя, 12`
    last = line.rsplit(None, 1)[-1] if line.strip() else ""
    if text[:1].isdigit():
        if (last.casefold() in MONTHS or last.casefold() in PARTS_OF_A_YEAR) and _YEAR().match(
            text
        ):
            # A year after its day and month, or the part of it: `… до 1 жовтня` / `2024
            # року.`, `… до кінця` / `2026 року.`
            return True
        # (And a dash standing alone: `… у селах –` / `2 км за 3 роки`.)
        return (
            last in FUNCTION_WORDS
            or last in APPROXIMATORS
            or last in _DASHES_ALONE
            or ends_mid_phrase(line)
        )
    if last.casefold() in VILLAGES and _village_named(text):
        return True  # a village's name after its word: `… біля села` / `Дибинці щовесни`
    if text[:1] in OPENING_QUOTES and text[1:2].islower() and last in NEVER_LAST:
        return True  # a name in quotes after its preposition: `Новини без` / `«паркету»`
    if text.endswith(":"):
        return False
    if last in NEVER_LAST and text.endswith((".", ";")):
        return True  # a short rest that ends where a card does: `… поліції та` / `ДСНС.`
    if text.isupper() or len(text.split()) < 3:
        return False
    return ends_mid_phrase(line)


_DASHES_ALONE = frozenset("– — -".split())  # a dash that ends a line: its phrase goes on
_GERUND_ENDINGS = ("ючи", "учи", "ячи", "ачи", "ши")  # `минаючи`, `роблячи`, `зробивши`


def _ends_in_a_gerund(word: str) -> bool:
    """Whether `word` is a Ukrainian gerund that is not reflexive (`минаючи`, `роблячи`; not
    `зупиняючись`), which an object may follow (asked of the dictionary only for a word that
    ends as gerunds do)."""
    return word.endswith(_GERUND_ENDINGS) and morphology.is_non_reflexive_gerund(word)


def _an_abbreviation(word: str) -> bool:
    """`ЦНАП`, `ОМС`: a word in capitals of two letters or more."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def ends_mid_phrase(text: str) -> bool:
    """A line that ends in a word no card ends in goes on in the next, whatever its first
    letter: an abbreviation before a name (`… фасади на вул.` / `Гоголя, 12`), a
    Ukrainian preposition or a joining conjunction (see `NEVER_LAST`: `Співпраця з` /
    `Полтавською ОДА`)."""
    if _ends_before_a_name(text):
        return True
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    # (And a bracket it opens: `(для` / `…)`; and a relative pronoun, which opens a clause:
    # `Зустрічі, на яких` / `ОМС звітує …`.)
    return last.lstrip('(«"') in NEVER_LAST or last in RELATIVE_PRONOUNS  # (not `Яким`)


def _ends_before_a_name(text: str) -> bool:
    """`… фасади на вул.` / `Гоголя, 12`: a line that ends in an abbreviation that stands
    before a name (`вул.`, `м.`, `ім.`) goes on in the next, whatever its first letter."""
    if not text.endswith("."):
        return False
    last = text[:-1].rsplit(None, 1)[-1] if text[:-1].strip() else ""
    return last.casefold() in BEFORE_NAMES


def _indented_rest(line: Block) -> bool:
    """An indented line right under an item is its rest, unless it is a label or question
    (`  З громадою:`)."""
    return line.column > 1 and not line.text.endswith((":", "?"))


def _rest_of_question(item: str, text: str) -> bool:
    """`Де взяти транспорт … до лікарні` / `в Ніжині?`: a line in lower case that ends a
    question an item opened and did not end goes on in it (not a question of its own)."""
    first = item.split(None, 1)[0].casefold() if item.strip() else ""
    open_question = first in QUESTION_OPENERS and not item.rstrip().endswith("?")
    return open_question and text[:1].islower() and text.endswith("?")


def _village_named(text: str) -> bool:
    """Whether `text` opens with a village's name (`Дибинці щовесни`), not with an adjective
    and the noun it agrees with (`Нове будівництво школи`)."""
    words = text.split()
    first = words[0].rstrip(",.;")
    if not place_name(first):
        return False
    following = words[1].rstrip(",.;") if len(words) > 1 else ""
    return not (following[:1].islower() and morphology.agrees_with(first, following))


def reads_as_wrapped(text: str) -> bool:
    """An unindented line that reads as the rest of the line above it (a list item, or cards
    beside an axis label): lower-case, also after a bracket that its first word leaves open
    (`(до 1 березня).`; not `(не)довіра`), and no label or question."""
    first = text[:1]
    if first == "(" and ")" not in text.split(None, 1)[0]:
        first = text[1:2]
    return first.islower() and not text.endswith((":", "?"))
