"""``q`` is a word search through an index (PostgreSQL full-text, DuckDB the store's own
term table), on both backends alike; reads from many threads at once get right answers.

Expected ids come from the fixture texts in api_records.py (read them to check).
"""
from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from api_records import KABUL, fill
from polybius.api import create_app
from polybius.records import Article, ArticleRef, Event, Evidence, Place
from polybius.store import open_store


@pytest.fixture
def api(store_url):
    store = open_store(store_url)
    fill(store)
    with TestClient(create_app(store)) as client:
        yield client, store
    store.close()


def ids(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e.get("event_id") or e.get("incident_id") for e in resp.json()["items"]]


@pytest.mark.parametrize("q, expected", [
    ("ministry", {"e3", "e6"}),
    ("kab", {"e3", "e6"}),                   # a word's beginning is enough
    ("car bomb", {"e3", "e6"}),
    ("bomb car", {"e3", "e6"}),              # every word, in any order
    ("BOMB", {"e3", "e6"}),
    ("killing seven", {"e1"}),
    ("islamic state kabul", {"e3", "e6"}),   # actor and place together
    ("gao", {"e1"}),
    ("inistry", set()),                      # not from the middle of a word
    ("ministry santiago", set()),
    ("%", set()),                            # no word: a literal substring
    ("17", {"e6"}),
])
def test_word_search_on_events(api, q, expected):
    client, _ = api
    assert set(ids(client.get("/events", params={"q": q}))) == expected


def test_word_search_pages_with_a_cursor(api):
    client, _ = api
    first = client.get("/events", params={"q": "kabul", "limit": 1}).json()
    second = client.get("/events", params={"q": "kabul", "limit": 1,
                                           "cursor": first["next_cursor"]}).json()
    assert [e["event_id"] for e in first["items"]] == ["e3"]
    assert [e["event_id"] for e in second["items"]] == ["e6"]
    assert second["next_cursor"] is None


def test_word_search_with_other_filters_and_in_stats(api):
    client, _ = api
    assert set(ids(client.get("/events", params={"q": "kabul", "status": "occurred"}))) == {"e3", "e6"}
    assert ids(client.get("/events", params={"q": "kabul", "country": "MLI"})) == []
    got = client.get("/stats", params={"by": "country", "q": "bomb"}).json()["rows"]
    assert [(r["key"], r["n"], r["killed"]) for r in got] == [("AFG", 2, 32)]
    for by, key in (("day", "2023-11-19"), ("month", "2023-11"), ("year", "2023")):
        got = client.get("/stats", params={"by": by, "q": "bomb"}).json()["rows"]
        assert [(r["key"], r["n"], r["killed"]) for r in got] == [(key, 2, 32)]
    got = client.get("/stats", params={"by": "day", "q": "kabul", "what": "incidents"}).json()["rows"]
    assert [(r["key"], r["n"], r["killed"]) for r in got] == [("2023-11-19", 1, 17)]


@pytest.mark.parametrize("params, expected", [
    ({"q": "attack"}, {"e1", "e4"}),             # "attacked", and "a second attack"
    ({"q": "attack", "status": "occurred"}, {"e1"}),
    ({"q": "attack", "status": "thwarted"}, {"e4"}),
    ({"q": "attack", "background": "false"}, {"e1", "e4"}),
    ({"q": "attack", "background": "true"}, set()),
    ({"q": "attack", "background": "false", "status": "occurred"}, {"e1"}),  # the dashboard's default
])
def test_word_search_with_status_and_background(api, params, expected):
    client, _ = api
    assert set(ids(client.get("/events", params=params))) == expected
    rows = client.get("/stats", params={**params, "by": "day"}).json()["rows"]
    assert sum(r["n"] for r in rows) == len(expected)


def test_word_search_on_incidents_follows_their_rewrites(api):
    client, store = api
    assert ids(client.get("/incidents", params={"q": "kab"})) == ["inc-kabul"]
    assert ids(client.get("/incidents", params={"q": "ministry"})) == []   # no evidence field
    moved = KABUL.__class__.from_dict(KABUL.to_dict())
    moved.location = Place(text="Jalalabad", name="Jalalabad", country="AFG")
    store.upsert_incidents([moved])
    assert ids(client.get("/incidents", params={"q": "kabul"})) == []
    assert ids(client.get("/incidents", params={"q": "jalal"})) == ["inc-kabul"]


def test_events_stored_after_the_server_started_are_found(api):
    client, store = api
    text = "Rebels shelled the outskirts of Goma overnight, residents said."
    art = Article(id="art-9", text=text, published="2025-02-02")
    ev = Event(event_id="e9", article=ArticleRef(id="art-9", published="2025-02-02"),
               event_type="ASSAULT", mode="explosives", evidence=Evidence(text, 0, len(text)))
    store.add_articles_with_events([(art, [ev])])
    assert ids(client.get("/events", params={"q": "goma"})) == ["e9"]


def test_many_threads_reading_at_once_each_get_their_own_answer(api):
    client, _ = api
    cases = [("/events", {"q": "kabul"}, ["e3", "e6"]),
             ("/events", {"country": "MLI"}, ["e2", "e1"]),
             ("/incidents", {}, ["inc-kabul"]),
             ("/events", {"q": "santiago"}, ["e5"])]
    wrong: list[str] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        start.wait()
        for k in range(20):
            path, params, want = cases[(n + k) % len(cases)]
            got = ids(client.get(path, params=params))
            if got != want:
                wrong.append(f"{path} {params}: {got} != {want}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert wrong == []


@pytest.mark.postgres
@pytest.mark.parametrize("table, index", [("events", "events_search_idx"),
                                          ("incidents", "incidents_search_idx")])
def test_postgres_answers_q_from_its_full_text_index(pg_cluster, table, index):
    """The query's text expression must be the index's, or PostgreSQL scans silently."""
    from pg_cluster import fresh_database
    from polybius.store import search

    with open_store(fresh_database(pg_cluster)) as store:
        fill(store)
        sql, params = search.condition("postgres", table, "car bomb")
        store._exec("SET enable_seqscan = off")  # a tiny table: force the choice of an index
        plan = store._fetch(f"EXPLAIN SELECT * FROM {table} WHERE {sql}", params)
        assert index in " ".join(str(v) for row in plan for v in row.values())
