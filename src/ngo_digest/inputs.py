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
                for file in _visible_files(path)
                if file.suffix.lower() in NOTE_SUFFIXES
            )
        elif path.exists():
            found.append(Source(path, Path(path.name)))
        else:
            raise InputNotFoundError("no such file or folder", path=name)
    return found


def other_files(names: list[str]) -> list[Path]:
    """The visible files in the named folders that `discover` does not read (`.rtf`, `.pdf`,
    no extension): a batch names how many it passed over, so none is lost unseen."""
    return [
        file
        for name in names
        if Path(name).is_dir()
        for file in _visible_files(Path(name))
        if file.suffix.lower() not in NOTE_SUFFIXES
    ]


def _visible_files(folder: Path) -> list[Path]:
    """The files under `folder`, sorted, but for hidden ones and those in hidden folders."""
    return [
        file
        for file in sorted(folder.rglob("*"))
        if file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(folder).parts)
    ]
