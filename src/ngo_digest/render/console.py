"""The rich console every table is drawn on, decided by the caller, never by sniffing stdout.

Drawn for a terminal: the terminal's width, colour unless `NO_COLOR` is set. Drawn for a file
or a pipe: 80 columns and no escape codes, so the same input gives the same bytes anywhere.
"""

from __future__ import annotations

import io
import os
from typing import Any

PLAIN_WIDTH = 80


def draw(*renderables: Any, terminal: bool = False) -> str:
    """The renderables as text, one after another."""
    from rich.console import Console

    console = Console(
        file=io.StringIO(),
        width=None if terminal else PLAIN_WIDTH,
        force_terminal=terminal,
        no_color=bool(os.environ.get("NO_COLOR")) or not terminal,
        highlight=False,
        emoji=False,
        markup=False,
    )
    for renderable in renderables:
        console.print(renderable)
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()
