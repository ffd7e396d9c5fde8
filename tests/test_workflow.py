"""The git and pipeline workflow: batch conversion, --check, validate and diff."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import GOLDEN, golden_pairs, golden_spread
from ngo_digest.cli import app
from ngo_digest.workers import PARALLEL_THRESHOLD

runner = CliRunner()
SAMPLE = GOLDEN / "ngo-networking-conference.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    (folder / "2024").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "conference.txt")
    shutil.copy(GOLDEN / "green_hromada_en.md", folder / "green.md")
    shutil.copy(GOLDEN / "veterans_reintegration.txt", folder / "2024" / "veterans.txt")
    (folder / ".hidden.txt").write_text("not notes", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    return folder


# -- batch and --check ---------------------------------------------------------------------


def test_a_folder_converts_in_one_call(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "structured"
    code, _, err = run("parse", str(raw), "-o", f"{out}/", "-f", "yaml", "-q")
    assert code == 0, err
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2024/veterans.yaml", "conference.yaml", "green.yaml"]


def test_check_passes_right_after_and_names_the_changed_file(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "structured"
    run("parse", str(raw), "-o", str(out), "-f", "yaml", "-q")
    inputs_before = {p: p.read_bytes() for p in raw.rglob("*") if p.is_file()}
    output_before = (out / "green.yaml").read_bytes()
    assert run("parse", str(raw), "-o", str(out), "-f", "yaml", "--check")[0] == 0

    notes = raw / "green.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace("Trust", "Mutual trust"), "utf-8")
    code, _, err = run("parse", str(raw), "-o", str(out), "-f", "yaml", "--check", "-q")
    assert code == 1
    assert err.splitlines() == [f"stale: {out / 'green.yaml'} (from {notes})"]
    assert (out / "green.yaml").read_bytes() == output_before  # --check wrote nothing
    assert inputs_before[raw / "conference.txt"] == (raw / "conference.txt").read_bytes()


def test_check_reports_missing_outputs(raw: Path, tmp_path: Path) -> None:
    code, _, err = run("parse", str(raw), "-o", str(tmp_path / "none"), "--check")
    assert code == 1 and err.count("missing:") == 3
    assert not (tmp_path / "none").exists()


def test_check_passes_on_outputs_checked_out_with_crlf(raw: Path, tmp_path: Path) -> None:
    """git with core.autocrlf writes committed outputs with CRLF; they are not stale."""
    out = tmp_path / "structured"
    run("parse", str(raw), "-o", str(out), "-f", "json", "-q")
    for path in out.rglob("*.json"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    code, _, err = run("parse", str(raw), "-o", str(out), "-f", "json", "--check", "-q")
    assert code == 0, err


def test_check_of_an_output_name_too_long_for_the_system(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / ("n" * 252 + ".md"))  # the .json output's name is too long
    (tmp_path / "out").mkdir()
    result = runner.invoke(app, ["parse", str(folder), "-o", str(tmp_path / "out"), "--check"])
    assert isinstance(result.exception, SystemExit), result.exception  # not an OSError
    assert result.exit_code == 1 and "missing: " in result.stderr


def test_check_of_a_single_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    assert run("parse", str(SAMPLE), "-o", str(target), "--check", "-q")[0] == 1
    run("parse", str(SAMPLE), "-o", str(target), "-q")
    assert run("parse", str(SAMPLE), "-o", str(target), "--check", "-q")[0] == 0


def test_check_needs_an_output() -> None:
    assert run("parse", str(SAMPLE), "--check")[0] == 2


def test_batch_never_overwrites_an_input(raw: Path) -> None:
    code, _, err = run("parse", str(raw), "-o", str(raw), "-f", "markdown")
    assert code == 3 and "overwrite an input" in err


def test_a_target_that_links_to_an_input_is_refused(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    notes = shutil.copy(raw / "green.md", out / "green.md")
    (out / "green.json").symlink_to(notes)
    code, _, err = run("parse", str(notes), str(raw / "conference.txt"), "-o", str(out))
    assert code == 3 and "overwrite an input" in err
    assert notes.read_text(encoding="utf-8").startswith("#")


def test_a_target_that_is_an_input_under_another_name_is_refused(raw: Path, tmp_path: Path) -> None:
    """A hard link (or, on a case-insensitive disk, another case) names the same file by
    another path: the batch compares files, not only paths, as `parse FILE -o FILE` does."""
    out = tmp_path / "out"
    out.mkdir()
    os.link(raw / "green.md", out / "green.md")
    code, _, err = run("parse", str(raw), "-o", str(out), "-f", "markdown")
    assert code == 3 and "overwrite an input" in err and err.count("\n") == 1
    assert (raw / "green.md").read_text(encoding="utf-8").startswith("#")


def test_a_link_is_found_behind_a_folder_that_does_not_exist(
    raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    notes = shutil.copy(raw / "green.md", out / "green.md")
    (out / "green.json").symlink_to(notes)
    monkeypatch.chdir(tmp_path)  # `missing/../out` is `out`, though `missing` is not there
    code, _, err = run("parse", "out/green.md", str(raw / "conference.txt"), "-o", "missing/../out")
    assert code == 3 and "overwrite an input" in err
    assert (out / "green.json").is_symlink()


def test_an_output_folder_whose_links_loop_is_an_error_not_a_traceback(
    raw: Path, tmp_path: Path
) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    code, _, err = run("parse", str(raw), "-o", str(tmp_path / "loop" / "out"))
    assert code == 3 and "cannot follow its links" in err


def test_a_linked_folder_cannot_lead_a_batch_outside_its_output(raw: Path, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "2024").symlink_to(elsewhere, target_is_directory=True)
    code, _, err = run("parse", str(raw), "-o", str(out))
    assert code == 3 and "would write outside" in err
    assert not list(elsewhere.iterdir()) and not list(out.glob("*.json"))


def test_two_inputs_with_one_stem_are_refused_before_writing(raw: Path, tmp_path: Path) -> None:
    shutil.copy(raw / "green.md", raw / "green.txt")
    out = tmp_path / "out"
    code, _, err = run("parse", str(raw), "-o", str(out))
    assert code == 3 and "would both write" in err
    assert not out.exists()


def test_a_bad_file_in_a_batch_is_reported_and_the_rest_converted(
    raw: Path, tmp_path: Path
) -> None:
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code, _, err = run("parse", str(raw), "-o", str(out), "-q")
    assert code == 6 and "empty.txt" in err
    assert (out / "conference.json").exists() and not (out / "empty.json").exists()


# -- validate ------------------------------------------------------------------------------


def test_validate_prints_positions_and_a_summary() -> None:
    code, out, err = run("validate", str(SAMPLE))
    assert code == 0
    assert f"{SAMPLE}:17:562: warning ND203" in out
    assert "1 file checked: 0 errors" in err


def test_validate_strict_fails_on_warnings() -> None:
    assert run("validate", str(SAMPLE), "--strict")[0] == 1


def test_validate_reports_unparseable_files_as_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code, out, _ = run("validate", str(bad), str(SAMPLE))
    assert code == 1 and f"{bad}:1:1: error ND902" in out


def test_validate_json() -> None:
    code, out, _ = run("validate", str(SAMPLE), "--format", "json", "--verbose")
    records = json.loads(out)
    assert code == 0
    assert {"file", "line", "column", "level", "code", "message"} == set(records[0])
    assert any(r["code"] == "ND201" and r["level"] == "info" for r in records)


@pytest.mark.parametrize("report_format", ["text", "json"])
def test_validate_says_the_same_from_several_workers_as_from_one(
    tmp_path: Path, report_format: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    names = [str(source) for source in golden_spread()] + [str(bad)]
    assert len(names) >= PARALLEL_THRESHOLD
    args = ("validate", *names, "--verbose", "--format", report_format)
    one = run(*args, "--workers", "1")
    assert one[0] == 1 and str(bad) in one[1]
    assert run(*args, "--workers", "2") == one


def _dies_on_the_sample(path: Path, *_: Any, **__: Any) -> Any:
    """Stands in for `validate_file` and for the batch's `convert`."""
    if Path(path).name == SAMPLE.name:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return (lambda: b"", []) if _ else []


@pytest.mark.parametrize("command", ["validate", "parse"])
def test_a_worker_that_dies_is_one_line_and_an_exit_code(
    command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ngo_digest.batch
    import ngo_digest.validate

    monkeypatch.setattr(ngo_digest.validate, "validate_file", _dies_on_the_sample)
    monkeypatch.setattr(ngo_digest.batch, "convert", _dies_on_the_sample)
    names = [str(source) for source, _ in golden_pairs()]
    out = tmp_path / "out"
    out.mkdir()
    # What a writer stopped halfway leaves, and two files that are not ours to remove.
    left = [".local_media.json.k3j9x0aa.tmp", ".keep.tmp", ".notes.json.k3j9x0aa.tmp"]
    for name in left:
        (out / name).write_text("{", encoding="utf-8")
    output = ("-o", str(out), "-q") if command == "parse" else ()
    code, _, err = run(command, *names, *output, "--workers", "2")
    assert code == 7
    assert err.splitlines() == [
        "ngo-digest: error: a worker process ended before it finished its files (killed, or out"
        " of memory?); try again with fewer workers (--workers)"
    ]
    kept = left[1:] if command == "parse" else left
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == sorted(kept)


def test_a_stray_paragraph_between_tables_is_reported_with_its_line(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    separator = next(i for i, line in enumerate(lines) if line.startswith("--\t"))
    lines[separator + 1 : separator + 1] = [
        "",
        "Примітка модератора: групи працювали 40 хвилин.",
        "",
    ]
    notes = tmp_path / "notes.txt"
    notes.write_text("\n".join(lines), encoding="utf-8")
    _, out, _ = run("validate", str(notes))
    assert f"{notes}:{separator + 3}:1: warning ND102" in out
    assert "Примітка модератора: групи працювали 40 хвилин." in out


# -- diff ----------------------------------------------------------------------------------


def test_diff_of_notes_against_themselves_is_empty() -> None:
    code, out, _ = run("diff", str(SAMPLE), str(SAMPLE))
    assert code == 0 and out == ""


def test_diff_shows_a_changed_item(tmp_path: Path) -> None:
    changed = tmp_path / "notes.txt"
    changed.write_text(
        SAMPLE.read_text(encoding="utf-8").replace("Піар себе", "Піар себе і партнерів"), "utf-8"
    )
    code, out, _ = run("diff", str(SAMPLE), str(changed))
    assert code == 1
    assert out.splitlines() == [
        "- reality › community: Піар себе",
        "+ reality › community: Піар себе і партнерів",
    ]


def test_diff_between_structured_output_and_notes(tmp_path: Path) -> None:
    structured = tmp_path / "notes.yaml"
    run("parse", str(SAMPLE), "-o", str(structured), "-q")
    assert run("diff", str(structured), str(SAMPLE))[0] == 0


def test_diff_reports_moves_and_headings_as_json(tmp_path: Path) -> None:
    moved = tmp_path / "notes.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("Піар себе ", "").replace("Утиск ", "Утиск Піар себе ")
    text = text.replace("ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ", "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ 2024")
    moved.write_text(text, encoding="utf-8")
    code, out, _ = run("diff", str(SAMPLE), str(moved), "--format", "json")
    changes = json.loads(out)
    assert code == 1
    assert {
        "kind": "heading",
        "text": "stages.reality.title",
        "old": "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ",
        "new": "ОЦІНКА ПОТОЧНОЇ РЕАЛЬНОСТІ 2024",
    } in changes
    move = next(c for c in changes if c["kind"] == "moved")
    assert move["text"] == "Піар себе"
    assert (move["old"]["axis"], move["new"]["axis"]) == ("community", "authorities")


def test_diff_of_changes_in_an_untitled_and_a_titled_section(tmp_path: Path) -> None:
    """Places of a stage's untitled first section (None) and of a titled one sort together."""
    table = "| З ВЛАДОЮ | З ГРОМАДОЮ | З ІНШИМИ ГО |\n|---|---|---|\n"
    text = (
        "## 1. Формування ідеального бачення взаємодії\n\n"
        f"{table}| Прозорість | Довіра | Обмін досвідом |\n\n**ОБРАНІ КРИТЕРІЇ**\n\n"
        f"{table}| Спільні рішення | Звітність | Спільні проекти |\n"
    )
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(text, encoding="utf-8")
    changed = text.replace("Прозорість", "Відкритість").replace("рішення", "слухання")
    new.write_text(changed, encoding="utf-8")
    code, out, err = run("diff", str(old), str(new))
    assert code == 1 and err == ""
    assert out.splitlines() == [
        "- vision › authorities: Прозорість",
        "+ vision › authorities: Відкритість",
        "- vision › ОБРАНІ КРИТЕРІЇ › authorities: Спільні рішення",
        "+ vision › ОБРАНІ КРИТЕРІЇ › authorities: Спільні слухання",
    ]


def test_diff_of_a_broken_structured_file_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "notes.json"
    broken.write_text('{"stages": {"dreams": {"title": "x"}}}', encoding="utf-8")
    code, _, err = run("diff", str(broken), str(SAMPLE))
    assert code == 3 and err.count("\n") == 1 and "unknown stage key" in err


def test_pre_commit_hook_is_declared() -> None:
    from conftest import REPO
    from ngo_digest import yaml_io

    hooks = yaml_io.load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} >= {"ngo-digest-check", "ngo-digest-validate"}
    assert all(hook["entry"].startswith("ngo-digest ") for hook in hooks)


def test_several_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for index in range(20):
        (raw / f"notes-{index:02}.txt").write_text(text.replace("Утиск", f"Утиск {index}"), "utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("parse", str(raw), "-o", str(one), "--workers", "1", "-q")[0] == 0
    assert run("parse", str(raw), "-o", str(two), "--workers", "2", "-q")[0] == 0
    files = sorted(p.name for p in one.iterdir())
    assert len(files) == 20 and files == sorted(p.name for p in two.iterdir())
    for name in files:
        assert (one / name).read_bytes() == (two / name).read_bytes()
