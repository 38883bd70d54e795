"""Shared fixtures: one loaded pipeline per test session (spaCy loads in ~1 s), and
stores: every store-backed test runs against DuckDB and PostgreSQL.

PostgreSQL is a throwaway cluster (initdb + pg_ctl on 127.0.0.1, a free port) started
once per session; each test gets a fresh database. Without the binaries the postgres
half is skipped with the reason, except under ``CI=true``: there a PostgreSQL, browser
or Spark test that cannot run fails with the reason, so an install step that failed
cannot hide behind a green run.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from polybius.store import open_store
from pg_cluster import fresh_database, missing_reason, throwaway_cluster

pytest_plugins = ["ci_skips"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PUB = "2025-04-16"   # a Wednesday: the publication day of the texts written for the tests


@pytest.fixture(scope="session")
def pipeline():
    from polybius.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="module")
def run(pipeline):
    """The pipeline's records for a text of our own, published on ``PUB`` (or undated)."""
    from polybius.records import Article

    def _run(text: str, published: str | None = PUB):
        return pipeline.process(Article(id="t", text=text, published=published,
                                        published_from="metadata" if published else None))
    return _run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "seeds.gold.jsonl").exists():
        pytest.skip(f"the shared gold set is not next to the repo ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def pg_cluster():
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    with throwaway_cluster() as base_url:
        yield base_url


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    if request.param == "duckdb":
        return str(tmp_path / "test.duckdb")
    return fresh_database(request.getfixturevalue("pg_cluster"))


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    yield s
    s.close()
