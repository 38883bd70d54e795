"""Pages built from kept record bytes (``record_cache``): the same answers as pages built
afresh, and never an answer older than the store: a write through another store
object of the same file (``polybius watch --serve``), or through another connection
(PostgreSQL), shows in the next page."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from api_records import ARTICLES, KABUL, fill, sample_events
from polybius.api import create_app
from polybius.api.record_cache import RecordCache
from polybius.records import Article, Count
from polybius.store import open_store

PAGES = [
    "/events", "/events?limit=2", "/events?country=AFG&format=geojson",
    "/events?q=kabul&status=occurred&background=false", "/incidents",
    "/incidents?format=geojson", "/events?country=MLI&limit=1",
]


def test_a_cache_keeps_entries_of_one_version_and_drops_the_least_recently_used():
    cache = RecordCache(capacity=2)
    cache.put({"a": b"1", "b": b"2"}, version=5, current=5)
    assert cache.get(["a", "b", "c"], version=5) == {"a": b"1", "b": b"2"}
    assert cache.get(["a"], version=5) == {"a": b"1"}  # "a" is now the most recent
    cache.put({"c": b"3"}, version=5, current=5)
    assert cache.get(["a", "b", "c"], version=5) == {"a": b"1", "c": b"3"}
    # another version: nothing of the old one is returned, or kept
    assert cache.get(["a", "c"], version=6) == {}
    assert cache.get(["a", "c"], version=5) == {}


def test_a_cache_keeps_nothing_read_while_the_store_changed_or_without_a_version():
    cache = RecordCache(capacity=10)
    cache.put({"a": b"1"}, version=5, current=6)  # a write happened while reading
    assert cache.get(["a"], version=5) == {} and cache.get(["a"], version=6) == {}
    cache.put({"a": b"1"}, version=None, current=None)  # PostgreSQL: other writers
    assert cache.get(["a"], version=None) == {}
    off = RecordCache(capacity=0)
    off.put({"a": b"1"}, version=1, current=1)
    assert off.get(["a"], version=1) == {} and len(off) == 0


@pytest.fixture()
def filled(tmp_path):
    path = tmp_path / "c.duckdb"
    store = open_store(path)
    fill(store)
    yield store
    store.close()


def test_pages_from_kept_records_are_the_bytes_of_pages_built_afresh(filled):
    cached = TestClient(create_app(filled))
    fresh = TestClient(create_app(filled, record_cache=0))
    pages = PAGES + [None]
    first = cached.get("/events?limit=2").json()
    pages[-1] = f"/events?limit=2&cursor={first['next_cursor']}"
    for url in pages:
        want = fresh.get(url)
        assert want.status_code == 200, url
        for _ in range(2):  # built, then from the kept bytes
            got = cached.get(url)
            assert got.status_code == 200
            assert got.content == want.content, url
            assert got.headers["content-type"] == want.headers["content-type"]
    assert len(cached.app.state.reader.cache) > 0 and len(fresh.app.state.reader.cache) == 0
    # and they are what a page is: the records, newest first, ids as the hand-built store has
    assert [e["event_id"] for e in cached.get("/events").json()["items"]] == ["e2", "e1", "e3", "e4", "e6", "e5"]
    kabul = cached.get("/events?country=AFG&format=geojson").json()["features"]
    assert [f["properties"]["incident_id"] for f in kabul] == ["inc-kabul", None, "inc-kabul"]  # e3, e4, e6


def _write_more(store) -> None:
    """A later article on the Gao attack (9 killed, two days on), and the first report's
    event joined to an incident."""
    e1 = sample_events()["art-1"][0]
    source, published, text = ARTICLES["art-1"]
    later = replace(e1, event_id="e7", article=replace(e1.article, id="art-5", published="2024-05-09"),
                    date=replace(e1.date, value="2024-05-08"), counts=replace(e1.counts, killed=Count(9)))
    store.add_articles_with_events([(Article(id="art-5", text=text + " Update.", published="2024-05-09",
                                             source=source), [later])])
    store.set_incident_ids({"e1": "inc-gao"})


@pytest.mark.parametrize("same_object", [True, False])
def test_a_write_to_the_store_shows_in_the_next_page(tmp_path, same_object):
    path = tmp_path / "w.duckdb"
    served = open_store(path)
    fill(served)
    writer = served if same_object else open_store(path)  # watch --serve: a second object
    try:
        c = TestClient(create_app(served))
        for _ in range(2):  # kept now
            before = c.get("/events?country=MLI").json()["items"]
            incidents = c.get("/incidents").json()["items"]
        assert [(i["incident_id"], i["n_articles"]) for i in incidents] == [("inc-kabul", 2)]
        assert [(e["event_id"], e["incident_id"]) for e in before] == [("e2", None), ("e1", None)]
        geo = c.get("/events?country=MLI&format=geojson").json()["features"]
        writer.upsert_incidents([replace(KABUL, n_articles=3)])  # a third report fused in
        assert [i["n_articles"] for i in c.get("/incidents").json()["items"]] == [3]
        _write_more(writer)
        after = c.get("/events?country=MLI").json()["items"]
        assert [(e["event_id"], e["incident_id"]) for e in after] == [
            ("e7", None), ("e2", None), ("e1", "inc-gao")]
        assert after[0]["counts"]["killed"]["value"] == 9
        geo_after = c.get("/events?country=MLI&format=geojson").json()["features"]
        assert len(geo) == 2 and [f["properties"]["incident_id"] for f in geo_after] == [None, None, "inc-gao"]
    finally:
        if writer is not served:
            writer.close()
        served.close()


@pytest.mark.postgres
def test_a_postgresql_page_shows_another_connections_write(pg_cluster):
    from pg_cluster import fresh_database

    url = fresh_database(pg_cluster)
    served, writer = open_store(url), open_store(url)
    try:
        fill(served)
        c = TestClient(create_app(served))
        for _ in range(2):
            before = c.get("/events?country=MLI").json()["items"]
        assert [e["event_id"] for e in before] == ["e2", "e1"]
        _write_more(writer)
        after = c.get("/events?country=MLI").json()["items"]
        assert [(e["event_id"], e["incident_id"]) for e in after] == [
            ("e7", None), ("e2", None), ("e1", "inc-gao")]
        assert json.loads(c.get("/events?country=MLI&limit=1").content)["items"][0]["event_id"] == "e7"
    finally:
        writer.close()
        served.close()
