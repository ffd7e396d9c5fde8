"""Tab tables saved by a spreadsheet, whose cells with line breaks are quoted."""

from __future__ import annotations

from ngo_digest import parse_text
from ngo_digest.readers.quoted_cells import quoted_rows
from ngo_digest.render import records

HEAD = "ЗВІТ\t\t\n\t\t\nФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\t\t\n\t\t\n"
TABLE = (
    "ГРОМАДОЮ\tВЛАДОЮ\tІНШИМИ ГО\n"
    '"• Мешканці знають ""свого"" енергоменеджера\n'
    '• Відкриті збори"\tПрозорість\t"Обмін досвідом Спільні закупівлі\n'
    'Довіра"\n'
    '\t"Швидке реагування\n'
    'Відкриті дані"\t\n'
)


def test_a_quoted_row_is_one_row_on_its_first_line() -> None:
    lines, rows = quoted_rows(TABLE.split("\n"))
    assert len(lines) == len(TABLE.split("\n"))  # every line keeps its number
    assert [lines[i] for i in (2, 3, 5)] == ["", "", ""]
    assert sorted(rows) == [2, 5]
    assert [cell.text for cell in rows[2]] == [
        '<p>• Мешканці знають "свого" енергоменеджера</p><p>• Відкриті збори</p>',
        "Прозорість",
        "<p>Обмін досвідом Спільні закупівлі</p><p>Довіра</p>",
    ]
    # Each line of a cell keeps its own line and column.
    assert [(line, column) for _, line, column in rows[2][2].wraps] == [(3, 31), (4, 1)]
    assert [cell.text for cell in rows[5]] == [
        "",
        "<p>Швидке реагування</p><p>Відкриті дані</p>",
        "",
    ]


def test_each_line_of_a_quoted_cell_is_cut_like_a_cell() -> None:
    digest = parse_text(HEAD + TABLE)
    got = [(r["axis"], r["text"], r["line"], r["column"]) for r in records(digest, positions=True)]
    assert got == [
        ("authorities", "Прозорість", 7, 19),
        ("authorities", "Швидке реагування", 9, 3),
        ("authorities", "Відкриті дані", 10, 1),
        ("community", 'Мешканці знають "свого" енергоменеджера', 6, 4),
        ("community", "Відкриті збори", 7, 3),
        ("ngos", "Обмін досвідом", 7, 31),
        ("ngos", "Спільні закупівлі", 7, 46),
        ("ngos", "Довіра", 8, 1),
    ]


def test_quotes_on_one_line_are_the_users_own() -> None:
    """With no quoted cell over lines, a quote at a cell's start is the writer's."""
    table = 'ГРОМАДОЮ\tВЛАДОЮ\n"Прозорість" — головне\t"Діалог"\n'
    lines, rows = quoted_rows(table.split("\n"))
    assert rows == {} and lines == table.split("\n")
    digest = parse_text(HEAD + table)
    assert [(axis, item.text) for _, _, axis, item in digest.items()] == [
        ("authorities", '"Діалог"'),
        ("community", '"Прозорість" — головне'),
    ]


def test_a_quote_left_open_is_text() -> None:
    table = 'ГРОМАДОЮ\tВЛАДОЮ\n"Прозорість\tДіалог\nТолоки\tЗвіти\n'
    lines, rows = quoted_rows(table.split("\n"))
    assert rows == {} and lines == table.split("\n")


def test_a_quote_over_lines_outside_the_table_is_no_row() -> None:
    """The second reader's probe: a remark in quotes over two lines under a tab table (no tab
    in it) is reported as before, and turns no quoting on."""
    table = (
        'ГРОМАДОЮ\tВЛАДОЮ\nДовіра\tЗвіти\n\n"Примітка: група з владою працювала\nлише 20 хвилин"\n'
    )
    lines, rows = quoted_rows(table.split("\n"))
    assert rows == {} and lines == table.split("\n")


def test_a_card_typed_over_two_lines_of_a_quoted_cell_is_one_card() -> None:
    """A line in lower case, or after one that ends mid-phrase, goes on the card above."""
    table = (
        'ГРОМАДОЮ\tВЛАДОЮ\n"Спільне напрацювання та\nприйняття рішень\nБюрократія"\t"Мешканці не'
        ' знають\nпро можливості ГО"\n'
    )
    digest = parse_text(HEAD + table)
    assert [(axis, item.text) for _, _, axis, item in digest.items()] == [
        ("authorities", "Мешканці не знають про можливості ГО"),
        ("community", "Спільне напрацювання та прийняття рішень"),
        ("community", "Бюрократія"),
    ]
