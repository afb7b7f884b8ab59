"""People named by another form, met first in the possessive, unnamed on purpose or speaking together (round 33,
names33): hand-written sentences in English, German, French and Spanish, each rule with a case where it must not
fire."""

from __future__ import annotations

import pytest

from tests.test_cast import _DE, _ES, _FR, _paragraphs, _said, _said_of
from verify.extract.cast import person_alias

_EN = "The council raised the mooring fees in April for the third time in two years, and many boaters were angry. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # initials in brackets right after the name
        (
            _paragraphs(
                _EN * 2,
                'Harbour steward Rhona Pettigrew (RP) told the meeting: "We have waited long enough."',
                'Pat Lee said nothing. RP added: "The boaters deserve an answer by Friday."',
            ),
            {"We have waited": "Rhona Pettigrew", "The boaters deserve": "Rhona Pettigrew"},
        ),
        # a nickname after a nickname word or "known as", set off by commas
        (
            _paragraphs(
                _EN * 2,
                "The hawker Lim Ah Kow, known as Uncle Lim, has cooked here for forty years. Pat Lee runs the next "
                "stall.",
                '"My wok is older than me," Uncle Lim said.',
            ),
            {"My wok is": "Lim Ah Kow"},
        ),
        (
            _paragraphs(
                _DE * 2,
                "Josef Mair, genannt Sepp, kennt jeden Stein am Hafen. Daneben steht Anna Roth.",
                "„Der Hafen ist zu klein“, sagte Sepp.",
            ),
            {"Der Hafen ist": "Josef Mair"},
        ),
        (
            _paragraphs(
                _FR * 2,
                "Le pêcheur Jean Roux, dit « Kiki », connaît chaque rocher. Anne Morel est là aussi.",
                "« Le port est trop petit », a dit Kiki.",
            ),
            {"Le port est": "Jean Roux"},
        ),
        # a party's letters after a name are no short form of it
        (
            _paragraphs(
                _EN * 2,
                'Anna Roth (SPD) told the rally: "We will fight."',
                'Pat Lee said: "Never." SPD added: "We will win."',
            ),
            {"We will fight.": "Anna Roth", "We will win.": "SPD"},
        ),
    ],
)
def test_a_short_form_given_after_a_name_names_that_person(text: str, want: dict[str, str | None]) -> None:
    said = _said(text)
    assert {words: said.get(words) for words in want} == want


@pytest.mark.parametrize(
    ("text", "end", "name", "code", "want"),
    [
        ("Maureen Kilbride (MK) told", 16, "Maureen Kilbride", "en", "MK"),
        ("Jean-Paul Roux (JPR) a dit", 14, "Jean-Paul Roux", "fr", "JPR"),
        ("Anna Roth (SPD) sagte", 9, "Anna Roth", "de", ""),
        ("Julián Pérez, alias el Zorro, agradeció", 12, "Julián Pérez", "es", "Zorro"),
        ("Julián Pérez, que vive aquí, agradeció", 12, "Julián Pérez", "es", ""),
    ],
)
def test_person_alias(text: str, end: int, name: str, code: str, want: str) -> None:
    assert person_alias(text, end, name, code) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _paragraphs(
                _EN * 2,
                "The mood is good in Rhona Pettigrew's campaign room at the legion.",
                '"We win tonight," Pettigrew told supporters.',
            ),
            "Rhona Pettigrew",
        ),
        (
            _paragraphs(_EN * 2, "Rhona Pettigrew's office was grim.", '"We will fight this," Pettigrew told boaters.'),
            "Rhona Pettigrew",
        ),
        # a place in the possessive names no one
        (
            _paragraphs(_EN * 2, "Fees went up in New York's office.", '"We will fight this," York told boaters.'),
            "York",
        ),
    ],
)
def test_a_full_name_first_met_in_the_possessive_introduces_the_person(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


_BEFORE = {
    "en": 'Pat Lee spoke first. "The fees are fair," Lee said. ',
    "de": "Der Hafenmeister Heinz Götze sprach zuerst. „Die Gebühren sind fair“, sagte Götze. ",
    "fr": "Le capitaine Paul Morel a parlé d'abord. « Les tarifs sont justes », a dit Morel. ",
    "es": "El capitán Pablo Morales habló primero. «Las tarifas son justas», dijo Morales. ",
}
_FILLER = {"en": _EN, "de": _DE, "fr": _FR, "es": _ES}


@pytest.mark.parametrize(
    ("code", "sentence", "want"),
    [
        (
            "en",
            'A boater at Pembroke, who asked not to be named because he rents his mooring, said: "I cannot pay."',
            None,
        ),
        ("en", 'A boater, speaking on condition of anonymity, said: "I cannot pay."', None),
        (
            "de",
            "Eine Frau, die nicht namentlich genannt werden möchte, sagte leise: „Ich kann das nicht zahlen.“",
            None,
        ),
        (
            "fr",
            "Un pêcheur de Miquelon, qui s'exprimait sous couvert d'anonymat, a déclaré : « Je ne peux pas payer. »",
            None,
        ),
        ("es", "Una vecina de Barbate, que habló bajo condición de anonimato, dijo: «No puedo pagar».", None),
        # (round 35: a restrictive clause, no comma, right before the cue verb, whose words are no speaker: "anonimato")
        ("es", "Un barquero del muelle que pidió el anonimato aseguró: «No puedo pagar».", None),
        ("es", "Una enfermera del hospital que pidió no ser nombrada relató: «No puedo pagar».", None),
        ("en", 'A boater from the marina who asked not to be named insisted: "I cannot pay."', None),
        ("fr", "Une riveraine qui a requis l'anonymat raconte : « Je ne peux pas payer. »", None),
        # (a noun no lexicon lists, a person by the clause withholding the name: the "er" next is no one's)
        (
            "de",
            "Ein Dauergast, der seinen Namen nicht nennen will, sitzt jeden Abend an der Bar. „Ich komme wegen des "
            "Lichts“, sagt er.",
            None,
        ),
        # (a clause withholding no name: the name before it speaks)
        ("es", "Rosa Quiroga, que pidió calma, aseguró: «No puedo pagar».", "Rosa Quiroga"),
        # a relative clause whose verb of saying reports the words still credits the name before it
        ("en", 'Pat Lee, who said at the meeting: "I cannot pay."', "Pat Lee"),
    ],
)
def test_a_clause_withholding_the_name_reports_no_words(code: str, sentence: str, want: str | None) -> None:
    said = _said(_paragraphs(_FILLER[code] * 2, _BEFORE[code] + sentence))
    assert list(said.values())[-1] == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        (
            "en",
            'Ada Brock and Mia Brock, who won the prize, said together: "We have moored here for thirty years."',
            None,
        ),
        ("en", 'The twins Ada and Mia Brock answered in unison: "We have moored here for thirty years."', None),
        ("de", "„Das hat sich gelohnt“, sagen Uwe und Gabi Reinhold aus Chemnitz wie aus einem Mund.", None),
        ("fr", "« On n'a jamais vu ça ! » ont lancé d'une seule voix Paul Roux et Anne Morel.", None),
        ("es", "«Nunca vimos algo así», respondieron al unísono Ana Ruiz y Luis Gil.", None),
        # "together with" names a companion, not a chorus
        ("en", 'Ada Brock said, together with her sister: "We stay."', "Ada Brock"),
    ],
)
def test_words_credited_to_several_people_at_once_are_no_one_persons(code: str, text: str, want: str | None) -> None:
    said = _said(_paragraphs(_FILLER[code] * 2, text))
    assert list(said.values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _paragraphs(
                _DE * 2,
                "Die Stimmung in Greta Lindqvists Team ist gut.",
                "„Wir gewinnen heute“, sagte Lindqvist den Anhängern.",
            ),
            "Greta Lindqvist",
        ),
        (
            _paragraphs(_DE * 2, "Greta Lindqvists Wahlkampfbüro ist voll.", "„Wir gewinnen heute“, sagte Lindqvist."),
            "Greta Lindqvist",
        ),
        # a name of three words whose middle one is a first name is no genitive
        (
            _paragraphs(_DE * 2, "Heute sprach Anna Thomas Weber.", "„Wir gewinnen heute“, sagte Weber den Anhängern."),
            "Anna Thomas Weber",
        ),
    ],
)
def test_a_full_name_first_met_in_the_german_genitive_introduces_the_person(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a participle and where from, opening the sentence before its subject, is no name
        (
            "fr",
            "Venu de Quimper par le train, Théodore Briand, 91 ans, a fait le tour du port. « Dans mon temps, on "
            "séchait la morue », a-t-il dit.",
            "Théodore Briand",
        ),
        (
            "fr",
            "Arrivée de Lyon par le train, Odile Ferrand, 54 ans, a visité le port. « Le port est trop petit », "
            "a-t-elle dit.",
            "Odile Ferrand",
        ),
        (
            "fr",
            "Hervé de Charette, ancien ministre, a visité le port. « Le port est trop petit », a-t-il dit.",
            "Hervé de Charette",
        ),
        # a cue verb right after a comma shares the subject the sentence opened on; the noun before the comma is the
        # first verb's object
        (
            "de",
            "Kiels Trainer Gerhard Stuck verließ die Kabine wortlos, schrieb aber später in einer Nachricht an die "
            "Zeitung: „Wir werden das intern aufarbeiten.“",
            "Gerhard Stuck",
        ),
        (
            "de",
            "Gerhard Stuck verließ die Kabine wortlos, sagte später: „Wir werden das intern aufarbeiten.“",
            "Gerhard Stuck",
        ),
        # a subject of its own after the comma speaks
        (
            "de",
            "Gerhard Stuck verließ die Kabine wortlos, Anna Roth sagte später: „Wir werden das aufarbeiten.“",
            "Anna Roth",
        ),
    ],
)
def test_a_place_or_a_thing_near_the_subject_is_no_speaker(code: str, text: str, want: str | None) -> None:
    assert list(_said(_paragraphs(_FILLER[code] * 2, text)).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # round 35 (tune29, tune set 29's Singapore hospital): a minister's portfolio between the title and a name the
        # lexicon does not know the first name of ("Health Faizal Rahman" was the speaker)
        (
            _paragraphs(
                _EN * 2,
                'Senior Parliamentary Secretary for Health Faizal Rahman, who opened the ward, said: "The ministry '
                'will fund a second ward."',
                '"We will build it by 2028," said Secretary of State for Education and Skills Idris Okonkwo.',
            ),
            {"The ministry will": "Faizal Rahman", "We will build": "Idris Okonkwo"},
        ),
        # not before a name of two words: a first name that is also a portfolio word stays in the name
        (
            _paragraphs(_EN * 2, '"We will build it by 2028," said Anjali Home Rahman, who chairs the trust.'),
            {"We will build": "Anjali Home Rahman"},
        ),
    ],
)
def test_a_ministers_portfolio_is_no_part_of_the_name(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # round 37 (left37): a portfolio between the title and the name in French, Spanish and German, before a colon
        # and after an inverted cue; the role is the holder's ("le ministre" next is Jean Dufresne), and of two
        # ministers the one the cue names
        (
            "fr",
            (
                "La ministre de la Culture Rachida Datou a déclaré : « Nous ouvrirons trois musées cette année. »",
                "« Rien ne change pour les patients », a affirmé le ministre de la Santé Jean Dufresne.",
                "Le maire Paul Roux a protesté. « Nous attendons encore les crédits », a dit Roux.",
                "« Nous tiendrons parole sur les hôpitaux », a assuré le ministre.",
            ),
            ["Rachida Datou", "Jean Dufresne", "Paul Roux", "Jean Dufresne"],
        ),
        (
            "es",
            (
                "«No lo vamos a permitir nunca», dijo el ministro de Asuntos Exteriores José Manuel Albar.",
                "«Crecemos más que nadie en Europa», dijo el ministro de Economía Carlos Cuervo.",
                "La consejera de Sanidad Ana Ruiz afirmó: «Abriremos tres hospitales este año».",
            ),
            ["José Manuel Albar", "Carlos Cuervo", "Ana Ruiz"],
        ),
        (
            "de",
            (
                "Staatssekretärin für Gesundheit Anke Brodersen sagte: „Wir schauen mit Interesse nach Harrislee.“",
                "„Wir bauen im nächsten Jahr neue Straßen“, sagte Senator für Inneres Andy Grothe.",
                "„Wir bleiben aber bei unserem Plan“, sagte die Staatssekretärin.",
            ),
            ["Anke Brodersen", "Andy Grothe", "Anke Brodersen"],
        ),
        # (not a name right after the link, whose the role is: "el abogado de Ana Ruiz" is her lawyer; nor a place the
        # role is of with no name after it)
        (
            "es",
            (
                "«No vamos a aceptar este recorte», dijo el abogado de Ana Ruiz.",
                "«Esperaremos a que amaine el temporal», dijo el responsable de Salvamento Marítimo.",
            ),
            ["abogado de Ana Ruiz", "responsable de Salvamento Marítimo"],
        ),
        # (nor a name after "für" and a body: "sagte Jens Ott für Hamburg Wasser" is Jens Ott)
        ("de", ("„Wir bleiben hier bis zum Ende“, sagte Jens Ott für Hamburg Wasser.",), ["Jens Ott"]),
    ],
)
def test_a_ministers_portfolio_in_other_languages(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert list(_said(_paragraphs(_FILLER[code] * 2, *texts)).values()) == want
