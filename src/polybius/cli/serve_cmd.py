"""`polybius serve`: the HTTP API and dashboard over a store (uvicorn)."""
from __future__ import annotations

import os

import click

from polybius.settings import Settings


@click.command("serve")
@click.option("--db", default=None, help="DuckDB file or postgresql:// URL (default: Settings.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0: any free port).")
@click.option("--token-env", default="POLYBIUS_API_TOKEN", show_default=True,
              help="Environment variable holding the bearer token for POST /articles; "
                   "unset or empty: write endpoints are disabled.")
@click.option("--max-body", default=2 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Largest accepted request body in bytes (413 above).")
def command(db: str | None, host: str, port: int, token_env: str, max_body: int) -> None:
    """Serve the API (docs at /docs) and the dashboard (at /).

    Example: POLYBIUS_API_TOKEN=s3cret polybius serve --db events.duckdb --port 8000
    """
    import uvicorn

    from polybius.api import create_app
    from polybius.store import is_postgres_url, open_store
    from polybius.store.holder import remove_note, write_note

    settings = Settings()
    url = db or settings.db
    store = open_store(url)  # a StoreError becomes one line (cli.main)
    token = os.environ.get(token_env) or None
    app = create_app(store, token=token, max_body=max_body, settings=settings)
    click.echo(f"polybius: serving {url} on http://{host}:{port}/ "
               f"(writes {'enabled' if token else 'disabled: no ' + token_env})", err=True)
    held = None if is_postgres_url(url) else url.removeprefix("duckdb://")
    if held:  # so a `polybius ingest` on this file can say how to add articles instead
        write_note(held, "serve", api=f"http://{host}:{port}/" if port else None,
                   writes=bool(token), token_env=token_env)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=64)
    finally:
        store.close()
        if held:
            remove_note(held)
