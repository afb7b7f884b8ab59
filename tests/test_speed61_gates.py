"""Round 61's exact cuts (speed61, issue 14): the same answers, read in C where a loop read them in Python.

Each cut is checked against its form on main before the cut (kept here as it was) over generated inputs.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from verify import retrieval
from verify.normalize import STOPWORDS, stem

# Terms as the index spells them: stopwords, words a stem cuts ("participation"), words of one letter, digits, and a few
# that repeat, so that claims and statements share some and hold some twice
_TERMS = ["the", "a", "of", "and", "participation", "participates", "harbour", "boats", "boat", "ss", "class", "x"]
_TERMS += ["2026", "35", "us", "mayor", "mayors", "said", "ferry", "é", "straße", "kilbride", ""]


def _term_features_on_main(terms: list[str]) -> set[str]:
    """``retrieval.term_features`` as main had it before round 61 (a comprehension and a generator of slices)."""
    found = {stem(t) for t in terms if t not in STOPWORDS}
    found.update(" ".join(terms[i : i + retrieval.SHINGLE]) for i in range(len(terms) - retrieval.SHINGLE + 1))
    return found


def _holds_enough_on_main(claim: Counter[str], statement: Counter[str]) -> bool:
    """``retrieval.holds_enough`` as main had it before round 61 (a generator over the claim's terms)."""
    shared = sum(min(n, statement[w]) for w, n in claim.items() if w in statement)
    return shared >= retrieval._REACHABLE_SHARE * sum(claim.values())


@settings(max_examples=2000, deadline=None)
@given(terms=st.lists(st.sampled_from(_TERMS), max_size=12))
def test_the_features_of_terms_are_as_on_main(terms: list[str]) -> None:
    found = retrieval.term_features(terms)
    assert found == _term_features_on_main(terms)
    assert list(found) == list(_term_features_on_main(terms))  # (the same order too: the same insertions)
    assert list(frozenset(found)) == list(frozenset(_term_features_on_main(terms)))


def test_the_features_of_short_texts() -> None:
    assert retrieval.term_features([]) == set()
    assert retrieval.term_features(["harbour", "boats"]) == {stem("harbour"), "boat"}
    assert retrieval.term_features(["the", "harbour", "boats"]) == {stem("harbour"), "boat", "the harbour boats"}
    assert retrieval.term_features(("a", "b", "c", "d")) == {"b", "c", "d", "a b c", "b c d"}  # ("a": a stopword)


@settings(max_examples=3000, deadline=None)
@given(
    claim=st.lists(st.sampled_from(_TERMS), max_size=14),
    statement=st.lists(st.sampled_from(_TERMS), max_size=30),
)
def test_a_statement_holds_enough_as_on_main(claim: list[str], statement: list[str]) -> None:
    wanted, held = Counter(claim), Counter(statement)
    assert retrieval.holds_enough(wanted, held) is _holds_enough_on_main(wanted, held)


def test_a_statement_holds_enough() -> None:
    claim = Counter("the boat left the harbour".split())
    assert retrieval.holds_enough(claim, Counter("the boat left the harbour at dawn".split()))
    assert not retrieval.holds_enough(claim, Counter("a ferry came".split()))
    assert not retrieval.holds_enough(claim, Counter())
    assert retrieval.holds_enough(Counter(), Counter("anything".split()))  # (nothing to share: 0 >= 0, as on main)
