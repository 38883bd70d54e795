"""``polybius watch`` against a local news site whose feeds change between polls: new
items, a removed item, an unchanged feed (304), broken, slow and missing feeds, a page
that cannot be fetched, and a restart. Expected values come from the invented stories
in ``feeds.py`` (what each report says), not from the code under test."""
from __future__ import annotations

import threading

import pytest

from fastapi.testclient import TestClient

from feeds import EVERY, RSS, STORIES, Page, feed, publish
from polybius.api import create_app
from polybius.store import open_store

def maiduguri(store):
    """The incident of the invented Maiduguri market attack (both outlets report it)."""
    found = [i for i in store.incidents(limit=None) if i.location and i.location.name == "Maiduguri"]
    assert len(found) == 1, found
    return found[0]


def test_new_items_are_stored_once_and_incidents_grow(site, make_watcher, clock):
    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri", "/sahel/mogadishu"])
    coast = feed(site, "/coast.rss", "Coast Ledger", [])
    w = make_watcher([sahel, coast])

    first = w.poll_once()
    assert [(s.ok, s.stored) for s in first.sources] == [(True, 2), (True, 0)]
    inc = maiduguri(w.store)
    assert inc.n_sources == 1 and inc.counts["killed"].value == 12

    # the second outlet reports the same attack; the first feed has not changed
    clock.advance(EVERY)
    feed(site, "/coast.rss", "Coast Ledger", ["/coast/maiduguri"])
    second = w.poll_once()
    assert [(s.source, s.not_modified, s.stored) for s in second.sources] == [
        (sahel, True, 0), (coast, False, 1)]
    assert site.answers("/sahel.rss") == [200, 304]
    updated = maiduguri(w.store)
    assert updated.incident_id == inc.incident_id  # the same incident, grown
    assert updated.n_sources == 2 and updated.n_articles == 2
    killed = updated.counts["killed"]
    assert (killed.low, killed.high) == (12, 14)
    assert second.incidents_updated >= 1

    # a new story appears, one disappears from the feed: only the new one is fetched
    clock.advance(EVERY)
    feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/kano", "/sahel/maiduguri"])
    third = w.poll_once()
    assert [s.stored for s in third.sources] == [1, 0]
    for page in ("/sahel/maiduguri", "/sahel/mogadishu", "/coast/maiduguri", "/sahel/kano"):
        assert site.hits(page) == 1, page
    titles = sorted(a["title"] for a in w.store.articles(limit=None))
    assert titles == sorted(STORIES[p][1] for p in STORIES if p != "/coast/quetta")  # the removed one stays


def test_failing_feeds_are_reported_backed_off_and_do_not_stop_the_others(site, make_watcher, clock):
    good = feed(site, "/good.rss", "Sahel Courier", ["/sahel/maiduguri"])
    site.pages["/broken.rss"] = Page(b"server trouble", status=500, ctype="text/plain")
    site.pages["/garbage.rss"] = Page(b"<html><body>we moved</body></html>")
    site.pages["/slow.rss"] = Page(site.pages["/good.rss"].body, ctype=RSS, delay=1.5)
    names = ["/broken.rss", "/garbage.rss", "/slow.rss", "/missing.rss"]
    w = make_watcher([site.base + n for n in names] + [good], timeout=0.4)

    report = w.poll_once()
    by = {s.source.removeprefix(site.base): s for s in report.sources}
    assert by["/good.rss"].ok and by["/good.rss"].stored == 1
    assert by["/broken.rss"].error == "HTTP 500 Internal Server Error"
    assert by["/garbage.rss"].error.startswith("not an RSS/Atom feed")
    assert by["/slow.rss"].error == "timed out after 0.4 s"
    assert by["/missing.rss"].error == "HTTP 404 Not Found"
    errors = {e["origin"].removeprefix(site.base): e for e in w.store.errors()}
    assert set(errors) == set(names) and {e["kind"] for e in errors.values()} == {"fetch"}
    status = {s["source"].removeprefix(site.base): s for s in w.status()["sources"]}
    assert status["/broken.rss"]["failures"] == 1 and status["/good.rss"]["failures"] == 0
    assert status["/broken.rss"]["last_error"] == "HTTP 500 Internal Server Error"

    # one interval later only the good feed is due: failing ones wait twice as long
    clock.advance(EVERY)
    assert [s.source for s in w.poll_once().sources] == [good]
    assert site.answers("/broken.rss") == [500]
    clock.advance(EVERY)
    polled = {s.source for s in w.poll_once().sources}
    assert site.base + "/broken.rss" in polled and site.answers("/broken.rss") == [500, 500]
    assert w.source_state(site.base + "/broken.rss").failures == 2  # next wait: 4 intervals
    clock.advance(3 * EVERY)
    assert site.base + "/broken.rss" not in {s.source for s in w.poll_once().sources}

    # the feed is repaired: it is polled when due, its story stored, its failures cleared
    feed(site, "/broken.rss", "Coast Ledger", ["/coast/quetta"])
    clock.advance(EVERY)
    report = w.poll_once()
    fixed = [s for s in report.sources if s.source == site.base + "/broken.rss"]
    assert fixed and fixed[0].ok and fixed[0].stored == 1
    assert w.source_state(site.base + "/broken.rss").failures == 0
    assert "Quetta" in {e.location.name for e in w.store.events(limit=None) if e.location}


def test_a_restart_resumes_without_fetching_anything_twice(site, make_watcher, clock, db):
    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri", "/sahel/mogadishu"])
    first = make_watcher([sahel])
    assert first.poll_once().stored == 2
    first.store.close()
    etag = [h for p, status, h in site.log if p == "/sahel.rss"]

    # while stopped, the feed gains a story; a new process picks up from the store
    feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/kano", "/sahel/maiduguri", "/sahel/mogadishu"])
    again = make_watcher([sahel])
    assert again.poll_once().sources == []  # not due yet: the last poll is remembered
    clock.advance(EVERY)
    report = again.poll_once()
    assert report.stored == 1
    assert site.hits("/sahel/kano") == 1 and site.hits("/sahel/maiduguri") == 1
    assert site.hits("/sahel/mogadishu") == 1
    sent = [h for p, status, h in site.log if p == "/sahel.rss"][-1]
    assert sent.get("If-None-Match")  # the ETag of the first run was kept
    assert len(etag) == 1 and "If-None-Match" not in etag[0]
    clock.advance(EVERY)
    assert again.poll_once().sources[0].not_modified
    assert again.store.counts()["articles"] == 3


def test_the_same_link_in_two_feeds_is_fetched_once(site, make_watcher):
    a = feed(site, "/a.rss", "Sahel Courier", ["/sahel/mogadishu"])
    b = feed(site, "/b.rss", "Another Wire", ["/sahel/mogadishu"])
    w = make_watcher([a, b])
    report = w.poll_once()
    assert [s.new for s in report.sources] == [1, 0]
    assert site.hits("/sahel/mogadishu") == 1


def test_a_page_that_cannot_be_fetched_is_retried_then_given_up(site, make_watcher, clock):
    url = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/kano"])
    del site.pages["/sahel/kano"]  # the feed links to a page that is gone
    w = make_watcher([url])
    for _ in range(4):
        w.poll_once()
        site.pages["/sahel.rss"].body += b" "  # a changed feed: no 304, the item is listed again
        clock.advance(EVERY)
    assert site.answers("/sahel/kano") == [404, 404, 404]  # MAX_ATTEMPTS, then no more
    errors = [e for e in w.store.errors() if e["origin"].endswith("/sahel/kano")]
    assert len(errors) == 1 and "404" in errors[0]["reason"]
    assert w.store.counts()["articles"] == 0


def test_feed_text_mode_reads_entries_without_fetching_pages(site, make_watcher):
    site.pages["/text.rss"] = Page(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        b"<item><title>Raid in Quetta</title><link>http://127.0.0.1:9/never</link>"
        b"<description>Soldiers arrested three suspected militants in a raid in Quetta, "
        b"Pakistan, on Wednesday, the army said.</description></item></channel></rss>", ctype=RSS)
    w = make_watcher([site.base + "/text.rss"], feed_text=True)
    assert w.poll_once().stored == 1
    (event,) = w.store.events(limit=None)
    assert event.event_type == "COERCE" and event.counts.arrested.value == 3


def test_the_api_shows_new_items_while_watching(site, make_watcher, db):
    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri", "/sahel/mogadishu"])
    lock = threading.Lock()
    w = make_watcher([sahel, site.base + "/missing.rss"], write_lock=lock)
    api_store = open_store(db)  # the server's own connection, as `watch --serve` opens it
    try:
        with TestClient(create_app(api_store, watch_status=w.status, write_lock=lock)) as client:
            before = client.get("/changes").json()
            assert before["articles"] == 0 and before["latest"] is None
            w.poll_once()
            got = client.get("/changes", params={"since": before["latest"]} if before["latest"] else {}).json()
            assert (got["articles"], got["events"], got["incidents"]) == (2, 2, 2)
            places = {i["location"]["name"] for i in client.get("/incidents").json()["items"]}
            assert places == {"Maiduguri", "Mogadishu"}
            assert client.get("/changes", params={"since": got["latest"]}).json()["articles"] == 0
            status = client.get("/watch").json()
            assert status["watching"] is True and status["cycles"] == 1
            rows = {s["source"]: s for s in status["sources"]}
            assert rows[sahel]["articles"] == 2 and rows[sahel]["failures"] == 0
            assert rows[site.base + "/missing.rss"]["last_error"] == "HTTP 404 Not Found"
            assert client.get("/changes", params={"since": "yesterday"}).status_code == 422
    finally:
        api_store.close()


def test_a_plain_server_shows_what_earlier_watches_left(site, make_watcher, db):
    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/mogadishu"])
    w = make_watcher([sahel])
    w.poll_once()
    w.store.close()
    store = open_store(db)
    try:
        with TestClient(create_app(store)) as client:
            status = client.get("/watch").json()
    finally:
        store.close()
    assert status["watching"] is False
    assert [(s["source"], s["articles"]) for s in status["sources"]] == [(sahel, 1)]


@pytest.mark.postgres
def test_with_postgresql_watch_and_a_plain_ingest_work_at_once(site, make_watcher, pg_cluster, tmp_path):
    from click.testing import CliRunner

    from pg_cluster import fresh_database
    from polybius.cli.main import cli

    url = fresh_database(pg_cluster)
    w = make_watcher([feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri"])], url=url)
    assert w.poll_once().stored == 1  # the watcher's connection stays open
    (tmp_path / "raid.txt").write_text(STORIES["/coast/quetta"][2][0])
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "raid.txt"), "--db", url, "-q"])
    assert res.exit_code == 0, res.output
    assert w.store.counts()["articles"] == 2


def test_relative_links_are_read_relative_to_the_feed(site, make_watcher):
    publish(site, "/coast/quetta")
    site.pages["/desk/feed.rss"] = Page(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        b"<item><title>Raid</title><link>/coast/quetta</link></item></channel></rss>", ctype=RSS)
    w = make_watcher([site.base + "/desk/feed.rss"])
    assert w.poll_once().stored == 1
    assert site.hits("/coast/quetta") == 1
    assert w.store.articles(limit=None)[0]["url"] == site.base + "/coast/quetta"
