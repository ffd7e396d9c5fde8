"""The report as one self-contained HTML page: open it offline, mail it, print it.

Everything is inline (one `<style>`, inline SVG charts), nothing is fetched, and no URL scheme
appears in the bytes, even when a card quotes a link: the page must pass mail filters and
archive checks that reject external references. Every piece of user text goes through `_esc`.
The output is deterministic, so a committed report only changes when the notes do.
"""

from __future__ import annotations

import html
import re

from ..models import Digest, Section, Stage
from . import Report, document_axes, plural, where

__all__ = ["render_html"]

_CHAR_WIDTH = 8  # px per character at 12px: enough for upper-case Cyrillic, which runs wide
_LIGHT = (238, 243, 250)
_DARK = (31, 78, 140)
_URL_SCHEME = re.compile("h(?=ttp)", re.IGNORECASE)

_STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #fff;
  max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1f4e8c; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.files, .summary, .question { color: #444; margin: .25rem 0; }
.files code { font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.25rem; table-layout: fixed; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #999; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #eef3fa; }
tr.section th { background: #f6f6f6; font-style: italic; font-weight: 600; }
td ul { margin: 0; padding-left: 1.1rem; }
td.empty { color: #777; }
figure { margin: 1rem 0; }
figcaption { color: #444; font-size: .9rem; margin-bottom: .4rem; }
svg { max-width: 100%; height: auto; font-family: inherit;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
svg text { font-size: 12px; fill: #1a1a1a; }
svg text.on-dark { fill: #fff; }
svg text.count { font-weight: 600; }
ul.diagnostics { padding-left: 1.1rem; }
ul.diagnostics code { font-size: .9em; white-space: pre-wrap; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  h2 { border-bottom: 1px solid #000; }
  thead th, tr.section th { background: none; }
  thead { display: table-header-group; }
  tr, li, figure, svg { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  svg { width: 100%; max-height: 24cm; }
}
"""


def render_html(report: Report) -> str:
    """The whole report as an HTML5 page (UTF-8, `lang="uk"`), ending with a newline."""
    head = (
        '<!DOCTYPE html>\n<html lang="uk">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(report.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>"
    )
    parts = [
        head,
        _header(report),
        _matrices(report),
        _heat_map(report),
        _theme_chart(report),
        _diagnostics(report),
        "</body>\n</html>\n",
    ]
    return "\n".join(parts)


def _esc(text: str) -> str:
    """HTML-escape user text; `http` is written with a character reference so no link scheme
    sits in the bytes, while the browser (and any HTML parser) still reads the same text."""
    return _URL_SCHEME.sub(lambda m: f"&#{ord(m.group())};", html.escape(text))


def _header(report: Report) -> str:
    files = ", ".join(f"<code>{_esc(name)}</code>" for name in report.files)
    return (
        f"<header>\n<h1>{_esc(report.title)}</h1>\n"
        f'<p class="files">{files}</p>\n'
        f'<p class="summary">{_esc(report.summary())}</p>\n</header>'
    )


# The stage × axis matrix of items, one table per stage of each document.


def _matrices(report: Report) -> str:
    out = ['<section id="items">\n<h2>Items by stage and axis</h2>']
    for name, digest in report.documents:
        out.append(_document(name, digest, report))
    if not report.documents:
        out.append("<p>No documents.</p>")
    out.append("</section>")
    return "\n".join(out)


def _document(name: str, digest: Digest, report: Report) -> str:
    out = [f"<article>\n<h3>{_esc(digest.title or name)}</h3>"]
    if digest.title:
        out.append(f'<p class="files"><code>{_esc(name)}</code></p>')
    keys = document_axes(digest)
    labels = [digest.axes.get(key) or report.axes.get(key, key) for key in keys]
    for stage in digest.stages.values():
        out.append(_stage_table(stage, keys, labels))
    if not digest.stages:
        out.append("<p>No stages.</p>")
    out.append("</article>")
    return "\n".join(out)


def _stage_table(stage: Stage, keys: list[str], labels: list[str]) -> str:
    header = "".join(f'<th scope="col">{_esc(label)}</th>' for label in labels)
    rows = [row for section in stage.sections for row in _section_rows(section, keys)]
    if not rows:
        rows = [f'<tr><td class="empty" colspan="{max(len(keys), 1)}">No items.</td></tr>']
    question = f'\n<p class="question">{_esc(stage.question)}</p>' if stage.question else ""
    return (
        f"<table>\n<caption>{_esc(stage.title)}{question}</caption>\n"
        f"<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    )


def _section_rows(section: Section, keys: list[str]) -> list[str]:
    rows = []
    if section.title:
        rows.append(
            f'<tr class="section"><th colspan="{len(keys)}" scope="colgroup">'
            f"{_esc(section.title)}</th></tr>"
        )
    rows.append("<tr>" + "".join(_cell(section, key) for key in keys) + "</tr>")
    return rows


def _cell(section: Section, key: str) -> str:
    items = section.axes.get(key, [])
    if not items:
        return '<td class="empty">—</td>'
    return "<td><ul>" + "".join(f"<li>{_esc(item.text)}</li>" for item in items) + "</ul></td>"


# The heat map: items per stage × axis over all documents.


def _heat_map(report: Report) -> str:
    chart = _heat_map_svg(report) if report.item_count else "<p>No items.</p>"
    return _chart_section("heat-map", "Items per stage and axis", chart)


def _chart_section(anchor: str, heading: str, body: str) -> str:
    return f'<section id="{anchor}">\n<h2>{heading}</h2>\n{body}\n</section>'


def _heat_map_svg(report: Report) -> str:
    stages, axes = list(report.stages), list(report.axes)
    label_w = min(max(len(t) for t in report.stages.values()), 40) * _CHAR_WIDTH + 16
    cell_w = max(72, min(max(len(a) for a in report.axes.values()), 18) * _CHAR_WIDTH + 16)
    cell_h, top = 36, 28
    width, height = label_w + cell_w * len(axes) + 2, top + cell_h * len(stages) + 2
    out = [
        "<figure>",
        "<figcaption>Darker cells hold more items; every cell shows its count.</figcaption>",
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="heat-map-title">',
        f'<title id="heat-map-title">Items per stage and axis, '
        f"{_esc(plural(report.item_count, 'item'))} in all</title>",
    ]
    for col, axis in enumerate(axes):
        x = label_w + col * cell_w + cell_w // 2
        out.append(
            f'<text x="{x}" y="18" text-anchor="middle">'
            f"<title>{_esc(report.axes[axis])}</title>{_esc(_clip(report.axes[axis], 18))}</text>"
        )
    for row, stage in enumerate(stages):
        y = top + row * cell_h
        title = report.stages[stage]
        out.append(
            f'<text x="{label_w - 8}" y="{y + cell_h // 2 + 4}" text-anchor="end">'
            f"<title>{_esc(title)}</title>{_esc(_clip(title, 40))}</text>"
        )
        for col, axis in enumerate(axes):
            out.append(_heat_cell(report, stage, axis, label_w + col * cell_w, y, cell_w, cell_h))
    out += ["</svg>", "</figure>"]
    return "\n".join(out)


def _heat_cell(report: Report, stage: str, axis: str, x: int, y: int, w: int, h: int) -> str:
    count = report.counts[stage][axis]
    share = count / report.max_count
    title = f"{report.stages[stage]} — {report.axes[axis]}: {plural(count, 'item')}"
    text_class = "count on-dark" if _is_dark(share) else "count"
    return (
        f"<g><title>{_esc(title)}</title>"
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{_ramp(share)}" stroke="#999"/>'
        f'<text x="{x + w // 2}" y="{y + h // 2 + 4}" text-anchor="middle" class="{text_class}">'
        f"{count}</text></g>"
    )


def _ramp(share: float) -> str:
    """A light-to-dark blue by share of the fullest cell; empty cells stay white."""
    if share <= 0:
        return "#ffffff"
    return "#" + "".join(f"{c:02x}" for c in _channels(share))


def _channels(share: float) -> tuple[int, ...]:
    return tuple(round(lo + (hi - lo) * share) for lo, hi in zip(_LIGHT, _DARK, strict=True))


def _is_dark(share: float) -> bool:
    """White text reads better than black below WCAG relative luminance 0.18 (where the two
    contrasts are equal), so the switch follows the colour, not a guessed share."""
    if share <= 0:
        return False
    linear = [
        c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in _channels(share)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2] < 0.18


# The top themes as a horizontal bar chart.


def _theme_chart(report: Report) -> str:
    chart = _theme_chart_svg(report) if report.top_themes else "<p>No themes.</p>"
    return _chart_section("themes", "Top themes", chart)


def _theme_chart_svg(report: Report) -> str:
    themes = report.top_themes
    width, row_h, bar_area = 720, 38, 640
    height = row_h * len(themes) + 4
    most = themes[0].count
    out = [
        "<figure>",
        f"<figcaption>The {plural(len(themes), 'theme')} said most often, by number of items."
        "</figcaption>",
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        ' aria-labelledby="themes-title">',
        '<title id="themes-title">Top themes by number of items</title>',
    ]
    for rank, theme in enumerate(themes, start=1):
        y = (rank - 1) * row_h
        bar = max(2, round(bar_area * theme.count / most))
        label = f"{rank}. {theme.label}"
        out.append(
            f"<g><title>{_esc(f'{theme.label}: {theme.count} — {where(theme)}')}</title>"
            f'<text x="0" y="{y + 13}">{_esc(_clip(label, 88))}</text>'
            f'<rect x="0" y="{y + 18}" width="{bar}" height="14" fill="#1f4e8c"/>'
            f'<text x="{bar + 6}" y="{y + 30}" class="count">{theme.count}</text></g>'
        )
    out += ["</svg>", "</figure>"]
    return "\n".join(out)


def _clip(text: str, limit: int) -> str:
    """SVG text does not wrap: long labels end in `…`; the full text is in the `<title>`."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Diagnostics, as linters print them.


def _diagnostics(report: Report) -> str:
    lines = [
        f'<li class="{_esc(d.level.value)}"><code>{_esc(d.format(name))}</code></li>'
        for name, diagnostics in report.diagnostics
        for d in diagnostics
    ]
    body = '<ul class="diagnostics">\n' + "\n".join(lines) + "\n</ul>" if lines else "<p>none</p>"
    return f'<section id="diagnostics">\n<h2>Diagnostics</h2>\n{body}\n</section>'
