"""polybius.to_frame: records -> a typed pandas DataFrame with the export's columns."""
from __future__ import annotations

import pandas as pd

import polybius
from polybius.records import ArticleRef, Count, Counts, DateValue, Event, Evidence, Place

REF = ArticleRef(id="a1", source="Reuters", published="2025-06-03")


def test_to_frame_types_and_columns():
    deny = Event(event_id="1" * 40, article=REF, event_type="REJECT", mode="deny",
                 evidence=Evidence("The army denied it.", 0, 19))
    bomb = Event(event_id="2" * 40, article=REF, event_type="ASSAULT", mode="explosives",
                 evidence=Evidence("A bomb killed dozens in Kano on Monday.", 0, 39),
                 date=DateValue("on Monday", "2025-06-02", "day"),
                 location=Place("Kano", name="Kano", country="NGA", lat=12.0, lon=8.5, precision="city"),
                 counts=Counts(killed=Count(24, "at_least", "dozens")))
    frame = polybius.to_frame([deny, bomb])
    assert list(frame.columns[:4]) == ["event_id_cnty", "event_date", "year", "time_precision"]
    assert len(frame) == 2 and "timestamp" not in frame.columns
    assert frame["killed"].dtype == "Int64" and frame["killed"].tolist() == [pd.NA, 24]
    assert frame["fatalities"].tolist() == [0, 12]
    assert frame["cameo_code"].tolist() == ["016", "183"] and frame["cameo_root"].dtype == "string"
    assert str(frame["event_date"].dtype).startswith("datetime64")
    assert frame["event_date"].tolist() == [pd.Timestamp("2025-06-03"), pd.Timestamp("2025-06-02")]
    assert frame["date_basis"].tolist() == ["published", "text"]
    assert frame["background"].dtype == "boolean"
