"""A step's details (`Термін – квітень 2025` under it) travel with the step in every format."""

from __future__ import annotations

import json

import jsonschema
import yaml

from ngo_digest import parse_text
from ngo_digest.render import render
from ngo_digest.schema import document_schema, record_schema
from ngo_digest.stream import stream_bytes

NOTES = "\n".join(
    [
        "Назва",
        "",
        "3. Кроки",
        "",
        "Що робити?",
        "",
        "З владою:",
        "1. Створити раду ветеранів.",
        "Термін – квітень 2025",
        "Відповідальні: ГО «Побратими»",
        "2. Провести навчання.",
        "",
    ]
)
DETAILS = ["Термін – квітень 2025", "Відповідальні: ГО «Побратими»"]


def test_the_document_keeps_a_steps_details_and_leaves_the_field_out_elsewhere() -> None:
    data = parse_text(NOTES).to_data()
    first, second = data["stages"]["steps"]["sections"][0]["axes"]["authorities"]
    assert first == {"text": "Створити раду ветеранів", "details": DETAILS}
    assert second == {"text": "Провести навчання"}
    jsonschema.validate(data, document_schema())
    assert json.loads(render(parse_text(NOTES), "json")) == data
    assert yaml.safe_load(render(parse_text(NOTES), "yaml")) == data


def test_json_lines_records_carry_details_and_match_their_schema() -> None:
    lines = render(parse_text(NOTES), "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0]["details"] == DETAILS
    assert "details" not in records[1]
    for record in records:
        jsonschema.validate(record, record_schema())


def test_streamed_output_carries_details_as_the_rendered_digest_does() -> None:
    streamed = stream_bytes(NOTES.encode(), "jsonl").to_bytes().decode()
    assert streamed == render(parse_text(NOTES), "jsonl")


def test_a_table_shows_details_under_their_step() -> None:
    table = render(parse_text(NOTES), "table")
    assert "◦ Термін – квітень 2025" in table


def test_markdown_gives_details_back_when_read_again() -> None:
    digest = parse_text(NOTES)
    markdown = render(digest, "markdown")
    assert "<li>Термін – квітень 2025</li>" in markdown
    assert parse_text(markdown).to_data() == digest.to_data()


def test_diff_reports_a_changed_detail() -> None:
    """The fifth reader's probe: a step whose deadline moved is a change."""
    from ngo_digest.diff import compare

    later = NOTES.replace("квітень 2025", "грудень 2026")
    changes = compare(parse_text(NOTES), parse_text(later))
    assert [(change.kind, change.text) for change in changes] == [
        ("details", "Створити раду ветеранів")
    ]
    assert "грудень 2026" in str(changes[0])


def test_an_empty_list_of_details_is_left_out_as_none_is() -> None:
    """A caller may build an `Item` with `details=[]`; every format then leaves the field
    out, as JSON Lines always did ("only where there are any")."""
    from ngo_digest.models import Digest, Item, Section, Stage

    item = Item(text="Провести навчання", details=[])
    digest = Digest(
        stages={"steps": Stage(title="Кроки", sections=[Section(axes={"ngos": [item]})])}
    )
    for fmt in ("json", "yaml"):
        assert "details" not in render(digest, fmt)
    assert "details" not in render(digest, "jsonl")
