"""Writing results: a new file gets the mode any new file gets, a replaced one keeps its own."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ngo_digest.output import write_atomic

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_a_new_file_is_readable_as_the_umask_allows(tmp_path: Path) -> None:
    """Not the 0600 of a temporary file: outputs are shared, committed and served."""
    target = tmp_path / "out" / "notes.json"
    write_atomic(target, b"{}\n")
    assert mode(target) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["notes.json"]


@pytest.mark.usefixtures("umask_022")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    write_atomic(target, [b"new", b"\n"])
    assert target.read_bytes() == b"new\n" and mode(target) == 0o640


@pytest.mark.usefixtures("umask_022")
def test_only_permission_bits_are_kept(tmp_path: Path) -> None:
    """A set-user-ID bit on the file replaced must not be handed to what we write."""
    target = tmp_path / "notes.json"
    target.write_bytes(b"old\n")
    target.chmod(0o4755)
    write_atomic(target, b"new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o755


@pytest.mark.usefixtures("umask_022")
def test_a_private_file_stays_private(tmp_path: Path) -> None:
    target = tmp_path / "cache.json"
    write_atomic(target, b"{}", mode=0o600)
    assert mode(target) == 0o600
    target.chmod(0o644)
    write_atomic(target, b"{}", mode=0o600)
    assert mode(target) == 0o600


def test_a_pipe_is_written_through_not_replaced(tmp_path: Path) -> None:
    """`-o /dev/stdout` in a pipe: a rename would put a regular file where the link to the
    pipe was. A named pipe and a link to it, in the test's folder, stand in for both."""
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "stdout"
    link.symlink_to(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    write_atomic(link, [b"{", b"}\n"])
    reader.join(timeout=10)
    assert received == [b"{}\n"]
    assert link.is_symlink() and stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "stdout"]


def test_a_link_to_a_file_stays_a_link_to_the_new_content(tmp_path: Path) -> None:
    real = tmp_path / "data" / "notes.json"
    real.parent.mkdir()
    real.write_bytes(b"old\n")
    link = tmp_path / "notes.json"
    link.symlink_to(real)
    write_atomic(link, b"new\n")
    assert link.is_symlink() and real.read_bytes() == b"new\n"


def test_a_file_where_a_folder_must_be_is_named(tmp_path: Path) -> None:
    blocking = tmp_path / "notes.txt"
    blocking.write_bytes(b"x")
    with pytest.raises(NotADirectoryError, match=r"notes\.txt is a file, not a folder"):
        write_atomic(blocking / "out" / "notes.json", b"{}\n")


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_link_that_leads_nowhere_is_an_error_not_replaced(tmp_path: Path, kind: str) -> None:
    link = tmp_path / "out.json"
    if kind == "dangling":
        link.symlink_to(tmp_path / "deep" / "a" / "out.json")
    else:
        other = tmp_path / "other.json"
        other.symlink_to(link)
        link.symlink_to(other)
    with pytest.raises(FileNotFoundError, match="is a link that leads nowhere"):
        write_atomic(link, b"{}\n")
    assert link.is_symlink() and not (tmp_path / "deep").exists()
    with pytest.raises(FileNotFoundError, match="is a link that leads nowhere"):
        write_atomic(link / "inside.json", b"{}\n")
