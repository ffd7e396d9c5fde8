"""The benchmark's own helpers: its baselines must measure what their labels say."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import GOLDEN, REPO
from ngo_digest.workers import PARALLEL_THRESHOLD


def _load_run_py() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", REPO / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


bench = _load_run_py()


def test_the_interpreter_is_read_from_a_python_shebang(tmp_path: Path) -> None:
    script = tmp_path / "ngo-digest"
    script.write_text(f"#!{sys.executable}\nimport sys\n", encoding="utf-8")
    assert bench.interpreter_of(str(script)) == sys.executable


def test_a_shell_launcher_falls_back_to_this_interpreter(tmp_path: Path) -> None:
    script = tmp_path / "ngo-digest"  # what pip writes for long or spaced venv paths
    script.write_text("#!/bin/sh\n'''exec' \"/a b/python\" \"$0\" \"$@\"\n' '''\n", "utf-8")
    assert bench.interpreter_of(str(script)) == sys.executable


def test_the_copy_baseline_replaces_the_parser(tmp_path: Path) -> None:
    """If the CLI stopped going through `batch.convert`, the baseline would quietly time the
    real parser; here its output must be the input twice."""
    source = tmp_path / "in"
    source.mkdir()
    files = PARALLEL_THRESHOLD  # with --workers 2, forked workers must see the copy too
    for index in range(files):
        (source / f"n{index:02}.txt").write_bytes(b"not even notes\n")
    out = tmp_path / "out"
    command = [sys.executable, "-c", bench.BATCH_WITHOUT_PARSING, str(source), "-o", str(out)]
    done = subprocess.run(
        [*command, "--workers", "2", "-q"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert [p.read_bytes() for p in sorted(out.iterdir())] == [b"not even notes\n" * 2] * files


def test_a_big_input_is_one_valid_document(tmp_path: Path) -> None:
    sample = (GOLDEN / "ngo-networking-conference.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    bench.write_big(sample, bench.MB, big)
    assert abs(big.stat().st_size - bench.MB) < 0.05 * bench.MB
    done = subprocess.run(
        [sys.executable, "-m", "ngo_digest", "parse", str(big), "--format", "jsonl", "-q"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.count(b"\n") > 1000


def _batch_with_floor_work(floor: Path, source: Path, out: Path) -> list[str]:
    """What the floor-work baseline writes for each file of `source`, in name order."""
    command = [sys.executable, "-c", bench.BATCH_WITH_FLOOR_WORK, str(floor), str(source)]
    done = subprocess.run(
        [*command, "-o", str(out), "--workers", "2", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [p.read_text(encoding="utf-8") for p in sorted(out.iterdir())]


def test_the_floor_baseline_puts_floor_work_in_place_of_the_parser(tmp_path: Path) -> None:
    """The batch with floor.py's work must write, for each file, what floor.py prints for it;
    a stand-in floor (a `main(file)` that prints) shows which code ran, in forked workers too."""
    floor = tmp_path / "floor.py"
    floor.write_text(
        "def main(file):\n    print('floor saw', open(file, encoding='utf-8').read().strip())\n",
        encoding="utf-8",
    )
    source = tmp_path / "in"
    source.mkdir()
    for index in range(4):
        (source / f"n{index}.txt").write_text(f"note {index}\n", encoding="utf-8")
    written = _batch_with_floor_work(floor, source, tmp_path / "out")
    assert written == [f"floor saw note {index}\n" for index in range(4)]


@pytest.mark.skipif(not bench.FLOOR.is_file(), reason="../shared/benchmarks/floor.py is absent")
def test_the_floor_baseline_writes_what_the_real_floor_prints(tmp_path: Path) -> None:
    """The real floor.py still has the `main(file)` that prints, which the baseline needs."""
    source = tmp_path / "in"
    source.mkdir()
    for name in ("ngo-networking-conference.txt", "veterans_reintegration.txt"):
        (source / name).write_bytes((GOLDEN / name).read_bytes())
    written = _batch_with_floor_work(bench.FLOOR, source, tmp_path / "out")
    printed = [
        subprocess.run(
            [sys.executable, str(bench.FLOOR), str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
        for path in sorted(source.iterdir())
    ]
    assert written == printed and all(text.startswith("{") for text in written)


def test_the_budget_names_what_the_target_leaves_and_what_is_taken() -> None:
    size = 10 * bench.MB  # the target allows 0.5 s for it
    budget = bench.batch_budget(size, tool_s=1.3, floor_s=0.4)
    assert budget["left_s"] == pytest.approx(0.1)
    assert budget["beyond_floor_work_s"] == pytest.approx(0.9)
    allows, leaves, takes = bench.budget_lines(budget)
    assert "allows 500.0 ms" in allows and "takes 400.0 ms" in allows
    assert "leaves 100.0 ms" in leaves
    assert "takes 900.0 ms beyond it (9.0× what is left)" in takes


def test_a_floor_that_misses_the_target_by_itself_is_said_so() -> None:
    budget = bench.batch_budget(10 * bench.MB, tool_s=1.3, floor_s=0.7)
    _, misses, takes = bench.budget_lines(budget)
    assert "misses the target by 200.0 ms by itself" in misses
    assert "takes 600.0 ms beyond it" in takes and "×" not in takes


def test_noise_that_puts_the_tool_under_the_floor_prints_no_negative_time() -> None:
    budget = bench.batch_budget(10 * bench.MB, tool_s=0.3, floor_s=0.4)
    assert not any(re.search(r"-\d", line) for line in bench.budget_lines(budget))


@pytest.mark.parametrize(
    ("value", "at_least", "expected"),
    [
        (1.5, False, "met"),  # at most 1.5: exactly on the target
        (1.6, False, "NOT met"),
        (20.0, True, "met"),  # at least 20: exactly on the target
        (19.9, True, "NOT met"),
        (None, True, "not measured"),
    ],
)
def test_a_verdict_reads_the_target_the_right_way(
    value: float | None, at_least: bool, expected: str
) -> None:
    target = 20.0 if at_least else 1.5
    assert bench.verdict(value, target, at_least=at_least) == expected
