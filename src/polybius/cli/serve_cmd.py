"""`polybius serve`: the HTTP API and dashboard over a store (uvicorn)."""
from __future__ import annotations

import os
import socket

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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (about one core each). Above 1, each opens a DuckDB file "
                   "read-only: no writes, and no writer can open the file while they run.")
@click.option("--record-cache", default=None, type=click.IntRange(0),
              help="Records whose encoded answers each server process keeps between requests "
                   "(default 20000, about 1 KB each; 0: none). Dropped when the store "
                   "changes; a PostgreSQL store keeps none.")
def command(db: str | None, host: str, port: int, token_env: str, max_body: int, workers: int,
            record_cache: int | None) -> None:
    """Serve the API (docs at /docs) and the dashboard (at /).

    Example: POLYBIUS_API_TOKEN=s3cret polybius serve --db events.duckdb --port 8000
    """
    from polybius.api.record_cache import DEFAULT_CAPACITY

    settings = Settings()
    url = db or settings.db
    record_cache = DEFAULT_CAPACITY if record_cache is None else record_cache
    if workers > 1:
        _serve_workers(url, host, port, token_env, max_body, workers, record_cache)
        return

    import uvicorn

    from polybius.api import create_app
    from polybius.store import is_postgres_url, open_store
    from polybius.store.holder import remove_note, write_note

    store = open_store(url)  # a StoreError becomes one line (cli.main)
    token = os.environ.get(token_env) or None
    app = create_app(store, token=token, max_body=max_body, settings=settings,
                     record_cache=record_cache)
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


def _serve_workers(url: str, host: str, port: int, token_env: str, max_body: int, workers: int,
                   record_cache: int | None) -> None:
    """``workers`` uvicorn processes (``polybius.api.workers``). A DuckDB file is checked
    here first, so a file a writer holds, or one that needs migrating, is one line."""
    import duckdb
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from polybius.api.workers import ENV, WorkerConfig
    from polybius.store import is_postgres_url, open_store
    from polybius.store.holder import remove_note, write_note
    from polybius.store.migrations import LATEST

    duck = not is_postgres_url(url)
    token = os.environ.get(token_env) or None
    if duck and token:
        raise click.ClickException(
            f"--workers {workers} opens {url} read-only in each worker process, so POST /articles "
            f"could not store: serve it with --workers 1 to take writes, unset {token_env} to "
            f"serve it read-only, or use a postgresql:// store")
    store = open_store(url, read_only=duck)  # a StoreError becomes one line (cli.main)
    try:
        version = store.schema_version()
    except duckdb.Error:  # read-only: a DuckDB file without polybius's tables
        version = 0
    finally:
        store.close()
    if version < LATEST:
        raise click.ClickException(
            f"{url} has schema version {version}, this polybius reads {LATEST}: run "
            f"`polybius serve --db {url}` once with --workers 1 to migrate it")
    os.environ[ENV] = WorkerConfig(url, duck, token_env, max_body, record_cache).to_env()
    sock = listening_socket(host, port)
    port = sock.getsockname()[1]
    writes = "disabled: read-only workers" if duck else ("enabled" if token else "disabled: no " + token_env)
    click.echo(f"polybius: serving {url} on http://{host}:{port}/ with {workers} worker processes "
               f"(writes {writes})", err=True)
    held = url.removeprefix("duckdb://") if duck else None
    if held:
        write_note(held, "serve", api=f"http://{host}:{port}/", writes=False, token_env=token_env,
                   workers=workers)
    config = uvicorn.Config("polybius.api.workers:app", factory=True, workers=workers, host=host,
                            port=port, log_level="warning", limit_concurrency=64)
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
        if held:
            remove_note(held)


def listening_socket(host: str, port: int) -> socket.socket:
    """The socket the workers share, made as TCP (``IPPROTO_TCP``), not protocol 0 as
    uvicorn makes it: asyncio turns Nagle off (TCP_NODELAY) only on connections of a
    TCP socket, and with Nagle on a small answer waited ~45 ms for the client's delayed
    ACK (bench_api at 1 client: /actors 56 ms instead of 10)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock
