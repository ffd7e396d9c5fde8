"""The command line: read arguments, call the public library, map errors to exit codes.

No parsing logic lives here. Exit codes are decided by the exception classes (`exit_code`)
and by `status.Report` for `validate`: 0 success; 1 findings (`validate` errors, `--check`
stale files, `diff` differences); 2 usage; 3 other bad input; 4 file not found; 5 not text;
6 no workshop structure; 7 a worker process died.
"""

from __future__ import annotations

import gc
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from . import __version__
from .diagnostics import one_line
from .errors import NgoDigestError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from .batch import Options, Result
    from .diagnostics import Diagnostic
    from .models import Digest
    from .output import Content
    from .themes import Theme
    from .vocabulary import Vocabulary

T = TypeVar("T")

app = typer.Typer(
    name="ngo-digest",
    help="Turn digitized workshop notes into validated stage × axis data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

GC_THRESHOLDS = (200_000, 30, 30)
"""Collect cycles after 200,000 allocations, not Python's 700 (mypy does the same). A parse
makes many small objects and frees them by reference counting; the frequent collections only
walked them again: about 12% of a 50 MB parse and of `themes` over 1,000 files."""

PROGRESS_THRESHOLD = 20
"""Batches with more files than this show a progress bar (on a terminal only)."""


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


class ReportFormat(StrEnum):
    """How `validate` and `diff` print their findings."""

    text = "text"
    json = "json"


LayoutOption = Annotated[
    Layout | None, typer.Option(help="Force a layout instead of detecting it.")
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        help="Input encoding (default: BOM, UTF-16 by its NUL bytes, UTF-8, else Windows-1251,"
        " KOI8-U or, for English notes, Windows-1252, said in a note; UTF-8 lines mixed with"
        " one of those are read line by line, said in a warning)."
    ),
]
VocabularyOption = Annotated[
    str | None, typer.Option(help="YAML file of extra stage/axis/section labels.")
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Processes the files are shared out to (default: one per core for 16 files or more).",
    ),
]


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

    Exit codes: 0 success; 1 findings (validate errors, --check stale files, diff
    differences); 2 usage error; 3 bad input or vocabulary; 4 file not found; 5 not a text
    or Word file; 6 no workshop structure found.
    """


@app.command()
def parse(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Notes files (.txt, .md, .html, .docx) or folders of them; - reads stdin."
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: from the -o extension, else table on a terminal"
            " and json in a pipe or a batch.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file, or into this folder for several inputs (atomically);"
            " - is standard output.",
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Write nothing; exit 1 listing outputs that are stale or missing."
        ),
    ] = False,
    layout: LayoutOption = None,
    encoding: EncodingOption = None,
    vocabulary: VocabularyOption = None,
    positions: Annotated[
        bool, typer.Option("--positions", help="Include each item's source line and column.")
    ] = False,
    workers: WorkersOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Also print informational notes (guessed splits, encoding)."
        ),
    ] = False,
) -> None:
    """Parse workshop notes into a stage × axis document.

    One input is printed (or written to -o FILE); several inputs or a folder are converted
    into the -o folder, one file per input with the same stem. --check writes nothing and
    fails when an output is stale: run it in CI or pre-commit.

    Examples:

    \b
        ngo-digest parse notes.txt
        ngo-digest parse notes.txt --format yaml -o data/structured/notes.yaml
        ngo-digest parse notes.txt --format jsonl | jq -r 'select(.axis=="community") | .text'
        cat notes.txt | ngo-digest parse - --format json
        ngo-digest parse data/raw/ -o data/structured/ --format yaml
        ngo-digest parse data/raw/ -o data/structured/ --format yaml --check
    """
    from .batch import Options

    output = _output_path(output)
    vocab = _vocabulary(vocabulary)
    single = len(files) == 1 and not Path(files[0]).is_dir() and not _is_folder(output)
    if check and output is None:
        _usage("--check compares against existing output: give -o FILE or -o FOLDER")
    if single:
        fmt = _single_format(output_format, output)
    else:
        if "-" in files:
            _usage("- (stdin) can only be the one input: give files or folders instead")
        if output is None:
            _usage("several inputs or a folder need -o FOLDER for the outputs")
        if (
            Path(output).suffix.lower() in _file_suffixes()
            and not _is_folder(output)  # (`-o digests.md/` is a folder, as its slash says)
        ):
            _usage(f"several inputs or a folder need -o FOLDER, not the file name {output}")
        fmt = output_format.value if output_format else "json"
    options = Options(fmt, encoding, layout.value if layout else None, vocab, positions)
    if single and files[0] == "-":
        if check:
            _usage("--check needs a file, not stdin")
        _parse_stdin(options, output, quiet=quiet, verbose=verbose)
    elif single and output is None:
        _parse_to_stdout(files[0], options, quiet=quiet, verbose=verbose)
    else:
        assert output is not None
        _convert(
            files,
            output,
            options,
            single=single,
            check=check,
            workers=workers,
            quiet=quiet,
            verbose=verbose,
        )


def _is_folder(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", "\\")) or Path(output).is_dir())


def _output_path(output: str | None) -> str | None:
    """`-o` as given; `-o -` is standard output, as `-` is standard input, and so is a name
    for it (`/dev/stdout`, which a rename would replace, or the file it is redirected to)."""
    if output == "":
        _usage("-o needs a file name (or - for standard output)")
    if output is None or output == "-" or _is_standard_output(output):
        return None
    return output


def _is_standard_output(output: str) -> bool:
    import os

    try:
        named, ours = os.stat(output), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError):  # nothing there yet, or no real stdout (a test's capture)
        return False
    return (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino)


def _file_suffixes() -> frozenset[str]:
    from .render import BY_EXTENSION

    return frozenset(BY_EXTENSION)


def _refuse_overwriting_an_input(files: list[str], output: str | None) -> None:
    """Stop before `-o` replaces one of the inputs (`parse notes.txt -o notes.txt`, or a note
    in a folder read): the notes would be lost. The same file, however it is spelled (a
    link, another case on a case-insensitive disk). A batch's own plan refuses the same for
    every target; a name that cannot be read is left for the command to report."""
    import os

    from .inputs import discover

    if output is None or not Path(output).is_file():
        return
    try:
        sources = discover([name for name in files if name != "-"])
    except NgoDigestError:
        return
    for source in sources:
        if os.path.samefile(source.path, output):
            _fail(
                NgoDigestError(f"output {output} would overwrite an input", path=str(source.path))
            )


def _single_format(chosen: OutputFormat | None, output: str | None) -> str:
    from .render import BY_EXTENSION

    return _output_format(chosen, output, BY_EXTENSION)


def _parse_stdin(options: Options, output: str | None, *, quiet: bool, verbose: bool) -> None:
    from .batch import convert_bytes
    from .output import write_atomic

    try:
        content, diagnostics = convert_bytes(
            sys.stdin.buffer.read(),
            options,
            path="<stdin>",
            terminal=output is None and sys.stdout.isatty(),
        )
    except NgoDigestError as exc:
        _fail(exc)
    _report(diagnostics, "<stdin>", quiet=quiet, verbose=verbose)
    if output is None:
        _write_stdout(content())
        return
    try:
        write_atomic(output, content())
    except OSError as exc:
        _fail(NgoDigestError(f"cannot write: {exc.strerror}", path=output))


def _parse_to_stdout(file: str, options: Options, *, quiet: bool, verbose: bool) -> None:
    from .batch import convert

    try:
        content, diagnostics = convert(file, options, terminal=sys.stdout.isatty())
    except NgoDigestError as exc:
        _fail(exc)
    _report(diagnostics, file, quiet=quiet, verbose=verbose)
    _write_stdout(content())


def _write_stdout(content: Content) -> None:
    """Output as it comes, as UTF-8 bytes. A reader that stops early (`| head`) ends the run
    quietly with exit code 1, as click does for every command."""
    sys.stdout.flush()
    if isinstance(content, str):
        content = content.encode("utf-8")
    if isinstance(content, bytes):
        content = (content,)
    out = sys.stdout.buffer
    for piece in content:
        view = memoryview(piece)
        while view:  # a pipe whose reader left takes part of a big piece, then fails
            written = out.write(view)
            if written is None:  # a non-blocking pipe that is full: wait till it drains
                import select

                select.select([], [out], [])
                continue
            view = view[written:]
    out.flush()


def _convert(
    files: list[str],
    output: str,
    options: Options,
    *,
    single: bool,
    check: bool,
    workers: int | None,
    quiet: bool,
    verbose: bool,
) -> None:
    from .batch import Job, Outcome, plan, run
    from .inputs import discover

    try:
        if single:
            _refuse_overwriting_an_input(files, output)
            source = Path(files[0])
            if not source.exists():
                from .errors import InputNotFoundError

                raise InputNotFoundError("no such file", path=files[0])
            jobs = [Job(source, Path(output))]
        else:
            jobs = plan(discover(files, skip=Path(output)), Path(output), options.fmt)
    except NgoDigestError as exc:
        _fail(exc)
    results = _with_progress(
        run(jobs, options, check=check, workers=workers), len(jobs), quiet=quiet
    )
    failures: list[NgoDigestError] = []
    counts: dict[Outcome, int] = {}
    for result in _or_fail(results):
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
        _report(list(result.diagnostics), str(result.job.source), quiet=quiet, verbose=verbose)
        if result.error is not None:
            failures.append(result.error)
            print(f"ngo-digest: error: {result.error}", file=sys.stderr)
        elif result.outcome in (Outcome.STALE, Outcome.MISSING):
            print(
                f"{result.outcome}: {one_line(str(result.job.target))}"
                f" (from {one_line(str(result.job.source))})",
                file=sys.stderr,
            )
        elif verbose and result.outcome is Outcome.WRITTEN:
            print(f"wrote {one_line(str(result.job.target))}", file=sys.stderr)
    if not single and not quiet:
        done = ", ".join(f"{count} {outcome}" for outcome, count in sorted(counts.items()))
        print(
            f"{_files(len(jobs))}: {done or 'nothing to do'}{_passed_over(files, Path(output))}",
            file=sys.stderr,
        )
    if failures:
        raise typer.Exit(code=failures[0].exit_code)
    if counts.get(Outcome.STALE) or counts.get(Outcome.MISSING):
        from .status import FINDINGS

        raise typer.Exit(code=FINDINGS)


def _files(count: int) -> str:
    return f"{count} file" if count == 1 else f"{count} files"


def _passed_over(names: list[str], out_dir: Path) -> str:
    """`; 2 files of other kinds not read (.pdf, .rtf)`: what the folders held that is not
    notes (the batch's own outputs, when they are written inside an input folder, aside)."""
    from .inputs import other_files

    others = other_files(names, skip=out_dir)
    if not others:
        return ""
    kinds = sorted({file.suffix.lower() or "no extension" for file in others})
    return f"; {_files(len(others))} of other kinds not read ({', '.join(kinds)})"


def _with_progress(results: Iterator[Result], total: int, *, quiet: bool) -> Iterator[Result]:
    """Results as they come, with a progress bar on stderr when it is a terminal and the batch
    is long; otherwise nothing is drawn and rich is not even imported."""
    if quiet or total <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        return results
    from rich.progress import track

    return iter(track(results, total=total, description="parsing", transient=True))


@app.command()
def validate(
    files: Annotated[list[str], typer.Argument(help="Notes files or folders of them.")],
    report_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="text (file:line:col: …) or json.")
    ] = ReportFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings fail the run too (exit 1).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also print informational notes.")
    ] = False,
    layout: LayoutOption = None,
    encoding: EncodingOption = None,
    vocabulary: VocabularyOption = None,
    workers: WorkersOption = None,
) -> None:
    """Check notes and print every diagnostic as file:line:col: level CODE message.

    Exit 0 when clean, 1 when there are errors (or warnings, with --strict), 2 on usage
    errors.

    Examples:

    \b
        ngo-digest validate notes.txt
        ngo-digest validate data/raw/ --strict
        ngo-digest validate notes.txt --format json | jq '.[] | select(.level=="warning")'
    """
    from functools import partial

    from .diagnostics import Level
    from .inputs import discover
    from .render.json_ import json_text
    from .status import Report
    from .validate import validate_file
    from .workers import ordered_map

    vocab = _vocabulary(vocabulary)
    try:
        sources = discover(files)
    except NgoDigestError as exc:
        _fail(exc)
    check = partial(
        validate_file, encoding=encoding, layout=layout.value if layout else None, vocabulary=vocab
    )
    report = Report(strict=strict)
    found: list[dict[str, object]] = []
    checked = ordered_map(check, [s.path for s in sources], workers)
    for source, diagnostics in zip(sources, _or_fail(checked), strict=True):
        report.add(diagnostics)
        shown = [d for d in diagnostics if verbose or d.level is not Level.INFO]
        if report_format is ReportFormat.json:
            found += [d.to_dict(str(source.path)) for d in shown]
        else:
            for diagnostic in shown:
                print(diagnostic.format(str(source.path)))
    if report_format is ReportFormat.json:
        sys.stdout.write(json_text(found))
    else:
        print(report.summary(), file=sys.stderr)
    raise typer.Exit(code=report.return_code)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Notes or a structured file (.json, .yaml).")],
    new: Annotated[str, typer.Argument(help="Notes or a structured file (.json, .yaml).")],
    report_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="text or json.")
    ] = ReportFormat.text,
    layout: LayoutOption = None,
    encoding: EncodingOption = None,
    vocabulary: VocabularyOption = None,
) -> None:
    """Show items added (+), removed (-) and moved (~) and headings changed (!).

    Either side may be raw notes or a structured file. Exit 0 when equal, 1 when different.

    Examples:

    \b
        ngo-digest diff old-notes.txt notes.txt
        ngo-digest diff data/structured/notes.yaml data/raw/notes.txt
        ngo-digest diff a.txt b.txt --format json | jq '.[] | select(.kind=="moved")'
    """
    from .diff import compare
    from .documents import load_document
    from .render.json_ import json_text

    vocab = _vocabulary(vocabulary)
    chosen = layout.value if layout else None
    try:
        before = load_document(old, encoding=encoding, layout=chosen, vocabulary=vocab)
        after = load_document(new, encoding=encoding, layout=chosen, vocabulary=vocab)
    except NgoDigestError as exc:
        _fail(exc)
    changes = compare(before, after)
    if report_format is ReportFormat.json:
        payload = [change.to_dict() for change in changes]
        sys.stdout.write(json_text(payload))
    else:
        for change in changes:
            print(change)
    from .status import CLEAN, FINDINGS

    raise typer.Exit(code=FINDINGS if changes else CLEAN)


class ThemeFormat(StrEnum):
    """The formats `themes` writes."""

    table = "table"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    qdc = "qdc"


class ReportKind(StrEnum):
    """The formats `report` writes."""

    html = "html"
    markdown = "markdown"


@app.command()
def themes(
    files: Annotated[list[str], typer.Argument(help="Notes, structured files, or folders.")],
    theme_format: Annotated[
        ThemeFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Default: from the -o extension, else table on a terminal and json in a pipe.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write to this file (atomically); - is standard output."
        ),
    ] = None,
    min_count: Annotated[
        int, typer.Option("--min-count", min=1, help="Only themes with at least this many cards.")
    ] = 1,
    parts: Annotated[
        bool,
        typer.Option("--parts", help="Items listing concepts with commas also count per part."),
    ] = False,
    cooccurrence: Annotated[
        bool,
        typer.Option(
            "--cooccurrence", help="Print which themes share a stage/axis cell, as a matrix."
        ),
    ] = False,
    layout: LayoutOption = None,
    encoding: EncodingOption = None,
    vocabulary: VocabularyOption = None,
    workers: WorkersOption = None,
) -> None:
    """Group the cards into themes and count them per stage × axis and per workshop.

    Wordings of one idea meet in one theme (`Відкриті засідання` and `Засідання (відкриті)`):
    words are lemmatized with a Ukrainian dictionary, stop words dropped, order ignored.

    Examples:

    \b
        ngo-digest themes notes.txt
        ngo-digest themes data/raw/ --min-count 2 --format csv -o themes.csv
        ngo-digest themes data/raw/ --format qdc -o codebook.qdc
        ngo-digest themes data/raw/ --cooccurrence --min-count 3
    """
    from .themes import collect_files
    from .themes import cooccurrence as co_matrix
    from .themes.render import json_chunks, render_cooccurrence, render_themes

    output = _output_path(output)
    _refuse_overwriting_an_input(files, output)
    try:  # streams: a few digests in memory at a time, read by workers when there are many
        everything = collect_files(
            files,
            parts=parts,
            encoding=encoding,
            layout=layout.value if layout else None,
            vocabulary=_vocabulary(vocabulary),
            workers=workers,
        )
    except NgoDigestError as exc:
        _fail(exc)
    found = [t for t in everything if t.count >= min_count]
    fmt = _output_format(
        theme_format,
        output,
        {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".qdc": "qdc"},
    )
    terminal = output is None and sys.stdout.isatty()
    content: Content
    if cooccurrence:
        if fmt == "qdc":
            _usage("the co-occurrence matrix is written as table, json, yaml or csv")
        content = render_cooccurrence(found, co_matrix(found), fmt, terminal=terminal)
    elif fmt == "json":  # written as it is made: the biggest output, kept out of memory
        content = json_chunks(found)
    else:
        stages, axes = _stage_and_axis_order(everything, vocabulary)
        content = render_themes(found, fmt, stages=stages, axes=axes, terminal=terminal)
    _emit(content, output)


@app.command()
def report(
    files: Annotated[list[str], typer.Argument(help="Notes, structured files, or folders.")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write to this file (atomically); - is standard output."
        ),
    ] = None,
    report_format: Annotated[
        ReportKind | None,
        typer.Option("--format", "-f", help="html (default) or markdown; or from -o's extension."),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many themes to chart.")] = 15,
    parts: Annotated[
        bool, typer.Option("--parts", help="Count comma-separated parts of items too.")
    ] = False,
    layout: LayoutOption = None,
    encoding: EncodingOption = None,
    vocabulary: VocabularyOption = None,
) -> None:
    """Write one self-contained report: the stage × axis matrix of cards, a heat map of counts,
    the top themes as a bar chart, and the diagnostics.

    The HTML file has no external scripts, styles or fonts: it works offline and prints well.
    --format markdown gives text to paste into a grant report.

    Examples:

    \b
        ngo-digest report notes.txt -o report.html
        ngo-digest report data/raw/ -o report.html --top 20
        ngo-digest report notes.txt --format markdown > report.md
    """
    from .report import build_report

    output = _output_path(output)
    _refuse_overwriting_an_input(files, output)
    documents = list(_documents(files, layout=layout, encoding=encoding, vocabulary=vocabulary))
    if report_format is not None:
        kind = report_format.value
    else:
        kind = "markdown" if output and output.lower().endswith((".md", ".markdown")) else "html"
    built = build_report(documents, top=top, parts=parts)
    if kind == "html":
        from .report.html import render_html

        text = render_html(built)
    else:
        from .report.markdown import render_markdown

        text = render_markdown(built)
    _emit(text, output)


def _documents(
    files: list[str],
    *,
    layout: Layout | None,
    encoding: str | None,
    vocabulary: str | None,
) -> Iterator[tuple[str, Digest]]:
    """The named documents one at a time; the first that cannot be read ends the run."""
    from .documents import iter_documents

    documents = iter_documents(
        files,
        encoding=encoding,
        layout=layout.value if layout else None,
        vocabulary=_vocabulary(vocabulary),
    )
    return _or_fail(documents)


def _or_fail(results: Iterable[T]) -> Iterator[T]:
    """`results` one at a time; an error while making them (a file that cannot be read, a
    worker process that died) ends the run with its one line."""
    try:
        yield from results
    except NgoDigestError as exc:
        _fail(exc)


def _stage_and_axis_order(
    themes: list[Theme], vocabulary: str | None
) -> tuple[list[str], list[str]]:
    """The stages and axes the themes' cards stand in, in vocabulary order."""
    from .vocabulary import default_vocabulary

    vocab = _vocabulary(vocabulary) or default_vocabulary()
    stages = {item.stage for theme in themes for item in theme.items}
    axes = {item.axis for theme in themes for item in theme.items}
    return [k for k in vocab.stage_keys if k in stages], [k for k in vocab.axis_keys if k in axes]


def _output_format(chosen: StrEnum | None, output: str | None, by_suffix: dict[str, str]) -> str:
    """The chosen format, else the one `output`'s extension names, else a table on a terminal
    and JSON anywhere else."""
    if chosen is not None:
        return str(chosen.value)
    if output is not None:
        suffix = Path(output).suffix.lower()
        if suffix in by_suffix:
            return by_suffix[suffix]
    return "table" if output is None and sys.stdout.isatty() else "json"


def _emit(content: Content, output: str | None) -> None:
    """Content to `output` (atomically) or to stdout as UTF-8 bytes, pieces as they come
    (`_write_stdout`, where a reader that stops early ends the run with 1)."""
    if output is None:
        _write_stdout(content)
        return
    from .output import write_atomic

    try:
        write_atomic(output, content)
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

    vocab = _vocabulary(vocabulary)
    chosen = record_schema(vocab) if records else document_schema(vocab)
    sys.stdout.write(json.dumps(chosen, ensure_ascii=False, indent=2) + "\n")


def _vocabulary(path: str | None) -> Vocabulary | None:
    from .vocabulary import load_vocabulary

    try:
        return load_vocabulary(path) if path else None
    except NgoDigestError as exc:
        _fail(exc)


def _report(diagnostics: list[Diagnostic], name: str, *, quiet: bool, verbose: bool) -> None:
    from .diagnostics import Level

    if quiet:
        return
    for diagnostic in diagnostics:
        if diagnostic.level is not Level.INFO or verbose:
            print(diagnostic.format(name), file=sys.stderr)


def _usage(message: str) -> NoReturn:
    from .status import USAGE

    print(f"ngo-digest: usage error: {message}", file=sys.stderr)
    raise typer.Exit(code=USAGE)


def _fail(exc: NgoDigestError) -> NoReturn:
    print(f"ngo-digest: error: {exc}", file=sys.stderr)
    raise typer.Exit(code=exc.exit_code)


def main() -> None:
    """Console-script entry point. Output and messages are UTF-8 whatever the locale says,
    so a redirect on Windows gets the same bytes as a pipe on Linux."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    gc.set_threshold(*GC_THRESHOLDS)  # the command line only: a library leaves this to its host
    app()
