"""Who the sentence names (round 34, cast34): names in another form, speakers the sentence names before an uncued
quote, presentational sentences. Hand-written sentences in English, German, French and Spanish, each rule with a case
where it must not fire."""

from __future__ import annotations

import pytest

from tests.test_cast import _DE, _ES, _FR, _paragraphs, _said
from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.quotes import find_quotes

_EN = "The council raised the mooring fees in April for the third time in two years, and many boaters were angry. "
_FILLER = {"en": _EN, "de": _DE, "fr": _FR, "es": _ES}


def _said_in(code: str, *texts: str) -> list[str | None]:
    """The speakers of an article's quotes, in order, after two sentences of filler in its language."""
    return list(_said(_paragraphs(_FILLER[code] * 2, *texts)).values())


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a title of the bench, perhaps after a rank word, is no part of the name, first met in the possessive too
        (
            "en",
            ("Senior Magistrate Ifeoluwa Okafor's list was long on Friday.", '"We sit late," Okafor said.'),
            ["Ifeoluwa Okafor"],
        ),
        (
            "en",
            ("Senior Coroner Ifeoluwa Pryce opened the inquest.", '"The hearing is adjourned," Pryce said.'),
            ["Ifeoluwa Pryce"],
        ),
        # a body whose name holds an owner and a hyphenated body word is the whole name
        (
            "en",
            ("The Loch Fyne Creelmen's Co-operative said in a statement that \"every boat has lost money\".",),
            ["Loch Fyne Creelmen's Co-operative"],
        ),
        # (not an owner before a person's name)
        ("en", ('"We will wait," said the council\'s Anna Berg.',), ["Anna Berg"]),
        # a German particle and its article before a common noun (a thing's ending) are no part of the name
        (
            "de",
            (
                "Nach der Reise berichtete Kuratorin Marta Lindner von der Auktion: „Es waren zwölf Bieter da.“",
                "„Die Farbe ist frisch“, sagte Lindner.",
            ),
            ["Marta Lindner", "Marta Lindner"],
        ),
        # (a surname after the particle stays)
        ("de", ("„Wir bleiben dabei“, sagte Ursula von der Heide.",), ["Ursula von der Heide"]),
        # a surname of two words finds the full name, though its first word is a first name of the other gender
        (
            "fr",
            (
                "La nouvelle pièce de Karim Abi Nader remplit la salle.",
                "« Nous jouerons quarante fois », a annoncé Abi Nader au salut.",
            ),
            ["Karim Abi Nader"],
        ),
        (
            "en",
            ("The new play by Karim Abi Nader filled the hall.", '"We will play it forty times," Abi Nader said.'),
            ["Karim Abi Nader"],
        ),
        # (a name of two words that is no tail of the longer one is someone else)
        (
            "en",
            ("The new play by Karim Abi Nader filled the hall.", '"We will play it forty times," Abi Salem said.'),
            ["Abi Salem"],
        ),
    ],
)
def test_names_in_another_form(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a sentence naming its subject right before a quote with no cue: the subject speaks, whatever the verb
        (
            "en",
            ('On Main Street, shopper Ann Varga was less calm. "I bought six pots for the kids on Friday."',),
            ["Ann Varga"],
        ),
        (
            "en",
            (
                "Elsie Korhonen has fished the river for years.",
                'Korhonen, in her kitchen in Aleknagik, poured coffee. "We will go again next year."',
            ),
            ["Elsie Korhonen"],
        ),
        (
            "fr",
            ("Dans la rue principale, la cliente Anne Varga était moins calme. « J'ai acheté six pots vendredi. »",),
            ["Anne Varga"],
        ),
        (
            "fr",
            (
                "Marie Korhonen a pêché pendant vingt ans.",
                "Korhonen, dans sa cuisine à Aleknagik, a versé le café. « Nous repartirons l'an prochain. »",
            ),
            ["Marie Korhonen"],
        ),
        (
            "es",
            ("En la calle Mayor, la compradora Ana Varga estaba menos tranquila. «Compré seis tarros el viernes.»",),
            ["Ana Varga"],
        ),
        ("de", ("Die Kundin Anna Varga war weniger ruhig. „Ich habe neun Becher gekauft.“",), ["Anna Varga"]),
        # (in a verb-second language the subject after a phrase opening the sentence and the verb)
        (
            "de",
            ("In der Hauptstraße war die Kundin Anna Varga weniger ruhig. „Ich habe sechs Becher gekauft.“",),
            ["Anna Varga"],
        ),
        ("de", ("Am Montag war Berlin grau und still. „Hier ist nichts passiert.“",), [None]),
        # (a place, or a run nothing tells is a person's, is no subject that speaks)
        ("en", ('New York was calm. "Nothing happened here at all."',), [None]),
        ("en", ('Paris, in its glory, looked grey. "Nothing happened there at all."',), [None]),
        ("fr", ("Paris, sous la pluie, était grise. « Rien ne s'est passé ici. »",), [None]),
        ("de", ("Berlin, im Regen, war grau. „Hier ist nichts passiert.“",), [None]),
        # an age and a noun set off after the name, before a colon
        (
            "de",
            ("Gerhard Quast, 74, Rentner aus der Vogtei, stand lange vor der Vitrine: „Das ist ein schönes Stück.“",),
            ["Gerhard Quast"],
        ),
        # the name set off after a description, at the end of the paragraph before the quote's
        (
            "de",
            ("Die Vorsitzende des Elternrats, Gesa Quast, trat ans Mikrofon:", "„Unsere Kinder stehen im Dunkeln.“"),
            ["Gesa Quast"],
        ),
        # (no name set off after it: the description names no one)
        ("de", ("Der Saal war still und voll:", "„Unsere Kinder stehen im Dunkeln.“"), [None]),
        # a perfect's auxiliary first, its subject, the cue's participle closing the clause
        (
            "de",
            ("„Wir holen den Pokal nach Hause“, hatte Museumsdirektorin Ulrike Quast im Frühjahr angekündigt.",),
            ["Ulrike Quast"],
        ),
        ("de", ("„Wir holen den Becher“, hat Direktorin Ulrike Quast im Frühjahr gesagt.",), ["Ulrike Quast"]),
    ],
)
def test_the_subject_of_the_sentence_before_an_uncued_quote(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


_PRIEST = {
    "es": "«Bendito sea este retablo», dijo el padre Anselmo Trujillo al final de la misa.",
    "en": '"Bless this altar," said Father Anselmo Trujillo at the end of mass.',
    "fr": "« Béni soit ce retable », a dit le père Anselmo Trujillo à la fin de la messe.",
}


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # a presentational sentence (a phrase of place, its verb, then whom it brings in) makes its subject the one
        # a dropped subject stands for
        (
            "es",
            "Entre el público estaba Celestina Vidal, de 79 años, tataranieta del santero, que vino desde Truchas. "
            "«Así era mi gente, pintaban rezando», dijo.",
            "Celestina Vidal",
        ),
        (
            "es",
            "Desde Puerto Williams cruzó el capitán chileno Renato Quiroga, que vende carnada a la flota. «Lo único "
            "que cambia es la bandera», se rió.",
            "Renato Quiroga",
        ),
        # (a role in the phrase before the comma is no verb: the sentence's subject comes after the comma)
        (
            "es",
            "En la reunión con el alcalde Juan Pérez, la vecina dijo algo. «No sé nada de eso», dijo.",
            "Anselmo Trujillo",
        ),
        # (round 35) in English and French the subject brought in is the one a pronoun then stands for
        (
            "en",
            'From Port Stanley came the Chilean skipper Renato Oyarzo, who had sailed for three days. "We nearly '
            'turned back twice," he laughed.',
            "Renato Oyarzo",
        ),
        (
            "en",
            'In the front row sat Mark Ellery, who had knitted the banner. "I started in March," he said.',
            "Mark Ellery",
        ),
        (
            "fr",
            "Au premier rang se tenait Jean Morvan, qui avait tricoté la banderole. « J'ai commencé en mars », "
            "sourit-il.",
            "Jean Morvan",
        ),
        (
            "fr",
            "De Brest est venu le capitaine Yann Kerrien, qui a navigué trois jours. « Nous avons failli rentrer », "
            "a-t-il ri.",
            "Yann Kerrien",
        ),
        # (a name after a preposition after the verb is no subject: the man quoted before speaks on)
        ("en", 'From the harbour came a letter for Renato Oyarzo. "We will pay," he said.', "Anselmo Trujillo"),
    ],
)
def test_a_presentational_subject(code: str, text: str, want: str | None) -> None:
    assert _said_in(code, _PRIEST[code], text)[-1] == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a title named only in the standfirst, then the role and "she" in the body; "records" is the verb here, no
        # body's word ("Ferris Records")
        (
            "en",
            (
                "Coroner Patricia Quast records a finding of misadventure.",
                "The pathologist, Dr Aoife Brannigan, said the cause was drowning. \"There was no injury,\" she said.",
                'The coroner said she would write to the department. "One death is one too many," she said.',
            ),
            ["Aoife Brannigan", "Patricia Quast"],
        ),
        # (a body's word after a name is still a modifier: "the Trump campaign said")
        (
            "en",
            ('Donald Quast campaign staff met on Monday. "We will win," the campaign said.',),
            ["campaign"],
        ),
    ],
)
def test_a_role_named_before_its_verb(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        # an unnamed member of a body, or someone from it, speaks: not the body, nor anyone named before
        (
            "de",
            "Ein Mitglied des Fördervereins, das nicht namentlich genannt werden wollte, sagte: „Ohne die Spenden wäre "
            "der Pokal weg.“",
            None,
        ),
        (
            "de",
            "Eine Frau aus dem Kirchenvorstand, die nicht namentlich genannt werden möchte, sagte: „Das ist zu teuer.“",
            None,
        ),
        ("en", 'A member of the Friends\' Association said: "Without the gifts the cup would be gone."', None),
        ("fr", "Un membre de l'Association des Amis a dit : « Sans les dons la coupe serait partie. »", None),
        ("es", "Un miembro de la Asociación de Amigos dijo: «Sin las donaciones la copa se habría ido.»", None),
        # (a spokesperson speaks for the body; a name set off after a description is hers)
        ("fr", "Une porte-parole de l'Association des Amis a dit : « Nous payons. »", "Association des Amis"),
        ("es", "Una portavoz de la Asociación de Amigos dijo: «Pagamos.»", "Asociación de Amigos"),
        ("de", "Die Vorsitzende des Vereins, Anna Quast, sagte: „Wir zahlen nicht.“", "Anna Quast"),
    ],
)
def test_an_unnamed_member_of_a_body(code: str, text: str, want: str | None) -> None:
    brandl = {
        "en": 'Sexton John Brandl said: "We are glad."',
        "de": "Der Küster Hans Brandl sagte: „Wir sind froh.“",
        "fr": "Le sacristain Jean Brandl a dit : « Nous sommes contents. »",
        "es": "El sacristán Juan Brandl dijo: «Estamos contentos.»",
    }
    assert _said_in(code, brandl[code], text)[-1] == want


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("es", "Una compradora de Valencia, Lucía Quast, de paso por Malabo, dijo: «Es el mejor cacao.»", "Lucía Quast"),
        ("de", "Eine Helferin aus Worms, Sabine Quast, sagte: „Für den Wein stehe ich um drei auf.“", "Sabine Quast"),
        ("en", 'A buyer from Valencia, Lucy Quast, said: "It is the best cocoa I have tasted."', "Lucy Quast"),
    ],
)
def test_a_name_set_off_after_an_indefinite_description_speaks(code: str, text: str, want: str) -> None:
    assert _said_in(code, text) == [want]


# Round 35 (cast35): names written with a job noun or a form of address before them, and months that are first names.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a job noun capitalised at the sentence's start is no part of the name
        ("en", ('Zookeeper Delroy Tapia, who feeds the lions, smiled: "They eat like kings."',), ["Delroy Tapia"]),
        ("en", ('Ranger Tavita Oduya said: "The trail stays shut."',), ["Tavita Oduya"]),
        # (a surname that is a job noun stays: "Minnie Driver" is no driver)
        ("en", ('"We start in May," said Minnie Driver.',), ["Minnie Driver"]),
        # a month that is a first name, after a form of address, a courtesy title or a role noun: her first name
        (
            "en",
            ('Regular swimmer Aunty June Kessler said she would be back. "The pool is mine," she said.',),
            ["June Kessler"],
        ),
        ("en", ('Mrs April Kessler said she was tired. "I am done," she said.',), ["April Kessler"]),
        # (her namesake of another first name is someone else)
        (
            "en",
            (
                "Mary Kessler opened the pool in 1990.",
                'Swimmer June Kessler said she would be back. "The pool is mine," she said.',
            ),
            ["June Kessler"],
        ),
        # (after a preposition a month is a date: "in June Kessler ..." names Kessler)
        (
            "en",
            ("Tom Kessler opened the pool.", 'In June Kessler said he would sell it. "It is time," he said.'),
            ["Tom Kessler"],
        ),
    ],
)
def test_a_job_noun_or_a_form_of_address_before_a_name(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name set off after an indefinite description whose complement is a place of several words is the subject
        # the next bare cue verb stands for
        (
            "Una vendedora de San Cristóbal de las Casas, Rosalba Quiñones, cerró el puesto temprano. «Hoy no vino "
            "nadie», dijo.",
            "Rosalba Quiñones",
        ),
        (
            "Un pescador de Puerto Ayora, Wilmer Tacuri, pasó a verlas. «Antes no quedaba ni una», dijo.",
            "Wilmer Tacuri",
        ),
        # (with no name set off, the description names no one)
        ("Un pescador de Puerto Ayora pasó a verlas con sus nietos. «Antes no quedaba ni una», dijo.", None),
    ],
)
def test_a_name_apposed_after_a_place_of_several_words(text: str, want: str | None) -> None:
    assert _said_in("es", text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an article no subject takes opens an object: the subject follows the verb, a pronoun or a name
        (
            "Anna Brändle hat die Kuh aufgezogen. Den Erfolg ordnete sie nüchtern ein: „Die Kühe sind unser Stolz.“",
            "Anna Brändle",
        ),
        (
            "Bürgermeisterin Petra Lenz eröffnete die Schau. Dem Bauernverband antwortete sie knapp: „Wir zahlen "
            "weiter.“",
            "Petra Lenz",
        ),
        ("Den Gästen erklärte Landrat Kurt Eder die Regeln: „Wir zahlen weiter.“", "Kurt Eder"),
        # (a subject opening the sentence stays the speaker: "Der Landrat" takes no object's article)
        (
            "Bürgermeisterin Petra Lenz eröffnete die Schau. Der Landrat Kurt Eder ordnete den Erfolg ein: „Wir "
            "zahlen.“",
            "Kurt Eder",
        ),
    ],
)
def test_an_object_opening_a_verb_second_sentence(text: str, want: str) -> None:
    assert _said_in("de", text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the French narrative infinitive goes on with the subject of the sentence before, whatever the verb
        (
            "La maire Claire Dubois a visité le chantier lundi. Et de résumer sa méthode : « Nous avançons pas à "
            "pas. »",
            ["Claire Dubois"],
        ),
        # (after her quote: the speaker credited with it)
        (
            "« Tout va bien », raconte la maire Claire Dubois. Et d'ajouter : « Nous avançons pas à pas. »",
            ["Claire Dubois", "Claire Dubois"],
        ),
        # its own subject between the conjunction and the link speaks
        (
            "Le préfet Paul Roux était là. La maire Claire Dubois a visité le chantier. Et le préfet de conclure : "
            "« Nous tiendrons les délais. »",
            ["Paul Roux"],
        ),
        # (no subject before it: no one, never the verb; "Et de trois" opens no infinitive)
        ("Et d'ajouter : « Nous avançons. »", [None]),
        ("La maire Claire Dubois a gagné. Et de trois : « Nous avançons. »", [None]),
    ],
)
def test_a_narrative_infinitive(text: str, want: list[str | None]) -> None:
    assert _said_in("fr", text) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # after a role noun in lower case, a title that is a given name too, before a lone surname, is the given name
        (
            "es",
            (
                "El Club de Ajedrez Capablanca organizó el torneo.",
                "Desde la baranda, el espectador Pastor Quevedo no lo podía creer. «Juega como nadie», exclamó.",
            ),
            ["Pastor Quevedo"],
        ),
        ("es", ("«Juega como nadie», dijo el espectador Pastor Quevedo.",), ["Pastor Quevedo"]),
        ("en", ('"We open at nine," said the caretaker Earl Boyd.',), ["Earl Boyd"]),
        # (a title alone before the surname is the title: the pastor Quevedo, the bishop John Hale)
        ("es", ("«Juega como nadie», dijo el pastor Quevedo.",), ["Quevedo"]),
        ("en", ('"We open at nine," said Pastor Quevedo.',), ["Quevedo"]),
        ("en", ('"We open at nine," said Bishop John Hale.',), ["John Hale"]),
    ],
)
def test_a_title_that_is_a_given_name_after_a_role(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a surname that is a word of places after a given name no lexicon knows is a person's when a noun for a person
        # stands before it (round 38, gold38: "author and liberal firebrand Cornel West … West landed a dig … “…,” he
        # said" credited the man named before him, dev A)
        (
            "en",
            (
                "Dara Quinn opened the rally. Then organiser and veteran campaigner Tobiah West took the microphone. "
                'West mocked the council. "We will not be moved," he said.',
            ),
            ["Tobiah West"],
        ),
        (
            "fr",
            (
                "Marc Dupont a ouvert la séance. Puis le professeur Tobiah West a pris la parole. "
                "« Je reste », a-t-il dit.",
            ),
            ["Tobiah West"],
        ),
        (
            "es",
            ("Marcos Pérez abrió la sesión. Luego el profesor Tobiah West tomó la palabra. «Me quedo», afirmó.",),
            ["Tobiah West"],
        ),
        # (no noun for a person before it: a place, and the pronoun stays with the man named before)
        (
            "en",
            ('Dara Quinn walked the dunes near Tobiah Bay on Sunday. "We will not be moved," he said.',),
            ["Dara Quinn"],
        ),
    ],
)
def test_a_surname_of_places_after_a_role(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want



@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # a capitalised noun and a name after a preposition and a possessive are an object's, no subject a pronoun
        # stands for (round 36, gold36: "In seiner Heimat Thüringen erreichte die AfD …" made "Heimat Thüringen" him)
        (
            (
                "Björn Lindner sprach lange über die Partei. In seiner Heimatstadt Erfurt erreichte die Partei im "
                "September 23 Prozent. „Wir sind eine Bewegung“, sagte er.",
            ),
            ["Björn Lindner"],
        ),
        (
            (
                "Björn Lindner sprach lange über die Partei. Bei ihrem Verband Hessen Mitte gab es keine Einwände. "
                "„Wir sind eine Bewegung“, sagte er.",
            ),
            ["Björn Lindner"],
        ),
        # (a possessive after a verb opens the subject: "sagte seine Kollegin Anna Meier")
        (
            (
                "Am Abend sprach Björn Lindner lange über die Partei. Gestern sagte seine Kollegin Anna Meier: „Wir "
                "sind eine Bewegung.“",
            ),
            ["Anna Meier"],
        ),
    ],
)
def test_a_name_after_a_preposition_and_a_possessive_is_no_subject(texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in("de", *texts) == want


# Round 36 (names36): names cut or extended. A job noun by its ending opening a full name is no part of it; a given
# name the lexicon lacks before one it knows, in a name a comma sets off, is part of it.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a noun for a job by its ending (lexicon role_endings) opening the run before a full name is the job
        (
            "en",
            ('Archivist Thandeka Mabuza opened the boxes in May. She was blunt: "Half of it is mould."',),
            ["Thandeka Mabuza"],
        ),
        ("en", ('Beekeeper Oyelaran Adeyemi checked the hives. "The queen is fine," he said.',), ["Oyelaran Adeyemi"]),
        (
            "de",
            ("Bibliothekarin Thandeka Mabuza öffnete die Kisten im Mai. Sie sagte: „Die Hälfte ist verschimmelt.“",),
            ["Thandeka Mabuza"],
        ),
        (
            "fr",
            ("Bibliothécaire Nafissatou Kanté a ouvert les cartons. Elle a été claire : « La moitié est moisie. »",),
            ["Nafissatou Kanté"],
        ),
        (
            "es",
            ("Bibliotecaria Yessenia Quispe Mamani abrió las cajas en mayo. Fue clara: «La mitad tiene moho.»",),
            ["Yessenia Quispe Mamani"],
        ),
        # (not a given name of that ending after a title: it opens no run, "la concejala Rosaria Quiroga Paz")
        (
            "es",
            ("La concejala Rosaria Quiroga Paz abrió las cajas. Fue clara: «La mitad tiene moho.»",),
            ["Rosaria Quiroga Paz"],
        ),
        # (nor a known first name of that ending: "Marian")
        ("en", ('Marian Okafor Reid opened the boxes. She was blunt: "Half of it is mould."',), ["Marian Okafor Reid"]),
        # a given name the lexicon lacks before one it knows, in a name set off by a comma, is part of the name
        (
            "en",
            ('The club\'s treasurer, Dee Ann Prowse, said she would stay on. "Somebody has to count," she said.',),
            ["Dee Ann Prowse"],
        ),
        (
            "fr",
            (
                "À Mutsamudu, Zaïnaba Ali Saïd, vendeuse de poisson, haussait les épaules. « Le volcan dormira », "
                "a-t-elle dit.",
            ),
            ["Zaïnaba Ali Saïd"],
        ),
        (
            "es",
            (
                "En el mercado, Yanira Ana Pereira, vendedora de pescado, se encogió de hombros. «El volcán dormirá», "
                "dijo ella.",
            ),
            ["Yanira Ana Pereira"],
        ),
        # (and in the name a cue after the quote gives: no heading's word is glued there)
        ("en", ('"Somebody has to count," said Dee Ann Prowse, the treasurer.',), ["Dee Ann Prowse"]),
        ("fr", ("« Le volcan dormira », a dit Zaïnaba Ali Saïd, vendeuse de poisson.",), ["Zaïnaba Ali Saïd"]),
        ("en", ('"Somebody has to count," said Councillor John Prowse.',), ["John Prowse"]),
        # (not a title or a form of address set off so: "Councillor", "Auntie"; nor a German noun for the person)
        (
            "en",
            ('The club\'s treasurer, Councillor John Prowse, said he would stay. "Somebody has to count," he said.',),
            ["John Prowse"],
        ),
        (
            "en",
            ('The oldest stallholder, Auntie Grace Mensah, spoke last. "Education is a stool," she said.',),
            ["Grace Mensah"],
        ),
        (
            "de",
            ("Der Chef des Lokals, Brauhauswirt Frank Odenthal, lachte. „Wir bleiben offen“, sagte er.",),
            ["Frank Odenthal"],
        ),
    ],
)
def test_a_name_cut_or_extended(code: str, texts: tuple[str, ...], want: list[str]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a given name and a surname's initial is a person of the cast, whom the pronoun after it stands for
        (
            "de",
            (
                "Ortsvorsteher Bernd Kleine eröffnete die Sitzung. „Wir fangen pünktlich an“, sagte Kleine.",
                "Monika R., 48, Busfahrerin, war lange dagegen. „Ich fahre um vier los“, sagte sie.",
                "Hans-Peter S., 66, aus Medebach, war dafür. „Das spart Geld“, sagte er.",
            ),
            ["Bernd Kleine", "Monika R.", "Hans-Peter S."],
        ),
        (
            "en",
            (
                'Harbourmaster Tom Reilly opened the meeting. "We start at nine," Reilly said.',
                'Margaret T., 64, a retired teacher, had argued against it for weeks. "We lose the view," she said.',
            ),
            ["Tom Reilly", "Margaret T."],
        ),
        (
            "fr",
            (
                "Le maire Jean Dufresne a ouvert la séance. « Nous commençons », a dit Dufresne.",
                "Marie L., 45 ans, infirmière, s'y oppose depuis le début. « On perd la vue », a-t-elle dit.",
            ),
            ["Jean Dufresne", "Marie L."],
        ),
        (
            "es",
            (
                "El alcalde Jorge Salcedo abrió la sesión. «Empezamos», dijo Salcedo.",
                "Carmen R., de 38 años, vendedora del mercado, estuvo en contra. «Nos quitan la vista», dijo.",
            ),
            ["Jorge Salcedo", "Carmen R."],
        ),
        # (a given name no lexicon knows, set off by a comma after the initial, after a description or a verb)
        (
            "en",
            (
                'Magistrate Lesego Dube opened the hearing. "We begin with the ledger," Dube said.',
                'One member, Nomvula T., 61, said her husband had paid each month. "There was nothing left," she said.',
            ),
            ["Lesego Dube", "Nomvula T."],
        ),
        (
            "de",
            (
                "Stadträtin Sabine Moser sprach. „Das Budget steht“, sagte Moser.",
                "In der Fragestunde meldete sich Hiltrud P., Rentnerin aus Velden, zu Wort. „Der Bus fährt sonntags "
                "nicht“, sagte sie.",
            ),
            ["Sabine Moser", "Hiltrud P."],
        ),
        # (a capitalised word before a letter is no given name: "Plan B." names no one the pronoun could stand for)
        (
            "en",
            (
                'Harbourmaster Tom Reilly opened the meeting. "We start at nine," Reilly said.',
                'The council had a Plan B. "We lose the view," he said.',
            ),
            ["Tom Reilly", "Tom Reilly"],
        ),
    ],
)
def test_a_given_name_and_a_surname_initial(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a nickname a clause gives the person a pronoun stands for names that person next (its quote is a name)
        (
            "de",
            (
                "Der Fischer Hannes Brodersen fährt seit dreißig Jahren raus. Im Hafen nennen ihn alle nur „Hanne“.",
                "„Die See war rau“, sagte Hanne.",
            ),
            [None, "Hannes Brodersen"],
        ),
        (
            "de",
            (
                "Der Fischer Hannes Brodersen fährt seit dreißig Jahren raus. Im Hafen ist er nur als „Hanne“ bekannt.",
                "„Die See war rau“, sagte Hanne.",
            ),
            [None, "Hannes Brodersen"],
        ),
        # (and a handle's word alone: "Kiebitz" of "Kiebitz_HB")
        (
            "de",
            (
                "Der 17-jährige Jonas Meerkamp aus Bremen gewann das Turnier. Online kennt man ihn als „Kiebitz_HB“.",
                "„Ich war nervös“, sagte Kiebitz nach dem Finale.",
            ),
            [None, "Jonas Meerkamp"],
        ),
        (
            "en",
            (
                "Ferry captain Angus Mackay has run the crossing for thirty years. On the pier everyone calls him "
                '"Skip".',
                '"The sea was rough," Skip said after docking.',
            ),
            [None, "Angus Mackay"],
        ),
        (
            "fr",
            (
                "La pêcheuse Maryvonne Le Bihan travaille au port depuis trente ans. Sur le quai, tout le monde "
                "l'appelle « Mimi ».",
                "« La mer était forte », a raconté Mimi.",
            ),
            [None, "Maryvonne Le Bihan"],
        ),
        (
            "es",
            (
                "El bailador Ramón Aguirre Toledo baila en el zócalo desde 1970. En el barrio todos lo conocen como "
                "«el Flaco».",
                "«El danzón es la vida», dijo el Flaco.",
            ),
            [None, "Ramón Aguirre Toledo"],
        ),
        # (the sentence giving it opens on the whole of the name: a given name no lexicon knows is the person's)
        (
            "es",
            ("Anacleto Luis Ferrer tiene 84 años y en la plaza todos lo conocen como «Don Cleto».",
             "«Aquí bailo desde niño», dijo don Cleto."),
            [None, "Anacleto Luis Ferrer"],
        ),
        # (not a thing's name, nor someone the subject calls by it, nor a name a relative clause gives a thing)
        (
            "en",
            (
                'Ferry captain Angus Mackay has run the crossing for thirty years. He called it "Old Faithful".',
                '"The sea was rough," Old Faithful said after docking.',
            ),
            ["Angus Mackay", "Old Faithful"],
        ),
        (
            "en",
            (
                'Ferry captain Angela Mackay has run the crossing for thirty years. She calls her daughter "Nan".',
                '"The sea was rough," Nan said after docking.',
            ),
            ["Angela Mackay", "Nan"],
        ),
        (
            "es",
            (
                "La cortadora Rosario Vega ganó el sábado con el cuchillo que la familia llama «la Pepa».",
                "«Corta sola», dijo la Pepa.",
            ),
            [None, "Pepa"],
        ),
    ],
)
def test_a_nickname_a_clause_gives(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a place after a preposition of place of the article's language is no one a pronoun stands for
        (
            "fr",
            ("Une épicerie a ouvert lundi au Moulin du Roy.", "« Nous vendons à prix coûtant », a-t-elle expliqué."),
            [None],
        ),
        # (not a day after the preposition, then a name: "am Montag Marco von Hagen")
        (
            "de",
            ("Der Verein hat am Montag Jan Oltmanns als Trainer vorgestellt. „Wir laufen mehr“, sagte er.",),
            ["Jan Oltmanns"],
        ),
        # after a given name no lexicon knows, a man's name is as often her father's: it tells no gender
        (
            "fr",
            (
                "Sa fondatrice, Nafissa Abdi Warsame, ancienne institutrice, a vidé son épargne. « Nous vendons à "
                "prix coûtant », a-t-elle expliqué.",
            ),
            ["Nafissa Abdi Warsame"],
        ),
        (
            "en",
            (
                "A bookshop opens in Kelvin Grove",
                "Its founder, Hodan Yusuf Ahmed, put her savings into it. \"We have three thousand titles,\" she said.",
            ),
            ["Hodan Yusuf Ahmed"],
        ),
    ],
)
def test_a_place_and_a_patronymic(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a noun after an owner's determiner before a name set off is what the person is called
        (
            "es",
            (
                "La fonda «El Rincón» cierra este mes. Su dueña, Eulalia Rondón Paz, de 74 años, ya no puede más.",
                "Su hija, Rocío Llerena Rondón, vino a ayudar. «Mamá, véndela», le dijo. «Ni muerta», le respondió su "
                "madre. «Pues ciérrala tú», insistió la hija.",
                "«Cerramos el sábado», dijo la dueña.",
            ),
            [None, "Rocío Llerena Rondón", "Eulalia Rondón Paz", "Rocío Llerena Rondón", "Eulalia Rondón Paz"],
        ),
        (
            "en",
            (
                'Skipper Dan Morrow brought the boat in. "We lost two pots," Morrow said.',
                'His deckhand, Rory Quinn, had warned him. "The swell was too big," the deckhand said.',
            ),
            ["Dan Morrow", "Rory Quinn"],
        ),
        # "another" one of them, a name set off after it: the sentence is about that person
        (
            "es",
            (
                "El alcalde Jorge Salcedo abrió la sesión. «Empezamos», dijo Salcedo.",
                "Otro cliente, Luis Alberto Zegarra, vino desde Yanahuara para el último adobo. «Es como si cerraran "
                "el Misti», dijo.",
            ),
            ["Jorge Salcedo", "Luis Alberto Zegarra"],
        ),
        # (someone unnamed of that kind names no one)
        (
            "es",
            (
                "El alcalde Jorge Salcedo abrió la sesión. «Empezamos», dijo Salcedo.",
                "Otra vecina se quejó del ruido en la plaza. «No se puede dormir», dijo.",
            ),
            ["Jorge Salcedo", None],
        ),
    ],
)
def test_a_role_after_an_owner_and_another_one(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a correction's sentence naming who said words it says were credited wrongly: that person, both quotes
        (
            "fr",
            (
                "La conseillère Anne Prévot a parlé la première. « Le quai restera ouvert », a dit Prévot.",
                "Rectificatif : dans une première version, la phrase « Le quai restera ouvert » était attribuée par "
                "erreur au capitaine du port, Tom Riou. Elle a été prononcée par la conseillère Anne Prévot.",
            ),
            "Anne Prévot",
        ),
        (
            "es",
            (
                "La concejala Ana Prieto habló primero. «El muelle seguirá abierto», dijo Prieto.",
                "Fe de erratas: en una versión anterior, la frase «El muelle seguirá abierto» fue atribuida por error "
                "al capitán de puerto, Tomás Rivas. La pronunció la concejala Ana Prieto.",
            ),
            "Ana Prieto",
        ),
        (
            "en",
            (
                'Councillor Ada Price spoke first. "The pier will stay open," said Price.',
                'Correction: an earlier version of this story attributed the words "The pier will stay open" to the '
                "harbour master, Tom Reilly. It was spoken by Councillor Ada Price.",
            ),
            "Ada Price",
        ),
        (
            "de",
            (
                "Bürgermeisterin Ute Brandt sprach zuerst. „Der Steg bleibt offen“, sagte Brandt.",
                "Korrektur: In einer früheren Fassung wurde der Satz „Der Steg bleibt offen“ irrtümlich dem "
                "Hafenmeister Tom Rieger zugeschrieben. Er stammt von Bürgermeisterin Ute Brandt.",
            ),
            "Ute Brandt",
        ),
        # (a correction naming no one who said them leaves them to no one, never the one credited wrongly)
        (
            "fr",
            (
                "Le port a rouvert lundi après trois semaines de travaux.",
                "Rectificatif : dans une première version, la phrase « Le quai restera ouvert » était attribuée par "
                "erreur au capitaine du port, Tom Riou. Nos excuses à nos lecteurs.",
            ),
            None,
        ),
    ],
)
def test_a_correction_names_who_said_it(code: str, texts: tuple[str, ...], want: str | None) -> None:
    document = from_text(_paragraphs(_FILLER[code] * 2, *texts), "article.txt", Format.TEXT)
    quotes = find_quotes(document, blocks(document))
    assert {q.speaker for q in quotes if q.text.split()[-1] in ("ouvert", "abierto", "open", "offen")} == {want}


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a name's particle opening the body the person is of: the name ends before it, in every language
        ("de", ("„Der Druck läuft“, sagte Verleger Jonas Brink von Halmstad Press.",), ["Jonas Brink"]),
        ("de", ("„Der Druck läuft“, sagte Jonas Brink von der Halmstad Press.",), ["Jonas Brink"]),
        ("fr", ("« L'impression commence », a dit l'éditeur Jonas Brink de Halmstad Press.",), ["Jonas Brink"]),
        ("es", ("«La impresión empieza», dijo Jonas Brink de Talleres Halmstad SA.",), ["Jonas Brink"]),
        # (a surname after its particle stays, a body's name is whole, a place is no body)
        ("de", ("„Der Druck läuft“, sagte Karl Theodor von Halmstad.",), ["Karl Theodor von Halmstad"]),
        ("es", ("«La impresión empieza», dijo Ana María de la Iglesia.",), ["Ana María de la Iglesia"]),
        ("fr", ("« L'impression commence », a dit Marie Claire de La Tour.",), ["Marie Claire de La Tour"]),
        # a body's kind before its name is no part of it
        (
            "fr",
            ("« Le pont ouvrira en mars », indique l'entreprise Tarn Ouvrages SA dans un communiqué.",),
            ["Tarn Ouvrages SA"],
        ),
        ("fr", ("« Le pont ouvrira en mars », a indiqué la société Tarn Ouvrages.",), ["Tarn Ouvrages"]),
        ("es", ("«El puente abrirá en marzo», dijo la empresa Obras Tarn SA.",), ["Obras Tarn SA"]),
        ("en", ('"The bridge opens in March," the company Tarn Works Ltd said.',), ["Tarn Works Ltd"]),
        ("de", ("„Die Brücke öffnet im März“, teilte die Firma Tarn Bau GmbH mit.",), ["Tarn Bau GmbH"]),
        # (a kind in capitals opens the name: "la Société Générale")
        ("fr", ("« Le pont ouvrira en mars », a indiqué la Société Générale.",), ["Société Générale"]),
        # a place written before a name the article gives alone elsewhere is no part of it
        (
            "fr",
            (
                "Lutte : Ousmane Tahir sacré à Moundou.",
                "Le lutteur d'Abougoudam Ousmane Tahir a gagné la finale dimanche.",
                "« C'est un grand jour », a-t-il ajouté.",
            ),
            ["Ousmane Tahir"],
        ),
        (
            "en",
            (
                "Ousmane Tahir won the final on Sunday.",
                "The wrestler from Abougoudam Ousmane Tahir lifted the cup.",
                '"It is a great day," he added.',
            ),
            ["Ousmane Tahir"],
        ),
        (
            "es",
            (
                "Ousmane Tahir ganó la final el domingo.",
                "El luchador de Abougoudam Ousmane Tahir levantó la copa.",
                "«Es un gran día», añadió.",
            ),
            ["Ousmane Tahir"],
        ),
        # (a run the article never gives shorter is read whole: a given name no lexicon knows)
        (
            "fr",
            ("La lutteuse d'Abougoudam Zenaba Tahir a gagné la finale.", "« C'est un grand jour », a-t-elle dit."),
            ["Abougoudam Zenaba Tahir"],
        ),
    ],
)
def test_a_name_with_what_surrounds_it(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a known given name and a surname's initial is a person with no comma after it
        ("de", ("Sabine K. arbeitet seit zwanzig Jahren im Nachtdienst.", "„Es reicht“, sagte sie."), ["Sabine K."]),
        ("en", ("Sabine K. has worked nights for twenty years.", '"It is enough," she said.'), ["Sabine K."]),
        ("fr", ("Marie L. travaille de nuit depuis vingt ans.", "« Ça suffit », a-t-elle dit."), ["Marie L."]),
        ("es", ("Carmen R. trabaja de noche desde hace veinte años.", "«Ya basta», dijo."), ["Carmen R."]),
        # (not a word no lexicon knows as a given name before a letter closing the sentence)
        ("de", ("Die Station hat keinen Plan B.", "„Es reicht“, sagte sie."), [None]),
        # a nickname a relative clause gives the person named before its comma
        (
            "de",
            ("Luca Schefer, den alle nur «Schefi» nennen, spielt seit zehn Jahren.", "„Wir gewinnen“, sagte Schefi."),
            [None, "Luca Schefer"],
        ),
        (
            "fr",
            ("Luca Schefer, que tout le monde appelle « Schefi », joue depuis dix ans.", "« On gagne », a dit Schefi."),
            [None, "Luca Schefer"],
        ),
        (
            "es",
            ("Luca Schefer, a quien todos llaman «Schefi», juega desde hace diez años.", "«Ganamos», dijo Schefi."),
            [None, "Luca Schefer"],
        ),
        # (a thing's name a relative clause gives is no one's)
        (
            "es",
            ("Su cuchillo, que la familia llama «la Pepa», corta bien.", "«Ganamos», dijo Pepa."),
            [None, "Pepa"],
        ),
        # a document the sentence before opens on as its subject speaks for no one the article named
        (
            "en",
            (
                'The chair, Ruth Amos, opened the meeting. "We start late," she said.',
                'A letter was read out. It said: "The hall must close in May."',
            ),
            ["Ruth Amos", None],
        ),
        (
            "fr",
            (
                "La présidente Ruth Amos a ouvert la séance. « On commence tard », a-t-elle dit.",
                "Une lettre a ensuite été lue. Elle disait : « La salle doit fermer en mai. »",
            ),
            ["Ruth Amos", None],
        ),
        # (a body's statement in a complement is the body's; a pronoun for the woman quoted is hers)
        (
            "en",
            (
                'The chair, Ruth Amos, opened the meeting. "We start late," she said.',
                'The department said in a statement that it was sorry. It added: "The hall must close in May."',
            ),
            ["Ruth Amos", "Ruth Amos"],
        ),
        (
            "fr",
            (
                "La présidente Ruth Amos a ouvert la séance. « On commence tard », a-t-elle dit.",
                "Elle a repris la parole. Elle a dit : « La salle doit fermer en mai. »",
            ),
            ["Ruth Amos", "Ruth Amos"],
        ),
    ],
)
def test_round_37s_leftover_forms(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 38 (later38): given names the English lexicon lacked (biblical men's names, older American women's names, West
# African names) tell the gender, so that "she" skips the man named last and an unnamed colleague keeps hers.
@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (
            (
                "The words were read by Isatu Bangura, the daughter of Josiah Kamara, at his grave on Friday.",
                "Kamara died in May, aged 90.",
                '"He never missed a match," she said.',
            ),
            ["Isatu Bangura"],
        ),
        (
            (
                '"The bus will run at seven," said the board president, Carl Hensley.',
                "Outside, Velma Justice, 80, who went to the school as a girl, waited in the cold.",
                '"They closed the mine and now this," she said.',
            ),
            ["Carl Hensley", "Velma Justice"],
        ),
        # (negative: a man's name known, "she" still goes to the woman the text means, never to him)
        (
            (
                "Mariatu Conteh thanked Ezekiel Bangura for the new pitch on Friday.",
                '"He paid for it himself," she said.',
            ),
            ["Mariatu Conteh"],
        ),
    ],
)
def test_given_names_the_lexicon_lacked_tell_the_gender(texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in("en", *texts) == want


# Round 42 (lead): Ukrainian given names as German, English and French news write them ("sagt Andrij"; gold 2 of the
# real pages), a lone given name after the cue being a name only when the lexicon knows it in a language that
# capitalises nouns; the women's names tell the gender, so that "sie" passes over the man named after her.
@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        (
            "de",
            ("Auch Serhij und Taras (Namen geändert) waren an der Front.", '"Wir haben kaum Munition", sagt Serhij.'),
            ["Serhij"],
        ),
        ("fr", ("Iryna et Bohdan vivent à Lyon depuis un an.", "« Nous voulons rentrer », dit Bohdan."), ["Bohdan"]),
        (
            "en",
            ("Vasyl and his neighbours cleared the road on Sunday.", "“The bridge is gone,” said Vasyl."),
            ["Vasyl"],
        ),
        # (a woman's name: "sie" is hers, not the man's named before her as the sentence's subject)
        (
            "de",
            ("Ihor Lysenko räumte am Morgen mit Switlana Bondar auf.", "„Das Dach ist weg“, sagt sie."),
            ["Switlana Bondar"],
        ),
        # (negative: a capitalised German noun after the cue is still no one's name)
        ("de", ("Die Stellung liegt im Osten.", '"Wir haben kaum Munition", sagt Soldat.'), [None]),
    ],
)
def test_ukrainian_given_names_as_the_news_writes_them(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 38 (tune32): tune set 32's unnamed people and descriptions. Each positive case credited someone else on main.
_BAKER = "„Zwölf Jahre lang habe ich Stollen verkauft“, sagte der Bäcker Xaver Hinterstoißer."
_COUNCILLOR = "“People got phishing emails,” said Councillor Adams, who chairs the committee."


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a German relative clause set off by commas is no subject of the cue verb after it: the unnamed stall holder
        # speaks (not the baker quoted before), though a place stands between the noun and the clause
        (
            "de",
            (
                _BAKER,
                "Ein Standbetreiber vom Christkindlmarkt am Marienplatz, der anonym bleiben wollte, sagte: „Jetzt "
                "schauen alle auf unsere Buden.“",
            ),
            ["Xaver Hinterstoißer", None],
        ),
        # (a name before such a clause still speaks)
        (
            "de",
            (_BAKER, "Anna Berg vom Christkindlmarkt, die seit Jahren dort verkauft, sagte: „Jetzt schauen alle hin.“"),
            ["Xaver Hinterstoißer", "Anna Berg"],
        ),
        # a noun after a preposition and a possessive is the cue verb's object: "von ihrem Vater" is no speaker
        (
            "de",
            (
                _BAKER,
                "Eine Angehörige, die ihren Namen nicht nennen wollte, erzählte von ihrem Vater, der die ersten Tage "
                "auf der Station verbracht hat: „Er hatte keine Schmerzen mehr.“",
            ),
            ["Xaver Hinterstoißer", None],
        ),
        # (a subject after the verb and a possessive still speaks)
        (
            "de",
            (
                _BAKER,
                "Die Ernte sei gut gewesen, erzählte seine Tochter Anna Berg, die den Hof übernommen hat: „Wir haben "
                "alles verkauft.“",
            ),
            ["Xaver Hinterstoißer", "Anna Berg"],
        ),
        # someone unnamed opening a sentence with a body's or a country's letters in the description ("IT", "US"
        # spell small words): the next "he" is theirs, no one named before
        (
            "en",
            (
                _COUNCILLOR,
                "A municipal IT worker said the weakness had been known for months. “We told them about that login "
                "in March,” he said.",
            ),
            ["Adams", None],
        ),
        (
            "en",
            (_COUNCILLOR, "A US official said the talks had stalled. “We are not close to a deal,” he said."),
            ["Adams", None],
        ),
        # (named right after the description: the name speaks)
        (
            "en",
            (
                _COUNCILLOR,
                "A US official, John Reed, said the talks had stalled. “We are not close to a deal,” he said.",
            ),
            ["Adams", "John Reed"],
        ),
        # a description telling a gender, no one given its role: the person the paragraph named in full, though no
        # lexicon knows her given name ("Seraina"); the quote after it with no cue is hers too
        (
            "de",
            (
                "Seraina Imboden leitet die Messreihe seit 2014. „Die Massenbilanz ist negativ“, sagte die "
                "Glaziologin. „Wir messen ein Begräbnis.“",
            ),
            ["Seraina Imboden", "Seraina Imboden"],
        ),
        (
            "fr",
            ("Seraina Imboden dirige les mesures depuis 2014. « Le bilan est négatif », a dit la glaciologue.",),
            ["Seraina Imboden"],
        ),
        (
            "es",
            ("Seraina Imboden dirige las mediciones desde 2014. «El balance es negativo», dijo la glacióloga.",),
            ["Seraina Imboden"],
        ),
        # (named in another paragraph: no guess; round 40: a first name no list holds, "Seraina" is listed now, and a
        # woman's known name of another paragraph is the one the feminine description takes)
        (
            "de",
            (
                "Ursina Imboden leitet die Messreihe seit 2014.",
                "Der Winter war kalt und lang. „Die Massenbilanz ist negativ“, sagte die Glaziologin.",
            ),
            ["Glaziologin"],
        ),
        # (a body's name of three words no lexicon knows is no person the description tells: not the club)
        (
            "es",
            (
                "En la grada seguía la votación Aitor Zubizarreta, delantero del club Izarraitz Pilota Elkartea. «Se "
                "acabó suspender partidos», celebró el pelotari.",
            ),
            ["pelotari"],
        ),
        # a compound on "-begleiterin" is no "Leiterin": the hospice volunteer the paragraph names, not the director
        (
            "de",
            (
                "Geschäftsführerin Heike Lorenz nannte die Kosten. „Der Umbau war teuer“, sagte sie.",
                "Brigitte Schuster begleitet seit Jahren Sterbende. „Wir nehmen den Menschen die Einsamkeit“, sagte "
                "die Hospizbegleiterin.",
            ),
            ["Heike Lorenz", "Brigitte Schuster"],
        ),
    ],
)
def test_tune_set_32_unnamed_people_and_descriptions(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


# Round 39 (left39): round 38's leftover forms. Each positive case failed on main.
_DE_MEETING = " Sie sprach lange über die Pläne für den neuen Spielplatz und über die Kosten für die Gemeinde."


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a German definite description with a genitive, no holder known: as written, never the genitive's noun
        ("de", ("Der Vorstand tagte am Montag." + _DE_MEETING, "„Wir prüfen das“, sagte die Präsidentin des Vereins."),
         ["Präsidentin des Vereins"]),
        ("de", ("Der Vorstand tagte am Montag." + _DE_MEETING, "„Wir prüfen das“, sagte der Leiter des Bauamtes."),
         ["Leiter des Bauamtes"]),
        # (the holder the article named is found as before)
        ("de", ("Die Präsidentin des Vereins, Petra Kunz, kam am Montag zur Sitzung." + _DE_MEETING,
                "„Wir prüfen das“, sagte die Präsidentin des Vereins."), ["Petra Kunz"]),
        # (a spokesperson's genitive is the body they speak for, as before)
        ("de", ("„Wir prüfen das“, sagte der Sprecher des Ministeriums.",), ["Ministeriums"]),
        # a definite description, what its role is of, and a full name with no comma: the name
        ("fr", ("« Le port est plein », a dit la capitaine du port Léa Roux.",), ["Léa Roux"]),
        ("fr", ("« L'école ouvre lundi », a dit le directeur de l'école Marc Girard.",), ["Marc Girard"]),
        ("es", ("«El puerto está lleno», dijo la capitana del puerto Lucía Ferrer.",), ["Lucía Ferrer"]),
        ("en", ('"The port is full," said the captain of the port Lucy Ferris.',), ["Lucy Ferris"]),
        ("de", ("„Der Hafen ist voll“, sagte die Kapitänin des Hafens Lena Roth.",), ["Lena Roth"]),
        # (not a place or a body after the description)
        ("fr", ("« Le port est plein », a dit la capitaine du port de Saint-Malo.",), ["capitaine du port"]),
        ("de", ("„Wir sind zufrieden“, sagte die Vorsitzende des Imkervereins Emmendingen.",), ["Vorsitzende"]),
    ],
)
def test_round_38s_leftover_forms(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # the subject of a verb of hearing heard the words: whom they were heard from said them, never the hearer
        ("en", ("Anna Berg often heard these words from her father: “Work ennobles.”",), ["her father"]),
        ("de", ("„Arbeit adelt.“ Diese Worte hörte Anna Berg oft von ihrem Vater.",), [None]),
        ("de", ("„Arbeit adelt.“ Diese Worte hörte Anna Berg oft von Karl Berg.",), ["Karl Berg"]),
        ("fr", ("Anna Berg a souvent entendu ces mots d’un voisin : « Le travail ennoblit. »",), [None]),
        ("es", ("Ana Berg oyó muchas veces estas palabras de su padre: «El trabajo ennoblece.»",), ["padre"]),
        # (not a hearing of something else before her own cue verb)
        ("en", ("Tom Hill, who heard from the council on Monday, said: “We will appeal.”",), ["Tom Hill"]),
        ("de", ("„Arbeit adelt.“ Diese Worte sagte Anna Berg oft.",), ["Anna Berg"]),
        # a subject the language drops, after a sentence that brings in a document: the document's words, no one's
        ("es", ("El alcalde Juan Pérez abrió el acto en la plaza mayor. Luego se leyó una carta. Decía: «Gracias a "
                "todos por venir.»",), [None]),
        ("es", ("El alcalde Juan Pérez abrió el acto en la plaza mayor. Después se leyó un comunicado. «Gracias a "
                "todos por venir», decía.",), [None]),
        # (the person the sentence before was about, where it brings in no document)
        ("es", ("El alcalde Juan Pérez abrió el acto en la plaza mayor. Luego tomó la palabra. Dijo: «Gracias a "
                "todos por venir.»",), ["Juan Pérez"]),
        # given names of West and Central Africa and of Somalia the lexicons lacked tell the person and the gender
        ("fr", ("Mamadou Diallo et Aïssata Sow ont ouvert la boutique lundi.", "« Nous avons attendu », a-t-elle dit."),
         ["Aïssata Sow"]),
        ("fr", ("Au dernier tour, le champion a affronté le Guéréen Moussa Adoum.", "« J'ai gagné », a dit Adoum."),
         ["Moussa Adoum"]),
        ("de", ("Die Gründerin, Ayaan Ali Farah, eröffnete am Montag den Laden." + _DE_MEETING,
                "„Wir haben lange gewartet“, sagte sie."), ["Ayaan Ali Farah"]),
        ("en", ("Dee Ann Whitlock testified on Tuesday afternoon.", '"I saw him leave at nine," she said.'),
         ["Dee Ann Whitlock"]),
        # a lone surname two of one family bear is whose whole surname it is, not the daughter's named since
        ("es", ("El pescador Aurelio Quintana salió al alba con su barca. Su hija, Marta Quintana Soto, lo esperaba en "
                "el muelle.", "«El mar estaba bravo», dijo Quintana."), ["Aurelio Quintana"]),
        ("en", ("The farmer Aurelio Quintana left at dawn. His daughter, Marta Quintana Soto, waited on the quay.",
                '"The sea was rough," Quintana said.'), ["Aurelio Quintana"]),
        # (one bearer: hers, whose father's surname it is)
        ("es", ("Marta Quintana Soto esperaba en el muelle desde la mañana con su madre.",
                "«El mar estaba bravo», dijo Quintana."), ["Marta Quintana Soto"]),
    ],
)
def test_round_38s_leftover_hearers_documents_and_given_names(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


_DE_ARCHITECT = "Die Architektin Petra Huber hat den neuen Anbau des Rathauses entworfen."


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a surname alone named before, then an article that is also a name's particle: the cue's object, not a name
        ("de", (_DE_ARCHITECT, "„Wir bauen bis Mai.“ So stellte Huber den Entwurf vor."), ["Petra Huber"]),
        ("de", (_DE_ARCHITECT, "Anschließend erläuterte Huber den Antrag: „Wir bauen bis Mai.“"), ["Petra Huber"]),
        ("de", ("Jonas Keller leitet das Bauamt seit zwei Jahren.", "„Es wird eng“, kommentierte Keller den Zeitplan."),
         ["Jonas Keller"]),
        # (a particle name met whole, or no one named by its first word before, stays whole)
        ("de", (_DE_ARCHITECT, "„Wir spielen gut“, sagte Jan den Hartog."), ["Jan den Hartog"]),
        ("de", ("Trainer Ruud den Boer sprach lange mit der Mannschaft.", "„Wir spielen gut“, sagte Ruud den Boer."),
         ["Ruud den Boer"]),
        # a German noun for a person no lexicon lists after an article, then a known given name and a surname
        ("de", (_DE_ARCHITECT, "„Wir bauen bis Mai“, sagte Huber."), ["Petra Huber"]),
        ("de", ("Der Imker Jens Voss hat dieses Jahr kaum Honig geerntet.", "„Die Völker sind schwach“, sagte Voss."),
         ["Jens Voss"]),
        # (not a trade's house: "Die Bäckerei Hans Huber" names no one)
        ("de", ("Die Bäckerei Hans Huber hat am Montag wieder geöffnet.", "„Wir backen wieder“, sagte Huber."), [None]),
    ],
)
def test_round_39s_leftover_forms(code: str, texts: tuple[str, ...], want: list[str | None]) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a document read out or received, then its words after a cue whose subject stands for it: no one's
        ("de", ("Bürgermeister Jonas Keller verlas einen Brief. Er lautete: „Wir danken allen Helfern.“",), [None]),
        ("en", ("Mayor Ann Cole read a letter aloud on Monday. The letter read: “We thank every volunteer.”",), [None]),
        ("en", ("Mayor Ann Cole received a letter from the ministry. It read: “The grant is approved.”",), [None]),
        ("fr", ("Le maire Jean Dupont a lu une lettre. La lettre disait : « Merci à tous les bénévoles. »",), [None]),
        ("es", ("La alcaldesa Ana Cole recibió una carta del ministerio. La carta rezaba: «La ayuda está aprobada.»",),
         [None]),
        ("es", ("La alcaldesa Ana Cole leyó un comunicado.", "El comunicado decía: «La ayuda está aprobada.»"), [None]),
        # (a person's pronoun before a verb of saying is the reader's; a sentence before with no document read out)
        ("de", ("Bürgermeister Jonas Keller verlas einen Brief. Er sagte: „Wir danken allen Helfern.“",),
         ["Jonas Keller"]),
        ("en", ("Mayor Ann Cole spoke at the opening. She said: “The grant is approved.”",), ["Ann Cole"]),
        # the groom and the bride of a wedding: whom the text is about, of the gender the noun tells
        ("en", ("Tom Reed married Ann Cole at St Mary's church on Saturday.", "“It was perfect,” the groom said."),
         ["Tom Reed"]),
        ("en", ("Ann Cole married Tom Reed at St Mary's church on Saturday.", "“It was perfect,” said the bride."),
         ["Ann Cole"]),
        ("de", ("Tom Reed hat am Samstag Anna Cole geheiratet.", "„Es war perfekt“, sagte die Braut."), ["Anna Cole"]),
        ("fr", ("Tom Reed a épousé Anne Cole samedi à l'église.", "« C'était parfait », a dit la mariée."),
         ["Anne Cole"]),
        # (no one of the wedding named: the description as written)
        ("en", ("The vicar, John Smith, led the service.", "“It was perfect,” said the bride."), ["bride"]),
        # a German genitive role with adjectives before the noun it is of: the description, never the noun alone
        ("de", ("„Wir schließen im Mai“, sagte die neue Leiterin des städtischen Tierheims.",),
         ["neue Leiterin des städtischen Tierheims"]),
        ("de", ("„Wir schließen im Mai“, sagte der Präsident des örtlichen Vereins.",),
         ["Präsident des örtlichen Vereins"]),
        # (the holder the article named is found as before)
        ("de", ("Die Leiterin des städtischen Tierheims, Petra Kunz, hat viel vor.",
                "„Wir schließen im Mai“, sagte die Leiterin des städtischen Tierheims."), ["Petra Kunz"]),
        # a description whose head noun ends a body's name named before: the body ("sanctuary" a body's word now)
        ("en", ("Kinloch Wildlife Park said in a statement that two otters had arrived.",
                "“Both pups are healthy,” the park said."), ["Kinloch Wildlife Park"]),
        ("en", ("The Hollow Oak Donkey Sanctuary took in six donkeys this spring.",
                "“All six are healthy,” the sanctuary said in a statement."), ["Hollow Oak Donkey Sanctuary"]),
        # (a surname that is also a kind of place stays a person's: "Park" is no body's word)
        ("en", ("Jimin Park opened the cafe in May.", "“I love this city,” Mr. Park said."), ["Jimin Park"]),
        ("en", ("The city closed Warner Park in May.", "“It is a shame,” the park ranger said."), ["park ranger"]),
        # who heads a group is its head and its voice the article names next, in any of the four languages
        ("es", ("Encarna Soto, de 78 años, encabeza la plataforma vecinal contra el cierre.",
                "La portavoz de la plataforma añadió: «Nos han engañado a todos.»"), ["Encarna Soto"]),
        ("en", ("Martha Rees leads the residents' group against the landfill.",
                "“We will not stop,” said the group's spokeswoman."), ["Martha Rees"]),
        ("en", ("Martha Rees chairs the residents' association.", "“We will not stop,” said the head of the "
                "association."), ["Martha Rees"]),
        ("fr", ("Marthe Roux dirige le collectif contre la décharge depuis mars.",
                "« Nous ne lâcherons rien », a dit la porte-parole du collectif."), ["Marthe Roux"]),
        ("de", ("Marta Ruiz leitet die Bürgerinitiative gegen die Deponie seit März.",
                "„Wir geben nicht auf“, sagte die Sprecherin der Bürgerinitiative."), ["Marta Ruiz"]),
        # (a holder the article named with the role first; a man for "la portavoz"; a lead in the polls heads nothing)
        ("es", ("Marta Ruiz encabeza la plataforma vecinal. La portavoz de la plataforma, Ana Gil, vive junto al "
                "vertedero.", "«No vamos a parar», dijo la portavoz de la plataforma."), ["Ana Gil"]),
        ("es", ("Pedro Ruiz encabeza la plataforma vecinal desde marzo.",
                "«No vamos a parar», dijo la portavoz de la plataforma."), ["portavoz de la plataforma"]),
        ("en", ("Martha Rees leads the residents' group. Its spokeswoman, Ann Cole, lives next to the landfill.",
                "“We will not stop,” said the group's spokeswoman."), ["Ann Cole"]),
        ("en", ("Tom Reed leads the polls in the county race.", "“We will not stop,” the spokesman said."),
         ["the spokesman"]),
        ("de", ("Marta Ruiz führt die Tabelle seit März an.", "„Wir geben nicht auf“, sagte die Sprecherin."),
         ["Sprecherin"]),
    ],
)
def test_round_39s_leftover_documents_weddings_and_genitives(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # (round 44, names44) a definite or possessive description after an inverted cue, whose name the clause set off
        # after it withholds, is someone unnamed, as an indefinite one is: never a role's holder named before
        ("en", ("Harbourmaster Odile Brant closed the slipway.",
                "“The ramp is rotten,” said the skipper, who asked not to be named."), [None]),
        ("en", ("“The ramp is rotten,” said her youngest son, who did not want to be named.",), [None]),
        ("de", ("„Die Rampe ist morsch“, sagte der Fährmann, der seinen Namen nicht nennen will.",), [None]),
        ("fr", ("« La rampe est pourrie », a lâché le passeur, qui a requis l'anonymat.",), [None]),
        ("es", ("«La rampa está podrida», dijo el barquero, que pidió no ser identificado.",), [None]),
        # (nor is a quote the same paragraph goes on with after them the holder's)
        ("en", ("Harbourmaster Odile Brant closed the slipway.",
                "“The ramp is rotten,” said the skipper, who asked not to be named. “It floods,” he added."),
         [None, None]),
        # someone unnamed placed by a preposition's phrase before the clause withholding the name, no comma between,
        # opening a sentence: the "he" after is theirs, not the speaker's before (as "Ein Strahler aus Arth, der …")
        ("en", ("“The ramp is rotten,” Odile Brant added.",
                "A trapper from Maine who asked not to be named had driven up for the weekend and gone home empty.",
                "“Next year I bring my son,” he said, nodding at Brant."), ["Odile Brant", None]),
        ("fr", ("« La rampe est pourrie », a dit Odile Brant.",
                "Un orpailleur de Sète qui a requis l'anonymat est rentré bredouille.",
                "« L'an prochain je reviens », a-t-il dit."), ["Odile Brant", None]),
        # (a clause withholding nothing leaves the speaker quoted before)
        ("en", ("“The ramp is rotten,” Tom Brant added.", "A trapper from Maine who drove up went home empty.",
                "“Next year I bring my son,” he said."), ["Tom Brant", "Tom Brant"]),
        # (a clause that withholds nothing leaves the description as before; a name gives the name)
        ("en", ("“The ramp is rotten,” said the skipper, who asked for a new one.",), ["skipper"]),
        ("en", ("“The ramp is rotten,” said the skipper, Tom Rees, who gave his name gladly.",), ["Tom Rees"]),
    ],
)
def test_a_definite_description_after_the_cue_whose_name_is_withheld(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # (round 44, names44) a title's abbreviation that is a given name too ("Col", "Gen"), after a noun for a person
        # outside the forces in lower case, is the given name: the lexicon's role or a person's ending
        ("en", ("Up at Marlee Flats, drover Col Pemberton checks the troughs.", "“The dam is dry,” he said.",
                "“We need rain,” Pemberton added."), ["Col Pemberton", "Col Pemberton"]),
        ("en", ("“The dam is dry,” said the shearer Gen Whitlock.",), ["Gen Whitlock"]),
        # (a rank's own noun before it, or none, leaves the rank; so does its stop and a council's title)
        ("en", ("The camp commander Col Pemberton checked the troughs.", "“The dam is dry,” he said."),
         ["Pemberton"]),
        ("en", ("“The dam is dry,” said Col Pemberton.",), ["Pemberton"]),
        ("en", ("“The dam is dry,” said drover Col. Pemberton.",), ["Pemberton"]),
        ("en", ("“The dam is dry,” said Cr Ada Pemberton, the shire mayor.",), ["Ada Pemberton"]),
        ("en", ("“The dam is dry,” Cr Pemberton said.",), ["Pemberton"]),
        # a German noun for a person no lexicon lists, capitalised after its article, is no part of a name with a
        # particle ("Die Tarefera Rosa da Silva" as "Die Fotografin Petra Huber")
        ("de", ("Die Flößerin Ana da Cunha, die aus Portugal stammt, antwortet: „Das Holz ist nass.“",),
         ["Ana da Cunha"]),
        ("de", ("„Das Holz ist nass“, sagt der Senner Jan van Dijk.",), ["Jan van Dijk"]),
        # (a body's noun or a trade's house stays: "Die Imkerei Meier" is the business)
        ("de", ("Die Imkerei Meier teilte mit: „Der Honig ist knapp.“",), ["Imkerei Meier"]),
        ("de", ("Die Imkerin Rosa Meier antwortet: „Der Honig ist knapp.“",), ["Rosa Meier"]),
        # a soldier's noun before a lone given name the lexicon knows is no part of the name, as a rank's title is
        # (lexicon ``forces_words``); "sagt Soldat." alone stays no one (round 42's test)
        ("de", ("„Die Brücke hält“, sagt Gefreiter Mats Brandl.", "„Wir bleiben hier“, sagt Soldat Bohdan."),
         ["Mats Brandl", "Bohdan"]),
        # (a given name a lexicon knows opening the run stays whole: "Marine Tondelier")
        ("de", ("„Wir bleiben hier“, sagte Marine Tondelier.",), ["Marine Tondelier"]),
        # a month opening a name of two words a cue after the quote gives is a first name
        ("en", ("“The dam is dry,” said April Tennant.", "“We need rain,” Tennant added."),
         ["April Tennant", "April Tennant"]),
        ("en", ("“The dam is dry,” June Okoro said.",), ["June Okoro"]),
        # (a date after the cue is no name)
        ("en", ("Mayor Ruth Allan spoke at the dam.", "“The dam is dry,” she said in April."), ["Ruth Allan"]),
        ("en", ("Mayor Ruth Allan spoke at the dam.", "“The dam is dry,” Allan said last June."), ["Ruth Allan"]),
    ],
)
def test_given_names_that_are_titles_months_or_after_an_unlisted_noun(
    code: str, texts: tuple[str, ...], want: list[str | None]
) -> None:
    assert _said_in(code, *texts) == want
