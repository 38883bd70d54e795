"""Fixtures for the watch tests: a local news site, a fake clock, and a watcher factory
over a fresh DuckDB store with the session's pipeline."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from feeds import EVERY, Site, serve
from polybius.settings import Settings
from polybius.store import open_store
from polybius.watch import AlertLog, WatchOptions, Watcher, parse_source


class Clock:
    """Naive UTC time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture()
def site():
    s = Site()
    server, thread = serve(s)
    yield s
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture()
def clock() -> Clock:
    return Clock()


@pytest.fixture()
def db(tmp_path):
    return tmp_path / "watch.duckdb"


@pytest.fixture()
def make_watcher(db, clock, pipeline):
    """``make_watcher(sources, **options)`` -> a Watcher on its own store connection;
    every store opened is closed at the end."""
    opened = []

    def make(sources, *, timeout: float = 2.0, rules=(), alerts_file=None, write_lock=None,
             feed_text: bool = False, url=None) -> Watcher:
        store = open_store(url or db)
        opened.append(store)
        return Watcher([parse_source(s) for s in sources], store, Settings(),
                       WatchOptions(every=EVERY, timeout=timeout, feed_text=feed_text),
                       alerts=AlertLog(list(rules), alerts_file), pipeline=pipeline, clock=clock,
                       write_lock=write_lock)

    yield make
    for store in opened:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closed by the test already
            pass
