"""ngo-digest: digitized workshop notes to validated stage × axis data.

from ngo_digest import parse_file
digest = parse_file("notes.txt")
for stage, section, axis, item in digest.items():
    print(stage, axis, item.text)
"""

from __future__ import annotations

from .errors import NgoDigestError
from .models import Digest, Item, Section, Stage
from .parse import parse_bytes, parse_file, parse_text

__version__ = "0.1.0"

__all__ = [
    "Digest",
    "Item",
    "NgoDigestError",
    "Section",
    "Stage",
    "__version__",
    "parse_bytes",
    "parse_file",
    "parse_text",
]
