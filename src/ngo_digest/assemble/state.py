"""What the walk has decided so far, and the means every rule group shares.

`State` holds the stages, sections and cards read (the dataclasses here), the walk's place
and the flags the rules leave one another. It finds a block's neighbours, asks whether a
block names a stage or an axis or is a table's header row, opens and leaves sections (each
finished one goes to the sink), files a text's cards under an axis with their checks, says
diagnostics, and makes the document's data at the end. It stands apart because every rule
group reads and writes it, and it knows no rule of any layout.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..blocks import Block, BlockKind, Cell
from ..diagnostics import Code, Diagnostic, Level
from ..readers.wrapped_items import is_step_detail
from ..segment import Segment, segment_cell
from ..segment.hyphenation import join_broken_words
from ..segment.language import may_mix_scripts
from ..segment.markup import strip_markup
from ..vocabulary import AXIS_PREPOSITIONS, Vocabulary, strip_numbering, without_gloss
from .broken_lines import cut_by_a_break, dashed_rest
from .shapes import MAX_LABEL_WORDS, caps_label, corner_question, section_title

# Two patterns, not one `\w*(pair)\w*`: that one backtracks quadratically on a long word.
WORDS = re.compile(r"\w+")
_SCRIPT_SEAM = re.compile(r"[a-zA-Z][а-яіїєґА-ЯІЇЄҐ]|[а-яіїєґА-ЯІЇЄҐ][a-zA-Z]")
NEAR_LINES = 4  # how far around a card `_lower_case_cards_near` looks
STEPS_STAGE = "steps"  # the stage whose numbered items may have details (`Термін – …`)
_MERGED_WORDS = 12  # words of one run-on card from which it may be several (MERGED_ITEMS)


SectionSink = Callable[[str, str | None, dict[str, list[dict[str, Any]]]], dict[str, Any]]
"""Called with (stage key, section title, cards per axis) as soon as no card can join a section
any more; what it returns replaces the cards in the data. The streaming writer renders them
there and then, so a long document is never held as a tree of cards."""

# What is left of a block once the walk has passed it: looking back only ever asks its kind.
PASSED = {kind: Block(kind, 0) for kind in BlockKind}


@dataclass(slots=True)
class SectionState:
    title: str | None
    line: int
    axes: dict[str, Any] = field(default_factory=dict)  # cards (or what a sink made of them)
    seen: dict[str, dict[str, int]] = field(default_factory=dict)  # per axis: text -> line
    inside_axis: bool = False  # a section of one axis's cards (`Проблеми` under `Влада:`)


@dataclass(slots=True)
class AxisRows:
    """A table turned on its side: each row an axis (`| AUTHORITIES | … | … |`), each column
    after the first a section, titled in the row above them (or none). Its rows are kept
    until it ends, then read column by column, so that each section is whole when the next
    opens (as the streaming writer needs)."""

    titles: list[str | None]
    line: int
    rows: list[tuple[str, Block]] = field(default_factory=list)


@dataclass(slots=True)
class StageState:
    key: str
    title: str
    line: int
    question: str | None = None
    sections: list[SectionState] = field(default_factory=list)
    axes_seen: set[str] = field(default_factory=set)
    inside_titles: set[str] = field(default_factory=set)  # of sections inside its axes
    grouped: bool = False  # its lists come in groups, a title over each (no blank lines)


@dataclass(slots=True)
class Assembly:
    """The document as plain data ready for validation, and what was noticed on the way."""

    data: dict[str, Any]
    diagnostics: list[Diagnostic]


class State:
    """The walk's state and the means every rule group shares (see the module)."""

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
        self.stages: dict[str, StageState] = {}
        self.stage: StageState | None = None
        self.section: SectionState | None = None
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
        self.axis_rows: AxisRows | None = None  # a table with one row per axis, being read
        # The lines of the list the walk has passed, nearest last (see `_lower_case_cards_near`).
        self.list_lines: deque[Block] = deque(maxlen=NEAR_LINES)
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

    # -- what a block is, as every rule group asks ------------------------------------------

    def _names_stage(self, text: str) -> bool:
        """Whether a line names a stage, numbered or not (`2. Оцінка поточної реальності`)."""
        return self._stage_named(text) is not None

    def _stage_named(self, text: str) -> str | None:
        """The key of the stage a line names, numbered or not; None where it names none."""
        return self.vocabulary.match_stage(strip_numbering(text.strip()))

    def _opens_paragraph(self, index: int) -> bool:
        previous = self._neighbour(index, -1, skip_blank=False)
        return previous is None or previous.kind is BlockKind.BLANK

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
                and (label.split()[0].casefold() in AXIS_PREPOSITIONS or caps_label(block, label))
            )
        )
        return (
            block.kind is not BlockKind.ROW
            and bool(label)
            and marked
            and self.vocabulary.match_axis(label) is not None
        )

    def _is_header_row(self, block: Block, filled: list[int]) -> bool:
        """Axis labels in at least two cells, and only short plain labels in the others (but
        for the stage's question in the corner: see `corner_question`)."""
        if filled[:1] == [0] and corner_question(block) is not None:
            filled = filled[1:]
        raw = [block.cells[i].text for i in filled]
        if len(filled) < 2 or any(
            "<" in text or len(text.split()) > 2 * MAX_LABEL_WORDS for text in raw
        ):
            return False  # content, not labels: skip the costlier matching
        texts = [strip_markup(text, plain=block.plain) for text in raw]
        known = sum(1 for text in texts if self.vocabulary.match_axis(text))
        # (A gloss in brackets is no more words of the label: `Органи влади (ОМС, служба у
        # справах дітей)`.)
        return known >= 2 and all(
            "<" not in text and len(without_gloss(text).split()) <= MAX_LABEL_WORDS
            for text in texts
        )

    # -- sections ----------------------------------------------------------------------------

    def _open_section(self, title: str | None) -> None:
        assert self.stage is not None
        # An untitled section with no cards (an axis label opened it): the titled one takes
        # its place (`З владою` / `ОБРАНІ КРИТЕРІЇ`), so no empty section stays.
        self._drop_an_empty_section(keep_the_only=False)
        self._leave_section()
        self.section = SectionState(section_title(title), self.line)
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

    def _current_section(self) -> SectionState:
        if self.section is None:
            self._open_section(None)
        assert self.section is not None
        return self.section

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
        if goes_on and items:
            segments = self._join_across_break(
                items,
                raw,
                segments,
                line,
                column,
                explicit=explicit,
                plain=plain,
                tags_kept=tags_kept,
            )
        # One look at the whole cell rules mixed scripts out for all its cards, as it usually can.
        may_mix = may_mix_scripts("".join([segment.text for segment in segments]))
        wrap = 0  # the wrapped lines passed so far: segments come in order
        added = False  # a card of this text is in `items`
        guessed = False  # a cut made among the cards is a guess (told in this one loop)
        steps = self.stage is not None and self.stage.key == STEPS_STAGE
        for text, offset, guessed_here, run_on in segments:
            guessed = guessed or guessed_here
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
            if "- " in text:
                text = self._whole_words(text, item_line, item_column)
            items.append({"text": text, "line": item_line, "column": item_column})
            self.cards_in_stage += 1
            self._check_item(text, seen, item_line, item_column, may_mix=may_mix, run_on=run_on)
        if guessed:
            self._note_guessed_split(len(segments), line, column)

    def _join_across_break(
        self,
        items: list[dict[str, Any]],
        raw: str,
        segments: list[Segment],
        line: int,
        column: int,
        *,
        explicit: bool,
        plain: bool,
        tags_kept: bool,
    ) -> list[Segment]:
        """The `segments` of `raw`, which goes on from the last of the axis's `items` across
        a page break: a first segment that is the rest of the card the break cut is joined
        to it (said), and the others are returned."""
        if len(segments) == 1 and raw.lstrip()[:1].islower():
            segments = dashed_rest(
                items[-1]["text"],
                raw,
                segments,
                explicit=explicit,
                plain=plain,
                tags_kept=tags_kept,
            )
        if segments and cut_by_a_break(items[-1]["text"], segments[0].text):
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
        return segments

    def _whole_words(self, text: str, line: int, column: int) -> str:
        """The card's `text` with the words a hyphen and a space broke made whole, as a
        line's end in a PDF's copy leaves them (see `join_broken_words`), each said
        (ND206)."""
        text, joined = join_broken_words(text)
        for broken, word in joined:
            self.diagnostics.append(
                Diagnostic(
                    Code.WORD_JOINED,
                    Level.INFO,
                    f"a word broken by a hyphen and a space was joined: {broken!r} → {word!r}",
                    line,
                    column,
                )
            )
        return text

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
        if may_mix and may_mix_scripts(text):
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
        for word in (w for w in WORDS.findall(text) if _SCRIPT_SEAM.search(w)):
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

    def _guessed_section(self, cell: Cell, label: str) -> None:
        message = f"section heading {label!r} is not in the vocabulary; taken by its form"
        self.diagnostics.append(
            Diagnostic(Code.UNKNOWN_HEADING, Level.INFO, message, cell.line, cell.column)
        )

    def _note_guessed_split(self, count: int, line: int, column: int) -> None:
        """Say that run-on text was split into `count` cards by guess, to be checked."""
        self.diagnostics.append(
            Diagnostic(
                Code.GUESSED_SPLIT,
                Level.INFO,
                f"run-on text with no separators: its cell split into {count} items"
                " by capitalisation and clause rules; check them",
                line,
                column,
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
