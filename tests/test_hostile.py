"""Hostile input: every case ends in a result or one clear error, never a traceback or a
partial output file. Sizes are modest so the suite stays fast; the benchmark measures speed."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import GOLDEN
from ngo_digest import NgoDigestError, parse_bytes, parse_text
from ngo_digest.cli import app
from ngo_digest.errors import NotTextError
from ngo_digest.stream import stream_file

HEAD = "ЗВІТ\n\nОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ\n\nВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО\n"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (bytes(range(256)) * 64, 5),
        (b"", 6),
        ("ВЛАДОЮ\tГРОМАДОЮ\n".encode()[:-2], 6),
        (b"PK\x03\x04not really a zip", 5),
    ],
    ids=["binary", "empty", "truncated", "fake-docx"],
)
def test_bad_files_fail_cleanly_and_leave_no_output(
    tmp_path: Path, content: bytes, code: int
) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(content)
    target = tmp_path / "out" / "notes.json"
    exit_code, err = run("parse", str(source), "-o", str(target))
    assert exit_code == code
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists()
    assert not list(tmp_path.glob("out/.*"))  # no temporary file either


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_structured_file_nested_too_deeply_is_one_clear_error(
    tmp_path: Path, suffix: str
) -> None:
    deep = tmp_path / f"deep{suffix}"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    exit_code, err = run("themes", str(deep), "-f", "json")
    assert exit_code == 3
    assert err.startswith(f"ngo-digest: error: {deep}: not valid {suffix[1:]}: ")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_one_megabyte_line_parses() -> None:
    cell = "Спільні проекти Обмін досвідом ГО має досвід (зокрема, «Назва») " * 16_000
    digest = parse_text(HEAD + "<p>" + cell + "</p>\t\t\n")
    assert len(cell) > 1_000_000
    assert len(digest.items()) == 48_000


def test_a_one_megabyte_line_without_spaces_parses() -> None:
    digest = parse_text(HEAD + "Ж" * 1_000_000 + "\t\t\n")
    assert [item.text for _, _, _, item in digest.items()] == ["Ж" * 1_000_000]


def test_a_large_file_parses(tmp_path: Path) -> None:
    rows = (GOLDEN / "ngo-networking-conference.txt").read_text(encoding="utf-8").split("\n")[12:20]
    big = tmp_path / "big.txt"
    big.write_text(HEAD + "\n".join(rows * 600), encoding="utf-8")  # about 2 MB
    assert big.stat().st_size > 2_000_000
    code, err = run("parse", str(big), "-o", str(tmp_path / "big.json"), "-q")
    assert code == 0, err


def test_a_fifty_megabyte_file_gives_a_result(tmp_path: Path) -> None:
    """The size the benchmark times (benchmarks/run.py), streamed as the CLI does; here only
    that it completes."""
    rows = (GOLDEN / "ngo-networking-conference.txt").read_text(encoding="utf-8").split("\n")[12:20]
    block = "\n".join(rows) + "\n"
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        handle.write(HEAD)
        while handle.tell() < 50_000_000:
            handle.write(block * 50)
    lines = sum(chunk.count(b"\n") for chunk in stream_file(big, "jsonl").chunks())
    assert lines > 500_000


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 20_000 + "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ" + "</div>" * 10,
        "<table><tr><td>ВЛАДОЮ<td>ГРОМАДОЮ<tr><td><ul><li>Довіра<li>Прозорість",
        "<h1>ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ</h1><table>" + "<tr><td><b>" * 5_000,
        "<html><body><h2>ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ</h2><!-- unterminated " + "<a x=" * 20_000,
    ],
    ids=["deep-divs", "unclosed-table", "unclosed-rows", "unterminated-tail"],
)
def test_nested_or_unclosed_html_gives_a_result_or_a_clean_error(markup: str) -> None:
    try:
        digest = parse_text("<html><body>" + markup)
    except NgoDigestError as exc:
        assert str(exc)
    else:
        assert "reality" in digest.stages


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
fragments = st.sampled_from(
    [
        "\t",
        "\n",
        " - ",
        "<ul>",
        "<li>",
        "</p>",
        "<br>",
        "ГО",
        "має",
        "Довіра",
        "(",
        ")",
        "«",
        "»",
        ";",
        ". ",
        "1. ",
        "| ",
        "## ",
        "ВЛАДОЮ",
        "ГРОМАДОЮ",
        "ІНШИМИ ГО",
        "З владою:",
        "--\t--",
        "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ",
        "КРОКИ",
        "Що?",
        "&amp;",
        "&#0;",
        "**",
        "\r",
        "\ufeff",
    ]
)


@given(st.lists(fragments | st.text(max_size=8), max_size=60).map("".join))
@FUZZ
def test_fuzzed_text_never_crashes(text: str) -> None:
    try:
        digest = parse_text(text)
    except NgoDigestError:
        return
    for _, _, _, item in digest.items():
        assert item.text.strip()


@given(st.binary(max_size=400))
@FUZZ
def test_fuzzed_bytes_never_crash(data: bytes) -> None:
    with contextlib.suppress(NgoDigestError):
        parse_bytes(data)


@pytest.mark.parametrize(
    "cell",
    [
        "-" * 200_000 + "x",
        "*x " * 70_000,
        "_x " * 70_000,
        "<!--" * 50_000,
        "<a " * 70_000,
        "aЖ" * 100_000,
        "(" * 200_000,
        "1. " * 70_000,
        "Open data portals Regular public hearings " * 6_000,
        "a" + "." * 200_000 + " b",
    ],
    ids=[
        "dashes",
        "stars",
        "underscores",
        "comments",
        "open-tags",
        "mixed-script",
        "parens",
        "numbers",
        "english-run-on",
        "dot-run",
    ],
)
def test_pathological_cells_stay_linear(cell: str) -> None:
    """Each of these once hit a backtracking regex; quadratic time would stall the suite."""
    for text in (HEAD + cell + "\t\t\n", HEAD + cell + "\n"):
        with contextlib.suppress(NgoDigestError):
            parse_text(text)


@pytest.mark.parametrize(
    "line",
    [
        "## Етап 2." + " " * 50_000,
        "## Етап 2." + "\t" * 50_000,
        "## Етап 2." + " #" * 25_000,
        "**Етап 2**" + " " * 200_000,  # quadratic before: 8 s at 50,000
    ],
    ids=["spaces", "tabs", "hashes", "bold"],
)
def test_a_heading_with_a_long_gap_stays_linear(line: str) -> None:
    """A heading and a long blank gap before a stray last character: patterns with optional
    runs side by side once took minutes on a 4 KB line (cubic) or seconds (quadratic)."""
    text = "## ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\n\n- пункт\n\n" + line + "x\n"
    with contextlib.suppress(NgoDigestError):
        parse_text(text, layout="markdown")


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\n",  # a list written once, used twice
        "a: &x [1]\nb: &y [*x, *x]\nc: [*y, *y]\n",  # the start of a billion laughs
        "a: &x [*x]\n",  # a list inside itself
    ],
    ids=["twice", "laughs", "self"],
)
def test_yaml_that_repeats_a_part_by_alias_is_refused(text: str) -> None:
    """Aliases let a few KB stand for millions of cards (or for an endless list): structured
    YAML, vocabularies included, must write each part out."""
    from ngo_digest import yaml_io

    with pytest.raises(yaml_io.YamlSyntaxError, match="alias"):
        yaml_io.load(text)


def test_a_string_used_twice_by_alias_is_fine() -> None:
    from ngo_digest import yaml_io

    assert yaml_io.load("a: &x text\nb: *x\n") == {"a": "text", "b": "text"}


def test_a_structured_yaml_alias_bomb_is_one_line(tmp_path: Path) -> None:
    """One section of cards, used a thousand times by alias: refused, not multiplied."""
    uses = "".join(["      - *section\n"] * 1000)
    document = (
        "stages:\n  vision:\n    title: V\n    sections:\n"
        "      - &section {title: null, axes: {authorities: [{text: a}, {text: b}]}}\n" + uses
    )
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(document, encoding="utf-8")
    result = runner.invoke(app, ["themes", str(bomb), "-f", "json"])
    assert result.exit_code == 3, result.output
    [line] = result.stderr.splitlines()
    prefix = f"ngo-digest: error: {bomb}: "
    assert line.startswith(prefix) and "alias" in line[len(prefix) :]


def test_many_delimiter_rows_stay_linear() -> None:
    """Every `-|-` line is a delimiter row under a line with a pipe: a table found afresh at
    each of them, each scanned to the end, was quadratic."""
    text = "## ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\n\nВЛАДОЮ | ГРОМАДОЮ\n" + "-|-\n" * 50_000
    with contextlib.suppress(NgoDigestError):
        parse_text(text)


def test_text_with_a_lone_surrogate_is_refused_in_one_line() -> None:
    """A string from another program may hold half a character; the masking of markup uses
    one, so it would have been taken out silently."""
    with pytest.raises(NotTextError, match="lone surrogate"):
        parse_text("ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ\n\nЗ владою:\n- a\udfffb")
