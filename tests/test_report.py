"""The workshop report: one self-contained HTML page and a Markdown summary of the same numbers."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import GOLDEN
from ngo_digest import Digest, Item, Section, Stage, parse_file
from ngo_digest.report import Report, build_report
from ngo_digest.report.html import render_html
from ngo_digest.report.markdown import render_markdown

CONFERENCE = "ngo-networking-conference.txt"
YOUTH = "youth_councils.txt"
HOSTILE = '<script>alert("x")</script> | see https://example.org & "quotes"'
# Elements that never close in HTML5, and SVG shapes written self-closed.
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "rect", "line", "path"}


class _Page(HTMLParser):
    """Collects what a reader sees: list items, SVG groups (title + texts), all text, and
    whether every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.items: list[str] = []
        self.groups: list[tuple[str, list[str]]] = []
        self.text: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.svgs += tag == "svg"
        if tag == "g":
            self.groups.append(("", []))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.errors.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        where = self.stack[-1] if self.stack else ""
        if where == "li":
            self.items.append(data)
        elif "g" in self.stack and where == "title":
            self.groups[-1] = (data, self.groups[-1][1])
        elif "g" in self.stack and where == "text":
            self.groups[-1][1].append(data)


def _read(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


def _hostile_digest() -> Digest:
    cell = {"authorities": [Item(text=HOSTILE)], "ngos": [Item(text="HTTP і ще раз http")]}
    return Digest(
        title="Title <b>bold</b> & co",
        axes={"authorities": "ВЛАДОЮ", "ngos": "ІНШИМИ | ГО"},
        stages={"vision": Stage(title="Бачення", sections=[Section(title="S <i>", axes=cell)])},
    )


@pytest.fixture(scope="module")
def conference() -> Digest:
    return parse_file(GOLDEN / CONFERENCE)


@pytest.fixture(scope="module")
def report(conference: Digest) -> Report:
    return build_report([(CONFERENCE, conference)])


@pytest.fixture(scope="module")
def both(conference: Digest) -> Report:
    return build_report([(CONFERENCE, conference), (YOUTH, parse_file(GOLDEN / YOUTH))])


def test_report_counts_what_the_digest_holds(report: Report, conference: Digest) -> None:
    assert report.item_count == len(conference.items())
    assert report.counts["reality"]["ngos"] == 22
    assert report.stages["reality"] == conference.stages["reality"].title
    assert report.axes == conference.axes
    assert report.top_themes[0].label == "Конкуренція"
    assert report.title == conference.title


def test_html_is_one_self_contained_file(report: Report) -> None:
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<html lang="uk">' in page
    assert '<meta charset="utf-8">' in page
    assert "http" not in page.lower()
    for external in ("<script", "<link", "src=", "url(", "@import", "xmlns"):
        assert external not in page
    assert page.count("<svg") >= 2
    assert page.endswith("</html>\n")


def test_html_shows_every_item_in_its_cell(report: Report, conference: Digest) -> None:
    parsed = _read(render_html(report))
    missing = [item.text for *_, item in conference.items() if item.text not in parsed.items]
    assert missing == []
    assert len(parsed.items) == len(conference.items())
    text = "".join(parsed.text)
    assert "ОБРАНІ КРИТЕРІЇ" in text  # section headings are shown
    assert all(label in text for label in conference.axes.values())


def test_heat_map_writes_each_count(report: Report) -> None:
    groups = dict(_read(render_html(report)).groups)
    title = f"{report.stages['reality']} — {report.axes['ngos']}: 22 items"
    assert groups[title] == ["22"]


def test_theme_chart_has_top_theme_with_its_count(report: Report) -> None:
    groups = _read(render_html(report)).groups
    bars = [texts for title, texts in groups if texts and texts[0].startswith("1. ")]
    assert bars == [["1. Конкуренція", "5"]]
    assert sum(1 for _, texts in groups if len(texts) == 2) == report.top == 15


def test_html_lists_diagnostics_as_linters_do(report: Report, conference: Digest) -> None:
    text = "".join(_read(render_html(report)).text)
    assert conference.diagnostics
    assert all(d.format(CONFERENCE) in text for d in conference.diagnostics)


def test_markdown_has_count_table_and_theme_rows(report: Report) -> None:
    md = render_markdown(report)
    assert md.startswith(f"# {report.title}\n")
    assert "| Stage | ВЛАДОЮ | ГРОМАДОЮ | ІНШИМИ ГО | Total |" in md
    assert "| ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ | 30 | 27 | 22 | 79 |" in md
    assert "| 1 | Конкуренція | 5 | reality/authorities 2, reality/ngos 3 |" in md
    assert "162 items" in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_two_documents_are_summed_and_named(both: Report) -> None:
    assert both.title == "Workshop digest"
    assert both.item_count == sum(len(d.items()) for _, d in both.documents)
    page = render_html(both)
    parsed = _read(page)
    assert parsed.svgs >= 2
    assert "http" not in page
    text = "".join(parsed.text)
    for name, digest in both.documents:
        assert name in text
        assert digest.title and digest.title in text
    md = render_markdown(both)
    assert md.startswith("# Workshop digest\n")
    assert f"`{CONFERENCE}`" in md and f"`{YOUTH}`" in md
    assert "| # | Theme | Count | Where | Files |" in md


def test_output_is_deterministic(conference: Digest) -> None:
    docs = [(CONFERENCE, conference), (YOUTH, parse_file(GOLDEN / YOUTH))]
    first, second = build_report(docs), build_report(docs)
    assert render_html(first) == render_html(second)
    assert render_markdown(first) == render_markdown(second)


@pytest.mark.parametrize(
    "documents",
    [
        [],
        [("empty.txt", Digest())],
        [("stages.txt", Digest(stages={"vision": Stage(title="Бачення")}))],
    ],
    ids=["no-documents", "empty-digest", "stages-without-items"],
)
def test_no_items_gives_a_valid_page(documents: list[tuple[str, Digest]]) -> None:
    report = build_report(documents)
    parsed = _read(render_html(report))
    text = "".join(parsed.text)
    assert parsed.svgs == 0
    assert "none" in text  # diagnostics
    assert "0 items" in text
    md = render_markdown(report)
    assert "0 items" in md and md.endswith("none\n")


def test_user_text_is_escaped_and_kept() -> None:
    report = build_report([("a|b <x>.txt", _hostile_digest())])
    page = render_html(report)
    assert "<script" not in page and "<b>" not in page and "<i>" not in page
    assert "http" not in page.lower()
    parsed = _read(page)
    assert HOSTILE in parsed.items
    assert "HTTP і ще раз http" in parsed.items
    assert "Title <b>bold</b> & co" in parsed.text
    md = render_markdown(report)
    assert "ІНШИМИ \\| ГО" in md
    assert "see https://example.org" in md and "\\| see" in md


def test_top_limits_the_theme_chart(conference: Digest) -> None:
    parsed = _read(render_html(build_report([(CONFERENCE, conference)], top=3)))
    assert sum(1 for _, texts in parsed.groups if len(texts) == 2) == 3
    no_chart = build_report([(CONFERENCE, conference)], top=0)
    assert render_html(no_chart).count("<svg") == 1
    assert "No themes." in render_markdown(no_chart)
    with pytest.raises(ValueError, match="top"):
        build_report([], top=-1)


def test_report_command_writes_one_self_contained_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ngo_digest.cli import app

    SAMPLE = GOLDEN / CONFERENCE
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(SAMPLE), "-o", str(page)])
    assert result.exit_code == 0, result.stderr
    html_text = page.read_text(encoding="utf-8")
    assert "http" not in html_text and html_text.count("<svg") >= 2
    notes = tmp_path / "report.md"
    assert CliRunner().invoke(app, ["report", str(SAMPLE), "-o", str(notes)]).exit_code == 0
    assert notes.read_text(encoding="utf-8").startswith("# ")
