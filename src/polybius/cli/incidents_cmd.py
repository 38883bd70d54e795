"""`polybius incidents`: fused incidents from the store, as a table or JSONL."""
from __future__ import annotations

import json
from typing import Any

import click

from polybius.cli.query_cmd import filter_options, filters_from, open_existing
from polybius.cli.limits import announce, limit_options, page_limit
from polybius.cli.render import incident_detail, incidents_table, print_table


@click.command("incidents")
@filter_options
@limit_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--id", "incident_id", help="Show this one incident in full: how each count was "
                                          "reported, its outlets, its mentions in later articles.")
def command(db: str | None, limit: int, offset: int, show_all: bool, fmt: str,
            incident_id: str | None, **kwargs: Any) -> None:
    """List incidents (one happening, all its reports), newest first.

    Example: polybius incidents --type ASSAULT --country Nigeria --format jsonl;
    polybius incidents --id inc_0123456789abcdef
    """
    filters = filters_from(kwargs)
    store = open_existing(db)
    if incident_id:
        if filters:
            store.close()
            raise click.UsageError("--id shows one incident; drop the filters "
                                   f"({', '.join(sorted(filters))})")
        try:
            found = store.incidents(limit=1, incident_id=incident_id)
        finally:
            store.close()
        if not found:
            raise click.ClickException(f"no incident {incident_id!r}")
        if fmt == "jsonl":
            click.echo(json.dumps(found[0].to_dict(), ensure_ascii=False))
        else:
            for table in incident_detail(found[0]):
                print_table(table)
        return
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
