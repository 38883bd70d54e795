"""Exports load back unchanged: CSV in pandas, GeoJSON with json, Parquet in DuckDB and
pyarrow, JSONL as records. Hand-built events with known values."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.export import export
from polybius.export.tables import ACLED_COLUMNS
from polybius.records import (Actor, Article, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Incident, IncidentCount, Place)

ART = Article(id="art1", text="x", url="https://www.valleytimes.example/a", source="valleytimes.example",
              published="2025-06-02")
REF = ArticleRef(id="art1", url=ART.url, source="valleytimes.example", published="2025-06-02")

BOMB = Event(
    event_id="e" * 40, article=REF, event_type="ASSAULT", mode="explosives",
    evidence=Evidence("A roadside bomb struck a minibus near Jalalabad, killing five passengers.", 0, 71),
    context=["terrorism"], actor=Actor("militants", kind="armed_group"),
    recipient=Actor("five passengers", kind="civilians"),
    date=DateValue("on Sunday", "2025-06-01", "day"),
    location=Place("near Jalalabad", name="Jalalabad", admin1="Nangarhar", country="AFG",
                   lat=34.43, lon=70.45, precision="city"),
    counts=Counts(killed=Count(5, "exact", "five"), injured=Count(12, "at_least", "at least 12")),
    confidence=0.8)
ARREST = Event(
    event_id="f" * 40, article=REF, event_type="COERCE", mode="arrest",
    evidence=Evidence("Police later detained 30 suspects across the province.", 72, 127),
    actor=Actor("Police", name="Pakistan", country="PAK", kind="security_forces"),
    date=DateValue("in June", "2025-06", "month"),
    location=Place("the province", admin1="Sindh", country="PAK", precision="admin1"),  # no coordinates
    counts=Counts(arrested=Count(30, "more_than")), confidence=0.6)
INC = Incident(incident_id="inc1", event_type="ASSAULT", mode="explosives", status="occurred",
               date=BOMB.date, location=BOMB.location, actor=BOMB.actor, recipient=BOMB.recipient,
               counts={"killed": IncidentCount(5, 5, 6, "exact"), "injured": None, "arrested": None},
               n_articles=2, n_sources=2, first_reported="2025-06-01", event_ids=[BOMB.event_id])


@pytest.fixture
def filled(store):
    store.add_articles_with_events([(ART, [BOMB, ARREST])])
    store.upsert_incidents([INC])
    store.set_incident_ids({BOMB.event_id: "inc1"})
    return store


def test_csv_has_acled_columns_and_loads_in_pandas(filled, tmp_path):
    out = tmp_path / "events.csv"
    assert export(filled, "csv", "events", out) == 2
    df = pd.read_csv(out).set_index("polybius_id")
    assert list(df.columns[:len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    bomb = df.loc["e" * 40]
    assert bomb["event_id_cnty"] == "AFG" + "e" * 10
    assert bomb["event_date"] == "2025-06-01" and bomb["time_precision"] == 1
    assert (bomb["event_type"], bomb["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert bomb["country"] == "Afghanistan" and bomb["admin1"] == "Nangarhar" and bomb["location"] == "Jalalabad"
    assert (bomb["latitude"], bomb["longitude"], bomb["geo_precision"]) == (34.43, 70.45, 1)
    assert bomb["fatalities"] == 5 and bomb["injured"] == 12 and bomb["injured_qualifier"] == "at_least"
    assert bomb["source"] == "valleytimes.example" and bomb["notes"].startswith("A roadside bomb")
    assert bomb["cameo_root"] == 18 and bomb["gtd_attack_type"] == "Bombing/Explosion"
    assert bomb["incident_id"] == "inc1"
    arrest = df.loc["f" * 40]
    assert arrest["event_date"] == "2025-06-01" and arrest["time_precision"] == 3
    assert (arrest["event_type"], arrest["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert arrest["actor1"] == "Pakistan" and arrest["fatalities"] == 0 and arrest["arrested"] == 30
    assert pd.isna(arrest["latitude"]) and arrest["geo_precision"] == 3


def test_geojson_is_a_feature_collection_of_points(filled, tmp_path):
    out = tmp_path / "events.geojson"
    assert export(filled, "geojson", "events", out) == 1  # the arrest has no coordinates
    doc = json.loads(out.read_text())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 1
    feature = doc["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [70.45, 34.43]}  # lon, lat
    assert feature["properties"]["plover_mode"] == "explosives"


def test_parquet_keeps_the_full_record(filled, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", "events", out) == 2
    table = pq.read_table(out)
    rows = {r["event_id"]: r for r in table.to_pylist()}
    assert Event.from_dict(rows["e" * 40]).to_dict() == {**BOMB.to_dict(), "incident_id": "inc1"}
    assert Event.from_dict(rows["f" * 40]).to_dict() == ARREST.to_dict()
    got = duckdb.sql(f"SELECT location.lat AS lat, counts.arrested.value AS arrested FROM '{out}' "
                     "ORDER BY event_id").fetchall()
    assert got == [(34.43, None), (None, 30)]


def test_jsonl_round_trips(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(filled, "jsonl", "events", out, country="PAK") == 1
    (line,) = out.read_text().splitlines()
    assert Event.from_dict(json.loads(line)).to_dict() == ARREST.to_dict()


@pytest.mark.parametrize("fmt", ["csv", "geojson", "parquet", "jsonl"])
def test_incident_exports(filled, tmp_path, fmt):
    out = tmp_path / f"incidents.{fmt}"
    assert export(filled, fmt, "incidents", out) == 1
    if fmt == "csv":
        row = pd.read_csv(out).iloc[0]
        assert (row["polybius_id"], row["fatalities"], row["killed_high"], row["n_sources"]) == ("inc1", 5, 6, 2)
        assert row["event_type"] == "Explosions/Remote violence" and row["n_events"] == 1
    elif fmt == "geojson":
        assert json.loads(out.read_text())["features"][0]["geometry"]["coordinates"] == [70.45, 34.43]
    elif fmt == "parquet":
        assert Incident.from_dict(pq.read_table(out).to_pylist()[0]).to_dict() == INC.to_dict()
    else:
        assert Incident.from_dict(json.loads(out.read_text())).to_dict() == INC.to_dict()


def test_export_command(filled, store_url, tmp_path):
    out = tmp_path / "cli.csv"
    filled.close()  # DuckDB: one process, one writer connection
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--what", "events", "-o", str(out),
                                      "--db", store_url, "--type", "COERCE"])
    assert result.exit_code == 0, result.output
    assert "wrote 1 events" in result.output
    assert list(pd.read_csv(out)["polybius_id"]) == ["f" * 40]
