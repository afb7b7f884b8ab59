"""textacy's direct-quotation test cases: every speaker right, no title or scare quote reported.

The cases (texts and expected quotes) are copied from textacy, chartbeat-labs/textacy,
``tests/extract/test_triples.py``, Copyright 2016 Chartbeat, Inc., licensed under the
Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0). Pronouns in
the expected speakers are written as the person they stand for; ``None`` where the
text names no one.
"""

# ruff: noqa: E501  (the cases are textacy's texts, copied verbatim)
from __future__ import annotations

import re

import pytest

from verify.document import Format, from_text
from verify.extract import extract
from verify.models import QuoteKind

# (text, expected quotes [(speaker, content)])
CASES = [
    ('Burton said, "I love cats!"', [("Burton", "I love cats!")]),
    ('"We love cats!" reply Burton and Nick.', [("Burton and Nick", "We love cats!")]),
    ('Burton explained from a podium. "I love cats," he said.', [("Burton", "I love cats,")]),
    ('"I love cats!" insists Burton. "I absolutely do."', [("Burton", "I love cats!"), ("Burton", "I absolutely do.")]),
    ('"Some people say otherwise," he conceded.', [(None, "Some people say otherwise,")]),
    ('Burton claims that his favorite book is "One Hundred Years of Solitude".', []),
    ('Burton thinks that cats are "cuties".', []),
    (
        """'AMANDA, you stabbed me," a stunned Anna Ramirez told her identical twin early Saturday outside their Camden home. Edward said prosecutors had established "clear and convincing evidence" that Ramirez should be held.""",
        [("Edward", "clear and convincing evidence")],
    ),
    (
        """He approached the stable. "Where are the horses' carrots?" he asked.""",
        [(None, "Where are the horses' carrots?")],
    ),
    (
        "The stranger was eating a burger. He told everyone, \"This 'hamburger with extra cheese and pickles' is good.\"",
        [(None, "This 'hamburger with extra cheese and pickles' is good.")],
    ),
    (
        '\'uneasy\' on Gilmer street"\nPolice are investigating a shooting. They did not identify the 17-year-old because he is a minor.\n"Detectives are looking into it," Richmond police said in a news release Tuesday morning.',
        [("Richmond police", "Detectives are looking into it,")],
    ),
    (
        "He pounces on counters and jabs the gun at tellers, only 2 pounds of pressure preventing that gun from firing.\n\"He's going to hurt somebody because he's carrying a revolver with the hammer cocked back. He's saying he's going to kill people,\" said Paul Martin, a Pinellas sheriff's detective who has been chasing the robber for two years. \"He's pointed guns at people's heads.\"\nThey call him the crowbar robber because in ",
        [("Paul Martin", "He's going to hurt somebody"), ("Paul Martin", "He's pointed guns at people's heads.")],
    ),
]


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_textacy_case(text: str, expected: list[tuple[str | None, str]]) -> None:
    document = from_text(text + "\n", "case.txt", Format.TEXT)
    quotes = [q for q in extract(document).quotes if q.kind is not QuoteKind.MENTION]
    # A split quote ("A!" insists Burton. "B.") is one quote here: each expected part is in one.
    holders = []
    for speaker, content in expected:
        quote = next((q for q in quotes if _norm(content)[:25] in _norm(q.text)), None)
        assert quote is not None, (content, [(q.speaker, q.text) for q in quotes])
        holders.append(quote)
        if speaker is None:
            assert quote.speaker is None, quote
        else:
            assert quote.speaker is not None and _norm(speaker).split()[-1] in _norm(quote.speaker).split(), quote
    assert all(any(q is h for h in holders) for q in quotes), "a title, a scare quote or a stray span reported"
