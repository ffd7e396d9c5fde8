"""Table rules: header rows and the axis of each column; section rows and row labels;
tables with one axis per row (`AxisRows`); a stage given in a first cell or beside its
question, or a line padded into a row; and each cell's cards, a card that a page break or
a hand-typed row cut in two joined again.
"""

from __future__ import annotations

import re

from ..blocks import Block, BlockKind, Cell
from ..diagnostics import Code, Level
from ..patterns import compiled_at_first_use
from ..segment import morphology
from ..segment.markup import strip_markup
from ..segment.spans import bare_word
from .broken_lines import CARD_ENDS, typed_card_goes_on
from .shapes import (
    MAX_AXIS_LABEL_WORDS,
    MAX_HEADING_WORDS,
    MAX_LABEL_WORDS,
    asks,
    bold_cell,
    corner_question,
    has_a_semicolon_list,
    names_stages,
    numbered_alike,
    section_title,
    semicolon_lists,
    several_cards,
)
from .stages import Stages
from .state import AxisRows, SectionState

_LIST_CELL = compiled_at_first_use(r"<(?:ul|ol|li|p|br)\b|^\s*[-•]\s", re.IGNORECASE)
_LIST_MARKUP = re.compile(r"<(?:ul|ol|li)\b|^\s*[-•]\s", re.IGNORECASE)
_BOLD = re.compile(r"^(\*\*|__)\S.*\S?\1$")
_TABLE_KINDS = frozenset({BlockKind.ROW, BlockKind.NOISE, BlockKind.BLANK})
_BOLD_TAGS = re.compile(r"^<(b|strong)>[^<>]+</\1>$", re.IGNORECASE)  # a cell all in bold
# A line break inside a cell: an HTML `<br>` (a Markdown table's) or a newline.
_LINE_BREAK = compiled_at_first_use(r"(?i)<br\s*/?>|\n")
# A card that a list's dash or bullet opens (`- Фінансування …`), which no section's title is.
_DASHED_CARD = compiled_at_first_use(r"^[-–•*]\s+\S")
_MAX_LABEL_LENGTH = 80  # characters of an axis label in a row's first cell, with its markup


class Tables(Stages):
    """The cards of table rows, and the headers and section rows around them."""

    def _row(self, index: int, block: Block) -> None:
        filled = block.filled_cells()
        if len(filled) > 1 and any(bold_cell(block.cells[i]) for i in filled):
            self.bold_cards = True
        filled_above, self.filled_above = self.filled_above, frozenset(filled)
        self.semicolons_above, self.semicolons_here = (
            self.semicolons_here,
            has_a_semicolon_list(block),
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
                self.section is None or self.section.title != section_title(label)
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
        self._row_cards(index, block, filled, filled_above)

    def _row_cards(
        self, index: int, block: Block, filled: list[int], filled_above: frozenset[int]
    ) -> None:
        """The cards of a row's `filled` cells, each under its column's axis in the current
        section (`filled_above`: the cells the row before filled)."""
        self.axis = None
        columns = self._columns(block)
        assert self.stage is not None
        self.stage.axes_seen.update(key for key in columns if key)
        section = self._current_section()
        cut_columns = self._columns_cut_above(index, block, filled, filled_above)
        for i in filled:
            cell = block.cells[i]
            key = columns[i] if i < len(columns) else None
            if key is None:
                self._note_cell(cell, Code.EXTRA_COLUMN, "cell outside the axis columns", cell.text)
                continue
            # (The card cut in two stands above, in the same column.)
            self._add_cell(section, key, cell, block, after_break=i in cut_columns)

    def _columns_cut_above(
        self, index: int, block: Block, filled: list[int], filled_above: frozenset[int]
    ) -> frozenset[int]:
        """The columns of a row whose cells go on the card above them, cut in two by a page
        break or typed over two rows; what the next row asks of it is kept (the columns a
        break cut that have had no text since, and the row's cells)."""
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
                and typed_card_goes_on(above_cells[i].text, block.cells[i].text)
            }
        return cut_columns

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
        self,
        section: SectionState,
        key: str,
        cell: Cell,
        block: Block,
        *,
        after_break: bool = False,
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
        if not label or len(label.split()) > MAX_AXIS_LABEL_WORDS:
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
            if any("<" in text or len(text.split()) > MAX_HEADING_WORDS for text in texts):
                return False  # cards, not titles
            if 0 not in filled:
                titles = [text or None for text in texts]  # the corner is blank over labels
            elif self._labels_columns(index, block, texts):
                titles = [None] * len(texts)  # `| Напрям | Картки учасників |`
            else:
                return False  # cards, not titles: the corner cell is blank above axis labels
        self.axis_rows = AxisRows(titles, block.line)
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
        if any(len(text.split()) > MAX_LABEL_WORDS for text in texts):
            return False
        labels = " | ".join(texts)
        message = f"column labels {labels!r} read as the header of a table of axis rows"
        self._note(block, Code.UNKNOWN_HEADING, Level.INFO, message)
        return True

    def _take_axis_row(self, block: Block, filled: list[int]) -> bool:
        """Keep an axis row of the table being read (see `AxisRows`); False for another."""
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
                self.section is None or self.section.title != section_title(title)
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
        if not asks(question):
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
        question = corner_question(block)
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
        self.stages_in_rows = self.row_labels and (self.stage is None or names_stages(labels[0]))
        self._note_header_labels(block, labels)
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

    def _note_header_labels(self, block: Block, labels: list[str]) -> None:
        """What each label of a header row is: an axis (its label kept, and seen in the
        stage), or said: the first column's stages or row labels, or a column not parsed."""
        assert self.columns is not None
        for column, (cell, label, key) in enumerate(
            zip(block.cells, labels, self.columns, strict=True)
        ):
            if key:
                self._note_loose_axis(cell, label, key)
                self.axis_labels.setdefault(key, label)
                if self.stage is not None:
                    self.stage.axes_seen.add(key)
            elif label and column == 0 and self.row_labels and names_stages(label):
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
                and any(bold_cell(cell) for cell in near.cells)
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
        if self.section is not None and numbered_alike(self.section.title, label):
            self._guessed_section(cell, label)
            return True  # the next of numbered groups: `Group 1: …` / … / `Group 2: …`
        assert following is not None
        if self._next_section_row(index, following, label):
            self._guessed_section(cell, label)
            return True
        filled = [c.text for c in following.cells if c.text.strip()]
        if (
            label.isupper()
            or any(_LIST_CELL().search(text) for text in filled)
            # (`A; B | C; |`, not where the rows of cards above are written so too)
            or (semicolon_lists(following) and not self.semicolons_above)
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
            any(several_cards(text) for text in cells) for cells in (above, below)
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
            and len(label.split()) <= MAX_LABEL_WORDS
            and not label.endswith(CARD_ENDS)
            and not any(morphology.is_finite_verb(bare_word(word)) for word in label.split())
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
