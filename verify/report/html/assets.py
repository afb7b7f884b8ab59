"""The HTML report's inline stylesheet, its one small script, and the policy that allows only them.

The report is one file that must work offline and as a CI artifact, so
nothing is fetched: no fonts, images or scripts from elsewhere. The
Content-Security-Policy names the hashes of exactly this stylesheet and this
script, so even text that escaped its escaping could neither run script nor
load anything.
"""

from __future__ import annotations

import base64
import hashlib

# Verdict colours: a tinted background with a darker border of the same hue, chosen to keep
# dark text readable; every mark also carries its verdict as a text label, so no meaning
# rests on colour alone.
CSS = """
:root { --ink: #1b1b1f; --muted: #5b5b66; --line: #d6d6de; --paper: #ffffff; --panel: #f6f6f9;
  --verified: #d5efdc; --verified-edge: #1e6b34; --altered: #fbd3cf; --altered-edge: #a8231b;
  --misattributed: #f6d2e6; --misattributed-edge: #8e1659; --paraphrased: #fde6b0; --paraphrased-edge: #855400;
  --unsupported: #f3dcc8; --unsupported-edge: #7a3f0c; --unverified: #d9e5f8; --unverified-edge: #1c4a8c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1rem 1.5rem 3rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; word-break: break-all; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; } h4 { font-size: 1rem; margin: 0 0 .4rem; }
h5 { font-size: .85rem; margin: 0 0 .3rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
a { color: #1c4a8c; overflow-wrap: anywhere; } .muted, .where { color: var(--muted); }
.where { font-size: .9em; font-weight: normal; overflow-wrap: anywhere; }
.keys { display: none; color: var(--muted); font-size: .9em; } html.js .keys { display: block; }
.keys input { margin: 0 .4em 0 0; vertical-align: middle; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; background: var(--panel); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .5rem 0 1rem; }
.counts a { display: inline-block; padding: .3rem .7rem; border-radius: 4px; border: 2px solid; text-decoration: none;
  color: var(--ink); font-weight: 600; }
.scroll { overflow-x: auto; max-width: 100%; }
.scroll:focus { outline: 3px solid #1c4a8c; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
  overflow-wrap: anywhere; }
.verdict { display: inline-block; white-space: nowrap; padding: 0 .4em; border: 1px solid; border-radius: 3px;
  font-size: .8em; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; text-align: center; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.7 Georgia, "Noto Serif", serif;
  border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; background: var(--paper); }
mark.claim { color: inherit; padding: .05em .1em; border-bottom: 3px solid; border-radius: 2px; }
mark.claim mark.claim { border-bottom-style: double; }
mark.claim > a.tag { font: 700 .65rem/1 system-ui, sans-serif; text-transform: uppercase; text-decoration: none;
  color: var(--ink); background: var(--paper); border: 1px solid; border-radius: 3px; padding: .1em .3em;
  margin-right: .25em; vertical-align: .15em; white-space: nowrap; }
.v-verified { --bg: var(--verified); --edge: var(--verified-edge); }
.v-altered { --bg: var(--altered); --edge: var(--altered-edge); }
.v-misattributed { --bg: var(--misattributed); --edge: var(--misattributed-edge); }
.v-paraphrased { --bg: var(--paraphrased); --edge: var(--paraphrased-edge); }
.v-unsupported { --bg: var(--unsupported); --edge: var(--unsupported-edge); }
.v-unverified { --bg: var(--unverified); --edge: var(--unverified-edge); }
mark.claim, .verdict, .counts a { background: var(--bg); border-color: var(--edge); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--edge); border-radius: 6px;
  padding: .8rem 1rem; margin: 1rem 0; }
.finding:focus, .finding:target { outline: 3px solid #1c4a8c; outline-offset: 2px; }
.finding.suppressed { opacity: .75; }
.message { margin: .3rem 0 .8rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { background: var(--panel); border-radius: 4px; padding: .6rem .8rem; min-width: 0; }
.words { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Noto Serif", serif; margin: .4rem 0 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: 0; font-size: .88em; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
ins { background: #c9efd2; text-decoration: underline 2px; }
del { background: #f8cdcd; text-decoration: line-through 2px; }
.gap { color: #a8231b; font-weight: 700; font-size: 1.2em; line-height: 1; }
sup.flag, span.flag { font: 700 .68rem/1 system-ui, sans-serif; text-transform: uppercase; padding: 0 .15em; }
span.flag { border: 1px solid; border-radius: 3px; padding: .1em .3em; }
ol.changes { margin: .6rem 0 0; padding-left: 1.5rem; font-size: .92em; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; background: var(--paper);
  margin: .5rem 0; max-width: 38rem; }
.card .who { font-weight: 700; } .card .handle, .card .platform, .card .date { color: var(--muted); }
.card .platform { text-transform: uppercase; font-size: .75em; font-weight: 700; letter-spacing: .05em; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr)); gap: .75rem; }
.problems li, .unplaced li { margin: .2rem 0; }
.url { overflow-wrap: anywhere; }
@media (max-width: 50rem) { .sides { grid-template-columns: 1fr; } }
@media (max-width: 30rem) {
  body { padding: .5rem .75rem 2rem; } .article { padding: .75rem; } .finding { padding: .6rem .7rem; }
  th, td { padding: .3rem .35rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .keys { display: none !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .finding, .card, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .article { border: none; padding: 0; }
  a.ext::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
  .sides { grid-template-columns: 1fr 1fr; }
}
"""

# Keyboard navigation between findings: j / n next, k / p previous (problems first: findings
# that are not verified; all findings when every claim is verified). The "js" class shows the
# key hint only where the keys work. Single-character shortcuts can be switched off with the
# checkbox in the hint (WCAG 2.1.4); the choice is remembered where the browser allows storage.
SCRIPT = """
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var KEY = "verify-report-shortcuts";
  var toggle = document.getElementById("shortcuts");
  function stored() { try { return window.localStorage.getItem(KEY); } catch (e) { return null; } }
  if (toggle) {
    toggle.checked = stored() !== "off";
    toggle.addEventListener("change", function () {
      try { window.localStorage.setItem(KEY, toggle.checked ? "on" : "off"); } catch (e) { /* no storage */ }
    });
  }
  function findings() {
    var problems = document.querySelectorAll(".finding.problem");
    return Array.prototype.slice.call(problems.length ? problems : document.querySelectorAll(".finding"));
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (toggle && !toggle.checked) return;
    var target = event.target;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || "")) return;
    var step = (event.key === "j" || event.key === "n") ? 1 : (event.key === "k" || event.key === "p") ? -1 : 0;
    var items = findings();
    if (!step || !items.length) return;
    var focused = document.activeElement;
    var index = items.indexOf(focused && focused.closest ? focused.closest(".finding") : null);
    var next = index < 0 ? (step > 0 ? 0 : items.length - 1) : (index + step + items.length) % items.length;
    items[next].focus();
    event.preventDefault();
  });
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# Nothing may load or run but the stylesheet and script above; no base URL, no forms, no frames.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"
)
