"""Invariants, checked on every sample and on generated notes (hypothesis, bounded examples).

- Nothing is lost: every word of the input is in the document or in a diagnostic.
- Output is deterministic: the same input renders to the same bytes.
- Markdown round trip: parse(render(d, "markdown")) == d.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import golden_pairs, parsed, source_text
from ngo_digest import Digest, parse_file, parse_text
from ngo_digest.invisible import drop_invisible
from ngo_digest.readers.front_matter import read_front_matter, without_heading_attributes
from ngo_digest.readers.lines import list_item_text, without_escapes
from ngo_digest.render import render
from ngo_digest.segment import clean_item, segment_cell
from ngo_digest.segment.markup import read_markup
from ngo_digest.vocabulary import (
    AXIS_PREPOSITIONS,
    default_vocabulary,
    is_together,
    strip_numbering,
)

_WORD = re.compile(r"\w+")
_HTML_HEAD = re.compile(r"(?is)<!doctype[^>]*>|<head>.*?</head>")
SETTINGS = settings(
    max_examples=int(__import__("os").environ.get("NGO_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# A label's letter (`А) З владою:`, `A. Local authorities`), numbering too.
_LETTERED = re.compile(r"^(?:[^\W\d_]\)|[A-ZА-ЯІЇЄҐ]\.)\s")
_BEFORE_WITH = re.compile(r"(\w+)\s+(?:з|із|зі|with)\b", re.IGNORECASE)
AXIS_WORDS = AXIS_PREPOSITIONS | {
    word for term in default_vocabulary().axes for alias in term.aliases for word in alias
}


def words(text: str) -> Counter[str]:
    text = _HTML_HEAD.sub(" ", text)  # an HTML <head> is metadata, not notes
    # Leading numbering (`1.`, `II.`) is dropped from headings by the gold conventions, and
    # list markers (`а)`, `o<TAB>`) from items.
    # Front matter's keys and fences and pandoc's heading attributes are Markdown's syntax
    # (`title:`, `{#_Toc195472318}`), as tags are HTML's.
    source = [without_heading_attributes(line) for line in read_front_matter(text.split("\n"))]
    lines = read_markup("\n".join(source))[0].split("\n")
    plain = "\n".join(
        _LETTERED.sub("", strip_numbering(list_item_text(line) or line)) for line in lines
    )
    # (A rule of underscores, `________________` in Google Docs' text, is no word.)
    return Counter(w for w in _WORD.findall(plain) if not w.isdigit() and w.strip("_"))


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def accounted_words(digest: Digest) -> Counter[str]:
    """Every word the document keeps, plus every word a diagnostic quotes. What it keeps is
    plain text, escaped here so that `words` reads its markup back as written (`&quot;`
    kept from notes that encoded it twice is the user's, not an entity)."""
    kept = strings(digest.to_data()) + [d.message for d in digest.diagnostics]
    return words(html.escape(" ".join(kept), quote=False))


def assert_nothing_lost(text: str, digest: Digest) -> None:
    missing = words(text) - accounted_words(digest)
    # A header row repeated for every stage is one set of labels in the document, whatever
    # case or wording each repeat is written in (`З ГРОМАДОЮ:`, later `Громада`): its words
    # are the axis labels the document keeps, or the vocabulary's words for an axis.
    # So are words for working together right before one's preposition (`Співпраця з
    # владою —`).
    labels = {word.casefold() for word in words(" ".join(digest.axes.values()))}
    together = {
        word.casefold() for word in _BEFORE_WITH.findall(text) if is_together(word.casefold())
    }
    assert [w for w in missing if w.casefold() not in labels | AXIS_WORDS | together] == []


@pytest.mark.parametrize("source", [pair[0] for pair in golden_pairs()], ids=lambda p: p.name)
def test_nothing_is_lost_from_the_samples(source: Path) -> None:
    # (Invisible characters are taken out before reading, and said: `моніто\u200bринг`.)
    text = drop_invisible(source_text(source))[0]
    if source.suffix == ".md":
        # Markdown's backslash escapes are its syntax (`@uzh\_help` is `@uzh_help`).
        text = "\n".join(without_escapes(line) for line in text.split("\n"))
    assert_nothing_lost(text, parsed(source))


@pytest.mark.parametrize("source", [pair[0] for pair in golden_pairs()], ids=lambda p: p.name)
def test_output_is_deterministic(source: Path) -> None:
    again = parse_file(source)
    for fmt in ("json", "yaml", "jsonl", "markdown"):
        assert render(parsed(source), fmt) == render(again, fmt)


@pytest.mark.parametrize("source", [pair[0] for pair in golden_pairs()], ids=lambda p: p.name)
def test_markdown_round_trip_on_the_samples(source: Path) -> None:
    digest = parsed(source)
    again = parse_text(render(digest, "markdown"))
    assert again.to_data() == digest.to_data()


def test_markdown_round_trip_keeps_a_card_with_a_semicolon() -> None:
    """A list line keeps its `;` (`- Прозорість; звітність`), but between `<br>` tags a `;`
    separates cards: the renderer lists such a cell as `<li>` items, each exactly one card."""
    digest = parse_text("Т\n\nБачення\n\nЗ владою:\n- Прозорість; звітність\n- Діалог\n")
    markdown = render(digest, "markdown")
    assert "<li>Прозорість; звітність</li>" in markdown
    assert parse_text(markdown).to_data() == digest.to_data()


def test_markdown_round_trip_keeps_a_cards_own_final_period() -> None:
    """A list line `- … у 2023 р.;` keeps `р.` (one `;` is taken off): found when a blind
    file's Markdown read back `р`."""
    digest = parse_text("Т\n\nБачення\n\nЗ владою:\n- Замовлення лише у 2023 р.;\n- Діалог\n")
    assert next(item.text for *_, item in digest.items()) == "Замовлення лише у 2023 р."
    assert parse_text(render(digest, "markdown")).to_data() == digest.to_data()


# -- generated text ------------------------------------------------------------------------

UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
lower_words = st.text(alphabet=UKRAINIAN, min_size=2, max_size=9) | st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9
)
title_words = lower_words.map(str.capitalize)
abbreviations = st.sampled_from(["ГО", "ОТГ", "ОМС", "ЦНАП", "NGO", "LSG"])


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """A card as people write them: a capitalised head, then words, commas, brackets, quotes."""
    parts = [draw(title_words)]
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["word", "word", "comma", "paren", "quote", "abbr"]))
        if kind == "word":
            parts.append(draw(lower_words))
        elif kind == "comma":
            parts[-1] += ","
            parts.append(draw(title_words | lower_words))
        elif kind == "paren":
            parts.append(f"({draw(lower_words)} {draw(title_words)})")
        elif kind == "quote":
            parts.append(f"«{draw(title_words)} {draw(lower_words)}»")
        else:
            parts.append(draw(abbreviations))
    return " ".join(parts)


@given(st.lists(phrases(), min_size=1, max_size=8))
@SETTINGS
def test_run_on_cells_lose_no_word(cards: list[str]) -> None:
    cell = " ".join(cards)
    items = segment_cell(cell)
    assert words(" ".join(s.text for s in items)) == words(cell)


@given(st.lists(phrases(), min_size=1, max_size=8))
@SETTINGS
def test_br_separated_cards_of_a_markdown_table_come_back_exactly(cards: list[str]) -> None:
    cell = "<br>".join(cards) + "<br>"
    assert [s.text for s in segment_cell(cell, tags_kept=True)] == [clean_item(c) for c in cards]


def _plain(text: str) -> bool:
    """Cards and section titles as the parser can give them back. Words that start like a
    stage (`Кроки …`, `Реальні …`) are allowed: inside a table they never open a stage.
    A whole cell equal to an axis or section label stays ambiguous, and is left out."""
    vocabulary = default_vocabulary()
    return (
        clean_item(text) == text
        and vocabulary.match_axis(text) is None
        and not vocabulary.is_section(text)
    )


def _plain_title(text: str) -> bool:
    return _plain(text) and default_vocabulary().match_stage(text) is None


stage_words = st.sampled_from(["Кроки", "Реальні", "Бачення", "Steps", "Reality", "Vision"])


@st.composite
def cards(draw: st.DrawFn) -> str:
    """Generated cards, some of which open with a word that also opens a stage heading, and
    some hold a semicolon (a list line keeps one: `- Прозорість; звітність`)."""
    text = draw(phrases())
    if draw(st.booleans()):
        text = draw(stage_words) + " " + text[0].lower() + text[1:]
    if draw(st.integers(0, 4)) == 0:
        text += "; " + draw(lower_words)
    return text


card_texts = cards().filter(_plain)


@st.composite
def digests(draw: st.DrawFn) -> Digest:
    vocabulary = default_vocabulary()
    labels = {term.key: term.label for term in vocabulary.axes}
    # Notes of one or two axes too: a table of one column has a header of one label.
    kept = draw(st.lists(st.sampled_from(list(labels)), min_size=1, max_size=3, unique=True))
    axes = {key: label for key, label in labels.items() if key in kept}
    stages = {}
    for term in vocabulary.stages:
        if not draw(st.booleans()) and stages:
            continue
        sections = []
        for _ in range(draw(st.integers(0, 2))):
            # Only a stage's first section may be untitled: a table with the same header
            # right under another is the same table going on after a page break.
            title = draw(st.none() | card_texts) if not sections else draw(card_texts)
            cells = {
                key: draw(st.lists(card_texts.map(lambda t: {"text": t}), max_size=4))
                for key in axes
            }
            if title is None and not any(cells.values()):
                continue  # an untitled empty section has no trace in notes
            sections.append({"title": title, "axes": cells})
        question = draw(st.none() | card_texts.map(lambda t: t + "?"))
        stages[term.key] = {"title": term.label, "question": question, "sections": sections}
    title = draw(phrases().filter(_plain_title))
    return Digest.model_validate({"title": title, "intro": None, "axes": axes, "stages": stages})


@given(digests())
@SETTINGS
def test_markdown_round_trip_on_generated_digests(digest: Digest) -> None:
    again = parse_text(render(digest, "markdown"))
    assert again.to_data() == digest.to_data()


@st.composite
def notes_with_strays(draw: st.DrawFn) -> tuple[str, str]:
    """A sample with generated paragraphs dropped between its lines, and its file's suffix."""
    sources = [source for source, _ in golden_pairs() if source.suffix != ".docx"]
    source = sources[draw(st.integers(0, len(sources) - 1))]
    lines = source_text(source).split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = ["", draw(phrases()) + ".", ""]
    return "\n".join(lines), source.suffix


@given(notes_with_strays())
@SETTINGS
def test_nothing_is_lost_from_generated_notes(notes: tuple[str, str]) -> None:
    from ngo_digest import NgoDigestError

    text, suffix = notes
    try:
        digest = parse_text(text)
    except NgoDigestError:
        return
    if suffix == ".md":
        # Markdown's backslash escapes are its syntax (`@uzh\_help` is `@uzh_help`), as in
        # `test_nothing_is_lost_from_the_samples`.
        text = "\n".join(without_escapes(line) for line in text.split("\n"))
    assert_nothing_lost(text, digest)


@given(st.text(alphabet="aZяЇ -·é«1\n", max_size=40))
@SETTINGS
def test_the_mixed_script_pre_check_never_hides_a_seam(text: str) -> None:
    from ngo_digest.assemble.state import _SCRIPT_SEAM
    from ngo_digest.segment.language import may_mix_scripts

    if _SCRIPT_SEAM.search(text):
        assert may_mix_scripts(text)


# The segmentation patterns are written to open with a literal or a character class, which `re`
# scans for quickly, and to match a run once; these properties hold them to the slower forms
# that say what they mean.
_LOOK_BEHIND_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[)»”\"]?(?=\s+[«\"“(]?[A-ZА-ЯІЇЄҐ0-9])")


@given(st.text(alphabet='a Я.!?…)»"«(1\n', max_size=40))
@SETTINGS
def test_sentence_ends_are_found_as_the_look_behind_form_finds_them(text: str) -> None:
    from ngo_digest.segment.sentences import sentence_ends

    expected = [m.span() for m in _LOOK_BEHIND_SENTENCE_END.finditer(text)]
    assert [m.span() for m in sentence_ends(text)] == expected


@given(st.text(alphabet="a Я-–•\t\n", max_size=40))
@SETTINGS
def test_bullets_are_cut_where_a_lone_bullet_stands(text: str) -> None:
    from ngo_digest.segment.markers import split_bullets
    from ngo_digest.segment.spans import Span

    parts = split_bullets(Span(text, 0))
    opening = re.match(r"^\s*([-–•])\s+", text)
    if opening is None:
        assert parts is None
        return
    # The opening bullet, also typed against a capital, and a round one, which is never a
    # dash.
    bullet = re.escape(opening.group(1))
    markers = list(
        re.finditer(rf"(?:^|(?<=\s))(?:(?:{bullet}|•)\s+|{bullet}(?=[A-ZА-ЯІЇЄҐ]))", text)
    )
    expected = []
    previous = 0
    for marker in [*markers, None]:
        piece = text[previous : marker.start() if marker else len(text)]
        if piece and not piece.isspace():
            expected.append((piece, previous))
        previous = marker.end() if marker else previous
    assert [tuple(part) for part in parts or []] == expected


@given(st.text(alphabet="aAxXiOі Ї'’ʼ`‘Ком-p1é\u0308", max_size=30))
@SETTINGS
def test_theme_normalisation_skips_only_steps_that_change_nothing(text: str) -> None:
    import unicodedata

    from ngo_digest.themes.keys import _APOSTROPHES, _WORD, _fold_look_alikes, normalize

    every_step = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    every_step = _WORD.sub(_fold_look_alikes, every_step).casefold()
    assert normalize(text) == every_step


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_JSON_VALUES)
@SETTINGS
def test_json_text_is_what_the_standard_library_writes(value: object) -> None:
    import json

    from ngo_digest.render.json_ import json_text

    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=60))
@SETTINGS
def test_control_characters_are_counted_as_the_pattern_counts_them(text: str) -> None:
    from ngo_digest.decode import control_count

    assert control_count(text) == len(re.findall(r"[\x00-\x08\x0e-\x1f]", text))
