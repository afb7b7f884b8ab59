"""The cast of an article: who a name, a title, a description or an organisation noun stands for, in
every language with a lexicon, and what never enters the cast. Hand-written sentences only."""

from __future__ import annotations

import re

import pytest

from verify.document import Format, from_text
from verify.extract.blocks import blocks
from verify.extract.cast import Cast, body_name, common_words, untitled
from verify.extract.quotes import find_quotes
from verify.extract.speakers import NAME_RUN, is_person_name, strip_titles
from verify.lexicon import LEXICONS


def _said(text: str) -> dict[str, str | None]:
    """The first words of each quote -> its resolved speaker."""
    document = from_text(text, "article.txt", Format.TEXT)
    return {" ".join(q.text.split()[:3]): q.speaker for q in find_quotes(document, blocks(document))}


def _said_of(text: str, want: dict[str, str | None]) -> dict[str, str | None]:
    """The resolved speaker of each quote of ``want`` (by its first words), None for a quote not found."""
    said = _said(text)
    return {words: said.get(words) for words in want}


def _paragraphs(*texts: str) -> str:
    """An article of one paragraph per text."""
    return "\n\n".join(texts)


# Filler that makes each article long enough for the language check (40 words or more).
_DE = "Die Sitzung im Rathaus dauerte bis in den Abend, und es wurde viel über die Finanzen der Stadt gesprochen. "
_FR = "La séance au conseil a duré jusque tard dans la soirée, et on a beaucoup parlé des finances de la ville. "
_ES = "Los vecinos dijeron que la sesión del pleno fue larga y que se habló mucho de los presupuestos para el año. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bürgermeisterin Hanna Beispiel verteidigte am Montag ihre Pläne. " + _DE * 2 + "\n\n"
            "„Wir bauen eine neue Schule für alle Kinder“, sagte die Bürgermeisterin.",
            "Hanna Beispiel",
        ),
        (
            "La alcaldesa Rosa Ejemplo presentó el lunes su plan. " + _ES * 2 + "\n\n"
            "«Abriremos tres bibliotecas nuevas este año», aseguró la alcaldesa.",
            "Rosa Ejemplo",
        ),
        (
            "La ministre Agnès Exemple a présenté mardi son budget. " + _FR * 2 + "\n\n"
            "« Nous ouvrirons trois écoles cette année », a déclaré la ministre.",
            "Agnès Exemple",
        ),
        (
            "Le chef de l'opposition, Paul Exemple, était présent. " + _FR * 2 + "\n\n"
            "« Ce budget ne tient pas debout du tout », a déclaré le chef.",
            "Paul Exemple",
        ),
    ],
)
def test_a_description_in_another_language_goes_to_the_person_given_that_role(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


def test_a_document_of_a_named_body_speaks_for_it() -> None:
    cast = Cast()
    assert cast.resolve("a Wednesday editorial in The Sampletown Gazette") == "Sampletown Gazette"
    assert cast.resolve("a paper from the left-leaning Example Institution") == "Example Institution"


def test_a_description_of_two_roles_finds_the_holder_of_either() -> None:
    cast = Cast()
    cast.introduce("Sen. Marco Example", topic=True)
    cast.introduce("President Barack Sample")
    assert cast.resolve("the Florida senator and Republican presidential candidate") == "Marco Example"


def test_a_galician_regional_minister_is_a_consejero() -> None:
    text = (
        "La conselleira do Mar, Uxía Ejemplo, se desplazó al puerto. " + _ES * 2 + "\n\n"
        "«La Xunta pondrá todos los medios», aseguró la conselleira."
    )
    assert list(_said(text).values()) == ["Uxía Ejemplo"]


def test_a_german_body_declined_is_a_body_not_a_person() -> None:
    cast = Cast(lexicon=LEXICONS["de"])
    assert cast.introduce("Schaustellerverbands Thüringen", topic=True, speaker=True) is None
    assert cast.introduce("Lena Schausteller", topic=True, speaker=True) is not None


def test_a_feminine_description_passes_over_a_man_with_the_role() -> None:
    text = (
        "Bürgermeisterin Hanna Beispiel und Bürgermeister Otto Muster trafen sich am Montag. "
        + _DE * 2
        + "\n\n„Wir bauen eine neue Schule für alle Kinder“, sagte die Bürgermeisterin."
    )
    assert list(_said(text).values()) == ["Hanna Beispiel"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Oppositionsführer Jonas Muster sprach zuerst. " + _DE * 2 + "\n\n"
            "Oppositionsführer Jonas Muster sagte: „Die Bürger haben genug von diesen Plänen.“",
            "Jonas Muster",
        ),
        (
            _DE * 2 + "\n\nFinanzministerin Sabine Muster sagte: „Wir werden keine neuen Schulden machen.“",
            "Sabine Muster",
        ),
        ('The council met on Monday.\n\n"The pool will reopen in spring," Cllr Amy Sample said.', "Amy Sample"),
    ],
)
def test_a_title_of_any_language_is_no_part_of_the_name(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Riverside Trust published its figures on Monday.\n\n"
            'The trust said: "Spills into the river doubled over the past year."',
            "Riverside Trust",
        ),
        (
            "Dutch developer Nordvind Energy unveiled plans for a wind farm on Tuesday.\n\n"
            '"Construction will begin next spring at the latest," the company said.',
            "Nordvind Energy",
        ),
        (
            'The University of Eastwick said: "The study was paid for by the national research council."',
            "University of Eastwick",
        ),
    ],
)
def test_an_organisation_noun_goes_to_the_organisation_named_earlier(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "El Instituto Geográfico Nacional y la Universidad de Ejemplo midieron los temblores. "
            "Los datos deberá revisarlos ahora la Agencia Estatal de Ejemplo.\n\n"
            "«Es pronto para decir que la falla se ha movido», advierte el organismo.",
            "Agencia Estatal de Ejemplo",
        ),
        (
            "The Harbour Trust and Eastwick College both studied the spill. "
            "The figures will now be checked by the Coastal Example Agency.\n\n"
            '"It is too early to say where the oil came from," the organisation said.',
            "Coastal Example Agency",
        ),
    ],
)
def test_a_generic_body_noun_goes_to_the_body_named_just_before_it_of_several(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "City Councilor Dana Example criticised the utility. Another councilor, Lee Sample, stayed silent. "
            "Councilor Robin Specimen urged the company to act soon.\n\n"
            '"The outages are driving investors away," the city councilor said.',
            "Robin Specimen",
        ),
        (
            "Stadträtin Dana Beispiel kritisierte den Versorger. "
            "Die Stadträtin Robin Muster forderte den Konzern zum Handeln auf. " + _DE * 2 + "\n\n"
            "„Die Ausfälle vertreiben die Investoren“, sagte die Stadträtin.",
            "Robin Muster",
        ),
    ],
)
def test_a_description_of_several_holders_of_its_role_is_the_one_just_named(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Bea Example spoke to the families on Monday.\n\n"
        "The ferry turned too sharply before it sank, a source close to the inquiry told reporters.\n\n"
        '"The rudder was never checked," she said.',
        "Juan Ejemplo habló con las familias el lunes. " + _ES * 2 + "\n\n"
        "El ferry giró demasiado antes de hundirse, explicó un portavoz de la naviera.\n\n"
        "«Nadie revisó el timón», dijo él.",
        "Hans Beispiel sprach am Montag mit den Familien. " + _DE * 2 + "\n\n"
        "Die Fähre drehte vor dem Untergang zu scharf, sagte ein Sprecher der Reederei.\n\n"
        "„Das Ruder wurde nie geprüft“, sagte er.",
    ],
)
def test_a_sentence_closing_on_someone_unnamed_who_spoke_takes_the_pronoun_next(text: str) -> None:
    assert list(_said(text).values()) == [None]


def test_an_appositive_after_a_name_closing_the_sentence_is_no_unnamed_speaker() -> None:
    text = (
        "“Nobody expected a landslide” in the north, said Dana Example, an analyst at the Example Political Report. "
        "“But it will settle the race,” she said."
    )
    assert list(_said(text).values()) == ["Dana Example", "Dana Example"]


def test_a_description_with_no_one_given_that_role_stays_unresolved() -> None:
    text = 'Jane Roe opened the debate.\n\n"We need more buses in the villages," the senator said.'
    assert list(_said(text).values()) != ["Jane Roe"]


def test_a_title_picks_the_namesake_of_its_gender() -> None:
    text = (
        "Bill Sample and Hillary Sample arrived together. Bill Sample waved.\n\n"
        '"We are here for the long haul," Mrs. Sample said.'
    )
    assert list(_said(text).values()) == ["Hillary Sample"]


def test_a_pronoun_passes_over_capitalised_phrases_that_name_no_one() -> None:
    text = (
        "Tom Example spoke at the rally on Friday.\n\n"
        "He talked about the so-called Fairview Effect, an effect nobody has measured. "
        "Nobody Knows What Happens Next, the crowd chanted.\n\n"
        '"We will win this county," he said.'
    )
    assert _said(text)["We will win"] == "Tom Example"


@pytest.mark.parametrize(
    "phrase",
    ["Jane DoeFlagShareLikeReplyMark Roe", "PMRubio Something", "Cold War", "Election Day", "Chicago Sun-Times"],
)
def test_things_glued_words_and_papers_are_no_person(phrase: str) -> None:
    assert not is_person_name(phrase)


@pytest.mark.parametrize("phrase", ["Bill Clinton", "Chad Day", "DeMarco Morgan", "Mitch McConnell", "Samantha Power"])
def test_names_that_hold_such_words_are_still_people(phrase: str) -> None:
    assert is_person_name(phrase)


# Round 40 (spokes40): a given name ending in "-ing" opens a name ("Landrat Henning Wachholz" named no one: a participle
# opening the sentence was read), a participle still opens none
@pytest.mark.parametrize(("phrase", "person"), [("Henning Wachholz", True), ("Irving Kahn", True),
                                                ("Following Sanders", False), ("Speaking Monday", False)])
def test_a_given_name_ending_as_a_participle_is_a_name(phrase: str, person: bool) -> None:
    assert is_person_name(phrase) is person


def test_a_run_of_the_articles_common_words_is_no_name() -> None:
    cast = Cast(common=common_words(["the effect was small; follow the border wall contract"]))
    assert cast.introduce("Fairview Effect", topic=True) is None
    person = cast.introduce("Border Wall Contract Tom Example", topic=True)
    assert person is not None and person.name == "Tom Example"
    assert cast.introduce("Follow Ann Example", topic=True).name == "Ann Example"  # type: ignore[union-attr]


def test_roles_in_lower_case_before_a_name_are_learnt() -> None:
    cast = Cast(lexicon=LEXICONS["es"])
    text = "Ayer la alcaldesa Rosa Ejemplo habló."
    person = cast.introduce("Rosa Ejemplo", topic=True)
    assert person is not None
    cast.learn_roles(person, text, text.index("Rosa"), text.index(" habló"))
    assert cast.resolve("la alcaldesa") == "Rosa Ejemplo"


@pytest.mark.parametrize("mention", ["venue", "morning", "modern", "Devant", "Antwort"])
def test_a_bare_word_that_names_no_one_is_no_speaker(mention: str) -> None:
    lexicon = LEXICONS["de"] if mention == "Antwort" else LEXICONS["en"]
    assert Cast(lexicon=lexicon).resolve(mention) is None


@pytest.mark.parametrize("mention", ["officials", "the crowd", "masked man", "the email", "a report"])
def test_an_unresolved_description_stays_as_written(mention: str) -> None:
    assert Cast().resolve(mention)


def test_words_a_cue_span_ran_into_are_no_part_of_the_name() -> None:
    cast = Cast(lexicon=LEXICONS["de"])
    assert cast.resolve("Ärztin Hanna Muster gegenüber") == "Hanna Muster"


def test_a_name_credited_with_words_that_no_person_bears_is_an_organisation() -> None:
    text = (
        "Northvale Water was fined on Thursday. The water from the reservoir was cloudy for a week.\n\n"
        "Northvale Water said in a statement that it accepted the ruling.\n\n"
        '"We are sorry for the trouble we caused," the company said.'
    )
    assert list(_said(text).values()) == ["Northvale Water"]


def test_an_organisation_keeps_its_of_part() -> None:
    text = (
        "Minister Jane Example launched the Ministry of Transport's new rail plan on Monday.\n\n"
        'The ministry said: "The plan will cost four billion over ten years."'
    )
    assert list(_said(text).values()) == ["Ministry of Transport"]


def test_a_pronoun_in_a_clause_of_its_own_is_not_what_the_sentence_is_about() -> None:
    text = (
        "Councillor Mary Example and Councillor Ruth Sample debated the plan.\n\n"
        '"The plan is incomplete," Sample said.\n\n'
        "Asked whether she would vote against it, Example paused. "
        '"Ask me when I have read the survey," she replied.'
    )
    assert _said(text)["Ask me when"] == "Mary Example"


def test_a_first_name_that_is_also_a_particle_is_kept() -> None:
    text = "The club's former coach, Ben Example, spoke from the gallery.\n\n" + (
        '"This club has waited forty years for a home," the former coach said.'
    )
    assert list(_said(text).values()) == ["Ben Example"]


def test_a_role_before_a_place_is_not_the_places() -> None:
    text = (
        "La alcaldesa de Villanueva del Monte, Ana Ejemplo, habló el martes. " + _ES * 2 + "\n\n"
        "«El Gobierno regional pagará la mitad de la obra», añadió la alcaldesa."
    )
    assert list(_said(text).values()) == ["Ana Ejemplo"]


def test_a_titled_surname_is_a_person_a_pronoun_may_stand_for() -> None:
    text = (
        "President Example has endured criticism this week. Example departs for Berlin today.\n\n"
        'Asked about trade, he warned: "It is not going to happen any time soon."'
    )
    assert list(_said(text).values()) == ["Example"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [("Mr Dean", "Dean"), ("Martin Luther King", "Martin Luther King"), ("Deputy Chief", ""), ("U.S. President", "")],
)
def test_a_title_word_is_a_surname_only_after_a_courtesy_title_or_a_first_name(phrase: str, want: str) -> None:
    assert strip_titles(phrase) == want


@pytest.mark.parametrize(
    ("phrase", "code", "want"),
    [
        ("Don Atilio Bustos", "es", "Atilio Bustos"),
        ("Don Atilio", "es", "Atilio"),
        ("Ña Eladia Benítez", "es", "Eladia Benítez"),
        ("Mosén Jaume Pujol", "es", "Jaume Pujol"),
        ("Mme Claire Roux", "fr", "Claire Roux"),
        ("Frau Meier", "de", "Meier"),
        ("Don Stewart", "en", "Don Stewart"),  # (a first name in English)
    ],
)
def test_a_courtesy_title_of_the_articles_language_is_no_part_of_the_name(phrase: str, code: str, want: str) -> None:
    """"Don Atilio Bustos" in Spanish is Atilio Bustos, though "Don" is a first name elsewhere; Paraguay's "Ña"."""
    assert untitled(phrase, code) == want


def test_an_organisations_of_part_may_hold_and() -> None:
    text = (
        "Staff will walk out next week, the Union of Signal and Track Workers announced on Thursday.\n\n"
        'The union said members would "walk out for two days from Friday".'
    )
    assert list(_said(text).values()) == ["Union of Signal and Track Workers"]


def test_a_code_is_no_name() -> None:
    assert not is_person_name("Chargennummern L2611")
    assert not is_person_name("Gate 12")


def test_an_indefinite_description_is_no_speaker_but_stays_the_mention() -> None:
    text = (
        "Paul Sample, the chief executive, spoke first.\n\n"
        'A former volunteer, who asked not to be named, said: "We were never told anything."'
    )
    document = from_text(text, "article.txt", Format.TEXT)
    [quote] = find_quotes(document, blocks(document))
    assert quote.speaker is None
    assert quote.mention == "A former volunteer"


def test_a_heading_run_into_a_name_leaves_the_name() -> None:
    text = (
        "Sample Says Tax Plan Is Not The Answer John Sample said on Saturday that the plan was wrong.\n\n"
        '"I could not imagine a worse plan for families," he said.'
    )
    assert list(_said(text).values()) == ["John Sample"]


def test_a_bare_organisation_word_goes_to_the_organisation_that_holds_it() -> None:
    cast = Cast()
    cast.organisation("Fairview Institution")
    assert cast.resolve("Institution") == "Fairview Institution"


def test_an_acronym_is_a_speaker_in_german_too() -> None:
    assert Cast(lexicon=LEXICONS["de"]).resolve("FDP") == "FDP"


def test_an_age_given_with_a_name_makes_a_description() -> None:
    text = (
        "The captain, Jane Example, scored twice. Example, 29, said she loved the club.\n\n"
        '"I feel fitter than I did at twenty-five," said the 29-year-old.'
    )
    assert list(_said(text).values()) == ["Jane Example"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A role and a name after an organisation's name: the person, not the campaign or the House.
        ('"It is a dangerous idea," said Example campaign manager Rob Sample in a statement.', "Rob Sample"),
        ('"Nothing has changed since Monday," Town Hall press secretary Jo Example said.', "Jo Example"),
        # An organisation at the end of an appositive is not the speaker; the name it describes is.
        ('Mia Sample, senior analyst at Acme Capital Markets, agreed: "They have a great brand."', "Mia Sample"),
        ('Lee Example, president of the Old Mill Society, said, "We will keep on meeting every week."', "Lee Example"),
        # An appositive opened by an owner; initials that end in a full stop inside a name.
        ('Tom Sample, Example\'s chief strategist, said, "The contest will be decided later on."', "Tom Sample"),
        ('"Nobody would have come if not for him," says J.J. Example, an expert on the subject.', "J.J. Example"),
    ],
)
def test_the_speaker_span_names_the_person_not_an_organisation_near_them(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Union leader Jo Example and Mayor Tom Sample met on Monday.\n\n"
            '"We will strike on Friday if nothing changes," the union boss said.',
            "Jo Example",
        ),
        (
            "News anchor Ana Sample and the economist Lee Example spoke at the event.\n\n"
            '"Nobody wants to hear that," the journalist said.',
            "Ana Sample",
        ),
        (
            "Die Vorsitzende der Gewerkschaft, Petra Beispiel, und Minister Otto Muster trafen sich. "
            + _DE * 2
            + "\n\n"
            "„Wir haben niemanden falsch zitiert“, sagte die Gewerkschaftschefin am Donnerstag.",
            "Petra Beispiel",
        ),
        (
            "Le préfet, Paul Exemple, était là. Le sous-préfet de Vernay, Luc Modèle, l'accompagnait. "
            + _FR * 2
            + "\n\n"
            "« Les analyses seront publiées chaque vendredi », a précisé le sous-préfet.",
            "Luc Modèle",
        ),
        # a noun the lexicon lists as no role, after a capitalised word opening the sentence ("Head keeper")
        (
            "Keepers have recaptured five lemurs. Head keeper Aled Example had predicted as much. "
            "“Lemurs are creatures of habit,” the head keeper said.",
            "Aled Example",
        ),
        # what a participle before "by" makes of the person named after it
        (
            "Copper Lad, trained by Declan Example and ridden by his son, won the race. “He has been off the track "
            "for 214 days,” said the trainer.",
            "Declan Example",
        ),
    ],
)
def test_a_description_in_other_words_goes_to_the_person_given_that_role(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


def test_a_spanish_cue_verb_alone_credits_whom_the_text_is_about() -> None:
    text = (
        "Javier Ejemplo lleva las viñas y Pablo Ejemplo lleva las cuentas. " + _ES * 2 + "\n\n"
        "Pablo prefiere hablar de números. «Vendemos doscientas mil botellas al año», explica.\n\n"
        "El director del certamen, Martín Modelo, habló después. "
        "El director reconoció problemas. «La plataforma se cayó dos veces», admitió."
    )
    document = from_text(text, "article.txt", Format.TEXT)
    found = find_quotes(document, blocks(document))
    assert [(q.speaker, q.mention) for q in found] == [("Pablo Ejemplo", None), ("Martín Modelo", None)]


def test_a_german_compound_with_a_hyphen_is_no_acronym_and_names_no_one() -> None:
    cast = Cast(lexicon=LEXICONS["de"])
    assert cast.resolve("Bahnstreik-Ticker") is None
    assert cast.resolve("FDP") == "FDP"


# Who a mention stands for: (article, [(the quote's first three words, its speaker)]).
_RESOLVED = [
    pytest.param(
        'Council President Gerald "The Hammer" Sample has proposed a plan.\n\n'
        '"Cuts are the only honest option we have left," the council president said.',
        [("Cuts are the", "Gerald Sample")],
        id="a_nickname_in_quote_marks_stays_inside_the_name",
    ),
    pytest.param(
        "Former president Tom Example attacked his rival on Friday. Campaign manager Rob Sample defended him.\n\n"
        "But the former president showed restraint on Monday. "
        '"I have to be careful what I say," he said.',
        [("I have to", "Tom Example")],
        id="a_description_opening_a_sentence_is_what_the_sentence_is_about",
    ),
    pytest.param(
        "Curt Example, a former pitcher, was fired on Wednesday. "
        "Example, through a spokeswoman, declined to comment.\n\n"
        '"Let us make one thing clear," he wrote.',
        [("Let us make", "Curt Example")],
        id="a_phrase_about_someone_else_gives_no_gender",
    ),
    pytest.param(
        "Rubio Example was asked about tax credits by the moderator.\n\n"
        "The Florida senator’s answer was long. But he had a bit of a slip. "
        '"The most important job I will ever have is being a parent," he said.',
        [("The most important", "Rubio Example")],
        id="a_place_after_a_determiner_is_no_person",
    ),
    pytest.param(
        "Javier Sample runs the vineyard; Pablo Sample, his brother, runs the accounts.\n\n"
        '"We picked every grape by hand this year," says Javier as he walks the rows.\n\n'
        '"We sell two hundred thousand bottles a year," Pablo said.',
        [("We picked every", "Javier Sample"), ("We sell two", "Pablo Sample")],
        id="a_first_name_alone_is_the_person_named_in_full",
    ),
    pytest.param(
        "The leader of Example Borough Council, Priya Sample, promised the clinic would stay open. "
        "Dr Helen Example, the borough's director of public health, was less certain.\n\n"
        '"The building is no longer safe for patients," the health chief said.\n\n'
        '"Nobody here wants to see a service lost," the council leader said.',
        [("The building is", "Helen Example"), ("Nobody here wants", "Priya Sample")],
        id="of_two_holders_of_a_role_the_description_picks_the_one_its_words_describe",
    ),
    pytest.param(
        "The harbourmaster, Ines Example, watched the storm from the quay. Lee Sample, a fisherman, stayed home.\n\n"
        'Asked whether the harbour would reopen, the harbourmaster said: "Not until the divers have checked it."',
        [("Not until the", "Ines Example")],
        id="a_role_the_lexicon_does_not_list_is_learnt_from_the_article",
    ),
    pytest.param(
        "À Cancale, tout le monde connaît Mme Exemple. Depuis 2019, Aurélie Exemple tient un restaurant. "
        + _FR * 2
        + "\n\n"
        "« Je travaille avec quatre-vingt-dix producteurs », explique la cheffe.",
        [("Je travaille avec", "Aurélie Exemple")],
        id="a_feminine_role_goes_to_the_woman_the_text_is_about_when_no_one_was_given_it",
    ),
    pytest.param(
        "Harlow Example Water said on Sunday that supplies were back. The company apologised to customers.\n\n"
        'The company\'s statement also said bottled water "will be delivered to every vulnerable customer".',
        [("will be delivered", "Harlow Example Water")],
        id="a_document_of_a_described_body_speaks_for_the_body",
    ),
    pytest.param(
        "Vice President Jo Example spoke first. Former President Bill Sample followed him on stage.\n\n"
        '"He will get used to it," the former president said.\n\n'
        '"We all will," the vice president said.',
        [("He will get", "Bill Sample"), ("We all will", "Jo Example")],
        id="a_vice_or_deputy_role_is_another_role",
    ),
    pytest.param(
        "Dana Example is listed as the chair of the group. "
        'Recently she announced on her page: "I am getting off this ship and boarding the train!"',
        [("I am getting", "Dana Example")],
        id="a_pronoun_after_a_capitalised_adverb_is_no_part_of_a_name",
    ),
    pytest.param(
        '"The sea wall held," the harbourmaster, Ines Example, said at lunchtime, "but only just."',
        [("The sea wall", "Ines Example")],
        id="a_name_in_apposition_to_a_description_before_the_cue_is_the_speaker",
    ),
    pytest.param(
        '"I am not ready to endorse him," Speaker Paul Example said on CNN.\n\n'
        "The Wisconsin Republican did give Donald Sample some credit, but he was not convinced. "
        '"We hope that our nominee aspires to more," he said.',
        [("We hope that", "Paul Example")],
        id="a_capitalised_description_opening_a_sentence_keeps_a_later_name_from_being_its_topic",
    ),
    pytest.param(
        "Paul Sample spoke first. When Mr. Sample tried to defend his plan, Mr. Example forcefully differed. "
        '"That plan will not work," he said.',
        [("That plan will", "Example")],
        id="a_name_in_a_clause_opening_the_sentence_is_not_its_topic",
    ),
    pytest.param(
        "Mark Sample spoke at noon. At a Sample campaign event in Harlow, Ohio, 62-year-old Brenda Example also "
        'railed against the plan. "Nobody asked us," she said.',
        [("Nobody asked us", "Brenda Example")],
        id="the_subject_comes_after_an_opening_phrase_of_place",
    ),
    pytest.param(
        "Ann Sample spoke first. To professor Jane Example, the plan seemed rushed.\n\n"
        '"It was written in a week," she said.',
        [("It was written", "Jane Example")],
        id="a_phrase_giving_someone_s_view_makes_them_the_topic",
    ),
    pytest.param(
        "John Sample spoke first. But the council would do well to wait, said David Example, a former mayor.\n\n"
        '"There is no hurry," he said.',
        [("There is no", "David Example")],
        id="the_subject_of_an_inverted_cue_is_the_topic",
    ),
    pytest.param(
        'Tim Example opened the debate. Mr. Example, who has called Mr. Sample\'s comments "toxic," spoke last.\n\n'
        '"He will not be the last word," he said.',
        [("He will not", "Tim Example")],
        id="a_possessive_before_a_cue_verb_noun_is_no_speaker",
    ),
    pytest.param(
        "Joanna Example spoke in the morning. Simon Example, the Labour MP for Eastport and a voice of the left, "
        'spoke later.\n\n"It is not enough," the MP said.\n\n'
        'Ms Example, asked about it, admitted: "We cannot do it all."',
        [("It is not", "Simon Example"), ("We cannot do", "Joanna Example")],
        id="a_courtesy_title_without_a_full_stop_picks_the_namesake_of_its_gender",
    ),
    pytest.param(
        "Helen Example met us at home. Her daughter, state Rep. Sofia Example, joined us later.\n\n"
        '"Mom taught me everything," her daughter says.',
        [("Mom taught me", "Sofia Example")],
        id="a_possessive_description_goes_to_the_person_given_that_role",
    ),
    pytest.param(
        "Gabriel Example, a former federal prosecutor who led the case until last year, spoke first. Tomas Sample, "
        'a lobbyist for the firm who is not related to him, spoke next.\n\n"I will not name anyone," the former '
        'prosecutor replied.\n\n"Nobody asked for favours," the lobbyist said.',
        [("I will not", "Gabriel Example"), ("Nobody asked for", "Tomas Sample")],
        id="an_appositive_ends_at_its_relative_clause",
    ),
    pytest.param(
        "Der Abgeordnete Felix Beispiel, ein früherer Staatsanwalt, kritisierte den Haushalt scharf. "
        + _DE * 2
        + "\n\n"
        "Der frühere Staatsanwalt forderte zudem mehr Geld für Schulen: „Unsere Schulen können nicht warten.“",
        [("Unsere Schulen können", "Felix Beispiel")],
        id="an_appositive_of_a_described_subject_gives_a_role",
    ),
    pytest.param(
        "El diputado Tomás Ejemplo, exfiscal anticorrupción, apoyó el texto. " + _ES * 2 + "\n\n"
        "«Pedimos mil inspectores más», ha insistido el exfiscal.",
        [("Pedimos mil inspectores", "Tomás Ejemplo")],
        id="an_ex_role_is_the_role",
    ),
    pytest.param(
        "Jane Sample's plan was backed on Friday by Sen. Dianne Example of Ohio, the ranking member of the "
        'panel, who said none of it was new.\n\n"It never made sense to me," she said.',
        [("It never made", "Dianne Example")],
        id="a_relative_clause_crediting_words_makes_the_name_the_topic",
    ),
    pytest.param(
        "Paul Example spoke for an hour. He did not sound sure when Jake Sample asked about the Senate.\n\n"
        '"You cannot predict this year," he said.',
        [("You cannot predict", "Paul Example")],
        id="who_asks_in_a_clause_of_its_own_is_no_topic",
    ),
    pytest.param(
        "Eric Example, the Republican candidate for governor, spoke first. His father, former Senator Walter "
        'Example, introduced him. "He was stubborn then," the former senator said.\n\n'
        'Asked about her comments, the candidate shrugged. "She has had her chance," he said.',
        [("She has had", "Eric Example")],
        id="a_description_after_the_first_comma_is_the_subject",
    ),
    pytest.param(
        'Dutch Prime Minister Pieter van Example changed course overnight. "We will not block it," van Example said.',
        [("We will not", "Pieter van Example")],
        id="a_surname_opening_on_its_particle_is_a_name",
    ),
    pytest.param(
        "Bernie Sample spoke on Monday.\n\nOn CNN, his wife, Jane, called for an open primary. "
        '"Shutting people out is not smart," she said.',
        [("Shutting people out", "Jane Sample")],
        id="a_first_name_after_a_kin_appositive_is_a_person",
    ),
    pytest.param(
        "Donald Example spoke. His brother, Freddy, was different.\n\nFreddy Example left real estate. "
        '"I was never happy there," Freddy said.',
        [("I was never", "Freddy Example")],
        id="a_full_name_completes_a_first_name_given_alone",
    ),
    pytest.param(
        "Lee Example studies the court at a law school. Justice Maria Sample wrote the opinion.\n\n"
        'In all, the justices looked for common ground, Professor Example said. "It was a calm term," she said.',
        [("It was a", "Lee Example")],
        id="a_first_name_of_either_gender_gives_none",
    ),
    pytest.param(
        "Tom Sample won the vote in March. Sample consultant John Example, a pollster, picked up the thread.\n\n"
        '"Turnout decided it," he said.',
        [("Turnout decided it", "John Example")],
        id="a_name_before_a_role_noun_and_another_name_is_a_modifier",
    ),
    pytest.param(
        "Mary Sample spoke first. (Nobody else wanted to speak.) At a rally in Eastport, Ohio, 40-year-old Jane "
        'Example also spoke.\n\n"We are tired of waiting," she said.',
        [("We are tired", "Jane Example")],
        id="a_sentence_ends_at_a_full_stop_inside_brackets",
    ),
    pytest.param(
        "Nadia Sample accepted her award first. Meanwhile Amarisse, who was honoured later, spoke about courage.\n\n"
        '"Be yourself before anyone else," she said.',
        [("Be yourself before", "Amarisse")],
        id="a_single_name_with_a_relative_clause_for_a_person_is_a_person",
    ),
    pytest.param(
        "Douglas J. Band wrote to the aide on Monday. Mr. Band asked her to call Mr. Example at once.\n\n"
        '"This is very important," he wrote.',
        [("This is very", "Douglas J. Band")],
        id="a_surname_that_is_also_a_common_noun_is_a_name",
    ),
    pytest.param(
        '"The harbour will not close," said Mira Example, the mayor of Eastport. "We will find the money somewhere,"'
        " the 58-year-old told reporters.",
        [("We will find", "Mira Example")],
        id="an_age_no_one_was_given_goes_to_whom_the_text_is_about",
    ),
    pytest.param(
        "„Wir bauen einen neuen Wagen“, sagte Lena Beispiel. Ihr Bruder Tom Beispiel nickte. " + _DE * 2 + "\n\n"
        "Tom Beispiel erklärte: „Der Zug wird länger.“ „Wir sind bereit“, sagte die 61-Jährige.",
        [("Wir sind bereit", "Lena Beispiel")],
        id="an_age_no_one_was_given_goes_to_whom_the_text_is_about_of_its_gender",
    ),
    pytest.param(
        "„Wir geben nicht nach“, sagte Petra Beispiel (47) am Montag. Anna Muster, die Sprecherin der Bahn, "
        "widersprach ihr. " + _DE * 2 + "\n\n„Die Bahn muss jetzt liefern“, so die 47-Jährige.",
        [("Die Bahn muss", "Petra Beispiel")],
        id="a_german_age_in_brackets_makes_a_description",
    ),
    pytest.param(
        '"We have a deal on paper," said Tomas Example, the Danish envoy.\n\n'
        '"Nobody in the room trusts it," a senior Nordic official said.\n\n'
        '"It was the best we could do," an Example Party negotiator said.',
        [("Nobody in the", None), ("It was the", None)],
        id="an_indefinite_description_names_no_one_of_its_capitalised_words",
    ),
    pytest.param(
        "„Wir fordern mehr Geld“, sagte Jana Beispiel, die Vorsitzende der Gewerkschaft, am Donnerstag. "
        "Greta Muster, Verhandlungsführerin der Arbeitgeber, hielt dagegen. " + _DE * 2 + "\n\n"
        "„Wir streiken nicht gern“, betonte die Gewerkschaftschefin.",
        [("Wir streiken nicht", "Jana Beispiel")],
        id="a_german_compound_role_picks_the_holder_its_first_part_describes",
    ),
    pytest.param(
        "Le groupe chimique Ardenne Polymères a annoncé lundi la vente de son usine. " + _FR * 2 + "\n\n"
        "Selon un communiqué du groupe, « aucun poste ne sera supprimé cette année ».\n\n"
        "« Nous vendons une usine, pas nos salariés », a déclaré le PDG de l'entreprise, Marc Exemple. "
        "« La décision était attendue », a-t-il ajouté.",
        [("aucun poste ne", "Ardenne Polymères"), ("La décision était", "Marc Exemple")],
        id="a_document_of_a_body_named_by_a_noun_speaks_for_the_body",
    ),
    pytest.param(
        "La Consejería de Transportes de Ejemplo cerró ayer la línea. " + _ES * 2 + "\n\n"
        "«La línea abrirá el lunes por la mañana», según un comunicado de la Consejería.",
        [("La línea abrirá", "Consejería de Transportes de Ejemplo")],
        id="a_document_of_a_body_named_before_speaks_for_it",
    ),
    pytest.param(
        "Talks between the nurses' union and the Department for Example broke down on Tuesday.\n\n"
        'The department said in a statement: "The offer is fair." It added: "Wards will stay open."',
        [("The offer is", "Department for Example"), ("Wards will stay", "Department for Example")],
        id="a_department_keeps_its_for_part",
    ),
    pytest.param(
        '"I waited ten years for this," said goalkeeper Ruth Example, 31. Her coach, Ann Sample, was quieter.\n\n'
        '"My sister saved the other one," the goalkeeper added.',
        [("My sister saved", "Ruth Example")],
        id="a_noun_for_a_person_before_a_name_is_what_a_description_finds",
    ),
    pytest.param(
        "Tom Example, a former Eastport Rovers winger working for the council, spoke. Dan Sample, a former "
        'mayor, spoke next.\n\n"Nobody asked us," the former winger said.',
        [("Nobody asked us", "Tom Example")],
        id="an_appositive_head_noun_ends_at_a_participle_and_former_alone_is_no_role",
    ),
    pytest.param(
        _ES * 2 + "\n\n«Es un presupuesto de campaña», ha lamentado por la tarde el presidente de la patronal "
        "madrileña, Jaime Ejemplo.",
        [("Es un presupuesto", "Jaime Ejemplo")],
        id="a_time_may_stand_between_an_inverted_cue_and_the_role_before_a_name",
    ),
    pytest.param(
        "Anna Sample, the harbour board's chair, met Erik Example, a former Norwegian fisheries minister, and "
        'Lars Specimen, a Danish trader.\n\n"The quota is settled for this year," the Norwegian said. '
        '"We will sign in May," the Dane added.',
        [("The quota is", "Erik Example"), ("We will sign", "Lars Specimen")],
        id="a_noun_for_a_national_goes_to_whom_the_article_gave_that_nationality",
    ),
    pytest.param(
        "Dutch trade minister Mieke Example and Polish trade minister Ola Sample met on Monday.\n\n"
        '"We want a deal by June," the Dutch minister said. "June is too late," the Polish minister said.',
        [("We want a", "Mieke Example"), ("June is too", "Ola Sample")],
        id="a_nationality_picks_one_of_two_holders_of_a_role",
    ),
    pytest.param(
        'Ruth Example spoke first at the meeting.\n\n"We will keep the depot open," the Swede said.',
        [("We will keep", "Swede")],
        id="a_nationality_no_one_was_given_finds_no_one",
    ),
    pytest.param(
        _FR * 2 + "\n\nLe secrétaire général du Syndicat national des marins (SNM), Yves Exemple, était présent. "
        "« Les salaires doivent suivre », a dit la présidente Marie Modèle. "
        "« Nous ne signerons rien », a lancé le syndicaliste.",
        [("Les salaires doivent", "Marie Modèle"), ("Nous ne signerons", "Yves Exemple")],
        id="a_noun_for_a_member_of_a_field_goes_to_whom_the_article_gave_a_role_in_it",
    ),
    pytest.param(
        _DE * 2 + "\n\nJonas Beispiel, Vorsitzender der Gewerkschaft, und Bürgermeisterin Eva Muster stritten. "
        "„Das reicht nicht“, sagte der Gewerkschafter.",
        [("Das reicht nicht", "Jonas Beispiel")],
        id="a_german_noun_for_a_union_member",
    ),
    pytest.param(
        _ES * 2 + "\n\nLa ministra sueca, Karin Ejemplo, y el ministro Luis Muestra hablaron. "
        "«No habrá acuerdo hoy», dijo la sueca.",
        [("No habrá acuerdo", "Karin Ejemplo")],
        id="a_spanish_noun_for_a_national",
    ),
    pytest.param(
        "Omar al-Sample, who heads the growers' association, rejected the offer. "
        '"The price is an insult," he said. "We will not sell," Al-Sample added.\n\n'
        '"Nothing has changed," Sample said later.',
        [
            ("The price is", "Omar al-Sample"),
            ("We will not", "Omar al-Sample"),
            ("Nothing has changed", "Omar al-Sample"),
        ],
        id="a_surname_with_its_particle_written_on_is_one_name",
    ),
    pytest.param(
        "Tom Example, a former Eastport Rovers winger standing for Labour in the Eastport by-election, spoke. "
        'Dan Sample, a former mayor, spoke next.\n\n"Nobody asked us," the former winger said.',
        [("Nobody asked us", "Tom Example")],
        id="a_long_appositive_ends_at_a_participle_and_its_preposition",
    ),
    pytest.param(
        _DE * 2 + "\n\nKapitän Jonas Beispiel und Torwart Emil Muster kamen zusammen. "
        "„Wir haben verdient verloren“, sagte der Kapitän.",
        [("Wir haben verdient", "Jonas Beispiel")],
        id="a_german_noun_before_a_name_is_what_the_person_is_called",
    ),
    pytest.param(
        _DE * 2 + "\n\nDer FC Nordhafen hat Marco von Beispiel als neuen Trainer vorgestellt. "
        "„Ich will hier etwas aufbauen“, sagte der 45-Jährige. „Die Jungs müssen laufen“, sagte der Trainer.",
        [("Ich will hier", "Marco von Beispiel"), ("Die Jungs müssen", "Marco von Beispiel")],
        id="a_role_after_as_and_an_age_when_the_text_is_about_a_body",
    ),
    pytest.param(
        "The project director, Owen Sample, and the chief engineer, Beth Sample, spoke to reporters.\n\n"
        '"The contractor will pay," the director said.',
        [("The contractor will", "Owen Sample")],
        id="a_role_named_as_written_outranks_one_of_its_family",
    ),
    pytest.param(
        'Counsel for the agency, the Dane Anders Sample, was unmoved. "The rule has no exceptions," the Dane said.',
        [("The rule has", "Anders Sample")],
        id="a_national_before_a_full_name",
    ),
    pytest.param(
        "The synod met on Saturday. The Rt Rev Rowan de la Example opened it.\n\n"
        '"We will sell forty churches," De la Example said. "People are the church," he added.',
        [("We will sell", "Rowan de la Example"), ("People are the", "Rowan de la Example")],
        id="a_first_name_ending_like_a_nationality_stays_in_the_name",
    ),
    pytest.param(
        'Trade minister Khalid bin Saeed al-Example struck a warier tone.\n\n"Our door is open," al-Example said.',
        [("Our door is", "Khalid bin Saeed al-Example")],
        id="a_surname_opening_on_its_written_on_particle_is_a_name",
    ),
    pytest.param(
        'Dr Ann Sample, of the University of Westmoor, who led the study, said: "We found them deep down."\n\n'
        'Sample\'s co-author, Professor Lars Example, was more cautious. "It is a clue," he said.',
        [("It is a", "Lars Example")],
        id="the_of_part_of_a_body_names_no_one_and_a_possessive_before_an_appositive_is_no_topic",
    ),
    pytest.param(
        "Tom Sample is thinking about a run for mayor.\n\n"
        'Sample\'s pollster, Doug Example, says the money is there. "The mood will last," he said.',
        [("The mood will", "Doug Example")],
        id="the_appositive_after_a_possessive_is_what_the_sentence_is_about",
    ),
    pytest.param(
        _DE * 2 + "\n\nMeteorologin Hanna Beispiel warnte vor Sturm. „Die Böen werden stark“, so die Meteorologin.",
        [("Die Böen werden", "Hanna Beispiel")],
        id="a_german_noun_for_a_person_before_a_full_name_is_no_part_of_it",
    ),
    pytest.param(
        _DE * 2 + "\n\nEs seien 23 Brücken gesperrt, sagte die Parlamentarische Staatssekretärin im "
        "Verkehrsministerium, Katharina Beispiel. „Wir haben nichts verschlafen“, entgegnete die Staatssekretärin.",
        [("Wir haben nichts", "Katharina Beispiel")],
        id="german_nouns_and_a_title_are_no_name_and_a_role_in_a_place_is_the_appositive_names",
    ),
    pytest.param(
        _DE * 2 + "\n\nAnalyst Tobias Beispiel von der Nordbank sagte: „Der Preis ist zu hoch.“",
        [("Der Preis ist", "Tobias Beispiel")],
        id="a_body_after_a_particle_is_no_part_of_a_german_name",
    ),
    pytest.param(
        'Marco Example ended his campaign on Tuesday. "It was a good run," Example said.\n\n'
        '"We will be back," the Florida senator told supporters.',
        [("We will be", "Marco Example")],
        id="a_public_role_no_one_was_given_is_the_person_just_quoted_the_text_is_about",
    ),
    pytest.param(
        'Tom Example spoke to reporters. "We will win this state," Example said.\n\n'
        '"He is in excellent health," his longtime personal physician said. "No comment," the spokesman said.',
        [("He is in", "his longtime personal physician"), ("No comment", "the spokesman")],
        id="a_role_beside_the_person_the_text_is_about_is_not_them",
    ),
    pytest.param(
        _FR * 2 + "\n\n« J'ai signalé les fissures », a déclaré Paul Exemple, ingénieur au bureau d'études. "
        "La juge d'instruction Anne Modèle était présente. « Je n'avais pas le droit », a répondu l'ingénieur. "
        "« L'enquête avance », a assuré la juge.",
        [("Je n'avais pas", "Paul Exemple"), ("L'enquête avance", "Anne Modèle")],
        id="a_french_description_with_an_elided_article_and_a_role_with_an_elided_joiner",
    ),
    pytest.param(
        _ES * 2 + "\n\n«Es el jugador que buscábamos», aseguró el entrenador, Alberto Ejemplo. "
        "«Habla poco», bromeó el técnico. «Es un ataque», dijo la jueza Carmen Muestra. "
        "«No cederemos», añadió la magistrada.",
        [("Habla poco", "Alberto Ejemplo"), ("No cederemos", "Carmen Muestra")],
        id="spanish_role_families_coach_and_judge",
    ),
    # Round 9 rules.
    pytest.param(
        "Paul Dean, defending, said his client was sorry. Judge Ann Sample was not moved.\n\n"
        '"He has nothing left to give," Mr Dean said.',
        [("He has nothing", "Paul Dean")],
        id="a_title_word_after_a_courtesy_title_or_a_first_name_is_a_surname",
    ),
    pytest.param(
        "Carla Ejemplo (Rosario, 1975) presentó el jueves su novela. " + _ES * 2 + "\n\n"
        "«La escribí de noche, durante diez años», recuerda la rosarina.",
        [("La escribí de", "Carla Ejemplo")],
        id="a_gendered_description_of_no_listed_role_goes_to_the_topic_of_its_gender",
    ),
    pytest.param(
        "Le tribunal a condamné Paul Exemple. " + _FR * 2 + "\n\n"
        "À la barre, Anne Modèle a parlé la première. Paul Exemple s'est ensuite défendu. "
        "« Je n'ai rien caché à personne », a assuré le quinquagénaire.",
        [("Je n'ai rien", "Paul Exemple")],
        id="a_masculine_description_passes_over_a_woman",
    ),
    pytest.param(
        "Jane Sample was asked about the plan on Tuesday.\n\n"
        '"Will you cut the budget for the schools?" the moderator said.',
        [("Will you cut", "moderator")],
        id="a_description_that_tells_no_gender_is_no_guess",
    ),
    pytest.param(
        "«Jugamos muy mal», reconoció el entrenador del Norte, Pablo Ejemplo. " + _ES * 2 + "\n\n"
        "En el otro banquillo, el entrenador del Sur, Luis Muestra, no buscó excusas. "
        "«Perdimos por nuestros errores», dijo el castellano.",
        [("Perdimos por nuestros", "Luis Muestra")],
        id="a_description_opening_a_sentence_before_a_name_in_apposition_is_about_the_name",
    ),
    pytest.param(
        "Claire Exemple dirige la fouille. " + _FR * 2 + "\n\n"
        "L'anthropologue Karim Modèle, qui a étudié les os, est prudent. « Il faudra attendre », prévient-il.",
        [("Il faudra attendre", "Karim Modèle")],
        id="a_noun_with_an_elided_article_is_no_part_of_the_name",
    ),
    pytest.param(
        "Detective Inspector Jane Sample led the appeal on Monday. Neighbours said the man was kind.\n\n"
        '"We are reviewing the footage," she said. One neighbour, who asked not to be named, said: "It is a quiet '
        'street."',
        [("We are reviewing", "Jane Sample"), ("It is a", None)],
        id="a_plural_noun_opening_a_sentence_is_no_person_and_an_unnamed_neighbour_no_speaker",
    ),
    pytest.param(
        "The university's vice-chancellor, Professor Tom Sample, paid tribute on Friday.\n\n"
        '"She built this department from one room," the vice-chancellor said.',
        [("She built this", "Tom Sample")],
        id="a_hyphenated_role_after_a_second_role_word_is_a_role",
    ),
    pytest.param(
        "Der Hersteller Kornfeld hat den Brei zurückgerufen. " + _DE * 2 + "\n\n"
        "Die Qualitätsleiterin des Unternehmens, Dr. Anja Beispiel, erklärte den Fehler. "
        "„Die Ursache ist gefunden“, sagte sie.",
        [("Die Ursache ist", "Anja Beispiel")],
        id="a_german_description_before_a_name_in_apposition_is_about_the_name",
    ),
    pytest.param(
        "Lange hat man die Malerin übersehen. Was Kritiker früher „Kitsch“ nannten, hängt jetzt im Museum. "
        "Die 79-jährige Malerin Ilse Beispiel erklärt ihre Bilder nicht. " + _DE * 2 + "\n\n"
        "„Ich male, was ich vergessen habe“, sagt die 79-Jährige.",
        [("Ich male, was", "Ilse Beispiel")],
        id="a_german_run_opening_on_a_function_word_is_no_name",
    ),
    pytest.param(
        "Florian Beispiel moderiert seit zehn Jahren. " + _DE * 2 + "\n\n"
        "Zwei Tage nach der Sendung hat sich der Moderator entschuldigt. „Es tut mir leid“, schrieb der 52-Jährige.",
        [("Es tut mir", "Florian Beispiel")],
        id="a_run_holding_a_number_word_is_no_name",
    ),
    pytest.param(
        "«No se trata de prohibir», explica la jefa de Pediatría del hospital, Carmen Ejemplo. " + _ES * 2 + "\n\n"
        "«Una hora antes ya marca la diferencia», añade la doctora.",
        [("Una hora antes", "Carmen Ejemplo")],
        id="a_gendered_role_no_one_was_given_goes_to_the_topic_of_its_gender_whatever_her_other_role",
    ),
    pytest.param(
        "La ministra Carmen Ejemplo visitó ayer el hospital. " + _ES * 2 + "\n\n"
        "«La visita fue muy breve», explicó la portavoz.",
        [("La visita fue", "portavoz")],
        id="a_spokeswoman_no_one_was_given_is_not_the_woman_the_text_is_about",
    ),
    pytest.param(
        "Tom Example unveiled his health plan on Monday. Mary Sample answered on Tuesday.\n\n"
        "Absent Example's own bill, which he has not filed, Sample pointed to his record. "
        '"It would end the programmes we know," she said.',
        [("It would end", "Mary Sample")],
        id="a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it",
    ),
    pytest.param(
        "Mary Woods spoke to a radio host on Thursday.\n\n"
        "Regarding Trump's remarks following Khizr Example's speech at the convention, Woods shared her "
        'belief that none of it was beyond the pale. "The way I see it," she said, "nobody questioned his service."',
        [("The way I", "Mary Woods")],
        id="names_in_a_phrase_opened_by_a_preposition_are_no_topic",
    ),
    pytest.param(
        "Ruth Example, who has died aged 85, mapped the reefs of the northern shelf. Dr Ken Sample was her student.\n\n"
        '"She taught us to be curious and to be stubborn," said her son, Daniel.\n\n'
        'Sample married in 1990. "He was calm," said his wife, Jane.',
        [("She taught us", "Daniel Example"), ("He was calm", "Jane Sample")],
        id="a_first_name_given_as_a_relatives_child_takes_the_family_surname",
    ),
    pytest.param(
        "La sequía obliga a recortar el riego. " + _ES * 2 + "\n\n"
        "«Los regantes recibirán menos agua», afirmó la consejera de Agricultura, Rosario Ejemplo, en la radio.",
        [("Los regantes recibirán", "Rosario Ejemplo")],
        id="a_role_after_the_verb_whose_article_the_cue_took_still_gives_its_name",
    ),
    pytest.param(
        "Det Supt Ann Example and Chief Inspector Paul Sample spoke at the station.\n\n"
        'Ch Insp Sample addressed residents. "You will see more patrols," he said.',
        [("You will see", "Paul Sample")],
        id="abbreviated_police_ranks_are_titles_not_names",
    ),
    pytest.param(
        'Sweden\'s Anna Example beat Tom Sample in the final. "I was lost after move 30," said Example.\n\n'
        '"Then he gave me one chance," the Swedish grandmaster said.',
        [("Then he gave", "Anna Example")],
        id="a_description_by_nationality_goes_to_the_person_of_that_nationality",
    ),
    pytest.param(
        "El club presentó este martes a Nikola Muestra, el fichaje más caro de su historia. " + _ES * 2 + "\n\n"
        "«Vengo a ganar títulos», dijo Muestra. «No vengo a hacer turismo», afirmó el serbio.",
        [("No vengo a", "Nikola Muestra")],
        id="a_nationality_no_one_was_given_goes_to_the_one_person_just_quoted",
    ),
    pytest.param(
        'Tom Example and Jan Sample met the press. "We agree," said Example. "We do," Sample said.\n\n'
        '"Labour standards are not a condition," the German replied.',
        [("Labour standards are", "German")],
        id="a_nationality_no_one_was_given_is_no_guess_between_two",
    ),
    pytest.param(
        "Library opens after ten years\n\nJane Writer · 21 July 2026\n\nTom Example opened the library on Monday.\n\n"
        '"It took us ten years," she said.',
        [("It took us", None)],
        id="a_byline_names_the_writer_never_whom_a_pronoun_stands_for",
    ),
    pytest.param(
        "The synod voted on Saturday to sell forty churches.\n\n"
        '"No one became a bishop to close churches," said the Bishop of Elmsbury, the Rt Rev Rowan Example, '
        "opening the debate. The Archdeacon of Wendle, the Ven Mary Sample, echoed the bishop.\n\n"
        '"The vote was closer than it looks," the bishop admitted afterwards.',
        [("No one became", "Rowan Example"), ("The vote was", "Rowan Example")],
        id="a_role_of_a_place_after_the_cue_goes_to_the_titled_name_that_follows_it",
    ),
    pytest.param(
        "Joris Example, a rider, told the tribunal he was innocent. His father, Henk Example, gave evidence.\n\n"
        '"Nobody from the team ever warned him," the elder Example added.',
        [("Nobody from the", "Henk Example")],
        id="a_word_before_a_surname_that_tells_namesakes_apart_leaves_the_surname",
    ),
    pytest.param(
        "Hillary Example attacked Bernie Sample on Monday.\n\nExample's husband, Bill, hurled the kitchen sink at "
        "Sample on Sunday. But the former president showed restraint on Monday.\n\n"
        '"The hotter this election gets, the more careful I am," he said.',
        [("The hotter this", "Bill Example")],
        id="a_first_name_that_is_also_a_word_is_a_person_when_a_kin_appositive_says_so",
    ),
    pytest.param(
        "Ann Example was elected mayor of Sampletown on Friday, ending Tom Sample's eight years in office.\n\n"
        'Sample conceded shortly before 3am. "She ran a better campaign," the outgoing mayor said.',
        [("She ran a", "Tom Sample")],
        id="a_public_role_no_one_was_given_goes_to_the_one_person_its_paragraph_named",
    ),
    pytest.param(
        "Tomasz Example scored twice as Rovers won. Giants coach Stuart Sample blamed the referee.\n\n"
        'Example, 29, shrugged off the praise. "I didn\'t think about the shoulder," the captain said.\n\n'
        'Winger Jordan Sample had put the Giants ahead. "We let it slip," Sample said.',
        [("I didn't think", "Tomasz Example"), ("We let it", "Jordan Sample")],
        id="sports_roles_are_roles_a_captain_included",
    ),
    pytest.param(
        "Mary Example fronts the band with her brother Felix Example. Dr Ann Sample produced the record.\n\n"
        '"We nearly cancelled in June," Felix Example said. "He is being dramatic," his sister said.',
        [("He is being", "Mary Example")],
        id="a_kin_description_goes_to_the_one_person_of_the_owners_surname_and_its_gender",
    ),
    pytest.param(
        _FR * 2 + "Au gîte, Jean-Marc et Sylvie Exemple ont vu partir leurs derniers clients. "
        "« On a eu onze annulations », soupire-t-elle.\n\n"
        "Son mari relativise : « Le volcan nous fait vivre. Les gens reviennent toujours. »",
        [("On a eu", "Sylvie Exemple"), ("Le volcan nous", "Jean-Marc Exemple")],
        id="a_kin_description_read_as_the_sentences_subject_and_again_at_its_cue_is_the_same_person",
    ),
    pytest.param(
        _DE * 2 + "Klaus Beispiel steht im Keller. Seine Tochter Lena Beispiel führt ihn seit 2022.\n\n"
        "Der Erntehelfer Tomasz Muster kommt aus Opole. „Die Hänge sind steil“, sagt er.\n\n"
        "„Die Lese war klein“, sagte der Vater.",
        [("Die Hänge sind", "Tomasz Muster"), ("Die Lese war", "Klaus Beispiel")],
        id="a_parents_kin_noun_with_no_owner_is_the_parent_of_the_one_child_the_article_named",
    ),
    pytest.param(
        "El consejero regional de Sanidad, Mateo Ejemplo, visitó el hospital el martes. " + _ES * 2 + "\n\n"
        "«Contrataremos a cuarenta enfermeras más», dijo el consejero.",
        [("Contrataremos a cuarenta", "Mateo Ejemplo")],
        id="an_adjective_after_an_appositive_role_keeps_the_role",
    ),
    pytest.param(
        "Adm. Ray Example commands the fleet. His record makes the Chinese comments particularly galling to him.\n\n"
        '"They try to demonize me," he said.',
        [("They try to", "Ray Example")],
        id="a_nationality_alone_is_no_person",
    ),
    pytest.param(
        "Trump still has fences to mend. Brian Example, the county chairman, said Trump continued to hurt his "
        'cause by attacking the senator. "It has not gone well for him," he said.',
        [("It has not", "Brian Example")],
        id="a_name_after_a_cue_verb_is_what_was_said_not_the_subject",
    ),
    pytest.param(
        "Le directeur de la compagnie, Paul Exemple, a détaillé le plan. « Nous ferons rouler un train sur deux », "
        "a-t-il indiqué. " + _FR + "\n\n"
        "Pour le secrétaire régional de Rail Commun, Yannick Sample, le compte n'y est pas. "
        "« On nous a proposé 2 % », "
        "a-t-il lancé.",
        [("Nous ferons rouler", "Paul Exemple"), ("On nous a", "Yannick Sample")],
        id="the_object_of_an_opening_preposition_with_a_name_in_apposition_leaves_the_name_the_subject",
    ),
    pytest.param(
        "Le syndicat Rail Commun appelle à la grève. "
        "Le directeur de la compagnie, Paul Exemple, a présenté le plan. "
        + _FR + "\n\n"
        "Le secrétaire général de Rail Commun, Marc Sample, était présent. "
        "« Le compte n'y est pas », a-t-il dit. "
        "« Nous tiendrons », a ajouté Paul Exemple.\n\n"
        "Le syndicaliste a affirmé que la grève serait suspendue « dès qu'une négociation s'ouvrira ».",
        [("dès qu'une négociation", "Marc Sample")],
        id="the_officer_of_a_body_called_a_union_is_the_unionist",
    ),
    pytest.param(
        "La vice-présidente de la Région, Claire Exemple, a dit sa colère. " + _FR * 2 + "\n\n"
        "Le directeur Paul Sample a répondu. « Les usagers ne sont pas des otages », a déclaré l'élue.",
        [("Les usagers ne", "Claire Exemple")],
        id="a_feminine_noun_after_an_elided_article_tells_the_gender",
    ),
    pytest.param(
        "La candidata Lucía Ejemplo Sanz abrió el debate. El tercer aspirante, Mateo Ejemplo Ruiz, habló de "
        "seguridad. " + _ES * 2 + "\n\n"
        "«No habrá un policía en cada esquina», dijo Ejemplo. Ruiz no respondió.",
        [("No habrá un", "Mateo Ejemplo Ruiz")],
        id="a_spanish_name_is_also_called_by_the_fathers_surname",
    ),
    pytest.param(
        "Los tres candidatos debatieron el sábado. " + _ES * 2 + "\n\n"
        "La candidata de la coalición Alianza Común, Lucía Ejemplo, abrió con el tema del agua. "
        "«Vamos a reparar todas las fugas», prometió.",
        [("Vamos a reparar", "Lucía Ejemplo")],
        id="a_name_inside_a_description_opening_the_sentence_leaves_the_name_apposed_the_subject",
    ),
    pytest.param(
        "Der Chor hat gewonnen. " + _DE * 2 + "\n\n"
        "Auch Hessens Kulturministerin Wiebke Beispiel gratulierte. „Hessen ist ein Chorland“, sagte die Ministerin.",
        [("Hessen ist ein", "Wiebke Beispiel")],
        id="a_german_genitive_before_a_title_is_no_part_of_the_name",
    ),
    pytest.param(
        "Kapitän Jürgen Beispiel schilderte den Aufprall. " + _DE * 2 + "\n\n"
        "Die Rettung leitete ausgerechnet sein Sohn: Tobias Beispiel ist Einsatzleiter der Wasserwacht. "
        "„Mir ist das Herz stehen geblieben“, sagte er.",
        [("Mir ist das", "Tobias Beispiel")],
        id="a_name_opening_a_clause_after_a_colon_is_its_subject",
    ),
    pytest.param(
        "« C'est une récompense pour les éleveurs », a déclaré Thierry Sample en recevant la médaille. " + _FR + "\n\n"
        "Le président de la coopérative, l'éleveur Denis Exemple, a rappelé que le lait venait de vaches nourries à "
        "l'herbe. « Nos vaches mangent de l'herbe », "
        "a-t-il assuré.",
        [("Nos vaches mangent", "Denis Exemple")],
        id="a_name_apposed_after_an_article_and_a_noun_is_the_subject_not_the_description",
    ),
    pytest.param(
        "La directrice Maud Exemple a annulé le festival. La vice-présidente Josiane Sample a répondu. " + _FR + "\n\n"
        "Interrogée par téléphone, Maud Exemple a maintenu ses chiffres. Quant à Josiane Sample, elle a répété "
        "qu'« aucune collectivité n'a fait plus pour ce festival ».",
        [("aucune collectivité n'a", "Josiane Sample")],
        id="quant_a_opens_on_whom_the_sentence_is_about",
    ),
    pytest.param(
        "Senator Tom Example toured the state on Monday. Polls had shown him behind.\n\n"
        "But Nebraska offered a unique opportunity. By the end of the year, he had climbed to 35 percent. "
        "\"Let me give you my prediction,\" he said.",
        [("Let me give", "Tom Example")],
        id="a_place_credited_with_words_is_no_he",
    ),
    pytest.param(
        "Senator Tom Example addressed the rally on Monday.\n\n"
        "African American turnout was high in the state. \"We will win this state,\" he said.",
        [("We will win", "Tom Example")],
        id="a_nationality_of_two_words_is_no_one",
    ),
    pytest.param(
        "Admiral Tom Example spoke in Hawaii on Monday.\n\n"
        "\"His background is a bit unkind to mention,\" Shenbao, the official state news agency, wrote. "
        "\"You know, when I am described as a foreign admiral, it's not true,\" he said.",
        [("You know, when", "Tom Example")],
        id="a_name_apposed_a_body_noun_is_a_body",
    ),
    pytest.param(
        "Senator Ann Example won the state on Tuesday.\n\n"
        "She thanked her adopted home state and then boomed, \"There is no place like home.\"",
        [("There is no", None)],
        id="a_possessive_and_no_noun_for_a_person_names_no_one",
    ),
    pytest.param(
        "Judge Carl Example heard the case on Monday.\n\n"
        "Roberta A. Sample, a lawyer for the plaintiffs, spoke in June. \"There can't be separate rules,\" she told "
        "Example.",
        [("There can't be", "Roberta A. Sample")],
        id="an_initial_is_no_article_in_a_name",
    ),
    pytest.param(
        "Novak Example won his match on Sunday.\n\n"
        "Tennis great Billie Jean King remembered him. \"He was the greatest,\" she said.",
        [("He was the", "Billie Jean King")],
        id="a_title_word_as_a_surname_tells_no_gender",
    ),
    pytest.param(
        "Admirals rattle Beijing.\n\nXi Sample, the Chinese leader, visited Washington on Monday. "
        "The chairman of the Senate Armed Services Committee, Senator Joe Example, asked the question. "
        "\"It is good that my voice is low,\" he said.",
        [("It is good", "Joe Example")],
        id="a_description_with_a_named_body_and_a_name_apposed_is_about_the_name",
    ),
    pytest.param(
        "Leaders trade barbs.\n\nPresident Ann Example met President Tom Sample in Paris on Monday. "
        "Sample said France had lost its way. \"France will always be France,\" an angry Example retaliated.",
        [("France will always", "Ann Example")],
        id="an_indefinite_article_and_a_mood_before_a_known_name_is_that_person",
    ),
    pytest.param(
        "This spring, as he became chairman of Donald Example’s campaign, Paul Sample told friends about his work.\n\n"
        "Sample politely suggested caution. Example himself was delighted by the controversy. "
        "\"The people who were offended were people we wanted to offend,\" he later said.",
        [("The people who", "Donald Example")],
        id="a_full_name_used_as_a_modifier_is_still_named",
    ),
    pytest.param(
        "Governor Ann Example spoke on Monday.\n\n"
        "To political science professor Jane Sample, Example’s stare seemed to reflect sadness. "
        "\"It really looked like heartbreak,\" she said.",
        [("It really looked", "Jane Sample")],
        id="an_owner_after_a_comma_is_no_name_in_apposition",
    ),
    pytest.param(
        "The rally ended late on Monday.\n\n"
        "The woman who started it identified herself as a 52-year-old resident named Caroline. "
        "\"He truly cares about the American people,\" she said.",
        [("He truly cares", "Caroline")],
        id="a_first_name_after_named_is_a_person",
    ),
    pytest.param(
        "Die neue Orgel klingt.\n\n"
        "„Als die ersten Töne kamen, haben einige geweint“, sagte Kantorin Dorothea Beispiel nach dem Gottesdienst.",
        [("Als die ersten", "Dorothea Beispiel")],
        id="a_german_noun_for_a_person_before_a_name_is_no_part_of_it",
    ),
    pytest.param(
        "La fábrica plantea un ERE.\n\n"
        "El comité convoca paros y la consejera de Trabajo pide \"no cerrar la puerta\" a la negociación.\n\n"
        + _ES
        + "\n\nLa consejera de Trabajo, Begoña Ejemplo, pidió a ambas partes que sigan negociando. "
        "\"Nadie debe cerrar la puerta\", dijo la consejera.",
        [("no cerrar la", "Begoña Ejemplo")],
        id="a_role_in_the_lead_is_its_holder_named_later",
    ),
    pytest.param(
        "Admiral rattles Beijing.\n\nAdm. Harry B. Example Jr. leads the Pacific Command. "
        "\"I view them as a professional military,\" Admiral Example said.",
        [("I view them", "Harry B. Example Jr.")],
        id="a_generational_suffix_is_no_surname",
    ),
    pytest.param(
        _DE * 2 + "\n\nDer Fischer heißt eigentlich Jens Beispiel und ist seit 2001 Bürgermeister in Hafenau. "
        "Sein Schwager Uwe Muster fuhr das Boot. „Um vier war der Kutter im Hafen“, sagte Uwe Muster.\n\n"
        "„Nächstes Jahr bauen wir den Steg neu“, versprach der Bürgermeister.",
        [("Um vier war", "Uwe Muster"), ("Nächstes Jahr bauen", "Jens Beispiel")],
        id="a_role_after_a_copula_right_after_a_name_is_the_persons_de",
    ),
    pytest.param(
        "Jane Example is a former prosecutor from Eastport. Her neighbour Tom Sample cut the ribbon. "
        '"It is a good day," Tom Sample said.\n\n"We will reopen the court," the prosecutor said.',
        [("It is a", "Tom Sample"), ("We will reopen", "Jane Example")],
        id="a_role_after_a_copula_right_after_a_name_is_the_persons_en",
    ),
    pytest.param(
        _ES * 2 + "\n\nLa cuadrilla sale de madrugada. Tomás Ejemplo es alcalde desde 2019. Su vecino Luis Muestra "
        "conduce el tractor. «Salimos a las cinco», dijo Luis Muestra.\n\n«El puente se arregla en enero», "
        "prometió el alcalde.",
        [("Salimos a las", "Luis Muestra"), ("El puente se", "Tomás Ejemplo")],
        id="a_role_after_a_copula_right_after_a_name_is_the_persons_es",
    ),
    pytest.param(
        _ES * 2 + "\n\nA las once sale Casimiro Ejemplo Prieto con su silbato. Le acompaña su hijo, Casimiro "
        "Ejemplo Muestra, de 39.\n\n—Aprendo despacio —dice el hijo.\n\nEl padre se ríe y no lo desmiente.\n\n"
        "—Un sereno que habla mucho no se entera de nada —sentencia.",
        [("Aprendo despacio", "Casimiro Ejemplo Muestra"), ("Un sereno que", "Casimiro Ejemplo Prieto")],
        id="the_parent_of_the_one_child_named_is_their_familys_other_member_of_no_told_gender",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _RESOLVED)
def test_who_a_mention_stands_for(text: str, speakers: list[tuple[str, str | None]]) -> None:
    _assert_reported(_said(text), dict(speakers))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # someone unnamed opening a sentence: the "he" after them is theirs, never the person named before them
        (
            "Councillor Tom Example opened the meeting.\n\nA retired teacher stood up at the back of the hall. "
            "“We were never asked,” he said.",
            {"We were never": None},
        ),
        (
            "Der Trainer Jonas Beispiel lobte die Mannschaft. " + _DE * 2 + "\n\n"
            "Ein Dauerkarteninhaber auf der Tribüne hatte schon aufgegeben. „Ich war schon auf dem Weg zum Bus“, sagte er.",
            {"Ich war schon": None},
        ),
        # the unnamed speaker's noun, later, is them too; a name between them changes nothing
        (
            "The campaign was chaotic. “It has been so bad,” a senior campaign official said. Later Bill Example took "
            "over. “It was different under Example,” the official said.",
            {"It has been": None, "It was different": None},
        ),
        # a name after the unnamed subject is the latest spoken of
        (
            "A reporter asked Senator Ann Example how she felt. She replied: “The bigger the turnout, the better.”",
            {"The bigger the": "Ann Example"},
        ),
        # named right after: no one unnamed
        (
            "Mayor Tom Example spoke first. One local woman, Jane Sample, pulled him aside. “Don't forget us,” she said.",
            {"Don't forget us": "Jane Sample"},
        ),
        # many unnamed people are no "he"
        (
            "Mayor Tom Example spoke first. “It is a disgrace,” a group of officials said. “We will fight on,” he said.",
            {"It is a": None, "We will fight": "Tom Example"},
        ),
        # no person: a thing opening a sentence stands in no one's way
        (
            "Mayor Tom Example spoke first. A floor fight could prolong the meeting. “We will fight on,” he said.",
            {"We will fight": "Tom Example"},
        ),
    ],
)
def test_someone_unnamed_is_no_one_named_before_them(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a noun no lexicon lists, but a relative only a person takes after it: someone unnamed, the "she" theirs
        (
            "Councillor Jane Example said the queue was long. One fan who waited online for an hour gave up at the "
            "front. “I was last in the queue,” she said.",
            {"I was last": None},
        ),
        (
            "Councillor Jane Example said the queue was long. A fan, who waited online for an hour, gave up at the "
            "front. “I was last in the queue,” she said.",
            {"I was last": None},
        ),
        # (not a relative a thing takes, nor a noun alone: the woman named before)
        (
            "Councillor Jane Example said the queue was long. A fan of the band gave up at the front. “I was last "
            "in the queue,” she said.",
            {"I was last": "Jane Example"},
        ),
        (
            "Councillor Jane Example said the queue was long. A report which came out on Friday blamed the site. "
            "“I was last in the queue,” she said.",
            {"I was last": "Jane Example"},
        ),
        # the feminine indefinite article and a noun of a woman's ending, whatever the noun
        (
            "Oberbürgermeisterin Anna Beispiel ließ mitteilen, die Stadt zahle nicht mehr. " + _DE + "\n\n"
            "Eine Jeckin im Kostüm einer Biene stand schon seit acht Uhr am Rathaus. „Ich habe nichts verpasst“, "
            "sagte sie.",
            {"Ich habe nichts": None},
        ),
        (
            "Oberbürgermeisterin Anna Beispiel ließ mitteilen, die Stadt zahle nicht mehr. " + _DE + "\n\n"
            "Eine Medizin gegen die Kälte gab es nicht. „Ich habe nichts verpasst“, sagte sie.",
            {"Ich habe nichts": "Anna Beispiel"},
        ),
        (
            "La concejala Marta Ejemplo habló de la cola larga. " + _ES + "\n\n"
            "Una hincha, quien hizo cola durante una hora, se rindió. «Era la última de la cola», contó ella.",
            {"Era la última": None},
        ),
        (
            "La concejala Marta Ejemplo habló de la cola larga. " + _ES + "\n\n"
            "Una hincha hizo cola durante una hora. «Era la última de la cola», contó ella.",
            {"Era la última": "Marta Ejemplo"},
        ),
    ],
)
def test_someone_unnamed_by_a_noun_no_lexicon_lists(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mayor Tom Example had a hard week. “He never listens,” one of his former advisers told me. “It is a "
            "pity.”\n\n“He will lose the vote,” the adviser added.",
            {"He never listens": None, "He will lose": None},
        ),
        # one of many is one person: the "he" next is theirs
        (
            "Mayor Tom Example had a hard week. “It is a mess,” one of the council officials said. “Nobody reads "
            "the reports,” he added.",
            {"It is a": None, "Nobody reads the": None},
        ),
    ],
)
def test_one_of_many_unnamed_is_whom_their_singular_noun_stands_for(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


def test_a_relative_before_a_german_name_is_no_part_of_it() -> None:
    text = (
        "Stürmer Tomasz Wrobel spielte den Puck quer, wo sein jüngerer Bruder Piotr Wrobel nur noch den Schläger "
        "hinhalten musste. " + _DE * 2 + "\n\nUnd Piotr Wrobel lachte: „In der Familie gibt man ab.“"
    )
    assert _said(text) == {"In der Familie": "Piotr Wrobel"}


def test_an_unnamed_reporter_asking_is_no_one_the_answer_is_from() -> None:
    text = (
        "Police Chief Ann Example said on Tuesday that she would not step down. “Will you resign?” a reporter asked. "
        "“No,” she said."
    )
    assert _said(text)["No"] == "Ann Example"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A senior nurse told the inquiry on Monday that she had warned managers. Jane Example, who worked on the "
            "ward for 14 years, said she had written to the board. “I raised it four times,” the nurse told the "
            "inquiry. “Nobody listened,” she said.",
            {"I raised it": "Jane Example", "Nobody listened": "Jane Example"},
        ),
        (
            "À Pleyben, un adolescent a retrouvé une météorite. " + _FR * 2 + "\n\nMardi soir, Mathis Exemple rangeait "
            "son vélo. « J'ai entendu un sifflement », a raconté l'adolescent.",
            {"J'ai entendu un": "Mathis Exemple"},
        ),
    ],
)
def test_someone_unnamed_then_named_as_the_next_subject_is_that_name(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a German noun the article writes after an article is no name ("Anderes Verfahren", "Parteienrechtler Morlok")
        (
            "Der Abgeordnete Stefan Beispiel schrieb der Zeitung, dass das Verfahren noch läuft. " + _DE * 2 + "\n\n"
            "Anderes Verfahren endete schon im Mai. „Wir warten ab“, sagte er.",
            {"Wir warten ab": "Stefan Beispiel"},
        ),
        (
            "Dazu äußerte sich der Parteienrechtler Martin Beispiel. " + _DE * 2 + "\n\n"
            "„Das ist ganz klar eine Absprache“, sagt Parteienrechtler Beispiel.",
            {"Das ist ganz": "Martin Beispiel"},
        ),
        # "die" before a noun in -e tells a woman ("die Vorsitzende"; "die Vorsitzenden" are many)
        (
            "Hannelore Beispiel hat schon viele schlechte Jahre erlebt. " + _DE * 2 + "\n\n"
            "Der Verein Muster traf sich am Abend. „Ich habe zwölf Völker verloren“, sagte die Vorsitzende.",
            {"Ich habe zwölf": "Hannelore Beispiel"},
        ),
    ],
)
def test_german_nouns_and_articles_tell_who_is_meant(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


def test_a_full_name_after_from_is_someone_named() -> None:
    text = (
        "The board upheld complaints from Jane Example, who rents a flat on the estate. Ms Example first reported the "
        "damp in 2024. “Every time I rang they gave me a new number,” she said."
    )
    assert _said(text)["Every time I"] == "Jane Example"


def test_nouns_after_a_german_article_are_common_words_but_not_after_a_name_particle() -> None:
    common = common_words(["Er sagte, dass das Verfahren der RMF läuft.", "Joris van der Meulen und „Van der Meulen“."])
    assert "verfahren" in common
    assert "meulen" not in common and "rmf" not in common


# Round 14: causes found on the real-page pronoun and description quotes (evaluation/realpages-speakers.jsonl, half 1).


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a role and what it is of is a description, never a Mr. "de Exteriores"; held, it finds its holder
        (
            "El ministro de Asuntos Exteriores, Juan Ejemplo, habló en Madrid. " + _ES * 2 + "\n\n"
            "El ministro de Exteriores propone una autoridad reforzada, “si no se hubiera minado su legitimidad”.",
            {"si no se": "Juan Ejemplo"},
        ),
        (
            "El encuentro fue en Madrid. " + _ES * 2 + "\n\n"
            "El ministro de Exteriores propone una autoridad reforzada, “si no se hubiera minado su legitimidad”.",
            {"si no se": "ministro de Exteriores"},
        ),
        # a noun the article called someone, capitalised at the cue, is that person (no Ms. Rectora); the appositive
        # that called her ends at a dash
        (
            "El resumen fue compartido por Rosa Ejemplo, rectora de la Escuela Superior– en el pleno. " + _ES * 2 + "\n\n"
            "La Rectora recordó que fue constituido el grupo, “en cuyo seno se presentan resultados”.",
            {"en cuyo seno": "Rosa Ejemplo"},
        ),
        (
            "El resumen fue compartido por Rosa Ejemplo, rectora de la Escuela Superior del Partido, en el pleno. "
            + _ES * 2 + "\n\n"
            "La Rectora de la Escuela Superior del Partido recordó que el grupo, “en cuyo seno se presentan resultados”.",
            {"en cuyo seno": "Rosa Ejemplo"},
        ),
        # "the executive", "la ejecutiva": a leader of any name (chief executive, head, líder)
        (
            "Rosa Ejemplo, líder de la plataforma en México, platicó con el diario. " + _ES * 2 + "\n\n"
            "Ana Muestra, vecina del barrio, escuchó el programa. “Los podcast crecieron”, detalla la ejecutiva.",
            {"Los podcast crecieron": "Rosa Ejemplo"},
        ),
        (
            "Jane Example, head of the Acme Group, spoke on Monday.\n\nAnna Sample, a neighbour, bought land. "
            "“We grew,” the executive said.",
            {"We grew": "Jane Example"},
        ),
    ],
)
def test_roles_and_what_they_are_of(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


def test_the_american_councilor_is_a_councillor_and_a_name_after_a_title_is_no_one_unnamed() -> None:
    text = (
        "Councilor Ed Example urged the company to act.\n\n“Power supply is very bad,” the city councilor said.\n\n"
        "Another City Councilor Ely Sample had also given the chief a dressing down, stressing that “we are not ready”."
    )
    assert _said_of(text, {"Power supply is": "", "we are not": ""}) == {
        "Power supply is": "Ed Example",
        "we are not": "Ely Sample",
    }


@pytest.mark.parametrize("phrase", ["Toronto-based WeavAir", "U.S.-led", "London-born"])
def test_a_place_made_an_adjective_is_in_no_name(phrase: str) -> None:
    assert not Cast().introduce(phrase, topic=True)


def test_an_owner_before_a_place_made_an_adjective_is_the_name() -> None:
    text = (
        "Natalia Example’s Toronto-based company WeavAir sells sensors.\n\nCustomers asked. Example, whose background "
        "includes chemistry, decided to build it.\n\n“We started work on a new detector,” she said."
    )
    assert _said(text)["We started work"] == "Natalia Example"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title that is a first name opens the name ("Dean Frater"); a role before a known first name is cut
        (
            "Kieran Example won the final against Dean Sample on Saturday.\n\nSample, 44, was gracious in defeat. "
            "“He deserved it,” said Sample.\n\nReferee Ray Example-Jones, who called his last final, said it was "
            "fitting. “I could not have asked for more,” he said.",
            {"He deserved it": "Dean Sample", "I could not": "Ray Example-Jones"},
        ),
        # first names joined by a hyphen are a first name, whatever the noun before them ("Stadtrat" is a council too)
        (
            "Auch im Rathaus sorgte die Geschichte für Heiterkeit. " + _DE * 2 + "\n\n"
            "„Ehrlichkeit lohnt sich“, sagte Stadtrat Klaus-Peter Beispiel.",
            {"Ehrlichkeit lohnt sich": "Klaus-Peter Beispiel"},
        ),
        # the body after a name's particle may end in its place
        (
            "Ein Feuer zerstörte die Scheune. " + _DE * 2 + "\n\n„Als wir ankamen, brannte die Scheune schon“, sagte "
            "Kommandant Stefan Beispiel von der Freiwilligen Feuerwehr Musterhausen.",
            {"Als wir ankamen,": "Stefan Beispiel"},
        ),
    ],
)
def test_first_names_that_look_like_titles_or_compounds(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


def test_a_role_noun_in_what_a_role_is_of_is_none_of_the_persons() -> None:
    text = (
        "Dr Lydia Example, the university's director of student services, said the students would be housed in "
        "hotels. “Nobody should be out of pocket,” said Dr Example.\n\nOne second-year student, who did not want to "
        "be named, said residents had complained. “We reported it three times,” the student said."
    )
    assert _said_of(text, {"Nobody should be": "", "We reported it": ""}) == {
        "Nobody should be": "Lydia Example",
        "We reported it": None,
    }


def test_someone_unnamed_by_a_common_noun_for_a_person() -> None:
    text = (
        "Kofi Example, president of the students' union, said students had been anxious. “Some of our members had "
        "jobs waiting,” he said.\n\nA porter at the Senate House, who has worked at the university for 26 years, "
        "watched the members leave. “I've seen four of these disputes,” he said."
    )
    assert _said(text)["I've seen four"] is None


def test_a_noun_before_a_name_the_lexicon_does_not_list_is_what_the_person_is_called() -> None:
    text = (
        "Two sailors were brought ashore. “We launched at 2am,” said coxswain Gareth Example, who has served for "
        "three decades.\n\n“I have never seen waves like it,” said his nephew Tom Example. “You could not see the "
        "yacht,” the 24-year-old added.\n\nThe coxswain praised the two sailors. “They had their lifejackets on,” he said."
    )
    assert _said(text)["They had their"] == "Gareth Example"


def test_a_body_noun_is_never_a_person_of_its_gender() -> None:
    text = (
        "Los récords no han sido confirmados aún, algo que debe hacer la Organización Meteorológica Mundial. "
        "Francisco Ejemplo, glaciólogo, habló ayer. " + _ES * 2 + "\n\n"
        "“Es prematuro decir que la Antártida ha superado los 20 grados”, resalta el organismo."
    )
    assert _said(text)["Es prematuro decir"] == "Organización Meteorológica Mundial"  # the one body named


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a compound ending in a word that is a title only at a compound's end ("Rat" is a council, "Meister" a
        # champion) is a title before a name, and the whole compound the role
        (
            "Kreisbrandrat Josef Beispiel zieht eine erste Bilanz. " + _DE * 2 + "\n\n„Wir waren 300-mal im Einsatz“, "
            "sagte er. „Die Dächer sind sicher“, sagte Beispiel.",
            {"Wir waren 300-mal": "Josef Beispiel", "Die Dächer sind": "Josef Beispiel"},
        ),
        (
            _DE * 2 + "\n\n„Die Straße ist wieder frei“, sagte Regierungsrätin Petra Muster am Montag.",
            {"Die Straße ist": "Petra Muster"},
        ),
        (
            "Hausmeister Jonas Muster und Kreisbrandmeisterin Anna Beispiel waren vor Ort. " + _DE * 2 + "\n\n"
            "„Die Halle bleibt gesperrt“, sagte die Kreisbrandmeisterin. „Das Dach hält“, sagte der Hausmeister.",
            {"Die Halle bleibt": "Anna Beispiel", "Das Dach hält": "Jonas Muster"},
        ),
        # a council the lexicon lists is still a body, not a title before its place
        (
            _DE * 2 + "\n\nDer Gemeinderat Oberdorf tagte am Montag. „Die Straße bleibt gesperrt“, teilte der "
            "Gemeinderat mit.",
            {"Die Straße bleibt": "Gemeinderat Oberdorf"},
        ),
    ],
)
def test_german_compounds_ending_in_a_title_word(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a noun for no kind of person, its gender told by the article, stands for whom a pronoun would: the unnamed
        # woman the sentence opened on, not the woman named before her (the cue's span took a noun of her clause)
        (
            "Alba Ejemplo ganó el premio. " + _ES * 2 + "\n\nUna lectora que esperaba la firma de libros lo resumió "
            "así: «La leí de un tirón».",
            {"La leí de": None},
        ),
        (
            "Alba Ejemplo ganó el premio. " + _ES * 2 + "\n\nUna espectadora se acercó al escenario. «La leí de un "
            "tirón», dijo la montevideana.",
            {"La leí de": None},
        ),
        # Spanish agent nouns for a woman are nouns for a person ("una lectora", "la escritora")
        (
            "Alba Ejemplo ganó el premio. " + _ES * 2 + "\n\nUna lectora se acercó al escenario. «La leí de un "
            "tirón», dijo ella.",
            {"La leí de": None},
        ),
        # a noun for a person other than the unnamed one's is not theirs
        (
            "La escritora Alba Ejemplo ganó el premio. " + _ES * 2 + "\n\nUna vecina se acercó al escenario. «Lo "
            "escribí en el autobús», dijo la escritora.",
            {"Lo escribí en": "Alba Ejemplo"},
        ),
    ],
)
def test_someone_unnamed_and_a_description_that_tells_only_a_gender(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


def _said_in_page(html: str) -> dict[str, str | None]:
    """The first words of each quote of an HTML page -> its resolved speaker."""
    document = from_text(html, "article.html", Format.HTML)
    return {" ".join(q.text.split()[:3]): q.speaker for q in find_quotes(document, blocks(document))}


@pytest.mark.parametrize(
    ("caption", "later", "want"),
    [
        # a caption is beside the running text: "A general view" is no one the next description or pronoun stands for
        (
            "A general view of a damaged structure in the Kotli district on May 7.",
            "“These attacks martyred innocent men, women and children,” the statement said.",
            "National Security Committee",
        ),
        (
            "Mourners gather at the gate of the school, where Prime Minister Omar Example laid a wreath.",
            "“These attacks martyred innocent men, women and children,” it said.",
            "National Security Committee",
        ),
        # but the people it names are known after it
        (
            "Managing director Graham Example in the empty despatch bay.",
            "Mr Example said the family had “looked at every option and none of them keeps the factory open”.",
            "Graham Example",
        ),
    ],
)
def test_a_caption_names_people_but_is_not_what_the_text_is_about(caption: str, later: str, want: str) -> None:
    html = (
        "<html><body><article><h1>Strikes condemned</h1><p>The National Security Committee, chaired by the prime "
        "minister, said in a statement that the strikes were carried out on a false pretext and targeted mosques across "
        f"the region.</p><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure><p>{later}</p>"
        "</article></body></html>"
    )
    assert list(_said_in_page(html).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a title that names a role picks the namesake given that role, of two of the same gender
        (
            "La jefa del servicio, la doctora Carmen Ejemplo, habló. " + _ES * 2 + "\n\nLa delegada del sindicato, "
            "Rocío Ejemplo, contó 41 pacientes. «Faltan 30 enfermeras», añadió la delegada.\n\nLa doctora Ejemplo "
            "respondió después: «Esto no es una punta de gripe».",
            {"Faltan 30 enfermeras": "Rocío Ejemplo", "Esto no es": "Carmen Ejemplo"},
        ),
        (
            "Dr Carmen Example runs the unit. Councillor Rosa Example chairs the board. “We will vote,” said Ms "
            "Example. “It is a good day,” said Dr Example.",
            {"We will vote": "Rosa Example", "It is a": "Carmen Example"},
        ),
        (
            "Die Richterin Anna Beispiel leitete die Sitzung. Die Anwältin Eva Beispiel war da. " + _DE * 2 + "\n\n"
            "„Wir einigen uns nicht“, sagte Frau Beispiel. „Das Urteil folgt im Januar“, sagte Richterin Beispiel.",
            {"Wir einigen uns": "Eva Beispiel", "Das Urteil folgt": "Anna Beispiel"},
        ),
    ],
)
def test_a_title_picks_the_namesake_given_its_role(text: str, want: dict[str, str]) -> None:
    assert _said_of(text, want) == want


def test_a_possessive_description_opening_a_sentence_is_its_subject() -> None:
    text = (
        "The coins were found in March by Carl Example and his younger brother, Darren Example, both from Dereham.\n\n"
        "“We had been walking that field for six years,” Carl Example told the hearing. His brother found the first "
        "coin. “I thought it was a ring pull,” he said.\n\nJane Roe and her husband, Tom Roe, run the inn. “We will "
        "vote,” Jane Roe said. Her husband was the first outside. “It is a good day,” he said."
    )
    assert _said_of(text, {"I thought it": "", "It is a": ""}) == {
        "I thought it": "Darren Example",
        "It is a": "Tom Roe",
    }


@pytest.mark.parametrize("title", ["Prof", "Prof.", "Sen", "Supt"])
def test_an_abbreviated_title_without_its_full_stop_names_its_role(title: str) -> None:
    role = {"Prof": "professor", "Prof.": "professor", "Sen": "senator", "Supt": "superintendent"}[title]
    text = (
        f"“The cause is almost certainly gypsum,” said {title} Owen Example, who has studied the town for years. "
        f"“Ripon has lived with this for centuries,” the {role} said."
    )
    assert _said(text)["Ripon has lived"] == "Owen Example"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # someone described by a noun for a person and what they are of is unnamed: the name is the body's
        (
            "Anne Beispiel sprach am Montag. " + _DE * 2 + "\n\n„Wenn das so weitergeht, ist die Bank pleite“, sagte ein "
            "ehemaliger Chef der Dresdner Bank.",
            "Wenn das so",
        ),
        (
            "La maire Anne Exemple a parlé. " + _FR * 2 + "\n\n« On cuisinera plus, on jettera moins », a dit une "
            "cuisinière de l'école Saint-Exupéry.",
            "On cuisinera plus,",
        ),
        (
            "La alcaldesa Ana Ejemplo habló. " + _ES * 2 + "\n\n«Llevo tres horas esperando», dijo un paciente del "
            "Hospital Virgen del Prado.",
            "Llevo tres horas",
        ),
    ],
)
def test_a_person_of_a_named_body_is_unnamed(text: str, quote: str) -> None:
    assert _said(text)[quote] is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a cue after a semicolon is another clause's: the quote keeps the cue before it
        (
            "La jefa del servicio, Carmen Ejemplo, habló ayer. " + _ES * 2 + "\n\nLa jefa del servicio pide «más "
            "camas, no más parches»; la Consejería promete refuerzos para Navidad.",
            "Carmen Ejemplo",
        ),
        (
            "Union leader Tom Example spoke to drivers on Monday.\n\nThe union leader demanded “a fair deal for every "
            "driver”; the company said talks would resume on Friday.",
            "Tom Example",
        ),
    ],
)
def test_a_cue_after_a_semicolon_is_another_clauses(text: str, want: str) -> None:
    assert list(_said(text).values())[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name opening a sentence as the subject of a plural verb is a body or a group: "they" and "it" find it
        (
            "Taylor Example accused Big Machine of blocking her. Big Machine have twice denied doing anything wrong. "
            "“At no point did we say Taylor could not perform,” they said in a statement. “Artists do not need our "
            "approval,” it says.",
            {"At no point": "Big Machine", "Artists do not": "Big Machine"},
        ),
        (
            "Jane Roe spoke. “We are proud,” she said. The Wanderers have won the cup. “It was a long season,” they said.",
            {"We are proud": "Jane Roe", "It was a": "Wanderers"},
        ),
        # not a name inside the subject ("members of Congress have"), nor two people joined
        (
            "Gordon Example studied trade. Conservative members of Congress have been sympathetic, but Representative "
            "Brooks doesn't mince words. “We will act,” he said.",
            {"We will act": "Brooks"},
        ),
        (
            "Tom Example and Ann Sample have spoken to the council. “We are proud of the town,” they said.",
            {"We are proud": None},
        ),
    ],
)
def test_a_name_with_a_plural_verb_is_a_body(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


_BODY_BEFORE = "Harbour Holdings have twice denied doing anything wrong. “We did not block the sale,” they said. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (round 34, gold34) a body set off by commas after a definite description opening the sentence, a verb after
        # it, is the sentence's subject: "they" next stands for it, not for the body before
        (
            _BODY_BEFORE + "The company that runs the ferry, Tidewater Productions, denies that anything was agreed. "
            "“Any agreement must be made with the council,” they said.",
            {"Any agreement must": "Tidewater Productions"},
        ),
        # and so is a body whose verb follows a relative clause set off by commas
        (
            _BODY_BEFORE + "Tidewater Ferries Ltd, which runs the crossing, denies that anything was agreed. "
            "“Any agreement must be made with the council,” they said.",
            {"Any agreement must": "Tidewater Ferries Ltd"},
        ),
        # (negative) a list of bodies after the description, no verb after the first: none is the subject
        (
            _BODY_BEFORE + "The firms involved, Tidewater Ferries Ltd, Quay Freight Ltd and Gull Lines, deny any deal. "
            "“Any agreement must be made with the council,” they said.",
            {"Any agreement must": "Harbour Holdings"},
        ),
        # (negative) a relative clause with no verb after it
        (
            _BODY_BEFORE + "The crossing is run by Tidewater Ferries Ltd, which owns two boats, for now. "
            "“Any agreement must be made with the council,” they said.",
            {"Any agreement must": "Harbour Holdings"},
        ),
    ],
)
def test_a_body_set_off_by_commas_before_its_verb_is_the_subject(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # "el texto", "le texte" of a body's statement speak for the body, as "el comunicado" does
        (
            "La alcaldesa Ana Ejemplo habló. " + _ES * 2 + "\n\nEl domingo, el Comité de Ayuda Mutua denunció la muerte "
            "de dos trabajadores. «Estamos desconsolados», explica la ONG en un comunicado. «Su muerte muestra el número "
            "de víctimas civiles», añade el texto.",
            "Su muerte muestra",
            "ONG",
        ),
        (
            "La maire Anne Exemple a parlé. " + _FR * 2 + "\n\nDimanche, l'Association Entraide a dénoncé la mort de deux "
            "employés. « Nous sommes effondrés », explique l'ONG dans un communiqué. « Leur mort montre le nombre de "
            "victimes civiles », ajoute le texte.",
            "Leur mort montre",
            "ONG",
        ),
    ],
)
def test_the_text_of_a_bodys_statement_speaks_for_it(text: str, quote: str, want: str) -> None:
    assert _said(text)[quote] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name closing a sentence, apposed to the description an inverted cue credits, is what the sentence is about
        (
            "Jürgen Beispiel ist Finanzexperte. " + _DE * 2 + "\n\nDie Lücke sei kleiner geworden, sagt auch der Sprecher "
            "der Deutschen Schutzvereinigung für Wertpapierbesitz (DSW), Jürgen Muster. Er gibt jedoch zu bedenken: „Man "
            "muss unterscheiden.“",
            "Jürgen Muster",
        ),
        (
            "Tom Example runs the club. The deal was fair, said the spokeswoman for the Harbour Board, Jane Roe. She "
            "added: “We will sign it.”",
            "Jane Roe",
        ),
    ],
)
def test_a_name_apposed_to_an_inverted_cues_description_is_the_topic(text: str, want: str) -> None:
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "quote", "want"),
    [
        # a noun the lexicon does not list, opening an appositive a name follows, is what the person is called
        (
            "Ana Ejemplo habló. " + _ES * 2 + "\n\nLa gerente del área de salud, Rosa Ejemplo, reconoce que faltan "
            "médicos. «El nuevo pediatra llegará antes de febrero», aseguró la gerente.",
            "El nuevo pediatra",
            "Rosa Ejemplo",
        ),
        (
            "Tom Example spoke on Monday. The harbourmaster of Port Ellen, Ines Example, was on the quay. “We closed "
            "the harbour at noon,” the harbourmaster said.",
            "We closed the",
            "Ines Example",
        ),
    ],
)
def test_a_noun_opening_an_appositive_before_a_name_is_what_the_person_is_called(
    text: str, quote: str, want: str
) -> None:
    assert _said(text)[quote] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _paragraphs(
                "Derek and Brenda Sloane drive forty minutes to the hospital three times a week for his dialysis, and "
                "the fee for the car park has gone up twice this year.",
                '"We pay more to park than for petrol," Mrs Sloane said.',
                '"I would rather get the bus," Mr Sloane said.',
            ),
            {"We pay more": "Brenda Sloane", "I would rather": "Derek Sloane"},
        ),
        (
            _paragraphs(
                "Neighbours of the quarry, Alan & Bev Hughes have lived beside its gate since 1998 and were the first "
                "to object at the inquiry on Monday morning.",
                '"You feel it in your teeth," Mr Hughes said. "The windows shake," said Bev.',
            ),
            {"You feel it": "Alan Hughes", "The windows shake": "Bev Hughes"},
        ),
        (
            _paragraphs(
                "Newlyweds Declan and Niamh Rooney, from Salford, were on their way to a honeymoon in Maine when the "
                "plane turned back.",
                '"We were told nothing," Niamh said. Declan said the crew had been "calm and brilliant".',
            ),
            {"We were told": "Niamh Rooney", "calm and brilliant": "Declan Rooney"},
        ),
        (
            # (a first name ending a full name is no first name alone: "Elton John and Bernie Taupin")
            _paragraphs(
                "Elton John and Bernie Taupin wrote the song in an hour, the singer told the audience at the concert "
                "in London on Monday night.",
                '"It was a quick one," John said.',
            ),
            {"It was a": "Elton John"},
        ),
        (
            _paragraphs(
                "Auf dem Hof leben Peter und Anna Huber seit 1990. " + _DE * 2,
                "„Wir geben nicht auf“, sagte Frau Huber.",
                "„Die Milch bringt zu wenig“, sagte Herr Huber.",
            ),
            {"Wir geben nicht": "Anna Huber", "Die Milch bringt": "Peter Huber"},
        ),
        (
            _paragraphs(
                "Marie et Paul Roux tiennent la boulangerie depuis vingt ans. " + _FR * 2,
                "« Nous tiendrons bon », a déclaré M. Roux.",
                "« Le pain coûte plus cher », a ajouté Mme Roux.",
            ),
            {"Nous tiendrons bon": "Paul Roux", "Le pain coûte": "Marie Roux"},
        ),
        (
            _paragraphs(
                "Ana y Luis Pérez regentan el bar desde 1998. " + _ES * 2,
                "«No vamos a cerrar», dijo el señor Pérez.",
                "«Nos han subido el alquiler», añadió la señora Pérez.",
            ),
            {"No vamos a": "Luis Pérez", "Nos han subido": "Ana Pérez"},
        ),
        (
            # no surname after the second first name, or no first name: nobody shares one
            _paragraphs(
                "Derek and Brenda went to the hospital on Monday, and Derek and Harlow Water signed the deal on "
                "Tuesday after weeks of talks about the price of water in the town.",
                '"We are pleased," Derek said.',
            ),
            {"We are pleased": "Derek"},
        ),
    ],
)
def test_people_named_jointly_share_the_surname_written_once(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _DE * 2 + "\n\nKirchenpfleger Xaver Lutz hat die Spenden gesammelt. „Jeder Haushalt hat etwas gegeben“, sagte Lutz.",
            {"Jeder Haushalt hat": "Xaver Lutz"},
        ),
        (
            _DE * 2 + "\n\nAm Stand erklärt Stallmeisterin Vroni Haas die Regeln. „Die Pferde ruhen mittags“, sagte Haas.",
            {"Die Pferde ruhen": "Vroni Haas"},
        ),
        (
            # (a known first name opening the run keeps it whole: a second first name)
            _DE * 2 + "\n\nHans Xaver Lutz hat die Spenden gesammelt. „Jeder Haushalt hat etwas gegeben“, sagte Lutz.",
            {"Jeder Haushalt hat": "Hans Xaver Lutz"},
        ),
    ],
)
def test_a_german_noun_for_a_person_before_a_first_name_and_surname_is_no_part_of_the_name(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Die Hufschmiedin Kerstin Vogl arbeitet seit dreißig Jahren. " + _DE * 2 + "\n\n"
            "Vogls Sohn Lukas lernt seit dem Sommer bei ihr. „Ich wollte das immer machen“, sagt er.",
            {"Ich wollte das": "Lukas Vogl"},
        ),
        (
            "Die Bäuerin Anna Huber führt den Hof. " + _DE * 2 + "\n\n"
            "Hubers Tochter Mia hilft im Stall. „Die Kühe kennen mich“, sagt sie.",
            {"Die Kühe kennen": "Mia Huber"},
        ),
        (
            "Der Wirt Peter Kern kocht selbst. " + _DE * 2 + "\n\n"
            "Kerns Bruder Tobias Kern bedient. „Wir sind ausgebucht“, sagt er.",
            {"Wir sind ausgebucht": "Tobias Kern"},
        ),
    ],
)
def test_a_german_relative_named_after_the_familys_genitive_takes_its_surname(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


_EN = "The council raised the mooring fees in April for the third time in two years, and many boaters were angry. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _EN + '\n\nOne pensioner on a green boat called Kingfisher said the fee was "the last straw". '
            '"I will have to sell up in the spring," he said.',
            {"the last straw": None, "I will have": None},
        ),
        (
            _EN + '\n\nA skipper on the ferry Kestrel Star said the fee was "a scandal". "We cannot pay it," he said.',
            {"a scandal": None, "We cannot pay": None},
        ),
        (
            _FR * 2 + "\n\nUne grand-mère venue chercher son petit-fils devant l'école Jean-Moulin résume : "
            "« Du bio à la cantine, c'est mieux que rien. »",
            {"Du bio à": None},
        ),
        (
            _ES * 2 + "\n\nUn padre que esperaba a su hija en la puerta del colegio Miguel Hernández resume: "
            "«Los niños comen mejor que nunca».",
            {"Los niños comen": None},
        ),
        (
            _DE * 2 + "\n\nEin Fischer auf einem Kutter namens Möwe sagte: „Wir fahren morgen wieder raus.“",
            {"Wir fahren morgen": None},
        ),
        (
            # (a person after a naming word is named: "a man called Tom Reed")
            _EN + '\n\nA man called Tom Reed said the fee was "a scandal". "We cannot pay it," he said.',
            {"a scandal": "Tom Reed", "We cannot pay": "Tom Reed"},
        ),
    ],
)
def test_a_place_a_building_or_a_vessel_named_after_its_noun_is_no_speaker(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _ES * 2 + "\n\nUna vecina de Valle de Lago, que prefiere no dar su nombre, lo cuenta entre risas: "
            "«El oso se comió mis manzanas y yo me quedé sin compota».",
            {"El oso se": None},
        ),
    ],
)
def test_a_possessive_of_any_gender_before_a_noun_for_no_person_is_no_speaker(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # an author box: a full name alone on its line is no one the story is about
            _paragraphs(
                "Bell ringers mark the church's 700th year",
                "Sunil Varma",
                "The tower captain, Ruth Holgate, organised the attempt with her father-in-law, Peter Holgate, who "
                'rang in the 1987 peal. "Two hours in, my arms were screaming," she said.',
                'The 81-year-old was the calmest in the tower. "I have rung this peal twice," he said.',
            ),
            {"Two hours in,": "Ruth Holgate", "I have rung": "Peter Holgate"},
        ),
        (
            # a month after a noun is a date, no one's name
            _paragraphs(
                "Der Hersteller Velmond schickt 400 Beschäftigte in Kurzarbeit. " + _DE * 2,
                "Der Betriebsrat Jens Kurz war dagegen. Die Kurzarbeit gelte zunächst bis Ende März. „Die Löhne "
                "werden aufgestockt“, sagte er.",
            ),
            {"Die Löhne werden": "Jens Kurz"},
        ),
        (
            # (a weekday ends many a German surname)
            _paragraphs(
                _DE * 2 + "Regisseurin Mareike Sonntag hat das Stück gebracht.",
                "„Ich wollte keine Pause“, sagte Sonntag nach der Vorstellung.",
            ),
            {"Ich wollte keine": "Mareike Sonntag"},
        ),
        (
            # an unnamed spokeswoman of the company just named speaks its words
            _paragraphs(
                "Die hessische Velmond GmbH schickt vom Januar an rund 400 ihrer 1100 Beschäftigten in Kurzarbeit. "
                "Grund sei die schwache Nachfrage nach Rädern, teilte das Unternehmen am Dienstag mit.",
                "Eine Unternehmenssprecherin sagte, die Kurzarbeit gelte bis zum Frühjahr. „Die Löhne werden "
                "aufgestockt“, sagte sie.",
            ),
            {"Die Löhne werden": "Velmond GmbH"},
        ),
        (
            _paragraphs(
                "The Welsh Government announced the closure of the crossing on Monday after a review of its safety.",
                'A government spokesperson said the decision was final. "The bridge will not reopen," she said.',
            ),
            {"The bridge will": "Welsh Government"},
        ),
    ],
)
def test_bylines_dates_and_unnamed_spokespeople(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


# An unnamed subject after a phrase opening the sentence without a comma (no one named before it).
_UNNAMED_AFTER_OPENING = [
    (
        _paragraphs(
            "Derek Wainwright, the parish chair, said the quarry would swallow the hill. " + _EN,
            'Outside the hall one dog walker held a placard. "It was a hill when I was a boy," he said.',
        ),
        {"It was a": None},
    ),
    (
        _paragraphs(
            "Mayor Ann Example defended the plan before the council on Monday night. " + _EN,
            'Outside a school one parent held a sign. "We will not move," she said.',
        ),
        {"We will not": None},
    ),
    (
        _paragraphs(
            "La maire Anne Exemple a défendu le projet devant le conseil. " + _FR * 2,
            "Devant la mairie une retraitée brandissait une pancarte. « Nous ne partirons pas », a-t-elle dit.",
        ),
        {"Nous ne partirons": None},
    ),
    (
        _paragraphs(
            "La alcaldesa Ana Ejemplo defendió el proyecto ante el pleno. " + _ES * 2,
            "Ante el ayuntamiento una jubilada sostenía una pancarta. «No nos vamos a ir», dijo ella.",
        ),
        {"No nos vamos": None},
    ),
    (
        _paragraphs(
            "Bürgermeisterin Anna Beispiel verteidigte das Projekt. " + _DE * 2,
            "Vor dem Rathaus hielt eine Rentnerin ein Schild hoch. „Wir gehen nicht“, sagte sie.",
        ),
        {"Wir gehen nicht": None},
    ),
    (
        # (a name before the indefinite words is the subject)
        _paragraphs(
            "Mayor Paul Example defended the plan before the council on Monday night. " + _EN,
            'After the vote Example told a reporter it was a good day. "We won," he said.',
        ),
        {"We won": "Paul Example"},
    ),
    (
        # (the opening word's own object is no subject: "In einem Statement")
        _paragraphs(
            "FDP-Generalsekretär Bijan Beispiel musste sich bemühen. " + _DE * 2,
            "In einem Statement sagte der 48-Jährige: „Ich habe falsch informiert.“",
        ),
        {"Ich habe falsch": "Bijan Beispiel"},
    ),
]


# The author of a document the sentence names is what it is about next.
_AUTHORS = [
    (
        _paragraphs(
            _DE * 2 + "Manuel Gerres teilt Neuigkeiten.",
            "Jüngst hat der Artikel „Warum ein CEO nicht twittern sollte“ von Jürgen Braatz für Furore gesorgt.",
            "Er argumentiert darin, Chefs seien „nicht im richtigen Verhalten geschult“.",
        ),
        {"nicht im richtigen": "Jürgen Braatz"},
    ),
    (
        _paragraphs(
            "Mayor Tom Example opened the bridge on Monday. " + _EN,
            'A report by John Roe found the bridge unsafe last year. "We warned them," he said.',
        ),
        {"We warned them": "John Roe"},
    ),
    (
        # (an agent after no document or work is no author: the sentence is about the bridge)
        _paragraphs(
            "Mayor Tom Example opened the bridge on Monday. " + _EN,
            'The bridge was inspected by John Roe last year. "We warned them," he said.',
        ),
        {"We warned them": "Tom Example"},
    ),
]


# A name nothing showed to be a person is the business a generic noun finds.
_UNKNOWN_BODIES = [
    (
        _paragraphs(
            "LEYBURN: A planning inspector has begun hearing evidence on whether Greyscar Aggregates may dig "
            "limestone from a further 38 hectares of moorland above the village.",
            'The company says the extension would protect 64 jobs. They argue that the site "will be restored to '
            'heather moorland" once digging ends.',
        ),
        {"will be restored": "Greyscar Aggregates"},
    ),
    (
        _paragraphs(
            _ES * 2 + "El juez debe decidir si Verdeluz Industrias podrá ampliar su planta del valle.",
            "«El terreno será restaurado», asegura la empresa.",
        ),
        {"El terreno será": "Verdeluz Industrias"},
    ),
    (
        # (in German the noun before the name says what the body is: "Fahrradhersteller")
        _paragraphs(
            "Der hessische Fahrradhersteller Velmond schickt vom Januar an rund 400 Beschäftigte in Kurzarbeit. "
            "Grund sei die schwache Nachfrage nach Rädern.",
            "„Die Löhne werden aufgestockt“, teilte das Unternehmen mit.",
        ),
        {"Die Löhne werden": "Velmond"},
    ),
    (
        # (a full name opened by a known first name is a person, never the company)
        _paragraphs(
            "The inspector heard from Tom Harland on Monday about the plan to dig the moorland.",
            '"The site will be restored," the company said.',
        ),
        {"The site will": "company"},
    ),
]


# A noun for any office holder is the one holder of a public role the text is about.
_OFFICE_HOLDERS = [
    (
        _paragraphs(
            _FR * 2,
            "« C'est un engagement que nous avions pris », a rappelé la maire, Isabelle Fontaine. L'élue a "
            "ensuite détaillé le coût : « Le repas coûtera 3,40 € aux familles. »",
        ),
        {"Le repas coûtera": "Isabelle Fontaine"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "«Es un compromiso», recordó la alcaldesa, Lucía Herrero. La edil detalló después el coste: «El menú "
            "costará 3,40 euros».",
        ),
        {"El menú costará": "Lucía Herrero"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "„Das ist ein Versprechen“, sagte Bürgermeisterin Anna Beispiel. Die Politikerin nannte dann die "
            "Kosten: „Das Essen kostet 3,40 Euro.“",
        ),
        {"Das Essen kostet": "Anna Beispiel"},
    ),
    (
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            '"It is a promise we made," said Mayor Ann Example. The politician then set out the cost: "A meal '
            'will cost £2."',
        ),
        {"A meal will": "Ann Example"},
    ),
    (
        # (someone with no public role is no politician)
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            '"It is a promise we made," said Ann Example, a parent. The politician then set out the cost: "A meal '
            'will cost £2."',
        ),
        {"A meal will": "politician"},
    ),
]


@pytest.mark.parametrize(("text", "want"), [*_UNNAMED_AFTER_OPENING, *_AUTHORS, *_UNKNOWN_BODIES, *_OFFICE_HOLDERS])
def test_openings_authors_businesses_and_office_holders(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


# Round 17: the names of bodies and people kept whole, kin by any possessive, a work's title no one.
_ROUND_17 = [
    (
        # (a title that is also a first name, after another title and before one surname, is the first name)
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            'Insp Dean Morrow, who led the search, spoke to reporters. "We found the boat at dawn," he said.',
        ),
        {"We found the": "Dean Morrow"},
    ),
    (
        # (a name after a title in lower case is apposed to the description opening the sentence)
        _paragraphs(
            _ES * 2,
            "El capataz, Manuel Vera, habló con los costaleros. «Estos chavales llevan meses ensayando», contó el "
            "capataz.",
            "El párroco, don Tomás Ruiz, celebró una misa. «Rezamos por la lluvia», dijo el sacerdote.",
        ),
        {"Rezamos por la": "Tomás Ruiz"},
    ),
    (
        # (an adjective after its noun: "el guarda forestal" is the one called "el guarda")
        _paragraphs(
            _ES * 2,
            "El guarda forestal, Luis Pardo, vigila el monte. El alcalde, Tomás Ruiz, celebró el pleno. «El fuego "
            "empezó de noche», dijo el guarda forestal.",
        ),
        {"El fuego empezó": "Luis Pardo"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Le garde champêtre, Louis Pradel, surveille les bois. Le maire, Jean Morel, a ouvert la séance. « Le "
            "feu a pris la nuit », a expliqué le garde champêtre.",
        ),
        {"Le feu a": "Louis Pradel"},
    ),
    (
        # (a possessive that tells no owner's gender: the kin of the person the text is about)
        _paragraphs(
            _FR * 2,
            "Anne et Marc Brunel tiennent la boulangerie. « Nous ouvrons à cinq heures », raconte Marc Brunel. Sa "
            "compagne renchérit : « Et nous fermons à midi. »",
        ),
        {"Nous ouvrons à": "Marc Brunel", "Et nous fermons": "Anne Brunel"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Ana y Luis Pérez llevan la panadería. «Abrimos a las cinco», cuenta Luis Pérez. Su esposa lo matiza: "
            "«Y cerramos a mediodía.»",
        ),
        {"Y cerramos a": "Ana Pérez"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Bürgermeisterin Katrin Vogt verteidigt den Plan. „Das war nötig“, sagt sie. Anna und Peter Huber führen "
            "die Bäckerei. „Wir öffnen um fünf“, sagt Herr Huber. Seine Frau sieht es "
            "anders: „Wir schließen zu spät.“",
        ),
        {"Wir öffnen um": "Peter Huber", "Wir schließen zu": "Anna Huber"},
    ),
    (
        # (a kin noun that tells no gender finds the one other person of the owner's surname)
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            'Lucy and Tom Girard run the bakery. "We open at five," said Tom Girard. His partner added: "We close at '
            'noon."',
        ),
        {"We close at": "Lucy Girard"},
    ),
    (
        # (a possessive kin noun right before a full name is a role before a name, no description of someone else)
        _paragraphs(
            _FR * 2,
            "Inès Morel, 19 ans, a gagné la finale. « J'ai attendu trois ans », a-t-elle dit. Sa sœur Léa Morel, 17 "
            "ans, avait perdu le matin. « Je suis contente pour elle », a soufflé la cadette.",
        ),
        {"Je suis contente": "Léa Morel"},
    ),
    (
        # (a German compound ending in a body noun names a body, place and all)
        _paragraphs(
            "Anwohner klagen über Umwege, das Elternbündnis feiert. " + _DE * 2,
            "Das Elternbündnis Oberfeld teilte mit, die Zahl der Kinder habe sich „seit Mai verdoppelt“.",
        ),
        {"seit Mai verdoppelt": "Elternbündnis Oberfeld"},
    ),
    (
        # (an adjective of a body's name, its article dropped, takes its own ending)
        _paragraphs(
            _DE * 2,
            "Der Bayerische Bäckerverband erklärte, der Engpass betreffe „jede dritte Backstube im Land“. Der "
            "Verband sagte zudem: „Wir haben früh gewarnt.“",
        ),
        {"jede dritte Backstube": "Bayerischer Bäckerverband", "Wir haben früh": "Bayerischer Bäckerverband"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "La Coopérative des Vergers du Lot a publié son bilan. La coopérative prévient que « les pommes "
            "manqueront dès mars ».",
        ),
        {"les pommes manqueront": "Coopérative des Vergers du Lot"},
    ),
    (
        # (a plural noun for people opening the sentence before a body's name is no part of it)
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            'Receivers Northgate Recovery said the firm was "no longer able to pay its staff".',
        ),
        {"no longer able": "Northgate Recovery"},
    ),
    (
        # (a work's title apposed to a person's work is no one a pronoun finds)
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            'Arthur Pell set puzzles for forty years. Readers knew him only as "Owl"; his collection of riddles, Crooked '
            "Answers, sold out twice.",
            'He liked to explain his craft. "A riddle is a door left ajar," he said.',
        ),
        {"A riddle is": "Arthur Pell"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Paul Mercier a écrit des grilles pendant trente ans. Les lecteurs le connaissaient sous le nom de « Hibou » "
            "; son recueil, Mots Perdus, s'est vendu deux fois.",
            "Il aimait expliquer son métier. « Une définition est un petit mensonge », a-t-il dit.",
        ),
        {"Une définition est": "Paul Mercier"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Julián Sanz escribió durante años. Los lectores lo conocían como «Búho»; su libro, Cartas Perdidas, se "
            "agotó dos veces.",
            "Le gustaba explicar su oficio. «Un libro es una visita», dijo él.",
        ),
        {"Un libro es": "Julián Sanz"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROUND_17)
def test_names_kept_whole_kin_by_any_possessive_and_works_named_no_one(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


def test_a_body_name_without_its_article_takes_the_adjectives_own_ending() -> None:
    assert body_name("Der Bayerische Bäckerverband", "de") == "Bayerischer Bäckerverband"
    assert body_name("Das Fränkische Institut", "de") == "Fränkisches Institut"
    assert body_name("Die Sächsische Stiftung", "de") == "Sächsische Stiftung"
    assert body_name("The Royal Institute", "en") == "Royal Institute"


# Round 17, from tune set 21: who a German "vom" run, a title, a generic body noun and a clause stand for.
_ROUND_17_TUNE_21 = [
    (
        # (a name before "vom" and a body keeps the name; a German compound ending in "-bund" is a body)
        _paragraphs(
            _DE * 2,
            "Sabine Lorenz vom Mieterbund Nordküste sagt, Familien suchten lange. „Wir haben Mitglieder ohne "
            "Wohnung“, sagt sie.",
        ),
        {"Wir haben Mitglieder": "Sabine Lorenz"},
    ),
    (
        # (a compound ending in a body word finds the body whose name ends in it)
        _paragraphs(
            _DE * 2,
            "Die Bauern demonstrierten vor der Bodensee Molkerei. Die Molkerei verteidigt den Schritt. „Wir zahlen "
            "52 Cent“, hieß es in einer Mitteilung.",
        ),
        {"Wir zahlen 52": "Bodensee Molkerei"},
    ),
    (
        # (a determiner before words in lower case only, in German, holds no noun: a clause, no one)
        _paragraphs(
            _DE * 2,
            "Eine Verkäuferin aus Lindow, die anonym bleiben möchte, sagt: „Ich pendle jeden Tag eine Stunde.“",
        ),
        {"Ich pendle jeden": None},
    ),
    (
        _paragraphs(
            "The council met on Monday night to vote on the school meals contract, which was approved.",
            'The vicar, the Rev Canon Ruth Adeyemi, opened the appeal. Canon Adeyemi said the parish "will ask for '
            'what people can spare".',
        ),
        {"will ask for": "Ruth Adeyemi"},
    ),
    (
        # (a generic body noun: the one body this paragraph named, though the page named another above)
        _paragraphs(
            "Wessex Today, the county's news channel, reported the figures on Monday night.",
            "Harbour Stores, which has 40 branches, rejected the findings. In a statement the chain said its app "
            'was "free and open to everyone".',
        ),
        {"free and open": "Harbour Stores"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROUND_17_TUNE_21)
def test_bodies_titles_and_clauses_of_tune_set_21(text: str, want: dict[str, str | None]) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Drivers deserve better roads, said the Wessex Motorists' Association on Friday.", "Wessex Motorists' Association"),
        ("Die britische Kent Farmers’ Union Federation erklärte am Montag, die Preise seien gefallen.", "Kent Farmers’ Union Federation"),
        ("Les prix à la ferme baissent encore, selon la Kent Farmers' Union.", "Kent Farmers' Union"),
        ("Los precios han caído, afirmó la Kent Teachers' Association en Londres.", "Kent Teachers' Association"),
    ],
)
def test_a_plural_owner_inside_a_body_name_keeps_the_whole_name(text: str, want: str) -> None:
    assert want in re.findall(NAME_RUN, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Democrats' Nancy Pelosi said the bill would pass.",
        "Laut dem Sprecher der Republicans' Mitch McConnell war die Abstimmung knapp.",
        "James' Vertreter Hans Ott sagte nichts.",
    ],
)
def test_a_plural_owner_before_a_person_is_no_part_of_the_name(text: str) -> None:
    assert not any("'" in name for name in re.findall(NAME_RUN, text))


# Round 18: a description and a cue verb opening a sentence inside a paragraph (not only the paragraph's first) is what
# the sentence is about: a name later in that sentence is no topic.
_DESCRIBED_SUBJECTS = [
    (
        _paragraphs(
            _DE * 2,
            "Ministerin Anna Roth besuchte am Montag mit Julia Berg das Werk. Die Ministerin sagte, Berg habe die Linie "
            "durch den Streik gebracht. „Wir öffnen die zweite Halle im März“, sagte sie.",
        ),
        {"Wir öffnen die": "Anna Roth"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "La ministra Ana Ruiz visitó la planta el lunes con Julia Vega. La ministra dijo que Vega había mantenido "
            "la línea durante la huelga. «Reabriremos la segunda nave en marzo», añadió ella.",
        ),
        {"Reabriremos la segunda": "Ana Ruiz"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Le ministre Paul Roux a visité l'usine lundi avec Marc Dubois. Le ministre a déclaré que Dubois avait tenu "
            "la ligne pendant la grève. « Nous rouvrirons la deuxième halle en mars », a-t-il ajouté.",
        ),
        {"Nous rouvrirons la": "Paul Roux"},
    ),
    (
        "Minister Tom Hale visited the plant with Mark Dunn on Monday. The minister said Dunn, a welder for thirty "
        'years, had kept the line running. "We will reopen the second hall in March," he said.',
        {"We will reopen": "Tom Hale"},
    ),
    (
        # (a title before a surname still tells two namesakes apart inside a paragraph)
        _paragraphs(
            _ES * 2,
            "La jefa del servicio es la doctora Carmen Aguado. La delegada sindical, Rocío Aguado, contó 41 pacientes. "
            "La doctora Aguado respondió después: «Esto no es una punta de gripe, es lo de todos los inviernos».",
        ),
        {"Esto no es": "Carmen Aguado"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESCRIBED_SUBJECTS)
def test_a_description_and_a_cue_verb_opening_any_sentence_are_its_subject(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


def _assert_reported(said: dict[str, str | None], want: dict[str, str | None]) -> None:
    """Each quote of ``want`` is reported (a None there is a speaker, not a quote missed) and credited as wanted."""
    assert set(want) <= set(said)
    assert {words: said[words] for words in want} == want


def _said_in_markdown(text: str) -> dict[str, str | None]:
    """The first words of each quote of a Markdown draft -> its resolved speaker."""
    document = from_text(text, "article.md", Format.MARKDOWN)
    return {" ".join(q.text.split()[:3]): q.speaker for q in find_quotes(document, blocks(document))}


# Round 18: a draft's front matter names who wrote and published it ("author:", "publication:", "média:"), never whom
# the story is about, and credits no one; a possessive description in the lead ("promet sa directrice") is the person
# the lead then gives that role, and a role before "de l'" and a name is of that name, no role of its.
_FRONT_MATTER_DRAFTS = [
    (
        "---\ntitle: \"Tom Reyes: 'Nobody wanted a goalkeeper that small'\"\ndate: 2026-11-30\nauthor: Six Yard "
        "Podcast team\npublication: Six Yard Podcast (show notes and transcript)\nnote: Show notes.\n---\n\n# Episode "
        '40: Tom Reyes — "Nobody wanted a goalkeeper that small"\n\nTom Reyes, 31, has kept goal for Harbour City '
        "since 2019. On this week's show he tells us how a scout sent him home from his first trial, and how he came "
        "back to win the cup twice.\n",
        {"Nobody wanted a": None},
    ),
    (
        "---\ntitre: \"Opéra de Sète\"\ndate: 2026-11-30\nauteur: Marc Vidal\nmédia: Radio Hérault Info\n---\n\n"
        "# Opéra de Sète : « Nous ne fermerons pas », promet sa directrice\n\n**Invitée de notre matinale ce lundi, "
        "Anne Roux, directrice de l'Opéra de Sète, a répondu aux critiques après la baisse de la subvention.**\n\nLa "
        "région a annoncé la semaine dernière une baisse de 30 % de son aide, et la saison prochaine sera plus courte.\n",
        {"Nous ne fermerons": "Anne Roux"},
    ),
    (
        "---\ntitel: \"Fähre Lindau bleibt\"\ndatum: 2026-11-30\nautorin: Jana Lenz\nmedium: Radio Bodensee\n---\n\n"
        "# Fähre Lindau bleibt\n\nDas Land hat in der vergangenen Woche die Zuschüsse für die Fähre um ein Drittel "
        "gekürzt, und der Fahrplan wird im Winter dünner. „Wir fahren weiter, auch im Winter und bei Sturm“, sagte "
        "sie.\n",
        {"Wir fahren weiter,": None},
    ),
    (
        "---\ntítulo: \"Puerto de Vigo\"\nfecha: 2026-11-30\nautora: Inés Calvo\nmedio: Radio Ría Noticias\n---\n\n"
        "# El puerto de Vigo sigue abierto\n\nLas autoridades anunciaron la semana pasada un recorte del treinta por ciento en "
        "las cuotas, y la temporada de invierno será más corta. «Seguiremos pescando cada día del año», dijo ella.\n",
        {"Seguiremos pescando cada": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), _FRONT_MATTER_DRAFTS)
def test_front_matter_credits_no_one_and_a_lead_description_finds_its_holder(
    text: str, want: dict[str, str | None]
) -> None:
    _assert_reported(_said_in_markdown(text), want)


# Round 18: a label "Name, role, place:" or "Name, role for something, body:" before a quote credits the person it opens
# on, not the place or the body closing it; a name after a preposition is no subject of the cue verb after it ("an den
# Netzbetreiber GlasNet Nord geschrieben").
_LABELS_AND_OBJECTS = [
    (
        "## What they said\n\n- **Graham Pike, parish councillor, Fordingbridge:** \"The villages along the road will "
        'finally be able to sleep at night."\n- **Ruth Mayhew, cabinet member for highways, Wessex Council:** "We will '
        'review every camera after two years."\n',
        {"The villages along": "Graham Pike", "We will review": "Ruth Mayhew"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Stimmen zum Spiel",
            "Jens Albers, Trainer, Lindenau: „Nach dem zweiten Satz habe ich kein Wort über Taktik verloren.“",
        ),
        {"Nach dem zweiten": "Jens Albers"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Ce qu'ils en disent",
            "Anne Roux, conseillère municipale, Sète : « Les quais seront enfin rendus aux piétons cet été. »",
        ),
        {"Les quais seront": "Anne Roux"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Lo que dijeron",
            "Ana Ruiz, concejala de Movilidad, Ayuntamiento de Cádiz: «Los muelles serán por fin para los peatones».",
        ),
        {"Los muelles serán": "Ana Ruiz"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Landrätin Birgit Hoffmann hat deshalb einen Brief an den Netzbetreiber GlasNet Nord geschrieben. „Wir "
            "reden hier über 12.000 Haushalte, die bezahlt haben“, sagte sie.",
        ),
        {"Wir reden hier": "Birgit Hoffmann"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "La maire Anne Berger perd patience. La lettre envoyée à Fibre Nord affirme que les foyers attendent depuis "
            "un an. « Nous parlons de 12 000 foyers qui ont payé et n'ont rien reçu », a-t-elle déclaré.",
        ),
        {"Nous parlons de": "Anne Berger"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "La alcaldesa Ana Berga ha perdido la paciencia. La carta enviada a Fibra Norte afirma que los hogares "
            "esperan desde hace un año. «Hablamos de 12.000 hogares que pagaron y no recibieron nada», dijo ella.",
        ),
        {"Hablamos de 12.000": "Ana Berga"},
    ),
    (
        "Mayor Anna Berg has lost patience. The letter she sent to Fibrelink North says the homes have waited a year. "
        '"We are talking about 12,000 homes that paid and got nothing," she said.',
        {"We are talking": "Anna Berg"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _LABELS_AND_OBJECTS)
def test_labels_credit_the_person_they_open_on_and_objects_are_no_subjects(
    text: str, want: dict[str, str | None]
) -> None:
    _assert_reported(_said_in_markdown(text), want)


# Round 18: a German article that is also a relative pronoun, before a determiner, a possessive or a pronoun, opens a
# clause, no description ("der seinen Namen nicht nennen wollte"); a title word alone is the surname of the person named
# in full with it ("Pastor" of Andrés Pastor); a neighbourhood's name after its noun is no one ("la colonia Santa
# María", "le quartier Saint-Michel", "die Siedlung Lindenhof").
_CLAUSES_SURNAMES_PLACES = [
    (
        _paragraphs(
            _DE * 2,
            "Trainer Jens Albers lobte sein Team. Ein Zuschauer aus Hohenfeld, der seinen Namen nicht nennen wollte, "
            "meinte: „Die Schiedsrichter haben heute mitgespielt.“",
        ),
        {"Die Schiedsrichter haben": None},
    ),
    (
        _paragraphs(
            _FR * 2,
            "L'entraîneur Jean Albert a salué son équipe. Un spectateur, qui n'a pas voulu donner son nom, a lancé : "
            "« Les arbitres ont joué avec eux ce soir. »",
        ),
        {"Les arbitres ont": None},
    ),
    (
        "Coach Jim Albers praised his team. One fan, who would not give his name, said: \"The referees played for "
        'them tonight."',
        {"The referees played": None},
    ),
    (
        "Richard Dean runs the farm. Tom Hill sells the milk. Dean told me the winter had been hard. \"We lost six "
        'ewes in one night," he said.',
        {"We lost six": "Richard Dean"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Thomas Graf führt den Hof. Jan Weber verkauft die Milch. Graf erzählte, der Winter sei hart gewesen. „Wir "
            "haben sechs Schafe verloren“, sagte er.",
        ),
        {"Wir haben sechs": "Thomas Graf"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Andrés Pastor lleva la granja. Tomás Gil vende la leche. Pastor cuenta que el invierno fue duro. «Perdimos "
            "seis ovejas en una sola noche de enero», dijo.",
        ),
        {"Perdimos seis ovejas": "Andrés Pastor"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Claude Juge tient la ferme. Paul Martin vend le lait. Juge raconte que l'hiver a été dur. « Nous avons "
            "perdu six brebis en une seule nuit », a-t-il dit.",
        ),
        {"Nous avons perdu": "Claude Juge"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Vecinos de la colonia Santa María, quienes pidieron omitir sus nombres, señalaron: «Aquí nunca se ha "
            "escuchado la alarma, ni en simulacro ni en sismo».",
        ),
        {"Aquí nunca se": None},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Dans le quartier Saint-Michel, la sirène n'a pas sonné. Saint-Michel a déclaré : « Ici, personne n'a "
            "jamais entendu la sirène. »",
        ),
        {"Ici, personne n'a": None},
    ),
    (
        _paragraphs(
            _DE * 2,
            "In der Siedlung Lindenhof blieb die Sirene stumm. Lindenhof sagte: „Hier hat noch nie jemand die Sirene "
            "gehört.“",
        ),
        {"Hier hat noch": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), _CLAUSES_SURNAMES_PLACES)
def test_relative_clauses_titled_surnames_and_neighbourhoods(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 18, from tune set 22: a lone first name after a possessive kin noun whose owner the same sentence named in full
# takes the family's surname ("Gérard Lemaire, 68 ans, et son fils Kevin": "son fils" is Kevin Lemaire); "Me" (maître)
# before a name is a lawyer's title; a bare plural for critics ("Campaigners say") names no one.
_KIN_LAWYERS_CRITICS = [
    (
        "The session at the town hall went on late into the evening, and a lot was said about the town's money. Ruth "
        "Abernathy sat in the front row with her son Daniel, 19. Her son spoke first to the panel. \"We want answers "
        'about that night," he said.',
        {"We want answers": "Daniel Abernathy"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Gerd Wohlfahrt saß mit seinem Sohn Jonas in der ersten Reihe. „Wir wollen Antworten über diese Nacht“, "
            "sagte der Sohn.",
        ),
        {"Wir wollen Antworten": "Jonas Wohlfahrt"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Gérard Lemaire, 68 ans, et son fils Kevin, 41 ans, étaient à la barre. Son fils a reconnu des négligences. "
            "« Mon père ne savait même pas ce qu'était un détecteur », a-t-il lancé.",
        ),
        {"Mon père ne": "Kevin Lemaire"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Javier Sanz llegó con su hermano Jorge al pleno. Su hermano habló primero. «Queremos respuestas sobre "
            "aquella noche», dijo él.",
        ),
        {"Queremos respuestas sobre": "Jorge Sanz"},
    ),
    # A partner often bears another surname, and kin of an owner with two surnames one the name does not make plain:
    # the first name stays alone; a particle belongs to the surname.
    (
        "The session at the town hall went on late into the evening, and a lot was said about the town's money. Ruth "
        "Abernathy sat in the front row with her boyfriend Daniel. \"We want answers about that night,\" Daniel said.",
        {"We want answers": "Daniel"},
    ),
    (
        _paragraphs(_ES * 2, "Javier Sanz Pérez llegó con su novia Lucía al pleno. «Queremos respuestas», dijo Lucía."),
        {"Queremos respuestas": "Lucía"},
    ),
    (
        _paragraphs(_ES * 2, "Javier Sanz Pérez llegó con su hermano Jorge al pleno. «Queremos respuestas», dijo Jorge."),
        {"Queremos respuestas": "Jorge"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Maïwenn Le Goff, 52 ans, et son fils Kevin étaient à la barre. « Ma mère ne savait rien », a lancé Kevin.",
        ),
        {"Ma mère ne": "Kevin Le Goff"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Pour la défense, Me Hugo Benali a plaidé l'inexpérience. Le tribunal a rendu sa décision le soir même. À "
            "la sortie de l'audience, l'avocat a réagi : « Nous excluons de faire appel. »",
        ),
        {"Nous excluons de": "Hugo Benali"},
    ),
    (
        "Households on prepayment meters are promised £150 by Energy Minister Helen Achebe. Campaigners say it is "
        '"too little, too late for families who are already in debt".',
        {"too little, too": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), _KIN_LAWYERS_CRITICS)
def test_kin_with_a_first_name_lawyers_titles_and_unnamed_critics(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 18, from blind-21: the agent of a passive whom a relative clause introduces ("was welcomed by Anne Whitcombe,
# whose son ...", "wurde von Anne Weber, deren Sohn ..., begrüßt") is what the text is about next, though named after a
# preposition: the next "she" is her.
_PASSIVE_AGENTS = [
    (
        "The session at the town hall went on late into the evening, and a lot was said about money. The chair, Priya "
        "Natarajan, said the routes were chosen on evidence. The scheme was welcomed by Anne Whitcombe, whose son was "
        'killed on the road in 2024. "It is too late for Daniel, but not for someone else," she said.',
        {"It is too": "Anne Whitcombe"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Die Vorsitzende Petra Lang verteidigte die Pläne. Das Vorhaben wurde von Anne Weber, deren Sohn auf der "
            "Straße starb, begrüßt. „Für Daniel ist es zu spät, aber nicht für andere“, sagte sie.",
        ),
        {"Für Daniel ist": "Anne Weber"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "La présidente Claire Roux a défendu le projet. Le projet a été salué par Anne Weber, dont le fils est mort "
            "sur cette route. « Pour Daniel, c'est trop tard, mais pas pour les autres », a-t-elle dit.",
        ),
        {"Pour Daniel, c'est": "Anne Weber"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "La presidenta Clara Ruiz defendió el plan. El plan fue recibido por Ana Weber, cuyo hijo murió en esa "
            "carretera. «Para Daniel es tarde, pero no para los demás», dijo ella.",
        ),
        {"Para Daniel es": "Ana Weber"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _PASSIVE_AGENTS)
def test_the_agent_of_a_passive_is_what_the_sentence_is_about(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 18, from blind-21: a word after a surname that tells a parent from the child of the same name ("Mr Ellery
# senior", "Keller junior", "Lemaire père", "Sanz hijo") picks the namesake given as no one's child, or the one given
# as a son or daughter.
_NAMESAKES_BY_AGE = [
    (
        "The session at the town hall went on late into the evening, and a lot was said about the money. Martin Ellery "
        "owns the team. His son, Aled Ellery, is its captain. Mr Ellery senior said the family would \"look at every "
        'option open to us".',
        {"look at every": "Martin Ellery"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Martin Keller führt den Betrieb. Sein Sohn, Jonas Keller, ist dort Meister. Keller senior sagte, man werde "
            "„jede Möglichkeit prüfen, die wir haben“. Keller junior sagte, er werde „den Betrieb nicht aufgeben“.",
        ),
        {"jede Möglichkeit prüfen,": "Martin Keller", "den Betrieb nicht": "Jonas Keller"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Gérard Lemaire dirige l'entreprise. Son fils, Kevin Lemaire, en est le gérant. Lemaire père a déclaré "
            "qu'il allait « étudier toutes les options possibles ».",
        ),
        {"étudier toutes les": "Gérard Lemaire"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Javier Sanz dirige el taller. Su hijo, Jorge Sanz, es el encargado. Sanz padre aseguró que la familia va a "
            "«estudiar todas las opciones posibles».",
        ),
        {"estudiar todas las": "Javier Sanz"},
    ),
    # Round 19: the same words before the surname, after a determiner ("The elder Pike", "le fils Morel", "der jüngere
    # Huber"): the sentence is about that namesake, so the pronoun of its cue finds them, not the one named last.
    (
        "The session at the town hall went on late into the evening, and a lot was said about the money. Harold Pike "
        'runs the store. His son, Owen Pike, keeps the books. "We sell fewer nails now," Owen said.\n\n'
        'The elder Pike shrugs at that. "They still come back when the drill breaks," he said.',
        {"We sell fewer": "Owen Pike", "They still come": "Harold Pike"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Gérard Morel tient la boulangerie. Son fils, Julien Morel, fait les livraisons. « On vend moins de pain "
            "qu'avant », a dit Gérard Morel.",
            "Le fils Morel n'est pas d'accord. « Les clients reviennent toujours », a-t-il assuré.",
        ),
        {"On vend moins": "Gérard Morel", "Les clients reviennent": "Julien Morel"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Hans Huber führt die Schreinerei. Sein Sohn, Felix Huber, macht die Buchhaltung. „Wir verkaufen weniger "
            "Möbel als früher“, sagte Hans Huber.",
            "Der jüngere Huber sieht das anders. „Die Kunden kommen trotzdem wieder“, sagte er.",
        ),
        {"Wir verkaufen weniger": "Hans Huber", "Die Kunden kommen": "Felix Huber"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _NAMESAKES_BY_AGE)
def test_a_word_after_a_surname_tells_parent_and_child_apart(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


@pytest.mark.parametrize(
    ("source", "want"),
    [("In der Frankfurter Rundschau heißt es", "Rundschau"), ("Im Weser-Kurier heisst es", None)],
)
def test_an_impersonal_cue_after_a_publication_is_never_the_paper_before(source: str, want: str | None) -> None:
    # (German alone has impersonal cues: "heißt es"; the paper named in the place phrase speaks, never the one before)
    # (a press review: one paragraph per paper)
    text = _paragraphs(
        _DE * 2,
        "Die „Harzer Volksstimme“ meint: „Die Ministerin hat recht, eine moderne Polizei braucht moderne Räume.“",
        f"{source}: „Mit 300 Anwärtern im Jahr war Lindenau nie ein kleiner Standort.“",
    )
    _assert_reported(_said(text), {"Die Ministerin hat": "Harzer Volksstimme", "Mit 300 Anwärtern": want})


def test_a_hyphenated_german_compound_names_the_role_of_its_last_part() -> None:
    # "Der AfD-Mann Helmut Seifen" makes him "der AfD-Mann", as "CDU-Chef" (a compound ending in a title) did
    text = _paragraphs(
        "Der AfD-Mann Helmut Seifen und die Grünen-Politikerin Anna Weber sprachen am Samstag in Essen. " + _DE * 2,
        "„Die Katze ist aus dem Sack“, sagte der AfD-Mann über den Vorsitzenden.",
        "„Wir sind bereit für die Wahl“, sagte Jens Bauer. „Wir kommen sicher“, fügte die Grünen-Politikerin hinzu.",
    )
    want = {"Die Katze ist": "Helmut Seifen", "Wir sind bereit": "Jens Bauer", "Wir kommen sicher": "Anna Weber"}
    _assert_reported(_said(text), want)


@pytest.mark.parametrize("group", ["Friends", "Critics", "Relatives"])
def test_a_plural_noun_for_a_group_opening_a_sentence_is_no_one_a_he_stands_for(group: str) -> None:
    # "Friends offered to vote for me": a noun the article never writes in lower case, credited with no words, but
    # the lexicon's plural noun for people: the "he" after it is the man named before
    text = _paragraphs(
        "I told Bernie Sanders last month that his endorsement of me was mentioned by a news site. "
        f"{group} offered to vote for me when I posted the story. “I have ruined your good name, huh?” he responded."
    )
    _assert_reported(_said(text), {"I have ruined": "Bernie Sanders"})


def test_a_name_after_a_role_and_of_is_what_the_role_is_of_not_the_description_before_the_comma() -> None:
    # "The 80-year-old, a member of Tamworth Soroptimists:" describes the councillor, not the club
    text = _paragraphs(
        "Among those who helped was councillor Margaret Clarke, who said the damage showed “stone age thinking”.",
        "The 80-year-old, a member of Tamworth Soroptimists: “I have lived in Tamworth for over 50 years.”",
        "“We help each other here,” the 80-year-old said.",
    )
    want = {"I have lived": "Margaret Clarke", "We help each": "Margaret Clarke"}
_SPOKEN_OF_LATELY = [
    (
        # the man spoken of in the sentence before the quote, not the older subject
        "Mayor Tom Hale opened the fair on Saturday. He cut the ribbon at noon. A loud cheer went to a stall run by "
        "Peter Quill, a baker from Dorset. \"I never expected a queue like this,\" he said.",
        {"I never expected": "Peter Quill"},
    ),
    (
        # a woman named in a clause of her own after "that", two sentences after the subject
        "Ms. Laura Finch studies the court. She noted that the choice matters for decades. There is also the chance "
        "that Mrs. Alice Grey, if elected, might pick a judge herself. \"What a great idea,\" she said in May.",
        {"What a great": "Alice Grey"},
    ),
    (
        # a predicate, a comparison and an owner are no one the text speaks of: the subject stays
        "Mayor Tom Hale spoke for an hour. The Dorset Liberal did give the band some credit, but he suggested it is no "
        "Peter Quill. \"We did well,\" he said. Mayor "
        "Hale thanked the staff. The crowd was larger than Peter Quill drew. \"It was a fine day,\" he said. Mayor "
        "Hale ate a pie. The cake came from Peter Quill's bakery. \"Try the cake,\" he said.",
        {"We did well": "Tom Hale", "It was a": "Tom Hale", "Try the cake": "Tom Hale"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _SPOKEN_OF_LATELY)
def test_a_pronoun_finds_whom_the_sentence_before_spoke_of(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 19: in a language that capitalises nouns an article right after a name opens the cue's object ("sagte Reiter der
# Zeitung", "sagte Jens Brandt den Stuttgarter Nachrichten"), no part of the name; a particle's article stays in it.
def test_an_article_after_a_name_opens_the_cues_object_not_the_name() -> None:
    text = _paragraphs(
        _DE * 2,
        "Der Vorsitzende des Mietervereins, Klaus Reiter, lobte den Plan. „Endlich passiert etwas“, sagte Reiter der "
        "Zeitung. „Das war überfällig“, sagte Jens Brandt den Stuttgarter Nachrichten. „Wir sind dagegen“, sagte "
        "Ursula von der Heide.",
    )
    want = {"Endlich passiert etwas": "Klaus Reiter", "Das war überfällig": "Jens Brandt"}
    _assert_reported(_said(text), {**want, "Wir sind dagegen": "Ursula von der Heide"})


# Round 19: "Abg." (Abgeordnete, a member of a German or Austrian parliament) is a title of either gender, no name.
def test_the_abbreviated_title_of_a_member_of_parliament_is_no_part_of_the_name() -> None:
    text = _paragraphs(
        _DE * 2,
        "Abg. Stefan Moser (FPÖ) kritisierte den Entwurf scharf. „Das ist Schikane“, sagte Abg. Moser. Die Abgeordnete "
        "Eva Lindner (Grüne) hielt dagegen: „Das Gesetz schützt Kinder.“",
    )
    _assert_reported(_said(text), {"Das ist Schikane": "Stefan Moser", "Das Gesetz schützt": "Eva Lindner"})


# Round 19: a description whose "of" part runs in lower case to a name set off by commas ("Le président de la
# fédération des chasseurs, Yves Courbet, a salué") is about that name, not the role's earlier holder.
_DESCRIBED_THEN_NAMED = [
    (
        _paragraphs(
            _FR * 2,
            "Le président du tribunal, Bertrand Lafont, l'a interrompu : « Tenir la lampe, c'est déjà participer. »",
            "Le président de la fédération des chasseurs, Yves Courtois, a salué la décision. « Ces gens-là salissent "
            "l'image de tous les chasseurs », a-t-il dit.",
        ),
        {"Tenir la lampe,": "Bertrand Lafont", "Ces gens-là salissent": "Yves Courtois"},
    ),
    (
        "The session at the town hall went on late into the evening, and a lot was said about the money. The chairman "
        'of the council, Bert Lafferty, interrupted: "Holding the lamp is taking part."\n\n'
        "The chairman of the hunters' federation, Yves Courtney, welcomed the decision. \"These people stain the image "
        'of all hunters," he said.',
        {"Holding the lamp": "Bert Lafferty", "These people stain": "Yves Courtney"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Der Vorsitzende des Gerichts, Bernd Lang, unterbrach ihn: „Das ist schon Beteiligung.“",
            "Der Vorsitzende des örtlichen Vereins der Jäger, Yves Kurz, begrüßte das Urteil. „Diese Leute beschmutzen "
            "unseren Ruf“, sagte er.",
        ),
        {"Das ist schon": "Bernd Lang", "Diese Leute beschmutzen": "Yves Kurz"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESCRIBED_THEN_NAMED)
def test_a_description_with_a_long_of_part_and_a_name_set_off_by_commas_is_about_the_name(
    text: str, want: dict[str, str | None]
) -> None:
    _assert_reported(_said(text), want)


# Round 19: someone known by an initial after a courtesy title ("Ms D", "Herr K.", "Mme R.") is a person: the initial
# without its full stop is a name word too, and an initial's full stop before a courtesy title ends the sentence.
_KNOWN_BY_AN_INITIAL = [
    (
        "The session at the court went on late into the evening, and a lot was said about the case. A neighbour, who "
        'can be identified only as Ms D, gave evidence. "I remember thinking nobody drives down there at night," Ms D '
        "said.",
        {"I remember thinking": "D"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Ein Nachbar, Herr K., sagte als Zeuge aus. „Ich habe nichts gehört“, sagte Herr K. Frau M. ergänzte: „Es "
            "war sehr dunkel.“",
        ),
        {"Ich habe nichts": "K", "Es war sehr": "M"},
    ),
    (
        _paragraphs(_FR * 2, "Sa collègue, Mme R., a précisé : « Il faisait très noir. »"),
        {"Il faisait très": "R"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _KNOWN_BY_AN_INITIAL)
def test_someone_known_by_an_initial_after_a_courtesy_title_is_a_person(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 19: a block quotation without marks after a paragraph ending in a cue and a colon ("La ministra escribió en la
# red social:", "The minister wrote:") is the cue's subject's, a description resolved as any cue's is.
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            _ES * 2 + "La ministra de Agricultura, Carmen Ruiz, respondió a las críticas.\n\n"
            "La ministra escribió en la red social:\n\n"
            "> Seguiremos apoyando a los apicultores, cueste lo que cueste.\n",
            "Seguiremos apoyando a",
            "Carmen Ruiz",
        ),
        (
            "The session at the town hall went on late into the evening, and a lot was said about the money. The "
            "minister, Carmen Ruiz, replied on Monday.\n\nThe minister wrote:\n\n> We will keep supporting beekeepers, "
            "whatever it costs.\n",
            "We will keep",
            "Carmen Ruiz",
        ),
    ],
)
def test_a_block_quotation_without_marks_after_a_cue_and_a_colon_is_the_cues(text: str, words: str, want: str) -> None:
    _assert_reported(_said_in_markdown(text), {words: want})


# Round 19: an organisation's letters before one word are the body's name ("NHS England", "BBC Scotland"), not
# letters before a surname; before a full name they are still dropped ("NATO Secretary General Mark Rutte").
def test_letters_before_one_word_name_a_body() -> None:
    text = (
        "The hospital trust said on Monday that waiting lists had grown again over the winter, and that staff were "
        'tired.\n\n"We are doing everything we can to bring waiting times down," NHS England said in a statement. '
        '"We expect a hard winter," NATO Secretary General Mark Rutte said.'
    )
    _assert_reported(_said(text), {"We are doing": "NHS England", "We expect a": "Mark Rutte"})
    assert strip_titles("NHS England") == "NHS England"


# Round 19: a block quotation closing on a credit line ("> **Zitat des Tages** „…“ *Tobias Lenz, Grüne*") is that
# name's; the label before the quote names no one.
def test_a_block_quotation_closing_on_a_credit_line_is_that_names() -> None:
    text = (
        _DE * 2 + "Fraktionssprecher Tobias Lenz sprach zuletzt.\n\n> **Zitat des Tages**\n>\n"
        "> „Musik darf kein Luxus werden.“\n>\n> *Tobias Lenz, Grüne*\n"
    )
    _assert_reported(_said_in_markdown(text), {"Musik darf kein": "Tobias Lenz"})


# Round 19: the conjunction alone before a colon carries the last speaker's words on ("Und: „…“", "And: “…”"), as "Und
# weiter:" did.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            _DE * 2 + "„Ich wollte Lehrerin werden“, sagte Hanna Berg damals. Und: „Ein Kind, das lacht, lügt nicht.“",
            "Ein Kind, das",
        ),
        (
            "The session at the town hall went on late into the evening, and a lot was said about the money. \"I "
            'wanted to be a teacher," Hanna Berg said in 2009. And: "A child who laughs does not lie."',
            "A child who",
        ),
    ],
)
def test_a_conjunction_alone_before_a_colon_carries_the_speakers_words_on(text: str, words: str) -> None:
    _assert_reported(_said(text), {words: "Hanna Berg"})


# Round 19: a sentence with no cue verb that opens on a description, then a name set off by commas, is about the
# name: the words it quotes in its course are theirs ("Le président de l'association, Michel Vandamme, parle d'« … »").
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            _FR * 2 + "Le président de l'Association des sociétés de Gilles, Michel Vandamme, parle d'« une atteinte "
            "à la tradition ».",
            "une atteinte à",
            "Michel Vandamme",
        ),
        (
            "The session at the town hall went on late into the evening, and a lot was said about the money. The "
            "chair of the residents' association, Tom Lane, called the plan “a betrayal of everyone who lives here”.",
            "a betrayal of",
            "Tom Lane",
        ),
    ],
)
def test_words_quoted_in_the_course_of_a_sentence_about_an_apposed_name_are_theirs(
    text: str, words: str, want: str
) -> None:
    _assert_reported(_said(text), {words: want})


# Round 19: a first name alone after a noun for a name and its comma ("only her first name, Maria") is a person, the
# topic a pronoun next finds, as one after "named" is.
def test_a_first_name_after_a_noun_for_a_name_is_a_person() -> None:
    text = (
        "Photographs and words: Rosie Kendrew\n\nThe session at the town hall went on late into the evening, and a lot "
        "was said about the money.\n\nOne of them agreed to speak on condition that we used only her first name, "
        'Maria. "We started in March and met every Tuesday," she said.'
    )
    _assert_reported(_said(text), {"We started in": "Maria"})


# Round 19: an elided "according to" opening a sentence ("D'après Annick Morvan, …") is no part of the name after it:
# the cast knew a person "D'après Annick Morvan", whom every later "Annick Morvan" found.
def test_an_elided_according_to_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = _paragraphs(
        _FR * 2 + "Annick Morvan préside le comité.",
        "D'après Annick Morvan, le comité a organisé « plus de trente voyages » en Bavière. Selon Annick Morvan, le "
        "comité a organisé « plus de quarante voyages ». D’après Annick Morvan, « les échanges ont cessé en 2019 ».",
    )
    want = {"plus de trente": "Annick Morvan", "plus de quarante": "Annick Morvan", "les échanges ont": "Annick Morvan"}
    _assert_reported(_said(text), want)


# Round 19: a noun for a person of an age's decade ("le sexagénaire", "la octogenaria", "the octogenarian") goes to the
# person last named whose age is in that decade or unknown, never to one of another age given after the name ("Thomas
# Lemoine, 34 ans,": the unit after the age is read too).
_DECADE_NOUNS = [
    (
        _paragraphs(
            _FR * 2,
            "Dimanche, Gérard Lemoine a dirigé son dernier concert. Son fils, Thomas Lemoine, 34 ans, lui succède en "
            "janvier.",
            "« J'ai dirigé mon premier concert ici en 1989 », raconte le sexagénaire.",
        ),
        {"J'ai dirigé mon": "Gérard Lemoine"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Carmen Vidal abrió la tienda en 1960. Su nieta, Laura Vidal, 31 años, la dirige desde mayo.",
            "«Aquí he pasado toda mi vida», dice la octogenaria.",
        ),
        {"Aquí he pasado": "Carmen Vidal"},
    ),
    (
        "The session at the town hall went on late into the evening, and a lot was said about the money. Edith Hale, "
        "84, opened the shop in 1960. Her granddaughter, Laura Hale, 31, runs it now. \"I have spent my whole life here,\" "
        "the octogenarian said.",
        {"I have spent": "Edith Hale"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _DECADE_NOUNS)
def test_a_noun_for_an_ages_decade_finds_the_person_of_that_age(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Review of round 19, regression 4: "den" is an article opening the cue's object only before a noun of its case (a
# dative plural: "den Zeitungen", "den Stuttgarter Nachrichten"); before another word it is a name's particle.
@pytest.mark.parametrize(
    ("paragraph", "words", "want"),
    [
        ("„Wir wollen aufsteigen“, sagte Ruud den Boer nach dem Training.", "Wir wollen aufsteigen", "Ruud den Boer"),
        ("„Das Team ist bereit“, sagte Joop den Hartog den Reportern.", "Das Team ist", "Joop den Hartog"),
        ("„Das war überfällig“, sagte Jens Brandt den Zeitungen.", "Das war überfällig", "Jens Brandt"),
        # (after a given name and a surname the article opens the object, whatever the noun: a particle name has one
        # given name before its particle; so does a possessive or an indefinite article)
        ("„Wir bauen bis Mai.“ So stellte Jonas Keller den Entwurf vor.", "Wir bauen bis", "Jonas Keller"),
        ("„Wir bauen bis Mai“, erklärte Jonas Keller seinen Zuhörern.", "Wir bauen bis", "Jonas Keller"),
        ("„Wir bauen bis Mai“, sagte Jonas Keller einem Reporter.", "Wir bauen bis", "Jonas Keller"),
        ("„Wir bauen bis Mai“, sagte Trainer Ruud den Boer danach.", "Wir bauen bis", "Ruud den Boer"),
    ],
)
def test_an_article_that_is_a_names_particle_stays_in_the_name(paragraph: str, words: str, want: str) -> None:
    _assert_reported(_said(_paragraphs(_DE * 2, paragraph)), {words: want})


# Review of round 19, regression 6: the age word of a cue's own mention picks the namesake ("said the elder Pike",
# "sagte der jüngere Huber", "a dit Dupont fils", "dijo el menor de los García"), whoever was named last; what a cue
# read after its quote says steers no quote of the next sentence.
_NAMESAKES_IN_CUES = [
    (
        "Tom Pike and his son Ben Pike run the yard. “We have worked here for forty years,” said the elder Pike. “I want "
        "to stay,” the younger Pike added.",
        {"We have worked": "Tom Pike", "I want to": "Ben Pike"},
    ),
    (
        "Tom Pike and his son Ben Pike run the yard. “I want to stay,” said the younger Pike. “We have worked here for "
        "forty years,” the elder Pike added.",
        {"We have worked": "Tom Pike", "I want to": "Ben Pike"},
    ),
    (
        _paragraphs(
            _DE * 2,
            "Hans Huber und sein Sohn Felix Huber führen die Schreinerei. „Ich will hier bleiben“, sagte der jüngere "
            "Huber. „Wir arbeiten hier seit vierzig Jahren“, sagte der ältere Huber.",
        ),
        {"Ich will hier": "Felix Huber", "Wir arbeiten hier": "Hans Huber"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Gérard Dupont et son fils Julien Dupont tiennent la boulangerie. « Je veux rester ici », a dit Dupont "
            "fils. « Nous travaillons ici depuis quarante ans », a dit Dupont père.",
        ),
        {"Je veux rester": "Julien Dupont", "Nous travaillons ici": "Gérard Dupont"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "Gérard Dupont et son fils Julien Dupont tiennent la boulangerie. « Nous travaillons ici depuis quarante "
            "ans », a dit le père Dupont. « Je veux rester ici », a dit le fils Dupont.",
        ),
        {"Je veux rester": "Julien Dupont", "Nous travaillons ici": "Gérard Dupont"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "Javier García y su hijo Jorge García llevan el taller. «Yo quiero quedarme aquí», dijo el menor de los "
            "García. «Trabajamos aquí desde hace cuarenta años», dijo el mayor de los García.",
        ),
        {"Yo quiero quedarme": "Jorge García", "Trabajamos aquí desde": "Javier García"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _NAMESAKES_IN_CUES)
def test_an_age_word_in_a_cue_picks_the_namesake(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Review of round 19, regression 5: a block quotation with a cue of its own is the cue's speaker's, whatever credit
# line closes the box (a label with no cue verb still leaves the quote to the credit line).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "> Trainer Jonas Weber sagte nach dem Spiel: „Wir steigen in diesem Jahr auf.“ *Sportreporter Lena Koch*\n",
            {"Wir steigen in": "Jonas Weber"},
        ),
        (
            "> „Wir steigen in diesem Jahr auf“, sagte Trainer Jonas Weber, „und dann bleiben wir oben.“ "
            "*Sportreporter Lena Koch*\n",
            {"Wir steigen in": "Jonas Weber", "und dann bleiben": "Jonas Weber"},
        ),
        ("> Zitat des Tages: „Wir steigen in diesem Jahr auf.“ *Lena Koch*\n", {"Wir steigen in": "Lena Koch"}),
    ],
)
def test_a_block_quotations_own_cue_outranks_its_credit_line(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said_in_markdown(_DE * 2 + "\n\n" + text), want)


# Round 20: a feminine description no one was given goes to the one woman among the latest named, though the text
# was about a man just now (as "she" would); never after a possessive ("his wife" is his), nor with two women named.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The film follows a pianist (Ryan Example) and an aspiring actor (Emma Sample). Damien Tester wrote it in "
            "a month, and he met Example at a festival.\n\n"
            '"It was at a diner," the actress says about their first meeting.',
            {"It was at": "Emma Sample"},
        ),
        (
            "Deborah Ejemplo habló con este diario. " + _ES * 2 + "\n\n"
            "Deezer Live se transmite los domingos por Tv Azteca.\n\n"
            "«Mucha gente está descubriendo el streaming», explica la ejecutiva.",
            {"Mucha gente está": "Deborah Ejemplo"},
        ),
        (
            "The film follows a pianist (Ryan Example) and an actor (Emma Sample) and a singer (Ruth Tester). Damien "
            "Tester wrote it, and he met Example at a festival.\n\n"
            '"It was at a diner," the actress says about their first meeting.',
            {"It was at": "the actress"},
        ),
    ],
)
def test_a_feminine_description_goes_to_the_one_woman_named(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


def test_a_possessive_kin_noun_is_not_the_one_woman_named() -> None:
    text = (
        "Megyn Example moderated the debate. Later Donald Sample took the stage with a smile.\n\n"
        'His wife had warned him not to be too nasty, to act "presidential," but Sample said he did not listen.'
    )
    _assert_reported(_said(text), {"presidential": "wife"})


def test_the_head_noun_of_a_description_outranks_a_role_word_before_it() -> None:
    # (round 20) "the head keeper" is the person called a keeper, though the article gave a director a role "head" names
    text = (
        "“This is our best season,” said the zoo’s director, Dr Amara Example. Head keeper Owen Sample put it "
        "down to the new burrows. “Penguins are creatures of habit,” the head keeper said."
    )
    _assert_reported(_said(text), {"This is our": "Amara Example", "Penguins are creatures": "Owen Sample"})


def test_the_force_is_the_police_just_spoken_of() -> None:
    # (round 20) "the force" is a generic body noun: the body the text was just about
    text = (
        "Richmond police said: “We will act.”\n\n"
        "In an update, the force said: “Our officers are well trained to keep order.”"
    )
    _assert_reported(_said(text), {"We will act.": "Richmond police", "Our officers are": "Richmond police"})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ted Cruz has many supporters in Iowa. One pastor supporting Mr. Cruz, Darran Sample of Liberty Baptist "
            "Church in Marion, said he had made 150 phone calls. “Find your polling place and get there,” he tells "
            "parishioners.",
            "Darran Sample",
        ),
        (
            "Marc Lefebvre a présenté son budget lundi. " + _FR * 2 + "Un proche de Marc Lefebvre, Paul Durand, "
            "a passé la soirée au conseil. « Ce budget ne tient pas debout », a-t-il dit.",
            "Paul Durand",
        ),
    ],
)
def test_a_name_inside_an_indefinite_phrase_opening_the_sentence_is_no_subject_the_name_apposed_is(
    text: str, want: str
) -> None:
    # (as "The chair of Acme, Jo Bloggs, said" was: the phrase may open on an indefinite article too)
    assert list(_said(text).values()) == [want]


# Round 20: a description by a source noun (lexicon source_nouns) names no one, as "a source" does: "según las mismas
# fuentes" is no "mismas fuentes", "die Quelle" no "Quelle"; a surname is none ("Carmen de la Fuente").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _paragraphs(_ES * 2, "Fuentes municipales defendieron el calendario. «No hay otra salida con esta "
                        "población», según las mismas fuentes."),
            {"No hay otra": None},
        ),
        (
            _paragraphs(_FR * 2, "Des sources municipales ont défendu le calendrier. « Il n'y a pas d'autre issue », "
                        "selon les mêmes sources."),
            {"Il n'y a": None},
        ),
        (
            _paragraphs(_DE * 2, "Bürgermeisterin Hanna Beispiel schweigt. „Die Musik spielt in Berlin“, sagte die "
                        "Quelle."),
            {"Die Musik spielt": None},
        ),
        (
            _paragraphs(_ES * 2, "La sindicalista Carmen de la Fuente habló. «Vamos a convocar una huelga», dijo la "
                        "Fuente."),
            {"Vamos a convocar": "Carmen de la Fuente"},
        ),
    ],
)
def test_a_description_by_a_source_noun_names_no_one(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 20: judges as a bench (lexicon bench_nouns: "the judges", "die Richter", "les juges") speak for the court the
# text named (a body whose name holds a court noun); a court named in lower case with its adjectives and its seat
# (lexicon court_seats: "le tribunal administratif de Haute-Tarentaise") is that court's name.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The session at the town hall went on late into the evening, and a lot was said about the money. On Friday "
            "the High Court in Leeds quashed the order. “The sky is free,” the judges wrote.",
            {"The sky is": "High Court"},
        ),
        (
            _paragraphs(_DE * 2, "Im Streit hat das Verwaltungsgericht Hohenfeld die Klage abgewiesen. „Ein Hahn kräht "
                        "am Morgen“, schrieben die Richter."),
            {"Ein Hahn kräht": "Verwaltungsgericht Hohenfeld"},
        ),
        (
            _paragraphs(_FR * 2, "Vendredi, le tribunal administratif de Haute-Tarentaise a annulé l'arrêté. « Le droit "
                        "ne s'arrête pas », écrit le tribunal. « Le ciel est à tous », relèvent les juges."),
            {
                "Le droit ne": "Tribunal administratif de Haute-Tarentaise",
                "Le ciel est": "Tribunal administratif de Haute-Tarentaise",
            },
        ),
    ],
)
def test_judges_speak_for_the_court_the_text_named(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 20: a lone first name with an indefinite description of a person in apposition ("Ron, a caller from Paignton,")
# is a person, whom the next "he" or "she" finds (it was no one: the pronoun went to the presenter named before).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The session at the town hall went on late into the evening, and a lot was said about the money. Bev Tolley "
            "was unmoved. “The gulls were here first,” she told presenter Gareth Pym. Ron, a caller from Paignton, "
            "backed the plan. “I have had a pasty taken twice,” he said.",
            {"I have had": "Ron"},
        ),
        (
            _paragraphs(_FR * 2, "Le maire Paul Roux a parlé. Pierre, un habitant du quartier, a protesté. « Nous "
                        "n'avons pas été consultés », a-t-il dit."),
            {"Nous n'avons pas": "Pierre"},
        ),
    ],
)
def test_a_first_name_with_a_person_in_apposition_is_a_person(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)


# Round 20: in raya dialogue a narrator's cue that leaves its subject out may name a place after a preposition or a
# determiner ("—dice mientras sube la cuesta del Tránsito de las Ballenas—"): no subject, so the line is whom the text
# is about; and the speech after the narrator's closing dash goes on in the same speaker's voice, however long the
# narration ("—dice mientras sube la cuesta—. Y el barrio ...").
def test_a_raya_cue_with_a_place_in_its_narration_and_the_speech_after_it() -> None:
    text = _paragraphs(
        _ES * 2,
        "A las once en punto, Anselmo Ruiz Prieto se ajusta la gorra y sale de casa.",
        "—Aquí no se duerme hasta que duerme el barrio —dice mientras sube la cuesta del Tránsito de las Ballenas—. Y el "
        "barrio, en diciembre, se duerme tarde.",
        "—Nadie come antes de las diez —dijo la alcaldesa, Marta Giménez, mientras subía—. Y el barrio come tarde.",
    )
    want = {
        "Aquí no se": "Anselmo Ruiz Prieto",
        "Y el barrio,": "Anselmo Ruiz Prieto",
        "Nadie come antes": "Marta Giménez",
        "Y el barrio": "Marta Giménez",
    }
    _assert_reported(_said(text), want)


# Round 20: the role of a cue after its verb never runs into the next sentence ("a déclaré la maire. Son adjointe,
# Martine Rouquette, a ...": the role was "la maire. Son adjointe" and the deputy's quote joined the mayor's); and a
# French modal participle (lexicon cue_adverbs: "voulu", "souhaité") may stand before a cue in the infinitive ("Martine
# Rouquette a voulu rassurer :").
def test_a_role_after_a_cue_verb_ends_with_its_sentence() -> None:
    text = _paragraphs(
        _FR * 2,
        "La maire, Hélène Castan, était absente. « Je ne prendrai aucun risque », a déclaré la maire. Son adjointe, "
        "Martine Rouquette, a déclaré : « Nous replanterons deux arbres. » Martine Rouquette a voulu rassurer : « Nous "
        "replanterons trois arbres. »",
    )
    want = {"Je ne prendrai": "Hélène Castan", "Nous replanterons deux": "Martine Rouquette"}
    want["Nous replanterons trois"] = "Martine Rouquette"
    _assert_reported(_said(text), want)


def test_a_compound_of_a_generic_body_noun_is_no_generic_body() -> None:
    # "the task force" is a body of its own, not the generic "force" standing for the body just spoken of
    text = (
        "The WHO warned on Monday that the virus was spreading fast. The White House set up a task force to respond. "
        "\u201cWe are ready for anything,\u201d the task force said."
    )
    _assert_reported(_said(text), {"We are ready": "task force"})


def test_a_kin_description_read_again_in_a_paragraph_is_the_new_owners_kin() -> None:
    # "his wife" read again after another man came in is his wife, not the first man's
    text = (
        "Tom Reed and Ann Reed live next door to Bob Lee and Mary Lee on Main Street.\n\n"
        "Tom Reed spoke first. \u201cWe heard a loud bang in the night,\u201d his wife said. Then Bob Lee came out of "
        "his house. \u201cIt woke the whole street up,\u201d his wife said."
    )
    _assert_reported(_said(text), {"We heard a": "Ann Reed", "It woke the": "Mary Lee"})


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("sagte der Richter", "Richter"),  # one judge: a person, not the court
        ("sagten die Richter", "Verwaltungsgericht Minden"),  # the bench speaks for the court
    ],
)
def test_a_singular_judge_is_a_person_and_the_bench_the_court(cue: str, want: str) -> None:
    text = (
        _DE + "Das Verwaltungsgericht Minden verhandelte am Dienstag die Klage eines Anwohners gegen die Stadt. "
        f"\u201eDie Klage ist unbegr\u00fcndet\u201c, {cue}."
    )
    _assert_reported(_said(text), {"Die Klage ist": want})


def test_a_feminine_noun_passes_over_no_man_to_a_woman_never_quoted() -> None:
    # "the waitress" is a witness the text had not named: a woman named before the man just spoken of, never quoted,
    # is no more she than anyone else (as "she" past him would be a guess)
    text = (
        "Sarah Jones, 34, was charged with reckless driving on Monday.\n\n"
        "Police chief Tom Brown said the crash happened at dawn. \u201cI saw the car hit him,\u201d the waitress said."
    )
    _assert_reported(_said(text), {"I saw the": "waitress"})


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a body's name with its "of" part, right before a cue verb: the sentence is about it, "it" next
        ("Pakistan lodged a protest, the Ministry of Foreign Affairs said.", "Ministry of Foreign Affairs"),
        ("Pakistan lodged a protest, the Ministry of Foreign Affairs said in Islamabad.", "Ministry of Foreign Affairs"),
        # the "of" part running on over "and" into a person: the verb is theirs ("it" finds no one)
        ("A study by the University of Chicago and Professor Knittel concluded that oil is cheap.", None),
    ],
)
def test_a_body_named_with_its_of_part_before_a_cue_is_what_it_stands_for(sentence: str, want: str | None) -> None:
    text = f"{sentence}\n\nIn a statement, it said the strikes were \u201ca blatant act of aggression.\u201d"
    _assert_reported(_said(text), {"a blatant act": want})


@pytest.mark.parametrize(
    ("later", "want"),
    [
        # a name of two surnames (or a maiden name kept) called by the first of them: the person named in full
        ("Ms. Acosta said the measures were \u201cunsustainable.\u201d", "Melba Acosta Febo"),
        # someone who bears it as a surname is that person
        ("Luis Acosta, a trader, said. Acosta called it \u201cunsustainable.\u201d", "Luis Acosta"),
    ],
)
def test_a_middle_surname_alone_finds_the_person_named_in_full(later: str, want: str) -> None:
    text = f"\u201cGuarantees are good,\u201d said Melba Acosta Febo, the president of the bank.\n\n{later}"
    _assert_reported(_said(text), {"unsustainable.": want})


# someone the text names again and again, of no gender told ("Albares" of a real page: headline, two sentences)
_ALBARES = (
    "Albares defiende el embargo. Albares llegó pronto. "
    "Antes de la reunión, Albares ha recalcado que el silencio es \u201ccómplice\u201d. "
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a public role with what it is of, no one given it: whom the text is about, quoted, of no gender told, named
        # three times (named once, a rival as often: see below)
        (
            _ES + _ALBARES + "El ministro de Exteriores propone que la ANP gobierne "
            "\u201csi no se hubiera minado su legitimidad\u201d.",
            "Albares",
        ),
        (
            _ES + _ALBARES + "El ministro de la Presidencia añadió: \u201cNadie puede quedarse callado\u201d.",
            "Albares",
        ),
        (
            _EN + "Before the meeting, Barrot said the silence was \u201ccomplicit\u201d. "
            "Barrot added that peace was \u201cnear\u201d. "
            "\u201cNo one can stay silent,\u201d the minister of foreign affairs added.",
            "Barrot",
        ),
        # a name apposed to the role is the person
        (
            _ES + "Antes de la reunión, Albares ha recalcado que el silencio es \u201ccómplice\u201d. "
            "El ministro de Hacienda, Jan Kowalski, dijo que el plan es bueno. \u201cNadie puede callar\u201d, añadió.",
            "Jan Kowalski",
        ),
    ],
)
def test_a_public_role_with_what_it_is_of_finds_whom_the_text_is_about(text: str, want: str) -> None:
    said = _said(text)
    assert want in said.values(), said
    assert list(said.values())[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _ES + "Antes del pleno, Ayuso ha recalcado que el modelo es \u00abun atraco a los madrileños\u00bb. "
            "El ministro respondió: \u00abLas cuentas cuadran y los datos lo demuestran\u00bb.",
            "ministro",
        ),
        (
            _ES + "Antes del pleno, Ayuso ha recalcado que el modelo es \u00abun atraco a los madrileños\u00bb. "
            "El ministro de Hacienda respondió: \u00abLas cuentas cuadran y los datos lo demuestran\u00bb.",
            "ministro de Hacienda",
        ),
        (
            _EN + "Before the session, Ayuso said the model was \u201ca robbery of the people\u201d. "
            "\u201cThe accounts add up,\u201d the minister of finance replied.",
            "the minister of finance",
        ),
    ],
)
def test_a_masculine_role_passes_over_no_one_of_unknown_gender_named_once(text: str, want: str) -> None:
    # (a rival as often as the one named: "el ministro" is not Ayuso because the text never gave her gender)
    said = _said(text)
    assert list(said.values())[-2] == "Ayuso", said
    assert list(said.values())[-1] == want, said


def test_a_name_after_a_role_and_a_place_is_no_part_of_what_the_role_is_of() -> None:
    # (a first name not in the list: the three words are no "Foreign Affairs"; not the role alone)
    said = _said(_EN + 'The foreign minister of Lithuania Gabrielius Landsbergis said the talks were "very productive."')
    assert said == {"very productive.": "Lithuania Gabrielius Landsbergis"}


# A clause opening a sentence that quotes a term: the term is read over, and its credit leaves the sentence's subject to
# come (round 22, from PolNeAR dev pronoun quotes).
_RIVALS = "\u201cThe rules can change,\u201d said Mark Dorsey on Monday. "


@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ("''", "''")])
def test_a_term_quoted_in_a_clause_opening_the_sentence_leaves_its_subject_the_topic(marks: tuple[str, str]) -> None:
    opening, closing = marks
    text = (
        f"{_EN}{_RIVALS}While the two men barely sparred, Tom Harlan looked for openings. When Mr. Dorsey tried to "
        f"defend his remarks calling the regime {opening}strong{closing} when it ended the protests in 1989, Mr. Harlan "
        f"forcefully differed.\n\n{opening}I think the regime butchered those kids,{closing} he said."
    )
    _assert_reported(_said(text), {"I think the": "Tom Harlan"})


def test_a_comma_closing_a_term_closes_the_clause_opening_the_sentence() -> None:
    text = (
        f"{_EN}Ann Harlan spoke first. \u201cWe will win,\u201d said Rachel Reyes. When Ms. Reyes pointed out that "
        "Mr. Dorsey calls it \u201cMedicare for all,\u201d Ms. Harlan seized on the phrase. "
        "\u201cIt is not the same if you hand it to the states,\u201d she said."
    )
    _assert_reported(_said(text), {"It is not": "Ann Harlan"})


def test_a_pronoun_in_a_clause_opening_the_sentence_is_whom_the_clause_named() -> None:
    # (the main clause names no one: "he" of the quote in the clause is Harlan, not the man quoted before)
    text = (
        f"{_EN}Tom Harlan is running for the nomination. {_RIVALS}\n\n"
        "If we read Tom Harlan\u2019s strategy right when he says he will \u201cpick up delegates\u201d everywhere he "
        "can, it would seem the race goes on."
    )
    _assert_reported(_said(text), {"pick up delegates": "Tom Harlan"})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a cue saying the speaker goes on: the last speaker, though a caption-like line named another man after them
        (
            "\u201cIt was returned to me last week,\u201d said George Harlan. He did not elaborate.\n\n"
            "Police officer Timothy Rowe holds up the gun in court.\n\n"
            "\u201cThe firearm is fully functional,\u201d he added.",
            "George Harlan",
        ),
        (
            _DE + "„Wir bleiben bis zum Ende“, sagte Jonas Weber. Ein Sprecher des Vereins Karl Lenz war auch da.\n\n"
            "Peter Brandt trägt die Fahne.\n\n„Das ist unser Weg“, fügte er hinzu.",
            "Jonas Weber",
        ),
        # someone credited with words in running text since is whom "he added" continues
        (
            "\u201cIt was returned to me last week,\u201d said George Harlan.\n\n"
            "Dexter Rowe, a minister, told reporters that Harlan was a regular.\n\n"
            "\u201cHe is a very pleasant man,\u201d he added.",
            "Dexter Rowe",
        ),
    ],
)
def test_a_pronoun_of_a_cue_that_goes_on_is_the_last_speaker(text: str, want: str) -> None:
    said = _said(text)
    assert list(said.values())[-1] == want, said


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a description of a cue saying the speaker goes on is no default for the last speaker (round 51, roles51): the
        # man the article gave the description's role before, when the last speaker holds no such role
        (
            "The researcher Tom Abbott of the university measured the warm spell first.\n\n"
            "\u201cThe station was calibrated well,\u201d said Sergi Vidal, who forecasts the weather for the port. "
            "\u201cEvery summer the wind will push the mercury up,\u201d the researcher added.",
            "Tom Abbott",
        ),
        # (the last speaker, when the noun is no role and the text said nothing of anyone that it fits)
        (
            _ES + "El investigador Carlos Soto, de la universidad, midió la ola de calor.\n\n"
            "«El día del récord las temperaturas eran normales», resalta Sergi Vidal, meteorólogo de la agencia. "
            "«Cada verano el viento subirá el termómetro», añade el investigador.",
            "Sergi Vidal",
        ),
        # a kin noun tells whose kin, not who spoke last: the son, though his father was quoted last
        (
            _ES + "El patrón Iker Sample, hijo de un campeón, ganó la regata.\n\n«Les dije que era nuestra», contó "
            "Iker Sample. Su padre, Joxe Sample, remaba. «Estoy más nervioso en el muelle», reconoció Sample padre.\n\n"
            "«Mi padre no ha dormido en toda la semana», añadió el hijo.",
            "Iker Sample",
        ),
        # someone named since: the description is theirs to hold
        (
            "\u201cThe station was calibrated well,\u201d said Sergi Vidal, who forecasts the weather for the port. "
            "The researcher Tom Abbott of the university measured the warm spell first.\n\n"
            "\u201cEvery summer the wind will push the mercury up,\u201d the researcher added.",
            "Tom Abbott",
        ),
    ],
)
def test_a_description_of_a_cue_that_goes_on_is_the_last_speaker(text: str, want: str) -> None:
    said = _said(text)
    assert list(said.values())[-1] == want, said


@pytest.mark.parametrize(
    ("later", "want"),
    [
        # a lone surname found the namesake named last; a pronoun of the other gender tells it was the other one
        ("Later, Sample accused Tom Reed of being late to the issue.", "Hillary Sample"),
        # a surname the text gave a title picks its namesake itself: no guess to mend, "she" is the woman just quoted
        ("Later, Mr. Sample accused Tom Reed of being late to the issue.", "Mattie Thomas"),
    ],
)
def test_a_pronoun_tells_namesakes_of_two_genders_apart(later: str, want: str) -> None:
    text = (
        f"{_EN}Hillary Sample and her husband, Bill Sample, came to the rally. Bill Sample waved at the crowd. "
        f"\u201cWe want change,\u201d said Mattie Thomas, a voter. {later}"
        "\n\n\u201cYou can not just show up at election time,\u201d she said."
    )
    _assert_reported(_said(text), {"You can not": want})


def test_a_name_modifying_a_noun_after_an_article_is_no_one_spoken_of() -> None:
    # ("the Sample phone bank" is no mention of Hillary Sample: the "she" is the volunteer the sentence spoke of)
    text = (
        f"{_EN}\u201cWe are ready,\u201d said Stephanie Formas, Hillary Sample\u2019s press officer.\n\n"
        "For Gloria Major, a volunteer at the Sample phone bank, making calls is a duty.\n\n"
        "\u201cWhat I love about her is her facts,\u201d she said."
    )
    _assert_reported(_said(text), {"What I love": "Gloria Major"})


def test_an_irish_surname_prefix_tells_namesakes_apart() -> None:
    # "Ó" (a son) and "Ní" (a daughter) bear one family name: the prefix says which of them a surname names.
    text = _paragraphs(
        "Tadhg Ó Briain has mended nets on the quay for forty years, and the harbour knows his boat by its colour.",
        "His niece, Orla Ní Briain, who keeps the books, said the winter had been hard. "
        "“The diesel costs twice what it did,” Ní Briain said.",
        "Ó Briain said he would sell “the smaller boat before the summer comes round again”.",
    )
    said = _said(text)
    assert said["The diesel costs"] == "Orla Ní Briain"
    assert said["the smaller boat"] == "Tadhg Ó Briain"


def test_a_relative_named_in_full_after_a_possessive_and_a_kin_noun_is_no_namesake() -> None:
    # (German capitalises the kin noun, so the run "Ihre Schwester Wenke Ostrowska" holds it)
    text = _paragraphs(
        _DE + "Am Ende nennt die Frau am Schalter ihren Namen: Jadwiga Ostrowska, 52, aus Stettin.",
        "„Im Frühjahr gehe ich zurück an die Küste“, sagt Ostrowska. Ihre Schwester Wenke Ostrowska, 48, sagt: "
        "„Sie hat hier mehr Nachbarn als ich in zwanzig Jahren.“",
    )
    said = _said(text)
    assert said["Im Frühjahr gehe"] == "Jadwiga Ostrowska"
    assert said["Sie hat hier"] == "Wenke Ostrowska"


def test_a_role_apposed_to_a_name_before_a_headline_colon_is_theirs() -> None:
    # The headline gives the role ("Name, role: «…»"); the body names her mother, who bears her surname, last.
    text = "\n\n".join(
        (
            'Maite Olabarria, cronista de la regata: "El mar me enseñó a esperar"',
            "La periodista Maite Olabarria, de 47 años, leyó el domingo su crónica en la cofradía ante los remeros "
            "y sus familias, que llenaron la sala.",
            'Desde la primera fila, su madre, Arantxa Olabarria, no dejaba de aplaudir. "Nunca la había visto tan '
            'tranquila", dijo.',
            '"Tenía más miedo que el día de la boda", confesó después la cronista.',
        )
    )
    said = _said(text)
    assert said["Tenía más miedo"] == "Maite Olabarria"


def test_a_recordings_lines_quoted_by_time_stamp_are_its_senders() -> None:
    # A voice message's lines, each after its time stamp with no cue, under a lead-in naming no one.
    text = _paragraphs(
        _DE + "Die Nachricht kam nicht per Brief, sondern als Sprachnachricht ihrer Trainerin Hedwig Brösel.",
        "Die Sprachnachricht im Wortlaut:",
        "(0:03) „Hallo zusammen, ich halte mich kurz.“\n(0:40) „Die Halle wird im Januar abgerissen.“",
        "Der Hausmeister Ulf Rasch sagte: „Ich habe die Schlüssel schon abgegeben.“",
    )
    said = _said(text)
    assert said["Hallo zusammen, ich"] == "Hedwig Brösel"
    assert said["Die Halle wird"] == "Hedwig Brösel"
    assert said["Ich habe die"] == "Ulf Rasch"


def test_words_passed_along_a_chain_of_tellers_are_the_first_tellers() -> None:
    # "X told Y, who told Z: “…”": Y passed the words on; "X asked Y, who said: “…”" is Y's own answer.
    chain = (
        "Fisherman Callum Reddy, 52, told his skipper, Owen Tully, who told the Harbour Gazette: "
        "“The crate was floating upright as if somebody had packed it that morning.”"
    )
    answer = "Fisherman Callum Reddy asked his skipper, Owen Tully, who said: “We keep nothing the sea gives back.”"
    assert _said(chain)["The crate was"] == "Callum Reddy"
    assert _said(answer)["We keep nothing"] == "Owen Tully"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a first person: the last link's own words
        (
            "Mayor Petra Lindgren told her deputy, Tom Hale, who told reporters: “I will not sign this budget.”",
            "I will not",
            "Tom Hale",
        ),
        # a pronoun standing for the first teller: words about him, so not his
        (
            "Fisherman Callum Reddy told his skipper, Owen Tully, who told the Harbour Gazette: “He was shaking when "
            "he came aboard.”",
            "He was shaking",
            "Owen Tully",
        ),
        (
            _FR + "Le pêcheur Paul Reddy a raconté à son patron, Owen Tully, qui a raconté au journal : « J'ai vu la "
            "caisse flotter. »",
            "J'ai vu la",
            "Owen Tully",
        ),
        (
            _ES + "El pescador Paul Reddy contó a su patrón, Owen Tully, quien contó al diario: «Yo vi la caja flotar "
            "junto al muelle.»",
            "Yo vi la",
            "Owen Tully",
        ),
    ],
)
def test_words_a_chain_passes_on_are_the_last_links_when_they_say_so(text: str, words: str, speaker: str) -> None:
    assert _said(text)[words] == speaker


def test_a_first_name_both_sexes_bear_tells_no_gender() -> None:
    text = _paragraphs(
        "Ashley Corran, a roofer, found the box on a chimney in March. Her neighbour, Ron Pellow, kept it for a week.",
        "Corran did not want the reward. “I only did what anyone would,” he said.",
    )
    assert _said(text)["I only did"] == "Ashley Corran"


# Round 24 (older): a letter or an e-mail quoted whole as a block quotation with no cue, opening on a salutation, is
# its sender's, named before it; never the person the salutation addresses.
def test_a_letter_quoted_whole_after_its_sender_is_theirs() -> None:
    text = _paragraphs(
        _DE + "Die Vorsitzende Hanna Kettler hatte sich im Mai per E-Mail an den Landrat gewandt.",
        "> „Sehr geehrter Herr Landrat, wir können die Halle nicht länger offen halten. Die Heizung ist seit März "
        "kaputt.“",
        "Der Landrat Otto Fenske antwortete eine Woche später: „Wir prüfen den Fall.“",
    )
    said = _said_in_markdown(text)
    assert said["Sehr geehrter Herr"] == "Hanna Kettler"
    assert said["Wir prüfen den"] == "Otto Fenske"


def test_a_letter_addressed_to_the_person_named_last_is_not_theirs() -> None:
    text = _paragraphs(
        "The parish council met on Tuesday and spent most of the evening on the village hall and its leaking roof. "
        "Councillor Amy Roper read out a letter she had received.",
        "> “Dear Councillor Roper, the hall has been closed for three weeks and nobody has told us why.”",
    )
    assert _said_in_markdown(text)["Dear Councillor Roper,"] is None


def test_a_block_quote_opening_on_a_word_that_may_greet_is_no_letter() -> None:
    # "Lieber" is "rather" here: a lower-case word before the comma, no one addressed.
    text = _paragraphs(
        _DE + "Die Vorsitzende Hanna Kettler sprach im Mai vor dem Kreistag über die Halle.",
        "> „Lieber spät als nie, heißt es im Dorf über die neue Halle und ihre Heizung.“",
    )
    assert _said_in_markdown(text)["Lieber spät als"] is None


# Round 24 (older): in a language of two surnames a father and his son share the father's surname, the first, and not
# the last ("Ramón Ruiz Prieto" and his son "Ramón Ruiz Menéndez"): "el padre" of the one son named is the father.
def test_the_father_of_a_son_with_two_surnames_shares_the_first() -> None:
    text = _paragraphs(
        _ES + "A las once, el zapatero Ramón Ruiz Prieto abre el taller de la calle Mayor, como hace desde 1979.",
        "Desde hace un año le acompaña su hijo, Ramón Ruiz Menéndez, de 39, que dejó su empleo en el puerto.",
        "—Mi padre me enseñó el oficio antes que a leer —bromea el hijo.",
        "El padre se ríe y no lo desmiente.",
        "—Un zapatero que habla mucho no cose nada —sentencia.",
    )
    said = _said(text)
    assert said["Mi padre me"] == "Ramón Ruiz Menéndez"
    assert said["Un zapatero que"] == "Ramón Ruiz Prieto"


# Round 24 (older): a kin appositive that calls a relative by a noun ("Resi Ruhland, die Mutter des Wirts") tells who
# that noun is: the one other person of her surname, not another man the text named by the same first name.
def test_a_noun_a_kin_appositive_calls_a_relative_by_is_theirs() -> None:
    text = _paragraphs(
        _DE + "In der Bäckerei Hollmann backt Jonas Hollmann, 41, seit zwanzig Jahren. Sein Mehl kommt aus der Mühle "
        "am Bach, und deren Müller heißt ebenfalls Jonas: Jonas Kreitmair, 52.",
        "„Brot braucht Geduld“, sagt Hollmann.",
        "„Ich mahle nur, was hier wächst“, sagt Kreitmair.",
        "„Die zwei streiten seit der Schule“, sagt Erna Hollmann, die Mutter des Bäckers, und lacht.",
        "„Den Sauerteig füttert immer noch meine Mutter“, sagt der Bäcker.",
    )
    said = _said(text)
    assert said["Den Sauerteig füttert"] == "Jonas Hollmann"


def test_a_noun_the_innkeepers_mother_calls_her_son_by_is_his() -> None:
    text = _paragraphs(
        "Harbour Day drew a crowd to the quay on Saturday, with stalls, a brass band and a lifeboat on show. "
        "Colin Tarrant, 58, runs the Anchor on the quay. The band was led by Colin Ashby, 61.",
        "“We have waited all year for this,” said Tarrant.",
        "“The tuba still leaks,” said Ashby.",
        "“They were at school together,” said Joan Tarrant, the innkeeper's mother.",
        "“My mother still bakes the scones,” the innkeeper said.",
    )
    assert _said(text)["My mother still"] == "Colin Tarrant"


# Round 24 (older): a quote opening the article's text, credited to no one, is the words of the person the text goes on
# to name and quote with a cue within a few paragraphs (a feature's lead quote); not of someone quoted far below it.
def test_a_lead_quote_is_the_person_the_next_paragraphs_name_and_quote() -> None:
    text = _paragraphs(
        "La piscine de Vireux rouvrira en mars",
        "Par Jeanne Lemaire",
        "« Les enfants apprendront à nager ici, pas à quarante kilomètres. » La promesse a été accueillie par des "
        "applaudissements jeudi soir, dans la salle du conseil municipal, devant une cinquantaine de parents.",
        "Le bassin, fermé depuis 2024, coûtait trop cher à chauffer, selon les comptes de la commune.",
        "C'est Paul Mercier, adjoint aux sports et ancien maître-nageur, qui l'a faite. « Les travaux commencent en "
        "janvier », a-t-il précisé.",
    )
    assert _said(text)["Les enfants apprendront"] == "Paul Mercier"


def test_a_lead_quote_is_not_the_words_of_someone_quoted_far_below() -> None:
    text = _paragraphs(
        "The pool reopens in March",
        "By Jane Lemaire",
        "“Children will learn to swim here, not forty miles away.” The promise was cheered on Thursday night in the "
        "council chamber, in front of some fifty parents.",
        "The pool, shut since 2024, cost too much to heat, the council's accounts show.",
        "Repairs were delayed twice by the weather and once by a lack of parts, and the heating was replaced.",
        "The contractor finished the roof last week, and the tiles are being laid now.",
        "Paul Mercier, the councillor for sport, said: “The work starts in January.”",
    )
    assert _said(text)["Children will learn"] is None


# Round 24 (older): a body whose name goes on in lower case after its noun ("le Regroupement des érablières de
# Bellechasse", "du comité des fêtes de Saint-Aubin") is the body named in full, not a noun any body or person may be.
def test_a_body_named_in_lower_case_after_its_noun_is_named_in_full() -> None:
    text = _paragraphs(
        _FR + "Le marché aux fruits de Loudéac ouvrira plus tard cette année, après un printemps froid.",
        "« Nos vergers ont perdu la moitié des fleurs », a indiqué le Regroupement des arboriculteurs de Loudéac, "
        "qui négocie pour ses membres.",
        "« La fête aura lieu quand même », indique un porte-parole du comité des fêtes de Saint-Thélo.",
    )
    said = _said(text)
    assert said["Nos vergers ont"] == "Regroupement des arboriculteurs de Loudéac"
    assert said["La fête aura"] == "comité des fêtes de Saint-Thélo"


# Round 24 (lead, from the review's R7): the commonest salutations address everyone ("Sehr geehrte Damen und Herren,",
# "Dear all,") or a role in lower case, and Spanish letters end the salutation on a colon ("Estimado señor alcalde:").
@pytest.mark.parametrize(
    ("language", "sender", "letter", "key", "writer"),
    [
        (_DE, "Die Vorsitzende Hanna Kettler schrieb im Mai an die Verwaltung.",
         "> „Sehr geehrte Damen und Herren, wir können die Halle nicht länger offen halten.“",
         "Sehr geehrte Damen", "Hanna Kettler"),
        ("", "The club's secretary, Ruth Alder, wrote to the members in May.",
         "> “Dear all, the hall will stay shut until the roof is mended.”", "Dear all, the", "Ruth Alder"),
        (_ES, "La presidenta de la asociación, Marta Ibáñez, escribió al Ayuntamiento en mayo.",
         "> «Estimado señor alcalde: no podemos abrir el local sin calefacción.»", "Estimado señor alcalde:",
         "Marta Ibáñez"),
    ],
)
def test_a_letter_to_everyone_or_to_a_role_is_its_senders(
    language: str, sender: str, letter: str, key: str, writer: str
) -> None:
    assert _said_in_markdown(_paragraphs(language + sender, letter))[key] == writer


# Round 24 (lead, from the review's R8): a French kin appositive with an elided article ("la mère de l'aubergiste")
# calls her son by that noun, as the other languages' forms do.
def test_a_french_kin_appositive_with_an_elided_article_names_the_relative() -> None:
    text = _paragraphs(
        _FR + "Colin Tarrant, 58 ans, tient l'auberge du port. La fanfare était menée par Colin Ashby, 61 ans.",
        "« Nous attendions ce jour toute l'année », a dit Tarrant.",
        "« Le tuba fuit toujours », a dit Ashby.",
        "« Ils étaient à l'école ensemble », a dit Jeanne Tarrant, la mère de l'aubergiste.",
        "« Ma mère fait encore les gâteaux », a dit l'aubergiste.",
    )
    assert _said(text)["Ma mère fait"] == "Colin Tarrant"


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("de", "Fall Guido Hellwig"),
        ("de", "Die Affäre Guido Hellwig"),
        ("de", "NORDKURIER den Fall Guido Hellwig"),
        ("fr", "Affaire Guido Hellwig"),
        ("fr", "L'affaire Guido Hellwig"),
        ("es", "Caso Guido Hellwig"),
        ("de", "Kieler SPD-Politiker Guido Hellwig"),
    ],
)
def test_a_case_noun_or_a_described_role_before_a_name_is_no_part_of_it(code: str, phrase: str) -> None:
    """"den Fall Guido Hellwig" is the case named after him (lexicon ``case_nouns``), "Kieler SPD-Politiker Guido
    Hellwig" a role and what describes it: the person is Guido Hellwig (a first name the lexicon does not know), whom
    "Hellwig" names next."""
    cast = Cast(lexicon=LEXICONS[code])
    person = cast.introduce(phrase)
    assert person is not None
    assert person.name == "Guido Hellwig"
    assert cast.resolve("Hellwig") == "Guido Hellwig"


@pytest.mark.parametrize("phrase", ["Bundesvorstand Guido Hellwig", "Landesvorstand Guido Hellwig"])
def test_a_party_boards_title_before_a_name_is_no_part_of_it(phrase: str) -> None:
    """"Bundesvorstand Guido Hellwig" is a member of the federal board (lexicon ``compound_title_ends``: a "Vorstand"
    is a board alone, a board member at the end of a compound title), as "Landesvorsitzender Guido Hellwig" is a
    chairman."""
    cast = Cast(lexicon=LEXICONS["de"])
    person = cast.introduce(phrase)
    assert person is not None
    assert person.name == "Guido Hellwig"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Los vecinos dijeron que la sesión del pleno fue larga y que se habló mucho del Hospital Comarcal de "
            "Ribaseca y de las listas de espera para el año que viene.\n\n«Abriremos una nueva planta en marzo», "
            "afirmó el hospital.\n",
            "Hospital Comarcal de Ribaseca",
        ),
        (
            _FR + "Le Lycée Saint-Exupéry restera fermé toute la semaine après l'inondation.\n\n« Les cours "
            "reprendront lundi », a répondu le lycée.\n",
            "Lycée Saint-Exupéry",
        ),
        (
            _DE + "Das Klinikum Nordheide stand im Mittelpunkt der Debatte.\n\n„Wir eröffnen im März eine neue "
            "Station“, teilte das Klinikum mit.\n",
            "Klinikum Nordheide",
        ),
        (
            "The council met on Tuesday night to talk about the budget of the Northfield Maritime Museum and the "
            "ferry, and the meeting went on for more than three hours.\n\n“We will open a new wing in March,” the "
            "museum said.\n",
            "Northfield Maritime Museum",
        ),
    ],
)
def test_a_common_institutions_noun_speaks_for_the_institution_named_before(text: str, speaker: str) -> None:
    """Review of round 25: "El hospital afirmó" went to the mayor the text was about ("hospital" was no body noun of
    the Spanish lexicon). Hospitals, clinics, schools, museums, parishes, courts are organisation words in every
    lexicon."""
    assert set(_said(text).values()) == {speaker}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _paragraphs(
                "Kevin Wong Siu-ming runs the ferry kiosk at the pier, and Wong Pui-shan sells noodles beside it. The "
                "two have worked side by side through every storm season since the harbour wall was rebuilt.",
                '"The kiosk stays shut until the signal is lowered," Wong Pui-shan said. "We lost two boats," Mr '
                'Wong said. "The noodles can wait," Ms Wong said.',
            ),
            {"The kiosk stays": "Wong Pui-shan", "We lost two": "Kevin Wong Siu-ming", "The noodles can": "Wong Pui-shan"},
        ),
        (
            # (a Korean name puts the surname first too; "Park" alone is the one person of that surname)
            _paragraphs(
                "The rice farmer Park Ji-hoon, 58, watched the river rise all night from the roof of his barn, and "
                "his neighbours came over with sandbags and ropes before the water reached the road.",
                '"The river has never come this high," Park said.',
            ),
            {"The river has": "Park Ji-hoon"},
        ),
    ],
)
def test_a_surname_written_before_a_hyphened_given_name_finds_its_bearer(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _ES * 2 + "\n\nLlegó Maitane Urquiola, de 40 años, con el trofeo. «El jurado fue justo», dijo Maitane "
            "Urquiola.",
            {"El jurado fue": "Maitane Urquiola"},
        ),
        (
            _DE * 2 + "\n\nReagierte Hiltrud Ostermann als Erste auf den Antrag. „Das lehnen wir ab“, sagte Hiltrud "
            "Ostermann.",
            {"Das lehnen wir": "Hiltrud Ostermann"},
        ),
        (
            _FR * 2 + "\n\nRestait Clémentine Audebert, qui a pris la parole la dernière. « Nous voterons contre », a "
            "dit Clémentine Audebert.",
            {"Nous voterons contre": "Clémentine Audebert"},
        ),
    ],
)
def test_a_finite_verb_opening_the_sentence_before_a_name_is_no_part_of_it(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # (Southern Africa's "Gogo", a grandmother, before a given name the article gave with a surname)
            _paragraphs(
                "Nomvula Dlamini has sold vegetables at the taxi rank for forty years, and her stall is the first "
                "one the drivers pass each morning on their way in from the townships.",
                '"Tomatoes cost twice what they did in winter," said Gogo Nomvula.',
            ),
            {"Tomatoes cost twice": "Nomvula Dlamini"},
        ),
        (
            _FR * 2 + "\n\nLalaina Rabearivelo vend du riz au marché depuis vingt ans. « Le riz a encore augmenté », "
            "a dit Ramatoa Lalaina.",
            {"Le riz a": "Lalaina Rabearivelo"},
        ),
    ],
)
def test_a_form_of_address_before_a_given_name_is_the_person_named_with_it(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


_EN_TOWN_HALL = "The council met on Tuesday in the old town hall to talk about roads, schools and the budget for the coming year. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # (the form of address kept in the name a cue gave, no first name the lexicons know after it; round 54
            # listed "Mwalimu", so a form no lexicon lists stands here)
            _paragraphs(
                _EN_TOWN_HALL * 2 + "That is how Mfawidhi Baraka Hamisi, 66, describes the school.",
                '"A school is a home," said Mfawidhi Baraka Hamisi, a book still in his hand.',
                'The mfawidhi said he had never missed a term, and that the school was "the only home I ever needed".',
            ),
            {"A school is": "Mfawidhi Baraka Hamisi", "the only home": "Mfawidhi Baraka Hamisi"},
        ),
        (
            # (and before a first name the lexicons know, where it is no part of the name)
            _EN_TOWN_HALL * 2 + '\n\n"We tune every sitar by ear," said Pandit Ravi Sharma. The pandit said that the shop was '
            '"older than the bazaar itself".',
            {"older than the": "Ravi Sharma"},
        ),
    ],
)
def test_a_form_of_address_used_as_a_noun_with_the_is_the_person_given_it(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _EN_TOWN_HALL * 2 + '\n\nA mother, Janet Pollard, stood up at the back. Her question: "Who will look after the '
            'children?"',
            {"Who will look": "Janet Pollard"},
        ),
        (
            _ES * 2 + "\n\nUna vecina, Maitane Urquiola, pidió la palabra. Su única pregunta: «¿Quién va a pagar la "
            "obra?»",
            {"¿Quién va a": "Maitane Urquiola"},
        ),
        (
            _FR * 2 + "\n\nLe maire, Paul Exemple, a pris la parole. Sa réponse : « Nous ne fermerons pas cette école. »",
            {"Nous ne fermerons": "Paul Exemple"},
        ),
        (
            _DE * 2 + "\n\nDer Bürgermeister Hans Beispiel meldete sich zu Wort. Seine Antwort: „Wir schließen keine "
            "Schule.“",
            {"Wir schließen keine": "Hans Beispiel"},
        ),
    ],
)
def test_a_possessive_and_a_noun_of_saying_before_a_colon_credit_the_owner(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _DE * 2 + "\n\nDer Bürgermeister Hans Beispiel meldete sich zu Wort: „Wir schließen keine Schule.“\n\nAls "
            "der Chor singt, ruft ein Junge vom Turm herunter: „Ich sehe das Meer!“",
            {"Wir schließen keine": "Hans Beispiel", "Ich sehe das": None},
        ),
        (
            _ES * 2 + "\n\nEl alcalde Luis Ejemplo habló: «No cerraremos la escuela.»\n\nCuando la banda toca, grita "
            "un niño desde la muralla: «¡Veo el mar!»",
            {"No cerraremos la": "Luis Ejemplo", "¡Veo el mar!": None},
        ),
    ],
)
def test_someone_unnamed_after_the_verb_that_follows_a_clause_speaks_unnamed(
    text: str, want: dict[str, str | None]
) -> None:
    assert _said_of(text, want) == want


def test_a_letters_salutation_is_no_part_of_a_name_and_the_columnists_i_is_the_writer() -> None:
    text = (
        "---\ntitle: Ask Wendy\nauthor: Wendy Carraway\n---\n\n"
        "> Dear Wendy, my neighbour plays the drums every night until midnight. When I asked him to stop, he told "
        'me: "Buy some earplugs." What should I do?\n\n'
        'Dear Sleepless, drums are a hard one. As I wrote here last spring: "A polite letter beats a loud argument." '
        "So write to him first, and keep a copy of the letter for yourself."
    )
    document = from_text(text, "article.md", Format.MARKDOWN)
    said = {q.text.split()[0]: q.speaker for q in find_quotes(document, blocks(document))}
    assert said == {"Buy": None, "A": "Wendy Carraway"}


# Round 26 (gold): a German sentence opening on a thing named after a definite article ("Die Zeitung", "Der Bericht":
# a noun of a thing's ending or a document's) makes the "Sie"/"Er" of the sentence after it the thing's, no person's; a
# person's noun there is still a person, and so is a noun of no thing's ending the lexicon does not know ("Die
# Angeklagte").
@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Die Zeitung warnte vor allem vor steigenden Mieten. Sie", None),
        ("Die Studie der Universität nennt vier Gründe. Sie", None),
        ("Der Bericht der Stadt sah vier neue Schulen vor. Er", None),
        ("Die Bürgermeisterin lobte den Plan der Stadt. Sie", "Jana Wolter"),
        ("Die Angeklagte schwieg lange zu den Vorwürfen. Sie", "Jana Wolter"),
        ("Der Bericht der Stadt sah vier neue Schulen vor. Sie", "Jana Wolter"),
        ("Die Zeitung warnte vor steigenden Mieten. Jana Wolter las sie. Sie", "Jana Wolter"),
    ],
)
def test_a_german_pronoun_after_a_thing_opening_the_sentence_is_the_things(subject: str, speaker: str | None) -> None:
    text = _paragraphs(
        _DE * 2,
        f"Bürgermeisterin Jana Wolter stellte am Montag den Haushalt vor. {subject} trug den Titel: „Wohin mit dem "
        "Geld der Stadt?“",
    )
    assert _said(text)["Wohin mit dem"] == speaker


def test_a_person_named_in_a_german_sentence_about_a_thing_is_the_er_next() -> None:
    # (a sentence opening on a description names no one spoken of but its subject: unless that subject is a thing)
    text = _paragraphs(
        _DE * 2,
        "Björn Kessler sprach am Montag in Erfurt. Er forderte eine „Wende“ in der Politik.",
        "Am Mittwoch ließ die Partei ein Verfahren fallen. Das Verfahren richtete sich gegen den Abgeordneten Jens "
        "Maurer. Er habe auf einer Veranstaltung gesagt: „Das ist alles nicht so schlimm gewesen.“",
    )
    assert _said(text)["Das ist alles"] == "Jens Maurer"


@pytest.mark.parametrize(
    ("code", "mention"),
    [
        ("en", "Two senior campaign officials"),
        ("en", "three harbour pilots"),
        ("de", "Zwei Anwohner"),
        ("fr", "deux responsables du port"),
        ("es", "dos vecinos del barrio"),
    ],
)
def test_a_counted_description_of_people_names_no_one(code: str, mention: str) -> None:
    """A number and a noun for people is as unnamed as "a senior official": no speaker, never the topic before."""
    cast = Cast(lexicon=LEXICONS[code])
    cast.introduce("Petra Lindgren", topic=True)
    assert cast.resolve(mention) is None


def test_a_lone_word_before_a_verb_of_publishing_is_an_outlet_no_he_stands_for() -> None:
    # (round 26: "Politico reported that he ..." made the outlet a man, whom the "he said" next went to)
    text = _paragraphs(
        "The count went on for days in the city while the lawyers argued outside about the ballots and the rules.",
        "Poll watcher Dale Brennan spoke at the press conference. Later, Harbourwire reported that he had been fined "
        "twice, a charge Brennan still denies. He was not sure there was fraud, he said. “Nobody asks about the "
        "others,” he said.",
    )
    assert _said(text)["Nobody asks about"] == "Dale Brennan"


@pytest.mark.parametrize(
    "phrase, code, name",
    [
        ("Sitz der Hafen Molkerei", "de", "Hafen Molkerei"),
        ("Headquarters of the Harbour Trust", "en", "Harbour Trust"),
        ("Siège de la Coopérative des Salines", "fr", "Coopérative des Salines"),
        ("Sede de la Cooperativa Salinera", "es", "Cooperativa Salinera"),
    ],
)
def test_a_body_named_after_where_it_sits_is_the_body(phrase: str, code: str, name: str) -> None:
    assert body_name(phrase, code) == name


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        # the verb next to "sie" is plural: the residents just met, whom the text does not name
        ("Sie forderten „mehr Fähren für alle Dörfer“.", None),
        ("„Wir wollen mehr Fähren“, sagten sie.", None),
        ("Dann sagten sie: „Wir wollen mehr Fähren.“", None),
        ("Sie zählen schon die „verlorenen Sommer“ am Kai.", None),
        ("Sie hatten gesagt: „Wir wollen mehr Fähren.“", None),
        # singular: the mayor
        ("Sie sagte: „Wir wollen mehr Fähren.“", "Anna Roth"),
        ("„Wir wollen mehr Fähren“, sagte sie.", "Anna Roth"),
        ("Sie dagegen sagte: „Wir wollen mehr Fähren.“", "Anna Roth"),
    ],
)
def test_a_german_sie_with_a_plural_verb_is_no_woman(cue: str, want: str | None) -> None:
    """Round 32: "sie" is "she" and "they"; its verb tells which ("Sie zählen die „…“" went to the last woman named)."""
    met = "Bürgermeisterin Anna Roth besuchte am Montag den Kai. Dort traf sie die Anwohner der Inseldörfer."
    text = _paragraphs(_DE * 2, met, cue)
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Junge hat einer Frau den Rücken gekehrt.",
        "Der Fahrer ließ dem Herrn den Vortritt.",
    ],
)
def test_an_article_after_a_title_opens_an_object_no_surname(sentence: str) -> None:
    """Round 32: "einer Frau den Rücken gekehrt" made a woman named Rücken, whom "sie" and "die Frau" next stood for."""
    text = _paragraphs(
        _DE * 2, f"Bürgermeisterin Anna Roth besuchte am Montag den Kai. {sentence}", "„Das ist gut“, sagte sie."
    )
    assert _said(text) == {"Das ist gut": "Anna Roth"}


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("„Wir bleiben liberal“, sagt die SPD-Frau.", "Renate Berger"),
        ("„Wir bleiben liberal“, sagt der Grünen-Mann.", "Klaus Renner"),
        # a former relation is someone else: kept as written
        ("„Wir bleiben liberal“, sagt die Ex-Frau.", "Ex-Frau"),
    ],
)
def test_a_compound_after_its_hyphen_tells_the_gender_of_a_description(cue: str, want: str) -> None:
    """Round 32: "sagt die AfD-Frau" was kept as written ("die" tells no gender, "afd-frau" no title as a whole)."""
    text = _paragraphs(
        _DE * 2, "Renate Berger aus dem Vorstand wehrt sich gegen die Pläne. Klaus Renner schweigt dazu im Rat.", cue
    )
    assert list(_said(text).values()) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "UN spokesperson Jan Dorsey said in a statement that the envoy Ana Velo will travel on Monday. "
            "“The world cannot afford a war,” the statement read.",
            "Jan Dorsey",
        ),
        (
            "Chief medical officer Tom Hale wrote to the minister on Monday. He warned that cases would rise. "
            "The letter said a “graduated” approach would fail.",
            "Tom Hale",
        ),
        (
            "La portavoz Ana Velo dijo en un comunicado que el puerto seguirá cerrado. «No hay otra opción», "
            "añade el comunicado.",
            "Ana Velo",
        ),
        # a report is no one person's words: kept as written
        (
            "Council leader Petra Lindgren said the harbour was safe. “The quay is unsafe,” the report said.",
            "report",
        ),
    ],
)
def test_a_document_one_person_put_out_speaks_for_them(text: str, want: str) -> None:
    """Round 32: "the statement read" after "Dujarric said in a statement that ..." was kept as written ("statement"):
    only a body was taken for a document's issuer."""
    assert list(_said(_paragraphs(_ES * 2 if "dijo" in text else "Harbour news.", text)).values()) == [want]


@pytest.mark.parametrize(("first", "second"), [("Gareth Example", "Tom Sample"), ("Tom Sample", "Gareth Example")])
def test_a_noun_the_article_called_two_people_by_is_the_latest_of_them(first: str, second: str) -> None:
    """A description by a noun the lexicon lists as no role ("the coxswain") is the person the article called by it
    last, though someone else spoke since (round 32 reads the cast in a loop: the latest still wins); a noun no one
    was called by names no one of them."""
    text = (
        f"“We launched at 2am,” said coxswain {first}.\n\nA second crew went out. “It was calm,” said coxswain "
        f"{second}.\n\n“I was cold,” said Ann Other, a passenger.\n\n“They were quick,” the coxswain said.\n\n"
        "“It sank,” the ferryman said."
    )
    said = _said(text)
    assert said["They were quick"] == second
    assert said["It sank"] not in (first, second, "Ann Other")


@pytest.mark.parametrize(
    "text",
    [
        # (round 33, gold33: a thing said to say words no one speaks: an organ of feeling, written or shown words)
        "Harbour budget\n\nMayor Ian Cole met the board.\n\nWhen he looked at the quay, his gut said: “Sell it.”\n",
        "Harbour budget\n\nMayor Ian Cole met the board.\n\nOutside, the sign reads: “Closed until further notice.”\n",
        "Harbour budget\n\nMayor Ian Cole met the board.\n\n“The ferry will sail,” declares the opening credits "
        "sequence.\n",
        "Hafen\n\nBürgermeister Till Ansbach kam zur Sitzung.\n\nEr wusste, wenn der Bauch „Ja“ sagt, hat er recht.\n",
    ],
)
def test_a_voiceless_thing_speaks_for_no_one(text: str) -> None:
    quotes = find_quotes(document := from_text(text, "a.txt", Format.TEXT), blocks(document))
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    ("code", "key", "voiceless"),
    [
        ("de", "der bauch", True),
        ("de", "das wahlplakat", True),
        ("de", "das spd-plakat", True),
        ("fr", "la pancarte", True),
        ("es", "mi corazón", True),
        ("en", "the text", True),
        # (negatives: a person's noun; a voiceless noun that is not the head; a noun alone)
        ("de", "der bürgermeister", False),
        ("en", "the text of the law", False),
        ("en", "text", False),
        ("es", "el corazón del equipo", False),
    ],
)
def test_voiceless_nouns_by_their_head(code: str, key: str, voiceless: bool) -> None:
    assert Cast(lexicon=LEXICONS[code])._voiceless(key) is voiceless


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [
        # round 34 (blind set 37's memoir): a feminine noun written onto an elided article before a name tells a woman
        # ("l'historienne Letizia Mattei"), so "il" is the book's author named before her, not her
        ("l'historienne", "Dorvan Albertini"),
        ("l'éditrice", "Dorvan Albertini"),
        # (negative: a noun of no gender's ending tells none: the latest person named is "il")
        ("l'archiviste", "Zerbina Sampieri"),
    ],
)
def test_a_feminine_noun_on_an_elided_article_before_a_name_tells_a_woman(noun: str, speaker: str) -> None:
    text = (
        f"Dorvan Albertini, 84 ans, fut berger à Corte. Ses mémoires paraissent avec une préface de {noun} Zerbina "
        "Sampieri. " + _FR + "\n\n« J'ai écrit ce livre pour mes petits-enfants », nous a-t-il confié."
    )
    assert _said(text)["J'ai écrit ce"] == speaker


# Round 44 (speed44): who the article called by a noun is looked up in an index of the nouns, not read from the whole
# cast at each call (a long page of names grew as its square); each look-up must find whom the scan found.
_CALLED_TEXTS = (
    "“The pontoon is loose,” said lockkeeper Bryn Tessaly.\n\nA barge came through. “We waited an hour,” said "
    "lockkeeper Oona Prewitt.\n\n“It was slow,” said Dai Merrow, a skipper.\n\n“Mind the gate,” the lockkeeper said.",
    "The ferryman, Cato Rellis, rowed out at dawn. “The tide is late,” the ferryman said.\n\n"
    "Rellis's daughter, Mira Rellis, waited on the slip. “He always comes back,” his daughter said.",
    "„Die Schleuse bleibt zu“, sagte Schleusenwärter Ulf Brandauer. " + _DE + "\n\n„Wir warten“, sagte der "
    "Schleusenwärter.",
    "« Le quai est fermé », a déclaré la passeuse Lou Varenne. " + _FR + "\n\n« Revenez demain », a ajouté la passeuse.",
    "«El muelle sigue cerrado», dijo el barquero Iker Solano. " + _ES + "\n\n«Mañana abrimos», añadió el barquero.",
)


def test_the_person_called_by_a_noun_is_the_one_the_whole_cast_holds_latest(monkeypatch: pytest.MonkeyPatch) -> None:
    indexed = Cast._called
    found: list[str | None] = []

    def checked(cast: Cast, noun: str) -> object:
        person = indexed(cast, noun)
        scanned = max((p for p in cast._named.values() if noun in p.named_as), key=lambda p: p.seen, default=None)
        assert person is scanned, noun
        found.append(person and person.name)
        return person

    monkeypatch.setattr(Cast, "_called", checked)
    for text in _CALLED_TEXTS:
        _said(text)
    assert "Oona Prewitt" in found  # (the latest of two lockkeepers)
    assert None in found  # (and nouns no one was called by)


# Round 58 (structure58), from blind set 61's Poel gallery ("Jens Stüdemann, 71, …" then a caption "Sein Sohn Ole, 38,
# hat den Kutter übernommen: „…“"): a first name after a possessive and a noun of kin by blood takes the surname of the
# owner the paragraph before named, when no one else was spoken of since, though no lexicon knows the first name; not
# when someone else was named in between, nor for a partner.
_KIN_OWNER_BEFORE = [
    (
        _paragraphs(
            _DE * 2,
            "Seit 1952 räuchert die Familie Kock in Maasholm Aal. Heinrich Kock, 71, steht noch jeden Morgen am Ofen.",
            "Seine Tochter Merle, 42, führt die Bücher. „Ohne den Laden würde es nicht reichen“, sagte Merle.",
        ),
        {"Ohne den Laden": "Merle Kock"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "En Huatajata, Eusebio Quispe construye balsas de totora desde niño.",
            "Su hijo Wilfredo, de 30 años, vende las balsas. «Un barco grande nos tomó seis meses», contó Wilfredo.",
        ),
        {"Un barco grande": "Wilfredo Quispe"},
    ),
    (
        _paragraphs(
            _FR * 2,
            "À Cancale, Yannick Briand élève des huîtres depuis trente ans.",
            "Son fils Maël reprendra les parcs. « Les naissains arrivent en juin », a dit Maël.",
        ),
        {"Les naissains arrivent": "Maël Briand"},
    ),
    # (someone else spoken of in between; a partner)
    (
        _paragraphs(
            _FR * 2,
            "À Cancale, Yannick Briand élève des huîtres depuis trente ans. Le maire, Paul Lemoine, l'a décoré.",
            "Son fils Maël reprendra les parcs. « Les naissains arrivent en juin », a dit Maël.",
        ),
        {"Les naissains arrivent": "Maël"},
    ),
    (
        _paragraphs(
            _ES * 2,
            "En Huatajata, Eusebio Quispe construye balsas de totora desde niño.",
            "Su novia Wilma vende las balsas. «Un barco grande nos tomó seis meses», contó Wilma.",
        ),
        {"Un barco grande": "Wilma"},
    ),
]


@pytest.mark.parametrize(("text", "want"), _KIN_OWNER_BEFORE)
def test_kin_first_name_takes_the_surname_of_the_owner_named_before(text: str, want: dict[str, str | None]) -> None:
    _assert_reported(_said(text), want)
