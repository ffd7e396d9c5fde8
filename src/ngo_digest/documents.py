"""Documents from files: raw notes are parsed, structured files (`.json`, `.yaml`) loaded.

Commands that compare or count (`diff`, `themes`, `report`) accept either, so an analyst can
point them at `data/raw/` or at the committed `data/structured/`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from . import yaml_io
from .errors import InputNotFoundError, NgoDigestError
from .inputs import discover
from .models import Digest
from .parse import parse_file
from .vocabulary import Vocabulary

STRUCTURED_SUFFIXES = frozenset({".json", ".yaml", ".yml"})


def load_document(
    path: str | Path,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Digest:
    """A digest from a structured file (by extension) or from raw notes."""
    path = Path(path)
    if path.suffix.lower() not in STRUCTURED_SUFFIXES:
        return parse_file(path, encoding=encoding, layout=layout, vocabulary=vocabulary)
    from pydantic import ValidationError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NgoDigestError(f"cannot read: {exc}", path=str(path)) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml_io.load(text)
        return Digest.model_validate(
            data, context={"vocabulary": vocabulary} if vocabulary else None
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "document"
        raise NgoDigestError(
            f"not an ngo-digest document: {where}: {first['msg']}", path=str(path)
        ) from None
    except ValueError as exc:  # JSON or YAML syntax
        raise NgoDigestError(f"not valid {path.suffix[1:]}: {exc}", path=str(path)) from None
    except RecursionError:  # the JSON decoder recurses once per bracket
        raise NgoDigestError(
            f"not valid {path.suffix[1:]}: nested too deeply to be a document", path=str(path)
        ) from None


def iter_documents(
    names: list[str],
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Iterator[tuple[str, Digest]]:
    """(path, digest) for every file named or found in a named folder, one at a time, so a
    caller that only counts never holds more than one digest."""
    for source in discover(names):
        name = str(source.path)
        yield name, load_document(name, encoding=encoding, layout=layout, vocabulary=vocabulary)
