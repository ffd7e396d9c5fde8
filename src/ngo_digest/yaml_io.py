"""PyYAML in one place: imported on first use, with the C loader and emitter when present.

Only vocabulary files, structured YAML inputs and YAML output need it, so no other command
pays for the import. libyaml's C classes parse and write the same text several times faster.
"""

from __future__ import annotations

from functools import cache
from typing import Any


class YamlSyntaxError(ValueError):
    """Text that is not valid YAML; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def load(text: str) -> Any:
    """Parse YAML text safely (no arbitrary objects)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlSyntaxError(
            " ".join(str(problem).split()), mark.line + 1 if mark else None
        ) from None
    except (ValueError, OverflowError) as exc:  # a value PyYAML cannot build (`2024-02-30`)
        raise YamlSyntaxError(f"a value cannot be read: {exc}", None) from None
    if "*" in text:  # an alias, perhaps
        _refuse_shared_parts(data)
    return data


def _refuse_shared_parts(data: Any) -> None:
    """Refuse a mapping or list that an alias (`*name`) uses again: a few lines of aliases can
    stand for millions of cards (or a list inside itself), and nothing we read needs them.
    One walk over the distinct parts, without recursion, stopping at the first repeat."""
    seen: set[int] = set()
    pending: list[Any] = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict | list):
            if id(value) in seen:
                raise YamlSyntaxError(
                    "a mapping or list is used again by an alias (*name, or a <<: merge);"
                    " write each part out",
                    None,
                )
            seen.add(id(value))
            pending.extend(value.values() if isinstance(value, dict) else value)


def dump(data: Any, *, width: int) -> str:
    """Block-style YAML, Unicode unescaped, keys in insertion order, multi-line text as `|`."""
    import yaml

    options: dict[str, Any] = {
        "allow_unicode": True,
        "sort_keys": False,
        "default_flow_style": False,
        "width": width,
    }
    # libyaml escapes every character beyond the 16-bit plane (`\U0001F91D` for an emoji)
    # whatever `allow_unicode` says; PyYAML's own emitter writes them as they are.
    fast = not _beyond_16_bits(data)
    text: str = yaml.dump(data, Dumper=_dumper(fast=fast), **options)
    return text


def _beyond_16_bits(data: Any) -> bool:
    """Whether a string in `data` holds a character above U+FFFF (an emoji, `𝔘`)."""
    pending: list[Any] = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if value and max(value) > "\uffff":
                return True
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list | tuple):
            pending.extend(value)
    return False


@cache
def _dumper(*, fast: bool) -> Any:
    """Our dumper over libyaml's C emitter when `fast` and present, else PyYAML's own."""
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper) if fast else yaml.SafeDumper

    def represent_str(dumper: Any, value: str) -> Any:
        style = "|" if "\n" in value and not value.endswith((" ", "\n")) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    dumper: Any = type("DigestDumper", (base,), {})
    dumper.add_representer(str, represent_str)
    return dumper
