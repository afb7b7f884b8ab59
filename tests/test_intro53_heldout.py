"""Round 53 (intro53)'s own held-out set: a quote with no tag after sentences introducing its speaker, and a subject's
qualification of something in quote marks.

Small pages of our own, in the four languages, in words, names, trades and places none of the evaluation sets holds.
Untagged quotes: a paragraph (or the sentences before the quote in its own paragraph) introduces one person by what
they do, carries them by pronouns, possessives or a dropped subject, then gives their words with no tag, right after
another person's quote; negatives: a second person the subject, the person only an object, a question to someone
else answered, a title of a work standing alone. Qualifications: a subject calls, brands, describes, qualifies
something with words in quote marks (those words are the subject's); negatives: a name given to a boat, a square, a
book. Written and committed before the round's first rule; its cases are not edited afterwards. Each case is the
answer a careful reader gives. A case not yet read is an xfail, so the set measures the round without making the
suite red; ``RESULTS`` counts the cases passing on main at the round's start and on the round's end.
"""

from __future__ import annotations

import pytest

# The pages, the reading of a case and the wanted answers' types are realpages52's held-out set's (one helper serves
# both sets).
from tests.test_realpages52_heldout import NO_CLAIM, Not, Want, _passes, _quotes_of

_CASES: list[tuple[str, str, str, list[tuple[str, Want]]]] = [
    # --- an untagged quote after the sentences introducing its speaker, in the same paragraph ---
    ("same paragraph", "de", "<p>„Wir bauen die Halle 2027 neu“, sagte Bürgermeisterin Anja Roth. Greta Lindner"
     " führt seit zwölf Jahren die Bäckerei am Marktplatz. Jeden Morgen um vier steht sie in der Backstube."
     " „Ohne Strom geht hier gar nichts.“</p>", [("Ohne Strom geht hier gar nichts", "Greta Lindner")]),
    ("same paragraph", "de", "<p>„Die Brücke bleibt bis Mai gesperrt“, sagte Landrat Peter Kuhn. Marlene Huber"
     " bewirtschaftet die Hütte unter dem Grat. Seit Oktober wartet sie auf Gäste. „Die Saison ist verloren.“"
     " „Im Frühling machen wir wieder auf“, sagte die Wirtin.</p>",
     [("Die Saison ist verloren", "Marlene Huber"), ("Im Frühling machen wir wieder auf", "Marlene Huber")]),
    ("same paragraph", "en", "<p>“We will have it fixed by June,” said county engineer Mark Dolan. Priya Nair has"
     " run the corner shop on Mill Lane since 2004. Last week she lost power for three days. “I threw out half my"
     " stock.”</p>", [("I threw out half my stock", "Priya Nair")]),
    ("same paragraph", "en", "<p>“The line reopens on Monday,” said rail manager Ruth Ellison. Kofi Mensah repairs"
     " bicycles under the railway arch. His workshop flooded twice this winter. “Every spare part I had was under"
     " water.”</p>", [("Every spare part I had", "Kofi Mensah")]),
    ("same paragraph", "es", "<p>«Las obras terminan en marzo», dijo el concejal Andrés Pizarro. Rosa Camacho vende"
     " fruta en el mercado de abastos desde 1990. Este invierno lo pasó casi sin clientes. «Nadie sale de casa con"
     " este frío.»</p>", [("Nadie sale de casa con este frío", "Rosa Camacho")]),
    ("same paragraph", "es", "<p>“Vamos a reforzar el servicio”, prometió el gerente Luis Palma. Tomás Aguirre es"
     " guardabosques del parque desde 2001. Él encontró el primer foco del incendio. “El viento lo cambió todo en"
     " minutos.”</p>", [("El viento lo cambió todo", "Tomás Aguirre")]),
    ("same paragraph", "fr", "<p>« Le chantier durera un an », a dit le maire Paul Girard. Nadia Benali tient le"
     " café de la gare depuis quinze ans. Cet hiver, elle a fermé deux jours par semaine. « Les voyageurs ne"
     " passent plus. »</p>", [("Les voyageurs ne passent plus", "Nadia Benali")]),
    ("same paragraph", "fr", "<p>« Il faut rouvrir la route », a déclaré la sous-préfète Hélène Royer. Mathilde"
     " Perrin élève des chèvres au-dessus du village. Depuis l'éboulement, elle descend à pied chaque matin."
     " « Le fromage attend au frais. » « Il faut rouvrir avant l'été », a ajouté l'éleveuse.</p>",
     [("Le fromage attend au frais", "Mathilde Perrin")]),
    # --- the same after a paragraph introducing its speaker ---
    ("next paragraph", "de", "<p>„Die Umleitung gilt bis Ostern“, sagte Landrat Peter Kuhn.</p><p>Jonas Reiter"
     " fährt seit 1998 den Schulbus ins Tal. Seine Strecke ist jetzt doppelt so lang.</p><p>„Die Kinder sitzen"
     " eine Stunde länger im Bus.“</p>", [("Die Kinder sitzen eine Stunde länger", "Jonas Reiter")]),
    ("next paragraph", "de", "<p>„Wir prüfen jeden Antrag“, sagte die Amtsleiterin Sabine Falk.</p><p>Seit 1987"
     " führt Irmgard Stock den Dorfladen in Oberried. Ihr Umsatz hat sich seither halbiert.</p><p>„So schlimm"
     " war es noch nie.“</p>", [("So schlimm war es noch nie", "Irmgard Stock")]),
    ("next paragraph", "en", "<p>“Fees will rise in April,” the treasurer, Alan Shaw, said.</p><p>Tomasz Wójcik"
     " skippers the night ferry across the firth. For a month he has sailed with half a crew.</p><p>“The crossing"
     " has never been this rough.”</p>", [("The crossing has never been this rough", "Tomasz Wójcik")]),
    ("next paragraph", "es", "<p>«La carretera abre el lunes», aseguró la delegada Pilar Ortega.</p><p>Ernesto"
     " Villalba conduce el autobús escolar de la sierra desde hace veinte años. Ahora tarda el doble en cada"
     " viaje.</p><p>«Los niños llegan tarde todos los días.»</p>",
     [("Los niños llegan tarde todos los días", "Ernesto Villalba")]),
    ("next paragraph", "fr", "<p>« Nous rouvrirons en mai », a annoncé la préfète Claire Morel.</p><p>Yann Kerbrat"
     " pêche la coquille depuis trente ans. Son bateau reste à quai depuis la tempête.</p><p>« Je n'ai jamais vu"
     " un mois pareil. »</p>", [("Je n'ai jamais vu un mois pareil", "Yann Kerbrat")]),
    ("next paragraph", "fr", "<p>« La ligne sera doublée », a promis le directeur Marc Lefort.</p><p>Chloé Vasseur"
     " est infirmière à domicile dans le canton. Elle parcourt deux cents kilomètres par jour.</p><p>« Je ne peux"
     " pas m'arrêter une seule journée. »</p>", [("Je ne peux pas m'arrêter", "Chloé Vasseur")]),
    # --- negatives: nobody introduced, or someone else's words ---
    ("untagged, negative", "en", "<p>“The market stays open,” said council leader Omar Said. Linda Marsh runs the"
     " bakery on Quay Street. Her neighbour Tom Fisk runs the butcher's next door. “Trade is down by half.”</p>",
     [("Trade is down by half", Not("Linda Marsh")), ("Trade is down by half", Not("Omar Said"))]),
    ("untagged, negative", "de", "<p>„Die Halle bleibt zu“, sagte Bürgermeisterin Anja Roth. Die Stadt hat den"
     " Gutachter Jens Pohl beauftragt. „Wir warten auf sein Ergebnis.“</p>",
     [("Wir warten auf sein Ergebnis", Not("Jens Pohl"))]),
    ("untagged, negative", "es", "<p>«El puente no es seguro», dijo la alcaldesa Marta Gil. El ayuntamiento"
     " contrató al arquitecto Óscar Lema en enero. «Esperamos su informe esta semana.»</p>",
     [("Esperamos su informe esta semana", Not("Óscar Lema"))]),
    ("untagged, negative", "en", "<p>Ella Brooks runs the ferry kiosk at the pier. “Will the boats sail"
     " tomorrow?” she asked the harbourmaster, Neil Grant. “Only if the wind drops.”</p>",
     [("Only if the wind drops", Not("Ella Brooks"))]),
    ("untagged, negative", "fr", "<p>« Le pont sera réparé », a assuré le maire Paul Girard.</p><p>Le patron du"
     " bar, Luc Marchand, a reçu samedi la visite du député Olivier Brun.</p><p>« Rien ne bouge ici. »</p>",
     [("Rien ne bouge ici", Not("Luc Marchand")), ("Rien ne bouge ici", Not("Olivier Brun"))]),
    # --- a qualification in quote marks is its subject's words ---
    ("qualification", "es", "<p>El concejal Iván Ruiz calificó la subasta de los terrenos de “un fraude a los"
     " vecinos”.</p>", [("un fraude a los vecinos", "Iván Ruiz")]),
    ("qualification", "es", "<p>La ministra Elena Duarte tildó la huelga de los estibadores de «irresponsable y"
     " política».</p>", [("irresponsable y política", "Elena Duarte")]),
    ("qualification", "es", "<p>El sindicalista Mario Vera describió el acuerdo como “un paso histórico para el"
     " sector”.</p>", [("un paso histórico para el sector", "Mario Vera")]),
    ("qualification", "fr", "<p>Le député Marc Olivier a qualifié la réforme des retraites de « brutale et"
     " injuste ».</p>", [("brutale et injuste", "Marc Olivier")]),
    ("qualification", "fr", "<p>La maire Sophie Lenoir a parlé d'une « journée noire pour la commune ».</p>",
     [("journée noire pour la commune", "Sophie Lenoir")]),
    ("qualification", "de", "<p>Die Ministerin Katrin Albers bezeichnete den Entwurf als „ein fatales Signal an"
     " die Branche“.</p>", [("ein fatales Signal an die Branche", "Katrin Albers")]),
    ("qualification", "de", "<p>Gewerkschafter Uwe Brandt nannte die Kürzungen „einen Schlag ins Gesicht der"
     " Pflegekräfte“.</p>", [("einen Schlag ins Gesicht der Pflegekräfte", "Uwe Brandt")]),
    ("qualification", "de", "<p>Landrätin Petra Sommer sprach von einem „schwarzen Tag für die Region“.</p>",
     [("schwarzen Tag für die Region", "Petra Sommer")]),
    ("qualification", "en", "<p>Councillor Dana Whitfield called the decision “a betrayal of every family on the"
     " estate”.</p>", [("a betrayal of every family on the estate", "Dana Whitfield")]),
    ("qualification", "en", "<p>The union's regional secretary, Gary Platt, described the offer as “an insult to"
     " our members”.</p>", [("an insult to our members", "Gary Platt")]),
    ("qualification", "en", "<p>Senator Ruth Okafor branded the plan “reckless and unfunded”.</p>",
     [("reckless and unfunded", "Ruth Okafor")]),
    # --- negatives: a name given, not words said ---
    ("qualification, negative", "de", "<p>Fischer Hein Claasen nannte sein neues Boot „Marie Luise“.</p>",
     [("Marie Luise", NO_CLAIM)]),
    ("qualification, negative", "en", "<p>Novelist Ann Carver called her first book “The Salt Road”.</p>",
     [("The Salt Road", NO_CLAIM)]),
    ("qualification, negative", "es", "<p>El alcalde Ramón Sáez bautizó la plaza como “Plaza de la"
     " Concordia”.</p>", [("Plaza de la Concordia", NO_CLAIM)]),
    ("qualification, negative", "fr", "<p>La navigatrice Léa Marin a baptisé son voilier « Étoile du Nord ».</p>",
     [("Étoile du Nord", NO_CLAIM)]),
]

RESULTS = {"main": 20, "intro53": 31}


def passing() -> int:
    """How many of the set's cases the code on the path passes (for the round's report)."""
    return sum(_passes(code, article, wanted) for _, code, article, wanted in _CASES)


@pytest.mark.parametrize(("kind", "code", "article", "wanted"), _CASES)
def test_intro53_heldout(kind: str, code: str, article: str, wanted: list[tuple[str, Want]]) -> None:
    if not _passes(code, article, wanted):
        quotes = _quotes_of(code, article)
        pytest.xfail(f"{kind}: {[(q.text[:40], q.speaker, q.kind.value) for q in quotes]} (not yet read)")
