"""`polybius serve --workers N`: N processes answer from one DuckDB file opened read-only
by each; what a writer and such a server see of each other, in one line."""
from __future__ import annotations

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

POLYBIUS = [sys.executable, "-c", "from polybius.cli.main import main; main()"]
ENV = {k: v for k, v in os.environ.items() if k != "POLYBIUS_API_TOKEN"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _holders(db: Path) -> list[int]:
    """PIDs of the processes with ``db`` open."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) == str(db) for fd in (proc / "fd").iterdir()):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def _cpu(pid: int) -> float:
    """CPU seconds process ``pid`` has used (an idle worker uses next to none)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _error_line(args: list[str], env: dict[str, str] | None = None) -> str:
    res = CliRunner(env=env).invoke(cli, args)
    assert res.exit_code == 1 and "Traceback" not in res.output, res.output
    errors = [ln for ln in res.output.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1, res.output
    return errors[0]


@pytest.mark.slow
def test_two_worker_processes_answer_and_a_writer_is_told_why_it_waits(filled_db, tmp_path):
    port = _free_port()
    proc = subprocess.Popen([*POLYBIUS, "serve", "--db", str(filled_db), "--port", str(port),
                             "--workers", "2"], stderr=subprocess.PIPE, text=True, env=ENV)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # two fresh interpreters import polybius
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200 and len(_holders(filled_db)) == 2:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.3)
        workers = _holders(filled_db)
        assert proc.pid not in workers  # the parent only supervises

        # every worker answers, and answers right (new connection per request: the
        # kernel hands each to a worker)
        before = {pid: _cpu(pid) for pid in workers}
        for _ in range(600):
            resp = httpx.get(f"{base}/events?limit=500", headers={"Connection": "close"})
            assert [e["event_id"] for e in resp.json()["items"]] == ["e2", "e1", "e3", "e4", "e6", "e5"]
            if all(_cpu(pid) - before[pid] >= 0.2 for pid in workers):
                break
        else:
            raise AssertionError(f"one worker answered everything: {before} {[_cpu(p) for p in workers]}")
        bad = httpx.get(f"{base}/events?since=2024-02-30")
        assert bad.status_code == 422 and "since" in bad.json()["detail"]
        assert httpx.post(f"{base}/articles", json={"text": "x"}).status_code == 403  # read-only
        assert httpx.get(f"{base}/stats?by=country").json()["rows"][0]["key"] == "AFG"

        line = _error_line(["ingest", str(tmp_path), "--db", str(filled_db)], ENV)
        assert f"held by `polybius serve` (PID {proc.pid}) with 2 read-only worker processes" in line
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert "Traceback" not in err
    assert not Path(f"{filled_db}.holder.json").exists() and not _holders(filled_db)


def test_read_only_workers_refuse_a_write_token(filled_db):
    line = _error_line(["serve", "--db", str(filled_db), "--workers", "2"],
                       {**ENV, "POLYBIUS_API_TOKEN": "s3cret"})
    assert "read-only" in line and "--workers 1" in line and "unset POLYBIUS_API_TOKEN" in line


def test_workers_on_a_file_a_writer_holds_is_one_line(tmp_path):
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ok', flush=True); time.sleep(30)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        line = _error_line(["serve", "--db", str(db), "--workers", "2"], ENV)
        assert "in use by another process" in line and f"PID {holder.pid}" in line
    finally:
        holder.kill()
        holder.wait()


def test_workers_on_a_file_that_is_not_a_store(tmp_path):
    import duckdb

    db = tmp_path / "other.duckdb"
    duckdb.connect(str(db)).close()
    line = _error_line(["serve", "--db", str(db), "--workers", "2"], ENV)
    assert "schema version 0" in line and "--workers 1" in line


def test_connections_to_the_workers_socket_send_small_answers_at_once():
    """asyncio sets TCP_NODELAY on connections of the shared socket (without it a small
    answer waits for the client's delayed ACK, ~40 ms)."""
    import asyncio

    from polybius.cli.serve_cmd import listening_socket

    async def main() -> int:
        got: asyncio.Future = asyncio.get_running_loop().create_future()

        def connected(reader, writer):
            got.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        sock = listening_socket("127.0.0.1", 0)
        server = await asyncio.start_server(connected, sock=sock)
        _, writer = await asyncio.open_connection("127.0.0.1", sock.getsockname()[1])
        nodelay = await asyncio.wait_for(got, 10)
        writer.close()
        server.close()
        return nodelay

    assert asyncio.run(main()) != 0


def test_workers_on_a_port_in_use_is_one_line(filled_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        line = _error_line(["serve", "--db", str(filled_db), "--workers", "2",
                            "--port", str(taken.getsockname()[1])], ENV)
    assert "cannot listen on 127.0.0.1:" in line and "in use" in line
