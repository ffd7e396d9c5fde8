"""Headed lists with no table: stage heading, question, axis sub-headings, one item per line.

```
1. Формування ідеального бачення взаємодії
Що характеризує ... ?
З владою:
- Відкриті засідання ради
• Щомісячні звіти старост
```
"""

from __future__ import annotations

from ..blocks import Block, Cell
from .front_matter import read_front_matter
from .lines import classify_lines, without_escapes

NAME = "headed"


def _no_rows(line: str, number: int) -> tuple[Cell, ...] | None:
    return None


def read(text: str) -> list[Block]:
    """Blocks of a headed-list document: headings, prose and list items; a Markdown file's
    front matter gives its title (see `read_front_matter`)."""
    if text.startswith(("---", "\ufeff---")):
        text = "\n".join(read_front_matter(text.split("\n")))
    return classify_lines(without_escapes(text), _no_rows)


def looks_like(text: str) -> bool:
    """Any text can be read as headed lists; this is the fallback layout."""
    return True
