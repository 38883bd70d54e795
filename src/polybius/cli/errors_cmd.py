"""`polybius errors`: the ingest problems recorded in the store's ``errors`` table (the
ones `polybius ingest` counts in its summary), oldest first."""
from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table

from polybius.cli.limits import announce, limit_options, page_limit
from polybius.cli.query_cmd import open_existing
from polybius.cli.render import cell, print_table


@click.command("errors")
@click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db).")
@click.option("--run", "run_id", default=None, help="Only the errors of this ingest run id.")
@limit_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def command(db: str | None, run_id: str | None, limit: int, offset: int, show_all: bool, fmt: str) -> None:
    """List inputs that could not be read or processed: where (file and line), what kind
    of problem, and why.

    Example: polybius errors --limit 20
    """
    store = open_existing(db)
    try:
        rows: list[dict[str, Any]] = store.errors(limit=page_limit(limit, show_all), offset=offset,
                                                  run_id=run_id)
        total = store.total("errors", run_id=run_id)
    finally:
        store.close()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif not rows:
        click.echo("no errors recorded" + (f" for run {run_id}" if run_id else ""))
    else:
        table = Table(title=f"{len(rows):,} of {total:,} errors")
        for col in ("origin", "line", "kind", "reason", "run"):
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(cell(row["origin"], 60), cell(row["line"]), row["kind"], cell(row["reason"], 80),
                          cell(row["run_id"], 12))
        print_table(table)
    announce(len(rows), total, offset, "errors")
