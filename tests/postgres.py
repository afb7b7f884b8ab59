"""A real PostgreSQL server for the tests, started once per session in a temporary directory.

``initdb`` and ``pg_ctl`` come from ``pg_config --bindir`` or
``/usr/lib/postgresql/*/bin``; as root they run as the ``postgres`` user (the
server refuses root). The server listens on a free 127.0.0.1 port and a
socket in its own directory, trusts local connections, skips fsync, and is
stopped (immediate mode) at the session's end, its directory removed. It runs
in a session of its own (a terminal's Ctrl-C reaches the suite, not the
server), and is stopped too when the interpreter exits and when the suite is
sent SIGTERM, SIGINT or SIGHUP: a suite killed mid-run leaves no server behind
(SIGKILL aside). Each test asks for a fresh database. Without the binaries the
tests skip, unless ``VERIFY_REQUIRE_POSTGRES=1`` (set by ``.ci/run``) makes
that a failure.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest

_USER = "verify"


class PostgresServer:
    """A running server: ``database()`` creates an empty database and returns its URL."""

    def __init__(self, port: int, directory: Path) -> None:
        self.port = port
        self.directory = directory  # the server's data, socket and log, removed when it stops
        self._made = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{_USER}@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        import psycopg

        self._made += 1
        name = f"test_{os.getpid()}_{self._made}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _binaries() -> Path | None:
    candidates = []
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout)
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        path = Path(folder.strip())
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            return path
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("VERIFY_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here (VERIFY_REQUIRE_POSTGRES=1) but {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a server for the session; skip (or fail, when required) if that cannot be done."""
    try:
        import psycopg  # noqa: F401 - the store's driver: without it there is nothing to test
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'verify-quotes[postgresql]')")
    binaries = _binaries()
    if binaries is None:
        _unavailable("no PostgreSQL server binaries (initdb, pg_ctl); install the postgresql package")
    assert binaries is not None
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root: run it as the postgres user
        if shutil.which("runuser") is None or not _has_user("postgres"):
            _unavailable("running as root without runuser and a postgres user to run the server as")
        as_user = ["runuser", "-u", "postgres", "--"]
    top = Path(tempfile.mkdtemp(prefix="verify-pg-"))
    data = top / "data"
    if as_user:
        shutil.chown(top, "postgres")
    port = _free_port()

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        # (a session of its own: the server pg_ctl leaves running is in no process group a terminal signals)
        return subprocess.run(
            [*as_user, *command], capture_output=True, text=True, timeout=120, cwd=top, start_new_session=True
        )

    def stop() -> None:
        if (data / "postmaster.pid").exists():  # (a server up, or one a start that failed may have left)
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(top, ignore_errors=True)

    with _stopped_at_any_exit(stop):
        made = run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", _USER, "-E", "UTF8", "--no-sync")
        if made.returncode:
            _unavailable(f"initdb failed: {made.stderr.strip()[-300:]}")
        options = f"-p {port} -k {top} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        start = run(
            str(binaries / "pg_ctl"), "-D", str(data), "-l", str(top / "log"), "-w", "-t", "60", "-o", options, "start"
        )
        if start.returncode:
            log = (top / "log").read_text(errors="replace")[-300:] if (top / "log").exists() else start.stderr
            _unavailable(f"the server did not start: {log.strip()}")
        yield PostgresServer(port, top)


_STOPPING_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
_Handler = Callable[[int, FrameType | None], object] | int | None  # (what ``signal.signal`` returns)


@contextlib.contextmanager
def _stopped_at_any_exit(stop: Callable[[], None]) -> Iterator[None]:
    """Run ``stop`` once when the block ends, and before that if the interpreter exits or one of
    ``_STOPPING_SIGNALS`` arrives (then the signal does what it did before: a SIGTERM still ends the suite)."""
    once = _once(stop)
    atexit.register(once)
    previous: dict[int, _Handler] = {}
    if threading.current_thread() is threading.main_thread():  # (only the main thread may set a handler)
        for signum in _STOPPING_SIGNALS:
            # (a signal the suite ignores, as a job in the background ignores SIGINT, stops nothing)
            if signal.getsignal(signum) != signal.SIG_IGN:
                previous[signum] = signal.signal(signum, functools.partial(_stop_then_pass_on, once, previous))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        atexit.unregister(once)
        once()


def _once(action: Callable[[], None]) -> Callable[[], None]:
    """``action``, run at its first call only (the block's end, the exit hook and a signal may all call it), and only in
    this process: a child forked later (a pool's worker, which its pool may end with SIGTERM) inherits the exit hook and
    the handlers, not the server."""
    done: list[bool] = []
    owner = os.getpid()

    def run_once() -> None:
        if not done and os.getpid() == owner:
            done.append(True)
            action()

    return run_once


def _stop_then_pass_on(
    stop: Callable[[], None], previous: dict[int, _Handler], signum: int, frame: FrameType | None
) -> None:
    """A stopping signal's handler: ``stop``, then what the signal did before."""
    stop()
    handler = previous.get(signum)
    if callable(handler):
        handler(signum, frame)  # (SIGINT's: KeyboardInterrupt, which pytest reports)
    else:
        signal.signal(signum, signal.SIG_DFL)  # (the default: the process ends of that signal, as it would have)
        os.kill(os.getpid(), signum)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
