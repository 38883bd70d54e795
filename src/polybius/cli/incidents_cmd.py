"""`polybius incidents`: fused incidents from the store, as a table or JSONL."""
from __future__ import annotations

import json
from typing import Any

import click

from polybius.cli.query_cmd import filter_options, filters_from, open_existing
from polybius.cli.limits import announce, limit_options, page_limit
from polybius.cli.render import incidents_table, print_table


@click.command("incidents")
@filter_options
@limit_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def command(db: str | None, limit: int, offset: int, show_all: bool, fmt: str, **kwargs: Any) -> None:
    """List incidents (one happening, all its reports), newest first.

    Example: polybius incidents --type ASSAULT --country Nigeria --format jsonl
    """
    filters = filters_from(kwargs)
    store = open_existing(db)
    try:
        incidents = store.incidents(limit=page_limit(limit, show_all), offset=offset, **filters)
        total = store.total("incidents", **filters)
    finally:
        store.close()
    if fmt == "jsonl":
        for inc in incidents:
            click.echo(json.dumps(inc.to_dict(), ensure_ascii=False))
    else:
        print_table(incidents_table(incidents, title=f"{len(incidents):,} of {total:,} incidents"))
    announce(len(incidents), total, offset, "incidents")
