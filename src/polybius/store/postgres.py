"""The server store: PostgreSQL through psycopg 3, chosen by a ``postgresql://`` URL.

Rows are bulk-loaded with ``COPY`` into a temporary table and merged with
``INSERT ... ON CONFLICT``, so reruns of the same batch are harmless.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import psycopg
from psycopg.rows import dict_row

from polybius.store.base import StoreError
from polybius.store.sql import SqlStore

_MIGRATION_LOCK = 7_420_117  # arbitrary advisory-lock keys: polybius migrations
_FUSION_LOCK = 7_420_118     # and fusion runs
_POOL_SIZE = 8               # read connections for the API's worker threads


class PostgresStore(SqlStore):
    dialect = "postgres"

    def __init__(self, url: str):
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            where = re.sub(r"//[^@/]*@", "//", url)  # never print a password
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"cannot connect to {where}: {first}") from exc
        self._migrate()
        self._pool = None  # the API's read connections, opened on first use (``_read``)
        self._pool_lock = threading.Lock()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self.conn.execute(self._sql(sql) if params else sql, list(params) or None)
        return max(cur.rowcount, 0)

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.conn.execute(self._sql(sql) if params else sql, list(params) or None).fetchall())

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    @staticmethod
    def _run_key(run_id: str) -> int:
        return int(run_id[:15], 16)  # fits a signed bigint

    def _claim_run(self, run_id: str) -> None:
        """A run holds a session advisory lock, taken before its row is written, until
        it finishes or its process dies, so other processes can tell a live run from a
        killed one."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", [self._run_key(run_id)])

    def finish_run(self, run_id: str, counts, status: str = "done") -> None:
        super().finish_run(run_id, counts, status)
        self.conn.execute("SELECT pg_advisory_unlock(%s)", [self._run_key(run_id)])

    def _run_alive(self, run_id: str) -> bool:
        try:
            key = self._run_key(run_id)
        except ValueError:
            return False
        got = self.conn.execute("SELECT pg_try_advisory_lock(%s) AS free", [key]).fetchone()
        if got["free"]:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", [key])
            return False
        return True

    def _lock_for_migration(self) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])

    def _lock_for_fusion(self) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [_FUSION_LOCK])

    def _retryable(self, exc: BaseException) -> bool:
        return isinstance(exc, (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure))

    def _copy_to_temp(self, table: str, columns: Sequence[str], data: list[dict[str, Any]]) -> str:
        tmp = f"_polybius_{table}_rows"
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} "
                          f"(LIKE {table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
        self.conn.execute(f"TRUNCATE {tmp}")
        with self.conn.cursor().copy(f"COPY {tmp} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in data:
                copy.write_row([row.get(c) for c in columns])
        return tmp

    def _bulk(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
              update_key: str | None = None) -> None:
        if not data:
            return
        tmp = self._copy_to_temp(table, columns, data)
        cols = ", ".join(columns)
        if update_key:
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != update_key)
            conflict = f"ON CONFLICT ({update_key}) DO UPDATE SET {sets}"
        else:
            conflict = "ON CONFLICT DO NOTHING"
        # rows in key order: concurrent writers lock shared keys in the same order
        self.conn.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {tmp} "
                          f"ORDER BY {columns[0]} {conflict}")

    def _insert_new(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
                    key: str) -> set[str]:
        """A row that conflicts with a committed row, or with one a concurrent
        transaction is writing (PostgreSQL waits for that one to end), is skipped."""
        if not data:
            return set()
        tmp = self._copy_to_temp(table, columns, data)
        cols = ", ".join(columns)
        order = "content_hash" if "content_hash" in columns else key
        got = self.conn.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {tmp} "
                                f"ORDER BY {order} ON CONFLICT DO NOTHING RETURNING {key}").fetchall()
        return {r[key] for r in got}

    def _update_incident_ids(self, data: list[dict[str, Any]]) -> int:
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _polybius_incident_map "
                          "(event_id TEXT, incident_id TEXT) ON COMMIT DELETE ROWS")
        self.conn.execute("TRUNCATE _polybius_incident_map")
        with self.conn.cursor().copy("COPY _polybius_incident_map (event_id, incident_id) FROM STDIN") as copy:
            for row in data:
                copy.write_row([row["event_id"], row["incident_id"]])
        return self._exec("UPDATE events SET incident_id = m.incident_id "
                          "FROM _polybius_incident_map m WHERE events.event_id = m.event_id")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """From a pool of connections (up to ``_POOL_SIZE``), so the API's threads read
        in parallel; the store's own connection stays with writes."""
        with self._pool_lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(self.url, min_size=1, max_size=_POOL_SIZE, open=True,
                                            kwargs={"autocommit": True, "row_factory": dict_row})
        with self._pool.connection() as conn:
            return list(conn.execute(self._sql(sql) if params else sql, list(params) or None).fetchall())

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        self.conn.close()
