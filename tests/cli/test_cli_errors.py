"""What a user gets for bad options and unusable paths: one line on stderr and a
non-zero exit, never a traceback; and filters that filter."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.records import Article, ArticleRef, DateValue, Event, Evidence, Incident, Place
from polybius.store import open_store

TEXT = {"ng": "Gunmen attacked a village in Zamfara on Monday, killing nine people.",
        "tr": "Police detained twelve suspects in Ankara on Tuesday after a raid."}


def _event(eid, art, etype, day, country):
    return Event(eid, ArticleRef(art, published=day), etype, None,
                 Evidence(TEXT[art], 0, len(TEXT[art])),
                 date=DateValue(text="Monday", value=day, precision="day"),
                 location=Place(text=country, name=country, country=country))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "s.duckdb"
    store = open_store(path)
    store.add_articles_with_events([
        (Article("ng", TEXT["ng"], published="2025-03-03"), [_event("e-ng", "ng", "ASSAULT", "2025-03-03", "NGA")]),
        (Article("tr", TEXT["tr"], published="2025-06-10"), [_event("e-tr", "tr", "COERCE", "2025-06-10", "TUR")]),
    ])
    store.upsert_incidents([Incident(incident_id=f"i-{a}", event_type=t, mode="", status="occurred",
                                     event_ids=[f"e-{a}"],
                                     date=DateValue(text=None, value=d, precision="day"),
                                     location=Place(text=c, name=c, country=c))
                            for a, t, d, c in (("ng", "ASSAULT", "2025-03-03", "NGA"),
                                               ("tr", "COERCE", "2025-06-10", "TUR"))])
    store.set_incident_ids({"e-ng": "i-ng", "e-tr": "i-tr"})
    store.close()
    return str(path)


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line_error(res, code=None):
    assert res.exit_code != 0 if code is None else res.exit_code == code, res.output
    assert "Traceback" not in res.output
    errors = [ln for ln in res.output.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1, res.output
    return errors[0]


def ids(res):
    assert res.exit_code == 0, res.output
    rows = [json.loads(ln) for ln in res.output.splitlines()]
    return sorted(r["event_id"] if "event_id" in r else r["incident_id"] for r in rows)


@pytest.mark.parametrize("option, value, says", [
    ("--since", "notadate", "not an ISO date"),
    ("--until", "2025-13-45", "not a real date"),
    ("--type", "BOMB", "BOMB"),
    ("--country", "Atlantis", "unknown country"),
    ("--status", "rumoured", "rumoured"),
])
@pytest.mark.parametrize("command", ["events", "incidents", "articles"])
def test_bad_filter_values_are_usage_errors(db, command, option, value, says):
    line = one_line_error(invoke(command, "--db", db, option, value), code=2)
    assert says in line


def test_since_after_until_is_refused(db):
    assert "after" in one_line_error(invoke("events", "--db", db, "--since", "2025-07", "--until", "2025-01"), code=2)


@pytest.mark.parametrize("country", ["NG", "ng", "NGA", "Nigeria"])
def test_country_alpha2_alpha3_and_name_filter_the_same(db, country):
    assert ids(invoke("events", "--db", db, "--country", country, "--format", "jsonl")) == ["e-ng"]


def test_year_and_month_bounds_cover_the_whole_period(db):
    assert ids(invoke("events", "--db", db, "--until", "2025-03", "--format", "jsonl")) == ["e-ng"]
    assert ids(invoke("events", "--db", db, "--since", "2025", "--until", "2025", "--format", "jsonl")) == ["e-ng", "e-tr"]
    assert ids(invoke("events", "--db", db, "--type", "coerce", "--format", "jsonl")) == ["e-tr"]


def test_incident_text_and_article_filters_apply(db):
    assert ids(invoke("incidents", "--db", db, "--text", "Zamfara", "--format", "jsonl")) == ["i-ng"]
    assert ids(invoke("incidents", "--db", db, "--text", "nowhere", "--format", "jsonl")) == []
    store = open_store(db, read_only=True)
    try:
        assert [i.incident_id for i in store.incidents(article_id="tr")] == ["i-tr"]
    finally:
        store.close()


def test_store_in_use_by_another_process(db):
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb, time; c = duckdb.connect({db!r}); print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        for args in (("events", "--db", db), ("ingest", "--db", db, "-q", db)):
            line = one_line_error(invoke(*args), code=1)
            assert "in use by another process" in line and f"PID {holder.pid}" in line
    finally:
        holder.kill()
        holder.wait()


def test_db_that_is_not_duckdb_or_is_a_folder(tmp_path):
    junk = tmp_path / "notes.duckdb"
    junk.write_text("shopping list")
    for cmd in ("events", "incidents", "export"):
        extra = ("--format", "csv", "-o", tmp_path / "x.csv") if cmd == "export" else ()
        assert "not a DuckDB database" in one_line_error(invoke(cmd, "--db", junk, *extra), code=1)
    assert "not a DuckDB database" in one_line_error(invoke("ingest", "--db", junk, junk), code=1)
    folder = tmp_path / "dir.duckdb"
    folder.mkdir()
    assert "cannot open" in one_line_error(invoke("events", "--db", folder), code=1)


def test_read_commands_open_a_read_only_store(db, tmp_path):
    ro = tmp_path / "ro.duckdb"
    ro.write_bytes(open(db, "rb").read())
    ro.chmod(0o444)
    try:
        assert ids(invoke("events", "--db", ro, "--format", "jsonl")) == ["e-ng", "e-tr"]
    finally:
        ro.chmod(0o644)


def test_export_to_an_unwritable_path(db, tmp_path):
    line = one_line_error(invoke("export", "--db", db, "--format", "csv", "-o", tmp_path / "no" / "x.csv"), code=1)
    assert "does not exist" in line
    line = one_line_error(invoke("export", "--db", db, "--format", "csv", "-o", "/proc/version"), code=1)
    assert "cannot write /proc/version" in line


def test_serve_port_out_of_range(db):
    assert "99999" in one_line_error(invoke("serve", "--db", db, "--port", "99999"), code=2)


def test_an_unexpected_error_is_one_line(db, monkeypatch):
    from polybius.store.sql import SqlStore

    def boom(self, **kw):
        raise KeyError("record")

    monkeypatch.setattr(SqlStore, "events", boom)
    line = one_line_error(invoke("events", "--db", db), code=1)
    assert "KeyError" in line and "POLYBIUS_DEBUG" in line
