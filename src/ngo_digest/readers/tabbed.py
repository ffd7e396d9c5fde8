"""Tab-separated tables with HTML fragments: the layout of the original conference notes.

A line with a tab is a table row; its cells may hold `<ul>`, `<ol>`, `<p>` or `<li>` markup,
which segmentation reads as item boundaries. Everything else is shared prose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..blocks import Block, BlockKind, Cell
from ..patterns import compiled_at_first_use
from ..vocabulary import vocabulary_in_use
from .lines import classify_lines, list_item_text
from .wrapped_items import ends_mid_phrase

NAME = "tabbed"
_WRAPPABLE = frozenset({BlockKind.ROW, BlockKind.TEXT})
_FRAGMENT_TAG = re.compile(r"<(p|ul|ol)\b[^>]*>", re.IGNORECASE)
# A fragment's tag that the wrap cut inside its attributes (`<ol style="list-style-type:`).
_CUT_TAG = re.compile(r"<(p|ul|ol)\b[^>]*$", re.IGNORECASE)
# Patterns of rare rows, compiled by `re` at their first use rather than at every start:
_SPACES = r" {2,}"
_MARKER_ALONE = r"^\s*(?:[•·▪●◦○‣o§*-]|\d{1,2}[.)])\t\S"
_SPACES_BEFORE_FRAGMENT = r"(?i) {2,}(?=<(?:p|ul|ol)\b)"
_CUT_PARAGRAPH = r"(?i)<p\b(?!.*</p>)[^<]*$|</li>"
# A cell's list marker before its text (`* Соцмережі …`), as a list line's would be.
_OPENING_MARKER = r"^\s*([-–•*·▪●◦○+])\s+\S"
# A card's number in a cell, and the blank after it: `4.Сформувати`, `4. Сформувати`.
_CARD_NUMBER = compiled_at_first_use(r"(?:^|(?<=[\s>]))(\d{1,2})[.)](\s*)(?=\w)")


def split_row(line: str, number: int) -> tuple[Cell, ...] | None:
    """The cells of a tab-separated row, each with its own column, or None without a tab."""
    if "\t" not in line:
        return None
    cells = []
    column = 1
    for part in line.split("\t"):
        # A form feed before the first cell is the page break, not the cell's text: the
        # header again on a new page (`\fВЛАДОЮ\tГРОМАДОЮ`) is still the header.
        page_break = len(part) - len(part.lstrip("\f")) if column == 1 else 0
        cells.append(Cell(part[page_break:], number, column + page_break))
        column += len(part) + 1
    return tuple(cells)


def read(text: str) -> list[Block]:
    """Blocks of a tab-table document."""
    quoted: dict[int, tuple[Cell, ...]] = {}
    if '\t"' in text or '\n"' in text or text.startswith('"'):  # (a spreadsheet's quoting)
        from .quoted_cells import quoted_rows

        lines, quoted = quoted_rows(text.split("\n"))
        if quoted:
            text = "\n".join(lines)
    listed = _list_lines(text) if "\t" in text else set()
    blocks = classify_lines(
        text,
        lambda line, number: (
            None
            if number in listed
            else quoted.get(number) or split_row(line, number) or _spaced_row(line, number)
        ),
    )
    blocks = _paragraphs_of_first_cells(_mend_stray_tabs(blocks))
    columns = max((len(block.cells) for block in blocks if block.cells), default=0)
    return _join_wrapped_cells(blocks, _items_under_rows(text, blocks), columns)


def _mend_stray_tabs(blocks: list[Block]) -> list[Block]:
    """A row with more cells than its table's header row, where a cell opens a fragment it
    leaves open and the next goes on in lower case with no fragment of its own (`<p>…
    Батьки не знають⇥своїх прав …</p>`): a tab typed inside the cell, read as a space."""
    out = []
    width = 0  # the cells of the current table's first row (its header)
    for block in blocks:
        if block.kind is not BlockKind.ROW:
            if block.kind is not BlockKind.BLANK:
                width = 0  # (text between tables: the next row heads a table)
            out.append(block)
            continue
        if not width:
            width = len(block.cells)
        cells = list(block.cells)
        at = 0
        while len(cells) > width and at < len(cells) - 1:
            first, rest = cells[at], cells[at + 1]
            if rest.text[:1].islower() and _closes_fragment(first.text, rest.text, True):
                start = len(first.text) + 1
                wraps = (
                    *first.wraps,
                    (start, rest.line, rest.column),
                    *((start + offset, line, column) for offset, line, column in rest.wraps),
                )
                joined = Cell(f"{first.text} {rest.text}", first.line, first.column, wraps=wraps)
                cells[at : at + 2] = [joined]
                continue
            at += 1
        out.append(replace(block, cells=tuple(cells)) if len(cells) != len(block.cells) else block)
    return out


def _paragraphs_of_first_cells(blocks: list[Block]) -> list[Block]:
    """Google Docs' plain text writes a cell of several paragraphs on several lines, and only
    its last paragraph carries the row's tabs (`* Батьки …` / `* Сусіди …` / `* Соцмережі
    …⇥Формальні …⇥`): list lines right between two rows of a table, each with the marker
    that opens the lower row's first cell, are that cell's first paragraphs. (A list after a
    table has a blank line or a label before the next table.)"""
    if not any(block.kind is BlockKind.ITEM for block in blocks):
        return blocks  # (the common case)
    out: list[Block] = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        end = at
        while end < len(blocks) and blocks[end].kind is BlockKind.ITEM:
            end += 1
        row = blocks[end] if end < len(blocks) else None
        if (
            end == at
            or row is None
            or row.kind is not BlockKind.ROW
            or not out
            or out[-1].kind is not BlockKind.ROW
            or not _cell_paragraphs(out[-1], blocks[at:end], row)
        ):
            out.append(block)
            at += 1
            continue
        out.append(_with_first_paragraphs(row, blocks[at:end]))
        at = end + 1
    return out


def _cell_paragraphs(above: Block, items: list[Block], row: Block) -> bool:
    """Whether `items` stand on the lines right between the rows `above` and `row`, each
    with the marker that opens `row`'s first cell."""
    first = row.cells[0].text if row.cells else ""
    opening = re.match(_OPENING_MARKER, first)
    lines = [above.line, *(item.line for item in items), row.line]
    filled = [cell.text for cell in above.cells if cell.text.strip()]
    last = re.match(_OPENING_MARKER, filled[-1]) if filled else None
    return (
        opening is not None
        and all(b - a == 1 for a, b in pairwise(lines))
        and all(item.marker == opening[1] for item in items)
        # (Not where the upper row's last cell opens so too: they may be its rest.)
        and (last is None or last[1] != opening[1])
    )


def _with_first_paragraphs(row: Block, items: list[Block]) -> Block:
    """`row` with `items`, marker and text, before the text of its first cell."""
    parts: list[str] = []
    wraps: list[tuple[int, int, int]] = []
    start = 0
    for item in items:
        paragraph = f"{item.marker} {item.text}"
        if parts:
            wraps.append((start, item.line, item.column - len(item.marker) - 1))
        parts.append(paragraph)
        start += len(paragraph) + 1
    first = row.cells[0]
    wraps.append((start, first.line, first.column))
    wraps.extend((start + offset, line, column) for offset, line, column in first.wraps)
    head = items[0]
    cell = Cell(
        " ".join([*parts, first.text]),
        head.line,
        head.column - len(head.marker) - 1,
        wraps=tuple(wraps),
    )
    text = " ".join([*parts, row.text])
    return Block(BlockKind.ROW, head.line, text, cell.column, (cell, *row.cells[1:]))


def _items_under_rows(text: str, blocks: list[Block]) -> dict[int, str]:
    """The raw lines of the list items right under a row, by line number: a numbered card
    may be a row's rest, read with its number (`5.Подати …`). Only those are kept, found in
    one pass: a list of every line doubled a big document's memory."""
    wanted = [
        block.line
        for above, block in pairwise(blocks)
        if block.kind is BlockKind.ITEM and above.kind is BlockKind.ROW
    ]
    lines: dict[int, str] = {}
    start, number = 0, 1
    for line in wanted:
        while number < line:
            start = text.index("\n", start) + 1
            number += 1
        stop = text.find("\n", start)
        lines[line] = text[start : stop if stop >= 0 else len(text)]
    return lines


def _list_lines(text: str) -> set[int]:
    """The 1-based numbers of a list's lines as Word's plain text writes them, a marker and
    a tab before the text (`•⇥Довіра`, `1.⇥Провести`), under a line that is no table's row
    (an axis's label) or under another such line; not a numbered row right under its table's
    rows (`1.⇥Прозорість⇥Довіра` / `2.⇥Фінансування`)."""
    listed: set[int] = set()
    under_label = False  # a label (`З владою:`) or a list's line stands above, past page lines
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if line.count("\t") == 1 and re.match(_MARKER_ALONE, line) and under_label:
            listed.add(number)
        elif "\t" in line:
            under_label = False  # a row of a table, a section's row (`⇥ОБРАНІ КРИТЕРІЇ⇥⇥`)
        elif line.rstrip().endswith(":"):
            under_label = True  # (other lines, a page's number or footer, change nothing)
    return listed


def _spaced_row(line: str, number: int) -> tuple[Cell, ...] | None:
    """A row the digitizer typed with spaces for its tabs: cells that each open an HTML
    fragment (`<ul …> Довіра …   <ul …> Обмін …`), or axis labels in capitals (`ВЛАДОЮ  ІНШИМИ
    ГО  ГРОМАДОЮ`), two spaces or more apart. Text of other kinds keeps its double spaces."""
    if "  " not in line:
        return None  # (the common case)
    stripped = line.strip()
    if stripped.startswith("<"):
        gaps = list(re.finditer(_SPACES_BEFORE_FRAGMENT, line))
        if not gaps or not _FRAGMENT_TAG.match(stripped) or re.search(_CUT_PARAGRAPH, stripped):
            return None  # (not a cell's paragraphs that wrap on: `<p>A</p>  <p>B` / `C</p>⇥…`)
    elif stripped.isupper():
        gaps = list(re.finditer(_SPACES, line.rstrip()))
        vocabulary = vocabulary_in_use()
        parts = re.split(_SPACES, stripped)
        if not all(vocabulary.match_axis(part) for part in parts):
            return None
    else:
        return None
    cells = []
    start = len(line) - len(line.lstrip())
    for gap in [*gaps, None]:
        end = gap.start() if gap else len(line.rstrip())
        cells.append(Cell(line[start:end], number, start + 1))
        if gap:
            start = gap.end()
    return tuple(cells) if len(cells) > 1 else None


def _join_wrapped_cells(blocks: list[Block], items: dict[int, str], columns: int) -> list[Block]:
    """A row the digitizer wrapped inside a cell is one row: see `_rest_of_cell`. The wrap
    reads as a space, as anywhere in a cell."""
    out: list[Block] = []
    end = 0  # the last line of `out[-1]`, which may span several
    for block in blocks:
        if out and end == block.line - 1:
            joined = _rest_of_cell(out[-1], block, items.get(block.line, ""), columns)
            if joined is not None:
                out[-1] = joined
                end = block.line
                continue
        out.append(block)
        end = block.line
    return out


def _rest_of_cell(above: Block, block: Block, line: str, columns: int) -> Block | None:
    """The row `above` with `block`, the next `line`, as the rest of its last cell, or None.

    A line that opens an HTML fragment in its last cell (`<p>Сортує лише 15% …`) and leaves
    it open goes on in a line whose first cell closes it. It also goes on in a row whose
    first cell opens no fragment of its own and whose others do (`вікон Довіра …\t<ul> …`,
    or a row wrapped before its tab: `\t<ul> …`; not a header row, nor a continuation row:
    `\tX`), in a line of no tab
    in lower case (`допомоги Довіра …`, never a heading), in one numbered on from the cell
    (`… 4.Сформувати …` over `5.Подати …`) or in any after a cell that ends mid-phrase
    (`Разом з` over `Національною поліцією …`), when the two make a row of no more than the
    table's `columns`: a table's cells each open their own fragment, so that line is the
    rest of the cell."""
    if above.kind not in _WRAPPABLE:
        return None
    top = _cells(above)
    if block.kind is BlockKind.ITEM:  # (a numbered card, read with its number)
        if above.kind is not BlockKind.ROW or not _numbering_goes_on(top[-1].text, line):
            return None
        bottom: tuple[Cell, ...] = (Cell(line, block.line, 1),)
    elif block.kind in _WRAPPABLE and BlockKind.ROW in (above.kind, block.kind):
        bottom = _cells(block)
    else:
        return None
    unclosed = len(top) + len(bottom) - 1 <= columns and (
        # A row whose other cells open fragments (not a header row: `ВЛАДОЮ\tГРОМАДОЮ`).
        (block.kind is BlockKind.ROW and any(_opens_fragment(c.text) for c in bottom[1:]))
        or block.kind is BlockKind.ITEM
        or (block.kind is BlockKind.TEXT and block.text[:1].islower())
        or _numbering_goes_on(top[-1].text, block.text)
        or ends_mid_phrase(top[-1].text.rstrip())
    )
    if not _closes_fragment(top[-1].text, bottom[0].text, unclosed):
        return None
    last, rest = top[-1], bottom[0]
    start = len(last.text) + 1
    wraps = (
        *last.wraps,
        (start, rest.line, rest.column),
        *((start + at, line, column) for at, line, column in rest.wraps),
    )
    joined = Cell(f"{last.text} {rest.text}", last.line, last.column, wraps=wraps)
    text = f"{above.text} {line if block.kind is BlockKind.ITEM else block.text}"
    return Block(BlockKind.ROW, above.line, text, above.column, (*top[:-1], joined, *bottom[1:]))


def _opens_fragment(cell: str) -> bool:
    """Whether `cell` opens an HTML fragment, perhaps in a tag that the wrap cut inside
    its attributes (`<ul style="list-style-type:`)."""
    return bool(_FRAGMENT_TAG.search(cell) or _CUT_TAG.search(cell))


def _cells(block: Block) -> tuple[Cell, ...]:
    """A row's cells, or a line of prose as the one cell it holds."""
    return block.cells or (Cell(block.text, block.line, block.column),)


def _numbering_goes_on(cell: str, line: str) -> bool:
    """Whether `line` opens with the number after the last one that numbers `cell`'s cards,
    typed the same way (`4.Сформувати` over `5.Подати`; not `2.Недовіра` over a stage's
    heading, `3. Кроки для реалізації …`)."""
    opening = _CARD_NUMBER().match(line)
    numbers = _CARD_NUMBER().findall(cell)
    if opening is None or not numbers:
        return False
    number, blank = numbers[-1]
    return int(number) + 1 == int(opening[1]) and bool(blank) == bool(opening[2])


def _closes_fragment(start: str, cell: str, unclosed: bool = False) -> bool:
    """Whether `start` opens a fragment it leaves open, and `cell` closes it first (or,
    where `unclosed`, the cell may be its rest without a closing tag: it opens no other
    before it closes it or ends)."""
    opened = _FRAGMENT_TAG.match(start.lstrip()) or _CUT_TAG.match(start.lstrip())
    if opened is None:
        return False
    name = opened.group(1).lower()
    closing = f"</{name}>"
    written = start.lower()
    if len(re.findall(rf"<{name}\b", written)) <= written.count(closing):
        return False
    rest = cell.lower()
    if closing not in rest:
        return unclosed and _FRAGMENT_TAG.search(rest) is None
    return _FRAGMENT_TAG.search(rest[: rest.index(closing)]) is None


def _stray_tab(item: str) -> bool:
    """Whether the tab inside a list item's text may stray into one card: one tab, before
    the lower-case rest of a phrase of two words or more (`Спільні наради старост\tз ГО`;
    not `a\tb`, nor `A\t\tb c`, whose empty cell makes a row)."""
    first, _, rest = item.partition("\t")
    if "\t" in rest or not first.strip():
        return False
    rest = rest.strip()
    return rest[:1].islower() and " " in rest


def looks_like(text: str) -> bool:
    """Two lines hold a tab between two pieces of text, or one does and another ends in
    tabs after its text (a row whose only card is in the first column). A tab that only
    pads a line (`З владою:\t`), follows a list marker (`•\tТекст`, Word's plain-text
    export) or strays, once, inside a list item before its lower-case rest (`- Спільні
    наради старост\tз ГО`, typed in haste) makes no table of a list; two such lines are
    rows (`- Ремонт даху\tвиконано частково`)."""
    inner = padded = strays = 0  # (strays: list items with a tab inside their phrase)
    for line in text.split("\n"):
        if "\t" not in line:
            continue
        body = line.strip()
        if "\t" not in body:
            padded += bool(body) and line.rstrip(" ").endswith("\t")
            continue
        item = list_item_text(body)
        if item is not None and "\t" in item and _stray_tab(item):
            strays += 1  # (one is a slip of the hand; a second makes rows of both)
        elif item is None or "\t" in item:
            inner += 1
        if _table_shaped(inner, strays, padded):
            return True
    return _table_shaped(inner, strays, padded)


def _table_shaped(inner: int, strays: int, padded: int) -> bool:
    """Whether the lines counted so far make a table (see `looks_like`): two rows, or one
    and a padded line; a list item with a tab inside its phrase is a row only when another
    is too."""
    rows = inner + (strays if strays > 1 else 0)
    return rows >= 2 or bool(rows and padded)
