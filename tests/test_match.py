"""Word alignment of one claim against one statement: exactness, diffs, flags, overlap."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.match import (
    _BRACKETED,
    _GAP,
    added_facts,
    align,
    clause_parts,
    content_stems,
    holds_words,
    prepare,
    sentences,
)
from verify.models import Origin, Statement, StatementKind
from verify.normalize import words

from .growth import assert_grows_linearly

SOURCE = (
    "We discussed many things today. Taxes will not rise next year, and we will spend 4 billion on roads "
    "in Ohio. I have said so before."
)


def aligned(claim: str, text: str = SOURCE):
    return align(prepare(claim), Statement("Ana Reyes", text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt"))


def test_fragment_is_exact() -> None:
    result = aligned("taxes will not rise next year")
    assert result.exact and result.score == 100.0 and not result.changes


def test_gaps_and_brackets_are_allowed() -> None:
    assert aligned("Taxes will not rise ... and we will spend 4 billion").exact
    assert aligned("[Ohio's] taxes will not rise next year").exact
    assert aligned("we [the state] will spend 4 billion on roads").exact


def test_gap_segments_must_keep_their_order() -> None:
    assert not aligned("spend 4 billion on roads ... Taxes will not rise").exact


def test_negation_removed_is_flagged() -> None:
    result = aligned("Taxes will rise next year")
    assert not result.exact and result.score >= 75
    (change,) = result.changes
    assert (change.op, change.source, change.flags) == ("delete", "not", ("negation",))


def test_number_changed_is_flagged() -> None:
    (change,) = aligned("we will spend 5 billion on roads").changes
    assert (change.op, change.claim, change.source) == ("replace", "5 billion", "4 billion")
    assert "number" in change.flags


def test_name_swapped_is_flagged() -> None:
    (change,) = aligned("we will spend 4 billion on roads in Texas").changes
    assert (change.claim, change.source, change.flags) == ("Texas", "Ohio", ("name",))


def test_a_month_or_a_share_changed_is_a_number_change_and_a_german_noun_no_name() -> None:
    (month,) = aligned("The bridge opens in June.", "The bridge opens in September.").changes
    assert month.flags == ("number",)
    share = "Ein Viertel der Höfe gibt bis 2030 auf."
    (changed,) = aligned("Ein Drittel der Höfe gibt bis 2030 auf.", share).changes
    assert (changed.claim, changed.source, changed.flags) == ("Drittel", "Viertel", ("number",))
    (noun,) = aligned("Die Brücke der Stadt ist gesperrt.", "Die Fähre der Stadt ist gesperrt.").changes
    assert noun.flags == ()
    # A month a paraphrase adds is a date it adds, not a name.
    added = added_facts(prepare("We have trained every teacher since June"), "We have trained every teacher.")
    assert [(c.claim, c.flags) for c in added] == [("June", ("number",))]


def test_sentence_start_capital_is_not_a_name() -> None:
    result = aligned("Taxes will surely not rise next year")
    assert [c.flags for c in result.changes] == [()]


def test_changed_word_is_paired_with_its_counterpart_not_a_word_past_the_quote() -> None:
    (change,) = aligned("Taxes will not rise next month").changes
    assert (change.op, change.claim, change.source) == ("replace", "month", "year")


def test_overlap_missing_and_echo_for_a_reworded_claim() -> None:
    result = aligned("Ohio roads get 4 billion while taxes stay flat")
    assert not result.exact and result.score < 75
    assert result.overlap >= 0.5 and result.shared >= 3
    assert "stay flat" in result.missing


def test_an_embellished_claim_echoes_a_clause() -> None:
    result = aligned("Taxes will not rise next year or ever, and the budget is balanced")
    assert result.echo >= 0.6


def test_unrelated_claim_shares_nothing() -> None:
    result = aligned("The harbour bridge opens in spring")
    assert result.overlap == 0 and result.score < 50


def reported(claim: str, text: str, origin: Origin = Origin.ARTICLE):
    """A claim against the article's own quote (or, with ``origin``, a saved source of the same words)."""
    return align(prepare(claim), Statement("Lena Moss", text, StatementKind.QUOTE, origin, "a.txt"))


def test_brackets_in_the_articles_own_quote_stand_for_any_words() -> None:
    body = "We will not stop until [the depot] is closed, and the fumes are gone."
    for claim in (
        "we will not stop until it is closed",
        "until [the site] is closed",
        "we will not stop until is closed",
    ):
        result = reported(claim, body)
        assert result.exact and result.score == 100.0 and not result.changes, claim


def test_a_gap_in_the_articles_own_quote_may_hide_plain_words_but_not_facts() -> None:
    body = "The ferry will run again... It will carry 40 cars a day."
    assert reported("The ferry will run again and it will carry 40 cars a day", body).exact
    added = reported("The ferry will run again to Dover. It will carry 40 cars a day", body)
    assert not added.exact and [c.claim for c in added.changes] == ["to Dover"]
    assert "name" in added.changes[0].flags
    assert not reported("The ferry will not run again. It will carry 40 cars a day", body).exact
    # Before a leading gap: the words the writer cut off.
    assert reported("Once the repairs end the ferry will run again", "...the ferry will run again.").exact


def test_an_article_beyond_the_edge_of_the_articles_own_quote_is_where_its_marks_stand() -> None:
    # "weise „eine übergroße Nähe …“ auf" and "für eine „übergroße Nähe …“": the same words.
    assert reported("eine übergroße Nähe zum Nationalsozialismus", "übergroße Nähe zum Nationalsozialismus").exact
    assert reported("the fumes are gone for good", "fumes are gone for good").exact
    # Another word changed besides, a word that is no article, or a saved source's whole statement: changes.
    assert not reported("die Proletarisierung des völkischen Lagers", "Proletarisierung des patriotischen Lagers").exact
    assert not reported("keine übergroße Nähe zum Nationalsozialismus", "übergroße Nähe zum Nationalsozialismus").exact
    saved = reported("the fumes are gone for good", "Fumes are gone for good.", Origin.SNAPSHOT)
    assert not saved.exact and [c.claim for c in saved.changes] == ["the"]


def test_a_verb_with_the_infix_of_its_infinitive_is_the_same_verb() -> None:
    # A headline's "Eben mal eine Pause einlegen" of the body's "... eben mal eine Pause einzulegen".
    assert reported("Eben mal eine Pause einlegen", "eben mal eine Pause einzulegen").exact
    assert aligned("Wir wollen morgen anzufangen", "Wir wollen morgen anfangen.").exact
    # Another verb, or the infix where no prefix stands before it, is a change.
    assert not aligned("Wir wollen morgen aufhören", "Wir wollen morgen anfangen.").exact
    assert not aligned("Wir wollen morgen zuhören", "Wir wollen morgen hören.").exact


def test_a_changed_word_beside_a_bracket_is_still_a_change() -> None:
    result = reported("we will never stop until it is closed", "We will not stop until [the depot] is closed.")
    assert not result.exact
    assert [(c.claim, c.source) for c in result.changes] == [("never", "not")]


def test_saved_sources_keep_their_brackets_as_words() -> None:
    result = reported(
        "we will not stop until it is closed", "We will not stop until [the depot] is closed.", Origin.SNAPSHOT
    )
    assert not result.exact and result.changes


def test_the_claims_own_bracket_against_the_articles_quote_lists_only_real_changes() -> None:
    result = reported("...we will stop until [the depot] is closed", "We will not stop until it is closed.")
    assert [(c.source, c.flags) for c in result.changes] == [("not", ("negation",))]


def test_words_written_apart_or_together_are_the_same_words() -> None:
    text = "Our defense budget will fund the cleanup, and the e-mail system will go."
    assert aligned("Our defence budget will fund the clean-up", text).exact
    assert aligned("and the email system will go", text).exact


def test_a_negation_just_before_the_aligned_words_is_shown_when_the_claim_drops_it() -> None:
    text = "We did not find any evidence that farm run-off played a major role this year"
    result = aligned("We found evidence that farm run-off played a major role this year", text)
    assert not result.exact and any("negation" in c.flags for c in result.changes)


def test_a_negation_put_before_a_fragment_of_the_source_is_an_insertion_not_a_replacement() -> None:
    # "nicht mehr zur Hälfte übernehmen" starts where the writer likes: "auch 2027" was not quoted, not replaced.
    text = "Die Stadt wird die Sicherheitskosten auch 2027 zur Hälfte übernehmen. Der Zug gehört zu Düsseldorf."
    result = aligned("nicht mehr zur Hälfte übernehmen", text)
    assert [(c.op, c.claim, c.flags) for c in result.changes] == [("insert", "nicht mehr", ("negation",))]
    assert result.score == 75.0
    # A sentence negated before the kept words says the claim's negation already: the words are replaced.
    negated = aligned("no dynamic pricing on any date", "We will not use demand-based pricing on any date.")
    assert [c.op for c in negated.changes] == ["replace"]


def test_each_sentence_of_a_claim_is_held_to_its_own_closest_source_sentence_for_added_facts() -> None:
    source = "The maternity ward will move to the regional hospital. That is not a closure."
    assert added_facts(prepare("The maternity ward will move next year. That is not a closure."), source) == ()
    (added,) = added_facts(prepare("The maternity ward will not move. That is a closure."), source[:55])
    assert (added.claim, added.flags) == ("not", ("negation",))


def test_holds_words_is_a_cheap_necessary_condition_for_a_word_for_word_match() -> None:
    claim = prepare("the harbour will reopen [in] spring")
    assert holds_words(claim, "We said the harbour will reopen next spring.")
    assert not holds_words(claim, "We said the harbour will close next spring.")
    assert holds_words(prepare("that is it"), "Nothing in common.")  # only stopwords: nothing to ask first


def test_clause_parts_split_at_commas_never_inside_a_figure() -> None:
    parts = clause_parts("Der Umbau kostet 3,7 Millionen Euro, und wir bekommen nichts vom Bund")
    assert [p.text for p in parts] == ["Der Umbau kostet 3,7 Millionen Euro", "wir bekommen nichts vom Bund"]


def test_clause_parts_split_at_every_joining_word_leaving_out_pieces_too_short_to_locate() -> None:
    parts = clause_parts("I grabbed my laptop and my brother and we ran down six flights in our socks")
    assert [p.text for p in parts] == ["I grabbed my laptop", "we ran down six flights in our socks"]
    # (Spanish drops the subject: "y nunca ..." opens a clause as "and we ..." does)
    parts = clause_parts("Trabajaba hasta las diez de la noche y nunca cerró un domingo")
    assert [p.text for p in parts] == ["Trabajaba hasta las diez de la noche", "nunca cerró un domingo"]
    assert clause_parts("Je prends le train et le bus") == []  # "le bus": too short to stand anywhere for sure


@pytest.mark.parametrize(
    "text",
    [
        "The council has been so slow to answer our letters about the harbour",
        "We have not yet seen a single plan for the harbour from the council",
        "Der Rat hat doch schon im Sommer über den neuen Hafen entschieden",
        "Nous avons donc attendu la décision du conseil avant de parler du port",
    ],
)
def test_a_joining_word_that_is_an_adverb_too_splits_no_clause_where_it_stands(text: str) -> None:
    assert clause_parts(text) == []


def test_a_joining_word_that_is_an_adverb_too_opens_a_clause_after_a_comma() -> None:
    parts = clause_parts("We waited for the council all winter, so we wrote to the mayor again")
    assert [p.text for p in parts] == ["We waited for the council all winter", "we wrote to the mayor again"]


def test_an_emoji_between_two_sentences_of_a_post_stands_in_neither() -> None:
    text = "We lost tonight. 😬 Back on Sunday. $5 tickets. 4 more games."
    assert [text[a:b] for a, b in sentences(text)] == [
        "We lost tonight.",
        "😬 Back on Sunday. $5 tickets. 4 more games.",
    ]


def test_words_left_out_of_a_short_quote_are_a_cut_not_a_replacement() -> None:
    # The partial alignment finds the source's last three words; the claim's first two stand further back.
    result = aligned("Die Geduld ist am Ende", "Die Geduld der Landwirte ist am Ende.")
    assert [(c.op, c.source) for c in result.changes] == [("delete", "der Landwirte")]
    assert result.score >= 75


def test_a_stretch_found_at_the_sources_start_may_grow_to_the_claims_length_and_more() -> None:
    # The partial alignment finds "We will pass it before" alone; the whole sentence, a date replaced, is the quote.
    result = aligned(
        "We will pass it before Christmas, whatever the Opposition does.",
        "We will pass it before the end of February, whatever the Opposition does.",
    )
    assert result.score >= 75 and ("February", "Christmas") in [(c.source, c.claim) for c in result.changes]


def test_one_written_as_a_figure_or_as_a_word_is_the_same_word() -> None:
    assert aligned("Duró un minuto y cuarenta segundos", "Duró 1 minuto y 40 segundos.").exact
    assert aligned("It took a minute", "It took 1 minute.").exact
    assert [c.flags for c in aligned("It took two minutes", "It took 1 minute.").changes] == [("number",)]
    assert not aligned("It took the minute", "It took 1 minute.").exact  # an article other than one


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("Die Fähre kostet einen Euro pro Strecke", "Die Fähre kostet 1 Euro pro Strecke."),
        ("Der Steg ist einen Kilometer lang", "Der Steg ist 1 km lang."),
        ("Le ticket de bus coûte un euro le trajet", "Le ticket de bus coûte 1 € le trajet."),
        ("La pasarela mide un kilómetro de largo", "La pasarela mide 1 km de largo."),
        ("Parking costs a dollar an hour downtown", "Parking costs $1 an hour downtown."),
        ("The trail is a mile long from the gate", "The trail is one mile long from the gate."),
        ("Die Fähre kostet 1 Euro pro Strecke", "Die Fähre kostet einen Euro pro Strecke."),  # either side's
    ],
)
def test_a_word_for_one_before_its_unit_is_the_figure_one(claim: str, text: str) -> None:
    assert aligned(claim, text).exact


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("Die Fähre kostet einen Euro pro Strecke", "Die Fähre kostet 2 Euro pro Strecke."),
        ("Die Fähre kostet ein paar Euro pro Strecke", "Die Fähre kostet 1 Euro pro Strecke."),
        ("Le ticket de bus coûte un euro le trajet", "Le ticket de bus coûte 3 € le trajet."),
        ("La pasarela mide un kilómetro de largo", "La pasarela mide 2 km de largo."),
        ("Parking costs a few dollars an hour downtown", "Parking costs $1 an hour downtown."),
        ("The trail is a mile long from the gate", "The trail is two miles long from the gate."),
    ],
)
def test_a_word_for_one_is_no_other_number(claim: str, text: str) -> None:
    result = aligned(claim, text)
    assert not result.exact and any("number" in c.flags for c in result.changes)


def test_every_languages_function_words_are_no_shared_content() -> None:
    # "le", "a", "l'", "de", "en" share nothing; a negation, a letter of an abbreviation and "war" or "UN" do.
    stems = prepare("Le département a supprimé l'aide de 120 000 euros votée en 2023").stems
    assert {"départ", "suppri", "aid", "2023"} <= stems and not {"le", "a", "l'", "de", "en"} & stems
    assert {"nicht", "war", "un", "e"} <= prepare("Der Krieg war nicht vorbei, sagte die UN über A&E").stems
    claim = "Tenemos informes que avisaban de este riesgo desde hace tres años y la empresa los ignoró"
    source = "Pediremos a la empresa todos los informes de mantenimiento de los últimos años."
    assert aligned(claim, source).overlap < 0.4  # ("informes", "empresa", "años" of eight: no paraphrase)


def test_content_stems_leave_out_function_and_light_words() -> None:
    assert content_stems(words("I think the participants are participating")) == {"partic"}


@pytest.mark.parametrize("figure", ["50²", "①", "٥٠", "12.5"])
def test_a_digit_python_reads_but_no_fraction_does_is_a_number_added_not_a_crash(figure: str) -> None:
    # "50²" and "①" are digits to str.isdigit: the share test must read only ASCII decimals.
    found = added_facts(prepare(f"Wir sparen rund {figure} Prozent der Kosten"), "Wir sparen die Kosten.")
    assert "number" in {flag for change in found for flag in change.flags}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.,²³①½٥ %percentPrzHälfte"), max_size=12))
def test_added_facts_never_fails_on_any_figure(figure: str) -> None:
    added_facts(prepare(f"We cut {figure} percent of the costs"), "We cut the costs.")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Jose Garcia viajará a Malaga el lunes", "José García viajará a Málaga el lunes."),
        ("José García viajará a Málaga el lunes", "Jose Garcia viajara a Malaga el lunes."),
        ("Hélène Lefèvre arrive à Besançon lundi", "Helene Lefevre arrive à Besancon lundi."),
        ("Jürgen Müller kommt am Montag", "Juergen Mueller kommt am Montag."),
    ],
)
def test_a_name_written_with_or_without_its_accents_is_no_name_added(claim: str, source: str) -> None:
    assert not [c for c in added_facts(prepare(claim), source) if "name" in c.flags]
    other = added_facts(prepare(claim), source.replace(source.split()[1], "Ortega"))
    assert [c for c in other if "name" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Our quarterly sales rose 25 percent this year", "Our quarterly sales rose this year."),
        ("Our sales rose 25 percent this year", "Our quarterly sales rose this year."),
        ("Die Halbinsel verliert 50 Prozent ihrer Gäste", "Die Halbinsel verliert ihre Gäste."),
        ("Die Insel verliert 50 Prozent ihrer Gäste", "Die Halbinsel verliert ihre Gäste."),
        ("Das Viertel verliert 25 Prozent seiner Läden", "Das Viertel verliert seine Läden."),
        ("Le quartier a perdu 25 % de ses commerces", "Le quartier a perdu ses commerces."),
        ("Le centre a perdu 25 % de ses commerces", "Le quartier du centre a perdu ses commerces."),
        ("We are 50 percent of the way there", "We are halfway there."),
    ],
)
def test_a_word_opening_like_a_figure_word_or_kept_by_the_claim_restates_no_figure(claim: str, source: str) -> None:
    # "quarterly", "Halbinsel", "quartier" open like "quarter", "halb", "quart"; "Viertel" (a neighbourhood) the claim
    # keeps is its own word: none says the share the claim adds.
    assert "number" in {flag for change in added_facts(prepare(claim), source) for flag in change.flags}


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "We sell Dolce e Gabbana suits in the shop and the town likes them",
            ["We sell Dolce e Gabbana suits in the shop", "the town likes them"],
        ),
        (
            "Trabajaba hasta las diez de la noche y nunca cerró un domingo",
            ["Trabajaba hasta las diez de la noche", "nunca cerró un domingo"],
        ),
    ],
)
def test_clause_parts_split_at_the_joining_words_of_the_texts_own_language(text: str, clauses: list[str]) -> None:
    # Spanish "e" and "y" are letters or names in English text: only a language's own joining words split it.
    assert [part.text for part in clause_parts(text)] == clauses


@pytest.mark.parametrize(
    ("claim", "source", "flags"),
    [
        # Acadian and literary French "point" after a verb negates, with no "ne" beside it
        ("Les casiers sont pleins ce matin sur la baie", "Les casiers sont point pleins ce matin sur la baie",
         ("negation",)),
        ("On a l'intention de rentrer avant la nuit", "On a point l'intention de rentrer avant la nuit", ("negation",)),
        # after an article or a preposition it is a noun: no negation
        ("Le moteur est réglé pour la saison qui vient", "Le moteur est au point pour la saison qui vient", ()),
    ],
)
def test_a_bare_negation_after_a_verb_is_a_negation_and_a_noun_after_an_article_is_none(
    claim: str, source: str, flags: tuple[str, ...]
) -> None:
    assert tuple(flag for change in aligned(claim, source).changes for flag in change.flags) == flags


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The ferry company is late and knows it", "We backed it for the islanders, not for the ferry company."),
        ("Die Reederei kommt zu spät und weiß es", "Wir stimmen für die Insulaner, nicht für die Reederei."),
        ("La compagnie maritime arrive trop tard", "Nous votons pour les îliens, pas pour la compagnie maritime."),
        ("La naviera llega tarde y lo sabe", "Votamos por los isleños, no por la naviera."),
    ],
)
def test_a_negation_of_a_phrase_the_claim_does_not_say_is_not_left_out(claim: str, source: str) -> None:
    # The negation bears on "for the ferry company"; the claim says "the ferry company" as a subject: no opposite.
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]
    # The claim that keeps the negated phrase as the source says it, the negation left out, says the opposite.
    kept = source.split(", ")[-1].replace("not ", "").replace("nicht ", "").replace("pas ", "").replace("no ", "")
    said = f"{claim}, {kept}"
    assert [c for c in added_facts(prepare(said), source) if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("We ken where the boat went down last night", "We dinnae ken where the boat went down last night"),
        ("There's owt left in the harbour fund this year", "There's nowt left in the harbour fund this year"),
        ("Das bringt uns im Hafen etwas, sagt der Wirt", "Das bringt uns im Hafen nix, sagt der Wirt"),
        # (round 48, verdicts48) Bavarian and Austrian "nit" and "koa", Swiss "nöd", Quebec's "pantoute"
        ("Der Bus kimmt heit in die Stadt eina", "Der Bus kimmt heit nit in die Stadt eina"),
        ("Do gibt's a Brot im Laden mehr", "Do gibt's koa Brot im Laden mehr"),
        ("Mir händ de Zug am Morge verpasst", "Mir händ de Zug am Morge nöd verpasst"),
        ("J'aime ça, le traversier du matin", "J'aime pas ça pantoute, le traversier du matin"),
    ],
)
def test_a_regional_negation_dropped_is_flagged(claim: str, source: str) -> None:
    assert "negation" in {flag for change in aligned(claim, source).changes for flag in change.flags}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # a regional negation's letters inside another word, or a name no lexicon reads as one (Ned, Kei, "net")
        ("Die Unita hat im Hafen gewonnen", "Die Unita hat im Hafen klar gewonnen, sagt Kleinitz"),
        ("The Nitra plant made a profit", "The Nitra plant made a net profit"),
        ("Anderson will coach the side next season", "Ned Anderson will coach the side next season"),
    ],
)
def test_a_word_that_only_looks_like_a_regional_negation_is_not_one(claim: str, source: str) -> None:
    assert not [c for c in aligned(claim, source).changes if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # (round 49, verdicts49) the forms that are a name or another language's word elsewhere, read in lower case in
        # a text of their language: Bavarian and Styrian "ned", Austrian "net", Swiss "nid" and "kei", Viennese "ka",
        # Asturian "nun"; and the plain ones: Galician "non", Walloon "nén", Scots "wisnae", Irish "nivver"
        ("I hob des Packl gestern kriagt", "I hob des Packl gestern ned kriagt"),
        ("Mia woin des Geld für die Feuerwehr zruck", "Mia woin des Geld für die Feuerwehr net zruck"),
        ("Dr Bus fahrt am Sunntig uf Arosa", "Dr Bus fahrt am Sunntig nid uf Arosa"),
        ("S'isch Platz im Saal für alli", "S'isch kei Platz im Saal für alli"),
        ("Des is a Problem für die Gmoa", "Des is ka Problem für die Gmoa"),
        ("La mina abre el lunes por la mañana", "La mina nun abre el lunes por la mañana"),
        ("Os barcos saen do porto esta noite", "Os barcos non saen do porto esta noite"),
        ("On va payer ça, dit le bourgmestre", "On va nén payer ça, dit le bourgmestre"),
        ("He wis at the meeting on Tuesday", "He wisnae at the meeting on Tuesday"),
        ("I seen him at the mart in Ennis", "I nivver seen him at the mart in Ennis"),
    ],
)
def test_a_regional_negation_of_another_word_dropped_is_flagged(claim: str, source: str) -> None:
    assert "negation" in {flag for change in aligned(claim, source).changes for flag in change.flags}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same letters as another language's word in its own text, or capitalised as a name
        ("The cost of the bridge rose again", "The net cost of the bridge rose again"),
        ("Un trou sur la route du port", "Un nid de poule sur la route du port"),
        ("Der Hafen ist wieder offen", "Der Hafen ist nun wieder offen"),
        ("Kelly's old hut is open again", "Ned Kelly's old hut is open again"),
        ("Die Halle gehört dem Verein", "Die Halle gehört Kei Tanaka und dem Verein"),
    ],
)
def test_a_regional_negations_letters_in_another_language_are_no_negation(claim: str, source: str) -> None:
    assert not [c for c in aligned(claim, source).changes if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # (round 50, verdicts50) the class filled from the regions, not from a set's page: Bavarian "nia", "koan",
        # Swabian "koi", Swiss "nüüt", Berlin "keener", "nischt", Low German "keen", Hessian "kaan", Saxon "nüschd";
        # Geordie "divvent", Scots "naebody", Newfoundland "narn", Jamaican "cyaan", "aint", Lancashire "dunnot",
        # South African "nooit", New Zealand "yeah nah"; Quebec "pô", Acadian "parsonne", Midi "degun", Haitian "pa",
        # Réunion "poin", Antillean "ayen" and "pyès"; Asturian "dengún", "ná", rural "naide", Galician "xamais",
        # Portuguese "não"
        ("Mia ham des Geld für'n Bauhof griagt", "Mia ham des Geld für'n Bauhof nia griagt"),
        ('Mir ham heier an Schnee am Pass', 'Mir ham heier koan Schnee am Pass'),
        ('Dr Schultes hot a Ahnung vom Wald', 'Dr Schultes hot koi Ahnung vom Wald'),
        ('Mir händ gwüsst vo dem Projekt', 'Mir händ nüüt gwüsst vo dem Projekt'),
        ('Da hat uns eener jefragt, ob wa wollen', 'Da hat uns keener jefragt, ob wa wollen'),
        ('Wir ham jewusst vom Bauvorhaben', 'Wir ham nischt jewusst vom Bauvorhaben'),
        ('Dor is Geld för de Schaul in uns Dörp', 'Dor is keen Geld för de Schaul in uns Dörp'),
        ('Des hot aach Sinn mehr, des Ganze', 'Des hot aach kaan Sinn mehr, des Ganze'),
        ('Mir ham gesehn von dem Unfall', 'Mir ham nüschd gesehn von dem Unfall'),
        ("Ye knaa what the council's deein wi the library", "Ye divvent knaa what the council's deein wi the library"),
        ('Somebody telt us aboot the closure', 'Naebody telt us aboot the closure'),
        ("There's a boat left in the harbour this winter", "There's narn boat left in the harbour this winter"),
        ('We can go to market till the road fix', 'We cyaan go to market till the road fix'),
        ("That's right what they did to the park", 'That aint right what they did to the park'),
        ('I know where the money went, love', 'I dunnot know where the money went, love'),
        ('We will give up the farm for a golf estate', 'We will nooit give up the farm for a golf estate'),
        ("Yeah, the road's fine past Tolaga", "Yeah nah, the road's fine past Tolaga"),
        ("On a compris ce qu'ils voulaient faire du quai", "On a pô compris ce qu'ils voulaient faire du quai"),
        ('Tout le monde nous a avertis pour la marée', 'Parsonne nous a avertis pour la marée'),
        ('Tout le monde est venu au marché ce matin', 'Degun est venu au marché ce matin'),
        ('Mwen konnen kilè dlo a ap tounen', 'Mwen pa konnen kilè dlo a ap tounen'),
        ('Na dlo dann basin-la', 'Na poin dlo dann basin-la'),
        ('Yo ba nou kichoy pou manjé', 'Yo ba nou ayen pou manjé'),
        ('Nou ni lajan pou sa', 'Nou ni pyès lajan pou sa'),
        ('Equí vieno un inspector de la Xunta', 'Equí vieno dengún inspector de la Xunta'),
        ('Le dieron algo a los vecinos de la calle', 'Le dieron ná a los vecinos de la calle'),
        ('Alguien vino a ver el puente caído', 'Naide vino a ver el puente caído'),
        ('Vimos un temporal así en Vigo', 'Xamais vimos un temporal así en Vigo'),
        ('A gente sabia do fechamento da fábrica', 'A gente não sabia do fechamento da fábrica'),
    ],
)
def test_a_regional_negation_of_any_region_dropped_is_flagged(claim: str, source: str) -> None:
    assert "negation" in {flag for change in aligned(claim, source).changes for flag in change.flags}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same letters as a word of the text's own language: English "keen", "koi", "kai"; German "nah" and "na";
        # Spanish "pa" of "para"; French "net"; a place name no lexicon reads as a negation
        ('The council is to reopen the baths in spring', 'The council is keen to reopen the baths in spring'),
        ('Der Bahnhof liegt an der Schule', 'Der Bahnhof liegt nah an der Schule'),
        ('Esto es los guajes del barrio', 'Esto es pa los guajes del barrio'),
        ('Un bénéfice de deux millions cette année', 'Un bénéfice net de deux millions cette année'),
        ('We fed the fish in the pond every morning', 'We fed the koi in the pond every morning'),
        ('We shared food after the tangi at the marae', 'We shared kai after the tangi at the marae'),
        ('Das war die schönste Feier im Dorf', 'Na, das war die schönste Feier im Dorf'),
        ('The Napa winery reopened after the fire', 'The winery reopened after the fire'),
    ],
)
def test_a_regional_negations_letters_in_a_text_of_its_other_language_are_no_negation(claim: str, source: str) -> None:
    assert not [c for c in aligned(claim, source).changes if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source", "flagged"),
    [
        # the negation moved over a verb both clauses repeat: the alignment keeps "no" and moves the verb
        ("Los mastines no bastaron, bastaron los cierres.", "Los mastines bastaron, no bastaron los cierres.", True),
        ("Los perros no ladraron, ladraron los gatos.", "Los perros ladraron, no ladraron los gatos.", True),
        # the same clause negated on both sides, a word of the other clause added: no negation change
        (
            "Los mastines no bastaron, bastaron los cierres nuevos.",
            "Los mastines no bastaron, bastaron los cierres.",
            False,
        ),
        ("Los perros no ladraron, ladraron los gatos.", "Los perros no ladraron, ladraron los dos gatos.", False),
    ],
)
def test_a_negation_moved_over_a_repeated_word_is_flagged(claim: str, source: str, flagged: bool) -> None:
    changes = aligned(claim, source).changes
    assert changes
    assert ("negation" in {flag for change in changes for flag in change.flags}) is flagged


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The rent wasn't the worry last winter, the heating was.", "The heating wasn't the worry, the rent was."),
        ("Nicht der Lärm ist das Ärgernis, der Staub ist es.", "Der Lärm ist das Ärgernis, nicht der Staub."),
        (
            "Ce n'est pas le loyer qui inquiète, c'est le chauffage.",
            "Ce n'est pas le chauffage qui inquiète, c'est le loyer.",
        ),
        (
            "No es el alquiler lo que preocupa, es la calefacción.",
            "No es la calefacción lo que preocupa, sino el alquiler.",
        ),
    ],
)
def test_a_negation_moved_to_another_clause_is_added_and_left_out(claim: str, source: str) -> None:
    added = added_facts(prepare(claim), source)
    assert [(c.op, c.flags) for c in added] == [("insert", ("negation",)), ("delete", ("negation",))]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same words negated, the clauses in another order
        ("The library stays open, but we will not hire staff.", "We will not hire staff, but the library is open."),
        # a negation both keep on one clause, the other clause reworded
        ("Der Lärm ist nicht das Ärgernis, der Staub schon.", "Der Lärm ist nicht das Ärgernis, eher der Staub."),
        ("Le loyer n'inquiète pas, le chauffage un peu.", "Le loyer n'inquiète pas du tout, le chauffage un peu."),
    ],
)
def test_a_negation_kept_on_the_same_words_is_no_move(claim: str, source: str) -> None:
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the negated verbs in other forms or function words: no content word shows the move, the clauses answer
        # each other by their words
        (
            "The board asked the tenants, it just did not tell them",
            "The board did not ask the tenants, it just told them.",
        ),
        ("The coach came to the match, he just did not speak", "The coach did not come to the match, he just spoke."),
        ("Sie ging zum Amt, aber sie schrieb nicht", "Sie ging nicht zum Amt, aber sie hat geschrieben."),
        ("Fuimos a la reunión, pero no dijimos nada", "No fuimos a la reunión, pero dijimos algo."),
        ("On l'a vu partir, on ne l'a pas entendu", "On ne l'a pas vu partir, on l'a entendu."),
    ],
)
def test_a_negation_moved_to_the_clause_answering_the_other_is_added_and_left_out(claim: str, source: str) -> None:
    added = added_facts(prepare(claim), source)
    assert [(c.op, c.flags) for c in added] == [("insert", ("negation",)), ("delete", ("negation",))]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same clause negated, its verb and the other clause reworded
        (
            "The board did not ask the tenants, it just warned them",
            "The board did not consult the tenants, it simply warned them.",
        ),
        # "not only" on both sides; a double negative kept; a negated clause matching no clause of the source
        ("We not only painted the hall, we also fixed the roof", "We not only painted the hall, we fixed the roof."),
        ("Nobody said it was not possible", "Nobody ever said it was not possible."),
        (
            "The coach never answered, the letter just sat there",
            "The coach did not reply to the letter, he simply ignored it.",
        ),
        ("Er hat nicht angerufen, er hat uns geschrieben", "Er hat uns nicht angerufen, aber er hat geschrieben."),
    ],
)
def test_a_negation_on_the_clause_answering_its_own_is_no_move(claim: str, source: str) -> None:
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source", "op", "negation"),
    [
        # a negation kept over fewer words: the word it no longer reaches stands in a clause that says the opposite
        ("Nous avons la cantine, mais pas de gymnase.", "Nous n'avons ni cantine ni gymnase.", "delete", "n'"),
        ("Wir haben Strom, aber keine Heizung.", "Wir haben keinen Strom und keine Heizung.", "delete", "keinen"),
        ("Tenemos agua, pero no hay luz.", "No tenemos agua ni luz.", "delete", "No"),
        ("We have the trucks, but not any drivers.", "We have no trucks and no drivers.", "delete", "no"),
        # and a negation reaching more words than its source's
        ("No tenemos agua ni luz.", "Tenemos agua, pero no hay luz.", "insert", "No"),
    ],
)
def test_a_negation_kept_over_fewer_words_is_left_out(claim: str, source: str, op: str, negation: str) -> None:
    flagged = [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]
    assert [(c.op, c.claim or c.source) for c in flagged] == [(op, negation)]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # a list's next item after a comma or an "and": the negation may reach it, nothing said otherwise
        ("Il n'y a pas de pain, de lait ou de beurre.", "Il n'y a pas de pain ni de lait ni de beurre."),
        ("There is no bread and milk left.", "There is no bread and no milk left."),
        ("Es gibt kein Brot, keine Milch.", "Es gibt weder Brot noch Milch."),
    ],
)
def test_a_negation_over_a_list_is_kept_over_its_items(claim: str, source: str) -> None:
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "La pièce quittera encore l'Ajoie, pour des expositions.",
            "La pièce ne quittera plus l'Ajoie, même pour des expositions.",
        ),
        ("Le bac traverse encore le fleuve le dimanche.", "Le bac ne traverse jamais le fleuve le dimanche."),
        ("Nous recommandons une évacuation des villages.", "Nous ne recommandons plus une évacuation des villages."),
        # its partner more than four words on, in the same clause
        (
            "La pièce sera à l'avenir prêtée aux musées.",
            "La pièce ne sera à l'avenir et pour longtemps plus prêtée aux musées.",
        ),
        (
            "Nous recommandons pour le moment une évacuation.",
            "Nous ne recommandons pour le moment jamais une évacuation.",
        ),
    ],
)
def test_a_french_ne_with_its_partner_left_out_of_a_paraphrase_is_a_negation(claim: str, source: str) -> None:
    assert "negation" in {flag for change in added_facts(prepare(claim), source) for flag in change.flags}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "ne ... que" says "only": a "plus" after it is no partner of the "ne"
        ("Il reste deux places de plus.", "Il ne reste que deux places de plus."),
        # a "plus" after a comma is another clause's: this "ne" is the one that negates nothing ("ne" explétif)
        ("Je crains qu'il vienne, plus tard peut-être.", "Je crains qu'il ne vienne, plus tard peut-être."),
    ],
)
def test_a_far_word_that_is_no_partner_of_ne_adds_no_negation(claim: str, source: str) -> None:
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]


def test_french_ne_que_is_only_no_negation() -> None:
    # "ne ... que" says "only": a claim without it says "there are two seats left", no opposite
    claim, source = "Il reste deux places pour le concert.", "Il ne reste que deux places pour le concert."
    assert not [c for c in added_facts(prepare(claim), source) if "negation" in c.flags]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # one share of a whole said two ways, as a figure, a percentage or in words, in four languages
        ("Drei Viertel der Mitglieder haben zugestimmt", "75 Prozent der Mitglieder haben zugestimmt."),
        ("Ein Drittel der Mitglieder haben zugestimmt", "1/3 der Mitglieder haben zugestimmt."),
        ("Three-quarters of the members lost a hive", "75% of the members lost a hive."),
        ("One third of the members lost a hive", "1/3 of the members lost a hive."),
        ("Un tiers des membres a voté contre", "1/3 des membres a voté contre."),
        ("Trois quarts des membres ont voté", "75 % des membres ont voté."),
        ("Un tercio de los socios votó en contra", "El 33 % de los socios votó en contra."),
        ("Dos tercios de los socios votaron", "2/3 de los socios votaron."),
    ],
)
def test_a_share_said_as_a_figure_or_in_words_is_the_same_figure(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Two thirds of the members lost a hive", "75% of the members lost a hive."),
        ("Ein Viertel der Mitglieder haben zugestimmt", "1/3 der Mitglieder haben zugestimmt."),
        ("Un quart des membres a voté contre", "1/3 des membres a voté contre."),
        ("Dos tercios de los socios votaron", "El 75 % de los socios votaron."),
        ("We are open 24/7 for the members", "We are open 24 hours for the members."),
    ],
)
def test_another_share_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("À moins quinze, les chiens volent", "À -15, les chiens volent."),
        ("Heute Nacht hatte es minus zwölf Grad", "Heute Nacht hatte es −12 Grad."),
        ("Esta mañana estábamos a quince grados bajo cero", "Esta mañana estábamos a -15 grados."),
        ("It was minus eight at the summit", "It was -8 at the summit."),
    ],
)
def test_a_number_below_zero_in_words_matches_its_signed_figure(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("À moins quinze, les chiens volent", "À 15, les chiens volent."),  # the sign left out
        ("Es hatte minus zwölf Grad", "Es hatte -10 Grad."),
        (
            "Juntamos treinta y cinco mil dólares entre doscientas familias",
            "Juntamos 35 mil dólares entre 300 familias.",
        ),
    ],
)
def test_a_changed_number_below_zero_or_in_words_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and result.score >= 75 and any("number" in c.flags for c in result.changes)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789/-−%  moinsquartdrittelminus"), max_size=24))
def test_signs_and_fractions_never_fail_the_normaliser_or_the_aligner(text: str) -> None:
    for word in words(text):
        assert word.norm and word.start < word.end
    aligned(text or "x", "1/3 -15 moins quinze 75 %")


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Der Laden macht nicht vor halb sieben auf", "Der Laden macht nicht vor 6.30 Uhr auf."),
        ("Wir fahren um Viertel nach neun los", "Wir fahren um 21.15 Uhr los."),
        ("Wir fahren um Viertel vor neun los", "Wir fahren um 8:45 Uhr los."),
        ("Wir fahren um drei viertel neun los", "Wir fahren um 8.45 Uhr los."),
        ("Wir fahren um zehn vor halb neun los", "Wir fahren um 8.20 Uhr los."),
        ("Der Zug kam um achtzehn Uhr vierzig an", "Der Zug kam um 18.40 Uhr an."),
        ("Der Zug kam um 18 Uhr 40 am Gleis an", "Der Zug kam um 18.40 Uhr am Gleis an."),
        ("The gates open at half past six", "The gates open at 6:30 p.m."),
        ("The gates open at a quarter to ten", "The gates open at 21:45."),
        ("The gates open at twenty past nine tonight", "The gates open at 9.20pm tonight."),
        ("The gates open at half six", "The gates open at 6.30am."),
        ("Le marché ouvre à six heures et demie", "Le marché ouvre à 18h30."),
        ("Le marché ouvre à neuf heures moins le quart", "Le marché ouvre à 8 h 45."),
        ("Le marché ouvre à dix-huit heures trente", "Le marché ouvre à 18h30."),
        ("Le marché ouvre à six heures et demie", "Le marché ouvre à 18 heures 30."),
        ("El mercado abre a las seis y media", "El mercado abre a las 18.30 horas."),
        ("El mercado abre a las nueve menos cuarto", "El mercado abre a las 8:45."),
        ("El mercado abre a las nueve y veinte", "El mercado abre a las 21.20 horas."),
        ("Abrimos a mediodía todos los días", "Abrimos a las 12.00 horas todos los días."),
    ],
)
def test_a_time_of_day_in_words_or_figures_is_the_same_time(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Der Laden macht nicht vor halb sieben auf", "Der Laden macht nicht vor 7.30 Uhr auf."),  # halb sieben 6.30
        ("Wir fahren um Viertel nach neun los", "Wir fahren um 21.45 Uhr los."),
        ("Der Zug kam um achtzehn Uhr vierzig an", "Der Zug kam um 6.40 Uhr an."),  # (said on the 24-hour clock)
        ("The gates open at half past six", "The gates open at 7:30 p.m."),
        ("The gates open at half six", "The gates open at 5.30am."),
        ("Le marché ouvre à neuf heures moins le quart", "Le marché ouvre à 9h15."),
        ("El mercado abre a las nueve y veinte", "El mercado abre a las 21.40 horas."),
        ("Half the town came to the market", "5:30 the town came to the market."),  # no time
        ("Wir fahren um 6.30 Uhr los", "Wir fahren um 18.30 Uhr los."),  # figures are read as written
    ],
)
def test_another_time_of_day_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("One in three riders came back", "33% of riders came back."),
        ("Two in five riders came back", "40 per cent of riders came back."),
        ("One in four riders came back", "A quarter of riders came back."),
        ("Une sur quatre est revenue", "25 % est revenue."),
        ("Deux sur trois sont revenus", "2/3 sont revenus."),
        ("Uno de cada cinco volvió al barrio", "El 20 % volvió al barrio."),
        ("Jede fünfte Fahrerin kam zurück", "20 Prozent Fahrerin kam zurück."),
        ("Drei von vier Fahrern kamen zurück", "75 Prozent Fahrern kamen zurück."),
    ],
)
def test_a_share_said_as_a_count_out_of_a_number_is_that_share(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("One in four riders came back", "33% of riders came back."),
        ("Uno de cada cinco volvió al barrio", "El 25 % volvió al barrio."),
        ("Jede vierte Fahrerin kam zurück", "20 Prozent Fahrerin kam zurück."),
        ("Five in 300 riders came back", "5% of riders came back."),  # out of more than ten: no share read
    ],
)
def test_another_count_out_of_a_number_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source", "same"),
    [
        # the source's share opens before the window the aligner chose (its figure and article cut off)
        ("Una de cada cuatro tiendas cerró en enero", "El 25 % de las tiendas cerró en enero.", True),
        ("Tres de cada cuatro socios votaron", "El 75 % de los socios votaron.", True),
        ("Jeder vierte Betrieb hat geschlossen", "Rund 25 Prozent der Betriebe hat geschlossen.", True),
        # another share, or a figure before the window that is no share (a year)
        ("Una de cada cinco tiendas cerró en enero", "El 25 % de las tiendas cerró en enero.", False),
        ("Jeder fünfte Betrieb hat geschlossen", "Rund 25 Prozent der Betriebe hat geschlossen.", False),
        ("Uno de cada cuatro vecinos se fue", "En 2025 de los vecinos se fue.", False),
    ],
)
def test_a_share_whose_figure_opens_before_the_window_is_read_whole(claim: str, source: str, same: bool) -> None:
    result = aligned(claim, source)
    assert result.exact is same
    assert same or any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # a peso said with its word and written with "$", as its countries write it
        ("Cobran doce pesos con cuarenta la docena", "Cobran $12,40 la docena."),
        # a currency said once for a list of amounts, each written with it
        ("Cobran doce pesos la docena y el kilo vale treinta", "Cobran $12 la docena y el kilo vale $30."),
        ("It costs twelve euros a bag and a crate goes for forty", "It costs €12 a bag and a crate goes for €40."),
        ("Sie kostet zwölf Euro und die Kiste vierzig", "Sie kostet 12 Euro und die Kiste 40 Euro."),
    ],
)
def test_one_amount_in_a_peso_and_with_its_sign_or_its_currency_said_once_is_no_change(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Cobran doce pesos la docena", "Cobran 12 dólares la docena."),  # another currency
        ("Cobran doce pesos la docena", "Cobran US$12 la docena."),
        ("Cobran doce la docena", "Cobran $12 la docena."),  # no currency said before the bare number
        ("Cobran doce pesos la docena y el kilo vale treinta", "Cobran $12 la docena y el kilo vale $31."),
    ],
)
def test_another_currency_or_a_currency_never_said_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Le bal commence à neuf heures du soir", "Le bal commence à 9 heures."),
        ("El baile empieza a las nueve de la noche", "El baile empieza a las 9:00."),
        ("Der Ball beginnt um neun Uhr abends im Saal", "Der Ball beginnt um 9 Uhr im Saal."),
        ("The dance starts at nine in the evening", "The dance starts at 9:00."),
    ],
)
def test_a_day_part_the_source_s_hour_contradicts_is_a_number_change(claim: str, source: str) -> None:
    (change,) = aligned(claim, source).changes
    assert change.op == "insert" and "number" in change.flags


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Le bal commence à neuf heures du matin", "Le bal commence à 9 heures."),  # (after its article too)
        ("Le bal commence à neuf heures du soir", "Le bal commence à 21 heures."),
        ("Der Ball beginnt um neun Uhr morgens im Saal", "Der Ball beginnt um 9 Uhr im Saal."),
    ],
)
def test_a_day_part_the_source_s_hour_agrees_with_is_no_change(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


def test_a_day_part_after_no_hour_flags_no_number() -> None:
    (change,) = aligned("We danced all night in the evening", "We danced all night.").changes
    assert "number" not in change.flags


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Es ist zum ersten Mal passiert", "Es ist zum 1. Mal passiert."),
        ("Es ist zum dritten Mal passiert", "Es ist zum 3. Mal passiert."),
        ("Pasó por primera vez en la historia", "Pasó por 1.ª vez en la historia."),
        ("C'est arrivé pour la première fois", "C'est arrivé pour la 1re fois."),
        ("It happened for the first time", "It happened for the 1st time."),
    ],
)
def test_an_ordinal_in_words_or_as_its_figure_is_the_same_count(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Es ist zum ersten Mal passiert", "Es ist zum 2. Mal passiert."),
        ("Es ist zum ersten Mal passiert", "Es ist zum zweiten Mal passiert."),
        ("Pasó por primera vez en la historia", "Pasó por 2.ª vez en la historia."),
        ("C'est arrivé pour la première fois", "C'est arrivé pour la deuxième fois."),
        ("It happened for the third time", "It happened for the 3 time."),  # (English writes no ordinal's full stop)
    ],
)
def test_another_ordinal_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The ferry got in at half past seven and we sang", "The ferry got in at 7.30 and we sang."),  # a bare figure
        ("Wir waren um Viertel nach sieben da und sangen", "Wir waren um 7.15 da und sangen."),
        ("We meet at 5 o'clock every day", "We meet at 17:00 every day."),  # o'clock: the twelve-hour clock
        ("We open at 10 o'clock", "We open at 22:00."),
        ("We meet at eight in the evening", "We meet at 20:00."),  # a day part
        ("I'll be there at seven in the morning", "I'll be there at 7:00."),
        ("See you at a quarter past nine this evening", "See you at 21:15."),
        ("The boat left at a quarter to six in the morning", "The boat left at 5.45am."),
        ("El autobús llega a las siete y media de la tarde", "El autobús llega a las 19.30 horas."),
        ("Wir treffen uns um acht abends", "Wir treffen uns um 20 Uhr."),
        ("Wir treffen uns um acht Uhr abends", "Wir treffen uns um 20 Uhr."),
        ("Kommt um halb neun abends", "Kommt um 20.30 Uhr."),
        ("On se voit à huit heures du soir", "On se voit à 20 heures."),
        ("Rendez-vous à sept heures et demie du soir", "Rendez-vous à 19h30."),
        ("Nos vemos a las ocho de la tarde", "Nos vemos a las 20.00 horas."),
        ("Quedamos a las nueve y media de la noche", "Quedamos a las 21.30 horas."),
        ("We were done by eight", "We were done by 20:00."),  # a bare hour after a word that makes it one
        ("The bus came at nine", "The bus came at 21:00."),
        ("Nous avons fini à huit", "Nous avons fini à 20 heures."),  # (the source's clock word after the quote's end)
        ("Il est arrivé vers neuf", "Il est arrivé vers 21 heures."),
        ("Sie kamen gegen neun", "Sie kamen gegen 21 Uhr."),
        ("Terminamos a las ocho", "Terminamos a las 20.00 horas."),
        ("Llegaron hacia las nueve", "Llegaron hacia las 21.00 horas."),
    ],
)
def test_a_time_said_with_its_half_of_the_day_or_as_a_bare_hour_is_the_same_time(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The ferry got in at half past eight and we sang", "The ferry got in at 7.30 and we sang."),
        ("We meet at 5 o'clock every day", "We meet at 18:00 every day."),
        ("We meet at 6 o'clock", "We meet at 17:00."),
        ("We meet at eight in the evening", "We meet at 21:00."),
        ("Wir treffen uns um acht morgens", "Wir treffen uns um 20 Uhr."),
        ("Nos vemos a las ocho de la mañana", "Nos vemos a las 20.00 horas."),
        ("We were done by eight", "We were done by 21:00."),
        ("It grew by eight", "It grew by 20."),  # no clock word: no hour
        ("Trabajamos ocho", "Trabajamos 20 horas."),  # no word that makes it an hour: a count of hours
        ("Nous avons roulé huit", "Nous avons roulé 20 heures."),
        ("Trabajamos a las ocho", "Trabajamos a las 21.00 horas."),
        ("Nous avons fini à huit", "Nous avons fini à 21 heures."),
    ],
)
def test_another_time_with_its_half_of_the_day_or_bare_hour_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the hour and its minutes said in words, no clock word between ("eight fifty-five", "ten-fifteen")
        ("The shuttle leaves at eight fifty-five each day", "The shuttle leaves at 8:55 each day."),
        ("Doors open at ten-fifteen sharp", "Doors open at 10.15 sharp."),
        ("El tren sale a las siete cuarenta", "El tren sale a las 7:40 horas, sin falta."),
        # a claim ending on its time, the source going on after it (the window runs past the source's time)
        ("The shuttle leaves at eight fifty-five", "The shuttle leaves at 8:55 a.m., rain or shine."),
        ("We open at half past six", "We open at 6:30 a.m., and close at noon."),
        ("Wir öffnen um halb sieben", "Wir öffnen um 6.30 Uhr, und zwar täglich."),
        # a day part after an hour both keep, against the source's clock word
        ("Abrimos desde las ocho de la mañana", "Abrimos desde las 8:00 horas. Luego cerramos."),
        ("On ouvre à sept heures du matin", "On ouvre à 7 h, tous les jours."),
        # "a. m." and "p. m." written with a space, as Spanish writes them
        ("La clase empieza a las nueve y media de la noche", "La clase empieza a las 9:30 p. m., en el aula dos."),
        ("Salimos a las cuatro de la mañana", "Salimos a las 4 a. m."),
        # minutes under ten said with their zero ("oh")
        ("The last bus goes at eleven oh seven", "The last bus goes at 11:07 p.m. from the square."),
    ],
)
def test_a_time_said_in_words_against_its_figures_is_the_same_time(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("We start at seven forty-five", "We start at 7:54 a.m."),
        ("Doors open at ten-fifteen sharp", "Doors open at 10.50 sharp."),
        ("El tren sale a las siete cuarenta", "El tren sale a las 7:45 horas, sin falta."),
        ("We open at half past six", "We open at 7:30 a.m., and close at noon."),
        ("Abrimos desde las seis de la mañana", "Abrimos desde las 18:00 horas."),  # the day part says another time
        ("La clase empieza a las nueve y media de la noche", "La clase empieza a las 9:30 a. m., en el aula dos."),
        ("Salimos a las cuatro de la mañana", "Salimos a las 5 a. m."),
        ("The last bus goes at eleven oh seven", "The last bus goes at 11:17 p.m. from the square."),
    ],
)
def test_another_time_said_in_words_against_figures_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # (round 50, verdicts50) a half said in words ("y media", "et demie") against a figure with a full stop, both
        # opened by an article for the hours ("a las") or closed by a day part ("de la madrugada", "du soir"): a time,
        # no decimal (blind set 53: "a las cuatro y media de la madrugada" of "a las 4.30 de la madrugada" altered)
        (
            'Empezamos a las cuatro y media de la madrugada, como siempre',
            'Empezamos a las 4.30 de la madrugada, como siempre.',
        ),
        ('La lonja abre a las cinco y media, sin falta', 'La lonja abre a las 5.30, sin falta.'),
        ('On a fermé à huit et demie du soir, comme prévu', 'On a fermé à 8.30 du soir, comme prévu.'),
        ('Le car passe vers six et demie du matin au village', 'Le car passe vers 6.30 du matin au village.'),
        ('Llegó el barco a las dos y media de la tarde', 'Llegó el barco a las 2.30 de la tarde.'),
    ],
)
def test_a_half_said_in_words_with_its_hours_article_or_day_part_is_the_same_time(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # another hour, another minute, a rate, and a day part that follows a weight, not the number
        (
            'Empezamos a las cinco y media de la madrugada, como siempre',
            'Empezamos a las 4.30 de la madrugada, como siempre.',
        ),
        ('Pagamos cuatro y medio por ciento de interés', 'Pagamos 4.30 por ciento de interés.'),
        ('La lonja abre a las cinco y media, sin falta', 'La lonja abre a las 5.40, sin falta.'),
        ('El lote pesa cuatro y media toneladas de la mañana', 'El lote pesa 4.30 toneladas de la mañana.'),
    ],
)
def test_a_half_said_in_words_against_another_figure_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("They played seven forty-five minute sets", "They played 7 45 minute sets."),  # two counts, kept as said
        ("They played The Four Seasons at nine", "They played The Four Seasons at 9:00."),
    ],
)
def test_numbers_both_sides_say_alike_stay_unchanged_beside_the_time_rules(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(
    ("claim", "source", "same"),
    [
        ("Le pilier mesure un mètre quatre-vingts", "Le pilier mesure 1,8 m.", True),  # read "1.80": one value
        ("La crecida subió 3,50 metros", "La crecida subió 3,5 metros.", True),
        ("The pole is 2.40 metres tall", "The pole is 2.4 metres tall.", True),
        ("Le pilier mesure un mètre quatre-vingt-cinq", "Le pilier mesure 1,8 m.", False),
        ("La crecida subió 3,50 metros", "La crecida subió 3,05 metros.", False),
        ("The fare is 2.40 now", "The fare is $2.4 now.", False),  # a currency on one side only, none said before
    ],
)
def test_a_figure_with_a_trailing_zero_is_the_same_figure(claim: str, source: str, same: bool) -> None:
    result = aligned(claim, source)
    assert result.exact is same
    assert same or any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("One out of every three riders came back", "33% of riders came back."),
        ("Two out of every five voters stayed home", "40 per cent of voters stayed home."),
        ("Einer von drei Fahrern kam zurück", "33 Prozent der Fahrer kam zurück."),  # the noun's case apart
        ("Zwei von drei Mitgliedern stimmten zu", "66 Prozent der Mitglieder stimmten zu."),
        ("Un Français sur trois est parti", "33 % des Français est parti."),  # the noun inside the share's words
        ("Deux habitants sur trois ont voté", "66 % des habitants ont voté."),
    ],
)
def test_a_count_out_of_a_number_around_its_noun_is_that_share(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("One out of every four riders came back", "33% of riders came back."),
        ("Einer von vier Fahrern kam zurück", "33 Prozent der Fahrer kam zurück."),
        ("Un Français sur quatre est parti", "33 % des Français est parti."),
        ("Un Français sur trois est parti", "33 % des Allemands est parti."),  # another noun
    ],
)
def test_another_count_out_of_a_number_around_its_noun_is_a_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Cinco kilos y medio pesaba el mejor capón", "5,5 kilos pesaba el mejor capón."),
        ("Es sind anderthalb Kilometer bis zum Hof", "Es sind 1,5 Kilometer bis zum Hof."),
        ("It is a mile and a half to the pier", "It is 1.5 miles to the pier."),
        ("Wir kommen um acht", "Wir kommen um 20 Uhr."),  # German "um" before a bare hour
    ],
)
def test_a_half_after_its_unit_and_a_german_bare_hour_are_the_same_figure(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Cinco kilos y medio pesaba el mejor capón", "6,5 kilos pesaba el mejor capón."),
        ("It is a mile and a half to the pier", "It is 2.5 miles to the pier."),
        ("Wir kommen um acht", "Wir kommen um 21 Uhr."),
    ],
)
def test_another_figure_after_its_unit_or_bare_hour_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The plough went out between ten o'clock at night and dawn", "The plough went out between 10 p.m. and dawn."),
        ("The plough went out at ten at night", "The plough went out at 22:00."),
        ("The alarm rang at three at night", "The alarm rang at 3:00."),  # the small hours: the morning's
        ("Der Pflug fuhr um zehn Uhr nachts los", "Der Pflug fuhr um 22 Uhr los."),
        ("Der Alarm ging um drei Uhr nachts los", "Der Alarm ging um 3 Uhr los."),
        ("L'alarme a sonné à trois heures de la nuit", "L'alarme a sonné à 3 heures."),
        ("La lancha sale a cuarto para las siete", "La lancha sale a las 6:45."),  # Latin American minutes first
        ("La lancha sale a las diez para las ocho", "La lancha sale a las 7:50."),
    ],
)
def test_a_time_at_night_or_its_minutes_to_the_hour_first_is_the_same_time(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert result.exact and not result.changes


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The plough went out at ten o'clock at night", "The plough went out at 10 a.m."),
        ("The alarm rang at three at night", "The alarm rang at 15:00."),
        ("Der Pflug fuhr um zehn Uhr nachts los", "Der Pflug fuhr um 10 Uhr los."),
        ("La lancha sale a cuarto para las siete", "La lancha sale a las 7:15."),
        ("La lancha sale a las diez para las ocho", "La lancha sale a las 8:10."),
    ],
)
def test_another_time_at_night_or_minutes_to_the_hour_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


def test_para_before_an_article_is_no_time_where_no_time_is_said() -> None:
    same = "Guardamos el pescado en el cuarto frío para las siete familias."
    assert aligned("Guardamos el pescado en el cuarto frío para las siete familias", same).exact
    (change,) = aligned("Guardamos el pescado en el cuarto frío para las ocho familias", same).changes
    assert "number" in change.flags


# A claim's words after its brackets, found in one pass (round 49, speed49).
_BRACKET_PIECES = (
    "we",
    "will",
    "build",
    "Ab",
    "homes",
    " ",
    "  ",
    ",",
    ".",
    "-",
    "er",
    "[the mayor]",
    "[x",
    "y]",
    "[",
    "]",
    "[…]",
    "[...]",
    "…",
    "...",
    "(…)",
    "three",
    "hundred",
    "(laughter)",
    "THE COUNCIL SAID",
    "é",
    "e\u0301",
    "12",
    "000",
)


def _after_brackets_by_origin(text: str) -> frozenset[int]:
    """The claim's words before each bracket's place, the place found by tracing every character of the kept text
    back to the one it came from (a substituted match's space comes from the match's first character)."""
    gapped = [(i, ch) for i, ch in enumerate(text)]
    for pattern in (_GAP, _BRACKETED):
        line = "".join(ch for _, ch in gapped)
        traced, last = [], 0
        for m in pattern.finditer(line):
            traced += [*gapped[last : m.start()], (gapped[m.start()][0], " ")]
            last = m.end()
        gapped = traced + gapped[last:]
    kept = "".join(ch for _, ch in gapped)
    starts = [w.start for w in prepare(text).words]  # (offsets in the composed text: "e\u0301" is one character)
    places = (
        len(unicodedata.normalize("NFC", kept[: sum(o < m.start() for o, _ in gapped)]))
        for m in _BRACKETED.finditer(text)
    )
    return frozenset(sum(start < place for start in starts) for place in places)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_PIECES), max_size=30).map("".join))
def test_the_words_after_brackets_are_counted_where_each_bracket_stands_in_the_kept_text(text: str) -> None:
    assert prepare(text).after_brackets == _after_brackets_by_origin(text)


_PLAIN_PIECES = ("we", "will", "build", "Ab", "homes", "the", "[the mayor]", "[…]", "[...]", "…", "(…)", "[x y z]")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN_PIECES), max_size=30).map(" ".join))
def test_where_the_text_before_a_bracket_reads_as_in_the_claim_its_words_are_the_ones_counted(text: str) -> None:
    """Before round 49 each bracket's position was the number of words of the text before it, normalised alone: the
    same where no word at that text's end reads otherwise at a text's end (a hesitation set off, a word cut off)."""
    before = (_BRACKETED.sub(" ", _GAP.sub(" ", text[: m.start()])) for m in _BRACKETED.finditer(text))
    assert prepare(text).after_brackets == frozenset(len(words(kept_before)) for kept_before in before)


@pytest.mark.parametrize(
    ("claim", "after"),
    [
        ("We knew it, er [the council] wants more money", ["wants"]),
        ("Wir wussten es, er [der Landrat] will mehr Geld", ["will"]),
        ("Lo sabíamos, eh [el alcalde] quiere más dinero", ["quiere"]),
        ("Nous le savions, eh [le maire] veut plus d'argent", ["veut"]),
        ("Sie sagte, er [Jonas Keller] habe [die Stadt] gewarnt", ["habe", "gewarnt"]),
    ],
)
def test_the_word_after_a_bracket_is_the_claims_own_after_a_pronoun_set_off_before_it(
    claim: str, after: list[str]
) -> None:
    prepared = prepare(claim)
    assert [prepared.words[i].original for i in sorted(prepared.after_brackets)] == after


@pytest.mark.parametrize(
    ("claim", "after"),
    [
        ("[The authority] wants us to share a frequency", ["wants"]),
        ("We will build [the] homes … and the school", ["homes"]),
        ("Er [der Landrat] will mehr Geld", ["will"]),
        ("Taxes will not rise ... and we [the state] will spend 4 billion", ["will"]),
    ],
)
def test_the_word_after_a_bracket_is_unchanged_where_nothing_before_it_reads_otherwise(
    claim: str, after: list[str]
) -> None:
    prepared = prepare(claim)
    assert [prepared.words[i].original for i in sorted(prepared.after_brackets)] == after


def test_a_claim_of_thousands_of_brackets_is_prepared_in_linear_time() -> None:
    made = itertools.count()  # (each run another claim: prepare and the normaliser keep what they read)

    def claim(n: int) -> Callable[[], object]:
        return lambda: prepare(f"{next(made)} " + "We will build […] homes [here] " * (n // 32))

    assert_grows_linearly(claim, 1_000)


# (round 51, verdicts51) The currencies of the countries the four languages are written in, by their word, their sign
# or letters before the figure (glued or not) and their ISO code before or after it: one amount said two ways is no
# change (blind set 54, Enugu: "one hundred naira" of "N100"), another amount or currency is a number change.
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The boda fare is now one hundred shillings", "The boda fare is now Ksh 100."),
        ("A crate of tomatoes costs N4,500", "A crate of tomatoes costs four thousand five hundred naira."),
        ("The taxi fare went up to thirty rand", "The taxi fare went up to R30."),
        ("The trotro fare is now seven cedis", "The trotro fare is now GH₵7."),
        ("Une place au stade coûte mille francs CFA", "Une place au stade coûte 1 000 FCFA."),
        ("Le litre d'essence est à 60 roupies", "Le litre d'essence est à Rs 60."),
        ("El boleto cuesta veinticinco córdobas", "El boleto cuesta 25 NIO."),
        ("La consulta cuesta quinientos colones", "La consulta cuesta ₡500."),
        ("Das Ticket kostet 12 CHF", "Das Ticket kostet zwölf Franken."),
        ("Die Miete beträgt 900 Rand im Monat", "Die Miete beträgt R900 im Monat."),
    ],
)
def test_one_amount_in_a_currencys_word_sign_or_code_is_no_change(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The boda fare is now one hundred and twenty shillings", "The boda fare is now Ksh 100."),
        ("La consulta cuesta quinientos colones", "La consulta cuesta 500 dólares."),
        ("Das Ticket kostet 12 CHF", "Das Ticket kostet 12 Euro."),
        ("The taxi fare went up to thirty rand", "The taxi fare went up to R40."),
    ],
)
def test_another_amount_or_currency_than_the_sign_says_is_a_number_change(claim: str, source: str) -> None:
    result = aligned(claim, source)
    assert not result.exact and any("number" in c.flags for c in result.changes)


# (round 51, verdicts51) Regional negations filled again by region and by form (Maghreb and Levant Arabic, the Indian
# Ocean Creoles, Corsican, East Frisian, Vorarlberg, Luxembourgish, Trinidadian, Scots, South Asian English, Quechua,
# Guaraní, Mexican Spanish), and one capitalised as a sentence's first word in a text of another language than the
# word's other meaning ("Napa …", Mauritian): left out or turned into its affirmative, flagged.
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Au souk, il y a du pain ce matin", "Au souk, makache pain ce matin"),
        ("Le médecin est là aujourd'hui", "Le médecin mouch là aujourd'hui"),
        ("Stu paese hè bellu", "Stu paese ùn hè micca bellu"),
        ("Gouvernman in fer keksoz pou nou", "Gouvernman in fer nanryen pou nou"),
        ("Ena travay dan lizinn", "Napa travay dan lizinn, zis enn ti kontra."),
        ("De Fähr fohrt vandaag", "De Fähr fohrt vandaag neet"),
        ("Do gohts um d'Schual im Dorf", "Do gohts it um d'Schual im Dorf"),
        ("Mir hunn Zäit fir dat", "Mir hunn keng Zäit fir dat"),
        ("We get water in the pipe since Monday", "We ent get water in the pipe since Monday"),
        ("The cooncil did something aboot the road", "The cooncil did naethin aboot the road"),
        ("The tanker came to our lane, bhai", "The tanker nahi came to our lane, bhai"),
        ("En el pueblo hay posta médica", "En el pueblo manan hay posta médica"),
        ("En la escuela hay agua", "En la escuela ndaipóri agua"),
        ("El alcalde dijo que sí a la obra", "El alcalde dijo que nel a la obra"),
    ],
)
def test_a_regional_negation_of_another_region_left_out_or_turned_is_flagged(claim: str, source: str) -> None:
    assert "negation" in {flag for change in aligned(claim, source).changes for flag in change.flags}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same letters in a text of their other language, or as a name
        ("We made to the harbour before dark", "We made it to the harbour before dark"),
        ("The vineyards flooded in March", "The Napa vineyards flooded in March"),
        ("Esta vaca pesa quinientos kilos", "Esta res pesa quinientos kilos"),
        ("Les habitants du quartier sont venus", "Les gens du quartier sont venus"),
        ("Botha opened the shop", "Nel Botha opened the shop"),
        ("Mana lost the final in straight sets", "Mana Sato lost the final in straight sets"),
    ],
)
def test_a_regional_negations_letters_of_another_meaning_are_still_no_negation(claim: str, source: str) -> None:
    assert not [c for c in aligned(claim, source).changes if "negation" in c.flags]
