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
