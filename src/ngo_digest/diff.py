"""Semantic diff of two digests: items added, removed and moved, and headings changed.

Either side may be raw notes or a structured file (see `documents`). Items are
compared by text within their place (stage, section, axis): an item whose text left one place
and appeared in another is a move, not a removal and an addition.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .models import Digest


@dataclass(frozen=True, slots=True)
class Place:
    """Where an item stands."""

    stage: str
    section: str | None
    axis: str

    def sort_key(self) -> tuple[str, bool, str, str]:
        """Stage, section, axis; a stage's untitled section (None, which does not compare
        with a title) before its titled ones."""
        return (self.stage, self.section is not None, self.section or "", self.axis)

    def __str__(self) -> str:
        section = f" › {self.section}" if self.section else ""
        return f"{self.stage}{section} › {self.axis}"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: an item added, removed or moved, a heading changed, or the details of
    a step that stayed where it was."""

    kind: str
    text: str
    old: Place | str | None = None
    new: Place | str | None = None

    def to_dict(self) -> dict[str, Any]:
        def side(value: Place | str | None) -> Any:
            if isinstance(value, Place):
                return {"stage": value.stage, "section": value.section, "axis": value.axis}
            return value

        return {"kind": self.kind, "text": self.text, "old": side(self.old), "new": side(self.new)}

    def __str__(self) -> str:
        if self.kind == "added":
            return f"+ {self.new}: {self.text}"
        if self.kind == "removed":
            return f"- {self.old}: {self.text}"
        if self.kind == "moved":
            return f"~ {self.text}: {self.old} → {self.new}"
        if self.kind == "details":
            return f"! details of {self.text!r}: {self.old!r} → {self.new!r}"
        return f"! {self.text}: {self.old!r} → {self.new!r}"


def compare(old: Digest, new: Digest) -> list[Change]:
    """Every difference between two digests, headings first, then items by place, then the
    details of steps that stayed where they were."""
    return _heading_changes(old, new) + _item_changes(old, new) + _detail_changes(old, new)


def _details(digest: Digest) -> dict[tuple[str, Place], list[str]]:
    """Each item's details (`Термін – …`), joined, by its text and place; a twin's in turn."""
    found: dict[tuple[str, Place], list[str]] = {}
    for stage, section, axis, item in digest.items():
        key = (item.text, Place(stage, section, axis))
        found.setdefault(key, []).append(" | ".join(item.details or ()))
    return found


def _detail_changes(old: Digest, new: Digest) -> list[Change]:
    before, after = _details(old), _details(new)
    changes = []
    for key in sorted(before.keys() & after.keys(), key=lambda k: (k[1].sort_key(), k[0])):
        for was, now in zip(before[key], after[key], strict=False):
            if was != now:
                changes.append(Change("details", key[0], was or None, now or None))
    return changes


def _headings(digest: Digest) -> dict[str, str | None]:
    fields: dict[str, str | None] = {"title": digest.title, "intro": digest.intro}
    for key, label in digest.axes.items():
        fields[f"axes.{key}"] = label
    for key, stage in digest.stages.items():
        fields[f"stages.{key}.title"] = stage.title
        fields[f"stages.{key}.question"] = stage.question
        titles = [section.title for section in stage.sections]
        fields[f"stages.{key}.sections"] = " | ".join(t or "(untitled)" for t in titles)
    return fields


def _heading_changes(old: Digest, new: Digest) -> list[Change]:
    before, after = _headings(old), _headings(new)
    return [
        Change("heading", name, before.get(name), after.get(name))
        for name in dict.fromkeys([*before, *after])
        if before.get(name) != after.get(name)
    ]


def _places(digest: Digest) -> Counter[tuple[str, Place]]:
    return Counter(
        (item.text, Place(stage, section, axis)) for stage, section, axis, item in digest.items()
    )


def _item_changes(old: Digest, new: Digest) -> list[Change]:
    before, after = _places(old), _places(new)
    gone, came = before - after, after - before
    by_text_gone: dict[str, list[Place]] = {}
    by_text_came: dict[str, list[Place]] = {}
    for (text, place), count in sorted(gone.items(), key=_by_place):
        by_text_gone.setdefault(text, []).extend([place] * count)
    for (text, place), count in sorted(came.items(), key=_by_place):
        by_text_came.setdefault(text, []).extend([place] * count)
    changes: list[Change] = []
    for text in sorted(set(by_text_gone) | set(by_text_came)):
        olds, news = by_text_gone.get(text, []), by_text_came.get(text, [])
        pairs = min(len(olds), len(news))
        changes += [
            Change("moved", text, o, n) for o, n in zip(olds[:pairs], news[:pairs], strict=True)
        ]
        changes += [Change("removed", text, old=o) for o in olds[pairs:]]
        changes += [Change("added", text, new=n) for n in news[pairs:]]
    return sorted(changes, key=_order)


def _by_place(entry: tuple[tuple[str, Place], int]) -> tuple[tuple[str, bool, str, str], str]:
    (text, place), _count = entry
    return place.sort_key(), text


_KIND_ORDER = {"removed": 0, "added": 1, "moved": 2}


def _order(change: Change) -> tuple[tuple[str, bool, str, str], int, str]:
    """By place, then removals before additions, as a unified diff reads."""
    place = change.old if isinstance(change.old, Place) else change.new
    assert isinstance(place, Place)
    return place.sort_key(), _KIND_ORDER[change.kind], change.text
