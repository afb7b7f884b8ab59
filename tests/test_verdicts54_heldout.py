"""Round 54 (verdicts54): a held-out set of the verdict kinds blind set 57 and tune set 47 missed, written before any
rule of the round, in languages, words, measures and currencies none of the sets has: a negation of a language an
article quotes (a creole, a language of the Pacific, of Central Asia, of the Maya, of Northern Europe) or a
negation spelt another way (an accent, a glottal mark, a doubled letter, a letter after its vowel) left out of a
statement the claim otherwise repeats, or swapped for its affirmative; words of the same places that are no
negation; a number word glued into a compound adjective against its figure and a hyphen; a measure said in two
units against its decimal; an amount in a currency's name against its sign written onto the figure. Each case has
the answer a careful reader gives; the cases are not edited once the round's rules are built (``OPEN``: the ones
this round's rules do not meet)."""

from __future__ import annotations

import pytest

from tests.test_match import aligned
from tests.test_unseen_verdicts import _cases as held_out_cases
from tests.test_unseen_verdicts import _flagged, _numbers_changed

# A negation of a language quoted inside a page of the four languages, or a known negation spelt another way, that
# the claim leaves out of its statement or swaps for its affirmative: (claim, source)
NEGATIONS_LEFT_OUT = {
    "en-tok-pisin-nogat": ("Mipela gat wara long ples", "Mipela nogat wara long ples."),
    "en-bajan-doan": ("We does get de bus on Sundays", "We doan get de bus on Sundays."),
    "en-chamorro-ti-first": ("Hu tungo' i chalan para Hagåtña", "Ti hu tungo' i chalan para Hagåtña."),
    "en-maltese-mhux": ("Il-baħar kalm illum, ma nistgħux noħorġu", "Il-baħar mhux kalm illum, ma nistgħux noħorġu."),
    "en-javanese-ora": ("Aku duwe dhuwit kanggo kapal", "Aku ora duwe dhuwit kanggo kapal."),
    "en-javanese-mboten": ("Kula gadhah arta kangge bis", "Kula mboten gadhah arta kangge bis."),
    "en-sundanese-henteu": ("Abdi gaduh artos kanggo beus", "Abdi henteu gaduh artos kanggo beus."),
    "en-guyanese-na": ("Mi go come back tomorrow", "Mi na go come back tomorrow."),
    "en-krio-open-o": ("Wi get lait for di market", "Wi nɔ get lait for di market."),
    "en-yoruba-ko-tone": ("Owó sí ní ọjà yìí", "Owó kò sí ní ọjà yìí."),
    "en-twi-nni": ("Nsuo wɔ hɔ nnɛ", "Nsuo nni hɔ nnɛ."),
    "en-urdu-nahin-circumflex": ("Pani hai is gaon mein", "Pani nahîn hai is gaon mein."),
    "en-belize-noh": ("Dis boat gwine reach Corozal today", "Dis boat noh gwine reach Corozal today."),
    "de-kazakh-joq": ("Bizde su bar bügin", "Bizde su joq bügin."),
    "de-kazakh-emes": ("Bul jol jaqsy eken endi", "Bul jol jaqsy emes eken endi."),
    "de-uzbek-yoq": ("Bizda suv bor hozir", "Bizda suv yo'q hozir."),
    "de-azerbaijani-yox": ("Burada su var idi dünən", "Burada su yox idi dünən."),
    "de-albanian-nuk": ("Ne kemi ujë në fshat", "Ne nuk kemi ujë në fshat."),
    "de-persian-nist": ("Inja ab hast hanuz", "Inja ab nist hanuz."),
    "de-pashto-nishta": ("Dalta obah shta nan", "Dalta obah nishta nan."),
    "de-kurmanji-nine": ("Av heye li gund îro", "Av nîne li gund îro."),
    "de-icelandic-ekki": ("Við höfum rafmagn í þorpinu", "Við höfum ekki rafmagn í þorpinu."),
    "de-faroese-ikki": ("Vit hava ferju í dag", "Vit hava ikki ferju í dag."),
    "de-latvian-nav": ("Mums ir ūdens mājās", "Mums nav ūdens mājās."),
    "de-lithuanian-nera": ("Kaime yra vandens šiandien", "Kaime nėra vandens šiandien."),
    "de-estonian-pole": ("Meil on vett külas täna", "Meil pole vett külas täna."),
    "de-swiss-doubled-noeoed": ("Das Wasser chunnt bis zum Dorf", "Das Wasser chunnt nööd bis zum Dorf."),
    "es-tzotzil-mu-first": ("Xtal li kajvaltike ta k'ak'al", "Mu xtal li kajvaltike ta k'ak'al."),
    "es-qeqchi-maaka": ("Wan li ha' sa' li kab'l", "Maak'a' li ha' sa' li kab'l."),
    "fr-haitian-pap": ("Li vini demen maten", "Li pap vini demen maten."),
    "fr-wallisian-mole": ("E ma'u he vai i te kolo", "E mole ma'u he vai i te kolo."),
    "fr-tunisian-famech": ("Famma khobz lyoum fil hanout", "Famech khobz lyoum fil hanout."),
}

# A word left out or swapped that is no negation, or a negation's letters of another meaning in a text of the
# language it is a word of, or a quote that keeps its negation: no negation flag
NEGATION_LOOKALIKES = {
    "en-really-left-out": ("We want the ferry back", "We really want the ferry back."),
    "en-scots-ain-own": ("We sing for my folk tonight", "We sing for my ain folk tonight."),
    "en-nav-a-system": ("The radar system failed at sea", "The nav system failed at sea."),
    "en-pap-a-porridge": ("We sell rice and wors at the market", "We sell pap and wors at the market."),
    "en-pole-a-mast": ("The flag hangs from the mast", "The flag hangs from the pole."),
    "fr-ma-my": ("Ta fille rentre de Papeete demain", "Ma fille rentre de Papeete demain."),
    "fr-mole-a-unit": ("Il faut une pincée de sel", "Il faut une mole de sel."),
    "es-ya-left-out": ("El barco llega mañana al muelle", "El barco ya llega mañana al muelle."),
    "es-mix-a-mix": ("Pusieron un disco de cumbia en la plaza", "Pusieron un mix de cumbia en la plaza."),
    "de-nur-left-out": ("Wir haben Wasser im Dorf", "Wir haben nur Wasser im Dorf."),
    "de-den-an-article": ("Wir sehen die Küste vom Deich", "Wir sehen den Hafen vom Deich."),
    "de-ora-a-name": ("Meine Oma kocht heute", "Meine Ora kocht heute."),
    "fr-haitian-negation-kept": ("Li pap vini jodi a", "Li pap vini demen."),
}

# Added after the rules (a second list, the first one unedited): a regional negation's letters that are a word of the
# text's own dialect or a name, changed: no negation flag (Bavarian "ma", we, and "jo", yes; German "na ja"; Mexican
# "mole"; French "ver", a worm; the names Nakai and Dili)
LATER_NEGATION_LOOKALIKES = {
    "de-bavarian-ma-we": ("Des schaff i scho bis Ostern", "Des schaff ma scho bis Ostern."),
    "de-bavarian-jo-yes": ("Ja, des passt scho mit da Fähr", "Jo, des passt scho mit da Fähr."),
    "de-na-ja": ("Also, wir schaffen das bis Ostern", "Na ja, wir schaffen das bis Ostern."),
    "es-mole-a-sauce": ("En la fonda comimos pollo poblano", "En la fonda comimos mole poblano."),
    "fr-ver-a-worm": ("Le pêcheur met un appât sur l'hameçon", "Le pêcheur met un ver sur l'hameçon."),
    "en-nakai-a-name": ("Mr Tanaka runs the ferry", "Mr Nakai runs the ferry."),
    "en-dili-a-city": ("The ferry to Baucau leaves at noon", "The ferry to Dili leaves at noon."),
}

# One amount said two ways: a number word glued into a compound adjective against its figure and a hyphen, a
# measure in two units against its decimal, an amount in a currency's name against its sign on the figure
AMOUNTS_ALIKE = {
    "de-zweihundertjaehrig": (
        "Die Brücke feiert ihr zweihundertjähriges Bestehen",
        "Die Brücke feiert ihr 200-jähriges Bestehen.",
    ),
    "de-zehnfach": ("Die Fähre braucht die zehnfache Zeit", "Die Fähre braucht die 10-fache Zeit."),
    "de-vierstuendig": (
        "Nach der vierstündigen Sperrung fährt der Bus wieder",
        "Nach der 4-stündigen Sperrung fährt der Bus wieder.",
    ),
    "de-siebentaegig": ("Die siebentägige Kirmes beginnt am Freitag", "Die 7-tägige Kirmes beginnt am Freitag."),
    "de-zwoelfkoepfig": ("Die zwölfköpfige Familie wartet am Steg", "Die 12-köpfige Familie wartet am Steg."),
    "de-dreispurig": ("Die dreispurige Straße ist gesperrt", "Die 3-spurige Straße ist gesperrt."),
    "de-zweiwoechig": ("Nach der zweiwöchigen Pause fährt die Fähre", "Nach der 2-wöchigen Pause fährt die Fähre."),
    "en-hundredfold": ("Prices at the market rose a hundredfold", "Prices at the market rose 100-fold."),
    "es-metro-con-centimetros": (
        "El río marca un metro con veinte centímetros en el puerto",
        "El río marca 1,20 metros en el puerto.",
    ),
    "es-kilo-con-gramos": ("El saco pesa un kilo con doscientos gramos", "El saco pesa 1,2 kilos."),
    "en-metre-and-centimetres": ("The gauge showed one metre and ten centimetres", "The gauge showed 1.10 metres."),
    "de-meter-und-zentimeter": (
        "Der Pegel stieg auf einen Meter und zehn Zentimeter",
        "Der Pegel stieg auf 1,10 Meter.",
    ),
    "es-quetzales-q": ("El saco se paga a trescientos quetzales en Cobán", "El saco se paga a Q300 en Cobán."),
    "es-lempiras-l": ("La consulta cuesta cuarenta lempiras en el centro", "La consulta cuesta L40 en el centro."),
    "es-cordobas-c-dollar": (
        "El pasaje cuesta quinientos córdobas hasta Bluefields",
        "El pasaje cuesta C$500 hasta Bluefields.",
    ),
    "en-pula-p": ("The levy is two hundred pula a month", "The levy is P200 a month."),
    "fr-ariary-ar": ("Le billet coûte deux cents ariary au marché", "Le billet coûte Ar200 au marché."),
}

# Another amount said so: a number change
AMOUNTS_CHANGED = {
    "de-dreihundertjaehrig-200": (
        "Die Brücke feiert ihr dreihundertjähriges Bestehen",
        "Die Brücke feiert ihr 200-jähriges Bestehen.",
    ),
    "de-fuenffach-4": ("Die Fähre braucht die fünffache Zeit", "Die Fähre braucht die 4-fache Zeit."),
    "es-metro-con-veinte-1-10": (
        "El río marca un metro con veinte centímetros en el puerto",
        "El río marca 1,10 metros en el puerto.",
    ),
    "en-metre-and-twenty-1-10": ("The gauge showed one metre and twenty centimetres", "The gauge showed 1.10 metres."),
    "es-quetzales-q200": ("El saco se paga a trescientos quetzales en Cobán", "El saco se paga a Q200 en Cobán."),
    "es-lempiras-l50": ("La consulta cuesta cuarenta lempiras en el centro", "La consulta cuesta L50 en el centro."),
    "en-pula-p300": ("The levy is two hundred pula a month", "The levy is P300 a month."),
}

# Words that hold a number's letters and are no number: no number change
NUMBER_LOOKALIKES = {
    "de-einfach-simple": ("Sie hat einen einfachen Plan", "Sie hat einen klaren Plan."),
    "de-vierteljaehrlich-kept": (
        "Die vierteljährliche Sitzung fällt aus",
        "Die vierteljährliche Versammlung fällt aus.",
    ),
    "de-achtung-kept": ("Achtung, die Fähre legt ab", "Vorsicht, die Fähre legt ab."),
}

# The cases this round's rules do not meet (see docs/verdicts.md, round 54); at the set's writing, on main's code
# d1132f42, 23 of 72 passed (the lookalikes and other amounts) and these 49 failed
OPEN: frozenset[str] = frozenset(
    {
        "fr-wallisian-mole",
        "en-chamorro-ti-first",
        # ("en-guyanese-na" met since round 56: a negation another word elsewhere, read in its clause where the quote
        # leaves it out)
        "es-tzotzil-mu-first",
        "de-estonian-pole",
        "en-hundredfold",
    }
)


def _cases(table: dict) -> list:
    return held_out_cases(table, OPEN)


@pytest.mark.parametrize(("claim", "source"), _cases(NEGATIONS_LEFT_OUT))
def test_a_quoted_languages_negation_left_out_or_swapped_is_flagged(claim: str, source: str) -> None:
    assert _flagged(claim, source)


@pytest.mark.parametrize(("claim", "source"), _cases(NEGATION_LOOKALIKES))
def test_a_word_of_no_negation_left_out_or_swapped_is_no_negation(claim: str, source: str) -> None:
    assert not _flagged(claim, source)


@pytest.mark.parametrize(("claim", "source"), _cases(AMOUNTS_ALIKE))
def test_one_amount_said_two_ways_is_no_change(claim: str, source: str) -> None:
    assert aligned(claim, source).exact


@pytest.mark.parametrize(("claim", "source"), _cases(AMOUNTS_CHANGED))
def test_another_amount_said_so_is_a_number_change(claim: str, source: str) -> None:
    assert _numbers_changed(claim, source)


@pytest.mark.parametrize(("claim", "source"), _cases(NUMBER_LOOKALIKES))
def test_a_word_with_a_numbers_letters_is_no_number_change(claim: str, source: str) -> None:
    assert not any("number" in change.flags for change in aligned(claim, source).changes)


@pytest.mark.parametrize(("claim", "source"), _cases(LATER_NEGATION_LOOKALIKES))
def test_a_dialects_word_or_a_name_of_a_negations_letters_is_no_negation(claim: str, source: str) -> None:
    assert not _flagged(claim, source)
