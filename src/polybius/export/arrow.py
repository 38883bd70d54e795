"""Arrow schemas of the full Event and Incident records (nested, as in
EVENT_SCHEMA.md), so every Parquet batch has the same types even when a batch has only
nulls in a field."""
from __future__ import annotations

from datetime import date

import pyarrow as pa

_ACTOR = pa.struct([("text", pa.string()), ("name", pa.string()), ("id", pa.string()),
                    ("country", pa.string()), ("kind", pa.string())])
_DATE = pa.struct([("text", pa.string()), ("value", pa.string()), ("precision", pa.string()),
                   ("basis", pa.string())])
#: Typed columns beside the nested record: the date as a DATE (first day of a month or
#: year) with its precision and basis beside it, so no reader has to parse mixed strings.
_TYPED_DATES = [("event_date", pa.date32()), ("date_precision", pa.string()),
                ("date_basis", pa.string())]
_PLACE = pa.struct([("text", pa.string()), ("name", pa.string()), ("admin1", pa.string()),
                    ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
                    ("geonames_id", pa.int64()), ("precision", pa.string()), ("reason", pa.string())])
_COUNT = pa.struct([("value", pa.int64()), ("qualifier", pa.string()), ("text", pa.string())])
_EVIDENCE = pa.struct([("sentence", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
_HISTORY = pa.struct([("value", pa.int64()), ("qualifier", pa.string()),
                      ("first_reported", pa.string()), ("last_reported", pa.string()),
                      ("source", pa.string()), ("event_id", pa.string())])
_INC_COUNT = pa.struct([("value", pa.int64()), ("low", pa.int64()), ("high", pa.int64()),
                        ("qualifier", pa.string())])

EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()),
    ("article", pa.struct([("id", pa.string()), ("url", pa.string()), ("title", pa.string()),
                           ("source", pa.string()), ("published", pa.string()),
                           ("published_from", pa.string()), ("page_monthday", pa.string()),
                           ("page_weekday", pa.string())])),
    ("event_type", pa.string()), ("mode", pa.string()),
    ("evidence", _EVIDENCE),
    ("context", pa.list_(pa.string())), ("status", pa.string()), ("background", pa.bool_()),
    ("actor", _ACTOR), ("recipient", _ACTOR), ("date", _DATE), ("location", _PLACE),
    ("counts", pa.struct([("killed", _COUNT), ("injured", _COUNT), ("arrested", _COUNT)])),
    ("source_claim", pa.struct([("by", pa.string()), ("text", pa.string())])),
    ("confidence", pa.float64()), ("trigger", pa.string()), ("incident_id", pa.string()),
    ("mentions", pa.list_(_EVIDENCE)),
])
EVENT_EXPORT_SCHEMA = pa.schema(list(EVENT_SCHEMA) + [pa.field(n, t) for n, t in _TYPED_DATES]
                                + [pa.field("published_date", pa.date32())])

INCIDENT_SCHEMA = pa.schema([
    ("incident_id", pa.string()), ("event_type", pa.string()), ("mode", pa.string()),
    ("status", pa.string()), ("date", _DATE), ("location", _PLACE), ("actor", _ACTOR),
    ("recipient", _ACTOR),
    ("counts", pa.struct([("killed", _INC_COUNT), ("injured", _INC_COUNT), ("arrested", _INC_COUNT)])),
    ("n_articles", pa.int64()), ("n_sources", pa.int64()), ("first_reported", pa.string()),
    ("event_ids", pa.list_(pa.string())), ("background", pa.bool_()),
    ("counts_history", pa.struct([(role, pa.list_(_HISTORY)) for role in
                                  ("killed", "injured", "arrested")])),
    ("outlets", pa.list_(pa.struct([("source", pa.string()), ("article_ids", pa.list_(pa.string())),
                                    ("first_reported", pa.string()),
                                    ("same_story_as", pa.string())]))),
    ("mentions_in_later_articles", pa.list_(pa.struct([
        ("event_id", pa.string()), ("article_id", pa.string()), ("source", pa.string()),
        ("published", pa.string()), ("linked", pa.bool_())]))),
])
INCIDENT_EXPORT_SCHEMA = pa.schema(list(INCIDENT_SCHEMA) + [pa.field(n, t) for n, t in _TYPED_DATES]
                                   + [pa.field("first_reported_date", pa.date32())])


def _fit(value, typ: pa.DataType):
    """Keep only the fields the schema knows (records may grow fields)."""
    if value is None:
        return None
    if pa.types.is_struct(typ):
        return {typ.field(i).name: _fit(value.get(typ.field(i).name), typ.field(i).type)
                for i in range(typ.num_fields)}
    if pa.types.is_list(typ):
        return [_fit(v, typ.value_type) for v in value]
    return value


def first_day(value: str | None) -> date | None:
    """``2025-06`` -> 2025-06-01, ``2025`` -> 2025-01-01; None when not an ISO date."""
    if not value:
        return None
    text = value[:10] + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def typed_dates(record: dict, published_key: str, published_as: str) -> dict:
    """The typed date columns of one record dict (its ``date`` already set by the rule)."""
    d = record.get("date") or {}
    return {"event_date": first_day(d.get("value")), "date_precision": d.get("precision"),
            "date_basis": d.get("basis"), published_as: first_day(published_key and _get(record, published_key))}


def _get(record: dict, dotted: str):
    for part in dotted.split("."):
        record = (record or {}).get(part)
    return record


def to_batch(records: list[dict], schema: pa.Schema) -> pa.RecordBatch:
    rows = [{f.name: _fit(r.get(f.name), f.type) for f in schema} for r in records]
    return pa.RecordBatch.from_pylist(rows, schema=schema)
