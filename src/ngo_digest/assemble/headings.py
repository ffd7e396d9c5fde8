"""Headings among a stage's lines: an axis's label (`З владою:`, `AUTHORITIES`, a numbered
or nested item that says with whom) and a section's heading (a label the vocabulary knows,
a lone line that a table or an axis's list follows, a short line over a list inside an
axis). Apart from `lists`, which reads the cards under them: these only say where cards go.
"""

from __future__ import annotations

import re

from ..blocks import DETAIL, Block, BlockKind
from ..segment import morphology
from ..segment.markup import strip_markup
from ..segment.spans import bare_word
from ..vocabulary import AXIS_PREPOSITIONS, is_numbered
from .shapes import (
    MAX_HEADING_LENGTH,
    MAX_LABEL_WORDS,
    NOTE,
    line_or_bold,
    marker_style,
    signature,
)
from .state import State

_NESTED_INDENT = 2  # columns deeper that a nested list's items stand (not `9.` over `10.`)
# A capital letter that orders labels (`A. Local authorities`, `Б) Громада`).
_LETTERED = re.compile(r"^[A-ZА-ЯІЇЄҐ][.)]\s+(?=\w)")
_SECTION_LOOKAHEAD = 400  # blocks: a stage's lists are shorter


class Headings(State):
    """Axis labels and section headings among a stage's lines."""

    def _try_axis_heading(self, index: int, block: Block, text: str) -> bool:
        """`З владою:`, `AUTHORITIES`, `### Community`, an axis name a list follows, or one
        alone in its paragraph after another axis's list (an axis with no cards)."""
        numbered = block.kind is BlockKind.ITEM and not text.endswith(":")
        nesting = numbered and self._heads_nested_items(index, block, text)
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
            self.axis_marker = marker_style(block.marker)
        self._open_axis(key, label)
        return True

    def _heads_nested_items(self, index: int, block: Block, text: str) -> bool:
        """`- З владою` over `    - Бюрократія`: an item that says with whom (its `text`, its
        emphasis taken out: `- **З владою**`), over items indented deeper, as a Notion toggle
        or an outline exports an axis with its cards (not a card over its details: `-
        Громадська рада` over `    - …`). Only in text, whose columns show the nesting."""
        if block.plain or text.split(None, 1)[0].casefold() not in AXIS_PREPOSITIONS:
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
        style = marker_style(block.marker)
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
            and marker_style(following.marker) != style
        )

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
            return self._heads_group_over_label(index, block, text, previous, following)
        return opens_paragraph and leads_content

    def _heads_group_over_label(
        self, index: int, block: Block, text: str, previous: Block, following: Block
    ) -> bool:
        """Notes with no blank lines (a PDF's copy): a short line under the stage's question,
        or under a marked list whose axes begin again, right over an axis's label `following`
        (`Що відбувається …?` / `Що працює` / `Взаємодія з владою`), heads a section."""
        words = text.split()
        short = (
            len(words) <= MAX_LABEL_WORDS
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

    def _heads_list_inside_axis(self, index: int, block: Block, text: str) -> bool:
        """`Влада:` / `Проблеми` / `• …` / `Ресурси` / `• …`: a short unmarked line over a
        marked list of capitalised cards, right under the axis's label, under a list or after
        a blank line, heads a section inside the axis when its title is one (see below); one
        whose title stood under an axis of the stage before may have no cards (`Ресурси`
        right before the next label or stage). Elsewhere such a line is a card, or may name
        an axis the vocabulary lacks (see `_unknown_sub_heading`)."""
        if self.axis is None or not line_or_bold(block) or not text[:1].isupper():
            return False
        assert self.stage is not None
        title = " ".join(text.split())
        following = self._neighbour(index, 1, skip_blank=False)
        if following is None or following.kind is not BlockKind.ITEM:
            under_label = self._neighbour_index(index, -1, skip_blank=True) == self.axis_index
            return title in self.stage.inside_titles and (self.sections_inside_axis or under_label)
        if following.text.lstrip()[:1].islower():
            return False  # a card over its details (`Ветеранська рада` / `- збирається …`)
        if len(text.split()) > MAX_LABEL_WORDS or NOTE().match(text) or signature(text):
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
            if len(text) <= MAX_HEADING_LENGTH and self._ends_the_look(at, text):
                return False
            if line_or_bold(block) and text == title:
                return True
            if self._names_axis(block, loose=True):
                in_axis = False  # (a label may be a heading too: `### З громадою`)
            elif in_axis and line_or_bold(block) and self._short_line_over_list(at, text):
                return True
        return False

    def _ends_the_look(self, at: int, text: str) -> bool:
        """Whether the line `text` at `at` names a stage, where a look-ahead inside the open
        one ends: another stage's heading, or the open one's said again; not a line in the
        open stage's own words right over a marked list, which heads one of its sections
        (`Кроки на 1–2 роки` / `1) …` under an axis of the steps)."""
        key = self._stage_named(text)
        if key is None:
            return False
        if self.stage is None or key != self.stage.key:
            return True
        following = self.blocks[at + 1] if at + 1 < len(self.blocks) else None
        return following is None or following.kind is not BlockKind.ITEM

    def _short_line_over_list(self, index: int, text: str) -> bool:
        """`Ресурси` after a blank line or a list, and a marked list right under it."""
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return (
            following is not None
            and following.kind is BlockKind.ITEM
            and text[:1].isupper()
            and len(text.split()) <= MAX_LABEL_WORDS
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
                and len(block.text.split()) <= MAX_LABEL_WORDS
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
