"""Invisible characters (zero-width spaces, word joiners, soft hyphens, byte-order marks)
inside notes are taken out before reading, and said (ND004)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ngo_digest import parse_bytes, parse_text
from ngo_digest.invisible import drop_invisible

_HEAD = "Т\n\nФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ\n\nВЛАДОЮ\tГРОМАДОЮ\tІНШИМИ ГО\n"


def test_a_zero_width_space_hides_no_card_and_stays_out_of_the_text() -> None:
    """`Прозорість \u200bКоординаційна рада`: the capital after it opens a card, and no card
    keeps it at its edge (found blind)."""
    digest = parse_text(_HEAD + "Прозорість \u200bКоординаційна рада\t\u200bДовіра\u200b\t\n")
    assert [i.text for *_, i in digest.items()] == ["Прозорість", "Координаційна рада", "Довіра"]
    (note,) = [d for d in digest.diagnostics if d.code == "ND004"]
    assert note.line == 6 and "3 invisible characters" in note.message


def test_a_byte_order_mark_inside_the_text_hides_no_heading() -> None:
    """A part pasted with its BOM: `\ufeff2. Оцінка поточної реальності` is a stage."""
    notes = "Т\n\n1. Формування ідеального бачення взаємодії\n\nЗ владою:\n- Діалог\n\n"
    notes += "\ufeff2. Оцінка поточної реальності\n\nЗ владою:\n- Бюрократія\n"
    for digest in (parse_text(notes), parse_bytes(notes.encode("utf-8"))):
        assert [(s, i.text) for s, _, _, i in digest.items()] == [
            ("vision", "Діалог"),
            ("reality", "Бюрократія"),
        ]
        assert [d.line for d in digest.diagnostics if d.code == "ND004"] == [8]


def test_soft_hyphens_stay_out_of_cards_and_headings() -> None:
    """A web page's hyphenation (found blind, h420): `сте\u00adреотипи` is the word a reader
    sees, and `у «Світовому ка\u00adфе»` the section's known heading."""
    notes = _HEAD + "Напрацьований матеріал у «Світовому ка\u00adфе»\t\t\n"
    notes += "Сте\u00adреотипи\tПан\u00adдуси\t\n"
    digest = parse_text(notes)
    assert [(section, i.text) for _, section, _, i in digest.items()] == [
        ("Напрацьований матеріал у «Світовому кафе»", "Стереотипи"),
        ("Напрацьований матеріал у «Світовому кафе»", "Пандуси"),
    ]
    (note,) = [d for d in digest.diagnostics if d.code == "ND004"]
    assert "3 invisible characters" in note.message


def test_text_without_them_is_said_nothing_of() -> None:
    digest = parse_text(_HEAD + "Прозорість\tДовіра\t\n")
    assert "ND004" not in {d.code for d in digest.diagnostics}


@given(st.text(alphabet=st.sampled_from("аб \n\u200b\u2060\ufeff\u200c"), max_size=40))
def test_only_the_invisible_characters_go(text: str) -> None:
    cleaned, count, line = drop_invisible(text)
    assert cleaned == "".join(c for c in text if c not in "\u200b\u2060\ufeff")
    assert count == len(text) - len(cleaned)
    assert (line == 0) == (count == 0)
