"""Grid tables, as pandoc writes Word tables whose cells hold lists or paragraphs."""

from __future__ import annotations

from ngo_digest import parse_text
from ngo_digest.readers.grid import grid_rows
from ngo_digest.render import records

TABLE = """\
+------------------+------------------+
| ВЛАДОЮ           | ГРОМАДОЮ         |
+==================+==================+
| -   Спільний     | Відкритість\\     |
|     план дій     | Толоки у дворах  |
| -   Чесні        |                  |
|     конкурси     | Сусідські чати   |
+------------------+------------------+
| \\- Діалог        | 1\\. Провести     |
|                  | зустріч.         |
| \\* Звіти \\| дані | 2\\. Скласти план. |
+------------------+------------------+"""


def test_each_row_becomes_one_pipe_row_on_its_first_line() -> None:
    lines, rows = grid_rows(TABLE.split("\n"))
    assert len(lines) == len(TABLE.split("\n"))  # every line keeps its number
    assert lines[1] == "| ВЛАДОЮ | ГРОМАДОЮ |"
    assert lines[2] == "|---|---|"  # the header's border, as a pipe table's delimiter
    # List items and wrapped lines; a `\` at a line's end, and a blank line, end a part.
    assert lines[3] == (
        "| -   Спільний план дій<br>-   Чесні конкурси"
        " | Відкритість<br>Толоки у дворах<br>Сусідські чати |"
    )
    # Escaped markers are unescaped; an escaped pipe stays escaped inside its cell.
    assert lines[8] == "| - Діалог<br>* Звіти \\| дані | 1. Провести зустріч.<br>2. Скласти план. |"
    assert [lines[i] for i in (0, 4, 5, 6, 7, 9, 10, 11)] == [""] * 8
    assert sorted(rows) == [2, 4, 9]  # the cells by the number of each row's first line
    assert [cell.text for cell in rows[9]] == [
        "- Діалог<br>* Звіти | дані",
        "1. Провести зустріч.<br>2. Скласти план.",
    ]


def test_each_piece_of_a_cell_keeps_its_line_and_column() -> None:
    _, rows = grid_rows(TABLE.split("\n"))
    cell = rows[4][1]  # `Відкритість\` / `Толоки у дворах` / blank / `Сусідські чати`
    assert (cell.line, cell.column) == (4, 22)
    assert cell.wraps == ((0, 4, 22), (15, 5, 22), (34, 7, 22))
    escaped = rows[9][0]  # `\- Діалог`: the text after the backslash is one column on
    assert escaped.wraps[:2] == ((0, 9, 3), (0, 9, 4))


def test_a_ruler_of_plus_and_dashes_alone_is_left_as_it_is() -> None:
    lines = ["Текст", "+----+----+", "", "Далі"]
    assert grid_rows(lines) == (lines, {})


def test_a_document_of_grid_tables_parses_as_its_pipe_tables_would() -> None:
    text = (
        "# Підсумки\n\n## ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\n\n"
        + TABLE.replace("\\| дані", "і дані")
        + "\n"
    )
    found = [(r["axis"], r["text"]) for r in records(parse_text(text))]
    assert found == [
        ("authorities", "Спільний план дій"),
        ("authorities", "Чесні конкурси"),
        ("authorities", "Діалог"),
        ("authorities", "Звіти і дані"),
        ("community", "Відкритість"),
        ("community", "Толоки у дворах"),
        ("community", "Сусідські чати"),
        ("community", "Провести зустріч"),
        ("community", "Скласти план"),
    ]


PSQL = """\
+------------------+------------------+
| ВЛАДОЮ           | ГРОМАДОЮ         |
|------------------+------------------|
| Звіти із запізненням | Мешканці пасивні |
| Консультації формальні | Молодь виїжджає |
+------------------+------------------+"""


def test_a_table_as_psql_or_mysql_draws_it_has_a_row_on_each_line() -> None:
    """The first reader's probes: one border under the header and none between the rows
    (`|---+---|` as psql draws it, `+---+---+` as MySQL does)."""
    for table in (PSQL, PSQL.replace("|------------------+------------------|", PSQL[:39])):
        _, rows = grid_rows(table.split("\n"))
        assert [[cell.text for cell in rows[number]] for number in sorted(rows)] == [
            ["ВЛАДОЮ", "ГРОМАДОЮ"],
            ["Звіти із запізненням", "Мешканці пасивні"],
            ["Консультації формальні", "Молодь виїжджає"],
        ]


def test_a_boxed_pipe_table_keeps_its_rows() -> None:
    table = "+------+------+\n| ВЛАДОЮ | ГРОМАДОЮ |\n|------|------|\n| Діалог | Толоки |\n"
    table += "| Прозорість | Волонтерство |\n+------+------+"
    _, rows = grid_rows(table.split("\n"))
    assert [[cell.text for cell in rows[number]] for number in sorted(rows)] == [
        ["ВЛАДОЮ", "ГРОМАДОЮ"],
        ["Діалог", "Толоки"],
        ["Прозорість", "Волонтерство"],
    ]


def test_a_pandoc_table_with_no_header_keeps_its_wrapped_rows() -> None:
    """The second reader's probes: no `+===+`, but a cell left empty beside a wrapped line,
    or a bold first row, tell pandoc's table from one a program printed."""
    gaps = [
        "+------------+----------------------+",
        "| З владою   | - Прозорість бюджету |",
        "+------------+----------------------+",
        "| З громадою | - Залучення молоді,  |",
        "|            |   яке лише формальне |",
        "+------------+----------------------+",
    ]
    _, rows = grid_rows(gaps)
    assert rows[4][1].text == "- Залучення молоді, яке лише формальне"
    bold = [gaps[0], "| **Влада**  | **Громада**          |", gaps[0]]
    bold += ["| Прозорість | Залучення молоді,    |", "| бюджету    | яке лише формальне   |"]
    _, rows = grid_rows([*bold, gaps[0]])
    assert [cell.text for cell in rows[4]] == [
        "Прозорість бюджету",
        "Залучення молоді, яке лише формальне",
    ]
