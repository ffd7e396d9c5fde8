"""Validation: every diagnostic a file produces, with failures to parse as errors."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Diagnostic, Level
from .errors import NgoDigestError
from .parse import parse_file
from .vocabulary import Vocabulary


def validate_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[Diagnostic]:
    """The diagnostics of the notes at `path`; a file that cannot be parsed gives one error."""
    try:
        digest = parse_file(path, encoding=encoding, layout=layout, vocabulary=vocabulary)
    except NgoDigestError as exc:
        return [Diagnostic(exc.code, Level.ERROR, exc.message, exc.line or 1, 1)]
    return sorted(digest.diagnostics, key=lambda d: (d.line, d.column))
