"""A report must not depend on the run's string hash seed: sets of strings iterate in another order each run, so any
choice made by iterating one (the first of several lexicon words that fits) would credit a quote differently from run
to run. The check runs the whole tool in fresh interpreters with different ``PYTHONHASHSEED`` values."""

import os
import subprocess
import sys
from pathlib import Path

# A former trade written with "ex-": the lexicon's former words hold both "ex" and "ex-", and only the longer cut
# leaves the trade ("sergeant") that the article says of the mayor.
ARTICLE = """\
<html><body><article>
<h1>Harbour power cuts go on</h1>
<p>The Mayor of Port Lowen, Mara Quell, a former police sergeant who patrolled the harbour road for twenty years
before her election, met traders on Thursday: “Four hours on and four hours off.”</p>
<p>Dinah Forde, who runs the ice plant, was less patient: “We have thrown out two tonnes of fish.”</p>
<p>“The tanker is a promise that comes when the wind allows”, fired back the ex-sergeant.</p>
</article></body></html>
"""

SEEDS = ("0", "1", "2", "3", "4", "5")


def _report(article: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "verify", str(article), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_report_is_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text(ARTICLE, encoding="utf-8")
    reports = {seed: _report(article, seed) for seed in SEEDS}
    assert len(set(reports.values())) == 1, {seed: len(r) for seed, r in reports.items()}
    assert '"speaker": "Mara Quell"' in reports["0"]
