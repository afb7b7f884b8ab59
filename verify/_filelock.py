"""An exclusive lock on a file, held by one process at a time and released when it dies, however it dies.

Shared by what writes into a store directory: saving a capture (``.verify-snapshot.lock``) and writing the
store's index (``.verify-index.lock``). The lock file is created when missing, never through a symbolic link.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold the lock of ``path``, waiting for another process that holds it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags, 0o644)
    try:
        _lock(descriptor)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


if sys.platform == "win32":  # sys.platform, not os.name: type checkers follow it
    import errno
    import msvcrt

    def _lock(descriptor: int) -> None:
        while True:  # LK_LOCK gives up after ten seconds (EDEADLOCK); an index's rebuild takes minutes
            try:
                msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)
                return
            except OSError as error:
                if error.errno != errno.EDEADLOCK:
                    raise

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
