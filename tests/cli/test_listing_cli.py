"""Listings say when they are not everything ("50 of 60 events shown; --limit N or
--all"), `--all` shows everything, and `polybius errors` reads the errors table."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.cli.render import date_cell
from polybius.records import Article, ArticleRef, DateValue, Event, Evidence, Incident, Place


def _article(i: int) -> tuple[Article, list[Event]]:
    art = Article(id=f"a{i}", text=f"Police arrested {i} people in Kano.", source="Kano Daily",
                  published=f"2025-03-{1 + i % 28:02d}")
    ref = ArticleRef(id=art.id, source=art.source, published=art.published)
    sentence = art.text
    ev = Event(event_id=f"{i:040d}", article=ref, event_type="COERCE", mode="arrest",
               evidence=Evidence(sentence, 0, len(sentence)),
               location=Place("Kano", name="Kano", country="NGA", lat=12.0, lon=8.5, precision="city"))
    return art, [ev]


def _fill(store, n: int = 60) -> None:
    store.add_articles_with_events([_article(i) for i in range(n)])
    store.upsert_incidents([Incident(incident_id=f"i{i}", event_type="COERCE", mode="arrest",
                                     status="occurred", first_reported="2025-03-02") for i in range(55)])
    store.add_errors([{"origin": f"feed{i}.jsonl", "line": i + 1, "kind": "json",
                       "reason": f"line {i + 1}: invalid JSON"} for i in range(3)], run_id="run1")
    store.close()


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_events_articles_incidents_announce_their_limit(store, store_url):
    _fill(store)
    for what, total in (("events", 60), ("articles", 60), ("incidents", 55)):
        result = run(what, "--db", store_url)
        assert result.exit_code == 0, result.output
        assert f"50 of {total} {what} shown; --limit N or --all" in result.stderr
        result = run(what, "--db", store_url, "--format", "jsonl", "--limit", "5")
        assert len(result.stdout.splitlines()) == 5  # stdout stays pure JSONL
        assert f"5 of {total} {what} shown" in result.stderr
        result = run(what, "--db", store_url, "--format", "jsonl", "--all")
        assert len(result.stdout.splitlines()) == total and "shown" not in result.stderr
        result = run(what, "--db", store_url, "--format", "jsonl", "--offset", "50")
        assert f"51-{total} of {total} {what} shown" in result.stderr


def test_no_announcement_when_everything_is_shown(store, store_url):
    _fill(store, n=3)
    result = run("events", "--db", store_url)
    assert result.exit_code == 0 and "shown" not in result.stderr and "3 of 3 events" in result.stdout


def test_errors_command_lists_the_errors_table(store, store_url):
    _fill(store, n=1)
    result = run("errors", "--db", store_url)
    assert result.exit_code == 0, result.output
    assert "feed0.jsonl" in result.stdout and "invalid JSON" in result.stdout and "3 of 3 errors" in result.stdout
    result = run("errors", "--db", store_url, "--format", "jsonl", "--limit", "2")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["origin"] for r in rows] == ["feed0.jsonl", "feed1.jsonl"] and rows[0]["kind"] == "json"
    assert "2 of 3 errors shown" in result.stderr
    assert "no errors recorded for run other" in run("errors", "--db", store_url, "--run", "other").stdout


def test_events_table_marks_dates_taken_from_publication(store, store_url):
    _fill(store, n=1)
    result = run("events", "--db", store_url, "--format", "jsonl")
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["date"] == {"text": None, "value": "2025-03-01", "precision": "week", "basis": "published"}
    assert "2025-03-01 (pub.)" in run("events", "--db", store_url).stdout


@pytest.mark.parametrize("basis,mark", [("published", " (pub.)"), ("main", " (main)"),
                                        ("statement", " (said)"), ("text", "")])
def test_date_cell_marks_every_stand_in_day(basis, mark):
    date = DateValue(text=None if basis != "text" else "on Monday", value="2025-03-01", precision="day", basis=basis)
    assert date_cell(date, background=False) == "2025-03-01" + mark
