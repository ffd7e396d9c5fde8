"""The passes over the block list before the walk, which rewrite or mark what is not what
it seems, so that the walk reads it plainly.

A line or cell of markup alone goes blank; a column that numbers a table's rows goes; bare
page numbers, transcribers' marks and running headers and footers become noise (ND109); axis
labels stacked over their cells (a table copied as text) are put back over their cells.
Apart because each looks at the whole document at once, never at the walk's place in it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from ..blocks import TRANSCRIBERS_MARK, Block, BlockKind, Cell
from ..diagnostics import Code
from ..patterns import compiled_at_first_use
from ..readers.lines import SYMBOL_BULLETS
from ..readers.page_marks import PAGE_NUMBER, PAGE_NUMBER_DIGITS, running_page_numbers
from ..readers.wrapped_items import next_in_list
from ..segment.markers import ROUND_BULLETS
from ..segment.markup import strip_markup
from .shapes import (
    MAX_AXIS_LABEL_WORDS,
    MAX_HEADING_WORDS,
    asks,
    closing_line,
)
from .state import WORDS, State

# A transcriber's mark on a line of its own, in square brackets (`[фото 2]`, `[нерозбірливо]`,
# `[page 3]`): where a photo of a flipchart or a page began, or what could not be read.
# (A transcriber's word as a word, perhaps with a number after it, or a number alone: not a
# card in brackets, `[Історія громади]`, `[Стратегія громади 2030]`.)
_TRANSCRIBERS_MARK = compiled_at_first_use(
    r"(?i)^\[\s*(?:(?:фото|photo|pic|стор\.?|сторінка|page|p\.|с\.|нерозбірливо|неразборчиво"
    r"|illegible|unclear|далі на звороті|далее на обороте|continued|пропуск|gap)\b"
    r"[^\[\]]{0,60}|\d{1,3})\s*\]$"
)
# The label of a column that numbers a table's rows, and a number in it.
_NUMBERING_LABEL = re.compile(r"^(?:no\.?|nr\.?|#|№(?:\s*з/п|\s*п/п)?|з/п|п/п|n)$", re.IGNORECASE)
_ROW_NUMBER = compiled_at_first_use(
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
_DATE = compiled_at_first_use(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b" + _MONTH + r"\.?\s+(?:19|20)\d\d\b", re.IGNORECASE
)
_HEADER_SEPARATOR = compiled_at_first_use(r" [·|—–] ")  # `Форум «Разом» | Ужгород`, `Звіт — 2024`
_RUNNING_MARKS = compiled_at_first_use(r"\d| [·|—–-] ")
_RUNNING_LINE_WORDS = 3  # a running header said at each page is no shorter
# A line of four words or more said by the page numbers of this many pages (or of the first
# two, where the third ends the notes) runs, whatever it says (`Звіт ГО «…» за результатами
# сесії`; not a short heading said again: `Проблеми`).
_RUNNING_PAGES = 3
# What a line of Word's grid of a table may be: a cell's text, perhaps a list of its cards
# (`- Прозорість - Діалог`), or an empty cell's blank line.
_GRID_CELLS = (BlockKind.TEXT, BlockKind.ITEM, BlockKind.BLANK)
_LIST_BULLETS = ROUND_BULLETS + SYMBOL_BULLETS  # a Word list's bullets, a line per item
_RUNNING_LINE_GAP = 2  # it stands right by its page's number, or one blank line away
# (or further, past a rule or other page furniture: `Page 1 of 3` / `---` / the header)
_MARKUP_ONLY_LENGTH = 64  # `<ul style="list-style-type: none"> </ul>`: longer cells hold text


def _markup_alone(cell: Cell) -> bool:
    """Whether a cell shows no text: markup alone (`&nbsp;`, `<br>`). A long cell holds text,
    and its markup is not read twice."""
    text = cell.text
    return (
        len(text) <= _MARKUP_ONLY_LENGTH
        and text.lstrip()[:1] in ("<", "&")
        and not strip_markup(text, plain=False).strip()
    )


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
    words = WORDS.findall(text.casefold())
    if len(words) < _RUNNING_LINE_WORDS:
        return False
    in_title = set(WORDS.findall(title.casefold()))
    return sum(word in in_title for word in words) * 3 >= len(words) * 2


def _reads_as_running(text: str) -> bool:
    """A page's running header or footer: three words or more, with a number, a separator
    or in capitals (`Bila Tserkva · NGO Forum`, `Форум ГО | Ніжин, 2024`); not a card or a
    short heading said again (`Ресурси`, `Спільні прогулянки з ОМС`)."""
    if text.count(" ") < _RUNNING_LINE_WORDS - 1:
        return False
    return text.isupper() or _RUNNING_MARKS().search(text) is not None


def _counting_to_the_end(blocks: list[Block], bare: list[int], last: int) -> set[int]:
    """The `bare` numbers (indexes of lines of a number alone) when they count up by one in
    the order they stand, two of them or more, and the last ends the notes (`2` … `3`, at
    the end): a PDF copy's page numbers, even with no blank line by them, or none."""
    if len(bare) < 2 or bare[-1] != last:
        return set()
    numbers = [int(blocks[index].text) for index in bare]
    counting = all(later == earlier + 1 for earlier, later in itertools.pairwise(numbers))
    return set(bare) if counting else set()


def _blank_line_ends(blocks: list[Block], end: int, furthest: int) -> list[int]:
    """Where runs of cells a blank line apart may end, from `furthest` back to `end`."""
    ends = [at for at in range(end, furthest) if blocks[at].kind is BlockKind.BLANK]
    return [furthest, *reversed(ends)] if furthest > end else [end]


def _blank_between(row: list[list[Block]]) -> bool:
    """Whether an empty cell (a blank line) stands between two cells of `row` that hold
    cards."""
    filled = [cell[0].kind is not BlockKind.BLANK for cell in row]
    return any(
        filled[at - 1] and not filled[at] and any(filled[at + 1 :]) for at in range(1, len(filled))
    )


def _one_line_each(blocks: list[Block], count: int, *, blank_too: bool = False) -> bool:
    """Whether `blocks` are `count` unmarked lines, a cell each (`blank_too`: some of them
    blank, an empty cell each, but not all)."""
    kinds = (BlockKind.TEXT, BlockKind.BLANK) if blank_too else (BlockKind.TEXT,)
    return (
        len(blocks) == count
        and all(block.kind in kinds for block in blocks)
        and any(block.kind is BlockKind.TEXT for block in blocks)
    )


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


class PrePasses(State):
    """The passes that rewrite or mark the block list before the walk."""

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
            labelled = _NUMBERING_LABEL.match(first) is not None
            if not numbered and not labelled:
                continue  # (no numbering column opens here: the header's corner is no `No.`)
            rest = replace(block, cells=block.cells[1:])
            cell = block.cells[0]
            if labelled and self._is_header_row(rest, rest.filled_cells()):
                numbered = True
                message = f"first column {first!r} numbers the rows; its numbers are skipped"
                self._note_info(Code.EXTRA_COLUMN, message, cell)
            elif not numbered:
                continue
            elif self._is_header_row(block, block.filled_cells()):
                numbered = False  # a table of its own, with no numbering
                continue
            elif first and not _ROW_NUMBER().match(first):
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
        footed |= _counting_to_the_end(self.blocks, bare, last)
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
            self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=TRANSCRIBERS_MARK)

    def _skip_running_lines(self) -> None:
        """`– 1 –` / `Bila Tserkva · NGO Forum · 14 November 2024`: a line next to a page
        number is a running header or footer (ND109), not a section's title over the table's
        next rows, nor a card, when it repeats the document's first line (its title), stands
        so at two pages or more and reads as one (three words or more, with a number, a
        separator or in capitals), four words or more by three pages' numbers or by the
        first two of three when the last ends the notes, or once when it strings its parts
        with middle dots and bears a date. A label (`З громадою:`), a stage's heading or a
        section's stays what it is."""
        pages = [i for i, block in enumerate(self.blocks) if block.marker == PAGE_NUMBER]
        if not pages:
            return  # (the common case)
        beside: dict[int, str] = {}
        for page in pages:
            for step in (-1, 1):
                near = self._neighbour_index(page, step, skip_blank=True)
                if (
                    near is not None
                    and self._beside_page_number(page, near)
                    and self.blocks[near].kind is BlockKind.TEXT
                ):
                    beside[near] = " ".join(self.blocks[near].text.split())
        first = next(
            (b for i, b in enumerate(self.blocks) if b.kind is BlockKind.TEXT and i not in beside),
            None,
        )
        title = " ".join(first.text.split()) if first is not None else None
        running = set()
        # Said by three pages' numbers, or by the first two of three when the last number
        # ends the notes with no header under it.
        last_ends = self._neighbour(pages[-1], 1, skip_blank=True) is None
        by_last = {
            text
            for step in (-1, 1)
            if (near := self._neighbour_index(pages[-1], step, skip_blank=True)) in beside
            for text in (beside[near],)
        }
        two_of_three = len(pages) == _RUNNING_PAGES and last_ends
        for text, pages_by in Counter(beside.values()).items():
            runs_at = _RUNNING_PAGES - 1 if two_of_three and text not in by_last else _RUNNING_PAGES
            if text.endswith(":") or self.vocabulary.match_axis(text) or self._names_stage(text):
                continue  # a label or a heading stays one
            if self.vocabulary.is_section(text):
                continue
            repeated = (pages_by >= runs_at and text.count(" ") >= _RUNNING_LINE_WORDS) or (
                pages_by > 1 and (_reads_as_running(text) or _echoes_title(text, title))
            )
            if text == title or repeated or _dotted_and_dated(text):
                running.add(text)  # (the title again at a page's head or foot, too)
        for index in beside:
            if beside[index] in running:
                block = self.blocks[index]
                self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)
        # Where one stands again with no page number by it (the first page's header, over
        # the title; the last page's footer, the notes' last line), it is the same furniture
        # when a line that may be the title follows or nothing does, and it reads as no
        # title: parts set apart (` · `, ` | `, ` — `) or a date. The title itself, in
        # capitals, may run at each page too.
        for index, block in enumerate(self.blocks):
            if block.kind is not BlockKind.TEXT or index in beside:
                continue
            text = " ".join(block.text.split())
            if text not in running or not (
                _HEADER_SEPARATOR().search(text) or _DATE().search(text)
            ):
                continue
            if self._title_after(index) or self._neighbour(index, 1, skip_blank=True) is None:
                self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)

    def _beside_page_number(self, page: int, near: int) -> bool:
        """Whether the line at `near` stands right by the page number at `page`: next to
        it, one blank line away, or past other page furniture between them, a rule or a
        mark a reader skipped (`Page 1 of 3` / `---` / `Forum report`), whatever blank lines
        stand around it."""
        low, high = sorted((page, near))
        between = self.blocks[low + 1 : high]
        return len(between) < _RUNNING_LINE_GAP or any(
            block.kind is BlockKind.NOISE for block in between
        )

    def _skip_repeated_footers(self) -> None:
        """`ГО «Плече» | Бориспіль, 27.02.2025 | Для внутрішнього використання` at each page's
        foot, with no page number by it: a line of three words or more whose parts a ` | ` or
        ` · ` sets apart, with a number in it (a date, a year), standing alone between blank
        lines (or the notes' ends) twice or more word for word, is page furniture (ND109), not
        a card of the list above it. The notes' first line is left to the title's rules; a
        card so written with no number (`Бюджет · участь · прозорість`) or a row of axis
        labels (`З владою | З громадою`), a label, a stage's or a section's heading stays what
        it is."""
        apart: dict[int, str] = {}
        title_passed = False  # (the notes' first line is their title, said again at the foot)
        for index, block in enumerate(self.blocks):
            if block.kind is not BlockKind.TEXT or (
                " | " not in block.text and " · " not in block.text
            ):
                title_passed = title_passed or block.kind is not BlockKind.BLANK
                continue  # (the cheap test first: most lines have no such separator)
            if title_passed and self._stands_alone(index):
                apart[index] = " ".join(block.text.split())
            title_passed = True
        if len(apart) < 2:
            return  # (the common case)
        repeated = {
            text
            for text, count in Counter(apart.values()).items()
            if count > 1
            and len(WORDS.findall(text)) >= _RUNNING_LINE_WORDS
            and any(character.isdigit() for character in text)
            and not (self.vocabulary.match_axis(text) or self._names_stage(text))
            and not self.vocabulary.is_section(text)
        }
        for index, text in apart.items():
            if text in repeated:
                block = self.blocks[index]
                self.blocks[index] = replace(block, kind=BlockKind.NOISE, marker=PAGE_NUMBER)

    def _stands_alone(self, index: int) -> bool:
        """Whether the block at `index` has a blank line (or the notes' start or end) on
        either side."""
        before = self.blocks[index - 1] if index > 0 else None
        after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return all(
            near is None or near.kind in (BlockKind.BLANK, BlockKind.NOISE)
            for near in (before, after)
        )

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
            grid = self._word_grid(labels, start, lists=True)
            if grid is not None and grid[1] > end:
                # Word's grid with a list in a cell, whose blank lines (empty cells) go past
                # the lines under the labels: its rows are told by their cells, a line or a
                # list each (not a cell's lines a blank line apart, as the readings below
                # take them: `- Прозорість` / `- Діалог` / `` / `- Толоки`).
                self.blocks[index : grid[1]] = grid[0]
                index += len(grid[0])
                continue
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
            if moved is None and (grid := self._word_grid(labels, start)) is not None:
                # (Neither a line per cell nor cells a blank line apart: Word's grid.)
                moved, apart = grid
                self.blocks[index:apart] = moved
                index += len(moved)
                continue
            if moved is not None:
                self.blocks[index:apart] = moved
            index = max(end, apart)

    def _word_grid(
        self, labels: list[Block], start: int, *, lists: bool = False
    ) -> tuple[list[Block], int] | None:
        """Word's plain text of a table under its stacked `labels`: every row a line per cell
        from `start` on (a cell's list its lines, see `_grid_cell_end`), an empty cell a
        blank line (`Довіра` / `` / `Толоки`), and a section's row its title, alone or over a
        blank line per other cell. The blocks it becomes, each cell under its label, and
        where the table ends; None where the lines do not make such rows, with a blank line
        among them and a full row (else the readings of lines and of cells a blank line apart
        take them); with `lists`, only where a cell holds a list of lines."""
        axes = len(labels)
        rows: list[list[list[Block]]] = []  # a row's cells, each its lines; a title alone
        at = start
        if at >= len(self.blocks) or self.blocks[at].kind not in (BlockKind.TEXT, BlockKind.ITEM):
            return None  # (a blank line under the labels: cells a blank line apart)
        while at < len(self.blocks):
            title = self.blocks[at]
            if title.kind is BlockKind.TEXT and self._is_section_title(title.text):
                after = self.blocks[at + 1 : at + axes]
                blanks = len(after) == axes - 1 and all(b.kind is BlockKind.BLANK for b in after)
                rows.append([[title]])
                at += axes if blanks else 1
                continue
            row: list[list[Block]] = []
            end = at
            while len(row) < axes and end < len(self.blocks):
                cell_end = self._grid_cell_end(end)
                row.append(self.blocks[end:cell_end])
                end = cell_end
            lines = [b for cell in row for b in cell]
            if (
                len(row) < axes
                or any(b.kind not in _GRID_CELLS for b in lines)
                or any(b.line != lines[0].line + offset for offset, b in enumerate(lines))
                or all(b.kind is BlockKind.BLANK for b in lines)
                or any(
                    b.kind is BlockKind.TEXT
                    and (
                        self._names_stage(b.text)
                        or self.vocabulary.match_axis(b.text) is not None
                        or asks(b.text)
                    )
                    for b in lines
                )
            ):
                break
            rows.append(row)
            at = end
        cells = [row for row in rows if len(row) == axes]
        ends = at >= len(self.blocks) or self.blocks[at].kind in (BlockKind.BLANK, BlockKind.NOISE)
        full = any(all(cell[0].kind is not BlockKind.BLANK for cell in row) for row in cells)
        gapped = any(cell[0].kind is BlockKind.BLANK for row in cells for cell in row)
        listed = any(len(cell) > 1 for row in cells for cell in row)
        if lists:
            # (A cell's list tells the rows: one row will do, its last cell empty; but a
            # blank line between two cells that hold cards parts cells a blank line apart,
            # `•⇥Довіра` / `` / `•⇥Бюджет`, unless a full row shows the grid.)
            if not (ends and listed and gapped and cells):
                return None
            if not full and any(map(_blank_between, cells)):
                return None
        elif not (ends and full and gapped and len(cells) > 1):
            return None
        moved: list[Block] = []
        for row in rows:
            if len(row) == 1:
                moved.append(row[0][0])  # a section's title opens its section
                continue
            for label, cell in zip(labels, row, strict=True):
                moved += [Block(BlockKind.BLANK, label.line), label]
                if len(cell) == 1 and cell[0].kind is BlockKind.ITEM:
                    # A cell that lists its cards (`- Прозорість - Діалог`) is read as a
                    # cell, its first marker with it, not as one list item.
                    line = cell[0]
                    cell = [replace(line, kind=BlockKind.TEXT, text=f"{line.marker} {line.text}")]
                moved += [b for b in cell if b.kind is not BlockKind.BLANK]
        return moved, at

    def _grid_cell_end(self, at: int) -> int:
        """Where the cell of Word's grid that opens at `at` ends: after its line, or after
        its list, whose items Word writes a line each, with round bullets or numbered on
        (`•⇥Довіра` / `•⇥Діалог`, `1.⇥…` / `2.⇥…`; the next cell's list opens anew at
        `1.`)."""
        first = self.blocks[at]
        end = at + 1
        if first.kind is not BlockKind.ITEM:
            return end
        if not first.marker.rstrip(".)").isdigit() and first.marker[:1] not in _LIST_BULLETS:
            return end  # (a line of cards a hyphen opens is a cell: `- A - B`)
        while end < len(self.blocks):
            block, last = self.blocks[end], self.blocks[end - 1]
            if (
                block.kind is not BlockKind.ITEM
                or block.line != last.line + 1
                or not next_in_list(last, block)
            ):
                break
            end += 1
        return end

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
                and not asks(self.blocks[following].text)
                and not closing_line(self.blocks[following].text)
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
        for _, row in parts:
            while row and row[-1].kind is BlockKind.BLANK:
                row.pop()  # (the blank line before the next section's title)
            while row and row[0].kind is BlockKind.BLANK:
                del row[0]  # (a blank line under the labels or a section's title)
        # Word's plain text writes each cell on a line, an empty one as a blank line: where
        # one row is a line per cell, a row of as many lines with a blank one among them has
        # that cell empty (not cells a blank line apart).
        line_per_cell = any(_one_line_each(row, len(labels)) for _, row in parts)
        for title, row in parts:
            if not title and not row:
                continue
            cells: list[list[Block]] | None
            if line_per_cell and _one_line_each(row, len(labels), blank_too=True):
                cells = [[block] if block.kind is BlockKind.TEXT else [] for block in row]
            else:
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
            or block.text.count(" ") >= MAX_AXIS_LABEL_WORDS
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
            and len(text.split()) <= MAX_HEADING_WORDS
            and not self._names_stage(text)
        )

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
