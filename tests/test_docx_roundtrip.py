"""A Word file made here from a known digest reads back to that digest exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import golden_pairs
from ngo_digest import Digest, parse_bytes, parse_file

docx = pytest.importorskip("docx")

REAL_NOTES = frozenset(
    {"ngo-networking-conference", "youth_councils", "veterans_reintegration", "green_hromada_en"}
)


def write_docx(digest: Digest, path: Path) -> None:
    """The digest as a facilitator would type it in Word: headings, a table per stage with the
    axis labels as header (another for each untitled section after the first), a bold row
    per section heading, and one paragraph per card and per detail of a step after it."""
    document = docx.Document()
    if digest.title:
        document.add_heading(digest.title, level=0)
    for line in (digest.intro or "").split("\n"):
        if line:
            document.add_paragraph(line)
    keys = list(digest.axes)
    for number, stage in enumerate(digest.stages.values(), 1):
        document.add_heading(f"{number}. {stage.title}", level=1)
        if stage.question:
            document.add_paragraph(stage.question)
        table = None
        for index, section in enumerate(stage.sections):
            if table is None or (index and section.title is None):
                # A table per stage; an untitled section after another opens its own table,
                # as it does in the notes (a header row repeated after a page break).
                table = document.add_table(rows=1, cols=len(keys))
                for cell, key in zip(table.rows[0].cells, keys, strict=True):
                    cell.text = digest.axes[key]
            if section.title:  # in bold, as facilitators mark a section row
                table.add_row().cells[0].paragraphs[0].add_run(section.title).bold = True
            row = table.add_row()
            for cell, key in zip(row.cells, keys, strict=True):
                # (A card's own final period or semicolon behind one more `;`, as a
                # facilitator ends list lines: reading takes one off.)
                items = section.axes.get(key, [])
                lines = [text for i in items for text in (i.text, *(i.details or ()))]
                texts = [f"{text};" if text.endswith((".", ";")) else text for text in lines]
                if texts:
                    cell.text = texts[0]
                for text in texts[1:]:
                    cell.add_paragraph(text)
        document.add_paragraph("")
    document.save(str(path))


# Every third golden text input, every HTML and Word one, and the real notes: the Word
# writer and reader do the same for every document, and the golden set grows each session
# (all of it took ~50 s of the suite). The sample holds every kind of input (tested below).
ROUND_TRIPS = [
    source
    for number, (source, _) in enumerate(golden_pairs())
    if number % 3 == 0 or source.stem in REAL_NOTES or source.suffix in (".html", ".docx")
]


def test_the_round_trips_cover_every_kind_of_input() -> None:
    kinds = {source.suffix for source, _ in golden_pairs()}
    assert {source.suffix for source in ROUND_TRIPS} == kinds
    assert len(ROUND_TRIPS) * 4 > len(golden_pairs())


@pytest.mark.parametrize("source", ROUND_TRIPS, ids=lambda p: p.name)
def test_docx_reads_back_to_the_digest(source: Path, tmp_path: Path) -> None:
    digest = parse_file(source)
    target = tmp_path / "notes.docx"
    write_docx(digest, target)
    again = parse_file(target)
    assert again.to_data() == digest.to_data()


def one_row_table(path: Path, cells: list[str]) -> Path:
    """A Word file with one reality table: the axis labels, then one row of `cells`."""
    document = docx.Document()
    document.add_heading("Звіт", level=0)
    document.add_heading("Оцінка поточної реальності", level=1)
    table = document.add_table(rows=2, cols=3)
    for cell, label in zip(table.rows[0].cells, ["ВЛАДОЮ", "ГРОМАДОЮ", "ІНШИМИ ГО"], strict=True):
        cell.text = label
    for cell, text in zip(table.rows[1].cells, cells, strict=False):
        cell.text = text
    document.save(str(path))
    return path


def test_a_cell_paragraph_is_one_item_even_with_capitals(tmp_path: Path) -> None:
    path = one_row_table(tmp_path / "one.docx", ["Бюджет участі Києва Прозорість"])
    digest = parse_bytes(path.read_bytes())
    assert [item.text for _, _, _, item in digest.items()] == ["Бюджет участі Києва Прозорість"]


def test_bullets_inside_one_cell_paragraph_still_separate_items(tmp_path: Path) -> None:
    path = one_row_table(
        tmp_path / "bullets.docx", [" - Перше (дія) - Друге; третє", "1. Один 2. Два"]
    )
    texts = [item.text for _, _, _, item in parse_file(path).items()]
    assert texts == ["Перше (дія)", "Друге; третє", "Один", "Два"]


def write_tight_headed_docx(digest: Digest, path: Path, *, bold: bool) -> None:
    """Headed lists as people type them in Word: no empty paragraphs, stage names in plain
    Normal paragraphs, axis sub-headings (bold or not), cards as List Bullet paragraphs."""
    document = docx.Document()
    document.add_paragraph(digest.title or "")
    for number, stage in enumerate(digest.stages.values(), 1):
        document.add_paragraph(f"{number}. {stage.title}")
        if stage.question:
            document.add_paragraph(stage.question)
        for section in stage.sections:
            if section.title:
                document.add_paragraph().add_run(section.title).bold = True
            for key, items in section.axes.items():
                document.add_paragraph().add_run(digest.axes[key] + ":").bold = bold
                for item in items:
                    document.add_paragraph(item.text, style="List Bullet")
    document.save(str(path))


@pytest.mark.parametrize("bold", [False, True], ids=["plain-headings", "bold-headings"])
def test_a_tight_headed_list_in_word_reads_back(tmp_path: Path, bold: bool) -> None:
    from conftest import GOLDEN

    digest = parse_file(GOLDEN / "veterans_reintegration.txt")
    path = tmp_path / "tight.docx"
    write_tight_headed_docx(digest, path, bold=bold)
    again = parse_file(path)
    assert [(s, sec, a, i.text) for s, sec, a, i in again.items()] == [
        (s, sec, a, i.text) for s, sec, a, i in digest.items()
    ]
    assert [stage.title for stage in again.stages.values()] == [
        stage.title for stage in digest.stages.values()
    ]


def test_a_section_over_no_cards_in_a_tables_last_row_reads_back(tmp_path: Path) -> None:
    """A Word table's last row, a title in bold over no cards (`Ресурси`), is a section:
    Word marks sections so, whether a row follows or not (an HTML cell in bold is one only
    over another row: the fourth reader's probe)."""
    source = Path(__file__).parent / "fixtures" / "golden" / "civil_protection_nizhyn.txt"
    digest = parse_file(source)
    target = tmp_path / "notes.docx"
    write_docx(digest, target)
    assert parse_file(target).to_data() == digest.to_data()
