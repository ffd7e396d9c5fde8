"""The document model: the public JSON/YAML contract of ngo-digest.

`Digest` → `stages` keyed by stage → `sections` (a list, in order) → `axes` keyed by axis →
items. Headings, questions and labels are verbatim. Every item knows its source line and
column, but positions are serialized only on request (`to_data(positions=True)`), so that
committed output does not churn when a line moves.
"""

from __future__ import annotations

from typing import Annotated, Any, NotRequired

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    model_validator,
    with_config,
)
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11

from .diagnostics import Diagnostic

KEY_PATTERN = r"^[a-z][a-z0-9_]*$"

# Item positions left out of every item, however deep: stages → sections → axes → items.
_WITHOUT_POSITIONS: Any = {
    "stages": {
        "__all__": {"sections": {"__all__": {"axes": {"__all__": {"__all__": {"line", "column"}}}}}}
    }
}


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("item text must not be empty")
    return text


# What a card is, said once: the `Item` model and the `ItemRecord` that the streaming writer
# validates (without building an object per card) share these constraints.
ItemText = Annotated[
    str,
    AfterValidator(_not_blank),
    Field(
        description="The card's words, verbatim (whitespace collapsed).",
        json_schema_extra={"minLength": 1, "pattern": "\\S"},
    ),
]
Position = Annotated[int, Field(ge=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _absent(value: object) -> bool:
    """Whether an optional field holds nothing (None, or an empty list a caller built), so
    that output leaves it out, as JSON Lines does."""
    return value is None or value == []


class Item(_Strict):
    """One card: its verbatim text and where it stood in the input."""

    text: ItemText
    line: Position | None = Field(default=None, description="1-based source line (opt-in).")
    column: Position | None = Field(default=None, description="1-based source column (opt-in).")
    details: list[ItemText] | None = Field(
        default=None,
        exclude_if=_absent,
        description="A step's details on the lines under it (`Термін – квітень 2025`), verbatim.",
    )


@with_config(ConfigDict(extra="forbid"))
class ItemRecord(TypedDict):
    """A card as the assembler makes it (text, line, column), held to `Item`'s constraints
    without an object per card: what `stream` validates."""

    text: ItemText
    line: NotRequired[Position]
    column: NotRequired[Position]
    details: NotRequired[list[ItemText]]


class Section(_Strict):
    """A group of cards under one heading (`ОБРАНІ КРИТЕРІЇ`), or untitled."""

    title: str | None = Field(default=None, description="Verbatim section heading, or null.")
    axes: dict[str, list[Item]] = Field(description="Cards per axis key, in column order.")


class Stage(_Strict):
    """One stage of the workshop: its heading, its question and its sections."""

    title: str = Field(description="Verbatim stage heading (numbering and # removed).")
    question: str | None = Field(default=None, description="The question put to the groups.")
    sections: list[Section] = Field(default_factory=list)


class Digest(_Strict):
    """A parsed workshop: title, intro, axis labels and stages keyed by stage."""

    title: str | None = Field(default=None, description="The document title, verbatim.")
    intro: str | None = Field(default=None, description="Text between title and first stage.")
    axes: dict[str, str] = Field(
        default_factory=dict, description="Axis key → verbatim label as the notes wrote it."
    )
    stages: dict[str, Stage] = Field(default_factory=dict)

    _diagnostics: list[Diagnostic] = PrivateAttr(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What the parser noticed while building this digest (not part of the document)."""
        return self._diagnostics

    @model_validator(mode="after")
    def _known_keys(self, info: ValidationInfo) -> Digest:
        vocabulary = (info.context or {}).get("vocabulary")
        if vocabulary is None:
            from .vocabulary import default_vocabulary

            vocabulary = default_vocabulary()
        _check_keys("stage", self.stages, vocabulary.stage_keys)
        _check_keys("axis", self.axes, vocabulary.axis_keys)
        for key, stage in self.stages.items():
            for index, section in enumerate(stage.sections):
                _check_keys(
                    f"axis in stages.{key}.sections.{index}", section.axes, vocabulary.axis_keys
                )
        return self

    def to_data(self, *, positions: bool = False) -> dict[str, Any]:
        """The document as JSON-ready data; item positions only when asked for."""
        data: dict[str, Any] = self.model_dump(
            mode="json", exclude=None if positions else _WITHOUT_POSITIONS
        )
        return data

    def to_json(self, *, positions: bool = False, indent: int = 2) -> str:
        """The document as JSON text (UTF-8 unescaped), as fast as pydantic's serializer goes."""
        return self.model_dump_json(
            indent=indent, exclude=None if positions else _WITHOUT_POSITIONS
        )

    def items(self) -> list[tuple[str, str | None, str, Item]]:
        """Every card as (stage key, section title, axis key, item), in document order."""
        return [
            (stage_key, section.title, axis_key, item)
            for stage_key, stage in self.stages.items()
            for section in stage.sections
            for axis_key, items in section.axes.items()
            for item in items
        ]


def _check_keys(what: str, mapping: dict[str, Any], known: tuple[str, ...]) -> None:
    unknown = [key for key in mapping if key not in known]
    if unknown:
        raise ValueError(f"unknown {what} key {unknown[0]!r}; known: {', '.join(known)}")
