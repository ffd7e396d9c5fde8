"""Shared line classification for the plain-text layouts (tab tables, Markdown, headed lists).

Each line becomes a block: a heading, a list item with its marker, prose, a separator or a
page number (noise), or a table row. Each layout differs only in how it recognises a table
row (its `RowSplitter`); prose, headings, list items, blank lines and separators look the
same in all of them. `classify_lines` then joins the lines a list item was wrapped or broken
over (see `wrapped_items`); page numbers and running lines are told in `page_marks`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..blocks import Block, BlockKind, Cell
from ..patterns import compiled_at_first_use
from ..segment.spans import OPENING_QUOTES
from .page_marks import PAGE_NUMBER, is_page_mark, number_at_page_break
from .wrapped_items import join_wrapped_items

RowSplitter = Callable[[str, int], tuple[Cell, ...] | None]
"""Returns the cells of a table row on line N, or None when the line is not a row."""
ProseReader = Callable[[str, int], Block]
"""Returns the block of a line on line N that is not a table row (see `classify_prose`)."""

_BOX_DRAWING = "".join(map(chr, range(0x2500, 0x2580)))  # `════`, `────` as rules
_NOISE_CHARS = " \t-–—=_*|:+~" + _BOX_DRAWING
_RULE_CHARS = frozenset("-–—=_~" + _BOX_DRAWING)
_BREAK_ASTERISKS = 3
# The rules that may frame a heading on its line (`— COMMUNITY —`, `== Громада ==`,
# `*** Stage 1 ***`); not `_`, and `*` only with a blank inside, unlike Markdown's emphasis.
# A rule of one character frames only a heading in capitals: a card may end in a dash.
_FRAME_CHARS = frozenset("-–—=~*" + _BOX_DRAWING)
# The closing `#`s and blanks of a heading are stripped in Python: as three optional runs at
# the end of the pattern they made a long blank gap inside a heading take cubic time.
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# The blanks after the closing marks are taken possessively (`\s*+`): two optional runs side
# by side made a long gap before a stray last character take quadratic time.
_EMPHASIS_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^\s*](?:.*[^\s*])?)\1\s*+(?P<colon>:?)\s*$")
# Markdown quote marks, however deep (`> > `); not `> 50%`, which means "more than".
_QUOTES = re.compile(r"^(?: {0,3}>[ \t]?)+(?![ \t]*\d)")
_NUMBERED_PARAGRAPH = compiled_at_first_use(r"^ *(?:\d{1,3}[.)]|[IVX]{1,4}\.)\t+[^\t]*\S[^\t]*$")
_ROMAN = frozenset("IVX")
# Patterns of rare lines, compiled by `re` at their first use rather than at every start:
_ESCAPE = r"\\(?=[!-/:-@\[-`{-~])(?!\|)"  # any ASCII punctuation but a pipe
_TASK_BOX = r"\[[ xX]\]\s+(?=\S)"
# A round bullet needs no space after it (`•Толока`), nor does a hyphen or a dash before a
# letter (`-Толока`, `-толока`, `–Страх`), nor a number before a capital (`1.Включити`);
# otherwise a hyphen, a star, a plus (Markdown's third bullet; the pros of a list of pros
# and cons), a double hyphen typed in haste (`-- ярмарок у суботу`) or a number does (`-5%`,
# `1.5 млн` are the user's), and so does a small letter in
# brackets (`(а) дописи`; not `(с)`, a copyright's, nor a number, which numbers headings:
# `(1) ФОРМУВАННЯ …`). Word's plain-text export writes its second and third list levels as
# `o` and `§` and a tab (or `o` and spaces before a capital: `o Common advocacy platform`).
# Emoji that messengers' lists use as bullets (`🔹 …`, `✅ …`, `▪️ …`, a variation selector
# after some); not those that decorate headings (`🌟 Бачення`, `📍 Де ми зараз?`).
_EMOJI_BULLETS = "🔹🔸🔷🔶✅☑✔❗➡👉🔺🔻🟢🔴🟡🟠🔵⚫⚪◾◽▫"
# (A pattern of its own, compiled at its first use: most notes have no emoji.)
_EMOJI_MARKER = rf"^\s*(?P<marker>[{_EMOJI_BULLETS}]\ufe0f?|▪\ufe0f)\s+(?P<text>\S.*)$"
_EMOJI_STARTS = frozenset(_EMOJI_BULLETS + "▪")
# Word's bullets in its Symbol and Wingdings fonts, which a copy from Word or a PDF keeps as
# characters of Unicode's private area (`\uf0b7 Довіра`, `\uf0a7 …`).
SYMBOL_BULLETS = "\uf0b7\uf0a7"
_MARKER = re.compile(
    rf"^\s*(?P<marker>[•·▪●◦○‣{SYMBOL_BULLETS}](?=\S)|[-–—](?=[^\W\d_]|[{OPENING_QUOTES}])"
    r"|[o§](?=\t)|o(?= +[A-ZА-ЯІЇЄҐ])"
    rf"|\d{{1,3}}[.)](?=[{OPENING_QUOTES}]?[A-ZА-ЯІЇЄҐ])"
    rf"|(?:--|[-–—•*·▪●◦○‣+{SYMBOL_BULLETS}]|\d{{1,3}}[.)]|[a-zа-яєіїґ][)]"
    r"|\((?![cс]\))[a-zа-яєіїґ]\))(?=\s)"
    # sub-items, indented, before a capital: `1.1.` with its closing period (not a date,
    # `15.03`, nor an amount, `2.5 Млн`, nor a heading's `1.2. Інші ідеї` at the line's
    # start), and a letter with a period (`а. Затвердити`; not `с.`, `м.`, `р.`, `п.`, `т.`,
    # `г.`, which name places, years and dates)
    r"|(?<=\s)(?:\d{1,3}(?:\.\d{1,3})+\.|[абвґдеєжзabcdefgh]\.)(?=\s+[A-ZА-ЯІЇЄҐ]))"
    r"\s*(?P<text>\S.*)$"
)


# A list's marker with no text after it, an item left empty (`1)⇥`, `•`, `2.` alone after a
# list numbered so; not a bare number, which may be a page's).
_EMPTY_ITEM = re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[•·▪●◦○‣{SYMBOL_BULLETS}])\s*$")


def classify_lines(
    text: str, split_row: RowSplitter, prose: ProseReader | None = None
) -> list[Block]:
    """Turn `text` into blocks, one per line (1-based line numbers); `prose` reads the lines
    that are not rows, `classify_prose` unless a layout has its own."""
    return join_wrapped_items(_classify(text.split("\n"), split_row, prose or classify_prose))


def without_escapes(text: str) -> str:
    r"""`text` without Markdown's backslash escapes (`1\.`, `\-`, `Co\-financing`, as Google
    Docs writes Markdown): the character is the text. `\|` stays, for a table's cells."""
    return re.sub(_ESCAPE, "", text) if "\\" in text else text


def is_emoji_bullet(marker: str) -> bool:
    """Whether a list item's marker is an emoji, which messengers put before headings too
    (`✅ 3. Кроки …`, `👉 Формування …`): such a line may still be a heading."""
    return marker[:1] in _EMOJI_BULLETS or marker == "▪\ufe0f"


def _classify(lines: list[str], split_row: RowSplitter, prose: ProseReader) -> Iterable[Block]:
    """One block per line: blank, a page's number at a page break, a row the layout's
    `split_row` recognises (noise when all its cells are), or what `prose` makes of it."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            yield Block(BlockKind.BLANK, number)
            continue
        if number_at_page_break(lines, number - 1):
            yield Block(BlockKind.NOISE, number, line, marker=PAGE_NUMBER)
            continue
        if _numbered_paragraph(lines, number - 1):
            yield prose(line, number)
            continue
        cells = split_row(line, number)
        if cells is not None:
            if all(is_noise(cell.text) or not cell.text.strip() for cell in cells):
                yield Block(BlockKind.NOISE, number, line)
            else:
                yield Block(BlockKind.ROW, number, line, cells=cells)
            continue
        yield prose(line, number)


def _numbered_paragraph(lines: list[str], at: int) -> bool:
    """`1.<TAB>ФОРМУВАННЯ …` between blank lines: Word's plain-text export sets a numbered
    paragraph's number off with a tab; it is a heading or a list line, not a table row (a
    row of a table with a number column stands among other rows)."""
    line = lines[at]
    first = line.lstrip(" ")[:1]
    if not (first.isdigit() or first in _ROMAN) or not _NUMBERED_PARAGRAPH().match(line):
        return False  # (the cheap test first: it is asked of every line)
    return all(not 0 <= near < len(lines) or not lines[near].strip() for near in (at - 1, at + 1))


def list_item_text(line: str) -> str | None:
    """The text of a list line after its marker (`- `, `•\t`, `1. `, and a task list's box:
    `- [x] `), or None."""
    item = _MARKER.match(line)
    if item is None:
        return None
    text: str = item.group("text")
    box = re.match(_TASK_BOX, text) if text[:1] == "[" else None
    return text[box.end() :] if box is not None else text


def is_noise(text: str) -> bool:
    """Rulers and separators (`--`, `|---|:---:|`, `===`): only rule characters and spaces.

    A plain character test, not a regex: a backtracking pattern would be quadratic on a long
    line of dashes that ends in a letter.
    """
    if text.strip(_NOISE_CHARS):
        return False
    # (Or three asterisks, Markdown's break, also typed apart: `***`, `* * *`.)
    return any(ch in _RULE_CHARS for ch in text) or text.count("*") >= _BREAK_ASTERISKS


def classify_prose(line: str, number: int) -> Block:
    """A line that is not a table row: a heading, a list item, a separator (or a page
    number) or prose; a Markdown `> ` quote (a question, often) is read without its mark."""
    quote = _QUOTES.match(line)
    if quote is not None and line[quote.end() :].strip():
        block = _classify_unquoted(line[quote.end() :], number)
        return replace(block, column=block.column + quote.end())
    return _classify_unquoted(line, number)


def _classify_unquoted(line: str, number: int) -> Block:
    """`classify_prose` of a line with its quote marks taken off."""
    column = len(line) - len(line.lstrip()) + 1
    if is_noise(line) or _EMPTY_ITEM.match(line):
        return Block(BlockKind.NOISE, number, line, column)  # (a marker with no text: `1)⇥`)
    if is_page_mark(line):
        return Block(BlockKind.NOISE, number, line, column, marker=PAGE_NUMBER)
    emphasis = _EMPHASIS_LINE.match(line)
    if emphasis:  # a whole line in bold serves as a heading in Markdown notes
        text = emphasis.group("text") + emphasis.group("colon")
        return Block(BlockKind.HEADING, number, text, column, marker=emphasis.group(1))
    heading = _HEADING.match(line)
    if heading:
        text = heading.group(2).rstrip().rstrip("#").rstrip()  # `## Title ##`: closing marks
        return Block(BlockKind.HEADING, number, text, column, marker=heading.group(1))
    framed = _framed_heading(line)
    if framed is not None:
        return Block(BlockKind.HEADING, number, framed, column, marker="rule")
    item = None
    if line.lstrip()[:1] in _EMOJI_STARTS:
        item = re.match(_EMOJI_MARKER, line)
    item = item or _MARKER.match(line)
    if item and is_noise(item.group("text")):
        return Block(BlockKind.NOISE, number, line, column)  # `• --------`: a ruler
    if item:
        text, start = item.group("text").rstrip(), item.start("text") + 1
        box = re.match(_TASK_BOX, text) if text[:1] == "[" else None
        if box is not None:  # a task list's box, `- [ ] …`, `- [x] …`: the item's marker too
            text, start = text[box.end() :], start + box.end()
        return Block(BlockKind.ITEM, number, text, start, marker=item.group("marker"))
    return Block(BlockKind.TEXT, number, line.strip(), column)


def _framed_heading(line: str) -> str | None:
    """The text of a heading framed by the same rule on both sides (`— COMMUNITY —`,
    `=== ВЛАДА ===`), or None: a facilitator's way to set a label apart, not a list item
    whose marker is a dash. Told with string methods, as `is_noise` is."""
    text = line.strip()
    if not text or text[0] not in _FRAME_CHARS:
        return None
    rule = text[: len(text) - len(text.lstrip(text[0]))]
    if not text.endswith(rule) or text[-len(rule) - 1 : -len(rule)] in _FRAME_CHARS:
        return None
    inner = text[len(rule) : -len(rule)]
    if not (inner[:1].isspace() and inner[-1:].isspace()):
        return None
    inner = inner.strip()
    if len(rule) == 1 and not _in_capitals(inner):
        return None  # `- Ветеран -` / `наставник`, `* Oral history * Open days *`: cards
    return inner if inner and not inner.endswith((".", ";", ",")) else None


def _in_capitals(text: str) -> bool:
    """Capitals but for a plural's `s` or so (`OTHER NGOs`): a label's way, not a card's."""
    upper = sum(c.isupper() for c in text)
    return upper > 1 and upper >= 4 * sum(c.islower() for c in text)
