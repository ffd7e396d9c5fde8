"""Patterns compiled when first asked for, not at import.

Each regular expression costs a tenth of a millisecond or more to compile, at every start. A
pattern that a common parse (UTF-8 notes in a table of tabs) never uses waits for the input
that needs it: `_NAME = compiled_at_first_use(r"…")`, then `_NAME().search(text)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import AnyStr


def compiled_at_first_use(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function that compiles `pattern` on its first call and returns the same pattern on
    every call after it."""
    return cache(lambda: re.compile(pattern, flags))
