"""An article written as an interview: its unquoted answers are claims of the interviewee, and evidence for a
headline that repeats one (hand-written)."""

from __future__ import annotations

from pathlib import Path

import pytest

import verify
from verify.document import Format, from_text
from verify.extract import extract
from verify.models import Origin, Place, QuoteKind, Severity, StatementKind, Verdict

_INTRO = (
    "Till Ansbach ist seit 2019 Bürgermeister der Hafenstadt. Ansbach hat am Dienstag den Haushalt im Rat "
    "vorgestellt, und die Opposition hat lange über die Fähre gestritten, die seit vielen Jahren auf die Insel fährt."
)


def _answers(text: str, fmt: Format = Format.MARKDOWN) -> list[tuple[str | None, str]]:
    found = extract(from_text(text, "article.md", fmt))
    return [
        (s.speaker, s.text)
        for s in found.statements
        if s.origin is Origin.ARTICLE and s.kind is StatementKind.QUOTE and not s.text.startswith("„")
    ]


def test_labelled_answers_are_the_named_persons_and_a_headline_quoting_one_takes_its_speaker() -> None:
    text = (
        "# „Die Fähre bekommt keinen Cent mehr“\n\n" + _INTRO + "\n\n"
        "Frage: Herr Ansbach, bleibt es bei keinem Cent für die Fähre?\n\n"
        "Ansbach: Ja. Die Fähre bekommt keinen Cent mehr, solange ich im Amt bin.\n\n"
        "Frage: Und der Kai?\n\n"
        "Ansbach: Der Kai wird vor dem Sommer neu gebaut, das verspreche ich Ihnen.\n"
    )
    assert _answers(text) == [
        ("Till Ansbach", "Ja. Die Fähre bekommt keinen Cent mehr, solange ich im Amt bin."),
        ("Till Ansbach", "Der Kai wird vor dem Sommer neu gebaut, das verspreche ich Ihnen."),
    ]
    headline = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes[0]
    assert (headline.place, headline.speaker) == (Place.HEADLINE, "Till Ansbach")


def test_bold_questions_and_plain_answers_credit_the_person_the_introduction_names_most() -> None:
    text = (
        "---\ntitle: Harbour interview\nauthor: Sam Okafor\n---\n\n"
        "*Interview by Sam Okafor.*\n\n"
        "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt before summer.\n\n"
        "**When will the quay reopen?**\n\n"
        "We are going to rebuild it before the summer, without a new tax.\n\n"
        "**Some traders say they were never consulted.**\n\n"
        "We held eleven public meetings, and I went to nine of them.\n\n"
        "**Will the ferry come back?**\n\n"
        "Not this year, and not next year either.\n\n"
        "*Sam Okafor is our harbour reporter and writes every Friday.*\n"
    )
    assert _answers(text) == [
        ("Petra Lindgren", "We are going to rebuild it before the summer, without a new tax."),
        ("Petra Lindgren", "We held eleven public meetings, and I went to nine of them."),
        ("Petra Lindgren", "Not this year, and not next year either."),
    ]


def test_a_paragraph_telling_an_answer_with_a_cued_quote_is_no_answer_its_quote_is_the_claim() -> None:
    """A reader panel: labelled questions, labelled answers, and an answer the reporter tells in a quote and a cue."""
    text = (
        "Dr Helen Okoro runs the council's waste services. Her deputy, Martin Gale, joined her on our panel.\n\n"
        "**Priya Shah, Fishponds:** Why should I believe the caddy will be emptied every week?\n\n"
        "**Helen Okoro:** Because food waste now has its own lorries. It will never share a round.\n\n"
        "**Abi Turner, Longwell:** What about flats with shared bins?\n\n"
        'Mr Gale took that one. "Every block gets a visit before Christmas," he said.\n\n'
        "**Dennis Coe, Kingswood:** I am 81. What happens to people like me?\n\n"
        "**Helen Okoro:** You can ask for an assisted collection, and the crew will take the bin.\n"
    )
    found = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
        ("Helen Okoro", "Because food waste now has its own lorries. It will never share a round."),
        ("Helen Okoro", "You can ask for an assisted collection, and the crew will take the bin."),
    ]
    assert [(q.speaker, q.kind) for q in found if q.text.startswith("Every block")] == [
        ("Martin Gale", QuoteKind.DIRECT)
    ]


def test_one_question_in_a_story_makes_no_interview() -> None:
    text = (
        "Petra Lindgren presented the harbour budget on Tuesday to a packed chamber of councillors.\n\n"
        "Will the ferry come back?\n\nNobody at the meeting could say when the ferry would come back to the island.\n"
    )
    assert _answers(text) == []


def test_two_questions_far_apart_in_a_story_make_no_interview() -> None:
    """Rhetorical questions many paragraphs apart (or a FAQ at a story's end) are no interview: the story's own
    paragraphs between them are nobody's statements. The same questions a paragraph apart are one."""
    intro = "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt soon."
    story = "The council met on Tuesday. The quay has been closed since the storm, and the ferry runs late again."
    asked = ("Who pays for the quay?", "And when will it reopen?")
    far = "\n\n".join([intro, asked[0], *[story] * 8, asked[1], story]) + "\n"
    assert _answers(far) == []
    close = "\n\n".join([intro, *(f"**{question}**" for question in asked[:1]), story, f"**{asked[1]}**", story])
    assert _answers(close + "\n") == [("Petra Lindgren", story)] * 2


def test_questions_not_set_apart_as_an_interviews_make_none() -> None:
    """Rhetorical questions a paragraph apart, FAQ headings and a how-to's bold lead-ins are no interview."""
    intro = "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt soon."
    story = "The council met on Tuesday. The quay has been closed since the storm, and the ferry runs late again."
    rhetorical = "\n\n".join([intro, "Who pays for the quay?", story, "And when will it reopen?", story])
    headings = "\n\n".join([intro, "## Who pays for the quay?", story, "## And when will it reopen?", story])
    lead_ins = "\n\n".join([intro, "Who pays?", story, "**Lower costs.** " + story, "Why now?", story])
    for text in (rhetorical, headings, lead_ins):
        assert _answers(text + "\n") == [], text


def _claims(text: str, fmt: Format = Format.MARKDOWN) -> list[tuple[str | None, str | None, str]]:
    found = extract(from_text(text, "article.md", fmt))
    return [(q.speaker, q.mention, q.text) for q in found.quotes if q.kind is QuoteKind.ANSWER]


_PORT = (
    "Marguerite Oyelaran has run the port of Kessingby since 2023. Her deputy, Tomas Oyelaran, who is also her "
    "brother, sat in. The interview has been edited for length.\n\n"
)


def test_names_on_both_sides_tell_the_asker_by_the_questions_and_a_namesake_label_by_its_first_name() -> None:
    text = (
        _PORT + "The Courier: Why has the quay been closed for a year?\n\n"
        "Oyelaran: Because the piles were rotten, and nobody had checked them since 1990.\n\n"
        "The Courier: Traders say they were never asked.\n\n"
        "Oyelaran: We held eleven meetings. Did you go to any of them?\n\n"
        "The Courier: We did. Is your brother the right deputy?\n\n"
        "Tomas Oyelaran: I was the harbour engineer for ten years before she was appointed.\n"
    )
    assert _claims(text, Format.TEXT) == [
        ("Marguerite Oyelaran", "Oyelaran", "Because the piles were rotten, and nobody had checked them since 1990."),
        ("Marguerite Oyelaran", "Oyelaran", "We held eleven meetings. Did you go to any of them?"),
        ("Tomas Oyelaran", "Tomas Oyelaran", "I was the harbour engineer for ten years before she was appointed."),
    ]


def test_labels_ending_in_a_full_stop_and_set_in_bold_are_turns_of_the_person_the_headline_quotes() -> None:
    text = (
        "# Rocío Vidal: «No voy a pedir perdón por cerrar el puerto»\n\n"
        "La directora del puerto de Villanueva del Mar recibe en su despacho. Villanueva del Mar vive del puerto.\n\n"
        "**Pregunta.** Los pescadores dicen que han perdido clientes.\n\n"
        "**Respuesta.** Los datos dicen lo contrario. Las ventas han subido un 40 % este año.\n\n"
        "**P.** ¿Se presentará a la reelección?\n\n"
        "**R.** Eso lo decidirá el consejo en primavera, no yo.\n"
    )
    assert _claims(text) == [
        ("Rocío Vidal", None, "Los datos dicen lo contrario. Las ventas han subido un 40 % este año."),
        ("Rocío Vidal", None, "Eso lo decidirá el consejo en primavera, no yo."),
    ]


def _interview(tmp_path: Path, answer: str, recorded: str) -> verify.Report:
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "recording.txt").write_text(
        "COURIER: Why has the quay been closed for a year?\n"
        f"MARGUERITE OYELARAN: {recorded}\n"
        "COURIER: Were the traders asked?\n"
        "MARGUERITE OYELARAN: We held eleven meetings, and I went to every one of them.\n",
        encoding="utf-8",
    )
    article = tmp_path / "article.md"
    article.write_text(
        _PORT + "**Why has the quay been closed for a year?**\n\n" + answer + "\n\n"
        "**Were the traders asked?**\n\nWe held eleven meetings, and I went to every one of them.\n",
        encoding="utf-8",
    )
    return verify.check([article])


def test_an_answer_is_checked_against_the_recording_and_a_changed_number_is_an_error(tmp_path: Path) -> None:
    recorded = "Because the piles were rotten, and nobody had checked them since 1990."
    report = _interview(tmp_path, recorded.replace("1990", "1980"), recorded)
    answers = [f for f in report.findings if f.claim.quote_kind is QuoteKind.ANSWER]
    assert [(f.claim.speaker, f.verdict) for f in answers] == [
        ("Marguerite Oyelaran", Verdict.ALTERED),
        ("Marguerite Oyelaran", Verdict.VERIFIED),
    ]
    assert answers[0].severity is Severity.ERROR and any("number" in c.flags for c in answers[0].changes)


def test_an_answer_with_no_recording_is_unverified_not_held_to_the_articles_other_quotes(tmp_path: Path) -> None:
    """The introduction's quote of the same person is drawn from the answers: no evidence against them."""
    article = tmp_path / "article.md"
    article.write_text(
        _PORT.replace("sat in.", 'sat in. Oyelaran promised that "the quay will open by June".')
        + "**When will the quay open?**\n\nIn the summer, if the piles arrive from Rotterdam in time.\n\n"
        "**Will the ferry come back?**\n\nNot this year, and not next year either.\n",
        encoding="utf-8",
    )
    report = verify.check([article], verify.CheckOptions(snapshots=str(tmp_path / "none")))
    answers = [f for f in report.findings if f.claim.quote_kind is QuoteKind.ANSWER]
    assert [f.verdict for f in answers] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]
    assert all(f.severity.rank < Severity.WARNING.rank for f in answers)


def _answerers(text: str) -> list[str | None]:
    quotes = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    return [q.speaker for q in quotes if q.kind is QuoteKind.ANSWER]


def test_the_person_the_dek_names_answers_though_the_introduction_quotes_others_first() -> None:
    text = (
        "# Chief pilot: 'No ferry should wait four hours at the quay'\n\n"
        "*Ingrid Solberg became chief pilot in the summer. As the storms begin, we asked her about the ferries.*\n\n"
        "**By Sam Okafor, harbour reporter**\n\n"
        "The island council has had the longest ferry delays in the region. Its leader, Petra Lindgren, said in a "
        "statement that the council \"will pay for a second berth\". She added: \"Nobody here likes the queue.\"\n\n"
        "**Q. How long do ferries wait?**\n\n"
        "A. The average wait last month was 47 minutes, and the longest was four hours.\n\n"
        "**Q. What does that mean for islanders?**\n\n"
        "A. No ferry should wait four hours at the quay. Every hour a ferry waits, a shop on the island stays empty.\n"
    )
    assert _answerers(text) == ["Ingrid Solberg", "Ingrid Solberg"]
    headline = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes[0]
    assert (headline.place, headline.speaker) == (Place.HEADLINE, "Ingrid Solberg")


def test_a_headline_quote_holds_no_name_of_the_interviewee() -> None:
    # (German capitalises nouns: "Betriebsbedingte Kündigungen" in the quote, "Der Kasseler Pumpenhersteller" in the dek
    # name no one; the person the introduction names most answers)
    text = (
        "# Fährchefin Lindqvist: „Betriebsbedingte Kündigungen schließe ich aus“\n\n"
        "*Der Kieler Fährbetrieb streicht 60 Stellen. Ein Gespräch über Energiepreise und die Zukunft.*\n\n"
        "Karin Lindqvist führt den Betrieb seit 2019. „Wir sind spät dran“, sagt Lindqvist zu Beginn des Gesprächs.\n\n"
        "**Frau Lindqvist, Sie streichen 60 Stellen. Warum?**\n\n"
        "Weil wir sonst in fünf Jahren gar keine Stellen mehr hätten.\n\n"
        "**Wird es betriebsbedingte Kündigungen geben?**\n\n"
        "Betriebsbedingte Kündigungen schließe ich aus. Wir setzen auf Altersteilzeit.\n"
    )
    assert _answerers(text) == ["Karin Lindqvist", "Karin Lindqvist"]


def test_a_box_of_questions_makes_only_its_answers_the_interviewees_not_the_story_before_it() -> None:
    # a bold dateline opening the story is no question; the box's heading is no answer
    text = (
        "<html><body><article><h1>Gruber holt den Titel</h1>"
        "<p><strong>Rosenheim.</strong> Theresa Gruber hat bei der Meisterschaft gewonnen. „Ich habe bis "
        "zum letzten Stock nicht geglaubt, dass es reicht“, sagte die 19-Jährige nach der Siegerehrung.</p>"
        "<p>Ihr Vater und Trainer Alois Gruber stand die ganze Zeit an der Bande und hat am Ende gelacht.</p>"
        "<p>Am Vereinsheim hängt seit Sonntag ein großes Transparent mit den Namen aller Spielerinnen.</p>"
        "<div class='infobox'><h3>Drei Fragen an Theresa Gruber</h3>"
        "<p><strong>Wie haben Sie sich auf die Meisterschaft vorbereitet?</strong></p>"
        "<p>Ich war jeden Abend nach der Berufsschule zwei Stunden auf dem Eis.</p>"
        "<p><strong>Was kommt als Nächstes?</strong></p>"
        "<p>Im Februar fahre ich zur deutschen Meisterschaft nach Garmisch.</p></div>"
        "</article></body></html>"
    )
    found = extract(from_text(text, "article.html", Format.HTML))
    assert [(q.speaker, q.text) for q in found.quotes if q.kind is QuoteKind.ANSWER] == [
        ("Theresa Gruber", "Ich war jeden Abend nach der Berufsschule zwei Stunden auf dem Eis."),
        ("Theresa Gruber", "Im Februar fahre ich zur deutschen Meisterschaft nach Garmisch."),
    ]


_SET_APART_INTERVIEWS = {
    # language: (introduction, [(question, answer), ...]); the questions are marked by the caller
    "de": (
        "Greta Sommerfeld, 61, leitet seit neun Jahren das Tierheim in Wallbach. Sommerfeld hat selbst drei Hunde.",
        [
            ("Frau Sommerfeld, wie viele Tiere leben bei Ihnen?", "Achtzig. Im Sommer waren es doppelt so viele."),
            ("Warum so viele?", "Viele Leute haben sich in der Pandemie einen Hund gekauft und ihn jetzt abgegeben."),
            ("Und das Geld?", "Die Gemeinde zahlt uns 30.000 Euro im Jahr, das reicht nicht für die Tierärzte."),
        ],
    ),
    "fr": (
        "Odile Carrère, 47 ans, dirige la médiathèque de Saint-Amand depuis 2019. Carrère vient du théâtre.",
        [
            ("Madame Carrère, combien de lecteurs ?", "Deux mille inscrits, et le chiffre monte chaque mois."),
            ("Pourquoi le dimanche ?", "Parce que les familles ne peuvent venir que ce jour-là, tout simplement."),
            ("Et le budget ?", "La ville nous donne 80 000 euros par an, et la région un peu plus."),
        ],
    ),
    "es": (
        "Leire Azkona, de 39 años, es la patrona de la cofradía de Bermeo desde marzo. Azkona pesca desde niña.",
        [
            ("¿Cuántos barcos salen cada día?", "Doce, cuando el tiempo lo permite. Hace diez años eran treinta."),
            ("¿Por qué tan pocos?", "Los jóvenes no quieren trabajar de noche, y el gasóleo cuesta el doble."),
            ("¿Y el futuro?", "Si no llegan ayudas este invierno, cerrarán otros tres barcos en primavera."),
        ],
    ),
    "en": (
        "Harriet Quayle, 58, has run the lifeboat station at Porthbeck since 2020. Quayle was a trawler skipper.",
        [
            ("How many volunteers do you have?", "Twenty-six, and four of them joined this autumn after the open day."),
            ("Why do people leave?", "Most of them move away for work, because there are no jobs in the village."),
            ("And the new boat?", "It arrives in March, and it will cut our launch time by half, we hope."),
        ],
    ),
}


def _set_apart(code: str, mark: str) -> tuple[str, str, list[str]]:
    intro, turns = _SET_APART_INTERVIEWS[code]
    body = "\n\n".join(mark.format(question) + "\n\n" + answer for question, answer in turns)
    return intro + "\n\n" + body + "\n", intro.split(",")[0], [answer for _, answer in turns]


def test_questions_led_by_a_dash_with_bare_answers_are_an_interview_in_every_language() -> None:
    """ "– Frau X, wie viele ...?" then a bare answer: the dash sets the question apart as a label would (an en dash,
    an em dash, a Markdown list's hyphen)."""
    for code in _SET_APART_INTERVIEWS:
        for mark in ("– {}", "— {}", "- {}"):
            text, interviewee, answers = _set_apart(code, mark)
            assert _answers(text) == [(interviewee, answer) for answer in answers], (code, mark)


def test_the_lexicons_labels_set_off_by_a_dash_are_turns_in_every_language() -> None:
    """ "**Q —** Comment ...?" / "**R —** On avait ...": a question or answer label of the lexicon set off by a dash
    (em or en) instead of a colon or a full stop; the answers are the interviewee's, without their label. A word
    that is no label of the lexicon before a dash ("Voilà — ...") makes no turn."""
    labels = {"en": ("Q", "A"), "fr": ("Q", "R"), "es": ("P", "R"), "de": ("Frage", "Antwort")}
    for code, (asks, answers) in labels.items():
        intro, turns = _SET_APART_INTERVIEWS[code]
        for dash in ("—", "–"):
            body = "\n\n".join(f"**{asks} {dash}** {q}\n\n**{answers} {dash}** {a}" for q, a in turns)
            text = intro + "\n\n" + body + "\n"
            assert _answers(text) == [(intro.split(",")[0], a) for _, a in turns], (code, dash)
    intro, turns = _SET_APART_INTERVIEWS["fr"]
    body = "\n\n".join(f"{q}\n\nVoilà — {a}" for q, a in turns)
    assert _answers(intro + "\n\n" + body + "\n") == []


def test_questions_in_italics_with_bare_answers_are_an_interview_in_every_language() -> None:
    for code in _SET_APART_INTERVIEWS:
        for mark in ("*{}*", "_{}_"):
            text, interviewee, answers = _set_apart(code, mark)
            assert _answers(text) == [(interviewee, answer) for answer in answers], (code, mark)
    intro, turns = _SET_APART_INTERVIEWS["fr"]
    interviewee, answers = intro.split(",")[0], [answer for _, answer in turns]
    paragraphs = "".join(f"<p><em>{question}</em></p><p>{answer}</p>" for question, answer in turns)
    html = f"<html><body><article><p>{intro}</p>{paragraphs}</article></body></html>"
    assert [(q.speaker, q.text) for q in extract(from_text(html, "a.html", Format.HTML)).quotes] == [
        (interviewee, answer) for answer in answers
    ]


def test_a_dialogue_of_dash_led_lines_on_both_sides_is_no_interview() -> None:
    """Both sides led by a dash is a conversation the quote reader reads as speech, not questions and bare answers;
    so are plain questions with no mark at all."""
    for code in _SET_APART_INTERVIEWS:
        intro, turns = _SET_APART_INTERVIEWS[code]
        dialogue = intro + "\n\n" + "\n\n".join(f"– {q}\n\n– {a}" for q, a in turns) + "\n"
        assert _answers(dialogue) == [], code
        plain = intro + "\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in turns) + "\n"
        assert _answers(plain) == [], code


_READERS = {"de": "Frage von Lena, Ulm", "fr": "Question de Paul, Lyon", "es": "Pregunta de Ana, Vigo", "en": "Jo"}


def test_a_chats_rows_labelled_by_the_name_that_answers_each_question_are_the_named_persons() -> None:
    """A live chat: readers' questions in rows labelled "Question from Dan, Hedge End:", each answered by a row
    labelled with the expert's name. The label answering every question sets the exchange apart; a label that
    answers once does not."""
    for code, (intro, turns) in _SET_APART_INTERVIEWS.items():
        expert = intro.split(",")[0]
        rows = "".join(
            f'<div class="chat-msg"><span class="who">{_READERS[code]}:</span> {question}</div>'
            f'<div class="chat-msg"><span class="who">{expert}:</span> {answer}</div>'
            for question, answer in turns
        )
        html = f"<html><body><article><p>{intro}</p><div class='chat-log'>{rows}</div></article></body></html>"
        found = extract(from_text(html, "a.html", Format.HTML)).quotes
        assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
            (expert, answer) for _, answer in turns
        ], code
        once = f"{intro}\n\n{turns[0][0]}\n\n{expert}: {turns[0][1]}\n\n{turns[1][0]}\n\n{turns[1][1]}\n"
        assert _answers(once) == [], code


def test_answers_labelled_by_initials_are_the_person_with_those_initials() -> None:
    """An "OP:" label answers for Owen Pask, not for his father Clive Pask, named in the same introduction; in every
    language, with or without full stops."""
    for code, (intro, turns) in _SET_APART_INTERVIEWS.items():
        person = intro.split(",")[0]
        first, last = person.split()
        intro = f"{intro} {last}s Bruder, Jonas {last}, war auch da." if code == "de" else intro
        for initials in (first[0] + last[0], f"{first[0]}.{last[0]}."):
            text = intro + "\n\n" + "\n\n".join(f"**{q}**\n\n{initials}: {a}" for q, a in turns) + "\n"
            assert _answers(text) == [(person, answer) for _, answer in turns], (code, initials)


_TRANSCRIPTS = {
    # language: (introduction naming the people, [(label, row), ...])
    "en": (
        "Presenter Daniel Marsh visits Hazel Brennan and her son Tom Brennan at their farm near Ludlow.",
        [
            ("Daniel Marsh", "How many metres of hedge did you plant last winter?"),
            ("Hazel Brennan", "Two thousand metres, all of it on the promise of the grant."),
            ("Tom Brennan", "The young ones see hedges as a crop now, and so do I."),
            ("Hazel Brennan", "We are paid for two-thirds of it, and the plants are in the ground."),
        ],
    ),
    "de": (
        "Moderatorin Jana Vogt spricht mit dem Imker Bernd Kaltenbach und der Biologin Ute Roth über das Bienenjahr.",
        [
            ("Jana Vogt", "Wie viele Völker haben Sie im Winter verloren?"),
            ("Bernd Kaltenbach", "Elf von vierzig, so viele wie noch nie in meinem Leben."),
            ("Ute Roth", "Der Herbst war einfach zu warm für die Bienen, das sehen wir überall."),
            ("Bernd Kaltenbach", "Ich fange im Frühjahr trotzdem wieder von vorne an."),
        ],
    ),
    "fr": (
        "L'adjointe Maryse Le Goff répondait aux auditeurs avec l'animateur Hugo Ferrand.",
        [
            ("Marc, auditeur à Dinard", "Moi je loue un meublé deux mois par an, et je vais augmenter mes prix."),
            ("Sylvie, de Saint-Lunaire", "Et nous, les habitants, qu'est-ce qu'on y gagne avec cette taxe ?"),
            ("Hugo Ferrand", "Madame Le Goff, une réponse pour Sylvie et pour Marc ?"),
            ("Maryse Le Goff", "La moitié de la recette ira aux navettes gratuites, pour tout le monde."),
        ],
    ),
    "es": (
        "La concejala Marta Ibarra contestó a los oyentes junto al presentador Luis Cano.",
        [
            ("Ana, oyente de Getafe", "Yo pago la tasa cada mes y nadie me explica en qué se gasta."),
            ("Luis Cano", "Concejala, ¿qué le contesta usted a Ana y a los demás oyentes?"),
            ("Marta Ibarra", "Que la mitad de lo que se recauda va a los autobuses nocturnos."),
            ("Ana, oyente de Getafe", "Pues yo no he visto ni un solo autobús nocturno en mi barrio."),
        ],
    ),
}


def _speaker_of(label: str) -> str:
    return label.split(",")[0]


def test_a_transcripts_time_stamped_rows_are_claims_of_the_people_their_labels_name() -> None:
    """A podcast's highlights, "[04:20] Name: words" rows in one plain-text paragraph, without quote marks."""
    for code, (intro, rows) in _TRANSCRIPTS.items():
        lines = "\n".join(f"[{10 + i:02d}:{7 * i:02d}] {label}: {row}" for i, (label, row) in enumerate(rows))
        text = intro + "\n\n" + lines + "\n\nDas war die Sendung.\n"
        found = extract(from_text(text, "article.txt", Format.TEXT)).quotes
        assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
            (_speaker_of(label), row) for label, row in rows
        ], code


def test_a_debates_rows_labelled_name_full_stop_dash_on_lines_of_one_paragraph_are_claims() -> None:
    """A French radio's transcript: "NAME. — words" rows on consecutive lines, a note of the room inside one (the words
    on either side of it are the speaker's, the note is no one's)."""
    text = (
        "Alain Morel, président des pêcheurs, et Claire Vidal, des randonneurs, débattaient lundi à la radio. "
        "L'animateur, Yann Roux, a lancé l'échange.\n\n"
        "YANN ROUX. — Monsieur Morel, ces panneaux, qui les enlève ?\n"
        "ALAIN MOREL. — Les sociétés de pêche, et elles le font, presque toujours.\n"
        "CLAIRE VIDAL. — Pas chez moi, à Lasalle, ils sont là depuis octobre !\n"
        "ALAIN MOREL. — Laissez-moi finir ! (Ils parlent en même temps.) Je dis que celui qui oublie sera puni.\n\n"
        "Le préfet tranchera au printemps.\n"
    )
    found = extract(from_text(text, "article.txt", Format.TEXT)).quotes
    assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
        ("Yann Roux", "Monsieur Morel, ces panneaux, qui les enlève ?"),
        ("Alain Morel", "Les sociétés de pêche, et elles le font, presque toujours."),
        ("Claire Vidal", "Pas chez moi, à Lasalle, ils sont là depuis octobre !"),
        ("Alain Morel", "Je dis que celui qui oublie sera puni."),
    ]


def test_a_phone_ins_bold_labelled_rows_are_claims_of_the_callers_and_the_guests() -> None:
    """A radio page's "<strong>Marc, auditeur à Dinard :</strong> words" rows: a caller known by a first name and a
    description, the presenter and the guest the article names."""
    for code, (intro, rows) in _TRANSCRIPTS.items():
        paragraphs = "".join(f"<p><strong>{label}:</strong> {row}</p>" for label, row in rows)
        html = f"<html><body><article><p>{intro}</p>{paragraphs}<p>Fin.</p></article></body></html>"
        found = extract(from_text(html, "a.html", Format.HTML)).quotes
        assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
            (_speaker_of(label), row) for label, row in rows
        ], code


def test_lines_labelled_by_names_that_neither_come_back_nor_speak_in_the_first_person_are_a_list() -> None:
    """A list of people and what they do, a team's line-up, labels that name no one: no transcript."""
    people = (
        "Anna Berg: the mayor since 2019, a former teacher at the harbour school.\n\n"
        "Tomas Lind: the harbour master, in charge of the quay and the ferry timetable.\n\n"
        "Petra Holm: the council's treasurer, who wrote the budget for the quay.\n"
    )
    lineup = (
        "Harbour FC: Lund; Berg, Holm, Lind, Dahl; Ek, Falk, Nyberg; Sund, Wik, Strand.\n\n"
        "Island United: Moe; Rask, Ahl, Bo, Ek; Lind, Dahl, Berg; Holm, Falk, Wik.\n\n"
        "Referee: Tomas Lind, who refereed the cup final in 2024 as well.\n"
    )
    for text in (people, lineup):
        found = extract(from_text("The harbour council met on Tuesday night.\n\n" + text, "a.txt", Format.TEXT))
        assert [q.text for q in found.quotes if q.kind is QuoteKind.ANSWER] == [], text


_HEADINGS = {
    "fr": ("Yann Le Goff a fondé la saline en 1980. Yann Le Goff a passé la main à sa fille, Maëlle Le Goff.",
           "Trois questions à Maëlle Le Goff", "Maëlle Le Goff"),
    "de": ("Jakob Sailer hat den Hof 1980 gegründet. Jakob Sailer hat ihn an seine Tochter Ronja Sailer übergeben.",
           "Drei Fragen an Ronja Sailer", "Ronja Sailer"),
    "es": ("Ramón Ibarra fundó la bodega en 1980. Ramón Ibarra se la dejó a su hija, Itziar Ibarra.",
           "Tres preguntas a Itziar Ibarra", "Itziar Ibarra"),
    "en": ("Walter Pryce founded the dairy in 1980. Walter Pryce handed it to his daughter, Nerys Pryce.",
           "Three questions for Nerys Pryce", "Nerys Pryce"),
}


def test_a_heading_right_above_the_questions_names_the_interviewee() -> None:
    """The introduction names the father most; the heading over the questions names whom they are put to."""
    for code, (intro, heading, person) in _HEADINGS.items():
        _, turns = _SET_APART_INTERVIEWS[code]
        qa = "\n\n".join(f"**{q}**\n\n{a}" for q, a in turns)
        markdown = from_text(f"{intro}\n\n### {heading}\n\n{qa}\n", "a.md", Format.MARKDOWN)
        rows = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in turns)
        html = f"<html><body><article><p>{intro}</p><h3>{heading}</h3>{rows}</article></body></html>"
        for document in (markdown, from_text(html, "a.html", Format.HTML)):
            found = extract(document).quotes
            assert {q.speaker for q in found if q.kind is QuoteKind.ANSWER} == {person}, (code, document.path)



# A reaction box as printed, one language a block: its heading, then rows "Name (role club): words", the last
# row's label naming no one.
_REACTION_BOXES = {
    "en": """What they said
Megan Doyle (coach, Harbour Rovers): I told the girls at half-time that we had nothing to lose.
Owen Pritchard (captain, Ferry Town): We gave away two soft goals and we paid for both of them.
Sarah Quinn (goalkeeper, Harbour Rovers): My hands were frozen but I kept the ball out.
A steward (north stand): Nobody here has seen a crowd like that in twenty years.""",
    "de": """Stimmen zum Spiel
Markus Lehner (Trainer Seestadt): Ich habe der Mannschaft in der Pause nur gesagt, dass wir ruhig bleiben.
Petra Wolff (Kapitänin Bergheim): Wir haben uns das Spiel selbst aus der Hand genommen.
Lena Brandt (Torhüterin Seestadt): Meine Eltern waren zum ersten Mal in der Halle, das freut mich.
Ein Ordner (Nordtribüne): So eine Stimmung gab es hier seit zwanzig Jahren nicht.""",
    "fr": """Ils ont dit
Julien Morel (entraîneur de Saint-Brieuc): Je leur ai demandé de jouer sans penser au score.
Claire Dubois (capitaine de Vannes): Nous avons perdu le match sur deux erreurs de placement.
Marie Lemaire (gardienne de Saint-Brieuc): Je dédie cette victoire à mon grand-père, il était là.
Un bénévole (tribune nord): On n'avait jamais vu autant de monde dans cette salle.""",
    "es": """Las reacciones
Javier Ortega (entrenador del Ourense): Yo les dije en el descanso que no teníamos nada que perder.
Lucía Navarro (capitana del Lugo): Nosotras regalamos dos goles y lo pagamos muy caro.
Carmen Vidal (portera del Ourense): Yo tenía las manos heladas, pero aguanté hasta el final.
Un aficionado (grada norte): Aquí no se veía tanta gente desde hace veinte años.""",
}


def test_a_reaction_boxs_rows_labelled_name_and_role_in_brackets_are_the_claims_of_the_people_named() -> None:
    """A "Stimmen zum Spiel" box: paragraphs each opening on a bold "Name (role club):" label, the words after it
    without quote marks, are that person's claims; a row whose label names no one ("A steward (north stand):") is
    credited to no one. In HTML and Markdown, in every language."""
    for code, box in _REACTION_BOXES.items():
        heading, *lines = box.splitlines()
        labelled = [line.split(": ", 1) for line in lines]
        paragraphs = "".join(f"<p><strong>{label}:</strong> {said}</p>" for label, said in labelled)
        html = f"<html><body><article><p>Fin.</p><h2>{heading}</h2>{paragraphs}<p>Fin.</p></article></body></html>"
        markdown = "Fin.\n\n## " + heading + "\n\n" + "".join(f"**{label}:** {said}\n\n" for label, said in labelled)
        for document in (from_text(html, "a.html", Format.HTML), from_text(markdown, "a.md", Format.MARKDOWN)):
            found = extract(document).quotes
            assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
                (label.split(" (")[0], said) for label, said in labelled[:-1]
            ], (code, document.path)
            anonymous = labelled[-1][1]
            assert all(q.speaker is None for q in found if anonymous[:20] in q.text), (code, document.path)


def test_statements_under_the_answering_labels_before_the_first_question_are_answers() -> None:
    # a briefing's transcript opens on the speakers' statements, then the reporters' questions
    text = (
        "# Die Fähre: das Pressegespräch im Wortlaut\n\n" + _INTRO + " Mit ihm sprach Hafenmeisterin Ines Varga.\n\n"
        "ANSBACH: Die Fähre fährt ab Montag wieder, zweimal am Tag, auch am Wochenende.\n\n"
        "VARGA: Der Kai ist repariert, wir haben die Pfähle in drei Wochen ersetzt.\n\n"
        "Frage (Jan Ott, Inselbote): Was kostet das die Stadt?\n\n"
        "ANSBACH: Zwei Millionen Euro, das meiste zahlt das Land.\n\n"
        "Frage (Jan Ott, Inselbote): Und wann kommt die neue Fähre?\n\n"
        "VARGA: Im Frühjahr, wenn die Werft pünktlich liefert.\n\n"
        "Frage (Eva Lind, Radio Nord): Fährt die alte Fähre bis dahin?\n\n"
        "ANSBACH: Ja, bis die neue Fähre im Hafen liegt.\n\n"
        "Frage (Eva Lind, Radio Nord): Reicht der Kai für die neue Fähre?\n\n"
        "VARGA: Ja, wir haben ihn für größere Schiffe gebaut.\n"
    )
    speakers = [speaker for speaker, _ in _answers(text)]
    assert speakers == ["Till Ansbach", "Ines Varga"] + ["Till Ansbach", "Ines Varga"] * 2


# A parliament's record as an article reprints it, one language a block: rows opening on a title and the member's name
# (in capitals, or a role with the name in brackets), no quote marks, words that need not speak in the first person,
# the chair's row naming no one, a note of the room closing a row; (speaker, words) expected of each row.
_RECORDS = {
    "en": [
        ("Mr Alan Price (Labour):", "The ferry timetable has not changed in three years.", "Alan Price"),
        ("The MINISTER FOR TRANSPORT (Helen Ward):", "The timetable changes in May, as we said.", "Helen Ward"),
        ("Mrs Joan Ellis (Green):", "Passengers on the island deserve a straight answer. (Laughter)", "Joan Ellis"),
    ],
    "de": [
        ("Herr KARL MAIER (SPD):", "Die Fähre fährt seit drei Jahren nach demselben Fahrplan.", "Karl Maier"),
        ("Frau Ministerin (Helga Brandt):", "Der Fahrplan ändert sich im Mai, wie gesagt.", "Helga Brandt"),
        ("Frau Jana Roth (Grüne):", "Die Fahrgäste auf der Insel verdienen eine klare Antwort. (Beifall)", "Jana Roth"),
    ],
    "fr": [
        ("M. Paul Girard (SOC). –", "Le bac de l'île garde le même horaire depuis trois ans.", "Paul Girard"),
        ("Mme la ministre (Hélène Perrin) :", "L'horaire changera en mai, comme on l'a dit au Sénat.", "Hélène Perrin"),
        ("Mme Anne Roux (GEST). –", "Les passagers de l'île méritent une réponse claire. (Sourires)", "Anne Roux"),
    ],
    "es": [
        ("El señor PARDO LUQUE:", "El horario del ferri no ha cambiado en tres años.", "Pardo Luque"),
        ("La señora CONSEJERA DE TRANSPORTES (Ortiz Vela):", "El horario cambia en mayo, como se dijo.", "Ortiz Vela"),
        ("La señora RUIZ SOLER:", "Los pasajeros de la isla merecen una respuesta clara. (Aplausos)", "Ruiz Soler"),
    ],
}


_CHAIRS = {"en": "Madam SPEAKER:", "de": "Frau PRÄSIDENTIN:", "fr": "M. le président. –", "es": "La señora PRESIDENTA:"}


def test_a_parliaments_record_rows_are_the_claims_of_the_members_their_labels_name() -> None:
    """Rows of a record ("La señora X (Grupo):", "Mme X (groupe). –", "Mr X (Party):", a role with the name in
    brackets), bold or not, three rows and two people at least, are the labelled members' claims even with no word in
    the first person; the chair's row names no one and the room's note in brackets is no one's words."""
    for code, rows in _RECORDS.items():
        chair = _CHAIRS[code]
        lines = [(label, said) for label, said, _ in rows] + [(chair, "Order, order.")]
        expected = [(person, said.split(" (")[0]) for _, said, person in rows]
        plain = "".join(f"<p>{label} {said}</p>" for label, said in lines)
        bold = "".join(f"<p><strong>{label}</strong> {said}</p>" for label, said in lines)
        for body in (plain, bold):
            html = f'<html lang="{code}"><body><article><p>Fin.</p>{body}<p>Fin.</p></article></body></html>'
            found = extract(from_text(html, "a.html", Format.HTML)).quotes
            assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == expected, (code, body)


def test_one_name_and_party_line_in_ordinary_prose_is_no_record() -> None:
    """A story whose one paragraph opens "Mr Alan Price (Labour): …" between paragraphs of prose is no record: the
    line is nobody's claim by its form."""
    html = (
        '<html lang="en"><body><article><p>The council met on Tuesday to discuss the ferry timetable.</p>'
        "<p>Mr Alan Price (Labour): the ferry timetable has not changed in three years, the agenda noted.</p>"
        "<p>The vote was postponed until the spring, when the new boat is due to arrive in the harbour.</p>"
        "</article></body></html>"
    )
    found = extract(from_text(html, "a.html", Format.HTML)).quotes
    assert [q for q in found if q.kind is QuoteKind.ANSWER] == []


# A box of questions printed in dialogue dashes, each question and its answer two lines of one paragraph, under a
# heading in capitals; the introduction names and quotes the interviewee's father more.
_DIALOGUE_BOXES = {
    "fr": ("Yann Le Goff a fondé la saline en 1980. « Le sel, c'est ma vie », dit Yann Le Goff. Sa fille, "
           "Maëlle Le Goff, reprend la saline.", "TROIS QUESTIONS À MAËLLE LE GOFF", "Maëlle Le Goff",
           (("Comment avez-vous tenu ?", "En vendant le stock de l'an dernier, nous avions gardé vingt tonnes."),
            ("Des regrets ?", "Un seul : ne pas avoir repris la saline plus tôt avec mon frère."))),
    "en": ("Walter Pryce founded the dairy in 1980. \"Milk is my life,\" said Walter Pryce. His daughter, Nerys Pryce,"
           " takes over.", "THREE QUESTIONS FOR NERYS PRYCE", "Nerys Pryce",
           (("How did you cope?", "We sold last year's cheese and kept twenty tonnes back for the winter."),
            ("Any regrets?", "Just one: not taking over the dairy ten years earlier with my brother."))),
}


def test_a_box_of_questions_in_dialogue_lines_is_answered_by_the_person_its_heading_names() -> None:
    """"— Des regrets ?" / "— Un seul : ..." lines: the answers are claims of the heading's person (not of the father
    the introduction quotes), the outlet's questions are no claims, and "Un seul :" is no speaker's label."""
    for code, (intro, heading, person, turns) in _DIALOGUE_BOXES.items():
        box = "\n\n".join(f"— {q}\n— {a}" for q, a in turns)
        found = extract(from_text(f"{intro}\n\n{heading}\n\n{box}\n\nFin.\n", "a.txt", Format.TEXT)).quotes
        answers = [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER]
        assert answers == [(person, a) for _, a in turns], code
        assert not [q for q in found if any(question in q.text for question, _ in turns)], code


def test_a_label_in_capitals_keeps_the_first_name_that_tells_namesakes_apart() -> None:
    # Round 20: "DECLAN FROST:" read in capitals lost "Declan" as an acronym and matched his father, quoted first.
    text = (
        "# Frost reaches the final\n\n"
        "Declan Frost came from 5-3 down to reach his first ranking final on Tuesday night in Cardiff, and the crowd "
        "stood for him at the end of a long evening of snooker.\n\n"
        "His father Terry Frost has coached him since he was a boy. “He has been practising eight hours a day since "
        "August,” Terry Frost said.\n\n"
        "Q. What changed after the interval?\n\n"
        "DECLAN FROST: Honestly, nothing. I just stopped missing the easy reds.\n\n"
        "Q. Will your dad be in the arena on Sunday?\n\n"
        "DECLAN FROST: He will be in the front row. He has not missed a match since I was nine.\n"
    )
    assert [speaker for speaker, words in _answers(text) if not words.startswith("He has been")] == [
        "Declan Frost",
        "Declan Frost",
    ]


def test_a_hard_wrapped_transcripts_continuation_lines_belong_to_the_row_above() -> None:
    """A plain-text transcript wrapped at a fixed width: a line opening on no label goes on with the row above."""
    text = (
        "Ellen Stoddart, the council leader, took questions from Tom Reyes on the harbour plan on Monday.\n\n"
        "Tom Reyes: Why has the harbour plan taken so long to reach the full council this year?\n"
        "Ellen Stoddart: Because the money was never there, and I have never\n"
        "seen the council agree on anything so quickly once it was.\n"
        "Tom Reyes: And when will the first boats move into the new moorings at the harbour?\n"
        "Ellen Stoddart: In the spring, if the weather holds and the\n"
        "contractors keep to the timetable they gave us.\n\n"
        "The plan goes to a vote next week.\n"
    )
    found = extract(from_text(text, "article.txt", Format.TEXT)).quotes
    assert [(q.speaker, q.text.replace("\n", " ")) for q in found if q.kind is QuoteKind.ANSWER] == [
        ("Tom Reyes", "Why has the harbour plan taken so long to reach the full council this year?"),
        ("Ellen Stoddart", "Because the money was never there, and I have never seen the council agree on anything "
         "so quickly once it was."),
        ("Tom Reyes", "And when will the first boats move into the new moorings at the harbour?"),
        ("Ellen Stoddart", "In the spring, if the weather holds and the contractors keep to the timetable they gave us."),
    ]


def test_an_answer_quoting_a_third_party_stays_the_interviewees_answer() -> None:
    """A quote inside an unlabelled answer credited to someone the introduction does not name is the answer's."""
    text = (
        "Dr Helen Okoro runs the council's waste services. Her deputy, Martin Gale, joined her on our panel.\n\n"
        "**Priya Shah, Fishponds:** Why should I believe the caddy will be emptied every week?\n\n"
        "**Helen Okoro:** Because food waste now has its own lorries. It will never share a round.\n\n"
        "**Abi Turner, Longwell:** Are you not afraid the scheme will fail like the last one?\n\n"
        'As Franklin Roosevelt said, "The only thing we have to fear is fear itself." We have planned this for years.\n\n'
        "**Dennis Coe, Kingswood:** I am 81. What happens to people like me?\n\n"
        "**Helen Okoro:** You can ask for an assisted collection, and the crew will take the bin.\n"
    )
    found = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    assert [(q.speaker, q.text[:22]) for q in found if q.kind is QuoteKind.ANSWER] == [
        ("Helen Okoro", "Because food waste now"),
        ("Helen Okoro", "As Franklin Roosevelt "),
        ("Helen Okoro", "You can ask for an ass"),
    ]


def test_a_joint_interview_answers_each_question_under_both_labels_up_to_the_last_one() -> None:
    """An "interview croisée": two labelled answers to every question, the last question's too; a headline quoting
    one of them and credited to the family's surname alone ("les sœurs Berthou") is the one whose answer holds it."""
    text = (
        "# « Le fleuve ne pardonne pas la distraction » : les sœurs Berthou, passeuses du bac\n\n"
        "Depuis 2009, Claire et Anne Berthou font traverser la Loire à Montjean, quarante fois par jour. Le "
        "département veut remplacer leur bac par une passerelle. Interview croisée.\n\n"
        "**Comment êtes-vous devenues passeuses ?**\n\n"
        "**Claire Berthou :** Notre père tenait le bac avant nous, et il nous a donné les clés.\n\n"
        "**Anne Berthou :** Moi, je voulais être infirmière, et je suis restée dix-sept ans.\n\n"
        "**Et la passerelle ?**\n\n"
        "**Claire Berthou :** Une passerelle, c'est un pont pour les touristes. Un bac, c'est un service public.\n\n"
        "**Anne Berthou :** Le fleuve ne pardonne pas la distraction. Une passerelle ne sait pas lire la Loire.\n"
    )
    assert [(who, words[:24]) for who, _, words in _claims(text)] == [
        ("Claire Berthou", "Notre père tenait le bac"),
        ("Anne Berthou", "Moi, je voulais être inf"),
        ("Claire Berthou", "Une passerelle, c'est un"),
        ("Anne Berthou", "Le fleuve ne pardonne pa"),
    ]
    headline = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes[0]
    assert (headline.place, headline.speaker) == (Place.HEADLINE, "Anne Berthou")


def test_a_broadcasts_subtitle_cues_are_the_claims_of_the_people_their_labels_name() -> None:
    """Round 24 (older): a TV report's subtitles printed after the story (SubRip cues: a number, a timing line, the words
    shown), "NAME: words" rows of two people each under a cue of their own; a reporter's cue and a sound's are no one's."""
    text = (
        "Lifeboat crew rescue a sheep from the cliffs\n\n"
        "A ewe stranded on a ledge above Porthcarn beach was lifted to safety on Sunday. The coxswain, Morwenna Hale, led "
        "the crew, and farmer Idris Penrose, who owns the flock, watched from the cliff top.\n\n"
        "As broadcast on the evening news (subtitles):\n\n"
        "1\n00:00:01,200 --> 00:00:04,000\n[REPORTER] The ewe had been on the ledge for two days.\n\n"
        "2\n00:00:04,300 --> 00:00:07,900\nMORWENNA HALE: We had the tide with us and a very patient sheep.\n\n"
        "3\n00:00:08,100 --> 00:00:11,500\nIDRIS PENROSE: She is the only one of them that ever goes near the edge.\n\n"
        "4\n00:00:11,700 --> 00:00:13,000\n[GULLS CRYING]\n"
    )
    found = extract(from_text(text, "article.txt", Format.TEXT)).quotes
    assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
        ("Morwenna Hale", "We had the tide with us and a very patient sheep."),
        ("Idris Penrose", "She is the only one of them that ever goes near the edge."),
    ]


_COUPLES = {
    # language: (standfirst naming a hyphenated interviewee, her husband and the interviewer (P. H.), [(question,
    # answerer, label, answer), ...])
    "fr": (
        "Anne-Sophie Vautrin tient le phare de Kerbrat depuis 1998. Entretien avec la gardienne et son mari, "
        "Gilles Vautrin. Propos recueillis par Paul Hervé (P. H.).",
        [
            (
                "P. H.", "Combien de marches montez-vous ?", "Anne-Sophie Vautrin", "A.-S. V. :",
                "Deux cent dix, trois fois par jour.",
            ),
            (
                "P. H.", "Et vous, Gilles, vous montez ?", "Gilles Vautrin", "G. V. —",
                "Moi, je reste en bas avec les chèvres.",
            ),
        ],
    ),
    "de": (
        "Hans-Peter Wendling führt seit 1991 die Fähre über den Altrhein. Ein Gespräch mit dem Fährmann und seiner "
        "Frau, Ilse Wendling. Die Fragen stellte Nora Brandt (N. B.).",
        [
            (
                "N. B.", "Wie oft fahren Sie am Tag hinüber?", "Hans-Peter Wendling", "H.-P. W.:",
                "Vierzig Mal im Sommer.",
            ),
            (
                "N. B.", "Und Sie, Frau Wendling, fahren Sie mit?", "Ilse Wendling", "I. W. –",
                "Ich mache die Kasse, das Wasser nicht.",
            ),
        ],
    ),
    "es": (
        "María-Luisa Ochandiano dirige el refugio de Urbasa desde 2004. Entrevista con la guarda y su marido, Iñaki "
        "Ochandiano. Preguntas de Rosa Gil (R. G.).",
        [
            (
                "R. G.", "¿Cuántos montañeros duermen aquí?", "María-Luisa Ochandiano", "M-L O:",
                "Unos tres mil, casi todos en verano.",
            ),
            (
                "R. G.", "¿Y usted, Iñaki, también sube?", "Iñaki Ochandiano", "I. O. —",
                "Yo bajo al pueblo a por el pan cada mañana.",
            ),
        ],
    ),
    "en": (
        "Mary-Jane Pollard has kept the toll bridge at Elsworth since 1996. An interview with the keeper and her "
        "husband, Derek Pollard, by Tom Hale (T. H.).",
        [
            (
                "T. H.", "How many cars cross in a day?", "Mary-Jane Pollard", "M.J.P.:",
                "About nine hundred, twice that on a market day.",
            ),
            (
                "T. H.", "And you, Derek, do you take the tolls?", "Derek Pollard", "D. P. —",
                "I mend the gate and feed the geese.",
            ),
        ],
    ),
}


def test_answers_labelled_by_spaced_initials_of_a_hyphenated_name_are_that_persons() -> None:
    """Initials with or without full stops and spaces, a hyphenated first name's two initials ("M.-C. R. :" for
    Marie-Claude Renaud), set off by a colon or a dash, name the person of the standfirst with those initials; the
    interviewer's initials ask."""
    for code, (intro, turns) in _COUPLES.items():
        rows = [f"**{asker} : {question}**\n\n**{label}** {answer}" for asker, question, _, label, answer in turns]
        text = intro + "\n\n" + "\n\n".join(rows) + "\n"
        assert _answers(text) == [(person, answer) for _, _, person, _, answer in turns], code


def test_an_interviews_i_is_the_interviewee_after_the_first_answer_and_no_one_before_never_the_byline() -> None:
    def speaker_of_the_told_quote(first_answer: str, second_answer: str) -> str | None:
        text = (
            "---\ntitle: Harbour interview\nauthor: Sam Okafor\n---\n\n"
            "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt.\n\n"
            f"**When will the quay reopen?**\n\n{first_answer}\n\n"
            f"**Some traders say they were never consulted.**\n\n{second_answer}\n\n"
            "**Will the ferry come back?**\n\nNot this year, and not next year either.\n"
        )
        found = extract(from_text(text, "article.md", Format.MARKDOWN))
        (told,) = [q for q in found.quotes if q.text.startswith("Not one more winter")]
        return told.speaker

    told = '"Not one more winter with a broken quay," I told the council in May.'
    rebuilt = "We are going to rebuild it before the summer, without a new tax."
    met = "We held eleven public meetings, and I went to nine of them."
    assert speaker_of_the_told_quote(rebuilt, f"We held eleven public meetings. {told}") == "Petra Lindgren"
    assert speaker_of_the_told_quote(f"We are going to rebuild it. {told}", met) is None


def test_name_labels_glued_to_a_dash_are_turns_of_the_interview_not_dialogue() -> None:
    # (round 29: "—**Rocío Montoya:** Catorce meses ..." was read as a raya's dialogue credited to no one)
    text = (
        "# «El muelle abre en verano»\n\n"
        "El alcalde Tomás Urquiza presentó el martes su presupuesto en el pleno. Hablamos con él al día siguiente "
        "en su despacho del ayuntamiento, frente al puerto.\n\n"
        "—**Lucía Peral:** ¿Cuándo abre el muelle?\n\n"
        "—**Tomás Urquiza:** El muelle abre en verano, sin un euro más de impuestos.\n\n"
        "—**Lucía Peral:** ¿Y el ferry?\n\n"
        "—**Tomás Urquiza:** El ferry vuelve el año que viene, lo prometo.\n"
    )
    assert _answers(text) == [
        ("Tomás Urquiza", "El muelle abre en verano, sin un euro más de impuestos."),
        ("Tomás Urquiza", "El ferry vuelve el año que viene, lo prometo."),
    ]


# A phone-in printed in capitals: the host and the guest by full name, the callers by a broadcast role and, in brackets,
# a first name and where they ring from (round 31: the callers' rows, and the run they broke, were not read at all).
_CALLER_TRANSCRIPTS = {
    "en": (
        "The programme was presented by Amina Odhiambo. Her guest was Peter Kamau, the county's roads officer.",
        [
            ("AMINA ODHIAMBO", "Amina Odhiambo", "Good morning. The ferry road has been closed for three weeks now."),
            ("PETER KAMAU", "Peter Kamau", "The contractor will reopen one lane by Friday, I have his word on that."),
            ("CALLER (WANJIRU, LIKONI)", "Wanjiru", "I walk two hours to the market every day because of that road."),
            ("CALLER (BABA OTIENO, BAMBURI)", "Baba Otieno", "My matatu has stood idle since the first week."),
            ("PETER KAMAU", "Peter Kamau", "I hear you, and I will drive that road myself on Friday morning."),
        ],
    ),
    "fr": (
        "L'émission était animée par Lucie Arsenault. Son invité était Marcel Doucet, maire du village.",
        [
            ("LUCIE ARSENAULT", "Lucie Arsenault", "Bonjour à tous. Le quai est fermé depuis trois semaines."),
            ("MARCEL DOUCET", "Marcel Doucet", "Les travaux reprendront lundi, je vous le promets ce matin."),
            ("AUDITRICE (GISÈLE, DE SHÉDIAC)", "Gisèle", "Moi, je fais le tour par la route depuis un mois."),
            ("AUDITEUR (RENÉ, DE CAP-PELÉ)", "René", "Mon bateau est resté attaché au quai tout l'été."),
            ("MARCEL DOUCET", "Marcel Doucet", "Je vous entends, et je serai au quai lundi avec les ouvriers."),
        ],
    ),
    "de": (
        "Die Sendung moderierte Katrin Albers. Ihr Gast war Bernd Kowalski, Bürgermeister der Gemeinde.",
        [
            ("KATRIN ALBERS", "Katrin Albers", "Guten Morgen. Die Fähre fährt seit drei Wochen nicht mehr."),
            ("BERND KOWALSKI", "Bernd Kowalski", "Ab Montag fährt sie wieder, das verspreche ich Ihnen heute."),
            ("ANRUFERIN (HELGA, AUS LEER)", "Helga", "Ich fahre seit einem Monat jeden Tag über die Brücke."),
            ("ANRUFER (JÖRN, AUS WEENER)", "Jörn", "Mein Laden am Anleger hat seit Wochen keine Kundschaft."),
            ("BERND KOWALSKI", "Bernd Kowalski", "Ich höre Sie, und ich bin am Montag selbst an der Fähre."),
        ],
    ),
    "es": (
        "El programa lo presentó Nuria Castaño. Su invitado fue Andrés Pizarro, alcalde del pueblo.",
        [
            ("NURIA CASTAÑO", "Nuria Castaño", "Buenos días. El puente lleva tres semanas cerrado al tráfico."),
            ("ANDRÉS PIZARRO", "Andrés Pizarro", "Las obras terminan el viernes, se lo prometo esta mañana."),
            ("OYENTE (MARISA, DE CORIA)", "Marisa", "Yo doy una vuelta de una hora cada día para ir al mercado."),
            ("OYENTE (PACO, DE MORALEJA)", "Paco", "Mi furgoneta lleva parada desde la primera semana."),
            ("ANDRÉS PIZARRO", "Andrés Pizarro", "Le escucho, y el viernes estaré yo mismo en el puente."),
        ],
    ),
}


@pytest.mark.parametrize("code", sorted(_CALLER_TRANSCRIPTS))
def test_a_callers_label_in_capitals_names_the_caller_in_brackets_after_the_broadcast_role(code: str) -> None:
    intro, rows = _CALLER_TRANSCRIPTS[code]
    colon = " :" if code == "fr" else ":"
    paragraphs = "".join(f"<p><strong>{label}{colon}</strong> {row}</p>" for label, _, row in rows)
    html = f"<html><body><article><p><em>{intro}</em></p>{paragraphs}</article></body></html>"
    found = extract(from_text(html, "a.html", Format.HTML)).quotes
    assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == [
        (speaker, row) for _, speaker, row in rows
    ], code


# A debate printed from its record (Wortprotokoll, minutes, compte rendu, acta): each turn a paragraph under a bold
# label of a title or a role and a name, or a name and a bracket of party or office; notes of the room between the
# turns (no one's words), a call from the floor in brackets with its words unquoted (its caller's), the chair's row
# under a role alone (the words of the one holder the report named, else no one's). Each member speaks once: only the
# form tells.
_DEBATES = {
    "de": (
        "Der Landtag hat am Mittwoch über die Fähre gestritten. Landtagspräsident Albert Frick leitete die Sitzung.",
        [
            ("Der Präsident:", "Ich erteile der Abgeordneten Hasler das Wort, bitte sehr.", "Albert Frick"),
            ("Abg. Ursula Hasler (FBP):", "Die Fähre fährt seit drei Jahren nach demselben Fahrplan.", "Ursula Hasler"),
            ("(Unruhe)", "", None),
            ("Landesrätin Petra Wohlwend:", "Der Fahrplan ändert sich im Mai, wie wir gesagt haben.", "Petra Wohlwend"),
            ("(Zwischenruf Abg. Karl Marxer:", "Das glauben wir erst, wenn wir es sehen!)", "Karl Marxer"),
            ("Karl Marxer (DpL):", "Die Leute auf der Insel warten seit Jahren auf eine Antwort.", "Karl Marxer"),
            ("(Beifall bei der DpL)", "", None),
        ],
    ),
    "en": (
        "The council met on Tuesday to debate the ferry timetable. The minutes record:",
        [
            ("The Chair:", "I call Councillor Price to open the debate on the ferry.", None),
            ("Cllr Alan Price (Lab):", "The ferry timetable has not changed in three years.", "Alan Price"),
            ("(Laughter)", "", None),
            ("Sen. Maria Lopez:", "The timetable changes in May, as the operator promised last year.", "Maria Lopez"),
            ("(Interjection from Cllr Tom Reed:", "That is simply not true, and you know it!)", "Tom Reed"),
            ("Tom Reed (Ind, Harbourside):", "Passengers on the island deserve a straight answer.", "Tom Reed"),
            ("(Applause)", "", None),
        ],
    ),
    "fr": (
        "Le conseil municipal s'est réuni mardi pour débattre du bac. Compte rendu des débats.",
        [
            ("M. Paul Girard (PS) :", "Le bac de l'île garde le même horaire depuis trois ans.", "Paul Girard"),
            ("(Rires)", "", None),
            ("Mme Anne Roux, adjointe aux transports :", "L'horaire changera en mai, comme on l'a dit.", "Anne Roux"),
            ("(Interruption de M. Paul Girard :", "Vous le dites chaque année, madame !)", "Paul Girard"),
            ("Jean Morel (LR) :", "Les passagers de l'île méritent une réponse claire.", "Jean Morel"),
            ("(Applaudissements)", "", None),
        ],
    ),
    "es": (
        "El pleno se reunió el martes para debatir sobre el ferri. Reproducimos las intervenciones, según el acta.",
        [
            ("Dip. Laura Pardo (PP):", "El horario del ferri no ha cambiado en tres años.", "Laura Pardo"),
            ("(Murmullos)", "", None),
            ("Sra. Ana Ortiz Vela (consejera de Transportes):", "El horario cambia en mayo.", "Ana Ortiz Vela"),
            ("(Interrupción del Sr. Pardo:", "¡Eso lo dicen todos los años, señora!)", "Laura Pardo"),
            ("Luis Ruiz Soler (Vox):", "Los pasajeros de la isla merecen una respuesta clara.", "Luis Ruiz Soler"),
            ("(Aplausos)", "", None),
        ],
    ),
}


@pytest.mark.parametrize("code", sorted(_DEBATES))
def test_a_debates_turns_between_notes_of_the_room_are_the_claims_of_the_members_their_labels_name(code: str) -> None:
    intro, turns = _DEBATES[code]
    for fmt in ("html", "md"):
        rows = []
        for label, said, _ in turns:
            note = label.startswith("(")
            if fmt == "html":
                rows.append(f"<p><i>{label} {said}</i></p>" if note else f"<p><b>{label}</b> {said}</p>")
            else:
                rows.append(f"*{label} {said}*".replace(" *", "*") if note else f"**{label}** {said}")
        if fmt == "html":
            body = f"<p>{intro}</p>{''.join(rows)}<p>Fin.</p>"
            text = f'<html lang="{code}"><body><article>{body}</article></body></html>'
            document = from_text(text, "a.html", Format.HTML)
        else:
            document = from_text(f"# Debate\n\n{intro}\n\n" + "\n\n".join(rows) + "\n", "a.md", Format.MARKDOWN)
        found = extract(document).quotes
        expected = [(person, said.rstrip(")")) for _, said, person in turns if person]
        assert [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER] == expected, (code, fmt)


def test_a_description_of_a_member_after_the_record_still_finds_the_member() -> None:
    intro, turns = _DEBATES["de"]
    rows = "\n\n".join(f"**{label}** {said}" if not label.startswith("(") else f"*{label}*" for label, said, _ in turns)
    after = "Nach der Sitzung sagte die Landesrätin vor dem Landtag: „Wir halten Wort, auch im Winter.“"
    found = extract(from_text(f"# Landtag\n\n{intro}\n\n{rows}\n\n{after}\n", "a.md", Format.MARKDOWN)).quotes
    assert [(q.speaker, q.mention) for q in found if q.text.startswith("Wir halten")] == [
        ("Petra Wohlwend", "die Landesrätin")
    ]


# Lines in bold that are no record: terms and their definitions, candidates by name and party with what each stands for
# (no title, no chair, no note of the room), a single bold lead-in, a FAQ's bold questions.
_NOT_RECORDS = {
    "es": "**Cuota:** la cantidad de atún que cada almadraba puede calar en un año.\n\n"
    "**Almadraba:** un arte de pesca fijo de origen fenicio, con redes y anclas.\n\n"
    "**Arráez:** el capitán que dirige la levantá desde la barca principal.\n\n"
    "*(Fuente: Ministerio de Agricultura)*\n\n"
    "**Paco Ruiz:** patrón de la barca mayor, lleva treinta años en la almadraba.\n",
    "de": "**Anna Huber (SPD):** 45 Jahre, Lehrerin aus Vaduz, will die Fähre erhalten.\n\n"
    "**Thomas Vogt (VU):** 52 Jahre, Landwirt, setzt sich für eine neue Brücke ein.\n\n"
    "**Petra Marxer (FBP):** 38 Jahre, Ärztin, fordert einen Fahrplan im Halbstundentakt.\n",
    "en": "**Update:** The council has since postponed the vote to the spring.\n\n"
    "The ferry has run on the same timetable for three years, passengers say.\n\n"
    "**Note:** An earlier version of this story gave the wrong date for the meeting.\n",
    "fr": "**Qui décide de l'horaire ?** Le conseil régional, sur proposition de l'exploitant du bac.\n\n"
    "**Quand change-t-il ?** En mai, chaque année, après le vote du budget annuel.\n\n"
    "**Qui paie le bac ?** La région, à hauteur de deux tiers, et la commune pour le reste.\n",
}


@pytest.mark.parametrize("code", sorted(_NOT_RECORDS))
def test_bold_lead_ins_definitions_and_a_list_of_candidates_are_no_record(code: str) -> None:
    text = f"# Le bac\n\nLe conseil s'est réuni mardi pour parler du bac et de son horaire.\n\n{_NOT_RECORDS[code]}"
    found = extract(from_text(text, "a.md", Format.MARKDOWN)).quotes
    assert [q for q in found if q.kind is QuoteKind.ANSWER] == [], code


# An examination printed as question and answer rows, after a sentence naming who is examined by a role the
# sentence opens on ("Als Zeuge sagte ... aus", "As a witness, ...", "Comme témoin, ...", "Como testigo declaró ..."):
# the answers are that person's, and a later quote "sagte der Zeuge" finds them too.
_EXAMINATIONS = {
    "de": ("Als Zeuge sagte der Fischer Jonas Petersen aus, der seit 20 Jahren im Hafen arbeitet. Aus seiner "
           "Vernehmung durch Richterin Anna Berg:", "Frage", "Antwort",
           "„Ich will nur in Ruhe fischen“, sagte der Zeuge danach.",
           "Jonas Petersen"),
    "en": ("As a witness, Jonas Petersen told the court he had worked at the harbour for 20 years. From his "
           "examination by Coroner Anna Berg:", "Q", "A",
           '"I just want to fish in peace," the witness said afterwards.',
           "Jonas Petersen"),
    "fr": ("Comme témoin, Jonas Petersen a déclaré travailler au port depuis vingt ans. Extrait de son audition par la "
           "juge Anne Berg :", "Question", "Réponse", "« Je veux juste pêcher en paix », a dit le témoin ensuite.",
           "Jonas Petersen"),
    "es": ("Como testigo declaró el pescador Jonás Pérez, que trabaja en el puerto desde hace veinte años. De su "
           "interrogatorio por la jueza Ana Berg:", "Pregunta", "Respuesta",
           "«Solo quiero pescar en paz», dijo el testigo después.", "Jonás Pérez"),
}
_EXAMINED = {
    "de": (("Wann waren Sie am Kai?", "Um fünf Uhr, wie jeden Morgen, und da war noch keiner da."),
           ("Haben Sie den Streit gesehen?", "Nein, ich habe die Netze geflickt und nichts gesehen.")),
    "en": (("When did you reach the quay?", "At five o'clock, as every morning, and nobody was there yet."),
           ("Did you see the fight?", "No, I was mending the nets and saw nothing at all.")),
    "fr": (("Quand êtes-vous arrivé sur le quai ?", "À cinq heures, comme chaque matin, et il n'y avait personne."),
           ("Avez-vous vu la bagarre ?", "Non, je réparais les filets et je n'ai rien vu du tout.")),
    "es": (("¿Cuándo llegó usted al muelle?", "A las cinco, como cada mañana, y no había nadie todavía."),
           ("¿Vio usted la pelea?", "No, estaba remendando las redes y no vi nada de nada.")),
}  # fmt: skip
_HEARD = {
    "de": "Vor Gericht ging es um einen Streit am Hafen",
    "en": "The court heard about a fight at the harbour",
    "fr": "Le tribunal a jugé une bagarre sur le port",
    "es": "El juzgado vio una pelea en el puerto",
}


@pytest.mark.parametrize("code", sorted(_EXAMINATIONS))
def test_an_examinations_answers_and_a_later_description_are_the_person_a_role_opening_the_sentence_names(
    code: str,
) -> None:
    intro, asked, answered, after, person = _EXAMINATIONS[code]
    colon = " :" if code == "fr" else ":"
    rows = "\n\n".join(f"{asked}{colon} {q}\n\n{answered}{colon} {a}" for q, a in _EXAMINED[code])
    text = f"# {_HEARD[code]}\n\n{_HEARD[code]}.\n\n{intro}\n\n{rows}\n\n{after}\n"
    found = extract(from_text(text, "a.md", Format.MARKDOWN)).quotes
    answers = [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER]
    assert answers == [(person, a) for _, a in _EXAMINED[code]], code
    assert [q.speaker for q in found if q.kind is QuoteKind.DIRECT] == [person], code


def test_a_role_opening_the_sentence_is_not_given_to_a_name_after_a_preposition() -> None:
    text = (
        "# Juicio\n\nComo testigo declaró ante la jueza Ana Berg un pescador del puerto que pidió no ser nombrado.\n\n"
        "«Aquí se pesca en paz», dijo la jueza. «Solo quiero pescar», dijo el testigo.\n"
    )
    found = extract(from_text(text, "a.md", Format.MARKDOWN)).quotes
    assert [q.speaker for q in found if q.text.startswith("Solo")] != ["Ana Berg"]


_FLASH = {
    "en": (
        "Harriers beat Rovers 3-1 in the cup final at Meadow Lane on Saturday. Reporter Sam Hale caught the players "
        "and the coaches at the tunnel after the final whistle, and we print the flash interviews as they were given."
        "\n\n**SH:** Jack, three goals in a final. How does that feel?\n\n"
        "**Jack Morrow (captain, Harriers):** Unreal, honestly. The lads ran for each other all day.\n\n"
        "**SH:** Mr Price, what went wrong?\n\n"
        "**Dale Price (manager, Rovers):** We stopped playing after the second goal. That is on me.\n",
        ["Jack Morrow", "Dale Price"],
    ),
    "de": (
        "Die Adler haben den SV Nord im Pokalfinale am Samstagabend mit 3:1 geschlagen. Unsere Reporterin Lena Graf "
        "hat die Spieler und die Trainer direkt nach dem Schlusspfiff am Spielfeldrand abgefangen, wir dokumentieren "
        "die Stimmen der Beteiligten.\n\n**LG:** Jonas, drei Tore im Finale. Wie fühlt sich das an?\n\n"
        "**Jonas Brandt (Kapitän, Adler):** Unwirklich. Die Jungs sind heute füreinander gelaufen.\n\n"
        "**LG:** Herr Keller, was hat gefehlt?\n\n"
        "**Uwe Keller (Trainer, SV Nord):** Wir haben nach dem zweiten Tor aufgehört zu spielen. Das geht auf mich.\n",
        ["Jonas Brandt", "Uwe Keller"],
    ),
    "fr": (
        "Les Dauphins ont battu le Stade 3-1 en finale de la coupe samedi soir au stade municipal. Notre journaliste "
        "Léa Roux a recueilli les réactions des joueurs et des entraîneurs au bord du terrain juste après le coup de "
        "sifflet final.\n\n**LR :** Hugo, trois buts en finale. Qu'est-ce que ça fait ?\n\n"
        "**Hugo Marchand (capitaine, Dauphins) :** C'est irréel. Les gars ont couru les uns pour les autres.\n\n"
        "**LR :** Monsieur Perrin, qu'est-ce qui n'a pas marché ?\n\n"
        "**Denis Perrin (entraîneur, Stade) :** On a arrêté de jouer après le deuxième but. C'est ma faute.\n",
        ["Hugo Marchand", "Denis Perrin"],
    ),
    "es": (
        "Los Delfines ganaron al Atlético 3-1 en la final de copa el sábado por la noche en el estadio municipal. "
        "Nuestra periodista Ana Ruiz habló con los jugadores y los entrenadores a pie de campo justo después del "
        "pitido final.\n\n**AR:** Pablo, tres goles en una final. ¿Cómo se siente?\n\n"
        "**Pablo Serrano (capitán, Delfines):** Es irreal. Los chicos corrieron los unos por los otros.\n\n"
        "**AR:** Señor Prieto, ¿qué falló?\n\n"
        "**Diego Prieto (entrenador, Atlético):** Dejamos de jugar después del segundo gol. Es culpa mía.\n",
        ["Pablo Serrano", "Diego Prieto"],
    ),
}


@pytest.mark.parametrize("code", sorted(_FLASH))
def test_a_name_label_with_a_bracket_of_role_and_club_is_the_answers_speaker_not_its_words(code: str) -> None:
    """Round 33: flash interviews' rows "**Florian Wutte (Kapitän, KSV):** Na jo, …" kept the label in the answer (the
    bracket broke the label), credited to the byline's reporter: the name is the label, the bracket no word of it."""
    text, speakers = _FLASH[code]
    claims = _claims(text)
    assert [speaker for speaker, _, _ in claims] == speakers
    assert [mention for _, mention, _ in claims] == speakers
    assert not any("(" in words or ":" in words[:40] for _, _, words in claims)


def test_a_name_and_bracket_label_in_a_story_without_questions_makes_no_interview() -> None:
    """A name label with a bracket in a story that asks nothing is no interview's row: no answers."""
    text = (
        "Harriers beat Rovers 3-1 in the cup final at Meadow Lane on Saturday, their first trophy in a decade.\n\n"
        "**Jack Morrow (captain, Harriers):** scored all three goals and was named man of the match.\n\n"
        "**Dale Price (manager, Rovers):** left the ground without speaking to the press.\n"
    )
    assert _claims(text) == []


# A broadcast's report printed as rows "speaker label, optional role, colon, words" (round 34): the outlet's own voice
# under a narrator's label ("Voix off :", "Narrator:", "Sprecherin:", "Locutora:") between the rows, no one's claim;
# labels in capitals or not, of names the article never gives (no known first name: the form says they are people: a
# role after the comma, or a label that comes back); someone the label describes without a name, no one's by name.
_REPORT_ROWS = {
    "en": (
        "Extract from the report broadcast on the evening news:",
        [
            ("Narrator", None, "The cannery on the quay has filled tins by hand since before the war."),
            ("Kerensa Polglaze, shop steward", "Kerensa Polglaze", "We put four hundred tonnes a year in tins here."),
            ("Narrator", None, "For the staff the news came on a Monday morning, without any warning."),
            ("Kerensa Polglaze, shop steward", "Kerensa Polglaze", "Forty jobs means forty families in this town."),
            ("A worker who asked not to be named", None, "I have no car, so the new site is out of reach for me."),
        ],
    ),
    "de": (
        "Auszug aus dem Bericht der Abendnachrichten:",
        [
            ("SPRECHERIN", None, "In der Halle am Kai wird noch jede Dose von Hand gefüllt, wie vor hundert Jahren."),
            ("WIEBKE OLTMANNS, BETRIEBSRÄTIN", "Wiebke Oltmanns", "Wir füllen hier vierhundert Tonnen im Jahr ab."),
            ("SPRECHERIN", None, "Für die Belegschaft kam die Nachricht am Montagmorgen, ohne jede Vorwarnung."),
            ("WIEBKE OLTMANNS, BETRIEBSRÄTIN", "Wiebke Oltmanns", "Vierzig Stellen, das sind vierzig Familien."),
            ("EINE ARBEITERIN, DIE IHREN NAMEN NICHT NENNEN WOLLTE", None, "Ich habe kein Auto, das schaffe ich nie."),
        ],
    ),
    "fr": (
        "Extrait du reportage diffusé dans le journal du soir :",
        [
            ("Voix off", None, "Dans l'atelier du quai, on remplit encore chaque boîte à la main, comme avant."),
            ("Gwenaëlle Quéméner, déléguée du personnel", "Gwenaëlle Quéméner", "On met quatre cents tonnes en boîte."),
            ("Voix off", None, "Pour les salariés, la nouvelle est tombée un lundi matin, sans prévenir."),
            ("Gwenaëlle Quéméner, déléguée du personnel", "Gwenaëlle Quéméner", "Quarante emplois, quarante familles."),
            ("Une ouvrière qui a souhaité garder l'anonymat", None, "Je n'ai pas de voiture, je ne pourrai pas y être"),
        ],
    ),
    "es": (
        "Reproducimos la transcripción del segmento del noticiero:",
        [
            ("LOCUTORA", None, "En la nave del puerto todavía se llena cada lata a mano, como hace cien años."),
            ("ITZIAR ZUBELDIA, DELEGADA SINDICAL", "Itziar Zubeldia", "Aquí enlatamos cuatrocientas toneladas al año."),
            ("LOCUTORA", None, "Para la plantilla la noticia llegó un lunes por la mañana, sin ningún aviso."),
            ("ITZIAR ZUBELDIA, DELEGADA SINDICAL", "Itziar Zubeldia", "Cuarenta empleos son cuarenta familias."),
            ("UNA OPERARIA QUE PIDIÓ NO SER IDENTIFICADA", None, "No tengo coche, así que yo no llego a la planta"),
        ],
    ),
}


@pytest.mark.parametrize("code", sorted(_REPORT_ROWS))
def test_a_broadcast_reports_rows_are_claims_of_the_people_their_labels_name_and_the_narrators_of_no_one(
    code: str,
) -> None:
    """Blind set 37's forms: a bulletin's "ALEJANDRA RUELAS, DELEGADA DE LA ADUANA:" rows and a report's "Yann Le Goff,
    délégué du personnel :" rows after "Voix off :" rows went unread (the narrator's rows broke the run, a name no
    lexicon knows named no one)."""
    intro, rows = _REPORT_ROWS[code]
    colon = " :" if code == "fr" else ":"
    body = "\n\n".join(f"**{label}{colon}** {words}" for label, _, words in rows)
    found = extract(from_text(f"# Die Konservenfabrik\n\n{intro}\n\n{body}\n", "a.md", Format.MARKDOWN)).quotes
    claims = [(q.speaker, q.text) for q in found if q.kind is QuoteKind.ANSWER]
    # (the narrator's rows, the first and third, are the outlet's telling: no claim; someone described is a claim of no
    # one by name)
    assert claims == [(speaker, words) for i, (_, speaker, words) in enumerate(rows) if i not in (0, 2)]


def test_a_list_of_people_by_name_and_role_and_lines_under_a_note_or_a_cue_are_no_transcript() -> None:
    """Rows "Name, role: description" that neither come back nor speak in the first person are a list; "Note:",
    "Update 14:05:", "Foto:" label no one, and a cue's colon ("Der Bürgermeister sagte: …") is no row."""
    listed = (
        "**Kerensa Polglaze, shop steward:** the union's voice at the cannery since the strike of 2019.\n\n"
        "**Morwenna Tregear, plant manager:** in charge of the quay and of the new site at Truro.\n\n"
        "**Jory Pascoe, councillor:** chairs the harbour committee, which meets on Tuesdays.\n"
    )
    notes = (
        "Note: the council did not answer our questions before the deadline on Friday.\n\n"
        "Update 14:05: the harbour master confirmed the ferry will sail again on Monday.\n\n"
        "Foto: Der Kai von Norden gesehen, am Montag um acht Uhr morgens fotografiert.\n\n"
        "Der Bürgermeister sagte: Die Fähre fährt wieder, und zwar ab Montag um acht Uhr.\n"
    )
    for text in (listed, notes):
        found = extract(from_text("The harbour council met on Tuesday night.\n\n" + text, "a.md", Format.MARKDOWN))
        assert [q.text for q in found.quotes if q.kind is QuoteKind.ANSWER] == [], text


# Round 48 (frames48): a subheading quoting an answer over an interview is the interviewee's; a quoted subheading over
# a story that is no interview keeps no speaker.
_QUAY_ANSWERS = (
    "Petra Lindgren has led the harbour council since 2021. Lindgren, 54, wants the quay rebuilt. Interview.\n\n"
    "**Harbour Weekly:** When will the quay reopen?\n\n"
    "**Petra Lindgren:** Not before the spring tides. We will not sign anything without a proper survey.\n\n"
    "**Harbour Weekly:** And the ferry?\n\n"
    "**Petra Lindgren:** The ferry comes back in May, with two crossings a day.\n"
)


def test_a_quoted_subheading_over_an_interview_is_the_interviewees() -> None:
    text = (
        "# Quay plans\n\nThe harbour council met on Tuesday and heard the engineers' report on the quay, closed since "
        "the storm in March. The ferry company said it would wait for the council's decision.\n\n"
        "## “We will not sign anything without a proper survey”\n\n" + _QUAY_ANSWERS
    )
    quotes = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    heading = next(q for q in quotes if q.kind is not QuoteKind.ANSWER)
    assert (heading.text, heading.speaker) == ("We will not sign anything without a proper survey", "Petra Lindgren")


def test_a_quoted_subheading_over_a_story_that_is_no_interview_keeps_no_speaker() -> None:
    text = (
        "# Quay plans\n\nThe harbour council met on Tuesday and heard the engineers' report.\n\n"
        "## “We will not sign anything without a proper survey”\n\n"
        "Petra Lindgren has led the harbour council since 2021. The council met on Tuesday and heard the engineers' "
        "report on the quay, which has been closed since the storm in March.\n"
    )
    quotes = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_quote_inside_an_answer_is_not_the_interviewees_by_its_words() -> None:
    """The words the interviewee quotes in an answer (a line she imagines, someone else's) are not hers by the rule
    that credits a subheading repeating an answer."""
    text = (
        "# Quay plans\n\nThe harbour council met on Tuesday and heard the engineers' report.\n\n" + _QUAY_ANSWERS
        + "\n**Harbour Weekly:** And the traders?\n\n"
        "**Petra Lindgren:** I can hear them already: “Where is our quay, then?” They will have it by May.\n"
    )
    quotes = extract(from_text(text, "article.md", Format.MARKDOWN)).quotes
    inside = next(q for q in quotes if q.text.startswith("Where is our quay"))
    assert inside.speaker is None


# Round 49 (roles49): a box of questions set inside a report, under a subheading that names no one and over a line
# that names whom they are put to: the answers are that person's, not the report's speaker quoted most.
_REPORT_BOXES = {
    "en": (
        "<p>Harbour Rovers won the county cup on Saturday, beating Millbrook 2-1 in front of four thousand people.</p>"
        "<p>The county's sports minister, Alan Petrie, handed over the trophy: “The county pays for floodlights.”</p>"
        "<p>“Every club in the county deserves a night like this,” the minister added.</p>"
        "<p>“I have watched this side for thirty years,” Petrie said.</p>",
        "Three questions for the goalkeeper",
        "Tomasz Wiśniewski, 29, saved two penalties in the shoot-out.",
        ("Q.", "A."),
        (
            ("What went through your head before the penalty?", "Nothing at all. I had watched their taker all week."),
            ("And the second one?", "I guessed left and the ball went left, that is all there is to it."),
            ("What now?", "A week off. My knees have earned it after this season."),
        ),
        "Tomasz Wiśniewski",
    ),
    "de": (
        "<p>Der TSV Oberdorf hat am Samstag den Kreispokal gewonnen, mit einem 3:1 gegen den FC Unterau.</p>"
        "<p>Landrat Peter Haas überreichte den Pokal: „Der Kreis zahlt die neue Flutlichtanlage.“</p>"
        "<p>„Jeder Verein im Kreis verdient so einen Abend“, sagte der Landrat.</p>"
        "<p>„Ich schaue mir diese Mannschaft seit dreißig Jahren an“, sagte Haas.</p>",
        "Drei Fragen an die Torhüterin",
        "Lena Moosbrugger, 24, hielt im Elfmeterschießen zwei Strafstöße.",
        ("Frage:", "Antwort:"),
        (
            ("Was ging Ihnen vor dem ersten Elfmeter durch den Kopf?", "Gar nichts. Ich hatte die Schützin auf Video."),
            ("Und beim zweiten?", "Ich bin nach links gesprungen, und der Ball kam nach links, mehr war es nicht."),
            ("Und jetzt?", "Eine Woche frei. Meine Knie haben sich das nach dieser Saison verdient."),
        ),
        "Lena Moosbrugger",
    ),
    "fr": (
        "<p>L'AS Rivière a remporté samedi la coupe départementale, en battant le FC Vallon 2-1.</p>"
        "<p>Le président du département, Jacques Morel, a remis le trophée : « Le département paiera l'éclairage. »</p>"
        "<p>« Chaque club mérite une soirée comme celle-ci », a ajouté le président.</p>"
        "<p>« Je suis cette équipe depuis trente ans », a dit Morel.</p>",
        "Trois questions à la gardienne",
        "Inès Bouchareb, 26 ans, a arrêté deux tirs au but.",
        ("Question :", "Réponse :"),
        (
            ("À quoi pensiez-vous avant le premier tir ?", "À rien du tout. J'avais regardé la tireuse en vidéo."),
            ("Et le deuxième ?", "J'ai plongé à gauche et le ballon est parti à gauche, c'est tout."),
            ("Et maintenant ?", "Une semaine de repos. Mes genoux l'ont bien méritée cette saison."),
        ),
        "Inès Bouchareb",
    ),
}


def _report_box(code: str, heading: str | None = None, intro: str | None = None) -> str:
    report, title, line, (asks, answers), turns, _ = _REPORT_BOXES[code]
    rows = "".join(f"<p><b>{asks}</b> {q}</p><p><b>{answers}</b> {a}</p>" for q, a in turns)
    return (
        f"<html><body><article><h1>Cup final</h1>{report}<div class=\"box\"><h3>{heading or title}</h3>"
        f"<p>{intro or line}</p>{rows}</div><p>The club thanked its supporters.</p></article></body></html>"
    )


@pytest.mark.parametrize("code", sorted(_REPORT_BOXES))
def test_a_box_of_questions_inside_a_report_is_answered_by_the_person_its_opening_line_names(code: str) -> None:
    found = extract(from_text(_report_box(code), "article.html", Format.HTML)).quotes
    answers = [q for q in found if q.kind is QuoteKind.ANSWER]
    assert len(answers) == 3
    assert {q.speaker for q in answers} == {_REPORT_BOXES[code][-1]}


def test_a_box_whose_heading_names_its_interviewee_keeps_them_whoever_its_opening_line_names() -> None:
    text = _report_box(
        "en", heading="Three questions for Tomasz Wiśniewski", intro="He kept goal beside captain Ian Marsh, 31."
    )
    answers = [q for q in extract(from_text(text, "article.html", Format.HTML)).quotes if q.kind is QuoteKind.ANSWER]
    assert {q.speaker for q in answers} == {"Tomasz Wiśniewski"}


# Round 58 (structure58), from blind set 61's Samnaun and Benasque interviews: a byline set as the dek or above the
# introduction ("Von Seraina Jenal · Samnaun · Freitag, …", "Por Pilar Lanau Viernes …") is the writer's line, whose
# name is never the interviewee, though its capitalised run opens on the byline's word; and a place the introduction
# names, which the body later names a body after ("Samnaun" of "Werkhof Samnaun"), is no one the introduction
# introduces: only someone it names in full is.
def test_a_byline_opening_on_its_word_and_a_place_a_body_is_named_after_are_not_the_interviewee() -> None:
    text = (
        "# „Der Damm hält“\n\n"
        "*Von Hanna Brodersen · Ockholm · Freitag, 4. Dezember 2026*\n\n"
        "Seit die Sturmflut am Montag den Deich bei Ockholm beschädigt hat, ist der Koog nur über Bredstedt "
        "erreichbar. Der Deichgraf von Ockholm, Jens Carstensen, hat dreißig Jahre lang Deiche gebaut. Wir haben ihn "
        "am Donnerstag in Ockholm getroffen.\n\n"
        "**Wie lange dauert die Reparatur?**\n\n"
        "Die Reparatur des Deichs dauert mindestens vier Wochen.\n\n"
        "**Haben die Leute Angst?**\n\n"
        "Wir haben schon schlimmere Fluten erlebt, und der Deich hat immer gehalten.\n\n"
        "Das Landesamt für Küstenschutz, Betriebsstätte Ockholm, teilt mit: „Der Deich wird Tag und Nacht "
        "überwacht.“\n"
    )
    assert [speaker for speaker, _ in _answers(text) if speaker != "Betriebsstätte Ockholm"][:2] == [
        "Jens Carstensen",
        "Jens Carstensen",
    ]
