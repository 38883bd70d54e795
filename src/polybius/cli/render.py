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
    does, "(said)" when the day it was reported does, "(bg)" for background history."""
    text = (date.value if date and date.value else "") or ""
    marks = {"published": " (pub.)", "main": " (main)", "statement": " (said)"}
    if date is not None and date.basis in marks:
        text += marks[date.basis]
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


def _estimate(c) -> str:
    if c is None:
        return ""
    value = f"{_QUAL.get(c.qualifier, '')}{c.value}"
    return value if c.low == c.high else f"{value} ({c.low}–{c.high})"


def outlets_cell(inc: Incident) -> str:
    """Outlet names, a wire copy marked with the outlet whose story it carried."""
    return ", ".join(o.source + (f" (={o.same_story_as})" if o.same_story_as else "")
                     for o in inc.outlets)


def incidents_table(incidents: list[Incident], title: str | None = None) -> Table:
    table = Table(title=title or f"{len(incidents)} incidents")
    table.add_column("id", no_wrap=True)      # whole, to copy into --id
    for col in ("date", "type", "mode", "status", "actor", "recipient", "location",
                "killed", "sources", "outlets", "first reported"):
        table.add_column(col, overflow="fold")
    for inc in incidents:
        table.add_row(inc.incident_id, cell(date_cell(incident_date(inc), inc.background)),
                      inc.event_type, inc.mode, inc.status,
                      cell(_actor(inc.actor), 30), cell(_actor(inc.recipient), 30),
                      cell(_place(inc.location), 30), _estimate(inc.counts.get("killed")),
                      f"{inc.n_sources} / {inc.n_articles} art.", cell(outlets_cell(inc), 60),
                      cell(inc.first_reported))
    return table


def incident_detail(inc: Incident) -> list[Table]:
    """One incident: its summary, each count's history, its outlets and its mentions in
    later articles."""
    summary = Table(title=f"incident {inc.incident_id}", show_header=False)
    summary.add_column("field")
    summary.add_column("value", overflow="fold")
    for name, value in (
            ("date", date_cell(incident_date(inc), inc.background)),
            ("type / mode / status", f"{inc.event_type} / {inc.mode} / {inc.status}"),
            ("actor", _actor(inc.actor)), ("recipient", _actor(inc.recipient)),
            ("location", _place(inc.location)),
            *((role, _estimate(inc.counts.get(role))) for role in ("killed", "injured", "arrested")
              if inc.counts.get(role)),
            ("sources", f"{inc.n_sources} independent of {len(inc.outlets)} outlets, "
                        f"{inc.n_articles} articles"),
            ("first reported", inc.first_reported or "")):
        summary.add_row(name, value)
    tables = [summary]
    if inc.counts_history:
        history = Table(title="counts as reported (first reported first)")
        for col in ("count", "figure", "first reported", "last reported", "outlet", "event"):
            history.add_column(col, overflow="fold")
        for role, entries in inc.counts_history.items():
            for e in entries:
                history.add_row(role, f"{_QUAL.get(e.qualifier, '')}{e.value}",
                                e.first_reported or "undated", e.last_reported or "",
                                e.source or "", cell(e.event_id, 12))
        tables.append(history)
    if inc.outlets:
        outlets = Table(title="outlets")
        for col in ("outlet", "articles", "first reported", "same story as"):
            outlets.add_column(col, overflow="fold")
        for o in inc.outlets:
            outlets.add_row(o.source, ", ".join(o.article_ids), o.first_reported or "",
                            o.same_story_as or "")
        tables.append(outlets)
    if inc.mentions_in_later_articles:
        mentions = Table(title="mentioned in later articles")
        for col in ("published", "outlet", "article", "event", "how"):
            mentions.add_column(col, overflow="fold")
        for m in inc.mentions_in_later_articles:
            mentions.add_row(m.published or "", m.source or "", m.article_id,
                             cell(m.event_id, 12), "linked" if m.linked else "attached")
        tables.append(mentions)
    return tables


def print_table(table: Table, file=None) -> None:
    console = Console(file=file)
    if not console.is_terminal:  # pipes and logs: wide enough to stay readable
        console = Console(file=file, width=160)
    console.print(table)
