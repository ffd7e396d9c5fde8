"""JSON Lines: one item per line with its stage, axis and section, for jq, pandas and friends."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import records

if TYPE_CHECKING:
    from ..models import Digest


def render(digest: Digest, *, positions: bool = False, terminal: bool = False) -> str:
    """One compact JSON object per item, in document order."""
    return "".join(record_line(record) for record in records(digest, positions=positions))


def record_line(record: dict[str, object]) -> str:
    """One record as a compact line of JSON, UTF-8 unescaped."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
