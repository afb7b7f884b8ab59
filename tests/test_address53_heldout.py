"""Round 53 (address53)'s own held-out set: a person's whole name with no title or honorific of any region before or
after it, in sentences written for this round in words no evaluation set holds (other abbreviations, other titles
and offices, other honorifics of other regions, other names and places). Written and committed before the round's
first rule; its cases are not edited afterwards. Each case gives the speakers of an article's quotes in order, an
entry of several strings accepting any of them. ``RESULTS`` counts the cases passing on main at the round's start and
on the round's end, as the round's report gives them."""

from __future__ import annotations

import pytest

from tests.test_cast_forms import _said_in
from tests.test_names51_heldout import _accepted

Want = list[str | None | tuple[str, ...]]

# (kind, language, the article's paragraphs after filler, the speakers of its quotes in order)
_CASES: list[tuple[str, str, tuple[str, ...], Want]] = [
    # 1. An abbreviation (a capitalised word ending in a dot, letters with inner dots, a chain) is a title
    ("abbreviation", "es",
     ("Psic. Lorena Ibarra Cota atiende a las familias del albergue: «Los niños no duermen desde el sismo».",),
     ["Lorena Ibarra Cota"]),
    ("abbreviation", "es",
     ("La Odont. Rocío Valenzuela Paz cerró su consultorio: «Sin luz no puedo trabajar».",),
     ["Rocío Valenzuela Paz"]),
    ("abbreviation", "de",
     ("Kons. Walburga Pichler leitet den Kirchenchor seit 1985: „Wir singen trotzdem am Sonntag.“",),
     ["Walburga Pichler"]),
    ("abbreviation", "de",
     ("Prälat Hw. Bernhard Kofler segnete die neue Glocke: „Sie soll über das ganze Tal klingen.“",),
     ["Bernhard Kofler"]),
    ("abbreviation", "en",
     ('Atty. Ramoncito Dizon filed the petition on Monday: "The ordinance was never published."',),
     ["Ramoncito Dizon"]),
    ("abbreviation", "en",
     ('Ven. Sumedha Thero blessed the new boats at dawn: "The sea gives and the sea takes."',),
     ["Sumedha Thero"]),
    ("abbreviation", "fr",
     ("S.A.R. Mswati Dlamini a reçu les pêcheurs au palais : « Vos filets seront remplacés. »",),
     ["Mswati Dlamini"]),
    ("abbreviation", "fr",
     ("Le Pr. Abdoulaye Sarr a présenté l'étude : « La nappe baisse d'un mètre par an. »",),
     ["Abdoulaye Sarr"]),
    ("abbreviation", "en",
     ('H.H. Dayanand Saraswati addressed the pilgrims: "Walk slowly, the path is wet."',),
     ["Dayanand Saraswati"]),
    ("abbreviation", "es",
     ("Pbro. Anselmo Gutiérrez Lara ofició la misa: «Esta iglesia se levantará otra vez».",),
     ["Anselmo Gutiérrez Lara"]),
    # 2. A known abbreviation without its dot, alone or in a chain
    ("bare-abbreviation", "en",
     ('Rt Rev Tobias Nkemelu dedicated the chapel: "May this roof keep out every storm."',),
     ["Tobias Nkemelu"]),
    ("bare-abbreviation", "de",
     ("Pfr Matthias Grundner läutete die Glocken von Hand: „Der Strom kommt erst morgen.“",),
     ["Matthias Grundner"]),
    ("bare-abbreviation", "es",
     ("Pbro Julián Arredondo Soto pidió calma: «Nadie debe bajar al río esta noche».",),
     ["Julián Arredondo Soto"]),
    # 3. A single capital and a dot before a whole name is a title in Spanish, French and German
    ("single-letter", "es",
     ("C. Guadalupe Ortiz Ramírez, agente municipal de la comunidad, dijo: «El puente ya no aguanta».",),
     ["Guadalupe Ortiz Ramírez"]),
    ("single-letter", "de",
     ("P. Anselm Kiefer vom Kloster Marienberg sprach den Segen: „Gott schütze die Bauern.“",),
     ["Anselm Kiefer"]),
    # 4. A word before a whole name the article gives whole elsewhere is a title or an office
    ("office", "en",
     ('Headman Tshepiso Molefe called the villagers together.',
      '"We will dig the well ourselves," said Tshepiso Molefe.'),
     ["Tshepiso Molefe"]),
    ("office", "de",
     ("Gemeindekassier Herbert Moosbrugger legte die Zahlen vor: „Das Loch ist größer als gedacht.“",
      "„Wir müssen sparen“, sagte Herbert Moosbrugger."),
     ["Herbert Moosbrugger", "Herbert Moosbrugger"]),
    ("office", "fr",
     ("Griot Mamadou Kouyaté a ouvert la cérémonie : « Ce pont porte le nom de nos pères. »",
      "« Nous danserons jusqu'au matin », a promis Mamadou Kouyaté."),
     ["Mamadou Kouyaté", "Mamadou Kouyaté"]),
    ("office", "es",
     ("Comisariado Ejidal Fortino Hernández Cruz convocó a la asamblea: «La tierra no se vende».",),
     ["Fortino Hernández Cruz"]),
    # 5. A form of address after the name, set off or written as a suffix
    ("after", "en",
     ('Ramesh Patil ji, who runs the dairy, was blunt: "The milk price has not moved in three years."',),
     ["Ramesh Patil"]),
    ("after", "en",
     ('Suleyman Bey, the ferry owner, shrugged: "The wind decides, not me."',),
     ["Suleyman Bey", "Suleyman"]),
    # 6. A bare cue after a person's introduction gives the whole name
    ("bare-cue", "fr",
     ("Solange Kaboré, couturière au marché central, a perdu son étal dans l'incendie. « Tout a brûlé en une heure », "
      "a-t-elle dit.",),
     ["Solange Kaboré"]),
    # 7. Honorifics of regions no set had
    ("honorific", "en",
     ('Mallam Sani Abdullahi teaches the children under the neem tree: "The school roof fell in July."',),
     ["Sani Abdullahi"]),
    ("honorific", "en",
     ('Alhaja Kafayat Adebayo sells fabric in the market: "Nobody is buying for the festival."',),
     ["Kafayat Adebayo"]),
    ("honorific", "fr",
     ("Serigne Modou Mbacké a appelé au calme : « La ville sainte doit rester en paix. »",),
     ["Modou Mbacké"]),
    ("honorific", "fr",
     ("Togbui Kodzo Agbeko, chef du village, a tranché : « La lagune appartient à tous. »",),
     ["Kodzo Agbeko"]),
    ("honorific", "de",
     ("Mevrouw Annelies Vermeulen aus Maastricht sagte: „Die Grenze merkt man nur am Benzinpreis.“",),
     ["Annelies Vermeulen"]),
    ("honorific", "de",
     ("Dhr. Pieter Claessens aus Kerkrade meinte: „Wir fahren trotzdem zum Markt nach Aachen.“",),
     ["Pieter Claessens"]),
    ("honorific", "es",
     ("Fray Bartolomé Quiroga Lemos abrió el comedor: «Aquí nadie se queda sin cenar».",),
     ["Bartolomé Quiroga Lemos"]),
    ("honorific", "es",
     ("Sor Inés Maldonado Rivas cuida a los ancianos del asilo: «Nos faltan mantas».",),
     ["Inés Maldonado Rivas"]),
    ("honorific", "en",
     ('Smt. Lakshmi Venkataraman, the panchayat president, said: "Every house will have a tap by March."',),
     ["Lakshmi Venkataraman"]),
    ("honorific", "fr",
     ("Imam Ousmane Cissé a lu le communiqué : « La mosquée accueillera les sinistrés. »",),
     ["Ousmane Cissé"]),
    # 8. The same forms where the name stands after a cue verb, in an appositive after a role, or opens a sentence
    # set off by a comma before a later pronoun's cue
    ("position", "en",
     ('"The borehole has been dry since June," said Alhaji Musa Kamara, who chairs the water committee.',),
     ["Musa Kamara"]),
    ("position", "en",
     ('The chief of the Upper Saloum district, Seyfo Ebou Njie, whom the elders chose in May, came early: '
      '"The road must be graded before the rains."',),
     ["Ebou Njie"]),
    ("position", "en",
     ('Mallam Yusuf Danladi, the Koranic teacher of the ward, stood by the pump. "We fetch water at dawn," he said.',),
     ["Yusuf Danladi"]),
    ("position", "en",
     ('"We will rebuild the jetty," said Oustaz Alieu Sowe, who teaches at the madrasa.',),
     ["Alieu Sowe"]),
    ("position", "en",
     ('"Every family will get a tarpaulin," said H.E. Grace Mutale, who opened the camp.',),
     ["Grace Mutale"]),
    ("position", "fr",
     ("Le roi de Porto-Novo, S.M. Kpodégbé Toyi III, a reçu les pêcheurs : « La lagune sera curée. »",),
     [("Kpodégbé Toyi III", "Kpodégbé Toyi")]),
    ("position", "fr",
     ("« Nous prierons pour la pluie », a dit Serigne Abdou Lahat Ndiaye, qui dirige la daara du quartier.",),
     ["Abdou Lahat Ndiaye"]),
    ("position", "fr",
     ("Le curé de la paroisse, P. Étienne Rakotomalala, a béni le puits : « Que l'eau ne manque plus. »",),
     ["Étienne Rakotomalala"]),
    ("position", "es",
     ("El agente municipal, C. Hilario Matus Cabrera, inauguró la clínica: «Ya no habrá que ir hasta Tehuantepec».",),
     ["Hilario Matus Cabrera"]),
    ("position", "es",
     ("«Nadie se va a quedar sin techo», dijo Fray Ignacio Paredes Olmos, que dirige el albergue.",),
     ["Ignacio Paredes Olmos"]),
    ("position", "es",
     ("«El agua llegará el lunes», dijo Lic. Consuelo Arriaga Beltrán, que coordina la brigada.",),
     ["Consuelo Arriaga Beltrán"]),
    ("position", "es",
     ("Na Rufina Jiménez Vásquez, de 82 años, teje hamacas en el portal. «Aquí nací y aquí me quedo», dijo.",),
     ["Rufina Jiménez Vásquez"]),
    ("position", "de",
     ("„Wir beten für die Verschütteten“, sagte Pfarrer Hw. Alois Gruber, der die Messe in der Turnhalle las.",),
     ["Alois Gruber"]),
    ("position", "de",
     ("„Das Wasser ist wieder trinkbar“, sagte Frei Damião Lemke in der Kapelle.",),
     ["Damião Lemke"]),
    ("position", "de",
     ("Der Abt des Stifts, P. Maximilian Stadler, öffnete die Tore: „Hier ist Platz für zweihundert Leute.“",),
     ["Maximilian Stadler"]),
    ("position", "en",
     ('"The bell will ring again at Christmas," said Ds Johannes Coetzee, the dominee of the town.',),
     ["Johannes Coetzee"]),
    ("position", "en",
     ('"Nobody was hurt," said Rvd Samuel Ofori, who leads the Methodist congregation.',),
     ["Samuel Ofori"]),
    ("position", "en",
     ('Councillor Thandeka Zulu runs the soup kitchen. "Winter is the hardest time," said Thandeka Zulu.',
      '"We need blankets," Zulu added.'),
     ["Thandeka Zulu", "Thandeka Zulu"]),
    # 9. A title after the name is no part of it
    ("after", "en",
     ('"The temple will feed everyone," said Kandasamy Ratnam Aiya, the priest of the kovil.',),
     ["Kandasamy Ratnam"]),
    # 10. A bare cue after a person's introduction gives the whole name, never the surname alone
    ("bare-cue", "es",
     ("Rosaura Quintanilla, vendedora de pupusas, perdió su puesto en la crecida. «No me quedó nada», dijo.",),
     ["Rosaura Quintanilla"]),
    ("bare-cue", "de",
     ("Gerlinde Achleitner, Sennerin auf der Kaseralm, trieb die Kühe früher ins Tal. „Der Schnee kam zu früh“, "
      "sagte sie.",),
     ["Gerlinde Achleitner"]),
    # Negatives: initials, a given name that looks like a title, particles
    ("negative", "en",
     ('J. R. Hartley ran the bookshop for forty years: "Nobody reads fly fishing any more."',),
     [("J. R. Hartley", "J.R. Hartley")]),
    ("negative", "de",
     ("A. Brunner vom Heimatverein meinte: „Die Brücke steht seit 1820.“",),
     ["A. Brunner"]),
    ("negative", "en",
     ('Prince Mensah, a taxi driver in Accra, complained: "Fuel is up again."',),
     ["Prince Mensah"]),
    ("negative", "es",
     ("Rey Alfonso Quintero, el pescador más viejo del puerto, dijo: «El mar ya no da».",),
     ["Rey Alfonso Quintero"]),
    ("negative", "en",
     ('Aoife Ní Bhriain, the harbour manager, said: "The pier is closed until Friday."',),
     ["Aoife Ní Bhriain"]),
    ("negative", "de",
     ("Hendrik van der Merwe aus Windhoek sagte: „Der Regen kam zu spät.“",),
     ["Hendrik van der Merwe"]),
    ("negative", "fr",
     ("Cheikh Anta Diallo, le boulanger du quartier, a soupiré : « La farine a encore augmenté. »",
      "« On tiendra », a ajouté Cheikh Anta Diallo."),
     ["Cheikh Anta Diallo", "Cheikh Anta Diallo"]),
]

# (passing of 60 on main at the round's start, 4c00ca99; on address53's last commit)
RESULTS = {"main": 40, "address53": 54}


def passing() -> int:
    """How many of the set's cases the code on the path passes (for the round's report)."""
    return sum(_accepted(_said_in(code, *texts), want) for _, code, texts, want in _CASES)


@pytest.mark.parametrize(("kind", "code", "texts", "want"), _CASES)
def test_address53_heldout(kind: str, code: str, texts: tuple[str, ...], want: Want) -> None:
    got = _said_in(code, *texts)
    if not _accepted(got, want):
        pytest.xfail(f"{kind}: {got} (not yet read)")
