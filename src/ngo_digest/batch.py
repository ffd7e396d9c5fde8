"""Batch conversion: many notes to one output file each, inside one output folder.

Targets keep the input's relative path and stem with the format's extension. Planning
refuses, before anything is written, a target outside the output folder, a target that is an
input, and two inputs that would write the same target. Writing is atomic per file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import Diagnostic
from .errors import NgoDigestError, WorkerDiedError
from .output import Content, holds, remove_unfinished_writes, write_atomic
from .parse import parse_bytes, read_file
from .render import EXTENSIONS, render
from .stream import FORMATS as STREAMED
from .stream import stream_bytes
from .vocabulary import Vocabulary
from .workers import ordered_map

if TYPE_CHECKING:
    from .inputs import Source


class Outcome(StrEnum):
    """What happened to one target."""

    WRITTEN = "written"
    UNCHANGED = "unchanged"
    STALE = "stale"
    MISSING = "missing"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Job:
    """One input and the output file it becomes."""

    source: Path
    target: Path


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of one job, with the error when it failed."""

    job: Job
    outcome: Outcome
    error: NgoDigestError | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class Options:
    """How every file of a batch is read and written."""

    fmt: str
    encoding: str | None = None
    layout: str | None = None
    vocabulary: Vocabulary | None = None
    positions: bool = False


def plan(sources: list[Source], out_dir: Path, fmt: str) -> list[Job]:
    """The jobs of a batch, or a NgoDigestError naming the first unsafe or clashing target."""
    resolve = _Resolver()
    root = _resolved(out_dir)
    inputs = {resolve(source.path) for source in sources}
    input_files = {_file_id(source.path) for source in sources} - {None}
    claimed: dict[Path, Path] = {}
    jobs = []
    for source in sources:
        target = out_dir / source.relative.with_suffix(EXTENSIONS[fmt])
        resolved = resolve(target)
        if not resolved.is_relative_to(root):
            raise NgoDigestError(f"would write outside {out_dir}: {target}", path=str(source.path))
        if resolved in inputs or _file_id(resolved) in input_files:
            # (by its path, or as the same file under another name: a hard link, or another
            # case on a case-insensitive disk)
            raise NgoDigestError(f"output {target} would overwrite an input", path=str(source.path))
        if resolved in claimed:
            raise NgoDigestError(
                f"{claimed[resolved]} and {source.path} would both write {target}",
                path=str(source.path),
            )
        claimed[resolved] = source.path
        jobs.append(Job(source.path, target))
    return jobs


def _file_id(path: Path) -> tuple[int, int] | None:
    """The file at `path` as the disk knows it (device and inode), or None if there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class _Resolver:
    """`Path.resolve()` for many files in a few folders: each folder is resolved once, and a
    file's own name only when it is a symbolic link. Planning runs before any worker starts,
    so its cost is paid in full by every batch."""

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}

    def __call__(self, path: Path) -> Path:
        if path.name in ("", ".", ".."):
            return _resolved(path)
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = _resolved(path.parent)
        # The link test where the file really is: `missing/../out/x` cannot be looked up as
        # written, though it resolves, as `Path.resolve` does, to `out/x`.
        candidate = folder / path.name
        return _resolved(candidate) if os.path.islink(candidate) else candidate


def _resolved(path: Path) -> Path:
    """`path.resolve()`, or an error for people when its links go round in a loop."""
    try:
        return path.resolve()
    except (RuntimeError, OSError) as exc:  # RuntimeError on 3.11; later Pythons may say OSError
        raise NgoDigestError(f"cannot follow its links: {exc}", path=str(path)) from None


def run(
    jobs: list[Job], options: Options, *, check: bool, workers: int | None = None
) -> Iterator[Result]:
    """Convert each job (or, with `check`, only compare): one result per job, in job order.

    Each job parses, renders and writes one file and keeps nothing, so memory stays that of a
    few documents however long the batch. Long batches are shared out to worker processes
    (see `workers.ordered_map`); results still come back in job order, so the output is the
    same."""
    try:
        yield from ordered_map(partial(run_one, options=options, check=check), jobs, workers)
    except WorkerDiedError:
        _remove_unfinished_writes(jobs)
        raise


def _remove_unfinished_writes(jobs: list[Job]) -> None:
    """When a worker dies, the pool ends the others at once, maybe halfway through a file:
    their temporary files go (the targets themselves are whole, old or new)."""
    targets: dict[Path, set[str]] = {}
    for job in jobs:
        targets.setdefault(job.target.parent, set()).add(job.target.name)
    for folder, names in targets.items():
        remove_unfinished_writes(folder, names)


def run_one(job: Job, options: Options, *, check: bool) -> Result:
    """Convert or check one job; a parse error is a result, not an exception."""
    try:
        output, diagnostics = convert(job.source, options)
    except NgoDigestError as exc:
        return Result(job, Outcome.FAILED, exc)
    notes = tuple(diagnostics)
    if holds(job.target, output):
        return Result(job, Outcome.UNCHANGED, diagnostics=notes)
    if check:
        missing = not os.path.exists(job.target)  # False, not an error, for a bad name
        return Result(job, Outcome.MISSING if missing else Outcome.STALE, diagnostics=notes)
    try:
        write_atomic(job.target, output())
    except OSError as exc:
        error = NgoDigestError(f"cannot write: {exc.strerror}", path=str(job.target))
        return Result(job, Outcome.FAILED, error, notes)
    return Result(job, Outcome.WRITTEN, diagnostics=notes)


def convert(
    source: str | Path, options: Options, *, terminal: bool = False
) -> tuple[Callable[[], Content], list[Diagnostic]]:
    """The output of one input file, named in errors as given (see `convert_bytes`)."""
    return convert_bytes(read_file(str(source)), options, path=str(source), terminal=terminal)


def convert_bytes(
    data: bytes, options: Options, *, path: str | None, terminal: bool = False
) -> tuple[Callable[[], Content], list[Diagnostic]]:
    """The output of one input, as a function that gives it afresh for each use (compare,
    then write), and its diagnostics. JSON and JSON Lines are streamed (see `stream`); other
    formats are drawn from the `Digest`; `terminal` lets a table fit the terminal."""
    encoding, layout, vocabulary = options.encoding, options.layout, options.vocabulary
    if options.fmt in STREAMED:
        streamed = stream_bytes(
            data,
            options.fmt,
            positions=options.positions,
            encoding=encoding,
            layout=layout,
            vocabulary=vocabulary,
            path=path,
        )
        return streamed.chunks, streamed.diagnostics
    digest = parse_bytes(data, encoding=encoding, layout=layout, vocabulary=vocabulary, path=path)
    text = render(digest, options.fmt, positions=options.positions, terminal=terminal)
    return lambda: text, digest.diagnostics
