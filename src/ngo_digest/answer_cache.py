"""A small persistent cache of dictionary answers, so a run need not load the dictionary.

Loading the morphology dictionary costs more than everything else a parse does. Its answers
never change for one dictionary version, so they are kept in one JSON file per version under
the user's cache folder (`$NGO_DIGEST_CACHE_DIR`, else `$XDG_CACHE_HOME/ngo-digest`, else
`~/.cache/ngo-digest`) and written back, atomically, when the process ends. Set
`NGO_DIGEST_NO_CACHE=1` to turn it off. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import atexit
import json
import os
import tempfile
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

    def get(self, question: str, word: str) -> Any:
        """The remembered answer, or None."""
        return self._load().get(question, {}).get(word)

    def put(self, question: str, word: str, answer: Any) -> None:
        """Remember an answer (written to disk at exit)."""
        answers = self._load()
        if not self._dirty and self.path is not None:
            atexit.register(self.save)
        answers.setdefault(question, {})[word] = answer
        self._dirty = True

    def save(self) -> None:
        """Write the answers back if they grew; failures are ignored (it is only a cache)."""
        if not self._dirty or self.path is None or self._answers is None:
            return
        self._dirty = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".answers.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._answers, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.path)
        except OSError:
            pass

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._answers is None:
            self._answers = {}
            if self.path is not None:
                try:
                    loaded = json.loads(self.path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    loaded = None
                if isinstance(loaded, dict) and sum(map(len, loaded.values())) < MAX_ANSWERS:
                    self._answers = loaded
        return self._answers
