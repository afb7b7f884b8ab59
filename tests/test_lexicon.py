"""The language lexicons: one per language, chosen by a stopword share."""

from __future__ import annotations

import pytest

from verify.lexicon import LEXICONS, Gender, Number, detect_language, lexicon

# Sentences written for these tests (news register, each about 25 words).
_SAMPLES = {
    "en": "The mayor said on Monday that the city would not raise taxes this year, and that the new budget "
    "was ready for a vote by the council.",
    "de": "Die Bürgermeisterin sagte am Montag, dass die Stadt in diesem Jahr die Steuern nicht erhöhen werde "
    "und der neue Haushalt bereit für die Abstimmung sei.",
    "fr": "La maire a déclaré lundi que la ville n'augmenterait pas les impôts cette année et que le nouveau "
    "budget était prêt pour un vote du conseil.",
    "es": "La alcaldesa dijo el lunes que la ciudad no subiría los impuestos este año y que el nuevo "
    "presupuesto estaba listo para una votación del consejo.",
}


@pytest.mark.parametrize("code", sorted(_SAMPLES))
def test_each_language_is_recognised(code: str) -> None:
    assert detect_language(_SAMPLES[code] * 2) == code


def test_a_language_without_a_lexicon_gets_none() -> None:
    dutch = (
        "De burgemeester zei maandag dat de stad dit jaar de belastingen niet zal verhogen en dat de nieuwe "
        "begroting klaar is voor een stemming in de raad."
    )
    italian = (
        "La sindaca ha detto lunedì che la città non aumenterà le tasse quest'anno e che il nuovo bilancio "
        "è pronto per il voto del consiglio comunale."
    )
    assert detect_language(dutch * 2) is None
    assert detect_language(italian * 2) is None


def test_french_full_of_words_spanish_shares_is_still_french() -> None:
    # Words French shares with Spanish ("de", "la", "a", "en", "que"): on all stopwords French led by
    # less than 1.5x here; on the words only French has it leads by far.
    french = (
        "« Les travaux coûteront 12 millions d'euros », a précisé le maire de la commune, sous les "
        "applaudissements du public. La cheffe de l'opposition a répliqué : « Le maire n'a jamais présenté "
        "de plan de financement. » La dette de la commune a baissé de 8 % depuis 2022, selon la mairie."
    )
    assert detect_language(french * 2) == "fr"


def test_short_text_falls_back_to_the_default() -> None:
    assert detect_language("Hallo Welt") == "en"
    assert detect_language("Hallo Welt", default=None) is None


def test_lookup_by_code_and_region() -> None:
    assert lexicon("de-AT") is LEXICONS["de"]
    assert lexicon("pt") is None
    assert lexicon(None) is None


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_every_lexicon_has_the_agreed_fields(code: str) -> None:
    lex = LEXICONS[code]
    assert lex.code == code
    for field in ("double_quotes", "single_quotes", "cue_verbs", "titles", "pronouns", "negations", "stopwords"):
        assert getattr(lex, field), field
    assert lex.magnitudes and all(isinstance(v, int) for v in lex.magnitudes.values())
    assert lex.number_words and all(isinstance(v, int) for v in lex.number_words.values())


def test_vocabulary_reads_as_each_language_writes() -> None:
    en, de, fr, es = (LEXICONS[c] for c in ("en", "de", "fr", "es"))
    assert en.pronouns["she"].gender is Gender.FEMALE and en.pronouns["they"].number is Number.PLURAL
    assert en.pronouns["we"].person == 1 and en.pronouns["it"].gender is Gender.NEUTER
    assert {"n't", "never", "no", "not"} <= en.negations
    assert {"nicht", "keine", "nie"} <= de.negations and {"ne", "pas", "jamais", "aucun"} <= fr.negations
    assert {"no", "nunca", "jamás"} <= es.negations
    assert en.magnitudes["bn"] == 9 and de.magnitudes["milliarden"] == 9 and fr.magnitudes["milliards"] == 9
    assert es.magnitudes["mil millones"] == 9 and es.magnitudes["millones"] == 6
    assert "fügte" in de.separable_cues["hinzu"] and "kündigte" in de.separable_cues["an"]
    assert en.number_words["twelve"] == 12 and de.number_words["zwölf"] == 12
    assert en.first_name_gender["hillary"] is Gender.FEMALE


def test_words_two_lexicons_share_name_neither_language() -> None:
    # "a" and "on" are English and French stopwords: no word of either's own, so no lead (0 is no lead over 0)
    assert detect_language("a on " * 30, default=None) is None
