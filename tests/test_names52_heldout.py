"""Round 52 (names52)'s own held-out set: a person's whole name with no form of address before it, in sentences
written for this round in words no evaluation set holds (other honorifics of other regions, other names and places).
Written and committed before the round's first rule; its cases are not edited afterwards. Each case gives the
speakers of an article's quotes in order, an entry of several strings accepting any of them. ``RESULTS`` counts the
cases passing on main at the round's start and on the round's end, as the round's report gives them."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from tests.test_names51_heldout import _accepted

Want = list[str | None | tuple[str, ...]]

# (kind, language, the article's paragraphs after filler, the speakers of its quotes in order)
_CASES: list[tuple[str, str, tuple[str, ...], Want]] = [
    # 1. A word no lexicon knows before a whole name (a known given name and a surname) is a form of address
    ("address", "en",
     ('Janab Tariq Mehmood keeps the water pump at the edge of the bazaar: "Nobody has paid for the diesel."',),
     ["Tariq Mehmood"]),
    ("address", "en",
     ('Tutu Keala Kamakau has woven lauhala mats on the porch for sixty years: "My hands remember the pattern."',),
     ["Keala Kamakau"]),
    ("address", "en",
     ('Sokhna Aminata Fall, who cooks for the fishermen, was angry: "The fish goes to the factory ships."',),
     ["Aminata Fall"]),
    ("address", "fr",
     ("Matant Rosemène Joseph vend des mangues devant l'église : « Le camion ne passe plus depuis mars. »",),
     ["Rosemène Joseph"]),
    ("address", "fr",
     ("Yaya Fatoumata Keïta tient la cantine du lycée : « Les enfants mangent une fois par jour. »",),
     ["Fatoumata Keïta"]),
    ("address", "de",
     ("Madamm Carine Schmit führt den Blumenladen am Bahnhof: „Die Baustelle kostet mich die halbe Kundschaft.“",),
     ["Carine Schmit"]),
    ("address", "de",
     ("Doamna Elena Popescu unterrichtet seit dreißig Jahren Rumänisch: „Die Kinder lernen beide Sprachen.“",),
     ["Elena Popescu"]),
    ("address", "es",
     ("Karai Ramón Benítez cultiva yerba en la colonia desde niño: «La sequía se llevó media cosecha».",),
     ["Ramón Benítez"]),
    ("address", "es",
     ("Jilata Fermín Mamani, dirigente de la comunidad, advirtió: «Si no llega el agua, bajamos a la ciudad».",),
     ["Fermín Mamani"]),
    ("address", "es",
     ("Yaya Eusebio Quispe pastorea llamas en la puna: «El frío mató a doce crías esta semana».",),
     ["Eusebio Quispe"]),
    # 2. A leading word the article drops later, or puts before another person's name, is a form of address
    ("evidence", "en",
     ('Oga Chukwuemeka Nwafor owns the biggest shop on the street. "The levy is too high," he said.',
      '"We will close on Monday," Nwafor added.'),
     ["Chukwuemeka Nwafor", "Chukwuemeka Nwafor"]),
    ("evidence", "en",
     ('Koro Tamati Hohaia opened the hui: "This river fed our grandparents."',
      'Koro Wiremu Pene disagreed: "The river has changed, and so must we."'),
     ["Tamati Hohaia", "Wiremu Pene"]),
    ("evidence", "fr",
     ("Djeli Sékou Kanté a chanté pour les mariés : « La kora ne ment jamais. »",
      "Djeli Bintou Diabaté lui a répondu : « La voix non plus. »"),
     ["Sékou Kanté", "Bintou Diabaté"]),
    ("evidence", "fr",
     ("Tonton Gaston Payet cultive la vanille à Saint-Philippe. « La pluie est arrivée trop tard », dit-il.",
      "« On vendra quand même », a ajouté Gaston Payet."),
     ["Gaston Payet", "Gaston Payet"]),
    ("evidence", "de",
     ("Monni Jos Weber repariert seit vierzig Jahren Fahrräder in der Rue de la Gare: „Ich mache weiter.“",
      "„Die Jungen kommen wieder“, sagte Weber."),
     ["Jos Weber", "Jos Weber"]),
    ("evidence", "es",
     ("Ño Anacleto Ríos arregla canoas en el caño: «El río está más bravo que nunca».",
      "Ño Fermín Aguilar, su vecino, no estuvo de acuerdo: «Siempre ha sido así»."),
     ["Anacleto Ríos", "Fermín Aguilar"]),
    ("evidence", "es",
     ("Machi Juana Calfunao bendijo la ruka nueva: «Aquí van a crecer los niños».",
      "«Ojalá dure cien años», agregó Calfunao."),
     ["Juana Calfunao", "Juana Calfunao"]),
    # 3. A name with a patronymic connective is one name, and a later mention of a part of it is that person
    ("patronymic", "en",
     ('Encik Faizal bin Rahman, the harbour master, spoke first: "The jetty is not safe for lorries."',
      '"We will close it on Friday," said Faizal.'),
     [("Faizal bin Rahman", "Faizal Rahman"), ("Faizal bin Rahman", "Faizal Rahman")]),
    ("patronymic", "en",
     ('Puan Rozita binti Kassim has run the canteen since 1998: "The rent went up twice this year."',
      'Another trader, Azman Kassim, shrugged: "Everyone pays more."',
      '"I will not raise my prices," Rozita said.'),
     [("Rozita binti Kassim", "Rozita Kassim"), "Azman Kassim", ("Rozita binti Kassim", "Rozita Kassim")]),
    ("patronymic", "fr",
     ("Mohamed Lemine ould Sidi, maire de Kiffa, a reçu les éleveurs : « Le puits sera réparé avant la saison. »",
      "« Nous avons trouvé l'argent », a précisé Ould Sidi."),
     [("Mohamed Lemine ould Sidi", "Mohamed Lemine Ould Sidi")] * 2),
    ("patronymic", "en",
     ('Hajah Norlela binti Othman sells kuih at the bus station: "Business is slow since the new road."',),
     [("Norlela binti Othman", "Norlela Othman")]),
    # 4. A titled subject with any verb, then a colon and a quote, is the quote's speaker
    ("colon", "de",
     ("Pfarrvikarin Judith Oberlechner von der Pfarre St. Anna weihte die neue Glocke: „Möge sie lange läuten.“",),
     ["Judith Oberlechner"]),
    ("colon", "de",
     ("Oberkantor Elias Grünbaum von der jüdischen Gemeinde entzündete die Kerzen: „Licht ist stärker als die "
      "Dunkelheit.“",),
     ["Elias Grünbaum"]),
    ("colon", "de",
     ("Superintendentin Karoline Weißhaupt vom Kirchenkreis Uelzen pflanzte einen Apfelbaum: „Er wird uns alle "
      "überleben.“",),
     ["Karoline Weißhaupt"]),
    ("colon", "en",
     ('Canon Miriam Oduya of St Luke\'s blessed the nets on the beach: "May every boat come home full."',),
     ["Miriam Oduya"]),
    ("colon", "fr",
     ("Le père Anselme Nzeyimana de la paroisse Saint-Michel a béni les pirogues : « Que le lac vous garde. »",),
     ["Anselme Nzeyimana"]),
    ("colon", "es",
     ("La hermana Dolores Quintana de las Carmelitas repartió el pan entre los vecinos: «Aquí nadie se queda sin "
      "cenar».",),
     ["Dolores Quintana"]),
    # 5. Two-word forms of address and religious titles of other faiths
    ("two-word", "fr",
     ("Chef de village Issoufou Garba a accueilli la mission : « Nos greniers sont vides depuis juillet. »",),
     ["Issoufou Garba"]),
    ("two-word", "en",
     ('Tan Sri Ahmad Zulkifli opened the new ward: "This hospital was promised for twenty years."',),
     ["Ahmad Zulkifli"]),
    ("two-word", "en",
     ('Swami Prakashananda Giri led the evening prayer at the ghat: "The river asks nothing of us."',),
     ["Prakashananda Giri"]),
    ("two-word", "en",
     ('Granthi Harjit Singh Bains served langar to the stranded drivers: "Nobody leaves this gurdwara hungry."',),
     ["Harjit Singh Bains"]),
    # Negatives: a given name that looks like a title, a double given name, a compound surname
    ("negative", "es",
     ("Rey David Castillo, el portero del equipo, habló al final: «Fue el partido de mi vida».",),
     ["Rey David Castillo"]),
    ("negative", "fr",
     ("Marie Claire Dubois, la directrice de l'école, a prévenu : « Nous fermerons à midi. »",),
     ["Marie Claire Dubois"]),
    ("negative", "fr",
     ("Cheikh Tidiane Gaye, le gardien du stade, a haussé les épaules : « La pelouse est trop sèche. »",),
     ["Cheikh Tidiane Gaye"]),
    ("negative", "en",
     ('Lucky Mokoena has driven a taxi in Soweto for twenty years: "The fuel price eats everything."',),
     ["Lucky Mokoena"]),
    ("negative", "de",
     ("Maria Theresia Hinterberger führt die Almhütte seit 1990: „Der Sommer war zu trocken.“",),
     ["Maria Theresia Hinterberger"]),
    ("negative", "es",
     ("María José Gómez Peña, la alcaldesa, respondió: «La obra empieza en enero».",),
     ["María José Gómez Peña"]),
    ("negative", "en",
     ('Precious Dlamini-Mthembu, the clinic\'s nurse, said: "We ran out of gloves on Tuesday."',
      '"We are still waiting," Dlamini-Mthembu said.'),
     ["Precious Dlamini-Mthembu", "Precious Dlamini-Mthembu"]),
]

# (passing of 38 on main at the round's start, e1274eef; on names52's last commit)
RESULTS = {"main": 20, "names52": 33}


def passing() -> int:
    """How many of the set's cases the code on the path passes (for the round's report)."""
    return sum(_accepted(_said_in(code, *texts), want) for _, code, texts, want in _CASES)


@pytest.mark.parametrize(("kind", "code", "texts", "want"), _CASES)
def test_names52_heldout(kind: str, code: str, texts: tuple[str, ...], want: Want) -> None:
    got = _said_in(code, *texts)
    if not _accepted(got, want):
        pytest.xfail(f"{kind}: {got} (not yet read)")
