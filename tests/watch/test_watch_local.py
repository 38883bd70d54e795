"""Watching folders, URL lists and local feed files; what a source argument is taken
for; alert rules fired by a poll."""
from __future__ import annotations

import json
import os

import pytest

from feeds import EVERY, STORIES, feed, publish, rss
from polybius.watch import parse_rule, parse_source

RAID = ("Soldiers arrested three suspected militants in a raid in Quetta, Pakistan, on "
        "Wednesday, the army said.\n\nThe army said the suspects were planning attacks.\n")
AMBUSH = ("Gunmen killed six soldiers in an ambush near Gao, Mali, on Monday, the army said.\n\n"
          "The soldiers were escorting a supply convoy.\n")


def test_what_a_source_argument_is_taken_for(tmp_path):
    (tmp_path / "drop").mkdir()
    (tmp_path / "world.rss").write_text("<rss/>")
    (tmp_path / "urls.txt").write_text("https://example.org/a\n")
    assert parse_source("https://example.org/feed").kind == "feed"
    assert parse_source(str(tmp_path / "drop")) == parse_source(str(tmp_path / "drop") + "/")
    assert parse_source(str(tmp_path / "drop")).kind == "folder"
    assert parse_source(str(tmp_path / "world.rss")).kind == "feed"
    assert parse_source(str(tmp_path / "urls.txt")).kind == "urls"
    with pytest.raises(ValueError, match="not a URL, a folder or a file"):
        parse_source(str(tmp_path / "nothing-here"))


def test_a_folder_is_read_for_new_and_changed_files(tmp_path, make_watcher, clock):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "raid.txt").write_text(RAID)
    (drop / ".partial.txt").write_text(AMBUSH)  # hidden: still being written
    w = make_watcher([str(drop)])
    first = w.poll_once().sources[0]
    assert (first.listed, first.new, first.stored) == (1, 1, 1)

    clock.advance(EVERY)
    (drop / ".partial.txt").rename(drop / "ambush.txt")
    second = w.poll_once().sources[0]
    assert (second.listed, second.new, second.stored) == (2, 1, 1)

    clock.advance(EVERY)
    assert w.poll_once().sources[0].new == 0  # nothing changed: nothing read

    clock.advance(EVERY)
    (drop / "raid.txt").write_text(RAID.replace("three", "four"))  # an updated report
    changed = w.poll_once().sources[0]
    assert (changed.new, changed.stored) == (1, 1)
    counts = sorted(e.counts.arrested.value for e in w.store.events(limit=None, type="COERCE"))
    assert counts == [3, 4]

    clock.advance(EVERY)
    stat = (drop / "ambush.txt").stat()
    os.utime(drop / "ambush.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # touched only
    touched = w.poll_once().sources[0]
    assert (touched.new, touched.stored) == (1, 0)  # read again, same text: not stored twice
    assert w.store.counts()["articles"] == 3


def test_a_url_list_fetches_each_url_once_and_says_which_lines_are_not_urls(tmp_path, site, make_watcher, clock):
    for path in STORIES:
        publish(site, path)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# reports to follow\n{site.base}/sahel/mogadishu\nnot a url\n\n"
                       f"{site.base}/coast/quetta  # the raid\n")
    w = make_watcher([str(listing)])
    assert w.poll_once().stored == 2
    bad = [e for e in w.store.errors() if e["kind"] == "unsupported"]
    assert [(e["line"], e["reason"]) for e in bad] == [(3, "not an http(s) URL: 'not a url'")]

    clock.advance(EVERY)
    with listing.open("a") as fh:
        fh.write(f"{site.base}/sahel/kano\n")
    report = w.poll_once().sources[0]
    assert (report.new, report.stored) == (1, 1)
    assert [site.hits(p) for p in ("/sahel/mogadishu", "/coast/quetta", "/sahel/kano")] == [1, 1, 1]


def test_a_local_feed_file_is_watched_like_a_remote_one(tmp_path, site, make_watcher):
    publish(site, "/coast/quetta")
    path = tmp_path / "world.xml"
    path.write_bytes(rss(site, "Coast Ledger", [("/coast/quetta", "Raid")]))
    w = make_watcher([str(path)])
    assert w.poll_once().stored == 1
    assert w.store.articles(limit=None)[0]["source"] == "Coast Ledger"  # the page's site name


def test_alert_rules_fire_once_when_a_poll_brings_a_matching_incident(tmp_path, site, make_watcher, clock):
    alerts = tmp_path / "alerts.jsonl"
    sahel = feed(site, "/sahel.rss", "Sahel Courier", ["/sahel/maiduguri", "/sahel/mogadishu"])
    w = make_watcher([sahel], rules=[parse_rule("country=NGA killed>=10")], alerts_file=alerts)
    report = w.poll_once()
    assert [(a["place"], a["killed"]) for a in report.alerts] == [("Maiduguri", 12)]
    clock.advance(EVERY)
    feed(site, "/sahel.rss", "Sahel Courier", ["/coast/maiduguri", "/sahel/maiduguri"])
    assert w.poll_once().alerts == []  # the same incident grew: it alerted already
    lines = [json.loads(line) for line in alerts.read_text().splitlines()]
    assert len(lines) == 1 and lines[0]["country"] == "NGA" and lines[0]["rule"] == "country=NGA killed>=10"
    assert w.status()["alerts"] == lines and w.status()["rules"] == ["country=NGA killed>=10"]


def test_a_bad_line_of_a_url_list_is_reported_once_not_every_poll(tmp_path, make_watcher, clock):
    listing = tmp_path / "urls.txt"
    listing.write_text("ftp://example.org/a\n")
    w = make_watcher([str(listing)])
    for _ in range(3):
        w.poll_once()
        clock.advance(EVERY)
    assert w.store.counts()["runs"] == 1 and len(w.store.errors()) == 1
