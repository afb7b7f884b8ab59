"""Round 53 (intro53): a quote with no tag after sentences introducing its speaker is theirs; a subject's qualification
of something in quote marks is the subject's words.

The positives are variants of our own (other trades, names, places and verbs than any evaluation set's articles), in
the four languages; the negatives are nearby text that must not change: a second person named as a subject, a person
named only as an object, a category's name after a participle of qualifying, a name given to a thing.
"""

from __future__ import annotations

import pytest

from verify.document import Format, from_text
from verify.extract import extract
from verify.models import QuoteKind

_FILLER = {
    "en": "<p>The council met on Tuesday evening to discuss the budget for the coming year.</p>",
    "de": "<p>Der Gemeinderat hat am Dienstagabend über den Haushalt für das kommende Jahr beraten.</p>",
    "es": "<p>El pleno del ayuntamiento se reunió el martes por la noche para debatir el presupuesto.</p>",
    "fr": "<p>Le conseil municipal s'est réuni mardi soir pour discuter du budget de l'année prochaine.</p>",
}


def _speaker(code: str, article: str, words: str) -> str | None:
    page = (f"<html lang='{code}'><head><title>Nachrichten</title></head><body><main><article>{article}"
            f"{_FILLER[code]}</article></main></body></html>")
    quotes = [q for q in extract(from_text(page, "page.html", Format.HTML)).quotes if words in q.text]
    assert quotes, f"no quote holding {words!r}"
    return quotes[0].speaker if quotes[0].kind is not QuoteKind.MENTION else None


# A paragraph introducing a person (a verb that is also part of a cue, a noun that is also a cue verb's form, the
# person's own "he says" set off, a name with a particle, capitalised nouns that read as a name), then a paragraph
# that is only their quote, after another person's quote.
_PARAGRAPH_AFTER = [
    ("de", "<p>„Die Straße bleibt gesperrt“, sagte Bürgermeister Kurt Lehner.</p><p>Heinz Gruber fährt seit 1985 den"
     " Milchwagen durchs Tal. Im Januar stand er zwei Wochen still.</p><p>„Die Milch ist im Tank sauer geworden.“</p>",
     "Die Milch ist im Tank", "Heinz Gruber"),
    ("de", "<p>„Wir helfen, wo wir können“, sagte Landrätin Eva Kranz.</p><p>Susanne Weidinger hütet seit zwanzig"
     " Jahren Schafe am Hang. Ihre Herde steht nun im Stall.</p><p>„Das Heu reicht noch drei Wochen.“</p>",
     "Das Heu reicht", "Susanne Weidinger"),
    ("en", "<p>“The shelters will stay open,” said county manager Rhys Owen.</p><p>Aisha Bello runs the laundrette on"
     " Church Street. For a month, she says, she has washed blankets for the shelters.</p><p>“My machines have not"
     " stopped since the storm.”</p>", "My machines have not stopped", "Aisha Bello"),
    ("es", "<p>«El agua volverá el jueves», dijo el alcalde Julián Serrano.</p><p>María del Carmen Ruiz regenta la"
     " pensión de la plaza desde hace veinte años. Este verano la cerró por primera vez.</p><p>«Sin agua no puedo"
     " abrir ni una habitación.»</p>", "Sin agua no puedo abrir", "María del Carmen Ruiz"),
    ("en", "<p>“Fees will rise,” said treasurer Alan Shaw.</p><p>For a decade, Hannah Oyelaran has coached the"
     " under-twelves at Riverside. On Saturday she stood by an empty pitch.</p><p>“The boys just want to play.”</p>",
     "The boys just want to play", "Hannah Oyelaran"),
    ("fr", "<p>« Nous rouvrirons en mai », a annoncé la préfète Claire Morel.</p><p>Depuis trente ans, Yann Kerbrat"
     " pêche la coquille en baie. Son bateau reste à quai.</p><p>« Je n'ai jamais vu un mois pareil. »</p>",
     "Je n'ai jamais vu un mois pareil", "Yann Kerbrat"),
    ("fr", "<p>« La route rouvrira lundi », a affirmé le préfet Alain Ricard.</p><p>Marc Dufresne dirige la scierie"
     " depuis la tempête de 1999. Son fils l'a rejoint cet été.</p><p>« Les grumes pourrissent au bord du"
     " chemin. »</p>", "Les grumes pourrissent", "Marc Dufresne"),
]


@pytest.mark.parametrize(("code", "article", "words", "speaker"), _PARAGRAPH_AFTER)
def test_quote_after_a_paragraph_about_its_speaker(code: str, article: str, words: str, speaker: str) -> None:
    assert _speaker(code, article, words) == speaker


# The same in one paragraph: the quote before, its cue, then sentences about one person, then their quote.
_SAME_PARAGRAPH = [
    ("de", "<p>„Die Fähre fällt bis Freitag aus“, sagte Reederin Jana Holm. Bernd Wiechmann verkauft seit 1994 Fisch"
     " am Hafen. Seine Kühltruhen sind voll. „Ich bleibe auf dem ganzen Fang sitzen.“</p>",
     "Ich bleibe auf dem ganzen Fang", "Bernd Wiechmann"),
    ("en", "<p>“Repairs start in May,” said highways officer Gwen Price. Dev Patel delivers newspapers to the farms"
     " above the dam. Since the landslip he has walked the last mile. “The van cannot get past the bridge.”</p>",
     "The van cannot get past", "Dev Patel"),
    ("es", "<p>«Habrá ayudas para todos», aseguró la consejera Inés Robles. Patricio Lagos cultiva olivos en la"
     " ladera desde niño. Su cosecha se perdió con la helada. «No queda ni una aceituna en los árboles.»</p>",
     "No queda ni una aceituna", "Patricio Lagos"),
    ("fr", "<p>« Le collège rouvrira en septembre », a dit le recteur Jean Vidal. Sandrine Morel conduit le car"
     " scolaire de la vallée. Depuis un mois, elle fait un détour de vingt kilomètres. « Les enfants partent à six"
     " heures. »</p>", "Les enfants partent à six heures", "Sandrine Morel"),
]


@pytest.mark.parametrize(("code", "article", "words", "speaker"), _SAME_PARAGRAPH)
def test_quote_after_sentences_about_its_speaker(code: str, article: str, words: str, speaker: str) -> None:
    assert _speaker(code, article, words) == speaker


# Nearby text that credits no one introduced: a second person a sentence opens on, a person named as an object.
_NOT_INTRODUCED = [
    ("de", "<p>„Der Markt bleibt offen“, sagte Bürgermeister Kurt Lehner. Greta Lindner führt die Bäckerei am Markt."
     " Ihr Nachbar Otto Brandt führt die Metzgerei. „Der Umsatz hat sich halbiert.“</p>",
     "Der Umsatz hat sich halbiert", ("Greta Lindner",)),
    ("en", "<p>“Fees will rise,” said treasurer Alan Shaw.</p><p>On Monday, police arrested Tom Dale at his flat.</p>"
     "<p>“We will appeal the ruling.”</p>", "We will appeal the ruling", ("Tom Dale",)),
    ("en", "<p>“The inquiry is closed,” said chief constable Mary Hood. Officers arrested Dan Cole in Leeds on"
     " Friday. “We will not comment further.”</p>", "We will not comment further", ("Dan Cole",)),
    ("es", "<p>«El contrato es legal», dijo la alcaldesa Rosa Prieto. El pleno destituyó al gerente Iván Soto en"
     " marzo. «Esperamos la sentencia con calma.»</p>", "Esperamos la sentencia", ("Iván Soto",)),
]


@pytest.mark.parametrize(("code", "article", "words", "not_theirs"), _NOT_INTRODUCED)
def test_no_introduction_credits_no_one_introduced(
    code: str, article: str, words: str, not_theirs: tuple[str, ...]
) -> None:
    assert _speaker(code, article, words) not in not_theirs


# A subject's qualification of something in quote marks: a verb of qualifying, its object, a link and the words.
_QUALIFIED = [
    ("es", "<p>El diputado Hernán Vidal tachó el presupuesto regional de “una chapuza sin precedentes”.</p>",
     "una chapuza sin precedentes", "Hernán Vidal"),
    ("es", "<p>La fiscal Lorena Gallardo catalogó los hechos como «un fraude organizado».</p>",
     "un fraude organizado", "Lorena Gallardo"),
    ("fr", "<p>La sénatrice Odile Marchand a qualifié la hausse des loyers de « scandaleuse et injustifiable ».</p>",
     "scandaleuse et injustifiable", "Odile Marchand"),
    ("fr", "<p>Le président du club, Thierry Jolly, qualifie l'arbitrage du derby de « honteux et partial »."
     "</p>", "honteux et partial", "Thierry Jolly"),
    ("de", "<p>Der Verbandschef Holger Pfeiffer brandmarkte die Kürzung als „Kahlschlag im ländlichen Raum“.</p>",
     "Kahlschlag im ländlichen Raum", "Holger Pfeiffer"),
    ("de", "<p>Die Stadträtin Ilse Wagner bezeichnete den Neubau als „einen Schandfleck am Flussufer“.</p>",
     "einen Schandfleck am Flussufer", "Ilse Wagner"),
    ("de", "<p>Der Förster Jan Albrecht stufte den Borkenkäferbefall als „dramatisch und kaum zu stoppen“ ein.</p>",
     "dramatisch und kaum zu stoppen", "Jan Albrecht"),
    ("en", "<p>Assemblywoman Teresa Quinn characterised the rezoning as “reckless and premature”.</p>",
     "reckless and premature", "Teresa Quinn"),
    ("en", "<p>The shadow minister, Colin Mair, slammed the ferry contract as “chaotic and wasteful”.</p>",
     "chaotic and wasteful", "Colin Mair"),
    ("es", "<p>La vecina Marisa Quintero consideró el nuevo horario del ambulatorio «una burla para los mayores».</p>",
     "una burla para los mayores", "Marisa Quintero"),
    ("fr", "<p>L'opposant Bertrand Lucas a traité le maire de « girouette sans programme ».</p>",
     "girouette sans programme", "Bertrand Lucas"),
]


@pytest.mark.parametrize(("code", "article", "words", "speaker"), _QUALIFIED)
def test_qualification_in_quote_marks_is_its_subjects(code: str, article: str, words: str, speaker: str) -> None:
    assert _speaker(code, article, words) == speaker


# A name given to a thing, and a category's name after a participle of qualifying with no subject, are no one's words.
_NAMED = [
    ("es", "<p>El molino, catalogado como “Bien de Interés Cultural” desde 1985, abre el sábado.</p>",
     "Bien de Interés Cultural"),
    ("de", "<p>Die Fischerin Anke Lorenz taufte ihren Kutter „Seeschwalbe“.</p>", "Seeschwalbe"),
    ("es", "<p>El primer queso de la cooperativa lleva la etiqueta «Flor de Sierra Alta».</p>", "Flor de Sierra Alta"),
    ("fr", "<p>Le site, qualifié de « Grand Site de France » en 2010, attire les randonneurs.</p>",
     "Grand Site de France"),
]


@pytest.mark.parametrize(("code", "article", "words"), _NAMED)
def test_a_name_given_is_no_ones_words(code: str, article: str, words: str) -> None:
    assert _speaker(code, article, words) is None
