"""A transcript's label of a title and a surname resolves as the surname does (labels63): "MR …", "CLLR …", "FRAU …",
"SRA. …" is the one person the article names in full with that surname, the title's abbreviation no acronym of a body.
Invented articles in other words and places than the tunable sets', and nearby text that must not change."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import _quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text[:24]: q.speaker for q in _quotes(text)}


def _credited(text: str) -> dict[str, str | None]:
    """Each quote's whole words, their closing stop or comma dropped, and its speaker."""
    return {q.text.rstrip(".,"): q.speaker for q in _quotes(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (English: a tribunal's transcript, courtesy titles and a councillor's abbreviation before surnames)
        (
            "Ferry terminal hearing\n\nThe harbour trust is represented by Gwen Trelawny. The objectors are led by "
            "Kofi Mensah; Cllr Rhona Baird speaks for the parish.\n\nFrom the transcript:\n\n"
            'MS TRELAWNY: "The terminal would bring two hundred jobs to the quay."\n\n'
            'MR MENSAH: "The quay floods every spring tide."\n\n'
            'CLLR BAIRD: "The parish has asked for a survey three times."\n',
            {
                "The terminal would bring": "Gwen Trelawny",
                "The quay floods every sp": "Kofi Mensah",
                "The parish has asked for": "Rhona Baird",
            },
        ),
        # (German: "Herr" and "Frau" before a surname in capitals)
        (
            "Streit um den Sportplatz\n\nFür den Verein sprach Katrin Albrecht, für die Anwohner Jürgen Hessler.\n\n"
            "Aus dem Protokoll:\n\n"
            "FRAU ALBRECHT: „Der Platz wird seit hundert Jahren bespielt.“\n\n"
            "HERR HESSLER: „Das Flutlicht brennt bis nach zehn Uhr abends.“\n",
            {
                "Der Platz wird seit hund": "Katrin Albrecht",
                "Das Flutlicht brennt bis": "Jürgen Hessler",
            },
        ),
    ],
)
def test_a_titled_surname_label_is_the_person_named_in_full(text: str, expected: dict[str, str | None]) -> None:
    found = _speakers(text)
    assert {k: found.get(k) for k in expected} == expected


def test_a_titled_label_of_a_surname_no_one_bears_is_the_surname() -> None:
    # (as "said Mr Oakes" is: the title dropped, never the label in capitals nor a body's acronym)
    text = (
        "Ferry terminal hearing\n\nThe hearing opened on Monday.\n\n"
        'MR OAKES: "The terminal would bring two hundred jobs to the quay."\n\n'
        'MS VANCE: "The quay floods every spring tide."\n'
    )
    found = _speakers(text)
    assert found == {"The terminal would bring": "Oakes", "The quay floods every sp": "Vance"}


# --- rows without quote marks under labels in running case, by surname, title or given name ----------------------


class _Claims:
    """The speakers of an article's claims, looked up by the opening of their words."""

    def __init__(self, text: str) -> None:
        from verify.document import Format, from_text
        from verify.extract import extract

        self._found = [(q.text, q.speaker) for q in extract(from_text(text, "article.txt", Format.TEXT)).quotes]

    def get(self, opening: str) -> str | None:
        return next((speaker for words, speaker in self._found if words.startswith(opening)), "not reported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (English: a hearing's record under titles and surnames in running case, after a list)
        (
            "Ferry timetable hearing in Oban\n\nBy Ailsa Grant · Tuesday, 2 March 2027\n\n"
            "The panel was chaired by Dr Morven Lachlan. Evidence came from the ferry operator's manager, Iain Soutar, "
            "and from the community council's secretary, Catriona Buie.\n\n"
            "From the record of the hearing:\n\n"
            "Dr Lachlan: We will hear the operator first and the islanders after.\n\n"
            "Mr Soutar: The winter timetable drops one sailing on Sundays only.\n\n"
            "Mrs Buie: The Sunday sailing is the only one that meets the hospital bus.\n\n"
            "The panel will report in May.\n",
            {
                "We will hear the operato": "Morven Lachlan",
                "The winter timetable dro": "Iain Soutar",
                "The Sunday sailing is th": "Catriona Buie",
            },
        ),
        # (Spanish: minutes under an office in apposition and running-case titles)
        (
            "El cabildo de Tlaxiaco debate el agua\n\nPor Rosa Cruz · lunes 1 de marzo de 2027\n\n"
            "En la mesa: el presidente municipal, Eusebio Ramírez Cano; la regidora Fidelia Ortiz Cruz; el síndico "
            "Gaudencio Martínez.\n\n"
            "Así se habló:\n\n"
            "PRESIDENTE: Este cabildo escucha a las colonias antes de votar la tarifa.\n\n"
            "Regidora Ortiz: Las colonias altas reciben el agua dos días por semana.\n\n"
            "Síndico Martínez: La tubería nueva ya está pagada con fondos del estado.\n\n"
            "La votación será en abril.\n",
            {
                "Este cabildo escucha a l": "Eusebio Ramírez Cano",
                "Las colonias altas reci": "Fidelia Ortiz Cruz",
                "La tubería nueva ya est": "Gaudencio Martínez",
            },
        ),
        # (German: surnames in capitals with a dotless ı and a hyphen)
        (
            "Betriebsversammlung bei den Stadtwerken\n\nVon Jana Kluge · Dienstag, 2. März 2027\n\n"
            "Anwesend waren Betriebsrätin Sibel Kılıç, Schriftführer Malte Brandt-Heyden "
            "und Kassierer Aydın Yılmaz.\n\n"
            "Aus dem Protokoll:\n\n"
            "KILIÇ: Die Schichtpläne für den Winter liegen seit Montag aus.\n\n"
            "BRANDT-HEYDEN: Der Antrag auf Erhöhung der Zulage ist eingegangen.\n\n"
            "YILMAZ: Die Kasse ist geprüft und stimmt auf den Cent.\n\n"
            "Die nächste Versammlung ist im April.\n",
            {
                "Die Schichtpläne für de": "Sibel Kılıç",
                "Der Antrag auf Erhöhung ": "Malte Brandt-Heyden",
                "Die Kasse ist geprüft u": "Aydın Yılmaz",
            },
        ),
        # (French: an initial and a surname in capitals after a list)
        (
            "Festival de la BD à Blois\n\nPar Anne Morel · samedi 6 mars 2027\n\n"
            "Sur scène : la dessinatrice Lucie Marchal, le scénariste Hugo Delaporte et l'éditrice Nadia Ferhat.\n\n"
            "Extraits :\n\n"
            "MARCHAL : Je dessine la Loire depuis que je suis enfant.\n\n"
            "DELAPORTE : Un scénario commence toujours par une carte de la ville.\n\n"
            "N. FERHAT : Une maison d'édition vit de ses libraires avant tout.\n",
            {
                "Une maison d'édition vit": "Nadia Ferhat",
            },
        ),
    ],
)
def test_rows_under_labels_in_running_case_or_capitals_are_the_people_named(
    text: str, expected: dict[str, str]
) -> None:
    claims = _Claims(text)
    assert {opening: claims.get(opening) for opening in expected} == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Jahresversammlung der Feuerwehr\n\nDer Kommandant eröffnete den Abend.\n\n"
            "### Der Jahresbericht von Kerstin Maibaum\n\n"
            "„Wir sind im vergangenen Jahr zu 212 Einsätzen ausgerückt.“\n\n"
            "„Die Drehleiter muss bis zum Sommer ersetzt werden“, sagte sie.\n",
            "Die Drehleiter muss bis zum Sommer ersetzt werden",
            "Kerstin Maibaum",
        ),
        (
            "Asamblea de la cooperativa\n\nLa asamblea empezó a las ocho.\n\n"
            "Palabras de Marta Quiroga Sanz, tesorera:\n\n"
            "«Este año cerramos con un pequeño superávit.»\n\n"
            "«La cooperativa tiene más socios que nunca», dijo ella.\n",
            "La cooperativa tiene más socios que nunca",
            "Marta Quiroga Sanz",
        ),
    ],
)
def test_a_headings_byline_names_the_person_after_its_link(text: str, words: str, speaker: str) -> None:
    found = _credited(text)
    assert found.get(words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # (a particle inside a name whose first word is a given name)
        (
            "Fiesta en el barrio\n\n«Las calles quedan cerradas hasta el domingo», dijo Juan de Dios Pérez.\n",
            "Las calles quedan cerradas hasta el domingo",
            "Juan de Dios Pérez",
        ),
        (
            "Fest im Dorf\n\n„Die Straße bleibt bis Sonntag gesperrt“, sagte Hans von der Heide.\n",
            "Die Straße bleibt bis Sonntag gesperrt",
            "Hans von der Heide",
        ),
    ],
)
def test_a_particle_inside_a_name_stays_in_it(text: str, words: str, speaker: str) -> None:
    found = _credited(text)
    assert found.get(words) == speaker


def test_a_body_after_a_particle_is_no_persons_byline() -> None:
    text = (
        "Becas nuevas\n\n«Las becas se pagan desde marzo», informó la Universidad de Buenos Aires en un comunicado.\n"
    )
    found = _credited(text)
    assert found.get("Las becas se pagan desde marzo") != "Buenos Aires"


def test_an_office_of_a_place_named_after_a_given_name_is_no_byline() -> None:
    text = "Hochwasser\n\n„Die Brücke bleibt gesperrt“, sagte der Bürgermeister von Maria Enzersdorf, Kurt Halbig.\n"
    found = _credited(text)
    assert found.get("Die Brücke bleibt gesperrt") != "Maria Enzersdorf"
