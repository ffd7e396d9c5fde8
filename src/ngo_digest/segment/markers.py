"""Explicit markers: bullets, numbering and semicolons that separate a cell's items."""

from __future__ import annotations

import re
from itertools import pairwise

from ..patterns import compiled_at_first_use
from .spans import BRACKET, Span, cut, depths, is_title_case

_BULLET_CHARS = "-•*·▪●◦○‣—–"
# An entity's start before its `;` (`&amp`, `&laquo`, `&#39`), if its name is HTML's.
_ENTITY_BEFORE = re.compile(r"&(?:([A-Za-z][A-Za-z0-9]{1,9})|#\d{1,6}|#x[0-9A-Fa-f]{1,6})$")
_ENTITY_REACH = 12
ROUND_BULLETS = "•·▪●◦○‣"
_LEADING_BULLET = re.compile(rf"^\s*([{_BULLET_CHARS}])\s+")
# A bullet and the space after it; one pattern per bullet, each starting with its literal
# character, which `re` finds by a fast scan (a look-behind first would be tried everywhere).
_BULLET_AT = {bullet: re.compile(rf"{re.escape(bullet)}\s+") for bullet in _BULLET_CHARS}
# The list's own bullet typed against the card's capital (` - A -B`), as hasty typists do.
_GLUED_BULLET_AT = {  # (each compiled when a list of its bullet first comes)
    bullet: compiled_at_first_use(rf"{re.escape(bullet)}(?=[«\"“]?[A-ZА-ЯІЇЄҐ])")
    for bullet in _BULLET_CHARS
}
_INNER_BULLETS = {
    bullet: re.compile(rf" {bullet} (?=[«\"“(]?[A-ZА-ЯІЇЄҐ])") for bullet in ("-", "•")
}
# A number and the space after it, or none before a capital (`2.Відкрити`; not `1.5 млн`).
_LABEL_DASH = compiled_at_first_use(r"\s[—–]\s")  # a label's dash: `Відповідальні — Петренко`
_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,3})[.)](?:\s+(?=\S)|(?=[«\"“]?[A-ZА-ЯІЇЄҐ]))")


def split_bullets(span: Span) -> list[Span] | None:
    """` - A - B` or `• A • B`: the bullet that opens the span separates its items, also
    typed against the next card's capital (` - A -B`; not after a name, where it joins a
    route: `Київ -Житомир`), and so does a round bullet, which is never a dash (`- A • B •
    C`)."""
    opening = _LEADING_BULLET.match(span.text)
    if not opening:
        return None
    text = span.text
    own = opening.group(1)
    bullets = {own} | {b for b in ROUND_BULLETS if b in text}
    found = [m for bullet in bullets for m in _BULLET_AT[bullet].finditer(text)]
    found += [
        marker
        for marker in _GLUED_BULLET_AT[own]().finditer(text, opening.end())
        if not is_title_case(text[: marker.start()].rsplit(None, 1)[-1])  # `Київ -Житомир`
    ]
    if len(found) > 1:
        found.sort(key=lambda marker: marker.start())
    markers = [
        marker
        for marker in found
        if not marker.start() or text[marker.start() - 1].isspace()  # a bullet standing alone
    ]
    return cut(span, [m.start() for m in markers], [m.end() for m in markers])


def split_inner_bullets(span: Span) -> list[Span] | None:
    """`A B - C - D`: a list whose first card lost its bullet. Two or more ` - `, or any
    ` • `, before a capital cut there; the first piece is left for the rules that follow
    (see `segment_cell`). One dash (`Рішення - план дій`) or an en dash inside a card
    stays; a round bullet is never a dash."""
    text = span.text
    if " - " in text and text.count(" - ") >= 2:
        bullet = "-"
    elif " • " in text:  # a round bullet is never a dash: one is enough
        bullet = "•"
    else:
        return None  # the common case, told with `in` first
    cuts = [m for m in _INNER_BULLETS[bullet].finditer(text) if m.start() > 0]
    if BRACKET.search(text):  # none inside quotes or brackets: `«Молодь - Громаді - Україні»`
        starts = {m.start() for m in cuts}
        outside = {at for at, depth in depths(text) if depth == 0 and at in starts}
        cuts = [m for m in cuts if m.start() in outside]
    if len(cuts) < (2 if bullet == "-" else 1) or not text[: cuts[0].start()].strip():
        return None
    # Single words joined by dashes, and nothing else, are a group (`ОМС - ГО - Бізнес`);
    # a `•` is never a dash.
    pieces = [text[a.end() : b.start()] for a, b in pairwise(cuts)] + [text[cuts[-1].end() :]]
    if bullet == "-" and all(len(piece.split()) < 2 for piece in pieces):
        return None
    return cut(span, [m.start() for m in cuts], [m.end() for m in cuts])


def split_numbered(span: Span) -> list[Span] | None:
    """`1. A 2. B 3. C`: consecutive numbers from the first one separate the items.

    Only an unbroken sequence counts, so `2% коштів` or `за 3 місяці` never split. The first
    number opens the span, or the span opens in lower case (as the rest of a card a page
    broke does) and its first number is glued to its card (`форуму коаліції 5.Погодити …`).
    """
    opening = span.text.lstrip()[:1]
    if opening.isdigit():
        matches = list(_NUMBER.finditer(span.text))
        if not matches or span.text[: matches[0].start()].strip():
            return None
    elif opening.islower():
        matches = list(_NUMBER.finditer(span.text))
        if not matches or not matches[0].group().endswith((".", ")")):
            return None
        before = span.text[: matches[0].start()].split()
        if not before or not before[-1][-1].isalpha():
            return (
                None  # not after an abbreviation or a sign: `зі ст. 5.Закону`, `№ 3.Облаштування`
            )
    else:
        return None
    kept = [matches[0]]
    for match in matches[1:]:
        if int(match.group(1)) == int(kept[-1].group(1)) + 1:
            kept.append(match)
    return cut(span, [m.start() for m in kept], [m.end() for m in kept])


def _ends_entity(text: str, at: int) -> bool:
    """Whether the `;` at `at` closes an entity written inside a word or at the text's end
    (`R&amp;D`, `&laquo;Світанок&raquo;`)."""
    if text[at + 1 : at + 2].isspace():
        return False  # (a separator: `R&D; Довіра`)
    found = _ENTITY_BEFORE.search(text, max(0, at - _ENTITY_REACH), at)
    if found is None:
        return False
    from html.entities import html5  # (only here: a `;` right after `&…` is rare)

    return found.group(1) is None or f"{found.group(1)};" in html5


def split_semicolons(span: Span) -> list[Span] | None:
    """`A; B; C`: semicolons outside brackets separate items; not one that ends an entity
    inside a word in text whose markup was read already (`R&amp;D`, the user's own)."""
    if ";" not in span.text:
        return None
    text = span.text
    cuts = [
        i
        for i, depth in depths(text)
        if text[i] == ";" and depth == 0 and not _ends_entity(text, i)
    ]
    if not cuts:
        return None
    return cut(span, cuts, [i + 1 for i in cuts])


def split_semicolon_list(span: Span) -> list[Span] | None:
    """`Нічні рейди; Кава з мером`: semicolons that separate a list of cards, each
    after one opening with a capital; not a sentence's (`… мало знають; мешканці не …`),
    nor a card's own last one, which separates nothing (`… у 2024 р.;`), nor those of an
    enumeration a label's colon or dash opens (`Відповідальні: Петренко; Коваль`,
    `Відповідальні — Петренко; Коваль`) or of Latin names alone after a Ukrainian card
    (`Оновити сайт; Facebook; Instagram`; not English cards: `Trust; Openness`)."""
    parts = split_semicolons(span)
    if (
        parts is None
        or len(parts) < 2
        or ": " in parts[0].text
        or not all(part.text.lstrip(' «"“')[:1].isupper() for part in parts[1:])
    ):
        return None
    rest = [part.text.split() for part in parts[1:]]
    if all(len(words) == 1 for words in rest) and (
        _LABEL_DASH().search(parts[0].text)
        or (not parts[0].text.isascii() and all(words[0].isascii() for words in rest))
    ):
        return None  # names the first card lists: `Відповідальні — Петренко; Коваль`,
        # `Оновити сайт; Facebook; Instagram`
    return parts
