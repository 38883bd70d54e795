"""`polybius events` and `polybius articles`: query the store, print a table or JSONL."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import click
from rich.console import Console
from rich.table import Table

from polybius.cli.limits import announce, limit_options, page_limit
from polybius.cli.render import cell, events_table, print_table
from polybius.resolve.countries import country_code as _country_code
from polybius.settings import Settings
from polybius.store import Store, is_postgres_url, open_store


def country_code(value: str | None) -> str | None:
    """'Turkey', 'Türkiye', 'TR' or 'TUR' -> 'TUR' (as stored); unknown names pass unchanged."""
    if not value:
        return None
    if len(value) == 3 and value.isalpha():
        return value.upper()
    return _country_code(value) or value.upper()


def filter_options(fn: Callable) -> Callable:
    """The shared filter flags of events, articles and export."""
    options = [
        click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db)."),
        click.option("--since", help="Events on or after this ISO day (event date, else publication date)."),
        click.option("--until", help="Events on or before this ISO day."),
        click.option("--country", help="Country of the event location (ISO alpha-3, alpha-2 or name)."),
        click.option("--type", "type_", help="PLOVER event type, e.g. ASSAULT, COERCE."),
        click.option("--mode", help="Mode within the type, e.g. arrest, explosives."),
        click.option("--actor", help="Substring of the actor's name or text."),
        click.option("--recipient", help="Substring of the recipient's name or text."),
        click.option("--status", type=click.Choice(["occurred", "planned", "thwarted", "alleged", "denied"])),
        click.option("--text", help="Substring of the evidence sentence (articles: of title or text)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def filters_from(kwargs: dict[str, Any]) -> dict[str, Any]:
    out = {k: kwargs.get(k) for k in ("since", "until", "mode", "actor", "recipient", "status", "text")}
    out["type"] = kwargs.get("type_")
    out["country"] = country_code(kwargs.get("country"))
    return {k: v for k, v in out.items() if v}


def open_existing(db: str | None) -> Store:
    """Open the store; a missing DuckDB file is a usage error, not a new empty store."""
    target = db or Settings().db
    if not is_postgres_url(target) and not Path(target).exists():
        raise click.ClickException(f"no store at {target}; run `polybius ingest` first or pass --db")
    return open_store(target)


@click.command("events")
@filter_options
@limit_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def command(db: str | None, limit: int, offset: int, show_all: bool, fmt: str, **kwargs: Any) -> None:
    """List stored events, newest first.

    Example: polybius events --type ASSAULT --country Turkey --since 2025-01-01 --format jsonl
    """
    filters = filters_from(kwargs)
    store = open_existing(db)
    try:
        events = store.events(limit=page_limit(limit, show_all), offset=offset, **filters)
        total = store.total("events", **filters)
    finally:
        store.close()
    if fmt == "jsonl":
        for ev in events:
            click.echo(json.dumps(ev.to_dict(), ensure_ascii=False))
    else:
        print_table(events_table(events, title=f"{len(events):,} of {total:,} events"))
    announce(len(events), total, offset, "events")


@click.command("articles")
@filter_options
@click.option("--source", help="Outlet as stored: the name the input gave, else the URL host.")
@limit_options
@click.option("--with-text", is_flag=True, help="Include the article text (JSONL).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def articles(db: str | None, source: str | None, limit: int, offset: int, show_all: bool, with_text: bool,
             fmt: str, **kwargs: Any) -> None:
    """List stored articles, newest first. --since/--until/--text apply to the article
    (publication date; title or text); the other filters keep articles with a matching event.

    Example: polybius articles --source example.com --since 2025-06-01
    """
    filters = filters_from(kwargs)
    own = {k: filters.pop(k) for k in ("since", "until", "text") if k in filters}
    store = open_existing(db)
    try:
        rows = store.articles(limit=page_limit(limit, show_all), offset=offset, source=source,
                              include_text=with_text, **own, **filters)
        total = store.total("articles", source=source, **own, **filters)
    finally:
        store.close()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        announce(len(rows), total, offset, "articles")
        return
    table = Table(title=f"{len(rows):,} of {total:,} articles")
    for col in ("published", "source", "title", "events", "origin"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(cell(row["published"]), cell(row["source"], 30), cell(row["title"], 60),
                      str(row["n_events"]), cell(row["origin"], 50))
    Console().print(table)
    announce(len(rows), total, offset, "articles")
