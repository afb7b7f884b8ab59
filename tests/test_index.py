"""The candidate index: retrieval, the cache beside the snapshots, and its rebuilds."""

from __future__ import annotations

import ast
import dataclasses
import multiprocessing
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify import index, normalize
from verify.lexicon import LEXICONS, Lexicon
from verify.models import Author, Claim, ClaimKind, Place
from verify.sources import snapshots, transcripts
from verify.sources.snapshots import load_store


def quote(text: str, speaker: str | None) -> Claim:
    return Claim(ClaimKind.QUOTE, text, speaker, Place.BODY, line=1, column=1)


def write_hearings(directory: Path, files: int = 3, turns: int = 40) -> None:
    directory.mkdir(exist_ok=True)
    for f in range(files):
        lines = [
            f"MARA VOSS: Statement {f}-{t} about budget line {f * 1000 + t} and its zebra{t} clause."
            for t in range(turns)
        ]
        lines += [f"JON TALL: The ferry to Ilha{f} runs twice a day in winter."]
        (directory / f"hearing-{f}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "DISK_CACHE_MIN_BYTES", 0)


def test_candidates_hold_the_source_and_the_speakers_statements(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    store = load_store(tmp_path, "snapshots")
    found = store.candidates(quote("The ferry to Ilha2 runs twice a day", "Mara Voss"))
    assert any(s.speaker == "JON TALL" and "Ilha2" in s.text for s in found)  # for misattribution
    assert any(s.speaker == "MARA VOSS" for s in found)  # sources exist for the credited speaker
    assert len(found) <= index.CANDIDATES + index.OWN_CANDIDATES + index.OWN_FALLBACK
    assert all(s.source.startswith("snapshots/hearing-") for s in found)


def test_the_speakers_paraphrase_is_kept_when_everyone_elses_ranking_prunes_it(tmp_path: Path) -> None:
    # Forty statements by others say the quote word for word: they fill the best of everyone's ranking,
    # which then stops adding statements that share only the claim's commoner words. The credited
    # speaker's paraphrase shares only those, and must still be aligned with the quote.
    claim = "The harbour tunnel will cost nine hundred million euros"
    lines = [f"MARA VOSS: Routine item number {n} for the register." for n in range(300)]
    lines += [f"JON TALL{n}: {claim}, the clerk read out." for n in range(40)]
    lines += ["MARA VOSS: Our harbour needs a tunnel, and its cost is a million euros."]
    (tmp_path / "hearing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = load_store(tmp_path).candidates(quote(claim, "Mara Voss"))
    assert any(s.text.startswith("Our harbour needs a tunnel") for s in found)


def test_a_prolific_speakers_best_statement_is_found_past_everyone_elses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A speaker with more statements than are ranked on their own: everyone's ranked statements are
    # looked up among theirs, best first.
    monkeypatch.setattr(index, "OWN_POOL", 100)
    lines = [f"MARA VOSS: Routine item number {n} for the register." for n in range(300)]
    lines += ["MARA VOSS: Elm road keeps its zebra crossing."]
    lines += [f"JON TALL: The zebra crossing on Elm road stays open, said clerk {n}." for n in range(30)]
    (tmp_path / "hearing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = load_store(tmp_path).candidates(quote("The zebra crossing on Elm road stays open", "Mara Voss"))
    assert any(s.text == "Elm road keeps its zebra crossing." for s in found)
    assert sum(s.speaker == "JON TALL" for s in found) == index.CANDIDATES


def test_an_exact_quote_is_ranked_in(tmp_path: Path) -> None:
    write_hearings(tmp_path, files=5)
    found = load_store(tmp_path).candidates(quote("budget line 3017 and its zebra17 clause", None))
    assert any("3017" in s.text for s in found)


def test_a_claim_of_common_words_still_finds_its_source(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    (tmp_path / "short.txt").write_text("ANA: Who do they think they are?\n", encoding="utf-8")
    assert any(s.speaker == "ANA" for s in load_store(tmp_path).candidates(quote("Who do they think they are", "Ana")))


def test_post_claims_find_the_saved_post_by_url(tmp_path: Path) -> None:
    (tmp_path / "post.json").write_text(
        '{"kind": "post", "platform": "x", "url": "https://x.com/ana/status/7", "author": {"handle": "ana"},'
        ' "text": "Totally different words"}',
        encoding="utf-8",
    )
    claim = Claim(
        ClaimKind.POST,
        "Nothing alike",
        "Ana",
        Place.POST,
        1,
        1,
        url="https://twitter.com/ana/status/7?s=1",
        platform="x",
        author=Author("", "@ana"),
        post_id="7",
    )
    assert [s.text for s in load_store(tmp_path).candidates(claim)] == ["Totally different words"]


def test_a_post_copied_out_as_text_finds_the_later_captures_of_the_post_its_words_match(tmp_path: Path) -> None:
    post = '"kind": "post", "platform": "x", "url": "https://x.com/ana/status/7", "post_id": "7"'
    post += ', "author": {"handle": "@ana"}'
    (tmp_path / "early.json").write_text(
        f'{{{post}, "text": "The ferry keeps running until 2029", "fetched_at": "2027-01-09T10:00:00Z"}}',
        encoding="utf-8",
    )
    (tmp_path / "gone.json").write_text(
        f'{{{post}, "text": "", "deleted": true, "fetched_at": "2027-01-13T10:00:00Z"}}', encoding="utf-8"
    )
    claim = Claim(
        ClaimKind.POST, "The ferry keeps running until 2029", "Ana", Place.POST, 1, 1, author=Author("", "@ana")
    )
    found = load_store(tmp_path).candidates(claim)
    assert sorted(s.fetched_at or "" for s in found) == ["2027-01-09T10:00:00Z", "2027-01-13T10:00:00Z"]


def test_only_the_speakers_statements_that_can_change_the_verdict_are_aligned(tmp_path: Path) -> None:
    # The credited speaker's best-ranked statements that share a word or two with the quote can be neither
    # its source, nor a part of it, nor its paraphrase: only the best-ranked of them is kept (the closest).
    lines = [f"MARA VOSS: The ferry schedule item {n} goes to the register." for n in range(12)]
    lines += ["MARA VOSS: Our ferry will run a winter schedule to the islands."]
    (tmp_path / "hearing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    claim = quote("The ferry will run a winter schedule to the outer islands", "Mara Voss")
    found = load_store(tmp_path).candidates(claim)
    assert [s.text for s in found] == ["Our ferry will run a winter schedule to the islands."]
    unrelated = load_store(tmp_path).candidates(quote("The ferry crossing costs too much these days", "Mara Voss"))
    assert len(unrelated) == 1  # none can be a paraphrase: the best-ranked one shows sources exist


def test_a_sentence_joining_two_answers_finds_each_answer(tmp_path: Path) -> None:
    # "We have heard the message, and the committee will redesign the plan": no mark joins the two answers, so each
    # clause must bring its statement to the judge, however little of the whole sentence a short answer holds.
    lines = [f"MARA VOSS: The ferry schedule item {n} goes to the register." for n in range(12)]
    lines += ["MARA VOSS: We have heard the message.", "JON TALL: That is not an answer."]
    lines += ["MARA VOSS: The committee will redesign the plan before next year's meeting. It is not pre-empted."]
    (tmp_path / "hearing.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = "We have heard the message, and the committee will redesign the plan before next year's meeting"
    found = load_store(tmp_path).candidates(quote(said, "Mara Voss"))
    assert "We have heard the message." in [s.text for s in found]


def test_a_forgotten_files_statements_are_not_the_speakers_any_more(tmp_path: Path, on_disk: None) -> None:
    # A speaker's statement ids are postings too: a forgotten file's stay there, and must find nothing.
    write_hearings(tmp_path, files=2)
    load_store(tmp_path)
    (tmp_path / "hearing-0.txt").unlink()
    found = load_store(tmp_path).candidates(quote("Nothing of this was ever said here", "Jon Tall"))
    assert [(s.speaker, s.source) for s in found] == [("JON TALL", str(tmp_path / "hearing-1.txt"))]


# Texts whose words the index cannot take from their index terms alone: normalised forms that are no term
# ("u.s.", "trump's", "<link>"), words of no term ("&"), amounts joined from two words (their original text is
# not their span's), several words of one token ("can't"), a broken-off word, a text past 65,535 characters.
_ODD_TEXTS = [
    "The U.S. paid $3.5m; can't you see Trump's deal? Four billion dollars & 3 bn euros in 2 weeks.",
    "uh, the bri- the bridge, the bridge at https://t.co/x1 [APPLAUSE] ... opens 5 p.m. on 12 March",
    "& -- ...",
    "",
    "x " * 40_000 + "the end of 1,200 pages",
]


def test_the_words_the_index_keeps_are_the_normalisers_words_of_the_text() -> None:
    for text in _ODD_TEXTS:
        assert index.SavedWords.of(text).words(text) == tuple(normalize.words(text))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
@settings(max_examples=300, deadline=None)
def test_any_texts_words_are_kept_as_the_normaliser_makes_them(text: str) -> None:
    assert index.SavedWords.of(text).words(text) == tuple(normalize.words(text))


def test_a_saved_form_that_does_not_fit_its_text_gives_no_words() -> None:
    saved = index.SavedWords.of(_ODD_TEXTS[0])
    assert dataclasses.replace(saved, spans=saved.spans[:-2]).words(_ODD_TEXTS[0]) is None  # type: ignore[index]
    assert dataclasses.replace(saved, spans=None).words(_ODD_TEXTS[0]) is None


def test_the_judge_takes_a_candidates_words_from_the_index(tmp_path: Path, on_disk: None) -> None:
    lines = [f"MARA VOSS: {text}" for text in _ODD_TEXTS[:2]] + ["JON TALL: The U.S. paid $3.5m for the bridge."]
    (tmp_path / "hearing.txt").write_text("\n".join(lines * 40) + "\n", encoding="utf-8")
    load_store(tmp_path)
    normalize._SAVED.clear()
    normalize._words.cache_clear()
    found = load_store(tmp_path).candidates(quote("The U.S. paid $3.5m for the bridge", "Mara Voss"))
    assert {s.speaker for s in found} == {"MARA VOSS", "JON TALL"}
    for text in {s.text for s in found}:
        saved = normalize._SAVED.pop(text)()  # what words() takes when the judge first asks
        assert saved == normalize._words.__wrapped__(text)  # type: ignore[attr-defined]


def _offered(directory: Path) -> set[str]:
    """The texts whose words a fresh open of the store hands the judge, for a quote of the ferry."""
    normalize._SAVED.clear()
    load_store(directory).candidates(quote("the ferry to Ilha1 runs twice", "Jon Tall"))
    return set(normalize._SAVED)


def test_the_judge_takes_no_kept_words_that_another_normaliser_made(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path)
    assert "The ferry to Ilha1 runs twice a day in winter." in _offered(tmp_path)
    # normalize.py edited, TERMS_VERSION not: the sample finds the same words and keeps the cache for choosing
    # candidates, but the words of statements it did not sample may differ now
    monkeypatch.setattr(index, "_TERMS_SOURCE", ["edited"])
    assert not _offered(tmp_path)
    # a file indexed by that normaliser: back with the first, the cache holds words of two
    (tmp_path / "late.txt").write_text("JON TALL: The ferry to Ilha1 runs twice, said late.\n", encoding="utf-8")
    assert not _offered(tmp_path)
    monkeypatch.undo()
    monkeypatch.setattr(index, "DISK_CACHE_MIN_BYTES", 0)
    assert not _offered(tmp_path) and len(load_store(tmp_path).statements) == 124


def test_small_store_is_indexed_in_memory(tmp_path: Path) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    assert not (tmp_path / index.CACHE_NAME).exists()


def test_cache_is_written_beside_the_snapshots_and_reused(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    assert len(load_store(tmp_path).statements) == 123
    cache = tmp_path / index.CACHE_NAME
    assert cache.is_file()
    stamp = cache.stat().st_mtime_ns
    assert len(load_store(tmp_path).statements) == 123
    assert cache.stat().st_mtime_ns == stamp  # nothing changed: nothing written


def test_a_cache_made_before_the_counts_index_gets_it_and_ranks_alike(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    claims = [quote("The ferry to Ilha2 runs twice a day", "Mara Voss"), quote("budget line 1007", "Jon Tall")]
    store = load_store(tmp_path)
    found = [store.candidates(c) for c in claims]
    store.close()
    plan = "EXPLAIN QUERY PLAN SELECT feature, n FROM postings WHERE feature IN (1, 2)"
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert "COVERING INDEX postings_counts" in str(db.execute(plan).fetchall())  # counts read apart from blobs
        db.execute("DROP INDEX postings_counts")  # as a cache of the same schema made before the index
    store = load_store(tmp_path)
    assert [store.candidates(c) for c in claims] == found
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'postings_counts'").fetchone()


def test_cache_follows_changed_added_and_removed_files(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    changed = tmp_path / "hearing-0.txt"
    changed.write_text("MARA VOSS: Only this now.\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))  # a new mtime even on a coarse clock
    (tmp_path / "hearing-1.txt").unlink()
    (tmp_path / "new.txt").write_text("JON TALL: A new hearing.\n", encoding="utf-8")
    store = load_store(tmp_path)
    texts = {s.text for s in store.statements}
    assert "Only this now." in texts and "A new hearing." in texts
    assert len(texts) == 1 + 1 + 41
    assert any("Only this" in s.text for s in store.candidates(quote("only this now", "Mara Voss")))


def test_bad_files_are_problems_kept_in_the_cache(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    for _ in range(2):
        problems = load_store(tmp_path, "snaps").problems
        assert [(p.path, "malformed snapshot JSON" in p.message) for p in problems] == [("snaps/broken.json", True)]


def test_a_damaged_cache_falls_back_to_memory(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    (tmp_path / index.CACHE_NAME).write_bytes(b"not a database at all" * 100)
    assert len(load_store(tmp_path).statements) == 123


def test_the_cache_file_is_not_read_as_a_snapshot(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path, files=1)
    load_store(tmp_path)
    assert {s.source for s in load_store(tmp_path, "s").statements} == {"s/hearing-0.txt"}


# --- issue 16: hostile stores and caches ---------------------------------------------------


def _bad_files(directory: Path) -> dict[str, bytes]:
    nested = "[" * 100_000 + "]" * 100_000
    files = {
        "kind-list.json": b'{"kind": ["post"], "text": "x"}',
        "surrogate.json": b'{"kind": "page", "text": "MARA VOSS: lone \\ud800 here"}',
        "nested.json": ('{"kind": "page", "text": "x", "extra": ' + nested + "}").encode(),
        "huge-id.json": b'{"kind": "post", "platform": "x", "url": "https://x.com/a/status/1", "post_id": '
        + b"9" * 5000
        + b', "text": "Hello"}',
        "base64.html": b'<html><head><meta charset="base64"></head><body><p>MARA VOSS: words</p></body></html>',
    }
    for name, data in files.items():
        (directory / name).write_bytes(data)
    return files


@pytest.mark.parametrize("disk", [False, True])
def test_each_bad_store_file_is_one_problem_and_the_good_ones_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, disk: bool
) -> None:
    if disk:
        monkeypatch.setattr(index, "DISK_CACHE_MIN_BYTES", 0)
    write_hearings(tmp_path)
    bad = _bad_files(tmp_path)
    store = load_store(tmp_path, "s")
    # A page declaring a codec that is no charset (base64) is read as UTF-8, the declaration ignored
    # as browsers ignore unknown labels: usable, not a problem.
    expected = sorted(f"s/{name}" for name in bad if name != "base64.html")
    assert sorted(p.path for p in store.problems) == expected
    assert all("\n" not in p.message and len(p.message) < 300 for p in store.problems)
    assert any("Ilha2" in s.text for s in store.candidates(quote("The ferry to Ilha2 runs twice a day", "Jon Tall")))


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path, files=20)
    load_store(tmp_path)
    cache = tmp_path / index.CACHE_NAME
    data = bytearray(cache.read_bytes())
    for page in range(2, len(data) // 4096):  # every page but the header's: "database disk image is malformed"
        data[page * 4096 : page * 4096 + 64] = b"\xa5" * 64
    cache.write_bytes(bytes(data))
    store = load_store(tmp_path)
    assert len(store.statements) == 20 * 41
    assert any("Ilha7" in s.text for s in store.candidates(quote("The ferry to Ilha7 runs twice a day", "Jon Tall")))
    with sqlite3.connect(cache) as db:  # written again on disk, whole
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_symlink_at_the_cache_path_is_never_written_through(tmp_path: Path, on_disk: None) -> None:
    store = tmp_path / "snapshots"
    write_hearings(store)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE meta(key TEXT, value TEXT)")
        db.execute("CREATE TABLE files(path TEXT)")
        db.execute("INSERT INTO meta VALUES ('mine', 'keep')")
    db.close()
    before = other.read_bytes()
    (store / index.CACHE_NAME).symlink_to(other)
    (store / (index.CACHE_NAME + "-journal")).symlink_to(tmp_path / "journal-target")
    assert len(load_store(store).statements) == 123
    assert other.read_bytes() == before
    assert not (tmp_path / "journal-target").exists()


def test_a_same_size_edit_with_the_old_mtime_is_seen(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    changed = tmp_path / "hearing-0.txt"
    old = changed.stat()
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("zebra1 ", "zebrX1 "), encoding="utf-8")
    os.utime(changed, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert changed.stat().st_size == old.st_size and changed.stat().st_mtime_ns == old.st_mtime_ns
    assert any("zebrX1" in s.text for s in load_store(tmp_path).statements)


def test_a_huge_single_statement_is_indexed_in_bounded_pieces(tmp_path: Path) -> None:
    words = [f"w{i % 5000}x{i // 5000}" for i in range(60_000)]
    (tmp_path / "book.txt").write_text("MARA VOSS: " + " ".join(words) + "\n", encoding="utf-8")
    store = load_store(tmp_path)
    assert all(len(s.text) <= transcripts.MAX_STATEMENT_CHARS for s in store.statements)
    assert len(store.statements) > 1
    for middle in range(0, 60_000, 997):  # every stretch of ten words is whole in some piece
        stretch = " ".join(words[middle : middle + 10])
        assert any(stretch in s.text for s in store.candidates(quote(stretch, "Mara Voss")))


class _Killed(BaseException):
    """Stands for the process being killed half-way through a build."""


def _building(directory: Path) -> Path:
    return directory / (index.CACHE_NAME + index.BUILD_SUFFIX)


def _new_version(monkeypatch: pytest.MonkeyPatch, bump: int = 1) -> None:
    monkeypatch.setattr(index, "TERMS_VERSION", index.TERMS_VERSION + bump)
    monkeypatch.setattr(index, "_VERSION", [])


def _dying_after(files: int, calls: list[Path]) -> index.Reader:
    def dying(path: Path, shown: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) > files:
            raise _Killed
        return snapshots.read_snapshot(path, shown)

    return dying


def test_a_rebuild_killed_half_way_leaves_the_old_cache_answering_and_the_next_run_finishes_it(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    load_store(tmp_path)
    _mark(tmp_path)
    cache = tmp_path / index.CACHE_NAME
    before = cache.read_bytes()
    old_version = index._version()
    _new_version(monkeypatch)
    with pytest.raises(_Killed):
        index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(7, []))
    assert cache.read_bytes() == before  # the old cache whole
    with sqlite3.connect(_building(tmp_path)) as db:
        kept = db.execute("SELECT count(*) FROM files").fetchone()[0]
    assert 0 < kept < 12  # the new file's batches before the kill
    # A process of the old version, meanwhile, is answered by the old cache.
    monkeypatch.setattr(index, "_VERSION", [old_version])
    claim = quote("The ferry to Ilha7 runs twice a day", "Jon Tall")
    assert any("Ilha7" in s.text for s in load_store(tmp_path).candidates(claim)) and _marked(tmp_path)
    # The next run of the new version goes on from the batches kept, then puts the new file in place.
    monkeypatch.setattr(index, "_VERSION", [])
    read: list[Path] = []
    store = index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(99, read))
    assert len(read) == 12 - kept
    texts = [s.text for s in store.statements()]
    assert len(texts) == 12 * 41 and len(set(texts)) == len(texts)
    assert any("Ilha7" in s.text for s in store.candidates(claim))
    assert not _building(tmp_path).exists() and not _marked(tmp_path)


def test_a_build_another_version_left_half_way_is_started_again(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    with pytest.raises(_Killed):
        index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(7, []))
    assert _building(tmp_path).is_file()
    _new_version(monkeypatch)
    read: list[Path] = []
    store = index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(99, read))
    assert len(read) == 12  # none of the other version's batches kept
    assert len(store.statements()) == 12 * 41 and not _building(tmp_path).exists()
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)


def test_a_rebuild_does_not_grow_the_cache(tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every file read again (a new transcript reader) or a new version: the cache is made again in a new file,
    # with no free pages and no forgotten statements' ids; rebuilt in place, it grew by their size each time.
    versions = {"transcript": "1", "page": "1"}
    monkeypatch.setattr(snapshots, "_VERSIONS", versions)
    write_hearings(tmp_path, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    load_store(tmp_path)
    cache = tmp_path / index.CACHE_NAME
    size = cache.stat().st_size
    for rebuild in range(2):
        versions["transcript"] = f"new {rebuild}"
        load_store(tmp_path)
        assert cache.stat().st_size <= size
        _new_version(monkeypatch, rebuild + 1)
        store = load_store(tmp_path)
        assert cache.stat().st_size <= size
    assert len(store.statements) == 12 * 41
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT count(*) FROM postings WHERE feature < 0").fetchone() == (2,)  # two speakers
        (ids,) = db.execute("SELECT n FROM postings WHERE feature = (SELECT min(feature) FROM postings)").fetchone()
        assert ids in (12, 12 * 40)  # a speaker's ids: none of forgotten statements


def test_a_process_reading_the_old_cache_keeps_reading_it_through_a_rebuild(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path, files=12)
    reading = load_store(tmp_path, "s")
    claim = quote("The ferry to Ilha7 runs twice a day", "Jon Tall")
    found = reading.candidates(claim)
    _new_version(monkeypatch)
    rebuilt = load_store(tmp_path, "s")
    assert reading.candidates(claim) == found == rebuilt.candidates(claim)
    assert len(reading.statements) == len(rebuilt.statements) == 12 * 41


def test_a_few_changed_files_are_updated_in_place(tmp_path: Path, on_disk: None) -> None:
    write_hearings(tmp_path, files=12)
    load_store(tmp_path)
    cache = tmp_path / index.CACHE_NAME
    inode = cache.stat().st_ino
    changed = tmp_path / "hearing-3.txt"
    changed.write_text("MARA VOSS: Only this now.\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    read: list[Path] = []
    store = index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(99, read))
    assert read == [changed] and cache.stat().st_ino == inode
    assert any("Only this" in s.text for s in store.candidates(quote("only this now", "Mara Voss")))


def _listing(directory: Path) -> str | None:
    with sqlite3.connect(directory / index.CACHE_NAME) as db:
        row = db.execute("SELECT value FROM meta WHERE key = 'listing'").fetchone()
    return row and row[0]


def test_the_listings_digest_names_only_the_files_the_cache_holds(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run whose listing has the digest the cache records reads no file's row: every transaction that
    # changes the files drops the digest first, so a build killed half-way leaves none to trust.
    write_hearings(tmp_path, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    monkeypatch.setattr(index, "STALE_SHARE", float("inf"))  # updated in place, however many files changed
    load_store(tmp_path)
    built = _listing(tmp_path)
    assert built is not None
    for f in range(12):
        (tmp_path / f"hearing-{f}.txt").write_text(f"ANA BELL: Version two of hearing {f}.\n", encoding="utf-8")
    with pytest.raises(_Killed):
        index.StatementIndex.open(tmp_path, "s", snapshots.snapshot_files(tmp_path), _dying_after(7, []))
    assert _listing(tmp_path) is None
    texts = {s.text for s in load_store(tmp_path).statements}
    assert texts == {f"Version two of hearing {f}." for f in range(12)}
    assert _listing(tmp_path) not in (None, built)


def test_statement_ids_are_never_reused_after_the_newest_file_is_forgotten(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A forgotten file's ids stay in the postings of a cache updated in place: were they given to new statements,
    # its words would find those.
    monkeypatch.setattr(index, "STALE_SHARE", float("inf"))
    write_hearings(tmp_path, files=2)
    load_store(tmp_path)
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        (last,) = db.execute("SELECT max(id) FROM statements").fetchone()
    (tmp_path / "hearing-1.txt").unlink()
    (tmp_path / "hearing-2.txt").write_text("ANA BELL: A new statement about tolls.\n", encoding="utf-8")
    load_store(tmp_path)
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        (first,) = db.execute("SELECT min(id) FROM statements WHERE path = 'hearing-2.txt'").fetchone()
    assert first > last


def _postings_rows(cache: Path) -> tuple[int, int]:
    with sqlite3.connect(cache) as db:
        return db.execute("SELECT count(*), count(DISTINCT feature) FROM postings").fetchone()


def test_postings_written_in_many_batches_are_merged_one_row_a_feature(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    unmerged, merged = tmp_path / "unmerged", tmp_path / "merged"
    for directory in (unmerged, merged):
        write_hearings(directory, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    monkeypatch.setattr(index, "MERGE_AFTER", 1000)
    load_store(unmerged, "s")
    rows, features = _postings_rows(unmerged / index.CACHE_NAME)
    assert rows > features  # a feature in every file: one row per batch
    monkeypatch.setattr(index, "MERGE_AFTER", 4)
    claims = [quote("budget line 7017 and its zebra17 clause", "Mara Voss"), quote("The ferry runs twice", None)]
    found = [load_store(merged, "s").candidates(claim) for claim in claims]
    rows, features = _postings_rows(merged / index.CACHE_NAME)
    assert rows == features
    assert found == [load_store(unmerged, "s").candidates(claim) for claim in claims]
    assert any("7017" in s.text for s in found[0])


def test_a_merge_killed_half_way_is_finished_by_the_next_run(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path, files=12)
    monkeypatch.setattr(index, "BATCH_STATEMENTS", 100)
    monkeypatch.setattr(index, "_MERGE_CHUNK", 10)
    merge = index.StatementIndex._merge_chunk
    calls = []

    def dying(self: index.StatementIndex, after: int) -> int | None:
        calls.append(after)
        if len(calls) > 3:
            raise _Killed
        return merge(self, after)

    monkeypatch.setattr(index.StatementIndex, "_merge_chunk", dying)
    with pytest.raises(_Killed):
        load_store(tmp_path)
    rows, features = _postings_rows(_building(tmp_path))
    assert rows > features
    monkeypatch.setattr(index.StatementIndex, "_merge_chunk", merge)
    store = load_store(tmp_path)  # nothing changed in the files: the merge still goes on
    assert _postings_rows(tmp_path / index.CACHE_NAME)[0] == features
    assert any("5017" in s.text for s in store.candidates(quote("budget line 5017 and its zebra17 clause", None)))


def _open_store(directory: str) -> int:
    return len(load_store(Path(directory)).statements)


def test_two_processes_building_one_cache_index_each_file_once(tmp_path: Path) -> None:
    write_hearings(tmp_path, files=40, turns=300)  # over the on-disk size
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        counts = pool.map(_open_store, [str(tmp_path)] * 2)
    assert counts == [40 * 301] * 2
    assert (tmp_path / index.CACHE_NAME).is_file()


# --- what the cache's version covers --------------------------------------------------------


def _mark(directory: Path) -> None:
    """A row that only the cache built so far holds: a rebuild drops it."""
    with sqlite3.connect(directory / index.CACHE_NAME) as db:
        db.execute("INSERT INTO meta VALUES ('test-mark', '1')")


def _marked(directory: Path) -> bool:
    with sqlite3.connect(directory / index.CACHE_NAME) as db:
        return db.execute("SELECT count(*) FROM meta WHERE key = 'test-mark'").fetchone()[0] == 1


def _edit_english(monkeypatch: pytest.MonkeyPatch, **fields: object) -> None:
    english = dataclasses.replace(LEXICONS["en"], **fields)  # type: ignore[arg-type]
    monkeypatch.setattr(index, "LEXICONS", {**LEXICONS, "en": english})
    monkeypatch.setattr(index, "_VERSION", [])


def test_a_lexicon_edit_the_normaliser_does_not_read_keeps_the_cache_and_one_it_reads_rebuilds_it(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    _mark(tmp_path)
    english = LEXICONS["en"]
    _edit_english(monkeypatch, cue_verbs=english.cue_verbs | {"blurted"}, titles=english.titles | {"harbourmaster"})
    assert len(load_store(tmp_path).statements) == 123 and _marked(tmp_path)
    _edit_english(monkeypatch, negations=english.negations | {"nohow"})
    assert len(load_store(tmp_path).statements) == 123 and not _marked(tmp_path)


def test_a_normaliser_edit_that_changes_no_stored_word_keeps_the_cache_and_one_that_does_rebuilds_it(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    _mark(tmp_path)
    monkeypatch.setattr(index, "_TERMS_SOURCE", ["edited"])  # normalize.py changed, TERMS_VERSION did not
    assert len(load_store(tmp_path).statements) == 123 and _marked(tmp_path)  # a sample made the same words
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'terms_source'").fetchone() == ("edited",)
    # Edited again, now changing words (and the version forgotten): the sample finds it, the cache is rebuilt.
    monkeypatch.setattr(index, "_TERMS_SOURCE", ["edited again"])
    before = index.normalised
    monkeypatch.setattr(
        index,
        "normalised",
        lambda text: [dataclasses.replace(w, norm=w.norm.replace("ferry", "ferryboat")) for w in before(text)],
    )
    store = load_store(tmp_path)
    assert len(store.statements) == 123 and not _marked(tmp_path)
    assert store.candidates(quote("the ferry to Ilha1 runs twice", "Jon Tall"))


def test_a_new_terms_version_rebuilds_the_cache(tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    _mark(tmp_path)
    monkeypatch.setattr(index, "_VERSION", [])
    assert len(load_store(tmp_path).statements) == 123 and _marked(tmp_path)  # the same version, made again
    monkeypatch.setattr(index, "TERMS_VERSION", index.TERMS_VERSION + 1)
    monkeypatch.setattr(index, "_VERSION", [])
    assert len(load_store(tmp_path).statements) == 123 and not _marked(tmp_path)


def test_the_normaliser_fields_are_every_lexicon_field_normalize_reads() -> None:
    fields = {f.name for f in dataclasses.fields(Lexicon)}
    tree = ast.parse(Path(normalize.__file__).read_text(encoding="utf-8"))
    read = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in fields}
    assert read and read <= set(index.NORMALISER_FIELDS)
    imported = {
        a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module == "lexicon" for a in n.names
    }
    assert imported == {"LEXICONS"}  # no other lexicon data reaches the normaliser


def test_a_speaker_key_edit_rebuilds_the_cache_only_when_a_stored_name_is_filed_elsewhere(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_hearings(tmp_path)
    load_store(tmp_path)
    _mark(tmp_path)
    monkeypatch.setattr(index, "_FILING", ["edited"])  # the speaker key's sources changed
    assert len(load_store(tmp_path).statements) == 123 and _marked(tmp_path)  # every name filed as before
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'filing'").fetchone() == ("edited",)
    monkeypatch.setattr(index, "_FILING", ["edited again"])
    before = index.who_term
    monkeypatch.setattr(index, "who_term", lambda name: "ferryman" if name == "JON TALL" else before(name))
    assert len(load_store(tmp_path).statements) == 123 and not _marked(tmp_path)
    with sqlite3.connect(tmp_path / index.CACHE_NAME) as db:
        assert ("JON TALL", "ferryman") in db.execute("SELECT name, term FROM filed").fetchall()


def test_a_changed_reader_reads_its_files_again_and_only_them(
    tmp_path: Path, on_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = {"transcript": "1", "page": "1"}
    monkeypatch.setattr(snapshots, "_VERSIONS", versions)
    # Updated in place (a store mostly read again is rebuilt into a new file instead, every file read).
    monkeypatch.setattr(index, "STALE_SHARE", float("inf"))
    write_hearings(tmp_path, files=2)
    (tmp_path / "post.json").write_text(
        '{"kind": "post", "platform": "x", "url": "https://x.com/voss/status/7", "author": {"handle": "voss"},'
        ' "text": "The ferry timetable changes in May."}',
        encoding="utf-8",
    )
    assert {s.speaker for s in load_store(tmp_path).statements} == {"MARA VOSS", "JON TALL", "@voss"}
    # The transcript reader now reads the turns another way (say, its labels' names in title case).
    before = transcripts.transcript_statements
    monkeypatch.setattr(
        transcripts,
        "transcript_statements",
        lambda *a, **k: [dataclasses.replace(s, speaker=(s.speaker or "").title()) for s in before(*a, **k)],
    )
    pages = []
    json_snapshot = snapshots._json_snapshot
    monkeypatch.setattr(snapshots, "_json_snapshot", lambda *a: pages.append(a[1]) or json_snapshot(*a))
    assert {s.speaker for s in load_store(tmp_path).statements} == {"MARA VOSS", "JON TALL", "@voss"}  # same version
    versions["transcript"] = "2"
    store = load_store(tmp_path)
    assert {s.speaker for s in store.statements} == {"Mara Voss", "Jon Tall", "@voss"}
    assert not pages  # the post's reader did not change: its file is not read again
    assert any(s.speaker == "Jon Tall" for s in store.candidates(quote("the ferry to Ilha1 runs twice", "Jon Tall")))


def test_a_readers_version_follows_its_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "verify"
    shutil.copytree(Path(snapshots.__file__).parent.parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(snapshots, "__file__", str(package / "sources" / "snapshots.py"))

    def versions() -> tuple[str, str]:
        monkeypatch.setattr(snapshots, "_VERSIONS", {})
        return snapshots.reader_version("transcript"), snapshots.reader_version("page")

    transcript, page = versions()
    with (package / "extract" / "cues.py").open("a", encoding="utf-8") as source:
        source.write("# an edit of the extractor\n")
    assert versions() == (transcript, versions()[1]) and versions()[1] != page  # pages are read again, not transcripts
    for glue in ("sources/snapshots.py", "index.py"):  # the listing, the store, the index: no reader of transcripts
        page = versions()[1]
        with (package / glue).open("a", encoding="utf-8") as source:
            source.write("# an edit of the listing\n")
        assert versions() == (transcript, versions()[1]) and versions()[1] != page
    for reader in ("sources/transcripts.py", "lexicon/de.py"):  # the turn reader, and the labels it reads
        transcript, page = versions()
        with (package / reader).open("a", encoding="utf-8") as source:
            source.write("# an edit of the turn reader or its data\n")
        assert versions()[0] != transcript and versions()[1] != page
