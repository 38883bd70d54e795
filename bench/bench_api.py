"""Benchmark: the dashboard's queries over 1,000,000 synthetic events (and 500,000
incidents of two events each) in DuckDB, at 1, 2 and 4 concurrent clients.

Rows are generated inside DuckDB in one INSERT ... SELECT over range() (no row inserts);
the two events of an incident share type, country, day, place and target. The text
index is then built the way the store builds it (``rebuild_text_index``). The API runs
in a ``polybius serve --workers N`` subprocess (default 2 worker processes, each with the
file open read-only) on a free loopback port; for each client count, ``clients``
httpx threads send ``--requests`` requests per query. Prints JSON: p50/p95/max ms per
query and client count, and the throughput (requests/s) of each client count.

    .venv/bin/python bench/bench_api.py [--events 1000000] [--requests 60] [--clients 1,2,4] [--workers 2]
        [--record-cache N]

Every query is sent many times, so its records are kept by the server after the first
(``polybius serve --record-cache``): ``--record-cache 0`` measures pages built afresh.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

COUNTRIES = ["NGA", "SOM", "AFG", "UKR", "MLI", "SYR", "IRQ", "YEM", "COL", "MEX", "PAK", "IND",
             "FRA", "PHL", "SDN", "COD", "BFA", "ETH", "MMR", "ISR"]
TYPES = ["ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE"]

QUERIES = {
    "events_newest": "/events?limit=100",
    "events_country": "/events?country=NGA&limit=100",
    "events_type_range": "/events?type=ASSAULT&since=2024-01-01&until=2024-06-30&limit=100",
    "events_bbox_killed": "/events?bbox=0,0,20,20&min_killed=5&limit=100",
    "events_geojson_500": "/events?country=SOM&limit=500&format=geojson",
    "events_text": "/events?q=market&country=AFG&limit=100",
    "events_text_all": "/events?q=market&limit=100",
    # what the dashboard asks by default (news that happened, 500 rows) with a search
    "events_text_dashboard": "/events?q=market&status=occurred&background=false&limit=500",
    "events_page2": None,  # filled with a real cursor at run time
    "incidents_newest": "/incidents?limit=100",
    "incidents_country": "/incidents?country=NGA&limit=100",
    "incidents_text": "/incidents?q=police&limit=100",
    "stats_day": "/stats?by=day",
    "stats_day_text": "/stats?by=day&q=market",
    "stats_day_text_dashboard": "/stats?by=day&q=market&status=occurred&background=false",
    "stats_day_incidents": "/stats?by=day&what=incidents",
    "stats_country_range": "/stats?by=country&since=2024-01-01&until=2024-12-31",
    "stats_type_country": "/stats?by=type&country=NGA",
    "stats_month_assault": "/stats?by=month&type=ASSAULT",
    "actors_country": "/actors?country=UKR",
}


def build(path: Path, n: int) -> float:
    """Create the store (migrations), bulk-generate ``n`` events and their incidents
    inside DuckDB, and build the text index."""
    import duckdb

    from polybius.store import open_store

    open_store(path).close()
    con = duckdb.connect(str(path))
    clock = time.perf_counter()
    c_list = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    t_list = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    con.execute(f"""
    CREATE TEMP TABLE g AS SELECT
        i,
        printf('ev%08d', i) AS event_id,
        printf('art%07d', i // 3) AS article_id,
        printf('inc%08d', i // 2) AS incident_id,
        {t_list}[1 + (hash(i // 2, 1) % 5)::INT] AS event_type,
        {c_list}[1 + (hash(i // 2, 2) % 20)::INT] AS country,
        strftime(DATE '2020-01-01' + ((hash(i // 2, 3) % 2190)::INT), '%Y-%m-%d') AS event_day,
        -60 + (hash(i // 2, 4) % 12000) / 100.0 AS lat,
        -120 + (hash(i // 2, 5) % 24000) / 100.0 AS lon,
        CASE WHEN hash(i, 6) % 3 = 0 THEN (hash(i, 7) % 40)::INT END AS killed,
        ['armed group', 'police', 'army', 'militia', 'unknown gunmen'][1 + (hash(i // 2, 8) % 5)::INT] AS actor,
        ['a market', 'a checkpoint', 'a convoy', 'a school', 'a village'][1 + (hash(i // 2, 9) % 5)::INT] AS target
    FROM range({n}) t(i)
    """)
    con.execute("""
    INSERT INTO events (event_id, article_id, incident_id, event_type, mode, status, background, event_day,
        date_value, date_precision, published, source, country, admin1, location_name, lat, lon,
        actor_name, actor_text, killed, evidence, confidence, record)
    SELECT event_id, article_id, incident_id, event_type, 'other', 'occurred', false, event_day, event_day, 'day',
        event_day, 'Bench Wire', country, NULL, 'Place ' || (i % 997), lat, lon, actor, actor, killed,
        'The ' || actor || ' attacked ' || target || ' on the day.', 0.5,
        json_object('event_id', event_id,
            'article', json_object('id', article_id, 'source', 'Bench Wire', 'published', event_day),
            'event_type', event_type, 'mode', 'other', 'status', 'occurred',
            'evidence', json_object('sentence', 'The ' || actor || ' attacked ' || target || ' on the day.',
                                    'start', 0, 'end', 40),
            'actor', json_object('text', actor, 'name', actor),
            'date', json_object('text', NULL, 'value', event_day, 'precision', 'day'),
            'location', json_object('text', 'Place ' || (i % 997), 'name', 'Place ' || (i % 997),
                                    'country', country, 'lat', lat, 'lon', lon),
            'counts', json_object('killed', CASE WHEN killed IS NULL THEN NULL
                                                  ELSE json_object('value', killed, 'qualifier', 'exact') END),
            'confidence', 0.5)::VARCHAR
    FROM g
    """)
    con.execute("""
    INSERT INTO incidents (incident_id, event_type, mode, status, background, date_value,
        date_precision, event_day, country, location_name, lat, lon, actor_name, killed,
        n_articles, n_sources, first_reported, record)
    SELECT incident_id, event_type, 'other', 'occurred', false, event_day, 'day', event_day,
        country, location, lat, lon, actor, killed, n, 1, event_day,
        json_object('incident_id', incident_id, 'event_type', event_type, 'mode', 'other',
            'status', 'occurred',
            'date', json_object('text', NULL, 'value', event_day, 'precision', 'day'),
            'location', json_object('text', location, 'name', location, 'country', country,
                                    'lat', lat, 'lon', lon),
            'actor', json_object('text', actor, 'name', actor),
            'counts', CASE WHEN killed IS NULL THEN json_object() ELSE json_object('killed',
                json_object('value', killed, 'low', killed, 'high', killed, 'qualifier', 'exact')) END,
            'n_articles', n, 'n_sources', 1, 'first_reported', event_day,
            'event_ids', event_ids)::VARCHAR
    FROM (SELECT incident_id, any_value(event_type) AS event_type, any_value(country) AS country,
                 any_value(event_day) AS event_day, any_value(lat) AS lat, any_value(lon) AS lon,
                 'Place ' || (min(i) % 997) AS location, any_value(actor) AS actor,
                 max(killed) AS killed, count(*)::INT AS n, list(event_id ORDER BY event_id) AS event_ids
          FROM g GROUP BY incident_id)
    """)
    con.execute("CHECKPOINT")
    con.close()
    store = open_store(path)
    store.rebuild_text_index()  # the rows went in by SQL: index them as the store would
    store.close()
    return time.perf_counter() - clock


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(path: Path, port: int, workers: int, record_cache: int | None) -> subprocess.Popen:
    """``polybius serve`` on ``path`` (read-only without a token) with ``workers`` processes."""
    env = {k: v for k, v in os.environ.items() if k != "POLYBIUS_API_TOKEN"}
    code = "from polybius.cli.main import main; main()"
    cache = [] if record_cache is None else ["--record-cache", str(record_cache)]
    return subprocess.Popen([sys.executable, "-c", code, "serve", "--db", str(path), "--port", str(port),
                             "--workers", str(workers), *cache], env=env)


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the worker processes of a ``--workers`` server)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid``, its threads and its child processes
    (the workers), from /proc."""
    total = 0.0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def measure(base: str, url: str, requests: int, clients: int, pid: int) -> dict[str, float]:
    """Latencies of ``requests`` requests from ``clients`` threads, and the server's CPU
    time per request (which load from other programs disturbs far less than latency)."""
    with httpx.Client(base_url=base, timeout=60,
                      limits=httpx.Limits(max_connections=clients + 2)) as client:
        client.get(url).raise_for_status()  # warm-up

        def one(_: int) -> float:
            t = time.perf_counter()
            client.get(url).raise_for_status()
            return (time.perf_counter() - t) * 1000

        clock, cpu = time.perf_counter(), cpu_seconds(pid)
        with ThreadPoolExecutor(clients) as pool:
            times = sorted(pool.map(one, range(requests)))
        wall, cpu = time.perf_counter() - clock, cpu_seconds(pid) - cpu
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
            "max_ms": round(times[-1], 1), "n": len(times), "wall_s": round(wall, 3),
            "server_cpu_ms": round(cpu * 1000 / len(times), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=60, help="requests per query and client count")
    ap.add_argument("--clients", default="1,2,4", help="concurrent client counts, comma-separated")
    ap.add_argument("--db", type=Path, help="reuse/create this DuckDB file")
    ap.add_argument("--workers", type=int, default=2, help="server processes (polybius serve --workers)")
    ap.add_argument("--record-cache", type=int, default=None,
                    help="polybius serve --record-cache (0: every page built afresh; default: the server's)")
    args = ap.parse_args()
    client_counts = [int(c) for c in args.clients.split(",")]
    path = args.db or Path(tempfile.mkdtemp(prefix="polybius-bench-")) / "bench.duckdb"
    build_s = None
    if not path.exists():
        build_s = round(build(path, args.events), 1)
    with open("/proc/loadavg") as fh:
        load_before = fh.read().split()[:3]
    port = free_port()
    proc = serve(path, port, args.workers, args.record_cache)
    base = f"http://127.0.0.1:{port}"
    runs = {}
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        page1 = httpx.get(base + "/events?country=NGA&limit=100", timeout=30).json()
        QUERIES["events_page2"] = f"/events?country=NGA&limit=100&cursor={page1['next_cursor']}"
        for clients in client_counts:
            results = {name: measure(base, url, args.requests, clients, proc.pid)
                       for name, url in QUERIES.items()}
            total = sum(r["n"] for r in results.values())
            wall = sum(r["wall_s"] for r in results.values())
            cpu = sum(r["server_cpu_ms"] * r["n"] for r in results.values()) / 1000
            runs[str(clients)] = {
                "throughput_rps": round(total / wall, 1),
                "server_cpu_s": round(cpu, 1), "server_cpu_share": round(cpu / wall, 2),
                "queries": results,
                "all_under_target": all(r["p95_ms"] < 200 for r in results.values())}
    finally:
        proc.terminate()
        proc.wait(10)
    with open("/proc/loadavg") as fh:
        load = fh.read().split()[:3]
    report = {"events": args.events, "build_s": build_s, "requests_per_query": args.requests,
              "workers": args.workers, "record_cache": args.record_cache, "loadavg_before": load_before,
              "target_p95_ms": 200, "cpus": os.cpu_count(), "loadavg_after": load, "clients": runs}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
