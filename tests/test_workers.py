"""Work shared out to processes: results in input order, short runs at home, early stops."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from ngo_digest.errors import WorkerDiedError
from ngo_digest.workers import PARALLEL_THRESHOLD, default_workers, ordered_map


def square_and_pid(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def ignores_ctrl_c(_: int) -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def touch(folder: Path, number: int) -> int:
    (folder / str(number)).touch()
    return number


def dies_at_three(number: int) -> int:
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return number


def test_results_come_back_in_input_order_from_several_workers() -> None:
    numbers = list(range(300))
    results = list(ordered_map(square_and_pid, numbers, workers=2))
    assert [square for square, _ in results] == [n * n for n in numbers]
    assert os.getpid() not in {pid for _, pid in results}


def test_a_short_run_stays_in_this_process() -> None:
    assert default_workers(PARALLEL_THRESHOLD - 1) == 1
    results = list(ordered_map(square_and_pid, list(range(PARALLEL_THRESHOLD - 1))))
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_caller_that_stops_early_leaves_the_rest_undone(tmp_path: Path) -> None:
    numbers = list(range(400))  # 16 chunks of 25 for 2 workers, at most 5 sent ahead
    results = ordered_map(partial(touch, tmp_path), numbers, workers=2)
    assert next(results) == 0
    results.close()  # the caller stops: an error, or Ctrl-C
    assert 0 < len(list(tmp_path.iterdir())) <= 5 * 25


@pytest.fixture
def ctrl_c_stops() -> Iterator[None]:
    """Ctrl-C stops this process, as in a terminal, whatever started the tests: a shell runs
    a background job with Ctrl-C ignored, and these tests would then fail for that alone."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.mark.usefixtures("ctrl_c_stops")
def test_workers_leave_ctrl_c_to_the_parent() -> None:
    """The terminal sends Ctrl-C to every process of the group; a worker interrupted halfway
    through writing a file would leave it behind."""
    assert all(ordered_map(ignores_ctrl_c, list(range(40)), workers=2))
    assert not ignores_ctrl_c(0)  # this process still stops on Ctrl-C


@pytest.mark.usefixtures("ctrl_c_stops")
def test_a_ctrl_c_during_shutdown_waits_for_its_end() -> None:
    from ngo_digest.workers import _ctrl_c_held

    finished = False
    with pytest.raises(KeyboardInterrupt), _ctrl_c_held():
        signal.raise_signal(signal.SIGINT)  # as if pressed while the workers are joined
        finished = True
    assert finished
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_worker_that_dies_ends_the_run_with_an_error_for_people() -> None:
    with pytest.raises(WorkerDiedError) as raised:
        list(ordered_map(dies_at_three, list(range(40)), workers=2))
    assert str(raised.value).startswith("a worker process ended before it finished its files")
    assert multiprocessing.active_children() == []
