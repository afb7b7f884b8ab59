"""The HTML report in a real browser: headless Chromium, driven over its DevTools pipe.

What a reader sees is checked in the page itself: the summary, every claim
highlighted, the j/k keys moving between findings, the print stylesheet, no
script error and no hostile input running. A screenshot and a PDF print are
kept under test-artifacts/ (git-ignored) for a person to look at.

Chromium is Debian's ``chromium`` package (``.ci/run`` installs it). The
DevTools protocol is spoken over ``--remote-debugging-pipe`` (file
descriptors 3 and 4, NUL-separated JSON), so no websocket client is needed.
Without a browser the tests skip and say why.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import verify
from verify.models import Report
from verify.report import RenderOptions, reporter

from .loopback import send, serving
from .test_html_report import ARTICLE, SAVED_POST, TRANSCRIPT, hostile_report

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser")  # Debian's package, and the name other distributions use
NO_BROWSER = (
    "no Chromium found on PATH (looked for: {names}); the HTML report's browser test needs a real browser. "
    "Install Debian's package with `apt-get install chromium` (.ci/run does)"
)
# Headless, offline and quiet: no sandbox (CI containers run as root), no GPU, no first-run
# pages, no background fetches, updates or sync, so that the test never touches the network.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)
# Chromium reads DevTools commands on descriptor 3 and writes replies on 4: this starts it with
# the two pipe ends given as arguments moved there (by way of descriptors >= 10, so that moving
# one cannot overwrite the other).
_ON_FDS_3_AND_4 = (
    "import fcntl, os, sys\n"
    "ends = [fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3]]\n"
    "os.dup2(ends[0], 3)\n"
    "os.dup2(ends[1], 4)\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)
WIDTH = 1280
SCREENSHOT_MAX_HEIGHT = 3200  # pixels: the summary, the article and the first findings
TIMEOUT = 30.0  # seconds for Chromium to start or answer one command


class DevTools:
    """A headless Chromium and the DevTools session of its one page."""

    def __init__(self, executable: str, profile: Path, log: Path) -> None:
        to_browser, self._writer = os.pipe()
        self._reader, from_browser = os.pipe()
        with log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _ON_FDS_3_AND_4, str(to_browser), str(from_browser), executable, *FLAGS,
                 f"--user-data-dir={profile}", "about:blank"],
                pass_fds=(to_browser, from_browser),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )  # fmt: skip
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                self.page(f"{domain}.enable")
        except BaseException:
            self.close()
            raise

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._writer, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def page(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.send(method, params, self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.page("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, page: Path | str) -> None:
        """Load a file (a Path) or a URL (a string) and wait for its load event."""
        self.events.clear()
        self.page("Page.navigate", {"url": page.as_uri() if isinstance(page, Path) else page})
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._receive())

    def press(self, key: str) -> None:
        code = ord(key.upper())
        for kind in ("keyDown", "keyUp"):
            self.page("Input.dispatchKeyEvent", {"type": kind, "key": key, "text": key, "windowsVirtualKeyCode": code})

    def problems(self) -> list[str]:
        """Script errors, console errors and policy violations, and any dialog a script opened."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("exception", {}).get("description", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry']['text']}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('message')}")
        return found

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                self.send("Browser.close")
        except (OSError, RuntimeError, TimeoutError):
            pass  # it is stopped below either way
        finally:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            os.close(self._writer)
            os.close(self._reader)

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._reader], [], [], remaining)[0]:
                raise TimeoutError(f"Chromium did not answer within {TIMEOUT:g}s")
            chunk = os.read(self._reader, 1 << 20)
            if not chunk:
                raise OSError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    executable = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if executable is None:
        # CI that installed a browser sets VERIFY_REQUIRE_BROWSER=1, so that a lost browser fails the run.
        missing = pytest.fail if os.environ.get("VERIFY_REQUIRE_BROWSER") == "1" else pytest.skip
        missing(NO_BROWSER.format(names=", ".join(BROWSERS)))
    home = tmp_path_factory.mktemp("chromium")
    try:
        devtools = DevTools(executable, home / "profile", home / "chromium.log")
    except (OSError, RuntimeError, TimeoutError) as error:
        log = (home / "chromium.log").read_text(errors="replace")[-2000:]
        pytest.skip(f"{executable} is installed but did not start headless ({error}); its log ends:\n{log}")
    devtools.page(
        "Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )
    yield devtools
    devtools.close()


def newsroom_report(root: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    """The newsroom of test_html_report, checked by the pipeline from its root (short relative paths)."""
    (root / "snapshots").mkdir()
    (root / "snapshots" / "press.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (root / "snapshots" / "x-keller.json").write_text(SAVED_POST, encoding="utf-8")
    (root / "article.html").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(root)
    return verify.check(["article.html"])


def write_page(report: Report, path: Path) -> Path:
    path.write_text(reporter("html")(report, RenderOptions()), encoding="utf-8")
    return path


def test_the_report_reads_well_in_chromium(browser: DevTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = newsroom_report(tmp_path, monkeypatch)
    browser.open(write_page(report, tmp_path / "report.html"))

    assert browser.evaluate("document.documentElement.classList.contains('js')")  # the page's script ran
    counts = browser.evaluate("[...document.querySelectorAll('#summary .counts a')].map(a => a.innerText)")
    assert counts == ["2 altered", "1 unverified"]
    rows = browser.evaluate("document.querySelectorAll('#summary tbody tr').length")
    assert rows == len(report.findings)
    marks = browser.evaluate(
        """[...document.querySelectorAll('.article mark.claim')].map(m => ({
            label: m.querySelector('a.tag').innerText.toLowerCase(),
            background: getComputedStyle(m).backgroundColor,
            height: m.getBoundingClientRect().height}))"""
    )
    findings = report.articles[0].findings
    assert [m["label"] for m in marks] == [f"{f.verdict.value} #{n}" for n, f in enumerate(findings, 1)]
    assert all(m["height"] > 0 and m["background"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in marks)
    gap = browser.evaluate("document.querySelector('.finding .sides .gap').getBoundingClientRect().width")
    assert gap > 0  # the place where the article left "not" out is visible

    _save_screenshot(browser, ARTIFACTS / "html-report.png")
    assert browser.problems() == []


def test_hostile_input_never_runs(browser: DevTools, tmp_path: Path) -> None:
    browser.open(write_page(hostile_report(), tmp_path / "hostile.html"))
    assert browser.evaluate("document.documentElement.classList.contains('js')")
    assert browser.evaluate("document.title").startswith("verify report: ")  # 'pwned' was never set
    assert browser.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    message = browser.evaluate("document.querySelector('#f0-2 .message').innerText")
    assert message.startswith("<script>document.title='pwned'</script><img src=x")  # shown as text
    assert browser.problems() == []  # no alert dialog, no blocked script, no error


def test_keys_move_between_findings_and_print_hides_the_hint(
    browser: DevTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser.open(write_page(newsroom_report(tmp_path, monkeypatch), tmp_path / "report.html"))
    problems = browser.evaluate("[...document.querySelectorAll('.finding.problem')].map(s => s.id)")
    assert len(problems) == 3  # two altered, one unverified
    visited = []
    for key in ("j", "j", "k", "k"):
        browser.press(key)
        visited.append(browser.evaluate("document.activeElement.id"))
    assert visited == [problems[0], problems[1], problems[0], problems[-1]]  # k from the first wraps to the last

    assert browser.evaluate("getComputedStyle(document.querySelector('.keys')).display") == "block"
    browser.page("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.evaluate("getComputedStyle(document.querySelector('.keys')).display") == "none"
        link = browser.evaluate("getComputedStyle(document.querySelector('a.ext'), '::after').content")
        assert "https://" in link  # printed links show where they lead
        pdf = base64.b64decode(browser.page("Page.printToPDF", {"printBackground": True})["data"])
    finally:
        browser.page("Emulation.setEmulatedMedia", {"media": ""})
    assert pdf.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "html-report.pdf").write_bytes(pdf)
    assert browser.problems() == []


def test_script_errors_would_be_caught(browser: DevTools, tmp_path: Path) -> None:
    """The error check above can fail: a page with a broken script and a blocked one is reported."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="script-src \'none\'">'
        "<p>x</p><script>missing()</script>",
        encoding="utf-8",
    )
    browser.open(page)
    assert any("Content Security Policy" in problem for problem in browser.problems())
    page.write_text("<!DOCTYPE html><p>x</p><script>missing()</script>", encoding="utf-8")
    browser.open(page)
    assert any("missing is not defined" in problem for problem in browser.problems())


def _save_screenshot(browser: DevTools, path: Path) -> None:
    height = browser.evaluate("document.documentElement.scrollHeight")
    clip = {"x": 0, "y": 0, "width": WIDTH, "height": min(height, SCREENSHOT_MAX_HEIGHT), "scale": 1}
    shot = browser.page("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.read_bytes().startswith(b"\x89PNG")


PHONE = 390  # CSS pixels: a common phone's viewport width


def test_the_report_fits_a_phone(browser: DevTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No horizontal scrolling of the page at 390 px, even with long unbroken paths and words."""
    report = newsroom_report(tmp_path, monkeypatch)
    deep = tmp_path / ("a-very-long-folder-name-without-any-break-" * 3) / "nested"
    deep.mkdir(parents=True)
    long_name = deep / ("article-with-a-long-unbroken-file-name-" * 2 + ".html")
    long_name.write_text((tmp_path / "article.html").read_text(encoding="utf-8"), encoding="utf-8")
    report = verify.check(["article.html", str(long_name)])
    browser.page(
        "Emulation.setDeviceMetricsOverride", {"width": PHONE, "height": 800, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        browser.open(write_page(report, tmp_path / "phone.html"))
        width = browser.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        assert width <= PHONE
        wide = browser.evaluate(
            f"""[...document.querySelectorAll('body *')].filter(e => {{
                const r = e.getBoundingClientRect();
                return r.right > {PHONE} + 1 && !e.closest('.scroll');
            }}).map(e => e.tagName + '.' + e.className)"""
        )
        assert wide == []  # only the summary table's own container may scroll sideways
        assert browser.problems() == []
    finally:
        browser.page(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )


def test_single_key_shortcuts_can_be_switched_off(
    browser: DevTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The switch works and is remembered when the report is opened again.

    The report is served from 127.0.0.1, not opened as a file: Chromium does not keep one
    localStorage for file:// pages. Under load (busy loops on both cores) a reopened file:// page
    now and then got an empty or stale storage that never caught up (8 of 10 runs of 20 round
    trips failed), so the choice was lost by the browser, not by the report; over one http origin
    it never was (0 of 6 such runs).
    """
    checked = "document.getElementById('shortcuts').checked"
    page = reporter("html")(newsroom_report(tmp_path, monkeypatch), RenderOptions()).encode("utf-8")
    with serving({"/report.html": lambda handler: send(handler, 200, page)}) as server:
        browser.open(f"{server.base}/report.html")
        assert browser.evaluate(checked) is True  # on by default
        browser.evaluate("document.getElementById('shortcuts').click()")  # off
        browser.evaluate("document.body.focus()")
        browser.press("j")
        assert browser.evaluate("document.activeElement.closest('.finding')") is None
        browser.open(f"{server.base}/report.html")  # the choice is remembered
        assert browser.evaluate(checked) is False
        browser.evaluate("document.getElementById('shortcuts').click()")  # on again
        browser.evaluate("document.activeElement.blur()")
        browser.press("j")
        assert browser.evaluate("document.activeElement.classList.contains('finding')")
        assert browser.problems() == []


def _axe_source() -> str | None:
    """axe-core's script from npm (.ci/run installs it and sets VERIFY_AXE), or None."""
    path = os.environ.get("VERIFY_AXE")
    if path and Path(path).is_file():
        return Path(path).read_text(encoding="utf-8")
    if os.environ.get("VERIFY_REQUIRE_AXE") == "1":
        pytest.fail(f"VERIFY_AXE does not name axe-core's axe.min.js: {path!r}")
    return None


@pytest.mark.parametrize("width", [WIDTH, PHONE])
def test_axe_core_finds_no_violation(
    browser: DevTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    source = _axe_source()
    if source is None:
        pytest.skip("axe-core not installed: `npm install axe-core@4` and set VERIFY_AXE to its axe.min.js")
    browser.page(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
    )
    try:
        browser.open(write_page(newsroom_report(tmp_path, monkeypatch), tmp_path / "report.html"))
        assert _axe_violations(browser, source) == []
        # The check can fail: a field without a label is a violation.
        (tmp_path / "bad.html").write_text('<!DOCTYPE html><html lang="en"><title>t</title><input>', encoding="utf-8")
        browser.open(tmp_path / "bad.html")
        assert any(v.startswith("label:") for v in _axe_violations(browser, source))
    finally:
        browser.page(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )


def _axe_violations(browser: DevTools, source: str) -> list[str]:
    browser.evaluate(source)  # DevTools evaluation is not the page's script: the page's CSP stays strict
    result = browser.page(
        "Runtime.evaluate",
        {
            "expression": "axe.run(document).then(r => r.violations.map(v => v.id + ': ' + v.help + ' '"
            " + v.nodes.map(n => n.target.join(' ')).join(', ')))",
            "awaitPromise": True,
            "returnByValue": True,
        },
    )
    assert "exceptionDetails" not in result, result
    return result["result"]["value"]
