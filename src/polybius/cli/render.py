"""Readable terminal tables of events (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from polybius.records import Event


def _count(ev: Event) -> str:
    parts = []
    for role, short in (("killed", "k"), ("injured", "i"), ("arrested", "a")):
        c = getattr(ev.counts, role)
        if c is not None:
            mark = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}[c.qualifier]
            parts.append(f"{short}{mark}{c.value}")
    return " ".join(parts)


def events_table(events: list[Event], file=None, title: str | None = None) -> None:
    table = Table(title=title or f"{len(events)} events", show_lines=False)
    for col in ("article", "date", "type/mode", "status", "actor", "recipient", "where", "counts"):
        table.add_column(col, overflow="fold")
    for ev in events:
        where = ev.location.name or ev.location.text if ev.location else ""
        if ev.location and ev.location.country:
            where = f"{where} ({ev.location.country})" if where else ev.location.country
        table.add_row(
            ev.article.id[:16], (ev.date.value if ev.date and ev.date.value else "") + (" bg" if ev.background else ""),
            f"{ev.event_type}/{ev.mode}", ev.status,
            (ev.actor.name or ev.actor.text) if ev.actor else "",
            (ev.recipient.name or ev.recipient.text) if ev.recipient else "",
            where or "", _count(ev))
    Console(file=file, width=160).print(table)
