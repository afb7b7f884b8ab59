"""Speakers placed by the article's structure (structure60): a vox pop's heading line over each answer (a name, then an
age, a trade, a place, set off by commas) names whose the answer is; a sentence pointing back at the quote before it by
a demonstrative and a noun for the words names its speaker, its subject set off first or not; an office in lower case
of several words between the cue and a whole name gives the speaker the name. Invented articles in other words and
places than the tunable sets' (every positive fails on main b46fccad), and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes
from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.cues import grammar
from verify.extract.quotes import find_quotes

EN_HEAD = "Ferry fares to rise\n\nBy Kiri Walker · Tuesday, 2 March 2027\n\n"
DE_HEAD = "Neue Fähre für Juist\n\nVon Jana Lüth · Norddeich · Dienstag, 2. März 2027\n\n"
FR_HEAD = "Le bac de Loire ne passera plus\n\nPresse de l'Ouest · 2 mars 2027\n\n"
ES_HEAD = "Crecida del río en Iquitos\n\nPor Nilda Choque · Iquitos · martes, 2 de marzo de 2027\n\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text)]


# --- a vox pop's heading line --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # (plain text: each heading line and its answer in one paragraph; given names no lexicon lists)
        (
            EN_HEAD + "We asked passengers at the wharf what they thought.\n\n"
            "Siosaia Fifita, 52, taxi driver, Nuku'alofa\n“The fare has gone up three times since Easter.”\n\n"
            "Losana Vea, 19, Kolofo'ou\n“I take the boat to school, so my mother pays for all of it.”\n",
            ["Siosaia Fifita", "Losana Vea"],
        ),
        # (German, each heading a paragraph of its own, an age with its word)
        (
            DE_HEAD + "Wir haben am Anleger nachgefragt.\n\nWiebke Harms, 27 Jahre, Pflegerin, Norden\n\n"
            "„Ich pendle jeden Tag, die neue Fähre spart mir eine Stunde.“\n\nOnno Eilers, 63, Juist\n\n"
            "„Früher fuhr das Schiff bei jedem Wetter.“\n",
            ["Wiebke Harms", "Onno Eilers"],
        ),
        # (Spanish, an age in words of the language; French, no age: a known given name and two descriptors)
        (
            ES_HEAD + "Preguntamos en el puerto de Belén.\n\nRómulo Tapullima, de 58 años, pescador, Belén\n"
            "«El agua nunca había llegado hasta la plaza».\n",
            ["Rómulo Tapullima"],
        ),
        (
            FR_HEAD + "Nous avons interrogé les usagers du bac.\n\nMarie Guérin, agricultrice, Ingrandes\n"
            "« Sans le bac, je fais quarante kilomètres de détour pour livrer mon lait. »\n",
            ["Marie Guérin"],
        ),
    ],
)
def test_vox_pop_heading_names_the_answer_under_it(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_vox_pop_heading_in_html() -> None:
    html = (
        "<html><body><article><h1>Should the pier be rebuilt?</h1><p>We asked people on the seafront.</p>"
        "<div class='vox'><h3>Tavita Leota, 44, fisherman, Apia</h3><p>“The old pier took the cyclone better than"
        " the new one.”</p></div><div class='vox'><h3>Moana Falani, 71</h3><p>“Build it once and build it"
        " properly this time.”</p></div></article></body></html>"
    )
    document = from_text(html, "article.html", Format.HTML)
    quotes = find_quotes(document, blocks(document))
    assert [q.speaker for q in quotes] == ["Tavita Leota", "Moana Falani"]


@pytest.mark.parametrize(
    "line",
    [
        "A woman from Leith, who gave no name",  # (someone unnamed)
        "Port Louis, Mauritius, 12 May",  # (a dateline: a place, no age, no given name)
        "By Claire Le Page, 4 December",  # (a byline)
        "Ann Cole, 61, said the pier was safe.",  # (a sentence)
        "Harbour Board, Works Committee",  # (a body and its unit)
        "Anna Berg: “We will see.”",  # (a label of another kind, a quote in it)
    ],
)
def test_lines_that_name_no_one_over_an_answer(line: str) -> None:
    from verify.extract.labels import label_speaker  # (imported here: the module is new in structure60)

    assert label_speaker(grammar("en"), line) is None


def test_an_answer_with_a_cue_of_its_own_keeps_it() -> None:
    text = (
        EN_HEAD + "Ann Cole, 61, harbour master, Neiafu\n\n“The pier is safe,” said the ferry captain, Sione Taufa.\n"
    )
    assert _speakers(text) == ["Sione Taufa"]


# --- a sentence pointing back at the quote ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # (the subject opens the sentence, set off by its apposition; the pointer closes it)
        (
            EN_HEAD + "“The ferry is the only road this island has.” Mele Tupou, a teacher at the Ha'apai primary"
            " school who crosses twice a week, ended the meeting with these words on Friday.\n\nThe board will"
            " decide in May.\n",
            "Mele Tupou",
        ),
        # (the pointer opens the sentence, its noun one the lexicon lists as a finding)
        (
            DE_HEAD + "„Die Insel braucht eine Fähre, die bei Niedrigwasser fährt.“ Mit dieser Feststellung eröffnete"
            " Wiebke Harms, 61, seit zwölf Jahren Inselbürgermeisterin, am Montag die Sitzung des Rates.\n\n"
            "Der Rat stimmte zu.\n",
            "Wiebke Harms",
        ),
        # (the pointer in the middle, the name set off after a description)
        (
            FR_HEAD + "« Le bac, c'est le pont de ceux qui n'en ont pas. » Sa lettre au préfet, la passeuse du bac,"
            " Nolwenn Guérin, l'a conclue par cette remarque mardi.\n\nLe préfet n'a pas répondu.\n",
            "Nolwenn Guérin",
        ),
    ],
)
def test_sentence_pointing_back_names_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # (a pointer, and no one named: the words stay no one's from this sentence)
        EN_HEAD + "“Check the tide before you cross.” Those words are painted on a board at the causeway.\n",
        # (a pointer, and the one named set off is a place, no person: "Holy Island, a village of 160 souls")
        EN_HEAD + "“Check the tide before you cross.” Holy Island, a village cut off twice a day, lives by those"
        " words.\n",
    ],
)
def test_pointing_back_names_no_one(text: str) -> None:
    assert _speakers(text)[0] is None


# --- an office of several words in lower case before a whole name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            ES_HEAD
            + "El río subió dos metros.\n\n«No hemos visto una crecida así desde 2012», advirtió el presidente de"
            " la asociación de lancheros Wilder Panduro.\n",
            "Wilder Panduro",
        ),
        (
            ES_HEAD + "El río subió dos metros.\n\n«Las lanchas no salen hasta el viernes», recordó la capitana de"
            " puerto Rosaura Ahuanari.\n",
            "Rosaura Ahuanari",
        ),
        (
            EN_HEAD + "The fares rise in April.\n\n“We held the price for three years,” said the ferry company's"
            " operations manager Tevita Vake.\n",
            "Tevita Vake",
        ),
    ],
)
def test_office_of_several_words_before_a_name(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # (a school's name after its noun and article: no one's name)
        ES_HEAD + "El río subió.\n\n«Las clases siguen», dijo la directora de la escuela Benito Juárez.\n",
        # (a city's name after its noun)
        ES_HEAD + "El río subió.\n\n«Las clases siguen», dijo el alcalde de la ciudad San José.\n",
    ],
)
def test_office_before_a_thing_named(text: str) -> None:
    assert _speakers(text)[0] not in ("Benito Juárez", "San José")


def test_a_place_after_a_preposition_is_no_name() -> None:
    # (the lead, in review: "Man" is a form of address, so "the man from" read as an office before a name)
    text = (
        "Premier Lionel Beaumont-Hughes, who governs the territory from Lodge Hill House, flew over the valley on "
        "Tuesday: “The army is on its way.”\n\nGareth Pym farms sheep below the dam. “I lost forty ewes overnight,” "
        "he said.\n\n“No family will be left without shelter,” said the man from Lodge Hill.\n"
    )
    assert "Lodge Hill" not in _speakers(EN_HEAD + text)


# --- minutes' rows under an office or a title and a member's name, words unquoted -----------------------------------


def _claims(text: str, fmt: Format = Format.TEXT) -> list[tuple[str | None, str]]:
    from verify.extract import extract

    found = extract(from_text(text, "article.txt" if fmt is Format.TEXT else "article.md", fmt))
    return [(q.speaker, q.text) for q in found.quotes]


def test_minutes_rows_under_a_title_and_a_surname() -> None:
    text = (
        "Gemeinderat Tux beschließt neuen Wasserspeicher\n\nVon Jana Lüth · Tux · Dienstag, 2. März 2027\n\n"
        "Der Gemeinderat hat am Montag den Bau eines Wasserspeichers beschlossen. Wir geben sie wieder.\n\n"
        "Anwesend: Bgm. Karl Moser (Vorsitz); GRin Anna Huber; GR Florian Tipotsch; weitere sechs Mitglieder.\n\n"
        "GRin Huber: Der alte Speicher verliert jeden Tag dreißig Kubikmeter Wasser.\n\n"
        "GR Tipotsch: Ohne neuen Speicher reicht das Wasser im Winter nicht für die Schneekanonen.\n\n"
        "Der Beschluss fiel einstimmig.\n"
    )
    speakers = {speaker for speaker, words in _claims(text) if "Speicher" in words}
    assert speakers == {"Anna Huber", "Florian Tipotsch"}


def test_minutes_rows_under_an_office_and_a_name_in_capitals() -> None:
    text = (
        "Cabildo de Olinalá aprueba la clínica\n\nPor Nilda Choque · Olinalá · martes, 2 de marzo de 2027\n\n"
        "El Cabildo aprobó el martes la construcción de una clínica en la comunidad de Temalacatzingo.\n\n"
        "ASISTENTES: C. Rutilio Bello Nava, presidente municipal; C. Marisela Tlatempa Rojas, regidora de Salud;"
        " C. Abundio Lozano Peña, síndico procurador.\n\n"
        "USO DE LA VOZ DE LA C. REGIDORA DE SALUD, MARISELA TLATEMPA ROJAS: Las mujeres de Temalacatzingo caminan"
        " tres horas para dar a luz.\n\n"
        "USO DE LA VOZ DEL C. SÍNDICO ABUNDIO LOZANO PEÑA: El terreno ya fue donado por la comunidad.\n"
    )
    claims = dict((words.split()[1], speaker) for speaker, words in _claims(text))
    assert claims["mujeres"] == "Marisela Tlatempa Rojas"
    assert claims["terreno"] == "Abundio Lozano Peña"


def test_one_labelled_line_or_a_fact_box_is_no_minutes() -> None:
    text = (
        "Ferry fares to rise\n\nBy Kiri Walker · Tuesday, 2 March 2027\n\nThe council met on Monday. Present: Cllr"
        " Ann Cole, Cllr Tom Hale.\n\nCllr Cole: The ferry must run every day of the winter.\n\nThe vote was"
        " close.\n"
    )
    assert not any(words.startswith("The ferry must") for _, words in _claims(text))


# --- an interview's label that describes its speaker --------------------------------------------------------------


def test_a_label_that_describes_names_whom_the_introduction_sets_off_after_it() -> None:
    text = (
        "# Tane's crew wins the waka ama sprint\n\nBy Kiri Walker · Tuesday, 2 March 2027\n\nThe Ōhope crew won the"
        " sprint on Sunday by two lengths. The coach, Wiremu Tane, had trained them for six winters. After the"
        " race he answered two questions.\n\n**What made the difference?**\n\n**The coach:** We trained in the dark"
        " every morning since June.\n\n**And next year?**\n\n**The coach:** Next year we take the crew to Hawaii.\n"
    )
    speakers = {
        speaker for speaker, words in _claims(text, Format.MARKDOWN) if words.startswith(("We trained", "Next"))
    }
    assert speakers == {"Wiremu Tane"}
