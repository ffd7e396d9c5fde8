"""The nested document as JSON (indented, UTF-8 unescaped, contract key order), and the same
JSON style for the other commands' data (`json_text`).

For the values these hold (strings, integers, booleans, None, lists, string-keyed objects)
pydantic's serializer writes exactly what `json.dumps(..., ensure_ascii=False, indent=2)`
would, several times faster (the standard library's C encoder is not used with indent).
Floats and non-string keys would come out differently; none are written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic_core import to_json

if TYPE_CHECKING:
    from ..models import Digest


def render(digest: Digest, *, positions: bool = False, terminal: bool = False) -> str:
    """The digest as a JSON document with a trailing newline."""
    return digest.to_json(positions=positions) + "\n"


def json_text(data: Any) -> str:
    """JSON-ready data (string-keyed dicts, lists, strings, integers, booleans, None) as JSON text
    with a trailing newline: exactly what `json.dumps(data, ensure_ascii=False, indent=2)`
    writes, by pydantic's serializer (the standard library indents in pure Python,
    which takes seconds for the 45 MB of a thousand workshops' themes)."""
    return to_json(data, indent=2).decode("utf-8") + "\n"
