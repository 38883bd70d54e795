"""Storage behind one small protocol (``Store``), chosen by URL.

``open_store("polybius.duckdb")`` (any path) opens the embedded DuckDB store;
``open_store("postgresql://user@host:5432/db")`` a PostgreSQL one. Both apply pending
schema migrations on open. See docs/store.md.
"""
from __future__ import annotations

from pathlib import Path

from polybius.store.base import STAT_KEYS, Filters, Store, StoreError

__all__ = ["Filters", "STAT_KEYS", "Store", "StoreError", "open_store", "is_postgres_url"]


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url_or_path: str | Path, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at ``url_or_path``; a store
    that cannot be opened raises ``StoreError`` with a one-line reason."""
    target = str(url_or_path)
    if is_postgres_url(target):
        from polybius.store.postgres import PostgresStore
        return PostgresStore(target)
    if target.startswith("duckdb://"):
        target = target[len("duckdb://"):]
    from polybius.store.duckdb import DuckDBStore
    return DuckDBStore(target, read_only=read_only)
