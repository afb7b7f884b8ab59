"""Round 60 (judge60): when a changed quote is an error, and when a post's text is the post.

A careful checker calls a changed number or negation an error when the article credits the words to the saved record's
speaker by any means it ties to them: a surname the record is labelled with alone (``judge._surname_on_record``), a pet
name the article's words make of their given name (``judge._pet_form``), a description whose mark the article gives one
other person (``judge._described_person``: then the words are that person's, `misattributed`). Each positive is an
article of my own (other places, words and languages than any set's) and failed on main b46fccad (but the French mark,
which round 59's reader met already: kept as a guard); the negatives guard a namesake, someone named between, a mark
said of the record's speaker.

A post embed that shows the post's opening (a title its platform's embed shows, ``Platform.shows_title``; words up to an
"…") is the post, unless the cut leaves out its sentence's negation or number (``judge._shown_opening``). The openings
cut with an "…" were `verified` on main already, and the negatives hold there: guards.

A negation particle of a variety of the page's language that is another word of it (Walloon "point", Franc-Comtois
"ran", Turks Islander "een", Kokoy "eh": lexicon ``variety_negations``), left out between two words a quote keeps, is a
negation left out (``match._variety_negation``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_verdicts56 import _finding, _report
from verify.judge import _pet_form, judge
from verify.match import align, prepare
from verify.models import Author, Claim, ClaimKind, Origin, Place, Severity, Statement, StatementKind, Verdict

# A person named by title and surname, then quoted through a pronoun; the record labelled by the surname alone:
# (article, the surname, the quoted words, the saved words)
SURNAMES = {
    "en": (
        "The inquiry into the Kilbride landslip opened on Monday before Coroner Lindqvist.\n\n"
        "“The hearing resumes on Monday at ten,” Lindqvist said. “Six families have written to this court,” she"
        " added.\n",
        "Lindqvist",
        "Six families have written to this court",
        "Four families have written to this court.",
    ),
    "de": (
        "Die Verhandlung über den Brand im Hafenspeicher begann am Montag vor Richterin Okonkwo.\n\n"
        "„Wir hören heute die Feuerwehr“, sagte Okonkwo. „Das Gericht hat nicht zwölf Zeugen geladen“, sagte sie.\n",
        "Okonkwo",
        "Das Gericht hat nicht zwölf Zeugen geladen",
        "Das Gericht hat zwölf Zeugen geladen.",
    ),
    "fr": (
        "Le procès de l'effondrement du quai s'est ouvert lundi devant la présidente Vasquez-Morel.\n\n"
        "« Nous entendrons les familles en premier », a dit Vasquez-Morel. « Huit experts seront entendus », a-t-elle "
        "ajouté.\n",
        "Vasquez-Morel",
        "Huit experts seront entendus",
        "Cinq experts seront entendus.",
    ),
    "es": (
        "El juicio por el incendio del mercado comenzó el lunes ante el magistrado Urquiola.\n\n"
        "«Escucharemos primero a los bomberos», dijo Urquiola. «Nueve peritos declararán esta semana», añadió.\n",
        "Urquiola",
        "Nueve peritos declararán esta semana",
        "Tres peritos declararán esta semana.",
    ),
}


@pytest.mark.parametrize("code", sorted(SURNAMES))
def test_a_surname_the_record_is_labelled_with_alone_attests_a_changed_figure(tmp_path: Path, code: str) -> None:
    article, surname, words, said = SURNAMES[code]
    report = _report(tmp_path, article, [(surname, said)])
    finding = _finding(report, words)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    # A namesake among the sources, named in full: the surname alone names neither for sure.
    other = tmp_path / "other"
    other.mkdir()
    namesake = _report(other, article, [(surname, said), (f"Pedro {surname}", f"{said[:-1]} last year.")])
    assert _finding(namesake, words).severity is Severity.WARNING


# A person named in full, then quoted under a pet name made of a syllable of their given name said twice:
# (article, the record's speaker, the quoted words, the saved words)
PET_NAMES = {
    "es": (
        "Teresa Ramírez, de 86 años, vende queso en el mercado de Tafí del Valle desde 1960.\n\n"
        "«Este año vinieron treinta turistas a la feria del queso», dijo doña Tete.\n",
        "Teresa Ramírez",
        "Este año vinieron treinta turistas a la feria del queso",
        "Este año vinieron trescientos turistas a la feria del queso.",
    ),
    "en": (
        "Josephine Okafor, 87, has sold eggs at the Saturday market in Ilesa since 1961.\n\n"
        "“Twelve hens were taken by the fox this year,” said Mama Jojo.\n",
        "Josephine Okafor",
        "Twelve hens were taken by the fox this year",
        "Two hens were taken by the fox this year.",
    ),
}


@pytest.mark.parametrize("code", sorted(PET_NAMES))
def test_a_pet_name_of_the_record_s_given_name_attests_a_changed_quote(tmp_path: Path, code: str) -> None:
    article, speaker, words, said = PET_NAMES[code]
    finding = _finding(_report(tmp_path, article, [(speaker, said)]), words)
    assert finding.verdict is Verdict.ALTERED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == speaker
    # Someone else named in full between: the pet name may be theirs.
    first, rest = article.split("\n\n", 1)
    between = f"{first}\n\nMarguerite Dubreuil-Hall, sa voisine, était là aussi.\n\n{rest}"
    other = tmp_path / "other"
    other.mkdir()
    assert _finding(_report(other, between, [(speaker, said)]), words).severity is Severity.WARNING


@pytest.mark.parametrize(
    ("pet", "given", "expected"),
    [
        ("Lili", "Amélie", True),
        ("Jojo", "Joséphine", True),
        ("Coco", "Colette", True),
        ("Didi", "Dietmar", True),
        ("Lulú", "Lucía", True),
        ("Mémé", "Amélie", False),  # (a word of address said twice: no syllable of the name)
        ("Bobo", "Colette", False),
        ("Anna", "Anna", False),
        ("Lili", "Josephine", False),
        ("lili", "Amélie", False),  # (in lower case: no name)
    ],
)
def test_a_pet_form_is_a_syllable_of_the_given_name_said_twice(pet: str, given: str, expected: bool) -> None:
    assert _pet_form(pet, given) is expected


# A description with a mark ("with the dog", "au chapeau") the article gives one other person before the quote, the
# record's speaker (of the other gender, so the cast rules them out) quoted right before: (article, the record's
# speaker, the words, the person the mark is said of)
MARKS = {
    "en": (
        "Ines Varga walked her dog along the sea wall every morning before the ferry came in.\n\n"
        "Thomas Rees has skippered the Arranmore ferry since 2004. “We lost two sailings to the swell,” said Thomas"
        " Rees.\n\n“The sea wall will not last another winter,” said the woman with the dog.\n",
        "Thomas Rees",
        "The sea wall will not last another winter",
        "Ines Varga",
    ),
    "fr": (
        "Margaux Lebrun a posé son chapeau de paille sur le banc du port, comme chaque dimanche.\n\n"
        "Yannick Le Goff pêche la sardine à Douarnenez depuis 1990. « La criée ouvre à six heures », a dit Yannick"
        " Le Goff.\n\n« Le port ne sera pas dragué cet hiver », a dit la femme au chapeau.\n",
        "Yannick Le Goff",
        "Le port ne sera pas dragué cet hiver",
        "Margaux Lebrun",
    ),
}


@pytest.mark.parametrize("code", sorted(MARKS))
def test_a_description_s_mark_the_article_gives_one_other_person_credits_them(tmp_path: Path, code: str) -> None:
    article, speaker, words, described = MARKS[code]
    finding = _finding(_report(tmp_path, article, [(speaker, f"{words}.")]), words)
    assert finding.verdict is Verdict.MISATTRIBUTED and finding.severity is Severity.ERROR
    assert finding.claim.speaker == described
    # The mark said of the record's speaker too: the description may be theirs, whom it means is open.
    shared = article.replace(described, speaker, 1)
    other = tmp_path / "other"
    other.mkdir()
    assert _finding(_report(other, shared, [(speaker, f"{words}.")]), words).claim.speaker != described


def _shown(text: str, platform: str) -> Claim:
    """A post as an embed of ``platform`` shows it (its account's saved capture below)."""
    return Claim(
        ClaimKind.POST,
        text,
        "Harbour Watch",
        Place.POST,
        line=1,
        column=1,
        url=f"https://example.org/{platform}/post/77",
        platform=platform,
        author=Author("Harbour Watch", "@harbourwatch"),
        post_id="77",
    )


def _capture(text: str, platform: str) -> Statement:
    return Statement(
        text=text,
        speaker="Harbour Watch",
        source="post.json",
        origin=Origin.SNAPSHOT,
        key=f"post:{platform}:77",
        url=f"https://example.org/{platform}/post/77",
        handle="@harbourwatch",
        fetched_at="2026-12-01T22:00:00Z",
        kind=StatementKind.POST,
    )


# An embed showing a post's opening: a title its platform's embed shows, or words up to an "…" (platform, shown, saved)
OPENINGS = [
    ("reddit", "Slipway closed again?", "Slipway closed again? The council says the repairs start in spring."),
    ("reddit", "Hafen: Wer zahlt den Steg?", "Hafen: Wer zahlt den Steg? Die Gemeinde hat nichts gesagt."),
    (
        "youtube",
        "Le phare de Gatteville, gardien par gardien",
        "Le phare de Gatteville, gardien par gardien. Un film de 1998.",
    ),
    (
        "x",
        "El muelle de Ancud se reparará en primavera…",
        "El muelle de Ancud se reparará en primavera, con fondos del Gobierno regional.",
    ),
    ("bluesky", "Die Fähre fährt wieder…", "Die Fähre fährt wieder. Ab Montag gilt der Winterfahrplan."),
]


@pytest.mark.parametrize(("platform", "shown", "saved"), OPENINGS)
def test_an_embed_showing_a_post_s_opening_is_the_post(platform: str, shown: str, saved: str) -> None:
    finding = judge(_shown(shown, platform), [_capture(saved, platform)])
    assert finding.verdict is Verdict.VERIFIED and finding.severity is Severity.NONE


# A cut that leaves out its sentence's negation or number, and openings that are no title (platform, shown, saved,
# the flag the finding must raise, or None for no `verified`)
CUTS = [
    (
        "x",
        "The pool will reopen in January…",
        "The pool will reopen in January unless the grant is not paid.",
        "negation",
    ),
    ("bluesky", "La piscine rouvrira…", "La piscine rouvrira le 12 janvier.", "number"),
    ("x", "Die Fähre fährt wieder.", "Die Fähre fährt wieder. Ab Montag gilt der Winterfahrplan.", None),
    ("reddit", "Slipway closed", "Slipway closed again? The council says the repairs start in spring.", None),
]


@pytest.mark.parametrize(("platform", "shown", "saved", "flag"), CUTS)
def test_a_cut_that_changes_the_post_is_no_opening(platform: str, shown: str, saved: str, flag: str | None) -> None:
    finding = judge(_shown(shown, platform), [_capture(saved, platform)])
    assert finding.verdict is not Verdict.VERIFIED
    if flag:
        assert finding.verdict is Verdict.ALTERED and any(flag in c.flags for c in finding.changes)


def _flags(claim: str, said: str) -> set[str]:
    record = Statement(
        text=said, speaker="A Speaker", source="record.json", origin=Origin.SNAPSHOT, kind=StatementKind.TRANSCRIPT
    )
    return {flag for change in align(prepare(claim), record).changes for flag in change.flags}


# A negation particle of a variety of the page's language, left out between two words the quote keeps (claim, saved)
VARIETY_DROPPED = [
    ("Di ferry coming today, di sea too rough", "Di ferry een coming today, di sea too rough."),
    ("Dat road open since Tuesday, mi tell yuh", "Dat road eh open since Tuesday, mi tell yuh."),
    ("On a trouvé dans l'grenier de la ferme", "On a ran trouvé dans l'grenier de la ferme."),
    ("J'sais pourquoi la vache a vêlé si tôt", "J'sais mie pourquoi la vache a vêlé si tôt."),
    ("Ich hab geschlafen die ganze Nacht", "Ich hab nisch geschlafen die ganze Nacht."),
    ("Mi find di goat since Monday, she gone up di hill", "Mi caa find di goat since Monday, she gone up di hill."),
]


@pytest.mark.parametrize(("claim", "said"), VARIETY_DROPPED)
def test_a_variety_s_negation_left_out_is_flagged(claim: str, said: str) -> None:
    assert "negation" in _flags(claim, said)


# The same words as no negation: a noun after its article, a word of another language's text, a name, the text's edge
VARIETY_KEPT = [
    ("Il a marqué un décisif à la fin du match", "Il a marqué un point décisif à la fin du match."),
    ("I home as fast as I could that night", "I ran home as fast as I could that night."),
    ("said Levi at the harbour on Monday morning", "said Ran Levi at the harbour on Monday morning."),
    ("Dat road open since Tuesday", "Dat road open since Tuesday eh"),
]


@pytest.mark.parametrize(("claim", "said"), VARIETY_KEPT)
def test_a_variety_s_word_read_otherwise_is_no_negation(claim: str, said: str) -> None:
    assert "negation" not in _flags(claim, said)
