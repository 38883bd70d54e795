"""The Parquet row schema: covers every record field and round-trips losslessly."""
from __future__ import annotations

import dataclasses
import typing

import pyarrow as pa
import pytest

from polybius import records
from polybius.records import (Actor, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Incident, IncidentCount, Place, SourceClaim)
from polybius.spark.rows import (EVENT_COLUMNS, INCIDENT_COLUMNS, arrow_event_schema,
                                 arrow_schema, event_month, event_to_row, row_to_event,
                                 to_spark_tuple)

_NESTED = {"article": ArticleRef, "evidence": Evidence, "actor": Actor, "recipient": Actor,
           "date": DateValue, "location": Place, "source_claim": SourceClaim,
           "counts": Counts, "killed": Count, "injured": Count, "arrested": Count}


def _check_covers(spec, cls, nested) -> None:
    names = [n for n, _ in spec]
    assert sorted(names) == sorted(f.name for f in dataclasses.fields(cls)), cls.__name__
    for name, sub in spec:
        if isinstance(sub, tuple) and name in nested:
            _check_covers(sub, nested[name], nested)


def test_event_columns_cover_every_record_field():
    _check_covers(EVENT_COLUMNS, Event, _NESTED)


def test_incident_columns_cover_every_record_field():
    nested = dict(_NESTED, killed=IncidentCount, injured=IncidentCount,
                  arrested=IncidentCount)
    names = [n for n, _ in INCIDENT_COLUMNS]
    assert sorted(names) == sorted(f.name for f in dataclasses.fields(Incident))
    counts = dict(INCIDENT_COLUMNS)["counts"]
    assert [n for n, _ in counts] == list(records.COUNT_ROLES)
    for _, sub in counts:
        _check_covers(sub, nested["killed"], nested)


def _full_event() -> Event:
    return Event(
        event_id="e1", event_type="ASSAULT", mode="explosives",
        article=ArticleRef(id="a1", url="https://x.example/1", title="Blast", source="Wire",
                           published="2024-03-05", published_from="metadata",
                           page_monthday="--03-05", page_weekday="Tuesday"),
        evidence=Evidence(sentence="A bomb killed 4 people in Mosul on Monday.", start=10,
                          end=52),
        context=["terrorism", "military"], status="occurred", background=True,
        actor=Actor(text="militants", kind="armed_group"),
        recipient=None,
        date=DateValue(text=None, value=None, precision=None),   # all-null, not None
        location=Place(text="Mosul", name="Mosul", admin1="Nineveh", country="IRQ",
                       lat=36.34, lon=43.13, geonames_id=99072, precision="city",
                       reason="city; test"),
        counts=Counts(killed=Count(4, "at_least", "at least four"), injured=None,
                      arrested=Count(0)),
        source_claim=SourceClaim(by="police", text="police said"),
        confidence=0.25, trigger="killed", incident_id="inc_1")


def test_row_round_trip_is_lossless():
    ev = _full_event()
    row = event_to_row(ev)
    assert row["month"] == "2024-03"           # no date value: publication month
    back = row_to_event(row)
    assert back == ev
    assert back.date == DateValue(text=None)    # an all-null date survives as a record


def test_row_round_trip_through_arrow():
    ev = _full_event()
    table = pa.Table.from_pylist([event_to_row(ev)], schema=arrow_event_schema())
    assert row_to_event(table.to_pylist()[0]) == ev


def test_spark_tuple_follows_column_order():
    row = event_to_row(_full_event())
    tup = to_spark_tuple(row, EVENT_COLUMNS)
    assert tup[0] == "e1"
    counts = tup[[n for n, _ in EVENT_COLUMNS].index("counts")]
    assert counts == ((4, "at_least", "at least four"), None, (0, "exact", None))


@pytest.mark.parametrize("date_value,published,expected", [
    ("2023-11-02", "2023-12-01", "2023-11"),
    ("2023-11", "2023-12-01", "2023-11"),
    ("2019", "2023-12-01", "2023-12"),       # a year has no month: publication month
    (None, "2021-07-30T10:00:00", "2021-07"),
    (None, None, "unknown"),
    ("sometime", "junk", "unknown"),
])
def test_event_month(date_value, published, expected):
    ev = _full_event()
    ev.date = DateValue(text="x", value=date_value)
    ev.article.published = published
    assert event_month(ev) == expected


def test_incident_round_trip_through_arrow():
    inc = Incident(incident_id="inc_9", event_type="COERCE", mode="arrest", status="occurred",
                   date=DateValue("on Friday", "2024-01-05", "day"),
                   location=Place("Kano", country="NGA", precision="city"),
                   actor=Actor("police", kind="security_forces"),
                   counts={"killed": None, "injured": None,
                           "arrested": IncidentCount(40, 30, 55, "about")},
                   n_articles=3, n_sources=2, first_reported="2024-01-06",
                   event_ids=["e1", "e2", "e3"])
    table = pa.Table.from_pylist([inc.to_dict()], schema=arrow_schema(INCIDENT_COLUMNS))
    assert Incident.from_dict(table.to_pylist()[0]) == inc


def test_no_record_field_is_typed_outside_the_spec_language():
    # Guard: a new field type (e.g. dict) in records.py needs a new column type here.
    hints = typing.get_type_hints(Place)
    assert set(hints) == {n for n, _ in dict(EVENT_COLUMNS)["location"]}


def test_same_parquet_schema_as_the_store_export():
    from polybius.export import arrow

    assert arrow_event_schema(with_month=False) == arrow.EVENT_SCHEMA
    assert arrow_schema(INCIDENT_COLUMNS) == arrow.INCIDENT_SCHEMA
