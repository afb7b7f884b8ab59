"""Issue 12: evidence strength decides severity; added facts, splices, twins and capture history."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from verify._check import check_document
from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.quotes import find_quotes
from verify.judge import judge, resolved
from verify.match import added_facts, prepare
from verify.models import (
    Author,
    Claim,
    ClaimKind,
    Origin,
    Place,
    QuoteKind,
    Severity,
    Statement,
    StatementKind,
    Verdict,
)
from verify.sources.snapshots import load_store

TURNS = [
    ("LENA VOSS", "The depot will stay open through the winter. We have the staff for it."),
    ("REPORTER", "And the budget?"),
    ("LENA VOSS", "We will not cut the budget for schools. That is a promise I make to every parent."),
    ("LENA VOSS", "The contract with the city runs until 2027, and we expect to renew it."),
]


def transcript() -> list[Statement]:
    return [
        Statement(who, text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/town-hall.txt", line=i + 3)
        for i, (who, text) in enumerate(TURNS)
    ]


def quote(
    text: str,
    speaker: str | None = "Lena Voss",
    start: int = 500,
    place: Place = Place.BODY,
    mention: str | None = "Voss",
) -> Claim:
    span = (start, start + len(text))
    return Claim(ClaimKind.QUOTE, text, speaker, place, line=9, column=1, span=span, mention=mention)


def article_quote(speaker: str, text: str, line: int, span: tuple[int, int], path: str = "a.html") -> Statement:
    """A quote the article itself gives, as the judge sees it among the statements."""
    return Statement(speaker, text, StatementKind.QUOTE, Origin.ARTICLE, path, line=line, span=span)


def test_paraphrase_adding_a_name_or_number_is_an_error_naming_it() -> None:
    finding = judge(
        quote("The depot in Hamburg will stay open through the winter of 2026 with its staff"), transcript()
    )
    assert finding.verdict is Verdict.PARAPHRASED and finding.severity is Severity.ERROR and finding.rule == "VF103"
    assert "“Hamburg” (name)" in finding.message and "“2026” (number)" in finding.message
    assert [c.flags for c in finding.changes] == [("name",), ("number",)]


def test_paraphrase_leaving_out_the_negation_of_the_words_it_keeps_is_an_error() -> None:
    finding = judge(
        quote("Schools will get their budget cut, she told every parent", place=Place.HEADLINE), transcript()
    )
    assert finding.verdict is Verdict.PARAPHRASED and finding.severity is Severity.ERROR and finding.rule == "VF103"
    assert [(c.op, c.source, c.flags) for c in finding.changes] == [("delete", "not", ("negation",))]
    assert "leaves out “not” (negation)" in finding.message
    # A negation of another clause of the sentence is no part of what the claim echoes.
    source = "We will not raise the fuel tax, and the schools will get all the money they asked for."
    assert added_facts(prepare("Every school gets the money it asked for"), source) == ()


def test_paraphrase_that_keeps_the_facts_stays_a_warning() -> None:
    finding = judge(
        quote("Schools will keep their budget, she promised every parent", place=Place.HEADLINE), transcript()
    )
    assert finding.verdict is Verdict.PARAPHRASED and finding.severity is Severity.WARNING


def test_an_unresolved_speaker_is_at_most_a_warning() -> None:
    altered = judge(quote("The depot will stay open through the summer.", speaker="the venue"), transcript())
    assert altered.verdict is Verdict.ALTERED and altered.severity is Severity.WARNING
    assert not resolved("that the") and not resolved("Mitarbeiter") and not resolved("It")
    assert resolved("Lena Voss") and resolved("NATO") and resolved("@MOSCOW_EN")
    assert resolved("Yusuf al-Harthi") and not resolved("Yusuf alHarthi") and not resolved("al-Harthi")


def test_words_credited_to_a_description_are_held_to_whoever_said_them_not_misattributed() -> None:
    # "the company", "a tabloid", "Bürgermeisterin": the article may mean the very person whose words these are.
    for speaker in ("company", "tabloid", "Bürgermeisterin", None):
        same = judge(
            quote("The depot will stay open through the winter.", speaker=speaker, mention=speaker), transcript()
        )
        assert same.verdict is Verdict.VERIFIED and same.evidence and same.evidence.speaker == "LENA VOSS", speaker
        changed = judge(quote("The depot will stay open through the summer.", speaker=speaker), transcript())
        assert changed.verdict is Verdict.ALTERED and changed.severity is Severity.WARNING, speaker
    named = judge(quote("The depot will stay open through the winter.", speaker="Otto Brand"), transcript())
    assert named.verdict is Verdict.MISATTRIBUTED and named.severity is Severity.ERROR


def test_an_organisation_named_by_its_acronym_is_the_organisation() -> None:
    said = "We will publish the new guidance on vaccines next week."
    for label, credited in (("World Health Organization", "WHO"), ("NHS England", "NHS"), ("Ana Reyes", "WHO")):
        page = Statement(label, said, StatementKind.PAGE, Origin.SNAPSHOT, "snapshots/guidance.html", line=3)
        finding = judge(quote(said, speaker=credited, mention=credited), [page])
        expected = Verdict.MISATTRIBUTED if label == "Ana Reyes" else Verdict.VERIFIED
        assert finding.verdict is expected, label


def test_words_of_a_transcript_label_that_names_no_one_are_no_misattribution_error() -> None:
    said = "We will not raise the fuel tax this year."
    cases = (
        ("Speaker 2", Verdict.VERIFIED, Severity.NONE),  # an automatic transcript's numbered speaker
        ("A", Verdict.VERIFIED, Severity.NONE),  # the answers of a Q-and-A
        ("UNIDENTIFIED MALE", Verdict.VERIFIED, Severity.NONE),
        ("Q", Verdict.MISATTRIBUTED, Severity.WARNING),  # the one asking is someone else, but not named
        ("MODERATOR", Verdict.MISATTRIBUTED, Severity.WARNING),
        ("OTTO BRAND", Verdict.MISATTRIBUTED, Severity.ERROR),
        ("Senator Brand", Verdict.MISATTRIBUTED, Severity.ERROR),  # the record names someone else by title
    )
    for label, verdict, severity in cases:
        turn = Statement(label, said, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/interview.txt", line=3)
        finding = judge(quote(said), [turn])
        assert finding.verdict is verdict and finding.severity is severity, label
    changed = judge(quote("We will raise the fuel tax this year."), [replace(turn, speaker="A")])
    assert changed.verdict is Verdict.ALTERED and "the turn labelled “A” (a label that names no one)" in changed.message


def test_sentences_a_sentence_apart_joined_with_no_mark_are_a_cut_not_a_splice() -> None:
    finding = judge(
        quote("We will not cut the budget for schools. The contract with the city runs until 2027."),
        [Statement("LENA VOSS", TURNS[2][1] + " " + TURNS[3][1], StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt")],
    )
    assert finding.verdict is Verdict.VERIFIED and "without marking the cut" in finding.message
    spliced = judge(
        quote("We will not cut the budget for schools. The depot will stay open through the winter."), transcript()
    )
    assert spliced.verdict is Verdict.ALTERED and any("splice" in c.flags for c in spliced.changes)


def test_a_cut_that_also_drops_the_negation_opening_the_first_sentence_is_an_error() -> None:
    said = "No one will lose a job at the depot this year. Ask me again. The plan is settled."
    source = [Statement("LENA VOSS", said, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt")]
    finding = judge(quote("One will lose a job at the depot this year. The plan is settled."), source)
    assert finding.verdict is not Verdict.VERIFIED and finding.severity is Severity.ERROR
    assert any("negation" in c.flags for c in finding.changes)
    kept = judge(quote("No one will lose a job at the depot this year. The plan is settled."), source)
    assert kept.verdict is Verdict.VERIFIED


def test_a_short_whole_sentence_with_a_word_changed_is_an_error_a_short_fragment_a_warning() -> None:
    said = "The pool stays closed on Friday. We have no staff."
    source = [Statement("LENA VOSS", said, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt")]
    whole = judge(quote("The pool stays open on Friday"), source)
    assert whole.verdict is Verdict.ALTERED and whole.severity is Severity.ERROR
    fragment = judge(quote("pool stays open on"), source)
    assert fragment.severity is not Severity.ERROR


def test_a_speaker_inferred_with_no_cue_at_the_quote_is_at_most_a_warning() -> None:
    finding = judge(quote("We will cut the budget for schools", mention=None), transcript())
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.WARNING


def test_a_quote_keeping_a_clauses_first_and_last_words_with_its_middle_changed_is_altered() -> None:
    def said(text: str) -> list[Statement]:
        return [Statement("JONAS ALBRECHT", text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "s.txt", line=2)]

    short = judge(quote("esto recién comienza", "Jonas Albrecht"), said("Hoy ganamos todos. Esto recién empieza."))
    assert short.verdict is Verdict.ALTERED and short.severity is Severity.ERROR
    source = said("Der Frühzug fällt weg. Wir haben die Kommunen nicht früh genug informiert, das bedauern wir.")
    negated = judge(quote("Wir haben die Kommunen frühzeitig informiert", "Jonas Albrecht"), source)
    assert negated.verdict is Verdict.ALTERED and negated.severity is Severity.ERROR
    assert any("negation" in c.flags for c in negated.changes)
    # A negation opening the clause right before the kept words is left out.
    source = said("Gracias. No vamos a subir el IBI, ni a las familias ni a las grandes superficies. Eso es todo.")
    opened = judge(quote("Vamos a subir el IBI solo a las grandes superficies", "Jonas Albrecht"), source)
    assert opened.verdict is Verdict.ALTERED and opened.severity is Severity.ERROR
    assert ("No", ("negation",)) in [(c.source, c.flags) for c in opened.changes]
    # What changes between the kept words is a word or a phrase: a clause of its own, or words the statement says
    # elsewhere (its clauses in another order), make a paraphrase.
    longer = judge(
        quote("We will cut the fares for every child and every pensioner in town", "Jonas Albrecht"),
        said("We will cut the fares in town."),
    )
    assert longer.verdict is Verdict.PARAPHRASED
    moved = judge(
        quote("It would be irresponsible to give a date", "Jonas Albrecht"),
        said("I am not going to give a date today. It would be irresponsible."),
    )
    assert moved.verdict is Verdict.PARAPHRASED
    # Function words alone are no frame: another thing said.
    other = judge(
        quote("It's the new counterculture", "Jonas Albrecht"), said("It's the equivalent of being a hippie.")
    )
    assert other.verdict is not Verdict.ALTERED
    # A quote opening otherwise than the clause words it anew, its last words kept or not.
    source = said("Westline never asked for special treatment, and it never got any.")
    anew = judge(quote("Nobody at Westline asked for special treatment", "Jonas Albrecht"), source)
    assert anew.verdict is Verdict.PARAPHRASED


def test_a_body_named_in_lower_case_as_its_saved_record_names_itself_is_a_resolved_speaker() -> None:
    page = Statement(
        "Syndicat mixte du Haut-Jura",
        "Le syndicat prendra en charge le démontage d'ici 2028.",
        StatementKind.PAGE,
        Origin.SNAPSHOT,
        "snapshots/communique.html",
        line=9,
    )
    claim = quote("prendra en charge le démontage d'ici 2029", "syndicat mixte du Haut-Jura", mention="le syndicat")
    assert not resolved(claim.speaker)
    assert judge(claim, [page]).severity is Severity.ERROR
    assert judge(replace(claim, speaker="syndicat mixte"), [replace(page, speaker="Syndicat mixte")]).severity is (
        Severity.WARNING
    )


def test_a_cue_that_names_no_one_credits_the_quote_as_a_pronoun_would() -> None:
    # "«Vamos a aprobar ayudas de 60 millones», dijo.": Spanish leaves the subject out; the cue is at the quote.
    claim = replace(quote("We will cut the budget for schools", mention=None), cued=True)
    assert judge(claim, transcript()).severity is Severity.ERROR
    text = (
        "La consejera Rosario Márquez visitó el martes a los regantes de la comarca, que llevan meses sin agua para "
        "sus olivares y piden ayudas urgentes al gobierno regional.\n\n"
        "La consejera anunció además un paquete. «Vamos a aprobar ayudas de 60 millones de euros», dijo."
    )
    document = from_text(text, "article.txt", Format.TEXT)
    (found,) = [q for q in find_quotes(document, blocks(document)) if "ayudas" in q.text]
    assert found.mention is None and found.cued and found.speaker == "Rosario Márquez"


def test_a_pull_quote_changing_a_number_of_the_articles_own_quote_is_an_error_though_its_speaker_is_inferred() -> None:
    body = article_quote("Nadia Farouk", "The council has known since 2019 and done nothing.", line=4, span=(10, 60))
    pull = quote("The council has known since 2009", speaker="Nadia Farouk", place=Place.PULLQUOTE, mention=None)
    finding = judge(pull, [body])
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    reworded = judge(replace(pull, text="The council has long known since 2019"), [body])
    assert reworded.verdict is Verdict.ALTERED and reworded.severity is Severity.WARNING
    unnamed = replace(body, speaker=None)
    same = judge(replace(pull, text="The council has known since 2019", speaker=None), [unnamed])
    assert same.verdict is Verdict.VERIFIED and "unnamed speaker" in same.message


def test_a_post_quote_runs_to_the_sentences_a_source_holds_the_rest_is_the_posts_own() -> None:
    text = "We will cut the budget for schools. Share this with every parent you know before Friday."
    post_quote = replace(quote(text), kind=ClaimKind.POST_QUOTE, place=Place.POST)
    finding = judge(post_quote, transcript())
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.text == text and [c.flags for c in finding.changes] == [("negation",)]
    assert "“Share this with every parent you know before Friday.” is read as the post's own words" in finding.message


def test_short_loose_fragment_is_a_warning_but_a_flipped_negation_is_not() -> None:
    loose = judge(quote("have the crew for it"), transcript())
    assert loose.verdict is Verdict.ALTERED and loose.severity is Severity.WARNING
    whole = judge(quote("We have the crew for it"), transcript())  # the whole sentence, a word changed
    assert whole.verdict is Verdict.ALTERED and whole.severity is Severity.ERROR
    negated = judge(quote("We will cut the budget for schools"), transcript())
    assert negated.verdict is Verdict.ALTERED and negated.severity is Severity.ERROR


def test_parts_of_different_answers_joined_by_an_ellipsis_are_a_splice() -> None:
    finding = judge(quote("The depot will stay open ... until 2027, and we expect to renew it"), transcript())
    assert finding.verdict is Verdict.ALTERED
    assert {f for c in finding.changes for f in c.flags} == {"splice"}
    assert "line 3" in finding.message and "line 6" in finding.message


def test_a_splice_whose_part_has_words_changed_is_still_a_splice_and_shows_the_change() -> None:
    finding = judge(quote("The depot will stay open ... We will not cut the budget for hospitals"), transcript())
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert [c.op for c in finding.changes] == ["splice", "splice", "replace"]
    assert "“schools” became “hospitals”" in finding.message


def test_parts_joined_by_nothing_are_a_splice_too() -> None:
    finding = judge(quote("We have the staff for it. We will not cut the budget for schools."), transcript())
    assert finding.verdict is Verdict.ALTERED and any("splice" in c.flags for c in finding.changes)


def test_a_short_part_of_a_splice_with_a_word_changed_is_a_whole_sentence_changed() -> None:
    # "That is a promise I make" ... the short part stands in no answer as it is, but is the whole sentence of
    # another answer with a figure changed: a splice, and the change shown.
    turns = [*transcript(), replace(transcript()[0], text="The pool closes in June.", line=7)]
    finding = judge(quote("The depot will stay open through the winter ... the pool closes in July"), turns)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert [c.flags for c in finding.changes] == [("splice",), ("splice",), ("number",)]
    # A short part lined up with only some of a sentence ("the pool closes in June" of a longer one) is located
    # nowhere: a short phrase resembles too much.
    longer = [*transcript(), replace(transcript()[0], text="The pool closes in June for the repairs.", line=7)]
    loose = judge(quote("The depot will stay open through the winter ... the pool closes in July"), longer)
    assert not any("splice" in c.flags for c in loose.changes)


INTERVIEW = [
    Statement("MARCUS OBI", said, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/interview.txt", line=i)
    for i, said in enumerate(
        ["The average handover at the Royal last month was 74 minutes.", "It is fair, and I have used it myself."], 3
    )
]


def test_an_interviews_answer_under_a_nameless_label_is_the_recorded_interviewees() -> None:
    # "A. ..." names no one: the extraction took the answers for the last person the article named (the hospital's
    # chief executive); the saved recording of the interview holds them as the chief paramedic's.
    def answer(text: str) -> Claim:
        return replace(quote(text, "Lorraine Pike", mention=None), quote_kind=QuoteKind.ANSWER)

    same = judge(answer("It is fair, and I have used it myself."), INTERVIEW)
    assert same.verdict is Verdict.VERIFIED and same.claim.speaker == "Marcus Obi"
    changed = judge(answer("The average handover at the Royal last month was 47 minutes."), INTERVIEW)
    assert changed.verdict is Verdict.ALTERED and changed.severity is Severity.ERROR
    assert changed.claim.speaker == "Marcus Obi" and [c.flags for c in changed.changes] == [("number",)]
    # An answer under its interviewee's name ("OBI: ...") keeps the article's credit: words someone else said.
    named = replace(answer("It is fair, and I have used it myself."), mention="Pike")
    assert judge(named, INTERVIEW).verdict is Verdict.MISATTRIBUTED


def test_the_articles_own_quote_yields_to_a_saved_record_of_someone_else_holding_the_words() -> None:
    # The article credits the answer to Ms Pike twice; the saved recording says the chief paramedic said it.
    own = article_quote("Lorraine Pike", "It is fair, and I have used it myself.", 20, (900, 940))
    claim = quote("It is fair, and I have used it myself", "Lorraine Pike", start=1200, mention="Ms Pike")
    finding = judge(claim, [own, *INTERVIEW])
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.ERROR
    assert finding.evidence and finding.evidence.speaker == "MARCUS OBI"
    assert judge(claim, [own]).verdict is Verdict.VERIFIED  # no record: the article's report is the evidence


def test_a_sentence_of_several_joining_clauses_of_two_answers_is_a_splice() -> None:
    # The second sentence stands nowhere whole: its first clause is the fourth answer's, its last the first's.
    claim = "We have the staff for it. The contract with the city runs until 2027, and the depot will stay open."
    finding = judge(quote(claim), transcript())
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("splice",)] * 3
    # A sentence of the speaker's own words that no answer holds, in part or whole, is no splice.
    own = judge(quote("We have the staff for it. Schools matter to us, and every parent knows it."), transcript())
    assert not any("splice" in c.flags for c in own.changes)


def test_an_ellipsis_within_one_answer_is_verified() -> None:
    finding = judge(quote("We will not cut the budget ... That is a promise"), transcript())
    assert finding.verdict is Verdict.VERIFIED


def test_a_body_quote_like_another_of_the_article_is_no_misattribution_and_no_error() -> None:
    said = "We will not close the Eastgate library in the spring, or ever."
    rebutted = article_quote("Priya Nair", said, line=5, span=(300, 360), path="a.md")
    finding = judge(quote("We will close the Eastgate library in the spring", speaker="Amir Haddad"), [rebutted])
    assert finding.verdict is Verdict.UNVERIFIED
    headline = quote("We will close the Eastgate library in the spring", "Amir Haddad", place=Place.HEADLINE)
    assert judge(headline, [rebutted]).verdict is Verdict.MISATTRIBUTED  # a headline repeats the body: a wrong credit
    earlier = article_quote("Lena Ortiz", "We will build 400 homes on the depot site this year.", 3, (10, 60), "a.md")
    later = judge(quote("We will build 600 homes on the depot site this year", "Lena Ortiz"), [earlier])
    assert later.verdict is Verdict.ALTERED and later.severity is Severity.WARNING  # or one person saying two things


def test_same_quote_credited_to_two_people_is_one_warning_on_the_later() -> None:
    text = "We asked them what we should tell the workers who lose their jobs tomorrow"
    first = article_quote("Ada Brenner", text, line=3, span=(100, 180))
    second = article_quote("Karl Odum", text, line=9, span=(900, 980))
    earlier = judge(quote(text, speaker="Ada Brenner", start=100), [first, second])
    later = judge(quote(text, speaker="Karl Odum", start=900), [first, second])
    assert earlier.severity is not Severity.ERROR and earlier.verdict is not Verdict.MISATTRIBUTED
    assert later.verdict is Verdict.MISATTRIBUTED and later.severity is Severity.WARNING and later.rule == "VF203"
    # Credited once to a name and once to a description ("the union leader"): one person, named twice.
    described = judge(quote(text, speaker="union leader", start=900, mention="the union leader"), [first])
    assert described.verdict is Verdict.VERIFIED and described.rule == "VF000"


def test_a_saved_record_tells_whose_words_a_quote_credited_to_two_people_is() -> None:
    text = "We asked them what we should tell the workers who lose their jobs tomorrow"
    first = article_quote("Ada Brenner", text, line=3, span=(100, 180))
    record = Statement("ADA BRENNER", text + ".", StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/rally.txt")
    later = judge(quote(text, speaker="Karl Odum", start=900), [first, record])
    assert later.verdict is Verdict.MISATTRIBUTED and later.severity is Severity.ERROR and later.rule == "VF102"
    assert "ADA BRENNER" in later.message


def saved_post(text: str, fetched_at: str, url: str = "https://x.com/lenavoss/status/42") -> Statement:
    return Statement(
        "Lena Voss",
        text,
        StatementKind.POST,
        Origin.SNAPSHOT,
        f"snapshots/post-{fetched_at[:10]}.json",
        url=url,
        handle="@lenavoss",
        fetched_at=fetched_at,
        key="post:x:42",
    )


def post(text: str, published: str | None, url: str | None = "https://x.com/lenavoss/status/42") -> Claim:
    return Claim(
        ClaimKind.POST,
        text,
        "Lena Voss",
        Place.POST,
        line=4,
        column=1,
        url=url,
        platform="x",
        author=Author("Lena Voss", "@lenavoss"),
        post_id="42" if url else None,
        article_published=published,
    )


EARLY = "The depot stays open all winter. Thanks to every worker who made it possible."
LATER = "The depot stays open until January. Thanks to every worker who made it possible."


def test_post_matching_a_capture_before_the_article_is_verified_and_edited_since() -> None:
    captures = [saved_post(EARLY, "2025-03-01T08:00:00Z"), saved_post(LATER, "2025-03-09T08:00:00Z")]
    finding = judge(post(EARLY, "2025-03-02"), captures)
    assert finding.verdict is Verdict.VERIFIED and "edited since" in finding.message
    assert [c.state for c in finding.captures] == ["same", "differs"]


def test_post_deleted_since_is_noted() -> None:
    captures = [saved_post(EARLY, "2025-03-01T08:00:00Z"), saved_post("", "2025-03-09T08:00:00Z")]
    finding = judge(post(EARLY, None), captures)
    assert finding.verdict is Verdict.VERIFIED and "deleted since" in finding.message


def test_post_differing_from_the_capture_before_the_article_is_not_verified() -> None:
    captures = [saved_post(EARLY, "2025-03-01T08:00:00Z"), saved_post(LATER, "2025-03-09T08:00:00Z")]
    finding = judge(post(LATER, "2025-03-02"), captures)
    assert finding.verdict is Verdict.ALTERED


def test_plain_text_post_is_paired_with_the_accounts_saved_post_by_text() -> None:
    other = saved_post("Lunch with the mayor today.", "2025-03-01T09:00:00Z", url="https://x.com/lenavoss/status/7")
    other = Statement(**{**{f: getattr(other, f) for f in other.__slots__}, "key": "post:x:7"})
    captures = [saved_post(EARLY.replace("winter", "season"), "2025-03-01T08:00:00Z"), other]
    finding = judge(post(EARLY, None, url=None), captures)
    assert finding.verdict is Verdict.ALTERED and finding.evidence is not None
    assert finding.evidence.url == "https://x.com/lenavoss/status/42"


def test_plain_text_post_matched_by_its_words_lists_its_later_captures_too() -> None:
    captures = [saved_post(EARLY, "2025-03-01T08:00:00Z"), saved_post(LATER, "2025-03-09T08:00:00Z")]
    finding = judge(post(EARLY, None, url=None), captures)
    assert finding.verdict is Verdict.VERIFIED and "edited since" in finding.message
    assert [c.state for c in finding.captures] == ["same", "differs"]


def test_a_later_capture_that_adds_a_sentence_to_the_posts_words_is_an_edit() -> None:
    grown = EARLY + " Come and see us on Friday."
    captures = [saved_post(EARLY, "2025-03-01T08:00:00Z"), saved_post(grown, "2025-03-09T08:00:00Z")]
    for shown in (post(EARLY, None), post(EARLY, None, url=None)):
        finding = judge(shown, captures)
        assert finding.verdict is Verdict.VERIFIED and "edited since" in finding.message
        assert [c.state for c in finding.captures] == ["same", "differs"]
    # A capture that adds only a media link says the same words; an article that marks its cut quotes them.
    linked = [saved_post(EARLY + " https://example.org/photo", "2025-03-09T08:00:00Z")]
    assert [c.state for c in judge(post(EARLY, None), [*captures[:1], *linked]).captures] == ["same", "same"]
    cut = judge(post("The depot stays open all winter ...", None), captures)
    assert [c.state for c in cut.captures] == ["same", "same"]


def test_a_stray_phrase_opening_with_a_preposition_is_no_resolved_speaker() -> None:
    assert not resolved("Zur Zukunft der Stadtbibliothek")  # "Zur Zukunft der Stadtbibliothek sagte Vogel:"
    assert resolved("Ursula von der Leyen") and resolved("Katrin Vogel")
    # A particle that opens a name and is a first name is the first name; one that is no first name is a particle.
    assert resolved("Ben Okafor-Lund") and resolved("Al Brennan") and not resolved("van der Berg")


def test_post_with_a_tco_link_and_an_emoji_against_its_expanded_capture_is_verified() -> None:
    capture = saved_post("Open all winter 🎉 https://example.org/depot/?utm_source=x", "2025-03-01T08:00:00Z")
    finding = judge(post("Open all winter https://t.co/AbCdE12345", None), [capture])
    assert finding.verdict is Verdict.VERIFIED and not finding.changes


def test_a_phrase_in_quote_marks_in_a_posts_own_sentence_is_a_mention(tmp_path) -> None:
    import verify

    article = tmp_path / "article.txt"
    article.write_text(
        "Readers mocked the county's new slogan online.\n\n"
        "Honestly the “Roads. We Fix Them.” campaign is the best thing the county has done all year.\n"
        "— Mara Quill (@maraquill) May 2, 2025\n\n"
        "County officials said the campaign would continue.\n",
        encoding="utf-8",
    )
    report = verify.check([article])
    (quoted,) = report.articles[0].quotes
    assert quoted.text.startswith("Roads. We Fix Them") and quoted.post is not None
    assert [f.claim.kind.value for f in report.findings] == ["post"]


def test_a_quote_the_judge_credits_to_the_person_its_paragraph_names_is_listed_with_that_speaker(
    tmp_path: Path,
) -> None:
    said = "I raised the staffing problem in writing three times"
    (tmp_path / "inquiry.txt").write_text(f"CARYS LLEWELLYN: {said}.\n", encoding="utf-8")
    text = (
        "Carys Llewellyn, who worked on the unit for 14 years, said she had written to the board. "
        f"“{said},” the midwife told the inquiry.\n"
    )
    report = check_document(from_text(text, "a.txt", Format.TEXT), load_store(tmp_path))
    finding = next(f for f in report.findings if f.claim.text == said)
    listed = next(q for q in report.quotes if q.text == said)
    assert finding.verdict is Verdict.VERIFIED and listed.speaker == finding.claim.speaker == "Carys Llewellyn"


def _judged_of(claim_text: str, source_text: str) -> tuple[Verdict, Severity, list[tuple[str, ...]]]:
    source = [Statement("ODILE MARCHAND", source_text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "s.txt", line=2)]
    finding = judge(quote(claim_text, "Odile Marchand", mention="Marchand"), source)
    return finding.verdict, finding.severity, [c.flags for c in finding.changes]


def test_a_quote_kept_in_its_sources_frame_that_only_rewords_it_is_a_paraphrase_not_altered() -> None:
    reworded = [
        ("Les vignes, c'est notre fierté et notre héritage", "Les vignes font partie de notre fierté, et probablement de notre héritage."),
        ("La pesca es nuestro orgullo y nuestro futuro", "La pesca forma parte de nuestro orgullo, y quizá de nuestro futuro."),
        ("Die Fähre ist unser Stolz und unsere Zukunft", "Die Fähre gehört zu unserem Stolz, und vielleicht zu unserer Zukunft."),
        ("The orchards are our pride and our future", "The orchards form part of our pride, and perhaps of our future."),
    ]
    for claim_text, source_text in reworded:
        verdict, severity, _ = _judged_of(claim_text, source_text)
        assert (verdict, severity) == (Verdict.PARAPHRASED, Severity.WARNING), claim_text


def test_a_quote_in_its_sources_frame_changing_a_flagged_word_or_one_word_stays_altered() -> None:
    # a number changed inside the reworded quote: an error
    verdict, severity, flags = _judged_of(
        "Les vignes, c'est trois siècles de notre histoire", "Les vignes font partie de deux siècles de notre histoire."
    )
    assert verdict in (Verdict.ALTERED, Verdict.PARAPHRASED) and severity is Severity.ERROR
    # one word replaced in a short clause: that clause changed, as before
    verdict, severity, _ = _judged_of("la cosecha recién comienza", "Gracias a todos. La cosecha recién empieza.")
    assert (verdict, severity) == (Verdict.ALTERED, Severity.ERROR)
    # a negation left out of a cut sentence: an error
    verdict, severity, flags = _judged_of(
        "We are closing the ferry in winter, and the island will notice",
        "We are not closing the ferry in winter, whatever the council decides, and the island would notice if we did.",
    )
    assert verdict is Verdict.ALTERED and severity is Severity.ERROR and ("negation",) in flags
