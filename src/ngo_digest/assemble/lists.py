"""The cards of a stage's lines and lists. Each line is tried as a stage, an axis heading,
a step's detail, cards beside a label, a question or a section heading, and is otherwise a
card of the open axis; a card takes in its wrapped or broken rest from the lines under it
(see `broken_lines`); a facilitator's note, a signature or the notes' closing words stand
outside the lists.
"""

from __future__ import annotations

import re

from ..blocks import DETAIL, Block, BlockKind
from ..diagnostics import Code, Level
from ..patterns import compiled_at_first_use
from ..readers.page_marks import PAGE_NUMBER
from ..readers.wrapped_items import (
    an_abbreviation_alone,
    ends_mid_phrase,
    goes_on_in,
    reads_as_wrapped,
)
from ..segment import clean_item, segment_cell
from ..segment.markup import strip_markup
from ..segment.words import FUNCTION_WORDS
from ..vocabulary import AXIS_PREPOSITIONS
from .broken_lines import (
    body_named_on,
    cut_at_width,
    holder_named_on,
    may_go_on,
    rest_cut_at_width,
    rest_of_broken_line,
    unfinished_sentences,
)
from .headings import Headings
from .shapes import (
    CLOSING_WORDS,
    MAX_AXIS_LABEL_WORDS,
    NOTE,
    asks,
    holds_several_cards,
    signature,
)
from .stages import Stages
from .state import NEAR_LINES, PASSED, STEPS_STAGE

_REPEATABLE_BULLETS = frozenset("•*·▪●◦○‣")
_PAGE_BREAK_KINDS = frozenset({BlockKind.NOISE, BlockKind.BLANK})
_LOWER_CASE_LIST = 2  # lower-case cards around a card that make a list of such cards
# A remark in brackets that an axis was not discussed (`(не обговорювали — забракло часу)`,
# `(no time left)`): the facilitator's, not a card.
_NOT_DISCUSSED = compiled_at_first_use(
    r"(?i)^\((?=[^()]*(?:не\s+обговорювал|не\s+встигл|забракло\s+часу|не\s+вистачило\s+часу"
    r"|бракувало\s+часу|не\s+обсуждал|не\s+успел|не\s+хватило\s+времени|not\s+discussed"
    r"|no\s+time|ran\s+out\s+of\s+time))[^()]*\)$"
)
_CLOSING_LINES = 3  # the lines that may close the notes after the last list (`End of notes.`)
# What such lines say: thanks to the participants, the end of the notes, who put them
# together, the flipcharts' photos, the next meeting (not a card that speaks of photos or
# minutes, `Публікувати фото`, nor one that thanks others, `Подякувати волонтерам`).
_NOTES_TAKEN_BY = compiled_at_first_use(
    r"(?i:\b(?:notes|minutes)\s+(?:were\s+)?(?:prepared|compiled|typed|taken|recorded|written)"
    r"\s+by)\s+[A-Z]"
)
_NUMBERING = re.compile(r"^\d{1,3}[.)]$")  # `4)` at a line's end: its card is on the next
# A number after a sentence's end, before a capital: where a numbered line's next card opens
# when two were typed on one line (`… енергомодернізації. 3. Оприлюднювати …`).
_NUMBER_AFTER_A_STOP = compiled_at_first_use(r"[.;!?]\s+(\d{1,3})([.)])\s+(?=[«\"“]?[A-ZА-ЯІЇЄҐ])")


class Lines(Stages, Headings):
    """The cards of lines and lists, and what stands outside them."""

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
            self._open_heading_section(index, text)
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
        elif block.kind is BlockKind.TEXT and self._remark_outside_lists(index, block, text):
            self.axis = None  # `Примітка: …` after the lists is the facilitator's, not a card
        if self.axis is not None:
            self._list_line(index, block, self.axis)
            return
        self._stray(block, block.text)

    def _open_heading_section(self, index: int, text: str) -> None:
        """Open the section that the heading `text` of block `index` names: inside the open
        axis where it stands so (see below), else one of lists of no axis yet."""
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

    def _remark_outside_lists(self, index: int, block: Block, text: str) -> bool:
        """A facilitator's note, a signature or a remark that an axis was not discussed,
        standing apart, or the lines that close the notes: no card of the open axis."""
        return bool(
            (
                (NOTE().match(text) or signature(text) or _NOT_DISCUSSED().match(text))
                and self._stands_apart(index)
            )
            or self._closes_the_notes(index, block)
        )

    def _list_line(self, index: int, block: Block, axis: str) -> None:
        """The cards of a line in an axis's list. A marked item, or a paragraph of an HTML or
        Word document, is one card; an unmarked line may hold several (see
        `holds_several_cards`), and a paragraph of sentences takes in its wrapped rest, as
        does a line that ends in a word no card ends in (`… але без` / `окремого
        фінансування`), or a card's long first line that a lower-case rest ends (`…, а не
        лише отримують` / `допомогу`; see `rest_cut_at_width`), as a PDF copied into text
        wraps them."""
        text, wraps = block.text, list[tuple[int, int, int]]()
        column = block.column
        unmarked = block.kind is BlockKind.TEXT and not block.plain
        several = unmarked and holds_several_cards(text)
        if unmarked and unfinished_sentences(text):
            text, wraps, _ = self._take_wrapped_lines(index, text)
            several = holds_several_cards(text)
        elif unmarked and (
            ends_mid_phrase(text)
            or (text[:1].isupper() and cut_at_width(text))
            or self._broken_by_hand(index, text)
        ):
            first_line = text
            text, wraps, named = self._take_wrapped_lines(index, text, mid_phrase=True)
            # A card whose rest opens with a surname is one, whatever a run-on cell's rules
            # would say of it (`… з головною лікаркою` / `Олійник раз на квартал`), unless
            # its first line holds several.
            several = holds_several_cards(text) and (
                not named
                or len(segment_cell(first_line)) > 1
                or len(segment_cell(text[len(first_line) + 1 :])) > 1
            )
        elif block.marker in _REPEATABLE_BULLETS and f" {block.marker} " in text:
            # `* Oral history recordings * Open storage days`: cards typed on one line, the
            # line's bullet repeated between them (not a dash: `Рішення - план дій`).
            text, column = f"{block.marker} {text}", column - len(block.marker) - 1
        # `2. Запровадити конкурс. 3. Оприлюднювати дані`: the next cards typed on the same
        # line, each number after the card before's stop, are cut where those numbers stand.
        starts = [0, *_next_numbers(block.marker, text)] if not wraps else [0]
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            self._add_items(
                axis,
                text[start:end],
                block.line,
                column + start,
                explicit=not several,
                plain=block.plain,
                wraps=wraps,
            )
        if block.kind is BlockKind.ITEM and block.marker.rstrip(".)").isdigit():
            self.step_index = index  # (its details may follow: see `_step_detail`)

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
        if len(texts) > 1 and signature(texts[-1]):
            texts.pop()  # a signature under them: `Модератори: Тарас Мельник`
        # Sentences, wrapped or not, emphasised or not (`*Notes prepared by … Friday.*`), that
        # speak of the notes or thank the participants (not `Створити коаліцію ГО.`); or who
        # took the notes, with no stop (`Notes taken by Khrystyna Levytska, 14 March 2025`).
        joined = " ".join(texts)
        if _NOTES_TAKEN_BY().search(joined):
            return True
        if not texts[-1].rstrip().rstrip("*_").endswith((".", "!", "…")):
            return False
        return bool(CLOSING_WORDS().search(joined))

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
            or (key != self.axis and self._after_a_list_or_blank(index) and self._list_under(index))
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

    def _after_a_list_or_blank(self, index: int) -> bool:
        """Whether the block at `index` opens a paragraph or follows a list's item (`- …` /
        `громада: мешканці знають …` / `- …`, no blank line between)."""
        previous = self._neighbour(index, -1, skip_blank=False)
        return self._opens_paragraph(index) or (
            previous is not None and previous.kind is BlockKind.ITEM
        )

    def _list_under(self, index: int) -> bool:
        """Whether a list item stands right under the block at `index` (`ГО між собою:
        кожен сам за себе` / `- мало ГО в селах`: a label of another axis, its first card
        beside it, over a paragraph of its own)."""
        following = self._neighbour(index, 1, skip_blank=False)
        return following is not None and following.kind is BlockKind.ITEM

    def _axis_label_beside_cards(self, block: Block) -> tuple[str, str, int, str] | None:
        """The axis key and label of `З владою: Прозорість; Діалог`, where its cards start
        in the block's text, and their text as read; None for other lines."""
        colon = block.text.find(":") if block.kind is BlockKind.TEXT else -1
        if colon < 1:
            return None
        label = strip_markup(block.text[:colon].strip("*_ "), plain=block.plain)
        if not label or len(label.split()) > MAX_AXIS_LABEL_WORDS:
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
        went on at a surname (see `holder_named_on`). Cards beside a
        label go on as `_goes_on_beside_label` says, a paragraph in lower-case lines only,
        a line cut `mid_phrase` only while its last line ends so (`goes_on_in`) or is cut at
        a page's width (`cut_at_width`), past a page break too."""
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
                ) or rest_cut_at_width(last, block.text, first_line=len(pieces) == 1)
                if not goes_on and lower_case_list is None:
                    lower_case_list = self._lower_case_cards_near(index)
                card = " ".join(pieces)
                if not goes_on and holder_named_on(card, last, block.text):  # (in any list)
                    goes_on = named = True
                goes_on = goes_on or body_named_on(last, block.text)
                goes_on = goes_on or (
                    not lower_case_list
                    # (an axis's label, word for word: `Генератори в старостатах є` / `з
                    # громадою` / `Люди не ходять …`)
                    and not self.vocabulary.names_axis_word_for_word(block.text)
                    and rest_of_broken_line(card, last, block.text)
                )
            else:
                goes_on = reads_as_wrapped(block.text)
            if not goes_on or self._axis_label_beside_cards(block):
                break  # (`з громадою: довіра` is a line of its own)
            wraps.append((length + 1, block.line, block.column))
            pieces.append(block.text)
            length += 1 + len(block.text)
            last, line = block.text, block.line
            self.blocks[following] = PASSED[BlockKind.NOISE]
            following += 1
        return " ".join(pieces), wraps, named

    def _broken_by_hand(self, index: int, text: str) -> bool:
        """Whether the line right under the card `text` of block `index` is its rest, broken
        off by hand (see `rest_of_broken_line`)."""
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if (
            following is None
            or following.kind is not BlockKind.TEXT
            or following.line != self.blocks[index].line + 1
        ):
            return False
        return (
            holder_named_on(text, text, following.text) or body_named_on(text, following.text)
        ) or (
            not self._lower_case_cards_near(index)
            and rest_of_broken_line(text, text, following.text)
        )

    def _lower_case_cards_near(self, index: int) -> bool:
        """Whether lines of the list around the card at `index` (not the line under it) are
        cards in lower case, two or more: a list of such cards, where a lower-case line is
        one too. A line in lower case under one that ends mid-phrase is that one's rest, no
        card; one such line alone may be a rest this rule did not take in."""
        behind = list(self.list_lines)
        cards = sum(
            block.text[:1].islower() and not (at and may_go_on(behind[at - 1].text))
            for at, block in enumerate(behind)
        )
        for near in range(index + 2, min(len(self.blocks), index + NEAR_LINES)):
            block, above = self.blocks[near], self.blocks[near - 1]
            if block.kind is not BlockKind.TEXT or block.line != above.line + 1:
                break
            cards += block.text[:1].islower() and not may_go_on(above.text)
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
        if line.isupper() or asks(line) or line.endswith(":") or NOTE().match(line):
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

    def _step_detail(self, index: int, text: str) -> bool:
        """`2. Включити експертів ГО до комісії` / `Термін – квітень 2025`: in a stage of
        steps, a detail under a numbered step (past its other details) is that step's, kept
        in its `details`; elsewhere the line is read as any other."""
        if self.stage is None or self.stage.key != STEPS_STAGE or self.axis is None:
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


def _next_numbers(marker: str, text: str) -> list[int]:
    """Where the next numbers in turn after a line's own (`2.`, `2)`) open cards in its
    text, each in the same style after a card's stop and before a capital (`… конкурс. 3.
    Оприлюднювати …`); not a number a card speaks of (`у ліцеї № 2.`, `до п. 4.`)."""
    number, stop = marker[:-1], marker[-1:]
    if not (number.isdigit() and stop in ".)"):
        return []
    starts: list[int] = []
    expected = int(number) + 1
    for found in _NUMBER_AFTER_A_STOP().finditer(text):
        if found.group(1) == str(expected) and found.group(2) == stop:
            starts.append(found.start(1))
            expected += 1
    return starts
