"""`polybius incidents --id`: one incident with how each count was reported, which
outlets carried it (wire copies marked) and where later articles mention it."""
from __future__ import annotations

import json

from click.testing import CliRunner

from incident_reports import kabul_coverage
from polybius.cli.main import cli
from polybius.fuse.stored import fuse_store


def fill(store) -> str:
    store.add_articles_with_events(kabul_coverage())
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
