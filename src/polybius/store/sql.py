"""The SQL shared by the DuckDB and PostgreSQL stores.

Backends supply four primitives (``_exec``, ``_fetch``, ``_bulk``, ``_transaction``);
everything else (migrations, dedup, filters, paging) lives here once. SQL is written
with ``?`` placeholders; backends translate if they need to.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Iterable, Iterator, Mapping, Sequence

from polybius.records import Article, Event, Incident
from polybius.store import migrations, rows
from polybius.store.base import STAT_KEYS, ErrorRow, Filters, like, where_clause

_CHUNK = 1000  # keys per IN (...) list


def error_id(err: Mapping[str, Any]) -> str:
    key = f"{err.get('origin')}\x1f{err.get('line')}\x1f{err['kind']}\x1f{err['reason']}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


class SqlStore:
    """Shared implementation of ``polybius.store.base.Store``."""

    url: str
    dialect: str  # "duckdb" or "postgres": picks a migration's backend-only statements

    # -- backend primitives -------------------------------------------------------------
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> int:  # returns rowcount
        raise NotImplementedError

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _bulk(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
              update_key: str | None = None) -> None:
        """Insert rows; on a key conflict skip the row, or update it when ``update_key``
        names the primary key."""
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _insert_new(self, table: str, columns: Sequence[str], data: list[dict[str, Any]],
                    key: str) -> set[str]:
        """Insert rows, skipping any that conflicts with a stored row on any unique key;
        return the ``key`` values of the rows inserted."""
        raise NotImplementedError

    def _lock_for_migration(self) -> None:
        """Serialise concurrent migrations (PostgreSQL); a no-op by default."""

    def _lock_for_fusion(self) -> None:
        """Serialise concurrent fusions (PostgreSQL); a no-op by default."""

    def _claim_run(self, run_id: str) -> None:
        """Mark ``run_id`` as alive for other processes (PostgreSQL); a no-op by default."""

    def _retryable(self, exc: BaseException) -> bool:
        """True for a transaction the database aborted only because of a concurrent one
        (a deadlock); such a transaction is run again."""
        return False

    # -- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        """Apply pending migrations. Everything, the version table included, happens in
        one transaction under the migration lock, so processes opening a fresh database
        at the same moment wait for each other instead of racing."""
        migrations.check_order()
        with self._transaction():
            self._lock_for_migration()
            self._exec(migrations.VERSION_TABLE)
            current = self.schema_version()
            for m in migrations.pending(current):
                for statement in m.statements_for(self.dialect):
                    self._exec(statement)
                self._exec("INSERT INTO schema_version (version, description, applied_at) "
                           "VALUES (?, ?, ?)", (m.version, m.description, rows.now()))

    def schema_version(self) -> int:
        got = self._fetch("SELECT max(version) AS v FROM schema_version")
        return int(got[0]["v"] or 0) if got else 0

    # -- articles and events ------------------------------------------------------------
    def known_articles(self, ids: Iterable[str] = (), hashes: Iterable[str] = (),
                       urls: Iterable[str] = ()) -> set[str]:
        found: set[str] = set()
        for column, values in (("article_id", ids), ("content_hash", hashes), ("url", urls)):
            values = [v for v in dict.fromkeys(values) if v]
            for i in range(0, len(values), _CHUNK):
                part = values[i:i + _CHUNK]
                marks = ", ".join("?" * len(part))
                got = self._fetch(f"SELECT {column} AS k FROM articles WHERE {column} IN ({marks})", part)
                found.update(r["k"] for r in got)
        return found

    def has_article(self, content_hash: str | None = None, url: str | None = None,
                    article_id: str | None = None) -> bool:
        return bool(self.known_articles([article_id] if article_id else (),
                                        [content_hash] if content_hash else (),
                                        [url] if url else ()))

    def add_articles_with_events(
        self, pairs: Iterable[tuple[Article, Sequence[Event]]], *,
        extras: Mapping[str, Mapping[str, Any]] | None = None, run_id: str | None = None,
    ) -> dict[str, int]:
        """Dedup is done by the database: articles go in with ``ON CONFLICT DO NOTHING``
        against the unique article id, content hash and URL, and only the events of the
        articles actually inserted follow. A concurrent writer that stored the same story
        first wins; this call counts it as skipped."""
        pairs = list(pairs)
        extras = extras or {}
        for attempt in range(3):
            try:
                with self._transaction():
                    return self._add_pairs(pairs, extras, run_id)
            except Exception as exc:
                if attempt == 2 or not self._retryable(exc):
                    raise
        raise AssertionError("unreachable")

    def _add_pairs(self, pairs: list[tuple[Article, Sequence[Event]]],
                   extras: Mapping[str, Mapping[str, Any]], run_id: str | None) -> dict[str, int]:
        known = self.known_articles([a.id for a, _ in pairs],
                                    [a.content_hash for a, _ in pairs],
                                    [a.url for a, _ in pairs if a.url])
        art_rows, fresh_events = [], {}
        seen_events: set[str] = set()
        for article, events in pairs:
            keys = {article.id, article.content_hash, article.url} - {None}
            if keys & known:
                continue
            known |= keys
            fresh = []  # an event id once per batch, even when one list repeats it
            for event in events:
                if event.event_id not in seen_events:
                    seen_events.add(event.event_id)
                    fresh.append(event)
            art_rows.append(rows.article_row(article, len(fresh), dict(extras.get(article.id) or {}), run_id))
            fresh_events[article.id] = fresh
        # one order for every writer, so two batches sharing stories cannot deadlock
        art_rows.sort(key=lambda r: r["content_hash"])
        stored = self._insert_new("articles", rows.ARTICLE_COLUMNS, art_rows, "article_id")
        ev_rows, actor_rows, place_rows = [], [], []
        for article_id in sorted(stored):
            for event in fresh_events[article_id]:
                ev_rows.append(rows.event_row(event))
                actor_rows.extend(rows.actor_rows(event))
                place_rows.extend(rows.place_rows(event))
        self._bulk("events", rows.EVENT_COLUMNS, ev_rows)
        self._bulk("actors", rows.ACTOR_COLUMNS, actor_rows)
        self._bulk("places", rows.PLACE_COLUMNS, place_rows)
        self._index_text(ev_rows)
        return {"articles": len(stored), "events": len(ev_rows), "skipped": len(pairs) - len(stored)}

    def _index_text(self, ev_rows: list[dict[str, Any]]) -> None:
        """Add new events to the backend's own text index, if it keeps one."""

    def _index_incident_text(self, incident_ids: list[str]) -> None:
        """Re-index the words of (re)written incidents, if the backend keeps an index."""

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """A read query that may run at the same time as reads from other threads (the
        API's worker threads); backends give each thread its own connection."""
        return self._fetch(sql, params)

    def data_version(self) -> int | None:
        """A number that changes whenever the stored data may have changed, so a reader
        can keep what it built from earlier reads while it stays the same; None when
        other processes may write at any time (PostgreSQL): nothing read can be kept."""
        return None

    def events(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[Event]:
        where, params = where_clause(Filters.of(**filters))
        sql = (f"SELECT record, incident_id FROM events{where} "
               f"ORDER BY event_day DESC NULLS LAST, event_id{self._page(limit, offset)}")
        return [rows.event_from_row(r["record"], r["incident_id"]) for r in self._fetch(sql, params)]

    def iter_events(self, *, batch_size: int = 5000, **filters: Any) -> Iterator[Event]:
        return _pages(self.events, batch_size, filters)

    def _article_where(self, since: str | None, until: str | None, source: str | None,
                       text: str | None, event_filters: dict[str, Any]) -> tuple[str, list[Any]]:
        parts, params = [], []
        if since:
            parts.append("published >= ?")
            params.append(since[:10])
        if until:
            parts.append("substr(published, 1, 10) <= ?")
            params.append(until[:10])
        if source:
            parts.append("source = ?")
            params.append(source)
        if text:
            parts.append("(coalesce(title, '') || ' ' || text) ILIKE ? ESCAPE '\\'")
            params.append(like(text))
        ev = Filters.of(**event_filters)
        if ev != Filters():
            ev_where, ev_params = where_clause(ev)
            parts.append(f"article_id IN (SELECT article_id FROM events{ev_where})")
            params.extend(ev_params)
        return ((" WHERE " + " AND ".join(parts)) if parts else ""), params

    def articles(self, *, limit: int | None = 100, offset: int = 0, since: str | None = None,
                 until: str | None = None, source: str | None = None, text: str | None = None,
                 include_text: bool = False, **event_filters: Any) -> list[dict[str, Any]]:
        cols = [c for c in rows.ARTICLE_COLUMNS if include_text or c != "text"]
        where, params = self._article_where(since, until, source, text, event_filters)
        sql = (f"SELECT {', '.join(cols)} FROM articles{where} "
               f"ORDER BY published DESC NULLS LAST, article_id{self._page(limit, offset)}")
        return self._fetch(sql, params)

    def total(self, what: str = "events", **filters: Any) -> int:
        """How many records ``events``/``incidents``/``articles`` would return without a
        limit (so a listing can say "50 of 7,320 shown")."""
        if what == "articles":
            own = {k: filters.pop(k, None) for k in ("since", "until", "source", "text")}
            filters.pop("include_text", None)
            where, params = self._article_where(own["since"], own["until"], own["source"],
                                                own["text"], filters)
            table = "articles"
        elif what == "errors":
            run_id = filters.get("run_id")
            where, params = (" WHERE run_id = ?", [run_id]) if run_id else ("", [])
            table = "errors"
        elif what in ("events", "incidents"):
            where, params = where_clause(Filters.of(**filters), incidents=what == "incidents")
            table = what
        else:
            raise ValueError(f"unknown record kind {what!r}")
        got = self._fetch(f"SELECT count(*) AS n FROM {table}{where}", params)
        return int(got[0]["n"]) if got else 0

    # -- incidents ----------------------------------------------------------------------
    @contextmanager
    def fusion_transaction(self) -> Iterator[None]:
        """One transaction holding the fusion lock: read events and incidents, write
        incidents and assignments inside it, so two writers fusing at once take turns
        and the second sees the first one's incidents (no duplicate, no orphan)."""
        with self._transaction():
            self._lock_for_fusion()
            yield

    def upsert_incidents(self, incidents: Iterable[Incident]) -> int:
        by_id = {i.incident_id: rows.incident_row(i) for i in incidents}
        with self._transaction():
            self._bulk("incidents", rows.INCIDENT_COLUMNS, list(by_id.values()),
                       update_key="incident_id")
            self._index_incident_text(list(by_id))
        return len(by_id)

    def set_incident_ids(self, mapping: Mapping[str, str | None]) -> int:
        data = [{"event_id": k, "incident_id": v} for k, v in mapping.items()]
        if not data:
            return 0
        with self._transaction():
            return self._update_incident_ids(data)

    def _update_incident_ids(self, data: list[dict[str, Any]]) -> int:
        raise NotImplementedError

    def incidents(self, *, limit: int | None = 100, offset: int = 0, **filters: Any) -> list[Incident]:
        where, params = where_clause(Filters.of(**filters), incidents=True)
        sql = (f"SELECT record FROM incidents{where} "
               f"ORDER BY event_day DESC NULLS LAST, incident_id{self._page(limit, offset)}")
        return [rows.incident_from_row(r["record"]) for r in self._fetch(sql, params)]

    def iter_incidents(self, *, batch_size: int = 5000, **filters: Any) -> Iterator[Incident]:
        return _pages(self.incidents, batch_size, filters)

    # -- errors, runs, stats ------------------------------------------------------------
    def add_errors(self, errors: Iterable[ErrorRow], run_id: str | None = None) -> int:
        data: dict[str, dict[str, Any]] = {}
        for err in errors:
            eid = error_id(err)
            data[eid] = {"error_id": eid, "run_id": err.get("run_id", run_id),
                         "origin": err.get("origin"), "line": err.get("line"),
                         "kind": err["kind"], "reason": err["reason"], "created_at": rows.now()}
        with self._transaction():
            self._bulk("errors", rows.ERROR_COLUMNS, list(data.values()))
        return len(data)

    def errors(self, limit: int = 100, offset: int = 0, run_id: str | None = None) -> list[dict[str, Any]]:
        where, params = (" WHERE run_id = ?", [run_id]) if run_id else ("", [])
        return self._fetch(f"SELECT origin, line, kind, reason, run_id, created_at FROM errors{where} "
                           f"ORDER BY created_at, origin, line{self._page(limit, offset)}", params)

    def stats(self, by: str = "type", *, what: str = "events", **filters: Any) -> list[dict[str, Any]]:
        if by not in STAT_KEYS:
            raise ValueError(f"stats by {by!r}: choose one of {', '.join(STAT_KEYS)}")
        if what not in ("events", "incidents"):
            raise ValueError("stats: what must be 'events' or 'incidents'")
        where, params = where_clause(Filters.of(**filters), incidents=what == "incidents")
        expr = STAT_KEYS[by]
        return self._fetch(f"SELECT {expr} AS key, count(*) AS n FROM {what}{where} "
                           f"GROUP BY {expr} ORDER BY {expr} NULLS LAST", params)

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "incidents", "errors", "runs"):
            out[table] = int(self._fetch(f"SELECT count(*) AS n FROM {table}")[0]["n"])
        return out

    def _run_alive(self, run_id: str) -> bool:
        """Is the process of a run marked ``running`` still at work? DuckDB lets one
        process write a file, so any other run still marked so was killed."""
        return False

    def _mark_interrupted(self) -> int:
        """Runs left ``running`` by a killed process become ``interrupted``."""
        stale = [r["run_id"] for r in self._fetch("SELECT run_id FROM runs WHERE status = 'running'")
                 if not self._run_alive(r["run_id"])]
        for run_id in stale:
            self._exec("UPDATE runs SET status = 'interrupted' WHERE run_id = ?", (run_id,))
        return len(stale)

    def start_run(self, inputs: Sequence[str]) -> str:
        """Record the start of an ingest run (and mark runs left by killed ones)."""
        run_id = uuid.uuid4().hex
        self._claim_run(run_id)  # before the row exists: no one may see it unclaimed
        with self._transaction():
            self._mark_interrupted()
            self._exec("INSERT INTO runs (run_id, started_at, inputs, status) VALUES (?, ?, ?, ?)",
                       (run_id, rows.now(), json.dumps(list(inputs)), "running"))
        return run_id

    def finish_run(self, run_id: str, counts: Mapping[str, int], status: str = "done") -> None:
        with self._transaction():
            self._exec("UPDATE runs SET finished_at = ?, articles = ?, events = ?, errors = ?, "
                       "status = ? WHERE run_id = ?",
                       (rows.now(), counts.get("articles", 0), counts.get("events", 0),
                        counts.get("errors", 0), status, run_id))

    @staticmethod
    def _page(limit: int | None, offset: int) -> str:
        out = f" LIMIT {int(limit)}" if limit is not None else ""
        return out + (f" OFFSET {int(offset)}" if offset else "")

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # type: ignore[attr-defined]


def _pages(fetch, batch_size: int, filters: dict[str, Any]) -> Iterator:
    """Every row of a paged query, one page of ``batch_size`` in memory at a time."""
    offset = 0
    while True:
        page = fetch(limit=batch_size, offset=offset, **filters)
        yield from page
        if len(page) < batch_size:
            return
        offset += batch_size
