"""Work on many files shared out to processes, the results back in input order.

A long run gets one process per core (forked, so nothing is imported twice); a short one stays
in this process, where starting workers would cost more than they save. Only a few chunks are
in flight at a time, so results that the caller has not taken yet never pile up in memory.

When the caller stops early (Ctrl-C, an error of its own), the workers finish the item in hand
and start no other. They ignore Ctrl-C themselves: the terminal sends it to every process of
the group, and a worker interrupted halfway through writing a file would leave it behind. The
parent holds Ctrl-C while it starts them and while it shuts them down, so none is left running.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from .errors import WorkerDiedError

if TYPE_CHECKING:
    from ctypes import c_byte

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_THRESHOLD = 16
"""Runs shorter than this stay in this process: starting workers would cost more."""
MAX_WORKERS = 8
_CHUNKS_PER_WORKER = 8  # small enough to share the work out evenly, big enough to send cheaply
_AHEAD_PER_WORKER = 2  # chunks sent ahead of the one the caller waits for, per worker


def default_workers(items: int) -> int:
    """One per core this process may use (at most 8) for long runs; one for short ones."""
    if items < PARALLEL_THRESHOLD:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_WORKERS, cores or 1))


def ordered_map(
    function: Callable[[Item], Result], items: Sequence[Item], workers: int | None = None
) -> Generator[Result, None, None]:
    """`function(item)` for each item, in order; in `workers` processes (default: see
    `default_workers`). `function` must be picklable (a module-level function or a partial of
    one) and should return its errors rather than raise them. A worker that dies (killed, out of
    memory) ends the run with WorkerDiedError."""
    count = workers if workers is not None else default_workers(len(items))
    if count <= 1 or len(items) < 2:
        yield from map(function, items)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    size = max(1, min(64, len(items) // (count * _CHUNKS_PER_WORKER)))
    chunks = (items[start : start + size] for start in range(0, len(items), size))
    # A flag in shared memory, with no lock: a worker the pool kills (once another died) may
    # hold an Event's lock, and the parent setting that Event then waited for ever.
    stop = context.RawValue("b", 0)
    pool = ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=_start_worker, initargs=(stop,)
    )
    pending: deque[Future[list[Result]]] = deque()
    try:
        # Submitting the first chunk forks the workers; a Ctrl-C in the middle of that would
        # lose a worker forked but not yet known to the pool, and so never stopped.
        with _ctrl_c_held():
            pending.append(pool.submit(_run_chunk, function, next(chunks)))
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, function, chunk))
            if len(pending) > count * _AHEAD_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerDiedError(
            "a worker process ended before it finished its files (killed, or out of memory?);"
            " try again with fewer workers (--workers)"
        ) from exc
    finally:
        with _ctrl_c_held():  # a shutdown cut short would leave workers behind
            stop.value = 1  # chunks already handed to a worker cannot be cancelled: they check it
            pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Run the block to its end, then act on a Ctrl-C that came during it (main thread only:
    elsewhere Python delivers no signals anyway)."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is None or threading.current_thread() is not threading.main_thread():
        yield  # a handler Python did not set could not be put back
        return
    caught: list[int] = []
    signal.signal(signal.SIGINT, lambda number, _: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        signal.raise_signal(signal.SIGINT)


_stop: c_byte | None = None
"""Set by the parent when it wants no more results (in a worker process only)."""


def _start_worker(stop: c_byte) -> None:
    global _stop
    _stop = stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def _run_chunk(function: Callable[[Item], Result], chunk: Sequence[Item]) -> list[Result]:
    results = []
    for item in chunk:
        if _stop is not None and _stop.value:
            break  # nobody will read the rest
        results.append(function(item))
    return results
