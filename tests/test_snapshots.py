"""Reading the snapshot store: JSON snapshots, transcripts, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from verify.models import StatementKind
from verify.sources.snapshots import load_store
from verify.sources.store import open_store


def test_transcript_turn_labels_in_the_forms_transcribers_write(tmp_path: Path) -> None:
    lines = [
        "**Kovac:** We did not ask for more money.",
        "**KOVAC**: The council voted twice.",
        "Marta Kovac, Mayor of Ellwood: Nobody will lose their home.",
        "CARMEN ORTUÑO, alcaldesa: Vamos a construir.",
        "However, the mayor said: a sentence, no label.",
        ">> KOVAC: Captions mark a new speaker so.",
        "- KOVAC: A list of turns.",
        "KOVAC [via video link]: We are ready.",
        "Q. Will it open?",
        "A. Yes, in May.",
        "It is simple, and Costly: a continuation line.",
    ]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    turns = [(s.speaker, s.text) for s in load_store(tmp_path).statements]
    assert turns == [
        ("Kovac", "We did not ask for more money."),
        ("KOVAC", "The council voted twice."),
        ("Marta Kovac", "Nobody will lose their home."),
        ("CARMEN ORTUÑO", "Vamos a construir. However, the mayor said: a sentence, no label."),
        ("KOVAC", "Captions mark a new speaker so."),
        ("KOVAC", "A list of turns."),
        ("KOVAC", "We are ready."),
        ("Q", "Will it open?"),
        ("A", "Yes, in May. It is simple, and Costly: a continuation line."),
    ]


def test_labels_with_two_roles_a_long_role_a_dashed_role_or_two_brackets_are_turns(tmp_path: Path) -> None:
    lines = [
        "IDA BERG, chief executive, Berg & Sons: We will keep every depot open.",
        "Jonas Lind, Parl. Staatssekretär beim Bundesminister für Verkehr und digitale Infrastruktur: Nein.",
        "PETRA HOLM (Eastfield North) (LD): Will the minister meet the families?",
        "TOMÁS REAL (segundo entrenador del Club Deportivo Vallehondo): Ganamos en casa.",
        "NAOMI FAIRWEATHER – Chief Executive: We will look at transport.",
        "Ana Lind - CEO: Nothing changes.",
        "It is simple, and costly, as ever: a continuation line.",
        "Our chair, Ida Berg, said: “We will not sell.”",
        "It is simple - and costly: a continuation line too.",
    ]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    turns = [(s.speaker, s.text) for s in load_store(tmp_path).statements]
    assert turns == [
        ("IDA BERG", "We will keep every depot open."),
        ("Jonas Lind", "Nein."),
        ("PETRA HOLM", "Will the minister meet the families?"),
        ("TOMÁS REAL", "Ganamos en casa."),
        ("NAOMI FAIRWEATHER", "We will look at transport."),
        (
            "Ana Lind",
            "Nothing changes. It is simple, and costly, as ever: a continuation line. "
            "Our chair, Ida Berg, said: “We will not sell.” It is simple - and costly: a continuation line too.",
        ),
    ]


def test_a_label_naming_a_role_takes_the_name_its_bracket_gives(tmp_path: Path) -> None:
    lines = [
        "THE CORONER (Helen Marsh): I record a conclusion of misadventure.",
        "CHAIR (Cllr Ann Bell): The meeting is closed.",
        "HAZEL QUINN (Save Blackmoor Hospital): We will keep fighting.",
        "MR PRIESTLEY (for the family): Has the company changed its rules?",
    ]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [s.speaker for s in load_store(tmp_path).statements] == [
        "Helen Marsh",
        "Cllr Ann Bell",
        "HAZEL QUINN",
        "MR PRIESTLEY",
    ]


def test_a_label_alone_on_its_line_opens_a_turn_of_the_lines_after_it(tmp_path: Path) -> None:
    lines = [
        "KOVAC:",
        "We will not close the library.",
        "It stays open.",
        "",
        "ROSS:",
        "Why keep it?",
        "KOVAC: The money is there.",
    ]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [(s.speaker, s.text) for s in load_store(tmp_path).statements] == [
        ("KOVAC", "We will not close the library. It stays open."),
        ("ROSS", "Why keep it?"),
        ("KOVAC", "The money is there."),
    ]


def test_a_listeners_interjection_does_not_end_a_speakers_turn(tmp_path: Path) -> None:
    lines = [
        "KOVAC: We will build the bridge.",
        "ROSS: Right.",
        "KOVAC: And the ferry keeps running.",
        "ROSS: What about the crews?",
        "KOVAC: They will be retrained.",
    ]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    turns = [(s.speaker, s.text, s.line) for s in load_store(tmp_path).statements]
    assert turns == [
        ("KOVAC", "We will build the bridge. And the ferry keeps running.", 1),
        ("ROSS", "Right.", 2),
        ("ROSS", "What about the crews?", 4),
        ("KOVAC", "They will be retrained.", 5),
    ]


@pytest.mark.parametrize(
    ("asker", "question"),
    [("REPORTER", "And children?"), ("PERIODISTA", "¿Y los niños?"), ("JOURNALISTE", "Et après ?"), ("ROSS", "Warum?")],
)
def test_a_short_question_between_two_turns_of_one_speaker_ends_the_first(
    tmp_path: Path, asker: str, question: str
) -> None:
    # The next turn answers the question: a quote across the two answers is a splice, not one statement.
    lines = ["KOVAC: Existing patients can stay until March.", f"{asker}: {question}", "KOVAC: For as long as we can."]
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    turns = [(s.speaker, s.text, s.line) for s in load_store(tmp_path).statements]
    assert turns == [
        ("KOVAC", "Existing patients can stay until March.", 1),
        (asker, question, 2),
        ("KOVAC", "For as long as we can.", 3),
    ]


def test_a_json_transcripts_interjection_does_not_end_a_turn_either(tmp_path: Path) -> None:
    said = [("KOVAC", "We will build the bridge."), ("ROSS", "Mm-hmm."), ("KOVAC", "And the ferry keeps running.")]
    _write(
        tmp_path / "t.json",
        {"kind": "transcript", "statements": [{"speaker": who, "text": text} for who, text in said]},
    )
    turns = [(s.speaker, s.text) for s in load_store(tmp_path).statements]
    assert turns == [("KOVAC", "We will build the bridge. And the ferry keeps running."), ("ROSS", "Mm-hmm.")]


def test_a_json_transcripts_speakers_are_read_as_labels_are(tmp_path: Path) -> None:
    # "DR NAOMI FAIRWEATHER (Chief Executive)" kept whole was nobody the article names: her words misattributed to her.
    said = [
        ("DR NAOMI FAIRWEATHER (Chief Executive)", "We will look at transport support."),
        ("Ana Reyes, chief executive", "Births will move in March."),
        ("THE CORONER (Helen Marsh)", "I record a conclusion of misadventure."),
        ("the minister", "No comment."),
    ]
    _write(
        tmp_path / "t.json",
        {"kind": "transcript", "statements": [{"speaker": who, "text": text} for who, text in said]},
    )
    assert [s.speaker for s in load_store(tmp_path).statements] == [
        "DR NAOMI FAIRWEATHER",
        "Ana Reyes",
        "Helen Marsh",
        "the minister",
    ]


def test_a_label_opening_on_an_accented_capital_is_a_turn(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("ÉLODIE GARNIER: Nous fermerons le port.\nJOURNALISTE: Et la criée ?\n", "utf-8")
    assert [s.speaker for s in load_store(tmp_path).statements] == ["ÉLODIE GARNIER", "JOURNALISTE"]


def test_a_short_german_page_is_read_in_german(tmp_path: Path) -> None:
    text = (
        "Die Nordbahn AG bedauert den Streik. „Wir bieten einen Notfahrplan mit rund 20 Prozent der Fernzüge an“, "
        "sagte Bahnsprecherin Anja Reuter. Fahrgäste können ihre Tickets flexibel nutzen."
    )
    _write(
        tmp_path / "p.json",
        {"schema": "verify.snapshot/1", "kind": "page", "author": {"name": "Nordbahn AG"}, "text": text},
    )
    found = {(s.speaker, s.text) for s in load_store(tmp_path).statements}
    assert ("Anja Reuter", "Wir bieten einen Notfahrplan mit rund 20 Prozent der Fernzüge an") in found
    assert (
        "Nordbahn AG",
        "Die Nordbahn AG bedauert den Streik. Fahrgäste können ihre Tickets flexibel nutzen.",
    ) in found


def test_a_french_page_keeps_its_own_sentences_apart_from_its_quotes(tmp_path: Path) -> None:
    text = (
        "La mairie de Vernay regrette la fermeture du pont. « Nous rouvrirons le pont avant l'hiver », a déclaré "
        "le maire Paul Girard. Les habitants peuvent utiliser la navette gratuite."
    )
    _write(tmp_path / "p.json", {"kind": "page", "author": {"name": "Mairie de Vernay"}, "text": text})
    found = {(s.speaker, s.text) for s in load_store(tmp_path).statements}
    own = "La mairie de Vernay regrette la fermeture du pont. Les habitants peuvent utiliser la navette gratuite."
    assert ("Mairie de Vernay", own) in found


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def test_transcript_turns_with_continuation_lines(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(
        "Press conference\n\nRUTTE: First sentence.\nStill Rutte.\n[00:12:03] ZELENSKY: Second.\n", encoding="utf-8"
    )
    store = load_store(tmp_path)
    turns = [(s.speaker, s.text) for s in store.statements]
    assert turns == [("RUTTE", "First sentence. Still Rutte."), ("ZELENSKY", "Second.")]
    assert all(s.kind is StatementKind.TRANSCRIPT for s in store.statements)


def test_a_caption_label_in_a_transcript_names_no_speaker(tmp_path: Path) -> None:
    # "PHOTO: Reuters" between two answers, "Foto:" alone on its line: no speaker "PHOTO", no words of "Foto".
    (tmp_path / "t.txt").write_text(
        "RUTTE: First answer.\nPHOTO: Reuters\nA line under the photo.\nZELENSKY: Second.\nFoto:\ndpa\n",
        encoding="utf-8",
    )
    turns = [(s.speaker, s.text) for s in load_store(tmp_path).statements]
    assert turns == [("RUTTE", "First answer."), ("ZELENSKY", "Second.")]


def test_post_snapshot_and_captures_oldest_first(tmp_path: Path) -> None:
    base = {
        "schema": "verify.snapshot/1",
        "url": "https://x.com/a/status/1",
        "kind": "post",
        "platform": "x",
        "author": {"name": "A", "handle": "a"},
    }
    _write(tmp_path / "new.json", {**base, "text": "edited", "fetched_at": "2025-02-01T00:00:00Z"})
    _write(tmp_path / "old.json", {**base, "text": "original", "fetched_at": "2025-01-01T00:00:00Z"})
    store = load_store(tmp_path)
    assert [p.text for p in store.posts] == ["original", "edited"]
    assert store.posts[0].author.handle == "@a"
    assert store.posts[0].post_id == "1"


def test_bad_snapshots_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    _write(tmp_path / "kind.json", {"schema": "verify.snapshot/1", "kind": "video"})
    _write(tmp_path / "ok.json", {"kind": "transcript", "statements": [{"speaker": "A", "text": "Hello there."}]})
    store = load_store(tmp_path)
    problems = {Path(p.path).name: p.message for p in store.problems}
    assert "malformed snapshot JSON" in problems["broken.json"]
    assert "unknown kind" in problems["kind.json"]
    assert [s.text for s in store.statements] == ["Hello there."]


def test_raw_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "body.txt").write_text("X: not a statement\n", encoding="utf-8")
    assert load_store(tmp_path).statements == ()


def test_missing_directory_is_an_empty_store(tmp_path: Path) -> None:
    assert load_store(tmp_path / "absent").statements == ()


def test_a_missing_directory_opens_without_the_file_stores_modules(tmp_path: Path) -> None:
    store = open_store(tmp_path / "absent")
    assert (store.statements, store.posts, store.problems) == ((), (), ())
    # A check with no store never imports the index (sqlite3) nor the readers of saved files: start-up it would pay.
    article = tmp_path / "a.txt"
    article.write_text('Mara Voss said: "We will open the bridge in May."\n', encoding="utf-8")
    code = (
        "import sys, verify\n"
        f"verify.check([{str(article)!r}], verify.CheckOptions(snapshots={str(tmp_path / 'absent')!r}, jobs=1))\n"
        "print(sorted(m for m in sys.modules if m in ('sqlite3', 'verify.index', 'verify.sources.snapshots')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    (tmp_path / "absent").mkdir()
    assert type(open_store(tmp_path / "absent")).__name__ == "SnapshotStore"  # a directory: the file store
