"""Writing results: atomically, so a failed run never leaves a half-written file behind, and
piece by piece, so a big document is never joined into one string to be written."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

Content = str | bytes | Iterable[bytes]
"""Text (written as UTF-8), bytes, or pieces of bytes written one after another."""

_READ_AHEAD = 1 << 20
_TEMPORARY = ".tmp"


def write_atomic(path: str | Path, content: Content, *, mode: int | None = None) -> None:
    """Write `content` to `path` via a temporary file in the same folder and a rename.

    A new file gets the mode that any program's new file gets (0666 less the umask); a file
    that is replaced keeps its permission bits (not set-user-ID and the like). `mode` instead
    gives every write that mode (less the umask): 0o600 keeps a file private. A link is
    followed (it stays a link, to the new content), and a device or pipe (`/dev/null`) is
    written to, not replaced; a link that leads nowhere is an error."""
    target = Path(path)
    if _is_special(target):
        _write_through(target, content)  # a rename would replace the device, or the link to it
        return
    if target.is_symlink():
        if not target.exists():
            raise _leads_nowhere(target)
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    _make_folder(folder)
    fd, tmp = _new_temporary(folder, target.name, 0o666 if mode is None else mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is None:
                _keep_mode(handle.fileno(), target)
            for piece in _pieces(content):
                handle.write(piece)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _is_special(target: Path) -> bool:
    """Whether `target` is (or links to) something other than a file or folder: a terminal,
    a pipe, `/dev/null`. Such a target is written, not replaced."""
    try:
        kind = os.stat(target).st_mode
    except OSError:
        return False  # nothing there yet, or a dangling link: a file will be made
    return not (stat.S_ISREG(kind) or stat.S_ISDIR(kind))


def _write_through(target: Path, content: Content) -> None:
    with open(target, "wb") as handle:
        for piece in _pieces(content):
            handle.write(piece)


def _make_folder(folder: Path) -> None:
    """Make `folder` and its parents; a file where a folder must be is named in the error
    (`notes.txt/out.json`), not reported as `File exists`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = next(
            (p for p in (folder, *folder.parents) if p.is_symlink() or p.exists()), folder
        )
        if blocking.is_symlink() and not blocking.exists():
            raise _leads_nowhere(blocking) from None
        raise NotADirectoryError(
            errno.ENOTDIR, f"{blocking} is a file, not a folder", str(blocking)
        ) from None


def _leads_nowhere(link: Path) -> FileNotFoundError:
    """A link to nothing (or to itself, in a loop): writing would make a file or folders
    wherever it points, or replace the link; said instead."""
    return FileNotFoundError(errno.ENOENT, f"{link} is a link that leads nowhere", str(link))


def _new_temporary(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new file `.NAME.XXXXXXXX.tmp` in `folder`, open for writing, created with `mode` for
    the umask to narrow, as any new file is (`tempfile.mkstemp`'s 0600 would survive the
    rename and make every output readable by its owner only)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}{_TEMPORARY}")
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue  # another writer's name: draw again
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(folder))


def _keep_mode(fd: int, target: Path) -> None:
    """Give the new file the permission bits of the file it replaces, if there is one."""
    if os.name != "posix":
        return  # Windows has only a read-only flag, which would stop the rename and the cleanup
    try:
        permissions = os.stat(target).st_mode & 0o777  # set-user-ID and the like are not ours
    except OSError:
        return  # nothing to replace (or nothing we may look at): the umask decided
    os.fchmod(fd, permissions)


def remove_unfinished_writes(folder: Path, names: set[str]) -> None:
    """Delete what `write_atomic` left in `folder` for these file names when its process was
    killed halfway (`.NAME.XXXXXXXX.tmp`); nothing else is touched, and failures are ignored."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") and name.endswith(_TEMPORARY):
            target = name[1 : -len(_TEMPORARY)].rpartition(".")[0]
            if target in names:
                with suppress(OSError):
                    os.unlink(entry.path)


def holds(path: str | Path, content: Callable[[], Content]) -> bool:
    """Whether the file at `path` holds what `content()` gives (False when it cannot be read).
    Line ends do not count: git may check a committed output out with CRLF (core.autocrlf).
    `content` is called again for each comparison, so it may give pieces as they are made."""
    try:
        if _same_bytes(path, content()):
            return True
        with open(path, "rb") as handle:
            if b"\r" not in handle.read(_READ_AHEAD):
                return False  # the usual miss, told without decoding anything
        with open(path, encoding="utf-8") as handle:  # universal newlines: CRLF reads as LF
            return handle.read() == b"".join(_pieces(content())).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def _same_bytes(path: str | Path, content: Content) -> bool:
    with open(path, "rb") as handle:
        pending = bytearray()  # compared a megabyte at a time, not a piece at a time
        for piece in _pieces(content):
            pending += piece
            if len(pending) < _READ_AHEAD:
                continue
            if handle.read(len(pending)) != pending:
                return False
            pending.clear()
        return handle.read(len(pending) + 1) == pending


def _pieces(content: Content) -> Iterable[bytes]:
    if isinstance(content, str):
        return (content.encode("utf-8"),)
    if isinstance(content, bytes):
        return (content,)
    return content
