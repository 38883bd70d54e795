"""`polybius reindex`: rebuild a DuckDB store's word-search index (the term tables)."""
from __future__ import annotations

import time

import click

from polybius.settings import Settings


@click.command("reindex")
@click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db).")
def command(db: str | None) -> None:
    """Rebuild the word-search index behind `q` (events_terms, incidents_terms).

    Needed after rows were written into the tables by other means than polybius (their
    words are then missing), and worth it after many small ingests (rows added since the
    last build sit unsorted at the end, where every search reads them). Seconds per
    million events. PostgreSQL keeps its indexes current itself: nothing to do.

    Example: polybius reindex --db events.duckdb
    """
    from polybius.store import is_postgres_url, open_store

    url = db or Settings().db
    if is_postgres_url(url):
        click.echo("polybius: PostgreSQL keeps its word-search (GIN) indexes current: nothing to rebuild",
                   err=True)
        return
    store = open_store(url)  # a StoreError (e.g. the file is held) becomes one line
    try:
        clock = time.perf_counter()
        store.rebuild_text_index()  # type: ignore[attr-defined]
        terms = {t: store._fetch(f"SELECT count(*) AS n FROM {t}_terms")[0]["n"]  # type: ignore[attr-defined]
                 for t in ("events", "incidents")}
        counts = store.counts()
    finally:
        store.close()
    click.echo(f"polybius: word-search index of {url} rebuilt in {time.perf_counter() - clock:.1f} s: "
               f"{counts['events']:,} events ({terms['events']:,} words), "
               f"{counts['incidents']:,} incidents ({terms['incidents']:,} words)", err=True)
