"""JSON Schema (draft 2020-12) of the document and of JSON Lines records.

Generated from the pydantic models, then narrowed by the vocabulary: stage and axis keys are
an enumeration, so a document with an unknown key is invalid, and a user vocabulary with a
fourth axis yields a schema that admits it. The document's, its stages' and its sections'
fields are required, as the output always writes them.
"""

from __future__ import annotations

from typing import Any

from .models import Digest
from .vocabulary import Vocabulary, default_vocabulary

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def document_schema(vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """The schema of the JSON/YAML document."""
    vocabulary = vocabulary or default_vocabulary()
    schema = Digest.model_json_schema(mode="validation")
    stage_keys = {"enum": list(vocabulary.stage_keys)}
    axis_keys = {"enum": list(vocabulary.axis_keys)}
    schema["properties"]["stages"]["propertyNames"] = stage_keys
    schema["properties"]["axes"]["propertyNames"] = axis_keys
    schema["$defs"]["Section"]["properties"]["axes"]["propertyNames"] = axis_keys
    # What the output always writes, null or not (the models' defaults make them optional
    # to build); an item's position and details are written only when there are any.
    for part in (schema, schema["$defs"]["Stage"], schema["$defs"]["Section"]):
        part["required"] = list(part["properties"])
    for option in schema["$defs"]["Item"]["properties"]["details"]["anyOf"]:
        if option.get("type") == "array":
            option["minItems"] = 1  # written only where there are any
    return {"$schema": DIALECT, "$id": "ngo-digest/document.schema.json", **schema}


def record_schema(vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """The schema of one JSON Lines record."""
    vocabulary = vocabulary or default_vocabulary()
    return {
        "$schema": DIALECT,
        "$id": "ngo-digest/record.schema.json",
        "title": "Record",
        "description": "One item of a digest, flattened with its stage, axis and section.",
        "type": "object",
        "additionalProperties": False,
        "required": ["stage", "axis", "section", "text"],
        "properties": {
            "stage": {"enum": list(vocabulary.stage_keys)},
            "axis": {"enum": list(vocabulary.axis_keys)},
            "section": {"type": ["string", "null"]},
            "text": {"type": "string", "minLength": 1, "pattern": "\\S"},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1},
            "details": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "string", "minLength": 1, "pattern": "\\S"},
            },
        },
    }
