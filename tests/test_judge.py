"""One test per verdict (and per kind of change) on small made-up texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from verify._check import claims
from verify.document import Format, from_text
from verify.extract import extract
from verify.judge import earlier_in, excerpt, judge, lead_in, reported_by, resolved
from verify.match import kept_in_order, prepare, shares_meaning
from verify.models import Author, Claim, ClaimKind, Finding, Origin, Place, Severity, Statement, StatementKind, Verdict
from verify.normalize import index_terms
from verify.retrieval import ArticleEvidence
from verify.rules import rule_for
from verify.sources.snapshots import parse_snapshot

from .growth import assert_grows_linearly

TRANSCRIPT = [
    ("ANA REYES", "Thank you all. Taxes will not rise next year, and we will spend 4 billion on roads in Ohio."),
    ("TOM BRANDT", "The harbour bridge will open in the spring, three months late, and under budget."),
]


def saved(speaker: str, text: str) -> Statement:
    return Statement(speaker, text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/debate.txt", line=3)


STORE = [saved(speaker, text) for speaker, text in TRANSCRIPT]


def quote(text: str, speaker: str | None = "Ana Reyes", place: Place = Place.BODY) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, place, line=5, column=1, span=(100, 100 + len(text)))


def decide(text: str, speaker: str | None = "Ana Reyes", store: list[Statement] = STORE):
    return judge(quote(text, speaker), store)


def test_verified_verbatim_and_with_normalised_spelling() -> None:
    assert decide("Taxes won’t rise next year").verdict is Verdict.VERIFIED
    assert decide("we will spend four billion on roads in Ohio").verdict is Verdict.VERIFIED


def test_verified_with_gaps_and_brackets() -> None:
    finding = decide("Taxes will not rise ... and we [the state] will spend 4 billion")
    assert finding.verdict is Verdict.VERIFIED and finding.rule == rule_for(Verdict.VERIFIED).code


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (
            "[The authority] wants us to share a frequency with a station.",
            "They want us to share a frequency with a station.",
        ),
        ("[La préfecture] veut que nous partagions une fréquence.", "Ils veulent que nous partagions une fréquence."),
        (
            "[Die Stadtwerke] hat uns die Leitung zum Jahresende gekündigt.",
            "Sie haben uns die Leitung zum Jahresende gekündigt.",
        ),
        ("[El ayuntamiento] quiere cerrar la biblioteca en verano.", "Ellos quieren cerrar la biblioteca en verano."),
    ],
)
def test_a_bracketed_subject_for_a_pronoun_may_make_its_verb_agree(claim: str, said: str) -> None:
    assert decide(claim, store=[saved("ANA REYES", said)]).verdict is Verdict.VERIFIED
    # another verb after the brackets is a changed word
    other = claim.split("] ")[0] + "] " + "sells " + claim.split("] ")[1].split(" ", 1)[1]
    assert decide(other, store=[saved("ANA REYES", said)]).verdict is Verdict.ALTERED


def test_negation_added_or_removed_is_altered_and_named() -> None:
    finding = decide("Taxes will rise next year")
    assert finding.verdict is Verdict.ALTERED
    assert [c.flags for c in finding.changes] == [("negation",)]
    assert "“not” left out (negation)" in finding.message
    assert finding.evidence is not None and "Taxes will not rise next year" in finding.evidence.text


def test_an_elided_negation_left_out_is_named_as_written() -> None:
    store = [saved("CLAIRE AUBIN", "Nous n'avons jamais fermé la halle le dimanche.")]
    finding = judge(quote("Nous avons fermé la halle le dimanche", "Claire Aubin"), store)
    assert finding.verdict is Verdict.ALTERED
    assert "“n'” left out (negation)" in finding.message and "“jamais” left out (negation)" in finding.message
    assert [(c.source, c.flags) for c in finding.changes] == [("n'", ("negation",)), ("jamais", ("negation",))]


@pytest.mark.parametrize(
    ("said", "cut", "left_out"),
    [
        ("We will not, whatever the council says, build homes on the green.", "We will ... build homes on the green", "not"),
        ("Wir werden die Gebühren nicht erhöhen, das ist beschlossen.", "Wir werden die Gebühren ... erhöhen", "nicht"),
        ("Nous ne fermerons jamais la piscine en juin.", "Nous ... fermerons ... la piscine en juin", "jamais"),
        ("No vamos a cerrar nunca la piscina en junio.", "No vamos a cerrar ... la piscina en junio", "nunca"),
    ],
)
def test_a_writers_gap_that_leaves_out_a_negation_beside_the_kept_words_is_altered(
    said: str, cut: str, left_out: str
) -> None:
    store = [saved("MARTA KOVAC", said + " The plan, which nobody liked at first, works well.")]
    finding = judge(_cued(cut, "Marta Kovac", "Marta Kovac"), store)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert f"“{left_out}” left out (negation)" in finding.message
    # A gap whose words open and close on others leaves out a clause, whatever negation stands inside it.
    assert judge(quote("The plan ... works well", "Marta Kovac"), store).verdict is Verdict.VERIFIED


def test_the_words_a_writers_gap_leaves_out_are_no_change_of_a_quote_changed_elsewhere() -> None:
    said = "The average wait was 74 minutes. The longest wait last week, at the Royal, was nine hours."
    claim = quote("The average wait was 47 minutes. The longest wait last week ... was nine hours", "Marta Kovac")
    finding = judge(claim, [saved("MARTA KOVAC", said)])
    assert finding.verdict is Verdict.ALTERED
    assert [(c.source, c.claim, c.flags) for c in finding.changes] == [("74", "47", ("number",))]


def test_words_the_speaker_negated_right_before_are_altered() -> None:
    store = [saved("ANA REYES", "No necesitamos contratar más inspectores; necesitamos que trabajen mejor.")]
    cut = decide("Necesitamos contratar más inspectores", store=store)
    assert cut.verdict is Verdict.ALTERED and [(c.source, c.flags) for c in cut.changes] == [("No", ("negation",))]
    # An answer set off by a comma is no negation of the words after it.
    answered = [saved("ANA REYES", "No, we need more inspectors.")]
    assert decide("we need more inspectors", store=answered).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("claim", "said", "left_out"),
    [
        ("Die Dächer der Turnhallen sind sicher", "Die Dächer der Turnhallen sind nicht mehr sicher.", "nicht mehr"),
        ("The gym roofs are safe", "The gym roofs are no longer safe.", "no longer"),
        ("Los tejados de los gimnasios son seguros", "Los tejados de los gimnasios ya no son seguros.", "ya no"),
        ("We keep the library open in winter", "We do not keep the library open in winter.", "do not"),
    ],
)
def test_a_negation_left_out_reads_as_left_out_not_as_a_word_replaced(claim: str, said: str, left_out: str) -> None:
    finding = decide(claim, store=[saved("ANA REYES", said)])
    assert finding.verdict is Verdict.ALTERED
    assert [(c.op, c.claim, c.source, c.flags) for c in finding.changes] == [("delete", "", left_out, ("negation",))]


def test_number_changed_is_altered() -> None:
    finding = decide("we will spend 6 billion on roads in Ohio")
    assert finding.verdict is Verdict.ALTERED
    assert "“4 billion” became “6 billion” (number)" in finding.message


def test_name_swapped_is_altered() -> None:
    finding = decide("we will spend 4 billion on roads in Texas")
    assert finding.verdict is Verdict.ALTERED and finding.changes[0].flags == ("name",)


def test_word_added_is_altered() -> None:
    finding = decide("Taxes will not rise next year, and we will only spend 4 billion on roads")
    assert finding.verdict is Verdict.ALTERED and "“only” added" in finding.message


def test_other_speakers_words_are_misattributed() -> None:
    finding = decide("The harbour bridge will open in the spring")
    assert finding.verdict is Verdict.MISATTRIBUTED
    assert finding.evidence is not None and finding.evidence.speaker == "TOM BRANDT"
    assert "TOM BRANDT's" in finding.message


def test_words_credited_through_a_pronoun_of_a_body_are_held_to_whoever_said_them() -> None:
    # "When the board renewed her contract, it said that she had “...”": "it" is the board, whoever the cast took it
    # for (here a person named before): the board's saved words verify the quote, they misattribute nothing.
    board = saved("Halden Philharmonic Board", "The board is delighted. Marquardt has transformed the orchestra.")
    credited = replace(quote("Marquardt has transformed the orchestra", "Johan Brekke"), mention="it")
    finding = judge(credited, [board])
    assert finding.verdict is Verdict.VERIFIED and finding.evidence and finding.evidence.speaker == board.speaker
    assert judge(replace(credited, mention="he"), [board]).verdict is Verdict.MISATTRIBUTED


def test_words_another_said_word_for_word_are_misattributed_though_the_credited_speaker_said_something_like_them() -> (
    None
):
    store = [
        saved("ANA REYES", "We fully understand the harbour and the people who work in it, and we will keep it open."),
        saved("TOM BRANDT", "We fully understand the harbour and the people who live by it, and we will keep it open."),
    ]
    claim = "We fully understand the harbour and the people who live by it"
    finding = decide(claim, store=store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.evidence is not None
    assert finding.evidence.speaker == "TOM BRANDT"
    # Only word for word: a statement of another as loosely like it as the credited speaker's leaves it altered.
    store[1] = saved("TOM BRANDT", "We fully understand the harbour and the people who live near it.")
    assert decide(claim, store=store).verdict is Verdict.ALTERED
    # A short phrase is anyone's.
    assert (
        decide(
            "We fully understand the harbour",
            store=store[:1] + [saved("TOM BRANDT", "We fully understand the harbour.")],
        ).verdict
        is not Verdict.MISATTRIBUTED
    )


@pytest.mark.parametrize(
    ("credited", "own", "other", "said"),
    [
        ("Tom Hale", "I drive to the library.", "We pay a lot. We feel totally cheated.", "We feel totally cheated"),
        ("Klaus Bauer", "Ich fahre in die Stadt.", "Wir zahlen. Wir fühlen uns veräppelt.", "Wir fühlen uns veräppelt"),
        ("Paul Morel", "Je vais à la médiathèque.", "Nous payons tant. On se moque de nous.", "On se moque de nous"),
        ("Luis Vidal", "Voy a la biblioteca.", "Pagamos. Nos sentimos muy engañados.", "Nos sentimos muy engañados"),
    ],
)
def test_a_short_sentence_anothers_saved_answer_holds_whole_is_theirs_though_the_article_repeats_it_for_the_credited(
    credited: str, own: str, other: str, said: str
) -> None:
    # The article repeats the words for the credited speaker (a subhead), and only that repeat holds them for him; his
    # saved answer lacks them, and a whole sentence of someone else's saved answer is them: misattributed.
    store = [
        saved(credited.upper(), own),
        saved("MARIA ROSS", other),
        Statement(credited, said, StatementKind.QUOTE, Origin.ARTICLE, "a.html", line=2, span=(10, 10 + len(said))),
    ]
    finding = decide(said, credited, store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.evidence and finding.evidence.speaker == "MARIA ROSS"
    # A phrase inside a longer sentence of theirs is anyone's; so are the words when no saved answer of the credited
    # speaker shows what he said.
    inside = saved("MARIA ROSS", f"{other.split('. ')[0]}. Honestly, {said[0].lower()}{said[1:]} by now.")
    assert decide(said, credited, [store[0], inside, store[2]]).verdict is Verdict.VERIFIED
    assert decide(said, credited, store[1:]).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("credited", "label", "namesake", "said"),
    [
        ("GOFF", "YANN LE GOFF", "MAÏWENN LE GOFF", "On nous parle de compensation, mais personne ne sait combien."),
        ("HALE", "TOM HALE", "RUTH HALE", "Nobody has told us how much the compensation will be."),
        ("BAUER", "KLAUS BAUER", "RENATE BAUER", "Niemand weiß, wie hoch die Entschädigung sein wird."),
        ("VIDAL", "LUIS DE VIDAL", "ANA VIDAL", "Nadie sabe todavía cuánto será la compensación."),
    ],
)
def test_words_of_a_person_whose_name_holds_the_credited_one_are_at_most_a_warning_misattributed(
    credited: str, label: str, namesake: str, said: str
) -> None:
    # The cast cut the name the row writes ("YANN LE GOFF, qualité : « … »" credited to "GOFF", a label's surname in
    # capitals reading as an acronym): the credit may be the record's speaker cut short, no proof of anyone else.
    store = [saved(label, said), saved(namesake, "Je ne suis pas contre. Ich bin dagegen. I am not against it.")]
    finding = judge(replace(quote(said.rstrip("."), credited), mention=label), store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.WARNING
    # Another person named in full is no part of the record's speaker's name: an error.
    other = judge(replace(quote(said.rstrip("."), "Paul Morel"), mention="Paul Morel"), store)
    assert other.verdict is Verdict.MISATTRIBUTED and other.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("credited", "unit", "said", "quoted"),
    [
        ("Guardia Civil", "Comandancia de la Guardia Civil de Valdemora", "Se llevaron joyas por valor de 180.000 euros.",
         "por valor de 810.000 euros"),
        ("Harbour Police", "Harbour Police Marine Unit", "The boats were worth 180,000 pounds in all.",
         "worth 810,000 pounds in all"),
        # (its adjective declined otherwise: "das Städtische Bauamt" of "Städtisches Bauamt für den Kreis Lahnau")
        ("Städtische Bauamt", "Städtisches Bauamt für den Kreis Lahnau", "Der Umbau der Brücke kostete 180.000 Euro.",
         "der Umbau der Brücke kostete 810.000 Euro"),
    ],
)
def test_words_of_a_unit_named_after_the_credited_body_are_the_bodys(
    credited: str, unit: str, said: str, quoted: str
) -> None:
    """A body's name standing inside its unit's ("Guardia Civil" in "Comandancia de la Guardia Civil de Valdemora"):
    one speaker, so a changed number is an alteration, no misattribution; another body named in full stays another."""
    store = [saved(unit, said)]
    assert decide(quoted, credited, store).verdict is Verdict.ALTERED
    assert decide(quoted, "Policía Local", store).verdict is Verdict.MISATTRIBUTED
    assert decide(quoted, "Städtische Schulamt", store).verdict is Verdict.MISATTRIBUTED  # another noun: another body


# Round 49 (groups49): a body's unit written with the body in the genitive, its last word declined ("Wettkampfjury des
# Deutschen Skiverbands"), is the body a record names undeclined ("Deutscher Skiverband")
@pytest.mark.parametrize(
    ("credited", "body", "said", "quoted"),
    [
        ("Wettkampfjury des Deutschen Skiverbands", "Deutscher Skiverband", "Der Start wurde verschoben.",
         "der Start wurde verschoben"),
        ("Vorstand des Bayerischen Schwimmverbands", "Bayerischer Schwimmverband", "Das Becken bleibt bis März zu.",
         "das Becken bleibt bis März zu"),
        ("Präsidium des Hessischen Tennisverbandes", "Hessischer Tennisverband", "Die Halle kostet 2 Millionen Euro.",
         "die Halle kostet 2 Millionen Euro"),
    ],
)
def test_a_bodys_unit_with_the_body_in_the_genitive_is_the_bodys(
    credited: str, body: str, said: str, quoted: str
) -> None:
    store = [saved(body, said)]
    assert decide(quoted, credited, store).verdict is Verdict.VERIFIED
    assert decide(quoted, "Vorstand des Sächsischen Schwimmverbands", store).verdict is Verdict.MISATTRIBUTED
    assert decide(quoted, "Petra Andreas", [saved("Petra Andrea", said)]).verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("credited", "author", "said"),
    [
        # (round 49, verdicts49) a body's name in the genitive, as a document's owner is written, and a unit named with
        # it ("heißt es im Protokoll der Wettkampfjury des Deutschen Skiverbands" of a document saved under "Deutscher
        # Skiverband": blind set 52's verified quote came out misattributed)
        ("Schiedsgericht des Sächsischen Fußballverbandes", "Sächsischer Fußballverband",
         "Das Spiel wird am 12. März wiederholt."),
        ("Bayerischen Rundfunks", "Bayerischer Rundfunk", "Die Sendung fällt am Freitag wegen der Wahl aus."),
        ("Vorstand des Österreichischen Alpenvereins", "Österreichischer Alpenverein",
         "Die Hütte bleibt bis Ostern geschlossen."),
        ("Jury des Deutschen Jugendfilmpreises", "Deutscher Jugendfilmpreis", "Der Preis geht an die Klasse 9b."),
    ],
)
def test_words_of_a_body_credited_in_the_genitive_or_through_its_unit_are_the_bodys(
    credited: str, author: str, said: str
) -> None:
    store = [saved(author, said)]
    assert decide(said.rstrip("."), credited, store).verdict is Verdict.VERIFIED
    # another body of that declension stays another body
    assert decide(said.rstrip("."), "Hessischen Rundfunks", store).verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("quoted", "typed", "changed"),
    [
        ("Es un día histórico para la ciudad", "Es un dia historico para la ciudad.", "Es un dia triste para la ciudad."),
        ("L'hôpital est plein depuis lundi", "L'hopital est plein depuis lundi.", "L'hopital est vide depuis lundi."),
        ("Die Brücke bleibt bis Freitag gesperrt", "Die Bruecke bleibt bis Freitag gesperrt.", "Die Bruecke bleibt offen."),
        ("The café will reopen in the spring", "The cafe will reopen in the spring.", "The cafe will close in the spring."),
    ],
)
def test_a_source_typed_without_accents_holds_the_quote_that_writes_them(quoted: str, typed: str, changed: str) -> None:
    # A post typed in haste, a transcript in plain letters: the accents a writer puts back change no word.
    assert decide(quoted, store=[saved("ANA REYES", typed)]).verdict is Verdict.VERIFIED
    assert decide(quoted, store=[saved("ANA REYES", changed)]).verdict is not Verdict.VERIFIED


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        ("Wir würden das Werk im Sommer schließen", "Wir wurden das Werk im Sommer schließen."),
        ("Ich müsste das Geld zurückzahlen", "Ich musste das Geld zurückzahlen."),
        ("Die Brücke bleibt bis Freitag gesperrt", "Die Brucke bleibt bis Freitag gesperrt."),
        ("Sí, el alcalde firmará el contrato mañana", "Si el alcalde firmará el contrato mañana."),
        ("El alcalde firmó el contrato, según él", "El alcalde firmo el contrato, según él."),
        ("Nous avons péché par excès de prudence", "Nous avons pêché par excès de prudence."),
    ],
)
def test_a_word_an_accent_or_umlaut_tells_apart_is_changed_when_both_texts_write_accents(quoted: str, said: str) -> None:
    # Accents are left out only when one text writes none at all (typed in haste); an umlaut's plain spelling is
    # "ue", so "wurden" and "Brucke" are other words than "würden" and "Brücke".
    assert decide(quoted, store=[saved("ANA REYES", said)]).verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        # against a text that writes no accent at all: a word an accent tells apart stays another word
        ("Él no está en el consejo y no votará", "El no esta en el consejo y no votara."),
        ("Sí, el ferry seguirá en marzo", "Si el ferry seguira en marzo, lo veremos."),
        ("Où est passé le budget du port ?", "Ou est passe le budget du port ?"),
    ],
)
def test_a_word_an_accent_tells_apart_is_changed_against_a_text_writing_no_accents(quoted: str, said: str) -> None:
    assert decide(quoted, store=[saved("ANA REYES", said)]).verdict is Verdict.ALTERED
    # (the other words still compare without their accents)
    plain = quoted.replace("Él", "El").replace("Sí,", "Si").replace("Où", "Ou")
    assert decide(plain, store=[saved("ANA REYES", said)]).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        ("Nos vemos a las 17 h en la plaza", "Nos vemos a las 17 horas en la plaza."),
        ("Rendez-vous à 17 heures sur la place", "Rendez-vous à 17 h sur la place."),
        ("Wir treffen uns um 17 h am Markt", "Wir treffen uns um 17 Uhr am Markt."),
        ("We meet at 5 o'clock in the square", "We meet at 5 hrs in the square."),
    ],
)
def test_a_time_of_day_written_with_another_languages_unit_is_the_same_time(quoted: str, said: str) -> None:
    assert decide(quoted, store=[saved("ANA REYES", said)]).verdict is Verdict.VERIFIED
    assert decide(quoted.replace("17", "18").replace(" 5 ", " 6 "), store=[saved("ANA REYES", said)]).verdict is (
        Verdict.ALTERED
    )


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        ("Nous avons attendu des heures à la gare", "Nous avons attendu des h à la gare."),
        ("Die Uhr läuft für die Stadt", "Die h läuft für die Stadt."),
    ],
)
def test_a_clock_word_after_no_number_is_a_word_like_others(quoted: str, said: str) -> None:
    assert decide(quoted, store=[saved("ANA REYES", said)]).verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    ("said", "same", "other"),
    [
        (
            "50 per cent of the workforce will lose their jobs, and calls have doubled since last year.",
            "Half of our people are going, and we get twice as many calls as last year",
            "A quarter of our people are going, and we get three times as many calls as last year",
        ),
        (
            "50 Prozent der Mitarbeiter verlieren ihre Arbeit, und die Anrufe haben sich verdoppelt.",
            "Die Hälfte der Leute muss gehen, und wir haben doppelt so viele Anrufe",
            "Ein Viertel der Leute muss gehen, und wir haben dreifach so viele Anrufe",
        ),
        (
            "El 50 % de los trabajadores perderá el trabajo y las llamadas se han duplicado.",
            "La mitad de la gente se va y recibimos el doble de llamadas",
            "Un tercio de la gente se va y recibimos el triple de llamadas",
        ),
        (
            "50 % des employés vont perdre leur travail et les appels ont doublé.",
            "La moitié des gens partent et nous recevons deux fois plus d'appels",
            "Un quart des gens partent et nous recevons trois fois plus d'appels",
        ),
        # a count of shares ("three quarters", "drei Viertel", "trois cinquièmes": an ordinal after the count) and the
        # percentage that is that share
        (
            "75 per cent of the workforce will lose their jobs, and a third of the shops will close.",
            "Three quarters of our people are going, and 33 per cent of the shops will close",
            "Two thirds of our people are going, and 33 per cent of the shops will close",
        ),
        (
            "75 Prozent der Mitarbeiter verlieren ihre Arbeit, und 20 Prozent der Läden schließen.",
            "Drei Viertel der Leute müssen gehen, und ein Fünftel der Läden schließt",
            "Zwei Drittel der Leute müssen gehen, und ein Fünftel der Läden schließt",
        ),
        (
            "El 66 % de los trabajadores perderá el trabajo y cerrará el 75 % de las tiendas.",
            "Dos tercios de la gente se va y cerrarán tres cuartos de las tiendas",
            "Dos tercios de la gente se va y cerrarán dos cuartos de las tiendas",
        ),
        (
            "60 % des employés vont perdre leur travail et 66 % des magasins vont fermer.",
            "Trois cinquièmes des gens partent et deux tiers des magasins vont fermer",
            "Trois quarts des gens partent et deux tiers des magasins vont fermer",
        ),
        # a count out of a number ("one in three", "jede dritte", "un sur trois", "uno de cada tres") and the
        # percentage that is that share
        (
            "33 per cent of the workforce will lose their jobs, and calls have doubled since last year.",
            "One in three of our people are going, and we get twice as many calls as last year",
            "One in four of our people are going, and we get twice as many calls as last year",
        ),
        (
            "33 Prozent der Mitarbeiter verlieren ihre Arbeit, und die Anrufe haben sich verdoppelt.",
            "Jeder dritte muss gehen, und wir haben doppelt so viele Anrufe",
            "Jeder fünfte muss gehen, und wir haben doppelt so viele Anrufe",
        ),
        (
            "El 33 % de los trabajadores perderá el trabajo y las llamadas se han duplicado.",
            "Uno de cada tres se va y recibimos el doble de llamadas",
            "Uno de cada cuatro se va y recibimos el doble de llamadas",
        ),
        (
            "33 % des employés vont perdre leur travail et les appels ont doublé.",
            "Un sur trois part et nous recevons deux fois plus d'appels",
            "Un sur cinq part et nous recevons deux fois plus d'appels",
        ),
    ],
)
def test_a_figure_said_in_other_words_is_no_number_added(said: str, same: str, other: str) -> None:
    # "Half" of "50 per cent", "twice as many" of "doubled": a reworded quote with the source's figures adds none (a
    # warning); a share or a multiple the source does not say is a number added (an error).
    store = [saved("ANA REYES", said)]
    reworded = judge(replace(quote(same), mention="Reyes"), store)
    assert reworded.verdict in (Verdict.PARAPHRASED, Verdict.UNSUPPORTED) and reworded.severity is Severity.WARNING
    changed = judge(replace(quote(other), mention="Reyes"), store)
    assert changed.severity is Severity.ERROR and any("number" in c.flags for c in changed.changes)


def test_a_saved_statement_whose_stored_terms_lack_a_word_of_the_quote_is_not_aligned_for_it() -> None:
    # The store's statements come with their index terms: those that cannot hold the quote word for word are
    # ruled out without normalising their text (what aligning them would cost).
    own = saved("ANA REYES", "We fully understand the harbour and the people who work in it.")
    text = "We fully understand the harbour and the people who live by it, and we will keep it open."
    claim = "We fully understand the harbour and the people who live by it"
    stored = replace(saved("TOM BRANDT", text), terms=" ".join(index_terms(text)))
    assert decide(claim, store=[own, stored]).verdict is Verdict.MISATTRIBUTED
    without_live = replace(stored, terms=" ".join(t for t in index_terms(text) if t != "live"))
    assert decide(claim, store=[own, without_live]).verdict is Verdict.ALTERED


def test_reworded_is_paraphrased_with_what_the_source_lacks() -> None:
    finding = decide("Ohio roads will get 4 billion while taxes stay flat next year")
    assert finding.verdict is Verdict.PARAPHRASED
    assert "stay flat" in finding.message and finding.evidence is not None


def test_a_short_clause_echoed_by_a_name_and_a_noun_is_no_paraphrase_of_a_quote_of_many_ideas() -> None:
    # The echo route of the paraphrase rule counts a name once in the claim's share: "Lake Tahoe" and "visits"
    # are 2 of the claim's 9 ideas (3 of its 10 words), not a rewording of the clause.
    store = [saved("ANA REYES", "The mayor spent the summer abroad, including visits to Lake Tahoe.")]
    finding = decide(
        "Critics questioned the council's costly visits to Lake Tahoe and the mayor's lavish dinners", store=store
    )
    assert finding.verdict is Verdict.UNSUPPORTED


def test_a_quote_embellishing_a_short_remark_is_paraphrased() -> None:
    store = [
        saved(
            "ANA REYES", "It is too early to say how it ends, but it is clear that Riverside County will participate."
        )
    ]
    finding = decide("Riverside County and the state will participate in the cleanup", store=store)
    assert finding.verdict is Verdict.PARAPHRASED and "cleanup" in finding.message


@pytest.mark.parametrize(
    ("claim", "said", "negation"),
    [
        (
            "The depot will close in March, and the drivers will notice.",
            "The depot will not close in March, whatever the board decides, and the drivers would notice if it did.",
            "not",
        ),
        (
            "Nous fermerons la piscine en août, et les familles le verront.",
            "Nous ne fermerons pas la piscine en août, quoi que décide le conseil, et les familles le verraient si "
            "nous le faisions.",
            "pas",
        ),
        (
            "Cerraremos la piscina en agosto y las familias lo notarán.",
            "No cerraremos la piscina en agosto, decida lo que decida el pleno, y las familias lo notarían si lo "
            "hiciéramos.",
            "No",
        ),
    ],
)
def test_a_sentence_cut_without_a_mark_and_changed_is_altered_however_much_was_left_out(
    claim: str, said: str, negation: str
) -> None:
    # Every word but one stands in the sentence in its order; the cut left out a clause and the negation.
    finding = decide(claim, store=[saved("ANA REYES", said)])
    assert finding.verdict is Verdict.ALTERED
    assert any(c.source == negation and "negation" in c.flags for c in finding.changes)


def test_a_few_words_picked_from_a_long_sentence_are_no_cut_of_it() -> None:
    said = (
        "If the ministry agrees to the plans we sent in the spring and the budget allows it after the elections, "
        "we will build homes."
    )
    assert kept_in_order(prepare("The ministry will build homes for the town"), said, 0) is None  # more left out
    assert kept_in_order(prepare("the plans we sent"), said, 0) is None  # too few words to tell
    assert kept_in_order(prepare("If the ministry agrees to the plans we sent"), said, 0) == (0, 43)


def _cued(text: str, speaker: str, mention: str | None) -> Claim:
    return replace(quote(text, speaker), mention=mention, cued=True)


def _changed_error(claim: Claim, store: list[Statement], lead: str, earlier: str) -> Finding:
    """The finding of a quote whose words a saved record holds changed, asserted an error."""
    finding = judge(claim, store, lead=lead, earlier=earlier)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    return finding


@pytest.mark.parametrize(
    ("earlier", "lead", "mention", "text", "said"),
    [
        (
            "Man muss dem Bürgermeister zugutehalten, dass er nichts schönredet. Hauke Rothenberg hat in der "
            "Bürgerschaft gesagt, die Brücke bleibe zu.\nHannelore Meyer, Bremen-Findorff",
            "Ich traute meinen Ohren nicht, als der Bürgermeister in der Bürgerschaft erklärte: ",
            "der Bürgermeister",
            "Zwei Jahre Sperrung sind für Walle zumutbar.",
            "Zwei Jahre Sperrung sind für Walle eine Zumutung, das weiß ich.",
        ),
        (
            "Say what you like about the mayor, he is honest. Hauke Rothenberg told the council the bridge stays shut."
            "\nMary Lane, Leeds",
            "I could not believe it when the mayor told the chamber: ",
            "the mayor",
            "Two years of closure is acceptable for the ward.",
            "Two years of closure is a burden for the ward, I know that.",
        ),
    ],
)
def test_a_description_the_article_gives_the_records_speaker_by_name_is_that_speaker(
    earlier: str, lead: str, mention: str, text: str, said: str
) -> None:
    # (round 35: a reader's letter quoting "der Bürgermeister", whom the letter before names only in the sentence
    # after the role; the cast did not tie them, so the changed word was held to the record as a warning)
    store = [saved("Hauke Rothenberg", said)]
    role = mention.split()[-1]
    finding = _changed_error(_cued(text, role, mention), store, lead, earlier)
    assert finding.claim.speaker == "Hauke Rothenberg"
    # Not when another person is named beside the role, nor when the role stands far from the record's name
    crowded = earlier.replace("Hauke Rothenberg", "Hauke Rothenberg, with Jan Brook,")
    assert judge(_cued(text, role, mention), store, lead=lead, earlier=crowded).severity is Severity.WARNING
    far = "The bridge was shut in May. " + earlier.split(". ", 1)[1]
    assert judge(_cued(text, role, mention), store, lead=lead, earlier=far).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("earlier", "lead", "text", "mention", "label"),
    [
        (
            "The captain, Ruth Mole, planned the peal with her uncle, Peter Lund, who rang in 1987.",
            "The oldest ringer was the calmest in the tower. ",
            "I have rung this peal twice in forty years",
            "he",
            "PETER LUND",
        ),
        (
            "La gardienne du phare, Claire Aubin, a ouvert la porte aux visiteurs.",
            "Sur la tempête, ",
            "Nous avons perdu deux vitres et une partie du toit",
            "elle",
            "CLAIRE AUBIN",
        ),
        (
            "Der Förster Jonas Brandl führte die Gruppe durch den Wald.",
            "Am Ende des Weges blieb die Gruppe stehen. ",
            "Hier stand vor zwanzig Jahren noch ein ganzer Wald",
            "er",
            "JONAS BRANDL",
        ),
    ],
)
def test_a_pronoun_the_cast_gave_someone_the_article_has_not_named_since_is_held_to_the_record_named_last(
    earlier: str, lead: str, text: str, mention: str, label: str
) -> None:
    store = [saved(label, text + ".")]
    claim = _cued(text, "Sunil Varma", mention)
    finding = judge(claim, store, lead=lead, earlier=earlier)
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == resolved_name(label)
    # The article's own credit stands: the credited speaker named in the quote's paragraph, or named after the
    # record's speaker, or a pronoun of the other gender than the record's speaker.
    assert judge(claim, store, lead="Sunil Varma stood up. ", earlier=earlier).verdict is Verdict.MISATTRIBUTED
    assert judge(claim, store, lead=lead, earlier=earlier + " Sunil Varma spoke next.").verdict is (
        Verdict.MISATTRIBUTED
    )
    other = {"he": "she", "elle": "il", "er": "sie"}[mention]
    assert judge(_cued(text, "Sunil Varma", other), store, lead=lead, earlier=earlier).verdict is (
        Verdict.MISATTRIBUTED
    )


@pytest.mark.parametrize(
    ("earlier", "lead", "text", "mention", "label", "said", "crowded"),
    [
        (
            "Sunil Varma spoke first. The harbour pilot, Owen Tully, still had the chart under his arm.",
            "“We came in on the tide.” ",
            "We saw the buoy drift, we just turned",
            "he",
            "OWEN TULLY",
            "We never saw the buoy drift, we just turned.",
            "Sunil Varma spoke first. Next to Mark Price, the harbour pilot, Owen Tully, still had the chart.",
        ),
        (
            "Sunil Varma a parlé d'abord. La pilote du port, Margaux Fave, tenait encore la carte.",
            "« On est entrées avec la marée. » ",
            "J'ai vu la bouée dériver, j'ai juste viré",
            "elle",
            "MARGAUX FAVE",
            "J'ai pas vu la bouée dériver, j'ai juste viré.",
            "Sunil Varma a parlé d'abord. À côté de Léa Roux, la pilote du port, Margaux Fave, tenait la carte.",
        ),
        (
            "Sunil Varma sprach zuerst. Der Lotse Henrik Almer hatte die Karte noch unter dem Arm.",
            "„Wir kamen mit der Flut.“ ",
            "Wir haben die Boje treiben sehen, wir haben gewendet",
            "er",
            "HENRIK ALMER",
            "Wir haben die Boje nicht treiben sehen, wir haben gewendet.",
            "Sunil Varma sprach zuerst. Neben Jan Kolbe hatte der Lotse Henrik Almer die Karte unter dem Arm.",
        ),
        (
            "Sunil Varma habló primero. La práctica del puerto, Nerea Ibarra, aún tenía la carta bajo el brazo.",
            "«Entramos con la marea». ",
            "Vimos la boya derivar, solo giramos",
            "ella",
            "NEREA IBARRA",
            "No vimos la boya derivar, solo giramos.",
            "Sunil Varma habló primero. Junto a Ana Gil, la práctica del puerto, Nerea Ibarra, tenía la carta.",
        ),
    ],
)
def test_a_pronoun_held_to_the_record_named_last_alone_in_its_sentence_is_an_error_when_a_negation_flips(
    earlier: str, lead: str, text: str, mention: str, label: str, said: str, crowded: str
) -> None:
    # The cast gave the pronoun someone named before; the article's nearest name, alone in its sentence, and the
    # record both say whose the words are: the dropped negation is an error.
    store = [saved(label, said)]
    claim = _cued(text, "Sunil Varma", mention)
    finding = judge(claim, store, lead=lead, earlier=earlier)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == resolved_name(label)
    # Another person of the pronoun's gender named in that sentence before them: the pronoun may be theirs.
    assert judge(claim, store, lead=lead, earlier=crowded).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("earlier", "lead", "text", "speaker", "mention", "label", "said"),
    [
        (
            "« C'est promis », a rappelé la maire, Anne Séverac. L'élue a ensuite détaillé le coût.",
            "Interrogée sur une hausse, elle a été catégorique : ",
            "Le prix du ticket ne sera pas augmenté en mars",
            "L'élue",
            "elle",
            "ANNE SÉVERAC",
            "Le prix du ticket sera discuté en mars.",
        ),
        (
            "The council's leader, Gareth Pym, opened the meeting. The councillor then turned to the budget.",
            "Asked about the libraries, ",
            "We will close two of the branch libraries next year",
            "The councillor",
            "he",
            "GARETH PYM",
            "We will not close any of the branch libraries next year.",
        ),
    ],
)
def test_changed_words_of_the_person_named_last_before_a_quote_that_names_no_one_are_an_error(
    earlier: str, lead: str, text: str, speaker: str, mention: str, label: str, said: str
) -> None:
    store = [saved(label, said)]
    claim = _cued(text, speaker, mention)
    finding = judge(claim, store, lead=lead, earlier=earlier)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == resolved_name(label)
    # Someone else named since: who the pronoun stands for is the cast's guess, the record's alone says whose.
    named_since = judge(claim, store, lead=lead, earlier=earlier + " Paul Mercier protested.")
    assert named_since.verdict is Verdict.ALTERED and named_since.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("lead", "text", "label", "said"),
    [
        (
            "Olaf Rieck, Geschäftsführer des Tourismusverbands Inselküste, hält dagegen. Viele Ferienwohnungen seien "
            "nie Dauerwohnungen gewesen, sagt er. Und weiter: ",
            "Der Tourismus bringt der Insel 900 Millionen Euro im Jahr.",
            "OLAF RIECK",
            "Der Tourismus ist die wichtigste Einnahmequelle der Insel.",
        ),
        (
            "Olaf Rieck, director of the Island Tourism Board, disagreed. Holiday lets were never homes, he said. "
            "And further: ",
            "Tourism brings the island 900 million euros a year.",
            "OLAF RIECK",
            "Tourism is the main source of income for the island.",
        ),
        (
            "Olaf Rieck, directeur de l'office du tourisme de l'île, conteste. Les meublés n'ont jamais été des "
            "logements, dit-il. Et encore : ",
            "Le tourisme rapporte 900 millions d'euros par an à l'île.",
            "OLAF RIECK",
            "Le tourisme est la principale source de revenus de l'île.",
        ),
        (
            "Olaf Rieck, director de la oficina de turismo de la isla, discrepa. Los pisos turísticos nunca fueron "
            "viviendas, dice. Y añade: ",
            "El turismo deja en la isla 900 millones de euros al año.",
            "OLAF RIECK",
            "El turismo es la principal fuente de ingresos de la isla.",
        ),
    ],
)
def test_a_figure_added_in_a_quote_with_no_cue_after_the_credited_speaker_named_last_is_an_error(
    lead: str, text: str, label: str, said: str
) -> None:
    # The cast credits the quote to the person the paragraph names (and no one else since, capitalised nouns and
    # the body he directs being no other person); his saved record is its closest source: two things say it is his.
    claim = quote(text, "Olaf Rieck")
    finding = judge(claim, [saved(label, said)], lead=lead)
    assert finding.verdict in (Verdict.PARAPHRASED, Verdict.UNSUPPORTED) and finding.severity is Severity.ERROR
    assert any("number" in c.flags for c in finding.changes)
    # Someone else named since: the cast's guess alone, a warning.
    later = judge(claim, [saved(label, said)], lead=lead + "Carmen Ortiz Vidal: ")
    assert later.verdict is finding.verdict and later.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("lead", "text", "label", "said"),
    [
        (
            "Su hermano Jorge, monitor del campamento, estuvo toda la noche con los niños. ",
            "A las tres de la mañana teníamos a veinte críos con fiebre",
            "JORGE VILLANUEVA",
            "A las tres de la mañana teníamos a doce críos con fiebre.",
        ),
        (
            "Her son Tom, who runs the farm now, walked the flooded fields at dawn. ",
            "We lost forty ewes in the first night alone",
            "TOM HARGREAVES",
            "We lost fourteen ewes in the first night alone.",
        ),
        (
            "Sa fille Claire, 29 ans, a repris la saline l'an dernier. ",
            "Nous avons formé six apprentis cette année",
            "CLAIRE LE GOFF",
            "Nous avons formé deux apprentis cette année.",
        ),
        (
            "Ihr Bruder Lukas, Zugführer der Wehr, war als Erster am Gerätehaus. ",
            "Wir waren in neun Minuten am Einsatzort",
            "LUKAS HALLER",
            "Wir waren in vierzehn Minuten am Einsatzort.",
        ),
    ],
)
def test_changed_figures_of_the_person_the_paragraph_names_last_by_first_name_with_no_cue_subject_are_an_error(
    lead: str, text: str, label: str, said: str
) -> None:
    store = [saved(label, said)]
    claim = replace(quote(text, None), cued=True)
    finding = judge(claim, store, lead=lead)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == resolved_name(label)
    # A namesake among the sources, a full name written after the first name, or no first name: the record alone
    # says whose the words are, at most a warning.
    first = label.split()[0].capitalize()
    namesake = [*store, saved(f"{first.upper()} MORENO", "Otra cosa dicha aparte, sin relación alguna con esto.")]
    assert judge(claim, namesake, lead=lead).severity is Severity.WARNING
    assert judge(claim, store, lead=lead + "Carmen Ortiz watched. ").severity is Severity.WARNING
    assert judge(claim, store, lead="It was a long night. ").severity is Severity.WARNING


@pytest.mark.parametrize(
    ("text", "label", "said"),
    [
        (
            "Non, nous augmenterons nos prix de dix pour cent",
            "CLAIRE LE GOFF",
            "Non, nous n'augmenterons pas nos prix cette année.",
        ),
        ("No, we will raise our fares by ten per cent", "TOM HARGREAVES", "No, we will not raise our fares this winter."),
        ("Nein, wir erhöhen die Preise um zehn Prozent", "LUKAS HALLER", "Nein, wir erhöhen die Preise nicht in diesem Jahr."),
        (
            "Este año vamos a subir las tarifas un diez por ciento",
            "JORGE VILLANUEVA",
            "Este año no vamos a subir las tarifas de los autobuses.",
        ),
    ],
)
def test_a_sentence_kept_with_its_negation_left_out_and_its_end_replaced_is_altered_whoever_it_is_credited_to(
    text: str, label: str, said: str
) -> None:
    # The quote keeps the sentence's opening in order, its negation left out, and replaces its last words: that
    # sentence changed, not another said in other words; for the speaker named at the quote and, with no one named
    # there (an interview's answer, a description), for the one whose record holds it.
    store = [saved(label, said)]
    for claim in (quote(text, resolved_name(label)), replace(quote(text, "la portavoz"), mention="la portavoz")):
        finding = judge(claim, store)
        assert finding.verdict is Verdict.ALTERED and "negation" in {f for c in finding.changes for f in c.flags}
        assert finding.claim.speaker == resolved_name(label)


@pytest.mark.parametrize(
    ("lead", "body", "mention", "text"),
    [
        (
            "Sabine Grahl vom Mieterbund Haffküste sagt, Familien suchten oft monatelang. ",
            "Mieterbund Haffküste",
            "sie",
            "Wir haben Mitglieder, die mit zwei Kindern in einer Zweizimmerwohnung leben",
        ),
        (
            "Helen Price, of the Tenants Union, said families wait for months. ",
            "Tenants Union",
            "she",
            "We have members living with two children in a one-bedroom flat",
        ),
        (
            "Claire Aubin, de l'Association Toit Breton, explique que les familles attendent des mois. ",
            "Association Toit Breton",
            "elle",
            "Nous avons des adhérents qui vivent à quatre dans un deux-pièces",
        ),
        (
            "Ana Ruiz, del Sindicato de Inquilinos, cuenta que las familias esperan meses. ",
            "Sindicato de Inquilinos",
            "ella",
            "Tenemos socios que viven con dos hijos en un piso de una habitación",
        ),
    ],
)
def test_a_body_the_paragraph_gives_the_person_named_before_the_quote_is_their_affiliation_not_the_speaker(
    lead: str, body: str, mention: str, text: str
) -> None:
    # The cast credited the body; the cue is a pronoun; the paragraph names the person whose record holds the words,
    # their body right after their name: the words are theirs. The body named on its own after the person: the
    # article's own credit stands.
    label = " ".join(lead.split()[:2]).strip(",").upper()
    findings = [
        judge(_cued(text, body, mention), [saved(label, text + ".")], lead=paragraph)
        for paragraph in (lead, lead + f"Die Stellungnahme von {body} folgte. ")
    ]
    assert [f.verdict for f in findings] == [Verdict.VERIFIED, Verdict.MISATTRIBUTED]
    assert findings[0].claim.speaker == resolved_name(label)


def resolved_name(label: str) -> str:
    return " ".join(w.capitalize() for w in label.split())


def test_claim_the_sources_lack_is_unsupported() -> None:
    finding = decide("Our schools deserve smaller classes and better pay")
    assert finding.verdict is Verdict.UNSUPPORTED
    assert finding.message.startswith("No source of Ana Reyes contains these words")


def test_an_unsupported_claim_stating_a_figure_nothing_of_the_speakers_record_holds_is_an_error() -> None:
    # The closest source shares too little to be a version of the claim ("spend"), but no saved word of the
    # speaker states 100 or 2030: the claim adds them (VF104, the message naming them).
    finding = judge(replace(quote("Every family will get 100 dollars to spend by 2030"), mention="Reyes"), STORE)
    assert finding.verdict is Verdict.UNSUPPORTED and finding.rule == "VF104" and finding.severity is Severity.ERROR
    assert [(c.claim, c.flags) for c in finding.changes] == [("100 dollars", ("number",)), ("2030", ("number",))]
    assert "states “100 dollars”, “2030” (number)" in finding.message
    # A figure the speaker said elsewhere is on record; a name or a negation with no version of the claim to
    # change is its topic, and "one" written out a pronoun as often as a count (VF202, a warning).
    for said in ("Every family in Ohio will get help", "Nobody will be left without a school bus", "No one asked us"):
        finding = judge(replace(quote(said), mention="Reyes"), STORE)
        assert finding.rule == "VF202" and finding.severity is Severity.WARNING, said
    on_record = judge(replace(quote("Every family will get 4 billion"), mention="Reyes"), STORE)
    assert on_record.rule != "VF104"


def test_a_figure_of_a_claim_sharing_no_word_with_the_speakers_record_is_added_to_it() -> None:
    # No content word in common with anything Ana Reyes said ("Taxes ... 4 billion on roads in Ohio"), so no closest
    # source; the record still states no "60": VF104, an error, the record shown as its evidence.
    finding = judge(replace(quote("It is the fastest crossing by a woman over 60 this season"), mention="Reyes"), STORE)
    assert finding.verdict is Verdict.UNSUPPORTED and finding.rule == "VF104" and finding.severity is Severity.ERROR
    assert [c.claim for c in finding.changes] == ["60"]
    assert finding.evidence is not None and finding.evidence.text.startswith("Thank you all.")
    # With no figure, it keeps no closest source (VF202, no evidence); credited through a pronoun, nothing but the
    # cast's guess ties it to her record (VF202).
    plain = judge(replace(quote("It is the fastest crossing by a woman this season"), mention="Reyes"), STORE)
    assert plain.rule == "VF202" and plain.evidence is None
    guessed = judge(replace(quote("It is the fastest crossing by a woman over 60 this season"), mention="she"), STORE)
    assert guessed.rule == "VF202" and guessed.severity is Severity.WARNING
    # A description with the name beside it ("said the mayor, Ana Reyes") shows the description and names her.
    named = replace(quote("It is the fastest crossing by a woman over 60 this season"), mention="the mayor", named=True)
    assert judge(named, STORE).rule == "VF104"
    assert judge(replace(named, named=False), STORE).rule == "VF202"


def test_a_changed_figure_in_words_the_paragraph_names_someone_before_is_an_error_with_no_cue() -> None:
    # No cue at the quote; the paragraph names Tom Brandt, whose saved words these are with a figure changed: the
    # paragraph and the record attest him, a changed fact is an error. A word changed stays a warning.
    claim = replace(quote("The harbour bridge will open in the spring, five months late, and under budget", None))
    lead = "Tom Brandt, the harbour master, was asked about the works. "
    finding = judge(claim, STORE, lead=lead)
    assert finding.verdict is Verdict.ALTERED and finding.claim.speaker == "Tom Brandt"
    assert finding.severity is Severity.ERROR
    worded = replace(claim, text="The harbour bridge will open in the spring, three months late, and within budget")
    assert judge(worded, STORE, lead=lead).severity is Severity.WARNING


def test_speaker_without_sources_is_unverified() -> None:
    finding = decide("Our schools deserve smaller classes and better pay", speaker="Lea Park")
    assert finding.verdict is Verdict.UNVERIFIED and finding.evidence is None


def test_other_body_quotes_of_the_same_speaker_do_not_make_a_quote_unsupported() -> None:
    article_quote = Statement(
        "Ana Reyes", "Our budget is balanced.", StatementKind.QUOTE, Origin.ARTICLE, "a.txt", span=(0, 23)
    )
    assert decide("Schools deserve smaller classes", store=[article_quote]).verdict is Verdict.UNVERIFIED
    headline = judge(quote("Schools deserve smaller classes", place=Place.HEADLINE), [article_quote])
    assert headline.verdict is Verdict.UNSUPPORTED


def test_words_that_differ_are_never_verified() -> None:
    for changed in (
        "Taxes will not fall next year",
        "Taxes will not rise this year",
        "Taxes will never rise next year",
    ):
        assert decide(changed).verdict is not Verdict.VERIFIED, changed


def _saved_post(text: str, fetched_at: str) -> Statement:
    return Statement(
        "Some Account",
        text,
        StatementKind.POST,
        Origin.SNAPSHOT,
        f"snapshots/post-{fetched_at}.json",
        url="https://x.com/someacct/status/42",
        handle="@someacct",
        fetched_at=fetched_at,
        key="post:x:42",
    )


def _post(text: str, published: str | None = None) -> Claim:
    return Claim(
        ClaimKind.POST,
        text,
        "Some Account",
        Place.POST,
        line=1,
        column=1,
        url="https://x.com/someacct/status/42",
        platform="x",
        author=Author("Some Account", "@someacct"),
        post_id="42",
        published=published,
    )


def test_a_post_is_judged_against_its_latest_capture_whatever_the_order() -> None:
    post = _post("We never said that.")
    captures = [
        _saved_post("We never said that.", "2025-03-02T00:00:00Z"),
        _saved_post("We said that.", "2025-03-01T00:00:00Z"),
    ]
    finding = judge(post, captures)
    assert finding.verdict is Verdict.VERIFIED
    assert finding.evidence is not None and finding.evidence.fetched_at == "2025-03-02T00:00:00Z"
    assert judge(post, list(reversed(captures))).evidence.fetched_at == "2025-03-02T00:00:00Z"


def test_a_post_dated_otherwise_than_its_capture_is_altered() -> None:
    post = _post("The ferry stays for the winter.", "2025-03-04")
    capture = _saved_post("The ferry stays for the winter.", "2025-03-06T00:00:00Z")
    for saved_day in ("2025-03-04", "2025-03-05", "2025-03-03T23:10:00Z", "2025-03-04T10:00:00", None, "March"):
        assert judge(post, [replace(capture, published=saved_day)]).verdict is Verdict.VERIFIED, saved_day
    for saved_day in ("2025-03-02", "2025-03-01T12:00:00Z", "2025-03-05T23:00:00+02:00", "2025-02-04"):
        finding = judge(post, [replace(capture, published=saved_day)])
        assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR, saved_day
        assert [c.flags for c in finding.changes] == [("number",)] and "2025-03-04" in finding.message
    # Words changed too: both changes are listed.
    worded = judge(replace(post, text="The ferry stays for the summer."), [replace(capture, published="2025-03-01")])
    assert worded.verdict is Verdict.ALTERED and len(worded.changes) == 2


def body_quote(text: str, speaker: str = "Lena Moss", line: int = 3) -> Statement:
    return Statement(speaker, text, StatementKind.QUOTE, Origin.ARTICLE, "a.txt", line=line, span=(40, 40 + len(text)))


def pull_quote(text: str, speaker: str | None = "Lena Moss") -> Claim:
    return Claim(
        ClaimKind.QUOTE, text, speaker, Place.PULLQUOTE, line=9, column=1, span=(600, 600 + len(text)), mention=speaker
    )


def test_pull_quote_with_a_bracketed_substitution_of_a_body_quote_is_verified() -> None:
    body = [body_quote("We will not stop until it is closed, and the fumes are gone.")]
    finding = judge(pull_quote("...we will not stop until [the depot] is closed"), body)
    assert finding.verdict is Verdict.VERIFIED and not finding.changes


def test_pull_quote_against_a_body_quote_with_brackets_and_gaps_is_verified() -> None:
    body = [body_quote("We will not stop until [the depot] is closed... The fumes are making children sick.")]
    for text in ("...we will not stop until it is closed", "We will not stop until it is closed. The fumes are making"):
        finding = judge(pull_quote(text), body)
        assert finding.verdict is Verdict.VERIFIED and not finding.changes, text
    changed = judge(pull_quote("...we will stop until it is closed"), body)
    assert changed.verdict is Verdict.ALTERED and [c.flags for c in changed.changes] == [("negation",)]


def test_excerpt_of_someone_elses_bracketed_quote_is_not_verified_for_the_wrong_speaker() -> None:
    body = [body_quote("We will not stop until [the depot] is closed, and the fumes are gone.", "Omar Field")]
    finding = judge(pull_quote("...we will not stop until it is closed, and the fumes are gone", "Lena Moss"), body)
    assert finding.verdict is Verdict.MISATTRIBUTED


def test_a_changed_amount_keeps_the_sentence_altered_in_any_language() -> None:
    store = [
        saved("CLAIRE VAUTRIN", "Nous consacrerons deux milliards d'euros au transport scolaire dans tout le pays.")
    ]
    finding = decide(
        "Nous consacrerons deux millions d'euros au transport scolaire dans le département", "Claire Vautrin", store
    )
    assert finding.verdict is Verdict.ALTERED
    assert any("number" in c.flags for c in finding.changes)


def test_a_name_part_the_cast_left_unresolved_is_the_credited_speaker() -> None:
    body = Statement(
        "Gerald", "Cuts are the only honest option we have left", StatementKind.QUOTE, Origin.ARTICLE, "a.html", 9
    )
    dek = Claim(ClaimKind.QUOTE, "the only honest option", "Gerald Doyle", Place.DEK, line=2, column=1, span=(5, 30))
    assert judge(dek, [body]).verdict is Verdict.VERIFIED
    other = Statement(
        "Nora Feeney", "Cuts are the only honest option we have left", StatementKind.QUOTE, Origin.ARTICLE, "a.html", 9
    )
    assert judge(dek, [other]).verdict is Verdict.MISATTRIBUTED


def test_a_transcript_label_in_capitals_keeps_its_first_name() -> None:
    store = [
        saved("PABLO MONTERO", "El vino se hace en el viñedo, no en la bodega."),
        saved("THORSTEN MAASS", "Der Streik endet am Freitag um 18 Uhr."),
        saved("STAATSANWALT KAAN YILDIZ", "Der Schaden liegt bei 12.000 Euro."),
    ]
    assert decide("El vino se hace en el viñedo", "Javier Montero", store).verdict is Verdict.MISATTRIBUTED
    assert decide("El vino se hace en el viñedo", "Pablo Montero", store).verdict is Verdict.VERIFIED
    assert decide("Der Streik endet am Freitag um 18 Uhr", "Thorsten Maaß", store).verdict is Verdict.VERIFIED
    assert decide("Der Schaden liegt bei 12.000 Euro", "Kaan Yıldız", store).verdict is Verdict.VERIFIED


def test_a_surname_two_people_bear_is_neither_of_them() -> None:
    brothers = [
        saved("PABLO MONTERO", "We sell two hundred thousand bottles a year, half of them abroad."),
        saved("JAVIER MONTERO", "We picked all forty hectares by hand this year."),
    ]
    bare = decide("We sell two hundred thousand bottles a year", "Montero", brothers)
    assert bare.verdict is Verdict.MISATTRIBUTED and bare.severity is Severity.WARNING
    # One Montero among the sources: the surname is his.
    assert decide("We sell two hundred thousand bottles a year", "Montero", brothers[:1]).verdict is Verdict.VERIFIED
    # A label of the surname alone, with two Monteros speaking: no proof the credited one said it.
    label = [saved("MONTERO", "We sell two hundred thousand bottles a year."), brothers[0]]
    found = decide("We sell two hundred thousand bottles a year", "Javier Montero", label)
    assert found.verdict is not Verdict.VERIFIED and found.severity is not Severity.ERROR
    alone = decide("We sell two hundred thousand bottles a year", "Javier Montero", label[:1])
    assert alone.verdict is Verdict.VERIFIED


def test_a_post_quote_altered_then_the_posts_own_words() -> None:
    store = [saved("ALAN BURKE", "We will keep the night ferry. The subsidy of 4 million is secure for five years.")]
    claim = Claim(
        ClaimKind.POST_QUOTE,
        "The subsidy of 4 billion is secure for five years. Really?",
        "Alan Burke",
        Place.POST,
        5,
        1,
    )
    finding = judge(claim, store)
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("number",)]
    assert "“Really?” is read as the post's own words" in finding.message
    # A changed sentence the speaker did say stays part of the quote, its change the finding.
    said = [saved("ALAN BURKE", "It is being discussed. We have to keep the ferry competitive.")]
    changed = replace(claim, text="It is being discussed. We have not to keep the ferry competitive.")
    finding = judge(changed, said)
    assert finding.verdict is Verdict.ALTERED and "own words" not in finding.message


def test_a_dek_repeating_a_body_quote_of_someone_else_is_one_finding_about_the_article() -> None:
    body = Statement(
        "Jay Inslee",
        "I picked her because she is the best person for the job",
        StatementKind.QUOTE,
        Origin.ARTICLE,
        "a.html",
        12,
        span=(400, 460),
    )
    dek = Claim(
        ClaimKind.QUOTE, "because she is the best for the job", "Raquel Montoya-Lewis", Place.DEK, 2, 1, span=(10, 40)
    )
    finding = judge(dek, [body])
    assert (finding.verdict, finding.severity, finding.rule) == (Verdict.MISATTRIBUTED, Severity.WARNING, "VF203")
    assert "nearly these words to Jay Inslee" in finding.message


def test_a_quote_credited_to_a_stray_word_joined_from_two_speakers_is_a_splice() -> None:
    store = [
        saved("HANNA LIND", "We will reopen the reading room in March. The heating is fixed."),
        saved("OMAR ESTEVEZ", "The pool stays closed until the roof is repaired, and that may take a year."),
    ]
    finding = decide(
        "We will reopen the reading room in March ... the pool stays closed until the roof is repaired", "warmer", store
    )
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.WARNING
    assert [c.flags for c in finding.changes] == [("splice",), ("splice",)]
    assert "HANNA LIND" in finding.message and "OMAR ESTEVEZ" in finding.message


def test_a_negation_closing_the_speakers_clause_cut_off_is_altered() -> None:
    store = [saved("ANA REYES", "Der Stadtrat bereut den Beschluss nicht. Die Fähre fährt weiter.")]
    cut = decide("Der Stadtrat bereut den Beschluss", store=store)
    assert cut.verdict is Verdict.ALTERED and [(c.source, c.flags) for c in cut.changes] == [("nicht", ("negation",))]
    # Across two sentences joined with no mark: the word between them is no whole sentence cut.
    joined = decide("Der Stadtrat bereut den Beschluss. Die Fähre fährt weiter.", store=store)
    assert joined.verdict is Verdict.ALTERED and "negation" in joined.changes[0].flags
    # A negation that goes on into its own clause, or is set off, is not the claim's.
    assert decide("We sold it", store=[saved("ANA REYES", "We sold it, not they.")]).verdict is Verdict.VERIFIED
    assert decide("We sold it", store=[saved("ANA REYES", "We sold it not for money.")]).verdict is Verdict.VERIFIED


def test_a_quote_joining_the_speakers_words_with_someone_elses_is_a_splice() -> None:
    store = [
        saved("HANNA LIND", "We will reopen the reading room in March."),
        saved("OMAR ESTEVEZ", "The pool stays closed until the roof is repaired."),
    ]
    finding = decide("We will reopen the reading room in March ... The pool stays closed", "Hanna Lind", store)
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("splice",), ("splice",)]
    assert "different people" in finding.message and "OMAR ESTEVEZ" in finding.message
    # The words of the other speaker alone are misattributed, not spliced.
    alone = decide("The pool stays closed ... until the roof is repaired", "Hanna Lind", store)
    assert alone.verdict is Verdict.MISATTRIBUTED


def test_a_post_shown_as_text_that_no_saved_post_of_its_account_holds_is_unsupported() -> None:
    shown = replace(_post("Our night market moves to the quay from June."), url="", post_id="")
    saved_one = _saved_post("The harbour festival is cancelled because of the storm warning.", "2025-03-02T00:00:00Z")
    finding = judge(shown, [saved_one])
    assert finding.verdict is Verdict.UNSUPPORTED and finding.severity is Severity.WARNING
    # With a URL it is that post alone: no capture of it, nothing to say.
    other = replace(saved_one, url="https://x.com/someacct/status/7", key="post:x:7")
    assert judge(_post("Our night market moves to the quay from June."), [other]).verdict is Verdict.UNVERIFIED
    # A reworded post of the account is a paraphrase.
    reworded = _saved_post("From June our night market moves down to the quay, with forty stalls.", "2025-03-02")
    assert judge(shown, [reworded]).verdict is Verdict.PARAPHRASED


def test_a_negation_right_before_words_changed_after_the_first_is_listed_with_the_change() -> None:
    store = [saved("ANA REYES", "No vamos a cerrar escuelas rurales este curso.")]
    finding = decide("Vamos a cerrar tres escuelas rurales este curso", store=store)
    assert finding.verdict is Verdict.ALTERED
    assert [(c.source or c.claim, c.flags) for c in finding.changes] == [("No", ("negation",)), ("tres", ("number",))]


def test_a_german_paraphrase_adds_no_name_with_a_noun_after_its_article() -> None:
    store = [saved("ANA REYES", "Die Sanierung der Turnhalle wird teuer, wir prüfen die Lage.")]
    nouns = decide(
        "Wir prüfen die Lage, weil die Sanierung der Turnhalle teuer wird und das Dach im Winter leckt", store=store
    )
    assert nouns.verdict is Verdict.PARAPHRASED and nouns.severity is Severity.WARNING
    said = "Wir prüfen mit Oberstdorf die Lage, weil die Sanierung der Turnhalle teuer wird"
    named = judge(replace(quote(said), mention="Ana Reyes"), store)
    assert named.severity is Severity.ERROR and [c.claim for c in named.changes] == ["Oberstdorf"]


@pytest.mark.parametrize(
    ("said", "first", "last", "near"),
    [
        (
            "We will close the pool in the summer for repairs. It will reopen in the autumn. Nobody will lose a season"
            " ticket. We thank the staff. The price will rise yesterday.",
            "We will close the pool in the summer",
            "yesterday",
            "for repairs",
        ),
        (
            "Wir schließen das Bad im Sommer für Reparaturen. Es öffnet im Herbst. Niemand verliert sein Abo. Wir"
            " danken dem Personal. Die Preise steigen gestern.",
            "Wir schließen das Bad im Sommer",
            "gestern",
            "für Reparaturen",
        ),
    ],
)
def test_a_splice_part_of_a_word_or_two_is_looked_for_after_the_part_before_it(
    said: str, first: str, last: str, near: str
) -> None:
    store = [saved("ANA REYES", said)]
    far = decide(f"{first} ... {last}", store=store)
    assert far.verdict is Verdict.ALTERED and [c.claim for c in far.changes if "splice" in c.flags] == [first, last]
    assert decide(f"{first} ... {near}", store=store).verdict is Verdict.VERIFIED  # the next words, cut: no splice
    # The word found first after the part, two sentences on ("We", "Wir" of the fourth): no splice.
    close = decide(f"{first} ... {first.split()[0]}", store=store)
    assert not any("splice" in c.flags for c in close.changes)


@pytest.mark.parametrize(
    ("first", "asked", "changed", "said", "negation"),
    [
        (
            "Vamos a ampliar el horario de la biblioteca",
            "¿Y la piscina?",
            "la piscina no cierra en junio",
            "La piscina cierra en junio.",
            "no",
        ),
        (
            "Wir verlängern die Öffnungszeiten der Bibliothek",
            "Und das Bad?",
            "das Bad schließt im Juni nicht",
            "Das Bad schließt im Juni.",
            "nicht",
        ),
        (
            "Nous allongeons les horaires de la bibliothèque",
            "Et la piscine ?",
            "la piscine ferme en juin",
            "La piscine ne ferme pas en juin.",
            "pas",
        ),
    ],
)
def test_a_short_splice_part_adding_or_dropping_a_negation_is_a_changed_part_of_the_splice(
    first: str, asked: str, changed: str, said: str, negation: str
) -> None:
    store = [
        Statement("ANA REYES", f"{first}.", StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/t.txt", line=2),
        Statement("REPORTER", asked, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/t.txt", line=3),
        Statement("ANA REYES", said, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/t.txt", line=4),
    ]
    finding = decide(f"{first} ... {changed}", store=store)
    assert finding.verdict is Verdict.ALTERED
    flagged = {flag for c in finding.changes for flag in c.flags}
    assert {"splice", "negation"} <= flagged
    assert any(negation in (c.claim, c.source) for c in finding.changes if "negation" in c.flags)


def test_one_sentence_joining_clauses_of_two_answers_is_a_splice() -> None:
    store = [
        saved("HANNA LIND", "Thank you. The depot needs 40 million euros by 2028, and today we have ten."),
        saved("MODERATOR", "And the unions?"),
        saved("HANNA LIND", "We talk every week. We will not close a depot that the unions want to keep."),
    ]
    said = "The depot needs 40 million euros by 2028, and we will not close a depot that the unions want to keep"
    finding = decide(said, "Hanna Lind", store)
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("splice",), ("splice",)]
    # Clauses of one answer are no splice.
    one = decide("We talk every week, and we will not close a depot", "Hanna Lind", store)
    assert not any("splice" in c.flags for c in one.changes)
    # "and" with a subject pronoun joins two answers with no comma either.
    joined = decide("Today we have ten and we will not close a depot that the unions want to keep", "Hanna Lind", store)
    assert joined.verdict is Verdict.ALTERED and [c.flags for c in joined.changes] == [("splice",), ("splice",)]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            "He worked until ten at night.",
            "He never missed a single Sunday.",
            "He worked until ten at night and never missed a single Sunday",
        ),
        (
            "Er hat bis zehn Uhr abends gearbeitet.",
            "Sonntags hat er nie geschlossen.",
            "Er hat bis zehn Uhr abends gearbeitet und sonntags hat er nie geschlossen",
        ),
        (
            "Il travaillait jusqu'à dix heures du soir.",
            "Il n'a jamais fermé un dimanche.",
            "Il travaillait jusqu'à dix heures du soir et n'a jamais fermé un dimanche",
        ),
        (
            "Entrenábamos todas las mañanas en el puerto.",
            "Nunca faltó a una regata.",
            "Entrenábamos todas las mañanas en el puerto y nunca faltó a una regata",
        ),
    ],
)
def test_sentences_of_two_answers_joined_by_a_bare_conjunction_are_a_splice(
    first: str, second: str, joined: str
) -> None:
    # No comma and no subject pronoun after the joining word ("y nunca ...", "and never ..."): the sentence no one said
    # joins two answers all the same.
    store = [
        saved("JAVIER SANZ", f"He built 600 guitars. {first}"),
        saved("MARTA SANZ", "We will miss him."),
        saved("JAVIER SANZ", second),
    ]
    finding = decide(joined, "Javier Sanz", store)
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("splice",), ("splice",)]
    # The same two sentences of one answer, joined: no splice.
    one = decide(joined, "Javier Sanz", [saved("JAVIER SANZ", f"{first} {second}")])
    assert not any("splice" in c.flags for c in one.changes)


def test_a_source_sharing_only_a_function_word_of_the_claims_language_adds_no_facts() -> None:
    # "Die" is English's verb and German's article: the German claim shares nothing else with the sentence, so its
    # "Angst" is no name added to it (was VF104, an error); an English claim sharing the verb still shares a word.
    store = [saved("NADINE BAUER", "Die Kita hat alles richtig gemacht, das muss man sagen.")]
    german = judge(replace(quote("Die Erzieherinnen hatten selbst Angst", "Nadine Bauer"), mention="Bauer"), store)
    assert german.verdict is Verdict.UNSUPPORTED and german.severity is Severity.WARNING
    assert shares_meaning(prepare("Soldiers will die in this war"), "Thousands could die in a long war.")
    assert not shares_meaning(prepare("Das war ein Fehler der Stadt"), "Die Kita war gut, das muss man sagen.")


def test_a_function_word_of_the_claims_language_is_no_stem_it_shares() -> None:
    # (round 48, verdicts48: blind-50's "Este es el camino para la educación pública") "la" is English's note and
    # Spanish's article: a Spanish claim sharing it and two words with a sentence is not a paraphrase of it.
    store = [saved("MARTA IBARRA", "La sanidad rural también merece ambulancias nuevas.")]
    spanish = judge(replace(quote("Esta es la ruta para la sanidad rural", "Marta Ibarra"), mention="Ibarra"), store)
    assert spanish.verdict is Verdict.UNSUPPORTED
    # An English claim keeps the word ("La Paz"); a Spanish claim sharing three words of meaning stays a paraphrase.
    assert "la" not in prepare("The road to La Paz is closed again").function_stems
    assert "la" in prepare("Esta es la ruta para la sanidad rural").function_stems
    reworded = quote("A la sanidad rural le hacen falta ambulancias", "Marta Ibarra")
    sharing = judge(replace(reworded, mention="Ibarra"), store)
    assert sharing.verdict is Verdict.PARAPHRASED


def test_a_multiple_changed_is_a_number_change() -> None:
    store = [saved("ANA REYES", "We will double the number of night buses next year.")]
    finding = decide("We will triple the number of night buses next year", store=store)
    assert finding.verdict is Verdict.ALTERED and [c.flags for c in finding.changes] == [("number",)]
    german = [saved("ANA REYES", "Wir werden die Zahl der Nachtbusse verdoppeln.")]
    changed = decide("Wir werden die Zahl der Nachtbusse verdreifachen", store=german)
    assert [c.flags for c in changed.changes] == [("number",)]


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        (
            "Meine Mutter hat die Hecke jedes Jahr zweimal geschnitten.",
            "Meine Mutter hat die Hecke jedes Jahr dreimal geschnitten",
        ),
        (
            "We have asked the council twice for a crossing patrol.",
            "We have asked the council three times for a crossing patrol",
        ),
        ("C'est la troisième fois que le car ne passe pas.", "C'est la quatrième fois que le car ne passe pas"),
        ("Es la tercera vez que el pleno aplaza la votación.", "Es la quinta vez que el pleno aplaza la votación"),
        (
            "Wir feiern heuer das zwanzigste Jubiläum des Vereins.",
            "Wir feiern heuer das dreiundzwanzigste Jubiläum des Vereins",
        ),
    ],
)
def test_a_number_of_times_or_an_ordinal_changed_is_an_altered_number_in_every_language(said: str, quoted: str) -> None:
    finding = judge(replace(quote(quoted), mention="Reyes"), [saved("ANA REYES", said)])
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert [c.flags for c in finding.changes] == [("number",)]


def test_words_a_saved_record_labels_with_another_surname_are_misattributed_as_an_error() -> None:
    store = [saved("Mrs. Okonkwo", "The harbour crane stays in service until the spring inspection.")]
    claim = replace(quote("The harbour crane stays in service until the spring inspection"), mention="Reyes")
    finding = judge(claim, store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.ERROR
    # A label of the claim's own surname may be a namesake's: no proof.
    namesake = judge(claim, [saved("Mr. Reyes", "The harbour crane stays in service until the spring inspection.")])
    assert namesake.severity is not Severity.ERROR


def test_an_organisation_named_with_its_adjective_declined_is_one_speaker() -> None:
    store = [saved("Städtischer Wasserverband Oberland", "Die Leitungen werden bis Herbst erneuert.")]
    found = decide("Die Leitungen werden bis Herbst erneuert", "Städtische Wasserverband Oberland", store)
    assert found.verdict is Verdict.VERIFIED
    people = [saved("HELENE WOLF", "Die Leitungen werden bis Herbst erneuert.")]
    assert decide("Die Leitungen werden bis Herbst erneuert", "Helen Wolf", people).verdict is Verdict.MISATTRIBUTED


def test_a_company_is_one_speaker_with_or_without_its_legal_form() -> None:
    said = "Sicherheit hat für uns oberste Priorität."
    for label, credited in (("Kali Südharz AG", "Kali Südharz"), ("HARROW & FINCH LTD", "Harrow & Finch")):
        page = [Statement(label, said, StatementKind.PAGE, Origin.SNAPSHOT, "snapshots/erklaerung.html", line=3)]
        assert decide("Sicherheit hat für uns oberste Priorität", credited, page).verdict is Verdict.VERIFIED, label
    other = [Statement("Kali Nordharz AG", said, StatementKind.PAGE, Origin.SNAPSHOT, "snapshots/n.html", line=3)]
    assert decide("Sicherheit hat für uns oberste Priorität", "Kali Südharz", other).verdict is Verdict.MISATTRIBUTED


def test_a_role_alone_in_capitals_is_no_resolved_speaker() -> None:
    assert not resolved("CFO") and not resolved("MP")
    assert resolved("NATO") and resolved("UNICEF")


def test_a_role_with_its_modifiers_is_no_resolved_speaker_but_a_name_ending_in_a_role_word_is() -> None:
    assert not resolved("Stellvertretende Bürgermeisterin") and not resolved("Deputy Chief Constable")
    assert resolved("Martin Luther King") and resolved("Anna Bishop") and resolved("John Major")


def test_a_speaker_opening_on_according_to_is_a_stray_phrase_held_to_whoever_said_the_words() -> None:
    assert not resolved("Según la Guardia Civil") and not resolved("Laut Polizei Oberland")
    assert resolved("Guardia Civil") and resolved("Selina Laut")
    store = [saved("Comandancia de la Guardia Civil", "Se sustrajeron joyas por valor de 180.000 euros.")]
    found = decide("se sustrajeron joyas por valor de 810.000 euros", "Según la Guardia Civil", store)
    assert found.verdict is Verdict.ALTERED and found.changes[0].flags == ("number",)


def test_the_evidence_excerpt_keeps_a_figure_whole() -> None:
    text = "Der Umbau kostet 3,7 Millionen Euro. Wir bekommen nichts vom Bund."
    assert excerpt(text, (text.index("Wir"), len(text))) == "...Wir bekommen nichts vom Bund."
    assert excerpt(text, (text.index("Millionen"), text.index("Euro"))) == "Der Umbau kostet 3,7 Millionen Euro. ..."


def test_a_quote_another_said_word_for_word_is_theirs_not_a_splice_with_the_speakers_first_half() -> None:
    # At archive scale the credited speaker has often said a quote's first clause; another person's statement
    # holding the whole quote makes it theirs (misattributed), not the speaker's words joined with another's.
    store = [
        Statement(
            "Mara Voss",
            "The harbour tunnel will open next spring, the mayor told the council on Monday.",
            StatementKind.TRANSCRIPT,
            Origin.SNAPSHOT,
            "snapshots/debate.txt",
            line=3,
        ),
        Statement(
            "Jon Tall",
            "The harbour tunnel will open next spring, and the ferry will stop running in May.",
            StatementKind.TRANSCRIPT,
            Origin.SNAPSHOT,
            "snapshots/debate.txt",
            line=5,
        ),
    ]
    finding = decide(
        "The harbour tunnel will open next spring, and the ferry will stop running in May", "Mara Voss", store
    )
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.evidence and finding.evidence.speaker == "Jon Tall"


def _pronoun_quote(text: str, speaker: str, mention: str) -> Claim:
    return replace(quote(text, speaker), mention=mention, cued=True)


def test_words_of_the_person_the_paragraph_names_before_a_pronoun_cue_are_theirs() -> None:
    store = [saved("YANNICK BERANGER", "La direction nous a proposé 2 %, pas un centime de plus.")]
    claim = _pronoun_quote("La direction nous a proposé 2 %, pas un centime de plus", "Olivier Mercadier", "il")
    lead = "Pour le secrétaire régional du syndicat, Yannick Beranger, le compte n'y est pas. « "
    finding = judge(claim, store, lead=lead)
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == "Yannick Beranger"
    assert "names Yannick Beranger before the quote" in finding.message
    # No one named there, or the credited speaker named after him: the cast's credit stands.
    assert judge(claim, store, lead="Le compte n'y est pas. « ").verdict is Verdict.MISATTRIBUTED
    later = lead + "Olivier Mercadier l'écoutait. « "
    assert judge(claim, store, lead=later).verdict is Verdict.MISATTRIBUTED


def _described_page(label: str, said: str) -> list[Statement]:
    """A saved page whose quote its extraction credited to a description, the name it gives left out."""
    return [Statement(label, said, StatementKind.PAGE, Origin.SNAPSHOT, "snapshots/nota.html", line=7)]


@pytest.mark.parametrize(
    ("label", "said", "quoted", "speaker", "mention", "lead"),
    [
        (
            "gerente del área",
            "El nuevo pediatra no se incorporará antes de febrero.",
            "El nuevo pediatra se incorporará antes de febrero",
            "Rosa Hidalgo",
            "la gerente",
            "La gerente del área de salud, Rosa Hidalgo, reconoce que la plaza es difícil. «",
        ),
        (
            "chief executive",
            "We will not close the ward before the spring review.",
            "We will close the ward before the spring review",
            "Anna Berg",
            "she",
            "Anna Berg, the trust's chief executive, met the families on Monday. “",
        ),
        (
            "Leiterin des Bauamts",
            "Die Brücke wird nicht vor dem Sommer fertig.",
            "Die Brücke wird vor dem Sommer fertig",
            "Jana Roth",
            "die Leiterin",
            "Die Leiterin des Bauamts, Jana Roth, stellte den Plan vor. „",
        ),
    ],
)
def test_a_records_description_is_the_person_the_paragraph_gives_it_to(
    label: str, said: str, quoted: str, speaker: str, mention: str, lead: str
) -> None:
    # The saved page credits its quote to a description (its extraction read no name); the article's paragraph gives
    # that description to the credited speaker: the changed words are theirs, altered (an error), not misattributed.
    claim = replace(quote(quoted, speaker), mention=mention, cued=True)
    finding = judge(claim, _described_page(label, said), lead=lead)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == speaker and [c.flags for c in finding.changes] == [("negation",)]
    # Given to someone else, the description is theirs: misattributed, and only a warning (a description names no
    # one for sure).
    other = judge(replace(claim, mention=speaker), _described_page(label, said), lead=lead.replace(speaker, "Ola Lind"))
    assert other.verdict is Verdict.MISATTRIBUTED and other.severity is Severity.WARNING


def test_a_paragraph_read_for_a_records_description_is_read_in_linear_time() -> None:
    # The names before and after the description are searched for in the quote's paragraph: one long capitalised
    # word there (a hostile article) was tried at every letter, quadratic.
    said = "El nuevo pediatra no se incorporará antes de febrero."
    claim = replace(
        quote("El nuevo pediatra se incorporará antes de febrero", "Rosa Hidalgo"), mention="la gerente", cued=True
    )
    tail = " La gerente del área de salud, Rosa Hidalgo, reconoce que la plaza es difícil. «"

    def make(n: int) -> Callable[[], object]:
        lead = "A" * n + tail
        return lambda: judge(claim, _described_page("gerente del área", said), lead=lead)

    assert (
        judge(claim, _described_page("gerente del área", said), lead="A" * 100 + tail).claim.speaker == "Rosa Hidalgo"
    )
    assert_grows_linearly(make, 2_000)


def test_a_surname_alone_before_a_description_cue_names_the_record_speaker_who_bears_it() -> None:
    # "Osei-Berger selbst wirkte gelöst. „…“, sagte der Angreifer.": the surname the record's speaker bears in full.
    store = [saved("MALIK OSEI-BERGER", "Ich habe nicht lange überlegt.")]
    claim = replace(quote("Ich habe lange überlegt", "Angreifer"), mention="der Angreifer", cued=True)
    finding = judge(claim, store, lead="Osei-Berger selbst wirkte gelöst. „")
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == "Malik Osei-Berger"
    # Another first name before the surname is someone else ("Ralf Weyers" is not Petra Weyers); so is a surname two
    # people of the sources bear, or the credited speaker's own.
    weyers = [saved("PETRA WEYERS", "Satire darf wehtun, sie darf aber nicht hetzen.")]
    told = replace(quote("Satire darf wehtun, sie darf aber nicht hetzen", "Grenze"), mention="die Grenze", cued=True)
    assert judge(told, weyers, lead="Wo die Grenze liegt, erklärte Ralf Weyers so: „").claim.speaker == "Grenze"
    namesakes = [*store, saved("ADA OSEI-BERGER", "Wir feiern heute.")]
    assert judge(claim, namesakes, lead="Osei-Berger selbst wirkte gelöst. „").claim.speaker == "Angreifer"
    own = replace(claim, speaker="Kofi Osei-Berger")
    assert judge(own, store, lead="Osei-Berger selbst wirkte gelöst. „").claim.speaker == "Kofi Osei-Berger"


def test_words_a_description_rules_out_are_misattributed_not_the_recorded_speakers() -> None:
    # Round 55 (roles55): "„…“, entgegnete der Dorfschulze" after an innkeeper's quote, left as written because the
    # description is not her (``Claim.ruled_out``): the record holding the words as hers proves the misattribution,
    # never a `verified` for her.
    store = [saved("ROSWITHA KAMMERER", "Der Berg hat uns schon öfter geprüft, und wir sind noch da.")]
    claim = replace(
        quote("Der Berg hat uns schon öfter geprüft", "Dorfschulze"),
        mention="der Dorfschulze",
        cued=True,
        ruled_out="Roswitha Kammerer",
    )
    finding = judge(claim, store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.claim.speaker == "Dorfschulze"
    assert "“der Dorfschulze” is not Roswitha Kammerer" in finding.message
    # (in other languages too: "dijo la curandera" of a governor's words, "said the harbourmaster" of a baker's)
    spanish = [saved("PATRICIA VILLCA", "El puente estará listo en abril y nadie quedará aislado.")]
    healer = replace(quote("El puente estará listo en abril", "curandera"), mention="la curandera", cued=True)
    healer = replace(healer, ruled_out="Patricia Villca")
    assert judge(healer, spanish).verdict is Verdict.MISATTRIBUTED
    # (negatives: no one ruled out, or someone else ruled out: the record says whose, as before)
    assert judge(replace(claim, ruled_out=None), store).claim.speaker == "Roswitha Kammerer"
    assert judge(replace(claim, ruled_out="Franz Gruber"), store).claim.speaker == "Roswitha Kammerer"


def test_words_a_description_is_credited_with_are_the_one_recorded_speakers_who_said_them_word_for_word() -> None:
    # "«…», aseguró la cantante": the saved record holds the words as Marisol Vidaurre's, no one else's.
    store = [saved("MARISOL VIDAURRE", "Yo firmaba lo que me ponían delante. Nunca leí un contrato en mi vida.")]
    claim = replace(quote("Nunca leí un contrato en mi vida", "cantante"), mention="la cantante", cued=True)
    finding = judge(claim, store)
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == "Marisol Vidaurre"
    assert "The article credits only “la cantante”; the saved record says whose." in finding.message
    # A short phrase is anyone's; a paragraph naming someone else before the quote credits them; another speaker's
    # record holding the words too leaves it open.
    short = replace(claim, text="Nunca leí un contrato")
    assert judge(short, store).claim.speaker == "cantante"
    assert judge(claim, store, lead="Lo explicó Rosa Martín, su hermana: «").claim.speaker == "cantante"
    assert judge(claim, store, lead="Rosa Martín la escuchaba. Marisol Vidaurre lloró. «").claim.speaker != "cantante"
    twice = [*store, saved("ELENA ORTUÑO", "Nunca leí un contrato en mi vida, dijo ella.")]
    assert judge(claim, twice).claim.speaker == "cantante"
    # Changed words are hers too, altered; the record alone says who it is, so a changed fact is a warning.
    signed = [saved("MARISOL VIDAURRE", "Firmé 40 contratos en mi vida sin leer ninguno.")]
    changed = judge(replace(claim, text="Firmé 400 contratos en mi vida sin leer ninguno"), signed)
    assert changed.verdict is Verdict.ALTERED and changed.claim.speaker == "Marisol Vidaurre"
    assert changed.severity is Severity.WARNING


def test_a_surname_alone_at_the_quote_that_two_speakers_bear_is_whoever_the_record_says() -> None:
    # "said Carver" of two Carvers: the cast's pick (Neil) is a guess; Helen's saved record holds the words.
    store = [
        saved("NEIL CARVER", "We'll be back in May with candidates in every ward."),
        saved("HELEN CARVER", "We won with a majority of 212 and every vote was earned on the doorstep."),
    ]
    claim = replace(quote("We won with a majority of 221 and every vote was earned on the doorstep", "Neil Carver"))
    finding = judge(replace(claim, mention="Carver", cued=True), store)
    assert finding.verdict is Verdict.ALTERED and finding.claim.speaker == "Helen Carver"
    assert finding.severity is Severity.ERROR and "names only “Carver”" in finding.message
    # A title or a first name at the quote names one of them: the article's credit stands.
    for mention in ("Mr Carver", "Neil Carver"):
        credited = judge(replace(claim, mention=mention, cued=True), store)
        assert credited.verdict is Verdict.MISATTRIBUTED and credited.claim.speaker == "Neil Carver", mention


def test_a_cue_naming_the_credited_speaker_or_a_pronoun_of_the_other_gender_keeps_the_credit() -> None:
    store = [saved("JAMIE LORD", "It's the best thing you've ever done.")]
    lead = "The podcast's host, Jamie Lord, was effusive. "
    named = _pronoun_quote("It's the best thing you've ever done", "Tomás Berger", "Berger")
    assert judge(named, store, lead=lead).verdict is Verdict.MISATTRIBUTED
    store = [saved("JAMES LORD", "It's the best thing you've ever done.")]
    she = _pronoun_quote("It's the best thing you've ever done", "Anna Berger", "she")
    assert judge(she, store, lead="The host, James Lord, was effusive. ").verdict is Verdict.MISATTRIBUTED
    he = _pronoun_quote("It's the best thing you've ever done", "Anna Berger", "he")
    assert judge(he, store, lead="The host, James Lord, was effusive. ").verdict is Verdict.VERIFIED


def test_a_quotes_lead_is_its_paragraph_before_it_as_the_article_reads() -> None:
    def leads(text: str, form: Format) -> list[str]:
        document = from_text(text, "a", form)
        extraction = extract(document)
        return [lead_in(document, extraction.blocks, claim) for claim in claims(extraction)]

    text = "First paragraph names Ana Reyes.\n\nTom Brandt spoke. He said: “We will.” And “we shall,” he said."
    assert leads(text, Format.TEXT) == ["Tom Brandt spoke. He said: ", "Tom Brandt spoke. He said: “We will.” And "]
    # A name set in bold or written with an entity is the name; the paragraph is the reader's, not the markup's.
    html = "<p>Ana Reyes left.</p>\n<p class='x'>Tom <b>Br&auml;ndt</b> said: &laquo;&nbsp;Nous viendrons.&raquo;</p>"
    assert leads(html, Format.HTML) == ["Tom Brändt said: "]


def test_the_text_before_a_quotes_paragraph_is_the_bodys_paragraphs_before_it() -> None:
    text = "First paragraph names Ana Reyes.\n\nThen Tom Brandt.\n\nHe said: “We will.”\n\nLast one."
    document = from_text(text, "a", Format.TEXT)
    extraction = extract(document)
    found = [earlier_in(document, extraction.blocks, claim) for claim in claims(extraction)]
    assert found == ["First paragraph names Ana Reyes.\nThen Tom Brandt."]


def test_a_quote_running_on_over_a_speakers_turns_on_consecutive_lines_is_no_splice() -> None:
    def turn(speaker: str, text: str, line: int) -> Statement:
        return Statement(speaker, text, StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "snapshots/session.txt", line=line)

    first = "When I got the letter I nearly put it in the bin."
    second = "Nine weekends later I have changed my mind about a lot of things."
    quoted = f"{first} {second}"
    speech = [turn("DESMOND ACHEBE", first, 4), turn("DESMOND ACHEBE", second, 5)]
    finding = decide(quoted, "Desmond Achebe", store=speech)
    assert finding.verdict is Verdict.VERIFIED and "(lines 4-5)" in finding.message
    # A turn between (a question on line 5): two answers joined.
    asked = [turn("DESMOND ACHEBE", first, 4), turn("CHAIR", "And now, after nine weekends?", 5)]
    answers = [*asked, turn("DESMOND ACHEBE", second, 6)]
    assert "splice" in decide(quoted, "Desmond Achebe", store=answers).changes[0].flags
    # Words of the first turn left out at the joint: a cut across turns, a splice.
    longer = [turn("DESMOND ACHEBE", first + " I thought it was a scam.", 4), speech[1]]
    assert decide(quoted, "Desmond Achebe", store=longer).verdict is Verdict.ALTERED


def test_a_quote_with_a_mark_on_every_paragraph_over_a_records_consecutive_statements_is_no_splice() -> None:
    # The meeting's notes list the speech a statement a paragraph; the article quotes it with an opening mark on
    # every paragraph: nothing stands between two items of the list, one speech, verified.
    def record(*said: tuple[str, str]) -> list[Statement]:
        items = [{"speaker": who, "text": text} for who, text in said]
        data = {"schema": "verify.snapshot/1", "kind": "transcript", "url": "https://x.example/n", "statements": items}
        return parse_snapshot(json.dumps(data).encode(), "notes.json", "snapshots/notes.json")[0]

    first = "We cannot survive another cut. Half the boats are already tied up."
    second = "Our members will not be here in 2030 if nothing changes."
    paragraphs = replace(quote(f"{first} {second}", "Kerensa Trevail"), paragraphs=(len(first) + 1,))
    speech = record(("Kerensa Trevail", first), ("Kerensa Trevail", second))
    assert judge(paragraphs, speech).verdict is Verdict.VERIFIED
    # One paragraph joining two of the record's statements: the capturer's division stands, a splice.
    assert "splice" in judge(replace(paragraphs, paragraphs=()), speech).changes[0].flags
    # An item between (someone else's words), or words of the next item left out at the joint: a splice.
    between = record(("Kerensa Trevail", first), ("Alan Reskelly", "We hear you."), ("Kerensa Trevail", second))
    assert "splice" in judge(paragraphs, between).changes[0].flags
    cut = record(("Kerensa Trevail", first), ("Kerensa Trevail", "Frankly, " + second))
    assert judge(paragraphs, cut).verdict is Verdict.ALTERED


def test_a_quote_credited_to_a_description_or_no_one_is_the_named_persons_whose_record_holds_it() -> None:
    store = [saved("CARYS LLEWELLYN", "I raised the staffing problem in writing three times.")]
    lead = "Carys Llewellyn, who worked on the unit for 14 years, said she had written to the board. "
    for speaker, mention in (("the midwife", "the midwife"), (None, None)):
        claim = _pronoun_quote("I raised the staffing problem in writing four times", "x", "x")
        claim = replace(claim, speaker=speaker, mention=mention)
        finding = judge(claim, store, lead=lead)
        assert finding.verdict is Verdict.ALTERED and finding.claim.speaker == "Carys Llewellyn"
        assert finding.severity is Severity.ERROR


def test_a_one_clause_quote_stands_for_the_clause_holding_its_words_not_the_one_spelt_closest() -> None:
    # "J'ai eu peur de chavirer" is one word from "j'ai eu peur de casser" but keeps the words of the first clause,
    # whose negation it leaves out: that clause is what the quote turns around (an error, flagged).
    store = [saved("ANA REYES", "Je n'ai jamais eu peur de chavirer, mais j'ai eu peur de casser.")]
    finding = judge(replace(quote("J'ai eu peur de chavirer"), mention="Reyes"), store)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert {f for c in finding.changes for f in c.flags} == {"negation"}
    english = [saved("ANA REYES", "We never feared the storm, but we feared the reef.")]
    assert [c.source for c in decide("We feared the storm", store=english).changes] == ["never"]


def test_a_quote_whose_cue_names_no_one_rewording_the_record_its_paragraph_names_is_its_paraphrase() -> None:
    store = [
        Statement(
            "Brightwater Live",
            "We will not use demand-based pricing on any date of this tour.",
            StatementKind.PAGE,
            Origin.SNAPSHOT,
            "snapshots/statement.html",
        )
    ]
    claim = replace(quote("no dynamic pricing on any date", None), mention="A spokesperson")
    lead = "The promoter, Brightwater Live, blamed resale sites. A spokesperson added that there had been "
    finding = judge(claim, store, lead=lead)
    assert finding.verdict is Verdict.PARAPHRASED and finding.claim.speaker == "Brightwater Live"
    assert judge(claim, store, lead="A spokesperson added that there had been ").verdict is Verdict.UNVERIFIED


def test_a_short_fragment_in_the_saved_words_of_the_one_named_before_it_is_theirs_as_it_is() -> None:
    # (three words: too few to hold to anyone's record by the words alone, but the paragraph names him right before)
    store = [
        Statement(
            "Owen Treloar",
            "The detour adds about nine miles to the school run, and we regret that.",
            StatementKind.TRANSCRIPT,
            Origin.SNAPSHOT,
            "snapshots/statement.json",
        )
    ]
    claim = replace(quote("about nine miles", "detour"), mention="the detour")
    finding = judge(claim, store, lead="A spokesman for the council, Owen Treloar, said the detour added ")
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == "Owen Treloar"


def test_a_quote_credited_to_no_one_inside_a_report_of_a_named_speakers_words_is_theirs() -> None:
    report = Statement(
        "Stefan Pichlmayr",
        "das Team sei „noch lange nicht in Form für die Tournee“",
        StatementKind.REPORTED,
        Origin.ARTICLE,
        "a.txt",
        span=(80, 140),
    )
    other = replace(report, speaker="the coach", span=(200, 260))
    evidence = ArticleEvidence([report, other])
    claim = replace(quote("noch lange nicht in Form für die Tournee", None), span=(95, 139))
    assert reported_by(claim, evidence.reports_holding(claim)) == replace(claim, speaker="Stefan Pichlmayr", cued=True)
    # A report of a description names no one; one that does not hold the quote says nothing of it.
    elsewhere = replace(claim, span=(210, 250))
    assert reported_by(elsewhere, evidence.reports_holding(elsewhere)) == elsewhere
    assert reported_by(replace(claim, span=(150, 190)), evidence.reports_holding(claim)) == replace(
        claim, span=(150, 190)
    )
    # A quote whose own cue named someone the article leaves unnamed stays theirs ("When Kettle asked ..., someone at
    # the back called out: “...”" is held inside the report of what Kettle asked).
    unnamed = replace(claim, mention="someone")
    assert reported_by(unnamed, evidence.reports_holding(unnamed)) == unnamed
    # Round 47 (groups47): nor a quote its cue credited to several people named at once, in chorus ("Seine
    # Nachbarn, die Brüder Timo und Lars Brenner, sagten im Chor:"): no one's, never the report's description; a
    # mention of one person no one resolved is still the report's.
    several = replace(claim, mention="Timo und Lars Brenner")
    assert reported_by(several, evidence.reports_holding(several)) == several
    one = replace(claim, mention="Timo Brenner")
    assert reported_by(one, evidence.reports_holding(one)).speaker == "Stefan Pichlmayr"


# Round 22: a cut that joins the head of one sentence to a clause of a later one, as one sentence of the quote, loses
# the first sentence's condition and reads the other's into it: a splice, though the parts stand a sentence apart.
@pytest.mark.parametrize(
    ("said", "claim"),
    [
        (
            "The paint will last twenty years if it goes on in dry weather. It'll peel in a winter if nobody scrapes "
            "it first. The rivets are sound.",
            "The paint will last twenty years ... if nobody scrapes it first.",
        ),
        (
            "Eine andere Bahn können wir uns nicht leisten, wenn die Beiträge so bleiben. Ich bin seit zehn Jahren "
            "Vorsitzender. Die Kasse ist leer, das wisst ihr.",
            "Eine andere Bahn können wir uns nicht leisten ... die Kasse ist leer.",
        ),
        (
            "La peinture tiendra vingt ans si on la pose par temps sec. Elle partira en un hiver si personne ne la "
            "gratte avant.",
            "La peinture tiendra vingt ans ... si personne ne la gratte avant.",
        ),
        (
            "La pintura durará veinte años si se aplica con tiempo seco. Se caerá en un invierno si nadie la raspa "
            "antes.",
            "La pintura durará veinte años ... si nadie la raspa antes.",
        ),
        # the second part opens after the condition its sentence opens on, the cut in brackets
        (
            "The rivets are sound for now. If the crack widens, we will close the bridge before winter.",
            "The rivets are sound [...] we will close the bridge before winter.",
        ),
        (
            "Les rivets sont solides pour l'instant. Si la fissure s'élargit, il faudra fermer le pont avant l'hiver.",
            "Les rivets sont solides [...] il faudra fermer le pont avant l'hiver.",
        ),
    ],
)
def test_a_cut_joining_the_head_of_a_sentence_to_a_clause_of_another_is_a_splice(said: str, claim: str) -> None:
    store = [saved("DECLAN MOSS", said)]
    finding = decide(claim, "Declan Moss", store)
    assert finding.verdict is Verdict.ALTERED and ("splice",) in [c.flags for c in finding.changes]
    # A cut between whole sentences keeps what each said.
    first, rest = said.split(". ", 1)
    whole = decide(f"{first}. ... {rest.split('. ')[-1]}", "Declan Moss", store)
    assert whole.verdict is Verdict.VERIFIED, whole


def test_a_cut_leaving_out_the_time_a_later_sentence_opens_on_is_no_splice() -> None:
    # (no condition is lost: the second sentence's main clause holds whenever it is said)
    said = "El muelle ya no es un puerto local. Después de veinte años, es una escala que las navieras conocen."
    claim = "el muelle ya no es un puerto local (...) es una escala que las navieras conocen"
    finding = decide(claim, "Martín Ochoa", [saved("MARTÍN OCHOA", said)])
    assert finding.verdict is Verdict.VERIFIED, finding


def test_a_cut_leaving_out_the_rest_of_a_phrase_across_sentences_is_no_splice() -> None:
    # (the first part stops inside a phrase, not before a clause it stood under: the writer's cut)
    said = "I did not email any classified material to anyone on my email. There is no classified material."
    claim = "I did not email any classified material to anyone on ... no classified material."
    finding = decide(claim, "Ines Abernathy", [saved("INES ABERNATHY", said)])
    assert finding.verdict is Verdict.VERIFIED, finding


def test_a_record_named_speaker_is_spelt_as_the_article_writes_the_name() -> None:
    """A label in capitals loses letters ("AYLIN KILIÇ" is "Aylin Kiliç"): the name the record gives a quote the cue
    credits by surname alone keeps the article's spelling of the surname."""
    store = [saved("AYLIN KILIÇ", "Ich wollte nur meiner Oma zeigen, was ich nachts in der Backstube mache.")]
    claim = replace(quote("Ich wollte nur meiner Oma zeigen, was ich nachts in der Backstube mache", None), cued=True)
    finding = judge(replace(claim, mention="Kılıç"), store)
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == "Aylin Kılıç"


@pytest.mark.parametrize(
    ("earlier", "lead", "mention", "text", "label", "said"),
    [
        (
            "Harbour Foods Ltd recalled its fish pie on Saturday after a labelling fault.",
            "The company said in a statement that the recall covers ",
            "The company",
            "all pies with a use-by date up to and including 12 March 2027",
            "Harbour Foods",
            "The recall covers all pies with a use-by date up to and including 14 March 2027.",
        ),
        (
            "Die Molkerei Alpenblick hat am Samstag einen Joghurt zurückgerufen.",
            "Die Genossenschaft teilte mit, betroffen seien ",
            "Die Genossenschaft",
            "alle Becher mit einem Mindesthaltbarkeitsdatum bis einschließlich 12. März 2027",
            "Molkerei Alpenblick",
            "Betroffen sind alle Becher mit einem Mindesthaltbarkeitsdatum bis einschließlich 14. März 2027.",
        ),
        (
            "La Conserverie Kerlann a rappelé samedi un lot de sardines.",
            "L'entreprise précise que le rappel concerne ",
            "L'entreprise",
            "toutes les boîtes dont la date limite tombe avant le 12 mars 2027 inclus",
            "Conserverie Kerlann",
            "Le rappel concerne toutes les boîtes dont la date limite tombe avant le 14 mars 2027 inclus.",
        ),
        (
            "Bodegas Arrieta retiró el sábado un lote de vino rosado de las tiendas.",
            "La empresa aclaró que la retirada afecta a ",
            "La empresa",
            "todas las botellas embotelladas hasta el 12 de marzo de 2027 incluido",
            "Bodegas Arrieta",
            "La retirada afecta a todas las botellas embotelladas hasta el 14 de marzo de 2027 incluido.",
        ),
        # under SHORT_CLAIM_WORDS a phrase is anyone's, unless the article names the record's speaker last before it
        (
            "La Audiencia Provincial de Soria condenó al acusado el miércoles.",
            "Según la sentencia, el acusado deberá ",
            "la sentencia",
            "devolver cuatrocientos mil euros a los agricultores",
            "Audiencia Provincial de Soria",
            "El acusado deberá devolver 300.000 euros a los agricultores.",
        ),
        (
            "Das Landgericht Lindau hat den Händler am Mittwoch verurteilt.",
            "Laut dem Urteil muss er ",
            "dem Urteil",
            "den Bauern vierhunderttausend Euro zurückzahlen",
            "Landgericht Lindau",
            "Der Angeklagte muss den Bauern 300.000 Euro zurückzahlen.",
        ),
    ],
)
def test_changed_words_a_description_is_credited_with_after_the_record_s_speaker_named_last_are_an_error(
    earlier: str, lead: str, mention: str, text: str, label: str, said: str
) -> None:
    # "The company said" names no one; the article named the dairy last, and its saved statement holds the words with
    # a date changed: two things say whose they are, as for a pronoun.
    store, claim = [saved(label, said)], _cued(text, mention.split()[-1].lower(), mention)
    finding = _changed_error(claim, store, lead, earlier)
    assert finding.claim.speaker == label and [c.flags for c in finding.changes] == [("number",)]
    # Someone else named since: the record alone says whose, a warning; so for a description of someone unnamed.
    since = judge(claim, store, lead=lead, earlier=earlier + " Paul Mercier protested.")
    assert since.verdict is Verdict.ALTERED and since.severity is Severity.WARNING
    unnamed = judge(_cued(text, "spokesman", "a spokesman"), store, lead=lead, earlier=earlier)
    assert unnamed.severity is not Severity.ERROR


@pytest.mark.parametrize(
    ("earlier", "lead", "text", "label", "said"),
    [
        (
            "Das Verwaltungsgericht Lindau hat die Klage eines Nachbarn gegen die Kirchenglocken abgewiesen.",
            "„Wer neben einer Kirche wohnt, muss mit ihr leben“, heißt es im Urteil. Und weiter: ",
            "Ein Geläut, das zwischen 6 und 22 Uhr erklingt, ist keine erhebliche Belästigung.",
            "Verwaltungsgericht Lindau",
            "Ein Geläut, das zwischen 7 und 22 Uhr erklingt, ist keine erhebliche Belästigung.",
        ),
        (
            "The Harwell Planning Tribunal rejected the neighbours' appeal against the church bells.",
            "“Whoever lives beside a church must live with it,” the ruling says. And further: ",
            "Bells rung between 6am and 10pm are no unreasonable nuisance under the act.",
            "Harwell Planning Tribunal",
            "Bells rung between 7am and 10pm are no unreasonable nuisance under the act.",
        ),
        (
            "Le tribunal administratif de Vesoul a rejeté le recours d'un voisin contre les cloches.",
            "« Qui habite près d'une église doit vivre avec elle », lit-on dans le jugement. Et encore : ",
            "Des cloches sonnées entre 6 heures et 22 heures ne sont pas une nuisance excessive.",
            "Tribunal administratif de Vesoul",
            "Des cloches sonnées entre 7 heures et 22 heures ne sont pas une nuisance excessive.",
        ),
        (
            "La Audiencia Provincial de Soria desestimó el recurso de un vecino contra las campanas.",
            "«Quien vive junto a una iglesia debe convivir con ella», dice la sentencia. Y añade: ",
            "Unas campanas que suenan entre las 6 y las 22 horas no son una molestia grave.",
            "Audiencia Provincial de Soria",
            "Unas campanas que suenan entre las 7 y las 22 horas no son una molestia grave.",
        ),
    ],
)
def test_a_quote_with_no_cue_and_no_speaker_is_the_record_s_speaker_named_last(
    earlier: str, lead: str, text: str, label: str, said: str
) -> None:
    store = [saved(label, said)]
    finding = judge(quote(text, None), store, lead=lead, earlier=earlier)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == label
    # Someone named since: no one is named for the words, and what the record holds changed is a warning.
    since = judge(quote(text, None), store, lead=lead, earlier=earlier + " Paul Mercier protested.")
    assert since.claim.speaker is None and since.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("earlier", "mention", "text", "label", "said"),
    [
        # the cue writes the record's label itself
        ("", "Prefectura", "La navegación por el canal se reabre el 7 de diciembre", "Prefectura",
         "La navegación por el canal se reabre el 9 de diciembre."),
        ("", "Coastguard", "The harbour channel reopens to shipping on 7 December", "Coastguard",
         "The harbour channel reopens to shipping on 9 December."),
        # a description of a body made of words of its name, written in full before the quote
        ("Ein Sprecher der Stadt Lindenau sagte, die Streupflicht gelte ab sieben Uhr.", "Die Stadt",
         "Bei Verstößen drohen Bußgelder bis zu 500 Euro", "Stadt Lindenau",
         "Bei Verstößen drohen Bußgelder bis zu 5000 Euro."),
        ("Un porte-parole de la Mairie de Vesoul a confirmé la fermeture.", "la Mairie",
         "Le pont restera fermé pendant 3 semaines au moins", "Mairie de Vesoul",
         "Le pont restera fermé pendant 6 semaines au moins."),
    ],
)
def test_a_cue_naming_the_record_s_speaker_as_the_record_does_is_a_named_speaker(
    earlier: str, mention: str, text: str, label: str, said: str
) -> None:
    store = [saved(label, said)]
    for speaker in (mention.split()[-1], None):
        claim = replace(quote(text, speaker), mention=mention, cued=True)
        finding = judge(claim, store, lead="", earlier=earlier)
        assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR, speaker
        assert finding.claim.speaker == label
    # Not a role alone ("Der Bürgermeister" of a record labelled "Bürgermeister"), nor a body whose whole name the
    # article never writes.
    role = judge(_cued(text, "Bürgermeister", "Der Bürgermeister"), [saved("Bürgermeister", said)])
    assert role.severity is not Severity.ERROR
    if earlier:
        unwritten = judge(replace(quote(text, None), mention=mention, cued=True), store, lead="", earlier="")
        assert unwritten.severity is not Severity.ERROR


def test_a_paraphrase_that_moves_a_negation_to_another_clause_is_an_error_flagged_negation() -> None:
    store = [saved("ANA REYES", "The heating wasn't the worry last winter, the rent was. We paid it every month.")]
    # Quoted with the clauses' subjects swapped: altered, what is negated changed.
    finding = judge(_cued("The rent wasn't the worry last winter, the heating was", "Ana Reyes", "she"), store)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert "negation" in {flag for change in finding.changes for flag in change.flags}
    # Reworded as well: a paraphrase that says the opposite, VF103.
    reworded = judge(_cued("The rent was not what worried us last winter, the heating did", "Ana Reyes", "she"), store)
    assert reworded.verdict is Verdict.PARAPHRASED and reworded.severity is Severity.ERROR
    assert "negation" in {flag for change in reworded.changes for flag in change.flags}
    # The same negation on the same words, the clauses reworded: a paraphrase, a warning.
    kept = judge(_cued("The heating was not what worried us last winter, the rent did", "Ana Reyes", "she"), store)
    assert kept.verdict is Verdict.PARAPHRASED and kept.severity is Severity.WARNING


def test_a_paraphrase_moving_a_negation_to_the_clause_answering_the_other_is_an_error() -> None:
    store = [saved("ANA REYES", "The board did not ask the tenants, it just told them. We found out from a letter.")]
    # The negated verbs in other forms ("tell"/"told"): no content word shows the move, the clauses' words do.
    moved = judge(_cued("The board asked the tenants, it just did not tell them", "Ana Reyes", "she"), store)
    assert moved.severity is Severity.ERROR
    assert "negation" in {flag for change in moved.changes for flag in change.flags}
    # The negation kept on the clause answering its own, the other clause reworded: no negation change.
    kept = judge(_cued("The board did not ask the tenants, it simply informed them", "Ana Reyes", "she"), store)
    assert "negation" not in {flag for change in kept.changes for flag in change.flags}


@pytest.mark.parametrize(
    ("display", "body"),
    [
        ("We will build 400 homes this year", "We will build 300 homes this year"),
        ("Wir bauen dieses Jahr 400 Wohnungen", "Wir bauen dieses Jahr 300 Wohnungen"),
        ("Nous construirons 400 logements cette année", "Nous construirons 300 logements cette année"),
        ("No cerraremos la biblioteca este verano", "Cerraremos la biblioteca este verano"),
    ],
)
def test_a_headline_that_changes_a_figure_of_the_article_s_own_quote_and_its_record_is_an_error(
    display: str, body: str
) -> None:
    said = body + "."
    store = [saved("ANA REYES", said), body_quote(body, "Ana Reyes")]
    for place in (Place.HEADLINE, Place.PULLQUOTE):
        finding = judge(quote(display, "Ana Reyes", place), store)
        assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    # The body quote says what the headline says: the article is at one with itself, the record alone differs (the
    # body quote's own finding is the error).
    alike = [saved("ANA REYES", said), body_quote(display, "Ana Reyes")]
    assert judge(quote(display, "Ana Reyes", Place.HEADLINE), alike).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("earlier", "lead", "mention", "text", "label", "said"),
    [
        (
            "Northwind Foods recalled a batch of fish pies on Saturday after almonds were found in them.",
            "It said in a statement that ",
            "It",
            "all pies with a use-by date up to 12 March are affected",
            "Northwind Foods",
            "All pies with a use-by date up to 14 March are affected.",
        ),
        (
            "Nordwind Feinkost hat am Samstag Fischpasteten zurückgerufen, weil Mandeln gefunden wurden.",
            "Es teilte mit: ",
            "Es",
            "Betroffen sind alle Pasteten mit Haltbarkeit bis 12. März",
            "Nordwind Feinkost",
            "Betroffen sind alle Pasteten mit Haltbarkeit bis 14. März.",
        ),
    ],
)
def test_changed_words_a_body_s_pronoun_is_credited_with_after_the_body_named_last_are_an_error(
    earlier: str, lead: str, mention: str, text: str, label: str, said: str
) -> None:
    store, claim = [saved(label, said)], _cued(text, label, mention)
    _changed_error(claim, store, lead, earlier)
    # Another body named since: which one "it" is, is the cast's guess.
    since = judge(claim, store, lead=lead, earlier=earlier + " The Food Standards Agency was told on Friday.")
    assert since.verdict is Verdict.ALTERED and since.severity is Severity.WARNING


@pytest.mark.parametrize(
    ("mention", "speaker", "text"),
    [
        ("The Lough Erne Anglers' Association", "Association", "every man on the lake has lost a friend this year"),
        ("Der Fischereiverein Müritz-Süd", "Fischereiverein", "jeder Fischer am See hat einen Freund verloren"),
    ],
)
def test_words_a_cue_credits_to_the_record_s_own_label_are_credited_to_it_whole(
    mention: str, speaker: str, text: str
) -> None:
    # The cast cut the body's name short; the cue and the saved record write it whole.
    label = mention.split(" ", 1)[1]
    finding = judge(_cued(text, speaker, mention), [saved(label, text + ".")])
    assert finding.verdict is Verdict.VERIFIED and finding.claim.speaker == label
    # A speaker the cast resolved keeps the article's credit: the record says the words are another's.
    other = judge(_cued(text, "Anna Roth", "Anna Roth"), [saved(label, text + ".")])
    assert other.verdict is Verdict.MISATTRIBUTED and other.claim.speaker == "Anna Roth"


@pytest.mark.parametrize(
    "earlier",
    [
        "En palabras de la ornitóloga, Marta Oyarzo, de la Universidad de Aysén, el censo terminó.",
        "In the words of the ornithologist, Marta Oyarzo, of the University of Otago, the count is over.",
        "Laut der Ornithologin Marta Oyarzo von der Universität Greifswald ist die Zählung beendet.",
    ],
)
def test_a_body_named_after_the_record_s_speaker_is_no_other_person_named_since(earlier: str) -> None:
    # A quote whose cue names no one, the record's speaker named last before it: a body named in her apposition
    # ("de la Universidad de Aysén") is nobody who could have said it, so the changed negation is an error.
    store = [saved("MARTA OYARZO", "Los cisnes ya no bajan a la costanera, o cada año en menos bandadas.")]
    text = "Los cisnes todavía bajan a la costanera, pero cada año en menos bandadas"
    claim = replace(quote(text, None), cued=True)
    finding = judge(claim, store, lead="La ornitóloga habló también de los cisnes. «", earlier=earlier)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    # A person named since still makes it the cast's guess.
    since = judge(claim, store, lead="Pedro Soto, su colega, habló también de los cisnes. «", earlier=earlier)
    assert since.severity is not Severity.ERROR or since.claim.speaker != "Marta Oyarzo"


@pytest.mark.parametrize(
    ("credited", "mention", "recorded", "lead", "said", "quoted"),
    [
        (
            "Gommer Käserei",
            "Käserei",
            "Alpkäserei Obergoms AG",
            "Die Alpkäserei Obergoms AG in Ulrichen ruft Käse zurück. Die Käserei teilte mit: „",
            "Betroffen sind Laibe mit dem Datum 14. Januar 2027.",
            "Betroffen sind Laibe mit dem Datum 4. Januar 2027.",
        ),
        (
            "Valley Growers Cooperative",
            "the cooperative",
            "Northfield Fruit Cooperative Ltd",
            "Northfield Fruit Cooperative Ltd recalled its cider. The cooperative said in a statement: “",
            "The recall covers tubs dated 14 January 2027.",
            "The recall covers tubs dated 4 January 2027.",
        ),
        # a kind of business in a language that writes no compounds, with no body word of the lexicon
        (
            "Hillside Creamery",
            "the creamery",
            "Glenmore Valley Creamery",
            "Glenmore Valley Creamery recalled its butter. The creamery said in a statement: “",
            "The recall covers tubs dated 14 January 2027.",
            "The recall covers tubs dated 4 January 2027.",
        ),
        (
            "Fromagerie du Haut-Doubs",
            "la fromagerie",
            "Fromagerie Vercel Frères",
            "La Fromagerie Vercel Frères rappelle ses tommes. La fromagerie a indiqué : « ",
            "Sont concernées les tommes datées du 14 janvier 2027.",
            "Sont concernées les tommes datées du 4 janvier 2027.",
        ),
    ],
)
def test_one_body_named_two_ways_and_credited_by_its_kind_is_altered_not_misattributed(
    credited: str, mention: str, recorded: str, lead: str, said: str, quoted: str
) -> None:
    store = [saved(recorded, said)]
    claim = replace(quote(quoted, credited), mention=mention, cued=True)
    finding = judge(claim, store, lead=lead, earlier="")
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == recorded
    # Another kind of body ("the council") is no description of the cooperative: the words are not the council's.
    other = replace(quote(quoted, "Northfield Council"), mention="the council", cued=True)
    assert judge(other, store, lead=lead, earlier="").verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("role", "mention", "trail", "text", "said"),
    [
        (
            "presidenta del jurado",
            "la presidenta del jurado",
            "», dijo la presidenta del jurado y de la Hermandad Belenista, Pilar Ejemplo.",
            "Este año se han presentado ciento veinte belenes en el distrito",
            "Este año se han presentado 102 belenes en el distrito.",
        ),
        (
            "chair",
            "the chair",
            ",” said the chair of the jury and of the Guild of Bellringers, Ann Example.",
            "This year we had a hundred and twenty entries from the district",
            "This year we had 102 entries from the district.",
        ),
        (
            "Vorsitzende",
            "die Vorsitzende",
            "“, sagte die Vorsitzende der Jury und des Krippenvereins, Anna Beispiel.",
            "Dieses Jahr haben wir hundertzwanzig Krippen aus dem Bezirk",
            "Dieses Jahr haben wir 102 Krippen aus dem Bezirk.",
        ),
        (
            "présidente",
            "la présidente du jury",
            " », a déclaré la présidente du jury et de l'association des crèches, Anne Exemple.",
            "Cette année nous avons reçu cent vingt crèches du quartier",
            "Cette année nous avons reçu 102 crèches du quartier.",
        ),
    ],
)
def test_a_name_set_off_after_the_description_at_an_inverted_cue_names_the_speaker(
    role: str, mention: str, trail: str, text: str, said: str
) -> None:
    # (round 38: the cast credited the description before a long "and of ..." and missed the name after it; the record
    # and the cue both name the speaker, so a changed number is an error, not a warning)
    name = trail.rstrip(".").rsplit(", ", 1)[1]
    store = [saved(name, said)]
    claim = _cued(text, role, mention)
    finding = judge(claim, store, lead="", earlier="", trail=trail)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == name
    # Not without the name at the cue, nor with the name as someone the words were told to
    assert judge(claim, store, lead="", earlier="", trail=trail.replace(", " + name, "")).severity is Severity.WARNING
    told = trail.replace(", " + name, " à " + name if "»" in trail else " to " + name)
    assert judge(claim, store, lead="", earlier="", trail=told).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("label", "surname", "mention", "text", "said"),
    [
        (
            "M. Exemple",
            "Exemple",
            "le maire",
            "Les travaux ont coûté deux cent trente mille euros",
            "Les travaux ont coûté 320 000 euros.",
        ),
        (
            "Mr. Sample",
            "Sample",
            "the mayor",
            "The works cost two hundred and thirty thousand pounds",
            "The works cost £320,000.",
        ),
        (
            "Frau Dr. Muster",
            "Muster",
            "die Bürgermeisterin",
            "Die Arbeiten haben zweihundertdreißigtausend Euro gekostet",
            "Die Arbeiten haben 320.000 Euro gekostet.",
        ),
        (
            "Sr. Ejemplo",
            "Ejemplo",
            "el alcalde",
            "Las obras costaron doscientos treinta mil euros",
            "Las obras costaron 320.000 euros.",
        ),
    ],
)
def test_a_surname_alone_whose_record_names_them_by_title_and_surname_is_named(
    label: str, surname: str, mention: str, text: str, said: str
) -> None:
    # (round 38: "a dit M. Dedieu … a précisé le maire" credited to "Dedieu", against a record labelled "M. Dedieu":
    # the article and the record name one person, so a changed sum is an error)
    claim = replace(quote(text, surname), mention=mention, cued=True)
    finding = judge(claim, [saved(label, said)])
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    # A record by another surname names no one for sure
    other = judge(claim, [saved(label.replace(surname, "Autre"), said)])
    assert other.severity is Severity.WARNING or other.verdict is not Verdict.ALTERED
    # (round 60) A record that gives the surname alone, as the article's credit does, names the same person when no one
    # else of the sources bears it in a full name (a careful checker's reading: judge60); a namesake leaves a warning
    assert judge(claim, [saved(surname, said)]).severity is Severity.ERROR
    namesake = saved(f"Paul {surname}", "Nous avons voté le budget.")
    assert judge(claim, [saved(surname, said), namesake]).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("short", "body", "text"),
    [
        ("SEPB", "Syndicat des eaux du Pays-Basque", "L'eau du puits n'est pas potable cette semaine, même bouillie."),
        ("CVAB", "Comunidad de Vecinos de Alto-Bierzo", "El agua del grifo no es potable esta semana, ni hervida."),
    ],
)
def test_an_acronym_of_a_body_with_a_hyphenated_name_is_the_body_whose_negation_a_claim_drops(
    short: str, body: str, text: str
) -> None:
    # Each part of a hyphenated name gives its letter: the record is the body's, its negation left out (VF103).
    claim = text.replace("n'est pas", "est").replace("no es", "es").split(",")[0] + ", à condition de la hervir"
    finding = decide(claim, short, [saved(body, text)])
    assert finding.rule == "VF103" and any("negation" in c.flags for c in finding.changes)
    other = decide(claim, "SEB", [saved(body, text)])  # the letters of another body: not its record
    assert other.rule != "VF103" and not any("negation" in c.flags for c in other.changes)


@pytest.mark.parametrize(
    "saved_text",
    [
        "The ferry stays for the winter. The café opens at noon. #Islay #Ferries",
        "The ferry stays for the winter. The café opens at noon. #Islay @CalMacFerries https://example.org/p",
        "Die Fähre bleibt den Winter über. Das Café öffnet mittags. #Föhr #Fähre",
    ],
)
def test_a_post_quoted_without_the_tags_closing_it_is_verified(saved_text: str) -> None:
    shown = saved_text.split(" #")[0]
    finding = judge(_post(shown), [_saved_post(saved_text, "2025-03-01T00:00:00Z")])
    assert finding.verdict is Verdict.VERIFIED, saved_text


@pytest.mark.parametrize(
    ("shown", "saved_text"),
    [
        # a tag inside the words left out, a tag changed, a sentence after the tags left out
        ("The ferry stays for the winter on the island.", "The ferry stays for the winter on #Islay the island."),
        ("The ferry stays for the winter. #Jura", "The ferry stays for the winter. #Islay"),
        ("The ferry stays for the winter.", "The ferry stays for the winter. #Islay The café opens at noon."),
    ],
)
def test_a_post_quoted_without_a_tag_of_its_words_is_no_verified_post(shown: str, saved_text: str) -> None:
    finding = judge(_post(shown), [_saved_post(saved_text, "2025-03-01T00:00:00Z")])
    assert finding.verdict is not Verdict.VERIFIED, shown


PARAPHRASED, ALTERED = Verdict.PARAPHRASED, Verdict.ALTERED


@pytest.mark.parametrize(
    ("claim", "said", "verdict"),
    [
        (
            "Today only the old men still use Gaelic daily",
            "Years ago everyone used Gaelic daily, today only the old men still.",
            PARAPHRASED,
        ),
        (
            "Heute backen im Dorf nur noch die alten Frauen Brot",
            "Früher haben im Dorf alle Brot gebacken, heute nur noch die alten Frauen.",
            PARAPHRASED,
        ),
        (
            "Hoy aquí solo los abuelos de la aldea hablan quechua",
            "Antes aquí todos hablaban quechua, hoy solo los abuelos de la aldea.",
            PARAPHRASED,
        ),
        # one word of the other clause; a negation, a number or a new name with it: the clause changed
        (
            "Today only the old fishermen still speak Gaelic",
            "Years ago everyone spoke Gaelic, today only the old fishermen still.",
            ALTERED,
        ),
        (
            "Today only the old fishermen still do not speak Gaelic",
            "Years ago everyone did not speak Gaelic, today only the old fishermen still.",
            ALTERED,
        ),
        (
            "Today only the old fishermen still speak 40 words",
            "Years ago everyone spoke 40 words, today only the old fishermen still.",
            ALTERED,
        ),
        (
            "Today only the old fishermen still speak Gaelic in Oban",
            "Years ago everyone spoke Gaelic, today only the old fishermen still.",
            ALTERED,
        ),
    ],
)
def test_a_quote_joining_its_clause_with_words_of_another_is_reworded_not_altered(
    claim: str, said: str, verdict: Verdict
) -> None:
    assert decide(claim, store=[saved("ANA REYES", said)]).verdict is verdict, claim


@pytest.mark.parametrize(
    ("claim", "said", "verdict"),
    [
        # (round 46, posts46) a verb joined by "and" to the source's verb, the source saying it in a clause after
        ("Tarija es y será la capital del vino boliviano", "Tarija es la capital del vino boliviano, y lo va a "
         "seguir siendo muchos años.", PARAPHRASED),
        ("Halifax is and will remain the sailing town of the coast", "Halifax is the sailing town of the coast, and "
         "it will remain so for years.", PARAPHRASED),
        ("Meißen ist und bleibt die Stadt des Porzellans", "Meißen ist die Stadt des Porzellans in Sachsen, und das "
         "bleibt auch so.", PARAPHRASED),
        ("Nancy est et sera la ville de la bergamote", "Nancy est la ville de la bergamote, et elle le restera "
         "longtemps.", PARAPHRASED),
        # an "and" after a word of meaning adds a thing; a negation; no clause after the stretch; a number changed
        ("We will open new clinics and pharmacies in the valley", "We will open new clinics in the valley, and we "
         "will staff them ourselves.", ALTERED),
        ("Halifax is and will not be the sailing town of the coast", "Halifax is the sailing town of the coast, and "
         "it will remain so for years.", ALTERED),
        ("Halifax is and was the sailing town of the coast", "Halifax is the sailing town of the coast.", ALTERED),
        ("Tarija tiene y tendrá 40 bodegas", "Tarija tiene 30 bodegas, y las va a seguir teniendo.", ALTERED),
    ],
)
def test_a_quote_joining_a_verb_for_the_clause_it_leaves_out_is_reworded_not_altered(
    claim: str, said: str, verdict: Verdict
) -> None:
    assert decide(claim, store=[saved("ANA REYES", said)]).verdict is verdict, claim


@pytest.mark.parametrize(
    ("label", "said"),
    [
        # (round 50, verdicts50) a person's name and their farm or house name, as Tyrol, South Tyrol and Bavaria
        # write them: the person is named in full (blind set 53: "Notburga Mair am Tinkhof" read as "Tinkhof")
        ("Notburga Mair am Tinkhof", "Die Marende hobm mir heit bei Kerzenlicht gessn."),
        ("Sepp Gruber zum Hirschen", "Die Stube bleibt über den Winter zu, bis die Straße frei ist."),
        ("Anna Berger vom Moserhof", "Unsere Kühe stehen seit drei Tagen im Stall und warten auf Heu."),
        ("Kathi Oberhollenzer im Winkl", "Der Schneepflug war heute schon zweimal bei uns oben am Hang."),
    ],
)
def test_words_of_a_person_named_with_their_farm_credited_to_another_are_an_error(label: str, said: str) -> None:
    store = [saved(label, said)]
    finding = judge(replace(quote(said.rstrip("."), "Paul Morel"), mention="Paul Morel"), store)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.ERROR


def test_a_surname_and_farm_with_no_first_name_stays_a_warning() -> None:
    said = "Die Marende hobm mir heit bei Kerzenlicht gessn."
    credited = replace(quote(said.rstrip("."), "Paul Morel"), mention="Paul Morel")
    finding = judge(credited, [saved("Mair am Tinkhof", said)])
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.WARNING


def _article_finding(tmp_path, label: str, said: str, article: str, claim: str) -> Finding:
    from verify._check import check_document
    from verify.sources.snapshots import load_store

    (tmp_path / "record.txt").write_text(f"{label}: {said}\n", encoding="utf-8")
    report = check_document(from_text(article, "a.txt", Format.TEXT), load_store(tmp_path))
    return next(f for f in report.findings if f.claim.text.rstrip(".") == claim)


_PLACED_LEAD = "Growers meet the council\n\nThe district council met growers and traders on Tuesday in the hall.\n\n"


# (round 51, verdicts51) A quote credited by a description ("lamentó la criadora") whose saved record is the person the
# article names last before it: a place of capitalised words after a preposition of place between them ("en Potosí
# Alto Norte") is no other person named since, so a negation left out is an error (blind set 54, Tarija).
@pytest.mark.parametrize(
    ("label", "said", "article", "claim"),
    [
        (
            "SATURNINA CHOQUE",
            "Nosotros tampoco recibimos el forraje, ni las llamas nos quedaron.",
            "El pleno del forraje\n\nEl concejo municipal recibió el martes a los criadores del altiplano en la "
            "sala grande.\n\nSaturnina Choque ordeña nueve vacas en Huanuni Kenko. Llegó al pleno con su manta y "
            "su nieto. «¡Ay, caserito!, seis meses sin forraje».\n\n"
            "«Nosotros recibimos el forraje, ni las llamas nos quedaron», lamentó la lechera.\n",
            "Nosotros recibimos el forraje, ni las llamas nos quedaron",
        ),
        (
            "GRACE ACHIENG",
            "We never got the cold room the county promised us in March.",
            _PLACED_LEAD + "Grace Achieng sells fish in Kisumu Kondele. She came with her two daughters.\n\n"
            "“We got the cold room the county promised us in March,” the trader said.\n",
            "We got the cold room the county promised us in March",
        ),
        (
            "WANJIRU KAMAU",
            "The county has not paid the traders for the flood season.",
            _PLACED_LEAD + "Wanjiru Kamau keeps a stall in Oruro Kantuta. She spoke after the vote.\n\n"
            "“The county has paid the traders for the flood season,” the stallholder said.\n",
            "The county has paid the traders for the flood season",
        ),
    ],
)
def test_a_negation_left_out_of_words_credited_by_a_description_after_a_place_is_an_error(
    tmp_path, label: str, said: str, article: str, claim: str
) -> None:
    finding = _article_finding(tmp_path, label, said, article, claim)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR


def test_a_person_named_after_a_preposition_of_place_is_still_another_person(tmp_path) -> None:
    # "next to Otieno Wafula": a first name opens the run, a person named since: the cast's guess, a warning (since
    # round 55 her deed is no trade's: "Grace Achieng sells fish" would make her "the trader", no guess)
    article = (
        _PLACED_LEAD + "Grace Achieng waits next to Otieno Wafula. She came with her two daughters.\n\n"
        "“We got the cold room the county promised us in March,” the trader said.\n"
    )
    said = "We never got the cold room the county promised us in March."
    claim = "We got the cold room the county promised us in March"
    finding = _article_finding(tmp_path, "GRACE ACHIENG", said, article, claim)
    assert finding.severity is not Severity.ERROR


# (round 51, verdicts51) An unsupported line whose closest source holds a negation before one of its words: a line
# that is no version of that source does not say its opposite by leaving the negation out (tune set 44, Verviers:
# "Les riverains seront relogés …" of "La Ville n'abandonnera aucun riverain."), so it stays a warning; a negation or
# a figure it adds still makes it an error.
@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (
            "Les écoles du quartier auront une nouvelle cantine à la rentrée",
            "La mairie ne fermera aucune école du quartier.",
        ),
        (
            "Los colegios del barrio tendrán comedor nuevo el próximo curso",
            "El ayuntamiento no cerrará ningún colegio del barrio.",
        ),
        ("Die Bauern im Tal bekommen die neuen Weiden am Hang", "Die Gemeinde vergisst keinen Bauern im Tal."),
        ("Schools in the ward will get a new canteen next year", "The council will shut no school in the ward."),
    ],
)
def test_an_unsupported_line_leaving_out_its_closest_sources_negation_is_a_warning(claim: str, said: str) -> None:
    finding = judge(replace(quote(claim, "Ana Reyes"), mention="Reyes"), [saved("ANA REYES", said)])
    assert finding.verdict is Verdict.UNSUPPORTED and finding.severity is Severity.WARNING


def test_an_unsupported_line_adding_a_negation_to_its_closest_source_stays_an_error() -> None:
    said = "La mairie fermera une école du quartier."
    claim = "Aucune école du quartier ne fermera avant les élections"
    finding = judge(replace(quote(claim, "Ana Reyes"), mention="Reyes"), [saved("ANA REYES", said)])
    assert finding.severity is Severity.ERROR and any("negation" in c.flags for c in finding.changes)
