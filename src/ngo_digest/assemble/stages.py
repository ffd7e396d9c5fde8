"""Stage rules: the document's title and intro before the first stage, a stage's heading
(by the vocabulary's names, by its shape or its number) and its question (on the heading's
line, under it, or wrapped over lines). Apart because lines and tables both ask them: a row
padded with tabs, or a table's first cell, may open a stage too.
"""

from __future__ import annotations

import re
from collections import Counter

from ..blocks import Block, BlockKind
from ..diagnostics import Code, Level
from ..patterns import compiled_at_first_use
from ..readers.lines import is_emoji_bullet
from ..segment import morphology
from ..segment.markup import strip_markup
from ..vocabulary import (
    is_numbered,
    letter_left_out,
    ordinal_heading,
    strip_numbering,
    without_gloss,
)
from .shapes import (
    MAX_HEADING_LENGTH,
    MAX_HEADING_WORDS,
    asks,
    cards_run_on,
    heading_and_question,
    heading_number,
    heading_shape,
)
from .state import PASSED, StageState, State

_HEADING_LIKE_ITEM = compiled_at_first_use(r"^(?:\d{1,2}|[IVXivx]{1,4})[.)]$")
_MAX_TITLE_LINES = 3  # a title wraps onto a line or two, not more
_RUNNING_REPEATS = 3  # a running header above the title stands at two more pages' heads
# A PDF's running line, in parts set apart by a wide gap or by separators: `ГО «…»      Звіт
# про сесію`, `Пирятинська громада • ГО «…» • Культура разом, 2024`.
_WIDE_GAP = re.compile(r"\S {4,}\S|\s[•·|—]\s.*\s[•·|—]\s")
_FRONT_MATTER_FIELD = re.compile(r"^[a-z_][\w-]*:(?:\s|$)|^\s*- ")  # `created: 2025-10-03`
_QUESTION_LINES = 4  # a question wraps over this many lines at most
_STRONG_ALIAS_WORDS = 3
_ALIAS_WORDS_OVER_QUESTION = 2  # (a stage's name over its question needs fewer words)


class Stages(State):
    """The title, the intro, stage headings and their questions."""

    # -- stages and questions ---------------------------------------------------------------

    def _try_stage(self, index: int, block: Block, text: str) -> bool:
        line = text
        text, question = heading_and_question(text)
        if question is not None and not (
            block.kind is BlockKind.HEADING
            or text.isupper()
            or is_numbered(text)
            or heading_number(block, line) == len(self.stages) + 1  # `1) Формування … — Що …?`
        ):
            text, question = line, None  # `Next steps: who follows up?` is prose
        if not self._heading_like(index, block, text):
            return False
        plain = block.kind is not BlockKind.HEADING and not text.isupper()
        if plain and not self._opens_paragraph(index):
            # No blank line before it (a Word paragraph, a tight list): only a long,
            # unmistakable stage name counts (`Оцінка поточної реальності`), or one of two
            # words over the stage's question (`Бачення взаємодії` / `Що характеризує …?`).
            key = self.vocabulary.match_stage(
                text, plain=True, min_words=self._alias_words_needed(index, block, text)
            )
        else:
            key = self.vocabulary.match_stage(text, plain=plain)
            if key is None and plain and self._question_follows(index):
                # `Vision of success` over its question: a stage's word opens a heading.
                key = self.vocabulary.match_stage(text)
        if key is None:
            # `ЩО РОБИМО (кроки)` over a label or a question; in sentence case over a question.
            asked = self._question_follows(index)
            if asked or self._label_follows(index):
                key = self.vocabulary.stage_in_brackets(text, capitals=not asked)
        if key is not None and not self._typo_forgiven(block, text, key):
            key = None  # a word of its own (`Формуванням …`), not a typo in a stage's name
        if key is not None and block.kind is not BlockKind.HEADING and cards_run_on(text):
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
            if self.stage is not None and heading_number(block, line) is not None:
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
            self.stage = self.stages[key] = StageState(key, strip_numbering(title), block.line)
        if question is not None and self.stage.question is None:
            self.stage.question = question
        self.axis = None
        self.axis_marker = ""
        self.cards_in_stage = 0
        self.stage_number = heading_number(block, line)
        self.stage_shape = heading_shape(block, line)
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
        if not text or len(text.split()) > MAX_HEADING_WORDS:
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
            next_number = heading_number(block, text) == (self.stage_number or 0) + 1
            return bool(_HEADING_LIKE_ITEM().match(block.marker)) and (
                self._opens_paragraph(index)
                or (text.isupper() and next_number)
                or (
                    next_number
                    and self._question_follows(index)
                    and self.vocabulary.match_stage(
                        text, plain=True, min_words=self._alias_words_needed(index, block, text)
                    )
                    is not None
                )
            )
        return True

    def _alias_words_needed(self, index: int, block: Block, text: str) -> int:
        """How many words of a stage's name a plain line with no blank line before it must
        carry to be its heading: three (`Оцінка поточної реальності`); where it bears the
        next stage's number over the stage's question, two (`1. Бачення взаємодії` / `Що
        характеризує …?`), or one after a stage so numbered (`3. Кроки` after `2. …`)."""
        number = heading_number(block, text)
        if number != (self.stage_number or 0) + 1 or not self._question_follows(index):
            return _STRONG_ALIAS_WORDS  # (not a card over a card that asks: `Поточний стан …`)
        return 1 if self.stage_number else _ALIAS_WORDS_OVER_QUESTION

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
            and asks(following.text.strip())
        )

    def _numbered_after_the_last_stage(self, index: int, block: Block, text: str) -> bool:
        """`3. ЩО РОБИМО ДАЛІ` after a stage headed `2. …` the same way: the next stage, unless
        the stage numbered headings of its own (`1. ОБРАНІ КРИТЕРІЇ`, `2. …`), the heading
        is a section's or an axis's, the next stage in order comes before this one, or a
        later heading names it (`2. РОБОТА В ГРУПАХ` before `2. ОЦІНКА …`)."""
        number = heading_number(block, text)
        if number is None or self.stage_number is None or self.stage is None:
            return False
        if self.numbered_inside_stage or number != self.stage_number + 1:
            return False
        if heading_shape(block, text) != self.stage_shape:
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
                if len(text) <= MAX_HEADING_LENGTH and self.vocabulary.match_stage(text) == key:
                    return True
        return False

    def _try_question(self, text: str) -> bool:
        assert self.stage is not None
        if self.stage.question is None and not self.stage.sections and asks(text):
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
            if asks(rest):
                self.stage.question = " ".join(lines)
                for taken in range(index + 1, following + 1):
                    self.blocks[taken] = PASSED[BlockKind.NOISE]
                return True
        return False

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
