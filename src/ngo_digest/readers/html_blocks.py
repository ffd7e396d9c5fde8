"""HTML documents: headings, paragraphs, `<ul>`/`<ol>` lists and `<table>` rows.

```
<h1>1. Формування ідеального бачення взаємодії</h1>
<p>Що характеризує ... ?</p>
<table>
  <tr><th>ВЛАДОЮ</th><th>ГРОМАДОЮ</th><th>ІНШИМИ ГО</th></tr>
  <tr><td><ul><li>Планування</li><li>Звітність</li></ul></td><td>Толоки<br>Вечори</td><td></td></tr>
</table>
```

Blocks, in document order:

- `<h1>`…`<h6>` → HEADING (marker `h1`…`h6`).
- `<p>`, `<div>` and bare text → TEXT, one per paragraph; `<br>` starts a new TEXT block.
  A BLANK follows the last TEXT of each paragraph, so the assembler sees paragraphs end the
  way it does in the plain-text layouts.
- `<li>` outside tables → ITEM (marker `-` in `<ul>`, `1.`, `2.` … in `<ol>`); one BLANK
  follows the outermost list.
- `<tr>` → ROW, one Cell per `<td>`/`<th>`; rows with no text are dropped; one BLANK follows
  each table. Inside a cell, `<li>`, `<br>`, `<p>`, `<div>` (any block-level tag) become
  line breaks, so each item of the cell is on its own line for segmentation to split.
  Columns that a `colspan` or a `rowspan` from above covers get an empty Cell when a cell
  follows them, so a cell's index in the row is its layout column, as in the text layouts.

Positions are those of the start tag (1-based line and column), or of the first character of
text that no tag opened. `<head>`, `<title>`, `<script>`, `<style>` and comments are skipped.

The stdlib parser is tolerant of broken markup but, before Python 3.13.4, quadratic on an
unterminated construct at the end of the input (`<!--`, `<a x=` …) and it asserts on unknown
`<![` sections; `read` works around both so its time stays linear and it never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..blocks import Block, BlockKind, Cell

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"b", "strong"})
_TYPED_BULLET = re.compile(r"^(?P<marker>[·•§▪o])\s+(?P<text>\S.*)$", re.DOTALL)
_LISTS = frozenset({"ul", "ol"})
_TABLE_PARTS = frozenset({"table", "tr", "td", "th"})
_RAW_TEXT = frozenset({"script", "style"})
# Tags that may stand in <head> without ending it; any other tag starts the body.
_HEAD_TAGS = frozenset("html head title meta link base script style noscript template".split())
_PARAGRAPHS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form header hgroup hr html legend main menu nav p pre
    section summary tbody tfoot thead""".split()
)
# Inside a cell every block-level boundary is a line break between the cell's items.
_CELL_BREAKS = _PARAGRAPHS | _HEADINGS | _LISTS | _TABLE_PARTS | {"li", "br"}
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

Position = tuple[int, int]

_MAX_COLUMNS = 100
"""Spans are padded up to this column: more than any workshop table, and it bounds the empty
cells a hostile `colspan` or `rowspan` can make."""
_MAX_ROWSPAN = 65_534


def read(text: str) -> list[Block]:
    """Blocks of an HTML document or fragment; never raises on malformed markup."""
    parser = _BlockParser()
    try:
        parser.feed(text)
        parser.drop_unterminated_tail()
        parser.close()
    except AssertionError:
        # Python 3.11's parser still asserts on a few malformed declarations; the blocks
        # read up to that point are kept rather than failing the whole document.
        pass
    return parser.finish()


def _collapse(text: str) -> str:
    """HTML whitespace rules: any run of spaces, tabs, newlines, NBSP is one space."""
    return " ".join(text.split())


@dataclass(slots=True)
class _Open:
    """A HEADING, TEXT or ITEM block whose text is still arriving in pieces."""

    kind: BlockKind
    line: int
    column: int
    marker: str
    parts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _List:
    """One open `<ul>`/`<ol>`: the next number and the marker of its open `<li>`, if any."""

    ordered: bool
    number: int = 1
    marker: str | None = None
    implicit: bool = False
    """Opened by a stray `<li>`, so the `</li>` that ends the item ends the list too."""


@dataclass(slots=True)
class _Cell:
    line: int
    column: int
    depth: int
    """The table depth the cell belongs to; deeper tables are flattened into its lines."""
    grid: int
    """0-based layout column, past the columns that spans from the left and above cover."""
    colspan: int = 1
    rowspan: int = 1
    lines: list[list[str]] = field(default_factory=lambda: [[]])
    bold: bool = False
    """Some of its text stands in `<b>`/`<strong>`."""
    plain: bool = False
    """Some of its text stands outside them."""


@dataclass(slots=True)
class _Row:
    line: int
    column: int
    cells: list[Cell] = field(default_factory=list)
    grid: int = 0
    """The layout column the next cell starts at."""


class _BlockParser(HTMLParser):
    """Turns parser events into blocks with flat state (counters and small stacks).

    Nothing here recurses or searches a stack, so 10,000 nested tags or stray end tags cost
    the same per tag as well-formed markup.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._open: _Open | None = None
        self._anchor: Position | None = None
        self._heading: str | None = None
        self._lists: list[_List] = []
        self._tables = 0
        self._row: _Row | None = None
        self._cell: _Cell | None = None
        self._covered: dict[int, int] = {}
        """Layout column → rows (this one included) that a `rowspan` from above still covers."""
        self._raw_text: str | None = None
        self._in_head = False
        self._in_title = False
        self._pre = 0
        self._bold = 0  # `<b>`/`<strong>` tags open

    # -- parser workarounds --------------------------------------------------------------

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """Read an unknown `<![…` section as a bogus comment, as browsers do, not assert."""
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan moved the position on
            return self.parse_bogus_comment(i, report)

    def drop_unterminated_tail(self) -> None:
        """Discard a tag or comment left open at the end of the input.

        HTML5 drops such a tail (a comment runs to the end, a tag is ignored); `close()` on
        older Pythons instead rescans it once per `<`, which is quadratic.
        """
        if self.rawdata.startswith("<") and not self.cdata_elem:
            self.rawdata = ""

    # -- parser events ---------------------------------------------------------------------

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<br/>` is one break; the default would add an end tag, which counts as another.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _RAW_TEXT:
            self._raw_text = tag
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "head":
            self._in_head = not self.blocks and self._open is None
            return
        if tag not in _HEAD_TAGS:
            self._in_head = False
        if tag in _CELL_BREAKS:
            self._in_title = False  # an unclosed <title> must not swallow the document
        if tag == "pre":
            self._pre += 1
        if tag in _BOLD:
            self._bold += 1
        line, offset = self.getpos()
        position = (line, offset + 1)
        if self._tables and self._table_start(tag, attrs, position):
            return
        if self._cell is not None:
            if tag in _CELL_BREAKS:
                self._cell_break()
            return
        if tag == "table":
            self._close_heading()
            self._end_paragraph()
            self._tables = 1
        elif tag in _HEADINGS:
            self._close_heading()
            self._end_paragraph()
            self._heading = tag
            self._anchor = position
        elif tag in _LISTS:
            self._close_heading()
            self._end_paragraph()
            self._lists.append(_List(ordered=tag == "ol", number=_number(attrs, "start", 1)))
        elif tag == "li":
            self._start_item(attrs, position)
        elif tag == "br":
            self._line_break()
        elif tag in _PARAGRAPHS or tag in _TABLE_PARTS:
            self._boundary(position)

    def handle_endtag(self, tag: str) -> None:
        if self._raw_text is not None:
            if tag == self._raw_text:
                self._raw_text = None
            return
        if tag in ("title", "head"):
            self._in_title = self._in_head = False
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _BOLD:
            self._bold = max(0, self._bold - 1)
        if self._tables and self._table_end(tag):
            return
        if self._cell is not None:
            if tag in _CELL_BREAKS:
                self._cell_break()
            return
        if tag in _HEADINGS:
            if self._heading is not None:
                self._close_heading()
            else:
                self._boundary(None)
        elif tag in _LISTS:
            self._end_list()
        elif tag == "li":
            self._end_item()
        elif tag == "br":
            self._line_break()  # browsers read a stray </br> as <br>
        elif tag in _PARAGRAPHS or tag in _TABLE_PARTS:
            self._boundary(None)

    def handle_data(self, data: str) -> None:
        if self._raw_text is not None or self._in_head or self._in_title:
            return
        line, offset = self.getpos()
        if self._cell is not None:
            if data.strip():
                if self._bold:
                    self._cell.bold = True
                else:
                    self._cell.plain = True
            pieces = data.split("\n") if self._pre else [data]
            self._cell.lines[-1].append(pieces[0])
            for piece in pieces[1:]:
                self._cell.lines.append([piece])
            return
        if not self._pre or self._heading is not None or self._item_marker() is not None:
            self._add_text(data, line, offset + 1)
            return
        for number, piece in enumerate(data.split("\n")):
            if number:
                self._line_break()
            self._add_text(piece, line + number, offset + 1 if number == 0 else 1)

    def finish(self) -> list[Block]:
        """Close whatever the input left open and return the blocks."""
        if self._tables:
            self._end_table()
        self._close_heading()
        self._end_paragraph()
        if self._lists:
            self._lists.clear()
            self._blank()
        return self.blocks

    # -- prose, headings and list items ----------------------------------------------------

    def _add_text(self, data: str, line: int, column: int) -> None:
        if self._open is None:
            stripped = data.lstrip()
            if not stripped:
                return
            line, column = self._anchor or _first_char(data, line, column)
            self._anchor = None
            if self._heading is not None:
                self._open = _Open(BlockKind.HEADING, line, column, self._heading)
            elif (marker := self._item_marker()) is not None:
                self._open = _Open(BlockKind.ITEM, line, column, marker)
            else:
                self._open = _Open(BlockKind.TEXT, line, column, "")
        self._open.parts.append(data)

    def _flush(self) -> None:
        """Emit the block being gathered, if it holds any text."""
        current, self._open = self._open, None
        # The tag that opened this block is spent; text after it starts where it stands.
        self._anchor = None
        if current is None:
            return
        text = _collapse("".join(current.parts))
        kind, marker = current.kind, current.marker
        bullet = _TYPED_BULLET.match(text) if kind is BlockKind.TEXT else None
        if bullet is not None and not bullet["text"].isupper():  # (a heading: `· ФОРМУВАННЯ …`)
            # A paragraph Word saved with its list's bullet typed in (`· Довіра`, in a
            # `mso-list:Ignore` span): an item, as a `<li>` is.
            kind, marker, text = BlockKind.ITEM, bullet["marker"], bullet["text"]
        if text:
            self.blocks.append(
                Block(kind, current.line, text, current.column, marker=marker, plain=True)
            )

    def _end_paragraph(self) -> None:
        """Emit the open block; after prose, add the BLANK that ends a paragraph."""
        self._flush()
        if self.blocks and self.blocks[-1].kind is BlockKind.TEXT:
            self._blank()

    def _blank(self) -> None:
        if self.blocks and self.blocks[-1].kind is not BlockKind.BLANK:
            self.blocks.append(Block(BlockKind.BLANK, self.getpos()[0]))

    def _boundary(self, position: Position | None) -> None:
        """A block-level tag: it ends a paragraph, but not the heading or item it sits in."""
        if self._heading is not None or self._item_marker() is not None:
            if self._open is not None:
                self._open.parts.append(" ")
            return
        self._end_paragraph()
        self._anchor = position

    def _line_break(self) -> None:
        """`<br>` splits prose into lines; in a heading or an item it is only a space."""
        if self._heading is not None or self._item_marker() is not None:
            if self._open is not None:
                self._open.parts.append(" ")
            return
        self._flush()

    def _close_heading(self) -> None:
        if self._heading is not None:
            self._flush()
            self._heading = None

    def _item_marker(self) -> str | None:
        """The marker of the innermost open `<li>`, or None outside list items."""
        return self._lists[-1].marker if self._lists else None

    def _start_item(self, attrs: list[tuple[str, str | None]], position: Position) -> None:
        self._close_heading()
        self._end_paragraph()
        if not self._lists:
            self._lists.append(_List(ordered=False, implicit=True))
        current = self._lists[-1]
        if current.ordered:
            current.number = _number(attrs, "value", current.number)
            current.marker = f"{current.number}."
            current.number += 1
        else:
            current.marker = "-"
        self._anchor = position

    def _end_item(self) -> None:
        if not self._lists or self._lists[-1].marker is None:
            return
        self._flush()
        self._lists[-1].marker = None
        if self._lists[-1].implicit:
            self._lists.pop()
            if not self._lists:
                self._blank()

    def _end_list(self) -> None:
        if not self._lists:
            self._boundary(None)
            return
        self._end_paragraph()
        # Stray <li>s opened implicit lists inside this one; its end closes them too.
        while self._lists and self._lists.pop().implicit:
            pass
        if not self._lists:
            self._blank()

    # -- tables ------------------------------------------------------------------------

    def _nested_in_cell(self) -> bool:
        """A table inside a cell: its structure only breaks lines of the outer cell."""
        return self._cell is not None and self._tables > self._cell.depth

    def _cell_break(self) -> None:
        if self._cell is not None:
            self._cell.lines.append([])

    def _table_start(
        self, tag: str, attrs: list[tuple[str, str | None]], position: Position
    ) -> bool:
        """Handle a table tag inside a table; False for any other tag."""
        if tag not in _TABLE_PARTS:
            return False
        if tag == "table":
            self._tables += 1
            self._cell_break()
        elif self._nested_in_cell():
            self._cell_break()
        elif tag == "tr":
            self._end_row()
            self._end_paragraph()
            self._row = _Row(*position)
        else:
            self._start_cell(attrs, position)
        return True

    def _table_end(self, tag: str) -> bool:
        """Handle a table end tag inside a table; False for any other tag."""
        if tag not in _TABLE_PARTS:
            return False
        if self._nested_in_cell():
            self._cell_break()
            if tag == "table":
                self._tables -= 1
        elif tag == "table":
            self._end_row()
            self._tables -= 1
            if not self._tables:
                self._end_table()
        elif tag == "tr":
            self._end_row()
        else:
            self._end_cell()
        return True

    def _start_cell(self, attrs: list[tuple[str, str | None]], position: Position) -> None:
        self._end_cell()
        self._end_paragraph()
        if self._row is None:
            self._row = _Row(*position)
        while self._row.grid in self._covered:  # at most _MAX_COLUMNS steps
            self._row.grid += 1
        colspan = min(max(_number(attrs, "colspan", 1), 1), _MAX_COLUMNS)
        rowspan = min(max(_number(attrs, "rowspan", 1), 1), _MAX_ROWSPAN)
        self._cell = _Cell(*position, self._tables, self._row.grid, colspan, rowspan)
        self._bold = 0  # (no `<b>` left open before a cell carries into it)

    def _end_cell(self) -> None:
        """Add the open cell to its row, after empty cells for the columns spans cover.

        The padding keeps a cell's index equal to its layout column, which is how the
        assembler matches it to the axis header above it.
        """
        cell, self._cell, row = self._cell, None, self._row
        if cell is None or row is None:
            return
        while len(row.cells) < min(cell.grid, _MAX_COLUMNS):
            row.cells.append(Cell("", cell.line, cell.column))
        lines = (_collapse("".join(parts)) for parts in cell.lines)
        text = "\n".join(line for line in lines if line)
        row.cells.append(Cell(text, cell.line, cell.column, bold=cell.bold and not cell.plain))
        if cell.rowspan > 1:
            for grid in range(cell.grid, min(cell.grid + cell.colspan, _MAX_COLUMNS)):
                self._covered[grid] = cell.rowspan
        row.grid = cell.grid + cell.colspan

    def _end_row(self) -> None:
        self._end_cell()
        row, self._row = self._row, None
        if row is None:
            return
        self._covered = {grid: rows - 1 for grid, rows in self._covered.items() if rows > 1}
        if not any(cell.text for cell in row.cells):
            return
        text = "\t".join(cell.text for cell in row.cells)
        self.blocks.append(
            Block(BlockKind.ROW, row.line, text, row.column, tuple(row.cells), plain=True)
        )

    def _end_table(self) -> None:
        self._end_row()
        self._tables = 0
        self._covered.clear()
        self._end_paragraph()
        self._blank()


def _first_char(data: str, line: int, column: int) -> Position:
    """Where the first non-blank character of `data` (which starts at line:column) stands."""
    lead = data[: len(data) - len(data.lstrip())]
    newlines = lead.count("\n")
    if not newlines:
        return line, column + len(lead)
    return line + newlines, len(lead) - lead.rfind("\n")


def _number(attrs: list[tuple[str, str | None]], name: str, default: int) -> int:
    """An integer attribute such as `<ol start>` or `<li value>`, or `default`."""
    for key, value in attrs:
        if key == name and value is not None:
            try:
                return int(value.strip())
            except ValueError:
                return default
    return default
