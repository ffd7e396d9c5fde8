"""Counting diagnostics and deciding the exit status, in one place (after black's Report)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, Level

CLEAN = 0
FINDINGS = 1
USAGE = 2


@dataclass(slots=True)
class Report:
    """Diagnostics seen over a run; `return_code` is the process status."""

    strict: bool = False
    files: int = 0
    counts: Counter[Level] = field(default_factory=Counter)

    def add(self, diagnostics: list[Diagnostic]) -> None:
        """Count one file's diagnostics."""
        self.files += 1
        self.counts.update(d.level for d in diagnostics)

    @property
    def return_code(self) -> int:
        """1 when there are errors (or, with `strict`, warnings), else 0."""
        if self.counts[Level.ERROR] or (self.strict and self.counts[Level.WARNING]):
            return FINDINGS
        return CLEAN

    def summary(self) -> str:
        """`3 files checked: 1 error, 2 warnings, 5 notes`."""
        parts = [
            plural(self.counts[Level.ERROR], "error"),
            plural(self.counts[Level.WARNING], "warning"),
            plural(self.counts[Level.INFO], "note"),
        ]
        return f"{plural(self.files, 'file')} checked: {', '.join(parts)}"


def plural(count: int, noun: str) -> str:
    """`1 file`, `2 files`: the English nouns of summaries."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
