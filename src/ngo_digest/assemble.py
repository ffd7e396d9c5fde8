"""Blocks to the document: which stage, section and axis every cell and line belongs to.

Meaning is decided here, once for every layout: a stage heading is a line the vocabulary
names; a question is the line ending in `?` after it; the axis header row (or an axis
sub-heading such as `З владою:`) fixes which axis each column or list belongs to; a section
heading is a label the vocabulary knows, or a lone line that a table or axis list follows.
Continuation rows after a table simply join the current (last) section in their column.
Anything that fits nowhere becomes a diagnostic that quotes it, so nothing is lost.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Any

from .blocks import DETAIL, Block, BlockKind, Cell
from .diagnostics import Code, Diagnostic, Level
from .readers.lines import is_emoji_bullet, list_item_text
from .readers.page_marks import PAGE_NUMBER, PAGE_NUMBER_DIGITS, running_page_numbers
from .readers.wrapped_items import (
    an_abbreviation_alone,
    ends_in_an_office,
    ends_mid_phrase,
    goes_on_in,
    is_step_detail,
    reads_as_wrapped,
)
from .segment import Segment, clean_item, morphology, segment_cell
from .segment.markup import strip_markup
from .segment.run_on import takes_a_name
from .segment.sentences import split_sentences
from .segment.spans import Span, bare_word, is_cyrillic, is_title_case, mostly_cyrillic
from .segment.words import FUNCTION_WORDS, LACKING, LACKING_ADVERBS, MATTERS_WORDS, ON_MATTERS
from .vocabulary import (
    AXIS_PREPOSITIONS,
    Vocabulary,
    is_numbered,
    letter_left_out,
    ordinal_heading,
    strip_numbering,
    without_gloss,
)

_REPEATABLE_BULLETS = frozenset("•*·▪●◦○‣")
_NESTED_INDENT = 2  # columns deeper that a nested list's items stand (not `9.` over `10.`)
_HEADING_LIKE_ITEM = re.compile(r"^(?:\d{1,2}|[IVXivx]{1,4})[.)]$")
_HEADING_NUMBER = re.compile(r"^\s*(?:#+\s*)?(\d{1,2})[.)](?:\s|$)")
_MAX_HEADING_LENGTH = 120  # longer lines are cards or prose, asked nothing of stages
# Two patterns, not one `\w*(pair)\w*`: that one backtracks quadratically on a long word.
_WORDS = re.compile(r"\w+")
_SCRIPT_SEAM = re.compile(r"[a-zA-Z][а-яіїєґА-ЯІЇЄҐ]|[а-яіїєґА-ЯІЇЄҐ][a-zA-Z]")
_LIST_CELL = re.compile(r"<(?:ul|ol|li|p|br)\b|^\s*[-•]\s", re.IGNORECASE)
_LIST_MARKUP = re.compile(r"<(?:ul|ol|li)\b|^\s*[-•]\s", re.IGNORECASE)
_BOLD = re.compile(r"^(\*\*|__)\S.*\S?\1$")
_TABLE_KINDS = frozenset({BlockKind.ROW, BlockKind.NOISE, BlockKind.BLANK})
_PAGE_BREAK_KINDS = frozenset({BlockKind.NOISE, BlockKind.BLANK})
_WIDTH_CUT_WORDS = 5  # a card's first line this long may have been cut by a page's width
_CARD_ENDS = tuple('.;:!?…)»”"')
_NEAR_LINES = 4  # how far around a card `_lower_case_cards_near` looks
_LOWER_CASE_LIST = 2  # lower-case cards around a card that make a list of such cards
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
_ANY_BOLD_TAG = re.compile(r"<(?:b|strong)>", re.IGNORECASE)  # (the cheap test first)
# Bold that opens a card: at the cell's or a paragraph's start, or over a capital past any
# opening tags and marks inside it (`<b><i>Спільні …`, `<b>(!) Спільні …`; not a word or
# mark stressed inside a card: `Мешканці <b>самі</b> вирішують`, `правлінь <b>(!)</b>`).
_BOLD_TAG = re.compile(
    r"(?i:(?:^|<br\s*/?>|<p[^>]*>|<li[^>]*>)\s*(?:[-•]\s*)?<(?:b|strong)>)"
    r"|(?i:<(?:b|strong)>)(?:\s|<(?!/)[^>]*>|&\w+;|[(\[«\"„“‘'!?)\]—–№*])*[A-ZА-ЯІЇЄҐ0-9]"
)
_BOLD_TAGS = re.compile(r"^<(b|strong)>[^<>]+</\1>$", re.IGNORECASE)  # a cell all in bold


def _compiled_at_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern of list files' notes and closings, compiled when first asked for: a table
    of notes never needs it, and each costs most of a millisecond at every start."""
    return cache(lambda: re.compile(pattern, flags))


# Whose a note is, after `from`: `NB from the facilitator:` (not `Comments from residents:`).
_OWNERS = (
    r"(?:facilitators?|moderators?|organi[sz]ers?|trainers?|team|recorder"
    r"|фасилітатор\w*|модератор\w*)"
)
# A facilitator's note (`Примітка: …`, `Facilitator's notes:`), not a card.
_NOTE = _compiled_at_first_use(
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
_SIGNATURE = _compiled_at_first_use(
    r"^(?i:(?:записал[аи]?|записав|підготувал[аи]?|підготував|протокол\s+(?:вела|вів|вели|вёл)"
    r"|(?:notes\s+|minutes\s+)?(?:recorded|prepared|compiled|taken|written)\s+by"
    r"|minutes\s+by|notes\s+by|подготовил[аи]?)\s*:"
    # or the one who led the session, by their role (`Facilitator: Yuliia Moroz`)
    r"|(?:facilitators?|moderators?|фасилітатор(?:ка|и)?|модератор(?:ка|и)?|ведуч(?:ий|а|і))\s*:)"
    # perhaps after a role of a word or two (`Записала: модераторка групи Ірина Савчук`)
    r"\s+(?:[a-zа-яіїєґ'’-]+\s+){0,2}(?P<name>[A-ZА-ЯІЇЄҐ][\w'’-]*)"
)
# A remark in brackets that an axis was not discussed (`(не обговорювали — забракло часу)`,
# `(no time left)`): the facilitator's, not a card.
_NOT_DISCUSSED = _compiled_at_first_use(
    r"(?i)^\((?=[^()]*(?:не\s+обговорювал|не\s+встигл|забракло\s+часу|не\s+вистачило\s+часу"
    r"|бракувало\s+часу|не\s+обсуждал|не\s+успел|не\s+хватило\s+времени|not\s+discussed"
    r"|no\s+time|ran\s+out\s+of\s+time))[^()]*\)$"
)


# A group's title with its number (`Група 2: послуги`, `Table 3`, `Стіл №2`).
_GROUP_NUMBER = _compiled_at_first_use(r"^(?P<word>[^\W\d_]+)\s+№?\s*(?P<number>\d{1,2})\b")
_BOLD_MARKS = frozenset(("**", "__"))  # a Markdown line all in bold (see `readers.lines`)
_STAGE_COLUMN_LABELS = frozenset("stage stages етап етапи этап этапы".split())
# A line break inside a cell: an HTML `<br>` (a Markdown table's) or a newline.
_LINE_BREAK = _compiled_at_first_use(r"(?i)<br\s*/?>|\n")
# A card that a list's dash or bullet opens (`- Фінансування …`), which no section's title is.
_DASHED_CARD = _compiled_at_first_use(r"^[-–•*]\s+\S")
_TRANSCRIBERS = "mark"  # the marker of a transcriber's mark skipped (see below)
# A transcriber's mark on a line of its own, in square brackets (`[фото 2]`, `[нерозбірливо]`,
# `[page 3]`): where a photo of a flipchart or a page began, or what could not be read.
# (A transcriber's word as a word, perhaps with a number after it, or a number alone: not a
# card in brackets, `[Історія громади]`, `[Стратегія громади 2030]`.)
_TRANSCRIBERS_MARK = _compiled_at_first_use(
    r"(?i)^\[\s*(?:(?:фото|photo|pic|стор\.?|сторінка|page|p\.|с\.|нерозбірливо|неразборчиво"
    r"|illegible|unclear|далі на звороті|далее на обороте|continued|пропуск|gap)\b"
    r"[^\[\]]{0,60}|\d{1,3})\s*\]$"
)


# With no colon, only a person's two names and perhaps a role of a word or two after a comma
# (`Recorded by Dmytro Savchenko, facilitator`; not `Minutes written by LSG staff are never
# published`, `Prepared by City Council, never discussed with NGOs`).
_SIGNED_BY = _compiled_at_first_use(
    r"^(?i:(?:notes\s+|minutes\s+)?(?:recorded|prepared|compiled|taken|written)\s+by)\s+"
    r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+(?:,\s*[\w-]+(?:\s+[\w-]+)?)?$"
    # (`Записи упорядкувала модераторка Оксана Левченко`: the notes, who put them in order,
    # perhaps by a role of a word or two, and her two names)
    r"|^(?i:(?:записи|нотатки|матеріали)\s+(?:упорядкува|записа|підготува|оцифрува|зібра)\w*)"
    r"\s+(?:[a-zа-яіїєґ'’-]+\s+){0,2}[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+"
    r"(?:,\s*[^,]{1,60})?\.?$"  # (and the body she is from: `…, ГО «Поруч»`)
)


def _signature(text: str) -> bool:
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


_MAX_TITLE_LINES = 3  # a title wraps onto a line or two, not more
_STEPS = "steps"  # the stage whose numbered items may have details (`Термін – …`)
_RUNNING_REPEATS = 3  # a running header above the title stands at two more pages' heads
# A PDF's running line, in parts set apart by a wide gap or by separators: `ГО «…»      Звіт
# про сесію`, `Пирятинська громада • ГО «…» • Культура разом, 2024`.
_WIDE_GAP = re.compile(r"\S {4,}\S|\s[•·|—]\s.*\s[•·|—]\s")
_FRONT_MATTER_FIELD = re.compile(r"^[a-z_][\w-]*:(?:\s|$)|^\s*- ")  # `created: 2025-10-03`
_QUESTION_MARKS = (": ", " — ", " – ", " - ")  # between a stage heading and its question
_CLOSING_LINES = 3  # the lines that may close the notes after the last list (`End of notes.`)
# What such lines say: thanks to the participants, the end of the notes, who put them
# together, the flipcharts' photos, the next meeting (not a card that speaks of photos or
# minutes, `Публікувати фото`, nor one that thanks others, `Подякувати волонтерам`).
_NOTES_TAKEN_BY = _compiled_at_first_use(
    r"(?i:\b(?:notes|minutes)\s+(?:were\s+)?(?:prepared|compiled|typed|taken|recorded|written)"
    r"\s+by)\s+[A-Z]"
)
_CLOSING_WORDS = _compiled_at_first_use(
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
_QUESTION_LINES = 4  # a question wraps over this many lines at most
_RUN_ON_LINE_WORDS = 6  # an English line this long, with lower-case words, may be run-on
_MAX_HEADING_WORDS = 16
_MAX_AXIS_LABEL_WORDS = 6  # `Співпраця з органами місцевого самоврядування:`
_NUMBERING = re.compile(r"^\d{1,3}[.)]$")  # `4)` at a line's end: its card is on the next
# A capital letter that orders labels (`A. Local authorities`, `Б) Громада`).
_LETTERED = re.compile(r"^[A-ZА-ЯІЇЄҐ][.)]\s+(?=\w)")
# The label of a column that numbers a table's rows, and a number in it.
_NUMBERING_LABEL = re.compile(r"^(?:no\.?|nr\.?|#|№(?:\s*з/п|\s*п/п)?|з/п|п/п|n)$", re.IGNORECASE)
_ROW_NUMBER = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})*[.)]?[а-яa-z]?|[IVXLivxl]{1,6}[.)]?)$"  # `2`, `2.1`, `3а`, `IV`
)
_MAX_NUMBERING_LABEL = 16  # characters, with markup: `**№ з/п**`
# A date: `22.03.2025`, or a month's name (in the cases dates write them) and a year:
# `22 травня 2025`, `жовтень 2024`, `14 November 2024` (not a year alone: `до 2027`).
_MONTH = (
    "(?:"
    + "|".join(
        """
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    січень лютий березень квітень травень червень липень серпень вересень жовтень листопад
    грудень january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec января февраля марта апреля мая
    июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь
    июль август сентябрь октябрь ноябрь декабрь
    """.split()
    )
    + ")"
)
_DATE = _compiled_at_first_use(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b" + _MONTH + r"\.?\s+(?:19|20)\d\d\b", re.IGNORECASE
)
_HEADER_SEPARATOR = re.compile(r" [·|—–] ")  # `Форум «Разом» | Ужгород`, `Звіт — 2024`
_RUNNING_MARKS = re.compile(r"\d| [·|—–-] ")
_RUNNING_LINE_WORDS = 3  # a running header said at each page is no shorter
# A line of four words or more said by the page numbers of this many pages runs, whatever it
# says (`Звіт ГО «…» за результатами сесії`; not a short heading said again: `Проблеми`).
_RUNNING_PAGES = 3
_TITLE_WORD = re.compile(r"\w+")
_SECTION_LOOKAHEAD = 400  # blocks: a stage's lists are shorter
_RUNNING_LINE_GAP = 2  # it stands right by its page's number, or one blank line away
_CLOSING_QUOTES = "»”\"'"
_STRONG_ALIAS_WORDS = 3
_CORNER_ROW_CELLS = 3  # a question in the corner stands over two axis columns at least
_MAX_LABEL_WORDS = 6
# A bracket that is the whole rest, or one that lower case goes on after.
_BRACKET_GOES_ON = re.compile(r"\([^()]*\)(?:$|\s+[a-zа-яіїєґ])")
# A card of a dashed list: ` - Водії …`, ` — 2 рейси …`.
_DASHED = re.compile(r"\s[-–—]\s+[A-ZА-ЯІЇЄҐ«\d]")
_MAX_LABEL_LENGTH = 80  # characters of an axis label in a row's first cell, with its markup
_MERGED_WORDS = 12
_MARKUP_ONLY_LENGTH = 64  # `<ul style="list-style-type: none"> </ul>`: longer cells hold text


SectionSink = Callable[[str, str | None, dict[str, list[dict[str, Any]]]], dict[str, Any]]
"""Called with (stage key, section title, cards per axis) as soon as no card can join a section
any more; what it returns replaces the cards in the data. The streaming writer renders them
there and then, so a long document is never held as a tree of cards."""

# What is left of a block once the walk has passed it: looking back only ever asks its kind.
_PASSED = {kind: Block(kind, 0) for kind in BlockKind}


@dataclass(slots=True)
class _Section:
    title: str | None
    line: int
    axes: dict[str, Any] = field(default_factory=dict)  # cards (or what a sink made of them)
    seen: dict[str, dict[str, int]] = field(default_factory=dict)  # per axis: text -> line
    inside_axis: bool = False  # a section of one axis's cards (`Проблеми` under `Влада:`)


@dataclass(slots=True)
class _AxisRows:
    """A table turned on its side: each row an axis (`| AUTHORITIES | … | … |`), each column
    after the first a section, titled in the row above them (or none). Its rows are kept
    until it ends, then read column by column, so that each section is whole when the next
    opens (as the streaming writer needs)."""

    titles: list[str | None]
    line: int
    rows: list[tuple[str, Block]] = field(default_factory=list)


@dataclass(slots=True)
class _Stage:
    key: str
    title: str
    line: int
    question: str | None = None
    sections: list[_Section] = field(default_factory=list)
    axes_seen: set[str] = field(default_factory=set)
    inside_titles: set[str] = field(default_factory=set)  # of sections inside its axes
    grouped: bool = False  # its lists come in groups, a title over each (no blank lines)


@dataclass(slots=True)
class Assembly:
    """The document as plain data ready for validation, and what was noticed on the way."""

    data: dict[str, Any]
    diagnostics: list[Diagnostic]


class _Assembler:
    def __init__(
        self, blocks: list[Block], vocabulary: Vocabulary, sink: SectionSink | None
    ) -> None:
        self.blocks = blocks
        self.vocabulary = vocabulary
        self.sink = sink
        self.diagnostics: list[Diagnostic] = []
        self.title: str | None = None
        self.title_lines = 0
        self.title_fielded = False  # the title so far is a front matter's field (`created: …`)
        self.line_counts: Counter[str] | None = None  # the text lines, for running headers
        self.step_index: int | None = None  # the last numbered item listed (see `_step_detail`)
        self.detail_indexes: set[int] = set()  # the blocks kept as steps' details
        self.intro: list[str] = []
        self.axis_labels: dict[str, str] = {}
        self.stages: dict[str, _Stage] = {}
        self.stage: _Stage | None = None
        self.section: _Section | None = None
        self.columns: list[str | None] | None = None
        self.row_labels = False  # the table's first column names each row's section
        self.stages_in_rows = False  # or each stage, in the row where it begins
        self.cells_above: tuple[Cell, ...] = ()  # the cells of the last row of cards read
        self.section_row_opened = False  # a lone first cell opened a section in this table
        self.header_index = -1  # the block index of the last axis header row
        self.axis: str | None = None
        self.warned_no_header = False
        self.line = 1
        self.index = 0
        self.section_index = -1
        self.labelled_index = -2  # the block index of the last axis label with cards beside it
        self.axis_index = -2  # the block index of the heading or label that opened the axis
        self.sections_inside_axis = False  # a section heading stood right under its label
        self.outer_title: str | None = None  # the section the axis's own sections stand in
        self.axis_list_heading = -1  # the block index of the last `_heads_list_inside_axis`
        self.bold_cards = False  # a row of the table has cards in bold tags
        self.axis_rows: _AxisRows | None = None  # a table with one row per axis, being read
        # The lines of the list the walk has passed, nearest last (see `_lower_case_cards_near`).
        self.list_lines: deque[Block] = deque(maxlen=_NEAR_LINES)
        self.axis_marker = ""  # the numbering of axis labels typed as list items (`1)`)
        self.filled_above: frozenset[int] = frozenset()  # the cells the last row filled
        # Whether the row before, and this one, hold a `;` list (passed rows keep no cells).
        self.semicolons_above = self.semicolons_here = False
        # The columns whose last card a page break may have cut, not yet gone on after it.
        self.cut_columns: frozenset[int] = frozenset()
        self.cards_in_stage = 0
        # The number the last stage's heading bore (`2.`) and the heading's shape; whether a
        # heading numbered anew has stood in the stage since (`1. ОБРАНІ КРИТЕРІЇ`).
        self.stage_number: int | None = None
        self.stage_shape: tuple[str, str] = ("", "")
        self.numbered_inside_stage = False

    # -- navigation ------------------------------------------------------------------------

    def _neighbour(self, index: int, step: int, *, skip_blank: bool) -> Block | None:
        found = self._neighbour_index(index, step, skip_blank=skip_blank)
        return None if found is None else self.blocks[found]

    def _neighbour_index(self, index: int, step: int, *, skip_blank: bool) -> int | None:
        """The index of the nearest block before (-1) or after (+1), past separators."""
        index += step
        while 0 <= index < len(self.blocks):
            block = self.blocks[index]
            if block.kind is BlockKind.NOISE or (skip_blank and block.kind is BlockKind.BLANK):
                index += step
                continue
            return index
        return None

    # -- the walk --------------------------------------------------------------------------

    def run(self) -> Assembly:
        self._blank_out_bare_markup()
        self._drop_numbering_columns()
        self._mark_bare_page_numbers()
        self._skip_transcribers_marks()
        self._skip_running_lines()
        self._unstack_axis_labels()
        for index, block in enumerate(self.blocks):
            if block.kind in (BlockKind.BLANK, BlockKind.NOISE):
                if block.kind is BlockKind.BLANK:
                    self.list_lines.clear()
                if block.marker in (PAGE_NUMBER, _TRANSCRIBERS):
                    marker = " ".join(block.text.split())  # (a form feed is no character of it)
                    what = "page marker" if block.marker == PAGE_NUMBER else "transcriber's mark"
                    self._note(block, Code.PAGE_NUMBER, Level.INFO, f"{what} skipped: {marker!r}")
                continue
            if self.axis_rows is not None and block.kind is not BlockKind.ROW:
                self._read_axis_rows()
            self.line = block.line
            self.index = index
            if block.kind is BlockKind.ROW:
                self._row(index, block)
            else:
                self._line(index, block)
            if block.kind is BlockKind.TEXT:
                self.list_lines.append(block)
            else:
                self.list_lines.clear()
            self.blocks[index] = _PASSED[block.kind]  # its text now lives in the cards
        if self.axis_rows is not None:
            self._read_axis_rows()
        self._drop_an_empty_section()
        self._leave_section()
        self._check_coverage()
        return Assembly(self._data(), self.diagnostics)

    def _drop_numbering_columns(self) -> None:
        """`No. | AUTHORITIES | COMMUNITY | OTHER NGOs`: a first column that numbers a table's
        rows is no axis and names no section. It is taken out of the header and of the rows
        under it whose first cell is blank or a number (each number said once, ND105), so
        that the table reads as one without it: a section's title in the first axis column
        is a lone first cell, and a continuation row keeps its column."""
        numbered = False
        for index, block in enumerate(self.blocks):
            text = block.text if numbered and block.kind is BlockKind.TEXT else ""
            if block.kind is BlockKind.HEADING or (text and self.vocabulary.match_stage(text)):
                numbered = False  # a new part of the document: its tables are their own
            if block.kind is not BlockKind.ROW or not block.cells:
                continue
            if not numbered and len(block.cells[0].text) > _MAX_NUMBERING_LABEL:
                continue  # (the common case: a first cell of cards or of an axis's name)
            first = strip_markup(block.cells[0].text, plain=block.plain).strip("*_ ")
            rest = replace(block, cells=block.cells[1:])
            cell = block.cells[0]
            if _NUMBERING_LABEL.match(first) and self._is_header_row(rest, rest.filled_cells()):
                numbered = True
                message = f"first column {first!r} numbers the rows; its numbers are skipped"
                self._note_info(Code.EXTRA_COLUMN, message, cell)
            elif not numbered:
                continue
            elif self._is_header_row(block, block.filled_cells()):
                numbered = False  # a table of its own, with no numbering
                continue
            elif first and not _ROW_NUMBER.match(first):
                continue  # text of its own in the first column: read as written
            elif first:
                self._note_info(Code.EXTRA_COLUMN, f"row number {first!r} skipped", cell)
            self.blocks[index] = rest

    def _mark_bare_page_numbers(self) -> None:
        """`1` alone between blank lines, or after one right over the table's header, with no
        form feed by it (the reader marks those): a page's number that a plain-text export
        left, not a card (ND109). Not a count its label asks for (`Кількість учасників:` /
        `32`). Under a running footer or over a running header (one line said by numbers that
        go up, at two pages or more), with no blank lines by it; and last in the notes, the
        number after the pages' before it."""
        bare = [
            index
            for index, block in enumerate(self.blocks)
            if block.kind is BlockKind.TEXT
            and block.text.strip().isdecimal()
            and len(block.text.strip()) <= PAGE_NUMBER_DIGITS
        ]
        if not bare:
            return  # (the common case)
        # (A text layout's reader has marked those by running lines already; not the others.)
        footed = running_page_numbers(self.blocks, bare)
        numbered = [int(self.blocks[i].text) for i in footed] + [
            int(block.text)
            for block in self.blocks
            if block.marker == PAGE_NUMBER and block.text.strip().isdecimal()
        ]
        last = max(
            (
                i
                for i, b in enumerate(self.blocks)
                if b.kind not in (BlockKind.BLANK, BlockKind.NOISE)
            ),
            default=-1,
        )
        for index in bare:
            block = self.blocks[index]
            before = self.blocks[index - 1] if index > 0 else None
            after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            alone = all(b is None or b.kind is BlockKind.BLANK for b in (before, after))
            # (Or right over the table's header, repeated on the page it opens, after a blank
            # line or the last row of the page before.)
            over_header = (
                (before is None or before.kind in (BlockKind.BLANK, BlockKind.ROW))
                and after is not None
                and after.kind is BlockKind.ROW
                and self._is_header_row(after, after.filled_cells())
            )
            # (Or the last page's number, last in the notes, after those of the pages before.)
            closing = (
                index == last
                and bool(numbered)
                and int(block.text) == max(numbered) + 1
                and before is not None
                and before.kind in (BlockKind.ITEM, BlockKind.ROW)  # (a label's count: `Учасників`)
            )
            if not (alone or over_header or closing) and index not in footed:
                continue
            above = self._neighbour(index, -1, skip_blank=True)
            if above is not None and above.text.rstrip().endswith(":"):
                continue
            self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)

    def _skip_transcribers_marks(self) -> None:
        """`[фото 2]`, `[нерозбірливо]` on a line of its own, typed from photos of flipcharts:
        where a photo or page began, or what could not be read; not a card, and no more than
        a blank line between what stands around it (ND109). Not a stage's heading or an axis's
        label typed in brackets (`[Етап 1. Ідеальне бачення]`, `[З владою]`)."""
        for index, block in enumerate(self.blocks):
            text = block.text.strip()
            if (
                block.kind is not BlockKind.TEXT
                or text[:1] != "["
                or not _TRANSCRIBERS_MARK().match(text)
            ):
                continue
            inner = text[1:-1].strip()
            if self.vocabulary.match_stage(inner) or self.vocabulary.match_axis(inner):
                continue
            self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=_TRANSCRIBERS)

    def _skip_running_lines(self) -> None:
        """`– 1 –` / `Bila Tserkva · NGO Forum · 14 November 2024`: a line next to a page
        number is a running header or footer (ND109), not a section's title over the table's
        next rows, nor a card, when it repeats the document's first line (its title), stands
        so at two pages or more and reads as one (three words or more, with a number, a
        separator or in capitals), or once when it strings its parts with middle dots and
        bears a date. A label (`З громадою:`), a stage's heading or a section's stays what
        it is."""
        pages = [i for i, block in enumerate(self.blocks) if block.marker == PAGE_NUMBER]
        if not pages:
            return  # (the common case)
        beside: dict[int, str] = {}
        for page in pages:
            for step in (-1, 1):
                near = self._neighbour_index(page, step, skip_blank=True)
                if (
                    near is not None
                    and abs(near - page) <= _RUNNING_LINE_GAP
                    and self.blocks[near].kind is BlockKind.TEXT
                ):
                    beside[near] = " ".join(self.blocks[near].text.split())
        first = next(
            (b for i, b in enumerate(self.blocks) if b.kind is BlockKind.TEXT and i not in beside),
            None,
        )
        title = " ".join(first.text.split()) if first is not None else None
        running = set()
        for text, pages_by in Counter(beside.values()).items():
            if text.endswith(":") or self.vocabulary.match_axis(text) or self._names_stage(text):
                continue  # a label or a heading stays one
            if self.vocabulary.is_section(text):
                continue
            repeated = (pages_by >= _RUNNING_PAGES and text.count(" ") >= _RUNNING_LINE_WORDS) or (
                pages_by > 1 and (_reads_as_running(text) or _echoes_title(text, title))
            )
            if text == title or repeated or _dotted_and_dated(text):
                running.add(text)  # (the title again at a page's head or foot, too)
        for index in beside:
            if beside[index] in running:
                block = self.blocks[index]
                self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)
        # Where one stands again with no page number by it (the first page's header, over
        # the title), it is the same furniture when a line that may be the title follows and
        # it reads as no title: parts set apart (` · `, ` | `, ` — `) or a date. The title
        # itself, in capitals, may run at each page too.
        for index, block in enumerate(self.blocks):
            if block.kind is not BlockKind.TEXT or index in beside:
                continue
            text = " ".join(block.text.split())
            if text not in running or not (_HEADER_SEPARATOR.search(text) or _DATE().search(text)):
                continue
            if self._title_after(index):
                self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)

    def _unstack_axis_labels(self) -> None:
        """`ВЛАДОЮ` / `ГРОМАДОЮ` / `ІНШИМИ ГО`, then their cells, a line or a numbered list
        each: a table copied as text puts every cell on a line of its own, the header's
        first. Each cell is moved under its label, so that the walk files it there; only
        where every axis is labelled and each row's cells can be told apart (see
        `_cells_of`); a section's title between the rows opens its section. Labels with a
        colon, or fewer than all, stay as they are: empty axes over a list."""
        axes = len(self.vocabulary.axis_keys)
        index = 0
        while index < len(self.blocks):
            text = self.blocks[index].kind is BlockKind.TEXT
            labels = self._stacked_labels(index, axes) if text else []
            if len(labels) < axes:
                index += 1  # (two labels together: the first axis is empty)
                continue
            start = index + len(labels)
            end = start
            while (
                end < len(self.blocks)
                and self.blocks[end].kind in (BlockKind.TEXT, BlockKind.ITEM)
                and self.blocks[end].line == self.blocks[end - 1].line + 1
                and self.vocabulary.match_axis(self.blocks[end].text) is None
            ):
                end += 1
            moved = (
                self._cells_under_labels(labels, self.blocks[start:end]) if end > start else None
            )
            apart = end
            if moved is None:
                # Cells a blank line apart go on further; a paragraph after the last cell
                # (a comment) stays after it.
                furthest = self._cells_apart_end(end)
                for apart in _blank_line_ends(self.blocks, end, furthest):
                    moved = self._cells_under_labels(labels, self.blocks[start:apart])
                    if moved is not None:
                        break
            if moved is not None:
                self.blocks[index:apart] = moved
            index = max(end, apart)

    def _cells_apart_end(self, end: int) -> int:
        """Where the cells of a table copied as text end when single blank lines part them
        (`ОБРАНІ КРИТЕРІЇ` / its cells, a blank line between each): past each blank line that
        lines of cards follow, up to two blank lines, a stage's heading or the next table's
        labels."""
        axes = len(self.vocabulary.axis_keys)
        while (
            end + 1 < len(self.blocks)
            and self.blocks[end].kind is BlockKind.BLANK
            and self.blocks[end - 1].kind is not BlockKind.BLANK
            and self.blocks[end + 1].kind in (BlockKind.TEXT, BlockKind.ITEM)
        ):
            following = end + 1
            while (
                following < len(self.blocks)
                and self.blocks[following].kind in (BlockKind.TEXT, BlockKind.ITEM)
                and not self._names_stage(self.blocks[following].text)
                and not self.blocks[following].text.endswith(":")
                and not _asks(self.blocks[following].text)
                and not _closing_line(self.blocks[following].text)
                and len(self._stacked_labels(following, axes)) < axes
            ):  # (a card may name an axis as a label would: `Партнерство`)
                following += 1
            if following == end + 1:
                break
            end = following
        return end

    def _cells_under_labels(self, labels: list[Block], rows: list[Block]) -> list[Block] | None:
        """`rows` after stacked `labels`, each cell under its label, and a section's title
        between the table's rows (`ОБРАНІ КРИТЕРІЇ`) over its own cells, their labels said
        again; None where a row's cells cannot be told apart."""
        parts: list[tuple[list[Block], list[Block]]] = [([], [])]
        for block in rows:
            if block.kind is BlockKind.TEXT and self._is_section_title(block.text):
                parts.append(([block], []))  # (a section's title opens the next row)
            else:
                parts[-1][1].append(block)
        moved: list[Block] = []
        for title, row in parts:
            while row and row[-1].kind is BlockKind.BLANK:
                row.pop()  # (the blank line before the next section's title)
            while row and row[0].kind is BlockKind.BLANK:
                del row[0]  # (a blank line under the labels or a section's title)
            if not title and not row:
                continue
            cells = _cells_of(row, len(labels))
            if cells is None:
                return None
            moved += title
            for label, cell in zip(labels, cells, strict=True):
                # A cell ends as a paragraph does: the next label opens one (`OTHER NGOs`
                # in mixed case is no card of the cell above).
                moved += [Block(BlockKind.BLANK, label.line), label, *cell]
        return moved

    def _is_section_title(self, text: str) -> bool:
        """Whether `text`, its markup taken off, is a section's title the vocabulary knows."""
        return self.vocabulary.is_section(strip_markup(text))

    def _stacked_labels(self, index: int, axes: int) -> list[Block]:
        """The axis labels alone on their lines right under one another from `index`, each
        naming another axis (`ВЛАДОЮ` / `ГРОМАДОЮ`), of the vocabulary's `axes`."""
        run = self.blocks[index : index + axes]
        if len(run) < axes or any(  # (the cheap test first: short lines right under each other)
            block.kind is not BlockKind.TEXT
            or block.line != run[0].line + at
            or block.text.count(" ") >= _MAX_AXIS_LABEL_WORDS
            for at, block in enumerate(run)
        ):
            return []
        labels: list[Block] = []
        keys: set[str] = set()
        for block in run:
            key = self.vocabulary.match_axis(block.text)
            if key is None or key in keys or block.text.rstrip().endswith(":"):
                break  # (`З владою:` / `З громадою:` over a list: empty axes, no table)
            labels.append(block)
            keys.add(key)
        return labels

    def _title_after(self, index: int) -> bool:
        """Whether a line follows that reads as a title: no stage's heading, and no sentence
        (`Стратегічна сесія ветеранських ГО, ….` is the intro under the title)."""
        following = self._neighbour(index, 1, skip_blank=True)
        if following is None or following.kind not in (BlockKind.TEXT, BlockKind.HEADING):
            return False
        text = following.text.strip()
        return (
            not text.endswith((".", "!", "?", ":", ";", ","))
            and len(text.split()) <= _MAX_HEADING_WORDS
            and not self._names_stage(text)
        )

    def _names_stage(self, text: str) -> bool:
        """Whether a line names a stage, numbered or not (`2. Оцінка поточної реальності`)."""
        return self.vocabulary.match_stage(strip_numbering(text.strip())) is not None

    def _blank_out_bare_markup(self) -> None:
        """A line of markup alone (`<div style="page-break-after: always"></div>`) is a
        break between paragraphs, and a cell of markup alone (`&nbsp;`, `<br>`) is empty
        (`ОБРАНІ КРИТЕРІЇ\t&nbsp;\t&nbsp;` is a section row), before anything looks at
        them."""
        for index, block in enumerate(self.blocks):
            if block.plain:
                continue
            if block.kind is BlockKind.TEXT and "<" in block.text and not strip_markup(block.text):
                self.blocks[index] = Block(BlockKind.BLANK, block.line)
            elif block.kind is BlockKind.ROW and any(map(_markup_alone, block.cells)):
                cells = tuple(
                    replace(cell, text="") if _markup_alone(cell) else cell for cell in block.cells
                )
                self.blocks[index] = replace(block, cells=cells)

    def _line(self, index: int, block: Block) -> None:
        text = strip_markup(block.text, plain=block.plain)
        if not text:
            return  # markup alone in a heading (`## <br>`): nothing to read
        if self._try_stage(index, block, text):
            return
        if self._try_axis_heading(index, block, text):
            return
        if block.marker == DETAIL and self._step_detail(index, text):
            return
        if self.stage is not None and self._try_labelled_cards(index, block):
            return
        if self.stage is None:
            self._preamble(block, text)
            return
        if (
            block.kind is not BlockKind.ITEM
            and self.title is not None
            and " ".join(text.split()).casefold() == self.title.casefold()
        ):
            # The title again after the stages: a page's running header or footer, no card.
            self._note(block, Code.PAGE_NUMBER, Level.INFO, f"the title again skipped: {text!r}")
            return
        if self._try_question(text) or self._try_wrapped_question(index, block, text):
            return
        if self._is_section_heading(index, block, text):
            axis = self.axis
            under_label = self._neighbour_index(index, -1, skip_blank=True) == self.axis_index
            inside = axis is not None and (
                under_label or self.sections_inside_axis or self.axis_list_heading == index
            )
            outer = self.section.title if self.section is not None else None
            self._open_section(text)
            assert self.stage is not None
            # A title that stood inside an axis may head no cards here (`Ресурси` last in
            # the stage); over the next axis's label it heads the axes after it instead.
            known = " ".join(text.split()) in self.stage.inside_titles
            if inside and (self._cards_follow(index) or (known and not self._label_follows(index))):
                # Sections inside an axis: `З владою` / `ОБРАНІ КРИТЕРІЇ` / cards /
                # `Напрацьований матеріал …` / cards. Only where a section heading stood
                # right under the axis's label: elsewhere a section heading after an axis's
                # cards starts lists of no axis (reported, ND102).
                assert self.section is not None
                if not self.sections_inside_axis:
                    self.outer_title = outer
                self.axis = axis
                self.sections_inside_axis = True
                if self.axis_list_heading == index:
                    # A short line over one axis's list (`Проблеми`): its section ends with
                    # the axis, and its title may stand under the others.
                    self.section.inside_axis = True
                    self.stage.inside_titles.add(" ".join(text.split()))
            return
        if self._unknown_sub_heading(index, block, text):
            self.axis = None
            self._note(
                block,
                Code.UNKNOWN_HEADING,
                Level.WARNING,
                f"sub-heading {text!r} is not an axis of the vocabulary (add it with"
                " --vocabulary); its list is reported, not parsed",
            )
            return
        if block.kind is BlockKind.HEADING and block.marker.startswith(("#", "h")):
            self.axis = None  # a heading that is not the workshop's (`## Notes`) ends the list
        elif block.kind is BlockKind.TEXT and (
            (
                (_NOTE().match(text) or _signature(text) or _NOT_DISCUSSED().match(text))
                and self._stands_apart(index)
            )
            or self._closes_the_notes(index, block)
        ):
            self.axis = None  # `Примітка: …` after the lists is the facilitator's, not a card
        if self.axis is not None:
            self._list_line(index, block, self.axis)
            return
        self._stray(block, block.text)

    def _list_line(self, index: int, block: Block, axis: str) -> None:
        """The cards of a line in an axis's list. A marked item, or a paragraph of an HTML or
        Word document, is one card; an unmarked line may hold several (see
        `_holds_several_cards`), and a paragraph of sentences takes in its wrapped rest, as
        does a line that ends in a word no card ends in (`… але без` / `окремого
        фінансування`), or a card's long first line that a lower-case rest ends (`…, а не
        лише отримують` / `допомогу`; see `_rest_cut_at_width`), as a PDF copied into text
        wraps them."""
        text, wraps = block.text, list[tuple[int, int, int]]()
        column = block.column
        unmarked = block.kind is BlockKind.TEXT and not block.plain
        several = unmarked and _holds_several_cards(text)
        if unmarked and _unfinished_sentences(text):
            text, wraps, _ = self._take_wrapped_lines(index, text)
            several = _holds_several_cards(text)
        elif unmarked and (
            ends_mid_phrase(text)
            or (text[:1].isupper() and _cut_at_width(text))
            or self._broken_by_hand(index, text)
        ):
            first_line = text
            text, wraps, named = self._take_wrapped_lines(index, text, mid_phrase=True)
            # A card whose rest opens with a surname is one, whatever a run-on cell's rules
            # would say of it (`… з головною лікаркою` / `Олійник раз на квартал`), unless
            # its first line holds several.
            several = _holds_several_cards(text) and (
                not named
                or len(segment_cell(first_line)) > 1
                or len(segment_cell(text[len(first_line) + 1 :])) > 1
            )
        elif block.marker in _REPEATABLE_BULLETS and f" {block.marker} " in text:
            # `* Oral history recordings * Open storage days`: cards typed on one line, the
            # line's bullet repeated between them (not a dash: `Рішення - план дій`).
            text, column = f"{block.marker} {text}", column - len(block.marker) - 1
        self._add_items(
            axis,
            text,
            block.line,
            column,
            explicit=not several,
            plain=block.plain,
            wraps=wraps,
        )
        if block.kind is BlockKind.ITEM and block.marker.rstrip(".)").isdigit():
            self.step_index = index  # (its details may follow: see `_step_detail`)

    # -- stages, questions, sections, axes -------------------------------------------------

    def _try_stage(self, index: int, block: Block, text: str) -> bool:
        line = text
        text, question = _heading_and_question(text)
        if question is not None and not (
            block.kind is BlockKind.HEADING
            or text.isupper()
            or is_numbered(text)
            or _heading_number(block, line) == len(self.stages) + 1  # `1) Формування … — Що …?`
        ):
            text, question = line, None  # `Next steps: who follows up?` is prose
        if not self._heading_like(index, block, text):
            return False
        plain = block.kind is not BlockKind.HEADING and not text.isupper()
        if plain and not self._opens_paragraph(index):
            # No blank line before it (a Word paragraph, a tight list): only a long,
            # unmistakable stage name counts (`Оцінка поточної реальності`).
            key = self.vocabulary.match_stage(text, plain=True, min_words=_STRONG_ALIAS_WORDS)
        else:
            key = self.vocabulary.match_stage(text, plain=plain)
            if key is None and plain and self._question_follows(index):
                # `Vision of success` over its question: a stage's word opens a heading.
                key = self.vocabulary.match_stage(text)
        if key is not None and not self._typo_forgiven(block, text, key):
            key = None  # a word of its own (`Формуванням …`), not a typo in a stage's name
        if key is not None and block.kind is not BlockKind.HEADING and _cards_run_on(text):
            key = None  # `Дорожня карта на 3 роки Контроль швидкості`: cards, not a stage
        if key is None and self._stage_by_shape(index, block, text):
            key = next((k for k in self.vocabulary.stage_keys if k not in self.stages), None)
            if key is not None:
                self._note(
                    block,
                    Code.UNKNOWN_HEADING,
                    Level.WARNING,
                    f"stage heading {text!r} is not in the vocabulary; taken as stage {key!r}",
                )
        if key is None:
            if self.stage is not None and _heading_number(block, line) is not None:
                self.numbered_inside_stage = True  # the stage numbers headings of its own
            return False
        if (
            self.stage is not None
            and self.stage.key == key
            and plain
            and without_gloss(text) != text
        ):
            return False  # its part, glossed: `Кроки (довгострокові)` under the steps
        if (
            self.stage is not None
            and self.stage.key == key
            and not self.cards_in_stage
            and not self.vocabulary.is_stage_name(text)
        ):
            # Right under its stage, a heading that starts in its words names a section
            # (`ПЛАН ДІЙ НА 2025 РІК`); the stage's name again is the stage repeated.
            return False
        self._enter_stage(block, key, line, text, question)
        return True

    def _enter_stage(
        self, block: Block, key: str, line: str, title: str, question: str | None
    ) -> None:
        """Open stage `key`, titled `title` by its heading `line` in `block` (or go back to it,
        said), with its `question` if it has none yet."""
        self._drop_an_empty_section()  # (`Інші ГО:` over a remark, after sections of its own)
        self._leave_section()  # before the stage changes: the sink is told the section's stage
        if key in self.stages:
            self.stage = self.stages[key]
            self._note(
                block,
                Code.REPEATED_STAGE,
                Level.WARNING,
                f"stage {key!r} appears again ({line!r}); its cards join the first one",
            )
        else:
            self.stage = self.stages[key] = _Stage(key, strip_numbering(title), block.line)
        if question is not None and self.stage.question is None:
            self.stage.question = question
        self.axis = None
        self.axis_marker = ""
        self.cards_in_stage = 0
        self.stage_number = _heading_number(block, line)
        self.stage_shape = _heading_shape(block, line)
        self.numbered_inside_stage = False

    def _typo_forgiven(self, block: Block, text: str, key: str) -> bool:
        """Whether a stage name matched as written, or with a typo that may be forgiven, and
        then reported: a word of its own is no typo. The dictionary knows Ukrainian ones
        (`оцінки`); English has none here, so only a letter left out inside a word counts
        (`vison`, not `Sharing` or `visions`)."""
        typo = self.vocabulary.stage_typo(text)
        if typo is None:
            return True
        word, meant = typo
        if word.isascii() and not letter_left_out(word, meant):
            return False
        if not word.isascii() and morphology.is_known(word):
            return False
        self._note(
            block,
            Code.UNKNOWN_HEADING,
            Level.WARNING,
            f"stage heading {text!r} taken as stage {key!r}, reading {word!r} as {meant!r}",
        )
        return True

    def _heading_like(self, index: int, block: Block, text: str) -> bool:
        if not text or len(text.split()) > _MAX_HEADING_WORDS:
            return False
        if text.endswith("?") and not self._asked_stage_name(index, block, text):
            return False
        if block.kind is not BlockKind.HEADING and text.endswith((".", ";", ",")):
            return False  # a sentence, not a heading
        if block.kind is BlockKind.ITEM and not is_emoji_bullet(block.marker):
            # (Set apart by a blank line, or in capitals in a tight list bearing the next
            # stage's number: a messenger's `1. ФОРМУВАННЯ …` right under the intro; not a
            # card in capitals, `2. ПЛАН ДІЙ НЕ ВИКОНУЄТЬСЯ`.)
            # Or in sentence case with the next stage's number, over the stage's question,
            # in notes of no blank lines (a PDF's copy): `1. Формування …` / `Що …?`.
            next_number = _heading_number(block, text) == (self.stage_number or 0) + 1
            return bool(_HEADING_LIKE_ITEM.match(block.marker)) and (
                self._opens_paragraph(index)
                or (text.isupper() and next_number)
                or (
                    next_number
                    and self._question_follows(index)
                    and self.vocabulary.match_stage(text, plain=True, min_words=_STRONG_ALIAS_WORDS)
                    is not None
                )
            )
        return True

    def _asked_stage_name(self, index: int, block: Block, text: str) -> bool:
        """`Де ми зараз?` over `Що відбувається сьогодні …?`: a heading that asks, with the
        stage's question after it, and is a stage's whole name or in capitals (`ЩО ДАЛІ?`,
        taken by its shape); or a heading marked as one that is a stage's whole name (`##
        Що далі?`, `*** Stage 3. What next? ***`). Not a question that only opens with a
        stage's words (`Where are we going?`), which is a card."""
        named = self.vocabulary.is_stage_name(text)
        if block.kind is BlockKind.HEADING and named:
            return True
        return (named or text.isupper()) and self._question_follows(index)

    def _opens_paragraph(self, index: int) -> bool:
        previous = self._neighbour(index, -1, skip_blank=False)
        return previous is None or previous.kind is BlockKind.BLANK

    def _stands_apart(self, index: int) -> bool:
        """A line that opens a paragraph, or an unmarked one right after marked items, a
        heading or an axis label with no unmarked line after it: not one more unmarked card
        of a list of them (`Коментарі мешканців: враховуються` over `Відкриті зустрічі`)."""
        previous = self._neighbour(index, -1, skip_blank=False)
        if previous is None or previous.kind is not BlockKind.TEXT:
            return True
        following = self._neighbour(index, 1, skip_blank=False)
        alone = following is None or following.kind is not BlockKind.TEXT
        return self.axis_index == index - 1 and alone

    def _closes_the_notes(self, index: int, block: Block) -> bool:
        """`End of notes.`, `Спасибо всем участникам!`: a sentence or two at the end of the
        document (on a few lines, the last ending as a sentence does), set apart by a blank
        line or a rule from the marked list above them or from an empty axis's label, close the
        notes; they are no cards of the last axis."""
        if block.plain:
            return False
        back = index - 1
        while back >= 0 and self.blocks[back].kind in (BlockKind.BLANK, BlockKind.NOISE):
            back -= 1
        if back == index - 1 or back < 0:
            return False  # no blank line or rule between: a wrapped card, or the notes' start
        above = self.blocks[back]
        if not (
            above.kind is BlockKind.ITEM or back in self.detail_indexes or back == self.axis_index
        ):
            return False  # (a step's detail ends a list too: `Термін – …`)
        texts: list[str] = []
        for after in self.blocks[index:]:
            if after.kind in (BlockKind.BLANK, BlockKind.NOISE):
                continue
            if after.kind is not BlockKind.TEXT or len(texts) == _CLOSING_LINES:
                return False
            texts.append(after.text)
        if len(texts) > 1 and _signature(texts[-1]):
            texts.pop()  # a signature under them: `Модератори: Тарас Мельник`
        # Sentences, wrapped or not, emphasised or not (`*Notes prepared by … Friday.*`), that
        # speak of the notes or thank the participants (not `Створити коаліцію ГО.`); or who
        # took the notes, with no stop (`Notes taken by Khrystyna Levytska, 14 March 2025`).
        joined = " ".join(texts)
        if _NOTES_TAKEN_BY().search(joined):
            return True
        if not texts[-1].rstrip().rstrip("*_").endswith((".", "!", "…")):
            return False
        return bool(_CLOSING_WORDS().search(joined))

    def _stage_by_shape(self, index: int, block: Block, text: str) -> bool:
        """A heading the vocabulary does not know, but which a question follows, or which
        bears the number after the last stage's (`3. ЩО РОБИМО ДАЛІ` after `2. …`)."""
        if self.title is None:
            return False
        if block.kind is BlockKind.HEADING or text.isupper():
            if self._numbered_after_the_last_stage(index, block, text):
                return True
        elif block.kind is not BlockKind.ITEM or is_emoji_bullet(block.marker):
            # (an item here is numbered as headings are: `1. Мрія`.) A line numbered by its
            # part's noun and ordinal after the last stage's, over a label or a question:
            # `Крок третій: …` (not an intro's `Сесія 1. Знайомство`, nor a stage's own
            # `Блок 1. Фінансування`).
            return (
                ordinal_heading(text) is not None
                and self._numbered_after_the_last_stage(index, block, text)
                and (self._label_follows(index) or self._question_follows(index))
            )
        elif self._numbered_after_the_last_stage(index, block, text) and self._label_follows(index):
            return True  # `2. Як виглядає співпраця сьогодні` over `Взаємодія з ОМС:`
        return self._question_follows(index)

    def _label_follows(self, index: int) -> bool:
        """Whether an axis's label comes next, with a colon (`Взаємодія з ОМС:`)."""
        following = self._neighbour(index, 1, skip_blank=True)
        return following is not None and self._names_axis(following)

    def _question_follows(self, index: int) -> bool:
        """Whether a line of prose that asks comes next (a card in a list or table may ask
        too)."""
        following = self._neighbour(index, 1, skip_blank=True)
        return (
            following is not None
            and following.kind not in (BlockKind.ROW, BlockKind.ITEM)
            and _asks(following.text.strip())
        )

    def _numbered_after_the_last_stage(self, index: int, block: Block, text: str) -> bool:
        """`3. ЩО РОБИМО ДАЛІ` after a stage headed `2. …` the same way: the next stage, unless
        the stage numbered headings of its own (`1. ОБРАНІ КРИТЕРІЇ`, `2. …`), the heading
        is a section's or an axis's, the next stage in order comes before this one, or a
        later heading names it (`2. РОБОТА В ГРУПАХ` before `2. ОЦІНКА …`)."""
        number = _heading_number(block, text)
        if number is None or self.stage_number is None or self.stage is None:
            return False
        if self.numbered_inside_stage or number != self.stage_number + 1:
            return False
        if _heading_shape(block, text) != self.stage_shape:
            return False  # `### 2. Висновки групи` under `## 1. …`
        label = strip_numbering(text)
        if self.vocabulary.is_section(label) or self.vocabulary.match_axis(label) is not None:
            return False
        keys = self.vocabulary.stage_keys
        following = next((key for key in keys if key not in self.stages), None)
        if following is None or keys.index(following) < keys.index(self.stage.key):
            return False
        return not self._stage_named_later(index, following)

    def _stage_named_later(self, index: int, key: str) -> bool:
        """Whether a heading after `index` names stage `key` in the vocabulary's words."""
        for block in self.blocks[index + 1 :]:
            if block.kind in (BlockKind.HEADING, BlockKind.TEXT, BlockKind.ITEM):
                text = strip_markup(block.text, plain=block.plain)
                if len(text) <= _MAX_HEADING_LENGTH and self.vocabulary.match_stage(text) == key:
                    return True
        return False

    def _try_question(self, text: str) -> bool:
        assert self.stage is not None
        if self.stage.question is None and not self.stage.sections and _asks(text):
            self.stage.question = text
            return True
        return False

    def _try_wrapped_question(self, index: int, block: Block, text: str) -> bool:
        """A question wrapped over lines (`Що нам потрібно зробити` / `для ефективної
        взаємодії з ... ?`): lower-case lines right under it, up to one that asks."""
        assert self.stage is not None
        if (
            self.stage.question is not None
            or self.stage.sections
            or block.kind is not BlockKind.TEXT
        ):
            return False
        lines = [text]
        for following in range(index + 1, min(index + _QUESTION_LINES, len(self.blocks))):
            block = self.blocks[following]
            rest = strip_markup(block.text, plain=block.plain)
            if block.kind is not BlockKind.TEXT or not rest[:1].islower():
                return False
            lines.append(rest)
            if _asks(rest):
                self.stage.question = " ".join(lines)
                for taken in range(index + 1, following + 1):
                    self.blocks[taken] = _PASSED[BlockKind.NOISE]
                return True
        return False

    def _try_axis_heading(self, index: int, block: Block, text: str) -> bool:
        """`З владою:`, `AUTHORITIES`, `### Community`, an axis name a list follows, or one
        alone in its paragraph after another axis's list (an axis with no cards)."""
        numbered = block.kind is BlockKind.ITEM and not text.endswith(":")
        nesting = numbered and self._heads_nested_items(index, block)
        if numbered and not (nesting or self._numbers_axes(index, block)):
            return False
        if text.endswith((".", "?", "!", ";", ",")):
            return False  # a sentence, not a label
        bare = text.rstrip(":").strip()
        label = _LETTERED.sub("", bare, count=1)  # (`A. Local authorities`)
        first = label.split()[0].casefold() if label else ""
        following = self._neighbour(index, 1, skip_blank=False)
        if not (
            block.kind is BlockKind.HEADING
            or text.endswith(":")
            or label != bare  # lettered as labels are
            or label.isupper()
            or first in AXIS_PREPOSITIONS
            or self._leads_list(index)
            # Over the sections of its own cards (`Local government` / `Strengths` / `• …`),
            # opening its paragraph (not a card under a label: `Громадська рада`).
            or (self._opens_paragraph(index) and self._over_axis_sections(index))
            # A paragraph that the name opens, with cards unmarked under it.
            or (
                self._opens_paragraph(index)
                and following is not None
                and following.kind is BlockKind.TEXT
            )
            or (
                self.axis is not None
                and self._opens_paragraph(index)
                and (following is None or following.kind is BlockKind.BLANK)
            )
        ):
            return False
        key = self.vocabulary.match_axis(label)
        if key is None or self.stage is None:
            return False
        if numbered and not nesting:
            self.axis_marker = _marker_style(block.marker)
        self._open_axis(key, label)
        return True

    def _heads_nested_items(self, index: int, block: Block) -> bool:
        """`- З владою` over `    - Бюрократія`: an item that says with whom, over items
        indented deeper, as a Notion toggle or an outline exports an axis with its cards (not
        a card over its details: `- Громадська рада` over `    - …`). Only in text, whose
        columns show the nesting."""
        if block.plain or block.text.split(None, 1)[0].casefold() not in AXIS_PREPOSITIONS:
            return False
        following = self._neighbour(index, 1, skip_blank=True)
        return (
            following is not None
            and following.kind is BlockKind.ITEM
            and following.column >= block.column + _NESTED_INDENT
        )

    def _over_axis_sections(self, index: int) -> bool:
        """Whether a short line over a marked list comes next (after a blank line)."""
        at = self._neighbour_index(index, 1, skip_blank=True)
        if at is None or at == index + 1 or self.blocks[at].kind is not BlockKind.TEXT:
            return False
        return self._short_line_over_list(at, " ".join(self.blocks[at].text.split()))

    def _numbers_axes(self, index: int, block: Block) -> bool:
        """`1) З органами влади` over `- Бюджет …`: an axis label typed as a numbered item,
        numbered as the labels before it in its stage (the last one may have no cards), or
        over a list marked another way when it is the first (`1) Органи влади`) or says with
        whom. A numbered card seldom stands over a list of other markers (`2) Громада` over
        `- не довіряє ОМС`)."""
        style = _marker_style(block.marker)
        if not style[:1].isdigit():
            return False
        if style == self.axis_marker:
            return True
        words = strip_markup(block.text, plain=block.plain).casefold().split()
        first = block.marker.startswith("1") and not block.marker[1:2].isdigit()
        if not (first or set(words[:2]) & AXIS_PREPOSITIONS):
            return False  # (not `2) Громада` over its example, a card)
        following = self._neighbour(index, 1, skip_blank=True)
        return (
            following is not None
            and following.kind is BlockKind.ITEM
            and _marker_style(following.marker) != style
        )

    def _try_labelled_cards(self, index: int, block: Block) -> bool:
        """`З владою: Прозорість; Діалог`: an axis label with its cards beside it, which are
        cut like a cell's. The label must read as one (`З …`, capitals, under another such
        line or where no axis is open) or its cards must (see below), so a card that opens
        with an axis word and a colon in a list (`Влада: формальний підхід`) stays a card."""
        labelled = self._axis_label_beside_cards(block)
        if labelled is None:
            return False
        key, label, start, cards = labelled
        # Cards, by their shape: `;` or bullets part them, or a capital or a number opens
        # them where no list of another axis goes on (not `Влада: формальний підхід`, nor
        # `Влада: Формальний підхід` between the cards of a list).
        opened = cards[:1].isupper() or cards[:1].isdigit()
        if not (
            label.split()[0].casefold() in AXIS_PREPOSITIONS
            or label.isupper()
            or self.labelled_index == index - 1
            or self.axis is None  # no list of cards that it could belong to
            or ";" in cards
            or "•" in cards
            or (opened and self._opens_paragraph(index))
            or (opened and not self._current_section().axes.get(self.axis))
        ):
            return False
        self._open_axis(key, label)
        cards, wraps, _ = self._take_wrapped_lines(index, block.text[start:], beside_label=True)
        self.labelled_index = index + len(wraps)  # the wrapped lines are the blocks after it
        self._add_items(
            key,
            cards,
            block.line,
            block.column + start,
            explicit=False,
            plain=block.plain,
            wraps=wraps,
        )
        return True

    def _axis_label_beside_cards(self, block: Block) -> tuple[str, str, int, str] | None:
        """The axis key and label of `З владою: Прозорість; Діалог`, where its cards start
        in the block's text, and their text as read; None for other lines."""
        colon = block.text.find(":") if block.kind is BlockKind.TEXT else -1
        if colon < 1:
            return None
        label = strip_markup(block.text[:colon].strip("*_ "), plain=block.plain)
        if not label or len(label.split()) > _MAX_AXIS_LABEL_WORDS:
            return None
        start = colon + 1  # the cards, past the bold that closes the label (`**З владою:**`)
        while start < len(block.text) and block.text[start] in "*_":
            start += 1
        cards = strip_markup(block.text[start:], plain=block.plain)
        if not cards:
            return None
        key = self.vocabulary.match_axis(label)
        return None if key is None else (key, label, start, cards)

    def _take_wrapped_lines(
        self, index: int, text: str, *, beside_label: bool = False, mid_phrase: bool = False
    ) -> tuple[str, list[tuple[int, int, int]], bool]:
        """`text` of block `index` with the lines right under it that are its wrapped rest
        (`закриті Втома` under `З громадою: Стигма Родини військових`), which leave the
        walk; where each starts in the text, with its line and column; and whether a rest
        went on at a surname (see `_holder_named_on`). Cards beside a
        label go on as `_goes_on_beside_label` says, a paragraph in lower-case lines only,
        a line cut `mid_phrase` only while its last line ends so (`goes_on_in`) or is cut at
        a page's width (`_cut_at_width`), past a page break too."""
        wraps: list[tuple[int, int, int]] = []
        pieces, length, last = [text], len(text), text
        lower_case_list: bool | None = None  # asked once, where a rest broken by hand may go on
        named = False  # a rest went on at the surname of the line's office or occupation
        line = self.blocks[index].line
        following = index + 1
        while following < len(self.blocks):
            turned = self._page_turned_to(following) if mid_phrase else None
            if turned is not None:
                following = turned  # (its page number stays where it was)
            block = self.blocks[following]
            if block.kind is not BlockKind.TEXT or (block.line != line + 1 and turned is None):
                break
            if beside_label:
                goes_on = self._goes_on_beside_label(last, block.text)
            elif mid_phrase:
                goes_on = (
                    ends_mid_phrase(last)
                    and (
                        reads_as_wrapped(block.text)  # (`Консультації з` / `іншими ГО`)
                        or goes_on_in(last, block.text)
                        or self._goes_on_beside_label(last, block.text)
                        or an_abbreviation_alone(block.text)  # (`… консультацій із` / `ГО`)
                    )
                ) or _rest_cut_at_width(last, block.text, first_line=len(pieces) == 1)
                if not goes_on and lower_case_list is None:
                    lower_case_list = self._lower_case_cards_near(index)
                card = " ".join(pieces)
                if not goes_on and _holder_named_on(card, last, block.text):  # (in any list)
                    goes_on = named = True
                goes_on = goes_on or _body_named_on(last, block.text)
                goes_on = goes_on or (
                    not lower_case_list and _rest_of_broken_line(card, last, block.text)
                )
            else:
                goes_on = reads_as_wrapped(block.text)
            if not goes_on or self._axis_label_beside_cards(block):
                break  # (`з громадою: довіра` is a line of its own)
            wraps.append((length + 1, block.line, block.column))
            pieces.append(block.text)
            length += 1 + len(block.text)
            last, line = block.text, block.line
            self.blocks[following] = _PASSED[BlockKind.NOISE]
            following += 1
        return " ".join(pieces), wraps, named

    def _broken_by_hand(self, index: int, text: str) -> bool:
        """Whether the line right under the card `text` of block `index` is its rest, broken
        off by hand (see `_rest_of_broken_line`)."""
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if (
            following is None
            or following.kind is not BlockKind.TEXT
            or following.line != self.blocks[index].line + 1
        ):
            return False
        return (
            _holder_named_on(text, text, following.text) or _body_named_on(text, following.text)
        ) or (
            not self._lower_case_cards_near(index)
            and _rest_of_broken_line(text, text, following.text)
        )

    def _lower_case_cards_near(self, index: int) -> bool:
        """Whether lines of the list around the card at `index` (not the line under it) are
        cards in lower case, two or more: a list of such cards, where a lower-case line is
        one too. A line in lower case under one that ends mid-phrase is that one's rest, no
        card; one such line alone may be a rest this rule did not take in."""
        behind = list(self.list_lines)
        cards = sum(
            block.text[:1].islower() and not (at and _may_go_on(behind[at - 1].text))
            for at, block in enumerate(behind)
        )
        for near in range(index + 2, min(len(self.blocks), index + _NEAR_LINES)):
            block, above = self.blocks[near], self.blocks[near - 1]
            if block.kind is not BlockKind.TEXT or block.line != above.line + 1:
                break
            cards += block.text[:1].islower() and not _may_go_on(above.text)
        return cards >= _LOWER_CASE_LIST

    def _page_turned_to(self, index: int) -> int | None:
        """The block after the page break that starts at `index` (blank lines and a page
        number, nothing else), or None where no page number stands there."""
        paged = False
        while index < len(self.blocks) and self.blocks[index].kind in _PAGE_BREAK_KINDS:
            block = self.blocks[index]
            if block.kind is BlockKind.NOISE and block.marker != PAGE_NUMBER:
                return None
            paged = paged or block.kind is BlockKind.NOISE
            index += 1
        return index if paged and index < len(self.blocks) else None

    def _goes_on_beside_label(self, above: str, line: str) -> bool:
        """Whether `line` carries on the cards beside a label, whose last line is `above`: a
        lower-case rest (`у міському` / `транспорті`), or any line after a separator or a
        word that cannot end a card (`…;` / `Пільговий проїзд`, `з Кременчука та` /
        `Миргорода`); never a heading in capitals, a question, a label, an axis, a stage, a
        section or a note."""
        if line.isupper() or _asks(line) or line.endswith(":") or _NOTE().match(line):
            return False
        if self.vocabulary.match_axis(line) or self.vocabulary.is_section(strip_markup(line)):
            return False
        if self.vocabulary.match_stage(line, plain=True) is not None:
            return False
        if reads_as_wrapped(line):
            return True
        last = above.rstrip()
        words = last.rsplit(None, 1)[-1:]
        return last.endswith((";", "•", ",")) or (
            bool(words) and (words[0] in FUNCTION_WORDS or bool(_NUMBERING.match(words[0])))
        )  # (a lower-case word only: `План А` ends a card)

    def _open_axis(self, key: str, label: str) -> None:
        """Cards from here on belong to axis `key` of the current section; a section of the
        axis before's own cards ends here (the next axis may have none)."""
        assert self.stage is not None
        if self.section is not None and self.section.inside_axis:
            self._open_section(self.outer_title)
        self._note_loose_axis(self.blocks[self.index], label, key)
        self.axis_labels.setdefault(key, label)
        self._current_section().axes.setdefault(key, [])
        self.stage.axes_seen.add(key)
        self.axis = key
        self.axis_index = self.index
        self.sections_inside_axis = False

    def _note_loose_axis(self, where: Block | Cell, label: str, key: str) -> None:
        """Say a label read as an axis past words of its own (`With the hromada (community)`,
        `Мешканці будинків`), so those words are not lost."""
        if self.vocabulary.names_axis_loosely(label):
            self.diagnostics.append(
                Diagnostic(
                    Code.UNKNOWN_HEADING,
                    Level.INFO,
                    f"axis label {' '.join(label.split())!r} read as axis {key!r}",
                    where.line,
                    where.column,
                )
            )

    def _unknown_sub_heading(self, index: int, block: Block, text: str) -> bool:
        """`Партнери з бізнесу:` opening its paragraph over a list: an axis heading the
        vocabulary does not know. Taken for a card, it filed its list under the axis above."""
        return (
            block.kind is BlockKind.TEXT
            and text.endswith(":")
            and self._opens_paragraph(index)
            and self._leads_list(index)
        )

    def _cards_follow(self, index: int) -> bool:
        """Cards follow the line, marked or not, and no label or heading of their own."""
        following = self._neighbour(index, 1, skip_blank=True)
        if following is None or following.kind not in (BlockKind.ITEM, BlockKind.TEXT):
            return False
        return not self._names_axis(following, loose=True)

    def _leads_list(self, index: int) -> bool:
        """A list follows the line, right under it or after a blank line."""
        following = self._neighbour(index, 1, skip_blank=True)
        return following is not None and following.kind is BlockKind.ITEM

    def _is_section_heading(self, index: int, block: Block, text: str) -> bool:
        if self.vocabulary.is_section(text):
            return True
        if block.kind is BlockKind.ITEM or text.endswith((".", ";", ",")):
            return False
        if self._heads_list_inside_axis(index, block, text):
            self.axis_list_heading = index
            return True
        previous = self._neighbour(index, -1, skip_blank=False)
        following = self._neighbour(index, 1, skip_blank=True)
        if self.axis is not None and self.axis_index == index - 1:
            return False  # the first card under its axis's heading (`**З громадою:**`)
        opens_paragraph = (
            block.kind is BlockKind.HEADING
            or previous is None
            or previous.kind in (BlockKind.BLANK, BlockKind.HEADING)
        )
        leads_content = following is not None and (
            following.kind is BlockKind.ROW
            or self._names_axis(
                following, loose=self.axis is None or self._lists_begin_again(index, following)
            )
        )
        if (
            not opens_paragraph
            and previous is not None
            and following is not None
            and following.kind is BlockKind.TEXT
            and following.line == block.line + 1
            and self.vocabulary.match_axis(following.text.strip().rstrip(":").strip())
        ):
            # Notes with no blank lines (a PDF's copy): a short line under the stage's
            # question, or under a marked list whose axes begin again, right over an axis's
            # label (`Що відбувається …?` / `Що працює` / `Взаємодія з владою`).
            words = text.split()
            short = (
                len(words) <= _MAX_LABEL_WORDS
                and not text.endswith(("?", ":", "!", "."))
                and not morphology.is_oblique_only(bare_word(words[0]))  # (a rest: `Чернігівщини`)
            )
            if self.stage is None:
                return False
            under_question = (
                self.axis is None
                and self.stage.question is not None
                and not self.cards_in_stage
                and not self.stage.sections
                and self._groups_again(index, following)  # (`Що працює` … `Що заважає`)
            )
            if short and under_question:
                self.stage.grouped = True  # (its lists come in groups: see below)
                return True
            above = self._neighbour_index(index, -1, skip_blank=False)
            after_list = previous.kind is BlockKind.ITEM or above in self.detail_indexes
            return (
                short
                and after_list  # (or under a step's details: `Відповідальні – …`)
                and (self.stage.grouped or self._lists_begin_again(index, following))
            )
        return opens_paragraph and leads_content

    def _heads_list_inside_axis(self, index: int, block: Block, text: str) -> bool:
        """`Влада:` / `Проблеми` / `• …` / `Ресурси` / `• …`: a short unmarked line over a
        marked list of capitalised cards, right under the axis's label, under a list or after
        a blank line, heads a section inside the axis when its title is one (see below); one
        whose title stood under an axis of the stage before may have no cards (`Ресурси`
        right before the next label or stage). Elsewhere such a line is a card, or may name
        an axis the vocabulary lacks (see `_unknown_sub_heading`)."""
        if self.axis is None or not _line_or_bold(block) or not text[:1].isupper():
            return False
        assert self.stage is not None
        title = " ".join(text.split())
        following = self._neighbour(index, 1, skip_blank=False)
        if following is None or following.kind is not BlockKind.ITEM:
            under_label = self._neighbour_index(index, -1, skip_blank=True) == self.axis_index
            return title in self.stage.inside_titles and (self.sections_inside_axis or under_label)
        if following.text.lstrip()[:1].islower():
            return False  # a card over its details (`Ветеранська рада` / `- збирається …`)
        if len(text.split()) > _MAX_LABEL_WORDS or _NOTE().match(text) or _signature(text):
            return False
        above = self._neighbour_index(index, -1, skip_blank=True)
        # (Right under its label, or under a section of the axis that has no cards.)
        under_label = above in (self.axis_index, self.axis_list_heading)
        after_list = above is not None and self.blocks[above].kind is BlockKind.ITEM
        if not (under_label or after_list or self._opens_paragraph(index)):
            return False  # (a line right under an unmarked card goes on its list)
        # The titles of such sections stand under each axis of the stage (`Проблеми`,
        # `Ресурси`), or in twos under one: one stood under an axis before, or stands again
        # later in the stage, or another such line follows in the axis. A line said once is
        # a card over the list (`Молодіжна рада при ОМС`, also when the next stage opens
        # with it again), or a heading the vocabulary lacks (`Партнери з бізнесу:`).
        return (
            title in self.stage.inside_titles
            or (  # the second of two
                self.section is not None and self.section.inside_axis and not title.endswith(":")
            )
            or self._sections_follow(index, title)
        )

    def _sections_follow(self, index: int, title: str) -> bool:
        """Whether, after `index` and before the next stage's heading, the line `title`
        stands again, or before the next axis's label another short unmarked line over a
        marked list does (within a bounded look-ahead, which keeps this linear)."""
        in_axis = True
        end = min(len(self.blocks), index + 1 + _SECTION_LOOKAHEAD)
        for at in range(index + 1, end):
            block = self.blocks[at]
            if block.kind not in (BlockKind.TEXT, BlockKind.HEADING, BlockKind.ITEM):
                continue  # (a stage's heading may be numbered as a list's item: `2. Оцінка …`)
            text = " ".join(block.text.split())
            if len(text) <= _MAX_HEADING_LENGTH and self._names_stage(text):
                return False
            if _line_or_bold(block) and text == title:
                return True
            if self._names_axis(block, loose=True):
                in_axis = False  # (a label may be a heading too: `### З громадою`)
            elif in_axis and _line_or_bold(block) and self._short_line_over_list(at, text):
                return True
        return False

    def _short_line_over_list(self, index: int, text: str) -> bool:
        """`Ресурси` after a blank line or a list, and a marked list right under it."""
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return (
            following is not None
            and following.kind is BlockKind.ITEM
            and text[:1].isupper()
            and len(text.split()) <= _MAX_LABEL_WORDS
            and not text.endswith((".", ";", ",", ":"))
            and (self.blocks[index - 1].kind is BlockKind.ITEM or self._opens_paragraph(index))
        )

    def _groups_again(self, index: int, label: Block) -> bool:
        """Whether, further on in the stage, a short line under a marked list stands right
        over an axis's label again (the label at `index + 1` opened the first group): the
        stage's lists come in groups, each under its title."""
        for at in range(index + 2, len(self.blocks) - 1):
            block, following = self.blocks[at], self.blocks[at + 1]
            stage_like = block.text.isupper() or is_numbered(block.text)
            if block.kind is BlockKind.HEADING or (stage_like and self._names_stage(block.text)):
                return False  # (the next stage; not `Кроки на 2026 рік`, a group's title)
            above = self.blocks[at - 1]
            if (
                block.kind is BlockKind.TEXT
                and (above.kind is BlockKind.ITEM or above.marker == DETAIL)
                and following.kind is BlockKind.TEXT
                and following.line == block.line + 1
                and len(block.text.split()) <= _MAX_LABEL_WORDS
                and not morphology.is_oblique_only(bare_word(block.text.split()[0]))
                and self.vocabulary.match_axis(following.text.strip().rstrip(":").strip())
            ):
                return True
        return False

    def _lists_begin_again(self, index: int, label: Block) -> bool:
        """Whether `label` names an axis the current section already has cards for: the
        lists begin again, so the line before it heads a new section (`Середньострокові
        кроки`). After unmarked cards that line may be a card too, unless the label stands
        right under it, as under a heading (`Наступного року` over `З владою`)."""
        above = self._neighbour(index, -1, skip_blank=True)
        under = index + 1 < len(self.blocks) and self.blocks[index + 1] is label
        if above is None or (above.kind is not BlockKind.ITEM and not under):
            return False
        key = self.vocabulary.match_axis(label.text.strip().rstrip(":").strip())
        return key is not None and bool(self._current_section().axes.get(key))

    def _names_axis(self, block: Block, *, loose: bool = False) -> bool:
        """An axis heading: `З владою:`, `### Authorities`, or, `loose`, `З владою` or a line
        of capitals, `AUTHORITIES` (not a list's card, nor an abbreviation: `- ОМС`), with
        no colon (not while a list is open: between its cards it is no sign of a section)."""
        label = block.text.strip().rstrip(":").strip()
        marked = (
            block.text.strip().endswith(":")
            or block.kind is BlockKind.HEADING
            or (
                loose
                and bool(label)
                and (label.split()[0].casefold() in AXIS_PREPOSITIONS or _caps_label(block, label))
            )
        )
        return (
            block.kind is not BlockKind.ROW
            and bool(label)
            and marked
            and self.vocabulary.match_axis(label) is not None
        )

    def _open_section(self, title: str | None) -> None:
        assert self.stage is not None
        # An untitled section with no cards (an axis label opened it): the titled one takes
        # its place (`З владою` / `ОБРАНІ КРИТЕРІЇ`), so no empty section stays.
        self._drop_an_empty_section(keep_the_only=False)
        self._leave_section()
        self.section = _Section(_section_title(title), self.line)
        self.section_index = self.index if title is not None else -1  # where a heading named it
        self.stage.sections.append(self.section)
        self.axis = None

    def _drop_an_empty_section(self, *, keep_the_only: bool = True) -> None:
        """The current section goes, untold to the sink, when it has no title and no cards
        (an axis label opened it, and nothing or only a remark came under it); `keep_the_only`
        keeps it when it is its stage's only one, the stage's empty axes."""
        section = self.section
        if (
            self.stage is None
            or section is None
            or section.title is not None
            or any(section.axes.values())
            or (keep_the_only and self.stage.sections == [section])
        ):
            return
        self.stage.sections.remove(section)
        self.section = None

    def _leave_section(self) -> None:
        """No card joins the current section any more: hand it to the sink, if any."""
        section, self.section = self.section, None
        if section is None or self.sink is None:
            return
        assert self.stage is not None
        section.axes = self.sink(self.stage.key, section.title, section.axes)
        section.seen = {}

    def _current_section(self) -> _Section:
        if self.section is None:
            self._open_section(None)
        assert self.section is not None
        return self.section

    # -- preamble --------------------------------------------------------------------------

    def _preamble(self, block: Block, text: str) -> None:
        if (
            self.title is None
            and block.kind is BlockKind.TEXT
            and _WIDE_GAP.search(block.text)
            and self._runs_on_pages(text)
        ):
            # A PDF's running header above the title (`ГО «…»      Звіт про сесію`), which
            # stands again at each page's head: no title.
            self._note(block, Code.PAGE_NUMBER, Level.INFO, f"a running header skipped: {text!r}")
            return
        if self.title is None:
            self.title = strip_numbering(text) if block.kind is BlockKind.HEADING else text
            self.title_lines = 1
            self.title_fielded = block.kind is BlockKind.TEXT and bool(
                _FRONT_MATTER_FIELD.match(text)
            )
            return
        if (
            self.title_fielded
            and block.kind is BlockKind.HEADING
            and block.marker == "#"
            and all(_FRONT_MATTER_FIELD.match(line) for line in self.intro)
        ):
            # Front matter with no title (`created: 2025-10-03`, `tags: […]`) over the
            # document's `#` heading: the heading is the title, the fields its intro.
            self.intro.insert(0, self.title)
            self.title = strip_numbering(text)
            self.title_fielded = False
            return
        if self._wraps_title(block, text):
            self.title = f"{self.title} {text}"
            self.title_lines += 1
            return
        if block.kind is BlockKind.ITEM:
            text = f"{block.marker} {text}"
        self.intro.append(text)

    def _step_detail(self, index: int, text: str) -> bool:
        """`2. Включити експертів ГО до комісії` / `Термін – квітень 2025`: in a stage of
        steps, a detail under a numbered step (past its other details) is that step's, kept
        in its `details`; elsewhere the line is read as any other."""
        if self.stage is None or self.stage.key != _STEPS or self.axis is None:
            return False
        if self.step_index is None:
            return False
        for between in self.blocks[self.step_index + 1 : index]:
            if between.kind is not BlockKind.NOISE and between.marker != DETAIL and between.text:
                return False  # (a wrapped line the step took in is a blank placeholder now)
        cards = self._current_section().axes.get(self.axis)
        if not cards:
            return False
        cards[-1].setdefault("details", []).append(clean_item(text))
        self.detail_indexes.add(index)
        return True

    def _runs_on_pages(self, text: str) -> bool:
        """Whether the line `text` stands twice more further on, as a page's running header
        does (asked of the first lines only, so the document is counted once)."""
        key = " ".join(text.split())
        if self.line_counts is None:
            self.line_counts = Counter(
                " ".join(block.text.split())
                for block in self.blocks
                if block.kind in (BlockKind.TEXT, BlockKind.NOISE) and block.text
            )
        return self.line_counts[key] >= _RUNNING_REPEATS

    def _wraps_title(self, block: Block, text: str) -> bool:
        """A line of plain text in capitals right under a title in capitals goes on with it
        (`ОЦИФРОВАНІ РЕЗУЛЬТАТИ РОБОТИ ФОРУМУ` over `«ГРОМАДА БЕЗ БАР’ЄРІВ»`)."""
        if self.intro or block.kind is not BlockKind.TEXT or block.plain:
            return False
        if self.title_lines >= _MAX_TITLE_LINES:
            return False
        if not (self.title and self.title.isupper() and text.isupper()):
            return False
        above = self._neighbour(self.index, -1, skip_blank=False)
        return above is not None and above.kind is not BlockKind.BLANK

    # -- tables ----------------------------------------------------------------------------

    def _row(self, index: int, block: Block) -> None:
        filled = block.filled_cells()
        if len(filled) > 1 and any(_bold_cell(block.cells[i]) for i in filled):
            self.bold_cards = True
        filled_above, self.filled_above = self.filled_above, frozenset(filled)
        self.semicolons_above, self.semicolons_here = (
            self.semicolons_here,
            _has_a_semicolon_list(block),
        )
        if self.axis_rows is not None:
            if self._take_axis_row(block, filled):
                return
            self._read_axis_rows()  # the table ended: its cards join their sections
        if filled == [0] and self._padded_line(index, block):
            return
        if len(filled) == 2 and filled[0] == 0 and self._stage_beside_question(index, block):
            return
        if self.stage is None and not self._is_header_row(block, filled):
            # (A header row may come first: a table that gives each stage in its first cell.)
            if not (self.row_labels and self._stage_in_first_cell(block, filled)):
                self._stray(block, " | ".join(block.cells[i].text.strip() for i in filled))
                return
            filled = filled[1:]
        elif self._is_header_row(block, filled) or self._one_column_header(index, block):
            repeated = self._header(index, block)
            if repeated and self._after_a_page_break(index, block):
                # The header again after a page break (a blank line or a form feed): a card
                # the break cut stands in the row above it (`… виділили лише на` / header /
                # `перші пів року`).
                self.filled_above = filled_above
                self.cut_columns = self.cut_columns | filled_above
            return
        elif self._opens_axis_rows(index, block, filled):
            return
        elif self.row_labels and filled[:1] == [0] and self._stage_in_first_cell(block, filled):
            filled = filled[1:]
        if self.row_labels and filled[:1] == [0]:
            label = strip_markup(block.cells[0].text, plain=block.plain)
            # A blank label (`&nbsp;`, or `**` left of a bold one) goes on in the section.
            if label.strip("*_") and (
                self.section is None or self.section.title != _section_title(label)
            ):
                self._open_section(label)
            filled = filled[1:]
        elif filled == [0] and self._is_section_row(index, block.cells[0], plain=block.plain):
            opener = block.cells[0].text.strip()
            self._open_section(strip_markup(block.cells[0].text, plain=block.plain))
            # (A plain title, not one in bold or capitals, whose table marks titles so.)
            self.section_row_opened = not (
                _BOLD.match(opener) or "<" in opener or strip_markup(opener).isupper()
            )
            return
        elif self._section_beside_blank_corner(filled, block):
            self._open_section(strip_markup(block.cells[1].text, plain=block.plain))
            return
        self.axis = None
        columns = self._columns(block)
        assert self.stage is not None
        self.stage.axes_seen.update(key for key in columns if key)
        section = self._current_section()
        # A row after a page break (a blank line under the table's last row) goes on with
        # that row: a card the break cut in two goes on in lower case, in the row right
        # after the break or in a later one, where the column has had no text since.
        above = self._neighbour(index, -1, skip_blank=True)
        if above is not None and above.kind is BlockKind.ROW:
            if self.blocks[index - 1].kind is BlockKind.BLANK:
                # (A card may go on past a second break: `Спільні закупівлі` two pages on.)
                self.cut_columns = self.cut_columns | filled_above
        else:
            self.cut_columns = frozenset()
        cut_columns, self.cut_columns = self.cut_columns, self.cut_columns - set(filled)
        above_cells, self.cells_above = self.cells_above, block.cells
        if index > 0 and self.blocks[index - 1].kind is BlockKind.ROW and not block.marker:
            # A tab table typed by hand, a card per row: one that runs over two rows goes on
            # in its column (`- Програма збереження пам'яток` / `  з окремим …`).
            cut_columns |= {
                i
                for i in filled
                if i < len(above_cells)
                and _typed_card_goes_on(above_cells[i].text, block.cells[i].text)
            }
        for i in filled:
            cell = block.cells[i]
            key = columns[i] if i < len(columns) else None
            if key is None:
                self._note_cell(cell, Code.EXTRA_COLUMN, "cell outside the axis columns", cell.text)
                continue
            # (The card cut in two stands above, in the same column.)
            self._add_cell(section, key, cell, block, after_break=i in cut_columns)

    def _stage_in_first_cell(self, block: Block, filled: list[int]) -> bool:
        """`| 1. SHAPING THE IDEAL VISION<br>*What …?* | cards | cards |`: one table for all
        the stages, its first column outside the axes (headed `STAGE`, or standing before any
        stage's heading), may give each stage in the first cell of the stage's first row, its
        question under it; the row's other cells hold cards. A stage not yet seen, or one in
        capitals, opens there (not a row's label in the stage's words, `Кроки на 6 місяців`
        in the steps)."""
        if filled[:1] != [0] or not self.stages_in_rows:
            return False
        lines = [
            strip_markup(part, plain=block.plain).strip()
            for part in _LINE_BREAK().split(block.cells[0].text)
        ]
        lines = [line for line in lines if line]
        if not lines:
            return False
        heading = lines[0]
        key = self.vocabulary.match_stage(heading, plain=not heading.isupper())
        if key is None or (self.stage is not None and self.stage.key == key):
            return False
        if key in self.stages and not heading.isupper():
            return False
        question = " ".join(lines[1:]) or None
        self._enter_stage(block, key, heading, heading, question)
        return True

    def _add_cell(
        self, section: _Section, key: str, cell: Cell, block: Block, *, after_break: bool = False
    ) -> None:
        """The cards of a table cell, under `key` in `section` (an empty cell still names
        its axis there)."""
        section.axes.setdefault(key, [])
        if not cell.text.strip():
            return
        self._add_items(
            key,
            cell.text,
            cell.line,
            cell.column,
            explicit=cell.explicit,
            plain=block.plain,
            tags_kept=block.typed_tags,
            wraps=cell.wraps,
            goes_on=after_break,
        )

    def _section_beside_blank_corner(self, filled: list[int], block: Block) -> bool:
        """`\tОБРАНІ КРИТЕРІЇ\t\t`: in a table whose first column holds no axis and no row
        labels (its cells blank), a section's title alone in the first axis column."""
        if not (self.row_labels and filled == [1] and self.columns and self.columns[1]):
            return False
        text = block.cells[1].text.strip()
        if "<" in text:
            return False
        # (Only a known section: a card in capitals may stand alone in its row.)
        return self.vocabulary.is_section(strip_markup(text, plain=block.plain))

    def _after_a_page_break(self, index: int, block: Block) -> bool:
        """Whether a row opens a page: a form feed before it, or a blank line above it."""
        if block.text.startswith("\f"):
            return True
        return index > 0 and self.blocks[index - 1].kind in (BlockKind.BLANK, BlockKind.NOISE)

    def _padded_line(self, index: int, block: Block) -> bool:
        """A row with text in its first cell only may be a line that a spreadsheet export
        padded with tabs (`ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ\t\t`): read as one when it is the
        title or a stage heading or a question, not a section row or a card."""
        cell = block.cells[0]
        line = Block(BlockKind.TEXT, block.line, cell.text.strip(), cell.column, plain=block.plain)
        text = strip_markup(line.text, plain=line.plain)
        if not text or _LIST_MARKUP.search(cell.text):
            return False  # markup alone, or a cell of cards
        if self._try_stage(index, line, text):
            return True
        if self.stage is None:
            self._preamble(line, text)
            return True
        # A question stands before the stage's table, not among its rows.
        return not self.stage.axes_seen and self._try_question(text)

    def _row_axis(self, block: Block, filled: list[int]) -> str | None:
        """The axis that a row's first cell names, cards beside it (`| AUTHORITIES | … |`)."""
        if filled[:1] != [0] or len(block.cells) < 2:
            return None
        raw = block.cells[0].text
        if len(raw) > _MAX_LABEL_LENGTH or "<" in raw:
            return None  # cards, not a label (asked of every row: the cheap test first)
        label = strip_markup(raw, plain=block.plain).strip(" *_:")
        if not label or len(label.split()) > _MAX_AXIS_LABEL_WORDS:
            return None
        return self.vocabulary.match_axis(label)

    def _opens_axis_rows(self, index: int, block: Block, filled: list[int]) -> bool:
        """A table with one row per axis starts here: at its first axis row, or at the row of
        section titles (or blank cells) right above it (`| | SELECTED CRITERIA | … |`)."""
        if self._row_axis(block, filled) is not None:
            titles: list[str | None] = []
        else:
            following = self._neighbour(index, 1, skip_blank=False)
            if following is None or following.kind is not BlockKind.ROW:
                return False
            if self._row_axis(following, following.filled_cells()) is None:
                return False
            if self._repeats_header(following):
                return False  # the header again, after a page break: a card in the row above
            texts = [strip_markup(cell.text, plain=block.plain).strip() for cell in block.cells]
            if any("<" in text or len(text.split()) > _MAX_HEADING_WORDS for text in texts):
                return False  # cards, not titles
            if 0 not in filled:
                titles = [text or None for text in texts]  # the corner is blank over labels
            elif self._labels_columns(index, block, texts):
                titles = [None] * len(texts)  # `| Напрям | Картки учасників |`
            else:
                return False  # cards, not titles: the corner cell is blank above axis labels
        self.axis_rows = _AxisRows(titles, block.line)
        self._note(
            block,
            Code.AXIS_ROWS,
            Level.INFO,
            "table names an axis in each row's first cell; its columns are read as sections"
            + (" titled above them" if any(titles) else ""),
        )
        if not titles:
            self._take_axis_row(block, filled)
        return True

    def _labels_columns(self, index: int, block: Block, texts: list[str]) -> bool:
        """`| Напрям | Картки учасників |` over `|---|---|` and rows that name an axis each: a
        Markdown header of short labels for the column of axes and the column of cards,
        which names no section (said, ND101), not a row of cards."""
        if not block.typed_tags or index + 1 >= len(self.blocks):
            return False
        if self.blocks[index + 1].kind is not BlockKind.NOISE:
            return False
        if any(len(text.split()) > _MAX_LABEL_WORDS for text in texts):
            return False
        labels = " | ".join(texts)
        message = f"column labels {labels!r} read as the header of a table of axis rows"
        self._note(block, Code.UNKNOWN_HEADING, Level.INFO, message)
        return True

    def _take_axis_row(self, block: Block, filled: list[int]) -> bool:
        """Keep an axis row of the table being read (see `_AxisRows`); False for another."""
        assert self.axis_rows is not None
        key = self._row_axis(block, filled)
        if key is None:
            return False
        cell = block.cells[0]
        label = strip_markup(cell.text, plain=block.plain).strip(" *_:")
        self._note_loose_axis(cell, label, key)
        self.axis_labels.setdefault(key, label)
        assert self.stage is not None
        self.stage.axes_seen.add(key)
        self.axis_rows.rows.append((key, block))
        return True

    def _read_axis_rows(self) -> None:
        """The cards of a table with one row per axis, section by section (column by
        column)."""
        table, self.axis_rows = self.axis_rows, None
        assert table is not None
        width = max((len(block.cells) for _, block in table.rows), default=0)
        self.line = table.line
        for column in range(1, width):
            title = table.titles[column] if column < len(table.titles) else None
            if title is not None and (
                self.section is None or self.section.title != _section_title(title)
            ):
                self._open_section(title)
            section = self._current_section()
            for key, block in table.rows:
                if column < len(block.cells):
                    self._add_cell(section, key, block.cells[column], block)
                else:
                    section.axes.setdefault(key, [])
        self.axis = None

    def _stage_beside_question(self, index: int, block: Block) -> bool:
        """`Оцінка поточної реальності\tЩо відбувається …?`: a stage heading whose question
        a spreadsheet export put in the next cell."""
        heading, asked = (cell for cell in block.cells if cell.text.strip())
        question = strip_markup(asked.text, plain=block.plain).strip()
        if not _asks(question):
            return False
        line = Block(
            BlockKind.TEXT, block.line, heading.text.strip(), heading.column, plain=block.plain
        )
        text = strip_markup(line.text, plain=line.plain)
        if not text or not self._try_stage(index, line, text):
            return False
        assert self.stage is not None
        if self.stage.question is None:
            self.stage.question = question
        return True

    def _repeats_header(self, block: Block) -> bool:
        """Whether `block` is the table's header row again (the same axes in the same
        columns), as after a page break; not a row whose first cell names an axis."""
        if self.columns is None or not self._is_header_row(block, block.filled_cells()):
            return False
        labels = [strip_markup(cell.text, plain=block.plain) for cell in block.cells]
        return [self.vocabulary.match_axis(label) if label else None for label in labels] == (
            self.columns
        )

    def _is_header_row(self, block: Block, filled: list[int]) -> bool:
        """Axis labels in at least two cells, and only short plain labels in the others (but
        for the stage's question in the corner: see `_corner_question`)."""
        if filled[:1] == [0] and _corner_question(block) is not None:
            filled = filled[1:]
        raw = [block.cells[i].text for i in filled]
        if len(filled) < 2 or any(
            "<" in text or len(text.split()) > 2 * _MAX_LABEL_WORDS for text in raw
        ):
            return False  # content, not labels: skip the costlier matching
        texts = [strip_markup(text, plain=block.plain) for text in raw]
        known = sum(1 for text in texts if self.vocabulary.match_axis(text))
        # (A gloss in brackets is no more words of the label: `Органи влади (ОМС, служба у
        # справах дітей)`.)
        return known >= 2 and all(
            "<" not in text and len(without_gloss(text).split()) <= _MAX_LABEL_WORDS
            for text in texts
        )

    def _one_column_header(self, index: int, block: Block) -> bool:
        """A table of one axis (`| З владою |` over `|---|`): its label alone is a header when
        a delimiter row marks it as one."""
        return (
            len(block.cells) == 1
            and index + 1 < len(self.blocks)
            and self.blocks[index + 1].kind is BlockKind.NOISE
            and self.vocabulary.match_axis(strip_markup(block.cells[0].text, plain=block.plain))
            is not None
        )

    def _axis_left_over(self, block: Block, labels: list[str]) -> None:
        """`CITY HALL | RESIDENTS | PARTNER NGOs`: a header with a column for every axis, of
        which one label is unknown and one axis unnamed, names that axis there (said)."""
        assert self.columns is not None
        keys = self.vocabulary.axis_keys
        unknown = [i for i, key in enumerate(self.columns) if key is None and labels[i]]
        missing = [key for key in keys if key not in self.columns]
        if len(labels) != len(keys) or len(unknown) != 1 or len(missing) != 1:
            return
        column, key = unknown[0], missing[0]
        self.columns[column] = key
        self._note_cell(
            block.cells[column],
            Code.UNKNOWN_HEADING,
            f"column label is not in the vocabulary; taken as axis {key!r}, the one left",
            labels[column],
        )

    def _header(self, index: int, block: Block) -> bool:
        """Read a header row's axes; say whether it repeats the table's header right under
        its rows (the table goes on, after a page break when a blank line stands above)."""
        self.header_index = index
        self.bold_cards = False
        self.section_row_opened = False
        labels = [strip_markup(cell.text, plain=block.plain) for cell in block.cells]
        question = _corner_question(block)
        if question is not None:
            labels[0] = ""  # the stage's question, not a column's label
            if self.stage is not None and self.stage.question is None:
                self.stage.question = question
        columns_above = self.columns
        self.columns = [self.vocabulary.match_axis(label) if label else None for label in labels]
        self._axis_left_over(block, labels)
        # `| | Authorities | Community |`: a first column outside the axes, before two or more
        # axes, holds row labels (`Selected criteria`), each naming its row's section.
        self.row_labels = self.columns[0] is None and sum(map(bool, self.columns[1:])) >= 2
        # Its first column may give each stage in a cell (`_stage_in_first_cell`) when it is
        # headed so (`STAGE`) or the table stands before any stage's heading.
        self.stages_in_rows = self.row_labels and (self.stage is None or _names_stages(labels[0]))
        for column, (cell, label, key) in enumerate(
            zip(block.cells, labels, self.columns, strict=True)
        ):
            if key:
                self._note_loose_axis(cell, label, key)
                self.axis_labels.setdefault(key, label)
                if self.stage is not None:
                    self.stage.axes_seen.add(key)
            elif label and column == 0 and self.row_labels and _names_stages(label):
                self._note_info(
                    Code.UNKNOWN_HEADING,
                    f"first column gives each stage in the row where it begins: {label!r}",
                    cell,
                )
            elif label and column == 0 and self.row_labels:
                self._note_cell(
                    cell,
                    Code.UNKNOWN_HEADING,
                    "first column holds row labels; each is taken as its row's section",
                    label,
                )
            elif label:
                self._note_cell(
                    cell,
                    Code.UNKNOWN_HEADING,
                    "column label is not an axis of the vocabulary (add it with"
                    " --vocabulary); its cells are reported, not parsed",
                    label,
                )
        above = self._neighbour_index(index, -1, skip_blank=True)
        named_here = (
            above == self.section_index and self.blocks[above].kind is not BlockKind.ROW
        ) or self._another_axis_table(index)
        # The same header again right under a table's rows: the table goes on after a page
        # break, in its last section.
        repeated = (
            above is not None
            and self.blocks[above].kind is BlockKind.ROW
            and self.columns == columns_above
        )
        if not (named_here or repeated):
            self._leave_section()  # a new table; only a heading line right above it names it
        self.axis = None
        return repeated

    def _bold_alone(self, index: int) -> bool:
        """Whether the rows of the table around a row all in bold tags hold none, and a row
        follows it: where cards are in bold too (those the room voted for), bold marks no
        section's title, nor does it over no row at all (a bold card in the last row)."""
        following = self._neighbour(index, 1, skip_blank=True)
        if self.bold_cards or following is None or following.kind is not BlockKind.ROW:
            return False
        for step in (-1, 1):
            near = self._neighbour(index, step, skip_blank=True)
            if (
                near is not None
                and near.kind is BlockKind.ROW
                and any(_bold_cell(cell) for cell in near.cells)
            ):
                return False
        return True

    def _another_axis_table(self, index: int) -> bool:
        """`### Selected criteria` over one table per axis (`| WITH THE COMMUNITY |`, then
        `| WITH LOCAL AUTHORITIES |`): a table under the heading's tables alone, or right
        under an untitled section's table, whose axes have no cards in the section yet, is
        still in it (a table of axes that have them opens a section of its own)."""
        if self.section is None:
            return False
        if self.section.title is None:
            # Untitled: the table right under another's rows (`| AUTHORITIES |` tables in
            # turn, with no heading over them), which goes on in its section.
            above = self._neighbour_index(index, -1, skip_blank=True)
            if above is None or self.blocks[above].kind is not BlockKind.ROW:
                return False
        else:
            heading = self.section_index
            if heading < 0:
                return False
            between = self.blocks[heading + 1 : index]
            if any(block.kind not in _TABLE_KINDS for block in between):
                return False  # (blocks passed are placeholders of their kind: see `run`)
        assert self.columns is not None
        return not any(self.section.axes.get(key) for key in self.columns if key)

    def _is_section_row(self, index: int, cell: Cell, *, plain: bool) -> bool:
        """A lone first cell is a section heading when the vocabulary knows it, when it is in
        bold, or, inside a table, when it is in capitals or the row after it holds whole
        lists (a table with one row per section): a list's markup in a cell, or `;` in every
        filled cell; otherwise it is a card of a one-card row."""
        text = cell.text.strip()
        bold = _BOLD_TAGS.match(text) is not None and not plain
        if "<" in text and not (bold and self._bold_alone(index)):
            # (A cell of cards; not `<b>ОБРАНІ КРИТЕРІЇ</b>`, which is bold, nor a section
            # the vocabulary knows in bold over cards in bold.)
            return bold and self.vocabulary.is_section(strip_markup(text))
        label = strip_markup(text, plain=plain)
        if self.vocabulary.is_section(label):
            return True
        # (A Word cell in bold is a section's title, as Word files mark them; an HTML one only
        # where the table's cards are not in bold and a row follows: see `_bold_alone`.)
        word_or_lone_bold = cell.bold and (cell.explicit or self._bold_alone(index))
        if word_or_lone_bold or _BOLD.match(text) or "<" in text:
            self._guessed_section(cell, label)
            return True
        if self.columns is not None and len(self.columns) == 1:
            # A table of one axis, where every row is a lone first cell: only a title in
            # capitals of two words or more (`| ПРІОРИТЕТИ ГРУПИ |`; not `| ЦНАП |`).
            return label.isupper() and len(label.split()) > 1
        # Right under the header, blank lines may stand around it (`Група 1\t\t` between
        # the header and the cards); after cards, a row before a blank line is a card.
        above = self._neighbour_index(index, -1, skip_blank=True)
        previous = None if above is None else self.blocks[above]
        following = self._neighbour(index, 1, skip_blank=above == self.header_index)
        inside_table = (
            previous is not None
            and previous.kind is BlockKind.ROW
            and following is not None
            and following.kind is BlockKind.ROW
        )
        if not inside_table or label.endswith((".", ";", ",")) or _DASHED_CARD().match(label):
            return False  # (a card, also one a list's dash opens: `- Фінансування …`)
        if self.section is not None and _numbered_alike(self.section.title, label):
            self._guessed_section(cell, label)
            return True  # the next of numbered groups: `Group 1: …` / … / `Group 2: …`
        assert following is not None
        if self._next_section_row(index, following, label):
            self._guessed_section(cell, label)
            return True
        filled = [c.text for c in following.cells if c.text.strip()]
        if (
            label.isupper()
            or any(_LIST_CELL.search(text) for text in filled)
            # (`A; B | C; |`, not where the rows of cards above are written so too)
            or (_semicolon_lists(following) and not self.semicolons_above)
        ):
            self._guessed_section(cell, label)
            return True
        return False

    def _next_section_row(self, index: int, following: Block, label: str) -> bool:
        """`| Cards from tables 1–3 | | |` right under a Markdown table's header over a row of
        several cards to a cell, or `| What does not work | | |` in a table that opened a
        section so, between rows of cards in two columns or more, of several cards to a cell
        on one side: a section's title, a short one with no stop or verb (where a table of
        one card per row may have a card of one column alone)."""
        if not self.blocks[index].typed_tags:
            return False
        under_header = self._neighbour_index(index, -1, skip_blank=True) == self.header_index
        above = [cell.text for cell in self.cells_above if cell.text.strip()]
        below = [following.cells[i].text for i in following.filled_cells()]
        # (Rows of several cards to a cell, under it or over it: not a table of one card per
        # row, whose card of one column may stand alone in a row.)
        several_above, several_below = (
            any(_several_cards(text) for text in cells) for cells in (above, below)
        )
        opened = (
            self.section_row_opened and self.section is not None and self.section.title is not None
        )
        # (Not between rows of lists in a table with no section row yet: `| Відкриті засідання
        # | | |` there is a card, as a reader judged.)
        after_cards = len(above) >= 2 and opened and (several_above or several_below)
        return (
            ((under_header and several_below) or after_cards)
            and len(below) >= 2
            and len(label.split()) <= _MAX_LABEL_WORDS
            and not label.endswith(_CARD_ENDS)
            and not any(morphology.is_finite_verb(bare_word(word)) for word in label.split())
        )

    def _guessed_section(self, cell: Cell, label: str) -> None:
        message = f"section heading {label!r} is not in the vocabulary; taken by its form"
        self.diagnostics.append(
            Diagnostic(Code.UNKNOWN_HEADING, Level.INFO, message, cell.line, cell.column)
        )

    def _columns(self, block: Block) -> list[str | None]:
        if self.columns is None:
            keys = self.vocabulary.axis_keys
            self.columns = list(keys)
            self.row_labels = False
            if not self.warned_no_header:
                self.warned_no_header = True
                self._note(
                    block,
                    Code.MISSING_AXIS_HEADER,
                    Level.WARNING,
                    "table has no axis header row; columns taken in vocabulary order: "
                    + ", ".join(keys),
                )
            for key in keys:
                self.axis_labels.setdefault(key, key)
        return self.columns

    # -- items -----------------------------------------------------------------------------

    def _add_items(
        self,
        axis: str,
        raw: str,
        line: int,
        column: int,
        *,
        explicit: bool,
        plain: bool,
        tags_kept: bool = False,
        wraps: Sequence[tuple[int, int, int]] = (),
        goes_on: bool = False,
    ) -> None:
        """The cards of `raw` (a cell, a line, or cards beside a label whose `wraps` say
        where each wrapped line starts in `raw`, and its line and column) under `axis`.
        When `raw` `goes_on` from the axis's last card (a row after a page break), a first
        card in lower case is that card's rest."""
        section = self._current_section()
        items = section.axes.setdefault(axis, [])
        seen = section.seen.setdefault(axis, {})
        # A line break inside cell text is one a reader made between a cell's paragraphs
        # (HTML, Word), not a line of the input: items after one keep the cell's position.
        first_break = raw.find("\n")
        segments = segment_cell(raw, explicit=explicit, plain=plain, tags_kept=tags_kept)
        if goes_on and items and len(segments) == 1 and raw.lstrip()[:1].islower():
            segments = _dashed_rest(
                items[-1]["text"],
                raw,
                segments,
                explicit=explicit,
                plain=plain,
                tags_kept=tags_kept,
            )
        if goes_on and items and segments and _cut_by_a_break(items[-1]["text"], segments[0].text):
            rest = segments.pop(0).text
            items[-1]["text"] = f"{items[-1]['text']} {rest}"
            self.diagnostics.append(
                Diagnostic(
                    Code.JOINED_ACROSS_BREAK,
                    Level.INFO,
                    f"text after a page break joined to the card the break cut: {rest!r}",
                    line,
                    column,
                )
            )
        # One look at the whole cell rules mixed scripts out for all its cards, as it usually can.
        may_mix = _may_mix_scripts("".join(segment.text for segment in segments))
        wrap = 0  # the wrapped lines passed so far: segments come in order
        added = False  # a card of this text is in `items`
        steps = self.stage is not None and self.stage.key == _STEPS
        for text, offset, _guessed, run_on in segments:
            if added and steps and is_step_detail(text):
                # A step's detail after it in one cell (`1. Створити раду. Термін – квітень
                # 2025.`, `<li>…</li><li>Deadline – March 2025</li>`): the step's.
                items[-1].setdefault("details", []).append(text)
                continue
            added = True
            item_line = line
            item_column = column + offset if first_break < 0 or offset < first_break else column
            while wrap < len(wraps) and offset >= wraps[wrap][0]:
                wrap += 1
            if wrap:
                start, item_line, wrap_column = wraps[wrap - 1]
                item_column = wrap_column + offset - start
            items.append({"text": text, "line": item_line, "column": item_column})
            self.cards_in_stage += 1
            self._check_item(text, seen, item_line, item_column, may_mix=may_mix, run_on=run_on)
        if any(segment.guessed for segment in segments):
            self.diagnostics.append(
                Diagnostic(
                    Code.GUESSED_SPLIT,
                    Level.INFO,
                    f"run-on text with no separators: its cell split into {len(segments)} items"
                    " by capitalisation and clause rules; check them",
                    line,
                    column,
                )
            )

    def _check_item(
        self,
        text: str,
        seen: dict[str, int],
        line: int,
        column: int,
        *,
        may_mix: bool,
        run_on: bool,
    ) -> None:
        """Say what a reader should look at in one card: a twin under its axis, a word of two
        scripts, or a run-on card long enough to be several."""
        first = seen.get(text)
        if first is None:
            seen[text] = line
        else:
            # Per axis, one line is one cell; a Markdown table's rows or a list's lines are not.
            where = "in one cell" if first == line else f"under one axis (first on line {first})"
            self._note_at(Code.DUPLICATE_ITEM, f"item {text!r} appears twice {where}", line, column)
        if may_mix and _may_mix_scripts(text):
            self._check_script(text, line, column)
        # Segment text has single spaces between words (see `clean_item`).
        if run_on and (words := text.count(" ") + 1) >= _MERGED_WORDS:
            self._note_at(
                Code.MERGED_ITEMS,
                f"item of {words} words in a run-on cell may be several cards: {text!r}",
                line,
                column,
            )

    def _check_script(self, text: str, line: int, column: int) -> None:
        for word in (w for w in _WORDS.findall(text) if _SCRIPT_SEAM.search(w)):
            self._note_at(
                Code.MIXED_SCRIPT,
                f"word {word!r} mixes Latin and Cyrillic letters; kept as written",
                line,
                column,
            )

    # -- diagnostics -----------------------------------------------------------------------

    def _note_at(self, code: Code, message: str, line: int, column: int) -> None:
        self.diagnostics.append(Diagnostic(code, Level.WARNING, message, line, column))

    def _note_info(self, code: Code, message: str, cell: Cell) -> None:
        self.diagnostics.append(Diagnostic(code, Level.INFO, message, cell.line, cell.column))

    def _note(self, block: Block, code: Code, level: Level, message: str) -> None:
        self.diagnostics.append(Diagnostic(code, level, message, block.line, block.column))

    def _note_cell(self, cell: Cell, code: Code, message: str, text: str) -> None:
        self.diagnostics.append(
            Diagnostic(
                code,
                Level.WARNING,
                f"{message}: {' '.join(text.split())!r}",
                cell.line,
                cell.column,
            )
        )

    def _stray(self, block: Block, text: str) -> None:
        self._note(
            block,
            Code.STRAY_TEXT,
            Level.WARNING,
            f"text outside any cell, heading or question: {' '.join(text.split())!r}",
        )

    def _check_coverage(self) -> None:
        """Stages the vocabulary expects, axes a stage lacks, and cells nobody filled."""
        for key in self.vocabulary.stage_keys:
            if self.stages and key not in self.stages:
                self.diagnostics.append(
                    Diagnostic(
                        Code.MISSING_STAGE, Level.WARNING, f"stage {key!r} does not appear", 1, 1
                    )
                )
        for key, stage in self.stages.items():
            for axis in self.axis_labels:
                if axis not in stage.axes_seen:
                    message = f"stage {key!r} has no column or heading for axis {axis!r}"
                    self.diagnostics.append(
                        Diagnostic(Code.MISSING_AXIS, Level.WARNING, message, stage.line, 1)
                    )
            for section in stage.sections:
                for axis in sorted(stage.axes_seen & set(self.axis_labels)):
                    if not section.axes.get(axis):
                        where = f" under {section.title!r}" if section.title else ""
                        message = f"no items for axis {axis!r} in stage {key!r}{where}"
                        self.diagnostics.append(
                            Diagnostic(Code.EMPTY_CELL, Level.INFO, message, section.line, 1)
                        )

    # -- output ----------------------------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        axis_order = [key for key in self.vocabulary.axis_keys if key in self.axis_labels]
        stages = {}
        for key in self.vocabulary.stage_keys:
            stage = self.stages.get(key)
            if stage is None:
                continue
            stages[key] = {
                "title": stage.title,
                "question": stage.question,
                "sections": [
                    {"title": s.title, "axes": {a: s.axes.get(a, []) for a in axis_order}}
                    for s in stage.sections
                ],
            }
        return {
            "title": self.title,
            "intro": "\n".join(self.intro) or None,
            "axes": {key: self.axis_labels[key] for key in axis_order},
            "stages": stages,
        }


def _typed_card_goes_on(above: str, cell: str) -> bool:
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
        and not text.endswith(_CARD_ENDS)
        and rest.split(None, 1)[0] not in _CARD_OPENING_VERBS
    )


def _several_cards(cell: str) -> bool:
    """Whether a Markdown cell holds several cards as a list does: `<br>` or `;` between
    them, or run-on cards (not sentences: `Бюджет прийняли. Звіт чекаємо.`)."""
    text = strip_markup(cell)
    return "<br" in cell or ";" in cell or (". " not in text and len(segment_cell(text)) > 1)


def _numbered_alike(title: str | None, label: str) -> bool:
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


def _line_or_bold(block: Block) -> bool:
    """A line of prose, or one all in bold (`**Що працює:**`), which may head a section
    inside an axis alike."""
    return block.kind is BlockKind.TEXT or (
        block.kind is BlockKind.HEADING and block.marker in _BOLD_MARKS
    )


def _names_stages(label: str) -> bool:
    """`STAGE`, `Етап`: the label of a first column that gives each stage in a cell."""
    return label.strip(" *_:").casefold() in _STAGE_COLUMN_LABELS


def _section_title(heading: str | None) -> str | None:
    """A section's heading without the colon that closes it (`Що працює:` over its list):
    as in an axis's label, the colon only introduces what the heading holds."""
    if heading is None or not heading.endswith((":", "：")) or not heading[:-1].strip():
        return heading
    return heading[:-1].rstrip()


def _markup_alone(cell: Cell) -> bool:
    """Whether a cell shows no text: markup alone (`&nbsp;`, `<br>`). A long cell holds text,
    and its markup is not read twice."""
    text = cell.text
    return (
        len(text) <= _MARKUP_ONLY_LENGTH
        and text.lstrip()[:1] in ("<", "&")
        and not strip_markup(text, plain=False).strip()
    )


def _heading_and_question(text: str) -> tuple[str, str | None]:
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


def _dotted_and_dated(text: str) -> bool:
    """`Острог · «Спадщина громади» · 22.03.2025`: parts strung with middle dots, and a date
    (not a year alone: `Стратегія до 2027 · Толока · Ярмарок`)."""
    return " · " in text and _DATE().search(text) is not None


def _echoes_title(text: str, title: str | None) -> bool:
    """`«Разом вдома»: оцифровані результати форуму` under `ОЦИФРОВАНІ РЕЗУЛЬТАТИ РОБОТИ
    «РАЗОМ ВДОМА: …»`: the title shortened for a running header, three words or more,
    nearly all of them the title's."""
    if title is None:
        return False
    words = _TITLE_WORD.findall(text.casefold())
    if len(words) < _RUNNING_LINE_WORDS:
        return False
    in_title = set(_TITLE_WORD.findall(title.casefold()))
    return sum(word in in_title for word in words) * 3 >= len(words) * 2


def _reads_as_running(text: str) -> bool:
    """A page's running header or footer: three words or more, with a number, a separator
    or in capitals (`Bila Tserkva · NGO Forum`, `Форум ГО | Ніжин, 2024`); not a card or a
    short heading said again (`Ресурси`, `Спільні прогулянки з ОМС`)."""
    if text.count(" ") < _RUNNING_LINE_WORDS - 1:
        return False
    return text.isupper() or _RUNNING_MARKS.search(text) is not None


def _cards_run_on(text: str) -> bool:
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


def _may_mix_scripts(text: str) -> bool:
    """Whether a card may mix scripts (non-ASCII text with an ASCII letter): told with string
    methods, since a pattern run over every card costs more than all else done per card."""
    if text.isascii():
        return False
    latin = text.encode("ascii", "ignore")
    return latin.lower() != latin.upper()


def assemble(
    blocks: list[Block], vocabulary: Vocabulary, sink: SectionSink | None = None
) -> Assembly:
    """Decide what every block means and build the document data.

    The walk consumes `blocks`: each is emptied once passed, so that its text is held only
    once, in the cards. With a `sink`, each finished section's cards go to it (see
    `SectionSink`)."""
    return _Assembler(blocks, vocabulary, sink).run()


def _asks(text: str) -> bool:
    """A question, perhaps in quotes as written on the flipchart (`«Що …?»`)."""
    return text.rstrip(_CLOSING_QUOTES).endswith("?")


def _semicolon_lists(row: Block) -> bool:
    """Whether every filled cell of `row` (two or more) holds a `;` list."""
    filled = [cell.text for cell in row.cells if cell.text.strip()]
    return len(filled) > 1 and all(";" in text for text in filled)


def _has_a_semicolon_list(row: Block) -> bool:
    """Whether any cell of `row` holds a `;` list: a row of cards written so."""
    return any(";" in cell.text for cell in row.cells)


def _caps_label(block: Block, label: str) -> bool:
    """A line in capitals that may name an axis: prose, longer than an abbreviation."""
    return block.kind is BlockKind.TEXT and label.isupper() and (" " in label or len(label) > 5)


def _dashed_rest(
    card: str, raw: str, segments: list[Segment], *, explicit: bool, plain: bool, tags_kept: bool
) -> list[Segment]:
    """The rest of a card a page break cut, then more of its dashed list, whose dash went
    with the card (`… на пальне` / `та ремонт автобусів - Водії проходять …`): cut at its
    dashes when the rest goes on the card; otherwise the segments as they were."""
    if not _DASHED.search(raw):
        return segments
    marked = segment_cell(f"- {raw}", explicit=explicit, plain=plain, tags_kept=tags_kept)
    if len(marked) < 2 or not _cut_by_a_break(card, marked[0].text):
        return segments
    return [part._replace(offset=max(0, part.offset - 2)) for part in marked]


def _heading_shape(block: Block, text: str) -> tuple[str, str]:
    """How a heading is made, its numbers aside: its kind and marker (`item`, `N.`;
    `heading`, `##`), or the numbering its text opens with."""
    marker = block.marker if block.kind in (BlockKind.ITEM, BlockKind.HEADING) else ""
    if not marker:
        found = _HEADING_NUMBER.match(text)
        ordinal = ordinal_heading(text) if found is None else None
        marker = found.group().strip() if found else (ordinal[0] if ordinal else "")
    return block.kind.value, re.sub(r"\d+", "N", marker)


def _corner_question(block: Block) -> str | None:
    """`Що характеризує …?\tВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО`: the stage's question in a header
    row's corner cell, over a first column of no axis; or None."""
    if not block.cells or len(block.cells) < _CORNER_ROW_CELLS:
        return None
    text = strip_markup(block.cells[0].text, plain=block.plain).strip()
    return text if _asks(text) else None


def _bold_cell(cell: Cell) -> bool:
    """A cell in bold: by its tags, or all its text bold in a Word or HTML document."""
    if cell.bold:
        return True
    text = cell.text
    return _ANY_BOLD_TAG.search(text) is not None and _BOLD_TAG.search(text) is not None


def _heading_number(block: Block, text: str) -> int | None:
    """The number a heading bears (`3. ЩО РОБИМО ДАЛІ`, `## 2. Reality`), as its text or its
    list marker gives it."""
    found = _HEADING_NUMBER.match(block.marker if block.kind is BlockKind.ITEM else text)
    if found:
        return int(found.group(1))
    ordinal = ordinal_heading(text) if block.kind is not BlockKind.ITEM else None
    return ordinal[1] if ordinal else None  # `Крок третій: …`


def _cut_by_a_break(card: str, rest: str) -> bool:
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
    if rest.startswith("(") and not _BRACKET_GOES_ON.match(rest):
        return False  # a card the bracket opens: `(за потреби) Залучити волонтерів`
    opening = rest.lstrip("(")  # (a bracket goes on too: `… автобус` / `(співфінансування …)`)
    return opening[:1].islower() and card[:1].isupper() and not card.endswith(("?", "!", "…"))


def _lower_case_by_custom(text: str) -> bool:
    """A word written in lower case whatever it opens: `е-петиції`, `e-mail`, `eHealth`."""
    return len(text) > 2 and text[0].islower() and (text[1] == "-" or text[1].isupper())


def _marker_style(marker: str) -> str:
    """A list marker's kind, whatever its number (`1)`, `2)` are both `1)`)."""
    return re.sub(r"\d+", "1", marker)


def _holds_several_cards(text: str) -> bool:
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


def _blank_line_ends(blocks: list[Block], end: int, furthest: int) -> list[int]:
    """Where runs of cells a blank line apart may end, from `furthest` back to `end`."""
    ends = [at for at in range(end, furthest) if blocks[at].kind is BlockKind.BLANK]
    return [furthest, *reversed(ends)] if furthest > end else [end]


def _cells_of(blocks: list[Block], count: int) -> list[list[Block]] | None:
    """`blocks` parted into `count` cells: where blank lines stand between them, the lines
    between (fewer leave the last cells empty); else each an unmarked line or a list
    numbered anew from 1. None where they cannot be told apart so."""
    if any(block.kind is BlockKind.BLANK for block in blocks):
        # Cells a blank line apart, a list or lines of cards each.
        groups: list[list[Block]] = [[]]
        for block in blocks:
            if block.kind is BlockKind.BLANK:
                groups.append([])
            else:
                groups[-1].append(block)
        if not all(groups) or not 1 < len(groups) <= count:
            return None
        return groups + [[] for _ in range(count - len(groups))]  # (the last cells empty)
    cells: list[list[Block]] = []
    for block in blocks:
        if block.kind is BlockKind.ITEM and block.marker.rstrip(".)") == "1":
            cells.append([block])
        elif block.kind is BlockKind.ITEM and block.marker[:1].isdigit() and cells:
            if cells[-1][-1].kind is not BlockKind.ITEM:
                return None  # (a numbered list goes on only a numbered list)
            cells[-1].append(block)
        elif block.kind is BlockKind.TEXT:
            cells.append([block])
        else:
            return None  # (a bulleted list: where one cell ends is not told)
    return cells if len(cells) == count else None


def _cut_at_width(line: str) -> bool:
    """A line long enough for a page's width to have cut it, where no sentence or card ends
    (`Переселенці залучені до життя громади, а не лише отримують`)."""
    return len(line.split()) >= _WIDTH_CUT_WORDS and not line.rstrip().endswith(_CARD_ENDS)


def _rest_cut_at_width(line: str, rest: str, *, first_line: bool) -> bool:
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
    if not (_cut_at_width(line) and reads_as_wrapped(rest)):
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


def _rest_of_broken_line(card: str, line: str, rest: str) -> bool:
    """Whether the lower-case `rest` goes on the capitalised `card` whose last line is
    `line`, broken off by hand where no card opens (a surname the line's office or
    occupation takes is asked in any list: see `_holder_named_on`):
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
    if not (is_title_case(opening) or _an_abbreviation(opening)) or line.endswith(_CARD_ENDS):
        return False  # (not in a list of lower-case cards: `довіра` / `прозорість`)
    words = rest.split()
    first = bare_word(words[0])
    last = bare_word(line.rsplit(None, 1)[-1])
    if (
        first.isdecimal()
        and len(words) > 1
        and (len(first) == _YEAR_DIGITS or bare_word(words[1]).casefold() in _DAY_WORDS)
        and bare_word(words[1]).casefold() in _DATE_WORDS
        and last.casefold() in _BEFORE_A_DATE
        and not any(morphology.is_finite_verb(bare_word(word)) for word in words[1:])
    ):
        return True  # a date the line's last words take: `… до кінця` / `2025 року`
    if not (is_cyrillic(first) and is_cyrillic(last)) or not reads_as_wrapped(rest):
        return False
    if (
        last.casefold() in MATTERS_WORDS
        and line.split()[-2:-1] != []
        and line.split()[-2].casefold() in ON_MATTERS
        and morphology.has_genitive(first)
        # (After `у справах`, not a card in the nominative: `ініціативи молоді …`.)
        and (last.casefold() == "питань" or not morphology.is_nominative_noun(first))
        and not any(morphology.is_finite_verb(bare_word(word)) for word in words)
    ):
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


def _may_go_on(line: str) -> bool:
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


def _body_named_on(line: str, rest: str) -> bool:
    """`… з міською організацією` / `ТЧХУ`, `… з агенцією` / `УВКБ ООН`: a body's
    abbreviation alone under the word for it is the line's rest, in any list."""
    last = bare_word(line.rsplit(None, 1)[-1]) if line.strip() else ""
    return (
        last[:1].islower()
        and is_cyrillic(last)
        and an_abbreviation_alone(rest)
        and takes_a_name(last)
    )


def _holder_named_on(card: str, line: str, rest: str) -> bool:
    """Whether the capitalised `rest` opens with the surname of the office or occupation the
    line ends in, broken off by hand (`Регулярні зустрічі з головною лікаркою` / `Олійник раз
    на квартал`): no card opens at a surname, so this holds in a list of lower-case cards
    too (see `_rest_of_broken_line`)."""
    opening = card.split(None, 1)[0] if card.strip() else ""
    if not is_title_case(bare_word(opening)) or line.endswith(_CARD_ENDS) or not line.strip():
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


def _closing_line(text: str) -> bool:
    """A note, a signature or closing words (`Дякуємо всім учасникам!`): no card."""
    return bool(_NOTE().match(text) or _signature(text) or _CLOSING_WORDS().search(text))


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


def _unfinished_sentences(text: str) -> bool:
    """A paragraph of sentences whose last one goes on in the next line (`Пальне
    компенсують` / `із затримкою.`): sentence ends inside, none at its end."""
    if text.rstrip().endswith((".", "!", "?", "…")):
        return False
    sentences = split_sentences(Span(text, 0))
    return sentences is not None and len(sentences) > 1
