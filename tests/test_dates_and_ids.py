"""The one date rule (records.news_date) and event ids that cannot collide."""
from __future__ import annotations

import pytest

import polybius
from polybius.records import (ArticleRef, DateValue, Event, Evidence, Incident, incident_date,
                              news_date)

REF = ArticleRef(id="a", published="2025-06-03")


def event(date=None, background=False, published="2025-06-03", status="occurred") -> Event:
    return Event(event_id="x", article=ArticleRef(id="a", published=published), event_type="ASSAULT",
                 mode="firearms", evidence=Evidence("s", 0, 1), date=date, background=background,
                 status=status)


@pytest.mark.parametrize("ev, expected", [
    # the text's date is kept and marked as read from the text
    (event(DateValue("on Monday", "2025-06-02", "day")), DateValue("on Monday", "2025-06-02", "day", "text")),
    (event(DateValue("in May", "2025-05", "month")), DateValue("in May", "2025-05", "month", "text")),
    # the lead happening dated by publication (text null): the day, marked published
    (event(DateValue(None, "2025-06-03", "day")), DateValue(None, "2025-06-03", "day", "published")),
    # any other news event without a date: publication day at week precision
    (event(None), DateValue(None, "2025-06-03", "week", "published")),
    (event(None, status="planned"), DateValue(None, "2025-06-03", "week", "published")),
    # background keeps its own date, or none
    (event(DateValue("in 2014", "2014", "year"), background=True), DateValue("in 2014", "2014", "year", "text")),
    (event(None, background=True), None),
    # nothing to date it by
    (event(None, published=None), None),
])
def test_news_date(ev, expected):
    assert news_date(ev) == expected
    assert news_date(event(expected)) == expected if expected else True  # idempotent


def test_incident_date_falls_back_to_first_report():
    inc = Incident(incident_id="i", event_type="ASSAULT", mode="x", status="occurred",
                   first_reported="2025-06-04")
    assert incident_date(inc) == DateValue(None, "2025-06-04", "week", "published")
    inc.background = True
    assert incident_date(inc) is None


def test_extract_dates_every_news_event(pipeline):
    events = polybius.extract("Gunmen killed five soldiers near Gao on Monday. "
                              "Police later arrested two suspects in Bamako.", published="2025-05-07")
    by_type = {e.event_type: e for e in events}
    assert by_type["ASSAULT"].date == DateValue("on Monday", "2025-05-05", "day", "text")
    # other news in the lead's country shares the day the text gives the lead
    assert by_type["COERCE"].date == DateValue(None, "2025-05-05", "day", "main")
    events = polybius.extract("Gunmen killed five soldiers near Gao. "
                              "Police later arrested two suspects in Bamako.", published="2025-05-07")
    by_type = {e.event_type: e for e in events}
    assert by_type["ASSAULT"].date == DateValue(None, "2025-05-07", "day", "published")
    assert by_type["COERCE"].date == DateValue(None, "2025-05-07", "week", "published")


def test_extract_ids_differ_for_different_texts_of_equal_length(pipeline):
    a = "Gunmen killed five soldiers near Gao on Monday."
    b = "Gunmen killed three traders near Mopti on Sunday"[:len(a) - 1] + "."
    assert len(a) == len(b) and a != b
    ids_a = {e.event_id for e in polybius.extract(a, published="2025-05-07")}
    ids_b = {e.event_id for e in polybius.extract(b, published="2025-05-07")}
    assert ids_a and ids_b and not ids_a & ids_b
    # the same text always gets the same ids (content-derived), and a given id is used
    assert ids_a == {e.event_id for e in polybius.extract(a, published="2025-05-07")}
    named = polybius.extract(a, published="2025-05-07", id="story-1")
    assert named[0].article.id == "story-1" and {e.event_id for e in named}.isdisjoint(ids_a)


def test_extract_keeps_the_outlet_name(pipeline):
    (ev, *_) = polybius.extract("Gunmen killed five soldiers near Gao on Monday.", published="2025-05-07",
                                url="https://www.reuters.com/world/africa/x", source="Reuters")
    assert ev.article.source == "Reuters"
