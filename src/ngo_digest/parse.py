"""The public entry points: text, bytes or a file in, a validated `Digest` out.

decode → read (layout) → assemble → validate. Diagnostics from every step travel on the
digest (`digest.diagnostics`); the library never prints.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .assemble import Assembly, SectionSink, assemble
from .blocks import Block
from .decode import decode_bytes, lone_surrogate, normalize_newlines
from .diagnostics import Code, Diagnostic, Level
from .errors import InputNotFoundError, NoStructureError, NotTextError
from .invisible import drop_invisible
from .models import Digest
from .readers import detect_layout, looks_like_docx, text_reader
from .segment import morphology
from .segment.language import language_of
from .vocabulary import Vocabulary, default_vocabulary, vocabulary_for_reading

MAX_INPUT_BYTES = 256 * 1024 * 1024


def parse_text(
    text: str,
    *,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
    path: str | None = None,
) -> Digest:
    """Parse workshop notes held in a string.

    `layout` forces a reader (`tabbed`, `markdown`, `html`, `headed`); by default it is
    detected. `path` only names the input in error messages.
    """
    text = normalize_newlines(text.lstrip("\ufeff"))
    if lone := lone_surrogate(text):  # no file decodes to one; segmentation uses them
        raise NotTextError(
            f"holds U+{ord(lone.group()):04X}, half of a character (a lone surrogate)",
            path=path,
            line=text.count("\n", 0, lone.start()) + 1,
        )
    text, notes = _visible(text)
    chosen = layout or detect_layout(text)
    with vocabulary_for_reading(vocabulary):
        blocks = text_reader(chosen)(text)
    digest = _build(blocks, vocabulary, path)
    digest.diagnostics[:0] = notes
    return digest


def _visible(text: str) -> tuple[str, list[Diagnostic]]:
    """The text without invisible characters (see `invisible`), and the note saying so."""
    text, count, line = drop_invisible(text)
    if not count:
        return text, []
    note = Diagnostic(
        Code.INVISIBLE_REMOVED,
        Level.INFO,
        f"{count} invisible character{'s' if count > 1 else ''} (zero-width space, word"
        " joiner, soft hyphen or byte-order mark) taken out of the text",
        line,
        1,
    )
    return text, [note]


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
    path: str | None = None,
) -> Digest:
    """Parse notes from raw bytes: a Word file, or text in any supported encoding."""
    with vocabulary_for_reading(vocabulary):
        blocks, notes = read_blocks(data, encoding=encoding, layout=layout, path=path)
    digest = _build(blocks, vocabulary, path)
    digest.diagnostics[:0] = notes
    return digest


def read_blocks(
    data: bytes, *, encoding: str | None, layout: str | None, path: str | None
) -> tuple[list[Block], list[Diagnostic]]:
    """The blocks of a Word file or of text in any supported encoding, with what decoding
    noticed (a guessed encoding, a cut-off last character)."""
    if layout == "docx" or (layout is None and looks_like_docx(data)):
        from .readers.docx import read_docx  # deferred: only Word files need it

        return read_docx(data, path=path), []
    decoded = decode_bytes(data, encoding=encoding, path=path)
    notes = []
    if decoded.guessed:
        notes.append(
            Diagnostic(
                Code.ENCODING_GUESSED,
                Level.INFO,
                f"no encoding declared and not UTF-8; read as {decoded.encoding}",
                1,
                1,
            )
        )
    if decoded.other_lines:
        first, *more = decoded.other_lines
        also = f" (and {len(more)} more)" if more else ""
        codec = decoded.encoding.rsplit(" ", 1)[-1]
        notes.append(
            Diagnostic(
                Code.MIXED_ENCODINGS,
                Level.WARNING,
                f"lines in two encodings: line {first}{also} is not UTF-8 like the rest;"
                f" read as {codec}",
                first,
                1,
            )
        )
    if decoded.truncated:
        notes.append(
            Diagnostic(
                Code.TRUNCATED_INPUT,
                Level.WARNING,
                "the file ends in the middle of a character (cut off?);"
                " its last bytes were left out",
                decoded.text.count("\n") + 1,
                len(decoded.text) - decoded.text.rfind("\n"),
            )
        )
    text, invisible = _visible(decoded.text)
    return text_reader(layout or detect_layout(text))(text), notes + invisible


def parse_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Digest:
    """Parse the notes in the file at `path`."""
    name = str(path)
    return parse_bytes(
        read_file(name), encoding=encoding, layout=layout, vocabulary=vocabulary, path=name
    )


def read_file(path: str) -> bytes:
    """The bytes of the input file at `path`, or an error that names it."""
    try:
        with open(path, "rb") as handle:
            # A buffer the file's size, not the limit's; then, for a file still being written
            # or a pipe (size 0), the rest a megabyte at a time, up to just over the limit.
            size = min(os.fstat(handle.fileno()).st_size, MAX_INPUT_BYTES)
            data = handle.read(size + 1)
            if len(data) > size:
                parts, total = [data], len(data)
                while total <= MAX_INPUT_BYTES and (part := handle.read(1 << 20)):
                    parts.append(part)
                    total += len(part)
                data = b"".join(parts)
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputNotFoundError("is a directory, not a file", path=path) from None
    except OSError as exc:
        raise InputNotFoundError(f"cannot read: {exc.strerror}", path=path) from None
    if len(data) > MAX_INPUT_BYTES:
        raise NotTextError(f"larger than {MAX_INPUT_BYTES // 2**20} MiB", path=path)
    return data


def _build(blocks: list[Block], vocabulary: Vocabulary | None, path: str | None) -> Digest:
    vocabulary = vocabulary or default_vocabulary()
    assembly = assemble_document(blocks, vocabulary, path)
    digest = Digest.model_validate(assembly.data, context={"vocabulary": vocabulary})
    digest.diagnostics.extend(assembly.diagnostics)
    return digest


def assemble_document(
    blocks: list[Block],
    vocabulary: Vocabulary,
    path: str | None,
    sink: SectionSink | None = None,
) -> Assembly:
    """Assembled data with its diagnostics in source order, or NoStructureError."""
    with morphology.speaking(language_of(_texts(blocks))):
        assembly = assemble(blocks, vocabulary, sink)
    if not assembly.data["stages"]:
        raise NoStructureError(
            "no workshop structure found: no stage heading such as "
            f"{vocabulary.stages[0].label!r} (see --vocabulary)"
            if vocabulary.stages
            else "no workshop structure found: the vocabulary names no stages",
            path=path,
        )
    assembly.diagnostics.sort(key=lambda d: (d.line, d.column))
    return assembly


def _texts(blocks: list[Block]) -> Iterator[str]:
    for block in blocks:
        yield block.text
        for cell in block.cells:
            yield cell.text
