"""End to end: a folder of good and bad inputs through the real pipeline into DuckDB and
PostgreSQL; reruns add nothing; a run killed with SIGKILL resumes to the same counts.

Extraction is being finished in parallel, so event totals are checked for consistency
(equal across runs); one story per kind of input is checked for the event it reports.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from polybius.cli.main import cli
from polybius.ingest import ingest
from polybius.settings import Settings
from polybius.store import open_store

PLACES = ["the river port", "the northern district", "a mountain village", "the old market",
          "the airport road", "a border crossing", "the university campus", "the fuel depot"]
ACTS = ["Police arrested {n} men suspected of planning attacks near {p} on Tuesday, the governor said.",
        "A car bomb exploded near {p} on Friday, killing {n} people and wounding dozens, officials said.",
        "Gunmen on motorbikes attacked a checkpoint at {p}, killing {n} soldiers before fleeing.",
        "Security forces detained {n} suspects in dawn raids around {p}, the interior ministry said."]


def story(i: int) -> str:
    return ACTS[i % len(ACTS)].format(n=i % 17 + 2, p=PLACES[i % len(PLACES)]) + f" Report number {i}."


def page(title: str, body: str, url: str) -> str:
    return (f'<html><head><title>{title}</title><link rel="canonical" href="{url}">'
            f'<meta property="article:published_time" content="2025-02-11"></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p><p>Residents said the area remained tense "
            f"late into the evening as investigators combed the scene.</p></article></body></html>")


@pytest.fixture(scope="session")
def pipeline():
    from polybius.pipeline import get_pipeline

    return get_pipeline(Settings())  # the same one CliRunner's in-process CLI gets


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, int, Counter]:
    """The mixed folder, the number of good articles and the expected error kinds."""
    root = tmp_path_factory.mktemp("news")
    (root / "sub").mkdir()
    (root / "a.txt").write_text("Checkpoint attack\n\n" + story(2), encoding="utf-8")
    (root / "sub" / "b.txt").write_text(story(3), encoding="utf-8")
    (root / "latin1.txt").write_bytes(("The café owner said " + story(5)).encode("cp1252"))
    (root / "copy.txt").write_text(story(3), encoding="utf-8")  # duplicate of sub/b.txt
    (root / "page.html").write_text(page("Blast at depot", story(1), "https://www.ridgenews.example/depot"))
    (root / "messy.html").write_text("<html><body><div><p>" + story(9) + "<p>" + story(10) + "<div>")  # unclosed tags, readable
    lines = [json.dumps({"id": "j1", "text": story(4), "url": "https://plainsnews.example/j1",
                         "published": "2025-02-12"}),
             "{not json", json.dumps({"id": "j2", "title": "no text"}),
             json.dumps({"id": "j3", "text": story(6)}), "[1, 2"]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n")
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Delta Wire</title>"
           + "".join(f"<item><title>Item {i}</title><link>https://deltawire.example/{i}</link>"
                     f"<pubDate>Wed, 12 Feb 2025 0{i}:00:00 GMT</pubDate><description>{story(20 + i)}</description></item>"
                     for i in range(2)) + "</channel></rss>")
    (root / "wire.rss").write_text(rss)
    with open(root / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(2):
            url = f"https://www.coastline.example/story-{i}"
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(page(f"Story {i}", story(30 + i), url).encode()),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
    # bad inputs
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(os.urandom(4096))
    packed = gzip.compress(b"".join(json.dumps({"text": story(40 + i)}).encode() + b"\n" for i in range(300)))
    (root / "cut.jsonl.gz").write_bytes(packed[:30])  # cut inside the first block: nothing readable
    (root / "broken.html").write_text("<html><head><title>x</title></head><body><div><span><b")
    (root / "french.txt").write_text("La police a arrêté douze personnes soupçonnées de préparer un attentat "
                                     "dans la capitale, selon le parquet antiterroriste.")
    with open(root / "huge.txt", "w") as fh:  # 20 MB: refused with a reason, never loaded whole
        line = "This sentence is filler text for a very large file. " * 20 + "\n"
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    good = 3 + 2 + 2 + 2 + 2  # txt (a, b, latin1), html (page, messy), jsonl (j1, j3), rss items, warc pages
    errors = Counter({"json": 2, "no_text": 1, "empty": 1, "binary": 1, "gzip": 1, "html": 1,
                      "non_english": 1, "too_large": 1})
    return root, good, errors


def error_kinds(store) -> Counter:
    return Counter(e["kind"] for e in store.errors(limit=1000))


def test_mixed_folder_then_rerun(store, corpus, pipeline):
    root, good, errors = corpus
    s = ingest([str(root)], store, Settings(), pipeline=pipeline)
    assert (s.stored, s.duplicates, s.errors) == (good, 1, sum(errors.values()))
    assert s.error_kinds == errors
    counts = store.counts()
    assert counts["articles"] == good and counts["errors"] == sum(errors.values())
    # every good input tells of an arrest, a bombing, an attack or a detention
    assert counts["events"] >= good
    assert error_kinds(store) == errors
    where = {(Path(e["origin"]).name, e["line"], e["kind"]) for e in store.errors(limit=1000)}
    assert {("dump.jsonl", 2, "json"), ("dump.jsonl", 3, "no_text"), ("dump.jsonl", 5, "json"),
            ("huge.txt", None, "too_large"), ("cut.jsonl.gz", 1, "gzip"), ("french.txt", None, "non_english"),
            ("broken.html", None, "html"), ("empty.txt", None, "empty"), ("binary.txt", None, "binary")} == where
    arts = {a["article_id"]: a for a in store.articles(limit=100)}
    by_url = {a["url"]: a for a in arts.values() if a["url"]}
    assert by_url["https://deltawire.example/1"]["source"] == "Delta Wire"  # the outlet as the input names it
    assert by_url["https://deltawire.example/1"]["published"] == "2025-02-12"
    assert by_url["https://www.coastline.example/story-0"]["origin"].endswith("crawl.warc.gz:1")
    assert by_url["https://www.ridgenews.example/depot"]["published_from"] == "metadata"
    assert arts["j1"]["published"] == "2025-02-12" and "j3" in arts
    assert sum(1 for a in arts.values() if (a["encoding"] or "").endswith("(guessed)")) == 1
    assert sum(a["n_events"] for a in arts.values()) == counts["events"]
    # the HTML page: "A car bomb exploded near the northern district on Friday, killing 3 people"
    depot = by_url["https://www.ridgenews.example/depot"]["article_id"]
    blasts = [e for e in store.events(limit=None) if e.article.id == depot and e.event_type == "ASSAULT"]
    assert [e.counts.killed.value for e in blasts if e.counts.killed] == [3]
    # the JSONL line j1: "Police arrested 6 men suspected of planning attacks ..."
    assert [e.counts.arrested.value for e in store.events(limit=None)
            if e.article.id == "j1" and e.counts.arrested] == [6]

    again = ingest([str(root)], store, Settings(), pipeline=pipeline)  # idempotent
    assert (again.stored, again.events, again.duplicates) == (0, 0, good + 1)
    assert store.counts() == {**counts, "runs": 2}


def test_cli_summary_and_exit_code(corpus, pipeline, tmp_path):
    root, good, errors = corpus
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(root), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"{good:,} articles stored" in result.output and f"{sum(errors.values())} errors" in result.output
    assert "too_large" in result.output and "huge.txt" in result.output
    listed = CliRunner().invoke(cli, ["articles", "--db", str(db), "--format", "jsonl", "--limit", "100"])
    assert listed.exit_code == 0 and len(listed.output.splitlines()) == good
    events = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl", "--limit", "1000"])
    assert events.exit_code == 0
    assert all(json.loads(line)["evidence"]["sentence"] for line in events.output.splitlines())


def write_many(path: Path, n: int) -> None:
    with path.open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"k{i}", "text": story(i), "published": f"2025-01-0{i % 9 + 1}"}) + "\n")
        fh.write("{broken line\n")


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_clean_counts(store_url, pipeline, tmp_path):
    n = 400
    src = tmp_path / "many.jsonl"
    write_many(src, n)
    clean = open_store(tmp_path / "clean.duckdb")
    ingest([str(src)], clean, Settings(), pipeline=pipeline)
    expected = clean.counts()
    clean.close()
    assert expected["articles"] == n and expected["errors"] == 1

    cmd = [sys.executable, "-c", "from polybius.cli.main import main; main()", "ingest", str(src),
           "--db", store_url, "--batch-size", "8"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    try:
        for line in proc.stderr:  # one line per committed batch (stderr is not a terminal)
            if line.startswith("ingest:") and int(line.split()[1]) >= 16:
                break
            assert time.monotonic() < deadline, "no commit seen"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    store = open_store(store_url)
    partial = store.counts()["articles"]
    assert 16 <= partial < n  # killed mid-run, committed batches kept
    ingest([str(src)], store, Settings(), pipeline=pipeline)
    got = store.counts()
    store.close()
    assert {k: got[k] for k in ("articles", "events", "errors")} == \
           {k: expected[k] for k in ("articles", "events", "errors")}


@pytest.mark.slow
def test_two_jobs_store_what_one_job_stores(tmp_path, pipeline):
    src = tmp_path / "few.jsonl"
    write_many(src, 60)
    one = open_store(tmp_path / "one.duckdb")
    ingest([str(src)], one, Settings(), pipeline=pipeline, commit_size=16)
    two = open_store(tmp_path / "two.duckdb")
    s = ingest([str(src)], two, Settings(), jobs=2, commit_size=16)
    assert s.stored == 60
    assert {k: v for k, v in one.counts().items()} == {k: v for k, v in two.counts().items()}
    assert sorted(e.event_id for e in one.events(limit=None)) == sorted(e.event_id for e in two.events(limit=None))
    one.close()
    two.close()
