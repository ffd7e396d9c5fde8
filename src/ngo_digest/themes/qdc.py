"""Themes as a REFI-QDA codebook (`.qdc`), the exchange standard of QDA tools.

QualCoder, MAXQDA, ATLAS.ti and NVivo import it, so an analyst continues the coding there: one
code per theme (its description says how often and where it came up), and one set per
stage × axis cell listing the codes found in it. GUIDs are derived from the theme keys, so the
same themes give the same codebook on every run.
"""

from __future__ import annotations

import uuid
from xml.etree import ElementTree as ET

from .. import __version__
from . import Theme

NAMESPACE = "urn:QDA-XML:codebook:1.0"
_GUIDS = uuid.UUID("5b0f3f0e-4f7e-4c1a-9d7a-6e2c1b7a9c11")


def render(themes: list[Theme], *, stages: list[str], axes: list[str]) -> str:
    """The codebook XML, UTF-8, indented."""
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(_tag("CodeBook"), {"origin": f"ngo-digest {__version__}"})
    codes = ET.SubElement(root, _tag("Codes"))
    for theme in themes:
        code = ET.SubElement(
            codes,
            _tag("Code"),
            {"guid": _guid("code", *theme.key), "name": theme.label, "isCodable": "true"},
        )
        ET.SubElement(code, _tag("Description")).text = _describe(theme)
    sets = [(stage, axis) for stage in stages for axis in axes]
    cells = [theme.cells() for theme in themes]  # each counted once, not once per set
    members = {
        (stage, axis): [t for t, c in zip(themes, cells, strict=True) if axis in c.get(stage, {})]
        for stage, axis in sets
    }
    if any(members.values()):
        sets_element = ET.SubElement(root, _tag("Sets"))
        for (stage, axis), found in members.items():
            if not found:
                continue
            node = ET.SubElement(
                sets_element,
                _tag("Set"),
                {"guid": _guid("set", stage, axis), "name": f"{stage} / {axis}"},
            )
            ET.SubElement(
                node, _tag("Description")
            ).text = f"Themes raised under stage {stage}, axis {axis}"
            for theme in found:
                ET.SubElement(node, _tag("MemberCode"), {"guid": _guid("code", *theme.key)})
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="utf-8"?>\n', "\n"]
    )


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(_GUIDS, "\x1f".join(parts)))


def _describe(theme: Theme) -> str:
    where = ", ".join(
        f"{stage}/{axis} {count}"
        for stage, axes in theme.cells().items()
        for axis, count in axes.items()
    )
    wordings = "; ".join(sorted(theme.wordings, key=lambda w: (-theme.wordings[w], w))[:5])
    return f"{theme.count} cards ({where}). Wordings: {wordings}"
