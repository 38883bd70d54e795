"""`polybius incidents --id`: one incident with how each count was reported, which
outlets carried it (wire copies marked) and where later articles mention it."""
from __future__ import annotations

import json

from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.fuse.stored import fuse_store
from polybius.records import (Article, ArticleRef, Count, Counts, DateValue, Event, Evidence,
                              Place)

KABUL = Place("Kabul", "Kabul", "Kabul", "AFG", 34.53, 69.17, None, "city")
WIRE = "A suicide bomber killed 62 people at a Kabul market on Tuesday, police said."


def report(aid, source, published, text, killed, qualifier="exact", background=False,
           date=None):
    art = Article(aid, text + f" ({source})", published=published, source=source)
    event = Event(event_id=f"ev-{aid}", article=ArticleRef(aid, None, None, source, published),
                  event_type="ASSAULT", mode="unspecified" if background else "suicide_bomb",
                  evidence=Evidence(text, 0, len(text)), background=background,
                  date=date or DateValue("on Tuesday", "2025-03-04", "day"), location=KABUL,
                  counts=Counts(killed=Count(killed, qualifier) if killed is not None else None))
    return art, [event]


def fill(store) -> str:
    store.add_articles_with_events([
        report("a1", "Kabul Times", "2025-03-04",
               "A suicide bomber killed at least 40 people at a Kabul market on Tuesday.", 40,
               "at_least"),
        report("a2", "AFP", "2025-03-05", WIRE, 62),
        report("a3", "Dawn", "2025-03-05", WIRE, 62),
        report("a4", "Tolo", "2025-03-07",
               "The toll of Tuesday's suicide bombing at a Kabul market rose to 78.", 78),
        report("m1", "Khaama", "2025-04-20",
               "Relatives of the victims of last month's market attack protested.", None,
               background=True, date=DateValue("last month", "2025-03", "month")),
    ])
    fuse_store(store)
    (inc,) = [i for i in store.incidents() if not i.background]
    store.close()
    return inc.incident_id


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_one_incident_in_full(store, store_url):
    iid = fill(store)
    result = run("incidents", "--db", store_url, "--id", iid)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"incident {iid}" in out
    assert "78 (40–78)" in out                                  # estimate and range
    assert "3 independent of 4 outlets, 4 articles" in out
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "counts as reported" in line)
    order = [next(i for i, line in enumerate(lines) if i > start and figure in line)
             for figure in ("≥40", "62", "78")]
    assert order == sorted(order)                               # first reported first
    dawn = next(line for line in lines if "Dawn" in line and "a3" in line)
    assert "AFP" in dawn                                        # Dawn carried AFP's story
    mention = next(line for line in lines if "Khaama" in line)
    assert "m1" in mention and "2025-04-20" in mention


def test_one_incident_as_jsonl_and_a_missing_one(store, store_url):
    iid = fill(store)
    result = run("incidents", "--db", store_url, "--id", iid, "--format", "jsonl")
    record = json.loads(result.stdout)
    assert [e["value"] for e in record["counts_history"]["killed"]] == [40, 62, 78]
    result = run("incidents", "--db", store_url, "--id", "inc_nope")
    assert result.exit_code == 1 and "no incident 'inc_nope'" in result.stderr
    result = run("incidents", "--db", store_url, "--id", iid, "--country", "AFG")
    assert result.exit_code == 2 and "drop the filters" in result.stderr


def test_the_list_names_the_outlets(store, store_url):
    iid = fill(store)
    result = run("incidents", "--db", store_url)
    assert result.exit_code == 0, result.output
    assert iid in result.stdout and "3 / 4 art." in result.stdout
    assert "Dawn" in result.stdout and "(=AFP)" in result.stdout   # a wire copy, marked
