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
@filter_options
def command(fmt: str, what: str, output: str, db: str | None, **kwargs: Any) -> None:
    """Export events or incidents. CSV has ACLED-like columns (event_date, event_type,
    sub_event_type, actor1, actor2, ... fatalities) then the polybius fields; GeoJSON is a
    FeatureCollection of points; Parquet keeps the full nested record.

    Example: polybius export --format csv --what events -o events.csv --country TUR
    """
    filters = filters_from(kwargs)
    target = Path(output)
    if not target.parent.is_dir():
        raise click.ClickException(f"cannot write {output}: folder {target.parent} does not exist")
    existed = target.exists()
    store = open_existing(db)
    try:
        n = export(store, fmt, what, output, **filters)
    except OSError as exc:  # unwritable path, full disk: one line, no half-written file left
        if not existed:
            target.unlink(missing_ok=True)
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    click.echo(f"wrote {n:,} {what} to {output}")
