"""Readable terminal tables of events and incidents (rich)."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from polybius.records import Event, Incident, incident_date, news_date

_QUAL = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}


def cell(value: Any, width: int = 80) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _place(loc) -> str:
    return ", ".join(x for x in (loc.name or loc.text, loc.country) if x) if loc else ""


def _actor(actor) -> str:
    return (actor.name or actor.text or "") if actor else ""


def date_cell(date, background: bool) -> str:
    """The date as the one date rule gives it, marked: "(pub.)" when the publication day
    stands in for a date the text does not give, "(main)" when the main happening's day
    does, "(bg)" for background history."""
    text = (date.value if date and date.value else "") or ""
    if date is not None and date.basis in ("published", "main"):
        text += " (pub.)" if date.basis == "published" else " (main)"
    return text + (" (bg)" if background else "")


def events_table(events: list[Event], title: str | None = None) -> Table:
    table = Table(title=title or f"{len(events)} events")
    for col in ("date", "type", "mode", "status", "actor", "recipient", "location", "k/i/a", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in events:
        c = ev.counts
        kia = "/".join("" if x is None else f"{_QUAL[x.qualifier]}{x.value}"
                       for x in (c.killed, c.injured, c.arrested))
        table.add_row(cell(date_cell(news_date(ev), ev.background)), ev.event_type, ev.mode, ev.status,
                      cell(_actor(ev.actor), 30), cell(_actor(ev.recipient), 30),
                      cell(_place(ev.location), 30), kia, cell(ev.evidence.sentence))
    return table


def incidents_table(incidents: list[Incident], title: str | None = None) -> Table:
    table = Table(title=title or f"{len(incidents)} incidents")
    for col in ("date", "type", "mode", "status", "actor", "recipient", "location", "killed",
                "sources", "first reported"):
        table.add_column(col, overflow="fold")
    for inc in incidents:
        k = inc.counts.get("killed")
        killed = "" if k is None else (f"{k.value}" if k.low == k.high else f"{k.value} ({k.low}–{k.high})")
        table.add_row(cell(date_cell(incident_date(inc), inc.background)), inc.event_type, inc.mode, inc.status,
                      cell(_actor(inc.actor), 30), cell(_actor(inc.recipient), 30),
                      cell(_place(inc.location), 30), killed,
                      f"{inc.n_sources} / {inc.n_articles} art.", cell(inc.first_reported))
    return table


def print_table(table: Table, file=None) -> None:
    console = Console(file=file)
    if not console.is_terminal:  # pipes and logs: wide enough to stay readable
        console = Console(file=file, width=160)
    console.print(table)
