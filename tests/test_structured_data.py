"""The committed data: the raw sample is the real one, and the structured files are fresh."""

from __future__ import annotations

import pytest

from conftest import GOLDEN, REPO
from ngo_digest import parse_file
from ngo_digest.render import render

RAW = REPO / "data" / "raw" / "ngo-networking-conference.txt"


def test_raw_sample_is_byte_identical_to_the_fixture() -> None:
    assert RAW.read_bytes() == (GOLDEN / "ngo-networking-conference.txt").read_bytes()


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_structured_output_is_not_stale(fmt: str) -> None:
    committed = REPO / "data" / "structured" / f"ngo-networking-conference.{fmt}"
    fresh = render(parse_file(RAW), fmt)
    assert committed.read_text(encoding="utf-8") == fresh, (
        f"{committed} is stale; regenerate with: ngo-digest parse {RAW.relative_to(REPO)} -o "
        f"{committed.relative_to(REPO)}"
    )
