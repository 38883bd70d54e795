"""Incidents keep counts_history, outlets and mentions through the store (DuckDB and
PostgreSQL); a database from before version 4 is upgraded and its incidents rebuilt by
the next fusion with the same ids."""
from __future__ import annotations

import json

from polybius.fuse.stored import fuse_store
from polybius.records import Article, ArticleRef, Count, Counts, DateValue, Event, Evidence, Place
from polybius.store import is_postgres_url, open_store

TOLL = [("k1", "Kabul Times", "2025-03-04", 40, "at_least"), ("k2", "Pajhwok", "2025-03-05", 62, "exact"),
        ("k3", "Tolo", "2025-03-06", 71, "exact"), ("k4", "Ariana", "2025-03-07", 78, "exact")]


def report(aid: str, source: str, published: str, killed: int, qualifier: str,
           background: bool = False) -> tuple[Article, list[Event]]:
    text = (f"A suicide bomber killed {killed} people at a Kabul market on Tuesday, "
            f"officials told {source}.")
    art = Article(aid, text, published=published, source=source, title="Kabul market bombing")
    ref = ArticleRef(aid, None, art.title, source, published)
    event = Event(event_id=f"ev-{aid}", article=ref, event_type="ASSAULT", mode="suicide_bomb",
                  evidence=Evidence(text, 0, len(text)), background=background,
                  date=DateValue("on Tuesday", "2025-03-04", "day"),
                  location=Place("Kabul", "Kabul", "Kabul", "AFG", 34.53, 69.17, None, "city"),
                  counts=Counts(killed=Count(killed, qualifier)))
    return art, [event]


def test_history_outlets_and_mentions_round_trip(store):
    store.add_articles_with_events([report(*row) for row in TOLL[:2]])
    first = fuse_store(store)
    store.add_articles_with_events([report(*row) for row in TOLL[2:]])
    second = fuse_store(store)
    (inc,) = store.incidents()
    assert inc.incident_id == first.incidents[0].incident_id == second.incidents[0].incident_id
    assert (inc.counts["killed"].value, inc.counts["killed"].low, inc.counts["killed"].high) == (78, 40, 78)
    assert [(e.value, e.qualifier, e.first_reported, e.source, e.event_id)
            for e in inc.counts_history["killed"]] == [
        (40, "at_least", "2025-03-04", "Kabul Times", "ev-k1"),
        (62, "exact", "2025-03-05", "Pajhwok", "ev-k2"),
        (71, "exact", "2025-03-06", "Tolo", "ev-k3"),
        (78, "exact", "2025-03-07", "Ariana", "ev-k4")]
    assert [o.source for o in inc.outlets] == ["Kabul Times", "Pajhwok", "Tolo", "Ariana"]
    row = store._fetch("SELECT outlets, n_mentions FROM incidents")[0]
    assert row == {"outlets": "Kabul Times; Pajhwok; Tolo; Ariana", "n_mentions": 0}
    assert fuse_store(store).updated == []                 # nothing new: nothing rewritten


def _connect(url: str):
    if is_postgres_url(url):
        import psycopg
        return psycopg.connect(url, autocommit=True)
    import duckdb
    return duckdb.connect(url)


def test_a_version_3_database_is_upgraded_and_its_incidents_rebuilt(store_url):
    # fuse in a current store, then turn it back into what version 3 stored
    with open_store(store_url) as store:
        store.add_articles_with_events([report(*row) for row in TOLL])
        (inc,) = fuse_store(store).incidents
    old = {k: v for k, v in inc.to_dict().items()
           if k not in ("counts_history", "outlets", "mentions_in_later_articles")}
    con = _connect(store_url)
    q = (lambda sql: sql.replace("?", "%s")) if is_postgres_url(store_url) else (lambda sql: sql)
    con.execute("ALTER TABLE incidents DROP COLUMN outlets")
    con.execute("ALTER TABLE incidents DROP COLUMN n_mentions")
    con.execute("DELETE FROM schema_version WHERE version >= 4")   # version 5 adds if missing
    con.execute(q("UPDATE incidents SET record = ?"), [json.dumps(old)])
    con.close()
    with open_store(store_url) as store:
        assert store.schema_version() == 5
        assert store._fetch("SELECT outlets, n_mentions FROM incidents") == [
            {"outlets": None, "n_mentions": None}]
        assert store.incidents()[0].outlets == []
        result = fuse_store(store)
        assert result.updated == [inc.incident_id]
        (again,) = store.incidents()
        assert again.to_dict() == inc.to_dict()
        assert store._fetch("SELECT outlets FROM incidents")[0]["outlets"].startswith("Kabul Times")
