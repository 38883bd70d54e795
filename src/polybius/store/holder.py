"""Who holds a DuckDB file, and what to do instead of opening it.

DuckDB lets one process open a file for writing, and several for reading only while
none writes it. ``polybius serve`` and ``polybius watch`` leave a
small note next to the file they hold (``<file>.holder.json``: command, PID, the API
address, whether it takes writes, the folders it watches) and remove it on exit, so a
``polybius ingest`` that finds the file locked can say, in one line, the way that
works: post through the running server, drop files into a watched folder, or stop it.
A note whose PID is not the lock holder's (left by a killed process) is ignored.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def note_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + ".holder.json")


def write_note(db: str | Path, command: str, *, api: str | None = None, writes: bool = False,
               token_env: str | None = None, folders: list[str] | None = None,
               workers: int = 1) -> Path:
    """``workers`` > 1: the file is held read-only by worker processes of this one."""
    path = note_path(db)
    path.write_text(json.dumps({"pid": os.getpid(), "command": command, "api": api, "writes": writes,
                                "token_env": token_env, "folders": folders or [],
                                "workers": workers}), encoding="utf-8")
    return path


def _parent(pid: int) -> int | None:
    """The parent PID of ``pid`` (Linux ``/proc``; None elsewhere or when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return int(fh.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def remove_note(db: str | Path) -> None:
    try:
        note = json.loads(note_path(db).read_text(encoding="utf-8"))
        if note.get("pid") == os.getpid():
            note_path(db).unlink()
    except (OSError, ValueError, AttributeError):
        pass


def read_note(db: str | Path, holder_pid: int | None) -> dict[str, Any] | None:
    """The note of the process that holds ``db`` (None when there is none, or it is stale)."""
    try:
        note = json.loads(note_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or not isinstance(note.get("pid"), int):
        return None
    if holder_pid is not None:  # the writer itself, or a worker process of a --workers server
        return note if note["pid"] in (holder_pid, _parent(holder_pid)) else None
    try:
        os.kill(note["pid"], 0)
    except OSError:
        return None
    return note


def advice(db: str | Path, note: dict[str, Any]) -> str:
    """One line: who holds ``db`` and the way that works while it does."""
    who = f"{db} is held by `polybius {note.get('command', 'serve')}` (PID {note['pid']})"
    ways = []
    api = note.get("api")
    workers = note.get("workers") or 1
    if isinstance(workers, int) and workers > 1:
        where = f" at {api}" if api else ""
        return (f"{who} with {workers} read-only worker processes{where}: DuckDB lets several "
                f"processes read a file only while none writes it; stop the server and run this "
                f"again (a server that takes writes is one process: --workers 1)")
    if api and note.get("writes"):
        token = note.get("token_env") or "POLYBIUS_API_TOKEN"
        ways.append(f"send articles to its API: curl -H \"Authorization: Bearer ${token}\" "
                    f"-F file=@ARTICLE.txt {api.rstrip('/')}/articles")
    elif api:
        ways.append(f"it serves {api} with writes disabled (start it with POLYBIUS_API_TOKEN set "
                    f"to POST /articles)")
    if note.get("folders"):
        ways.append(f"put files into the folder it watches ({', '.join(note['folders'])})")
    ways.append("or stop it and run this again; DuckDB lets one process open a file "
                "(a postgresql:// store has no such limit)")
    return who + ": " + "; ".join(ways)
