"""Reliability: polybius used as a hostile user would (issue 17), one case at a time,
then 3,000 mixed inputs; prints one table and writes bench/results/reliability.{json,md}.

    .venv/bin/python bench/reliability.py                  # everything (~10 minutes)
    .venv/bin/python bench/reliability.py --quick          # 600 mixed inputs
    .venv/bin/python bench/reliability.py --src OLD/src    # the same cases on other code

Every run of polybius is a subprocess (the CLI, `polybius serve`, `ingest --jobs 2`), so
what is counted is what a user sees: a traceback on stderr, a run that stops before its
inputs are read, a good article that is not in the store afterwards, a bad input with
no row in the errors table (or a kind other than the expected one), an HTTP answer
>= 500 or a dropped connection, a filter that answers exit 0 with an unfiltered or
empty result. Peak memory is each process's VmHWM (Linux /proc), polled every 0.2 s.
Good articles carry a unique reference code in their text, so "lost" means no stored
text holds the code. Inputs are written here from templates (bench/newsgen.py,
bench/generate.py); no real news text. `--src` puts another checkout's src/ first on
PYTHONPATH (how the "before" column of bench/README.md was measured).
"""
from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import duckdb

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
from generate import article as long_article  # noqa: E402
from newsgen import generate as short_articles  # noqa: E402

TOKEN = "bench-token"
FRENCH = ("La police a arrêté douze personnes soupçonnées de préparer un attentat dans la capitale, "
          "selon le parquet, qui a ouvert une enquête pour association de malfaiteurs lundi soir.")


class Env:
    """Where the runs happen and with which code."""

    def __init__(self, root: Path, src: str | None):
        self.root = root
        self.env = dict(os.environ)
        self.env.pop("POLYBIUS_DEBUG", None)
        if src:
            self.env["PYTHONPATH"] = str(Path(src).resolve())
        self.cli = [sys.executable, "-c", "from polybius.cli.main import main; main()"]

    def path(self, name: str) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def folder(self, name: str) -> Path:
        p = self.root / name
        p.mkdir(parents=True, exist_ok=True)
        return p


# -- measuring processes -----------------------------------------------------------------
def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            kids = [int(x) for x in fh.read().split()]
    except OSError:
        return []
    return kids + [g for k in kids for g in _children(k)]


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _is_python_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read()
    except OSError:
        return False
    return b"multiprocessing" in cmd and b"resource_tracker" not in cmd


def run(env: Env, args: list[str], *, stdin: bytes | None = None, timeout: float = 1200,
        as_nobody: bool = False) -> dict:
    """Run the CLI; its exit code, output, wall time and the peak memory of the main
    process and of its largest extraction worker."""
    cmd = env.cli + [str(a) for a in args]
    if as_nobody:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + cmd
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env.env, cwd=env.root)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    peak_main, peak_worker = 0.0, 0.0
    out: dict[str, bytes] = {}

    def drain(name, stream):
        out[name] = stream.read()

    threads = [threading.Thread(target=drain, args=(n, s)) for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in threads:
        t.start()
    while proc.poll() is None:
        peak_main = max(peak_main, _hwm_mb(proc.pid) or 0)
        for kid in _children(proc.pid):
            if _is_python_worker(kid):
                peak_worker = max(peak_worker, _hwm_mb(kid) or 0)
        if time.monotonic() - t0 > timeout:
            proc.kill()
        time.sleep(0.2)
    for t in threads:
        t.join()
    return {"code": proc.returncode, "stdout": out.get("out", b"").decode("utf-8", "replace"),
            "stderr": out.get("err", b"").decode("utf-8", "replace"),
            "seconds": round(time.monotonic() - t0, 1),
            "peak_main_mb": round(peak_main), "peak_worker_mb": round(peak_worker)}


def traceback_in(res: dict) -> bool:
    return "Traceback (most recent call last)" in res["stderr"] + res["stdout"]


def one_line_refusal(res: dict) -> bool:
    """Non-zero exit, no traceback, one 'Error:' line."""
    lines = [ln for ln in res["stderr"].splitlines() if ln.startswith("Error:")]
    return res["code"] != 0 and not traceback_in(res) and len(lines) == 1


# -- the store, read directly (works whatever the code under test) ----------------------
def store_view(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = [r[0] for r in con.execute("SELECT text FROM articles").fetchall()]
        errors = con.execute("SELECT origin, line, kind FROM errors").fetchall()
        runs = con.execute("SELECT run_id, status FROM runs ORDER BY started_at").fetchall()
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    codes = set(re.findall(r"REF-\d+", "\n".join(texts)))
    return {"codes": codes, "errors": errors, "runs": runs, "n_articles": len(texts), "events": n_events}


class Case:
    """What one case counted."""

    def __init__(self, name: str):
        self.name = name
        self.tracebacks = 0
        self.aborts = 0
        self.good = 0
        self.lost = 0
        self.bad = 0
        self.reported: Counter = Counter()   # expected kind -> reported with that kind
        self.misreported: Counter = Counter()  # expected kind -> no row, or another kind
        self.api_5xx = 0
        self.silent = 0                      # filters / options answered wrongly with exit 0
        self.peak_worker_mb = 0
        self.peak_main_mb = 0
        self.orphans: int | None = None
        self.seconds = 0.0
        self.notes: list[str] = []

    def ingest_result(self, res: dict) -> None:
        self.tracebacks += traceback_in(res)
        self.aborts += res["code"] != 0
        self.peak_worker_mb = max(self.peak_worker_mb, res["peak_worker_mb"])
        self.peak_main_mb = max(self.peak_main_mb, res["peak_main_mb"])
        self.seconds += res["seconds"]

    def check_store(self, db: Path, good_codes: set[str], bad: list[tuple[str, int | None, str]]) -> dict:
        """``bad``: (origin file name, line or None, expected kind)."""
        view = store_view(db) if db.exists() else {"codes": set(), "errors": [], "runs": [], "n_articles": 0, "events": 0}
        self.good += len(good_codes)
        self.lost += len(good_codes - view["codes"])
        got = {}
        for origin, line, kind in view["errors"]:
            got.setdefault((Path(origin or "").name, line), set()).add(kind)
            got.setdefault((Path(origin or "").name, None), set()).add(kind)
        for name, line, kind in bad:
            self.bad += 1
            if kind in got.get((name, line), set()):
                self.reported[kind] += 1
            else:
                self.misreported[kind] += 1
                self.notes.append(f"{name}:{line} expected {kind}, got {sorted(got.get((name, line), [])) or 'nothing'}")
        return view


# -- inputs ----------------------------------------------------------------------------
def good_record(i: int, long: bool = False) -> dict:
    rec = long_article(i) if long else next(short_articles(1, seed=1000 + i))
    rec = dict(rec, id=f"good-{i}", url=f"https://news.example.org/good/{i}")
    rec["text"] += f" Reference code REF-{i}."
    return rec


def jsonl(path: Path, records: list) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def page(rec: dict) -> str:
    paras = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n"))
    return (f"<html><head><title>{rec['title']}</title><link rel='canonical' href='{rec['url']}'></head>"
            f"<body><nav>Home | World</nav><article><h1>{rec['title']}</h1>{paras}</article></body></html>")


# -- cases -----------------------------------------------------------------------------
def case_deep_json(env: Env) -> Case:
    c = Case("deep JSONL line (100,000 arrays)")
    d = env.folder("deep/in")
    recs = [good_record(i) for i in range(100, 160)]
    jsonl(d / "a.jsonl", recs[:30] + ["[" * 100_000 + "]" * 100_000] + recs[30:40])
    jsonl(d / "b.jsonl", recs[40:])  # read after the bad file
    db = env.path("deep/s.duckdb")
    for _ in range(2):  # a rerun must complete too
        c.ingest_result(run(env, ["ingest", d, "--db", db, "-q"]))
    c.check_store(db, {f"REF-{i}" for i in range(100, 160)}, [("a.jsonl", 31, "json")])
    return c


def case_surrogate(env: Env) -> Case:
    c = Case("lone surrogate escape (\\ud83d)")
    d = env.folder("surr/in")
    recs = [good_record(i) for i in range(200, 220)]
    bad = '{"id": "s1", "text": "A bomb \\ud83d exploded near the market in Kano on Monday, police said."}'
    jsonl(d / "a.jsonl", recs[:10] + [bad] + recs[10:])
    db = env.path("surr/s.duckdb")
    c.ingest_result(run(env, ["ingest", d, "--db", db, "-q"]))
    c.check_store(db, {f"REF-{i}" for i in range(200, 220)}, [("a.jsonl", 11, "decode")])
    return c


def case_calm_fresh_store(env: Env) -> Case:
    c = Case("fresh store, first articles without events")
    d = env.folder("calm/in")
    calm = [{"id": f"calm-{i}", "text": f"The city council approved the budget for parks, libraries and "
                                        f"bus lanes on Monday after a long debate. Reference code REF-{300 + i}."}
            for i in range(12)]
    jsonl(d / "calm.jsonl", calm)
    db = env.path("calm/s.duckdb")
    for _ in range(2):
        c.ingest_result(run(env, ["ingest", d, "--db", db, "-q"]))
    res = run(env, ["fuse", "--db", db])
    c.tracebacks += traceback_in(res)
    c.aborts += res["code"] != 0
    c.check_store(db, {f"REF-{300 + i}" for i in range(12)}, [])
    return c


def case_id_reuse(env: Env) -> Case:
    c = Case("id reused with other text")
    d = env.folder("reuse/in")
    first = [good_record(i) for i in range(400, 420)]
    second = [dict(good_record(i + 20), id=f"good-{i}", url=None) for i in range(400, 420)]
    jsonl(d / "1.jsonl", first)
    db = env.path("reuse/s.duckdb")
    c.ingest_result(run(env, ["ingest", d / "1.jsonl", "--db", db, "-q"]))
    jsonl(d / "2.jsonl", second)
    c.ingest_result(run(env, ["ingest", d / "2.jsonl", "--db", db, "-q"]))
    c.check_store(db, {f"REF-{i}" for i in range(400, 440)}, [])
    return c


def case_encodings_and_junk(env: Env) -> Case:
    c = Case("UTF-16, junk, NUL, non-English, blank JSONL")
    d = env.folder("junk/in")
    good = []
    for n, enc in enumerate(("utf-16", "utf-16-le", "utf-16-be")):
        rec = good_record(500 + n)
        (d / f"wide-{n}.txt").write_bytes(rec["text"].encode(enc))
        good.append(f"REF-{500 + n}")
    bad = []
    for name, data, kind in (("home.txt", b"Home\n", "no_text"), ("angles.txt", b"<<<<>>>>\n", "no_text"),
                             ("nul.txt", b"Police said\x00\x00\x00 a bomb went off." * 20, "binary"),
                             ("french.txt", FRENCH.encode(), "non_english")):
        (d / name).write_bytes(data)
        bad.append((name, None, kind))
    jsonl(d / "junk.jsonl", [{"text": "Home"}, {"text": "<<<<>>>>"}, {"text": "Police said \u0000 a bomb went off in the town."},
                             {"text": FRENCH + " Deuxième dépêche."}])
    bad += [("junk.jsonl", 1, "no_text"), ("junk.jsonl", 2, "no_text"), ("junk.jsonl", 3, "binary"),
            ("junk.jsonl", 4, "non_english")]
    for n in range(5):
        (d / f"blank-{n}.jsonl").write_text("\n" * (n + 2), encoding="utf-8")
        bad.append((f"blank-{n}.jsonl", None, "empty"))
    db = env.path("junk/s.duckdb")
    c.ingest_result(run(env, ["ingest", d, "--db", db, "-q"]))
    c.check_store(db, set(good), bad)
    return c


def case_long_text(env: Env) -> Case:
    c = Case("1.9 MB single-line text; 450,000-character one")
    d = env.folder("long/in")
    body, i = [], 0
    while sum(len(p) for p in body) < 1_900_000:
        body.append(long_article(10_000 + i)["text"].replace("\n", " "))
        i += 1
    text = " ".join(body)[:1_900_000]
    (d / "huge.txt").write_text(text, encoding="utf-8")
    mid = " ".join(body)[:450_000] + " Reference code REF-600."
    (d / "mid.txt").write_text(mid, encoding="utf-8")
    for name in ("huge.txt", "mid.txt"):
        db = env.path(f"long/{name}.duckdb")
        res = run(env, ["ingest", d / name, "--db", db, "-q", "--no-fuse"])
        c.ingest_result(res)
        c.notes.append(f"{name}: {res['seconds']} s, peak {res['peak_main_mb']} MB")
    view = store_view(env.path("long/mid.txt.duckdb"))
    c.good, c.lost = 1, int("REF-600" not in view["codes"])
    huge = store_view(env.path("long/huge.txt.duckdb"))
    c.bad = 1
    if any(k == "too_large" for _, _, k in huge["errors"]):
        c.reported["too_large"] += 1
    elif huge["n_articles"]:
        c.notes.append("huge.txt stored (no limit applied)")
        c.bad = 0
    else:
        c.misreported["too_large"] += 1
    return c


# -- CLI options and paths ---------------------------------------------------------------
def _count_cli(c: Case, res: dict, refused_ok: bool, correct: bool | None = None, what: str = "") -> None:
    c.tracebacks += traceback_in(res)
    if refused_ok and one_line_refusal(res):
        return
    if correct:
        return
    c.silent += 1
    c.notes.append(f"{what}: exit {res['code']}" + (" with a traceback" if traceback_in(res) else ""))


def case_paths(env: Env, db: Path) -> Case:
    c = Case("unusable paths: locked, not DuckDB, unreadable, read-only, unwritable, full disk, port")
    junk = env.path("paths/notes.duckdb")
    junk.write_text("shopping list")
    for args in (["events", "--db", junk], ["ingest", "--db", junk, junk]):
        _count_cli(c, run(env, args), True, what=" ".join(map(str, args[:1])) + " --db non-DuckDB")
    unreadable = env.path("paths/secret.duckdb")
    unreadable.write_bytes(db.read_bytes())
    unreadable.chmod(0o000)
    _count_cli(c, run(env, ["events", "--db", unreadable], as_nobody=True), True, what="events --db unreadable")
    ro = env.path("paths/ro/ro.duckdb")
    ro.write_bytes(db.read_bytes())
    ro.chmod(0o444)
    os.chmod(ro.parent, 0o755)
    os.chmod(env.root / "paths", 0o755)
    os.chmod(env.root, 0o755)
    res = run(env, ["ingest", "--db", ro, "-q", env.root / "calm" / "in"], as_nobody=True)
    _count_cli(c, res, True, what="ingest --db read-only")
    res = run(env, ["events", "--db", ro, "--format", "jsonl"], as_nobody=True)
    _count_cli(c, res, True, correct=res["code"] == 0 and res["stdout"].count("\n") > 0, what="events --db read-only")
    for target, what in (("/proc/polybius.csv", "export -o unwritable"), ("/dev/full", "export -o full disk"),
                         (env.root / "no" / "such" / "x.csv", "export -o missing folder")):
        _count_cli(c, run(env, ["export", "--db", db, "--format", "csv", "-o", target]), True, what=what)
    _count_cli(c, run(env, ["serve", "--db", db, "--port", "99999"]), True, what="serve --port 99999")
    # the store held by `polybius serve`
    port = free_port()
    server = serve(env, db, port)
    try:
        for args in (["ingest", "--db", db, "-q", env.root / "calm" / "in"], ["events", "--db", db]):
            _count_cli(c, run(env, args), True, what=f"{args[0]} while serve holds the store")
    finally:
        stop(server)
    return c


def _rows(res: dict) -> list[dict]:
    return [json.loads(ln) for ln in res["stdout"].splitlines() if ln.startswith("{")]


def case_filters(env: Env, db: Path) -> Case:
    c = Case("bad options and ignored filters")
    for args, what in ((["--since", "notadate"], "--since notadate"), (["--until", "2025-13-45"], "--until 2025-13-45"),
                       (["--type", "BOMB"], "--type BOMB")):
        _count_cli(c, run(env, ["events", "--db", db, "--format", "jsonl"] + args), True, what=what)
    nga = _rows(run(env, ["events", "--db", db, "--country", "NGA", "--format", "jsonl", "--limit", "100000"]))
    res = run(env, ["events", "--db", db, "--country", "NG", "--format", "jsonl", "--limit", "100000"])
    _count_cli(c, res, True, correct=res["code"] == 0 and len(nga) > 0 and len(_rows(res)) == len(nga),
               what=f"--country NG ({len(nga)} NGA events)")
    every = _rows(run(env, ["incidents", "--db", db, "--format", "jsonl", "--limit", "100000"]))
    res = run(env, ["incidents", "--db", db, "--text", "zzzz-nowhere", "--format", "jsonl"])
    _count_cli(c, res, True, correct=res["code"] == 0 and bool(every) and not _rows(res), what="incidents --text")
    port = free_port()
    server = serve(env, db, port)
    try:
        status, body = request(port, "GET", "/incidents?article_id=no-such-article")
        total = request(port, "GET", "/incidents?limit=5")[1]
    finally:
        c.tracebacks += "Traceback (most recent call last)" in stop(server)
    c.api_5xx += status >= 500
    ok = 400 <= status < 500 or (status == 200 and bool(total.get("items")) and body.get("items") == [])
    if not ok:
        c.silent += 1
        c.notes.append(f"/incidents?article_id= ignored ({status})")
    return c


# -- the HTTP API ------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env: Env, db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(env.cli + ["serve", "--db", str(db), "--port", str(port)],
                            env={**env.env, "POLYBIUS_API_TOKEN": TOKEN},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if request(port, "GET", "/health")[0] == 200:
            return proc
        time.sleep(0.3)
    stop(proc)
    raise RuntimeError("polybius serve did not start")


def stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return (err or b"").decode("utf-8", "replace")


def request(port: int, method: str, path: str, body: bytes | None = None,
         ctype: str = "application/json") -> tuple[int, dict]:
    """(status, JSON body); a dropped connection counts as status 599."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": ctype}
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        try:
            return resp.status, json.loads(raw)
        except ValueError:
            return resp.status, {}
    except (http.client.HTTPException, OSError):
        return 599, {}
    finally:
        conn.close()


def case_api(env: Env) -> Case:
    c = Case("API bodies (POST /articles)")
    db = env.path("api/s.duckdb")
    port = free_port()
    server = serve(env, db, port)
    good = ("Suicide bombers killed 23 people at a crowded bus station in Maiduguri on Friday, police said. "
            "Soldiers later arrested five men in a nearby village.")
    bodies = [
        ("deep 50,000", ("[" * 50_000 + "]" * 50_000).encode(), "refuse"),
        ("deep text", ('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}").encode(), "refuse"),
        ("lone surrogate", ('{"text": "Bomb \\ud83d ' + good + '"}').encode(), "refuse"),
        ("junk Home", b'{"text": "Home"}', "refuse"),
        ("junk <<<<>>>>", b'{"text": "<<<<>>>>"}', "refuse"),
        ("NUL bytes", ('{"text": "' + good + '\\u0000\\u0000"}').encode(), "refuse"),
        ("non-English", json.dumps({"text": FRENCH}).encode(), "refuse"),
        ("not JSON", b"\xff\xfe{{{", "refuse"),
        ("good", json.dumps({"id": "api-1", "text": good}).encode(), "store"),
        ("same id, other text", json.dumps({"id": "api-1", "text": good.replace("Maiduguri", "Damaturu")}).encode(), "store"),
    ]
    try:
        for what, body, expect in bodies:
            status, answer = request(port, "POST", "/articles", body)
            c.api_5xx += status >= 500
            if expect == "refuse":
                c.bad += 1
                if 400 <= status < 500:
                    c.reported[what] += 1
                else:
                    c.misreported[what] += 1
                    c.notes.append(f"{what}: {status}")
            else:
                c.good += 1
                if status != 201:
                    c.lost += 1
                    c.notes.append(f"{what}: {status} stored={answer.get('stored')}")
        rng = random.Random(17)
        for _ in range(200):  # random bodies and query strings
            body = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
            c.api_5xx += request(port, "POST", "/articles", body)[0] >= 500
            q = "&".join(f"{k}={rng.choice(['x', '%00', '2025-13-45', '-1', '99999999999', '%ED%A0%BD'])}"
                         for k in rng.sample(["since", "until", "country", "type", "limit", "cursor",
                                              "bbox", "min_killed", "article_id", "q"], 3))
            c.api_5xx += request(port, "GET", f"/events?{q}")[0] >= 500
            c.api_5xx += request(port, "GET", f"/incidents?{q}")[0] >= 500
    finally:
        err = stop(server)
    c.tracebacks += "Traceback (most recent call last)" in err
    return c


# -- kill -9 and the 3,000 mixed inputs ----------------------------------------------
def mixed_inputs(env: Env, n: int) -> tuple[Path, set[str], list[tuple[str, int | None, str]]]:
    """``n`` inputs: ~80 % good (short and long JSONL records, .txt, .html, UTF-16), the
    rest bad in every kind. Returns the folder, the good codes and the bad inputs."""
    d = env.folder("mixed/in")
    rng = random.Random(3000)
    good: set[str] = set()
    bad: list[tuple[str, int | None, str]] = []
    lines: list = []
    files = 0
    code = 10_000
    for k in range(n):
        roll = rng.random()
        code += 1
        if roll < 0.55:
            lines.append(good_record(code))
            good.add(f"REF-{code}")
        elif roll < 0.70:
            lines.append(good_record(code, long=True))
            good.add(f"REF-{code}")
        elif roll < 0.75:
            rec = good_record(code, long=rng.random() < 0.5)
            (d / f"doc-{code}.txt").write_text(rec["title"] + "\n\n" + rec["text"], encoding="utf-8")
            good.add(f"REF-{code}")
        elif roll < 0.80:
            rec = good_record(code)
            (d / f"page-{code}.html").write_text(page(rec), encoding="utf-8")
            good.add(f"REF-{code}")
        elif roll < 0.82:
            rec = good_record(code)
            (d / f"wide-{code}.txt").write_bytes(rec["text"].encode(rng.choice(["utf-16", "utf-16-le"])))
            good.add(f"REF-{code}")
        else:
            kind = rng.choice(["json", "json-deep", "decode", "no_text", "binary", "non_english", "empty",
                               "too_large", "no_text_txt", "binary_txt"])
            if kind.endswith("_txt"):
                name = f"bad-{code}.txt"
                (d / name).write_bytes(b"Home\n" if kind == "no_text_txt" else b"\x00\x01\x02" * 400)
                bad.append((name, None, kind[:-4]))
            elif kind == "empty":
                name = f"blank-{code}.jsonl"
                (d / name).write_text("\n\n\n", encoding="utf-8")
                bad.append((name, None, "empty"))
            elif kind == "too_large":
                name = f"huge-{code}.txt"
                (d / name).write_text("word " * 1_000_000, encoding="utf-8")
                bad.append((name, None, "too_large"))
            else:
                line = {"json": '{"id": "broken", "text": "unterminated',
                        "json-deep": "[" * 20_000 + "]" * 20_000,
                        "decode": json.dumps({"text": "x"})[:-2] + ' bomb \\udc00 went off near the port on Friday."}',
                        "no_text": json.dumps({"text": rng.choice(["Home", "<<<<>>>>", "Read more", "1 2 3"])}),
                        "binary": json.dumps({"text": "A bomb went off near the port on Friday.\u0000\u0000"}),
                        "non_english": json.dumps({"text": FRENCH + f" {code}"})}[kind]
                lines.append(("BAD", line, kind.split("-")[0]))
        if len(lines) >= 250 or k == n - 1:
            files += 1
            name = f"batch-{files:03d}.jsonl" + (".gz" if files % 3 == 0 else "")
            out = []
            for lineno, item in enumerate(lines, 1):
                if isinstance(item, tuple):
                    out.append(item[1])
                    bad.append((name, lineno, item[2]))
                else:
                    out.append(json.dumps(item))
            data = ("\n".join(out) + "\n").encode("utf-8")
            (d / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
            lines = []
    return d, good, bad


def case_mixed(env: Env, n: int) -> tuple[Case, Path]:
    c = Case(f"{n:,} mixed inputs (ingest --jobs 2)")
    d, good, bad = mixed_inputs(env, n)
    db = env.path("mixed/s.duckdb")
    res = run(env, ["ingest", d, "--db", db, "--jobs", "2", "-q"])
    c.ingest_result(res)
    c.check_store(db, good, bad)
    c.notes.append(f"{res['seconds']} s; worker peak {res['peak_worker_mb']} MB, main {res['peak_main_mb']} MB")
    return c, db


def case_kill(env: Env) -> Case:
    c = Case("kill -9 of ingest --jobs 2, then rerun")
    d = env.folder("kill/in")
    recs = [good_record(20_000 + i, long=True) for i in range(300)]
    jsonl(d / "a.jsonl", recs)
    db = env.path("kill/s.duckdb")
    proc = subprocess.Popen(env.cli + ["ingest", str(d), "--db", str(db), "--jobs", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env.env)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(workers) < 2:
        workers |= {k for k in _children(proc.pid) if _is_python_worker(k)}
        time.sleep(0.2)
    time.sleep(8)  # the workers are extracting
    workers |= {k for k in _children(proc.pid) if _is_python_worker(k)}
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(5)
    alive = [w for w in workers if _alive(w)]
    c.orphans = len(alive)
    c.notes.append(f"{len(workers)} workers; {len(alive)} alive 5 s after kill -9")
    for w in alive:  # clean up what this script started
        os.kill(w, signal.SIGKILL)
    res = run(env, ["ingest", d, "--db", db, "-q", "--no-fuse"])
    c.ingest_result(res)
    view = c.check_store(db, {f"REF-{20_000 + i}" for i in range(300)}, [])
    statuses = [s for _, s in view["runs"]]
    c.notes.append("runs: " + ", ".join(statuses))
    if statuses and statuses[0] == "running":
        c.notes.append("killed run left 'running'")
    return c


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return "State:\tZ" not in fh.read()
    except OSError:
        return False


# -- report ------------------------------------------------------------------------------
COLUMNS = ("case", "tracebacks", "whole-run aborts", "good lost", "bad inputs reported (by kind)",
           "API 5xx", "silent wrong answers", "peak MB per extracting process", "orphans after 5 s")


def row(c: Case) -> list[str]:
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(c.reported.items()))
    missed = ", ".join(f"{k} {n}" for k, n in sorted(c.misreported.items()))
    reported = f"{sum(c.reported.values())}/{c.bad}" + (f" ({kinds})" if kinds else "") if c.bad else "–"
    if missed:
        reported += f"; missed: {missed}"
    return [c.name, str(c.tracebacks), str(c.aborts), f"{c.lost}/{c.good}" if c.good else "–", reported,
            str(c.api_5xx), str(c.silent), _peak(c),
            "–" if c.orphans is None else str(c.orphans)]


def _peak(c: Case) -> str:
    """The largest worker; for runs without workers (--jobs 1) the main process."""
    if c.peak_worker_mb:
        return f"{c.peak_worker_mb} (worker)"
    return f"{c.peak_main_mb} (main)" if c.peak_main_mb else "–"


def from_json(path: Path) -> list[Case]:
    """Cases back from a reliability.json (to render a table again)."""
    cases = []
    for data in json.loads(path.read_text(encoding="utf-8")):
        c = Case(data["name"])
        for key, value in data.items():
            setattr(c, key, Counter(value) if key in ("reported", "misreported") else value)
        cases.append(c)
    return cases


def markdown(cases: list[Case], label: str) -> str:
    out = [f"Reliability ({label})", "", "| " + " | ".join(COLUMNS) + " |",
           "|" + "|".join("---" for _ in COLUMNS) + "|"]
    out += ["| " + " | ".join(row(c)) + " |" for c in cases]
    total = Case("**total**")
    for c in cases:
        total.tracebacks += c.tracebacks
        total.aborts += c.aborts
        total.good += c.good
        total.lost += c.lost
        total.bad += c.bad
        total.reported += Counter({"": sum(c.reported.values())})
        total.misreported += Counter({"": sum(c.misreported.values())})
        total.api_5xx += c.api_5xx
        total.silent += c.silent
        total.peak_worker_mb = max(total.peak_worker_mb, c.peak_worker_mb)
        total.peak_main_mb = max(total.peak_main_mb, c.peak_main_mb)
        if c.orphans is not None:
            total.orphans = (total.orphans or 0) + c.orphans
    r = row(total)
    r[4] = f"{sum(total.reported.values())}/{total.bad}"
    r[7] = f"{total.peak_worker_mb} (worker), {total.peak_main_mb} (main)"
    out.append("| " + " | ".join(r) + " |")
    notes = [f"- {c.name}: " + "; ".join(c.notes[:6]) for c in cases if c.notes]
    return "\n".join(out + ["", "Notes:"] + notes) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=3000, help="mixed inputs (default 3,000)")
    ap.add_argument("--quick", action="store_true", help="600 mixed inputs")
    ap.add_argument("--src", help="run another checkout's src/ (e.g. the code before a change)")
    ap.add_argument("--label", default="this checkout")
    ap.add_argument("--out", default=str(BENCH / "results"))
    ap.add_argument("--render", metavar="JSON", help="only print the table of an earlier run's reliability.json")
    args = ap.parse_args()
    if args.render:
        print(markdown(from_json(Path(args.render)), args.label))
        return
    n = 600 if args.quick else args.n
    with tempfile.TemporaryDirectory(prefix="polybius-reliability-") as tmp:
        os.chmod(tmp, 0o755)
        env = Env(Path(tmp), args.src)
        cases = []
        for fn in (case_deep_json, case_surrogate, case_calm_fresh_store, case_id_reuse,
                   case_encodings_and_junk, case_long_text, case_api, case_kill):
            t0 = time.monotonic()
            cases.append(fn(env))
            print(f"{cases[-1].name}: {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
        mixed, db = case_mixed(env, n)
        cases.append(mixed)
        cases.append(case_filters(env, db))
        cases.append(case_paths(env, db))
    md = markdown(cases, args.label)
    print(md)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "reliability.md").write_text(md, encoding="utf-8")
    (out / "reliability.json").write_text(json.dumps(
        [dict(vars(c), reported=dict(c.reported), misreported=dict(c.misreported)) for c in cases],
        indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
