"""Saved pages read like articles; an article's own publication date."""

from __future__ import annotations

from pathlib import Path

from verify import check
from verify.document import Format, from_text
from verify.extract.published import published
from verify.models import CheckOptions, Verdict
from verify.sources.pages import page_statements
from verify.sources.snapshots import read_snapshot

PAGE = """<html><head><meta name="author" content="Office of the Governor"><title>Release</title></head>
<body><article><h1>Governor signs water bill</h1>
<p>The governor signed the clean water bill into law on Monday after a year of negotiations.</p>
<p>“No family should have to boil its tap water again,” said Governor Amara Ndiaye.</p>
</article></body></html>"""


def test_page_quotes_are_statements_of_their_speakers_and_its_text_of_its_author() -> None:
    found = page_statements(PAGE, "snapshots/release.html", html=True)
    said = [(s.speaker, s.text) for s in found]
    assert any(who == "Amara Ndiaye" and text.startswith("No family should have to boil") for who, text in said)
    own = [text for who, text in said if who == "Office of the Governor"]
    assert any("signed the clean water bill" in text for text in own)
    assert not any("boil" in text for text in own)  # the quote is the governor's, not the office's


def test_a_paragraph_that_quotes_someone_keeps_its_other_sentences_under_the_pages_author() -> None:
    page = PAGE.replace(
        "<p>“No family",
        "<p>The law takes effect in March and costs $40m. “No family",
    ).replace("said Governor Amara Ndiaye.", "said Governor Amara Ndiaye. Cities get two years to comply.")
    said = [(s.speaker, s.text) for s in page_statements(page, "snapshots/release.html", html=True)]
    own = [text for who, text in said if who == "Office of the Governor"]
    assert any(
        text.endswith("The law takes effect in March and costs $40m. Cities get two years to comply.") for text in own
    )
    assert not any("boil" in text or "Ndiaye" in text for text in own)


def test_paragraphs_of_the_pages_own_text_one_after_another_are_one_statement() -> None:
    page = PAGE.replace("<p>“No family", "<p>The law takes effect in March.</p><h2>Next steps</h2><p>“No family")
    own = [
        s.text for s in page_statements(page, "snapshots/release.html", html=True) if "Governor" in (s.speaker or "")
    ]
    assert any("negotiations. The law takes effect in March." in text for text in own)


def test_a_press_office_named_after_its_organisation_speaks_for_the_organisation() -> None:
    page = PAGE.replace("Office of the Governor", "University of Northfield Press Office").replace(
        "<title>",
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"publisher": {"@type": "Organization", "name": "University of Northfield"}}</script><title>',
    )
    own = {s.speaker for s in page_statements(page, "snapshots/release.html", html=True) if "signed" in s.text}
    assert own == {"University of Northfield"}


def test_html_and_json_page_snapshots_run_through_extraction(tmp_path: Path) -> None:
    html = tmp_path / "release.html"
    html.write_text(PAGE, encoding="utf-8")
    statements, _ = read_snapshot(html, "release.html")
    assert any(s.speaker == "Amara Ndiaye" for s in statements)
    page = tmp_path / "release.json"
    page.write_text(
        '{"schema": "verify.snapshot/1", "kind": "page", "url": "https://gov.example.org/r", '
        '"author": {"name": "Office of the Governor"}, "fetched_at": "2025-01-02T00:00:00Z", '
        '"text": "\\u201cNo family should have to boil its tap water again,\\u201d said Governor Amara Ndiaye."}',
        encoding="utf-8",
    )
    statements, _ = read_snapshot(page, "release.json")
    quoted = [s for s in statements if s.speaker == "Amara Ndiaye"]
    assert quoted and quoted[0].url == "https://gov.example.org/r" and quoted[0].fetched_at


def test_publication_date_from_meta_json_ld_time_or_a_draft_line() -> None:
    meta = '<html><head><meta property="article:published_time" content="2025-05-10T14:00:00Z"></head></html>'
    assert published(from_text(meta, "a.html", Format.HTML)) == "2025-05-10"
    ld = '<script type="application/ld+json">{"datePublished": "2024-11-02"}</script><p>x</p>'
    assert published(from_text(ld, "a.html", Format.HTML)) == "2024-11-02"
    draft = "---\ntitle: Budget\ndate: 3 March 2025\n---\nText of the draft."
    assert published(from_text(draft, "a.md", Format.MARKDOWN)) == "2025-03-03"
    assert published(from_text("Just a story with no date line.", "a.txt", Format.TEXT)) is None


def test_the_first_article_published_time_settles_the_date_and_an_unreadable_one_leaves_the_next_name() -> None:
    """The walk of the <meta> tags stops at the first of the best name when it holds a date (a later one, in the
    body, or another name changes nothing); when it holds none, the next name is read, wherever it stands."""
    head = (
        '<html><head><meta property="article:published_time" content="{first}">'
        '<meta property="article:published_time" content="2025-01-01"><meta name="date" content="2024-12-24">'
        '</head><body><p>Text.</p><meta itemprop="datePublished" content="2023-07-14"></body></html>'
    )
    assert published(from_text(head.format(first="2025-05-10T14:00:00Z"), "a.html", Format.HTML)) == "2025-05-10"
    assert published(from_text(head.format(first="soon"), "a.html", Format.HTML)) == "2023-07-14"


def test_every_meta_name_outranks_json_ld_and_time_wherever_they_stand() -> None:
    """The page is walked once for its <meta>, JSON-LD and <time> tags: a script or a time before a <meta> of a lesser
    name is still read after every <meta> name; the first JSON-LD script with a date, else the first <time datetime>."""
    page = (
        '<html><head><script type="application/ld+json">{{"datePublished": "{ld}"}}</script></head><body>'
        '<time>today</time><time datetime="{first}">x</time><time datetime="2020-02-02">y</time>'
        '<script type="application/ld+json">{{"datePublished": "2021-03-03"}}</script>{meta}<p>Text.</p></body></html>'
    )
    meta = '<meta name="parsely-pub-date" content="2022-04-04">'
    assert published(from_text(page.format(ld="2024-11-02", first="2019-01-01", meta=meta), "a", Format.HTML)) == (
        "2022-04-04"
    )
    assert published(from_text(page.format(ld="2024-11-02", first="2019-01-01", meta=""), "a", Format.HTML)) == (
        "2024-11-02"
    )
    assert published(from_text(page.format(ld="none", first="2019-01-01", meta=""), "a", Format.HTML)) == "2021-03-03"
    no_ld = page.replace("ld+json", "json")
    assert published(from_text(no_ld.format(ld="none", first="2019-01-01", meta=""), "a", Format.HTML)) == "2019-01-01"
    assert published(from_text(no_ld.format(ld="none", first="soon", meta=""), "a", Format.HTML)) is None


def test_a_turn_label_may_carry_a_party_and_state_in_parentheses(tmp_path: Path) -> None:
    hearing = tmp_path / "hearing.txt"
    hearing.write_text(
        "Hearing, June 4\n\nSEN. DIANE HOLLOWAY (D-OH): The grid failed three times last winter.\n"
        "MS. RACHEL OKONJO: Our utilities will spend more.\n",
        encoding="utf-8",
    )
    statements, _ = read_snapshot(hearing, "hearing.txt")
    assert [(s.speaker, s.text) for s in statements] == [
        ("SEN. DIANE HOLLOWAY", "The grid failed three times last winter."),
        ("MS. RACHEL OKONJO", "Our utilities will spend more."),
    ]


def _speakers_of(tmp_path: Path, body: str, said: str) -> set[str | None]:
    """The speakers a saved page's statements holding ``said`` are read as."""
    page = f"<html><head><meta property='og:site_name' content='Ministry of Finance'></head><body>{body}</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    statements, _ = read_snapshot(tmp_path / "page.html", "page.html")
    return {s.speaker for s in statements if said in s.text}


def test_a_pages_cue_before_a_colon_is_no_turn_label_of_a_second_speaker(tmp_path: Path) -> None:
    # "Hester Vance said: “...”" is the page's quote of Hester Vance, not a turn of someone named "Hester Vance said"
    # (a second speaker of the same words makes a misattribution of them ambiguous, and so only a warning).
    body = (
        "<main><p>The new minister arrived on Tuesday.</p>"
        "<p>Hester Vance said: “Borrowing will fall in each of the next three years.”</p></main>"
    )
    assert _speakers_of(tmp_path, body, "Borrowing") == {"Hester Vance"}


def test_a_pages_heading_with_a_colon_is_no_turn_label(tmp_path: Path) -> None:
    # "Statutory inquiry: Hearthlight Trust" is the page's title: read as a turn, its following paragraphs became the
    # words of a speaker "Statutory inquiry", a second holder of its quote (and a misattribution of it a warning).
    body = (
        "<h1>Statutory inquiry: Hearthlight Trust</h1><p>The Commission has opened an inquiry into the trust.</p>"
        "<p>Owen Hart, head of investigations, said: “Donors are entitled to know where their money went.”</p>"
    )
    assert _speakers_of(tmp_path, body, "Donors") == {"Owen Hart"}


def test_a_pages_label_alone_above_a_blockquote_names_whose_words_they_are(tmp_path: Path) -> None:
    # An expert-comment page: the name on its own line, the words in a blockquote under it, no cue.
    body = (
        "<h1>Expert comment: the sinkhole</h1><p>Professor Owen Tait, School of Earth Sciences:</p>"
        "<blockquote><p>“The cause is almost certainly gypsum dissolving under the street.”</p></blockquote>"
    )
    assert _speakers_of(tmp_path, body, "gypsum") == {"Professor Owen Tait"}
    # A label alone that names no one ("Media enquiries:", "Contact:") opens no turn: the page's own text.
    contact = "<p>Media Enquiries:</p><p>The press office answers calls from nine to five on weekdays.</p>"
    assert _speakers_of(tmp_path, contact, "press office") == {"Ministry of Finance"}


def test_a_pages_unnamed_spokesperson_speaks_for_the_page(tmp_path: Path) -> None:
    body = "<p>“We will not raise fares this year,” a spokesperson said.</p><p>“Nor next,” a passenger said.</p>"
    assert _speakers_of(tmp_path, body, "raise fares") == {"Ministry of Finance"}
    german = (
        "<p>Die Stadtwerke haben am Montag ihre Preise für das kommende Jahr vorgestellt.</p>"
        "<p>„Die Tarife für die Busse steigen in diesem Jahr nicht“, sagte die Pressesprecherin der Stadtwerke.</p>"
    )
    assert _speakers_of(tmp_path, german, "Tarife für") == {"Ministry of Finance"}
    assert _speakers_of(tmp_path, body, "Nor next") == set()  # (too short to be a statement either way)


def test_a_transcript_published_as_a_page_with_labels_in_bold_is_read_in_turns(tmp_path: Path) -> None:
    # Each string of the page on a line of its own put "MAYOR ANA REYES:" and its words on two lines: no turn.
    body = (
        "<h1>Transcript: council meeting</h1>"
        "<p><strong>MAYOR ANA REYES:</strong> We will not close the library this year.</p>"
        "<p><b>Tom Brandt</b>: The budget does not allow it.</p>"
    )
    # (its turns are their speakers' words alone: the page's author saying them too would make a misattribution of
    # them ambiguous)
    assert _speakers_of(tmp_path, body, "close the library") == {"MAYOR ANA REYES"}
    assert _speakers_of(tmp_path, body, "does not allow") == {"Tom Brandt"}
    assert "Transcript" not in _speakers_of(tmp_path, body, "")  # a heading is no turn


def test_a_quote_split_by_a_cue_sentence_verifies_against_sentences_a_page_says_a_sentence_apart(
    tmp_path: Path,
) -> None:
    # The writer's comma before "said." stands for the speaker's full stop: the two parts are whole sentences
    # of the release, which sets a sentence between them (an unmarked cut, not a change).
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "release.html").write_text(
        PAGE.replace(
            "<p>“No family",
            "<p>Governor Amara Ndiaye said: “This is a £2m promise to every household. The pipes go in first. "
            "We will organise meetings in every ward.”</p><p>“No family",
        ),
        encoding="utf-8",
    )
    (tmp_path / "article.md").write_text(
        "# Water bill signed\n\nThe governor, Amara Ndiaye, signed the bill on Monday.\n\n"
        "“This is a £2 million promise to every household,” Ndiaye said. "
        "“We will organize meetings in every ward.”\n",
        encoding="utf-8",
    )
    report = check([str(tmp_path / "article.md")], CheckOptions(jobs=1))
    (finding,) = [f for f in report.articles[0].findings if "household" in f.claim.text]
    assert finding.verdict is Verdict.VERIFIED, finding.message


def test_a_pages_caption_or_credit_label_is_no_speaker_of_the_paragraphs_after_it(tmp_path: Path) -> None:
    # "Photo: Reuters" read as a turn made every paragraph after it the words of a speaker "Photo": a second holder of
    # the release's own statements, so a quote of them credited right was ambiguous or misattributed.
    body = (
        "<p>Photo: Reuters</p>"
        "<p>The ministry will cut borrowing in each of the next three years.</p>"
        "<p>Source: Ministry of Finance statistics office</p>"
        "<p>Update: The ministry will publish the full budget figures on Thursday morning.</p>"
        "<p>FOTO: Die Ministerin stellte den Haushalt am Montag in Berlin vor.</p>"
    )
    for said in ("cut borrowing", "full budget figures", "Haushalt am Montag"):
        assert _speakers_of(tmp_path, body, said) == {"Ministry of Finance"}


def test_a_transcript_page_with_caption_lines_is_still_read_in_turns(tmp_path: Path) -> None:
    body = (
        "<p>Image: the minister at the lectern</p>"
        "<p>KOVAC: We will not close the library this year.</p>"
        "<p>Photo: Council press office</p>"
        "<p>Tom Brandt: The budget does not allow it, whatever the council decides.</p>"
    )
    assert _speakers_of(tmp_path, body, "close the library") == {"KOVAC"}
    assert _speakers_of(tmp_path, body, "does not allow") == {"Tom Brandt"}
