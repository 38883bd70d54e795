"""`polybius export`: write stored events or incidents as CSV, GeoJSON, Parquet or JSONL."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from polybius.cli.query_cmd import filter_options, filters_from, open_existing
from polybius.export import FORMATS, WHATS, export


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--what", type=click.Choice(WHATS), default="events", show_default=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--all-events", "include_all", is_flag=True,
              help="Also write background history, events that did not occur (planned, thwarted, "
                   "alleged, denied) and, in CSV/GeoJSON, types outside ACLED's scope.")
@filter_options
def command(fmt: str, what: str, output: str, include_all: bool, db: str | None, **kwargs: Any) -> None:
    """Export events or incidents. CSV has ACLED's 31 columns (event_id_cnty ... timestamp)
    then the polybius fields; GeoJSON is a FeatureCollection of points with the same
    columns; Parquet keeps the full nested record with typed date columns. By default
    only news events that occurred are written.

    Example: polybius export --format csv --what events -o events.csv --country TUR
    """
    filters = filters_from(kwargs)
    target = Path(output)
    if not target.parent.is_dir():
        raise click.ClickException(f"cannot write {output}: folder {target.parent} does not exist")
    existed = target.exists()
    store = open_existing(db)
    try:
        result = export(store, fmt, what, output, include_all=include_all, **filters)
    except OSError as exc:  # unwritable path, full disk: one line, no half-written file left
        if not existed:
            target.unlink(missing_ok=True)
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    click.echo(f"wrote {result.written:,} {what} to {output}")
    if result.left_out:
        click.echo(result.summary())
