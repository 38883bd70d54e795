"""A throwaway PostgreSQL cluster for tests and benchmarks (Debian's ``postgresql``).

``initdb`` + ``pg_ctl`` in a temp dir, listening on 127.0.0.1 and a free port, trust
auth, fsync off: it starts in about a second and is removed on exit. When running as
root the server runs as the ``postgres`` user (PostgreSQL refuses root).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def find_bin(name: str) -> str | None:
    """``name`` from PATH or Debian's versioned /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def missing_reason() -> str | None:
    """Why a cluster cannot be started here, or None when it can."""
    for name in ("initdb", "pg_ctl"):
        if find_bin(name) is None:
            return f"PostgreSQL binary {name!r} not found (apt-get install postgresql, as .ci/run does)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster; yield its base URL ``postgresql://postgres@127.0.0.1:PORT``."""
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    root = Path(tempfile.mkdtemp(prefix="polybius-pg-"))
    data, log = root / "data", root / "server.log"
    prefix: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    opts = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            f"-c full_page_writes=off -c synchronous_commit=off")
    try:
        subprocess.run(prefix + [initdb, "-D", str(data), "-U", "postgres", "-A", "trust",
                                 "-E", "UTF8", "--locale=C", "--no-sync"],
                       check=True, capture_output=True, text=True)
        subprocess.run(prefix + [pg_ctl, "-D", str(data), "-l", str(log), "-o", opts, "-w", "start"],
                       check=True, capture_output=True, text=True)
        yield f"postgresql://postgres@127.0.0.1:{port}"
    except subprocess.CalledProcessError as exc:
        server_log = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}\n{server_log}") from exc
    finally:
        subprocess.run(prefix + [pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(base_url: str) -> str:
    """Create an empty database in the cluster at ``base_url``; return its URL."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base_url + "/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base_url}/{name}"
