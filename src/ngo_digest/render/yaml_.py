"""The nested document as YAML: block style, unescaped Unicode, no line wrapping.

Wrapping is off so that a long card is one line in git diffs, and multi-line text (an intro)
is a literal block, as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import yaml_io

if TYPE_CHECKING:
    from ..models import Digest

_NO_WRAP = 1 << 20


def render(digest: Digest, *, positions: bool = False, terminal: bool = False) -> str:
    """The digest as a YAML document with a trailing newline."""
    return yaml_io.dump(digest.to_data(positions=positions), width=_NO_WRAP)
