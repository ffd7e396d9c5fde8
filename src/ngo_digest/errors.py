"""Exceptions the library raises for input it cannot turn into a digest.

Every class has one meaning (its docstring) and one exit code, so the CLI maps them to
messages and statuses in one place and never shows a traceback for bad input.
"""

from __future__ import annotations

from .diagnostics import Code, one_line


class NgoDigestError(Exception):
    """Input that ngo-digest cannot turn into a digest."""

    exit_code = 3
    code = Code.BAD_INPUT

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = one_line(self.path) if self.path else "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class InputNotFoundError(NgoDigestError):
    """The input file does not exist or cannot be read."""

    exit_code = 4
    code = Code.CANNOT_READ


class NotTextError(NgoDigestError):
    """The input is binary or in an encoding that cannot be decoded."""

    exit_code = 5
    code = Code.NOT_TEXT


class NoStructureError(NgoDigestError):
    """The text holds no workshop structure: no stage heading and no axis table or list."""

    exit_code = 6
    code = Code.NO_STRUCTURE


class VocabularyError(NgoDigestError):
    """A vocabulary file is missing or malformed."""


class WorkerDiedError(NgoDigestError):
    """A worker process ended before it finished its share of the files (killed, or out of
    memory): no fault of the input, which it therefore does not name."""

    exit_code = 7

    def __str__(self) -> str:
        return self.message


class UsageError(NgoDigestError, ValueError):
    """An option value the tool cannot use (an unknown encoding, layout or format); a
    ValueError too, as a bad argument's error is in Python."""

    exit_code = 2
