"""`polybius watch` from the command line: strict options (one line, no traceback),
one poll with --once, and a DuckDB file held by a watching server: `polybius ingest`
says so in one line with the way that works, and that way works."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from polybius.cli.main import cli
from polybius.store import open_store

RAID = ("Soldiers arrested three suspected militants in a raid in Quetta, Pakistan, on "
        "Wednesday, the army said.\n")
POLYBIUS = [sys.executable, "-c", "from polybius.cli.main import main; main()"]
AMBUSH = "Gunmen killed six soldiers in an ambush near Gao, Mali, on Monday, the army said.\n"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line_error(res) -> str:
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), res.output
    return lines[0]


@pytest.mark.parametrize("args, says", [
    (("--every", "10"), "--every: '10' is not an interval"),
    (("--every", "1.5h"), "--every: '1.5h' is not an interval"),
    (("--every", "0s"), "--every: '0s' is out of range"),
    (("--alert", "country=NGA killed>=ten"), "--alert: alert 'country=NGA killed>=ten': killed needs a number"),
    (("--alert", "dead>3"), "unknown field 'dead'"),
    (("--once", "--cycles", "3"), "--once and --cycles: give one"),
    (("--alerts-file", "a.jsonl"), "--alerts-file: no --alert rule"),
])
def test_bad_options_fail_in_one_line(tmp_path, args, says):
    line = one_line_error(invoke("watch", tmp_path, "--db", tmp_path / "w.duckdb", *args))
    assert says in line
    assert not (tmp_path / "w.duckdb").exists()  # refused before anything was opened


def test_a_source_that_does_not_exist_fails_in_one_line(tmp_path):
    line = one_line_error(invoke("watch", tmp_path / "nowhere", "--db", tmp_path / "w.duckdb"))
    assert "nowhere: not a URL, a folder or a file" in line


def test_once_polls_each_due_source_one_time(tmp_path, pipeline):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "raid.txt").write_text(RAID)
    db = tmp_path / "w.duckdb"
    res = invoke("watch", drop, "--once", "--every", "1h", "--db", db)
    assert res.exit_code == 0, res.output
    assert "1 folder every 1h" in res.output
    assert "cycle 1 · 1 source polled · 1 articles stored" in res.output
    assert "next poll" not in res.output  # it stops after the one cycle
    again = invoke("watch", drop, "--once", "--every", "1h", "--db", db)
    assert "cycle 1 · no source due · 0 articles stored" in again.output
    store = open_store(db)
    try:
        assert store.counts()["articles"] == 1 and not Path(f"{db}.holder.json").exists()
    finally:
        store.close()


def _holder(db: Path, note: dict | None):
    """A process that holds ``db`` (and leaves ``note`` as polybius serve/watch would)."""
    code = ("import duckdb, json, os, sys, time; c = duckdb.connect(sys.argv[1]); "
            "note = json.loads(sys.argv[2]); "
            "note and open(sys.argv[1] + '.holder.json', 'w').write(json.dumps({**note, 'pid': os.getpid()})); "
            "print('ok', flush=True); time.sleep(30)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), json.dumps(note)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ok"
    return proc


def test_ingest_on_a_file_a_watch_holds_says_what_works(tmp_path):
    db = tmp_path / "w.duckdb"
    open_store(db).close()
    proc = _holder(db, {"command": "watch", "api": "http://127.0.0.1:8123/", "writes": True,
                        "token_env": "MY_TOKEN", "folders": ["/data/drop"]})
    try:
        line = one_line_error(invoke("ingest", tmp_path, "--db", db))
    finally:
        proc.kill()
        proc.wait()
    assert f"is held by `polybius watch` (PID {proc.pid})" in line
    assert 'curl -H "Authorization: Bearer $MY_TOKEN" -F file=@ARTICLE.txt http://127.0.0.1:8123/articles' in line
    assert "put files into the folder it watches (/data/drop)" in line and "or stop it" in line


def test_a_server_without_writes_and_a_stale_note(tmp_path):
    db = tmp_path / "w.duckdb"
    open_store(db).close()
    proc = _holder(db, {"command": "serve", "api": "http://127.0.0.1:8000/", "writes": False})
    try:
        line = one_line_error(invoke("ingest", tmp_path, "--db", db))
        assert "`polybius serve`" in line and "writes disabled" in line and "curl" not in line
    finally:
        proc.kill()
        proc.wait()
    # a note left by a killed process names a PID that does not hold the file: ignored
    Path(f"{db}.holder.json").write_text(json.dumps({"pid": 1, "command": "watch", "api": "http://x/"}))
    proc = _holder(db, None)
    try:
        line = one_line_error(invoke("ingest", tmp_path, "--db", db))
        assert f"in use by another process (PID {proc.pid}" in line and "http://x/" not in line
    finally:
        proc.kill()
        proc.wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, seconds: float, what: str, proc=None):
    """Until ``check()`` is true; fails at once, with its stderr, if ``proc`` has died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"polybius watch exited ({proc.returncode}): {proc.stderr.read()}")
        try:
            got = check()
            if got:
                return got
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.slow
def test_watch_serve_in_one_process_while_ingest_is_told_the_way(tmp_path):
    drop, db, port = tmp_path / "drop", tmp_path / "w.duckdb", _free_port()
    drop.mkdir()
    (drop / "raid.txt").write_text(RAID)
    env = {**os.environ, "POLYBIUS_API_TOKEN": "s3cret"}
    proc = subprocess.Popen([*POLYBIUS, "watch", str(drop), "--db", str(db),
                             "--every", "1s", "--serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        # generous: spaCy loads in a fresh process, on a machine CI may share
        _wait(lambda: httpx.get(f"{base}/changes").json()["articles"] == 1, 240, "the first poll", proc)
        (drop / "ambush.txt").write_text(AMBUSH)  # dropped while the dashboard is open
        _wait(lambda: httpx.get(f"{base}/changes").json()["articles"] == 2, 120, "the dropped file", proc)
        status = httpx.get(f"{base}/watch").json()
        assert status["watching"] and status["sources"][0]["source"] == str(drop.resolve())

        ingest = subprocess.run([*POLYBIUS, "ingest", str(tmp_path / "x.txt"),
                                 "--db", str(db)], capture_output=True, text=True, env=env)
        assert ingest.returncode == 1 and "Traceback" not in ingest.stderr
        lines = ingest.stderr.strip().splitlines()
        assert len(lines) == 1 and f"held by `polybius watch` (PID {proc.pid})" in lines[0]
        assert f"{base}/articles" in lines[0]
        # the way it offers works: POST through the running server
        posted = httpx.post(f"{base}/articles", headers={"Authorization": "Bearer s3cret"},
                            json={"text": "Police arrested five suspects in Kano, Nigeria, on Friday, "
                                          "a police spokesman said.", "published": "2026-11-27"})
        assert posted.status_code == 201, posted.text
        assert httpx.get(f"{base}/changes").json()["articles"] == 3
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "cycle 1" in err
    assert not Path(f"{db}.holder.json").exists()
    store = open_store(db)  # released: a plain command opens it again
    try:
        assert store.counts()["articles"] == 3
    finally:
        store.close()
