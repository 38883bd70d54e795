"""An incident's outlets (with wire copies), counts_history and later mentions reach
every export format, and the outlet names stay in ACLED's ``source`` column."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from incident_reports import kabul_coverage
from polybius.export import CSV_DTYPES, export
from polybius.fuse.stored import fuse_store
from polybius.records import Incident


@pytest.fixture
def fused(store):
    store.add_articles_with_events(kabul_coverage())
    fuse_store(store)
    (inc,) = [i for i in store.incidents() if not i.background]
    assert [(o.source, o.same_story_as) for o in inc.outlets] == [
        ("Kabul Times", None), ("AFP", None), ("Dawn", "AFP"), ("Tolo", None)]
    assert [m.event_id for m in inc.mentions_in_later_articles] == ["ev-m1"]
    return store, inc


def test_csv_keeps_outlets_history_and_mentions(fused, tmp_path):
    store, inc = fused
    out = tmp_path / "incidents.csv"
    export(store, "csv", "incidents", out)
    row = pd.read_csv(out, dtype=CSV_DTYPES).set_index("polybius_id").loc[inc.incident_id]
    assert row["source"] == "Kabul Times; AFP; Dawn; Tolo"
    assert (row["n_articles"], row["n_sources"], row["n_mentions"]) == (4, 3, 1)
    assert "Dawn (story of AFP)" in row["notes"]
    outlets = json.loads(row["outlets"])
    assert {o["source"]: o["same_story_as"] for o in outlets}["Dawn"] == "AFP"
    history = json.loads(row["counts_history"])["killed"]
    assert [(e["value"], e["first_reported"], e["source"]) for e in history] == [
        (40, "2025-03-04", "Kabul Times"), (62, "2025-03-05", "AFP"), (78, "2025-03-07", "Tolo")]
    assert json.loads(row["mentions_in_later_articles"])[0]["article_id"] == "m1"


def test_geojson_properties_hold_them_as_objects(fused, tmp_path):
    store, inc = fused
    out = tmp_path / "incidents.geojson"
    export(store, "geojson", "incidents", out)
    (feature,) = [f for f in json.loads(out.read_text())["features"] if f["id"] == inc.incident_id]
    props = feature["properties"]
    assert props["source"] == "Kabul Times; AFP; Dawn; Tolo"
    assert [e["value"] for e in props["counts_history"]["killed"]] == [40, 62, 78]
    assert props["outlets"][2] == {"source": "Dawn", "article_ids": ["a3"],
                                   "first_reported": "2025-03-05", "same_story_as": "AFP"}
    assert props["mentions_in_later_articles"][0]["source"] == "Khaama"


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_full_record_formats_give_the_whole_incident_back(fused, tmp_path, fmt):
    store, inc = fused
    out = tmp_path / f"incidents.{fmt}"
    export(store, fmt, "incidents", out, include_all=True)
    rows = (pq.read_table(out).to_pylist() if fmt == "parquet"
            else [json.loads(line) for line in out.read_text().splitlines()])
    (got,) = [Incident.from_dict(r) for r in rows if r["incident_id"] == inc.incident_id]
    assert got.counts_history == inc.counts_history
    assert got.outlets == inc.outlets
    assert got.mentions_in_later_articles == inc.mentions_in_later_articles
