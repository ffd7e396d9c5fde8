"""The .docx reader: blocks in body order, and refusal of files that are not safe Word files."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ngo_digest import Digest
from ngo_digest.blocks import Block, BlockKind
from ngo_digest.errors import NotTextError
from ngo_digest.parse import parse_bytes
from ngo_digest.readers import docx as docx_reader
from ngo_digest.readers import looks_like_docx
from ngo_digest.readers.docx import check_archive, read_docx

AXES = ["ВЛАДОЮ", "ГРОМАДОЮ", "ІНШИМИ ГО"]


def build_notes(path: Path) -> bytes:
    """A workshop-notes document: headings, a question, a 3-axis table, a bulleted line."""
    document = docx.Document()
    document.add_heading("Семінар громадських організацій", level=0)
    document.add_heading("1. Формування ідеального бачення", level=1)
    document.add_paragraph("Що характеризує ідеальну взаємодію?")
    table = document.add_table(rows=2, cols=3)
    for cell, axis in zip(table.rows[0].cells, AXES, strict=True):
        cell.text = axis
    first, second, third = table.rows[1].cells
    first.text = "Доступність послуг"
    first.add_paragraph("Прозорість")
    second.text = "Довіра"
    second.add_paragraph("")
    second.add_paragraph("Спільні   проєкти")
    third.text = "«Мережа» ГО"
    document.add_paragraph("")
    document.add_paragraph("Спільна платформа", style="List Bullet")
    document.add_paragraph("Кінець")
    document.save(str(path))
    return path.read_bytes()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def summary(blocks: list[Block]) -> list[tuple[str, int, str, str]]:
    return [(b.kind.value, b.line, b.text, b.marker) for b in blocks if b.kind is not BlockKind.ROW]


def test_body_in_document_order(tmp_path: Path) -> None:
    blocks = read_docx(build_notes(tmp_path / "notes.docx"))
    assert [
        b.kind.value for b in blocks
    ] == "heading heading text row row blank blank item text".split()
    assert summary(blocks) == [
        ("heading", 1, "Семінар громадських організацій", "title"),
        ("heading", 2, "1. Формування ідеального бачення", "h1"),
        ("text", 3, "Що характеризує ідеальну взаємодію?", ""),
        ("blank", 5, "", ""),
        ("blank", 6, "", ""),
        ("item", 7, "Спільна платформа", "-"),
        ("text", 8, "Кінець", ""),
    ]


def test_table_rows_and_multi_paragraph_cells(tmp_path: Path) -> None:
    header, body = [b for b in read_docx(build_notes(tmp_path / "notes.docx")) if b.cells]
    assert [cell.text for cell in header.cells] == AXES
    assert [cell.text for cell in body.cells] == [
        "Доступність послуг\nПрозорість",
        "Довіра\nСпільні проєкти",
        "«Мережа» ГО",
    ]
    assert (header.line, body.line) == (4, 5)
    assert [(cell.line, cell.column) for cell in body.cells] == [(5, 1), (5, 2), (5, 3)]


def test_merged_cells_are_given_once_and_keep_columns(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for cell, axis in zip(table.rows[0].cells, AXES, strict=True):
        cell.text = axis
    table.cell(1, 0).merge(table.cell(2, 0)).text = "вертикальна"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "горизонтальна"
    table.cell(2, 1).text = "б"
    table.cell(2, 2).text = "в"
    document.save(str(tmp_path / "merged.docx"))
    rows = [b for b in read_docx((tmp_path / "merged.docx").read_bytes()) if b.cells]
    assert [[cell.text for cell in row.cells] for row in rows] == [
        AXES,
        ["вертикальна", "горизонтальна"],
        ["", "б", "в"],
    ]
    assert [cell.column for cell in rows[2].cells] == [1, 2, 3]


def test_numbering_soft_breaks_and_content_controls(tmp_path: Path) -> None:
    document = docx.Document()
    numbered = document.add_paragraph("пронумерований")
    properties = numbered._p.get_or_add_pPr()
    properties.append(OxmlElement("w:numPr"))
    broken = document.add_paragraph("перший")
    broken.add_run().add_break()
    broken.add_run("другий")
    control = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    control.append(content)
    content.append(document.add_paragraph("у полі")._p)  # moves the paragraph into the control
    document.element.body.insert(len(document.paragraphs), control)
    document.save(str(tmp_path / "extra.docx"))
    blocks = read_docx((tmp_path / "extra.docx").read_bytes())
    assert summary(blocks) == [
        ("item", 1, "пронумерований", "-"),
        ("text", 2, "перший", ""),
        ("text", 2, "другий", ""),
        ("text", 3, "у полі", ""),
    ]
    assert control.tag == qn("w:sdt")


def test_detection() -> None:
    assert looks_like_docx(b"PK\x03\x04rest")
    assert not looks_like_docx(b"<html>")


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(NotTextError, match="not a readable zip") as raised:
        read_docx(b"just some text, not a zip", path="notes.docx")
    assert str(raised.value).startswith("notes.docx: ")


def test_zip_without_document_xml_is_refused() -> None:
    with pytest.raises(NotTextError, match=r"no word/document\.xml"):
        read_docx(zip_bytes({"hello.txt": b"hello"}))


def test_corrupt_document_is_refused() -> None:
    with pytest.raises(NotTextError, match="not a valid Word document"):
        read_docx(zip_bytes({"word/document.xml": b"<not xml"}), path="broken.docx")


def test_highly_compressed_member_is_refused_quickly() -> None:
    bomb = zip_bytes(
        {
            "word/document.xml": b"<w:document/>",
            "word/media/zeros.bin": bytes(50 * 1024 * 1024),
        }
    )
    started = time.perf_counter()
    with pytest.raises(NotTextError, match=r"zeros\.bin is compressed"):
        read_docx(bomb)
    assert time.perf_counter() - started < 1


def test_too_many_entries_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "_MAX_ENTRIES", 3)
    members = {"word/document.xml": b"x", "word/styles.xml": b"x", "[Content_Types].xml": b"x"}
    check_archive(zip_bytes(members))
    with pytest.raises(NotTextError, match="4 archive entries"):
        check_archive(zip_bytes({**members, "word/extra.xml": b"x"}))


def test_too_large_total_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "_MAX_TOTAL_BYTES", 1000)
    with pytest.raises(NotTextError, match="unpacks to"):
        check_archive(zip_bytes({"word/document.xml": b"x" * 1001}))


def axis_table(heading: str, rows: int) -> tuple[Any, Any]:
    """A Word document with a stage heading and a table: the axis labels, then `rows` rows."""
    document = docx.Document()
    document.add_heading(heading, level=1)
    table = document.add_table(rows=rows + 1, cols=3)
    for cell, axis in zip(table.rows[0].cells, AXES, strict=True):
        cell.text = axis
    return document, table


def parsed(document: Any, path: Path) -> Digest:
    document.save(str(path))
    return parse_bytes(path.read_bytes())


def test_text_that_looks_like_markup_is_kept(tmp_path: Path) -> None:
    """Word's text is plain: `<b>` and `&amp;` in it are the user's characters."""
    document, table = axis_table("1. Формування ідеального бачення", rows=1)
    first, second, third = table.rows[1].cells
    first.text = "Центр R&amp;D"
    second.text = "Теги <b> у звітах"
    third.text = "Запит <br> без відповіді"
    digest = parsed(document, tmp_path / "notes.docx")
    assert [item.text for *_, item in digest.items()] == [
        "Центр R&amp;D",
        "Теги <b> у звітах",
        "Запит <br> без відповіді",
    ]


def test_a_bold_one_cell_row_is_a_section_heading(tmp_path: Path) -> None:
    """A section the vocabulary does not know, in sentence case: bold marks it in Word."""
    document, table = axis_table("2. Оцінка поточної реальності", rows=4)
    table.rows[1].cells[0].paragraphs[0].add_run("Результати роботи в групах").bold = True
    cards = ["Бюрократія", "Пасивність", "Конкуренція"]
    for cell, text in zip(table.rows[2].cells, cards, strict=True):
        cell.text = text
    table.rows[3].cells[0].text = "Звіти без відповіді"  # not bold: a one-card row
    table.rows[4].cells[0].text = "Повільні рішення"
    digest = parsed(document, tmp_path / "notes.docx")
    sections = digest.stages["reality"].sections
    assert [section.title for section in sections] == ["Результати роботи в групах"]
    assert [item.text for item in sections[0].axes["authorities"]] == [
        "Бюрократія",
        "Звіти без відповіді",
        "Повільні рішення",
    ]


def test_text_cannot_be_read_as_a_word_file_and_the_error_says_what_can() -> None:
    """`docx` is among the layouts `parse_text` lists, but a Word file is bytes."""
    from ngo_digest import parse_text
    from ngo_digest.errors import UsageError

    with pytest.raises(UsageError, match="use parse_bytes or parse_file"):
        parse_text("ІДЕАЛЬНЕ БАЧЕННЯ\n", layout="docx")
