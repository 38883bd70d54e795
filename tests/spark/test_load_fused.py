"""`polybius load --fused`: incidents and their assignments go in together, under the
store's fusion lock (no Spark needed: the Parquet is written here with pyarrow)."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from polybius.export.arrow import INCIDENT_SCHEMA, to_batch
from polybius.records import (Article, ArticleRef, DateValue, Event, Evidence, Incident, IncidentCount,
                              Place)
from polybius.spark.load import load_output
from polybius.store import open_store

TEXT = "Gunmen attacked a market in Maiduguri on Monday, killing nine traders."


def _fused(tmp_path):
    inc = Incident(incident_id="inc-1", event_type="ASSAULT", mode="small_arms", status="occurred",
                   date=DateValue(text="Monday", value="2025-03-03", precision="day"),
                   location=Place(text="Maiduguri", name="Maiduguri", country="NGA"),
                   counts={"killed": IncidentCount(value=9, low=9, high=9)},
                   n_articles=1, n_sources=1, event_ids=["e1"])
    tables = {"incidents": pa.Table.from_batches([to_batch([inc.to_dict()], INCIDENT_SCHEMA)]),
              "assignments": pa.Table.from_pylist([{"event_id": "e1", "incident_id": "inc-1"}])}
    for name, table in tables.items():   # the incident in the schema the Spark job writes
        (tmp_path / "fused" / name).mkdir(parents=True)
        pq.write_table(table, tmp_path / "fused" / name / "part-0.parquet")
    (tmp_path / "out").mkdir()
    return tmp_path / "fused"


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "s.duckdb")
    s.add_articles_with_events([(Article("a1", TEXT, published="2025-03-03"),
                                 [Event("e1", ArticleRef("a1", published="2025-03-03"), "ASSAULT",
                                        "small_arms", Evidence(TEXT, 0, len(TEXT)))])])
    yield s
    s.close()


def test_incidents_and_assignments_are_loaded_under_the_fusion_lock(tmp_path, store, monkeypatch):
    entered = []
    real = store.fusion_transaction

    def watched():
        entered.append(True)
        return real()

    monkeypatch.setattr(store, "fusion_transaction", watched)
    stats = load_output(store, tmp_path / "out", _fused(tmp_path))
    assert entered and (stats.incidents, stats.assigned) == (1, 1)
    assert [e.incident_id for e in store.events()] == ["inc-1"]


def test_a_failed_assignment_leaves_no_incident_behind(tmp_path, store, monkeypatch):
    class DiskFull(Exception):
        pass

    def broken(mapping):
        raise DiskFull("disk full")

    monkeypatch.setattr(store, "set_incident_ids", broken)
    with pytest.raises(DiskFull):
        load_output(store, tmp_path / "out", _fused(tmp_path))
    assert store.counts()["incidents"] == 0 and store.events()[0].incident_id is None
