"""The nested document as YAML: block style, unescaped Unicode, no line wrapping.

Wrapping is off so that a long card is one line in git diffs, and multi-line text (an intro)
is a literal block, as written. The C emitter is used when libyaml is present; it writes the
same text several times faster.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from . import document_data

if TYPE_CHECKING:
    from ..models import Digest

_NO_WRAP = 1 << 20


def render(digest: Digest, *, positions: bool = False, width: int | None = None) -> str:
    """The digest as a YAML document with a trailing newline."""
    text: str = _yaml().dump(
        document_data(digest, positions=positions),
        Dumper=_dumper(),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_NO_WRAP,
    )
    return text


def _yaml() -> Any:
    import yaml  # deferred: only YAML output pays for PyYAML

    return yaml


@cache
def _dumper() -> type:
    yaml = _yaml()
    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    def represent_str(dumper: Any, value: str) -> Any:
        style = "|" if "\n" in value and not value.endswith((" ", "\n")) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    dumper: Any = type("DigestDumper", (base,), {})
    dumper.add_representer(str, represent_str)
    return dumper  # type: ignore[no-any-return]
