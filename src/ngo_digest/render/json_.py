"""The nested document as JSON: indented, UTF-8 unescaped, contract key order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import document_data

if TYPE_CHECKING:
    from ..models import Digest


def render(digest: Digest, *, positions: bool = False, width: int | None = None) -> str:
    """The digest as a JSON document with a trailing newline."""
    return (
        json.dumps(document_data(digest, positions=positions), ensure_ascii=False, indent=2) + "\n"
    )
