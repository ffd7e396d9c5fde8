"""Text predicates of shape, with the patterns they use: what a line, heading or cell looks
like (a question, a heading's number and marker, bold, a note or a signature, a `;` list,
run-on cards), asked with no state of the walk. Apart so that every rule group asks them
alike. Several patterns compile at first use: most documents never need them, and each
costs start-up time.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..blocks import Block, BlockKind, Cell
from ..patterns import compiled_at_first_use
from ..segment import morphology, segment_cell
from ..segment.markup import strip_markup
from ..segment.sentences import split_sentences
from ..segment.spans import Span, bare_word, is_cyrillic, is_title_case, mostly_cyrillic
from ..segment.words import FUNCTION_WORDS
from ..vocabulary import ordinal_heading

_HEADING_NUMBER = re.compile(r"^\s*(?:#+\s*)?(\d{1,2})[.)](?:\s|$)")
MAX_HEADING_LENGTH = 120  # longer lines are cards or prose, asked nothing of stages
_ANY_BOLD_TAG = re.compile(r"<(?:b|strong)>", re.IGNORECASE)  # (the cheap test first)
# Bold that opens a card: at the cell's or a paragraph's start, or over a capital past any
# opening tags and marks inside it (`<b><i>Спільні …`, `<b>(!) Спільні …`; not a word or
# mark stressed inside a card: `Мешканці <b>самі</b> вирішують`, `правлінь <b>(!)</b>`).
_BOLD_TAG = compiled_at_first_use(
    r"(?i:(?:^|<br\s*/?>|<p[^>]*>|<li[^>]*>)\s*(?:[-•]\s*)?<(?:b|strong)>)"
    r"|(?i:<(?:b|strong)>)(?:\s|<(?!/)[^>]*>|&\w+;|[(\[«\"„“‘'!?)\]—–№*])*[A-ZА-ЯІЇЄҐ0-9]"
)


# Whose a note is, after `from`: `NB from the facilitator:` (not `Comments from residents:`).
_OWNERS = (
    r"(?:facilitators?|moderators?|organi[sz]ers?|trainers?|team|recorder"
    r"|фасилітатор\w*|модератор\w*)"
)
# A facilitator's note (`Примітка: …`, `Facilitator's notes:`), not a card.
NOTE = compiled_at_first_use(
    r"^(?:p\.\s?s\.\s)|"  # a postscript (`P.S. фото фліпчартів – у спільній папці`)
    r"^(?:(?:facilitator|moderator|recorder|secretary|organi[sz]er|translator|editor|trainer"
    r"|group|team|rapporteur|note-taker)s?['’]s?\s+)?"  # whose
    r"(?:пов['’ʼ]язані\s+|related\s+)?"  # (`Пов'язані нотатки:`, Obsidian's `Related notes:`)
    r"(?:примітк[аи]|коментар[іи]?|зауваження|нотатк[аи]|note|notes|comment|comments|n\.?b\.?"
    r"|примечани[ея]|комментари[йи]|заметк[аи])"
    r"(?:(?:\s+\w+|\s+(?:from|by|of)\s+(?:the\s+)?"
    + _OWNERS
    + r")?\s*:"  # `NB from the facilitator:`
    r"|\.(?=\s+[A-ZА-ЯІЇЄҐ«]))",  # or alone with a period: `Примітка. Стіл … об'єднали …`
    re.IGNORECASE,
)
# The recorder's signature: who wrote the notes down, a name after the colon (`Записала:
# Оксана Мельник`, `Prepared by: Iryna Bondar`), not a card that starts so (`Підготували:
# звернення до ради`, `Minutes: published within 3 days`).
_SIGNATURE = compiled_at_first_use(
    r"^(?i:(?:записал[аи]?|записав|підготувал[аи]?|підготував|протокол\s+(?:вела|вів|вели|вёл)"
    r"|(?:notes\s+|minutes\s+)?(?:recorded|prepared|compiled|taken|written)\s+by"
    r"|minutes\s+by|notes\s+by|подготовил[аи]?)\s*:"
    # or the one who led the session, by their role (`Facilitator: Yuliia Moroz`)
    r"|(?:facilitators?|moderators?|фасилітатор(?:ка|и)?|модератор(?:ка|и)?|ведуч(?:ий|а|і))\s*:)"
    # perhaps after a role of a word or two (`Записала: модераторка групи Ірина Савчук`)
    r"\s+(?:[a-zа-яіїєґ'’-]+\s+){0,2}(?P<name>[A-ZА-ЯІЇЄҐ][\w'’-]*)"
)
# A group's title with its number (`Група 2: послуги`, `Table 3`, `Стіл №2`).
_GROUP_NUMBER = compiled_at_first_use(r"^(?P<word>[^\W\d_]+)\s+№?\s*(?P<number>\d{1,2})\b")
_BOLD_MARKS = frozenset(("**", "__"))  # a Markdown line all in bold (see `readers.lines`)
_STAGE_COLUMN_LABELS = frozenset("stage stages етап етапи этап этапы".split())
# With no colon, only a person's two names and perhaps a role of a word or two after a comma
# (`Recorded by Dmytro Savchenko, facilitator`; not `Minutes written by LSG staff are never
# published`, `Prepared by City Council, never discussed with NGOs`).
_SIGNED_BY = compiled_at_first_use(
    r"^(?i:(?:notes\s+|minutes\s+)?(?:recorded|prepared|compiled|taken|written)\s+by)\s+"
    r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+(?:,\s*[\w-]+(?:\s+[\w-]+)?)?$"
    # (`Записи упорядкувала модераторка Оксана Левченко`: the notes, who put them in order,
    # perhaps by a role of a word or two, and her two names)
    r"|^(?i:(?:записи|нотатки|матеріали)\s+(?:упорядкува|записа|підготува|оцифрува|зібра)\w*)"
    r"\s+(?:[a-zа-яіїєґ'’-]+\s+){0,2}[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+"
    r"(?:,\s*[^,]{1,60})?\.?$"  # (and the body she is from: `…, ГО «Поруч»`)
)


def signature(text: str) -> bool:
    """A signature: its name reads as a person's (`Оксана`, `Iryna`, an initial, a word the
    dictionary does not know: `Марiя` with a Latin `i`) or a body's (`ГО «Промінь»`), not a
    card's word (`Підготували: Петицію про відкриті сесії`)."""
    if _SIGNED_BY().match(text):
        return True
    found = _SIGNATURE().match(text)
    if found is None:
        return False
    name = found.group("name")
    if name.isascii() or len(name) == 1 or name.isupper():
        return True
    return morphology.is_person_name(name) or not morphology.is_known(name)


_QUESTION_MARKS = (": ", " — ", " – ", " - ")  # between a stage heading and its question
CLOSING_WORDS = compiled_at_first_use(
    r"\bдякуємо|\bдякую\b|(?:спасибі|спасибо)\s+(?:всім|всем)|благодарим|благодарю"
    r"|\bthank you\b|\bwe thank\b|\bthanks\s+(?:to\s+)?(?:all|everyone|everybody)\b"
    r"|\bend of (?:the )?notes|кінець нотаток"
    r"|\b(?:notes|minutes)\s+(?:were\s+|are\s+)?(?:prepared|compiled|typed|taken|recorded)"
    r"|оцифрува(?:в|ла|ли)\b|оцифровал|(?:матеріали|материалы)\s+оцифрован"
    r"|photos?\s+of\s+the\s+flipcharts?|фото(?:графі\w*)?\s+(?:фліпчарт|флипчарт)"
    r"|\bnext meeting\s+(?:is|will)"
    r"|наступна зустріч\s+відбудеться|следующая встреча\s+состоится"
    r"|(?:переписано|перенесено|скопійовано|переписаны|перенесены)\s+(?:з|із|с)\s+(?:фліпчарт|флипчарт)"
    r"|\b(?:copied|transcribed|typed up)\s+from\s+(?:the\s+)?flip\s?-?charts?"
    r"|\bзвірено\s+з|\bсверено\s+с|відповідальн(?:ий|а)\s+за\s+(?:протокол\s*[–—:-]|підсумков|запис|нотатк)",
    re.IGNORECASE,
)
_RUN_ON_LINE_WORDS = 6  # an English line this long, with lower-case words, may be run-on
MAX_HEADING_WORDS = 16
MAX_AXIS_LABEL_WORDS = 6  # `Співпраця з органами місцевого самоврядування:`
CLOSING_QUOTES = "»”\"'"
_CORNER_ROW_CELLS = 3  # a question in the corner stands over two axis columns at least
MAX_LABEL_WORDS = 6  # a section's heading or label in a list; an axis's is `MAX_AXIS_LABEL_WORDS`


def several_cards(cell: str) -> bool:
    """Whether a Markdown cell holds several cards as a list does: `<br>` or `;` between
    them, or run-on cards (not sentences: `Бюджет прийняли. Звіт чекаємо.`)."""
    text = strip_markup(cell)
    return "<br" in cell or ";" in cell or (". " not in text and len(segment_cell(text)) > 1)


def numbered_alike(title: str | None, label: str) -> bool:
    """Whether `label` numbers on the section `title` in its words (`Група 1` … `Група 2:
    …`, `Table 2` after `Table 1`): the first word alike and the number after it one more."""
    if title is None:
        return False
    before, after = _GROUP_NUMBER().match(title), _GROUP_NUMBER().match(label)
    return (
        before is not None
        and after is not None
        and before["word"].casefold() == after["word"].casefold()
        and int(after["number"]) == int(before["number"]) + 1
        # (Not a sentence about the group: `Група 2 не подала карток`.)
        and not any(morphology.is_finite_verb(bare_word(word)) for word in label.split()[2:])
    )


def line_or_bold(block: Block) -> bool:
    """A line of prose, or one all in bold (`**Що працює:**`), which may head a section
    inside an axis alike."""
    return block.kind is BlockKind.TEXT or (
        block.kind is BlockKind.HEADING and block.marker in _BOLD_MARKS
    )


def names_stages(label: str) -> bool:
    """`STAGE`, `Етап`: the label of a first column that gives each stage in a cell."""
    return label.strip(" *_:").casefold() in _STAGE_COLUMN_LABELS


def section_title(heading: str | None) -> str | None:
    """A section's heading without the colon that closes it (`Що працює:` over its list):
    as in an axis's label, the colon only introduces what the heading holds."""
    if heading is None or not heading.endswith((":", "：")) or not heading[:-1].strip():
        return heading
    return heading[:-1].rstrip()


def heading_and_question(text: str) -> tuple[str, str | None]:
    """`Формування бачення: Що характеризує …?` is a heading and its question on one line;
    other text is all heading. The first `: ` or dash between spaces divides them."""
    if not text.endswith("?"):
        return text, None
    found = [(at, len(mark)) for mark in _QUESTION_MARKS if (at := text.find(mark)) > 0]
    if not found:
        found = _question_after_capitals(text)
    if not found:
        return text, None
    at, width = min(found)
    head, question = text[:at].rstrip(), text[at + width :].strip()
    return (head, question) if head and question else (text, None)


def _question_after_capitals(text: str) -> list[tuple[int, int]]:
    """`ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ. Що відбувається …?`: a heading in capitals ends at its
    period when a question in sentence case follows; the last such period, so that one
    inside the heading stays there (`ЕТАП 2. ОЦІНКА. Що …?`)."""
    found = []
    at = text.find(". ")
    while at > 0 and text[:at].isupper():
        following = text[at + 2 : at + 4]
        if len(following) == 2 and following[0].isupper() and following[1].islower():
            found = [(at, 2)]
        at = text.find(". ", at + 2)
    return found


def cards_run_on(text: str) -> bool:
    """Ukrainian text with a capital inside it, after a word that ends no phrase and takes no
    name (not a function word, no punctuation): cards run together, as headings are written
    in sentence case, in capitals, or in title case (every word but function words
    capitalised: `Формування Ідеального Бачення Взаємодії`)."""
    if text.isupper() or not mostly_cyrillic(text):
        return False
    words = text.split()
    if all(is_title_case(word) or word.casefold() in FUNCTION_WORDS for word in words):
        return False
    return any(
        is_title_case(word)
        and is_cyrillic(word)
        and before[-1].isalnum()
        and before.casefold() not in FUNCTION_WORDS
        for before, word in pairwise(words)
    )


def asks(text: str) -> bool:
    """A question, perhaps in quotes as written on the flipchart (`«Що …?»`)."""
    return text.rstrip(CLOSING_QUOTES).endswith("?")


def semicolon_lists(row: Block) -> bool:
    """Whether every filled cell of `row` (two or more) holds a `;` list."""
    filled = [cell.text for cell in row.cells if cell.text.strip()]
    return len(filled) > 1 and all(";" in text for text in filled)


def has_a_semicolon_list(row: Block) -> bool:
    """Whether any cell of `row` holds a `;` list: a row of cards written so."""
    return any(";" in cell.text for cell in row.cells)


def caps_label(block: Block, label: str) -> bool:
    """A line in capitals that may name an axis: prose, longer than an abbreviation."""
    return block.kind is BlockKind.TEXT and label.isupper() and (" " in label or len(label) > 5)


def heading_shape(block: Block, text: str) -> tuple[str, str]:
    """How a heading is made, its numbers aside: its kind and marker (`item`, `N.`;
    `heading`, `##`), or the numbering its text opens with."""
    marker = block.marker if block.kind in (BlockKind.ITEM, BlockKind.HEADING) else ""
    if not marker:
        found = _HEADING_NUMBER.match(text)
        ordinal = ordinal_heading(text) if found is None else None
        marker = found.group().strip() if found else (ordinal[0] if ordinal else "")
    return block.kind.value, re.sub(r"\d+", "N", marker)


def corner_question(block: Block) -> str | None:
    """`Що характеризує …?\tВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО`: the stage's question in a header
    row's corner cell, over a first column of no axis; or None."""
    if not block.cells or len(block.cells) < _CORNER_ROW_CELLS:
        return None
    raw = block.cells[0].text
    if "?" not in raw and "&" not in raw:
        return None  # (no `?`, nor an entity for one: not worth reading the markup of every row)
    text = strip_markup(raw, plain=block.plain).strip()
    return text if asks(text) else None


def bold_cell(cell: Cell) -> bool:
    """A cell in bold: by its tags, or all its text bold in a Word or HTML document."""
    if cell.bold:
        return True
    text = cell.text
    return _ANY_BOLD_TAG.search(text) is not None and _BOLD_TAG().search(text) is not None


def heading_number(block: Block, text: str) -> int | None:
    """The number a heading bears (`3. ЩО РОБИМО ДАЛІ`, `## 2. Reality`), as its text or its
    list marker gives it."""
    found = _HEADING_NUMBER.match(block.marker if block.kind is BlockKind.ITEM else text)
    if found:
        return int(found.group(1))
    ordinal = ordinal_heading(text) if block.kind is not BlockKind.ITEM else None
    return ordinal[1] if ordinal else None  # `Крок третій: …`


def marker_style(marker: str) -> str:
    """A list marker's kind, whatever its number (`1)`, `2)` are both `1)`)."""
    return re.sub(r"\d+", "1", marker)


def holds_several_cards(text: str) -> bool:
    """Whether an unmarked line in a list may hold several cards, to be cut like a cell:
    `;` or sentences between them, or run-on cards, whose capitals open them: not in a line
    that opens in lower case (`діти ВПО почуваються в безпеці`), whose writer marks no card
    by a capital. In English, whose names are in title case (`Open Data Portal`), only a long
    line with lower-case words reads as run-on."""
    if ";" in text or split_sentences(Span(text, 0)):
        return True
    if text[:1].islower():
        return False
    if mostly_cyrillic(text):
        return True
    words = text.split()
    return len(words) >= _RUN_ON_LINE_WORDS and any(word[:1].islower() for word in words)


def closing_line(text: str) -> bool:
    """A note, a signature or closing words (`Дякуємо всім учасникам!`): no card."""
    return bool(NOTE().match(text) or signature(text) or CLOSING_WORDS().search(text))
