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


def test_flat_rows_say_where_the_page_date_came_from():
    """A page dated by its dateline, and an undated page with a yearless head date: the
    flat export keeps both facts, as the JSON record does."""
    by_dateline = ArticleRef(id="a2", published="2025-06-03", published_from="dateline")
    yearless = ArticleRef(id="a3", page_monthday="--06-07", page_weekday="Saturday")
    shot = Event(event_id="3" * 40, article=by_dateline, event_type="ASSAULT", mode="firearms",
                 evidence=Evidence("Gunmen shot two guards.", 0, 23))
    raid = Event(event_id="4" * 40, article=yearless, event_type="ASSAULT", mode="firearms",
                 evidence=Evidence("Gunmen raided a camp.", 0, 21))
    frame = polybius.to_frame([shot, raid])
    assert frame["published_from"].tolist()[0] == "dateline"
    assert frame["page_monthday"].tolist()[1] == "--06-07"
    assert frame["page_weekday"].tolist()[1] == "Saturday"
