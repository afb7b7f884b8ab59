"""Round 63's exact cuts (speed63, issue 14): each gives the answer of the form it replaced, read with less work.

Each cut is checked against its form on main before the cut over generated inputs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import quotes
from verify.extract.cues import grammar
from verify.lexicon import LEXICONS

_CODES = sorted(LEXICONS)

# Cut 1 (``_verbs_in``): the cue verbs of a window scanned whole, the last window's kept for the next reader of it.

_WINDOW_WORDS = ["The", "mayor", "said", "told", "Anna", "Weber", "sagte", "erklärte", "der", "Bürgermeister", "a"]
_WINDOW_WORDS += ["déclaré", "a", "dit", "la", "maire", "dijo", "el", "alcalde", "saying", ",", ":", "“", "..."]


def _spans(matches: object) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group(), m.string) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=600, deadline=None)
@given(
    windows=st.lists(
        st.tuples(st.sampled_from(_CODES), st.lists(st.sampled_from(_WINDOW_WORDS), max_size=14)), max_size=6
    ),
)
def test_a_windows_verbs_are_its_scan_however_often_it_is_asked(windows: list[tuple[str, list[str]]]) -> None:
    for code, words in windows * 2:  # (each window asked again, once right after another window's scan)
        g = grammar(code)
        window = " ".join(words)
        for asked in (window, "".join(window)):  # (an equal window, not the same string)
            assert _spans(quotes._verbs_in(g, asked)) == _spans(g.any_verb.finditer(asked))


def test_a_window_kept_for_one_language_is_scanned_again_for_another() -> None:
    english, german = grammar("en"), grammar("de")
    window = "Der Bürgermeister sagte, the mayor said"
    assert _spans(quotes._verbs_in(english, window)) == _spans(english.any_verb.finditer(window))
    assert _spans(quotes._verbs_in(german, window)) == _spans(german.any_verb.finditer(window))
    assert _spans(quotes._verbs_in(english, window)) != _spans(quotes._verbs_in(german, window))
