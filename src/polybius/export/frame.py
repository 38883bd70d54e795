"""Records -> a pandas DataFrame with the export's flat columns and proper types.

``to_frame(events)`` is the Python API's way to a table: the same columns as the CSV
export (ACLED's first, then polybius'), with nullable integers (a missing count stays
missing, it does not turn the column into floats), CAMEO codes as text and
``event_date`` as a date. ``CSV_DTYPES`` gives ``pandas.read_csv`` the same types.
"""
from __future__ import annotations

from typing import Any, Iterable

from polybius.export import tables
from polybius.export.mappings import TypeMappings, load
from polybius.records import Event, Incident, incident_date, news_date

#: ``pandas.read_csv(path, dtype=CSV_DTYPES, parse_dates=["event_date"])`` reads an
#: export back with the types ``to_frame`` gives.
CSV_DTYPES: dict[str, str] = {
    **{c: "Int64" for c in tables.INT_COLUMNS},
    **{c: "string" for c in tables.CODE_COLUMNS},
    **{c: "boolean" for c in tables.BOOL_COLUMNS},
}


def to_frame(records: Iterable[Event | Incident], mappings: TypeMappings | None = None):
    """A DataFrame of events (or incidents), one row each, dated by the one date rule."""
    import pandas as pd
    from dataclasses import replace

    mappings = mappings or load()
    rows: list[dict[str, Any]] = []
    columns: tuple[str, ...] = tables.EVENT_COLUMNS
    for rec in records:
        if isinstance(rec, Incident):
            columns = tables.INCIDENT_COLUMNS
            rows.append(tables.incident_row(replace(rec, date=incident_date(rec)), mappings))
        else:
            rows.append(tables.event_row(replace(rec, date=news_date(rec)), mappings))
    frame = pd.DataFrame(rows, columns=list(columns))
    types = {c: t for c, t in CSV_DTYPES.items() if c in frame.columns}
    frame = frame.astype(types)
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="%Y-%m-%d")
    return frame.drop(columns=["timestamp"])
