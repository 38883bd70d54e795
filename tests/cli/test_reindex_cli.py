"""`polybius reindex`: a store whose word index lost rows (written around polybius)
finds them again by word after the rebuild."""
from __future__ import annotations

import duckdb
from click.testing import CliRunner
from fastapi.testclient import TestClient

from polybius.api import create_app
from polybius.cli.main import cli
from polybius.records import Article, ArticleRef, Event, Evidence
from polybius.store import open_store

TEXT = "Gunmen attacked a market in Maiduguri on Monday, killing nine traders."


def _found(db, q: str) -> list[str]:
    store = open_store(db)
    try:
        with TestClient(create_app(store)) as c:
            return [e["event_id"] for e in c.get("/events", params={"q": q}).json()["items"]]
    finally:
        store.close()


def test_reindex_brings_back_words_the_index_missed(tmp_path):
    db = tmp_path / "s.duckdb"
    store = open_store(db)
    store.add_articles_with_events([(Article("a1", TEXT), [Event("e1", ArticleRef("a1"), "ASSAULT", "small_arms",
                                                                   Evidence(TEXT, 0, len(TEXT)))])])
    store.close()
    assert _found(db, "maidug") == ["e1"]
    con = duckdb.connect(str(db))  # as a tool writing the tables directly leaves it
    con.execute("DELETE FROM events_terms")
    con.close()
    assert _found(db, "maidug") == []

    res = CliRunner().invoke(cli, ["reindex", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "rebuilt" in res.output and "1 events" in res.output
    assert _found(db, "maidug") == ["e1"] and _found(db, "traders market") == ["e1"]


def test_reindex_of_a_file_that_is_not_a_store_is_one_line(tmp_path):
    junk = tmp_path / "notes.duckdb"
    junk.write_text("shopping list")
    res = CliRunner().invoke(cli, ["reindex", "--db", str(junk)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert [ln for ln in res.output.splitlines() if ln.startswith("Error:")] == [
        f"Error: {junk} is not a DuckDB database file; pass a DuckDB file or postgresql:// URL with --db"]
