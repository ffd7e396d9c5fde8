"""Page marks that digitizing left in the text: page numbers and running headers and footers.

A page number stands alone (`2` by a form feed, `--- page 2 ---`, `Сторінка 2 з 3`) or at the
end of a running line (`Форум ГО · Полтава · стор. 3`); a running header or footer is a line
said by two page numbers or more. Such lines are NOISE blocks marked `PAGE_NUMBER`, which the
assembler reports, and an item wrapped across a page break goes on past them (see
`wrapped_items`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from ..blocks import Block, BlockKind

PAGE_NUMBER = "page"
"""The marker of a NOISE block that is a page number, which the assembler reports."""
PAGE_NUMBER_DIGITS = 3  # the most digits a page number alone on its line has (not `2024`)
# A page number that digitizing left in the text: `--- page 2 ---`, `Сторінка 2 з 3`,
# `Страница 2 из 4`, `- 2 -`, alone or at a running line's end; or the note that a table
# goes on over a page break: `*Продовження таблиці*`.
_PAGE_MARKER = re.compile(
    r"^[\W_]*(?:page|p\.|сторінка|стор\.?|ст\.|страница|стр\.)\s*\d{1,4}"
    r"(?:\s*(?:of|з|із|из|/)\s*\d{1,4})?[\W_]*$"
    r"|^\s*[-–—]+\s*\d{1,4}\s*[-–—]+\s*$"
    r"|^[\W_]*(?:продовження(?:\s+таблиці)?|таблиця\s+продовжується|(?:table\s+)?continued)"
    r"[\W_]*$",
    re.IGNORECASE,
)
# A running header or footer that ends in its page's number, its parts set apart by middle
# dots or bars (`Форум ГО · Полтава · стор. 3`), by a dash at a page's head (`\fФорум ГО —
# стор. 3`; not a card: `- Колонка ГО в газеті — стор. 2`), or by the wide gap of a PDF's
# footer copied as text (`Звіт ГО, 2024          Сторінка 2 з 4`). Asked only of a line that
# ends in a digit, and compiled at its first use.
_RUNNING_PAGE = (
    r"(?i)^(?:\f[^\t]*\S\s[·|—–-]\s+|[^\t\f]*\S\s[·|]\s+|[^\t\f]*\S\s{4,})"
    r"(?:page|p\.|сторінка|стор\.?|ст\.|с\.|страница|стр\.)\s*\d{1,4}"
    r"(?:\s*(?:of|з|із|/|из)\s*\d{1,4})?\s*$"
)
# A running line that ends in its page's number after a dash (`… — Звіт про сесію — с. 2`):
# a page number where its words stand so again (see `_dashed_running_pages`). Compiled at its
# first use, as `_RUNNING_PAGE` is.
_DASHED_PAGE = (
    r"(?i)^(?P<head>.*\S)\s[—–-]\s+(?:page|p\.|сторінка|стор\.?|ст\.|с\.|страница|стр\.)"
    r"\s*\d{1,4}(?:\s*(?:of|з|із|/|из)\s*\d{1,4})?\s*$"
)
# A running line's words, a PDF's wide gap and its page's bare number (`Безпечна громада —
# звіт сесії                    1`), compiled at its first use.
_GAPPED_PAGE = r"^(?P<head>\S.*\S)\s{4,}\d{1,3}$"
_GAPPED_WORDS = 4  # a running line's words before the gap, more than most cards'


def is_page_mark(line: str) -> bool:
    """Whether `line` is a page number left in the text, alone or at a running line's end
    (`--- page 2 ---`, `Форум ГО · Полтава · стор. 3`), or the note that a table goes on over
    a page break (`*Продовження таблиці*`)."""
    return bool(
        _PAGE_MARKER.match(line) or (line.rstrip()[-1:].isdigit() and re.match(_RUNNING_PAGE, line))
    )


def number_at_page_break(lines: list[str], at: int) -> bool:
    """`2` alone on a line next to a form feed (`2` / `\f*Продовження таблиці*`): the number
    of the page that ends or opens there, not a section's title or a card. Only blank lines
    may stand between them."""
    number = lines[at].strip()
    if not (number.isdecimal() and len(number) <= PAGE_NUMBER_DIGITS):
        return False
    if at > 0 and lines[at - 1].rstrip().endswith(":"):
        return False  # a count its label asks for: `Кількість учасників:` / `32`
    if "\f" in lines[at]:
        return True
    for step in (1, -1):
        near = at + step
        while 0 <= near < len(lines):
            if "\f" in lines[near]:
                return True
            if lines[near].strip():
                break
            near += step
    return False


def mark_page_numbers(blocks: list[Block]) -> list[Block]:
    """`blocks` with the running lines that end in their page's number, and the bare numbers
    by running lines, made NOISE blocks marked `PAGE_NUMBER` (see `_dashed_running_pages`
    and `_numbers_by_running_lines`)."""
    return _numbers_by_running_lines(_dashed_running_pages(blocks))


def _numbers_by_running_lines(blocks: list[Block]) -> list[Block]:
    """A number alone on its line by a running header or footer (see `running_page_numbers`)
    is a page's number, which an item wrapped across it goes on past (`• Дублювання акцій в
    одні й ті самі` / `2` / `Форум «Жива Ворскла» · Полтава, 2025` / `вихідні`)."""
    bare = [i for i, block in enumerate(blocks) if _bare_number(block)]
    if len(bare) < 2:
        return blocks  # (the common case)
    for at in running_page_numbers(blocks, bare):
        blocks[at] = replace(blocks[at], kind=BlockKind.NOISE, marker=PAGE_NUMBER)
    return blocks


def _bare_number(block: Block) -> bool:
    number = block.text.strip()
    return block.kind is BlockKind.TEXT and number.isdecimal() and len(number) <= PAGE_NUMBER_DIGITS


def running_page_numbers(blocks: list[Block], bare: list[int]) -> set[int]:
    """Which of the `bare` numbers (the indexes of lines of a number alone) stand right under
    a line said over two of them or more, the numbers going up (`Звіт · Кременчук, 2024` /
    `1`, … / `2`), or right over one said under them (the next page's running header: `1` /
    `Форум · Полтава, 2025`); separators between them count for nothing, and a label is no
    such line (`Кількість учасників групи:` / `12`)."""
    found: set[int] = set()
    for step in (-1, 1):
        by_line: dict[str, list[int]] = {}
        for index in bare:
            near = index + step
            while 0 <= near < len(blocks) and blocks[near].kind is BlockKind.NOISE:
                near += step
            line = blocks[near] if 0 <= near < len(blocks) else None
            if line is not None and line.kind is BlockKind.TEXT and _may_run(line.text):
                by_line.setdefault(" ".join(line.text.split()), []).append(index)
        for indexes in by_line.values():
            numbers = [int(blocks[index].text) for index in indexes]
            if len(indexes) > 1 and numbers == sorted(set(numbers)):
                found.update(indexes)
    return found


def _dashed_running_pages(blocks: list[Block]) -> list[Block]:
    """`ГО «…» — Звіт про сесію — с. 2`, `Безпечна громада — звіт сесії        1`: a line that
    ends in its page's number after a dash, or a bare number after a PDF's wide gap, is a
    running header or footer where its words before it stand so on two pages or more (one
    alone may be a card: `Колонка ГО в газеті — стор. 2`); it is a page number."""
    dashed: dict[str, list[int]] = {}
    gapped: dict[str, list[int]] = {}
    for at, block in enumerate(blocks):
        if block.kind is not BlockKind.TEXT or not block.text[-1:].isdigit():
            continue
        found = re.match(_DASHED_PAGE, block.text)
        if found is not None:
            dashed.setdefault(" ".join(found["head"].split()), []).append(at)
        elif _gapped_page(blocks, at):
            head = re.match(_GAPPED_PAGE, block.text)
            assert head is not None
            gapped.setdefault(" ".join(head["head"].split()), []).append(at)
    running = [at for ats in dashed.values() if len(ats) > 1 for at in ats]
    # (A wide gap's numbers go up, as pages' do: not a card and its votes in two stages.)
    running += [
        at
        for ats in gapped.values()
        if len(ats) > 1 and _numbers_go_up([blocks[at].text for at in ats])
        for at in ats
    ]
    if not running:
        return blocks  # (the common case)
    blocks = list(blocks)
    for at in running:
        blocks[at] = replace(blocks[at], kind=BlockKind.NOISE, marker=PAGE_NUMBER)
    return blocks


def _gapped_page(blocks: list[Block], at: int) -> bool:
    """Whether the line at `at` may be a running line that a PDF's wide gap parts from its
    page's bare number: its words read as one, and it stands alone so, not in a list of
    cards with their counts of votes (`Ремонт доріг у селах          3` / `…    5`)."""
    found = re.match(_GAPPED_PAGE, blocks[at].text)
    if found is None or not _may_run(found["head"]) or len(found["head"].split()) < _GAPPED_WORDS:
        return False
    if at and blocks[at - 1].kind is BlockKind.TEXT and blocks[at - 1].text.endswith(":"):
        return False  # a card right under its label (`З громадою:` / `Відкриті збори …   4`)
    return not any(
        0 <= near < len(blocks)
        and blocks[near].kind is BlockKind.TEXT
        and re.match(_GAPPED_PAGE, blocks[near].text) is not None
        for near in (at - 1, at + 1)
    )


def _numbers_go_up(lines: list[str]) -> bool:
    """Whether the numbers the `lines` end in go up, as pages' numbers do."""
    numbers = [int(line[len(line.rstrip("0123456789")) :] or 0) for line in lines]
    return all(b > a for a, b in pairwise(numbers))


def running_lines(blocks: list[Block]) -> frozenset[int]:
    """Where the lines stand that are next to a page number, before or after it, by two
    page numbers or more (`Звіт ГО «…» за результатами сесії`; see `_may_run`): a running
    header or footer, not a card."""
    pages = [i for i, block in enumerate(blocks) if block.marker == PAGE_NUMBER]
    if len(pages) < 2:
        return frozenset()  # (the common case)
    beside: dict[int, str] = {}
    for page in pages:
        for step in (-1, 1):
            near = page + step
            while 0 <= near < len(blocks) and blocks[near].kind is BlockKind.BLANK:
                near += step
            line = blocks[near] if 0 <= near < len(blocks) else None
            if line is not None and line.kind is BlockKind.TEXT and _may_run(line.text):
                beside[near] = line.text
    pages_by = Counter(beside.values())
    return frozenset(at for at, text in beside.items() if pages_by[text] > 1)


def _may_run(text: str) -> bool:
    """Whether `text` may be a running header or footer: three words or more, and no label
    (`З іншими ГО:` may stand by two page numbers too)."""
    return text.count(" ") >= 2 and not text.rstrip().endswith(":")
