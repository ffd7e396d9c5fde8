"""Pipe-table rows that an editor wrapped onto the next lines."""

from __future__ import annotations

from ngo_digest import parse_text
from ngo_digest.readers.pipe_wraps import wrapped_rows
from ngo_digest.render import records

NOTES = """\
# Т

## Оцінка поточної реальності

| ВЛАДОЮ | ГРОМАДОЮ |
|---|---|
| Бюрократія; Пандуси під
  неправильним кутом | Волонтери
допомагають; Пасивність |
| Звіти | Толоки |
"""


def test_a_wrapped_row_is_one_row_on_its_first_line() -> None:
    lines, rows = wrapped_rows(NOTES.split("\n"))
    assert len(lines) == len(NOTES.split("\n"))  # every line keeps its number
    assert lines[7:9] == ["", ""]
    assert sorted(rows) == [7]
    assert [cell.text for cell in rows[7]] == [
        "Бюрократія; Пандуси під неправильним кутом",
        "Волонтери допомагають; Пасивність",
    ]
    assert [(c.line, c.column) for c in rows[7]] == [(7, 3), (8, 24)]


def test_each_card_of_a_wrapped_row_keeps_its_place() -> None:
    got = [(r["text"], r["line"], r["column"]) for r in records(parse_text(NOTES), positions=True)]
    assert got == [
        ("Бюрократія", 7, 3),
        ("Пандуси під неправильним кутом", 7, 15),
        ("Звіти", 10, 3),
        ("Волонтери допомагають", 8, 24),
        ("Пасивність", 9, 14),
        ("Толоки", 10, 11),
    ]


def test_rows_that_close_or_open_no_row_are_left_alone() -> None:
    """A table without outer pipes, and an open row that no line closes, stay as written."""
    for table in (
        "| А | Б\n| В | Г\n",
        "| Бюрократія\nПасивність\n\nТекст |\n",
        "| ВЛАДОЮ | ГРОМАДОЮ\n--- | --- |\n| Діалог | Толоки |\n",  # (the third reader's)
    ):
        lines, rows = wrapped_rows(table.split("\n"))
        assert rows == {} and lines == table.split("\n")
