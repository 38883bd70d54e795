"""The ingest loop under trouble: a reused id, a store that refuses one article, a run
killed earlier, a fresh store without events, workers whose parent is killed.

A small stand-in pipeline finds 'blast' so these tests need no spaCy; the real pipeline
runs in test_ingest_run.py and bench/reliability.py.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from polybius.fuse import fuse
from polybius.fuse.stored import fuse_store
from polybius.ingest import ingest
from polybius.records import ArticleRef, Event, Evidence
from polybius.settings import Settings
from polybius.store import open_store

STORY = "Residents said a blast damaged the market in the river town on {day}, officials said."


class BlastPipeline:
    def process_many(self, articles):
        for art in articles:
            start = art.text.find("blast")
            found = [] if start < 0 else [Event(Event.make_id(art.id, start, start + 5),
                                                ArticleRef(art.id), "ASSAULT", "explosives",
                                                Evidence("blast", start, start + 5))]
            yield art, found


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def run(store, *inputs):
    return ingest(list(inputs), store, Settings(), pipeline=BlastPipeline(), commit_size=4)


def test_reused_id_with_other_text_keeps_both(store, tmp_path):
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "x1", "text": STORY.format(day="Monday")}])
    second = write_jsonl(tmp_path / "b.jsonl", [
        {"id": "x1", "text": STORY.format(day="Tuesday")},   # same id, other text
        {"id": "x1", "text": STORY.format(day="Monday")},    # same id, same text: a duplicate
        {"id": "x1", "text": STORY.format(day="Friday")},    # a third text under the same id
    ])
    run(store, first)
    summary = run(store, second)
    texts = {r["article_id"]: r["text"] for r in store.articles(limit=None, include_text=True)}
    assert len(texts) == 3 and texts["x1"] == STORY.format(day="Monday")
    assert sorted(t.split(" on ")[1].split(",")[0] for t in texts.values()) == ["Friday", "Monday", "Tuesday"]
    assert all(k == "x1" or k.startswith("x1~") for k in texts)
    assert (summary.stored, summary.duplicates, summary.renamed) == (2, 1, 2)
    notes = [e for e in store.errors(limit=None) if e["kind"] == "id_reused"]
    assert len(notes) == 2 and all("'x1'" in e["reason"] for e in notes)
    again = run(store, second)  # a rerun derives the same ids: nothing new
    assert (again.stored, again.duplicates) == (0, 3)


def test_an_article_the_store_refuses_costs_only_itself(store, tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "n.jsonl", [{"id": f"n{i}", "text": STORY.format(day=f"day {i}")}
                                              for i in range(6)])
    real = store.add_articles_with_events

    def picky(pairs, **kw):
        pairs = list(pairs)
        if any(a.id == "n3" for a, _ in pairs):
            raise ValueError("value too long for column")
        return real(pairs, **kw)

    monkeypatch.setattr(store, "add_articles_with_events", picky)
    summary = run(store, path)
    ids = sorted(r["article_id"] for r in store.articles(limit=None))
    assert ids == ["n0", "n1", "n2", "n4", "n5"]
    (err,) = store.errors(limit=None)
    assert err["kind"] == "store" and err["line"] == 4 and "value too long" in err["reason"]
    assert summary.stored == 5


def test_a_run_left_running_is_marked_interrupted(store, tmp_path):
    dead = store.start_run(["killed.jsonl"])  # never finished: its process was killed
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STORY.format(day="Monday")}])
    summary = run(store, path)
    status = {r["run_id"]: r["status"] for r in store._fetch("SELECT run_id, status FROM runs")}
    assert status == {dead: "interrupted", summary.run_id: "done"}


def test_fresh_store_whose_articles_hold_no_event(store, tmp_path):
    path = write_jsonl(tmp_path / "calm.jsonl", [
        {"id": f"c{i}", "text": f"The council approved the budget for parks and libraries, item {i}."}
        for i in range(3)])
    summary = run(store, path)
    assert (summary.stored, summary.events) == (3, 0)
    result = fuse_store(store, Settings())  # raised StopIteration in the TF-IDF step
    assert result.incidents == [] and result.assignment == {}
    assert fuse([], []).incidents == []


def test_a_dead_worker_costs_only_the_article_that_killed_it(tmp_path, monkeypatch):
    from dying_worker import batch_or_die, quick_init

    from polybius.ingest import runner

    monkeypatch.setattr(runner, "worker_init", quick_init)
    monkeypatch.setattr(runner, "worker_batch", batch_or_die)
    texts = [STORY.format(day=f"day {i}") + (" DIE" if i == 5 else "") for i in range(16)]
    path = write_jsonl(tmp_path / "w.jsonl", [{"id": f"w{i}", "text": t} for i, t in enumerate(texts)])
    store = open_store(tmp_path / "w.duckdb")
    try:
        summary = ingest([path], store, Settings(), jobs=2, commit_size=2)
        stored = {r["article_id"] for r in store.articles(limit=None)}
        failed = {e["line"] for e in store.errors(limit=None) if e["kind"] == "pipeline"}
        assert failed == {6}  # only the article that killed its worker: its neighbours are retried
        assert stored == {f"w{i}" for i in range(16)} - {"w5"} and summary.stored == 15
    finally:
        store.close()


CHILD = """
import os, sys, time
from polybius.ingest.orphans import die_with_parent
die_with_parent(int(sys.argv[1]), interval=0.2)
time.sleep(60)
"""
PARENT = """
import subprocess, sys, os, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(os.getpid())])
print(child.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_worker_dies_within_seconds_of_a_kill_9_of_its_parent():
    parent = subprocess.Popen([sys.executable, "-c", PARENT, CHILD], stdout=subprocess.PIPE, text=True)
    child_pid = int(parent.stdout.readline())
    time.sleep(0.5)  # the child has set up its guard
    os.kill(child_pid, 0)  # alive while the parent lives
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child_pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child_pid, signal.SIGKILL)
    pytest.fail("the worker outlived its killed parent by 5 s")


def test_workers_are_started_with_the_parent_guard(monkeypatch):
    from polybius.ingest import runner

    pool = runner._pool(Settings(), 1)
    try:
        assert pool._initargs[1] == os.getpid()
    finally:
        pool.shutdown()
