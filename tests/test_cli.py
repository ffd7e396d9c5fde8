"""The command line: formats, files, stdin, help, and one clear line for every bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from conftest import GOLDEN
from ngo_digest import __version__
from ngo_digest.cli import app

SAMPLE = GOLDEN / "ngo-networking-conference.txt"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"ngo-digest {__version__}"


def test_the_main_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "Usage:" in out
    for command in app.registered_commands:
        assert command.callback is not None and command.callback.__name__ in out


@pytest.mark.parametrize(
    "command", [c.callback.__name__ for c in app.registered_commands if c.callback]
)
def test_every_command_has_help_with_examples(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Usage:" in out and "Examples:" in out and f"ngo-digest {command} " in out


def test_a_table_written_to_a_file_does_not_depend_on_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ngo_digest import parse_file
    from ngo_digest.render import render

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    text = render(parse_file(SAMPLE), "table")
    assert "\x1b[" not in text and max(len(line) for line in text.splitlines()) <= 80


def test_json_is_the_document() -> None:
    code, out, _ = run("parse", str(SAMPLE), "--format", "json", "--quiet")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["title", "intro", "axes", "stages"]
    assert "\\u" not in out  # UTF-8, unescaped
    assert out.endswith("}\n")


def test_yaml_loads_to_exactly_the_json_document() -> None:
    _, as_json, _ = run("parse", str(SAMPLE), "-f", "json", "-q")
    _, as_yaml, _ = run("parse", str(SAMPLE), "-f", "yaml", "-q")
    assert yaml.safe_load(as_yaml) == json.loads(as_json)
    assert "\\u" not in as_yaml and as_yaml.endswith("\n")


def test_jsonl_has_one_record_per_item() -> None:
    code, out, _ = run("parse", str(SAMPLE), "-f", "jsonl", "-q")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 162
    assert set(rows[0]) == {"stage", "axis", "section", "text"}


def test_positions_are_opt_in() -> None:
    _, plain, _ = run("parse", str(SAMPLE), "-f", "jsonl", "-q")
    _, placed, _ = run("parse", str(SAMPLE), "-f", "jsonl", "-q", "--positions")
    assert "line" not in json.loads(plain.splitlines()[0])
    first = json.loads(placed.splitlines()[0])
    line = SAMPLE.read_text(encoding="utf-8").splitlines()[first["line"] - 1]
    assert line[first["column"] - 1 :].startswith(first["text"])


def test_output_file_takes_its_format_from_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "out" / "notes.yaml"
    code, out, _ = run("parse", str(SAMPLE), "-o", str(target), "-q")
    assert code == 0 and out == ""
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["stages"]["vision"]["title"]
    assert [p.name for p in target.parent.iterdir()] == ["notes.yaml"]  # no temp file left


def test_stdin_is_read_with_dash() -> None:
    code, out, _ = run("parse", "-", "-f", "json", "-q", stdin=SAMPLE.read_bytes())
    assert code == 0 and json.loads(out)["title"].startswith("ОЦИФРОВАНІ")


def test_table_fits_80_columns_and_has_no_colour_when_piped() -> None:
    code, out, _ = run("parse", str(SAMPLE), "-f", "table", "-q")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b[" not in out
    assert "ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ" in out and "ІНШИМИ ГО" in out


def test_warnings_go_to_stderr_unless_quiet() -> None:
    _, _, err = run("parse", str(SAMPLE), "-f", "json")
    assert "ND203" in err and f"{SAMPLE}:17:" in err
    _, _, quiet = run("parse", str(SAMPLE), "-f", "json", "--quiet")
    assert quiet == ""


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (None, 4, "no such file"),
        (b"\x00\x01\x02binary\x00" * 10, 5, "binary"),
        (b"", 6, "no workshop structure"),
        ("Просто текст без структури.\nЩе рядок.\n".encode(), 6, "no workshop structure"),
    ],
    ids=["missing", "binary", "empty", "no-structure"],
)
def test_bad_input_gets_one_line_and_an_exit_code(
    tmp_path: Path, content: bytes | None, code: int, message: str
) -> None:
    path = tmp_path / "notes.txt"
    if content is not None:
        path.write_bytes(content)
    exit_code, out, err = run("parse", str(path))
    assert exit_code == code
    assert out == ""
    assert err.count("\n") == 1 and str(path) in err and message in err
    assert "Traceback" not in err


def test_a_folder_needs_an_output_folder(tmp_path: Path) -> None:
    code, _, err = run("parse", str(tmp_path))
    assert code == 2 and "-o FOLDER" in err


@pytest.mark.parametrize(
    "command",
    [
        ("parse", "{notes}", "-o", "{notes}"),
        ("parse", "{notes}", "-o", "{notes}", "-f", "json"),
        ("themes", "{notes}", "-o", "{notes}"),
        ("report", "{notes}", "-o", "{notes}"),
        ("report", "{folder}", "-o", "{notes}"),
    ],
    ids=["parse", "parse-json", "themes", "report", "report-folder"],
)
def test_output_onto_an_input_is_refused_and_the_notes_are_kept(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(SAMPLE.read_bytes())
    args = [arg.format(notes=notes, folder=tmp_path) for arg in command]
    code, out, err = run(*args)
    assert out == ""
    assert code == 3, err
    assert err.count("\n") == 1 and "would overwrite an input" in err and str(notes) in err
    assert notes.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("command", ["parse", "themes", "report"])
def test_dash_as_output_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(
        command, str(SAMPLE), "-o", "-", "-f", "markdown" if command == "report" else "json"
    )
    assert code == 0, err
    assert out.startswith(("{", "[", "#")) and list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="Linux's /proc")
def test_a_name_for_standard_output_writes_to_it_when_it_is_redirected(tmp_path: Path) -> None:
    """`ngo-digest parse notes.txt -o /dev/stdout >> all.jsonl`: `/dev/stdout` leads to
    `all.jsonl`, which a rename would replace, losing what was there. A link in the test's
    folder stands in for `/dev/stdout`'s own."""
    import subprocess
    import sys

    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    log = tmp_path / "all.jsonl"
    log.write_text("EARLIER LINE\n", encoding="utf-8")
    with log.open("ab") as appended:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "ngo_digest",
                "parse",
                str(SAMPLE),
                "-qf",
                "jsonl",
                "-o",
                str(link),
            ],
            stdout=appended,
            check=False,
        )
    assert done.returncode == 0
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "EARLIER LINE" and len(lines) == 163 and link.is_symlink()


def test_a_batch_inside_its_input_folder_does_not_read_its_own_outputs(tmp_path: Path) -> None:
    """`parse notes/ -o notes/digests/`: the second run neither takes last run's outputs for
    notes (markdown is a notes format) nor counts them as files it did not read."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "conference.txt").write_bytes(SAMPLE.read_bytes())
    for fmt, verdict in (("markdown", "1 written"), ("markdown", "1 unchanged"), ("json", "")):
        code, _, err = run("parse", str(folder), "-o", str(folder / "digests"), "-f", fmt)
        assert code == 0, err
        assert err.endswith(f"1 file: {verdict or '1 written'}\n")


def test_only_a_file_that_is_an_input_is_protected(tmp_path: Path) -> None:
    """A hidden file in a folder read is no input (the scan skips it); a link to an input,
    another spelling of it, is one."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "conference.txt").write_bytes(SAMPLE.read_bytes())
    summary = folder / ".summary.md"
    summary.write_text("old", encoding="utf-8")
    code, _, err = run("report", str(folder), "-o", str(summary), "-f", "markdown")
    assert code == 0, err
    assert summary.read_text(encoding="utf-8").startswith("#")
    link = tmp_path / "link.txt"
    link.symlink_to(folder / "conference.txt")
    code, _, err = run("parse", str(folder / "conference.txt"), "-o", str(link), "-f", "json")
    assert code == 3 and "would overwrite an input" in err


def test_an_output_folder_is_told_by_its_slash_whatever_its_name(tmp_path: Path) -> None:
    out = tmp_path / "digests.md"
    code, _, err = run("parse", str(SAMPLE), "-o", f"{out}/")
    assert code == 0, err
    assert (out / "ngo-networking-conference.json").is_file()


def test_an_empty_output_name_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = run("parse", str(SAMPLE), "-o", "")
    assert code == 2 and "-o needs a file name" in err and out == ""


def test_stdin_among_several_inputs_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("parse", "-", str(SAMPLE), "-o", str(tmp_path / "out"))
    assert code == 2 and "- (stdin) can only be the one input" in err


def test_several_inputs_need_a_folder_not_a_file_name(tmp_path: Path) -> None:
    out = tmp_path / "both.yaml"
    code, _, err = run("parse", str(SAMPLE), str(SAMPLE), "-o", str(out))
    assert code == 2 and "not the file name" in err and not out.exists()


def test_writing_under_a_file_names_the_file(tmp_path: Path) -> None:
    """`-o notes.txt/out.json`: the error says which path is a file, not `File exists`."""
    blocking = tmp_path / "notes.txt"
    blocking.write_text("x", encoding="utf-8")
    code, _, err = run("parse", str(SAMPLE), "-o", str(blocking / "out.json"))
    assert code == 3 and f"{blocking} is a file, not a folder" in err
    assert "File exists" not in err


def test_a_batch_of_one_says_one_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.txt").write_bytes(SAMPLE.read_bytes())
    code, _, err = run("parse", str(folder), "-o", str(tmp_path / "out"))
    assert code == 0 and err.endswith("1 file: 1 written\n")


def test_a_batch_names_the_files_of_other_kinds_it_did_not_read(tmp_path: Path) -> None:
    """Nothing is passed over unseen: a folder's `.rtf` or extensionless files are counted
    (hidden ones, such as `.git`'s, are not)."""
    folder = tmp_path / "in"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (folder / "notes.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "notes.rtf").write_bytes(SAMPLE.read_bytes())
    (folder / "README").write_text("x", encoding="utf-8")
    code, _, err = run("parse", str(folder), "-o", str(tmp_path / "out"), "-q")
    assert code == 0 and err == ""
    code, _, err = run("parse", str(folder), "-o", str(tmp_path / "out2"))
    assert code == 0
    assert err.endswith("1 file: 1 written; 2 files of other kinds not read (.rtf, no extension)\n")


def test_yaml_keeps_characters_beyond_the_16_bit_plane(tmp_path: Path) -> None:
    """libyaml writes an emoji as `\\U0001F91D`; the card's own characters must stay."""
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "ІДЕАЛЬНЕ БАЧЕННЯ ВЗАЄМОДІЇ\nЗ владою\n- Діалог 🤝 з владою\n- Текст 𝔘\n", encoding="utf-8"
    )
    code, out, err = run("parse", str(notes), "-f", "yaml", "-q")
    assert code == 0, err
    assert "Діалог 🤝 з владою" in out and "Текст 𝔘" in out and "\\U" not in out
    assert yaml.safe_load(out)["stages"]["vision"]["sections"][0]["axes"]["authorities"] == [
        {"text": "Діалог 🤝 з владою"},
        {"text": "Текст 𝔘"},
    ]


def test_unknown_format_is_a_usage_error() -> None:
    code, _, _ = run("parse", str(SAMPLE), "--format", "xml")
    assert code == 2


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "ngo_digest", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("ngo-digest ")


def test_the_command_line_collects_cycles_less_often_and_the_library_leaves_it() -> None:
    """`cli.main` raises the collector's thresholds (see `GC_THRESHOLDS`); importing the library
    or the CLI module changes nothing for the program that hosts it."""
    import subprocess
    import sys

    from ngo_digest.cli import GC_THRESHOLDS

    probe = """
import gc, sys
default = gc.get_threshold()
import ngo_digest.cli
assert gc.get_threshold() == default, "importing changed it"
sys.argv = ["ngo-digest", "--version"]
try:
    ngo_digest.cli.main()
except SystemExit:
    pass
print(gc.get_threshold(), file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == str(GC_THRESHOLDS)


def test_parsing_one_file_imports_nothing_it_does_not_use() -> None:
    """Every module costs start-up time: a UTF-8 table of notes printed as JSON needs neither
    the batch's inputs nor the exit-code report, nor the HTML entities' table, nor the
    patterns of other encodings and layouts (see `ngo_digest.patterns`)."""
    import subprocess
    import sys

    probe = f"""
import sys
sys.argv = ["ngo-digest", "parse", {str(SAMPLE)!r}, "--format", "json", "--quiet"]
import ngo_digest.cli
from ngo_digest import decode
from ngo_digest.readers import grid
try:
    ngo_digest.cli.main()
except SystemExit:
    pass
unused = {{"html", "ngo_digest.inputs", "ngo_digest.status"}} & set(sys.modules)
compiled = [p for p in (decode._NOT_NOTES_SCRIPT, grid._BORDER) if p.cache_info().currsize]
print(sorted(unused), len(compiled), file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "[] 0"


@pytest.mark.parametrize(
    ("command", "module"),
    [
        ("parse", "ngo_digest.batch"),
        ("themes", "ngo_digest.themes"),
        ("validate", "ngo_digest.workers"),
    ],
)
def test_every_command_with_workers_passes_the_option_on(
    command: str, module: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Equal outputs cannot show it: one worker and several give the same by design."""
    import importlib

    where = importlib.import_module(module)
    real = where.ordered_map
    asked: list[int | None] = []

    def spy(function: Any, items: Any, workers: int | None = None) -> Any:
        asked.append(workers)
        return real(function, items, workers)

    monkeypatch.setattr(where, "ordered_map", spy)
    output = ["-o", str(tmp_path / "out.json")] if command == "parse" else []
    for workers in (["--workers", "3"], []):
        code, _, err = run(command, str(SAMPLE), *output, *workers)
        assert code == 0, err
    assert asked == [3, None]


@pytest.mark.parametrize("fmt", ["jsonl", "yaml", "markdown"])
def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path, fmt: str) -> None:
    """`ngo-digest parse big.txt | head -1`: no traceback, no error message, and exit code 1
    whatever the format, also when the whole output is one piece bigger than the pipe."""
    import subprocess
    import sys

    rows = SAMPLE.read_text(encoding="utf-8").split("\n")
    big = tmp_path / "big.txt"
    big.write_text("\n".join(rows[:12] + rows[12:20] * 100), encoding="utf-8")  # MBs of output
    for source in (str(big), "-"):
        process = subprocess.Popen(
            [sys.executable, "-m", "ngo_digest", "parse", source, "-f", fmt, "-q"],
            stdin=big.open("rb"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()
        assert process.wait(timeout=60) == 1
        assert process.stderr.read() == b""


def test_a_reader_that_stops_early_ends_themes_quietly(tmp_path: Path) -> None:
    """`ngo-digest themes big.txt | head -1`: its json is written as it is made, like parse's."""
    import subprocess
    import sys

    rows = SAMPLE.read_text(encoding="utf-8").split("\n")
    big = tmp_path / "big.txt"
    big.write_text("\n".join(rows[:12] + rows[12:20] * 100), encoding="utf-8")  # MBs of themes
    process = subprocess.Popen(
        [sys.executable, "-m", "ngo_digest", "themes", str(big), "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"[\n"
    process.stdout.close()
    assert process.wait(timeout=60) == 1
    assert process.stderr.read() == b""


def test_a_file_name_with_a_line_end_in_it_stays_on_one_line(tmp_path: Path) -> None:
    """Every message is one line, whatever the file's name holds: the warnings too."""
    odd = tmp_path / "notes\nof\tmay.txt"
    shown = str(tmp_path / "notes\\nof\\tmay.txt")
    code, _, err = run("parse", str(odd))
    assert code == 4 and err == f"ngo-digest: error: {shown}: no such file\n"
    odd.write_bytes(SAMPLE.read_bytes())
    code, _, err = run("parse", str(odd), "-f", "json")
    assert code == 0 and err
    assert all(line.startswith(f"{shown}:") for line in err.splitlines())
