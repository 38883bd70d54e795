"""Every export opened the way researchers open it, in pandas, GeoPandas (pyogrio) and
DuckDB, with the types checked: integers stay integers, CAMEO codes stay text, dates are
dates, flags are booleans. (Parquet and JSONL hold no geometry, so GeoPandas reads the
flat formats only.)"""
from __future__ import annotations

import json

import duckdb
import geopandas
import pandas as pd
import pytest

from polybius.export import CSV_DTYPES, export

from test_export_formats import ART, ART2, ARREST, BOMB, MARCH, RAID, SHOT  # noqa: E402

INTS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
        "fatalities", "timestamp")


@pytest.fixture
def exports(store, tmp_path):
    store.add_articles_with_events([(ART, [BOMB, ARREST, SHOT, MARCH]), (ART2, [RAID])])
    paths = {}
    for fmt in ("csv", "geojson", "parquet", "jsonl"):
        paths[fmt] = tmp_path / f"events.{fmt}"
        assert export(store, fmt, "events", paths[fmt]).written >= 4
    return paths


def duck_types(sql: str) -> dict[str, str]:
    rel = duckdb.sql(sql)
    return dict(zip(rel.columns, (str(t) for t in rel.types)))


def test_csv_everywhere(exports):
    path = exports["csv"]
    plain = pd.read_csv(path)
    assert all(plain[c].dtype == "int64" for c in INTS)
    typed = pd.read_csv(path, dtype=CSV_DTYPES, parse_dates=["event_date"])
    assert typed["killed"].dtype == "Int64" and typed["cameo_code"].dtype == "string"
    assert str(typed["event_date"].dtype).startswith("datetime64") and typed["background"].dtype == "boolean"
    types = duck_types(f"SELECT * FROM read_csv('{path}')")
    assert types["event_date"] == "DATE" and types["background"] == "BOOLEAN"
    assert all(types[c] == "BIGINT" for c in INTS) and types["latitude"] == "DOUBLE"
    # GDAL's CSV driver: points from the coordinate columns, quoted codes kept as text
    gdf = geopandas.read_file(path, engine="pyogrio", X_POSSIBLE_NAMES="longitude",
                              Y_POSSIBLE_NAMES="latitude", AUTODETECT_TYPE="YES",
                              QUOTED_FIELDS_AS_STRING="YES")
    assert set(gdf.geom_type.dropna()) == {"Point"}
    assert all(str(gdf[c].dtype).startswith("int") for c in INTS)
    assert set(gdf["cameo_root"]) >= {"18", "17"} and str(gdf["event_date"].dtype).startswith("datetime64")


def test_geojson_everywhere(exports):
    path = exports["geojson"]
    gdf = geopandas.read_file(path, engine="pyogrio")
    assert gdf.crs.to_epsg() == 4326 and set(gdf.geom_type) == {"Point"}
    assert all(str(gdf[c].dtype).startswith("int") for c in INTS)
    assert gdf["background"].dtype == "bool" and set(gdf["cameo_root"]) >= {"18", "19"}
    types = duck_types(f"SELECT * FROM read_json('{path}')")
    assert types["geometry"] == "GEOMETRY" and types["event_date"] == "DATE"
    assert all(types[c] == "BIGINT" for c in INTS) and types["cameo_code"] == "VARCHAR"
    frame = pd.json_normalize(json.loads(path.read_text())["features"])
    assert all(frame[f"properties.{c}"].dtype == "int64" for c in INTS)
    assert frame["properties.cameo_root"].map(type).eq(str).all()


def test_parquet_everywhere(exports):
    path = exports["parquet"]
    types = duck_types(f"SELECT * FROM '{path}'")
    assert types["event_date"] == "DATE" and types["published_date"] == "DATE"
    assert types["background"] == "BOOLEAN" and types["confidence"] == "DOUBLE"
    assert "BIGINT" in types["counts"] and "basis" in types["date"]
    frame = pd.read_parquet(path, dtype_backend="pyarrow")
    assert str(frame["event_date"].dtype) == "date32[day][pyarrow]"
    assert str(frame["background"].dtype) == "bool[pyarrow]"
    assert frame.set_index("event_id").loc["a" * 40, "date_basis"] == "published"


def test_jsonl_everywhere(exports):
    path = exports["jsonl"]
    frame = pd.read_json(path, lines=True)
    assert frame["background"].dtype == "bool" and frame["confidence"].dtype == "float64"
    assert {d["basis"] for d in frame["date"]} == {"text", "published"}
    types = duck_types(f"SELECT * FROM read_json('{path}')")
    assert types["background"] == "BOOLEAN" and 'killed STRUCT("value" BIGINT' in types["counts"]
