"""Themes: what the room kept saying, counted across cells, stages and workshops.

Items whose words reduce to the same key (see `keys`) form one theme. A theme counts whole
items; with `parts=True`, an item that lists several concepts with commas (`Сміливість,
Щедрість, Єдність`) also counts toward each part's theme. Each theme keeps its items with
their place and file, its counts per stage × axis, and its label: the wording used most often.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..documents import load_document
from ..errors import NgoDigestError
from ..inputs import discover
from ..models import Digest
from ..segment import morphology
from ..segment.language import cell_language, language_of
from ..vocabulary import Vocabulary
from ..workers import ordered_map
from .keys import ThemeKey, theme_key

__all__ = ["Theme", "ThemeItem", "collect", "collect_files", "cooccurrence"]


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


_Card = tuple[str, str, str | None, str, tuple[tuple[str, ThemeKey], ...]]
"""(stage, axis, section, text, ((wording, key), ...)): one card with the wordings it counts
under. Plain tuples: what a worker process sends back costs little to pickle."""


def collect(documents: Iterable[tuple[str, Digest]], *, parts: bool = False) -> list[Theme]:
    """Every theme of the documents, by count (descending), then label."""
    return _gather((name, _cards(digest, parts=parts)) for name, digest in documents)


def collect_files(
    names: list[str],
    *,
    parts: bool = False,
    encoding: str | None = None,
    layout: str | None = None,
    vocabulary: Vocabulary | None = None,
    workers: int | None = None,
) -> list[Theme]:
    """`collect` over the files named or found in named folders, read and keyed in worker
    processes when there are many (see `workers.ordered_map`); the same themes either way.
    The first file, in input order, that cannot be read raises its NgoDigestError."""
    read = partial(
        _file_cards, parts=parts, encoding=encoding, layout=layout, vocabulary=vocabulary
    )
    paths = [str(source.path) for source in discover(names)]
    # Closed here, not by the collector: an error raised mid-way would otherwise keep the
    # workers running until some later collection, which may come in the pool's own thread.
    with closing(ordered_map(read, paths, workers)) as results:
        return _gather(_raising(results))


def _cards(digest: Digest, *, parts: bool = False) -> list[_Card]:
    """The cards of one document with their wordings and keys: the part of `collect` that
    needs no other document."""
    out = []
    cards = list(digest.items())
    document = language_of(item.text for _, _, _, item in cards)
    with morphology.speaking(document):  # so that only a cell in the other language switches
        for stage, section, axis, item in cards:
            language = cell_language(item.text, document)
            keyed = (
                (wording, theme_key(wording, language))
                for wording in _wordings(item.text, language, parts=parts)
            )
            out.append((stage, axis, section, item.text, tuple((w, k) for w, k in keyed if k)))
    return out


def _gather(documents: Iterable[tuple[str, list[_Card]]]) -> list[Theme]:
    """Themes from each document's cards, by count (descending), then label."""
    themes: dict[ThemeKey, Theme] = {}
    for name, document_cards in documents:
        for stage, axis, section, text, keyed in document_cards:
            for wording, key in keyed:
                theme = themes.get(key)
                if theme is None:
                    theme = themes[key] = Theme(key)
                theme.items.append(ThemeItem(stage, axis, section, text, name))
                theme.wordings[wording] += 1
    return sorted(themes.values(), key=lambda t: (-t.count, t.label.casefold(), t.key))


def _file_cards(
    name: str,
    *,
    parts: bool,
    encoding: str | None,
    layout: str | None,
    vocabulary: Vocabulary | None,
) -> tuple[str, list[_Card]] | NgoDigestError:
    try:
        digest = load_document(name, encoding=encoding, layout=layout, vocabulary=vocabulary)
    except NgoDigestError as exc:
        return exc  # returned, as `ordered_map` asks; `_raising` raises it in input order
    return name, _cards(digest, parts=parts)


def _raising(
    results: Iterable[tuple[str, list[_Card]] | NgoDigestError],
) -> Iterator[tuple[str, list[_Card]]]:
    for result in results:
        if isinstance(result, NgoDigestError):
            raise result
        yield result


def cooccurrence(themes: list[Theme]) -> list[list[int]]:
    """How many cells (file, stage, axis) each pair of themes shares; the diagonal counts the
    cells a theme appears in. Rows and columns follow `themes`."""
    cells = [{(i.file, i.stage, i.axis) for i in theme.items} for theme in themes]
    return [[len(a & b) for b in cells] for a in cells]


def _wordings(text: str, language: str, *, parts: bool) -> list[str]:
    """The item itself, and with `parts` each comma-separated part that differs from it."""
    if not parts:
        return [text]
    pieces = [p.strip() for p in _split_commas(text) if p.strip()]
    if len(pieces) < 2:
        return [text]
    whole = theme_key(text, language)
    seen = {whole}
    out = [text]
    for piece in pieces:
        key = theme_key(piece, language)
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
