"""Benchmark ngo-digest as a user runs it: whole processes, timed from the outside.

Run from anywhere: `python benchmarks/run.py [--quick] [--rows startup,scale,batch,themes]
[--json [FILE]]`. Stdlib only; POSIX only (it needs `os.wait4`).

Every number is the median of N runs of a whole child process (start, import, work, write,
exit), set against a baseline measured in the same run on the same machine, so that the ratio
means something on any machine even though the seconds do not. Why each baseline:

- startup -- `python -c pass` with the same interpreter is the cost of merely starting Python:
  no tool can be cheaper, so "× python" shows what the tool adds. `floor.py` (from
  `../shared/benchmarks/`) is the least a typer + pydantic tool can do for the same job: start
  typer, read the file, validate a document of the same four-level shape with pydantic, print
  JSON. It does no real parsing. "× floor" is therefore the price of ngo-digest's own work and
  imports; the target for `--format json` is at most 1.5× the floor.
- scale -- `floor.py` on the same big input: it reads, splits and validates as many cells as
  ngo-digest does, so it is linear by construction and shows what pydantic + JSON cost at that
  size. What matters most is ngo-digest against itself: 50 MB holds five times the rows of
  10 MB, so t(50 MB)/t(10 MB) is 5 for a linear parser; the target is at most 5.5.
- batch and themes -- a `python -c` that reads and decodes every file of the folder: the
  interpreter plus the I/O that any tool must do for the same folder. The batch row adds one
  that also writes each file, doubled (about the size of its JSON), into the output folder via
  a temporary file and a rename, as ngo-digest does: what the file system alone costs. A third
  runs ngo-digest's own batch with its parser replaced by a copy (the input twice): start-up,
  planning, workers, reading and atomic writes, the part of a batch that no parser speeds up.
  A fourth puts floor.py's work for each file in place of the parser: ngo-digest's batch
  doing what floor.py does for one file (it splits cells at tabs and ` - `, keeps only rows of
  three cells, and so writes about a quarter of ngo-digest's items). The batch target (20
  MB/s: the whole call within size / 20 MB/s) is printed against it: what the target leaves
  beyond floor.py's work, and what ngo-digest's parsing takes beyond it. That is a rough
  allowance, not a bound: the fourth row does less work than a real parser must.
  The batch commands run round-robin after one untimed warm-up each, each writing into a
  fresh folder of its own; the previous one is moved aside and deleted after the row
  (deleting 1,000 files just before a run leaves the kernel work to the timed process).
  The file system moves with what the disk did lately: on ext4, creating files soon after many
  were deleted (another benchmark run, a test suite) costs several times as much (seen here:
  1,000 files in 110 ms on a quiet disk, 300-700 ms within a minute or two of deleting tens of
  thousands). Compare rows of one run, and rerun on a quiet disk.

Before anything is timed, the installed package is byte-compiled (`compileall`), as pip does
for a regular install: an editable install under PYTHONDONTWRITEBYTECODE would otherwise
recompile the package's source at every start, which is not what a user's install pays (the
`bytecode` line of the header says what was done).

How a run is measured: each command runs under a small wrapper (`python -I -S -c WRAPPER`)
that forks and execs it, waits for it with `os.wait4(pid)` and prints the wall time from fork
to exit and the child's own `ru_maxrss` (the rusage of exactly that child). Peak memory is
therefore per run. Two simpler methods are wrong: deltas of
`getrusage(RUSAGE_CHILDREN).ru_maxrss` (a high-water mark over all children ever waited for,
not a sum: a small run after a big one shows 0), and `wait4` on a child that this script
starts with `subprocess` (it uses vfork, and a vfork'ed child's ru_maxrss starts at the
spawner's peak; a forked child's starts at the spawner's current RSS). The wrapper is smaller
(~8 MB) than anything it measures, this script is not (~15 MB).

The inputs are generated in a temporary folder that is removed at the end (also on Ctrl-C):
- big documents keep the sample's title and stage headings once and repeat the content rows of
  its first stage table (everything between the axis header row and the `--` separator) until
  the document reaches ~1, ~10 and ~50 MB (10**6 bytes). Each is generated once and reused.
- the batch folder holds 1,000 copies of the sample (~10 KB each), each with a number appended
  to a few of its `- ` items so that no two files are the same.
A command that exits non-zero is run only once and reported with its exit code and the first
line of its stderr that names an error; for batch and themes, which may not exist yet, the row
says "not supported by this version" and the benchmark goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "raw" / "ngo-networking-conference.txt"
FLOOR = REPO.parent / "shared" / "benchmarks" / "floor.py"
ROWS = ("startup", "scale", "batch", "themes")
SCALE_MB = (1, 10, 50)
BATCH_FILES = 1000
TARGET_JSON_VS_FLOOR = 1.5
TARGET_50_VS_10 = 5.5
TARGET_BATCH_MB_S = 20.0
MB = 1_000_000
# Runs one command and prints "seconds ru_maxrss exit_code". It runs as `python -I -S` (a small
# process) and forks: a child's ru_maxrss starts at the RSS of the process that forked it (and
# at that process's *peak* after vfork/posix_spawn, which `subprocess` uses), so the spawner
# must be smaller than anything it measures. This benchmark's own process is not (~15 MB).
WRAPPER = """
import os, sys, time
out, err, *cmd = sys.argv[1:]
fds = [os.open(os.devnull, os.O_RDONLY)]
fds += [os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) for path in (out, err)]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.execvp(cmd[0], cmd)
    except OSError as exc:
        os.write(2, f"cannot run {cmd[0]}: {exc}\\n".encode())
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
READ_ALL = (
    "import pathlib, sys\n"
    "n = 0\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):\n"
    "    n += len(p.read_text(encoding='utf-8'))\n"
)
# Reads every file and writes it (twice over: about the size of its JSON) into a folder the
# way ngo-digest does, via a temporary file and a rename: the file system's part of a batch.
COPY_ALL = (
    "import os, pathlib, sys, tempfile\n"
    "out = pathlib.Path(sys.argv[2])\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):\n"
    "    data = p.read_bytes() * 2\n"
    "    fd, tmp = tempfile.mkstemp(dir=out)\n"
    "    with os.fdopen(fd, 'wb') as fh:\n"
    "        fh.write(data)\n"
    "    os.replace(tmp, out / (p.stem + '.json'))\n"
)
# ngo-digest's own batch -- start-up, planning, the worker pool, reading, atomic writes -- with
# the parser replaced by "the output is the input, twice" (about the size of its JSON): what a
# batch costs before any parsing. The workers are forked, so they see the replacement too.
BATCH_WITHOUT_PARSING = (
    "import sys\n"
    "import ngo_digest.batch as batch\n"
    "from ngo_digest.parse import read_file\n"
    "def copy(source, options, *, terminal=False):\n"
    "    data = read_file(str(source)) * 2\n"
    "    return (lambda: data), []\n"
    "batch.convert = copy\n"
    "from ngo_digest.cli import main\n"
    "sys.argv = ['ngo-digest', 'parse', *sys.argv[1:]]\n"
    "main()\n"
)
# The same batch with the parser replaced by floor.py's work for each file (argv[1] is
# floor.py): read it, split cells, validate and print JSON with pydantic, printed into a buffer
# that becomes the file's output. floor.py does less than a real parser (see the docstring).
BATCH_WITH_FLOOR_WORK = (
    "import contextlib, importlib.util, io, sys\n"
    "import ngo_digest.batch as batch\n"
    "spec = importlib.util.spec_from_file_location('floor', sys.argv.pop(1))\n"
    "floor = importlib.util.module_from_spec(spec)\n"
    "spec.loader.exec_module(floor)\n"
    "def floor_work(source, options, *, terminal=False):\n"
    "    printed = io.StringIO()\n"
    "    with contextlib.redirect_stdout(printed):\n"
    "        floor.main(str(source))\n"
    "    data = printed.getvalue().encode()\n"
    "    return (lambda: data), []\n"
    "batch.convert = floor_work\n"
    "from ngo_digest.cli import main\n"
    "sys.argv = ['ngo-digest', 'parse', *sys.argv[1:]]\n"
    "main()\n"
)

# --------------------------------------------------------------------------- measuring


@dataclass(frozen=True)
class Run:
    """One finished child process."""

    seconds: float
    peak_mb: float
    exit_code: int
    stderr_path: Path


@dataclass
class Measure:
    """The median of several runs of one command, or why it could not be measured."""

    label: str
    runs: int = 0
    median_s: float | None = None
    peak_mb: float | None = None
    failure: str | None = None  # "exit N: first error line" when the command failed
    seconds: list[float] = field(default_factory=list)  # every run, for the spread
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.median_s is not None


def _peak_mb(maxrss: int) -> float:
    """ru_maxrss is in KiB on Linux and in bytes on macOS."""
    scale = 1 if sys.platform == "darwin" else 1024
    return maxrss * scale / MB


def run_once(cmd: Sequence[str], stdout: Path | None, stderr: Path) -> Run:
    """Run `cmd` to completion under the wrapper: its wall time and its own peak memory."""
    out = str(stdout) if stdout is not None else os.devnull
    wrapper = [sys.executable, "-I", "-S", "-c", WRAPPER, out, str(stderr), *cmd]
    report = subprocess.run(wrapper, capture_output=True, text=True, check=True).stdout
    seconds, maxrss, exit_code = report.split()
    return Run(float(seconds), _peak_mb(int(maxrss)), int(exit_code), stderr)


def error_line(stderr: Path) -> str:
    """The first stderr line that names an error, else the first non-empty one."""
    lines = [ln.strip() for ln in stderr.read_text(errors="replace").splitlines() if ln.strip()]
    for line in lines:
        if "error" in line.lower():
            return line
    return lines[0] if lines else "(no stderr)"


def failed(label: str, run: Run) -> Measure:
    return Measure(label, runs=1, failure=f"exit {run.exit_code}: {error_line(run.stderr_path)}")


def summarize(label: str, runs: list[Run]) -> Measure:
    return Measure(
        label,
        runs=len(runs),
        median_s=statistics.median(r.seconds for r in runs),
        peak_mb=max(r.peak_mb for r in runs),
        seconds=[r.seconds for r in runs],
    )


@dataclass(frozen=True)
class Job:
    """A command to time, with an optional untimed step before each run."""

    label: str
    cmd: list[str]
    stdout: Path | None = None
    before: Callable[[], None] | None = None


def measure(job: Job, n: int, scratch: Path) -> Measure:
    """Median of `n` runs; a command that fails is run only once."""
    runs: list[Run] = []
    for _ in range(n):
        if job.before is not None:
            job.before()
        run = run_once(job.cmd, job.stdout, scratch / "stderr.txt")
        if run.exit_code != 0:
            return failed(job.label, run)
        runs.append(run)
    return summarize(job.label, runs)


def measure_interleaved(jobs: list[Job], n: int, scratch: Path) -> list[Measure]:
    """Round-robin runs after one untimed warm-up each, so drift hits every command alike."""
    runs: dict[str, list[Run]] = {job.label: [] for job in jobs}
    broken: dict[str, Measure] = {}
    for round_no in range(n + 1):
        for job in jobs:
            if job.label in broken:
                continue
            if job.before is not None:
                job.before()
            run = run_once(job.cmd, job.stdout, scratch / "stderr.txt")
            if run.exit_code != 0:
                broken[job.label] = failed(job.label, run)
            elif round_no > 0:
                runs[job.label].append(run)
    return [broken.get(job.label) or summarize(job.label, runs[job.label]) for job in jobs]


def ratio(a: Measure | None, b: Measure | None) -> float | None:
    if a is None or b is None or a.median_s is None or not b.median_s:
        return None
    return a.median_s / b.median_s


# --------------------------------------------------------------------------- inputs


def stage_table_split(lines: list[str]) -> tuple[int, int]:
    """Indexes of the first axis header row and of the `--` separator that closes its table."""
    header = next(i for i, line in enumerate(lines) if line.count("\t") == 2)
    for i in range(header + 1, len(lines)):
        cells = lines[i].split("\t")
        if all(cell.strip() and set(cell.strip()) == {"-"} for cell in cells):
            return header, i
    raise ValueError("the sample has no `--` separator after its first table")


def write_big(sample: str, target_bytes: int, path: Path) -> int:
    """A valid document of ~target_bytes: headings once, the first table's rows repeated."""
    lines = sample.split("\n")
    header, separator = stage_table_split(lines)
    head = "\n".join(lines[: header + 1]) + "\n"
    block = "\n".join(lines[header + 1 : separator]) + "\n"
    tail = "\n".join(lines[separator:])
    fixed = len((head + tail).encode())
    copies = max(1, round((target_bytes - fixed) / len(block.encode())))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(head)
        for _ in range(copies):
            fh.write(block)
        fh.write(tail)
    return copies


def vary(sample: str, number: int) -> str:
    """The sample with `number` appended to a few `- ` items of its table rows."""
    out = []
    for line in sample.split("\n"):
        if line.count("\t") == 2 and " - " in line:
            parts = line.split(" - ")
            plain = [
                i for i, part in enumerate(parts) if i and "\t" not in part and "<" not in part
            ]
            for i in plain[number % 3 :: 3]:
                parts[i] = f"{parts[i].rstrip()} {number}"
            line = " - ".join(parts)
        out.append(line)
    return "\n".join(out)


def write_batch(sample: str, folder: Path, count: int) -> int:
    folder.mkdir()
    total = 0
    for number in range(count):
        text = vary(sample, number)
        (folder / f"notes-{number:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def count_items(folder: Path) -> int:
    """Items in every JSON / JSON Lines output under `folder` (0 if none can be read)."""
    total = 0
    for path in folder.rglob("*"):
        if path.suffix == ".jsonl":
            total += sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line)
        elif path.suffix == ".json":
            try:
                total += _items_in(json.loads(path.read_text(encoding="utf-8")))
            except ValueError:
                continue
    return total


def _items_in(node: Any) -> int:
    if isinstance(node, dict):
        axes = node.get("axes")
        if isinstance(axes, dict) and all(isinstance(v, list) for v in axes.values()):
            return sum(len(v) for v in axes.values())
        return sum(_items_in(v) for v in node.values())
    if isinstance(node, list):
        return sum(_items_in(v) for v in node)
    return 0


# --------------------------------------------------------------------------- printing


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def spread(m: Measure) -> str:
    if not m.seconds:
        return "-"
    return f"{fmt_s(min(m.seconds))}–{fmt_s(max(m.seconds))}"


def fmt_x(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}×"


def fmt_mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} MB"


def verdict(value: float | None, target: float, *, at_least: bool = False) -> str:
    """Whether `value` meets `target`: at most it, or with `at_least`, at least it."""
    if value is None:
        return "not measured"
    return "met" if (value >= target if at_least else value <= target) else "NOT met"


def notes(measures: Sequence[Measure | None], unsupported: str | None = None) -> None:
    """One line per command that failed, after its table: `unsupported: not supported ...`
    for a command that may not exist yet, else `label: failed (...)`."""
    for m in measures:
        if m is None or m.ok:
            continue
        if unsupported is not None:
            say(f"  {unsupported}: not supported by this version ({m.failure})")
        else:
            say(f"  {m.label}: failed ({m.failure})")


def say(text: str = "") -> None:
    print(text, flush=True)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        say("  " + "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Setup:
    """What every row needs: the tools, the scratch folder and the repetition counts."""

    python: str
    ngo: str
    floor: Path | None
    scratch: Path
    startup_runs: int
    big_runs: int
    sample: str


def row_startup(s: Setup) -> dict[str, Any]:
    say(
        f"== startup: whole process on the {SAMPLE.stat().st_size / 1000:.0f} KB sample "
        f"(median of {s.startup_runs}, interleaved, 1 warm-up) =="
    )
    jobs = [Job("python -c pass", [s.python, "-c", "pass"])]
    if s.floor is not None:
        jobs.append(Job("python floor.py SAMPLE", [s.python, str(s.floor), str(SAMPLE)]))
    for fmt in ("json", "yaml", "table"):
        jobs.append(
            Job(
                f"ngo-digest parse SAMPLE --format {fmt}",
                [s.ngo, "parse", str(SAMPLE), "--format", fmt],
            )
        )
    results = measure_interleaved(jobs, s.startup_runs, s.scratch)
    by_label = {m.label: m for m in results}
    python = by_label["python -c pass"]
    floor = by_label.get("python floor.py SAMPLE")
    table(
        ("command", "median", "peak RSS", "× python", "× floor"),
        [
            (
                m.label,
                fmt_s(m.median_s),
                fmt_mb(m.peak_mb),
                fmt_x(ratio(m, python)),
                fmt_x(ratio(m, floor)),
            )
            for m in results
            if m.ok
        ],
    )
    notes(results)
    if s.floor is None:
        say(f"  floor: skipped, {FLOOR} not found")
    json_vs_floor = ratio(by_label["ngo-digest parse SAMPLE --format json"], floor)
    say(
        f"  ngo-digest json / floor = {fmt_x(json_vs_floor)}  "
        f"(target ≤ {TARGET_JSON_VS_FLOOR}×: {verdict(json_vs_floor, TARGET_JSON_VS_FLOOR)})"
    )
    say()
    return {
        "measures": [asdict(m) for m in results],
        "json_vs_floor": json_vs_floor,
        "target": TARGET_JSON_VS_FLOOR,
    }


def scale_one(s: Setup, mb: int) -> tuple[Measure, Measure | None]:
    src = s.scratch / f"big-{mb}mb.txt"
    write_big(s.sample, mb * MB, src)
    size = src.stat().st_size
    out = s.scratch / "big-out.json"
    ngo = measure(
        Job(
            f"ngo-digest on {mb} MB", [s.ngo, "parse", str(src), "--format", "json", "-o", str(out)]
        ),
        s.big_runs,
        s.scratch,
    )
    floor = None
    if s.floor is not None:
        job = Job(f"floor.py on {mb} MB", [s.python, str(s.floor), str(src)])
        floor = measure(job, s.big_runs, s.scratch)
    for m in (ngo, floor):
        if m is not None:
            m.extra["bytes"] = size
    out.unlink(missing_ok=True)
    src.unlink()
    return ngo, floor


def row_scale(s: Setup) -> dict[str, Any]:
    say(
        f"== scale: one document, first stage's rows repeated; parse --format json -o FILE "
        f"(median of {s.big_runs}) =="
    )
    pairs = {mb: scale_one(s, mb) for mb in SCALE_MB}
    rows = []
    for mb, (ngo, floor) in pairs.items():
        size = ngo.extra["bytes"] / MB
        speed = size / ngo.median_s if ngo.median_s else None
        rows.append(
            (
                f"~{mb} MB",
                f"{size:.2f} MB",
                str(ngo.runs),
                fmt_s(ngo.median_s),
                spread(ngo),
                "-" if speed is None else f"{speed:.2f}",
                fmt_mb(ngo.peak_mb),
                fmt_s(floor.median_s) if floor else "-",
                fmt_mb(floor.peak_mb if floor else None),
                fmt_x(ratio(ngo, floor)),
            )
        )
    table(
        (
            "input",
            "size",
            "runs",
            "ngo-digest",
            "min–max",
            "MB/s",
            "peak RSS",
            "floor",
            "floor RSS",
            "× floor",
        ),
        rows,
    )
    notes([m for pair in pairs.values() for m in pair])
    if s.floor is None:
        say(f"  floor: skipped, {FLOOR} not found")
    t50, t10 = pairs[50][0], pairs[10][0]
    growth = ratio(t50, t10)
    size_ratio = t50.extra["bytes"] / t10.extra["bytes"]
    say(
        f"  t(50 MB) / t(10 MB) = {fmt_x(growth)} for {size_ratio:.2f}× the bytes  "
        f"(target ≤ {TARGET_50_VS_10}: {verdict(growth, TARGET_50_VS_10)})"
    )
    say()
    return {
        "measures": [
            {"ngo": asdict(n), "floor": asdict(f) if f else None} for n, f in pairs.values()
        ],
        "t50_over_t10": growth,
        "target": TARGET_50_VS_10,
    }


def batch_folder(s: Setup) -> tuple[Path, int]:
    folder = s.scratch / "batch-in"
    if not folder.exists():
        write_batch(s.sample, folder, BATCH_FILES)
    return folder, sum(p.stat().st_size for p in folder.iterdir())


def read_baseline(s: Setup, folder: Path) -> Measure:
    job = Job("python reads all files", [s.python, "-c", READ_ALL, str(folder)])
    return measure(job, s.big_runs, s.scratch)


def folder_rows(
    title: str,
    name: str,
    tool: Measure,
    base: Measure,
    size: int,
    items: int | None,
    others: Sequence[Measure] = (),
    summary: Sequence[str] = (),
) -> None:
    """The table of a folder row, then the `summary` lines; `name` is how an unsupported
    command is reported."""
    say(title)
    rows = []
    for m in (base, *others, tool):
        if m.median_s is None:
            continue
        per_s = f"{items / m.median_s:,.0f}" if items and m is tool else "-"
        rows.append(
            (
                m.label,
                fmt_s(m.median_s),
                str(m.runs),
                f"{size / MB / m.median_s:.2f}",
                per_s,
                fmt_mb(m.peak_mb),
                fmt_x(ratio(m, base)),
            )
        )
    table(("command", "median", "runs", "MB/s", "items/s", "peak RSS", "× read"), rows)
    notes([base, *others])
    notes([tool], unsupported=name)
    for line in summary:
        say("  " + line)
    say()


def row_batch(s: Setup) -> dict[str, Any]:
    folder, size = batch_folder(s)
    spent = s.scratch / "batch-spent"
    spent.mkdir(exist_ok=True)
    outputs: list[Path] = []

    def writing(label: str, command: list[str], name: str) -> Job:
        """A job whose command ends by naming its own output folder, fresh for each run."""
        out = s.scratch / name
        outputs.append(out)

        def fresh_output() -> None:
            # Moved aside, not deleted: deleting 1,000 files leaves the kernel work that the
            # next process would pay for (measured: +0.2-0.6 s of system time). Deleted after
            # the row.
            if out.exists():
                out.rename(spent / f"run-{len(list(spent.iterdir()))}")
            out.mkdir()

        return Job(label, [*command, str(out)], before=fresh_output)

    python_of_ngo = interpreter_of(s.ngo)  # these import ngo_digest, so they run in its venv
    jobs = [
        writing(
            "ngo-digest parse DIR -o OUTDIR --format json",
            [s.ngo, "parse", str(folder), "--format", "json", "-o"],
            "batch-out",
        ),
        writing(
            "python reads all files, writes them x2",
            [s.python, "-c", COPY_ALL, str(folder)],
            "copy-out",
        ),
        writing(
            "ngo-digest parse DIR, the parser replaced by a copy x2",
            [python_of_ngo, "-c", BATCH_WITHOUT_PARSING, str(folder), "-o"],
            "unparsed-out",
        ),
    ]
    if s.floor is not None:
        floor_work = [python_of_ngo, "-c", BATCH_WITH_FLOOR_WORK, str(s.floor), str(folder)]
        jobs.append(
            writing(
                "ngo-digest parse DIR, the parser replaced by floor.py's work",
                [*floor_work, "-o"],
                "floor-out",
            )
        )
    # Round-robin, so that the disk's drift (see the module's docstring) hits them alike.
    tool, *others = measure_interleaved(jobs, s.big_runs, s.scratch)
    floored = next((m for m in others if "floor.py" in m.label), None)
    items = count_items(outputs[0]) if tool.ok else None
    base = read_baseline(s, folder)
    mb_s = size / MB / tool.median_s if tool.median_s else None
    shown = f"{mb_s:.2f} MB/s" if mb_s is not None else "not measured"
    summary = [
        f"ngo-digest: {shown}  (target ≥ {TARGET_BATCH_MB_S:g} MB/s:"
        f" {verdict(mb_s, TARGET_BATCH_MB_S, at_least=True)})"
    ]
    budget = None
    if s.floor is None:
        summary.append(f"floor: skipped, {FLOOR} not found")
    elif tool.median_s and floored is not None and floored.median_s:
        budget = batch_budget(size, tool.median_s, floored.median_s)
        summary += budget_lines(budget)
    folder_rows(
        f"== batch: {BATCH_FILES:,} files, {size / MB:.1f} MB, one call ==",
        "batch",
        tool,
        base,
        size,
        items,
        others=others,
        summary=summary,
    )
    for path in [*outputs, spent]:
        shutil.rmtree(path, ignore_errors=True)
    return {
        "measures": [asdict(m) for m in (base, *others, tool)],  # told apart by their labels
        "bytes": size,
        "items": items,
        "mb_per_s": mb_s,
        "target_mb_per_s": TARGET_BATCH_MB_S,
        "budget": budget,
    }


def batch_budget(size: int, tool_s: float, floor_s: float) -> dict[str, float]:
    """Seconds: what the target allows the whole batch (size / target), what the batch with
    floor.py's work takes, what that leaves (negative: the floor's batch misses the target by
    itself) and what ngo-digest takes beyond the floor's batch."""
    allowed = size / MB / TARGET_BATCH_MB_S
    return {
        "allowed_s": allowed,
        "floor_work_s": floor_s,
        "left_s": allowed - floor_s,
        "beyond_floor_work_s": tool_s - floor_s,
    }


def budget_lines(budget: dict[str, float]) -> list[str]:
    """The budget in words. floor.py's work is lighter than ngo-digest's (it keeps only rows of
    exactly three cells and writes about a quarter of the items), so what is left is a rough
    allowance for ngo-digest's parsing, not a bound."""
    left, beyond = budget["left_s"], budget["beyond_floor_work_s"]
    lines = [
        f"the target allows {fmt_s(budget['allowed_s'])}; the batch with floor.py's work takes"
        f" {fmt_s(budget['floor_work_s'])},"
    ]
    if left <= 0:
        lines.append(f"which misses the target by {fmt_s(-left)} by itself")
    else:
        lines.append(f"which leaves {fmt_s(left)} for ngo-digest's parsing beyond floor.py's work")
    if beyond <= 0:
        lines.append("ngo-digest took no longer than the batch with floor.py's work (noise?)")
    else:
        times = f" ({beyond / left:.1f}× what is left)" if left > 0 else ""
        lines.append(f"ngo-digest's parsing takes {fmt_s(beyond)} beyond it{times}")
    return lines


def row_themes(s: Setup) -> dict[str, Any]:
    folder, size = batch_folder(s)
    job = Job(
        "ngo-digest themes DIR", [s.ngo, "themes", str(folder)], stdout=s.scratch / "themes-out.txt"
    )
    tool = measure(job, s.big_runs, s.scratch)
    base = read_baseline(s, folder)
    title = f"== themes: {BATCH_FILES:,} files, {size / MB:.1f} MB =="
    folder_rows(title, "themes", tool, base, size, None)
    return {"measures": [asdict(base), asdict(tool)], "bytes": size}


ROW_FUNCTIONS: dict[str, Callable[[Setup], dict[str, Any]]] = {
    "startup": row_startup,
    "scale": row_scale,
    "batch": row_batch,
    "themes": row_themes,
}

# --------------------------------------------------------------------------- setup


def find_ngo() -> str:
    """`ngo-digest` next to this interpreter (a venv's bin), else the one on PATH."""
    beside = Path(sys.executable).parent / "ngo-digest"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("ngo-digest")
    if found is None:
        sys.exit("benchmarks: ngo-digest not found next to this python nor on PATH")
    return found


def interpreter_of(ngo: str) -> str:
    """The Python that runs the `ngo-digest` script: its `#!` line, else this one."""
    try:
        with open(ngo, "rb") as script:
            first = script.readline().decode("utf-8", "replace").strip()
    except OSError:
        return sys.executable
    candidate = first[2:].strip()
    # pip writes `#!/bin/sh` and an exec line instead when the path is long or has spaces.
    runs_python = first.startswith("#!") and Path(candidate).name.startswith("python")
    return candidate if runs_python and os.access(candidate, os.X_OK) else sys.executable


def compile_package(ngo: str) -> str:
    """Byte-compile the installed ngo_digest, as `pip install` does for a regular install.

    An editable install (`pip install -e .`) leaves that to the first import, and when the
    environment sets PYTHONDONTWRITEBYTECODE, as some containers and CI images do, the bytecode
    is never written: every start then recompiles the package's source (~20 ms here), which a
    user's install does not pay. typer and pydantic, installed by pip, are compiled already.
    """
    code = (
        "import compileall, os, sys, ngo_digest\n"
        "folder = os.path.dirname(ngo_digest.__file__)\n"
        "ok = compileall.compile_dir(folder, quiet=1)\n"
        "print(folder if ok else 'failed: ' + folder)\n"
    )
    done = subprocess.run(
        [interpreter_of(ngo), "-c", code], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or done.stdout.startswith("failed"):
        last = (done.stderr.strip().splitlines() or [done.stdout.strip()])[-1]
        return f"not compiled ({last})"
    return f"compiled in {done.stdout.strip()} (as pip does at install)"


def machine(ngo: str) -> dict[str, Any]:
    version = subprocess.run([ngo, "--version"], capture_output=True, text=True, check=False)
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "memory_gib": round(memory, 1),
        "python": f"{platform.python_version()} ({sys.executable})",
        "ngo_digest": (version.stdout.strip() or version.stderr.strip()) + f" ({ngo})",
        "bytecode": compile_package(ngo),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--rows",
        default=",".join(ROWS),
        help=f"comma-separated rows to run (default: {','.join(ROWS)})",
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs: 5 for startup rows, 1 for big rows"
    )
    parser.add_argument(
        "--startup-runs", type=positive, help="runs per startup command (default 15)"
    )
    parser.add_argument(
        "--big-runs", type=positive, help="runs per scale, batch and themes command (default 3)"
    )
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="FILE",
        help="also write the results as JSON to FILE (default: stdout)",
    )
    args = parser.parse_args(argv)
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    unknown = sorted(set(rows) - set(ROWS))
    if unknown:
        parser.error(f"unknown rows: {', '.join(unknown)} (choose from {', '.join(ROWS)})")
    args.rows = rows
    args.startup_runs = args.startup_runs or (5 if args.quick else 15)
    args.big_runs = args.big_runs or (1 if args.quick else 3)
    return args


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def print_machine(info: dict[str, Any]) -> None:
    say("ngo-digest benchmarks")
    for key, value in info.items():
        say(f"  {key:<11} {value}")
    say()


def emit_json(target: str, results: dict[str, Any]) -> None:
    text = json.dumps(results, ensure_ascii=False, indent=2, default=str) + "\n"
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


def warm_answer_cache(ngo: str, folder: Path) -> None:
    """Give the run an answer cache of its own, warmed on the sample (unless
    NGO_DIGEST_CACHE_DIR already names one): a user's cache holds the answers of their own
    notes, and a developer's, grown over thousands of test files, would add its decoding to
    every start (1.4 MB: ~8 ms here), which says nothing of ngo-digest."""
    if os.environ.get("NGO_DIGEST_CACHE_DIR"):
        say(f"  answers     NGO_DIGEST_CACHE_DIR={os.environ['NGO_DIGEST_CACHE_DIR']}")
        return
    folder.mkdir()
    os.environ["NGO_DIGEST_CACHE_DIR"] = str(folder)
    for _ in range(2):  # (the first run learns the answers, the second finds them all)
        subprocess.run(
            [ngo, "parse", str(SAMPLE), "--format", "json"], capture_output=True, check=False
        )
    size = sum(path.stat().st_size for path in folder.iterdir()) / 1024
    say(f"  answers     a cache of this run's own, warmed on the sample ({size:.0f} KB)")
    say()


def run_rows(args: argparse.Namespace, ngo: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Run the chosen rows in a temporary folder that is removed however they end."""
    floor = FLOOR if FLOOR.is_file() else None
    with tempfile.TemporaryDirectory(prefix="ngo-digest-bench-") as scratch:
        warm_answer_cache(ngo, Path(scratch) / "answers")
        setup = Setup(
            sys.executable,
            ngo,
            floor,
            Path(scratch),
            args.startup_runs,
            args.big_runs,
            SAMPLE.read_text(encoding="utf-8"),
        )
        for name in args.rows:
            yield name, ROW_FUNCTIONS[name](setup)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    ngo = find_ngo()
    info = machine(ngo)
    print_machine(info)
    started = time.perf_counter()
    results: dict[str, Any] = {"machine": info, "rows": dict(run_rows(args, ngo))}
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    say(f"total benchmark time: {results['total_seconds']:.0f} s")
    if args.json:
        emit_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
