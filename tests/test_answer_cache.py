"""The on-disk cache of dictionary answers: a warm cache answers without the dictionary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import golden_spread
from ngo_digest import answer_cache
from ngo_digest.segment import morphology
from ngo_digest.workers import ordered_map


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


def test_two_processes_saving_keep_each_others_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    one, other = answer_cache.AnswerCache("both"), answer_cache.AnswerCache("both")
    one.put("finite", "має", True)
    other.put("finite", "знають", True)
    one.save()
    other.save()  # read the file before `one` wrote it: it adds to it, not over it
    assert answer_cache.AnswerCache("both").get("finite", "має") is True
    assert answer_cache.AnswerCache("both").get("finite", "знають") is True


_SHARED: list[answer_cache.AnswerCache] = []


def _learn(word: str) -> str:
    _SHARED[0].put("pid", word, os.getpid())
    return word


def test_workers_save_what_they_learn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker ends without running `atexit` hooks and inherits the parent's cache object,
    already registered for saving when the parent learned something first."""
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    _SHARED[:] = [answer_cache.AnswerCache("shared")]
    _SHARED[0].put("pid", "parent", os.getpid())
    words = [f"word{number}" for number in range(40)]
    assert list(ordered_map(_learn, words, workers=2)) == words
    saved = json.loads((tmp_path / "shared.json").read_text(encoding="utf-8"))["pid"]
    assert set(words) <= set(saved) and os.getpid() not in {saved[word] for word in words}
    assert "parent" not in saved  # the parent's own answer is the parent's to save
    _SHARED[0].save()  # the parent's own answer, which it would save at exit
    _SHARED.clear()


def test_a_run_with_workers_leaves_the_cache_a_run_in_one_process_does(tmp_path: Path) -> None:
    names = [str(source) for source in golden_spread()]
    caches = []
    for workers in ("1", "2"):
        folder = tmp_path / workers
        command = [sys.executable, "-m", "ngo_digest", "themes", *names, "--workers", workers]
        done = subprocess.run(
            [*command, "-f", "json"],
            env={**os.environ, "NGO_DIGEST_CACHE_DIR": str(folder)},
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        # One file per language: the golden inputs hold notes taken in Russian too.
        caches.append(
            {
                cache.name: json.loads(cache.read_text(encoding="utf-8"))
                for cache in folder.glob("morphology-*.json")
            }
        )
    assert len(caches[0]) == 2 and all(caches[0].values())
    assert caches[1] == caches[0]


@pytest.mark.parametrize(
    "content",
    [
        '{"normal": ["x"]}',
        '{"normal": "abc"}',
        '{"finite": 5}',
        '{"x": null}',
        "[1, 2]",
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["list", "text", "number", "null", "not-a-mapping", "deep"],
)
def test_a_cache_file_of_another_shape_is_ignored_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    (tmp_path / "odd.json").write_text(content, encoding="utf-8")
    cache = answer_cache.AnswerCache("odd")
    assert cache.get("normal", "x") is None
    cache.put("normal", "слова", "слово")
    cache.save()
    saved = json.loads((tmp_path / "odd.json").read_text(encoding="utf-8"))
    assert saved == {"normal": {"слова": "слово"}}


def test_a_save_adds_only_what_this_process_learned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker inherits all its parent knew; writing that again would cost a whole file."""
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    file = tmp_path / "learned.json"
    file.write_text('{"finite": {"має": true}}', encoding="utf-8")
    cache = answer_cache.AnswerCache("learned")
    assert cache.get("finite", "має") is True
    file.write_text('{"finite": {"знають": true}}', encoding="utf-8")  # another process's save
    cache.put("finite", "роблять", True)
    cache.save()
    saved = json.loads(file.read_text(encoding="utf-8"))
    assert saved == {"finite": {"знають": True, "роблять": True}}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_cache_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its words come from the user's notes, so others may not read it, whatever the umask."""
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    cache = answer_cache.AnswerCache("private")
    cache.put("normal", "слова", "слово")
    previous = os.umask(0o022)  # one that would let others read a file of default mode
    try:
        cache.save()
    finally:
        os.umask(previous)
    assert (tmp_path / "private.json").stat().st_mode & 0o777 == 0o600


def test_a_cache_that_would_grow_past_its_limit_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(answer_cache, "MAX_ANSWERS", 3)
    (tmp_path / "full.json").write_text('{"q": {"a": 1, "b": 2}}', encoding="utf-8")
    cache = answer_cache.AnswerCache("full")
    cache.put("q", "c", 3)
    cache.put("q", "d", 4)
    cache.save()
    assert answer_cache.AnswerCache("full").get("q", "d") == 4  # kept, not lost with the rest


def test_a_save_that_fails_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    (tmp_path / "blocked.json").mkdir()  # the rename onto it fails
    cache = answer_cache.AnswerCache("blocked")
    cache.put("q", "w", 1)
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked.json", "blocked.lock"]


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


def _forget(module: Any) -> None:
    module._disk_of.cache_clear()
    for memos in module._MEMOS.values():  # (every language's: see `morphology._switch`)
        for name in ("is_finite_verb", "is_oblique_only", "normal_form"):
            memos[name].cache_clear()


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


def test_a_new_versions_first_save_removes_the_files_of_older_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rules or dictionary version has its own file; no run reads an older one, so
    they would only pile up in the user's cache folder."""
    monkeypatch.setenv("NGO_DIGEST_CACHE_DIR", str(tmp_path))
    # Lower rules versions go; another dictionary's file, a later version (another install
    # sharing the folder may use it) and other files stay.
    for name in ("words-1.0-r1.json", "words-1.0-r1.lock", "words-1.0-r9.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    for name in ("words-0.9-r1.json", "other.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    cache = answer_cache.AnswerCache("words-1.0-r2", family="words-1.0-r")
    cache.put("q", "a", 1)
    cache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other.json",
        "words-0.9-r1.json",
        "words-1.0-r2.json",
        "words-1.0-r2.lock",
        "words-1.0-r9.json",
    ]
