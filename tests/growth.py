"""How work grows with input size, measured so that a busy CI machine cannot fake a failure.

A hostile-input test asks whether 4x the input costs about 4x the work (linear) or about 16x
(quadratic). One pair of timings on a shared two-core machine can land anywhere between: a
garbage collection, another job's cache pressure. So timings are CPU time of this process, with the
collector paused; the small and the large run are timed in turns and the best of each compared, up
to three pairs before a ratio past the limit counts. Quadratic work fails every pair; noise fails one.
The input is first grown until a run is long enough to time, so the ratio is one of work, not of
the clock's floor; and a test names its smallest size, not a size that is minutes for a slow case.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

FACTOR = 4  # the large input is this many times the small one
LIMIT = 9.0  # ... and may take at most this many times as long (linear: ~4, quadratic: ~16)
ATTEMPTS = 3  # pairs (small, large) timed in turns before a ratio past LIMIT counts as real
FLOOR_SECONDS = 0.02  # timings below this are clock noise, not work
# The small input is doubled until one run of it takes this much CPU: a ratio of two timings near
# the floor says nothing (a quadratic 5 ms against 80 ms passes a 0.02 s floor), and one fixed
# size that is cheap for one case is minutes for another.
MEASURABLE_SECONDS = 0.05
MAX_GROWTH = 4096  # ... to at most this many times the size a test names: work still under
# MEASURABLE_SECONDS there is not quadratic (5 ms at 4,096 characters would be 80 s at 16 M)


def cpu_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    """The least CPU time of ``repeats`` runs of ``run``, with the garbage collector paused."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return max(best, FLOOR_SECONDS)


def assert_grows_linearly(make: Callable[[int], Callable[[], object]], n: int, *, limit: float = LIMIT) -> None:
    """Fail when ``make(FACTOR * m)()`` takes more than ``limit`` times ``make(m)()`` in every attempt.

    ``m`` is the least of n, 2n, 4n ... whose run is measurable (none: the work is too small to be
    quadratic, and that passes). The small and the large run are timed in turns, the best time of
    each so far compared after every pair: a burst of load falls on both alike, and a linear run
    is done after one pair.
    """
    sized = _measurable(make, n)
    if sized is None:
        return
    m, small_run = sized
    large_run = make(FACTOR * m)
    small = large = float("inf")
    pairs = []
    for _ in range(ATTEMPTS):
        small, large = min(small, cpu_seconds(small_run, 1)), min(large, cpu_seconds(large_run, 1))
        pairs.append((round(small, 3), round(large, 3)))
        if large / small < limit:
            return
    ratio = large / small
    raise AssertionError(f"{FACTOR}x the input ({m} -> {FACTOR * m}) took {ratio:.1f}x as long at best: {pairs}")


def _measurable(make: Callable[[int], Callable[[], object]], n: int) -> tuple[int, Callable[[], object]] | None:
    """The least size n * 2**k whose run takes MEASURABLE_SECONDS, and that run; None past MAX_GROWTH."""
    size = n
    while size <= n * MAX_GROWTH:
        run = make(size)
        if cpu_seconds(run, 1) >= MEASURABLE_SECONDS:
            return size, run
        size *= 2
    return None
