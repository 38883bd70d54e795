"""Write events or incidents from a store as CSV, GeoJSON, Parquet or JSONL.

Everything streams page by page from the store, so exports of any size run in
bounded memory.
"""
from __future__ import annotations

import csv
import json
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from polybius.export import arrow, tables
from polybius.export.mappings import TypeMappings, load
from polybius.store import Store

FORMATS = ("csv", "geojson", "parquet", "jsonl")
WHATS = ("events", "incidents")
_PAGE = 5000


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _records(store: Store, what: str, filters: dict[str, Any]) -> Iterator[Any]:
    if what == "events":
        return store.iter_events(batch_size=_PAGE, **filters)
    return store.iter_incidents(batch_size=_PAGE, **filters)


def _flat(what: str, mappings: TypeMappings) -> tuple[tuple[str, ...], Callable[[Any], dict[str, Any]]]:
    if what == "events":
        return tables.EVENT_COLUMNS, lambda r: tables.event_row(r, mappings)
    return tables.INCIDENT_COLUMNS, lambda r: tables.incident_row(r, mappings)


def write_csv(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings) -> int:
    columns, flat = _flat(what, mappings)
    n = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for rec in records:
            writer.writerow(flat(rec))
            n += 1
    return n


def write_geojson(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings) -> int:
    """A FeatureCollection of Points ([lon, lat]); records without coordinates are left out."""
    columns, flat = _flat(what, mappings)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for rec in records:
            row = flat(rec)
            if row["latitude"] is None or row["longitude"] is None:
                continue
            feature = {"type": "Feature", "id": row["polybius_id"],
                       "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                       "properties": row}
            fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False, default=str))
            n += 1
        fh.write("\n]}\n")
    return n


def write_parquet(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings) -> int:
    """The full nested record (EVENT_SCHEMA.md), one row per event or incident."""
    import pyarrow.parquet as pq

    schema = arrow.EVENT_SCHEMA if what == "events" else arrow.INCIDENT_SCHEMA
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(records, _PAGE):
            writer.write_batch(arrow.to_batch([r.to_dict() for r in chunk], schema))
            n += len(chunk)
    return n


def write_jsonl(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


WRITERS = {"csv": write_csv, "geojson": write_geojson, "parquet": write_parquet, "jsonl": write_jsonl}


def export(store: Store, fmt: str, what: str, path: str | Path,
           mappings: TypeMappings | None = None, **filters: Any) -> int:
    """Write ``what`` (events or incidents) matching ``filters`` to ``path`` as ``fmt``;
    returns the number of records written (GeoJSON: features with coordinates)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if what not in WHATS:
        raise ValueError(f"unknown record kind {what!r}; choose events or incidents")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return WRITERS[fmt](_records(store, what, filters), path, what, mappings or load())
