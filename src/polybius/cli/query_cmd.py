"""`polybius events` and `polybius articles`: query the store, print a table or JSONL."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import click
from rich.console import Console
from rich.table import Table

from polybius.cli.filter_values import country_option, since_option, until_option
from polybius.cli.limits import announce, limit_options, page_limit
from polybius.cli.render import cell, events_table, print_table
from polybius.records import EVENT_TYPES, STATUSES
from polybius.settings import Settings
from polybius.store import Store, is_postgres_url, open_store


def filter_options(fn: Callable) -> Callable:
    """The shared filter flags of events, articles and export."""
    options = [
        click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db)."),
        click.option("--since", callback=since_option,
                     help="Events on or after this ISO day, month or year (event date, else publication date)."),
        click.option("--until", callback=until_option,
                     help="Events on or before this ISO day, month or year (2025 = to 2025-12-31)."),
        click.option("--country", callback=country_option,
                     help="Country of the event location (ISO alpha-3, alpha-2 or English name)."),
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False),
                     help="PLOVER event type, e.g. ASSAULT, COERCE."),
        click.option("--mode", help="Mode within the type, e.g. arrest, explosives."),
        click.option("--actor", help="Substring of the actor's name or text."),
        click.option("--recipient", help="Substring of the recipient's name or text."),
        click.option("--status", type=click.Choice(STATUSES, case_sensitive=False)),
        click.option("--text", help="Substring of the evidence sentence (incidents: of a member "
                                    "event's; articles: of title or text)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def filters_from(kwargs: dict[str, Any]) -> dict[str, Any]:
    out = {k: kwargs.get(k) for k in ("since", "until", "mode", "actor", "recipient", "status", "text")}
    out["type"] = kwargs.get("type_")
    out["country"] = kwargs.get("country")
    if out["since"] and out["until"] and out["since"] > out["until"]:
        raise click.UsageError(f"--since {out['since']} is after --until {out['until']}")
    return {k: v for k, v in out.items() if v}


def open_existing(db: str | None, write: bool = False) -> Store:
    """Open a store that must exist; a missing DuckDB file is a usage error, not a new
    empty store. Without ``write`` a DuckDB file is opened read-only (so a read-only
    file or disk is fine)."""
    target = db or Settings().db
    if not is_postgres_url(target) and not Path(target).exists():
        raise click.ClickException(f"no store at {target}; run `polybius ingest` first or pass --db")
    return open_store(target, read_only=not write and not is_postgres_url(target))


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
