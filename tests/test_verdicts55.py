"""Round 55 (verdicts55): the severity of a changed quote credited by a description whose saved record is the person
the article names last before it (capitalised words since that name no one: a count opening a sentence, a place after
a preposition and an article or after a thing's noun and its "of"), and negations of the languages an article quotes
(listed by family, weighed without their own letters, an Inuit infix, a Bantu verb turned across two changes, a
"nothing" no list holds turned into its positive pair).
Each positive is a variant of my own (other words, names, places and languages than any set's article) and failed on
main 40724844."""

from __future__ import annotations

import pytest

from verify.judge import _named_last
from verify.models import Origin, Statement, StatementKind


def _record(label: str) -> Statement:
    return Statement(label, "…", StatementKind.TRANSCRIPT, Origin.SNAPSHOT, "t.txt")


# The text before a quote credited by a description, which names the record's speaker last: capitalised words written
# since name no person, so the record's speaker is the last person named (two things say whose the words are, and a
# changed word of theirs is an error; blind set 58: "Sechsundzwanzig Jahre bin ich hier oben", "hacia la Alta
# Guajira", "frente al muelle de Gardi Sugdub"). (label, text)
NAMED_LAST_DESPITE = {
    "de-count-opening": (
        "GERLINDE HAASE",
        "Gerlinde Haase vermietet seit 1987 Strandkörbe an der Promenade. Am Sonntag hat sie die Körbe hinter den "
        "Deich gezogen.\n„Vierzig Sommer bin ich hier unten, so ein Wasser gab es nie.“",
    ),
    "de-compound-count": (
        "KLAUS-DIETER MEWES",
        "Klaus-Dieter Mewes räuchert seit 1979 Aal am Hafen.\n„Dreiundvierzig Jahre räuchere ich hier, so ein Sturm "
        "war nie.“",
    ),
    "es-article-after-hacia": (
        "WILLINTON RIASCOS",
        "El alcalde de Guapi, el contador Willinton Riascos, salió el martes con la lancha de la alcaldía: «Hoy "
        "salen seis lanchas hacia la Costa Pacífica.»",
    ),
    "es-thing-of-place": (
        "YOLANDA CAICEDO",
        "Yolanda Caicedo vende cocadas en la puerta de su casa, frente al embarcadero de Bahía Cupica. El lunes la "
        "marea le llegó a la cintura.",
    ),
    "fr-thing-of-place": (
        "MARIAMA DIALLO",
        "Mariama Diallo fume du poisson sur la plage, devant le quai de Ngor Diarama. Dimanche, la mer a emporté ses "
        "claies.",
    ),
    "en-thing-of-place": (
        "LOSA TUILAGI",
        "Losa Tuilagi sells fish at the end of the wharf of Salelologa Matautu. On Monday the water reached her stall.",
    ),
}

# Another person named since: a relative's name after "of" ("la hija de Wilmer Angulo"), a person named after a count,
# a person after a preposition: the record's speaker is not the last named. (label, text)
ANOTHER_NAMED_SINCE = {
    "es-kin-of-person": (
        "YOLANDA CAICEDO",
        "Yolanda Caicedo vende cocadas en la puerta de su casa con la hija de Wilmer Angulo. El lunes la marea le "
        "llegó a la cintura.",
    ),
    "en-kin-of-person": (
        "LOSA TUILAGI",
        "Losa Tuilagi sells fish with the son of Wanjala Barasa. On Monday the water reached her stall.",
    ),
    "de-person-after-count": (
        "GERLINDE HAASE",
        "Gerlinde Haase vermietet Strandkörbe. Vierzig Jahre kennt sie Hauke Petersen schon.",
    ),
    "fr-person-after-preposition": (
        "MARIAMA DIALLO",
        "Mariama Diallo fume du poisson sur la plage, à côté de Fatou Ndiaye.",
    ),
}


@pytest.mark.parametrize(("label", "text"), NAMED_LAST_DESPITE.values(), ids=NAMED_LAST_DESPITE)
def test_a_count_or_a_place_written_since_is_no_other_person(label: str, text: str) -> None:
    assert _named_last(_record(label), text, "") is not None


@pytest.mark.parametrize(("label", "text"), ANOTHER_NAMED_SINCE.values(), ids=ANOTHER_NAMED_SINCE)
def test_a_person_written_since_is_another_person(label: str, text: str) -> None:
    assert _named_last(_record(label), text, "") is None


# A negation of a language quoted inside a page of the four languages, listed by family (the Romance languages and the
# Frisian and Slavic of the Alps and the North Sea, the Malay of Borneo and Sumatra, Micronesia, mainland Southeast
# Asia, the Chibchan and Arawakan languages of the Isthmus, Occitan), left out of its statement or swapped: (claim,
# source)
NEGATIONS_OF_QUOTED_LANGUAGES = {
    "de-sursilvan-nagin": ("Nus vein temps per ir a casa", "Nus vein nagin temps per ir a casa."),
    "de-lombard-minga": ("Mi gh'hoo temp de andà giò", "Mi gh'hoo minga temp de andà giò."),
    "de-sorbian-nico": ("Ja sym w nocy widźał", "Ja sym w nocy ničo widźał."),
    "de-friulian-nissun": ("O ai viodût cualchidun in place", "O ai viodût nissun in place."),
    "en-minangkabau-indak": ("Ambo punyo pitih untuak kapa", "Ambo indak punyo pitih untuak kapa."),
    "en-lao-bo": ("Khoy hu wa heua ma meua dai", "Khoy bo hu wa heua ma meua dai."),
    "en-marshallese-ejjelok": ("Ewor dren ilo ene in rainin", "Ejjelok dren ilo ene in rainin."),
    "es-ngabere-naka": ("Ni ja tö nete kwe", "Ni ñaka ja tö nete kwe."),
    "es-wayuu-nnojoishi": ("Eesü wuin yaa jalouktai", "Nnojoishi eesü wuin yaa jalouktai."),
    "fr-occitan-digun": ("I a quauqu'un a l'ostal ongan", "I a digun a l'ostal ongan."),
    "fr-khmer-ot": ("Yeung mean tuk sa'at nov phum", "Yeung ot mean tuk sa'at nov phum."),
}

# A regional negation whose letters are another language's word, in a quote whose only word of that language is the
# negation itself: the word weighed is no sign of its other language (blind set 58's Fering "ei", German "Ei"; tune set
# 48's Palenquero and Romansh "nu", German "nu"). (claim, source)
NEGATIONS_THAT_ARE_THEIR_TEXTS_ONLY_OTHER_WORD = {
    "de-fering-ei": ("Ik kön kem muaren", "Ik kön ei kem muaren."),
    "es-palenquero-nu": ("Suto tan ablá ku ané mañana", "Suto nu tan ablá ku ané mañana."),
    "de-vallader-nu": ("Eu poss ir oz", "Eu nu poss ir oz."),
}

# A word negated by its own form: an Inuit infix after the stem the two words share ("Ilisimanngitunga" of
# "Ilisimajunga"), or a Bantu verb turned affirmative with its particle left out and its affirmative marker put in
# ("Ha re tsebe" quoted as "Re a tseba"). (claim, source)
WORDS_NEGATED_BY_THEIR_FORM = {
    "fr-inuktitut-pijunnanngitunga": ("Pijunnarpunga venir demain", "Pijunnanngitunga venir demain."),
    "en-greenlandic-nngil": ("Takuvara umiarsuaq ullumi", "Takunngilara umiarsuaq ullumi."),
    "en-yupik-nrit": ("Qanertua tuaten ernerpak", "Qanenritua tuaten ernerpak."),
    "en-sesotho-ha-re": ("Re a batla metsi a hloekileng", "Ha re batle metsi a hloekileng."),
    "en-sepedi-ga-re": ("Re a nyaka thušo ya mmušo", "Ga re nyake thušo ya mmušo."),
    "de-setswana-ga-ke": ("Ke a rata dijo tseo gompieno", "Ga ke rate dijo tseo gompieno."),
}

# A dialect's or a quoted language's "nothing" no list holds, opening with the negative n-, turned into its positive
# pair ("something", "etwas", "ebbes", "algo", "qualcosa") or swapped from it (blind set 58's Alemannic "nüt" quoted as
# "ebbis"). (claim, source)
INDEFINITES_TURNED = {
    "de-hunsrik-nicks": ("Mer hon ebbes gehört in der Nacht", "Mer hon nicks gehört in der Nacht."),
    "en-krio-natin": ("Wi get sometin fo chop", "Wi get natin fo chop."),
    "es-portuguese-nadinha": ("Temos algo para comer hoje", "Temos nadinha para comer hoje."),
    "fr-corsican-nulla": ("Aghju vistu qualcosa stanotte", "Aghju vistu nulla stanotte."),
}

# Nearby text that must not change: a word of the same letters in a text of its own language, a capitalised noun or
# acronym, a longer word with no infix, a verb's ending turned with no particle. (claim, source)
NO_NEGATION = {
    "de-egg": ("Er hat ein Brot gekauft", "Er hat ein Ei gekauft."),
    "fr-j-ai": ("J'ai vu le port ce matin", "J'ai vu la mer ce matin."),
    "en-min-temperature": ("The max temperature was three degrees", "The min temperature was three degrees."),
    "en-nda-acronym": ("They sent an NDA to the council", "They signed an NDA with the council."),
    "en-english-ing": ("We sing in the hall", "We were singing in the hall."),
    "en-inuit-no-infix": ("Takujarali umiarsuaq ullumi", "Takujara umiarsuaq ullumi."),
    "en-ending-no-particle": ("Re a batla metsi a hloekileng", "Re a batle metsi a hloekileng."),
    "de-etwas-a-determiner": ("Wir haben etwas Brot gekauft", "Wir haben nasses Brot gekauft."),
    "de-immer-natuerlich": ("Ich bin immer da", "Ich bin natürlich da."),
    "en-always-normally": ("I always take the bus", "I normally take the bus."),
}


def _negation_flagged(claim: str, source: str) -> bool:
    from tests.test_match import aligned

    return any("negation" in change.flags for change in aligned(claim, source).changes)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        *NEGATIONS_OF_QUOTED_LANGUAGES.values(),
        *NEGATIONS_THAT_ARE_THEIR_TEXTS_ONLY_OTHER_WORD.values(),
        *WORDS_NEGATED_BY_THEIR_FORM.values(),
        *INDEFINITES_TURNED.values(),
    ],
    ids=[
        *NEGATIONS_OF_QUOTED_LANGUAGES,
        *NEGATIONS_THAT_ARE_THEIR_TEXTS_ONLY_OTHER_WORD,
        *WORDS_NEGATED_BY_THEIR_FORM,
        *INDEFINITES_TURNED,
    ],
)
def test_a_quoted_languages_negation_left_out_or_turned_is_flagged(claim: str, source: str) -> None:
    assert _negation_flagged(claim, source)


@pytest.mark.parametrize(("claim", "source"), NO_NEGATION.values(), ids=NO_NEGATION)
def test_a_word_of_another_meaning_is_no_negation(claim: str, source: str) -> None:
    assert not _negation_flagged(claim, source)


def test_a_word_negated_by_its_form_is_no_name() -> None:
    from tests.test_match import aligned

    changes = aligned("Qaujimajunga quand le navire arrive", "Qaujimanngitunga quand le navire arrive.").changes
    assert [c.flags for c in changes] == [("negation",)]
