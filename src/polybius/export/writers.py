"""Write events or incidents from a store as CSV, GeoJSON, Parquet or JSONL.

Everything streams page by page from the store, so exports of any size run in
bounded memory. By default only news that happened is written (no background history,
no planned, thwarted, alleged or denied events) and the flat ACLED formats (CSV,
GeoJSON) leave out what ACLED could not code: types outside its scope, events without a
date or a place. ``include_all`` writes everything.
What was left out, and why, is counted in the result.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from polybius.export import arrow, tables
from polybius.export.mappings import TypeMappings, load
from polybius.store import Store

FORMATS = ("csv", "geojson", "parquet", "jsonl")
WHATS = ("events", "incidents")
_PAGE = 5000
NO_COORDINATES = "no coordinates"   # GeoJSON needs a point, even with --all-events


@dataclass
class ExportResult:
    """How many records were written, and how many were left out for which reason."""
    written: int = 0
    left_out: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.left_out:
            return ""
        parts = ", ".join(f"{n:,} {why}" for why, n in self.left_out.most_common())
        hint = "; --all-events includes them" if set(self.left_out) - {NO_COORDINATES} else ""
        return f"left out {sum(self.left_out.values()):,} ({parts}){hint}"


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _records(store: Store, what: str, filters: dict[str, Any]) -> Iterator[Any]:
    if what == "events":
        return store.iter_events(batch_size=_PAGE, **filters)  # dated by the rule on read
    return store.iter_incidents(batch_size=_PAGE, **filters)


def _flat(what: str, mappings: TypeMappings) -> tuple[tuple[str, ...], Callable[[Any], dict[str, Any]]]:
    stamp = int(time.time())
    if what == "events":
        return tables.EVENT_COLUMNS, lambda r: tables.event_row(r, mappings, stamp)
    return tables.INCIDENT_COLUMNS, lambda r: tables.incident_row(r, mappings, stamp)


def _selected(records: Iterable[Any], result: ExportResult, include_all: bool) -> Iterator[Any]:
    for rec in records:
        why = None if include_all else tables.left_out(rec.background, rec.status)
        if why:
            result.left_out[why] += 1
            continue
        yield rec


def _rows(records: Iterable[Any], what: str, mappings: TypeMappings, result: ExportResult,
          include_all: bool) -> Iterator[dict[str, Any]]:
    _, flat = _flat(what, mappings)
    for rec in _selected(records, result, include_all):
        row = flat(rec)
        why = None if include_all else _not_acled(row)
        if why:
            result.left_out[why] += 1
            continue
        yield row


def _not_acled(row: dict[str, Any]) -> str | None:
    """Why a flat row cannot be an ACLED row: ACLED codes events of its types, each with a
    date and a place (so its integer columns are never empty)."""
    if row["outside_acled"]:
        return "outside ACLED's scope"
    if row["event_date"] is None:
        return "no date"
    if row["iso"] is None or row["geo_precision"] is None:
        return "no place"
    return None


def _csv_cell(column: str, value: Any) -> str:
    """One CSV cell: empty for None, codes always quoted (so "016" stays text in DuckDB
    and spreadsheets that honour quotes), other text quoted only when it must be."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if column in tables.CODE_COLUMNS or any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings,
              result: ExportResult, include_all: bool) -> None:
    columns, _ = _flat(what, mappings)
    with path.open("w", newline="", encoding="utf-8") as fh:
        fh.write(",".join(columns) + "\n")
        for row in _rows(records, what, mappings, result, include_all):
            fh.write(",".join(_csv_cell(c, row[c]) for c in columns) + "\n")
            result.written += 1


def write_geojson(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings,
                  result: ExportResult, include_all: bool) -> None:
    """A FeatureCollection of Points ([lon, lat]); records without coordinates are left out."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for row in _rows(records, what, mappings, result, include_all):
            if row["latitude"] is None or row["longitude"] is None:
                result.left_out[NO_COORDINATES] += 1
                continue
            properties = {**row, **{c: json.loads(row[c]) for c in tables.JSON_COLUMNS
                                    if row.get(c)}}
            feature = {"type": "Feature", "id": row["polybius_id"],
                       "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                       "properties": properties}
            fh.write((",\n" if result.written else "") + json.dumps(feature, ensure_ascii=False, default=str))
            result.written += 1
        fh.write("\n]}\n")


def write_parquet(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings,
                  result: ExportResult, include_all: bool) -> None:
    """The full nested record (docs/schema.md), one row per event or incident, with typed
    date columns beside it."""
    import pyarrow.parquet as pq

    if what == "events":
        schema, published, published_as = arrow.EVENT_EXPORT_SCHEMA, "article.published", "published_date"
    else:
        schema, published, published_as = arrow.INCIDENT_EXPORT_SCHEMA, "first_reported", "first_reported_date"
    with pq.ParquetWriter(str(path), schema) as writer:
        for chunk in _chunks(_selected(records, result, include_all), _PAGE):
            dicts = [r.to_dict() for r in chunk]
            for d in dicts:
                d.update(arrow.typed_dates(d, published, published_as))
            writer.write_batch(arrow.to_batch(dicts, schema))
            result.written += len(chunk)


def write_jsonl(records: Iterable[Any], path: Path, what: str, mappings: TypeMappings,
                result: ExportResult, include_all: bool) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in _selected(records, result, include_all):
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            result.written += 1


WRITERS = {"csv": write_csv, "geojson": write_geojson, "parquet": write_parquet, "jsonl": write_jsonl}


def export(store: Store, fmt: str, what: str, path: str | Path,
           mappings: TypeMappings | None = None, *, include_all: bool = False,
           **filters: Any) -> ExportResult:
    """Write ``what`` (events or incidents) matching ``filters`` to ``path`` as ``fmt``.
    Without ``include_all`` only news that happened is written (see the module doc)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if what not in WHATS:
        raise ValueError(f"unknown record kind {what!r}; choose events or incidents")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    result = ExportResult()
    WRITERS[fmt](_records(store, what, filters), path, what, mappings or load(), result, include_all)
    return result
