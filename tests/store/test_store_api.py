"""The Store contract, on DuckDB and PostgreSQL alike (hand-built records, exact checks)."""
from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import psycopg
import pytest

from polybius.records import (Actor, Article, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Incident, IncidentCount, Place)
from polybius.records import incident_date, with_news_date
from polybius.store import open_store

A1 = Article(id="a1", text="Gunmen stormed a village near the border on Monday, killing six farmers.",
             url="https://www.northpost.example/village-attack", title="Village attack",
             source="northpost.example", published="2025-03-04", published_from="metadata", language="en")
A2 = Article(id="a2", text="Police detained 40 people after clashes in the port city, officials said.",
             url=None, title=None, source=None, published="2025-04-10", published_from="dateline",
             language="en")


def ev(article: Article, start: int, end: int, event_type: str, mode: str, *, date=None, country=None,
       lat=None, lon=None, actor=None, recipient=None, killed=None, arrested=None, status="occurred",
       sentence=None) -> Event:
    ref = ArticleRef(id=article.id, url=article.url, title=article.title, source=article.source,
                     published=article.published, published_from=article.published_from)
    return Event(
        event_id=Event.make_id(article.id, start, end), article=ref, event_type=event_type, mode=mode,
        evidence=Evidence(sentence or article.text[start:end], start, end), status=status,
        actor=Actor(actor) if actor else None,
        recipient=Actor(recipient, kind="civilians") if recipient else None,
        date=DateValue("on Monday", date, "day") if date else None,
        location=Place("the border", name="Kunar", admin1="Kunar", country=country, lat=lat, lon=lon,
                       precision="admin1") if country else None,
        counts=Counts(killed=Count(killed) if killed is not None else None,
                      arrested=Count(arrested, "at_least") if arrested is not None else None),
        confidence=0.7,
    )


E1 = ev(A1, 0, 72, "ASSAULT", "firearms", date="2025-03-03", country="AFG", lat=34.9, lon=71.1,
        actor="Gunmen", recipient="six farmers", killed=6)
E2 = ev(A2, 0, 73, "COERCE", "arrest", country="PAK", lat=24.86, lon=67.0, actor="Police",
        recipient="40 people", arrested=40)
E3 = ev(A2, 10, 30, "PROTEST", "riot", date="2025-04", status="alleged", sentence="clashes in the port city")


def load(store) -> None:
    got = store.add_articles_with_events([(A1, [E1]), (A2, [E2, E3])],
                                         extras={"a1": {"origin": "feeds/north.rss:3", "author": "R. Diaz"}})
    assert got == {"articles": 2, "events": 3, "skipped": 0}


def test_migrations_applied_once(store_url):
    s = open_store(store_url)
    assert s.schema_version() == 5  # initial schema, watch state, unique keys, incident outlets, page month-day
    s.close()
    s = open_store(store_url)  # reopening applies nothing twice
    assert s.schema_version() == 5
    assert s._fetch("SELECT count(*) AS n FROM schema_version")[0]["n"] == 5
    s.close()


def test_round_trip_keeps_the_whole_record(store):
    load(store)
    assert store.counts() == {"articles": 2, "events": 3, "incidents": 0, "errors": 0, "runs": 0}
    got = {e.event_id: e for e in store.events(limit=None)}
    # the whole record comes back, dated by the one date rule (records.news_date)
    assert got[E1.event_id].to_dict() == with_news_date(E1).to_dict()
    assert got[E2.event_id].to_dict() == with_news_date(E2).to_dict()
    assert got[E3.event_id].to_dict() == with_news_date(E3).to_dict()
    assert got[E1.event_id].date.basis in ("text", "published")
    arts = {a["article_id"]: a for a in store.articles(include_text=True)}
    assert arts["a1"]["origin"] == "feeds/north.rss:3" and arts["a1"]["author"] == "R. Diaz"
    assert arts["a1"]["n_events"] == 1 and arts["a2"]["n_events"] == 2
    assert arts["a2"]["text"] == A2.text and arts["a2"]["content_hash"] == A2.content_hash
    assert "text" not in store.articles()[0]


def test_a_yearless_page_date_round_trips(store):
    """An undated page's own month-day and weekday (no year) are article columns, and its
    events' article reference carries them back for fusion."""
    page = Article(id="p1", text="Friday, June 7\n\nSoldiers raided a camp near the river on Thursday.",
                   page_monthday="--06-07", page_weekday="Friday")
    event = replace(ev(page, 19, 69, "COERCE", "raid"), article=page.ref())
    store.add_articles_with_events([(page, [event])])
    (row,) = store.articles()
    assert (row["page_monthday"], row["page_weekday"]) == ("--06-07", "Friday")
    (back,) = store.events()
    assert (back.article.page_monthday, back.article.page_weekday) == ("--06-07", "Friday")


def test_idempotent_by_id_hash_and_url(store):
    load(store)
    assert store.add_articles_with_events([(A1, [E1]), (A2, [E2, E3])]) == {"articles": 0, "events": 0, "skipped": 2}
    same_text = Article(id="other", text=A2.text)
    same_url = Article(id="other2", text="Completely different words here.", url=A1.url)
    assert store.add_articles_with_events([(same_text, []), (same_url, [])])["skipped"] == 2
    assert store.counts()["articles"] == 2 and store.counts()["events"] == 3
    assert store.has_article(content_hash=A1.content_hash)
    assert store.has_article(url=A1.url)
    assert store.has_article(article_id="a2")
    assert not store.has_article(content_hash="0" * 40, url="https://nowhere.example/x")
    assert store.known_articles(ids=["a1", "zz"], urls=[A1.url, "https://x.example"]) == {"a1", A1.url}


def test_a_failed_batch_stores_nothing(store):
    bad = ev(A1, 0, 5, "ASSAULT", "firearms")
    bad.event_type = None  # violates NOT NULL: the whole batch must roll back
    with pytest.raises((duckdb.Error, psycopg.Error)):
        store.add_articles_with_events([(A1, [E1, bad])])
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    load(store)  # and the store is still usable


@pytest.mark.parametrize("filters, expected", [
    ({}, {"E1", "E2", "E3"}),
    ({"type": "assault"}, {"E1"}),
    ({"mode": "arrest"}, {"E2"}),
    ({"country": "PAK"}, {"E2"}),
    ({"status": "alleged"}, {"E3"}),
    ({"actor": "gunm"}, {"E1"}),
    ({"recipient": "40 PEOPLE"}, {"E2"}),
    ({"text": "port city"}, {"E2", "E3"}),
    ({"text": "100%_"}, set()),
    # E1 on its event date, E2 on its article's date (no event date), E3 from 2025-04-01
    ({"since": "2025-03-04"}, {"E2", "E3"}),
    ({"until": "2025-03-31"}, {"E1"}),
    ({"since": "2025-04-01", "until": "2025-04-05"}, {"E3"}),
    ({"article_id": "a2", "type": "PROTEST"}, {"E3"}),
])
def test_event_filters(store, filters, expected):
    load(store)
    names = {E1.event_id: "E1", E2.event_id: "E2", E3.event_id: "E3"}
    assert {names[e.event_id] for e in store.events(**filters)} == expected


def test_paging_and_unknown_filter(store):
    load(store)
    first = store.events(limit=2)
    rest = store.events(limit=2, offset=2)
    assert len(first) == 2 and len(rest) == 1
    assert {e.event_id for e in first + rest} == {E1.event_id, E2.event_id, E3.event_id}
    assert [e.event_id for e in store.iter_events(batch_size=1)] == [e.event_id for e in first + rest]
    with pytest.raises(TypeError):
        store.events(colour="red")


def test_article_queries(store):
    load(store)
    assert [a["article_id"] for a in store.articles()] == ["a2", "a1"]  # newest first
    assert [a["article_id"] for a in store.articles(since="2025-04-01")] == ["a2"]
    assert [a["article_id"] for a in store.articles(text="village")] == ["a1"]
    assert [a["article_id"] for a in store.articles(type="PROTEST")] == ["a2"]
    assert [a["article_id"] for a in store.articles(source="northpost.example")] == ["a1"]


def test_incidents_upsert_and_assignment(store):
    load(store)
    inc = Incident(incident_id="i1", event_type="ASSAULT", mode="firearms", status="occurred",
                   date=DateValue("on Monday", "2025-03-03", "day"),
                   location=Place("Kunar", name="Kunar", country="AFG", lat=34.9, lon=71.1),
                   counts={"killed": IncidentCount(6, 5, 7, "about")}, n_articles=1, n_sources=1,
                   first_reported="2025-03-04", event_ids=[E1.event_id])
    other = Incident(incident_id="i2", event_type="COERCE", mode="arrest", status="occurred",
                     location=Place("Karachi", country="PAK"), event_ids=[E2.event_id])
    assert store.upsert_incidents([inc, other]) == 2
    inc.n_articles = 3  # an update replaces the stored incident
    store.upsert_incidents([inc])
    got = {i.incident_id: i for i in store.incidents()}
    assert got["i1"].to_dict() == replace(inc, date=incident_date(inc)).to_dict() and got["i1"].n_articles == 3
    assert [i.incident_id for i in store.incidents(country="PAK")] == ["i2"]
    assert [i.incident_id for i in store.incidents(type="ASSAULT", since="2025-03-01")] == ["i1"]
    assert store.set_incident_ids({E1.event_id: "i1", E2.event_id: "i2"}) == 2
    assert [e.event_id for e in store.events(incident_id="i1")] == [E1.event_id]
    assert {e.event_id: e.incident_id for e in store.events()}[E3.event_id] is None
    assert store.counts()["incidents"] == 2


def test_stats(store):
    load(store)
    by_type = {r["key"]: r["n"] for r in store.stats("type")}
    assert by_type == {"ASSAULT": 1, "COERCE": 1, "PROTEST": 1}
    assert {r["key"]: r["n"] for r in store.stats("country")} == {"AFG": 1, "PAK": 1, None: 1}
    assert {r["key"]: r["n"] for r in store.stats("day")} == {"2025-03-03": 1, "2025-04-01": 1, "2025-04-10": 1}
    assert {r["key"]: r["n"] for r in store.stats("month", country="PAK")} == {"2025-04": 1}
    with pytest.raises(ValueError):
        store.stats("colour")


def test_errors_are_stored_once(store):
    errs = [{"origin": "in/a.jsonl", "line": 3, "kind": "json", "reason": "malformed JSON"},
            {"origin": "in/b.txt", "line": None, "kind": "empty", "reason": "empty file"}]
    store.add_errors(errs, run_id="r1")
    store.add_errors(errs, run_id="r2")
    rows = store.errors()
    assert len(rows) == 2 and store.counts()["errors"] == 2
    assert {(r["origin"], r["line"], r["kind"]) for r in rows} == {("in/a.jsonl", 3, "json"), ("in/b.txt", None, "empty")}


def test_runs(store):
    run = store.start_run(["news/"])
    store.finish_run(run, {"articles": 5, "events": 7, "errors": 1})
    row = store._fetch("SELECT articles, events, errors, status FROM runs")[0]
    assert row == {"articles": 5, "events": 7, "errors": 1, "status": "done"}


def test_one_batch_holding_the_same_article_twice_stores_it_once(store):
    # a feed and a crawl of the same story handed to the store in one call
    copy = Article(id="a1-copy", text=A1.text, published="2025-03-04")
    got = store.add_articles_with_events([(A1, [E1]), (copy, [ev(copy, 0, 72, "ASSAULT", "firearms")])])
    assert got == {"articles": 1, "events": 1, "skipped": 1}
    assert [a["article_id"] for a in store.articles()] == ["a1"]
    # the same URL, or the same id, twice in one call
    by_url = Article(id="a3", text="A mortar round hit a school in the district.", url="https://x.example/s")
    url_again = Article(id="a4", text="Another text, same page.", url="https://x.example/s")
    id_again = Article(id="a3", text="The same id with other words.")
    got = store.add_articles_with_events([(by_url, []), (url_again, []), (id_again, [])])
    assert got == {"articles": 1, "events": 0, "skipped": 2}
    assert store.counts()["articles"] == 2


def test_an_event_handed_over_twice_in_one_batch_is_stored_once(store):
    got = store.add_articles_with_events([(A2, [E2, E2, E3])])
    assert got == {"articles": 1, "events": 2, "skipped": 0}
    assert store.articles()[0]["n_events"] == 2


def test_article_filters_until_text_in_title_and_paging(store):
    load(store)
    assert [a["article_id"] for a in store.articles(until="2025-03-31")] == ["a1"]
    assert [a["article_id"] for a in store.articles(until="2025-04-10T23:59:00")] == ["a2", "a1"]
    assert [a["article_id"] for a in store.articles(since="2025-04-10T08:00:00")] == ["a2"]
    assert [a["article_id"] for a in store.articles(since="2025-03-01", until="2025-03-31")] == ["a1"]
    assert [a["article_id"] for a in store.articles(text="VILLAGE ATTACK")] == ["a1"]   # the title
    assert [a["article_id"] for a in store.articles(limit=1)] == ["a2"]
    assert [a["article_id"] for a in store.articles(limit=1, offset=1)] == ["a1"]
    assert [a["article_id"] for a in store.articles(limit=None)] == ["a2", "a1"]
    assert store.articles(country="AFG", type="COERCE") == []


def test_many_keys_are_looked_up_in_chunks(store):
    load(store)
    ids = [f"missing-{k}" for k in range(2500)] + ["a2"]
    assert store.known_articles(ids=ids) == {"a2"}
    assert store.known_articles(hashes=["", A1.content_hash, A1.content_hash]) == {A1.content_hash}


def test_error_rows_keep_their_run_and_page(store):
    base = {"origin": "in/a.jsonl", "kind": "json", "reason": "malformed JSON"}
    errs = [{**base, "line": 1}, {**base, "line": 2}, {**base, "line": 2, "kind": "empty"},
            {**base, "line": 2, "reason": "other reason"}, {**base, "line": 2, "origin": "in/b.jsonl"},
            {**base, "line": 9, "run_id": "own-run"}]
    assert store.add_errors(errs, run_id="r1") == 6       # one row per origin, line, kind, reason
    assert store.counts()["errors"] == 6
    assert [e["line"] for e in store.errors(run_id="own-run")] == [9]
    assert len(store.errors(run_id="r1")) == 5 and len(store.errors(limit=2)) == 2
    first, second = store.errors(limit=1), store.errors(limit=1, offset=1)
    assert first != second and first[0]["run_id"] in ("r1", "own-run")


def test_stats_of_incidents_and_bad_requests(store):
    load(store)
    inc = Incident(incident_id="i1", event_type="ASSAULT", mode="firearms", status="occurred",
                   location=Place("Kunar", name="Kunar", country="AFG"), event_ids=[E1.event_id])
    store.upsert_incidents([inc])
    assert [(r["key"], r["n"]) for r in store.stats("country", what="incidents")] == [("AFG", 1)]
    with pytest.raises(ValueError, match="what must be"):
        store.stats("type", what="people")
    with pytest.raises(ValueError, match="choose one of"):
        store.stats("colour")


def test_a_run_records_its_inputs_and_a_failed_status(store):
    run = store.start_run(["news/", "feeds.txt"])
    row = store._fetch("SELECT run_id, inputs, status, finished_at FROM runs")[0]
    assert (row["run_id"], json.loads(row["inputs"]), row["status"], row["finished_at"]) == \
        (run, ["news/", "feeds.txt"], "running", None)
    store.finish_run(run, {"articles": 2}, status="failed")
    row = store._fetch("SELECT articles, events, errors, status FROM runs")[0]
    assert row == {"articles": 2, "events": 0, "errors": 0, "status": "failed"}
    assert store.counts()["runs"] == 1


def test_iterating_in_pages_stops_after_an_exact_last_page(store):
    load(store)
    assert len(list(store.iter_events(batch_size=3))) == 3
    assert len(list(store.iter_events(batch_size=2, type="ASSAULT"))) == 1
    store.upsert_incidents([Incident(incident_id=f"i{k}", event_type="ASSAULT", mode="firearms",
                                     status="occurred") for k in range(5)])
    assert sorted(i.incident_id for i in store.iter_incidents(batch_size=2)) == [f"i{k}" for k in range(5)]


def test_one_batch_repeating_its_first_article_after_another(store):
    copy = Article(id="a1-again", text=A1.text)
    got = store.add_articles_with_events([(A1, [E1]), (A2, [E2, E3]), (copy, [])])
    assert got == {"articles": 2, "events": 3, "skipped": 1}


def test_actors_and_places_of_each_event_are_stored(store):
    load(store)
    actors = store._fetch("SELECT event_id, role, text, kind FROM actors ORDER BY event_id, role")
    assert {(a["event_id"], a["role"], a["text"], a["kind"]) for a in actors} == {
        (E1.event_id, "actor", "Gunmen", None), (E1.event_id, "recipient", "six farmers", "civilians"),
        (E2.event_id, "actor", "Police", None), (E2.event_id, "recipient", "40 people", "civilians")}
    places = store._fetch("SELECT event_id, name, country FROM places")
    assert {(p["event_id"], p["name"], p["country"]) for p in places} == {
        (E1.event_id, "Kunar", "AFG"), (E2.event_id, "Kunar", "PAK")}


def test_default_pages_hold_100_rows(store):
    arts = [(Article(id=f"p{k}", text=f"Report number {k} of a raid."),
             [ev(Article(id=f"p{k}", text=f"Report number {k} of a raid."), 0, 6, "COERCE", "raid")])
            for k in range(101)]
    store.add_articles_with_events(arts)
    store.add_errors([{"origin": "x", "line": k, "kind": "json", "reason": "bad"} for k in range(101)])
    store.upsert_incidents([Incident(incident_id=f"i{k}", event_type="COERCE", mode="raid",
                                     status="occurred") for k in range(101)])
    assert (len(store.events()), len(store.articles()), len(store.errors()), len(store.incidents())) == \
        (100, 100, 100, 100)
    assert len(store.events(limit=None)) == 101


def test_event_rows_carry_their_incident_and_incident_filters_use_incident_columns(store):
    load(store)
    inc = Incident(incident_id="i1", event_type="ASSAULT", mode="firearms", status="occurred",
                   actor=Actor("Gunmen", "Gunmen"), location=Place("Kunar", country="AFG"),
                   event_ids=[E1.event_id])
    store.upsert_incidents([inc])
    assert store.set_incident_ids({}) == 0
    store.set_incident_ids({E1.event_id: "i1"})
    assert {e.event_id: e.incident_id for e in store.events()}[E1.event_id] == "i1"
    assert [i.incident_id for i in store.incidents(actor="gunm")] == ["i1"]
    assert [(r["key"], r["n"]) for r in store.stats("type", what="incidents", actor="gunm")] == [("ASSAULT", 1)]
    assert [r["key"] for r in store.stats()] == ["ASSAULT", "COERCE", "PROTEST"]     # by type by default


def test_run_counts_default_to_zero_and_errors_have_a_time(store):
    run = store.start_run([])
    store.finish_run(run, {})
    row = store._fetch("SELECT articles, events, errors, status FROM runs")[0]
    assert row == {"articles": 0, "events": 0, "errors": 0, "status": "done"}
    store.add_errors([{"origin": "x", "line": 1, "kind": "json", "reason": "bad"}])
    assert store.errors()[0]["created_at"] is not None
    with pytest.raises(ValueError, match="choose one of day, month, year"):
        store.stats("colour")


def test_articles_remember_the_run_that_stored_them(store):
    store.add_articles_with_events([(A1, [E1])], run_id="run-7")
    assert store.articles()[0]["run_id"] == "run-7"
