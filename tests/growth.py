"""How work grows with input size, measured so that a busy CI machine cannot fake a failure.

A hostile-input test asks whether 4x the input costs about 4x the work (linear) or about 16x
(quadratic). One pair of timings on a shared two-core machine can land anywhere between: a
garbage collection, another job's cache pressure. So timings are CPU time of this process, with the
collector paused, best of three; and a pair past the limit is measured again before it counts.
Quadratic work fails every attempt; noise fails one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

FACTOR = 4  # the large input is this many times the small one
LIMIT = 9.0  # ... and may take at most this many times as long (linear: ~4, quadratic: ~16)
ATTEMPTS = 3  # pairs measured before a ratio past LIMIT counts as real
FLOOR_SECONDS = 0.02  # timings below this are clock noise, not work


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
    """Fail when ``make(FACTOR * n)()`` takes more than ``limit`` times ``make(n)()`` in every attempt."""
    small_run, large_run = make(n), make(FACTOR * n)
    ratios = []
    for _ in range(ATTEMPTS):
        small, large = cpu_seconds(small_run), cpu_seconds(large_run)
        ratios.append((large / small, small, large))
        if large / small < limit:
            return
    raise AssertionError(f"{FACTOR}x the input took {min(r[0] for r in ratios):.1f}x as long at best: {ratios}")
