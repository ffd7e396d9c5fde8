"""The on-disk cache of dictionary answers: a warm cache answers without the dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest

from ngo_digest import answer_cache
from ngo_digest.segment import morphology


def test_answers_survive_a_new_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    first = answer_cache.AnswerCache("test")
    first.put("finite", "має", True)
    first.save()
    assert answer_cache.AnswerCache("test").get("finite", "має") is True
    assert answer_cache.AnswerCache("test").get("finite", "немає") is None


def test_a_warm_cache_needs_no_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    _forget(morphology)
    assert morphology.is_finite_verb("допомагають") is True
    assert morphology.is_oblique_only("Києва") is True
    morphology._disk().save()

    _forget(morphology)

    def no_dictionary() -> None:
        raise AssertionError("the dictionary was loaded")

    monkeypatch.setattr(morphology, "_analyzer", no_dictionary)
    assert morphology.is_finite_verb("допомагають") is True
    assert morphology.is_oblique_only("Києва") is True
    _forget(morphology)


def test_caching_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NGO_DIGEST_NO_CACHE", "1")
    assert answer_cache.cache_folder() is None
    cache = answer_cache.AnswerCache("off")
    cache.put("q", "w", 1)
    cache.save()  # nowhere to write: nothing happens
    assert cache.get("q", "w") == 1


def test_an_unreadable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert answer_cache.AnswerCache("broken").get("q", "w") is None


def _forget(module: object) -> None:
    for name in ("_disk", "is_finite_verb", "is_oblique_only", "normal_form"):
        getattr(module, name).cache_clear()


def test_output_is_the_same_with_a_cold_and_a_warm_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import GOLDEN
    from ngo_digest import parse_file
    from ngo_digest.render import render

    sample = GOLDEN / "ngo-networking-conference.txt"
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    _forget(morphology)
    cold = render(parse_file(sample), "json")  # answers from the dictionary
    morphology._disk().save()
    _forget(morphology)
    monkeypatch.setattr(morphology, "_analyzer", lambda: pytest.fail("dictionary loaded"))
    warm = render(parse_file(sample), "json")  # answers from the file alone
    _forget(morphology)
    assert warm == cold
