"""Round 56's (speed56) exact cuts match what their forms before the cut matched.

* A name's optional parts written as an alternation with an empty branch, ``(?:X|)`` rather than ``(?:X)?`` (the
  engine's general repeat, opened and closed at every place a name word is tried, made an alternation of its
  openings): the name word, run and tail as round 55 wrote them (kept here) match as the new ones over texts of
  names, particles, apostrophes and okinas.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract import speakers


# Round 55's forms, with the optional parts as repeats of one.
def _name_word_before(rest: str) -> str:
    return (
        rf"(?:{speakers._OKINA}|{speakers._NAME_APOSTROPHE})?[{speakers.CAPITALS}](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)*"
        rf"|{speakers._TITLE_WITH_STOP}|{speakers._LONE_AFTER_FIRST}|{rest})"
    )


def _name_run_before(word: str) -> str:
    plural_owner = (
        rf"(?:['’](?:(?<=s['’])(?=\s+(?:{_name_word_before(speakers._WORD_REST)}\s+){{0,2}}"
        rf"(?i:{speakers._PLURAL_OWNER_HEADS})\b)|(?<=ng['’])(?= [{speakers.CAPITALS}])))?"
    )
    tail = rf"(?:{plural_owner}\s+(?:(?:{speakers._SPACED})\s+)*(?:(?:{speakers._HYPHENED})-)?{word}){{0,6}}"
    return rf"(?:(?<![\w-])(?:{speakers._HYPHENED})-)?{word}{tail}"


def test_the_old_forms_are_round_55s() -> None:
    """The reference copies above are the old forms: the new ones with each empty branch written back as a repeat."""
    for rest in (speakers._WORD_REST, rf"(?>{speakers._WORD_REST})"):
        new = speakers._name_run(speakers._name_word(rest))
        # (round 57 guarded the tail's repeat and its particles' by look-aheads: written back to round 56's forms)
        new = new.replace(speakers._SPACED_PARTICLES, rf"(?:(?:{speakers._SPACED})\s+)*")
        new = new.replace(rf"(?:(?={speakers._TAIL_GUARD})(?:", "(?:").replace("){1,6}|)", "){0,6}")
        # (round 57 wrote the degree's tail after a title with empty branches of its own: kept as it is)
        title = speakers._TITLE_WITH_STOP
        written_back = new.replace(title, "\0").replace("|)", ")?").replace("\0", title)
        assert written_back == _name_run_before(_name_word_before(rest))


_PIECES = [
    "Mark", "Rutte", "Ann", "O'Neil", "'Mamosa", "’Mathabo", "'Me", "'Maybe", "ʻAbd", "Kaʻiulani", "al-", "el-", "Al-",
    "bin-", "ibn-", "abu-", "Achieng'", "Onyang’", "Farmers'", "Motorists’", "Union", "Association", "Mr.", "Dr.",
    "J.", "J.M.", "von", "de", "van der", "Ó", "the", "said", "'", "’", "-", ".", ",", " ", "  ", "\n", "a", "s", "ng",
    "M", "A", "É", "x",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join), cut=st.integers(0, 60))
def test_a_name_reads_as_round_55s(text: str, cut: int) -> None:
    for rest in (speakers._WORD_REST, rf"(?>{speakers._WORD_REST})"):
        for new, old in (
            (speakers._name_word(rest), _name_word_before(rest)),
            (speakers._name_run(speakers._name_word(rest)), _name_run_before(_name_word_before(rest))),
        ):
            fast, plain = re.compile(new), re.compile(old)
            assert [m.span() for m in fast.finditer(text, cut)] == [m.span() for m in plain.finditer(text, cut)]
            for at in range(len(text) + 1):
                found, expected = fast.fullmatch(text, at), plain.fullmatch(text, at)
                assert (found and found.span()) == (expected and expected.span())
