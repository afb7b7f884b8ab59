"""What the snapshot index stores of a text changes only with ``verify.index.TERMS_VERSION``.

The index keeps each statement's index terms, the stems its features are made of, its URL's key and the judge's
words of it (each normalised word with its span and original text, taken instead of normalising a candidate
again), all made by :mod:`verify.normalize`. Its cache is rebuilt when ``TERMS_VERSION`` or the lexicon fields
the normaliser reads change, not for any edit of ``normalize.py`` (a speed change there used to rebuild every
index: ten minutes of CPU at a million statements). So a change of what the normaliser returns must bump the
version: this test records, for a few thousand probe texts, a digest of what the index would store, and fails
when one of them changes while the version (and the lexicon fields) stayed. ``--regen-golden`` records the new
results, but only under a new version: it too fails for a change made without one.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from verify import index, normalize
from verify.lexicon import LEXICONS
from verify.normalize import STOPWORDS, index_terms, stem, url_key, words
from verify.spelling import SPELLINGS

from .conftest import FIXTURES

DATA = Path(__file__).resolve().parent / "data"
GOLDEN = DATA / "index_terms.json"
_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>)\]]{1,500}")
_RECORDED_SHARE = 0.9  # of the probe texts the golden must hold: one recorded long ago checks little


def _probe_texts() -> Iterator[str]:
    """Hand-written cases, the fixtures' lines, every word the lexicons give the normaliser in a few settings
    and every British spelling."""
    for line in (DATA / "index_terms_probe.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line
    for path in sorted(FIXTURES.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".json"):
            yield from (
                line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()
            )
    for lexicon in LEXICONS.values():
        for field in index.NORMALISER_FIELDS:
            for word in _words_of(getattr(lexicon, field)):
                yield from (word, f"3 {word}", f"{word} 12", f"2,5 {word} 1.200 und 4 {word} euros")
    british = sorted(SPELLINGS)
    for start in range(0, len(british), 20):
        yield " ".join(british[start : start + 20])


def _words_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) or hasattr(value, "keys"):
        return sorted(map(str, value.keys()))  # type: ignore[attr-defined]
    if isinstance(value, (list, tuple, set, frozenset)):
        return sorted(str(v) for v in value)
    return []


def _stored(text: str) -> str:
    """What the index stores of ``text``: its terms, each term's stem (or that it is a stop word), its URLs' keys,
    the judge's words."""
    terms = index_terms(text)
    stems = [stem(t) if t not in STOPWORDS else "-" for t in terms]
    urls = [url_key(u) for u in _URL.findall(text)]
    judged = repr([(w.norm, w.start, w.end, w.original) for w in words(text)])
    return "\n".join([" ".join(terms), " ".join(stems), " ".join(urls), judged])


def _short(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()


def _current() -> dict[str, tuple[str, str]]:
    """Each probe text by its digest: (the text, the digest of what the index stores of it)."""
    return {_short(text): (text, _short(_stored(text))) for text in dict.fromkeys(_probe_texts())}


def test_what_the_index_stores_changes_only_with_its_version(regen_golden: bool) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.is_file() else {}
    current = _current()
    same_version = golden.get("terms_version") == index.TERMS_VERSION
    same_lexicons = golden.get("lexicon_fields") == index.lexicon_fields_digest()
    recorded = golden.get("stored", {})
    changed = [text for key, (text, stored) in current.items() if recorded.get(key, stored) != stored]
    if same_version and same_lexicons and changed:
        shown = "\n".join(f"  {text[:100]!r} -> {_stored(text)[:160]!r}" for text in changed[:8])
        pytest.fail(
            f"what the index stores changed for {len(changed)} probe texts, e.g.\n{shown}\n"
            "with verify.index.TERMS_VERSION unchanged: every saved index would keep the old words. Bump "
            "TERMS_VERSION, then record the new results with --regen-golden."
        )
    if regen_golden:
        stored = {key: digest for key, (_, digest) in sorted(current.items())}
        golden = {
            "terms_version": index.TERMS_VERSION,
            "lexicon_fields": index.lexicon_fields_digest(),
            "stored": stored,
        }
        GOLDEN.write_text(json.dumps(golden, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        return
    assert same_version and same_lexicons, (
        "tests/data/index_terms.json was recorded for another TERMS_VERSION or other lexicon fields: "
        "record it again with --regen-golden"
    )
    held = sum(key in recorded for key in current)
    assert held >= _RECORDED_SHARE * len(current), f"{len(current) - held} probe texts unrecorded: --regen-golden"


def test_the_probe_reaches_every_path_of_the_normaliser_it_is_meant_to() -> None:
    stored = {text: _stored(text) for _, (text, _) in _current().items()}
    joined = "\n".join(stored.values())
    # numbers, amounts, percent, a link, a contraction, a British spelling, a French elision, a German number
    for term in ("usd4000000000", "percent", "link", "can not", "center", "ne avons", "eur300000000"):
        assert term in joined
    assert len(stored) > 2_000


def test_the_normalisers_source_is_all_that_makes_the_index_terms() -> None:
    """The cache checks a sample again when normalize.py or spelling.py changes (``index._terms_source``): no
    other module of verify may take part in making the index terms."""
    tree = ast.parse(Path(normalize.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
    assert imported == {"lexicon", "spelling"}  # and the lexicon's fields are NORMALISER_FIELDS (test_index.py)
