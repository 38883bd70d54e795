"""Exports as a researcher opens them: CSV in pandas and DuckDB, GeoJSON in GeoPandas
(pyogrio), Parquet in pandas and DuckDB, JSONL as records. Hand-built events with known
values; the expected ACLED codes are read off ACLED's codebook, not off the code."""
from __future__ import annotations

import json
from collections import Counter

import duckdb
import geopandas
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.export import CSV_DTYPES, ExportResult, export
from polybius.records import (Actor, Article, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Incident, IncidentCount, Place)

# ACLED's data columns in ACLED's order, as listed in the ACLED Codebook ("ACLED data
# columns at a glance") and in the files ACLED's export tool writes: 31 columns.
ACLED_CODEBOOK_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

ART = Article(id="art1", text="x", url="https://www.valleytimes.example/a", source="Valley Times",
              published="2025-06-02")
REF = ArticleRef(id="art1", url=ART.url, source="Valley Times", published="2025-06-02")
WIRE = ArticleRef(id="art2", url="https://www.reuters.com/x", source="Reuters", published="2025-06-03")
ART2 = Article(id="art2", text="y", url=WIRE.url, source="Reuters", published="2025-06-03")


def ev(eid: str, sentence: str, **kw) -> Event:
    base = dict(event_id=eid * 40, article=REF, event_type="ASSAULT", mode="explosives",
                evidence=Evidence(sentence, 0, len(sentence)), confidence=0.7)
    base.update(kw)
    return Event(**base)


BOMB = ev("e", "A roadside bomb struck a minibus near Jalalabad, killing five passengers.",
          context=["terrorism"], actor=Actor("militants", kind="armed_group"),
          recipient=Actor("five passengers", kind="civilians"),
          date=DateValue("on Sunday", "2025-06-01", "day"),
          location=Place("near Jalalabad", name="Jalalabad", admin1="Nangarhar", country="AFG",
                         lat=34.43, lon=70.45, precision="city"),
          counts=Counts(killed=Count(5, "exact", "five"), injured=Count(12, "at_least", "at least 12")),
          confidence=0.8)
ARREST = ev("f", "Police later detained 30 suspects across the province.", event_type="COERCE",
            mode="arrest", actor=Actor("Police", name="Pakistan", country="PAK", kind="security_forces"),
            date=DateValue("in June", "2025-06", "month"),
            location=Place("the province", admin1="Sindh", country="PAK", precision="admin1"),
            counts=Counts(arrested=Count(30, "more_than")))
# no date in the text, news: dated by publication (basis published, ACLED time precision 2)
RAID = ev("a", "Gunmen killed dozens of villagers in Kajuru district.", article=WIRE, mode="firearms",
          actor=Actor("Gunmen", kind="unknown"), recipient=Actor("villagers", kind="civilians"),
          location=Place("Kajuru district", name="Kajuru", admin1="Kaduna", country="NGA",
                         lat=10.32, lon=7.68, precision="admin2"),
          counts=Counts(killed=Count(24, "at_least", "dozens")))
# soldiers shoot the attackers: a clash, not violence against civilians
SHOT = ev("b", "Soldiers shot dead three attackers at a checkpoint in Maiduguri on Monday.",
          mode="firearms", actor=Actor("Soldiers", kind="security_forces"),
          recipient=Actor("three attackers", kind="unknown"),
          date=DateValue("on Monday", "2025-06-02", "day"),
          location=Place("Maiduguri", name="Maiduguri", admin1="Borno", country="NGA",
                         lat=11.85, lon=13.16, precision="city"),
          counts=Counts(killed=Count(3, "exact", "three")))
# a march where the report says nobody died: killed 0, not missing
MARCH = ev("c", "Thousands marched in Lagos on Monday; no one was killed.", event_type="PROTEST",
           mode="demonstrate", date=DateValue("on Monday", "2025-06-02", "day"),
           location=Place("Lagos", name="Lagos", admin1="Lagos", country="NGA", lat=6.45, lon=3.39,
                          precision="city"),
           counts=Counts(killed=Count(0, "exact", "no one")))
HISTORY = ev("d", "The 2014 bombing of the market killed 118 people.", background=True,
             date=DateValue("2014", "2014", "year"),
             location=Place("Jos", name="Jos", country="NGA", lat=9.9, lon=8.9, precision="city"),
             counts=Counts(killed=Count(118, "exact", "118")))
PLOT = ev("9", "Militants planned to bomb the bridge.", status="planned",
          location=Place("Jos", name="Jos", country="NGA", lat=9.9, lon=8.9, precision="city"))
DENIAL = ev("8", "The government rejected the rebels' demands on Monday.", event_type="REJECT", mode="reject",
            date=DateValue("on Monday", "2025-06-02", "day"),
            location=Place("Abuja", name="Abuja", country="NGA", lat=9.07, lon=7.49, precision="city"))
INC = Incident(incident_id="inc1", event_type="ASSAULT", mode="explosives", status="occurred",
               date=BOMB.date, location=BOMB.location, actor=BOMB.actor, recipient=BOMB.recipient,
               counts={"killed": IncidentCount(5, 5, 6, "exact"), "injured": None, "arrested": None},
               n_articles=2, n_sources=2, first_reported="2025-06-01", event_ids=[BOMB.event_id])
NEWS = [BOMB, ARREST, RAID, SHOT, MARCH]


@pytest.fixture
def filled(store):
    store.add_articles_with_events([(ART, [BOMB, ARREST, SHOT, MARCH, HISTORY, PLOT, DENIAL]),
                                    (ART2, [RAID])])
    store.upsert_incidents([INC])
    store.set_incident_ids({BOMB.event_id: "inc1"})
    return store


def test_csv_header_is_acleds_column_list_then_polybius(filled, tmp_path):
    out = tmp_path / "events.csv"
    export(filled, "csv", "events", out)
    header = out.read_text().splitlines()[0].split(",")
    assert header[:31] == ACLED_CODEBOOK_COLUMNS
    assert header[31] == "polybius_id" and "killed" in header[31:]


def test_csv_in_pandas_has_acled_meanings(filled, tmp_path):
    out = tmp_path / "events.csv"
    result = export(filled, "csv", "events", out)
    assert result.written == 5
    assert result.left_out == {"background": 1, "planned": 1, "outside ACLED's scope": 1}
    df = pd.read_csv(out).set_index("polybius_id")
    bomb = df.loc["e" * 40]
    assert bomb["event_id_cnty"] == "AFG" + "e" * 10
    assert bomb["event_date"] == "2025-06-01" and bomb["time_precision"] == 1
    assert bomb["disorder_type"] == "Political violence"
    assert (bomb["event_type"], bomb["sub_event_type"]) == ("Explosions/Remote violence",
                                                            "Remote explosive/landmine/IED")
    # rebel group (2) against civilians (7): interaction 27, civilians targeted
    assert (bomb["inter1"], bomb["inter2"], bomb["interaction"]) == (2, 7, 27)
    assert bomb["civilian_targeting"] == "Civilian targeting"
    assert (bomb["iso"], bomb["region"], bomb["country"]) == (4, "South Asia", "Afghanistan")
    assert bomb["admin1"] == "Nangarhar" and bomb["location"] == "Jalalabad" and pd.isna(bomb["admin2"])
    assert (bomb["latitude"], bomb["longitude"], bomb["geo_precision"]) == (34.43, 70.45, 1)
    assert bomb["source"] == "Valley Times" and pd.isna(bomb["source_scale"])
    assert bomb["fatalities"] == 5 and bomb["injured"] == 12 and bomb["injured_qualifier"] == "at_least"
    assert bomb["notes"].startswith("A roadside bomb") and bomb["timestamp"] > 1_700_000_000
    assert bomb["incident_id"] == "inc1" and bomb["gtd_attack_type"] == "Bombing/Explosion"

    arrest = df.loc["f" * 40]
    assert arrest["event_date"] == "2025-06-01" and arrest["time_precision"] == 3
    assert (arrest["event_type"], arrest["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert arrest["disorder_type"] == "Strategic developments"
    assert arrest["actor1"] == "Pakistan" and (arrest["inter1"], arrest["inter2"], arrest["interaction"]) == (1, 0, 10)
    # no count reported: ACLED's fatalities 0, polybius' killed empty
    assert arrest["fatalities"] == 0 and pd.isna(arrest["killed"]) and arrest["arrested"] == 30

    raid = df.loc["a" * 40]
    # news without a date of its own: the publication day, marked, ACLED time precision 2
    assert (raid["event_date"], raid["time_precision"], raid["date_basis"]) == ("2025-06-03", 2, "published")
    assert raid["fatalities"] == 12 and raid["killed"] == 24  # "dozens": ACLED 12, the record 24 at_least
    assert raid["admin2"] == "Kajuru" and raid["geo_precision"] == 2
    assert raid["source"] == "Reuters" and raid["source_scale"] == "International"
    assert (raid["actor1"], raid["inter1"], raid["interaction"]) == ("Gunmen", 3, 37)

    shot = df.loc["b" * 40]
    assert (shot["event_type"], shot["sub_event_type"]) == ("Battles", "Armed clash")
    assert pd.isna(shot["civilian_targeting"]) and shot["inter1"] == 1

    march = df.loc["c" * 40]
    assert (march["event_type"], march["disorder_type"]) == ("Protests", "Demonstrations")
    assert (march["actor1"], march["inter1"], march["interaction"]) == ("Protesters (Nigeria)", 6, 60)
    assert march["fatalities"] == 0 and march["killed"] == 0  # reported zero, not missing


def test_csv_types_in_pandas_and_duckdb(filled, tmp_path):
    out = tmp_path / "events.csv"
    export(filled, "csv", "events", out)
    plain = pd.read_csv(out)
    for col in ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                "fatalities", "timestamp"):
        assert plain[col].dtype == "int64", col
    typed = pd.read_csv(out, dtype=CSV_DTYPES, parse_dates=["event_date"])
    assert typed["killed"].dtype == "Int64" and typed["killed"].isna().sum() == 1
    assert set(typed["cameo_code"]) >= {"183", "173", "141"} and typed["cameo_root"].dtype == "string"
    assert str(typed["event_date"].dtype).startswith("datetime64")
    rel = duckdb.sql(f"SELECT * FROM read_csv('{out}')")
    types = dict(zip(rel.columns, (str(t) for t in rel.types)))
    assert types["event_date"] == "DATE" and types["year"] == "BIGINT" and types["fatalities"] == "BIGINT"
    assert types["killed"] == "BIGINT" and types["background"] == "BOOLEAN"


def test_cameo_codes_keep_leading_zeros(store, tmp_path):
    deny = ev("7", "The army denied the report on Monday.", event_type="REJECT", mode="deny",
              date=DateValue("on Monday", "2025-06-02", "day"))
    store.add_articles_with_events([(ART, [deny])])
    out = tmp_path / "all.csv"
    assert export(store, "csv", "events", out, include_all=True).written == 1
    row = pd.read_csv(out, dtype=CSV_DTYPES).iloc[0]
    assert (row["cameo_root"], row["cameo_code"]) == ("01", "016")
    assert row["outside_acled"] == "REJECT is outside ACLED's scope" and pd.isna(row["event_type"])
    assert duckdb.sql(f"SELECT cameo_code FROM read_csv('{out}')").fetchall() == [("016",)]


def test_rows_acled_cannot_code_are_counted_not_written(store, tmp_path):
    nowhere = ev("6", "Gunmen killed two people on Monday.", mode="firearms",
                 date=DateValue("on Monday", "2025-06-02", "day"), counts=Counts(killed=Count(2)))
    store.add_articles_with_events([(ART, [nowhere, BOMB])])
    out = tmp_path / "events.csv"
    result = export(store, "csv", "events", out)
    assert result.written == 1 and result.left_out == {"no place": 1}
    assert "1 no place" in result.summary()
    assert export(store, "csv", "events", out, include_all=True).written == 2
    assert pd.read_csv(out)["geo_precision"].isna().sum() == 1  # written, with the place empty


def test_all_events_flag_writes_history_plans_and_out_of_scope(filled, tmp_path):
    out = tmp_path / "all.csv"
    result = export(filled, "csv", "events", out, include_all=True)
    assert result.written == 8 and not result.left_out
    df = pd.read_csv(out).set_index("polybius_id")
    hist = df.loc["d" * 40]
    assert hist["background"] and hist["event_date"] == "2014-01-01" and hist["time_precision"] == 3
    assert hist["date_basis"] == "text"  # background keeps its own date
    plot = df.loc["9" * 40]
    assert (plot["event_type"], plot["sub_event_type"]) == ("Strategic developments", "Other")
    assert plot["date_basis"] == "published" and plot["event_date"] == "2025-06-02"


def test_geojson_in_geopandas(filled, tmp_path):
    out = tmp_path / "events.geojson"
    result = export(filled, "geojson", "events", out)
    assert result.written == 4 and result.left_out["no coordinates"] == 1  # the arrest
    assert "1 no coordinates" in result.summary() and "--all-events" in result.summary()
    only_unlocated = ExportResult(1, Counter({"no coordinates": 2}))
    assert only_unlocated.summary() == "left out 2 (2 no coordinates)"  # --all-events would not help
    gdf = geopandas.read_file(out, engine="pyogrio")
    assert len(gdf) == 4 and set(gdf.geom_type) == {"Point"} and gdf.crs.to_epsg() == 4326
    bomb = gdf.set_index("polybius_id").loc["e" * 40]
    assert (bomb.geometry.x, bomb.geometry.y) == (70.45, 34.43)
    for col in ("year", "time_precision", "inter1", "interaction", "iso", "fatalities", "timestamp"):
        assert str(gdf[col].dtype) in ("int32", "int64"), col
    assert gdf["cameo_code"].dtype != "int64" and set(gdf["cameo_root"]) == {"18", "19", "14"}
    assert bomb["plover_mode"] == "explosives"


def test_parquet_has_typed_dates_and_the_full_record(filled, tmp_path):
    out = tmp_path / "events.parquet"
    assert export(filled, "parquet", "events", out).written == 6  # the full record: REJECT too
    rows = {r["event_id"]: r for r in pq.read_table(out).to_pylist()}
    assert Event.from_dict(rows["e" * 40]).counts == BOMB.counts
    got = duckdb.sql(f"SELECT typeof(event_date), typeof(published_date), date_precision, date_basis, "
                     f"location.lat FROM '{out}' WHERE event_id = '{'f' * 40}'").fetchall()[0]
    assert got == ("DATE", "DATE", "month", "text", None)
    frame = pd.read_parquet(out)
    assert str(frame["event_date"].dtype).startswith(("datetime64", "date32")) or \
        isinstance(frame["event_date"].iloc[0], __import__("datetime").date)
    raid = frame.set_index("event_id").loc["a" * 40]
    assert raid["date"]["basis"] == "published" and raid["date_precision"] == "week"


def test_jsonl_round_trips(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(filled, "jsonl", "events", out, country="PAK").written == 1
    (line,) = out.read_text().splitlines()
    got = Event.from_dict(json.loads(line))
    assert got.date.basis == "text" and got.counts == ARREST.counts and got.evidence == ARREST.evidence


@pytest.mark.parametrize("fmt", ["csv", "geojson", "parquet", "jsonl"])
def test_incident_exports(filled, tmp_path, fmt):
    out = tmp_path / f"incidents.{fmt}"
    assert export(filled, fmt, "incidents", out).written == 1
    if fmt == "csv":
        row = pd.read_csv(out).iloc[0]
        assert (row["polybius_id"], row["fatalities"], row["killed_high"], row["n_sources"]) == ("inc1", 5, 6, 2)
        assert row["event_type"] == "Explosions/Remote violence" and row["n_events"] == 1
    elif fmt == "geojson":
        gdf = geopandas.read_file(out, engine="pyogrio")
        assert (gdf.geometry.x[0], gdf.geometry.y[0]) == (70.45, 34.43)
    elif fmt == "parquet":
        row = pq.read_table(out).to_pylist()[0]
        assert Incident.from_dict(row).counts == INC.counts and str(row["event_date"]) == "2025-06-01"
    else:
        assert Incident.from_dict(json.loads(out.read_text())).counts == INC.counts


def test_export_command_reports_what_it_left_out(filled, store_url, tmp_path):
    out = tmp_path / "cli.csv"
    filled.close()  # DuckDB: one process, one writer connection
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--what", "events", "-o", str(out),
                                      "--db", store_url, "--country", "NGA"])
    assert result.exit_code == 0, result.output
    assert "wrote 3 events" in result.output
    assert "left out 3 (" in result.output and "1 background" in result.output and "--all-events" in result.output
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", str(out), "--db", store_url,
                                      "--country", "NGA", "--all-events"])
    assert "wrote 6 events" in result.output and "left out" not in result.output
