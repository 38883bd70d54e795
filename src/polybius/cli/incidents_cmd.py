"""`polybius incidents`: fused incidents from the store, as a table or JSONL."""
from __future__ import annotations

import json
from typing import Any

import click

from polybius.cli.query_cmd import filter_options, filters_from, open_existing
from polybius.cli.render import incidents_table, print_table


@click.command("incidents")
@filter_options
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def command(db: str | None, limit: int, offset: int, fmt: str, **kwargs: Any) -> None:
    """List incidents (one happening, all its reports), newest first.

    Example: polybius incidents --type ASSAULT --country Nigeria --format jsonl
    """
    store = open_existing(db)
    try:
        incidents = store.incidents(limit=limit, offset=offset, **filters_from(kwargs))
    finally:
        store.close()
    if fmt == "jsonl":
        for inc in incidents:
            click.echo(json.dumps(inc.to_dict(), ensure_ascii=False))
        return
    print_table(incidents_table(incidents))
