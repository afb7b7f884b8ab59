"""Round 53 (verdicts53): a held-out set of the verdict kinds blind set 56 and tune set 46 missed, written before any
rule of the round, in languages, words, amounts and currencies none of the sets has: a negation of a language or a
variety an article quotes swapped for an affirmative word at its place or left out (a negative quantifier, a
negative existential, an emphatic phrase of several words), words that look like a negation and are none, and
amounts said with a fraction of a word of scale or a currency's abbreviation. Each case has the answer a careful
reader gives; the cases are not edited once the round's rules are built (``OPEN``: the ones this round's rules do
not meet)."""

from __future__ import annotations

import pytest

from tests.test_match import aligned
from tests.test_unseen_verdicts import _cases as held_out_cases
from tests.test_unseen_verdicts import _flagged, _numbers_changed
from verify.match import added_facts, prepare

# A negation of a language or a variety quoted inside a page of the four languages, swapped for an affirmative word
# at its place or left out by the claim: (claim, source)
NEGATIONS_SWAPPED = {
    "de-lowgerman-nuemmer-juemmer": ("Dat hebbt wi jümmer so sehn", "Dat hebbt wi nümmer so sehn"),
    "de-lowgerman-nuemmes-all": ("All hett uns wat seggt", "Nümmes hett uns wat seggt"),
    "de-frisian-gjin": ("Wy hawwe genôch wetter yn 'e mar", "Wy hawwe gjin wetter yn 'e mar"),
    "de-frisian-nimmen": ("Elkenien hat ús holpen", "Nimmen hat ús holpen"),
    "de-yiddish-gornisht": ("Mir hobn alts gezen in shtetl", "Mir hobn gornisht gezen in shtetl"),
    "de-alsatian-nieme": ("Alli hàn uns gholfe", "Nieme hàt uns gholfe"),
    "de-alemannic-niemer": ("Jede het öppis gseit", "Niemer het öppis gseit"),
    "en-welsh-does-dim": ("Mae dŵr yn y pentref", "Does dim dŵr yn y pentref"),
    "en-gaelic-chan-eil": ("Tha airgead againn airson an sgoil", "Chan eil airgead againn airson an sgoil"),
    "en-gujarati-nathi": ("Gaam ma paani chhe", "Gaam ma paani nathi"),
    "en-bengali-nei": ("Gram e jol ache ekhon", "Gram e jol nei ekhon"),
    "en-telugu-ledu": ("Ooru lo neellu unnayi", "Ooru lo neellu ledu"),
    "en-no-way-emphatic": ("I will move to the mainland this year", "No way I will move to the mainland this year"),
    "es-sardinian-nemmos": ("Totus nos ant agiudadu", "Nemmos nos at agiudadu"),
    "es-catalan-ningu-tothom": ("Tothom ens ha ajudat amb el pont", "Ningú ens ha ajudat amb el pont"),
    "es-catalan-mai-sempre": ("Sempre hem tancat la carretera a l'hivern", "Mai hem tancat la carretera a l'hivern"),
    "es-ni-de-chiste": ("Yo vendo mi parcela este año", "Ni de chiste vendo mi parcela este año"),
    "es-en-mi-vida": ("Muchas veces he visto tanta nieve en el puerto", "En mi vida he visto tanta nieve en el puerto"),
    "es-ni-loco": ("Yo me voy del barrio", "Ni loco me voy del barrio"),
    "fr-que-dalle": ("On a reçu beaucoup de l'État", "On a reçu que dalle de l'État"),
    "fr-jamais-de-la-vie-dropped": ("Je vends mon bateau", "Jamais de la vie je vends mon bateau"),
    "fr-khmer-ot-mien": ("Mien tuk nov phum", "Ot mien tuk nov phum"),
    "fr-occitan-degun-totes": ("Totes nos an ajudats", "Degun nos a ajudats"),
}

# A swapped or dropped word that is no negation, or a negation's letters of another meaning: no negation flag
NEGATION_LOOKALIKES = {
    "fr-mai-a-month": ("Le marché rouvrira en juin", "Le marché rouvrira en mai"),
    "fr-mai-a-date": ("La foire aura lieu le 4 juin", "La foire aura lieu le 4 mai"),
    "en-dim-a-light": ("The hall was bright all evening", "The hall was dim all evening"),
    "es-en-la-vida-literal": ("En la casa de los pescadores hay redes", "En la vida de los pescadores hay redes"),
    "en-nei-a-name": ("Mr Chan runs the ferry", "Mr Nei runs the ferry"),
    "es-ni-a-conjunction-kept": ("Ni el alcalde ni la jueza vinieron", "Ni el alcalde ni la jueza llegaron"),
    "de-nimm-a-verb": ("Nimm den Bus zur Schule", "Nimm die Bahn zur Schule"),
    "en-chan-a-name": ("Chan said the ferry runs daily", "Chan said the ferry runs hourly"),
}

# One amount said with a fraction or a compound of a word of scale and a currency's name on one side, its figure,
# sign or abbreviation on the other: (claim, source)
AMOUNTS_ALIKE = {
    "de-viertelmillion": ("Die Halle kostet eine Viertelmillion Euro", "Die Halle kostet 250.000 Euro."),
    "de-dreiviertelmillion-franken": (
        "Die Halle kostet eine Dreiviertelmillion Franken",
        "Die Halle kostet 750.000 Franken.",
    ),
    "es-tres-cuartos-de-millon": (
        "El muelle cuesta tres cuartos de millón de dólares",
        "El muelle cuesta 750.000 dólares.",
    ),
    "fr-trois-quarts-de-million": ("Le quai coûte trois quarts de million de francs", "Le quai coûte 750 000 francs."),
    "en-three-quarters-of-a-million": ("The quay costs three-quarters of a million pounds", "The quay costs £750,000."),
    "en-quarter-of-a-million": ("The quay costs a quarter of a million rand", "The quay costs R250,000."),
    "de-kr-abbreviation": ("Die Fähre kostet zweieinhalb Millionen Kronen", "Die Fähre kostet 2,5 Mio. kr."),
    "de-kr-thousands": ("Die Fähre kostet dreihunderttausend Kronen", "Die Fähre kostet 300.000 kr."),
    "es-sign-then-pesos": ("La obra cuesta seis millones de pesos", "La obra cuesta $6 millones de pesos."),
    "fr-sign-then-dollars-canadiens": ("Le pont coûte trois millions de dollars", "Le pont coûte 3 M$."),
}

# Another amount said with a fraction of a word of scale: a number change
AMOUNTS_CHANGED = {
    "de-viertel-not-dreiviertel": ("Die Halle kostet eine Viertelmillion Euro", "Die Halle kostet 750.000 Euro."),
    "es-cuarto-not-tres-cuartos": (
        "El muelle cuesta un cuarto de millón de dólares",
        "El muelle cuesta 750.000 dólares.",
    ),
    "en-quarter-not-half": ("The quay costs a quarter of a million pounds", "The quay costs £500,000."),
    "de-kr-other-amount": ("Die Fähre kostet dreihunderttausend Kronen", "Die Fähre kostet 400.000 kr."),
}

# Added after the first rules were built (the cases above unchanged): a claim that is its source sentence with the
# negation (and the word it negates) swapped for other words, the rest word for word, adds the opposite; a claim
# that keeps another part of the sentence does not: (claim, source, whether a negation is left out)
LATER_NEGATIONS_SWAPPED_IN_PLACE = {
    "fr-malagasy-tsy-misy-maro": ("Maro ny mpividy eto anio", "Tsy misy mpividy eto anio.", True),
    "es-quechua-manan-kanchu": ("Kanmi yaku llaqtapi kunan", "Manan kanchu yaku llaqtapi kunan.", True),
    "de-turkish-yok-var": ("Burada ekmek var artık bugün", "Burada ekmek yok artık bugün.", True),
    "en-other-part-kept": (
        "It is the principle that matters",
        "It's not the money, it's the principle that matters.",
        False,
    ),
    "en-contrast-left-out": ("The port opens in June as planned", "The port opens in June, not May.", False),
}

# Added after the first rules were built: an amount written with a sign several currencies write, and the name of
# one of them after it: (claim, source, whether they are one amount)
LATER_SIGN_AND_NAME = {
    "es-sign-then-pesos-mid-sentence": (
        "El puente costó siete millones y medio de pesos y lo pagó el estado",
        "El puente costó $7.5 millones de pesos y lo pagó el estado.",
        True,
    ),
    "en-sign-then-pesos": (
        "The pier cost two and a half million pesos, the city said",
        "The pier cost $2.5 million pesos, the city said.",
        True,
    ),
    "es-pesos-not-dollars": (
        "El puente costó siete millones de dólares y lo pagó el estado",
        "El puente costó $7 millones de pesos y lo pagó el estado.",
        False,
    ),
}

# The cases this round's rules do not meet (see docs/verdicts.md, round 53); at the set's writing, on main's code,
# 17 of 45 passed and these 28 failed
OPEN: frozenset[str] = frozenset(
    {
        # ("en-gaelic-chan-eil" met since round 56: "chan eil" is a negative phrase, "Chan" capitalised no name)
        "es-catalan-mai-sempre",
        "fr-khmer-ot-mien",
    }
)


def _cases(table: dict) -> list:
    return held_out_cases(table, OPEN)


@pytest.mark.parametrize(("claim", "source"), _cases(NEGATIONS_SWAPPED))
def test_a_quoted_languages_negation_swapped_or_left_out_is_flagged(claim: str, source: str) -> None:
    assert _flagged(claim, source)


@pytest.mark.parametrize(("claim", "source"), _cases(NEGATION_LOOKALIKES))
def test_a_swapped_word_of_no_negation_is_no_negation(claim: str, source: str) -> None:
    assert not _flagged(claim, source)


@pytest.mark.parametrize(("claim", "source"), _cases(AMOUNTS_ALIKE))
def test_one_amount_with_a_fraction_of_a_word_of_scale_is_no_change(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(("claim", "source"), _cases(AMOUNTS_CHANGED))
def test_another_amount_with_a_fraction_of_a_word_of_scale_is_a_number_change(claim: str, source: str) -> None:
    assert _numbers_changed(claim, source)


@pytest.mark.parametrize(("claim", "source", "flipped"), _cases(LATER_NEGATIONS_SWAPPED_IN_PLACE))
def test_a_negation_swapped_in_place_in_a_reworded_quote_is_left_out(claim: str, source: str, flipped: bool) -> None:
    assert any("negation" in change.flags for change in added_facts(prepare(claim), source)) is flipped


@pytest.mark.parametrize(("claim", "source", "same"), _cases(LATER_SIGN_AND_NAME))
def test_a_signs_amount_is_in_the_currency_named_after_it(claim: str, source: str, same: bool) -> None:
    assert aligned(claim, source).exact is same
