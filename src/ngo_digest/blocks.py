"""Blocks: what a layout reader emits and the assembler consumes.

A reader only says what each piece of text *looks like* (a heading, a table row, a list item,
a line of prose) and where it stands; what it *means* (a stage, an axis, a section) is decided
once, in the assembler, for every layout alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """The shapes a reader can recognise."""

    HEADING = "heading"
    """An explicit heading: Markdown `#`, HTML `<h1>`, a Word heading style."""

    TEXT = "text"
    """A line or paragraph of prose."""

    ROW = "row"
    """A table row; its cells keep their own positions."""

    ITEM = "item"
    """A list item with its marker (`- `, `• `, `1. `) removed."""

    BLANK = "blank"
    """An empty line: it separates paragraphs and ends tables."""

    NOISE = "noise"
    """Table rulers and separators (`--\\t---\\t--`, `|---|`), kept for the record only."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell's raw text, with the 1-based line and column where it starts.

    `explicit` says each line of the text is one item (a Word cell's paragraphs), so no
    heuristic may cut a line further; `bold` says all its text is bold (a Word cell), as
    facilitators mark a section row. `wraps` says where the text goes on in a later line of
    the input (a cell the digitizer wrapped): from each offset, the line and column there.
    """

    text: str
    line: int
    column: int
    explicit: bool = False
    bold: bool = False
    wraps: tuple[tuple[int, int, int], ...] = ()


DETAIL = "detail"
"""The marker of a TEXT block that reads as a step's detail (see `Block`)."""
TRANSCRIBERS_MARK = "mark"
"""The marker of a NOISE block that was a transcriber's mark (`[фото 2]`), skipped."""


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the input with its shape and 1-based source position.

    `plain` says the reader has already read the text's markup (an HTML or Word document):
    a `<b>` or `&amp;` left in it is the user's own characters, not a tag or an entity.
    `marker` is a list item's marker, a heading's (`#`, `h2`, `bold`), or `|` for a row of a
    Markdown pipe table, whose `<br>` tags its writer typed to separate cards (a tab table's
    come from HTML fragments that may have lost tags inside them), or `DETAIL` for a line
    or sub-item under a numbered item that reads as a step's detail (`Термін – квітень
    2025`), which the assembler gives to the step in a stage of steps (the reader does not
    know the stage: elsewhere the block is read as its kind says).
    """

    kind: BlockKind
    line: int
    text: str = ""
    column: int = 1
    cells: tuple[Cell, ...] = field(default=())
    marker: str = ""
    plain: bool = False

    @property
    def typed_tags(self) -> bool:
        """A row of a Markdown pipe table: its `<br>` tags are its writer's separators."""
        return self.marker == "|"

    def filled_cells(self) -> list[int]:
        """Indexes of the cells that hold any text."""
        return [i for i, cell in enumerate(self.cells) if cell.text.strip()]
