"""Themes: what the room kept saying, counted across cells, stages and workshops.

Items whose words reduce to the same key (see `keys`) form one theme. A theme counts whole
items; with `parts=True`, an item that lists several concepts with commas (`Сміливість,
Щедрість, Єдність`) also counts toward each part's theme. Each theme keeps its items with
their place and file, its counts per stage × axis, and its label: the wording used most often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import Digest
from .keys import ThemeKey, theme_key

__all__ = ["Theme", "ThemeItem", "collect", "cooccurrence"]


@dataclass(frozen=True, slots=True)
class ThemeItem:
    """One card that counts toward a theme."""

    stage: str
    axis: str
    section: str | None
    text: str
    file: str


@dataclass(slots=True)
class Theme:
    """A group of cards that say the same thing."""

    key: ThemeKey
    items: list[ThemeItem] = field(default_factory=list)
    wordings: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def label(self) -> str:
        """The most frequent wording; among equals, the first one seen."""
        return max(self.wordings.items(), key=lambda kv: kv[1])[0]

    def cells(self) -> dict[str, dict[str, int]]:
        """Counts per stage, then per axis, in first-seen order."""
        out: dict[str, dict[str, int]] = {}
        for item in self.items:
            axes = out.setdefault(item.stage, {})
            axes[item.axis] = axes.get(item.axis, 0) + 1
        return out

    def files(self) -> dict[str, int]:
        """Counts per workshop file: which workshops the theme recurs in."""
        return dict(Counter(item.file for item in self.items))

    def to_dict(self) -> dict[str, Any]:
        """The theme as JSON-ready data (the `themes --format json` contract)."""
        return {
            "label": self.label,
            "count": self.count,
            "key": list(self.key),
            "cells": self.cells(),
            "files": self.files(),
            "items": [
                {
                    "stage": i.stage,
                    "axis": i.axis,
                    "section": i.section,
                    "text": i.text,
                    "file": i.file,
                }
                for i in self.items
            ],
        }


def collect(documents: Iterable[tuple[str, Digest]], *, parts: bool = False) -> list[Theme]:
    """Every theme of the documents, by count (descending), then label."""
    themes: dict[ThemeKey, Theme] = {}
    for name, digest in documents:
        for stage, section, axis, item in digest.items():
            for wording in _wordings(item.text, parts=parts):
                key = theme_key(wording)
                if not key:
                    continue
                theme = themes.setdefault(key, Theme(key))
                theme.items.append(ThemeItem(stage, axis, section, item.text, name))
                theme.wordings[wording] += 1
    return sorted(themes.values(), key=lambda t: (-t.count, t.label.casefold(), t.key))


def cooccurrence(themes: list[Theme]) -> list[list[int]]:
    """How many cells (file, stage, axis) each pair of themes shares; the diagonal counts the
    cells a theme appears in. Rows and columns follow `themes`."""
    cells = [{(i.file, i.stage, i.axis) for i in theme.items} for theme in themes]
    return [[len(a & b) for b in cells] for a in cells]


def _wordings(text: str, *, parts: bool) -> list[str]:
    """The item itself, and with `parts` each comma-separated part that differs from it."""
    if not parts:
        return [text]
    pieces = [p.strip() for p in _split_commas(text) if p.strip()]
    if len(pieces) < 2:
        return [text]
    whole = theme_key(text)
    seen = {whole}
    out = [text]
    for piece in pieces:
        key = theme_key(piece)
        if key and key not in seen:
            seen.add(key)
            out.append(piece)
    return out


def _split_commas(text: str) -> list[str]:
    out, depth, start = [], 0, 0
    for index, ch in enumerate(text):
        if ch in "([«“":
            depth += 1
        elif ch in ")]»”" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:index])
            start = index + 1
    out.append(text[start:])
    return out
