"""Round 60's exact cuts (speed60, issue 14): each gate asks a cheaper question first and answers as before.

Each cut is checked against its form on main before the cut (kept here as it was) over generated inputs.
"""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import quotes
from verify.extract.cues import grammar

# Windows before a quote of the shapes the cues before it read ("According to", a colon, a response, a frame's
# words), in four languages
_CUE_WORDS = ["According", "according", "to", "the", "mayor", "Rutte", "Anna", "Berg", ",", ":", "said", "statement"]
_CUE_WORDS += ["response", "was", "Selon", "le", "maire", "Según", "la", "alcaldesa", "Laut", "Bürgermeisterin", "des"]
_CUE_WORDS += ["In", "words", "of", "its", "director", "Fiona", "Grady", "du", "del", "En", "palabras", "Mit", "Worten"]


@settings(max_examples=600, deadline=None)
@given(code=st.sampled_from(["en", "fr", "es", "de"]), words=st.lists(st.sampled_from(_CUE_WORDS), max_size=9))
def test_the_cues_before_a_quote_share_their_guards_as_on_main(code: str, words: list[str]) -> None:
    """Each guard searched once for all the patterns it guards, looked up by its identity: the same answers as each
    guard searched for its own patterns (distinct pattern objects, which no look-up can share)."""
    g = grammar(code)
    unshared = dataclasses.replace(g, before=tuple((re.compile(f"{guard.pattern}(?:)"), p) for guard, p in g.before))
    window = " ".join(words) + " "
    shared, alone = quotes._cue_in_words(g, window), quotes._cue_in_words(unshared, window)
    assert (shared and (shared.span(), shared.re.pattern)) == (alone and (alone.span(), alone.re.pattern))
