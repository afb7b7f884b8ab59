"""Document stage: decoding, format detection, positions, bad input."""

from __future__ import annotations

import html as html_module
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from verify.document import Format, TextLocator, from_bytes, from_text, load_path
from verify.errors import InputError
from verify.extract.blocks import blocks, position, source_offset


def test_windows_1252_curly_quotes_without_declaration() -> None:
    data = "He said \u201cno\u201d and left \u2014 twice.".encode("windows-1252")
    doc = from_bytes(data, "a.txt", base_dir=None, suffix=".txt")
    assert doc.text == "He said \u201cno\u201d and left \u2014 twice."


def test_declared_latin1_means_windows_1252() -> None:
    data = b'<html><head><meta charset="iso-8859-1"></head><body><p>\x93Yes\x94</p></body></html>'
    doc = from_bytes(data, "a.html", base_dir=None, suffix=".html")
    assert "\u201cYes\u201d" in doc.text


def test_utf8_bom_and_utf16() -> None:
    assert from_bytes(b"\xef\xbb\xbfHello", "a.txt", base_dir=None, suffix=".txt").text == "Hello"
    assert from_bytes("\ufeffHallo".encode("utf-16-le"), "a.txt", base_dir=None, suffix=".txt").text == "Hallo"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("caf\u00e9 ".encode() + b"\xff\xfe broken", "undecodable"),
    ],
)
def test_bad_bytes_name_the_file_and_the_problem(data: bytes, problem: str) -> None:
    with pytest.raises(InputError) as error:
        from_bytes(data, "drafts/x.txt", base_dir=None, suffix=".txt")
    assert error.value.path == "drafts/x.txt"
    assert problem in error.value.message


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "nope.html", max_bytes=100)
    big = tmp_path / "big.txt"
    big.write_text("x" * 200)
    with pytest.raises(InputError, match="over the size limit of 100"):
        load_path(big, max_bytes=100)


def test_format_from_content_when_the_name_says_nothing() -> None:
    assert from_bytes(b"<!DOCTYPE html><p>Hi</p>", "-", base_dir=None, suffix="").format is Format.HTML
    assert from_bytes(b"Plain words.", "-", base_dir=None, suffix="").format is Format.TEXT


def test_positions_are_one_based_lines_and_columns() -> None:
    doc = from_text("ab\ncd\r\nef", "a.txt", Format.TEXT)
    assert doc.position(0) == (1, 1)
    assert doc.position(4) == (2, 2)
    assert doc.position(8) == (3, 2)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(["bc", "\n", "\n\n", "\r\n", " ", "é", "x" * 3000])).map(lambda p: "a" + "".join(p)),
    offsets=st.lists(st.integers(-5, 20_000), max_size=12),
)
def test_line_starts_read_as_far_as_asked_give_every_position(text: str, offsets: list[int]) -> None:
    """The line starts are read only as far as a position is asked for, in any order: each position is the one counted
    from the whole text (a page's claims stop well before its rails and footer, which are never read for lines)."""
    doc = from_text(text, "a.txt", Format.TEXT)
    for offset in [*offsets, len(text) // 2, len(text)]:
        at = max(0, min(offset, len(text)))
        line = text.count("\n", 0, at) + 1
        assert doc.position(offset) == (line, at - (text.rfind("\n", 0, at) + 1) + 1)
    assert doc._lines_read == len(text)


def test_line_starts_of_a_long_text_are_read_only_up_to_the_last_position_asked() -> None:
    doc = from_text("line\n" * 100_000, "a.txt", Format.TEXT)
    assert doc.position(25) == (6, 1) and doc._lines_read < 10_000
    assert doc.position(300_000) == (60_001, 1) and doc._lines_read < 400_000


def test_html_block_positions_point_into_the_source_despite_entities() -> None:
    source = "<html><body>\n<p>A &amp; B &ldquo;said&rdquo;\n   here</p></body></html>"
    doc = from_text(source, "a.html", Format.HTML)
    (block,) = blocks(doc)
    index = block.text.index("here")
    line, column = position(doc, block, index)
    assert source.split("\n")[line - 1][column - 1 :].startswith("here")


def test_html_blocks_read_text_after_comments_scripts_and_nested_blocks() -> None:
    # The text after a comment, a processing instruction, a script or a line break belongs to the block around
    # it; the text after a nested block re-opens the block that holds it, as a new block.
    source = (
        "<html><body><div>Intro <b>bold</b> tail<p>a<!--c-->b<?php x ?>c<script>s</script>d<br>e</p> after"
        "<blockquote><p>q1</p>mid</blockquote></div></body></html>"
    )
    doc = from_text(source, "a.html", Format.HTML)
    found = [(b.text, b.node.tag, b.quote_block) for b in blocks(doc)]
    assert found == [
        ("Intro bold tail", "div", False),
        ("abcd\ne", "p", False),
        ("after", "div", False),  # (the white space a block opens on is no text of it)
        ("q1", "p", True),
        ("mid", "blockquote", True),
    ]
    paragraph = blocks(doc)[1]
    for index, char in enumerate(paragraph.text):
        if not char.isspace():
            line, column = position(doc, paragraph, index)
            assert source.split("\n")[line - 1][column - 1] == char


def test_positions_of_many_claims_in_one_long_text() -> None:
    # The offsets of one text between tags are read from one table, whichever order they are asked in.
    words = [f"w{i}&amp;x" for i in range(300)]
    source = "<html><body><p>" + " ".join(words) + "</p></body></html>"
    doc = from_text(source, "a.html", Format.HTML)
    (block,) = blocks(doc)
    for i in (299, 0, 150, 7, 298):
        index = block.text.index(f"w{i}&x")
        line, column = position(doc, block, index)
        assert source[column - 1 :].startswith(f"w{i}&amp;x")
        _, after = position(doc, block, index + len(f"w{i}&"))
        assert source[after - 1] == "x"


@given(st.binary(max_size=2000))
def test_any_bytes_either_decode_or_raise_input_error(data: bytes) -> None:
    try:
        doc = from_bytes(data, "x.html", base_dir=None, suffix=".html")
    except InputError as error:
        assert error.path == "x.html"
    else:
        blocks(doc)  # parsing never crashes


def _places(text: str, fmt: Format) -> list[tuple[str, str]]:
    return [(b.place.value, b.text[:12]) for b in blocks(from_text(text, "a", fmt))][:4]


def test_a_plain_text_kicker_leaves_the_headline_to_the_next_line_and_a_dek_stands_over_the_byline() -> None:
    text = (
        "INQUEST\n\nClimber who fell \"loved the hills\", inquest hears\n\nHis father says he \"never took a risk\"\n\n"
        "By Bethan Crowther\n\nKENDAL — A climber who fell from a frozen ridge died of his injuries, an inquest heard on "
        "Monday, and his family paid tribute to him."
    )
    assert [p for p, _ in _places(text, Format.TEXT)] == ["body", "headline", "dek", "body"]


def test_a_plain_text_paragraph_under_the_headline_is_no_dek_when_the_body_follows_it() -> None:
    text = (
        "Village bus to end\n\nThe only bus linking six villages to the market town will stop in January.\n\n"
        "The service, run by Moorland Connect, carries about 140 passengers a week between three villages, many of them "
        "pensioners going to the surgery or the shops, the council said."
    )
    assert [p for p, _ in _places(text, Format.TEXT)] == ["headline", "body", "body"]


def test_plain_text_lines_too_long_to_be_wrapped_by_hand_are_paragraphs_and_wrapped_ones_are_not() -> None:
    long_line = (
        "The council met on Monday to talk about the buses, the trams and the ferry, and voted on the budget for the "
        "next year."
    )
    wire = f"Headline of the story\n\n{long_line}\n“We will keep every route,” the mayor said.\n\nPhoto: Jo Bloggs."
    assert [b.text for b in blocks(from_text(wire, "a", Format.TEXT))][1:3] == [
        long_line,
        "“We will keep every route,” the mayor said.",
    ]
    colon = f"Headline of the story\n\nThe Harbour Gazette writes:\n“{long_line}”\n\nEnd."
    assert blocks(from_text(colon, "a", Format.TEXT))[1].text == f"The Harbour Gazette writes:\n“{long_line}”"
    wrapped = "Headline of the story\n\nThe council met on Monday to talk about\nthe buses and the trams.\n\nEnd."
    assert blocks(from_text(wrapped, "a", Format.TEXT))[1].text.split("\n") == [
        "The council met on Monday to talk about",
        "the buses and the trams.",
    ]
    # (not in Markdown, where a line break goes on with the paragraph: a list's items stay one block)
    listed = f"# Headline of the story\n\n- **00:00** Welcome\n- **03:15** {long_line}\n\nEnd."
    assert blocks(from_text(listed, "a.md", Format.MARKDOWN))[1].text == f"00:00 Welcome\n03:15 {long_line}"


@pytest.mark.parametrize("name", ["teaser", "vorspann", "chapo", "entradilla", "sumario", "lead", "article-lead"])
def test_a_paragraph_whose_class_names_a_standfirst_is_the_dek_only_under_the_headline(name: str) -> None:
    html = (
        f'<html><body><article><h1>Hitze schickt Ältere ins Krankenhaus</h1><p class="{name}">Die Forscherin fordert '
        f"Hitzeschutzpläne.</p><p>Die Studie wertet 41.000 Aufnahmen aus.</p><p class=\"{name}\">Mehr zum Thema: "
        "Tipps für heiße Tage</p></article></body></html>"
    )
    assert [p for p, _ in _places(html, Format.HTML)] == ["headline", "dek", "body", "body"]


def test_a_markdown_paragraph_in_italics_under_the_headline_is_the_dek() -> None:
    text = "# Shareholders revolt\n\n*The chief executive said the board had \"heard the message\".*\n\nMore than a third voted."
    assert [p for p, _ in _places(text, Format.MARKDOWN)] == ["headline", "dek", "body"]


def test_a_markdown_heading_right_under_the_first_is_a_headline_too_and_a_later_one_a_subheading() -> None:
    """A newsletter's "# Name" masthead, then the issue's "## Headline"; a "##" after body text is a subheading."""
    text = (
        "# The Harbour Letter\n\n## \"Not one penny\": the council on the ferry\n\n*Issue 12, by Sam Okafor*\n\n"
        "The council met on Tuesday.\n\n## What the traders say\n\nThey were never asked."
    )
    places = [b.place.value for b in blocks(from_text(text, "a", Format.MARKDOWN))]
    assert places == ["headline", "headline", "dek", "body", "body", "body"]


def test_an_inline_quotation_element_reads_with_the_marks_a_browser_shows_and_they_point_at_its_words() -> None:
    """<q> is shown in quote marks the source does not hold: the block's text takes them (unless the element holds
    its own), and each mark's place in the source is the quotation's first or last word."""
    html = (
        "<html><body><p>The company says the lake <q>is at 31 per cent</q> of its capacity, and its chief "
        "<q>“never lied”</q>.</p><p>Next &amp; last.</p></body></html>"
    )
    doc = from_text(html, "a.html", Format.HTML)
    first, second = blocks(doc)
    assert first.text == "The company says the lake “is at 31 per cent” of its capacity, and its chief “never lied”."
    assert second.text == "Next & last."
    opening, closing = first.text.index("“"), first.text.index("”")
    assert html[source_offset(doc, first, opening) :].startswith("is at 31")
    assert html[: source_offset(doc, first, closing) + 1].endswith("per cent")
    assert html[source_offset(doc, second, 0) :].startswith("Next")


def test_nested_inline_quotations_each_close_with_their_own_marks() -> None:
    """A <q> inside another, one holding its own marks and one inside an inline element each close where they end."""
    html = (
        "<html><body><p>He said <q>we heard <q>stop</q> and <q>“go”</q> twice</q> then <b><q>left <i>now</i></q></b>."
        "</p><q></q><p><q>Alone</q></p></body></html>"
    )
    texts = [block.text for block in blocks(from_text(html, "a.html", Format.HTML))]
    assert texts == ["He said “we heard “stop” and “go” twice” then “left now”.", "“Alone”"]


def test_the_locator_points_at_each_visible_character_with_and_without_character_references() -> None:
    """A text without "&" is read word by word, one with references piece by piece: each visible character's offset
    is where the source writes it (a reference's characters all point at its "&")."""
    source = "<p>Mayor\n  Ada\tSmith said</p><p>Tom &amp; Jerry&nbsp;met &#x41;da</p>"
    locator = TextLocator(source)
    assert locator.flat == "MayorAdaSmithsaidTom&JerrymetAda"  # (the no-break space is white space too)
    offsets = [locator.source_offset(i) for i in range(len(locator.flat))]
    written = [source[o] for o in offsets]
    assert "".join(written[:17]) == "MayorAdaSmithsaid"  # every character where it stands
    assert "".join(written[17:20]) == "Tom" and written[20] == "&" and "".join(written[21:26]) == "Jerry"
    assert source[offsets[26] :].startswith("met") and source[offsets[29] :].startswith("&#x41;da")
    assert source[offsets[30] :].startswith("da</p>")


_LOCATOR_PIECES = [
    "<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<!-- c -->", "<script>x<y</script>", "<style>p{}</style>",
    "<title>T</title>", "&amp;", "&nbsp;", "&#x41;", "&", " ", "\n", "\t", "Ada", "said", "Tom", "é", "—", "<", ">",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_LOCATOR_PIECES), max_size=60),
    asks=st.lists(
        st.tuples(st.booleans(), st.integers(-3, 120), st.integers(0, 12), st.sampled_from([2_000_000, 3, 40])),
        max_size=12,
    ),
)
@example(pieces=["<p>", "Ada"], asks=[(False, -1, 0, 3)])  # a negative index before anything is read: the first
def test_the_locator_reads_on_only_when_asked_and_answers_as_read_whole(
    pieces: list[str], asks: list[tuple[bool, int, int, int]]
) -> None:
    """The locator reads the source only as far as it is asked about (at least _READ_AHEAD visible characters at a
    time): each find and source offset is the one a locator that read the whole source first gives."""
    source = "".join(pieces)
    with patch("verify.document._READ_AHEAD", 1):  # (read on by the fewest characters: every step is taken)
        lazy, whole = TextLocator(source), TextLocator(source)
        flat = whole.flat
        for is_find, at, length, window in asks:
            if is_find:
                key = flat[at % (len(flat) + 1) :][:length] if at >= 0 else "Ada said"[:length]
                start = max(0, at - length)
                assert lazy.find(key, start, window) == whole.find(key, start, window)
            else:
                assert lazy.source_offset(at) == whole.source_offset(at)
        assert lazy.flat == flat


def _pieces_read_whole(source: str) -> tuple[list[int], list[int], list[bool]]:
    """The pieces of a text with references as one scan of the whole text reads them (the reading before round 32)."""
    ends: list[int] = []
    offsets: list[int] = []
    entities: list[bool] = []
    length = 0
    for piece in TextLocator._PIECE.finditer(source):
        raw = piece.group(0)
        entity = raw.startswith("&") and len(raw) > 1
        length += len("".join(html_module.unescape(raw).split())) if entity else len(raw)
        ends.append(length)
        offsets.append(piece.start())
        entities.append(entity)
    return ends, offsets, entities


_PIECE_PARTS = ["&amp;", "&nbsp;", "&#x41;", "&#8217;", "&", "&&", "&x", " ", "\n", "\u00a0", "Ada", "s", ";", "é"]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECE_PARTS), max_size=40))
@example(parts=["Tom", " ", "&amp;", "Jerry", "&nbsp;", "met", " ", "&"])
def test_a_text_with_references_is_split_into_the_pieces_a_whole_scan_finds(parts: list[str]) -> None:
    """A text holding "&" is read word by word, and only a word holding one piece by piece (round 32): the pieces, their
    ends and offsets are those one scan of the whole text finds (a reference holds no white space); a text of words
    alone is one piece a word."""
    source = "".join(parts)
    locator = TextLocator(source)
    assert locator._pieces_with_entities(0, len(source)) == _pieces_read_whole(source)
    assert locator._pieces_with_entities(0, 11) == _pieces_read_whole(source[:11])
