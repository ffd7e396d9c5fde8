"""A workshop report: what the notes say, counted, ready for a page or a grant report.

from ngo_digest import parse_file
from ngo_digest.report import build_report
from ngo_digest.report.html import render_html

report = build_report([("notes.txt", parse_file("notes.txt"))], top=10)
page = render_html(report)

`build_report` does all the counting once (stage × axis matrix, themes, diagnostics per file)
so that the HTML and Markdown renderers only lay it out and can never disagree on a number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..diagnostics import Diagnostic
from ..models import Digest
from ..status import plural
from ..themes import Theme, collect

__all__ = ["Report", "build_report", "document_axes", "plural", "where"]

DEFAULT_TITLE = "Workshop digest"


@dataclass(frozen=True, slots=True)
class Report:
    """Everything both renderers show; built by `build_report`, never by hand."""

    documents: tuple[tuple[str, Digest], ...]
    themes: tuple[Theme, ...]
    """Every theme, by count (descending) then label, as `themes.collect` orders them."""
    top: int
    stages: Mapping[str, str]
    """Stage key → title, in first-seen order over the documents."""
    axes: Mapping[str, str]
    """Axis key → label, in first-seen order over the documents."""
    counts: Mapping[str, Mapping[str, int]]
    """Stage key → axis key → items over all documents; every stage × axis pair is present."""
    diagnostics: tuple[tuple[str, tuple[Diagnostic, ...]], ...]
    """(file name, its diagnostics) for every document, in input order."""

    @property
    def title(self) -> str:
        """One workshop is named by its own title; several by a generic one."""
        if len(self.documents) == 1:
            name, digest = self.documents[0]
            return digest.title or name
        return DEFAULT_TITLE

    @property
    def files(self) -> list[str]:
        """The document names, in input order."""
        return [name for name, _ in self.documents]

    @property
    def item_count(self) -> int:
        """All items of all documents."""
        return sum(sum(row.values()) for row in self.counts.values())

    @property
    def max_count(self) -> int:
        """The fullest cell of the matrix (0 when there are no items): the top of colour ramps."""
        return max((n for row in self.counts.values() for n in row.values()), default=0)

    @property
    def top_themes(self) -> tuple[Theme, ...]:
        """The `top` themes the renderers chart."""
        return self.themes[: self.top]

    @property
    def recurring(self) -> int:
        """Themes said more than once: the ones worth reading a chart for."""
        return sum(1 for theme in self.themes if theme.count > 1)

    def summary(self) -> str:
        """`2 files · 189 items · 150 themes (12 recurring)`, one wording for every format."""
        return (
            f"{plural(len(self.documents), 'file')} · {plural(self.item_count, 'item')} · "
            f"{plural(len(self.themes), 'theme')} ({self.recurring} recurring)"
        )


def build_report(
    documents: Iterable[tuple[str, Digest]], *, top: int = 15, parts: bool = False
) -> Report:
    """Count the documents once for every renderer; `parts` is passed to `themes.collect`."""
    if top < 0:
        raise ValueError(f"top must be 0 or more, not {top}")
    docs = tuple(documents)
    stages = _stage_titles(docs)
    axes = _axis_labels(docs)
    return Report(
        documents=docs,
        themes=tuple(collect(docs, parts=parts)),
        top=top,
        stages=stages,
        axes=axes,
        counts=_count(docs, stages, axes),
        diagnostics=tuple((name, tuple(digest.diagnostics)) for name, digest in docs),
    )


def document_axes(digest: Digest) -> list[str]:
    """A document's column order: its axis header, then any axis only its sections use."""
    keys = list(digest.axes)
    for stage in digest.stages.values():
        for section in stage.sections:
            keys += [key for key in section.axes if key not in keys]
    return keys


def where(theme: Theme) -> str:
    """Where a theme was said, as `reality/authorities 2, reality/ngos 3`."""
    return ", ".join(
        f"{stage}/{axis} {count}"
        for stage, axes in theme.cells().items()
        for axis, count in axes.items()
    )


def _stage_titles(docs: tuple[tuple[str, Digest], ...]) -> dict[str, str]:
    """The first document that has a stage names it; later spellings do not reorder rows."""
    titles: dict[str, str] = {}
    for _, digest in docs:
        for key, stage in digest.stages.items():
            titles.setdefault(key, stage.title)
    return titles


def _axis_labels(docs: tuple[tuple[str, Digest], ...]) -> dict[str, str]:
    """The first document with an axis labels it; an axis no header names keeps its key."""
    labels: dict[str, str] = {}
    for _, digest in docs:
        for key in document_axes(digest):
            labels.setdefault(key, digest.axes.get(key, key))
    return labels


def _count(
    docs: tuple[tuple[str, Digest], ...], stages: Mapping[str, str], axes: Mapping[str, str]
) -> dict[str, dict[str, int]]:
    """Items per stage × axis over every document, zeros included so grids have no holes."""
    counts = {stage: dict.fromkeys(axes, 0) for stage in stages}
    for _, digest in docs:
        for stage, _section, axis, _item in digest.items():
            counts[stage][axis] += 1
    return counts
