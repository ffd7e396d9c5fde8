"""The plain-text readers: what each line looks like, in every text layout."""

from __future__ import annotations

import dataclasses

import pytest

from ngo_digest.blocks import Block, BlockKind
from ngo_digest.readers import detect_layout, headed, markdown, tabbed, wrapped_items
from ngo_digest.readers.lines import classify_lines, classify_prose
from ngo_digest.readers.page_marks import PAGE_NUMBER


def kinds(text: str) -> list[str]:
    return [b.kind.value for b in classify_lines(text, tabbed.split_row)]


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("## SHAPING THE IDEAL VISION", "heading", "SHAPING THE IDEAL VISION"),
        ("**З владою:**", "heading", "З владою:"),
        ("**Community**:", "heading", "Community:"),
        ("- Довіра", "item", "Довіра"),
        ("• Бюрократія", "item", "Бюрократія"),
        ("1) Перше", "item", "Перше"),
        ("а) Перше", "item", "Перше"),
        ("-«Ви тут тимчасово» – думка", "item", "«Ви тут тимчасово» – думка"),  # before a quote
        ("є) Шосте", "item", "Шосте"),  # a Ukrainian letter beyond а–я (found blind)
        ("ї) Дев'яте", "item", "Дев'яте"),
        ("12. Дванадцяте", "item", "Дванадцяте"),
        ("    (а) дописи у Viber-каналі", "item", "дописи у Viber-каналі"),  # (found blind)
        ("(2) ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ", "text", "(2) ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ"),
        ("(ГО) не звітують", "text", "(ГО) не звітують"),  # a bracket of words, no marker
        ("(с) ГО «Простір», 2024", "text", "(с) ГО «Простір», 2024"),  # a copyright's sign
        ("--\t---\t--", "noise", "--\t---\t--"),
        ("Що відбувається?", "text", "Що відбувається?"),
        ("2*3 = 6", "text", "2*3 = 6"),
    ],
)
def test_prose_lines(line: str, kind: str, text: str) -> None:
    block = classify_prose(line, 1)
    assert (block.kind.value, block.text) == (kind, text)


def test_word_list_levels_o_and_section_sign_are_markers_only_before_a_tab() -> None:
    blocks = headed.read("o\tВиїзні консультації\n§\tУ селах\n\no так")
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        (BlockKind.ITEM, "o", "Виїзні консультації"),
        (BlockKind.ITEM, "§", "У селах"),
        (BlockKind.BLANK, "", ""),
        (BlockKind.TEXT, "", "o так"),
    ]


def test_an_item_wrapped_across_a_page_break_is_joined_and_the_page_number_stays() -> None:
    text = "- Стенд у Києві\n\nСторінка 2 з 3\n\nта Львові\n- Обмін\n\nта інше"
    blocks = [b for b in headed.read(text) if b.kind is not BlockKind.BLANK]
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Стенд у Києві та Львові"),
        (BlockKind.NOISE, "Сторінка 2 з 3"),
        (BlockKind.ITEM, "Обмін"),
        (BlockKind.TEXT, "та інше"),  # a blank line alone is a paragraph break
    ]


def test_an_item_wrapped_across_a_page_break_and_its_running_header_is_joined() -> None:
    """A PDF copy: the page's number and the report's header at each page's head stand
    between an item and its rest (found blind); the header stays, and a line that stands
    after one page number only is no header."""
    header = "Звіт ГО «Варта» за результатами сесії"
    text = (
        f"- Оповіщення через\nСторінка 1 з 3\n{header}\nмісцеве радіо\n- Довіра\n"
        f"Сторінка 2 з 3\n{header}\nта інше\nСторінка 3 з 3\nЗвіт про іншу сесію\nта ще"
    )
    blocks = [b for b in headed.read(text) if b.kind is not BlockKind.BLANK]
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Оповіщення через місцеве радіо"),
        (BlockKind.NOISE, "Сторінка 1 з 3"),
        (BlockKind.TEXT, header),
        (BlockKind.ITEM, "Довіра та інше"),
        (BlockKind.NOISE, "Сторінка 2 з 3"),
        (BlockKind.TEXT, header),
        (BlockKind.NOISE, "Сторінка 3 з 3"),
        (BlockKind.TEXT, "Звіт про іншу сесію"),
        (BlockKind.TEXT, "та ще"),
    ]


def test_an_item_wrapped_across_a_running_footer_and_page_number_is_joined() -> None:
    """A PDF copy (found blind): the footer stands above the page's number, and the rest of
    an item that ends mid-phrase may open with a capital, indented."""
    footer = "Громада без бар'єрів · Вінниця · 2024"
    text = (
        f"- Спілкування з людьми з\n\n{footer}\nСторінка 1 з 3\n\nінвалідністю\n"
        f"- Спільні заявки до\n\n{footer}\nСторінка 2 з 3\n\n"
        "   Українського культурного фонду\n- Обмін"
    )
    blocks = [b for b in headed.read(text) if b.kind is not BlockKind.BLANK]
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Спілкування з людьми з інвалідністю"),
        (BlockKind.TEXT, footer),
        (BlockKind.NOISE, "Сторінка 1 з 3"),
        (BlockKind.ITEM, "Спільні заявки до Українського культурного фонду"),
        (BlockKind.TEXT, footer),
        (BlockKind.NOISE, "Сторінка 2 з 3"),
        (BlockKind.ITEM, "Обмін"),
    ]


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Безпечна громада, 2024                          Сторінка 2 з 4", True),
        ("Звіт ГО    стор. 3", True),
        ("- Колонка ГО в газеті — стор. 2", False),  # a card
        ("Читайте на стор. 4", False),
    ],
)
def test_a_footer_set_apart_from_its_page_number_by_a_wide_gap(line: str, page: bool) -> None:
    """A PDF's footer copied as text: its parts set apart by spaces, not by dots or bars."""
    assert (classify_prose(line, 1).marker == PAGE_NUMBER) is page


@pytest.mark.parametrize(
    ("rest", "joined"),
    [
        ("ДСНС.", True),  # a short rest that ends as a card does
        ("ДСНС;", True),
        # An abbreviation alone at the list's end (since the seventeenth session: `… в` /
        # `ЦНАП` was found blind); not a label, nor a heading in capitals.
        ("ДСНС", True),
        ("ГРОМАДОЮ", False),
        ("ПЛАН ДІЙ", False),
        ("Громадою:", False),
    ],
)
def test_a_short_rest_after_a_word_no_card_ends_in(rest: str, joined: bool) -> None:
    blocks = headed.read(f"1. Створити раду за участі ГО, поліції та\n{rest}")
    assert (len(blocks) == 1) is joined


def test_a_hyphen_right_before_a_letter_is_a_marker_and_before_a_number_is_not() -> None:
    blocks = headed.read("-публікувати протоколи\n-Толока\n-5% бюджету")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "публікувати протоколи"),
        (BlockKind.ITEM, "Толока"),
        (BlockKind.TEXT, "-5% бюджету"),
    ]


def test_a_dash_right_before_a_letter_is_a_marker_and_before_a_number_is_not() -> None:
    """`–Страх` typed in haste, the en dash against the card (found blind)."""
    blocks = headed.read("–Страх сказати щось не так\n—Довіра\n–5% бюджету")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Страх сказати щось не так"),
        (BlockKind.ITEM, "Довіра"),
        (BlockKind.TEXT, "–5% бюджету"),
    ]


def test_a_number_right_before_a_capital_is_a_marker_and_before_a_digit_is_not() -> None:
    """`1.Включити` lost its space (found blind); `1.5 млн` is the user's."""
    blocks = headed.read("1.Включити уроки\n2)«Безпечна школа» щороку\n1.5 млн грн")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Включити уроки"),
        (BlockKind.ITEM, "«Безпечна школа» щороку"),
        (BlockKind.TEXT, "1.5 млн грн"),
    ]


def test_a_bulleted_ruler_is_noise() -> None:
    assert [b.kind for b in headed.read("З владою:\n• ---------\n- Діалог")] == [
        BlockKind.TEXT,
        BlockKind.NOISE,
        BlockKind.ITEM,
    ]


@pytest.mark.parametrize("line", ["* * *", "***", "  *  *  *  "])
def test_three_asterisks_a_break_between_parts_are_noise(line: str) -> None:
    """`* * *` between a list's parts (found blind) was a card `*`."""
    assert [b.kind for b in headed.read(f"З владою:\n- Діалог\n{line}")] == [
        BlockKind.TEXT,
        BlockKind.ITEM,
        BlockKind.NOISE,
    ]


@pytest.mark.parametrize("line", ["* Діалог", "** Діалог **", "* *"])
def test_an_item_or_emphasis_with_asterisks_is_no_break(line: str) -> None:
    assert headed.read(line)[0].kind is not BlockKind.NOISE


@pytest.mark.parametrize("line", ["════════════════", "────────", "═══ ═══"])
def test_a_ruler_of_box_drawing_lines_is_noise(line: str) -> None:
    """`════`: a rule drawn with box-drawing characters (found blind) is a separator."""
    assert [b.kind for b in classify_lines(line, tabbed.split_row)] == [BlockKind.NOISE]


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("— COMMUNITY —", BlockKind.HEADING, "COMMUNITY"),
        ("=== ВЛАДА ===", BlockKind.HEADING, "ВЛАДА"),
        ("══ МРІЯ 2030 ══", BlockKind.HEADING, "МРІЯ 2030"),
        # Not framed: a card after its dash, a rule not the same on both sides, a sentence.
        ("— Діалог з ОМС", BlockKind.ITEM, "Діалог з ОМС"),
        ("— Влада —— ", BlockKind.ITEM, "Влада ——"),
        ("- Прозорість. -", BlockKind.ITEM, "Прозорість. -"),
    ],
)
def test_a_heading_framed_by_rules(line: str, kind: BlockKind, text: str) -> None:
    """`— COMMUNITY —` (found blind): the same rule on both sides sets a label apart; it is
    no card after a dash marker."""
    [block] = classify_lines(line, tabbed.split_row)
    assert (block.kind, block.text) == (kind, text)


def test_an_indented_line_under_an_item_continues_it() -> None:
    blocks = classify_lines("- Прозорі закупівлі,\n  відкриті дані\nНовий рядок", tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Прозорі закупівлі, відкриті дані"),
        (BlockKind.TEXT, "Новий рядок"),
    ]


def test_a_lower_case_line_under_an_item_continues_it_unindented() -> None:
    """A line cut where the page or the typist wrapped it opens with a lower-case word."""
    text = "- Подати петицію щодо меню\nзакупівель на сайті ОМС.\nНовий рядок\n11. Немає\nмеханізму"
    blocks = classify_lines(text, tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Подати петицію щодо меню закупівель на сайті ОМС."),
        (BlockKind.TEXT, "Новий рядок"),
        (BlockKind.ITEM, "Немає механізму"),
    ]


@pytest.mark.parametrize(
    ("lines", "item"),
    [
        # Found blind in the ninth session: the rest of a bracket the item left open, a
        # bracket or quote opened in lower case, a number after a word that rounds it.
        (
            ["- Перейти на платформу (наприклад,", "Drupal або WordPress)."],
            "Перейти на платформу (наприклад, Drupal або WordPress).",
        ),
        (
            ["- Навчання фермерів з маркування (за підтримки", "FAO та Мінагрополітики)"],
            "Навчання фермерів з маркування (за підтримки FAO та Мінагрополітики)",
        ),
        (["- Підготувати положення про старосту", "(до 1 березня)."], None),
        (["- Новини без", "«паркету»"], "Новини без «паркету»"),
        (["- Відвідуваність: близько", "300 переглядів на місяць"], None),
    ],
)
def test_wrapped_rests_found_blind_in_the_ninth_session(lines: list[str], item: str | None) -> None:
    blocks = classify_lines("\n".join(lines), tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.ITEM, item or " ".join(lines)[2:])]


@pytest.mark.parametrize(
    "lines",
    [
        # A bracket the item closed, or a new bracket, opens no rest; a capital after a
        # quote is a card of its own; a number after a plain word is a line of its own.
        ["- Соціальне таксі (2 авто)", "Бюрократія (повільно)"],
        ["- Соціальне таксі (2 авто", "(Новий) Бюджет"],
        ["- Новини громади", "«Відкрите місто» працює"],
        ["- Відвідуваність сайту", "300 переглядів на місяць"],
    ],
)
def test_lines_that_are_no_wrapped_rest(lines: list[str]) -> None:
    blocks = classify_lines("\n".join(lines), tabbed.split_row)
    assert len(blocks) == 2


def test_a_line_ending_before_a_name_goes_on_in_the_next() -> None:
    """`на вул.` / `Гоголя, 12.`: the name opens with a capital, and still continues the item
    (found blind); a line ending in an ordinary period does not."""
    text = "– Фасади перебудовують на вул.\nГоголя, вул. Банковій.\n– Ремонт.\nНовий рядок"
    blocks = classify_lines(text, tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Фасади перебудовують на вул. Гоголя, вул. Банковій."),
        (BlockKind.ITEM, "Ремонт."),
        (BlockKind.TEXT, "Новий рядок"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "--- page 2 ---",
        "- 2 -",
        "Сторінка 2 з 3",
        "стор. 4",
        "Page 3 of 5",
        "— 12 —",
        "[page 2]",
        "Страница 2 из 4",
        "стр. 3",
    ],
)
def test_page_markers_are_noise(line: str) -> None:
    """A page number the digitizing left between two lines of a list is not a card."""
    assert [b.kind for b in classify_lines(line, tabbed.split_row)] == [BlockKind.NOISE]


@pytest.mark.parametrize("line", ["- 2 учасники", "Сторінка громади у Facebook", "Page 2 redesign"])
def test_lines_that_only_mention_pages_stay_prose(line: str) -> None:
    assert [b.kind for b in classify_lines(line, tabbed.split_row)] != [BlockKind.NOISE]


def test_a_round_bullet_needs_no_space_after_it() -> None:
    blocks = classify_lines("•Повага\n- Довіра\n-Прозорість\n-5% бюджету", tabbed.split_row)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("item", "Повага"),
        ("item", "Довіра"),
        ("item", "Прозорість"),  # a hyphen right before a capital is a marker too
        ("text", "-5% бюджету"),
    ]


def test_tab_rows_keep_cell_columns() -> None:
    cells = tabbed.split_row("ab\t\tcd", 7)
    assert cells is not None
    assert [(c.text, c.line, c.column) for c in cells] == [("ab", 7, 1), ("", 7, 4), ("cd", 7, 5)]


def test_markdown_rows_keep_cell_columns_and_escaped_pipes() -> None:
    cells = markdown.split_row("| a \\| b | c |", 3)
    assert cells is not None
    assert [(c.text, c.column) for c in cells] == [("a | b", 3), ("c", 12)]


def test_a_markdown_table_without_outer_pipes_is_a_table() -> None:
    """GFM's `A | B` rows: a table when a delimiter row (`--- | ---`) follows the header."""
    text = "Prose | with a pipe\n\nAuthorities | Community\n--- | :---:\nA2 \\| x | C2\nafter\n"
    blocks = markdown.read(text)
    assert [b.kind.value for b in blocks] == "text blank row noise row text blank".split()
    assert [[(c.text, c.column) for c in b.cells] for b in blocks if b.cells] == [
        [("Authorities", 1), ("Community", 15)],
        [("A2 | x", 1), ("C2", 11)],
    ]
    assert detect_layout(text) == "markdown"
    assert detect_layout("Нотатки | 2024\nЕтап 1 | вступ\n") == "headed"  # no delimiter row


def test_separator_rows_are_noise() -> None:
    assert kinds("--\t---\t--\n\n") == ["noise", "blank", "blank"]
    assert [b.kind for b in classify_lines("|---|:---:|", markdown.split_row)] == [BlockKind.NOISE]


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        ("<html><body><table><tr><td>x</td></tr></table></body></html>", "html"),
        ("| A | B |\n|---|---|\n| a | b |", "markdown"),
        ("ВЛАДОЮ\tГРОМАДОЮ\n<p>x</p>\t<p>y</p>", "tabbed"),
        ("Етап 1\nЗ владою:\n- a", "headed"),
        # Word's plain-text export puts a tab after each list marker: not a table.
        ("Етап 1\nЗ владою:\n•\tПрозорість\n•\tДіалог\n1.\tДовіра\n2)\tПовага", "headed"),
        ("ВЛАДОЮ\tГРОМАДОЮ\n•\ta\tb\n-\tc\td", "tabbed"),  # a tab after the item's text
        # A list typed in haste (h404): a tab that strays into an item's phrase, a padded
        # heading and an indented item make no table.
        (
            "Напрацьований матеріал\t\n\n- Графік прийому\n\t- Зворотній зв'язок\n"
            "- Спільні наради старост\tз ГО\n\nЗ іншими ГО:\t\n• Мережа",
            "headed",
        ),
        # But two such lines are a table's rows (a second reader's probes), and so is one
        # whose empty cell stands between.
        ("- Ремонт даху школи\tвиконано частково\n- Толока\tзроблено у квітні", "tabbed"),
        ("Захід\tСтатус\n- Ремонт даху\t\tзроблено у квітні", "tabbed"),
        # Word's second and third list levels (`o`, `§`), from its plain-text export.
        ("З владою:\n•\tДіалог\no\tВиїзні консультації\n§\tУ селах\no\tОнлайн", "headed"),
        ("ВЛАДОЮ\tГРОМАДОЮ\nКартка\t\t", "tabbed"),  # a header and a first-column card
        ("Етап 1\nЗ владою:\t\n- a\t\nЗ громадою:\t\n- b", "headed"),  # tabs that pad lines
        ("", "headed"),
    ],
)
def test_layout_detection(text: str, layout: str) -> None:
    assert detect_layout(text) == layout


def test_several_wrapped_lines_join_into_their_item_and_the_next_item_stands() -> None:
    text = "- перший пункт\n  що триває\n  і триває\n- другий\n  теж\nПроза\n"
    blocks = classify_lines(text, tabbed.split_row)
    items = [(b.kind, b.line, b.text) for b in blocks if b.kind is not BlockKind.BLANK]
    assert items == [
        (BlockKind.ITEM, 1, "перший пункт що триває і триває"),
        (BlockKind.ITEM, 4, "другий теж"),
        (BlockKind.TEXT, 6, "Проза"),
    ]


def test_a_long_wrapped_item_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rebuilt at every continuation line, an item wrapped over 80,000 lines took 3.6 s and
    over 160,000 lines 16.5 s; it must be put together once."""
    rebuilt: list[str] = []

    def counting(block: Block, **changes: str) -> Block:
        rebuilt.append(changes["text"])
        return dataclasses.replace(block, **changes)

    monkeypatch.setattr(wrapped_items, "replace", counting)
    text = "- пункт\n" + "  продовження рядка\n" * 1000
    [item] = [b for b in classify_lines(text, tabbed.split_row) if b.kind is BlockKind.ITEM]
    assert item.text == "пункт" + " продовження рядка" * 1000
    assert len(rebuilt) == 1


def test_a_wrapped_item_at_the_very_end_of_the_input_is_joined() -> None:
    blocks = classify_lines("- перший\n  другий рядок", tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.ITEM, "перший другий рядок")]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # The first cell wrapped: its start is a line of no tab (found blind).
        (
            "<p>Сортує лише 15% Пасивність\nЛюди не вірять</p>\t<p>Конкуренція</p>\t",
            ["<p>Сортує лише 15% Пасивність Люди не вірять</p>", "<p>Конкуренція</p>", ""],
        ),
        # A middle cell wrapped: two lines with tabs.
        (
            "<p>a</p>\t<p>b b\nb</p>\t<p>c</p>",
            ["<p>a</p>", "<p>b b b</p>", "<p>c</p>"],
        ),
        # The last cell wrapped: its rest is a line of no tab.
        ("<p>a</p>\t<ul><li>b\nc</li></ul>", ["<p>a</p>", "<ul><li>b c</li></ul>"]),
        # A line of no tab that leaves its fragment open, over a row whose first cell opens
        # none of its own: that row is the rest of the cell (found blind).
        (
            "<ul> Довіра Толоки з герметизації\nвікон Прозорість\t<ul> Партнерство\t<ul> Обмін",
            [
                "<ul> Довіра Толоки з герметизації вікон Прозорість",
                "<ul> Партнерство",
                "<ul> Обмін",
            ],
        ),
        # A middle cell wrapped with no closing tag: two rows that make one of the table's.
        (
            "<ol> 1.Один\t<ol> 1.Два 2.Три на\nОСББ 3.Чотири\t<ol> 1.П'ять\nA\tB\tC",
            ["<ol> 1.Один", "<ol> 1.Два 2.Три на ОСББ 3.Чотири", "<ol> 1.П'ять"],
        ),
        # The last cell wrapped onto a line of no tab in lower case.
        (
            "<ul> Один\t<ul> Два\t<ul> Курси домедичної\nдопомоги Довіра",
            ["<ul> Один", "<ul> Два", "<ul> Курси домедичної допомоги Довіра"],
        ),
        # A fragment's tag cut inside its attributes.
        (
            '<ul> a\t<ol style="list-style-type:\nnone"> Один. Два\t<ol> Три\nA\tB\tC',
            ["<ul> a", '<ol style="list-style-type: none"> Один. Два', "<ol> Три"],
        ),
        # The last cell wrapped after a word no card ends in.
        (
            "<ul> a\t<ul> b\t<ol> 1.Разом з\nНаціональною поліцією провести уроки",
            ["<ul> a", "<ul> b", "<ol> 1.Разом з Національною поліцією провести уроки"],
        ),
        # A row wrapped right before a tab: its next line opens with it.
        (
            "<ul> a\t<ul> b c\n\t<ul> d\nA\tB\tC",
            ["<ul> a", "<ul> b c ", "<ul> d"],
        ),
        # The last cell wrapped onto a line numbered on from it.
        (
            "<ol> 1.Один\t<ol> 1.Два\t<ol> 1.Три 2.Чотири\n3.П'ять 4.Шість",
            ["<ol> 1.Один", "<ol> 1.Два", "<ol> 1.Три 2.Чотири 3.П'ять 4.Шість"],
        ),
    ],
)
def test_a_row_wrapped_inside_a_cell_is_one_row(text: str, cells: list[str]) -> None:
    row = tabbed.read(text)[0]  # (a row of the table's columns may follow)
    assert row.kind is BlockKind.ROW
    assert [cell.text for cell in row.cells] == cells
    assert row.cells[0].line == 1
    # The wrapped cell says where its rest stands: on line 2, from its first column.
    [wrapped] = [cell for cell in row.cells if cell.wraps]
    [(start, line, column)] = wrapped.wraps
    assert (line, column) == (2, 1)
    assert wrapped.text[start:] == text.split("\n")[1].split("\t")[0]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Closed fragments: two rows.
        ("<p>a</p>\t<p>b</p>\n<p>c</p>\t<p>d</p>", ["row", "row"]),
        # A blank line between: no wrap, the open line stays text.
        ("<p>Вступ без кінця\n\n<p>c</p>\t<p>d</p>", ["text", "blank", "row"]),
        # The next line opens a fragment of its own before it closes one.
        ("<p>a</p>\t<p>b\n<p>c</p>\t<p>d</p>", ["row", "row"]),
    ],
)
def test_rows_that_close_their_cells_stay_apart(text: str, kinds: list[str]) -> None:
    assert [b.kind.value for b in tabbed.read(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The second reader's probes: a continuation row right under a short row, a
        # header row under a line that left its `<p>` open, a numbered stage heading under
        # a cell numbered in another way.
        ("<ul> a\t<ul> b\n\tX\nA\tB\tC", ["row", "row", "row"]),
        ("<p>Що заважає співпраці?\nВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО", ["text", "row"]),
        (
            "<ol> 1.a\t<ol> 1.b\t<ol> 1.Конкуренція 2.Недовіра\n3. Кроки для реалізації",
            ["row", "item"],
        ),
        # A full row and a row under it with no blank line (a page's continuation): the
        # two would make more cells than the table has.
        ("<ul> a\t<ul> b\t<ul> c\nd\t\te", ["row", "row"]),
        # A heading under a full row whose last cell is left open, as the sample leaves them.
        ("<ul> a\t<ul> b\t<ul> c\nОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ", ["row", "text"]),
        # A numbered line that does not go on from the cell's numbers.
        ("<ol> 1.a\t<ol> 1.b\t<ol> 1.c 2.d\n1. Новий список", ["row", "item"]),
        # The next row opens a fragment of its own.
        ("<ul> Вступ\n<ul> a\t<ul> b\t<ul> c", ["text", "row"]),
    ],
)
def test_rows_whose_next_line_is_not_their_rest_stay_apart(text: str, kinds: list[str]) -> None:
    assert [b.kind.value for b in tabbed.read(text)] == kinds


def test_a_row_wrapped_over_three_lines_is_one_row() -> None:
    """Each wrap is asked of the line right after the last the row took in, not after its
    first line."""
    text = "<ul> Менторство Кооперація\nСпільні стенди\t<ul> Соціальна\nкавʼярня Довіра\n\na\t\tb"
    row, blank, continuation = tabbed.read(text)
    kinds = (row.kind, blank.kind, continuation.kind)
    assert kinds == (BlockKind.ROW, BlockKind.BLANK, BlockKind.ROW)
    assert [cell.text for cell in row.cells] == [
        "<ul> Менторство Кооперація Спільні стенди",
        "<ul> Соціальна кавʼярня Довіра",
    ]
    assert [wrap[1:] for cell in row.cells for wrap in cell.wraps] == [(2, 1), (3, 1)]


def test_a_list_item_goes_on_after_a_word_no_card_ends_in() -> None:
    """Found blind: `… programme for` / `2025–2027.` was two cards; a line under an item
    that ended in a preposition no card ends in is its rest, whatever its first letter
    (not a label; nor after an English preposition: `Nobody to work with`)."""
    text = "- Включити рядок у програму на\n2025–2027 роки.\n- Спільна робота з\nЗ громадою:"
    blocks = classify_lines(text, lambda *_: None)  # (which joins wrapped items)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("item", "Включити рядок у програму на 2025–2027 роки."),
        ("item", "Спільна робота з"),
        ("text", "З громадою:"),
    ]


def test_a_wrapped_row_reads_the_numbered_line_it_takes_in_verbatim() -> None:
    """The numbered line under a row is read from the text with its number, at any line:
    only such lines are kept (a list of every line doubled a big document's memory)."""
    text = "x\ty\tz\n\n" * 3 + "<ol> 1.a\t<ol> 1.b\t<ol> 1.c 2.d\n3.Три четверте\nA\tB\tC"
    rows = [block for block in tabbed.read(text) if block.kind is BlockKind.ROW]
    assert rows[3].cells[2].text == "<ol> 1.c 2.d 3.Три четверте"
    assert rows[3].cells[2].wraps == ((len("<ol> 1.c 2.d") + 1, 8, 1),)


def test_a_list_item_after_a_place_abbreviation_goes_on_in_any_line() -> None:
    """`… на вул.` / `Гоголя, 12`: two words after an abbreviation before a name still go
    on (the rule for words no card ends in asks for three)."""
    text = "- Ремонт фасаду на вул.\nГоголя, 12\n- Довіра"
    blocks = classify_lines(text, lambda *_: None)  # (which joins wrapped items)
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("item", "Ремонт фасаду на вул. Гоголя, 12"),
        ("item", "Довіра"),
    ]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # A year after its day and month (found blind).
        ("- Підготувати зміни до програми до 1 жовтня\n2024 року.", True),
        ("- Зустрічі щопонеділка\n2024 року вдвічі більше", False),  # (no month before it)
        # (or the part of the year: found blind, h490)
        ("1. Відкрити робочі місця ЦНАП до кінця\n2026 року.", True),
        # A village's name after its word.
        ("- Толока на березі біля села\nДибинці щовесни", True),
        ("- Немає клубу в селі\nМешканці їздять до міста", False),
        # The rest of a question the item opened.
        ("- Де взяти транспорт до лікарні\nв Ніжині?", True),
        ("- Транспорт до лікарні\nхто його оплатить?", False),  # (a question of its own)
        # The final reader's probes: a question already ended, a count after a date, an
        # adjective and its noun after a village's word.
        ("- Де взяти кошти на транспорт?\nхто платитиме за пальне?", False),
        ("- Толока відбулася 15 травня\n3 ГО взяли участь у плануванні", False),
        ("- Ремонт клубу біля села\nНове будівництво школи", False),
    ],
)
def test_lines_that_go_on_a_list_item_found_blind_in_the_eighth_session(
    text: str, joined: bool
) -> None:
    blocks = [b for b in classify_lines(text, lambda *_: None) if b.kind is not BlockKind.BLANK]
    assert len(blocks) == (1 if joined else 2)


@pytest.mark.parametrize(
    ("line", "marker", "text"),
    [
        ("🔹 Спільний план реагування", "🔹", "Спільний план реагування"),
        ("▪️ Довіра", "▪\ufe0f", "Довіра"),
        ("❗️ Немає укриттів у селах", "❗\ufe0f", "Немає укриттів у селах"),
        ("✅ Провести навчання", "✅", "Провести навчання"),
    ],
)
def test_a_messengers_emoji_bullets_are_markers(line: str, marker: str, text: str) -> None:
    """Found blind (a list typed in a messenger); emoji that decorate headings are not."""
    block = classify_prose(line, 1)
    assert (block.kind, block.marker, block.text) == (BlockKind.ITEM, marker, text)
    assert classify_prose("🌟 Бачення 2030", 1).kind is BlockKind.TEXT


def test_a_tab_row_typed_with_spaces_is_a_row() -> None:
    """Found blind: cells that each open an HTML fragment, or axis labels in capitals, two
    spaces or more apart, where the digitizer typed spaces for tabs; other double spaces are
    text."""
    notes = "\n".join(
        [
            "ВЛАДОЮ  ІНШИМИ ГО  ГРОМАДОЮ",
            "<p>Діалог</p>   <p>Обмін</p>\t<p>Довіра</p>",
            "<ul> Звіти   <ul> Толоки",
            "ОЦІНКА  ПОТОЧНОЇ РЕАЛЬНОСТІ",
            "Навчання  посадовців\tДовіра",
        ]
    )
    blocks = tabbed.read(notes)
    assert [[c.text for c in b.cells] for b in blocks] == [
        ["ВЛАДОЮ", "ІНШИМИ ГО", "ГРОМАДОЮ"],
        ["<p>Діалог</p>   <p>Обмін</p>", "<p>Довіра</p>"],  # (a tab's row stays as typed)
        ["<ul> Звіти", "<ul> Толоки"],
        [],
        ["Навчання  посадовців", "Довіра"],
    ]
    assert [c.column for c in blocks[2].cells] == [1, 14]


def test_paragraphs_of_one_cell_that_wrap_on_are_no_spaced_row() -> None:
    """The third reader's probe: a cell's paragraphs two spaces apart, the last left open and
    closed on the next line before its tabs, are one cell wrapped over two lines."""
    notes = "ВЛАДОЮ\tГРОМАДОЮ\n<p>Рішення</p>  <p>Відкриті засідання\nкомісій</p>\t<p>Толоки</p>"
    [_header, row] = tabbed.read(notes)
    assert [c.text for c in row.cells] == [
        "<p>Рішення</p>  <p>Відкриті засідання комісій</p>",
        "<p>Толоки</p>",
    ]


def test_a_tab_typed_inside_a_cell_reads_as_a_space() -> None:
    """Found blind (a hurried digitizer): a row one cell wider than the table's others, where
    a cell leaves its paragraph open and the next goes on in lower case."""
    notes = "\n".join(
        [
            "ВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО",
            "<p>Звіти</p>\t<p>Батьки не знають\tсвоїх прав Пасивність</p>\t<p>Гранти</p>",
            "<p>Діалог</p>\t<p>Толоки</p>\t<p>Обмін</p>",
        ]
    )
    rows = tabbed.read(notes)
    assert [c.text for c in rows[1].cells] == [
        "<p>Звіти</p>",
        "<p>Батьки не знають своїх прав Пасивність</p>",
        "<p>Гранти</p>",
    ]
    assert [(line, column) for _, line, column in rows[1].cells[1].wraps] == [(2, 34)]


def test_a_row_as_wide_as_its_header_is_no_stray_tab() -> None:
    """The fourth reader's probe: a row as wide as its table's header, after rows that left
    their last cells out, keeps its cells."""
    notes = "\n".join(
        [
            "ВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО",
            "<ul> - Бюрократія - Закриті засідання\tактивність низька\t<ul> - Конкуренція",
            "<ul> - Формальні консультації\t<ul> - Недовіра",
            "<ul> - Немає конкурсів\t<ul> - Пасивність",
            "<ul> - Кадрова плинність\t<ul> - Мало волонтерів",
        ]
    )
    assert [len(row.cells) for row in tabbed.read(notes)] == [3, 3, 2, 2, 2]


def test_a_list_after_a_tab_table_in_words_plain_text_is_no_row() -> None:
    """Found blind (a Word document saved as Unicode text): after a table, a list's lines are
    a marker and a tab before the text; they are items, not continuation rows. A row of a
    marker and two cells stays a row."""
    notes = "\n".join(
        [
            "ВЛАДОЮ\tГРОМАДОЮ",
            "Діалог\tДовіра",
            "",
            "З владою:",
            "•\tПандуси є, але часто не відповідають ДБН",
            "1.\tПровести аудит",
            "2.\tДовіра\tТолоки",
        ]
    )
    kinds = [
        (block.kind, block.text)
        for block in tabbed.read(notes)
        if block.kind is not BlockKind.BLANK
    ]
    assert kinds[3:] == [
        (BlockKind.ITEM, "Пандуси є, але часто не відповідають ДБН"),
        (BlockKind.ITEM, "Провести аудит"),
        (BlockKind.ROW, "2.\tДовіра\tТолоки"),
    ]


def test_a_numbered_row_under_a_section_row_or_a_page_number_is_a_row() -> None:
    """The fifth reader's probe: a numbered row whose other cells were trimmed, under a
    section's row or a page's number, stays a row."""
    notes = "\n".join(
        ["ВЛАДОЮ\tГРОМАДОЮ", "\tОБРАНІ КРИТЕРІЇ\t\t", "1.\tДовіра", "", "- 1 -", "2.\tЗвіти"]
    )
    rows = [block for block in tabbed.read(notes) if block.kind is BlockKind.ROW]
    assert [row.cells[1].text for row in rows] == ["ГРОМАДОЮ", "ОБРАНІ КРИТЕРІЇ", "Довіра", "Звіти"]


def test_a_running_line_with_its_page_after_a_dash_is_a_page_number_where_it_repeats() -> None:
    """Found blind (a PDF's copy): `ГО «…» — Звіт про сесію — с. 2` at each page's head was a
    card; one such line alone stays a card (`- Колонка ГО в газеті — стор. 2`)."""
    head = "ГО «Прозоре місто» — Звіт про сесію «Бюджет участі»"
    text = f"- Діалог\n{head} — с. 2\n- Довіра\n{head} — с. 3\n- Колонка ГО в газеті — стор. 2"
    blocks = classify_lines(text, lambda *_: None)  # (which joins wrapped items)
    assert [(b.kind, b.marker == PAGE_NUMBER) for b in blocks] == [
        (BlockKind.ITEM, False),
        (BlockKind.NOISE, True),
        (BlockKind.ITEM, False),
        (BlockKind.NOISE, True),
        (BlockKind.ITEM, False),
    ]


def test_a_google_docs_cell_of_several_paragraphs_joins_its_row() -> None:
    """Google Docs' plain text writes a first cell's earlier paragraphs on lines of their
    own, before the line with the row's tabs: list lines between two rows, with the marker
    that opens the lower row's first cell, are that cell's (found blind, h287)."""
    text = "\n".join(
        [
            "А\tБ\tВ",
            "Байдужість\tРада\tКонкуренція",
            "* Батьки об’єднуються",
            "* Сусіди допомагають",
            "* Соцмережі – канал\tЗвернення\t",
        ]
    )
    blocks = tabbed.read(text)
    assert [block.kind for block in blocks] == [BlockKind.ROW] * 3
    first = blocks[2].cells[0]
    assert first.text == "* Батьки об’єднуються * Сусіди допомагають * Соцмережі – канал"
    assert (first.line, first.column) == (3, 1)
    assert first.wraps == ((22, 4, 1), (43, 5, 1))
    assert blocks[2].cells[1].text == "Звернення"


@pytest.mark.parametrize(
    "lines",
    [
        ["* Батьки об’єднуються", "Соцмережі – канал\tЗвернення\t"],  # no marker in the row
        ["- Батьки об’єднуються", "* Соцмережі – канал\tЗвернення\t"],  # another marker
        ["* Батьки об’єднуються", "", "* Соцмережі – канал\tЗвернення\t"],  # a blank line
    ],
)
def test_list_lines_join_no_row_without_its_marker_right_under_them(lines: list[str]) -> None:
    """Only lines right over the row, with the marker its first cell opens with, join it."""
    text = "\n".join(["А\tБ\tВ", "Байдужість\tРада\tКонкуренція", *lines])
    assert BlockKind.ITEM in [block.kind for block in tabbed.read(text)]


def test_a_wrapped_cell_goes_on_in_a_row_whose_next_cell_cuts_its_tag() -> None:
    """`<ul …> Довіра … на зве` / `допомога Партнерство ⇥<ul style="list-style-type:` / `none">
    …`: the row after a cell's wrap is its rest when its next cell opens a fragment, even
    one whose tag the wrap cut (found blind, h295)."""
    text = "\n".join(
        [
            "А\tБ",
            '<ul style="list-style-type: none"> Довіра Швидка',
            'допомога Партнерство \t<ul style="list-style-type:',
            'none"> Мережування',
        ]
    )
    blocks = tabbed.read(text)
    assert [block.kind for block in blocks] == [BlockKind.ROW, BlockKind.ROW]
    assert blocks[1].cells[0].text.endswith("Довіра Швидка допомога Партнерство ")
    assert blocks[1].cells[1].text.endswith("Мережування")


def test_list_lines_under_a_last_cell_with_their_marker_join_no_row() -> None:
    """The second reader's probe: where the upper row's last cell opens with the lines'
    marker too, they may be its rest: they stay lines, reported, not joined below."""
    text = "\n".join(
        [
            "А\tБ\tВ",
            "* Рада\t* Байдужість\t* Конкуренція",
            "* ГО дублюють проєкти",
            "* Формальні відповіді\t* Мало волонтерів\t* Недовіра",
        ]
    )
    assert [block.kind for block in tabbed.read(text)][2] is BlockKind.ITEM


def test_words_symbol_bullet_marks_an_item() -> None:
    """A copy from Word or a PDF keeps Word's Symbol bullet as a private-use character
    (`\\uf0b7 Довіра`): a list item's marker (h325)."""
    block = classify_prose("\uf0b7 Довіра до влади", 1)
    assert (block.kind, block.text) == (BlockKind.ITEM, "Довіра до влади")


def test_a_running_footer_with_a_bare_page_number_after_a_wide_gap() -> None:
    """`Безпечна громада — звіт сесії` + a PDF's wide gap + `1`, said at two pages: a page
    number, and an item cut by it goes on past it (h325)."""
    footer = "Безпечна громада — звіт стратегічної сесії                    {}"
    lines = ["- Техніку передали", footer.format(1), "ДСНС та партнери з Польщі", "- Довіра"]
    text = "\n".join([*lines, "- Діалог", footer.format(2), "- Звіти"])
    blocks = classify_lines(text, lambda line, number: None)
    assert [b.marker for b in blocks if b.kind is BlockKind.NOISE] == ["page", "page"]


def test_cards_with_their_votes_after_a_wide_gap_are_no_page_numbers() -> None:
    """The fifth reader's probe: `Прозорість` + a wide gap + `7`, the same card in two stages
    with counts that do not go up, is a card with its votes, not a running line."""
    lines = ["Прозорість                    7", "Довіра                    6", ""]
    lines += ["Прозорість                    2", "Довіра                    1"]
    blocks = classify_lines("\n".join(lines), lambda line, number: None)
    assert not [b for b in blocks if b.kind is BlockKind.NOISE]


def test_words_second_level_o_before_a_cyrillic_capital_marks_an_item() -> None:
    """The fifth reader's probe: Word's bullets copied from a PDF, `\\uf0b7 З владою:` over
    `o Спільне планування …`: `o` and a space before a capital, Latin or Cyrillic, is a
    marker, and the label takes in no line under it."""
    text = "\n".join(["\uf0b7 З владою:", "o Спільне планування безпеки", "o Прозорий бюджет"])
    blocks = classify_lines(text, lambda line, number: None)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "З владою:"),
        (BlockKind.ITEM, "Спільне планування безпеки"),
        (BlockKind.ITEM, "Прозорий бюджет"),
    ]
    # Nor does the label take in an indented line under it as its rest.
    label = classify_lines("\uf0b7 З владою:\n  Прозорий бюджет", lambda line, number: None)
    assert [b.kind for b in label] == [BlockKind.ITEM, BlockKind.TEXT]


@pytest.mark.parametrize("page", ["с. {} з 2", "Page {} of 2", "с. {}/2"])
def test_a_dashed_footer_with_its_page_total_is_a_page_number(page: str) -> None:
    """The final reader's probe: `… — с. 1 з 2`, `… — с. 2 з 2` are page numbers, though the
    last number on each line, the total, does not go up."""
    footer = "ГО «Громада разом» — Звіт про сесію — " + page
    text = "\n".join(["- Діалог", footer.format(1), "- Довіра", footer.format(2)])
    blocks = classify_lines(text, lambda line, number: None)
    assert [b.marker for b in blocks if b.kind is BlockKind.NOISE] == ["page", "page"]


def test_a_list_of_cards_with_their_votes_in_two_stages_keeps_them() -> None:
    """The final reader's probe: cards of three words or more with their counts after a
    wide gap, the same cards again with higher counts, and one alone under its label."""
    lines = ["З владою:", "Спільне планування бюджету громади          3"]
    lines += ["Відкриті звіти про витрати бюджету          2", "", "З громадою:"]
    lines += ["Відкриті збори мешканців усіх сіл          4", ""]
    lines += ["З владою:", "Спільне планування бюджету громади          5"]
    lines += ["Відкриті звіти про витрати бюджету          6", "", "З громадою:"]
    lines += ["Відкриті збори мешканців усіх сіл          7"]
    blocks = classify_lines("\n".join(lines), lambda line, number: None)
    assert not [b for b in blocks if b.kind is BlockKind.NOISE]


@pytest.mark.parametrize("line", ["1)\t", "2.", "•", "\uf0b7 "])
def test_a_list_marker_with_no_text_is_an_empty_item(line: str) -> None:
    """`1)⇥` at a list's end, as Word leaves an item it numbered and nobody filled: no card
    (found blind, h319); a bare number stays a line (it may be a page's)."""
    assert classify_prose(line, 1).kind is BlockKind.NOISE
    assert classify_prose("2", 1).kind is BlockKind.TEXT


@pytest.mark.parametrize(
    "lines",
    [
        # A line that ends in a relative pronoun, in any case, goes on in the next whatever
        # its first letter: no card ends in one (h354).
        ["- Щоквартальні зустрічі, на яких", "ОМС звітує про стан мереж"],
        ["- Програма, в рамках якої", "ГО отримують гранти"],
        ["- Встречи, на которых", "ОМС отчитывается о работе"],
    ],
)
def test_a_line_ending_in_a_relative_pronoun_goes_on_in_the_next(lines: list[str]) -> None:
    blocks = classify_lines("\n".join(lines), tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.ITEM, " ".join(lines)[2:])]


def test_a_line_ending_in_a_first_name_like_a_relative_pronoun_stands() -> None:
    """`Яким` is a man's name as well as a form of `який`: a line that ends in it, written
    with its capital, ends its card (the second reader's probe)."""
    lines = ["- Контактна особа в ОМС – староста Яким", "Спільні засідання раз на квартал"]
    blocks = classify_lines("\n".join(lines), tabbed.split_row)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.ITEM, "Контактна особа в ОМС – староста Яким"),
        (BlockKind.TEXT, "Спільні засідання раз на квартал"),
    ]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("КП «Ніжинське управління ЖКГ», яке не має коштів", True),
        # Any case of the relative pronoun (one list of them for the package).
        ("КП «Водоканал», якому бракує людей", True),
        ("«Пласт», «Скаути» та інші", False),
    ],
)
def test_a_name_in_quotes_before_a_relative_clause_stands_alone(text: str, alone: bool) -> None:
    assert wrapped_items._a_name_alone(text) is alone


@pytest.mark.parametrize(
    "text",
    [
        # A list copied from a PDF (h395): a line that ends in a dash standing alone, or in
        # a gerund before its object, goes on in the next, whatever its first word.
        "• Ремонт доріг лише в центрі громади, у селах –\n2 км за 3 роки",
        "• Мешканці звертаються до голови громади, минаючи\nЦНАП і старост",
    ],
)
def test_a_line_that_ends_in_a_dash_or_a_gerund_goes_on(text: str) -> None:
    blocks = headed.read(f"{text}\n• Довіра")
    assert [b.text for b in blocks] == [" ".join(text.removeprefix("• ").split()), "Довіра"]


@pytest.mark.parametrize(
    "text",
    [
        # Not after a reflexive gerund, nor a gerund before a card that is no abbreviation's
        # phrase, nor a dash before a capitalised card (a second reader's probes: a dash
        # alone often says "none").
        "• Волонтери працюють, не зупиняючись\nЦНАП працює до 20:00",
        "• Діяти, не чекаючи\nМолодь долучається до акцій",
        "• Фінансування від держави –\nВолонтери допомагають з логістикою",
    ],
)
def test_a_line_that_ends_so_does_not_take_in_a_card(text: str) -> None:
    assert len(headed.read(text)) == 2


@pytest.mark.parametrize(
    ("text", "own_line"),
    [
        # Found blind (h452): an axis's label in lower case with no colon, between two lists.
        ("- немає туалетів на маршрутах\nгромада\n- туристів мало поза сезоном", True),
        ("-\tдороги до сіл\nгромада\n– гостинність", True),
        ("- сміття на маршрутах\nінші ГО\n- кожен сам по собі", True),
        ("- Прозорість\nз владою\n- Діалог", True),
        # The rest of a card: a form the stem only shares, an indented line, a phrase that
        # goes on (a modifier and its noun), a word no card ends in, no list under it.
        ("- Фінансування з бюджету\nгромади\n- Страхування добровольців", False),
        ("– Ремонт тротуарів без консультацій\n  з ГО;\n– ОМС не має плану", False),
        ("- Адвокація перед обласною військовою\nадміністрацією\n- Супервізія", False),
        ("- Спільні рішення ГО і\nгромада\n- Довіра", False),
    ],
)
def test_a_lower_case_label_between_two_lists_is_a_line_of_its_own(
    text: str, own_line: bool
) -> None:
    blocks = [b for b in classify_lines(text, lambda *_: None) if b.kind is not BlockKind.BLANK]
    assert len(blocks) == (3 if own_line else 2)
    if own_line:
        assert blocks[1].kind is BlockKind.TEXT


@pytest.mark.parametrize(
    ("text", "own_line"),
    [
        # A second reader's probes: a verb whose subject comes after it, on the next line,
        # keeps that subject (an axis's name) as the item's rest.
        (
            "- Бюджет участі: кошти йдуть на проекти, які справді обирає\nгромада\n- Прозорість",
            False,
        ),
        ("- Мешканці пропонують ідеї, але їх ніколи не підтримує\nвлада\n- Пасивність", False),
        ("- Люди пишуть скарги, бо на звернення місяцями не реагує\nвлада\n- Черги", False),
        ("- План затвердили, а про нього так і не дізналася\nгромада\n- Слухання", False),
        ("- Спільні заходи ні ГО ветеранів, ні\nвлада\n- Черги", False),
        # A verb that has its subject before it, a preposition's noun, or a stop ends the item.
        ("- молодь виїжджає\nінші ГО\n- кожен сам за себе", True),
        ("1) збори села двічі на рік\nз ГО\n1) створити мережу", True),
        ("- формальні громадські слухання.\nгромада\n* толоки", True),
    ],
)
def test_a_lower_case_label_after_a_verb_whose_subject_it_may_be(text: str, own_line: bool) -> None:
    blocks = [b for b in classify_lines(text, lambda *_: None) if b.kind is not BlockKind.BLANK]
    assert len(blocks) == (3 if own_line else 2)


@pytest.mark.parametrize(
    ("text", "own_line"),
    [
        # A third reader's probes: a nominative pronoun is a verb's subject too; an adverb
        # (`ніколи`) is none; the axis the list is under is no label of another list.
        ("Громада:\n- ніхто нічого не пояснює\nінші ГО\n- кожен сам за себе", True),
        ("Громада:\n- пропозиції є, але їх ніколи не підтримує\nвлада\n- пасивність", False),
        ("влада:\n- бюджет участі фактично розподіляє\nвлада\n- черги в ЦНАП", False),
    ],
)
def test_a_lower_case_label_against_a_third_reader(text: str, own_line: bool) -> None:
    blocks = [b for b in classify_lines(text, lambda *_: None) if b.kind is not BlockKind.BLANK]
    assert len(blocks) == (4 if own_line else 3)
