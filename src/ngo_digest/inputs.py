"""Which files a command works on: named files, and notes found in named folders.

Folders are searched recursively for the extensions notes come in; hidden files and folders
are skipped; the order is sorted, so batch output and reports are the same on every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputNotFoundError

NOTE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx"})


@dataclass(frozen=True, slots=True)
class Source:
    """An input file and its path relative to the folder it was found in (or its name)."""

    path: Path
    relative: Path


def discover(names: list[str]) -> list[Source]:
    """Expand files and folders to the note files they name, in a stable order."""
    found: list[Source] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found.extend(
                Source(file, file.relative_to(path))
                for file in sorted(path.rglob("*"))
                if file.is_file()
                and file.suffix.lower() in NOTE_SUFFIXES
                and not any(part.startswith(".") for part in file.relative_to(path).parts)
            )
        elif path.exists():
            found.append(Source(path, Path(path.name)))
        else:
            raise InputNotFoundError("no such file or folder", path=name)
    return found
