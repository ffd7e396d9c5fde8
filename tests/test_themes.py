"""Themes: lemmatized keys, counts per stage × axis, co-occurrence, CSV and REFI-QDA export."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from conftest import GOLDEN, golden_spread
from ngo_digest import NgoDigestError, parse_file, parse_text
from ngo_digest.cli import app
from ngo_digest.documents import iter_documents
from ngo_digest.themes import collect, collect_files, cooccurrence
from ngo_digest.themes.keys import normalize, theme_key
from ngo_digest.themes.render import json_chunks, render_themes
from ngo_digest.workers import PARALLEL_THRESHOLD

SAMPLE = GOLDEN / "ngo-networking-conference.txt"
YOUTH = GOLDEN / "youth_councils.txt"
runner = CliRunner()
_HEAD = "ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\nВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО\n"


def by_label(themes: list, label: str):  # type: ignore[no-untyped-def]
    return next(t for t in themes if t.label == label)


# -- keys ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Спільні проекти", "Проекти (спільні)"),
        ("Компромiс", "Компроміс"),  # a Latin i folded
        ("Зв’язок з громадою", "зв'язок громади"),
        ("Joint campaigns", "joint campaign"),
    ],
)
def test_wordings_of_one_idea_share_a_key(a: str, b: str) -> None:
    assert theme_key(a) == theme_key(b)


def test_a_qualified_idea_is_its_own_theme() -> None:
    assert theme_key("Конкуренція за гроші") != theme_key("Конкуренція")
    assert theme_key("Не збігаються інтереси") != theme_key("Збігаються інтереси")


@pytest.mark.parametrize(
    ("a", "b", "key"),
    [
        ("Открытые заседания совета", "Открытое заседание совета", "заседание открытый совет"),
        ("Встречи с жителями", "Встреча и житель", "встреча житель"),
    ],
)
def test_russian_wordings_of_one_idea_share_a_key(a: str, b: str, key: str) -> None:
    assert theme_key(a, "ru") == theme_key(b, "ru") == tuple(key.split())


def test_a_russian_document_is_keyed_with_the_russian_dictionary() -> None:
    text = (
        "ФОРМИРОВАНИЕ ИДЕАЛЬНОГО ВИДЕНИЯ ВЗАИМОДЕЙСТВИЯ\nВЛАСТЬЮ\tОБЩЕСТВОМ\tДРУГИМИ ОО\n"
        "Открытые заседания совета\tОткрытое заседание совета\tОбщие проекты\n"
    )
    themes = collect([("ru", parse_text(text))])
    assert by_label(themes, "Открытые заседания совета").key == ("заседание", "открытый", "совет")
    assert by_label(themes, "Открытые заседания совета").count == 2
    # the language was only borrowed: a Ukrainian key afterwards is as before
    assert theme_key("Спільні проекти") == ("проект", "спільний")


def test_normalize_is_nfc_and_lower_case() -> None:
    assert normalize("Ї") == normalize("І\u0308") == "ї"


# -- the sample ----------------------------------------------------------------------------


def test_the_sample_themes() -> None:
    themes = collect([("conference", parse_file(SAMPLE))])
    competition = by_label(themes, "Конкуренція")
    assert competition.count == 5
    assert competition.cells() == {"reality": {"authorities": 2, "ngos": 3}}
    projects = by_label(themes, "Спільні проекти")
    assert projects.count == 3
    assert sorted(i.text for i in projects.items) == [
        "Проекти (спільні)",
        "Спільні проекти",
        "Спільні проекти",
    ]
    money = by_label(themes, "Конкуренція за гроші")
    assert money.count == 2 and money.key != competition.key
    assert themes[0] is competition  # sorted by count


def test_parts_count_toward_each_concept() -> None:
    plain = collect([("c", parse_file(SAMPLE))])
    split = collect([("c", parse_file(SAMPLE))], parts=True)
    assert by_label(plain, "Довіра, репутація").count == 1
    trust = next(t for t in split if t.key == theme_key("Довіра"))
    assert trust.count > next((t.count for t in plain if t.key == theme_key("Довіра")), 0)
    assert "Чесність, Довіра, Відкритість" in [i.text for i in trust.items]


def test_themes_across_workshops_say_where_they_recur() -> None:
    themes = collect([("a.txt", parse_file(SAMPLE)), ("b.txt", parse_file(YOUTH))])
    competition = next(t for t in themes if t.key == ("конкуренція",))
    assert competition.files() == {"a.txt": 5, "b.txt": 2}


# Golden inputs spread over the set: enough files for workers, in every layout and encoding.
MANY = [str(source) for source in golden_spread()]


@pytest.mark.parametrize("parts", [False, True])
def test_many_files_give_the_same_themes_from_workers_as_from_one_process(parts: bool) -> None:
    assert len(MANY) >= PARALLEL_THRESHOLD
    one = [t.to_dict() for t in collect_files(MANY, parts=parts, workers=1)]
    assert [t.to_dict() for t in collect_files(MANY, parts=parts, workers=2)] == one
    assert [t.to_dict() for t in collect(iter_documents(MANY), parts=parts)] == one


def test_the_first_unreadable_file_in_input_order_ends_the_run(tmp_path: Path) -> None:
    first, later = tmp_path / "first.txt", tmp_path / "later.txt"
    first.write_bytes(b"\x00\x01 not text")
    later.write_text("a line with no workshop structure\n", encoding="utf-8")
    names = [*MANY[:3], str(first), *MANY[3:], str(later)]
    with pytest.raises(NgoDigestError) as raised:
        collect_files(names, workers=2)
    assert raised.value.path == str(first)
    assert multiprocessing.active_children() == []  # the workers were stopped, not left behind


def test_an_unreadable_file_among_many_is_one_line_and_an_exit_code(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(PARALLEL_THRESHOLD):
        (folder / f"{number:02d}.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "07b.txt").write_text("no structure here\n", encoding="utf-8")
    result = runner.invoke(app, ["themes", str(folder), "-f", "json"])
    assert result.exit_code == 6 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"ngo-digest: error: {folder / '07b.txt'}: no workshop structure")


def test_cooccurrence_counts_shared_cells() -> None:
    themes = collect([("c", parse_file(SAMPLE))])[:3]
    matrix = cooccurrence(themes)
    assert matrix[0][0] == 2  # Конкуренція: reality/authorities and reality/ngos
    assert matrix == [list(row) for row in zip(*matrix, strict=True)]  # symmetric


# -- the command ---------------------------------------------------------------------------


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_json_is_a_list_of_themes() -> None:
    data = json.loads(run("themes", str(SAMPLE), "-f", "json"))
    assert isinstance(data, list)
    assert {"label", "count", "items"} <= set(data[0])
    assert data[0]["label"] == "Конкуренція" and data[0]["count"] == 5
    assert data[0]["items"][0] == {
        "stage": "reality",
        "axis": "authorities",
        "section": None,
        "text": "Конкуренція",
        "file": str(SAMPLE),
    }


@pytest.mark.parametrize("parts", [False, True])
def test_json_written_theme_by_theme_is_the_json_of_all_themes(parts: bool) -> None:
    """`json_chunks` (the CLI's json, written a theme at a time) must give exactly the bytes
    of the whole list as `json.dumps(..., ensure_ascii=False, indent=2)` writes it."""
    themes = collect_files(MANY, parts=parts, workers=1)
    expected = json.dumps([t.to_dict() for t in themes], ensure_ascii=False, indent=2) + "\n"
    assert b"".join(json_chunks(themes)).decode("utf-8") == expected
    assert render_themes(themes, "json", stages=[], axes=[]) == expected


def test_json_chunks_keep_escaped_line_breaks_and_an_empty_list() -> None:
    text = 'Спільні "лапки" і \\ слеш'  # escaped in JSON, as is the line break in the name
    themes = collect([("a\nb.txt", parse_text(f"{_HEAD}{text}\t\t\n"))])
    assert themes and themes[0].items[0].text == text
    expected = json.dumps([t.to_dict() for t in themes], ensure_ascii=False, indent=2) + "\n"
    assert b"".join(json_chunks(themes)).decode("utf-8") == expected
    assert b"".join(json_chunks([])) == b"[]\n" == (json.dumps([]) + "\n").encode()


def test_the_command_writes_json_a_theme_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI takes the streamed path, not the whole text at once."""
    import ngo_digest.themes.render as theme_render

    def whole_text(*args: object, **kwargs: object) -> str:
        raise AssertionError("render_themes was asked for the whole json text")

    monkeypatch.setattr(theme_render, "render_themes", whole_text)
    data = json.loads(run("themes", str(SAMPLE), "-f", "json"))
    assert data[0]["label"] == "Конкуренція"


def test_json_to_a_file_is_what_goes_to_stdout(tmp_path: Path) -> None:
    target = tmp_path / "themes.json"
    run("themes", str(SAMPLE), "-o", str(target))
    assert target.read_text(encoding="utf-8") == run("themes", str(SAMPLE), "-f", "json")
    nothing = tmp_path / "none.json"
    run("themes", str(SAMPLE), "--min-count", "1000", "-o", str(nothing))
    assert nothing.read_bytes() == b"[]\n"


def test_min_count() -> None:
    data = json.loads(run("themes", str(SAMPLE), "-f", "json", "--min-count", "3"))
    assert [(t["label"], t["count"]) for t in data] == [("Конкуренція", 5), ("Спільні проекти", 3)]


def test_csv_opens_in_a_spreadsheet(tmp_path: Path) -> None:
    target = tmp_path / "themes.csv"
    run("themes", str(SAMPLE), "-o", str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets need the BOM to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    first = rows[0]
    assert (first["label"], first["count"], first["reality/ngos"]) == ("Конкуренція", "5", "3")


def test_qdc_is_a_refi_qda_codebook(tmp_path: Path) -> None:
    target = tmp_path / "codebook.qdc"
    run("themes", str(SAMPLE), str(YOUTH), "-o", str(target))
    ns = {"q": "urn:QDA-XML:codebook:1.0"}
    root = ET.parse(target).getroot()
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    assert [child.tag.split("}")[1] for child in root] == ["Codes", "Sets"]
    guid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
    codes = root.findall("q:Codes/q:Code", ns)
    assert codes and all(guid.match(c.get("guid", "")) and c.get("name") for c in codes)
    assert {c.get("isCodable") for c in codes} == {"true"}
    for code in codes:
        assert [child.tag.split("}")[1] for child in code] in (["Description"], [])
    known = {c.get("guid") for c in codes}
    for member in root.findall("q:Sets/q:Set/q:MemberCode", ns):
        assert member.get("guid") in known
    assert len(known) == len(codes)
    assert run("themes", str(SAMPLE), str(YOUTH), "-f", "qdc") == target.read_text(encoding="utf-8")


def test_table_has_a_bar_per_theme() -> None:
    out = run("themes", str(SAMPLE), "-f", "table", "--min-count", "2")
    assert "Конкуренція" in out and "█" in out


def test_cooccurrence_matrix_as_json() -> None:
    data = json.loads(
        run("themes", str(SAMPLE), "--cooccurrence", "--min-count", "2", "-f", "json")
    )
    assert data["labels"][0] == "Конкуренція" and len(data["matrix"]) == len(data["labels"])
