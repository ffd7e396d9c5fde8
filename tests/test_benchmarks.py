"""The benchmark's own helpers: its baselines must measure what their labels say."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

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
    files = PARALLEL_THRESHOLD  # enough for the forked workers, which must see the copy too
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


def test_the_floor_baseline_puts_floor_work_in_place_of_the_parser(tmp_path: Path) -> None:
    """The batch with floor.py's work must write, for each file, what floor.py prints for it;
    a stand-in floor (a `main(file)` that prints) shows which code ran."""
    floor = tmp_path / "floor.py"
    floor.write_text(
        "def main(file):\n    print('floor saw', open(file, encoding='utf-8').read().strip())\n",
        encoding="utf-8",
    )
    source = tmp_path / "in"
    source.mkdir()
    files = PARALLEL_THRESHOLD  # enough for the forked workers, which must see it too
    for index in range(files):
        (source / f"n{index:02}.txt").write_text(f"note {index}\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-c", bench.BATCH_WITH_FLOOR_WORK, str(floor), str(source)]
    done = subprocess.run(
        [*command, "-o", str(out), "--workers", "2", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = [p.read_text(encoding="utf-8") for p in sorted(out.iterdir())]
    assert written == [f"floor saw note {index}\n" for index in range(files)]


def test_the_budget_names_what_the_target_leaves_and_what_is_taken() -> None:
    size = 10 * bench.MB  # the target allows 0.5 s for it
    first, second = bench.budget_lines(size, tool_s=1.3, floor_s=0.4)
    assert "allows 500.0 ms" in first and "takes 400.0 ms" in first
    assert "leaves 100.0 ms" in second and "takes 900.0 ms (9.0× that)" in second
    assert "leaves 0.0 ms" in bench.budget_lines(size, tool_s=1.3, floor_s=0.7)[1]
