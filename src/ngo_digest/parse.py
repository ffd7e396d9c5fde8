"""The public entry points: text, bytes or a file in, a validated `Digest` out.

decode → read (layout) → assemble → validate. Diagnostics from every step travel on the
digest (`digest.diagnostics`); the library never prints.
"""

from __future__ import annotations

from pathlib import Path

from .assemble import assemble
from .blocks import Block
from .decode import decode_bytes, normalize_newlines
from .diagnostics import Code, Diagnostic, Level
from .errors import InputNotFoundError, NoStructureError, NotTextError
from .models import Digest
from .readers import detect_layout, looks_like_docx, text_reader
from .vocabulary import Vocabulary, default_vocabulary

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
    chosen = layout or detect_layout(text)
    return _build(text_reader(chosen)(text), vocabulary, path)


def parse_bytes(
    data: bytes,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
    path: str | None = None,
) -> Digest:
    """Parse notes from raw bytes: a Word file, or text in any supported encoding."""
    if layout == "docx" or (layout is None and looks_like_docx(data)):
        from .readers.docx import read_docx  # deferred: only Word files need it

        return _build(read_docx(data, path=path), vocabulary, path)
    decoded = decode_bytes(data, encoding=encoding, path=path)
    digest = parse_text(decoded.text, layout=layout, vocabulary=vocabulary, path=path)
    if decoded.truncated:
        line = decoded.text.count("\n") + 1
        digest.diagnostics.insert(
            0,
            Diagnostic(
                Code.TRUNCATED_INPUT,
                Level.WARNING,
                "the file ends in the middle of a character (cut off?);"
                " its last bytes were left out",
                line,
                len(decoded.text) - decoded.text.rfind("\n"),
            ),
        )
    if decoded.guessed:
        digest.diagnostics.insert(
            0,
            Diagnostic(
                Code.ENCODING_GUESSED,
                Level.INFO,
                f"no encoding declared and not UTF-8; read as {decoded.encoding}",
                1,
                1,
            ),
        )
    return digest


def parse_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> Digest:
    """Parse the notes in the file at `path`."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputNotFoundError("is a directory, not a file", path=name) from None
    except OSError as exc:
        raise InputNotFoundError(f"cannot read: {exc.strerror}", path=name) from None
    if len(data) > MAX_INPUT_BYTES:
        raise NotTextError(f"larger than {MAX_INPUT_BYTES // 2**20} MiB", path=name)
    return parse_bytes(data, encoding=encoding, layout=layout, vocabulary=vocabulary, path=name)


def _build(blocks: list[Block], vocabulary: Vocabulary | None, path: str | None) -> Digest:
    vocabulary = vocabulary or default_vocabulary()
    assembly = assemble(blocks, vocabulary)
    if not assembly.data["stages"]:
        raise NoStructureError(
            "no workshop structure found: no stage heading such as "
            f"{vocabulary.stages[0].label!r} (see --vocabulary)"
            if vocabulary.stages
            else "no workshop structure found: the vocabulary names no stages",
            path=path,
        )
    digest = Digest.model_validate(assembly.data, context={"vocabulary": vocabulary})
    digest.diagnostics.extend(sorted(assembly.diagnostics, key=lambda d: (d.line, d.column)))
    return digest
