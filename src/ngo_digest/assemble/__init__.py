"""Blocks to the document: which stage, section and axis every cell and line belongs to.

Meaning is decided here, once for every layout: a stage heading is a line the vocabulary
names; a question is the line ending in `?` after it; the axis header row (or an axis
sub-heading such as `З владою:`) fixes which axis each column or list belongs to; a section
heading is a label the vocabulary knows, or a lone line that a table or axis list follows.
Continuation rows after a table simply join the current (last) section in their column.
Anything that fits nowhere becomes a diagnostic that quotes it, so nothing is lost.

The rules come in groups, a module each, which `_Assembler` composes into one walk:
`prepass` rewrites and marks the block list before the walk; `stages` reads the title, the
intro, stage headings and their questions; `headings` the axis labels and section headings
in lists; `lists` the cards of lines and lists; `tables` those of rows and cells. They share
`state` (what the walk has decided, where cards are filed, what is said) and ask the text
predicates of `shapes` (what a line or cell looks like) and `broken_lines` (whether a line
goes on the card above). Each group is a class over `State` that inherits the groups it
asks (`Lines` those of `Stages` and `Headings`, `Tables` those of `Stages`), so every
`self.` call resolves within the class's own bases and mypy checks it; the imports run one
way, from the predicates up to the walk.

For a newcomer: all the walk's state is set in `State.__init__`; the order of the passes
and of the walk is `_Assembler.run`; no two groups define a method of the same name (the
composition would hide one); a new rule goes in the group whose question it answers. A
leading underscore on a name another module of the package imports means private to the
package.
"""

from __future__ import annotations

from ..blocks import TRANSCRIBERS_MARK, Block, BlockKind
from ..diagnostics import Code, Level
from ..readers.page_marks import PAGE_NUMBER
from ..vocabulary import Vocabulary
from .lists import Lines
from .prepass import PrePasses
from .state import PASSED, Assembly, SectionSink
from .tables import Tables

__all__ = ["Assembly", "SectionSink", "assemble"]


class _Assembler(PrePasses, Lines, Tables):
    """The rule groups composed: the pre-passes, then one walk over the blocks."""

    def run(self) -> Assembly:
        self._blank_out_bare_markup()
        self._drop_numbering_columns()
        self._mark_bare_page_numbers()
        self._skip_transcribers_marks()
        self._skip_running_lines()
        self._skip_repeated_footers()
        self._unstack_axis_labels()
        for index, block in enumerate(self.blocks):
            if block.kind in (BlockKind.BLANK, BlockKind.NOISE):
                if block.kind is BlockKind.BLANK:
                    self.list_lines.clear()
                if block.marker in (PAGE_NUMBER, TRANSCRIBERS_MARK):
                    marker = " ".join(block.text.split())  # (a form feed is no character of it)
                    what = "page marker" if block.marker == PAGE_NUMBER else "transcriber's mark"
                    self._note(block, Code.PAGE_NUMBER, Level.INFO, f"{what} skipped: {marker!r}")
                continue
            if self.axis_rows is not None and block.kind is not BlockKind.ROW:
                self._read_axis_rows()
            self.line = block.line
            self.index = index
            if block.kind is BlockKind.ROW:
                self._row(index, block)
            else:
                self._line(index, block)
            if block.kind is BlockKind.TEXT:
                self.list_lines.append(block)
            else:
                self.list_lines.clear()
            self.blocks[index] = PASSED[block.kind]  # its text now lives in the cards
        if self.axis_rows is not None:
            self._read_axis_rows()
        self._drop_an_empty_section()
        self._leave_section()
        self._check_coverage()
        return Assembly(self._data(), self.diagnostics)


def assemble(
    blocks: list[Block], vocabulary: Vocabulary, sink: SectionSink | None = None
) -> Assembly:
    """Decide what every block means and build the document data.

    The walk consumes `blocks`: each is emptied once passed, so that its text is held only
    once, in the cards. With a `sink`, each finished section's cards go to it (see
    `SectionSink`)."""
    return _Assembler(blocks, vocabulary, sink).run()
