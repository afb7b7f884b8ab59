"""The per-article time budget: a check that runs too long is stopped and reported, and the run goes on.

A hostile article (a pattern that makes some matcher backtrack, a page built
to be slow) must not hang a newsroom's batch. :func:`within_budget` runs one
article's check under a real-time alarm (``signal.setitimer``) in the thread
that checks it; when the alarm fires, :class:`BudgetExceeded` is raised
inside the check, wherever it is (Python code and the ``re`` engine both
notice signals), and the caller turns it into one error line for that
article. Worker processes (``--jobs``) check in their main thread, so the
budget holds there too. The alarm is used only where it can be: in the main
thread, on a platform that has ``setitimer``, and when no other real-time
timer is running (a test runner's own timeout keeps its timer); elsewhere
the check runs without a budget. Work done once for the whole run, such as
building a snapshot store's index, runs under :func:`budget_paused`: the
clock stops and the article keeps what was left of its budget.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["BudgetExceeded", "budget_paused", "within_budget"]

T = TypeVar("T")
_running = [False]  # whether within_budget's alarm is armed in this process (only ever in the main thread)


class BudgetExceeded(BaseException):
    """The check of one article ran past its time budget.

    A BaseException, like KeyboardInterrupt: ``except Exception`` in the code
    it interrupts must not swallow it.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than the time budget of {seconds:g}s")
        self.seconds = seconds


def within_budget(seconds: float | None, function: Callable[[], T]) -> T:
    """``function()``, raising :class:`BudgetExceeded` if it runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds or not _timer_available():
        return function()
    armed = [True]

    def expire(signum: int, frame: object) -> None:
        if armed[0]:  # fires once: the cleanup below must not be interrupted a second time
            armed[0] = False
            raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        _running[0] = True
        return function()
    finally:
        _running[0] = False
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def budget_paused() -> Iterator[None]:
    """Stop the current article's clock for the block (work shared by the run), then start it again."""
    if not _running[0] or threading.current_thread() is not threading.main_thread():
        yield
        return
    left = signal.setitimer(signal.ITIMER_REAL, 0)[0]
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)


def _timer_available() -> bool:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0  # another real-time timer is running: leave it be
