"""`polybius serve --workers N`: N uvicorn worker processes on one port.

One process serves reads on about one core however many threads it has: building the
answer of a request (records, JSON) holds the interpreter lock. N processes use N cores.
uvicorn starts each worker afresh and calls ``app()`` there; the serve command passes
what the worker needs in ``POLYBIUS_SERVE_WORKER`` (JSON, no secret: the token stays in
its own variable, which the workers inherit).

Each worker opens the store itself. A DuckDB file is opened read-only, because DuckDB
lets several processes read a file only while none writes it: the workers read it
together, writes are off, and a writer (`polybius ingest`, a single-process server)
cannot open the file until they stop. A PostgreSQL store has no such rule: every worker
has its own connections and may take writes.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass

from fastapi import FastAPI

ENV = "POLYBIUS_SERVE_WORKER"
STARTUP_FAILURE = 3  # uvicorn's code for a worker that never started: the parent stops


@dataclass(frozen=True)
class WorkerConfig:
    db: str
    read_only: bool
    token_env: str
    max_body: int
    record_cache: int

    def to_env(self) -> str:
        return json.dumps(asdict(self))


def app() -> FastAPI:
    """The app of one worker process (uvicorn's factory)."""
    from polybius.api import create_app
    from polybius.settings import Settings
    from polybius.store import StoreError, open_store

    config = WorkerConfig(**json.loads(os.environ[ENV]))
    try:
        store = open_store(config.db, read_only=config.read_only)
    except StoreError as exc:  # e.g. a writer took the file after the parent's check
        print(f"Error: {exc}", file=sys.stderr)
        sys.exit(STARTUP_FAILURE)
    token = None if config.read_only else (os.environ.get(config.token_env) or None)
    return create_app(store, token=token, max_body=config.max_body, settings=Settings(),
                      record_cache=config.record_cache)
