"""The growth check of the hostile-input tests (tests/growth.py) can fail, and fails on quadratic work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .growth import FLOOR_SECONDS, assert_grows_linearly, cpu_seconds


def _quadratic(n: int) -> Callable[[], object]:
    text = "a" * n
    return lambda: [text.find("b", start) for start in range(n)]  # each search reads the rest


def _linear(n: int) -> Callable[[], object]:
    return lambda: sum(1 for _ in range(n))


def test_quadratic_work_fails_even_when_too_cheap_to_time_at_the_size_named() -> None:
    # At 50 and 200 characters both runs are under the clock's floor, and a ratio of two floors is 1:
    # the check grows the input until a run is measurable, where the quadratic work shows.
    assert cpu_seconds(_quadratic(200), repeats=1) == FLOOR_SECONDS
    with pytest.raises(AssertionError, match="took"):
        assert_grows_linearly(_quadratic, 50)


def test_linear_work_passes() -> None:
    assert_grows_linearly(_linear, 1_000)
