"""JSON and JSON Lines written as the notes are read: big inputs and batches.

`parse` builds a `Digest`, a tree of pydantic objects, which is what a library user wants and
what YAML, tables and reports are drawn from. For JSON output that tree is a detour: it costs
an object per card and, for a 50 MB input, gigabytes. Here each section is validated (with
the constraints of `Item`, see `ItemRecord`) and rendered to bytes as soon as the assembler is
done with it, so what stays in memory is the output, not the objects. The bytes are exactly
those of `render(digest, "json")` and `render(digest, "jsonl")`; tests hold the two together.
"""

from __future__ import annotations

from collections.abc import Iterator
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
_INDENT = b"  "
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
            yield from _json(self.data, 0)
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
        return {
            axis: Rendered(
                cards.dump_json(cards.validate_python(items), indent=2, exclude=exclude),
                len(items),
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
    outline = {
        **data,
        "stages": {
            key: {
                **stage,
                "sections": [
                    {**section, "axes": {axis: [] for axis in section["axes"]}}
                    for section in stage["sections"]
                ],
            }
            for key, stage in data["stages"].items()
        },
    }
    Digest.model_validate(outline, context={"vocabulary": vocabulary})


def _json(value: Any, depth: int) -> Iterator[bytes]:
    """`value` as pydantic writes it with indent=2 (`Digest.to_json`), one piece at a time."""
    if isinstance(value, Rendered):
        yield value.data.replace(b"\n", b"\n" + _INDENT * depth)
    elif isinstance(value, dict | list) and value:
        close = b"\n" + _INDENT * depth
        inner = close + _INDENT
        pairs = value.items() if isinstance(value, dict) else ((None, v) for v in value)
        opening, ending = (b"{", b"}") if isinstance(value, dict) else (b"[", b"]")
        for index, (key, item) in enumerate(pairs):
            yield (b"," if index else opening) + inner
            if key is not None:
                yield to_json(key) + b": "
            yield from _json(item, depth + 1)
        yield close + ending
    else:
        yield to_json(value)
