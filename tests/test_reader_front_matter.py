"""Front matter and heading attributes, as pandoc writes them around a Word document."""

from __future__ import annotations

from ngo_digest import parse_text
from ngo_digest.readers.front_matter import read_front_matter, without_heading_attributes

NOTES = """\
---
title: "ПІДСУМКИ ФОРУМУ «ГРОМАДА І ГО»:
  ЯК МИ ПРАЦЮЄМО РАЗОМ"
author: Олена Коваль
---

# ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ {#_Toc195472318}

| ВЛАДОЮ | ГРОМАДОЮ |
|---|---|
| Діалог | Толоки |
"""


def test_the_front_matters_title_is_the_documents_and_its_other_fields_stay_text() -> None:
    lines = read_front_matter(NOTES.split("\n"))
    assert lines[:5] == [
        "",
        "# ПІДСУМКИ ФОРУМУ «ГРОМАДА І ГО»: ЯК МИ ПРАЦЮЄМО РАЗОМ",
        "",
        "author: Олена Коваль",
        "",
    ]
    digest = parse_text(NOTES)
    assert digest.title == "ПІДСУМКИ ФОРУМУ «ГРОМАДА І ГО»: ЯК МИ ПРАЦЮЄМО РАЗОМ"
    assert digest.intro == "author: Олена Коваль"  # (nothing the user wrote is dropped)
    assert digest.stages["vision"].title == "ФОРМУВАННЯ ІДЕАЛЬНОГО БАЧЕННЯ ВЗАЄМОДІЇ"
    assert [item.text for *_, item in digest.items()] == ["Діалог", "Толоки"]


def test_text_that_only_looks_like_front_matter_is_left_as_it_is() -> None:
    for lines in (
        ["---", "Діалог", "---"],  # no fields
        ["---", "title: [unclosed", "---"],  # not YAML
        ["Назва", "---", "title: X", "---"],  # not at the top
        ["---", "author: X", "---"],  # no title
    ):
        assert read_front_matter(lines) == lines


def test_heading_attributes_are_taken_off_headings_only() -> None:
    assert without_heading_attributes("## Кроки {#steps .unnumbered}") == "## Кроки"
    assert without_heading_attributes("# Кроки {-}") == "# Кроки"
    assert without_heading_attributes("Бюджет {#1}") == "Бюджет {#1}"  # not a heading
    assert without_heading_attributes("# Формула {x}") == "# Формула {x}"  # no attribute


LISTS = """\
---
title: "Результати сесії «Разом»"
created: 2024-11-14T09:32:00.000Z
tags: [ВПО, звіт]
---

# Результати сесії «Разом»

## 1. Формування ідеального бачення взаємодії

З владою:
- Діалог
"""


def test_a_list_files_front_matter_gives_its_title() -> None:
    """Found blind: Notion's Markdown with no table was read as a headed list, whose
    reader left the front matter's `title: …` line to be the title."""
    digest = parse_text(LISTS)
    assert digest.title == "Результати сесії «Разом»"
    assert [item.text for *_, item in digest.items()] == ["Діалог"]


def test_front_matter_with_no_title_leaves_the_title_to_the_heading_under_it() -> None:
    """Found blind: Obsidian's front matter has no title (`created: …`, `tags: […]`); its
    first field was taken for the title, and the `#` heading went into the intro."""
    notes = LISTS.replace('title: "Результати сесії «Разом»"\n', "")
    digest = parse_text(notes)
    assert digest.title == "Результати сесії «Разом»"
    assert digest.intro == "created: 2024-11-14T09:32:00.000Z\ntags: [ВПО, звіт]"


def test_a_headings_title_with_a_colon_is_no_front_matter_field() -> None:
    """The third reader's probe: `# Report: …` over `# Background` stays the title."""
    notes = "# Report: World Café in Fastiv\n\n# Background\n\nTwenty-four participants.\n\n"
    notes += "## 1. Ideal vision\n\nWith the authorities:\n- Dialogue\n"
    digest = parse_text(notes)
    assert digest.title == "Report: World Café in Fastiv"


def test_front_matter_with_list_fields_and_no_title() -> None:
    """Obsidian's own shape: `tags:` over `  - …` lines, no title; the `#` heading is."""
    notes = "---\ncreated: 2025-10-03\ntags:\n  - воркшоп\n---\n\n# Нотатки у Фастові\n\n"
    notes += "## 1. Формування ідеального бачення взаємодії\n\nЗ владою:\n- Діалог\n"
    assert parse_text(notes).title == "Нотатки у Фастові"
