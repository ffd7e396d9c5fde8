"""The command line: read arguments, call the public library, map errors to exit codes.

No parsing logic lives here. Exit codes are decided in one place (`EXIT_CODES` and the
exception classes): 0 success, 2 usage, 3 other input errors, 4 missing file, 5 not text,
6 no workshop structure found.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from . import __version__
from .errors import NgoDigestError

if TYPE_CHECKING:
    from .diagnostics import Diagnostic

app = typer.Typer(
    name="ngo-digest",
    help="Turn digitized workshop notes into validated stage × axis data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    """The formats `parse` writes."""

    table = "table"
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class Layout(StrEnum):
    """The layouts `parse` reads (detected when not given)."""

    tabbed = "tabbed"
    markdown = "markdown"
    html = "html"
    headed = "headed"
    docx = "docx"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ngo-digest {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Turn digitized workshop notes into validated stage × axis data.

    Exit codes: 0 success; 2 usage error; 3 bad input or vocabulary; 4 file not found;
    5 not a text or Word file; 6 no workshop structure found.
    """


@app.command()
def parse(
    file: Annotated[
        str, typer.Argument(help="Notes file (.txt, .md, .html, .docx), or - for stdin.")
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: from the -o extension, else table on a terminal"
            " and json in a pipe.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    layout: Annotated[
        Layout | None, typer.Option(help="Force a layout instead of detecting it.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Input encoding (default: BOM, UTF-8, else Windows-1251).")
    ] = None,
    vocabulary: Annotated[
        str | None, typer.Option(help="YAML file of extra stage/axis/section labels.")
    ] = None,
    positions: Annotated[
        bool, typer.Option("--positions", help="Include each item's source line and column.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Also print informational notes (guessed splits, encoding)."
        ),
    ] = False,
) -> None:
    """Parse workshop notes into a stage × axis document.

    Examples:

    \b
        ngo-digest parse notes.txt
        ngo-digest parse notes.txt --format yaml -o data/structured/notes.yaml
        ngo-digest parse notes.txt --format jsonl | jq -r 'select(.axis=="community") | .text'
        cat notes.txt | ngo-digest parse - --format json
    """
    from .parse import parse_bytes, parse_file
    from .render import format_for_path, render
    from .vocabulary import load_vocabulary

    try:
        vocab = load_vocabulary(vocabulary) if vocabulary else None
        chosen_layout = layout.value if layout else None
        if file == "-":
            name = "<stdin>"
            digest = parse_bytes(
                sys.stdin.buffer.read(),
                encoding=encoding,
                layout=chosen_layout,
                vocabulary=vocab,
                path=name,
            )
        else:
            name = file
            digest = parse_file(file, encoding=encoding, layout=chosen_layout, vocabulary=vocab)
    except NgoDigestError as exc:
        _fail(exc)
    _report(digest.diagnostics, name, quiet=quiet, verbose=verbose)

    if output_format is not None:
        fmt = output_format.value
    elif output is not None:
        fmt = format_for_path(output) or "json"
    else:
        fmt = "table" if sys.stdout.isatty() else "json"
    text = render(digest, fmt, positions=positions)
    if output is None:
        sys.stdout.write(text)
        return
    from .output import write_atomic

    try:
        write_atomic(output, text)
    except OSError as exc:
        _fail(NgoDigestError(f"cannot write: {exc.strerror}", path=output))


@app.command()
def schema(
    records: Annotated[
        bool,
        typer.Option(
            "--records", help="The schema of one JSON Lines record instead of the document."
        ),
    ] = False,
    vocabulary: Annotated[
        str | None, typer.Option(help="YAML file of extra labels; its keys join the schema.")
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the output.

    Stage and axis keys are enumerated from the vocabulary, so a document with an unknown key
    is invalid under it.

    Examples:

    \b
        ngo-digest schema > digest.schema.json
        ngo-digest schema --records > record.schema.json
        ngo-digest schema --vocabulary my-labels.yaml
    """
    import json

    from .schema import document_schema, record_schema
    from .vocabulary import load_vocabulary

    try:
        vocab = load_vocabulary(vocabulary) if vocabulary else None
    except NgoDigestError as exc:
        _fail(exc)
    chosen = record_schema(vocab) if records else document_schema(vocab)
    sys.stdout.write(json.dumps(chosen, ensure_ascii=False, indent=2) + "\n")


def _report(diagnostics: list[Diagnostic], name: str, *, quiet: bool, verbose: bool) -> None:
    from .diagnostics import Level

    if quiet:
        return
    for diagnostic in diagnostics:
        if diagnostic.level is not Level.INFO or verbose:
            print(diagnostic.format(name), file=sys.stderr)


def _fail(exc: NgoDigestError) -> NoReturn:
    print(f"ngo-digest: error: {exc}", file=sys.stderr)
    raise typer.Exit(code=exc.exit_code)


def main() -> None:
    """Console-script entry point."""
    app()
