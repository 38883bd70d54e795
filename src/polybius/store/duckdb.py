"""The embedded default store: one DuckDB file, no server.

Rows go in through Arrow tables (DuckDB's ``executemany`` manages ~1,400 rows/s;
an Arrow scan is about a thousand times faster). DuckDB allows one writing process
per file: a second ``polybius ingest`` on the same file waits for nothing, it fails
with one line naming the holder and the way that works (``holder.py``).
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import duckdb
import pyarrow as pa

from polybius.store import search
from polybius.store.base import StoreError
from polybius.store.holder import advice, read_note
from polybius.store.sql import SqlStore


# no DuckDB progress bar on stdout (a session setting): a server's or a command's output
# is its own
_QUIET = "SET enable_progress_bar = false"
_LOCK_HOLDER = re.compile(r"lock is held in (.*?) \(PID (\d+)\)")
# Writes per database file in this process (``data_version``): DuckDB lets one process
# write a file, and the stores of one process that open a file share it (``polybius watch
# --serve`` writes through one and serves through another).
_WRITES: dict[str, int] = {}
_WRITES_LOCK = threading.Lock()


def open_problem(path: Path, exc: Exception) -> str:
    """One line saying why DuckDB could not open ``path``."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "Could not set lock" in text:
        held = _LOCK_HOLDER.search(text)
        note = read_note(path, int(held[2]) if held else None)
        if note is not None:
            return advice(path, note)
        who = f" (PID {held[2]}: {Path(held[1]).name})" if held else ""
        return (f"{path} is in use by another process{who}; DuckDB lets one process open a "
                f"file at a time: stop it (e.g. `polybius serve`), query its API, or use another --db")
    if "not a valid DuckDB database" in text:
        return f"{path} is not a DuckDB database file; pass a DuckDB file or postgresql:// URL with --db"
    if isinstance(exc, OSError):
        return f"cannot open {path}: {exc.strerror or exc}"
    return f"cannot open {path}: {text.removeprefix('IO Error: ')}"


class DuckDBStore(SqlStore):
    dialect = "duckdb"

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.url = str(self.path)
        self._file = str(self.path.resolve()) if str(path) != ":memory:" else f":memory:{id(self)}"
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
            self.con.execute(_QUIET)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(open_problem(self.path, exc)) from exc
        self._depth = 0
        self._local = threading.local()  # one cursor per reading thread (``_read``)
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._cursors_lock = threading.Lock()
        if not read_only:
            try:
                self._migrate()
            except duckdb.Error as exc:
                self.con.close()
                raise StoreError(open_problem(self.path, exc)) from exc

    def _wrote(self) -> None:
        with _WRITES_LOCK:
            _WRITES[self._file] = _WRITES.get(self._file, 0) + 1

    def data_version(self) -> int:
        """Changes with every write to this file in this process, before it starts and
        after it ends: no other process writes while this one has the file open."""
        return _WRITES.get(self._file, 0)

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> int:
        self._wrote()
        got = self.con.execute(sql, list(params)).fetchall() if params else self.con.execute(sql).fetchall()
        if got and len(got) == 1 and len(got[0]) == 1 and isinstance(got[0][0], int):
            return got[0][0]
        return 0

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """On this thread's own cursor: DuckDB runs queries of several cursors of one
        database in parallel, while one connection serves one query at a time."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self.con.cursor()
            cur.execute(_QUIET)
            self._local.cursor = cur
            with self._cursors_lock:
                self._cursors.append(cur)
        got = cur.execute(sql, list(params))
        names = [d[0] for d in got.description]
        return [dict(zip(names, row, strict=True)) for row in got.fetchall()]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:  # nested: the outer transaction commits
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.begin()
        self._depth = 1
        self._wrote()
        try:
            yield
        except BaseException:
            self.con.rollback()
            raise
        else:
            self.con.commit()
        finally:
            self._depth = 0
            self._wrote()

    def _arrow(self, columns: Sequence[str], data: list[dict[str, Any]]) -> pa.Table:
        return pa.table({c: [row.get(c) for row in data] for c in columns})

    def _bulk(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
              update_key: str | None = None) -> None:
        if not data:
            return
        view = f"_polybius_{table}_rows"
        self.con.register(view, self._arrow(columns, data))
        try:
            cols = ", ".join(columns)
            if update_key:
                sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != update_key)
                sql = (f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view} "
                       f"ON CONFLICT ({update_key}) DO UPDATE SET {sets}")
            else:
                sql = f"INSERT OR IGNORE INTO {table} ({cols}) SELECT {cols} FROM {view}"
            self.con.execute(sql)
        finally:
            self.con.unregister(view)

    def _insert_new(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
                    key: str) -> set[str]:
        """One process writes a DuckDB file, so the rows checked inside this transaction
        are new. A plain INSERT: a conflict would raise rather than drop rows unseen
        (DuckDB 2.0's ON CONFLICT DO NOTHING, with two unique indexes, drops every row
        of a statement when one conflicts on the secondary index)."""
        if not data:
            return set()
        view = f"_polybius_{table}_new"
        self.con.register(view, self._arrow(columns, data))
        try:
            cols = ", ".join(columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {view}")
        finally:
            self.con.unregister(view)
        return {row[key] for row in data}

    def _update_incident_ids(self, data: list[dict[str, Any]]) -> int:
        self.con.register("_polybius_incident_map", self._arrow(("event_id", "incident_id"), data))
        try:
            return self._exec("UPDATE events SET incident_id = m.incident_id "
                              "FROM _polybius_incident_map m WHERE events.event_id = m.event_id")
        finally:
            self.con.unregister("_polybius_incident_map")

    def _index_text(self, ev_rows: list[dict[str, Any]]) -> None:
        if not ev_rows:
            return
        self.con.register("_polybius_new_events", self._arrow(("event_id",), ev_rows))
        try:
            self.con.execute("INSERT INTO events_terms " + search.term_rows_sql(
                "events", " WHERE event_id IN (SELECT event_id FROM _polybius_new_events)"))
        finally:
            self.con.unregister("_polybius_new_events")

    def _index_incident_text(self, incident_ids: list[str]) -> None:
        if not incident_ids:
            return
        self.con.register("_polybius_new_incidents",
                          self._arrow(("incident_id",), [{"incident_id": i} for i in incident_ids]))
        try:
            self.con.execute("DELETE FROM incidents_terms WHERE incident_id IN "
                             "(SELECT incident_id FROM _polybius_new_incidents)")
            self.con.execute("INSERT INTO incidents_terms " + search.term_rows_sql(
                "incidents", " WHERE incident_id IN (SELECT incident_id FROM _polybius_new_incidents)"))
        finally:
            self.con.unregister("_polybius_new_incidents")

    def rebuild_text_index(self) -> None:
        """Rewrite the term tables sorted by term. Rows added since the last rebuild sit
        unsorted at the end, where every word lookup reads them; after many small ingests
        a rebuild (seconds per million events) makes lookups read only their own terms."""
        with self._transaction():
            for table in ("events", "incidents"):
                key = "event_id" if table == "events" else "incident_id"
                self.con.execute(f"DROP TABLE IF EXISTS {table}_terms")
                self.con.execute(f"CREATE TABLE {table}_terms AS {search.term_rows_sql(table)} "
                                 f"ORDER BY term, event_day DESC NULLS LAST, {key}")

    def close(self) -> None:
        with self._cursors_lock:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
        self.con.close()
