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


def discover(names: list[str], *, skip: Path | None = None) -> list[Source]:
    """Expand files and folders to the note files they name, in a stable order. `skip` is an
    output folder: when it lies inside a folder read, what is in it is the batch's own
    output, not notes (`parse notes/ -o notes/digests/`)."""
    found: list[Source] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found.extend(
                Source(file, file.relative_to(path))
                for file in _visible_files(path, skip)
                if file.suffix.lower() in NOTE_SUFFIXES
            )
        elif path.exists():
            found.append(Source(path, Path(path.name)))
        else:
            raise InputNotFoundError("no such file or folder", path=name)
    return found


def other_files(names: list[str], *, skip: Path | None = None) -> list[Path]:
    """The visible files in the named folders that `discover` does not read (`.rtf`, `.pdf`,
    no extension): a batch names how many it passed over, so none is lost unseen."""
    return [
        file
        for name in names
        if Path(name).is_dir()
        for file in _visible_files(Path(name), skip)
        if file.suffix.lower() not in NOTE_SUFFIXES
    ]


def _visible_files(folder: Path, skip: Path | None) -> list[Path]:
    """The files under `folder`, sorted, but for hidden ones, those in hidden folders, and
    those in `skip` when it is a folder inside `folder`."""
    inner = _inside(skip, folder)
    return [
        file
        for file in sorted(folder.rglob("*"))
        if file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(folder).parts)
        and not (inner is not None and file.resolve().is_relative_to(inner))
    ]


def _inside(skip: Path | None, folder: Path) -> Path | None:
    """`skip`, resolved, when it lies strictly inside `folder` (else None: an output folder
    that is the input folder or holds it skips nothing)."""
    if skip is None:
        return None
    try:
        inner, outer = skip.resolve(), folder.resolve()
    except (RuntimeError, OSError):  # links in a loop: planning the batch says so
        return None
    return inner if inner != outer and inner.is_relative_to(outer) else None
