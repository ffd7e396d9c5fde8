"""Golden tests: every fixture parses to exactly its gold items, titles and questions."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from typing import Any

from conftest import GOLDEN, golden_pairs, parsed, source_text
from ngo_digest.invisible import drop_invisible
from ngo_digest.render import records


def _key(record: dict[str, Any]) -> tuple[Any, ...]:
    return (record["stage"], record["axis"], record["section"], record["text"])


def test_fixtures_are_present() -> None:
    assert len(golden_pairs()) >= 4
    assert (GOLDEN / "ngo-networking-conference.txt").exists()


def test_items_match_gold_exactly(golden: tuple[Path, dict[str, Any]]) -> None:
    source, gold = golden
    digest = parsed(source)
    got = Counter(_key(r) for r in records(digest))
    want = Counter(_key(r) for r in gold["items"])
    assert got - want == Counter(), "extra items"
    assert want - got == Counter(), "missing items"


def test_titles_and_questions_are_verbatim(golden: tuple[Path, dict[str, Any]]) -> None:
    source, gold = golden
    digest = parsed(source)
    assert digest.title == gold["title"]
    assert list(digest.stages) == list(gold["stages"])
    for key, stage in gold["stages"].items():
        assert digest.stages[key].title == stage["title"]
        assert digest.stages[key].question == stage["question"]


def test_order_within_each_cell_follows_the_notes(golden: tuple[Path, dict[str, Any]]) -> None:
    source, gold = golden
    got: dict[tuple[Any, ...], list[str]] = {}
    want: dict[tuple[Any, ...], list[str]] = {}
    for record in records(parsed(source)):
        got.setdefault(_key(record)[:3], []).append(record["text"])
    for record in gold["items"]:
        want.setdefault(_key(record)[:3], []).append(record["text"])
    assert got == want


def _cell_lines(lines: list[str], start: int) -> int:
    """How many lines from `start` the HTML cell that opens there runs over (to its end tag,
    or the next cell's or row's start)."""
    for ahead, line in enumerate(lines[start:], 1):
        if ahead > 1 and re.search(r"<t[dhr][\s>]", line):
            return ahead - 1
        if re.search(r"</t[dh]>", line):
            return ahead
    return len(lines) - start


def test_every_item_has_a_source_position(golden: tuple[Path, dict[str, Any]]) -> None:
    """Line and column point at the item's first word (in HTML, at the cell that holds it;
    a Word file's "line" is the ordinal of its paragraph or table row)."""
    source, _ = golden
    items = parsed(source).items()
    if source.suffix == ".docx":
        assert all(item.line and item.column for *_, item in items)
        return
    text = source_text(source)
    lines = text.split("\n")
    # (An HTML export saved with another suffix is HTML too: LibreOffice's as `.txt`.)
    html_table = source.suffix == ".html" or "<td" in text.casefold()
    for _stage, _section, _axis, item in items:
        assert item.line is not None and 1 <= item.line <= len(lines)
        assert item.column is not None and item.column >= 1
        first_word = item.text.split()[0]
        reach = _cell_lines(lines, item.line - 1) if html_table else 1
        near = "\n".join(lines[item.line - 1 : item.line - 1 + reach])
        near = re.sub(r"<[^>]*>", "", near)  # (`<b>Діалог</b>, а не …` is `Діалог, …`)
        if source.suffix == ".md":
            near = re.sub(r"\\(?=[!-/:-@\[-`{-~])", "", near)  # (`Co\-financing`)
        # (Invisible characters were taken out before reading: `Інклю\u00adзивні`.)
        near = drop_invisible(html.unescape(near))[0]
        assert first_word in near.replace("\xa0", " "), item


def test_a_card_that_starts_like_a_stage_stays_a_card() -> None:
    from ngo_digest import parse_text

    notes = "\n".join(
        [
            "Звіт",
            "",
            "1. Формування ідеального бачення взаємодії",
            "",
            "З владою:",
            "Спільне планування",
            "",
            "Реальні повноваження ради",
            "",
            "1. Кроки назустріч громаді",
            "",
            "2. Оцінка поточної реальності",
            "",
            "З владою:",
            "- Бюрократія",
        ]
    )
    digest = parse_text(notes)
    assert [(s, i.text) for s, _, _, i in digest.items()] == [
        ("vision", "Спільне планування"),
        ("vision", "Реальні повноваження ради"),
        ("vision", "Кроки назустріч громаді"),
        ("reality", "Бюрократія"),
    ]


def test_a_one_card_row_inside_a_table_is_a_card_not_a_section() -> None:
    from ngo_digest import parse_text

    notes = "\n".join(
        [
            "# Звіт",
            "",
            "## Оцінка поточної реальності",
            "",
            "| ВЛАДОЮ | ГРОМАДОЮ | ІНШИМИ ГО |",
            "|---|---|---|",
            "| Бюрократія | Пасивність | Конкуренція |",
            "| Відкритий бюджет | | |",
            "| **ПІДСУМКИ** | | |",
            "| Звіти | Толоки | Мережа |",
        ]
    )
    digest = parse_text(notes)
    sections = digest.stages["reality"].sections
    assert [s.title for s in sections] == [None, "ПІДСУМКИ"]
    assert [i.text for i in sections[0].axes["authorities"]] == ["Бюрократія", "Відкритий бюджет"]
