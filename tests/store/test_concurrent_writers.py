"""Several processes writing one PostgreSQL database at once: the database, not a
check-then-insert, keeps each story once, and fusion runs one writer at a time.

Inputs are generated articles (bench/newsgen.py) without URLs, each written into two of
four JSONL files under different ids, so only the content hash tells the copies apart.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pg_cluster import fresh_database
from polybius.fuse.stored import fuse_store
from polybius.ingest.runner import ingest
from polybius.settings import Settings
from polybius.store import open_store
from polybius.store.migrations import LATEST

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

N_STORIES, N_FILES = 12, 4


def _inputs(folder: Path) -> list[Path]:
    """File k holds stories 3k .. 3k+5 (mod 12) under ids ``k<k>-<i>``: every story in
    two files, under two ids, no URL."""
    from newsgen import generate

    stories = list(generate(N_STORIES, seed=21))
    paths = []
    for k in range(N_FILES):
        path = folder / f"part{k}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(3 * k, 3 * k + 6):
                rec = dict(stories[i % N_STORIES], id=f"k{k}-{i % N_STORIES}")
                rec.pop("url")
                fh.write(json.dumps(rec) + "\n")
        paths.append(path)
    return paths


def _content(url: str) -> tuple[list[str], set[frozenset[str]], int, list[str]]:
    """What a reader sees, without the ids that depend on which copy won: the events
    (article keyed by content hash), the incidents as sets of member events, the number
    of incidents, and events pointing at a missing incident."""
    with open_store(url) as store:
        hashes = {a["article_id"]: a["content_hash"] for a in store.articles(limit=None)}
        events = store.events(limit=None)
        incident_ids = {i.incident_id for i in store.incidents(limit=None)}
    keys, members = [], {}
    for ev in events:
        record = ev.to_dict()
        record.pop("event_id")
        record.pop("incident_id", None)
        record["article"] = hashes[record["article"].pop("id")]
        key = json.dumps(record, sort_keys=True)
        keys.append(key)
        if ev.incident_id:
            members.setdefault(ev.incident_id, set()).add(key)
    dangling = sorted(i for i in members if i not in incident_ids)
    return sorted(keys), {frozenset(m) for m in members.values()}, len(incident_ids), dangling


@pytest.mark.postgres
@pytest.mark.slow
def test_four_concurrent_ingests_store_each_story_once(tmp_path, pg_cluster, pipeline):
    paths = _inputs(tmp_path)

    sequential = fresh_database(pg_cluster)
    with open_store(sequential) as store:
        for path in paths:  # what `polybius ingest` does, one file after the other
            ingest([str(path)], store, Settings(), pipeline=pipeline)
            fuse_store(store, Settings())

    concurrent = fresh_database(pg_cluster)
    procs = [subprocess.Popen([sys.executable, "-c", "from polybius.cli.main import main; main()",
                               "ingest", str(path), "--db", concurrent, "--quiet", "--batch-size", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for path in paths]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err

    with open_store(concurrent) as store:
        counts = store.counts()
        arts = store.articles(limit=None)
    assert counts["articles"] == N_STORIES
    assert len({a["content_hash"] for a in arts}) == N_STORIES
    events, incidents, n_incidents, dangling = _content(concurrent)
    want_events, want_incidents, want_n, _ = _content(sequential)
    assert len(events) == len(want_events) > 0
    assert events == want_events
    assert incidents == want_incidents
    assert n_incidents == want_n  # no incident without members (an orphan)
    assert dangling == []


@pytest.mark.postgres
@pytest.mark.parametrize("trial", range(3))
def test_eight_simultaneous_opens_of_a_fresh_database_all_succeed(pg_cluster, trial):
    url = fresh_database(pg_cluster)
    start = threading.Barrier(8)
    failures: list[str] = []
    versions: list[int] = []

    def open_one() -> None:
        start.wait()
        try:
            with open_store(url) as store:
                versions.append(store.schema_version())
        except Exception as exc:  # noqa: BLE001 - every failure is reported below
            failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failures == []
    assert versions == [LATEST] * 8
    with open_store(url) as store:  # each migration recorded once
        assert store._fetch("SELECT count(*) AS n FROM schema_version")[0]["n"] == LATEST


@pytest.mark.postgres
def test_a_writer_that_checked_before_another_committed_does_not_store_the_story_again(pg_cluster):
    """The race of two writers: B looked for the story before A committed it, so B's
    check found nothing. The unique content hash, not the check, must refuse B's copy,
    and B's events must not be stored without their article."""
    from polybius.records import Article, ArticleRef, Event, Evidence

    url = fresh_database(pg_cluster)
    text = "Gunmen attacked a checkpoint in Kano on Monday, killing three soldiers, police said."

    def story(article_id: str) -> tuple[Article, list[Event]]:
        art = Article(id=article_id, text=text)
        ev = Event(event_id=Event.make_id(article_id, 0, 84), article=ArticleRef(id=article_id),
                   event_type="ASSAULT", mode="other", evidence=Evidence(text, 0, 84))
        return art, [ev]

    a, b = open_store(url), open_store(url)
    try:
        b.known_articles = lambda *args, **kwargs: set()  # B checked before A committed
        assert a.add_articles_with_events([story("copy-a")]) == {"articles": 1, "events": 1, "skipped": 0}
        assert b.add_articles_with_events([story("copy-b")]) == {"articles": 0, "events": 0, "skipped": 1}
        assert a.counts()["articles"] == 1 and a.counts()["events"] == 1
        assert [e.article.id for e in a.events()] == ["copy-a"]
    finally:
        a.close()
        b.close()
