"""A small persistent cache of dictionary answers, so a run need not load the dictionary.

Loading the morphology dictionary costs more than everything else a parse does. Its answers
never change for one dictionary version, so they are kept in one JSON file per version under
the user's cache folder (`$NGO_DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/ngo-digest`, else
`~/.cache/ngo-digest`) and written back, atomically, when the process ends: the main process
and each worker process of a batch, each adding its answers to what the others saved. Set
`NGO_DIGEST_NO_CACHE=1` to turn it off. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MAX_ANSWERS = 200_000
"""Past this many answers the file starts afresh, so it never grows without bound."""


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
    """Answers by (question, word), loaded on first use and saved at exit when they grew."""

    def __init__(self, name: str) -> None:
        folder = cache_folder()
        self.path = folder / f"{name}.json" if folder else None
        self._answers: dict[str, dict[str, Any]] | None = None
        self._dirty = False
        self._saved_by: int | None = None  # the process whose exit saves the answers

    def get(self, question: str, word: str) -> Any:
        """The remembered answer, or None."""
        return self._load().get(question, {}).get(word)

    def put(self, question: str, word: str, answer: Any) -> None:
        """Remember an answer (written to disk when this process ends)."""
        answers = self._load()
        # A forked worker inherits this object, and with it the parent's exit hook, which
        # never runs there: each process that learns something registers its own.
        if self._saved_by != os.getpid() and self.path is not None:
            self._saved_by = os.getpid()
            _at_exit(self.save)
        answers.setdefault(question, {})[word] = answer
        self._dirty = True

    def save(self) -> None:
        """Add the answers to those on disk if they grew; failures are ignored (it is only a
        cache). A lock keeps two processes ending at once from losing each other's answers."""
        if not self._dirty or self.path is None or self._answers is None:
            return
        self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(self.path.with_suffix(".lock")):
                merged = _read(self.path)
                for question, words in self._answers.items():
                    merged.setdefault(question, {}).update(words)
                fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".answers.", suffix=".tmp")
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(merged, handle, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, self.path)
        except OSError:
            pass

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._answers is None:
            self._answers = _read(self.path) if self.path is not None else {}
        return self._answers


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The answers saved at `path`; none when it is missing, unreadable or full."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if isinstance(loaded, dict) and sum(map(len, loaded.values())) < MAX_ANSWERS:
        return loaded
    return {}


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
    """An exclusive lock on `path` between processes (POSIX; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # Windows: a rare lost answer is asked again next time
        yield
        return
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield
