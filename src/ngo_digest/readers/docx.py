"""Word documents (.docx): heading, list and body paragraphs, and tables, in document order.

Blocks:

- a paragraph styled `Heading N` → HEADING (marker `hN`); styled `Title` → HEADING (`title`);
  a paragraph whose text is all bold → HEADING (`bold`);
- a paragraph in a `List …` style or with its own numbering (`w:numPr`) → ITEM (marker `-`);
- an empty paragraph → BLANK;
- any other paragraph → TEXT, one block per line (a soft line break starts a new block);
- each table row → ROW; a cell's text is its paragraphs joined by `\\n`, so segmentation sees
  one line per paragraph; one BLANK follows each table.

Word has no lines, so "line" is an ordinal: every body paragraph and every table row takes the
next number, as if the document were printed one paragraph or row per line (a BLANK after a
table reuses its last row's number). A cell's column is its 1-based layout-grid column; grid
columns that a merged cell (or a row's `gridBefore`) covers get an empty Cell when a cell
follows them, so a cell's index in the row is its layout column, as in the text layouts. A
merged cell's text is given once, in its first grid column and first row; the cells it covers
are empty, not copies.

The archive is checked with `zipfile` before python-docx opens it, so a zip bomb or a file that
is not a Word document is refused with `NotTextError` instead of exhausting memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..blocks import Block, BlockKind, Cell
from ..errors import NgoDigestError, NotTextError

if TYPE_CHECKING:
    from docx.document import Document

NAME = "docx"

_MAIN_PART = "word/document.xml"
_MAX_ENTRIES = 10_000
_MAX_TOTAL_BYTES = 200 * 1024 * 1024
_MAX_RATIO = 200
_RATIO_FLOOR_BYTES = 10 * 1024 * 1024
"""Small members may compress absurdly well (a run of spaces); only big ones are bombs."""
_MAX_COLUMNS = 100
"""Merged cells are padded up to this column; it bounds what a hostile `gridSpan` can make."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _SDT, _SDT_CONTENT = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}sdtContent"


def read_docx(data: bytes, path: str | None = None) -> list[Block]:
    """Blocks of a .docx file's body; `NotTextError` for anything that is not a safe one."""
    check_archive(data, path)
    try:
        # Imported here so commands that never see a .docx do not pay for python-docx and lxml.
        import docx
    except ImportError:
        raise NgoDigestError(
            "reading .docx files needs python-docx: pip install python-docx", path=path
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
        return list(_blocks(document))
    except Exception as error:
        # python-docx reports a broken package with whatever its layers raise (KeyError,
        # ValueError, lxml's XMLSyntaxError, PackageNotFoundError …): all mean a corrupt file.
        raise NotTextError(f"not a valid Word document ({error})", path=path) from None


def check_archive(data: bytes, path: str | None = None) -> None:
    """Refuse what is not a zip holding `word/document.xml`, or would unpack too big.

    The sizes checked are the declared ones; `zipfile` never inflates a member past its
    declared size, so they bound the memory python-docx can use.
    """
    import zipfile  # deferred: ~15 ms, and only Word files need it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as error:
        # Crafted headers make zipfile raise BadZipFile, but also struct, Unicode, OS errors.
        raise NotTextError(
            f"not a valid Word document: not a readable zip archive ({error})", path=path
        ) from None
    if len(members) > _MAX_ENTRIES:
        raise NotTextError(
            f"refusing this .docx: {len(members):,} archive entries (limit {_MAX_ENTRIES:,})",
            path=path,
        )
    total = sum(member.file_size for member in members)
    if total > _MAX_TOTAL_BYTES:
        raise NotTextError(
            f"refusing this .docx: it unpacks to {total / 2**20:,.0f} MB "
            f"(limit {_MAX_TOTAL_BYTES // 2**20} MB)",
            path=path,
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR_BYTES and ratio > _MAX_RATIO:
            raise NotTextError(
                f"refusing this .docx: {member.filename} is compressed {ratio:,.0f}:1 "
                f"(limit {_MAX_RATIO}:1), a likely zip bomb",
                path=path,
            )
    if not any(member.filename == _MAIN_PART for member in members):
        raise NotTextError(f"not a valid Word document: the archive has no {_MAIN_PART}", path=path)


def _blocks(document: Document) -> Iterator[Block]:
    from docx.text.paragraph import Paragraph

    line = 0
    for element in _body_elements(document.element.body):
        if element.tag == _P:
            line += 1
            yield from _paragraph_blocks(Paragraph(element, document), element, line)
        elif element.tag == _TBL:
            rows = list(_table_rows(element, document, line))
            line += len(element.tr_lst)
            yield from rows
            yield Block(BlockKind.BLANK, max(line, 1))


def _body_elements(body: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, looking inside content controls (`w:sdt`).

    An explicit stack rather than recursion: nesting depth is the document's to choose.
    """
    stack = [iter(body)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
        elif element.tag == _SDT:
            content = element.find(_SDT_CONTENT)
            if content is not None:
                stack.append(iter(content))
        elif element.tag in (_P, _TBL):
            yield element


def _paragraph_blocks(paragraph: Any, element: Any, line: int) -> Iterator[Block]:
    lines = [" ".join(part.split()) for part in paragraph.text.split("\n")]
    lines = [text for text in lines if text]
    if not lines:
        yield Block(BlockKind.BLANK, line)
        return
    style = paragraph.style
    name = str(style.name or "") if style is not None else ""
    lowered = name.lower()
    joined = " ".join(lines)
    if lowered.startswith(("heading", "title")):
        yield Block(BlockKind.HEADING, line, joined, marker=_heading_marker(lowered), plain=True)
    elif _all_bold(paragraph):
        # Facilitators often make headings bold instead of styling them.
        yield Block(BlockKind.HEADING, line, joined, marker="bold", plain=True)
    elif lowered.startswith("list") or _numbered(element):
        yield Block(BlockKind.ITEM, line, joined, marker="-", plain=True)
    else:
        for text in lines:
            yield Block(BlockKind.TEXT, line, text, plain=True)


def _all_bold(paragraph: Any) -> bool:
    """Every run that holds text is bold (directly or by its character style)."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(
        run.bold or (run.style is not None and run.style.font.bold) for run in runs
    )


def _heading_marker(style: str) -> str:
    """`Heading 2` → `h2`, like the HTML reader's markers; `Title` → `title`."""
    if style.startswith("title"):
        return "title"
    level = style.removeprefix("heading").strip()
    return f"h{level}" if level.isdigit() else "h"


def _numbered(element: Any) -> bool:
    """The paragraph carries its own list numbering, whatever its style is called."""
    properties = element.pPr
    return properties is not None and properties.numPr is not None


def _table_rows(table: Any, document: Document, before: int) -> Iterator[Block]:
    """One ROW per table row with any text.

    Works on the `w:tr`/`w:tc` elements rather than `_Row.cells`, which repeats a merged
    cell in every grid column and row it covers (and recurses once per merged row).
    """
    from docx.text.paragraph import Paragraph

    for index, row in enumerate(table.tr_lst, before + 1):
        cells: list[Cell] = []
        column = row.grid_before + 1
        for cell in row.tc_lst:
            while len(cells) < min(column - 1, _MAX_COLUMNS):
                cells.append(Cell("", index, len(cells) + 1))
            text, bold = "", False
            if cell.vMerge != "continue":
                # Every paragraph, nested tables' included, in order: one line each.
                paragraphs = [Paragraph(p, document) for p in cell.iter(_P)]
                parts = (part for paragraph in paragraphs for part in paragraph.text.split("\n"))
                text = "\n".join(filter(None, (" ".join(part.split()) for part in parts)))
                written = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
                bold = bool(written) and all(map(_all_bold, written))
            cells.append(Cell(text, index, column, explicit=True, bold=bold))
            column += cell.grid_span
        if any(cell.text for cell in cells):
            joined = "\t".join(cell.text for cell in cells)
            yield Block(BlockKind.ROW, index, joined, cells=tuple(cells), plain=True)
