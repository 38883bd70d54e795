"""Hand-written coverage of one attack, shared by the store, export, CLI, API and
dashboard tests of what an incident carries: a toll rising over days (at least 40, 62,
78), a wire story carried by AFP and Dawn, and a later article's background mention."""
from __future__ import annotations

from polybius.records import (Article, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Place)

KABUL = Place("Kabul", "Kabul", "Kabul", "AFG", 34.53, 69.17, None, "city")
WIRE = "A suicide bomber killed 62 people at a Kabul market on Tuesday, police said."
MENTION = "Relatives of the victims of last month's market attack protested."


def report(aid: str, source: str, published: str, text: str, killed: int | None,
           qualifier: str = "exact", background: bool = False,
           date: DateValue | None = None) -> tuple[Article, list[Event]]:
    art = Article(aid, f"{text} ({source})", published=published, source=source,
                  title=f"{source}: Kabul market")
    event = Event(event_id=f"ev-{aid}",
                  article=ArticleRef(aid, None, art.title, source, published),
                  event_type="ASSAULT", mode="unspecified" if background else "suicide_bomb",
                  evidence=Evidence(text, 0, len(text)), background=background,
                  date=date or DateValue("on Tuesday", "2025-03-04", "day"), location=KABUL,
                  counts=Counts(killed=Count(killed, qualifier) if killed is not None else None))
    return art, [event]


def kabul_coverage() -> list[tuple[Article, list[Event]]]:
    return [
        report("a1", "Kabul Times", "2025-03-04",
               "A suicide bomber killed at least 40 people at a Kabul market on Tuesday.", 40,
               "at_least"),
        report("a2", "AFP", "2025-03-05", WIRE, 62),
        report("a3", "Dawn", "2025-03-05", WIRE, 62),
        report("a4", "Tolo", "2025-03-07",
               "The toll of Tuesday's suicide bombing at a Kabul market rose to 78.", 78),
        report("m1", "Khaama", "2025-04-20", MENTION, None, background=True,
               date=DateValue("last month", "2025-03", "month")),
    ]
