"""Round 61 (names61): where a speaker's name begins and ends — a trade or rank glued to the name in a compound,
letters of an honour after it — bodies named with their units, and names in quote marks that are no one's claim
(hand-written sentences in other words than the sets', four languages)."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from verify.extract.quotes import post_quotes
from verify.models import Author, Place, Post


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a compound whose last part is a trade or a rank of the lexicon, before a whole name
        ("de", ("Rhein-Lotsin Edda Brandhorst brachte den Frachter durch die Brücke: „Das war Maßarbeit.“",),
         ["Edda Brandhorst"]),
        ("de", ("Lotse Fokko Janssen sagte nach der Fahrt: „Der Wind kam von vorn.“",), ["Fokko Janssen"]),
        ("en", ("Tug-driver Mosese Vake said: “We held the barge off the reef all night.”",), ["Mosese Vake"]),
        ("en", ("Ferry-skipper Aroha Tane said: “We ran every crossing on time.”",), ["Aroha Tane"]),
        # letters of a learned society after the name: capitals of no vowel spell no surname, however many
        ("en", ("Dr Mele Fifita FRSNZ, a soil chemist, said: “The samples are clean.”",), ["Mele Fifita"]),
        ("en", ("Professor Kiri Haunui FRSNZ said: “The data are sound.”",), ["Kiri Haunui"]),
    ],
)
def test_a_trade_or_letters_around_a_name_are_no_part_of_it(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a double-barrelled name is a name, whatever its second part ("Baker", "Fischer")
        ("en", ("Sarah Smith-Baker, a nurse, said: “We worked all night.”",), ["Sarah Smith-Baker"]),
        ("de", ("Anna Meyer-Fischer sagte: „Wir haben die ganze Nacht gearbeitet.“",), ["Anna Meyer-Fischer"]),
        # a surname written in capitals keeps its vowels: it is the name's
        ("fr", ("Marie Claire DUPONT, infirmière, a dit : « Nous avons travaillé toute la nuit. »",),
         ["Marie Claire DUPONT"]),
    ],
)
def test_names_shaped_like_trades_or_letters_stay_whole(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


def test_a_post_head_drops_a_trade_of_another_language() -> None:
    # (blind-64: a German radio's post "Lotse Harm Uphoff: …" credited "Lotse Harm Uphoff")
    text = "Lotse Jan Wessels: Wi sünd goot dörkamen, de Ems weer ruhig. Unser Reporter war an Bord."
    post = Post("x", "https://x.com/a/status/1", "1", Author("Radio Nord", "@radionord"), None, text, 3, 1)
    (quote,) = post_quotes(post)
    assert (quote.speaker, quote.place) == ("Jan Wessels", Place.POST)


def test_a_post_head_of_a_given_name_and_surname_stays_whole() -> None:
    text = "Pastor Jan Wessels: Wir danken allen Helfern für die lange Nacht am Deich."
    post = Post("x", "https://x.com/a/status/1", "1", Author("Radio Nord", "@radionord"), None, text, 3, 1)
    (quote,) = post_quotes(post)
    assert quote.speaker == "Jan Wessels"


def _kinds(text: str) -> dict[str, str]:
    from verify.document import Format, from_text
    from verify.extract.blocks import blocks
    from verify.extract.quotes import find_quotes

    document = from_text(text, "article.txt", Format.TEXT)
    return {q.text.rstrip(".,!? "): q.kind.value for q in find_quotes(document, blocks(document))}


_ES = (
    "La feria del pueblo\n\nEl alcalde Tomás Urquiza inauguró el sábado la feria en la plaza mayor. Los vecinos de la "
    "comarca y los visitantes llenaron las calles durante todo el fin de semana, y los puestos de comida vendieron "
    "más que nunca desde que se celebra la feria, según los organizadores del ayuntamiento.\n\n"
)
_FR = (
    "La foire du village\n\nLa maire Odile Ferrand a inauguré samedi la foire sur la place. Les habitants de la "
    "commune et les visiteurs ont rempli les rues pendant tout le week-end, et les stands ont vendu plus que jamais "
    "depuis la première édition de la foire, selon les organisateurs de la mairie.\n\n"
)
_EN = "Village fair\n\nMayor Petra Lindgren opened the fair on Saturday in the square.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name a relative clause gives its noun, by a verb of naming or of knowing-as, whatever cue follows
        (_ES + "El puente, al que en el valle llaman «el puente de los suspiros», se cerró en mayo.",
         "el puente de los suspiros"),
        (_ES + "En la ermita, a la que aquí llaman «la ermita de las cigüeñas», el cura señala el campanario: "
         "«Este año vinieron catorce parejas».", "la ermita de las cigüeñas"),
        (_ES + "La emisora, que toda la comarca conoce como «la radio del llano», cumplió treinta años.",
         "la radio del llano"),
        (_EN + "The footbridge, which everyone in town calls “the Wobbly Mile”, reopened.", "the Wobbly Mile"),
        (_FR + "La vieille jetée, que les marins appellent « le bout du monde », sera refaite.", "le bout du monde"),
        # a list of titles: the first of them, before a comma or a conjunction and the next
        (_FR + "Parmi les toiles exposées : « Marée basse à Tréboul », « Thoniers en rade » et des croquis.",
         "Marée basse à Tréboul"),
        (_ES + "En el programa figuran «Flor de Piña», «Danza de la Pluma» y varios sones.", "Flor de Piña"),
    ],
)
def test_a_name_given_by_a_relative_clause_or_a_list_of_titles_is_no_claim(text: str, name: str) -> None:
    assert _kinds(text)[name] == "mention"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # real words after a naming verb and a colon, or a claim's shape (an indefinite, a sentence)
        (_ES + "Los vecinos lo llaman así: «Un puente cerrado es un pueblo partido», dijo Rosa Aravena.",
         "Un puente cerrado es un pueblo partido"),
        (_ES + "La concejala, que dijo «El puente abrirá en junio», no volvió a hablar del asunto.",
         "El puente abrirá en junio"),
        # two shouts, one after the other: their stops tell sentences
        (_FR + "Les enfants ont crié en chœur : « Vive la foire ! », « Vive l'été ! »", "Vive la foire"),
        # quoted sentences one after another with a cue
        (_EN + "“We open at nine,” “We close at six,” the stallholders said, one after the other.", "We open at nine"),
    ],
)
def test_real_words_after_a_naming_verb_or_in_a_row_stay_claims(text: str, claim: str) -> None:
    assert _kinds(text)[claim] != "mention"


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a body's units set off by commas after its name, a unit's noun and its adjectives in lower case after it
        ("fr", ("Météo-France, Direction interrégionale Nord-Est, Centre météorologique de Nancy, indique dans son "
                "bulletin : « Les chutes de neige dureront jusqu'à jeudi. »",), ["Météo-France"]),
        ("fr", ("L'Agence régionale de santé, Délégation départementale de l'Aude, écrit dans un avis : « Les "
                "urgences resteront ouvertes. »",), ["Agence régionale de santé"]),
        # a body's long name opening the sentence, its remit in lower case, then a unit before the verb
        ("fr", ("La Fédération du Morbihan pour la pêche et la protection du milieu aquatique, service Garderie, y "
                "écrit : « Les contrôles ont doublé. »",),
         ["Fédération du Morbihan pour la pêche et la protection du milieu aquatique"]),
        # the subject of a cue read through a relative clause on a document: the body, not its unit
        ("en", ("The Maritime and Port Authority, Vessel Traffic Division, said in its notice, which was read into "
                "the record: “The channel was closed for two hours.”",), ["Maritime and Port Authority"]),
        # a description whose "of" part names a body with an "of" of its own: the body, never "The head"
        ("en", ("The head of the Department of Earth Sciences says: “The cores will be dated next year.”",),
         ["Department of Earth Sciences"]),
        ("en", ("The director of the Office of Coastal Works said: “The seawall will be raised.”",),
         ["Office of Coastal Works"]),
        # (its name whole over an "of" link and a plural article)
        ("es", ("La directora del Instituto Potosino de las Artes dijo: «Este año vendrán diez mil visitantes».",),
         ["Instituto Potosino de las Artes"]),
    ],
)
def test_a_body_with_its_units_and_a_description_of_its_head(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a comma after a body that leads to a person: the person speaks
        ("fr", ("La Fédération du Morbihan pour la pêche, Jean Le Roux, a dit : « Les contrôles ont doublé. »",),
         ["Jean Le Roux"]),
        ("en", ("The Maritime and Port Authority's spokesman, Tan Wei, said: “The channel was closed for two "
                "hours.”",), ["Tan Wei"]),
        # a description of a person's kin names the person, no body
        ("en", ("The son of Mary Ellwood said: “She loved the sea.”",), ["Mary Ellwood"]),
    ],
)
def test_a_comma_or_an_of_that_leads_to_a_person(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want


_DE = (
    "Das Fest im Bergwerk von Bad Grund\n\nDer Heimatverein Bad Grund hat am Samstag zum Fest am alten Stollen "
    "eingeladen. Die Mitglieder des Vereins und die Gäste aus den Nachbardörfern haben mehr als drei Stunden lang "
    "gefeiert, gesungen und die Geschichte des Bergbaus im Ort erzählt, der seit vielen Jahren ruht.\n\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what a place's people (named after a place the article names) or everyone call a thing
        (_DE + "Das Erz aus dem Berg nennen die Grunder bis heute „das graue Silber“, den Stollen selbst „die Kammer "
         "unter dem Wald“.", "das graue Silber"),
        (_DE + "Das Erz aus dem Berg nennen die Grunder bis heute „das graue Silber“, den Stollen selbst „die Kammer "
         "unter dem Wald“.", "die Kammer unter dem Wald"),
        (_EN + "Locals call the old slate “the blue gold” and the quarry “the hole”.", "the blue gold"),
        # a noun for a name an indefinite article and a participle's phrase lead to the colon
        (_FR + "Le café du port porte sur sa vitrine un nom peint à la main : « Chez Lulu, la table qui rit ».",
         "Chez Lulu, la table qui rit"),
    ],
)
def test_what_the_many_call_a_thing_and_a_painted_name_are_names(text: str, name: str) -> None:
    assert _kinds(text)[name] == "mention"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a group's judgement is no common name: no place of theirs in the article
        (_DE + "Den Plan nennen die Befürworter „den besten Weg für die Stadt“.", "den besten Weg für die Stadt"),
        # one person's judgement
        (_EN + "The senator called the deal “the worst deal in history”.", "the worst deal in history"),
        # a noun that is no name's before the colon: the subject's words
        (_FR + "Le patron a un avis tranché sur la question : « Nous ne fermerons jamais, quoi qu'il arrive ».",
         "Nous ne fermerons jamais, quoi qu'il arrive"),
    ],
)
def test_a_group_or_a_person_calling_a_thing_so_stays_a_claim(text: str, claim: str) -> None:
    assert _kinds(text)[claim] != "mention"


@pytest.mark.parametrize(
    ("code", "texts", "want"),
    [
        # a person's whole name, then what people call them, right after a verb of calling: the nickname is theirs
        ("en", ("Tomasi Fifita, 61, and his nephew sailed for the outer reef on Monday.",
                "On the wharf the children call Tomasi Fifita Papa Toa, after his grandfather's boat.",
                "“The sea gave us back,” Papa Toa said."), ["Tomasi Fifita"]),
        # a whole name after a verb of calling and a weekday or nothing more stays the one person
        ("en", ("Tomasi Fifita sailed for the outer reef on Monday.", "Reporters called Tomasi Fifita twice.",
                "“The sea gave us back,” Fifita said."), ["Tomasi Fifita"]),
    ],
)
def test_a_nickname_after_a_whole_name_a_verb_of_calling_gives(code: str, texts: tuple[str, ...], want: list) -> None:
    assert _said_in(code, *texts) == want
