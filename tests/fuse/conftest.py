"""A small factory for hand-made events (so each test states only what it varies)."""
from __future__ import annotations

from typing import Callable

import pytest

from polybius.records import (Actor, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Place)

CITIES = {  # name: admin1, country, lat, lon
    "Kabul": ("Kabul", "AFG", 34.53, 69.17),
    "Istanbul": ("Istanbul", "TUR", 41.01, 28.98),
    "Ankara": ("Ankara", "TUR", 39.93, 32.86),
    "Izmir": ("Izmir", "TUR", 38.42, 27.14),
    "Lahore": ("Punjab", "PAK", 31.55, 74.34),
}


def _make_event(eid: str, *, article: str | None = None, source: str | None = None,
                published: str = "2025-03-05", title: str | None = None,
                sentence: str = "A bomb exploded in a market, killing many people.",
                event_type: str = "ASSAULT", mode: str = "explosives",
                status: str = "occurred", background: bool = False,
                date: str | None = "2025-03-04", date_text: str | None = "on Tuesday",
                precision: str | None = None, city: str | None = "Kabul",
                place_precision: str = "city", coords: bool = True,
                actor: str | None = None, actor_kind: str = "armed_group",
                killed: int | None = None, injured: int | None = None,
                arrested: int | None = None, qualifier: str = "exact",
                url: str | None = None) -> Event:
    if precision is None and date is not None:
        precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    location = None
    if city is not None:
        admin1, country, lat, lon = CITIES[city]
        location = Place(city, city, admin1, country, lat if coords else None,
                         lon if coords else None, None, place_precision)

    def count(v: int | None) -> Count | None:
        return None if v is None else Count(v, qualifier)

    return Event(
        event_id=eid,
        article=ArticleRef(article or f"art-{eid}", url, title, source or f"outlet-{eid}",
                           published),
        event_type=event_type, mode=mode, status=status, background=background,
        evidence=Evidence(sentence, 0, len(sentence)),
        actor=None if actor is None else Actor(actor, actor, None, None, actor_kind),
        date=DateValue(date_text, date, precision) if date is not None else None,
        location=location,
        counts=Counts(killed=count(killed), injured=count(injured), arrested=count(arrested)))


@pytest.fixture
def make_event() -> Callable[..., Event]:
    return _make_event
