"""The Parquet row of one event: the JSON contract of EVENT_SCHEMA.md as nested columns.

Nested structs (``actor.name``, ``counts.killed.value``) rather than flattened columns,
because a struct is nullable as a whole: ``Event -> row -> Event`` is lossless, which the
Spark fusion job and ``polybius load`` rely on. DuckDB reads them as STRUCTs
(``SELECT actor.name FROM 'events/**/*.parquet'``).

One column spec (``EVENT_COLUMNS``) gives both the Spark schema and the Arrow schema, so
Spark output and single-machine Parquet have the same types. ``month`` is the partition
column (``YYYY-MM`` or ``unknown``); Spark keeps it in the directory name.
"""
from __future__ import annotations

import re
from typing import Any

from polybius.records import Event

# Type language of the spec: "string", "long", "double", "bool", "list<string>", a
# tuple of (name, type) pairs for a struct, or a one-item list [type] for a list of it.
_ACTOR = (("text", "string"), ("name", "string"), ("id", "string"),
          ("country", "string"), ("kind", "string"))
_COUNT = (("value", "long"), ("qualifier", "string"), ("text", "string"))
_EVIDENCE = (("sentence", "string"), ("start", "long"), ("end", "long"))

EVENT_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("event_id", "string"),
    ("article", (("id", "string"), ("url", "string"), ("title", "string"),
                 ("source", "string"), ("published", "string"),
                 ("published_from", "string"), ("page_monthday", "string"),
                 ("page_weekday", "string"))),
    ("event_type", "string"),
    ("mode", "string"),
    ("evidence", _EVIDENCE),
    ("context", "list<string>"),
    ("status", "string"),
    ("background", "bool"),
    ("actor", _ACTOR),
    ("recipient", _ACTOR),
    ("date", (("text", "string"), ("value", "string"), ("precision", "string"),
              ("basis", "string"))),
    ("location", (("text", "string"), ("name", "string"), ("admin1", "string"),
                  ("country", "string"), ("lat", "double"), ("lon", "double"),
                  ("geonames_id", "long"), ("precision", "string"), ("reason", "string"))),
    ("counts", (("killed", _COUNT), ("injured", _COUNT), ("arrested", _COUNT))),
    ("source_claim", (("by", "string"), ("text", "string"))),
    ("confidence", "double"),
    ("trigger", "string"),
    ("incident_id", "string"),
    ("mentions", [_EVIDENCE]),
)
PARTITION_COLUMN = "month"
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("text", "string"), ("published", "string"), ("url", "string"),
    ("title", "string"), ("source", "string"), ("language", "string"),
    ("published_from", "string"), ("page_monthday", "string"), ("page_weekday", "string"),
    ("n_events", "long"))
ERROR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("stage", "string"), ("reason", "string"))

_MONTH = re.compile(r"^(\d{4}-\d{2})")


def event_month(event: Event) -> str:
    """``YYYY-MM`` of the event date, else of the article's publication, else unknown.

    A year-only date has no month, so it falls back to the publication month.
    """
    for value in ((event.date.value if event.date else None), event.article.published):
        match = _MONTH.match(value or "")
        if match:
            return match.group(1)
    return "unknown"


def event_to_row(event: Event) -> dict[str, Any]:
    """The Parquet row of ``event`` (nested dicts, plus the ``month`` partition value)."""
    row = event.to_dict()
    row[PARTITION_COLUMN] = event_month(event)
    return row


def row_to_event(row: dict[str, Any]) -> Event:
    """Inverse of ``event_to_row`` (extra keys such as ``month`` are ignored)."""
    return Event.from_dict(row)


def error_row(article_id: str, stage: str, exc: BaseException | str) -> dict[str, str]:
    reason = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return {"article_id": article_id, "stage": stage, "reason": reason[:1000]}


def _spark_type(spec: Any):
    from pyspark.sql import types as T

    if isinstance(spec, tuple):
        return T.StructType([T.StructField(n, _spark_type(s), True) for n, s in spec])
    if isinstance(spec, list):
        return T.ArrayType(_spark_type(spec[0]), True)
    if spec == "list<string>":
        return T.ArrayType(T.StringType(), True)
    return {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType(),
            "bool": T.BooleanType()}[spec]


def spark_event_schema(with_month: bool = True):
    """Spark ``StructType`` of an event row (imports pyspark lazily)."""
    cols = EVENT_COLUMNS + (((PARTITION_COLUMN, "string"),) if with_month else ())
    return _spark_type(tuple(cols))


def spark_error_schema():
    return _spark_type(ERROR_COLUMNS)


def _arrow_type(spec: Any):
    import pyarrow as pa

    if isinstance(spec, tuple):
        return pa.struct([pa.field(n, _arrow_type(s)) for n, s in spec])
    if isinstance(spec, list):
        return pa.list_(_arrow_type(spec[0]))
    if spec == "list<string>":
        return pa.list_(pa.string())
    return {"string": pa.string(), "long": pa.int64(), "double": pa.float64(),
            "bool": pa.bool_()}[spec]


def arrow_event_schema(with_month: bool = True):
    """The same schema for pyarrow (single-machine writers and readers)."""
    cols = EVENT_COLUMNS + (((PARTITION_COLUMN, "string"),) if with_month else ())
    return arrow_schema(cols)


def _to_tuple(value: Any, spec: Any) -> Any:
    if value is None or not isinstance(spec, tuple):
        return value
    return tuple(_to_tuple(value.get(name), sub) for name, sub in spec)


def row_to_spark_tuple(row: dict[str, Any]) -> tuple:
    """Positional form of an event row for ``createDataFrame`` (cheaper than dicts)."""
    return to_spark_tuple(row, EVENT_COLUMNS + ((PARTITION_COLUMN, "string"),))


# Incidents (Incident.to_dict) and the two side tables of the Spark fusion job.
_INCIDENT_COUNT = (("value", "long"), ("low", "long"), ("high", "long"),
                   ("qualifier", "string"))
_HISTORY = (("value", "long"), ("qualifier", "string"), ("first_reported", "string"),
            ("last_reported", "string"), ("source", "string"), ("event_id", "string"))
_EVENT_SPEC = dict(EVENT_COLUMNS)
INCIDENT_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("incident_id", "string"),
    ("event_type", "string"),
    ("mode", "string"),
    ("status", "string"),
    ("date", _EVENT_SPEC["date"]),
    ("location", _EVENT_SPEC["location"]),
    ("actor", _ACTOR),
    ("recipient", _ACTOR),
    ("counts", (("killed", _INCIDENT_COUNT), ("injured", _INCIDENT_COUNT),
                ("arrested", _INCIDENT_COUNT))),
    ("n_articles", "long"),
    ("n_sources", "long"),
    ("first_reported", "string"),
    ("event_ids", "list<string>"),
    ("background", "bool"),
    ("counts_history", tuple((role, [_HISTORY]) for role in ("killed", "injured", "arrested"))),
    ("outlets", [(("source", "string"), ("article_ids", "list<string>"),
                  ("first_reported", "string"), ("same_story_as", "string"))]),
    ("mentions_in_later_articles", [(("event_id", "string"), ("article_id", "string"),
                                     ("source", "string"), ("published", "string"),
                                     ("linked", "bool"))]),
)
ASSIGNMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("incident_id", "string"))
MERGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("incident_id", "string"), ("a", "string"), ("b", "string"), ("score", "double"),
    ("components", "string"))   # JSON object: component -> log-odds


def to_spark_tuple(record: dict[str, Any], columns: tuple[tuple[str, Any], ...]) -> tuple:
    """Positional form of a (nested) dict for ``createDataFrame``."""
    return tuple(_to_tuple(record.get(name), spec) for name, spec in columns)


def spark_schema(columns: tuple[tuple[str, Any], ...]):
    return _spark_type(tuple(columns))


def arrow_schema(columns: tuple[tuple[str, Any], ...]):
    """A ``pyarrow.Schema`` for a column spec."""
    import pyarrow as pa

    return pa.schema(list(_arrow_type(tuple(columns))))
