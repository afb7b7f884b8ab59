"""Round 52 (realpages52)'s own held-out set: quotes of every kind on pages laid out as real news sites lay them out.

Small pages of our own, in the four languages, in layouts and words none of the evaluation sets holds: quote marks of
every typographic form (guillemets with spaces, single guillemets, reversed guillemets, British single marks), blocks
a page holds its words in (a figure's caption, a ``<blockquote>`` holding bare text, a list item, a standfirst, a
live blog's entry, a subheading), headlines quoting someone ("Name: «…»", "«…», verb Name", "'…' – Name"), a quote
standing alone after a paragraph about its speaker, the Spanish and French press's cue verbs and dashes, and someone
left unnamed beside a named person. Negatives: a title of a work, a nickname, a scare quote stay no claim. Written and
committed before the round's first rule; its cases are not edited afterwards. Each case is the answer a careful
reader gives. A case not yet read is an xfail, so the set measures the round without making the suite red;
``RESULTS`` counts the cases passing on main at the round's start and on the round's end.
"""

from __future__ import annotations

import pytest

from verify.document import Format, from_text
from verify.evaluate.speakers import names_gold
from verify.extract import extract
from verify.models import Quote, QuoteKind


class Not(str):
    """A speaker the quote must not be credited to (null or a description is right)."""


NO_CLAIM = "no claim"  # the words must not be reported as anyone's claim

_FILLER = {
    "en": "<p>The council met on Tuesday evening to discuss the budget for the coming year, and the debate went on"
          " until late at night because many residents had come to speak about the roads and the schools.</p>",
    "de": "<p>Der Gemeinderat hat am Dienstagabend über den Haushalt für das kommende Jahr beraten, und die Debatte"
          " dauerte bis spät in die Nacht, weil viele Bürger gekommen waren, um über die Straßen und die Schulen zu"
          " sprechen.</p>",
    "es": "<p>El pleno del ayuntamiento se reunió el martes por la noche para debatir el presupuesto del año que"
          " viene, y la discusión se alargó hasta tarde porque muchos vecinos habían acudido para hablar de las"
          " calles y de los colegios.</p>",
    "fr": "<p>Le conseil municipal s'est réuni mardi soir pour discuter du budget de l'année prochaine, et le débat"
          " s'est prolongé tard dans la nuit parce que de nombreux habitants étaient venus parler des routes et des"
          " écoles.</p>",
}

Want = str | None

# (kind, language, the page's article markup, [(words of the quote, the speaker a careful reader gives)])
_CASES: list[tuple[str, str, str, list[tuple[str, Want]]]] = [
    # --- quote marks of every typographic form ---
    ("marks", "fr", "<p>« Nous ne fermerons aucune classe cette année », a promis la rectrice Odile Brunet devant"
     " les parents.</p>", [("Nous ne fermerons aucune classe", "Odile Brunet")]),
    ("marks", "de", "<p>‹Wir bauen die neue Brücke bis zum Jahr 2028›, sagt Gemeindepräsident Urs Bühlmann im"
     " Gespräch.</p>", [("Wir bauen die neue Brücke", "Urs Bühlmann")]),
    ("marks", "de", "<p>»Die Mieten werden weiter steigen«, sagte die Ökonomin Hanna Vogt am Mittwoch in Kiel.</p>",
     [("Die Mieten werden weiter steigen", "Hanna Vogt")]),
    ("marks", "en", "<p>‘We will not reopen the pier this summer,’ said harbour master Gareth Pryce on Friday.</p>",
     [("We will not reopen the pier", "Gareth Pryce")]),
    ("marks", "es", "<p>«Queremos más frecuencias de tren en la comarca», reclamó la alcaldesa Rocío Benítez.</p>",
     [("Queremos más frecuencias de tren", "Rocío Benítez")]),
    # --- blocks a page holds its words in ---
    ("layout", "en", "<figure><img src='flood.jpg' alt=''><figcaption>“The water came in within minutes,” said shop"
     " owner Nadia Karimi.</figcaption></figure>", [("The water came in within minutes", "Nadia Karimi")]),
    ("layout", "fr", "<blockquote>« La ligne de bus sera rétablie dès lundi », assure le vice-président de la"
     " métropole, Karim Haddou.</blockquote>", [("La ligne de bus sera rétablie", "Karim Haddou")]),
    ("layout", "es", "<ul><li>«Vamos a abrir dos centros de salud más», anunció la consejera Maite Olabarria.</li>"
     "<li>«El hospital no se cierra», añadió el gerente Iñigo Zubiri.</li></ul>",
     [("Vamos a abrir dos centros de salud", "Maite Olabarria"), ("El hospital no se cierra", "Iñigo Zubiri")]),
    ("layout", "en", "<p class='standfirst'>“This is the worst harvest in living memory,” warns grower Priya"
     " Raman as the drought enters its third month</p>", [("worst harvest in living memory", "Priya Raman")]),
    ("layout", "de", "<div class='live-entry'><time>14:32</time><div class='entry-body'>„Wir evakuieren jetzt den"
     " ganzen Ortsteil“, sagt Einsatzleiter Bernd Kolbe vor Ort.</div></div>",
     [("Wir evakuieren jetzt den ganzen Ortsteil", "Bernd Kolbe")]),
    # --- headlines ---
    ("headline", "fr", "<h1>Hervé Caudron : « Le tramway arrivera à Lens en 2027 »</h1>",
     [("Le tramway arrivera à Lens en 2027", "Hervé Caudron")]),
    ("headline", "es", "<h1>Lucía Ferrán: “No vamos a subir la tarifa del agua”</h1>",
     [("No vamos a subir la tarifa del agua", "Lucía Ferrán")]),
    ("headline", "en", "<h1>‘We are running out of beds’ – hospital chief Owen Maddox</h1>",
     [("We are running out of beds", "Owen Maddox")]),
    ("headline", "de", "<h1>„Das Stadion bleibt bis Ostern offen“ – Vereinschef Jörg Alberts</h1>",
     [("Das Stadion bleibt bis Ostern offen", "Jörg Alberts")]),
    ("headline", "es", "<h1>“Es un día histórico para el valle”, asegura Marta Quiroga tras la votación</h1>",
     [("Es un día histórico para el valle", "Marta Quiroga")]),
    # --- a quote standing alone after a paragraph about its speaker ---
    ("no cue", "en", "<p>Dairy farmer Callum Reid has milked cows in the valley for forty years and now fears the new"
     " quota.</p><p>“If the price drops again, we sell the whole herd.”</p>",
     [("If the price drops again", "Callum Reid")]),
    ("no cue", "es", "<p>La pescadora Irene Sopeña lleva treinta años saliendo del puerto de Barbate.</p>"
     "<p>«Nunca había visto el mar tan vacío como este invierno».</p>",
     [("Nunca había visto el mar tan vacío", "Irene Sopeña")]),
    ("no cue", "fr", "<p>L'apicultrice Solène Marchal a perdu la moitié de ses ruches cet hiver dans le Jura.</p>"
     "<p>« Je ne sais pas si je vais continuer l'an prochain. »</p>",
     [("Je ne sais pas si je vais continuer", "Solène Marchal")]),
    # --- the Spanish and French press's cues and dashes ---
    ("cue", "es", "<p>—No pensamos levantarnos de la mesa hasta que haya acuerdo —afirmó el líder sindical Ramiro"
     " Ocaña.</p>", [("No pensamos levantarnos de la mesa", "Ramiro Ocaña")]),
    ("cue", "es", "<p>\"Es una vergüenza lo que pasó con las cloacas\", remarcó el intendente Facundo Lell.</p>",
     [("Es una vergüenza lo que pasó", "Facundo Lell")]),
    ("cue", "fr", "<p>« Il faut rouvrir la ligne de train de nuit », martèle le député Yannick Le Gall.</p>",
     [("Il faut rouvrir la ligne de train", "Yannick Le Gall")]),
    ("cue", "es", "<p>Para el economista Bruno Saravia, “la inflación no va a bajar de ninguna manera este año”.</p>",
     [("la inflación no va a bajar", "Bruno Saravia")]),
    # --- someone unnamed beside a named person ---
    ("unnamed", "en", "<p>Mayor Linda Cho toured the street on Monday. “We were told nothing at all,” said one"
     " resident, who asked not to be named.</p>", [("We were told nothing at all", Not("Linda Cho"))]),
    ("unnamed", "es", "<p>El concejal Pablo Irujo recorrió la zona inundada por la mañana. «Nos dejaron solos con el"
     " barro», contó una vecina del barrio.</p>", [("Nos dejaron solos con el barro", Not("Pablo Irujo"))]),
    ("unnamed", "de", "<p>Bürgermeister Tobias Renz besuchte am Morgen die Siedlung. „Keiner hat uns gewarnt“, sagt"
     " eine Anwohnerin, die ihren Namen nicht nennen will.</p>", [("Keiner hat uns gewarnt", Not("Tobias Renz"))]),
    ("unnamed", "fr", "<p>Le préfet Gilles Aubry a visité la rue sinistrée jeudi. « On nous a complètement oubliés »,"
     " souffle un commerçant.</p>", [("On nous a complètement oubliés", Not("Gilles Aubry"))]),
    # --- negatives: a title of a work, a nickname, a scare quote ---
    ("negative", "en", "<p>Her third novel, “The Salt Road Home”, comes out in May with a small press in Leeds.</p>",
     [("The Salt Road Home", NO_CLAIM)]),
    ("negative", "es", "<p>El delantero Julián Ferreyra, conocido como «El Tanque de Salta», firmó por dos"
     " temporadas.</p>", [("El Tanque de Salta", NO_CLAIM)]),
    ("negative", "fr", "<p>Ces « petites » réparations de la toiture de la gare ont coûté deux millions d'euros en"
     " tout.</p>", [("petites", NO_CLAIM)]),
    ("negative", "de", "<p>Das Museum zeigt ab Mai die Ausstellung „Licht über der Förde“ mit Bildern aus Kiel.</p>",
     [("Licht über der Förde", NO_CLAIM)]),
]

# (passing of 30 on main at the round's start, c3c51a81; on realpages52's last commit)
RESULTS = {"main": 26, "realpages52": 30}


def _page(code: str, article: str) -> str:
    return (f"<html lang='{code}'><head><title>Nachrichten</title></head><body><main><article>{article}"
            f"{_FILLER[code]}{_FILLER[code]}</article></main></body></html>")


def _quotes_of(code: str, article: str) -> list[Quote]:
    document = from_text(_page(code, article), "page.html", Format.HTML)
    return list(extract(document).quotes)


def _holding(quotes: list[Quote], words: str) -> list[Quote]:
    return [q for q in quotes if words.lower() in " ".join(q.text.split()).lower()]


def _read(quotes: list[Quote], words: str, want: Want) -> bool:
    found = _holding(quotes, words)
    if want == NO_CLAIM:
        return all(q.kind in (QuoteKind.MENTION, QuoteKind.PARTIAL) and not q.speaker for q in found)
    claims = [q for q in found if q.kind is not QuoteKind.MENTION]
    if not claims:
        return False
    speaker = claims[0].speaker
    if isinstance(want, Not):
        return speaker is None or not names_gold(speaker, want)
    return speaker is not None and want is not None and names_gold(speaker, want)


def _passes(code: str, article: str, wanted: list[tuple[str, Want]]) -> bool:
    quotes = _quotes_of(code, article)
    return all(_read(quotes, words, want) for words, want in wanted)


def passing() -> int:
    """How many of the set's cases the code on the path passes (for the round's report)."""
    return sum(_passes(code, article, wanted) for _, code, article, wanted in _CASES)


@pytest.mark.parametrize(("kind", "code", "article", "wanted"), _CASES)
def test_realpages52_heldout(kind: str, code: str, article: str, wanted: list[tuple[str, Want]]) -> None:
    if not _passes(code, article, wanted):
        quotes = _quotes_of(code, article)
        pytest.xfail(f"{kind}: {[(q.text[:40], q.speaker, q.kind.value) for q in quotes]} (not yet read)")
