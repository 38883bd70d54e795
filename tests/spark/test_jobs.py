"""Spark jobs in local[2] against the single-process code on the same input.

The reference is what a user would run on one machine: ``polybius extract`` on the
JSONL, then ``polybius.fuse.fuse`` on its events. Spark must produce the same event
ids with every field equal, the bad lines in the error table, and the same incidents.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.fuse import fuse
from polybius.records import Event, Incident
from polybius.settings import Settings
from polybius.spark.extract import run_extract
from polybius.spark.fuse import run_fuse
from polybius.spark.rows import event_month, row_to_event

pytestmark = pytest.mark.spark

N_GENERATED = 300
BAD_LINES = ['{"id": "broken-1", "text": "unterminated', '{"id": "empty-1", "text": "  "}']


SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"


def _sample_records() -> list[dict]:
    """The README's sample articles (real-looking news, with dates and sources)."""
    records = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records, f"no sample articles in {SAMPLES}"
    return records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from newsgen import generate

    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    records = list(generate(N_GENERATED, seed=11)) + _sample_records()
    lines = [json.dumps(r) for r in records]
    lines[5:5] = BAD_LINES
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, dict]:
    """``polybius extract`` output on one machine: event id -> event dict."""
    out = tmp_path_factory.mktemp("ref") / "events.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(out)])
    assert out.exists(), result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {e["event_id"]: e for e in events}
    assert len(by_id) == len(events), "event ids must be unique"
    return by_id


@pytest.fixture(scope="module")
def spark_out(spark, corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark") / "out"
    stats = run_extract(spark, str(corpus), str(out), Settings(), partitions=4)
    return out, stats


def _read_events(path: Path) -> list[dict]:
    if not any(path.rglob("*.parquet")):
        return []
    return ds.dataset(path, format="parquet", partitioning="hive").to_table().to_pylist()


def test_spark_events_equal_single_process_events(spark_out, reference):
    out, stats = spark_out
    rows = _read_events(out / "events")
    got = {r["event_id"]: row_to_event(r).to_dict() for r in rows}
    assert len(got) == len(rows), "Spark wrote an event twice"
    assert set(got) == set(reference)
    for event_id, expected in reference.items():
        # to_dict of from_dict normalises the JSON (e.g. tuples); compare field by field
        expected = Event.from_dict(expected).to_dict()
        diff = {k: (expected[k], got[event_id][k]) for k in expected
                if expected[k] != got[event_id][k]}
        assert not diff, f"{event_id}: {diff}"
    assert stats.events == len(reference)
    assert stats.articles == N_GENERATED + len(_sample_records())


def test_events_are_partitioned_by_their_month(spark_out):
    out, _ = spark_out
    for part in (out / "events").glob("month=*"):
        month = part.name.split("=", 1)[1]
        for row in pq.read_table(part).to_pylist():
            assert event_month(row_to_event(row)) == month


def test_bad_lines_go_to_the_error_table(spark_out):
    out, stats = spark_out
    errors = pq.read_table(out / "errors").to_pylist()
    assert Counter(e["stage"] for e in errors) == Counter({"read": 2})
    assert {e["article_id"] for e in errors} >= {"empty-1"}
    assert any("invalid JSON" in e["reason"] for e in errors)
    assert stats.errors == 2


def test_parquet_input_gives_the_same_events(spark, corpus, reference, tmp_path):
    records = [json.loads(line) for line in corpus.read_text().splitlines()[:40]
               if line.startswith('{"id": "gen')]
    table = pa.Table.from_pylist(records)
    pq.write_table(table, tmp_path / "articles.parquet")
    run_extract(spark, str(tmp_path / "articles.parquet"), str(tmp_path / "out"), Settings())
    got = {r["event_id"]: row_to_event(r).to_dict()
           for r in _read_events(tmp_path / "out" / "events")}
    ids = {r["id"] for r in records}
    expected = {k: Event.from_dict(v).to_dict() for k, v in reference.items()
                if v["article"]["id"] in ids}
    assert got == expected


@pytest.fixture(scope="module")
def fused(spark, spark_out, tmp_path_factory):
    out, _ = spark_out
    target = tmp_path_factory.mktemp("fused")
    return target, run_fuse(spark, str(out / "events"), str(target), Settings())


def test_spark_fusion_equals_single_machine_fusion(fused, reference):
    tmp_path, stats = fused
    single = fuse([Event.from_dict(e) for e in reference.values()], (), Settings())
    got = {r["incident_id"]: Incident.from_dict(r).to_dict()
           for r in pq.read_table(tmp_path / "incidents").to_pylist()}
    want = {i.incident_id: i.to_dict() for i in single.incidents}
    assert set(got) == set(want)
    for incident_id, expected in want.items():
        diff = {k: (expected[k], got[incident_id][k]) for k in expected
                if expected[k] != got[incident_id][k]}
        assert not diff, f"{incident_id}: {diff}"
    assignments = {r["event_id"]: r["incident_id"]
                   for r in pq.read_table(tmp_path / "assignments").to_pylist()}
    assert assignments == single.assignment
    assert stats.incidents == len(want) and stats.events == len(reference)


def test_load_brings_spark_output_into_the_store(spark_out, fused, reference, corpus,
                                                  tmp_path):
    from polybius.spark.load import load_output
    from polybius.store import open_store

    out, stats = spark_out
    fused_dir, fuse_stats = fused
    store = open_store(tmp_path / "polybius.duckdb")
    try:
        loaded = load_output(store, out, fused_dir)
        # the store keeps one copy of identical texts (wire copies), with its events
        texts = [json.loads(line)["text"] for line in corpus.read_text().splitlines()
                 if line.startswith('{"id": "gen')]
        assert loaded.articles == len(set(texts)) + len(_sample_records())
        assert loaded.articles + loaded.skipped == stats.articles
        kept = {a["article_id"] for a in store.articles(limit=None)}
        expected_ids = {k for k, v in reference.items() if v["article"]["id"] in kept}
        assert loaded.events == len(expected_ids)
        assert loaded.errors == 2 and loaded.incidents == fuse_stats.incidents
        by_id = {e.event_id: e for e in store.events(limit=None)}
        assert set(by_id) == expected_ids
        for event_id in sorted(expected_ids)[:50]:
            got = by_id[event_id]
            assert got.incident_id is not None
            got.incident_id = None
            assert got == Event.from_dict(reference[event_id])
        again = load_output(store, out)        # idempotent: everything is skipped
        assert again.articles == 0 and again.events == 0
    finally:
        store.close()
