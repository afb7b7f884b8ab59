"""The shared PostgreSQL store against a real server (tests/postgres.py): writers, readers, copies, errors.

The golden fixtures are checked against it in tests/test_golden.py.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify import normalize
from verify.cli import cli
from verify.models import Author, Claim, ClaimKind, Place, StatementKind
from verify.normalize import stem, words
from verify.sources.capture import DirectoryRecords, SaveStatus, save_capture
from verify.sources.fetch import FetchResult
from verify.sources.platforms_fetch import Capture
from verify.sources.snapshots import load_store
from verify.sources.store_pg import PostgresStore, shown_url

from .conftest import FIXTURES
from .loopback import Route, send, serving
from .postgres import PostgresServer

T0 = datetime(2026, 11, 27, 17, 0, 0, 123456, tzinfo=UTC)


def _post(number: int, text: str, when: datetime = T0) -> Capture:
    url = f"https://x.com/desk/status/{1958862000000000000 + number}"
    response = FetchResult(
        url=url,
        final_url=url,
        status=200,
        content_type="application/json",
        body=text.encode(),
        fetched_at=when,
        headers=(("content-type", "application/json"),),
        request_headers=(("host", "x.com"),),
    )
    return Capture(
        url=url,
        kind=StatementKind.POST,
        text=text,
        response=response,
        platform="x",
        post_id=str(1958862000000000000 + number),
        author=Author("Desk Writer", "@desk"),
    )


def _quote(text: str, speaker: str | None = None) -> Claim:
    return Claim(kind=ClaimKind.QUOTE, text=text, speaker=speaker, place=Place.BODY, line=1, column=1)


def _save_many(url: str, first: int, count: int) -> list[str]:
    """Save ``count`` distinct posts (one process's share of the concurrent-writer test)."""
    store = PostgresStore.open(url)
    try:
        return [
            save_capture(store, _post(n, f"Statement number {n} about harbour zebra{n} budgets")).status.value
            for n in range(first, first + count)
        ]
    finally:
        store.close()


def test_two_concurrent_writers_lose_nothing(postgres: PostgresServer) -> None:
    url = postgres.database()
    context = multiprocessing.get_context("spawn")  # a fresh interpreter each: two real clients
    with context.Pool(2) as pool:
        shares = pool.starmap(_save_many, [(url, 0, 40), (url, 1000, 40)])
    assert [status for share in shares for status in share] == ["saved"] * 80
    store = PostgresStore.open(url)
    try:
        assert len({p.post_id for p in store.posts}) == 80
        assert len([n for n in store.names() if n.endswith(".json")]) == 80
        assert len([n for n in store.names() if n.startswith("raw/")]) == 80
        assert not store.problems
        for n in (5, 1025):  # each writer's statements are found by the index the other one also wrote
            found = store.candidates(_quote(f"Statement number {n} about harbour zebra{n} budgets"))
            assert any(s.text.startswith(f"Statement number {n} ") for s in found)
    finally:
        store.close()


def test_writers_saving_one_source_at_once_add_one_capture(postgres: PostgresServer) -> None:
    url = postgres.database()
    stores = [PostgresStore.open(url) for _ in range(4)]
    statuses: list[SaveStatus] = []
    threads = [
        threading.Thread(target=lambda s=s: statuses.append(save_capture(s, _post(1, "Same.")).status)) for s in stores
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == sorted([SaveStatus.SAVED] + [SaveStatus.UNCHANGED] * 3)
    assert len([n for n in stores[0].names() if n.endswith(".json")]) == 1
    for store in stores:
        store.close()


def test_a_reader_is_not_blocked_by_a_writer(postgres: PostgresServer) -> None:
    url = postgres.database()
    writer, reader = PostgresStore.open(url), PostgresStore.open(url)
    try:
        save_capture(writer, _post(1, "The harbour levy stays at two percent"))
        with writer.locked("held open"):  # a writer's transaction holding both locks, not yet committed
            writer.add("x-desk-late--20261127T170000.000000Z.json", json.dumps({"text": "late"}).encode())
            started = time.perf_counter()
            found = reader.candidates(_quote("The harbour levy stays at two percent"))
            waited = time.perf_counter() - started
            assert [s.text for s in found] == ["The harbour levy stays at two percent"]
            assert "x-desk-late--20261127T170000.000000Z.json" not in reader.names()  # not committed: not seen
        assert waited < 5  # no lock to wait for: a blocked reader would wait here for ever
        assert "x-desk-late--20261127T170000.000000Z.json" in reader.names()
    finally:
        writer.close()
        reader.close()


def test_a_changed_capture_is_kept_beside_the_first(postgres: PostgresServer) -> None:
    store = PostgresStore.open(postgres.database())
    try:
        first = save_capture(store, _post(1, "Taxes will not rise."))
        again = save_capture(store, _post(1, "Taxes will not rise.", T0.replace(hour=18)))
        changed = save_capture(store, _post(1, "Taxes will rise.", T0.replace(hour=19)))
        assert (first.status, again.status, changed.status) == (
            SaveStatus.SAVED,
            SaveStatus.UNCHANGED,
            SaveStatus.CHANGED,
        )
        assert again.path == first.path and changed.previous == first.path
        assert [p.text for p in store.posts] == ["Taxes will not rise.", "Taxes will rise."]
        with pytest.raises(FileExistsError):
            store.add(str(first.path).rsplit("/", 1)[1], b"{}")  # never replaced
    finally:
        store.close()


def test_copy_round_trips_directory_and_database_exactly(tmp_path: Path, postgres: PostgresServer) -> None:
    source = tmp_path / "source"
    for fixture in ("rutte-kyiv", "verdict-capture-history", "verdict-saved-page"):
        for path in (FIXTURES / fixture / "snapshots").iterdir():
            (source / "sub" if fixture == "verdict-saved-page" else source).mkdir(parents=True, exist_ok=True)
            (source / ("sub" if fixture == "verdict-saved-page" else "") / path.name).write_bytes(path.read_bytes())
    save_capture(source, _post(7, "A saved post with its raw body"))
    (source / "notes.bin").write_bytes(bytes(range(256)))  # not a snapshot: copied all the same
    url = postgres.database()
    runner = CliRunner()
    first = runner.invoke(cli, ["store", "copy", str(source), url])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["store", "copy", str(source), url])
    assert again.exit_code == 0 and "0 added" in again.output  # idempotent
    back = tmp_path / "back"
    result = runner.invoke(cli, ["store", "copy", url, str(back)])
    assert result.exit_code == 0, result.output
    assert _tree(back) == _tree(source)
    assert any(name.startswith("raw/") and name.endswith(".warc.gz") for name in _tree(back))
    # The database store says what the directory says, named by the store.
    store = PostgresStore.open(url)
    try:
        files = load_store(source, "S")
        shown = shown_url(url)
        assert [(s.source.replace(shown, "S"), s.text) for s in store.statements] == [
            (s.source, s.text) for s in files.statements
        ]
        assert [p.text for p in store.posts] == [p.text for p in files.posts]
    finally:
        store.close()
        files.close()
    other = postgres.database()  # database to database
    assert runner.invoke(cli, ["store", "copy", url, other]).exit_code == 0
    assert runner.invoke(cli, ["store", "copy", other, str(tmp_path / "third")]).exit_code == 0
    assert _tree(tmp_path / "third") == _tree(source)


def test_copy_never_replaces_a_different_file(tmp_path: Path, postgres: PostgresServer) -> None:
    url = postgres.database()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "speech.txt").write_text("ANA: One.\n")
    assert CliRunner().invoke(cli, ["store", "copy", str(tmp_path / "a"), url]).exit_code == 0
    (tmp_path / "a" / "speech.txt").write_text("ANA: Two.\n")
    result = CliRunner().invoke(cli, ["store", "copy", str(tmp_path / "a"), url])
    assert result.exit_code == 2
    assert "speech.txt: differs from" in result.output
    store = PostgresStore.open(url)
    try:
        assert store.read("speech.txt") == b"ANA: One.\n"
    finally:
        store.close()


def test_a_bad_record_is_one_problem_line(tmp_path: Path, postgres: PostgresServer) -> None:
    url = postgres.database()
    store = PostgresStore.open(url)
    try:
        store.add_all([("broken.json", b"{not json"), ("speech.txt", b"ANA: The levy stays.\n")])
        assert [(p.path, p.message.split(":")[0]) for p in store.problems] == [
            (f"{shown_url(url)}/broken.json", "malformed snapshot JSON")
        ]
        assert [s.text for s in store.statements] == ["The levy stays."]
    finally:
        store.close()
    article = tmp_path / "article.md"
    article.write_text('Ana said: "The levy stays."\n')
    result = CliRunner().invoke(cli, ["check", str(article), "--store", url, "--format", "json"])
    assert result.exit_code == 2  # the bad record is an input error; the article is still checked
    assert result.output.count("broken.json") == 2  # the error line and the report's problem
    assert '"verdict": "verified"' in result.output


def _finds_the_bridge(url: str) -> None:
    store = PostgresStore.open(url)
    try:
        normalize._words.cache_clear()
        assert [s.text for s in store.candidates(_quote("The bridge opens in May", "Bo"))] == [
            "The bridge opens in May."
        ]
        # the judge's words of it, as the store kept them
        assert normalize._SAVED.pop("The bridge opens in May.")() == tuple(words("The bridge opens in May."))
    finally:
        store.close()


def test_records_added_by_hand_are_indexed_when_the_store_opens(postgres: PostgresServer) -> None:
    url = postgres.database()
    PostgresStore.open(url).close()  # the tables
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(
            "INSERT INTO verify_records(name, body) VALUES ('hearing.txt', %s)", (b"BO: The bridge opens in May.\n",)
        )
    _finds_the_bridge(url)


def test_a_store_made_before_statements_kept_their_terms_dates_and_words_is_upgraded(
    postgres: PostgresServer,
) -> None:
    url = postgres.database()
    store = PostgresStore.open(url)
    store.add("hearing.txt", b"BO: The bridge opens in May.\n")
    store.close()
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:  # as the previous version left it
        connection.execute(
            "ALTER TABLE verify_statements DROP COLUMN terms, DROP COLUMN published, DROP COLUMN spans,"
            " DROP COLUMN wording"
        )
        connection.execute("UPDATE verify_meta SET value = 'older' WHERE key = 'version'")
    _finds_the_bridge(url)


def test_the_speakers_paraphrase_is_kept_when_everyone_elses_ranking_prunes_it(postgres: PostgresServer) -> None:
    # As tests/test_index.py checks it for a directory: the ranking is the same code.
    claim = "The harbour tunnel will cost nine hundred million euros"
    lines = [f"MARA VOSS: Routine item number {n} for the register." for n in range(300)]
    lines += [f"JON TALL{n}: {claim}, the clerk read out." for n in range(40)]
    lines += ["MARA VOSS: Our harbour needs a tunnel, and its cost is a million euros."]
    store = PostgresStore.open(postgres.database())
    try:
        store.add("hearing.txt", ("\n".join(lines) + "\n").encode())
        found = store.candidates(_quote(claim, "Mara Voss"))
        assert any(s.text.startswith("Our harbour needs a tunnel") for s in found)
    finally:
        store.close()


def test_postings_written_in_many_transactions_are_merged_one_row_a_feature(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One record a transaction, as `verify snapshot` adds captures: without merging, a feature said in every
    # record would have a row for each.
    import verify.sources.store_pg as store_pg

    monkeypatch.setattr(store_pg, "_BATCH_RECORDS", 1)
    monkeypatch.setattr(store_pg, "_MERGE_CHUNK", 7)  # several chunks
    records = [
        (
            f"hearing-{n:02d}.txt",
            f"BO: The bridge opens in May, said clerk {n}.\nANN: Item {n} of the budget.\n".encode(),
        )
        for n in range(12)
    ]
    url = postgres.database()
    store = PostgresStore.open(url)
    try:
        assert store.add_all(records) == 12
        most = store._rows("SELECT max(n) FROM (SELECT count(*) AS n FROM verify_postings GROUP BY feature) AS rows")
        assert most[0][0] == 1  # 12 transactions: merged after the 4th, the 8th and the 12th
        found = store.candidates(_quote("The bridge opens in May, said clerk 9", "Bo"))
        assert "The bridge opens in May, said clerk 9." in [s.text for s in found]
        bridge = store_pg.feature_number(stem("bridge"))  # a content word's feature is its stem
        ids = store.ids([bridge])[bridge]
        assert len(ids) == 12 and list(ids) == sorted(ids)
    finally:
        store.close()


@pytest.mark.parametrize("url", ["postgresql://verify@127.0.0.1:1/none", "postgresql://verify:secret@127.0.0.1:1/x"])
def test_an_unreachable_store_is_one_line_and_exit_2(tmp_path: Path, url: str) -> None:
    article = tmp_path / "article.md"
    article.write_text('Ana said: "The levy stays."\n')
    for args in (["check", str(article), "--store", url], ["store", "copy", str(tmp_path), url]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2
        lines = [line for line in result.output.splitlines() if line.startswith("verify: error:")]
        assert len(lines) == 1 and "cannot connect" in lines[0] and "127.0.0.1:1/" in lines[0]
        assert "secret" not in result.output  # a password is never shown


def test_a_wrong_database_name_is_one_line(postgres: PostgresServer, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["store", "copy", str(tmp_path), postgres.url("no_such_database")])
    assert result.exit_code == 2
    assert "no_such_database" in result.output and "cannot connect" in result.output


def test_store_in_the_configuration(tmp_path: Path, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    url = postgres.database()
    (tmp_path / "pyproject.toml").write_text(f'[tool.verify]\nstore = "{url}"\n')
    (tmp_path / "article.md").write_text('Ana said: "The levy stays at two percent."\n')
    monkeypatch.chdir(tmp_path)
    with serving({"/speech": _page("ANA: The levy stays at two percent.")}) as server:
        saved = CliRunner().invoke(cli, ["snapshot", server.base + "/speech"])  # into the configured store
    assert saved.exit_code == 0 and f"-> {shown_url(url)}/" in saved.output, saved.output
    assert not (tmp_path / "snapshots").exists()
    result = CliRunner().invoke(cli, ["check", "article.md", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"{shown_url(url)}/page-127.0.0.1" in result.output and '"verdict": "verified"' in result.output


def test_verify_snapshot_writers_at_once_into_the_database(tmp_path: Path, postgres: PostgresServer) -> None:
    url = postgres.database()
    pages = {f"/speech{n}": _page(f"MAYOR BO: The ferry number {n} sails at dawn.") for n in range(12)}
    with serving(pages) as server:
        commands = [
            [sys.executable, "-m", "verify", "snapshot", "--store", url, *(server.base + p for p in list(pages)[k::2])]
            for k in (0, 1)
        ]
        runs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
        outputs = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        again = CliRunner().invoke(cli, ["snapshot", "--store", url, server.base + "/speech3"])
    assert sum(out.count("saved ") for out, _ in outputs) == 12
    assert again.exit_code == 0 and again.output.startswith("unchanged ")
    assert f"{shown_url(url)}/page-127.0.0.1" in outputs[0][0]
    article = tmp_path / "article.md"
    article.write_text('Mayor Bo said: "The ferry number 7 sails at dawn."\n')
    result = CliRunner().invoke(cli, ["check", str(article), "--store", url, "--format", "json", "--show", "all"])
    assert result.exit_code == 0 and '"verdict": "verified"' in result.output, result.output
    assert CliRunner().invoke(cli, ["snapshot", "--store", url, "--snapshots", "x", "http://a.example"]).exit_code == 2


def _page(text: str) -> Route:
    return lambda handler: send(handler, 200, f"<html><body><p>{text}</p></body></html>".encode())


def _tree(top: Path) -> dict[str, bytes]:
    records = DirectoryRecords(top)
    return {name: records.read(name) for name in records.names()}


# Round 47 (speed47): a suite killed mid-run stops its server (tests/postgres.py). The child holds a server as the suite
# does (SIGINT handled as an interactive run handles it, whatever this run inherited), and is sent the signal.
_SERVER_HOLDER = """
import signal, time
# (the dispositions of a suite started at a terminal, whatever this run inherited: a job in the
# background ignores SIGINT, one started under nohup ignores SIGHUP, and an ignored signal stops nothing)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGHUP, signal.SIG_DFL)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
from tests.postgres import postgres_server
with postgres_server() as server:
    print(server.directory, flush=True)
    time.sleep(300)
"""


def _processes_naming(directory: Path) -> list[int]:
    """The processes whose command line names ``directory`` (a server's: ``postgres -D <directory>/data``)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            if str(directory).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_suite_killed_mid_run_leaves_no_server_behind(postgres: PostgresServer, signum: int) -> None:
    top = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-c", _SERVER_HOLDER]
    environment = {**os.environ, "PYTHONPATH": str(top)}
    with subprocess.Popen(command, cwd=top, env=environment, stdout=subprocess.PIPE, text=True) as holder:
        directory = Path(holder.stdout.readline().strip()) if holder.stdout else Path()
        try:
            assert directory.name.startswith("verify-pg-") and _processes_naming(directory)  # (a server up)
            holder.send_signal(signum)
            holder.wait(timeout=120)
            assert not _processes_naming(directory)
            assert not directory.exists()
        finally:
            holder.kill()
            for pid in _processes_naming(directory) if directory.name else ():
                os.kill(pid, signal.SIGQUIT)  # (a server a failure left: shut down now)


def test_a_forked_child_ended_by_sigterm_leaves_the_suites_server_running(postgres: PostgresServer) -> None:
    import psycopg

    # (a pool ends its workers with SIGTERM: a child inherits the stopping handler, not the server)
    child = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
    child.start()
    time.sleep(1)  # (in its sleep)
    child.terminate()
    child.join(60)
    assert child.exitcode == -signal.SIGTERM
    with psycopg.connect(postgres.url(), autocommit=True) as connection:
        assert connection.execute("SELECT 1").fetchone() == (1,)
    assert postgres.directory.exists()
