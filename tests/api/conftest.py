"""Fixtures for the API tests: a DuckDB store filled with hand-built events (values
chosen here, so expected answers are known without running the code under test)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_records import fill
from polybius.api import create_app
from polybius.store import open_store

@pytest.fixture(scope="module")
def filled_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    store = open_store(path)
    fill(store)
    store.close()
    return path


@pytest.fixture(scope="module")
def client(filled_db):
    store = open_store(filled_db)
    with TestClient(create_app(store)) as c:
        yield c
    store.close()


@pytest.fixture()
def write_app(tmp_path):
    """An app over an empty store with writes enabled (token 's3cret'), small body limit."""
    store = open_store(tmp_path / "w.duckdb")
    yield lambda **kw: TestClient(create_app(store, **{"token": "s3cret", **kw}))
    store.close()
