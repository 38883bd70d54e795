"""The API tests' hand-built records (values chosen here, so expected answers are known
without running the code under test), shared by conftest.py and test_search.py."""
from __future__ import annotations

from polybius.records import (Actor, Article, ArticleRef, Count, Counts, DateValue, Event,
                              Evidence, Incident, IncidentCount, Place)

ARTICLES = {
    "art-1": ("Wire A", "2024-05-07",
              "Gunmen attacked a checkpoint near Gao on Monday, killing seven soldiers. "
              "Police later arrested two suspects in Bamako."),
    "art-2": ("Wire B", "2023-11-20",
              "A car bomb exploded outside a ministry in Kabul, killing 15 people. "
              "Officials said a second attack was foiled."),
    "art-3": ("Wire A", "2022-01-15", "Protesters marched through Santiago demanding pension reform."),
    "art-4": ("Wire C", "2023-11-20",
              "At least 17 people died when a car bomb hit a ministry building in Kabul."),
}


def _event(eid: str, art: str, sentence_no: int, etype: str, mode: str, day: str | None,
           country: str | None, admin1: str | None, place: str | None, lat: float | None,
           lon: float | None, actor: str | None = None, recipient: str | None = None,
           killed: int | None = None, arrested: int | None = None,
           status: str = "occurred") -> Event:
    source, published, text = ARTICLES[art]
    sentence = [s if s.endswith(".") else s + "." for s in text.split(". ")][sentence_no]
    start = text.index(sentence)
    return Event(
        event_id=eid, article=ArticleRef(id=art, source=source, published=published),
        event_type=etype, mode=mode, status=status,
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
        actor=Actor(text=actor, name=actor) if actor else None,
        recipient=Actor(text=recipient, name=recipient) if recipient else None,
        date=DateValue(text="x", value=day, precision="day") if day else None,
        location=Place(text=place, name=place, admin1=admin1, country=country, lat=lat, lon=lon,
                       precision="city") if country else None,
        counts=Counts(killed=Count(killed) if killed is not None else None,
                      arrested=Count(arrested) if arrested is not None else None),
    )


def sample_events() -> dict[str, list[Event]]:
    return {
        "art-1": [
            _event("e1", "art-1", 0, "ASSAULT", "small_arms", "2024-05-06", "MLI", "Gao", "Gao",
                   16.27, -0.04, actor="JNIM", recipient="Malian Army", killed=7),
            _event("e2", "art-1", 1, "COERCE", "arrest", "2024-05-07", "MLI", "Bamako", "Bamako",
                   12.65, -8.0, actor="Police", arrested=2),
        ],
        "art-2": [
            _event("e3", "art-2", 0, "ASSAULT", "explosives", "2023-11-19", "AFG", "Kabul", "Kabul",
                   34.53, 69.17, actor="Islamic State", recipient="civilians", killed=15),
            _event("e4", "art-2", 1, "ASSAULT", "explosives", "2023-11-19", "AFG", None, None,
                   None, None, status="thwarted"),
        ],
        "art-3": [
            _event("e5", "art-3", 0, "PROTEST", "demonstrate", None, "CHL", "Santiago", "Santiago",
                   -33.45, -70.66, actor="Protesters"),
        ],
        "art-4": [
            _event("e6", "art-4", 0, "ASSAULT", "explosives", "2023-11-19", "AFG", "Kabul", "Kabul",
                   34.53, 69.17, actor="Islamic State", recipient="civilians", killed=17),
        ],
    }


KABUL = Incident(
    incident_id="inc-kabul", event_type="ASSAULT", mode="explosives", status="occurred",
    date=DateValue(text=None, value="2023-11-19", precision="day"),
    location=Place(text="Kabul", name="Kabul", admin1="Kabul", country="AFG", lat=34.53, lon=69.17),
    actor=Actor(text="Islamic State", name="Islamic State"),
    counts={"killed": IncidentCount(value=17, low=15, high=17, qualifier="at_least")},
    n_articles=2, n_sources=2, first_reported="2023-11-20", event_ids=["e3", "e6"],
)


def fill(store) -> None:
    pairs = []
    for art_id, events in sample_events().items():
        source, published, text = ARTICLES[art_id]
        pairs.append((Article(id=art_id, text=text, published=published, source=source,
                              title=f"Report {art_id}"), events))
    store.add_articles_with_events(pairs)
    store.upsert_incidents([KABUL])
    store.set_incident_ids({"e3": "inc-kabul", "e6": "inc-kabul"})
