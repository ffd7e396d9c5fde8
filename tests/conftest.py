"""Shared fixtures: the golden pairs (`NAME.<ext>` + `NAME.gold.json`) found as data."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# CI explores the same examples on every run, so a landing never depends on luck; local runs
# explore new ones (set NGO_EXAMPLES=1000 for a long hunt).
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True, scope="session")
def _private_answer_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never read or write the user's real cache of dictionary answers, and use a
    cache whatever the developer's shell says."""
    os.environ["NGO_DIGEST_CACHE_DIR"] = str(tmp_path_factory.mktemp("ngo-cache"))
    os.environ.pop("NGO_DIGEST_NO_CACHE", None)


FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "golden"
REPO = Path(__file__).parent.parent


def golden_pairs() -> list[tuple[Path, Path]]:
    """Every input in fixtures/golden with its gold file, by shared stem."""
    pairs = []
    for gold in sorted(GOLDEN.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        inputs = [p for p in GOLDEN.glob(f"{stem}.*") if p != gold]
        assert len(inputs) == 1, f"{gold.name} needs exactly one input beside it"
        pairs.append((inputs[0], gold))
    return pairs


def source_text(path: Path) -> str:
    """Every word a notes file holds, as text: decoded, or for Word files every paragraph
    and table cell in document order."""
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    from ngo_digest.decode import decode_bytes

    return decode_bytes(path.read_bytes()).text


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=golden_pairs(), ids=lambda pair: pair[0].name)
def golden(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    source, gold = request.param
    return source, load_gold(gold)
