"""Measure verify against the hostile inputs of issue 16, as a user runs it: peak memory and wall time per case.

    python scripts/measure_safety.py

Starts a server on 127.0.0.1 (a 2 GB ``gzip, gzip`` bomb, headers trickled at
one byte a second), writes hostile files in a temporary directory, runs each
``verify`` command in a child process, and prints its exit status, wall time
and the child's peak resident memory. Nothing leaves the machine.
"""

from __future__ import annotations

import gzip
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BOMB_SIZE = 2 << 30  # decoded bytes of the bomb


def _bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    inner = b"".join([*(compressor.compress(block) for _ in range(BOMB_SIZE >> 20)), compressor.flush()])
    return gzip.compress(inner, 9)


class _Handler(BaseHTTPRequestHandler):
    bomb = b""

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/bomb":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Length", str(len(self.bomb)))
            self.end_headers()
            self.wfile.write(self.bomb)
        else:  # /slow: the status line, then one header byte a second for a minute
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(60):
                try:
                    self.wfile.write(b"X")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(1)


def _run(label: str, args: list[str]) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "verify", *args], capture_output=True, text=True, timeout=600)
    elapsed = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux: the largest child so far
    line = (done.stderr.strip().splitlines() or [""])[0][:110]
    shown = f"{peak / 1024:.0f} MB" if peak > before else f"<= {before / 1024:.0f} MB"
    print(f"{label:<34} exit {done.returncode}  {elapsed:6.2f} s  peak {shown:>9}  {line}")


def main() -> None:
    _Handler.bomb = _bomb()
    print(f"bomb: {len(_Handler.bomb)} bytes on the wire, {BOMB_SIZE} decoded")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        os.mkfifo(tmp / "pipe.html")
        (tmp / "good.txt").write_text("The minister said “the talks resume on Monday”.\n", "utf-8")
        store = str(tmp / "store")
        _run("check /dev/zero", ["/dev/zero"])
        _run("check a directory with a FIFO", [scratch])
        _run("snapshot gzip,gzip bomb (cap 20 MB)", ["snapshot", f"{base}/bomb", "--snapshots", store])
        _run("check URL gzip,gzip bomb", [f"{base}/bomb"])
        _run("snapshot slow headers --timeout 3", ["snapshot", f"{base}/slow", "--timeout", "3", "--snapshots", store])
        _run("check URL slow headers --timeout 3", [f"{base}/slow", "--timeout", "3"])
    server.shutdown()


if __name__ == "__main__":
    main()
