"""Diagnostics: what the parser noticed but did not stop for.

The library collects them and never prints; the CLI decides what to show. Codes are stable:
tools and tests match on them, so a code is never reused for another meaning.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How much a diagnostic matters."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Code(StrEnum):
    """Stable diagnostic codes, one meaning each."""

    CANNOT_READ = "ND901"
    """The input could not be read: missing, a directory, or unreadable."""

    NOT_TEXT = "ND902"
    """The input is binary, not text or a Word file, or undecodable."""

    NO_STRUCTURE = "ND903"
    """No workshop structure (no stage heading) was found."""

    BAD_INPUT = "ND904"
    """Another input error (a bad vocabulary or option)."""

    ENCODING_GUESSED = "ND001"
    """The encoding was detected, not declared; the message names it."""

    TRUNCATED_INPUT = "ND002"
    """The input ends in the middle of a multi-byte character: the file was probably cut off."""

    MIXED_ENCODINGS = "ND003"
    """Some lines are UTF-8 and others in a one-byte code page (text pasted from an old
    file): each line was read in its own; the message names the first of the others."""

    INVISIBLE_REMOVED = "ND004"
    """Zero-width spaces, word joiners, soft hyphens or byte-order marks inside the text were
    taken out: invisible, they hid headings and capitals; the message counts them."""

    UNKNOWN_HEADING = "ND101"
    """A heading-like line matched no stage, axis or section label of the vocabulary, or
    matched one only past words of its own, or a column was taken as the one axis left."""

    STRAY_TEXT = "ND102"
    """Text that belongs to no cell, heading or question; it is quoted so nothing is lost."""

    MISSING_STAGE = "ND103"
    """A stage of the vocabulary does not appear in the notes."""

    REPEATED_STAGE = "ND108"
    """A stage heading appears a second time; its cards are added to the first one."""

    PAGE_NUMBER = "ND109"
    """A page number or a page break's note that digitizing left in the text (`--- page 2
    ---`, `Продовження таблиці`), the title repeated after the stages as a page's header
    or footer, a running header or footer by the page numbers, or a transcriber's mark on a
    line of its own (`[фото 2]`), was skipped."""

    MISSING_AXIS = "ND106"
    """A stage has no column or sub-heading for an axis that other stages have."""

    EMPTY_CELL = "ND107"
    """An axis holds no items in a section (often fine: nobody wrote a card there)."""

    AXIS_ROWS = "ND110"
    """A table names an axis in each row's first cell; its columns were read as sections."""

    MISSING_AXIS_HEADER = "ND104"
    """A table or list has no axis header; columns were assumed in vocabulary order."""

    EXTRA_COLUMN = "ND105"
    """A table row has more cells than the axis header names; the extra text is quoted. Also
    a first column that numbers the rows (`No.`, `№`), whose numbers were skipped."""

    GUESSED_SPLIT = "ND201"
    """Run-on text with no separators was split by heuristics; check the items."""

    MERGED_ITEMS = "ND204"
    """A long item in a run-on cell may be several cards run together; check it."""

    JOINED_ACROSS_BREAK = "ND205"
    """A row after a page break opened in lower case, or after a card that ended in a word
    no card ends in: its first words were joined to that card, which the break cut in two."""

    WORD_JOINED = "ND206"
    """A word broken by a hyphen and a space, as a line's end in a PDF's copy leaves it
    (`бюд- жету`), was made whole as the dictionary knows it (`бюджету`, `соціально-
    економічний` with its own hyphen)."""

    DUPLICATE_ITEM = "ND202"
    """The same item appears twice under one axis of a section (in one cell, or two)."""

    MIXED_SCRIPT = "ND203"
    """A word mixes Latin and Cyrillic letters (a look-alike typed by mistake?); kept as written."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, with the position it refers to (1-based line and column)."""

    code: Code
    level: Level
    message: str
    line: int = 0
    column: int = 0

    def to_dict(self, path: str) -> dict[str, object]:
        """The diagnostic as a JSON-ready record."""
        return {
            "file": path,
            "line": self.line,
            "column": self.column,
            "level": self.level.value,
            "code": self.code.value,
            "message": self.message,
        }

    def format(self, path: str) -> str:
        """Render as `path:line:col: level CODE message`, the convention of linters."""
        where = f"{one_line(path)}:{self.line}:{self.column}"
        return f"{where}: {self.level.value} {self.code.value} {self.message}"


def one_line(name: str) -> str:
    """A file's name as a message shows it: on one line, whatever the name holds (a control
    character or a line separator is written as its escape, `\\n`, `\\t`), so every
    message stays one line."""
    if name.isprintable():
        return name
    return "".join(repr(char)[1:-1] if _breaks_a_line(char) else char for char in name)


def _breaks_a_line(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Zl", "Zp")
