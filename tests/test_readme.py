"""The README stays true: its two commands are the ones CI and newcomers run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv[^\n]*)\n```", README)


def test_readme_opens_with_the_two_commands() -> None:
    run, test = _commands()[:2]
    assert "ngo-digest parse data/raw/" in run
    assert "pytest" in test
    assert (REPO / run.rsplit(" ", 1)[-1]).is_file()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


def test_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of the README runs as written, on the sample as notes.txt."""
    blocks = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    assert blocks
    sample = REPO / "data" / "raw" / "ngo-networking-conference.txt"
    (tmp_path / "notes.txt").write_bytes(sample.read_bytes())
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "notes.jsonl").read_text(encoding="utf-8").count("\n") > 100
