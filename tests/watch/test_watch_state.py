"""The watch state is a schema migration: a store made before it (version 1) is
upgraded in place, keeping its articles, and the state round-trips on both backends."""
from __future__ import annotations

from datetime import datetime

import duckdb

from polybius.store import open_store
from polybius.store.migrations import v001_initial
from polybius.watch.state import ItemState, SourceState, WatchState


def test_a_version_1_store_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))  # a store as version 1 left it
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT, applied_at TIMESTAMP)")
    for statement in v001_initial.STATEMENTS:
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, 'initial schema', now())")
    con.execute("INSERT INTO articles (article_id, content_hash, text) VALUES ('a1', 'h1', 'old text')")
    con.close()
    store = open_store(path)
    try:
        assert store.schema_version() == 5   # upgraded through every migration
        assert store.counts()["articles"] == 1
        assert WatchState(store).sources() == []
    finally:
        store.close()


def test_state_round_trips(store):
    state = WatchState(store)
    assert state.source("https://x.test/feed", "feed") == SourceState("https://x.test/feed", "feed")
    when = datetime(2026, 11, 25, 9, 0)
    saved = SourceState("https://x.test/feed", "feed", etag='"abc"', last_modified="Wed, 25 Nov 2026 08:00:00 GMT",
                        last_poll=when, last_ok=when, next_poll=when, failures=2, last_error="HTTP 500",
                        polls=7, articles=3)
    state.save_source(saved)
    state.save_source(saved)  # an upsert, not a second row
    assert state.source("https://x.test/feed", "feed") == saved
    assert [r["source"] for r in state.sources()] == ["https://x.test/feed"]
    state.save_items([ItemState("https://x.test/feed", "https://x.test/a", "read", None, 0, None, when),
                      ItemState("https://x.test/feed", "https://x.test/b", "retry", None, 1, "timed out", when)])
    state.save_items([ItemState("https://x.test/feed", "https://x.test/b", "retry", None, 2, "timed out", when)])
    got = state.items(["https://x.test/a", "https://x.test/b", "https://x.test/c"])
    assert set(got) == {"https://x.test/a", "https://x.test/b"}
    assert got["https://x.test/b"].attempts == 2 and got["https://x.test/a"].status == "read"
    assert state.counts() == {"read": 1, "retry": 1}
