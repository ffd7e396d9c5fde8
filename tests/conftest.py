"""Shared fixtures: the golden pairs (`NAME.<ext>` + `NAME.gold.json`) found as data."""

from __future__ import annotations

import json
import os
from functools import cache
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
    return list(_golden_pairs())


def golden_spread(size: int = 120) -> list[Path]:
    """About `size` golden inputs spread over the whole set, every kind of input among them:
    enough for the batch and worker tests, which would otherwise grow with the set."""
    pairs = _golden_pairs()
    step = max(1, len(pairs) // size)
    chosen = [source for number, (source, _) in enumerate(pairs) if number % step == 0]
    kinds = {source.suffix for source in chosen}
    for source, _ in pairs:
        if source.suffix not in kinds:
            chosen.append(source)
            kinds.add(source.suffix)
    return chosen


@cache
def _golden_pairs() -> tuple[tuple[Path, Path], ...]:
    """Found once per session in one listing of the folder: property tests draw from them
    at every example, and a glob per stem grew with the square of the set."""
    names = sorted(path.name for path in GOLDEN.iterdir())
    stems = {name.removesuffix(".gold.json") for name in names if name.endswith(".gold.json")}
    inputs: dict[str, list[str]] = {stem: [] for stem in stems}
    for name in names:
        if name.endswith(".gold.json"):
            continue
        for at, char in enumerate(name):
            if char == "." and name[:at] in inputs:
                inputs[name[:at]].append(name)  # (as `glob(f"{stem}.*")` would find it)
    pairs = []
    for stem in sorted(stems, key=lambda stem: f"{stem}.gold.json"):
        assert len(inputs[stem]) == 1, f"{stem}.gold.json needs exactly one input beside it"
        pairs.append((GOLDEN / inputs[stem][0], GOLDEN / f"{stem}.gold.json"))
    return tuple(pairs)


@cache
def parsed(source: Path) -> Any:
    """Each golden input parsed once for the session's many checks of it (the set holds
    hundreds); a test of parsing itself, or of its determinism, parses again."""
    from ngo_digest import parse_file

    return parse_file(source)


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
