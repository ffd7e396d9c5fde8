"""A small persistent cache of dictionary answers, so a run need not load the dictionary.

Loading the morphology dictionary costs more than everything else a parse does. Its answers
never change for one dictionary version, so they are kept in one JSON file per version under
the user's cache folder (`$NGO_DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/ngo-digest`, else
`~/.cache/ngo-digest`) and written back, atomically, when the process ends: the main process
and each worker process of a batch, each adding its answers to what the others saved. Set
`NGO_DIGEST_NO_CACHE=1` to turn it off. A cache that cannot be read or written is ignored.
The first save of a new rules version removes the files of the rules versions before it,
which no run of this one reads (not other versions of the dictionary, nor later rules:
another install may share the folder).
"""

from __future__ import annotations

import atexit
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from .output import write_atomic

Answers = dict[str, dict[str, Any]]
"""Question → word → answer."""

MAX_ANSWERS = 50_000
"""Past this many answers the file starts afresh, so it never grows without bound. Every run
reads the whole file, ~3 ms per 10,000 answers here: at 200,000 that would cost as much as
loading the dictionary it stands in for (~70 ms), at 50,000 a fraction of it."""


def cache_folder() -> Path | None:
    """Where caches live, or None when caching is off."""
    if os.environ.get("NGO_DIGEST_NO_CACHE"):
        return None
    explicit = os.environ.get("NGO_DIGEST_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ngo-digest"


class AnswerCache:
    """Answers by (question, word), loaded on first use; what this process learns is added to
    the file when the process ends."""

    def __init__(self, name: str, *, family: str | None = None) -> None:
        """`name` is the file's; when it is `family` and a version number (`…-r12`), a
        first save removes the files of the family's lower numbers."""
        folder = cache_folder()
        self.path = folder / f"{name}.json" if folder else None
        self.family = family
        self._answers: Answers | None = None
        self._learned: Answers = {}  # since loading, in this process: what a save adds
        self._saved_by: int | None = None  # the process whose exit saves `_learned`

    def get(self, question: str, word: str) -> Any:
        """The remembered answer, or None."""
        return self._load().get(question, {}).get(word)

    def put(self, question: str, word: str, answer: Any) -> None:
        """Remember an answer (added to the file when this process ends)."""
        self._load().setdefault(question, {})[word] = answer
        if self.path is None:
            return
        if self._saved_by != os.getpid():
            # A forked worker inherits this object, with the parent's exit hook, which never
            # runs there, and the parent's unsaved answers, which the parent saves itself.
            self._saved_by = os.getpid()
            self._learned = {}
            _at_exit(self.save)
        self._learned.setdefault(question, {})[word] = answer

    def save(self) -> None:
        """Add what this process learned to the file; failures are ignored (it is only a
        cache). A lock keeps processes that end at once from losing each other's answers."""
        if not self._learned or self.path is None:
            return
        learned, self._learned = self._learned, {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.path.exists()
            with _locked(self.path.with_suffix(".lock")):
                merged = _read(self.path)
                for question, words in learned.items():
                    merged.setdefault(question, {}).update(words)
                if _count(merged) >= MAX_ANSWERS:
                    merged = learned  # start afresh: a full file would not be read again
                # Private: its words come from the user's notes.
                text = json.dumps(merged, ensure_ascii=False, separators=(",", ":"))
                write_atomic(self.path, text, mode=0o600)
            if fresh:
                self._remove_other_versions()
        except OSError:
            pass

    def _remove_other_versions(self) -> None:
        """Remove the files (and locks) of this cache's family with lower version numbers."""
        assert self.path is not None
        family = self.family
        if family is None or not self.path.stem.startswith(family):
            return
        own = self.path.stem[len(family) :]
        if not own.isdigit():
            return
        for other in self.path.parent.glob(f"{family}*"):
            number = other.stem[len(family) :]
            if other.suffix in (".json", ".lock") and number.isdigit() and int(number) < int(own):
                with suppress(OSError):
                    other.unlink()

    def _load(self) -> Answers:
        if self._answers is None:
            self._answers = _read(self.path) if self.path is not None else {}
        return self._answers


def _read(path: Path) -> Answers:
    """The answers saved at `path`; none when it is missing, unreadable, full or not a file
    of this shape (written by hand, or by another program)."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(loaded, dict) or not all(isinstance(w, dict) for w in loaded.values()):
        return {}
    return loaded if _count(loaded) < MAX_ANSWERS else {}


def _count(answers: Answers) -> int:
    return sum(map(len, answers.values()))


def _at_exit(callback: Callable[[], None]) -> None:
    """Call `callback` when this process ends. A worker of a multiprocessing pool ends without
    running `atexit` handlers, but runs the pool's own finalizers."""
    multiprocessing = sys.modules.get("multiprocessing")  # never imported: not a worker
    if multiprocessing is not None and multiprocessing.parent_process() is not None:
        from multiprocessing.util import Finalize

        Finalize(None, callback, exitpriority=0)
    else:
        atexit.register(callback)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on `path` between processes (POSIX; elsewhere none). Read-only is
    enough to hold it, so a lock file another user made does not stop the save."""
    try:
        import fcntl
    except ImportError:  # Windows: a rare lost answer is asked again next time
        yield
        return
    descriptor = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock
