"""JSON and JSON Lines written as the notes are read: big inputs and batches.

`parse` builds a `Digest`, a tree of pydantic objects, which is what a library user wants and
what YAML, tables and reports are drawn from. For JSON output that tree is a detour: it costs
an object per card and, for a 50 MB input, gigabytes. Here each section is validated (with
the constraints of `Item`, see `ItemRecord`) and rendered to bytes as soon as the assembler is
done with it, so what stays in memory is the output, not the objects. The bytes are exactly
those of `render(digest, "json")` and `render(digest, "jsonl")`; tests hold the two together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from pydantic_core import to_json

from .assemble import SectionSink
from .diagnostics import Diagnostic
from .errors import UsageError
from .models import Digest, ItemRecord
from .parse import assemble_document, read_blocks, read_file
from .render import record
from .render.jsonl import record_line
from .vocabulary import Vocabulary, default_vocabulary, vocabulary_for_reading

FORMATS = ("json", "jsonl")
# A number after a key, the last thing on its line: an axis's cards stand there (see `_json`).
_STAND_IN = re.compile(rb'": (\d+)(?=,?\n)')
_WITHOUT_POSITIONS = {"__all__": {"line", "column"}}


@dataclass(frozen=True, slots=True)
class Rendered:
    """The cards of one axis of one section, validated and already rendered."""

    data: bytes
    count: int

    def __len__(self) -> int:
        return self.count


@dataclass(frozen=True, slots=True)
class Streamed:
    """A parsed document ready to be written, and what the parser noticed."""

    fmt: str
    data: dict[str, Any]
    diagnostics: list[Diagnostic]

    def chunks(self) -> Iterator[bytes]:
        """The output, piece by piece (UTF-8, ends with a newline); each call starts over."""
        if self.fmt == "json":
            yield from _json(self.data)
            yield b"\n"
        else:
            for stage in self.data["stages"].values():
                for section in stage["sections"]:
                    for cards in section["axes"].values():
                        if cards:
                            yield cards.data

    def to_bytes(self) -> bytes:
        """The whole output at once (fine for anything but the largest inputs)."""
        return b"".join(self.chunks())


def stream_file(
    path: str | Path,
    fmt: str,
    *,
    positions: bool = False,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Streamed:
    """The notes in the file at `path`, ready to be written as `fmt` (json or jsonl)."""
    name = str(path)
    return _stream(read_file(name), fmt, positions, encoding, layout, vocabulary, name)


def stream_bytes(
    data: bytes,
    fmt: str,
    *,
    positions: bool = False,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
    path: str | None = None,
) -> Streamed:
    """Notes held as bytes, ready to be written as `fmt` (json or jsonl)."""
    return _stream(data, fmt, positions, encoding, layout, vocabulary, path)


def _stream(
    data: bytes,
    fmt: str,
    positions: bool,
    encoding: str | None,
    layout: str | None,
    vocabulary: Vocabulary | None,
    path: str | None,
) -> Streamed:
    if fmt not in FORMATS:
        raise UsageError(f"cannot stream {fmt!r}; choose one of: {', '.join(FORMATS)}")
    vocabulary = vocabulary or default_vocabulary()
    with vocabulary_for_reading(vocabulary):
        blocks, notes = read_blocks(data, encoding=encoding, layout=layout, path=path)
    sink = _json_sink(positions) if fmt == "json" else _jsonl_sink(positions)
    assembly = assemble_document(blocks, vocabulary, path, sink)
    _validate_outline(assembly.data, vocabulary)
    return Streamed(fmt, assembly.data, notes + assembly.diagnostics)


@cache
def _cards() -> TypeAdapter[list[ItemRecord]]:
    return TypeAdapter(list[ItemRecord])


def _json_sink(positions: bool) -> SectionSink:
    exclude = None if positions else _WITHOUT_POSITIONS

    def render(stage: str, title: str | None, axes: dict[str, Any]) -> dict[str, Any]:
        cards = _cards()
        # Validated cards are plain data (text, numbers, lists of text), which `to_json`
        # writes as the adapter's `dump_json` does, less the walk of its schema (a third less).
        return {
            axis: Rendered(
                to_json(cards.validate_python(items), indent=2, exclude=exclude), len(items)
            )
            for axis, items in axes.items()
        }

    return render


def _jsonl_sink(positions: bool) -> SectionSink:
    def render(stage: str, title: str | None, axes: dict[str, Any]) -> dict[str, Any]:
        rendered = {}
        for axis, items in axes.items():
            lines = "".join(
                record_line(record(stage, axis, title, item, positions=positions))
                for item in _cards().validate_python(items)
            )
            rendered[axis] = Rendered(lines.encode(), len(items))
        return rendered

    return render


def _validate_outline(data: dict[str, Any], vocabulary: Vocabulary) -> None:
    """Validate everything but the cards (done section by section) against `Digest`."""
    Digest.model_validate(_outline(data, lambda cards: []), context={"vocabulary": vocabulary})


def _outline(data: dict[str, Any], stand_in: Callable[[Any], Any]) -> dict[str, Any]:
    """`data` with each axis's cards (`Rendered`, or `[]` for an axis a section never had)
    replaced by `stand_in(cards)`."""
    return {
        **data,
        "stages": {
            key: {
                **stage,
                "sections": [
                    {**section, "axes": {axis: stand_in(v) for axis, v in section["axes"].items()}}
                    for section in stage["sections"]
                ],
            }
            for key, stage in data["stages"].items()
        },
    }


def _json(data: dict[str, Any]) -> Iterator[bytes]:
    """`data` as pydantic writes it with indent=2 (`Digest.to_json`), one piece at a time.

    The outline is written by one call to pydantic's serializer (a piece per value cost ten
    times as much), with a number standing in for each axis's rendered cards, which then go
    in its place, indented to its depth. A number is found only where it stands in: every
    other value of the outline is text, null, or a list or mapping of them."""
    cards: list[Rendered] = []

    def stand_in(value: Any) -> Any:
        if not isinstance(value, Rendered):
            return value  # (`[]`, written as it is)
        cards.append(value)
        return len(cards) - 1

    text = to_json(_outline(data, stand_in), indent=2)
    start = 0
    for found, rendered in zip(_STAND_IN.finditer(text), cards, strict=True):
        yield text[start : found.start(1)]
        line = text[text.rfind(b"\n", 0, found.start()) + 1 : found.start()]
        indent = line[: len(line) - len(line.lstrip(b" "))]
        yield rendered.data.replace(b"\n", b"\n" + indent)
        start = found.end(1)
    yield text[start:]
