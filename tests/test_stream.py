"""The streaming writer (`ngo_digest.stream`): the same bytes as rendering the `Digest`, for
a fraction of the memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given

from conftest import GOLDEN, golden_pairs, parsed
from ngo_digest import NgoDigestError, parse_file, parse_text
from ngo_digest.errors import UsageError
from ngo_digest.output import holds, write_atomic
from ngo_digest.render import render
from ngo_digest.stream import stream_bytes, stream_file
from test_properties import SETTINGS, notes_with_strays

SOURCES = [source for source, _ in golden_pairs()]
CASES = [(fmt, positions) for fmt in ("json", "jsonl") for positions in (False, True)]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize(("fmt", "positions"), CASES, ids=lambda c: str(c))
def test_streamed_output_is_the_rendered_digest(source: Path, fmt: str, positions: bool) -> None:
    digest = parsed(source)
    streamed = stream_file(source, fmt, positions=positions)
    assert streamed.to_bytes() == render(digest, fmt, positions=positions).encode("utf-8")
    assert streamed.diagnostics == digest.diagnostics


@given(notes_with_strays())
@SETTINGS
def test_streamed_output_is_the_rendered_digest_on_generated_notes(
    notes: tuple[str, str],
) -> None:
    text, _suffix = notes
    try:
        digest = parse_text(text)
    except NgoDigestError:
        with pytest.raises(NgoDigestError):
            stream_bytes(text.encode("utf-8"), "json")
        return
    for fmt, positions in CASES:
        streamed = stream_bytes(text.encode("utf-8"), fmt, positions=positions)
        assert streamed.to_bytes() == render(digest, fmt, positions=positions).encode("utf-8")
        assert streamed.diagnostics == digest.diagnostics


def test_chunks_can_be_taken_twice() -> None:
    streamed = stream_file(GOLDEN / "ngo-networking-conference.txt", "json")
    assert b"".join(streamed.chunks()) == b"".join(streamed.chunks())


def test_other_formats_are_not_streamed() -> None:
    """A format the call cannot give is the caller's error, told as the library tells an
    unknown layout or encoding (a `UsageError`), not a bare `ValueError`."""
    with pytest.raises(UsageError, match="cannot stream 'yaml'"):
        stream_file(GOLDEN / "ngo-networking-conference.txt", "yaml")
    with pytest.raises(UsageError, match="unknown format 'bogus'"):
        render(parsed(GOLDEN / "ngo-networking-conference.txt"), "bogus")
    assert issubclass(UsageError, ValueError)  # what a bad argument raised before


def test_a_long_document_is_not_held_as_objects(tmp_path: Path) -> None:
    """Peak memory of streaming a ~1 MB document to a file is a small multiple of its size,
    and a fraction of what building the `Digest` takes (benchmarks/run.py measures 50 MB)."""
    rows = (GOLDEN / "ngo-networking-conference.txt").read_text(encoding="utf-8").split("\n")
    big = tmp_path / "big.txt"
    big.write_text("\n".join(rows[:12] + rows[12:20] * 250), encoding="utf-8")
    size = big.stat().st_size

    def peak(job: object) -> int:
        tracemalloc.start()
        try:
            job()  # type: ignore[operator]
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    parse_file(big)  # the dictionary and the answer cache are loaded once, outside the peaks
    streamed = peak(lambda: write_atomic(tmp_path / "s.json", stream_file(big, "json").chunks()))
    built = peak(lambda: render(parse_file(big), "json"))
    assert streamed < 8 * size  # the text, its blocks and the output: about 5.5 here
    assert streamed < built / 3  # about a quarter here


def test_holds_compares_piece_by_piece(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"abc" * 1_000_000)
    assert holds(target, lambda: iter([b"abc"] * 1_000_000))
    assert not holds(target, lambda: iter([b"abc"] * 999_999))
    assert not holds(target, lambda: iter([b"abc"] * 1_000_001))
    assert not holds(target, lambda: iter([b"abd"] + [b"abc"] * 999_999))
    assert holds(target, lambda: "abc" * 1_000_000)
    assert not holds(tmp_path / "missing.json", lambda: b"")


def test_holds_ignores_line_ends(tmp_path: Path) -> None:
    """A committed output that git checked out with CRLF is not stale."""
    target = tmp_path / "out.json"
    target.write_bytes(b'{\r\n  "a": 1\r\n}\r\n')
    assert holds(target, lambda: iter([b"{\n", b'  "a": 1\n}\n']))
    assert not holds(target, lambda: iter([b"{\n", b'  "a": 2\n}\n']))


def test_a_file_that_reports_no_size_is_read_whole(tmp_path: Path) -> None:
    """A pipe (here a FIFO) says its size is 0; its notes are still read to the end."""
    import os
    import threading

    fifo = tmp_path / "notes.fifo"
    os.mkfifo(fifo)
    sample = GOLDEN / "ngo-networking-conference.txt"
    writer = threading.Thread(target=lambda: fifo.write_bytes(sample.read_bytes()))
    writer.start()
    try:
        streamed = stream_file(fifo, "json")
    finally:
        writer.join()
    assert streamed.to_bytes() == stream_file(sample, "json").to_bytes()
