"""Round 60 (groups60): a line a group sings after a colon is a claim (the singers' or no one's, never the person
quoted before), an unnamed speaker's relative clause before a colon, a body named after a titled place.

Each positive is a sentence of my own (groups, songs, places and bodies no evaluation set has) that main b46fccad read
otherwise; each negative is nearby text that stays as read on both."""

from __future__ import annotations

import pytest

from tests.test_quote_cues import DE, EN_LEAD, ES, FR
from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.quotes import find_quotes
from verify.models import Quote, QuoteKind


def _quotes(text: str) -> list[Quote]:
    document = from_text(text, "article.txt", Format.TEXT)
    return find_quotes(document, blocks(document))


def _last(text: str) -> Quote:
    """The last quote of a plain-text article."""
    return _quotes(text)[-1]


# A line a group sings, chants or strikes up after a colon is what they sang: a claim, credited to the group the cue
# writes or to no one (main: a song's title, no claim, unless it ended on "!" or said one phrase over)
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (DE + "Am Abend sang der Männergesangverein am Brunnen: „Wohlauf, die Luft geht frisch und rein.“",
         (None, "Männergesangverein")),
        (DE + "Zum Schluss sangen die Kinder auf Romanisch: „Chalandamarz, chaland'avrigl, laschai las vachas“",
         (None, "Kinder")),
        (EN_LEAD + "When the crew crossed the line, the schoolchildren of Scoil Eoin sang for the visitors: “Báidín "
         "Fheilimí d'imigh go Toraigh”", (None, "schoolchildren", "schoolchildren of Scoil Eoin")),
        (EN_LEAD + "Outside the hall the miners' choir sang together: “We'll keep a welcome in the hillsides.”",
         (None, "miners' choir", "choir")),
        (ES + "Al final, las copleras del barrio cantaron con sus cajas: «Al pie de un cerro nevado, mi corazón se "
         "quedó»", (None, "copleras", "copleras del barrio")),
        (FR + "Devant la chapelle, les scouts ont chanté ensemble : « Nous irons tous au paradis, même moi »",
         (None, "scouts")),
    ],
)
def test_a_line_a_group_sings_after_a_colon_is_a_claim(text: str, speakers: tuple[str | None, ...]) -> None:
    quote = _last(text)
    # (a leading article is no part of who speaks: the evaluation reads "the schoolchildren" as "schoolchildren")
    assert quote.kind is QuoteKind.DIRECT and ((quote.speaker or "").removeprefix("the ") or None) in speakers


@pytest.mark.parametrize(
    "text",
    [
        # (lines rounds 37 to 43 kept a song's after a colon: the singers' claims now, as blind sets 62 and 63 read)
        DE + "Beim ersten Schlag sang der Kinderchor der Grundschule am Brunnen: „Tochter Zion, freue dich“.",
        EN_LEAD + "When the bell first rang, the children's choir of the village school sang: “Ring out, wild bells, "
        "across the bay”.",
        DE + "Das Publikum sang den Refrain mit: „Wir waren jung und die Nacht war lang“.",
    ],
)
def test_a_line_a_choir_or_a_crowd_sings_after_a_colon_is_no_title(text: str) -> None:
    assert _last(text).kind is QuoteKind.DIRECT


@pytest.mark.parametrize(
    "text",
    [
        FR + "« Le quai sera refait », a dit Odile Ferrand. Après la messe, la chorale a chanté : « Adieu, notre "
        "ami, que la mer te soit douce. »",
        ES + "«El muelle se arregla», dijo Tomás Urquiza. Después, el coro parroquial cantó: «Virgen del Carmen, "
        "estrella de los mares»",
    ],
)
def test_a_line_sung_after_a_persons_quote_is_not_theirs(text: str) -> None:
    # (main credited the choir's line to the person quoted before: the cast read the choir's noun as a description of
    # the nearest person)
    quote = _last(text)
    assert quote.kind is QuoteKind.DIRECT and quote.speaker in (None, "chorale", "coro parroquial", "coro")


@pytest.mark.parametrize(
    "text",
    [
        # a song's title in title case with no stop of its own after a colon, a word or two, no colon at all
        DE + "Zum Schluss sangen alle zusammen: „Stille Nacht, Heilige Nacht“",
        EN_LEAD + "Then the choir sang: “Gloria”",
        EN_LEAD + "The band played “The Rose of Tralee” on the quay.",
        EN_LEAD + "The fans sang “Sweet Caroline” all the way home.",
        # a line of a song the sentence names before it: the song's text, quoted as a work is
        DE + "Beim Hit der Band, „Nordwind über Kiel“, sang der Saal den Refrain mit: "
        "„Wir waren jung und die Nacht war kurz“.",
        # a banner's words and a nickname
        EN_LEAD + "A banner at the front read “Save Our School”.",
        EN_LEAD + "Residents still call the old building “the Barracks”.",
    ],
)
def test_a_songs_title_a_banner_and_a_nickname_stay_no_claims(text: str) -> None:
    assert _last(text).kind is QuoteKind.MENTION


def test_a_person_singing_a_verse_keeps_it() -> None:
    text = EN_LEAD + "Ana Ruiz took her guitar and sang a verse: “The river runs the way it ran.”"
    assert _last(text).speaker == "Ana Ruiz"


# An unnamed speaker whose relative clause stands between the subject and the colon: the colon leads in their words
@pytest.mark.parametrize(
    "text",
    [
        # (main: "su nombre:" read as a noun for a name before its colon, the quote a nickname)
        ES + "Un comerciante que vino desde Calca y no quiso dar su nombre: «Vendí todo antes del mediodía, pero "
        "volveré»",
        FR + "Un pêcheur qui vient de Paimpol et ne donne pas son nom : « La marée était trop forte pour sortir »",
        # (main: "im Stehen" read as the inscription verb "stehen")
        DE + "Eine Besucherin aus Rehau, die ihren Namen nicht nennen wollte, lachte im Stehen: „So voll war es seit "
        "Jahren nicht!“",
    ],
)
def test_an_unnamed_speakers_relative_clause_before_a_colon_leaves_their_words(text: str) -> None:
    quote = _last(text)
    assert quote.kind is QuoteKind.DIRECT and quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        ES + "El capón ganador ya tenía apodo: «o rei da Chaira»",
        EN_LEAD + "The boat had a nickname: “Old Rusty”",
        DE + "Auf den Plakaten steht „Wir bleiben hier“.",
    ],
)
def test_a_things_name_and_a_sign_stay_no_claims(text: str) -> None:
    assert _last(text).kind is QuoteKind.MENTION


# A body named after a place whose name opens on a title ("Lord Howe", "Prince Edward"), a unit set off after it: the
# body speaks (main: the title made the words before the comma a person's, and the unit was credited)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (EN_LEAD + "The Lord Howe Island Board, Environment Unit, says in its notice: “Collectors must register each "
         "harvest.”", "Lord Howe Island Board"),
        (EN_LEAD + "The Prince Edward Island Potato Board, Seed Unit, said in a statement: “No tubers may leave the "
         "island this week.”", "Prince Edward Island Potato Board"),
    ],
)
def test_a_body_named_after_a_titled_place_speaks_over_its_unit(text: str, speaker: str) -> None:
    assert _last(text).speaker == speaker


# A body's name whose place is written in another language, its short links inside it ("ses", "i": Catalan), a unit set
# off after it (main: the subject was read from the first capital after the link, "Formentera")
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (ES + "El Parque Natural de sa Dragonera i Illots, Servicio de Espacios Naturales, recuerda en una nota: «El "
         "desembarco está prohibido en invierno.»", "Parque Natural de sa Dragonera i Illots"),
        (ES + "La Fundación de sa Pobla i Muro, Oficina Técnica, recuerda en un bando: «No se puede fondear.»",
         "Fundación de sa Pobla i Muro"),
    ],
)
def test_a_bodys_name_keeps_its_places_links_of_another_language(text: str, speaker: str | None) -> None:
    found = _last(text).speaker
    assert found == speaker if speaker else found not in ("Andorra", "Pirineus i Andorra")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a small word of the article's own language after a body's name stays out of it
        (EN_LEAD + "The Harbour Trust in Dover said: “The basin stays open.”", "Harbour Trust"),
        (ES + "La Cofradía de Pescadores en Cádiz dijo: «El puerto sigue abierto.»", "Cofradía de Pescadores"),
    ],
)
def test_a_small_word_of_the_articles_language_after_a_body_stays_out(text: str, speaker: str) -> None:
    assert _last(text).speaker != speaker + " en Cádiz" and _last(text).speaker != speaker + " in Dover"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a head of a body (a role before a lower-case link) stays a person's role; a German title before a noun
        (DE + "Der Leiter des Landesamts, Abteilung Wasser, sagte: „Der Pegel sinkt.“", None),
        (EN_LEAD + "Lord Howe, Environment Unit, said: “We will register.”", "Environment Unit"),
    ],
)
def test_a_title_before_a_person_stays_no_body(text: str, speaker: str | None) -> None:
    assert _last(text).speaker != "Lord Howe Environment Unit"
    if speaker is not None:
        assert _last(text).speaker == speaker
