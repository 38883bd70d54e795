"""``polybius load``: Spark output (Parquet) -> the DuckDB/PostgreSQL store."""
from __future__ import annotations

import json
from dataclasses import asdict

import click

from polybius.settings import Settings


@click.command("load")
@click.argument("output", metavar="PARQUET", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default=None,
              help="Store path or postgresql:// URL (default: Settings.db / POLYBIUS_DB).")
@click.option("--fused", type=click.Path(exists=True, file_okay=False),
              help="Output folder of `polybius spark fuse`: load incidents and assignments.")
@click.option("--batch-size", type=int, default=2000, show_default=True,
              help="Articles per store transaction.")
def command(output: str, db: str | None, fused: str | None, batch_size: int) -> None:
    """Load the output folder of `polybius spark extract` into the store.

    Example: polybius load out/ --fused fused/ --db polybius.duckdb
    """
    from polybius.spark.load import load_output
    from polybius.store import open_store

    store = open_store(db or Settings().db)
    try:
        stats = load_output(store, output, fused, batch_size=batch_size)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    click.echo(json.dumps(asdict(stats)))
